// Numbers in a normalised reply: runs of digit groups ("6228 4800 1234 5671", "12/27 123",
// "+86 138-1234-5678"), where a run splits into separate numbers, and what a number's shape alone
// says: a checksum-valid card or ID, a mobile, a date, a time, an amount, an official hotline.
// All of it is linear in the run; nothing here looks at the words around a number (labels.ts).
import { COUNTED, isDigitSepCode, isSpaceCode } from './units';

/** Digits in a row, with the separators between them. */
export interface DigitRun {
  /** ASCII digits, and a final X for a resident ID number. */
  digits: string;
  /** Digit count of each group: "6228 4800" is [4, 4]. */
  groups: number[];
  /** Normalised index where each group starts. */
  starts: number[];
  /** The separator text between group i and group i + 1. */
  seps: string[];
  /** Some digit was read out (words, numerals, spaced single digits, keycaps). */
  spelled: boolean;
  /** Some digit came from an English word worth ten or more ("eighty seven fifty", "twelve ninety-nine"): said as a count, not digit by digit. */
  counted: boolean;
  /** ASCII letters touch the first or the last digit: "SF6222…", "iphone15", "code482913". */
  glued: boolean;
  /** One to three letters that start the number ("E12345678", "A1234567"): how many, else 0. */
  prefix: number;
}

/** Where a run is in the normalised text: [first digit, just past the last). */
export const spanOf = (r: DigitRun): [number, number] => [r.starts[0]!, r.starts[r.starts.length - 1]! + r.groups[r.groups.length - 1]!];

// A count joined to its unit as one word ("a 3-digit code", "two 100-dollar cards", "the fifty-dollar ones", "a 5-minute wait"), or
// said roughly ("50-something", "20-odd", "30-ish"): a count or a sum, never a password or a code. (One list for both readers.)
const COUNT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand)';
export const COUNT_WITH_UNIT = new RegExp(
  `^(?:\\d+|${COUNT_WORD}(?:-${COUNT_WORD})*)(?:-(?:dollars?|bucks?|pounds?|euros?|rupees?|cedis?|rand|naira|shillings?|kwacha|pula|` +
    'digits?|minutes?|hours?|days?|weeks?|months?|years?|packs?|pages?|inch|foot|feet|miles?|percent|cards?|times?|' +
    'something|odd|ish|plus|star|step|stage|point))+$',
);

export const isD = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
// On character codes (NaN past the end): indexing a Chinese text would make a string per character.
export const isDigitAt = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
export const isLetterAt = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a;
};
/** How many digits in a row start at i. */
const digitsAt = (t: string, i: number) => {
  let j = i;
  while (isDigitAt(t, j)) j++;
  return j - i;
};
/** Whether the digits from i (read across single spaces) begin again with `digits`. */
const TIME_WORD_BEFORE = /\b(?:past|to|half|quarter) $/;
function restarts(t: string, i: number, digits: string): boolean {
  let k = 0;
  for (let j = i; k < digits.length && j < t.length; j++) {
    if (t[j] === ' ' && isDigitAt(t, j + 1)) continue;
    if (t[j] !== digits[k]) return false;
    k++;
  }
  return k === digits.length;
}
/** Between the groups of one number: the read-out separators, and "/", "|", ":" and brackets. */
const isRunSepAt = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return isDigitSepCode(c) || c === 0x3a || c === 0x28 || c === 0x29;
};

const FILLER = /[\s,]+(?:uh+|um+|er+|erm|ah+|(?:and )?then)[\s,.]+(?=\d)/y;
const HESITATION_AFTER_COMMA = /^, (?:uh+|um+|er+|erm|ah+)\b/;
const [SPACE, DOT, ELLIPSIS, X] = [' ', '.', '…', 'x'].map((c) => c.charCodeAt(0));
// (a pause between groups: "482... 913", "三 八 幺…… 零")
const PAUSE = /^ ?(?:\.{2,3}|…{1,2}) ?$/;
/** What follows the digits at k after a pause, read out spaced or not ("…… 5 0 块钱": " 块钱"). */
const afterDigits = (t: string, k: number) => t.slice(k, k + 24).replace(LEADING_DIGITS, '');
const LEADING_DIGITS = /^\d+(?: \d+)*/;
/** How long the filler word with its spaces at index i is ("uh", "then" between digits), else 0. */
function fillerAt(t: string, i: number): number {
  // (it opens with a space or a comma: most runs end at neither)
  const c = t.charCodeAt(i);
  if (c !== 0x2c && !isSpaceCode(c)) return 0;
  FILLER.lastIndex = i;
  const m = FILLER.exec(t);
  return m ? m[0].length : 0;
}

