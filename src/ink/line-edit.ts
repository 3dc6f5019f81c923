// The reply box's editing rules as a pure function: one chunk of keyboard input in, the new
// value and the reply submitted, if any, out. A chunk can be a single key or a whole paste. A
// paste is one reply: its lines are joined with a space, and it is sent only when it ends in a
// line break (tmux send-keys 'text' Enter, a paste that ends in a newline); else it waits for Enter.
export interface EditKey {
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

export interface EditResult {
  value: string;
  /** The reply sent by this chunk (never blank). */
  submitted?: string;
}

import { MAX_REPLY_CHARS } from '../core/reply';

// Control characters other than CR/LF would move the terminal cursor if echoed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const BREAK = /\r\n|\r|\n/;

export function editLine(value: string, input: string, key: EditKey = {}): EditResult {
  if (key.ctrl && input === 'u') return { value: '' };
  if (key.ctrl && input === 'w') return { value: value.replace(/\S+\s*$/u, '') };
  if (key.return) return submit(value);
  if ((key.backspace || key.delete) && !input) return { value: dropLastGrapheme(value) };
  if (key.ctrl || (key.meta && input.length <= 1)) return { value };
  if (!BREAK.test(input)) return { value: append(value, input) };
  // A line break inside a paste joins its lines with a space; one at its end is Enter.
  const [first, ...rest] = input.split(BREAK);
  let joined = append(value, first!);
  for (const line of rest) if (line.trim()) joined = append(joined.trim() ? `${joined.trimEnd()} ` : '', line.trim());
  return /[\r\n]$/.test(input) ? submit(joined) : { value: joined };
}

const submit = (value: string): EditResult => (value.trim() ? { value: '', submitted: value } : { value: '' });

function append(value: string, text: string): string {
  const clean = text.replace(/\t/g, ' ').replace(CONTROL, '');
  if (!clean) return value;
  const joined = value + clean;
  // the one reply cap: a longer paste keeps its start, as a browser's maxlength field does
  return joined.length > MAX_REPLY_CHARS ? joined.slice(0, MAX_REPLY_CHARS) : joined;
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
