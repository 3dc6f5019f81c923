// English number words read as digits, in place over the units being normalised: "five five two",
// "double five", "forty-eight", "twenty twenty four". A run needs two digits or more and one
// word that is only ever a number ("oh" and "o" alone are not), so "no one knows" stays words.
import { EN_HOMOPHONES, EN_PLURALS, EN_REPEAT, EN_TENS, EN_WEAK, EN_WORDS } from './digits';
import { type Units, isDigitCode, isDigitSepCode, isLetterCode } from './units';

/**
 * How every number word starts (its first three letters, or all of a shorter one): other words are
 * not looked up. Three letters rule out nearly every common word ("the", "only", "first", "see")
 * that two would let through; a word can be a number word only if its start is one of these.
 */
const WORDS = [...Object.keys(EN_WORDS), ...Object.keys(EN_TENS), ...Object.keys(EN_REPEAT), ...Object.keys(EN_HOMOPHONES), ...Object.keys(EN_PLURALS)];
const key3 = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c;
const START = new Set(WORDS.map((w) => key3(w.charCodeAt(0), w.charCodeAt(1) || 0, w.charCodeAt(2) || 0)));
const startsNumber = (c: Uint16Array, i: number, n: number) => {
  const b = i + 1 < n && isLetterCode(c[i + 1]!) ? c[i + 1]! : 0;
  const d = b && i + 2 < n && isLetterCode(c[i + 2]!) ? c[i + 2]! : 0;
  return START.has(key3(c[i]!, b, d));
};
const MAX_WORD = 12;

interface Run {
  c: number[];
  s: number[];
  e: number[];
  sp: number[];
  end: number;
  digits: number;
  strong: number;
  /** Homophones read as digits ("for", "ate"). */
  heard: number;
}

/** Replace runs of number words by their digits; the text only gets shorter, so it is done in place. */
export function readEnglishNumbers(u: Units): void {
  const { c, s, e, sp } = u;
  const n = u.n;
  let w = 0;
  let i = 0;
  while (i < n) {
    if (!isLetterCode(c[i]!) || (i > 0 && isLetterCode(c[i - 1]!)) || !startsNumber(c, i, n)) {
      // not the start of a word that can be a number: copy the whole word at once
      w = copyTo(u, i++, w);
      while (i < n && isLetterCode(c[i]!) && isLetterCode(c[i - 1]!)) w = copyTo(u, i++, w);
      continue;
    }
    const run = readRun(u, i);
    if (run.digits >= 2 && run.strong >= 1 && (run.heard === 0 || run.digits >= 4)) {
      for (let k = 0; k < run.c.length; k++) {
        c[w] = run.c[k]!;
        s[w] = run.s[k]!;
        e[w] = run.e[k]!;
        sp[w++] = run.sp[k]!;
      }
      i = run.end;
    } else {
      // no run starting inside this one does better (fewer words, none strong): skip it whole,
      // which keeps "oh oh oh …" linear
      const stop = Math.max(i + 1, run.end);
      while (i < stop) w = copyTo(u, i++, w);
    }
  }
  u.n = w;
}

/** Unit i moved to w (nothing to move until a run has made the text shorter); the next w. */
function copyTo(u: Units, i: number, w: number): number {
  if (w !== i) {
    u.c[w] = u.c[i]!;
    u.s[w] = u.s[i]!;
    u.e[w] = u.e[i]!;
    u.sp[w] = u.sp[i]!;
  }
  return w + 1;
}

/** The letter word at j (at most MAX_WORD letters) and where it ends; null for a longer word. */
function wordAt(u: Units, j: number): { w: string; k: number } | null {
  let k = j;
  while (k < u.n && isLetterCode(u.c[k]!) && k - j <= MAX_WORD) k++;
  return k - j > MAX_WORD ? null : { w: String.fromCharCode(...u.c.subarray(j, k)), k };
}