// One string per separator character, not one per separator: a list of thousands of short numbers ("1、2、3、…") made
// one each, and the collector ran for them (V8 shares one-character strings of Latin-1 only).
const CHARS = new Map<number, string>();
const charAt = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  let s = CHARS.get(c);
  if (s === undefined) CHARS.set(c, (s = t[i]!));
  return s;
};

const GROUPS: number[] = [];
const STARTS: number[] = [];
const SEPS: string[] = [];
const NO_GROUPS: number[] = [];
const NO_SEPS: string[] = [];

/** No digit read out: a text found in, not the one normalised (a caller's line, a span of the reply). */
const NONE_SPELLED: ArrayLike<number> = new Uint8Array(0);

/** Every run of digit groups in a normalised text, in order. One pass. */
export function findRuns(t: string, spelled: ArrayLike<number> = NONE_SPELLED): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (!isDigitAt(t, i)) {
      i++;
      continue;
    }
    let lead = 0;
    while (lead < 4 && isLetterAt(t, i - lead - 1)) lead++;
    const run: DigitRun = { digits: '', groups: NO_GROUPS, starts: NO_GROUPS, seps: NO_SEPS, spelled: false, counted: false, glued: lead > 0, prefix: lead < 4 ? lead : 0 };
    // (the groups gathered in arrays kept for it, then copied at their length: three arrays grown to sixteen places a run were most of
    // what a paste of thousands of numbers made)
    let ng = 0;
    let ns = 0;
    let again: number[] | undefined;
    let j = i;
    for (;;) {
      const g = j;
      for (; isDigitAt(t, j); j++) {
        if (spelled[j]) run.spelled = true;
        if (spelled[j] === COUNTED) run.counted = true;
      }
      run.digits += t.slice(g, j);
      GROUPS[ng] = j - g;
      STARTS[ng++] = g;
      // one or two separators ("-", ", "), or one between spaces (" | "), then more digits; or short
      // groups read out with a pause between ("8... 3... 9... 2", "482... 913")
      let k = j;
      while (k < n && k - j < 4 && isRunSepAt(t, k)) k++;
      // ("1 9 ... 6 8"; not a restart, "7 0 2 ... 7 0 2 5")
      if (k === j + 4 && t.startsWith(' ... ', j) && !restarts(t, k + 1, run.digits)) k++;
      // ("3 1 7 ……5 9 0": a space before the pause too; not a restart, "六二一五 八三 …… 六二一五 八三零二…")
      // (characters read by their codes here: a Chinese text's are not made into strings one by one)
      const dots = k === j ? j : k === j + 1 && t.charCodeAt(j) === SPACE ? j + 1 : -1;
      if (dots >= 0 && t.charCodeAt(dots) === ELLIPSIS) {
        k = t.charCodeAt(dots + 1) === ELLIPSIS ? dots + 2 : dots + 1; // "123……456"
        if (t.charCodeAt(k) === SPACE) k++; // "三 八 幺…… 零 零 六"
        if (run.digits.length >= 3 && restarts(t, k, run.digits)) k = j;
        // (the last group begun again after the pause, "幺三九，二六……二六五洞，八拐四幺": kept aside, dropped at the end where that makes the number whole)
        else if (ng >= 2 && j - g >= 2 && restarts(t, k, t.slice(g, j))) (again ??= []).push(ng - 1);
      }
      // a filler word between short groups read out: "3 0 5 uh 6 1 7", "4147 uh 2020", "triple 7 and then 0 1 2"
      // (after a comma too, "4-1-2, uh, 6-6": a hesitation, not "…, then" a list's next item)
      const filler = (k - j <= 1 || HESITATION_AFTER_COMMA.test(t.slice(j, j + 8))) && j - g <= 4 ? fillerAt(t, j) : 0;
      if (filler && digitsAt(t, j + filler) <= 4) k = j + filler;
      const gap = k - j;
      // (not a sum after a pause: "2292... 1500 dollars")
      const next = digitsAt(t, k);
      const pause = gap >= 1 && j - g <= 4 && (filler > 0 || PAUSE.test(t.slice(j, k))) && next <= 4 && !SUM_AFTER.test(afterDigits(t, k)) && !TIME_AFTER.test(afterDigits(t, k));
      if (gap === 0 || !isDigitAt(t, k) || (!pause && (gap > 3 || (gap === 3 && (t.charCodeAt(j) !== SPACE || t.charCodeAt(j + 1) === SPACE || t.charCodeAt(j + 2) !== SPACE))))) break;
      // a sentence's end between numbers of two digits or more, "since 2015. 27 6 40 sounds right": two numbers (digits
      // read one at a time, "5. 2. 9.", are one, and so is a number said again so, "552 139. one three nine")
      // (nor a time's hour said before the sentence ends, "at ten past six. Four four one nine")
      if (t.charCodeAt(j) === DOT && t.charCodeAt(j + 1) === SPACE && gap === 2 && (digitsAt(t, k) >= 2 || (j - g >= 2 && !spelled[k]) || TIME_WORD_BEFORE.test(t.slice(Math.max(0, g - 8), g)))) break;
      SEPS[ns++] = k === j + 1 ? charAt(t, j) : t.slice(j, k);
      j = k;
    }
    run.groups = GROUPS.slice(0, ng);
    run.starts = STARTS.slice(0, ng);
    run.seps = SEPS.slice(0, ns);
    // a resident ID ends in X, sometimes apart: "11010519491231 002 X"
    const x = isRunSepAt(t, j) && t.charCodeAt(j + 1) === X ? j + 1 : t.charCodeAt(j) === X ? j : -1;
    if ((run.digits.length === 17 || (again && withoutGroups(run, again).length === 17)) && x >= 0 && !isLetterAt(t, x + 1)) {
      run.digits += 'X';
      if (x > j) {
        run.seps.push(t.slice(j, x));
        run.groups.push(1);
        run.starts.push(x);
      } else run.groups[run.groups.length - 1]!++;
      j = x + 1;
    } else if (isLetterAt(t, j)) run.glued = true;
    runs.push(again ? withoutRestarts(run, again) : run);
    i = j;
  }
  return runs;
}

