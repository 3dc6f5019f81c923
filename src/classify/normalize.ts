// Text normalisation for reading replies: strip terminal escapes and control characters, fold
// full-width forms and case, and turn digits that are read out (Chinese numerals, English number
// words) into ASCII digits, keeping a map from every normalised character back to the original.
// Everything here is a single linear pass; no regex can backtrack over the whole input.

/** A normalised view of a text with, for each of its UTF-16 units, the original span it came from. */
export interface Normalized {
  /** Lower-cased, half-width, digits read out as digits. */
  text: string;
  /** Original offset where normalised unit i starts. */
  start: number[];
  /** Original offset where normalised unit i ends (exclusive). */
  end: number[];
  /** Normalised unit i is a digit that was written as a word or numeral, or read out spaced. */
  spelled: boolean[];
}

const ZH_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

const EN_DIGITS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9',
};
/** Words that are digits only inside a run of digits ("five oh two"), never on their own. */
const EN_WEAK = new Set(['oh', 'o', 'nil']);
const EN_REPEAT: Record<string, number> = { double: 2, triple: 3 };

/**
 * Remove ANSI escape sequences and control characters (keeping newlines; tabs and CR become
 * spaces), zero-width characters and BOMs. Returns the kept text and the original offset of
 * each kept unit.
 */
export function sanitize(input: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  const n = input.length;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 0x1b || c === 0x9b) {
      i = skipEscape(input, i);
      continue;
    }
    if (c === 0x0a) {
      out += '\n';
      offsets.push(i);
    } else if (c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000) {
      out += ' ';
      offsets.push(i);
    } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0x200b || c === 0x200c || c === 0x200d
      || c === 0x2060 || c === 0xfeff || c === 0xad) {
      // dropped
    } else {
      out += input[i];
      offsets.push(i);
    }
    i++;
  }
  return { text: out, offsets };
}

/** Index just past an escape sequence starting at i (ESC or CSI). */
function skipEscape(s: string, i: number): number {
  const n = s.length;
  if (s.charCodeAt(i) === 0x9b) return skipCsi(s, i + 1);
  const next = s[i + 1];
  if (next === '[') return skipCsi(s, i + 2);
  if (next === ']' || next === 'P' || next === '_' || next === '^' || next === 'X') {
    // OSC / DCS / APC / PM / SOS: up to BEL or ST (ESC \)
    let j = i + 2;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === 0x07) return j + 1;
      if (c === 0x1b && s[j + 1] === '\\') return j + 2;
      j++;
    }
    return n;
  }
  if (next === undefined) return n;
  // two-character escape (ESC c, ESC ( B takes one more)
  if (next === '(' || next === ')' || next === '#' || next === '%') return Math.min(n, i + 3);
  return i + 2;
}

function skipCsi(s: string, j: number): number {
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c >= 0x40 && c <= 0x7e) return j + 1;
    if (c < 0x20 || c > 0x7e) return j; // malformed: stop before it
    j++;
  }
  return n;
}

/** Full-width ASCII (U+FF01..FF5E) to half-width, then lower case when that keeps one unit. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) ch = String.fromCharCode(c - 0xfee0);
  else if (c === 0x2018 || c === 0x2019) ch = "'";
  else if (c === 0x3002 || c === 0xff61) ch = '.';
  const low = ch.toLowerCase();
  return low.length === 1 ? low : ch;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined) => ch !== undefined && ((ch >= 'a' && ch <= 'z') || ch === "'");
/** Separators allowed inside a number that is read out: "6228 4800", "48-29", "一、二". */
export const isDigitSep = (ch: string | undefined) =>
  ch === ' ' || ch === '-' || ch === '–' || ch === '—' || ch === '.' || ch === ',' || ch === '、' || ch === '·' || ch === '_' || ch === '，';

interface Unit {
  ch: string;
  s: number;
  e: number;
  spelled: boolean;
}

/** Normalise a text for reading. Offsets in the result map back to `input`. */
export function normalize(input: string): Normalized {
  const { text: clean, offsets } = sanitize(input);
  const origEnd = (k: number) => (offsets[k] ?? input.length) + 1;

  // Pass 1: fold characters, keep offsets.
  const units: Unit[] = [];
  for (let k = 0; k < clean.length; k++) {
    const ch = clean[k]!;
    const code = ch.charCodeAt(0);
    // keep surrogate pairs together (emoji): they are never digits
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < clean.length) {
      units.push({ ch: ch, s: offsets[k]!, e: origEnd(k), spelled: false });
      units.push({ ch: clean[k + 1]!, s: offsets[k + 1]!, e: origEnd(k + 1), spelled: false });
      k++;
      continue;
    }
    units.push({ ch: foldChar(ch), s: offsets[k]!, e: origEnd(k), spelled: false });
  }

  // Pass 2: Chinese numerals read digit by digit ("一二三四五六") become digits when at least three
  // digit characters stand together (so 一下, 一个, 三四天 stay words).
  convertChineseRuns(units);

  // Pass 3: English number words in runs of two or more ("five five two", "double five").
  const merged = convertEnglishWords(units);

  // Pass 4: digits read out with separators between single digits ("4 8 2 9") count as spelled.
  markSpacedDigits(merged);

  return {
    text: merged.map((u) => u.ch).join(''),
    start: merged.map((u) => u.s),
    end: merged.map((u) => u.e),
    spelled: merged.map((u) => u.spelled),
  };
}

