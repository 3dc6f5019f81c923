// The working form of a text being normalised: parallel typed arrays, one slot per UTF-16 unit of
// the normalised text, with the span of the original it came from. Passes rewrite them in place.

export interface Units {
  /** UTF-16 code unit. */
  c: Uint16Array;
  /** Original offset where the unit starts. */
  s: Int32Array;
  /** Original offset where the unit ends (exclusive). */
  e: Int32Array;
  /** 1 for a digit that was written as a word or numeral, or read out spaced; COUNTED for one of an English word worth ten or more. */
  sp: Uint8Array;
  /** Units in use. */
  n: number;
}

/** The mark of a digit said in a word worth ten or more ("eighty", "fifteen", "hundred"): a count, as sums and times are said. */
export const COUNTED = 2;

export const units = (capacity: number): Units => ({
  c: new Uint16Array(capacity),
  s: new Int32Array(capacity),
  e: new Int32Array(capacity),
  sp: new Uint8Array(capacity),
  n: 0,
});

/** A copy of the first n units of u in arrays twice as long. */
export function grown(u: Units, n: number): Units {
  const g = units(2 * u.c.length);
  g.c.set(u.c.subarray(0, n));
  g.s.set(u.s.subarray(0, n));
  g.e.set(u.e.subarray(0, n));
  g.sp.set(u.sp.subarray(0, n));
  return g;
}

export const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
/** White space and line ends, as \s reads them. */
export const isSpaceCode = (c: number) =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** a-z and the apostrophe: what an English word is made of once folded. */
export const isLetterCode = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x27;

/** Separators allowed inside a number that is read out: space - – — . , 、 · _ ， / | * 杠 (a dash said in Chinese) */
export const isDigitSepCode = (c: number) =>
  c === 0x20 || c === 0x2d || c === 0x6760 || c === 0x2013 || c === 0x2014 || c === 0x2e || c === 0x2c || c === 0x3001 || c === 0xb7
  || c === 0x5f || c === 0xff0c || c === 0x2f || c === 0x7c || c === 0x2a;

/** A mark said as a word between the parts of a number ("four one nine space six oh two", "5312 dash 0752"), and the mark it stands for. */
// ("stroke", a slash as British and Commonwealth speech reads it: "L-V stroke two three nine stroke twenty-five")
export const SAID_MARKS: Readonly<Record<string, number>> = { dash: 0x2d, hyphen: 0x2d, slash: 0x2f, stroke: 0x2f, space: 0x20 };