/** A number is whole by its shape: a resident ID by its checksum or its dates, a mobile, a card by its length and checksum. */
const wholeByShape = (d: string) => chineseIdValid(d) || (d.length === 18 && idShaped(d)) || isMobile(d) || (d.length >= 16 && d.length <= 19 && luhnValid(d));
/** A run's digits without the groups `drop`. */
export function withoutGroups(run: DigitRun, drop: readonly number[]): string {
  let digits = '';
  let at = 0;
  run.groups.forEach((len, g) => {
    if (!drop.includes(g)) digits += run.digits.slice(at, at + len);
    at += len;
  });
  return digits + run.digits.slice(at);
}
/** The run without the groups begun again after a pause, where only that reading makes a number whole (the groups stay inside its span). */
function withoutRestarts(run: DigitRun, again: number[]): DigitRun {
  const keep = run.groups.map((_, g) => !again.includes(g));
  const digits = withoutGroups(run, again);
  if (!wholeByShape(digits) || wholeByShape(run.digits)) return run;
  return {
    ...run,
    digits,
    groups: run.groups.filter((_, g) => keep[g]),
    starts: run.starts.filter((_, g) => keep[g]),
    seps: run.seps.filter((_, g) => keep[g + 1]),
  };
}

/**
 * Groups g0 to g1 (inclusive) of a run, as a run of their own. `from` is the index in r.digits
 * where group g0 starts, when the caller knows it (walking the groups in order keeps it linear).
 */
export function subRun(r: DigitRun, g0: number, g1: number, from = digitsBefore(r, g0)): DigitRun {
  let to = from;
  for (let g = g0; g <= g1; g++) to += r.groups[g]!;
  return {
    digits: r.digits.slice(from, to),
    groups: r.groups.slice(g0, g1 + 1),
    starts: r.starts.slice(g0, g1 + 1),
    seps: r.seps.slice(g0, g1),
    spelled: r.spelled,
    counted: r.counted,
    glued: (g0 === 0 || g1 === r.groups.length - 1) && r.glued,
    prefix: g0 === 0 ? r.prefix : 0,
  };
}