function convertChineseRuns(units: Unit[]): void {
  let i = 0;
  while (i < units.length) {
    const u = units[i]!;
    if (!(u.ch in ZH_DIGITS) && !isDigit(u.ch)) {
      i++;
      continue;
    }
    // a run of numerals/digits, allowing single separators between them
    let j = i;
    let count = 0;
    let hasZh = false;
    let last = i;
    while (j < units.length) {
      const c = units[j]!.ch;
      if (c in ZH_DIGITS || isDigit(c)) {
        if (c in ZH_DIGITS) hasZh = true;
        count++;
        last = j;
        j++;
      } else if (isDigitSep(c) && j + 1 < units.length && (units[j + 1]!.ch in ZH_DIGITS || isDigit(units[j + 1]!.ch)) && j > i) {
        j++;
      } else break;
    }
    if (hasZh && count >= 3) {
      for (let k = i; k <= last; k++) {
        const z = ZH_DIGITS[units[k]!.ch];
        if (z !== undefined) {
          units[k]!.ch = z;
          units[k]!.spelled = true;
        }
      }
    }
    i = last + 1;
  }
}

function convertEnglishWords(units: Unit[]): Unit[] {
  // tokenise into letter words; find runs of number words (and digits) separated by spaces/commas/dashes
  const out: Unit[] = [];
  const n = units.length;
  let i = 0;
  while (i < n) {
    const u = units[i]!;
    if (!isLetter(u.ch) || (i > 0 && isLetter(units[i - 1]!.ch))) {
      out.push(u);
      i++;
      continue;
    }
    // try to read a run of number words starting at a word boundary
    const run = readNumberRun(units, i);
    if (run && run.digits >= 2) {
      out.push(...run.units);
      i = run.end;
    } else {
      out.push(u);
      i++;
    }
  }
  return out;
}

interface WordRun {
  units: Unit[];
  end: number;
  digits: number;
}

/** Read "five, five two double nine" from units[i]. Returns the replacement units. */
function readNumberRun(units: Unit[], i: number): WordRun | null {
  const n = units.length;
  const res: Unit[] = [];
  let digits = 0;
  let strong = 0;
  let j = i;
  let end = i;
  let repeat = 1;
  let pendingSep: Unit[] = [];
  while (j < n) {
    const c = units[j]!.ch;
    if (isDigit(c)) {
      // digits inside a word run count too: "five 5 two"
      for (let r = 0; r < repeat; r++) res.push(...pendingSep.splice(0), { ...units[j]! });
      repeat = 1;
      digits++;
      strong++;
      j++;
      end = j;
      continue;
    }
    if (isLetter(c)) {
      let k = j;
      let w = '';
      while (k < n && isLetter(units[k]!.ch) && w.length < 12) w += units[k++]!.ch;
      if (k < n && isLetter(units[k]!.ch)) break; // a long word: not a number
      const d = EN_DIGITS[w];
      const rep = EN_REPEAT[w];
      if (rep !== undefined) {
        repeat = rep;
        j = k;
        pendingSep = [];
        // "double" must be followed by a digit word; the separator after it is dropped
        while (j < n && units[j]!.ch === ' ') j++;
        continue;
      }
      if (d === undefined) break;
      const s = units[j]!.s;
      const e = units[k - 1]!.e;
      for (let r = 0; r < repeat; r++) {
        res.push(...pendingSep.splice(0), { ch: d, s, e, spelled: true });
        digits++;
      }
      if (!EN_WEAK.has(w)) strong++;
      repeat = 1;
      j = k;
      end = j;
      continue;
    }
    if (isDigitSep(c) && res.length > 0) {
      pendingSep.push(units[j]!);
      j++;
      continue;
    }
    break;
  }
  if (digits < 2 || strong < 1) return null;
  return { units: res, end, digits };
}

function markSpacedDigits(units: Unit[]): void {
  // "4 8 2 9 1 7": a digit, a separator, a digit, ... at least three single digits in a row
  let i = 0;
  const n = units.length;
  while (i < n) {
    if (!isDigit(units[i]!.ch) || isDigit(units[i + 1]?.ch) || (i > 0 && isDigit(units[i - 1]!.ch))) {
      i++;
      continue;
    }
    let j = i;
    let count = 1;
    while (j + 2 < n && isDigitSep(units[j + 1]!.ch) && isDigit(units[j + 2]!.ch) && !isDigit(units[j + 3]?.ch)) {
      j += 2;
      count++;
    }
    if (count >= 3) for (let k = i; k <= j; k += 2) units[k]!.spelled = true;
    i = j + 1;
  }
}

/** Map a span of the normalised text back to the original text. */
export function toOriginal(norm: Normalized, a: number, b: number): [number, number] {
  return [norm.start[a] ?? 0, norm.end[b - 1] ?? norm.start[a] ?? 0];
}
