// Line wrapping by display width, for text in any of our languages. Ink's own wrapping (wrap-ansi)
// breaks only at spaces: a Chinese sentence has none, so it is one long "word" that jumps to the
// next row and leaves the speaker's label alone above it, and a hard break can land before a "。"
// or inside a number. Here Latin text breaks at spaces, CJK text between any two characters,
// except that a row never starts with closing punctuation nor ends with opening punctuation, and a
// run of digits or Latin letters stays whole when it fits on a row. Input is plain text: the UI
// styles with Ink props, never with ANSI escapes.
//
// string-width is the module Ink itself measures text with (it comes with Ink; the bundle inlines
// it), so a row that fits here also fits in Ink's layout and Ink never wraps it a second time.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A row never starts with these (full-width and ASCII forms). */
const CLOSING = new Set([...'。，、！？；：”’）》」』〉】〕〗〙〛｝］…‥〜ー々ゝゞ・·.,!?;:)]}%']);
/** A row never ends with these. */
const OPENING = new Set([...'“‘（《「『〈【〔〖〘〚｛［([{']);
/** ASCII quotes open or close depending on context: keep them on the row of their neighbour. */
const ASCII_QUOTE = new Set(['"', "'"]);

interface G {
  text: string;
  start: number;
  width: number;
  space: boolean;
}

/** A row of the wrapped text: offsets into the source, without the spaces it was broken at. */
export interface Row {
  start: number;
  end: number;
}

/** Wrap plain text to rows at most `width` cells wide (a single grapheme wider than that gets a row of its own). */
export function wrapText(text: string, width: number): string[] {
  return wrapRows(text, width).map((r) => text.slice(r.start, r.end));
}

/** The same wrapping as offsets, so styled spans can be cut along the rows. */
export function wrapRows(text: string, width: number): Row[] {
  const w = Math.max(1, Math.floor(width));
  const rows: Row[] = [];
  let offset = 0;
  // A newline in the text is a hard break; an empty paragraph is an empty row.
  for (const para of text.split('\n')) {
    wrapParagraph(para, offset, w, rows);
    offset += para.length + 1;
  }
  return rows;
}

function wrapParagraph(para: string, base: number, width: number, rows: Row[]): void {
  const gs: G[] = [];
  for (const { segment, index } of graphemes.segment(para)) {
    const space = /^\s+$/u.test(segment);
    gs.push({ text: segment, start: base + index, width: space ? 1 : stringWidth(segment), space });
  }
  const endOf = (i: number) => (i < gs.length ? gs[i]!.start : base + para.length);

  let i = 0;
  while (i < gs.length && gs[i]!.space) i++; // leading spaces would indent only the first row
  if (i === gs.length) {
    rows.push({ start: base, end: base });
    return;
  }
  while (i < gs.length) {
    // Fill one row from i: remember the last place it may break, stop at the first grapheme that overflows.
    let used = 0;
    let j = i;
    let lastBreak = -1; // index of the first grapheme of the next row, if broken there
    let lastEnd = -1; // where this row ends (before the spaces) if broken there
    while (j < gs.length) {
      const g = gs[j]!;
      if (j > i && breakBefore(gs, j)) {
        lastBreak = j;
        let e = j;
        while (e > i && gs[e - 1]!.space) e--;
        lastEnd = e;
      }
      if (used + g.width > width && !g.space) break;
      used += g.width;
      j++;
    }
    if (j === gs.length) {
      let e = j;
      while (e > i && gs[e - 1]!.space) e--;
      rows.push({ start: gs[i]!.start, end: endOf(e) });
      break;
    }
    let next: number;
    if (lastBreak > i && lastEnd > i) {
      next = lastBreak;
      rows.push({ start: gs[i]!.start, end: endOf(lastEnd) });
    } else {
      const cut = hardCut(gs, i, j);
      next = cut;
      rows.push({ start: gs[i]!.start, end: endOf(cut) });
    }
    i = next;
    while (i < gs.length && gs[i]!.space) i++;
  }
}

/**
 * No allowed break fits on the row from i (a long URL, or a number glued to punctuation): cut by
 * width at j, or earlier: to keep a run of letters or digits whole, then to keep closing punctuation
 * off the next row's start (an opening bracket never ends a row). Moves on by at least one grapheme.
 */
function hardCut(gs: readonly G[], i: number, j: number): number {
  const last = Math.max(j, i + 1);
  if (last >= gs.length) return last;
  const inRun = (c: number) => WORD.test(gs[c - 1]!.text) && WORD.test(gs[c]!.text);
  const beforeClosing = (c: number) => CLOSING.has(gs[c]!.text);
  const afterOpening = (c: number) => OPENING.has(gs[c - 1]!.text);
  // A number cut in two misleads more than a row starting with "。": keep runs whole first.
  const rules = [
    (c: number) => !inRun(c) && !beforeClosing(c) && !afterOpening(c),
    (c: number) => !inRun(c) && !afterOpening(c),
    (c: number) => !beforeClosing(c) && !afterOpening(c),
  ];
  for (const ok of rules) {
    for (let c = last; c > i; c--) if (ok(c)) return c;
  }
  return last;
}

/** One character of a word or number: letters, digits and marks, one cell wide. */
const WORD = /^[\p{L}\p{N}][\p{M}]*$/u;

/** May a row end before gs[j] (dropping any spaces right before it)? */
function breakBefore(gs: readonly G[], j: number): boolean {
  const a = gs[j - 1]!;
  const b = gs[j]!;
  if (b.space) return false; // break after the spaces, never in front of them
  if (CLOSING.has(b.text) || ASCII_QUOTE.has(b.text)) return false;
  // Skip back over the spaces: an opening bracket stays with what follows it.
  let k = j - 1;
  while (k > 0 && gs[k]!.space) k--;
  if (OPENING.has(gs[k]!.text)) return false;
  if (a.space) return true;
  if (ASCII_QUOTE.has(a.text)) return false;
  // Between two non-spaces: only next to a wide character (CJK, kana, hangul, emoji); runs of
  // letters, digits and ASCII punctuation (a word, 20,000, a URL) stay together.
  return a.width >= 2 || b.width >= 2;
}

/** Display width in terminal cells, as Ink measures it. */
export const cellWidth = (s: string): number => stringWidth(s);

/** A piece of styled text: the text and whatever props style it. */
export interface Span {
  text: string;
}

/**
 * Wrap a sequence of styled spans as one text, then cut the spans along the rows: each row is the
 * list of span pieces on it, with the style of the span each piece came from.
 */
export function wrapSpans<S extends Span>(spans: readonly S[], width: number): S[][] {
  const text = spans.map((s) => s.text).join('');
  const bounds: number[] = [];
  let at = 0;
  for (const s of spans) {
    bounds.push(at);
    at += s.text.length;
  }
  return wrapRows(text, width).map((row) => {
    const pieces: S[] = [];
    spans.forEach((s, k) => {
      const from = Math.max(row.start, bounds[k]!);
      const to = Math.min(row.end, bounds[k]! + s.text.length);
      if (to > from) pieces.push({ ...s, text: text.slice(from, to) });
    });
    return pieces;
  });
}

/** Spans cut to one row of `width` cells, ending in "…" when anything was left out (a flag's row in the short panel). */
export function truncateSpans<S extends Span>(spans: readonly S[], width: number): S[] {
  const rows = wrapSpans(spans, width);
  if (rows.length <= 1) return rows[0] ?? [];
  const first = wrapSpans(spans, width - 1)[0]!;
  return [...first, { ...first.at(-1)!, text: '…' }];
}