function digitsBefore(r: DigitRun, g0: number): number {
  let from = 0;
  for (let g = 0; g < g0; g++) from += r.groups[g]!;
  return from;
}

/**
 * Where a run holds several numbers: "6228480012345671, 482917" is a card and a code. A comma,
 * 、 or a wider gap splits two groups of four digits or more; shorter groups are one number read
 * in parts ("4, 8, 2, 9", "482 - 913"), and so are thousands ("3,500,000").
 */
const SUM_AFTER = /^\s?(?:dollars?|bucks|euros?|pounds?|hundred|thousand|grand|元|块|万|千)/;
// (nor a time after one: "4 8 2 9 …… 5 分钟内有效", "5 5 1 8 ……3 minutes ago")
const TIME_AFTER = /^\s?(?:分钟|秒|小时|个小时|天|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?)/;
const PHONE_TAIL = new Set(['3,3,4', '1,3,3,4']);
export function splitRun(r: DigitRun): DigitRun[] {
  // (a resident ID read in its parts, the place, the birth date and the rest, with commas between: "四幺零三二二，幺九五二零八幺五，
  // 三幺七六" is one number)
  if (r.groups.length <= 6 && idShaped(r.digits)) return [r];
  // (and a card's number read four digits at a time with commas, as printed: "六二一七，零零零二，六四八零，一五七三，九二六", a
  // nineteen-digit card's short last group, or sixteen with the card's check; not four codes in a row, "六六八八，九九零零，…")
  // (or a UnionPay card's 62 and a group too many, a slip in reading it out: "六二一七，零零零零，四一二三，八五五六，九零二七")
  const fours = r.groups.length >= 4 && r.groups.every((g, i) => g === 4 || (i === r.groups.length - 1 && g < 4)) && new Set(r.seps).size === 1;
  if (fours && /^[3-6]/.test(r.digits) && ((r.digits.length >= 17 && r.digits.length <= 19) || (r.digits.length === 16 && luhnValid(r.digits)) || (r.digits.length === 20 && r.digits.startsWith('62')))) return [r];
  const parts: DigitRun[] = [];
  let g0 = 0;
  let from = 0; // digits before group g0
  let at = 0; // digits before group g
  for (let g = 0; g < r.seps.length; g++) {
    const sep = r.seps[g]!;
    const left = r.groups[g]!;
    const right = r.groups[g + 1]!;
    at += left;
    const strong = sep.length >= 2 || sep === ',' || sep === '，' || sep === '、';
    // a card number, then its expiry: "4532 0151 1283 0366 12/27 123"
    const expiry = at >= 12 && g + 2 < r.groups.length && expiryAt(r, g + 1, at);
    // a date, then a number after a comma, or the other way round: "2/9/54, 318442290"
    // (a whole date, day, month and year: "4-7, 3-3" are a code's pairs)
    // (or a time after a space: "2024.03.14 20:15")
    // (or a day and a month, then a time: "11/7, 7:30")
    const date = (strong || sep === ' ') && (right >= 4 || r.seps[g + 1] === ':') && (g - g0 === 2 || (g - g0 === 1 && (r.seps[g0] === '/' || r.seps[g0] === ':') && r.seps[g + 1] === ':')) && isDateOrTime(subRun(r, g0, g, from));
    const dateAfter = strong && left >= 4 && r.groups.length - g === 4 && isDateOrTime(subRun(r, g + 1, g + 3, at));
    // sums in a list, "7,200、7,450、6,980": a sum written with its thousands, then another
    // (no sum has more than seven groups, "1,000,000,000,000.00": a long list of short groups is not read again from its start at each)
    const sums = (sep === '、' || sep === '，' || sep === ', ') && g > g0 && g - g0 <= 7 && isFormattedAmount(subRun(r, g0, g, from));
    // days in a list, "4/15, 6/17, 9/16": a month and a day, then another
    // (not a card's expiry, then its code: "08/29, 115")
    const days = strong && g - g0 === 1 && r.seps[g0] === '/' && r.seps[g + 1] === '/' && right <= 2 && isDateOrTime(subRun(r, g0, g, from));
    // and a phone number written as one after a comma, "Thursday 8 to 12, 877-270-3360"
    // (looked at only where three or four groups are left: a list of thousands is not read again at each)
    const tail = strong && r.groups.length - g - 1 <= 4 && PHONE_TAIL.has(r.groups.slice(g + 1).join()) && r.seps.slice(g + 1).every((s) => s === '-' || s === '.');
    if ((strong && left >= 4 && right >= 4) || expiry || date || dateAfter || sums || days || tail) {
      parts.push(subRun(r, g0, g, from));
      g0 = g + 1;
      from = at;
    }
  }
  if (g0 === 0) return [r];
  parts.push(subRun(r, g0, r.groups.length - 1, from));
  return parts;
}

