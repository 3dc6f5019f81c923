// The reply box's editing rules as a pure function: one chunk of keyboard input in, the new
// value and any lines submitted out. A chunk can be a single key or a whole paste that ends in
// Enter (tmux send-keys, a terminal paste): every CR/LF in it submits the text before it.
export interface EditKey {
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

export interface EditResult {
  value: string;
  submitted: string[];
}

/** Longest reply the box holds; a bigger paste is cut here so the UI never stalls on it. */
export const MAX_REPLY = 200_000;

// Control characters other than CR/LF would move the terminal cursor if echoed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function editLine(value: string, input: string, key: EditKey = {}): EditResult {
  if (key.ctrl && input === 'u') return { value: '', submitted: [] };
  if (key.ctrl && input === 'w') return { value: value.replace(/\S+\s*$/u, ''), submitted: [] };
  if (key.return) return { value: '', submitted: value.trim() ? [value] : [] };
  if ((key.backspace || key.delete) && !input) return { value: dropLastGrapheme(value), submitted: [] };
  if (key.ctrl || (key.meta && input.length <= 1)) return { value, submitted: [] };
  const parts = input.split(/\r\n|\r|\n/);
  const submitted: string[] = [];
  let current = value;
  parts.forEach((part, i) => {
    current = append(current, part);
    if (i < parts.length - 1) {
      if (current.trim()) submitted.push(current);
      current = '';
    }
  });
  return { value: current, submitted };
}

function append(value: string, text: string): string {
  const clean = text.replace(/\t/g, ' ').replace(CONTROL, '');
  if (!clean) return value;
  const joined = value + clean;
  return joined.length > MAX_REPLY ? joined.slice(0, MAX_REPLY) : joined;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Remove the last user-perceived character (an emoji with modifiers, a CJK character). */
export function dropLastGrapheme(value: string): string {
  if (!value) return value;
  // Segment only the tail: a 100 kB value must not be re-segmented on every keystroke.
  const tail = value.slice(-32);
  let last = '';
  for (const { segment } of graphemes.segment(tail)) last = segment;
  return value.slice(0, value.length - last.length);
}

/** What the box shows: the end of the text, so the cursor (at the end) stays in view. */
export function visibleTail(value: string, maxChars: number): { text: string; cut: boolean } {
  if (value.length <= maxChars) return { text: value, cut: false };
  let start = value.length - maxChars;
  // Do not start in the middle of a surrogate pair.
  const c = value.charCodeAt(start);
  if (c >= 0xdc00 && c <= 0xdfff) start += 1;
  return { text: value.slice(start), cut: true };
}
