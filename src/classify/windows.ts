// Reading a text far longer than any reply in windows. Every front end caps a reply at
// MAX_REPLY_CHARS, so what a person types is always read whole; a longer text (a file's line
// given to `classify`, a library caller's paste) is read a window at a time. Each window ends
// at a sentence's end before a word, or else between two words, and is read with the text on
// either side of it as context, so a number at its edge is read as a reading of the whole reads
// it, and the work stays in small pieces: read whole, a 100 kB paste keeps tens of thousands of
// objects alive at once, and the collector ran for a sixth of the time (under a tenth now).
import { MAX_REPLY_CHARS } from '../core/reply';
import type { Normalized } from './normalize';

/** Texts up to this long are read whole; longer ones a window of about this size at a time. */
export const READ_WINDOW = 8 * 1024;
/** The text on either side of a window read with it: the labels, asides and corrections around a number at its edge. */
export const WINDOW_CONTEXT = 200;
// (so no reply a person can send is ever cut)
if (READ_WINDOW <= MAX_REPLY_CHARS) throw new Error('READ_WINDOW must exceed MAX_REPLY_CHARS');

// Where a window may end: after a sentence's end mark before a word (a letter or a Chinese character: not a digit, and
// number words are digits by now); failing that, between two words.
const SENTENCE_END = /[.!?;\n](?=\s*[a-z\u3400-\u9fff])/g;
const BETWEEN_WORDS = /(?<=[a-z\u3400-\u9fff]) (?=[a-z\u3400-\u9fff])/g;

/** The normalised text's units [a, b), offsets into the original kept as they are (the text copied: a slice of a long one keeps it whole alive). */
function slice(norm: Normalized, a: number, b: number): Normalized {
  return { text: (norm.text.slice(a, b) + '\0').slice(0, -1), start: norm.start.subarray(a, b), end: norm.end.subarray(a, b), spelled: norm.spelled.subarray(a, b) };
}

/** Where the last match of `re` in t's units [from, to) ends, or -1. */
function lastEnd(re: RegExp, t: string, from: number, to: number): number {
  let best = -1;
  for (const m of t.slice(from, to).matchAll(re)) best = from + m.index + m[0].length;
  return best;
}

/** Where the window that starts at `from` ends: at a sentence's end in its second half, or between two words; the text's end where there is neither (one long number). */
function cutAfter(t: string, from: number): number {
  const to = from + READ_WINDOW;
  if (to >= t.length) return t.length;
  const half = from + (READ_WINDOW >> 1);
  const cut = lastEnd(SENTENCE_END, t, half, to);
  if (cut >= 0) return cut;
  const gap = lastEnd(BETWEEN_WORDS, t, half, to);
  return gap >= 0 ? gap : t.length;
}

/**
 * What `read` finds in the normalised text, read whole if it is no longer than READ_WINDOW, else
 * window by window, each read with up to WINDOW_CONTEXT units on either side. A find is kept from
 * the window it starts in (read with context all round, not cut off at the window's edge); one
 * that runs on past that window's context is joined to what the next window reads of it. `read`
 * returns spans, sorted by start, with offsets into the original text.
 */
export function readInWindows<T extends { start: number; end: number }>(norm: Normalized, read: (part: Normalized) => T[]): T[] {
  const t = norm.text;
  if (t.length <= READ_WINDOW) return read(norm);
  const out: T[] = [];
  for (let from = 0; from < t.length; ) {
    const to = cutAfter(t, from);
    const own = norm.start[from]!;
    const next = to < t.length ? norm.start[to]! : Infinity;
    for (const f of read(slice(norm, Math.max(0, from - WINDOW_CONTEXT), Math.min(t.length, to + WINDOW_CONTEXT)))) {
      const last = out[out.length - 1];
      if (f.start >= next || (last && f.end <= last.end)) continue;
      if (last && f.start < last.end) out[out.length - 1] = { ...f, start: Math.min(last.start, f.start) };
      else if (f.start >= own) out.push(f);
    }
    from = to;
  }
  return out;
}