/** Luhn checksum over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** An IBAN's check (ISO 13616): 15 to 34 letters and digits, the country and check digits moved to the end, each letter as its number, mod 97 is 1. */
export function ibanValid(iban: string): boolean {
  const c = iban.replace(/[\s-]/g, '').toLowerCase();
  if (!/^[a-z]{2}\d{2}[a-z0-9]{11,30}$/.test(c)) return false;
  let m = 0;
  for (const ch of c.slice(4) + c.slice(0, 4)) {
    const v = ch <= '9' ? ch : String(ch.charCodeAt(0) - 87);
    for (const d of v) m = (m * 10 + d.charCodeAt(0) - 48) % 97;
  }
  return m === 1;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A mainland resident ID's shape: 17 digits and a check character, a province, a birth date. */
export function idShaped(s: string): boolean {
  if (s.length !== 18 || !ID_SHAPE.test(s) || s[0] === '0' || s[0] === '9') return false;
  return plausibleDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)));
}

/** A mainland resident ID number: the shape and the mod 11-2 check character. */
export function chineseIdValid(id: string): boolean {
  if (id.length !== 18) return false;
  const s = id.toUpperCase();
  if (!idShaped(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === s[17];
}

const ID_SHAPE = /^\d{17}[\dX]$/;

function plausibleDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * A British mobile's digits, with its trunk 0 or its country's code: "07831 229407", "+44 7911 123456"; or a Pakistani one's, its
 * seven digits written as one ("0301-7264518", "+92 300 1234567", "03017264518") or grouped 4-4-3 ("0318 7740 265"; Britain's 03 lines, "0300 200 3300", are grouped
 * 4-3-4); or an East African one's, grouped as a phone ("0767 118 452", "+255 754 318 226"). (Not an Australian's "04…": ten digits
 * from 04 are as often a policy's or a claim's, "LP 0447-318-552".)
 */
export function isMobileAbroad(p: Pick<DigitRun, 'digits' | 'groups'>): boolean {
  return MOBILE_ABROAD.test(p.digits) || (PAKISTAN_MOBILE.test(p.digits) && (p.groups.length === 1 || p.groups[p.groups.length - 1] === 7 || p.groups.join() === '4,4,3'))
    || (EAST_AFRICA_MOBILE.test(p.digits) && /^(?:(?:\d{3},)?4,3,3|(?:\d{3},)?3,3,4|3,3,3,3|\d+)$/.test(p.groups.join()));
}
// (the patterns a paste's every number is read against are made once, not a new one each read)
const MOBILE_ABROAD = /^(?:44|0)7[1-9]\d{8}$/;
const PAKISTAN_MOBILE = /^(?:92|0)3[0-4]\d{8}$/;
// (Kenya's, Tanzania's, Uganda's, Rwanda's, Zambia's and Malawi's mobiles: 07 and eight digits, grouped as a phone is, "0767 118 452")
const EAST_AFRICA_MOBILE = /^(?:25[0456]|26[05]|0)7\d{8}$/;

/** A mainland mobile number, with or without +86 / 0086 before it. */
export function isMobile(d: string): boolean {
  const m = d.length === 13 && d.startsWith('86') ? d.slice(2) : d.length === 15 && d.startsWith('0086') ? d.slice(4) : d;
  return MOBILE.test(m);
}
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Numbers everyone may know and say: emergency and government hotlines (110, 12321, 12345, 96110),
 * banks' and carriers' service numbers (955xx, 10086), 400/800 lines and US toll-free numbers
 * (1-800, 1-877, …: a company's, never a person's), the UK's freephone lines (0800, 0808), and SMS sender numbers
 * (1069…), which a text shows as its sender.
 */
// (the UK's 084 and 087 numbers, like its 0800 and 0808 ones, are businesses' lines, never a person's; not its 03 ones, which a
// Pakistani mobile's shape shares: "0300 4521876"; but the UK's fraud line, Action Fraud's 0300 123 2040, and Hong Kong's anti-scam line, 18222)
// (China's five-digit government lines are 123xx and 121xx, 12306 to 12393, 12110 and 12123: a code read out, "幺两六洞八", is none)
const OFFICIAL = /^(?:03001232040|18222|8171|11[029]|12[02]|999|911|112|[2-8]11|12[13]\d\d|96\d{3}|95\d{3}|100(?:86|10|00|01)|400\d{7}|1400\d{7}|1?8(?:00|33|44|55|66|77|88)\d{7}|080[08]\d{6,7}|08(?:4[2-5]|7[0-3])\d{7}|106\d{2,17})$/;
export const isOfficial = (d: string) => OFFICIAL.test(d);

const num = (s: string) => Number(s);
const isYear = (s: string) => s.length === 4 && /^(?:19|20)\d\d$/.test(s);
/** A year alone: 1990, 2024. */
export const isYearNumber = isYear;

/**
 * A date typed with spaces or said with commas, a day, a month and a whole year ("03 17 1988", "zero eight, twenty-two,
 * nineteen seventy-nine"): a date where one is asked for or named, else it may be a code.
 */
export function isSpacedDate(r: DigitRun): boolean {
  if (!r.seps.every((s) => /^[ ,]+$/.test(s))) return false;
  // (its parts: its groups where spaces alone part them, else what commas part: digits said one by one)
  const spaced = r.seps.every((s) => s === ' ');
  const parts: string[] = [];
  for (let g = 0, at = 0, part = ''; g < r.groups.length; at += r.groups[g++]!) {
    part += r.digits.slice(at, at + r.groups[g]!);
    if (spaced || g === r.groups.length - 1 || r.seps[g] !== ' ') {
      parts.push(part);
      part = '';
    }
  }
  if (parts.length !== 3 || parts[0]!.length > 2 || parts[1]!.length > 2 || !isYear(parts[2]!)) return false;
  const [x, y] = parts.map(num) as [number, number];
  return isDayAndMonth(x, y);
}
/** Whether x and y are a day and a month, either way round. */
export const isDayAndMonth = (x: number, y: number) => (x >= 1 && x <= 31 && y >= 1 && y <= 12) || (x >= 1 && x <= 12 && y >= 1 && y <= 31);

/** The run is a date or a time: "2024-12-31", "31/12/2024", "12/31", "10:30", "20241231". */
export function isDateOrTime(r: DigitRun): boolean {
  const g = r.groups;
  const d = r.digits;
  if (g.length === 1) return d.length === 8 && isYear(d.slice(0, 4)) && plausibleDate(num(d.slice(0, 4)), num(d.slice(4, 6)), num(d.slice(6)));
  if (g.length > 3) return false;
  const parts = splitDigits(r);
  const seps = new Set(r.seps);
  if (seps.size !== 1) return false;
  const sep = r.seps[0]!;
  if (sep === ':') return (g.length === 2 || g.length === 3) && g[0]! <= 2 && num(parts[0]!) <= 23 && parts.slice(1).every((p) => p.length === 2 && num(p) <= 59);
  if (sep !== '-' && sep !== '/' && sep !== '.') return false;
  // (digits said one by one and joined by dashes, "Two-one", are read out, not a date: a date in words names its month or its day)
  if (sep === '-' && r.spelled && g.every((n) => n === 1)) return false;
  const day = (p: string) => p.length <= 2 && num(p) >= 1 && num(p) <= 31;
  const month = (p: string) => p.length <= 2 && num(p) >= 1 && num(p) <= 12;
  // (a two-digit year after dots only in a date written in pairs, "12.08.24": not a version's "3.1.24")
  const year = (p: string) => isYear(p) || (p.length === 2 && (sep !== '.' || (g.length === 3 && g[0] === 2 && g[1] === 2)));
  if (g.length === 3) {
    const [x, y, z] = parts as [string, string, string];
    return (isYear(x) && month(y) && day(z)) || (year(z) && ((day(x) && month(y)) || (month(x) && day(y))));
  }
  if (g.length === 2) {
    const [x, y] = parts as [string, string];
    if (sep === '.') return false; // 3.14 is a number, not a date
    return (isYear(x) && month(y)) || (month(x) && day(y)) || (day(x) && month(y));
  }
  return false;
}

/** An amount written with thousands separators or decimals: "3,500", "1,000,000", "35.50". */
export function isFormattedAmount(r: DigitRun): boolean {
  const g = r.groups;
  if (g.length < 2) return false;
  if (g.length === 2 && r.seps[0] === '.' && g[1]! <= 2) return true;
  let k = 0;
  if (r.seps[g.length - 2] === '.' && g[g.length - 1]! <= 2) k = 1; // "3,500.00"
  return g[0]! <= 3 && r.seps.slice(0, g.length - 1 - k).every((s) => s === ',') && g.slice(1, g.length - k).every((n) => n === 3);
}

/** A card's expiry date (MM/YY, MM/YYYY; its month's digits said one by one too: "zero three slash twenty-eight"). */
export const isExpiry = (r: DigitRun) => (r.groups.length === 2 && expiryAt(r, 0, 0)) || (r.groups.length === 3 && r.groups[0] === 1 && r.groups[1] === 1 && r.seps[0] === ' ' && expiryAt({ ...r, groups: [2, r.groups[2]!], seps: [r.seps[1]!] }, 0, 0));

/** Groups g and g + 1 of a run (group g starting at r.digits[from]) are an expiry date. */
export function expiryAt(r: DigitRun, g: number, from: number): boolean {
  const [m, y] = [r.groups[g], r.groups[g + 1]];
  if (m !== 2 || (y !== 2 && y !== 4) || (r.seps[g] !== '/' && r.seps[g] !== '-')) return false;
  const month = num(r.digits.slice(from, from + 2));
  return month >= 1 && month <= 12 && (y === 2 || isYear(r.digits.slice(from + 2, from + 6)));
}

/** An expiry date and the 3 or 4 digits from the back of the card: "12/27 123". */
export function isExpiryAndCvv(r: DigitRun): boolean {
  const g = r.groups;
  return g.length === 3 && (g[2] === 3 || g[2] === 4) && r.seps[1] !== r.seps[0] && expiryAt(r, 0, 0);
}

/**
 * A US social security number, written 123-45-6789 or 123 45 6789. The 9xx areas are never issued,
 * but people give the well-known samples (987-65-4321) as theirs, and the shape is the secret's.
 */
/**
 * A Pakistani CNIC, five, seven and one digit ("35202-7144631-9"), typed so or read out a digit at a time with a mark between the
 * parts alone ("three five two zero two, dash, seven one four four six three one, dash, nine"): an ID, whatever Luhn says.
 */
export function isCnicShaped(r: DigitRun): boolean {
  if (r.digits.length !== 13) return false;
  if (r.groups.join() === '5,7,1') return true;
  return r.groups.every((n) => n === 1) && r.seps.every((sep, i) => /[-/]/.test(sep) === (i === 4 || i === 11));
}

export function isSsnShaped(r: DigitRun): boolean {
  const area = r.digits.slice(0, 3);
  if (r.digits.length !== 9 || r.groups.length < 3 || area === '000' || area === '666' || r.digits.slice(3, 5) === '00') return false;
  // ...or every digit read out, with a comma, a dash, a slash or a pause between the parts alone ("2 8 7, 6 5, 4 3 2 1", "4 1 9... 2 2...
  // 7 0 3 8", "4 4 1 / 0 9 / 2 2 6 7")
  const marked = r.groups.every((n) => n === 1) && r.seps.every((sep, i) => /[,，/-]|\.\.|…/.test(sep) === (i === 2 || i === 4));
  // (a time or a date is never in three, two and four: "441/09/2267" is none)
  if (r.seps.some((sep) => /[:/]/.test(sep)) && !marked && r.groups.join() !== '3,2,4') return false;
  // "542-56-8432", or read out partly a digit at a time ("5... 4... 2-56-8432"): every group is one
  // digit or the whole of its part (3 digits from the start, 2 from the fourth, 4 from the sixth),
  // and at least one is a whole part
  let at = 0;
  let whole = false;
  for (const n of r.groups) {
    if (n !== 1 && SSN_PARTS.get(at) !== n) return false;
    if (n !== 1) whole = true;
    at += n;
  }
  return whole || marked;
}

/**
 * The parts a number is said in: its groups, or for digits read out one at a time, the runs between
 * pauses ("0 3 4 - 7 7" is 3 and 2).
 */
export function partsOf(r: DigitRun): number[] {
  // (said in words, a "double two" or a "forty-eight" among them is two digits of the part: "four six five nine, double two oh" is 4 and 3)
  if (!r.groups.every((n) => n === 1) && !(r.spelled && r.groups.every((n) => n <= 2))) return r.groups;
  const out: number[] = [];
  let n = r.groups[0]!;
  r.seps.forEach((sep, i) => {
    if (sep === ' ') n += r.groups[i + 1]!;
    else {
      out.push(n);
      n = r.groups[i + 1]!;
    }
  });
  out.push(n);
  return out;
}

/** A social security number's parts: where each starts, and its length. */
const SSN_PARTS = new Map([[0, 3], [3, 2], [5, 4]]);

/**
 * The kind of a long number nobody introduced (12 digits or more). A resident ID's shape (18
 * digits, or the old 15) is an ID; anything else that long is what bank cards and account numbers
 * are, so a card (its mask keeps the last four, as a receipt does, and nothing when shorter than 13).
 */
export function longNumberKind(d: string): 'id' | 'card' {
  const old = d.length === 15 && d[0] !== '0' && d[0] !== '9' && plausibleDate(1900 + num(d.slice(6, 8)), num(d.slice(8, 10)), num(d.slice(10, 12)));
  // (an ID's start, cut before its end, "四四零幺零六 幺九七八 幺幺 零三，后面是……", no card's check)
  return idShaped(d) || old || (idBegun(d) && !luhnValid(d)) ? 'id' : 'card';
}

/** A resident ID's start, its place and a birth date, cut before its end (14 to 17 digits). */
export const idBegun = (d: string) => d.length >= 14 && d.length <= 17 && /^[1-6]/.test(d) && /^(?:19\d\d|20[0-2]\d)$/.test(d.slice(6, 10)) && plausibleDate(num(d.slice(6, 10)), num(d.slice(10, 12)), num(d.slice(12, 14)));

/** A checksum-valid card number (13 to 19 digits, Luhn), not an SMS sender's number. */
export const isCardNumber = (d: string) => d.length >= 13 && d.length <= 19 && luhnValid(d) && !isOfficial(d);

/** The digit strings of a run's groups. */
function splitDigits(r: DigitRun): string[] {
  const out: string[] = [];
  let at = 0;
  for (const n of r.groups) {
    out.push(r.digits.slice(at, at + n));
    at += n;
  }
  return out;
}

/** A run's digits whole, then group by group when it has more than one: what a number read back may be compared with. */
export const digitsAndGroups = (r: DigitRun): string[] => (r.groups.length > 1 ? [r.digits, ...splitDigits(r)] : [r.digits]);

/** Every group is a hotline or a year on its own: "110 12321", "2023 2024". */
export function allGroupsOfficial(r: DigitRun): boolean {
  if (r.groups.length < 2) return false;
  for (let g = 0, at = 0; g < r.groups.length; at += r.groups[g++]!) {
    const p = r.digits.slice(at, at + r.groups[g]!);
    if (!isOfficial(p) && !isYear(p)) return false;
  }
  return true;
}

export const CHINESE_CARDINAL = /[一二两三四五六七八九十零][零一二两三四五六七八九十百千万]*[十百千万][一二两三四五六七八九]?/g;
const CHINESE_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese cardinal ("五百二十" 520, "四万八" 48000, "三十万" 300000), or null if it is not one. */
export function cardinalValue(s: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 1;
  for (const ch of s) {
    // (零 holds a place: the digit after it is itself, "一千零五" 1005)
    if (ch === '零') {
      if (digit !== null) return null;
      lastUnit = 1;
    } else if (ch in CHINESE_DIGIT) {
      if (digit !== null) return null; // two digits in a row: read one by one, no cardinal
      digit = CHINESE_DIGIT[ch]!;
    } else if (ch in CHINESE_UNIT) {
      lastUnit = CHINESE_UNIT[ch]!;
      section += (digit ?? (lastUnit === 10 ? 1 : 0)) * lastUnit;
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
      lastUnit = 10000;
    } else return null;
  }
  // ("四万八": a digit after a unit is a tenth of it, 48000; "五百二十" ends on its unit)
  if (digit !== null) section += lastUnit > 1 && !(s[s.length - 2]! in CHINESE_DIGIT) ? digit * (lastUnit / 10) : digit;
  return total + section;
}