/** Read "five, five two double nine", "forty-eight" from units[i]. */
function readRun(u: Units, i: number): Run {
  const { c, n } = u;
  const run: Run = { c: [], s: [], e: [], sp: [], end: i, digits: 0, strong: 0, heard: 0 };
  let pending: number[] = []; // separators between digits, kept once a digit follows
  const emit = (ch: number, s: number, e: number, sp = 1) => {
    for (const p of pending) {
      run.c.push(c[p]!);
      run.s.push(u.s[p]!);
      run.e.push(u.e[p]!);
      run.sp.push(u.sp[p]!);
    }
    pending = [];
    run.c.push(ch);
    run.s.push(s);
    run.e.push(e);
    run.sp.push(sp);
    run.digits++;
  };
  let j = i;
  let repeat = 1;
  let lastWord = -1; // where the last word's digit was put, when it was one digit said once
  // the run as it stood after its last word that was no homophone
  const kept = { len: 0, end: i, digits: 0, heard: 0 };
  const keep = () => Object.assign(kept, { len: run.c.length, end: run.end, digits: run.digits, heard: run.heard });
  while (j < n) {
    const x = c[j]!;
    if (isDigitCode(x)) {
      // digits inside a word run count too: "five 5 two"
      for (let r = 0; r < repeat; r++) emit(x, u.s[j]!, u.e[j]!, u.sp[j]!);
      repeat = 1;
      run.strong++;
      run.end = ++j;
      keep();
      continue;
    }
    if (!isLetterCode(x)) {
      if (isDigitSepCode(x) && run.c.length > 0) {
        pending.push(j++);
        continue;
      }
      break;
    }
    const word = wordAt(u, j);
    if (!word) break; // a long word: not a number
    const { w, k } = word;
    const s = u.s[j]!;
    const e = u.e[k - 1]!;
    const rep = EN_REPEAT[w];
    if (rep !== undefined) {
      // "double five": the separator after "double" is dropped
      repeat = rep;
      pending = [];
      j = k;
      while (j < n && c[j] === 0x20) j++;
      continue;
    }
    const plural = EN_PLURALS[w];
    if (plural !== undefined) {
      // "four nines": the count just read is how many times the digit is said
      const count = lastWord === run.c.length - 1 && run.strong > 0 ? run.c[lastWord]! - 0x30 : 0;
      if (count < 2) break;
      const from = run.s[lastWord]!;
      for (const a of [run.c, run.s, run.e, run.sp]) a.pop();
      run.digits--;
      pending = [];
      for (let r = 0; r < count; r++) emit(plural.charCodeAt(0), from, e);
      lastWord = -1;
      j = k;
      run.end = j;
      keep();
      continue;
    }
    const tens = EN_TENS[w];
    const heard = EN_HOMOPHONES[w];
    const d = EN_WORDS[w] ?? heard;
    if (tens === undefined && d === undefined) break;
    // a homophone goes on a run, never starts one: "sent it to five five…" is not a 2
    if (heard !== undefined && run.digits === 0) break;
    if (heard !== undefined) run.heard++;
    lastWord = d !== undefined && d.length === 1 && repeat === 1 ? run.c.length + pending.length : -1;
    let next = k;
    for (let r = 0; r < repeat; r++) {
      if (tens !== undefined) {
        // "forty eight" / "forty-eight" is 48; "forty" alone is 40
        const sep = c[k] === 0x20 || c[k] === 0x2d ? k + 1 : k;
        const unit = sep > k && sep < n ? wordAt(u, sep) : null;
        const ud = unit ? EN_WORDS[unit.w] : undefined;
        emit(tens.charCodeAt(0), s, e);
        if (unit && ud !== undefined && ud.length === 1 && ud !== '0') {
          emit(ud.charCodeAt(0), u.s[sep]!, u.e[unit.k - 1]!);
          next = unit.k;
        } else emit(0x30, s, e);
      } else for (let q = 0; q < d!.length; q++) emit(d!.charCodeAt(q), s, e);
    }
    if (!EN_WEAK.has(w) && heard === undefined) run.strong++;
    repeat = 1;
    j = next;
    run.end = j;
    if (heard === undefined) keep();
  }
  // ...nor ends one: "…two one to you" ends at the one
  if (kept.len < run.c.length) {
    for (const a of [run.c, run.s, run.e, run.sp]) a.length = kept.len;
    Object.assign(run, { end: kept.end, digits: kept.digits, heard: kept.heard });
  }
  return run;
}
