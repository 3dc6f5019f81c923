// Text normalisation for reading replies: strip terminal escapes and control characters, fold
// full-width forms and case, read traditional characters as simplified ones, and turn digits written
// any other way (other scripts, circled and keycap digits, Chinese numerals, English number words,
// "六个八") into ASCII digits, keeping a map from every normalised character back to the original. Every pass is a single linear scan over
// typed arrays (a 100 kB paste is read in a few milliseconds); no regex runs over the whole input.
import { ZH_COUNTS, ZH_DIGITS, digitsOf, isDigitDecoration } from './digits';
import { readEnglishNumbers } from './spelled-en';
import { isHan } from './lang';
import { simplifiedCode } from './simplified';
import { type Units, SAID_MARKS, grown, units, isDigitCode, isDigitSepCode, isLetterCode } from './units';

/** A normalised view of a text with, for each of its UTF-16 units, the original span it came from. */
export interface Normalized {
  /** Lower-cased, half-width, digits read out as digits. */
  text: string;
  /** Original offset where normalised unit i starts. */
  start: Int32Array;
  /** Original offset where normalised unit i ends (exclusive). */
  end: Int32Array;
  /** 1 where normalised unit i is a digit written as a word or numeral, or read out spaced. */
  spelled: Uint8Array;
}

/** Separators allowed inside a number that is read out: "6228 4800", "48-29", "一、二", "482/913". */
export const isDigitSep = (ch: string | undefined) => ch !== undefined && isDigitSepCode(ch.charCodeAt(0));

/**
 * Remove ANSI escape sequences and control characters (keeping newlines; tabs and CR become
 * spaces), zero-width characters and BOMs. Returns the kept text and the original offset of
 * each kept unit.
 */
export function sanitize(input: string): { text: string; offsets: Int32Array } {
  const n = input.length;
  const offsets = new Int32Array(n);
  // most replies have nothing to remove or replace: keep them as they are
  if (!NEEDS_CLEANING.test(input)) {
    for (let i = 0; i < n; i++) offsets[i] = i;
    return { text: input, offsets };
  }
  let kept = 0;
  let out = '';
  let from = 0; // start of the span of input copied as it is
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 0x1b || c === 0x9b) {
      out += input.slice(from, i);
      i = skipEscape(input, i);
      from = i;
      continue;
    }
    if (c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000) {
      out += `${input.slice(from, i)} `;
      offsets[kept++] = i;
      from = i + 1;
    } else if ((c < 0x20 && c !== 0x0a) || (c >= 0x7f && c < 0xa0) || c === 0x200b || c === 0x200c || c === 0x200d
      || c === 0x2060 || c === 0xfeff || c === 0xad) {
      out += input.slice(from, i);
      from = i + 1;
    } else offsets[kept++] = i;
    i++;
  }
  out += input.slice(from);
  return { text: out, offsets: offsets.subarray(0, kept) };
}

/** Any character sanitize() removes or replaces (the same ones as in its loop). */
const NEEDS_CLEANING = /[\x00-\x09\x0b-\x1f\x7f-\xa0\xad\u200b-\u200d\u2060\u3000\ufeff]/;

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

const lowerCache = new Map<number, number>();

/** Full-width ASCII to half-width, curly apostrophes, ideographic full stops, the ratio sign and hyphens to ASCII, then lower case. */
function fold(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0xff01 && c <= 0xff5e) return fold(c - 0xfee0);
  if (c === 0x2018 || c === 0x2019) return 0x27;
  if (c === 0x3002 || c === 0xff61) return 0x2e;
  if (c === 0x2236) return 0x3a; // ∶, the ratio sign typed for a colon ("验证码∶29817")
  // (hyphens of other codes, the non-breaking one a phone's keyboard types among them: "会议号852‑637‑941"; not the dashes of a pause)
  if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2212 || c === 0xfe63) return 0x2d;
  if (c >= 0x2000) return simplifiedCode(c); // no cased letters from here on that matter here; a traditional character is read simplified
  let low = lowerCache.get(c);
  if (low === undefined) {
    const l = String.fromCharCode(c).toLowerCase();
    low = l.length === 1 ? l.charCodeAt(0) : c;
    lowerCache.set(c, low);
  }
  return low;
}

const YI = 0x4e00; // 一
const ZH = new Map<number, number>(Object.entries(ZH_DIGITS).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
const COUNTS = new Map<number, number>(Object.entries(ZH_COUNTS).map(([k, v]) => [k.charCodeAt(0), v]));
const GE = 0x4e2a; // 个
const isNumeralCode = (c: number) => isDigitCode(c) || ZH.has(c);

/** Normalise a text for reading. Offsets in the result map back to `input`. */
export function normalize(input: string): Normalized {
  const { text: clean, offsets } = sanitize(input);
  // Pass 1: fold characters, read digits of other scripts and forms, keep offsets.
  let u = readCodePoints(clean, offsets);
  readLookAlikeDigits(u);
  // Pass 2: "六个八" is 888888; then Chinese numerals read digit by digit ("一二三四五六",
  // "肆捌贰玖壹叁") become digits when at least three stand together (so 一下, 三四天 stay words).
  u = expandCounts(u);
  if (SOUND_ALIKE_IN.test(clean)) readSoundAlikes(u);
  convertChineseRuns(u);
  // Pass 3: English number words in runs of two or more digits ("five five two", "forty eight").
  readEnglishNumbers(u);
  // ...and a separator said as a word between digits ("5312 space 0752", "371 then a space then 905").
  readSaidSeparators(u);
  // Pass 4: digits read out with separators between single digits ("4 8 2 9") count as spelled.
  markSpacedDigits(u);
  return { text: decode(u.c.subarray(0, u.n)), start: u.s.subarray(0, u.n), end: u.e.subarray(0, u.n), spelled: u.sp.subarray(0, u.n) };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le');

/** The string of UTF-16 code units (TextDecoder reads the array's bytes, so only on little-endian machines). */
function decode(c: Uint16Array): string {
  if (LITTLE_ENDIAN) return UTF16.decode(c);
  let text = '';
  for (let k = 0; k < c.length; k += 4096) text += String.fromCharCode(...c.subarray(k, k + 4096));
  return text;
}

/** Unit n of u set, in arrays grown first if full (only an enclosed number from ⑩ up gives more units than it has: "12" for ⑫). */
function put(u: Units, n: number, c: number, s: number, e: number, sp: number): Units {
  if (n === u.c.length) u = grown(u, n);
  u.c[n] = c;
  u.s[n] = s;
  u.e[n] = e;
  u.sp[n] = sp;
  return u;
}

function readCodePoints(clean: string, offsets: Int32Array): Units {
  const len = clean.length;
  let u = units(len + 16);
  let n = 0;
  for (let k = 0; k < len; k++) {
    const code = clean.charCodeAt(k);
    const s = offsets[k]!;
    if (code < 0x80) {
      u = put(u, n++, code >= 0x41 && code <= 0x5a ? code + 32 : code, s, s + 1, 0);
      continue;
    }
    const lo = code >= 0xd800 && code <= 0xdbff && k + 1 < len ? clean.charCodeAt(k + 1) : 0;
    const pair = lo >= 0xdc00 && lo <= 0xdfff;
    const cp = pair ? ((code - 0xd800) << 10) + (lo - 0xdc00) + 0x10000 : code;
    const e = offsets[pair ? k + 1 : k]! + 1;
    if (isDigitDecoration(cp)) {
      // keycap and variation marks belong to the character before: a mask takes them too
      if (n > 0) {
        u.e[n - 1] = e;
        if (cp === 0x20e3 && isDigitCode(u.c[n - 1]!)) u.sp[n - 1] = 1;
      }
    } else {
      const d = digitsOf(cp);
      if (d !== null) for (let j = 0; j < d.length; j++) u = put(u, n++, d.charCodeAt(j), s, e, 1);
      else if (pair) {
        // an emoji or another astral character: never a digit, kept as its two units
        u = put(u, n++, code, s, s + 1, 0);
        u = put(u, n++, lo, s + 1, e, 0);
      } else u = put(u, n++, fold(code), s, e, 0);
    }
    if (pair) k++;
  }
  u.n = n;
  return u;
}

// A letter typed for the digit it looks like, between two digits: "4532 0l51", "4829l3", "9o2".
const LOOK_ALIKE = new Map([[0x6c, 0x31], [0x69, 0x31], [0x6f, 0x30]]); // l, i → 1; o → 0

function readLookAlikeDigits(u: Units): void {
  const { c } = u;
  for (let k = 1; k + 1 < u.n; k++) {
    const d = LOOK_ALIKE.get(c[k]!);
    if (d !== undefined && isDigitCode(c[k - 1]!) && isDigitCode(c[k + 1]!)) c[k] = d;
  }
}

/** "六个八" / "6个8" → 888888, when it reads as a number: nothing but numerals or the end follows. */
function expandCounts(u: Units): Units {
  let out: Units | null = null;
  let w = 0;
  const { c, n } = u;
  for (let i = 0; i < n; i++) {
    const count = c[i + 1] === GE && i + 2 < n && !(i > 0 && isDigitCode(c[i - 1]!)) ? COUNTS.get(c[i]!) : undefined;
    const d = count === undefined ? undefined : isDigitCode(c[i + 2]!) ? c[i + 2]! : ZH.get(c[i + 2]!);
    // "三个八岁的孩子", "这五个一起" are words: the repeated digit must not start one
    const after = i + 3 < n ? c[i + 3]! : -1;
    if (count === undefined || d === undefined || (after >= 0 && !isNumeralCode(after) && isHan(after))) {
      if (out) copyUnit(u, i, out, w++);
      continue;
    }
    if (!out) {
      out = units(n + 8 * Math.ceil(n / 3));
      for (; w < i; w++) copyUnit(u, w, out, w);
    }
    for (let r = 0; r < count; r++) {
      out.c[w] = d;
      out.s[w] = u.s[i]!;
      out.e[w] = u.e[i + 2]!;
      out.sp[w++] = 1;
    }
    i += 2;
  }
  if (!out) return u;
  out.n = w;
  return out;
}

function copyUnit(from: Units, i: number, to: Units, j: number): void {
  to.c[j] = from.c[i]!;
  to.s[j] = from.s[i]!;
  to.e[j] = from.e[i]!;
  to.sp[j] = from.sp[i]!;
}

const ELLIPSIS = 0x2026; // …
const IS = 0x662f; // 是
const CROSS = 0x53c9; // 叉
const CODE_MARK = 0x7801; // 码
const PAUSE_MARKS = new Set([0x3001, 0xff0c, 0x2c]); // 、，,
const CLAUSE_END = new Set([0x3002, 0xff0c, 0x2c, 0x2e, 0xff01, 0x21, 0xff1f, 0x3f, 0x20, 0x2026, 0x3001]);

const FILLERS = new Set([0x55ef, 0x5443, 0x989d, 0x554a]); // 嗯 呃 额 啊
const COUNTED = new Set([...'分秒个天次元块位年月日号点半'].map((ch) => ch.charCodeAt(0)));
const CARDINAL_MARKS = new Set([...'十百千万亿'].map((ch) => ch.charCodeAt(0)));
const SUM_MARKS = new Set([...'块元角毛'].map((ch) => ch.charCodeAt(0)));
// a weekday's numeral: 周五, 星期五, 礼拜五 (and 分期六期)
const WEEKDAY_MARKS = new Set([...'周期拜'].map((ch) => ch.charCodeAt(0)));

/** Where a pause ("…", "……", " 嗯 ", "... ") between two numerals ends (the next numeral), else 0. */
function pauseEnd(c: Uint16Array, j: number, n: number): number {
  let k = j + 1;
  while (k < n && k - j <= 3 && (c[k] === ELLIPSIS || c[k] === 0x20 || c[k] === 0x2e || FILLERS.has(c[k]!))) k++;
  return k < n && isNumeralCode(c[k]!) ? k : 0;
}

const SAID_DASH = 0x6760; // 杠
/** After a pause mark, 杠 and a pause mark, the numeral that goes on the number (0 if none). */
function saidDashEnd(c: Uint16Array, j: number, n: number): number {
  let k = j;
  if (PAUSE_MARKS.has(c[k]!) || c[k] === 0x20) k++;
  if (c[k] !== SAID_DASH || k === j) return 0;
  k++;
  if (PAUSE_MARKS.has(c[k]!) || c[k] === 0x20) k++;
  return k < n && isNumeralCode(c[k]!) ? k : 0;
}

// Characters voice input writes for a numeral said aloud: 腰 for 幺, 凌 for 零, 酒 for 九, 巴 for 八, 溜 for 六, 伞 for 三; and
// 就 and 吧, which are words too ("248 就248吧"), taken only between numerals read out one by one.
const SOUND_ALIKE = new Map<number, number>(Object.entries({
  腰: '幺', 妖: '幺', 凌: '零', 铃: '零', 灵: '零', 酒: '九', 久: '九', 就: '九', 巴: '八', 扒: '八', 吧: '八', 溜: '六', 伞: '三', 漆: '七',
}).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
const WORDY = new Set([0x5c31, 0x5427]); // 就, 吧
// (most texts hold none: looked for once, before the units are read)
const SOUND_ALIKE_IN = new RegExp(`[${[...SOUND_ALIKE.keys()].map((k) => String.fromCharCode(k)).join('')}]`);

/**
 * "验证码 腰 腰 五 二 凌 七", "幺五幺 就吧吧三 二凌六幺": a character voice input writes for a numeral, among at least three
 * numerals read out (spaces at most between them), is that numeral; not the last of them where it starts a word after them.
 * 就 and 吧, which end and start words ("好吧 1234", "一二三吧"), only between two numerals, and never next to a number written
 * in digits ("248 就248").
 */
function readSoundAlikes(u: Units): void {
  const { c, n } = u;
  const numeral = (k: number) => isNumeralCode(c[k]!) || SOUND_ALIKE.has(c[k]!);
  // (a digit of a number written as one, "248", not read out one by one)
  const written = (k: number) => isDigitCode(c[k]!) && ((k > 0 && isDigitCode(c[k - 1]!)) || (k + 1 < n && isDigitCode(c[k + 1]!)));
  let i = 0;
  while (i < n) {
    if (!numeral(i)) {
      i++;
      continue;
    }
    const members = [i];
    let j = i + 1;
    for (;;) {
      const k = j < n && c[j] === 0x20 ? j + 1 : j;
      if (k < n && numeral(k)) {
        members.push(k);
        j = k + 1;
      } else break;
    }
    const numerals = members.filter((m) => isNumeralCode(c[m]!)).length;
    if (numerals >= 3 && numerals < members.length) {
      for (const [x, m] of members.entries()) {
        const z = SOUND_ALIKE.get(c[m]!);
        if (z === undefined) continue;
        const first = x === 0;
        const last = x === members.length - 1;
        if (WORDY.has(c[m]!) ? first || last || written(members[x - 1]!) || written(members[x + 1]!) : last && m + 1 < n && isHan(c[m + 1]!)) continue;
        c[m] = z;
      }
    }
    i = j;
  }
}

/** A pause ("…", "...") at j, spaces before it allowed, or the end of the text: where a reply breaks off. */
function breaksOffAt(c: ArrayLike<number>, j: number, n: number): boolean {
  while (j < n && c[j] === 0x20) j++;
  if (j >= n) return true;
  if (c[j] !== ELLIPSIS && !(c[j] === 0x2e && c[j + 1] === 0x2e)) return false;
  // (not a count going on after the pause, "三 五 ...个吧")
  while (j < n && (c[j] === ELLIPSIS || c[j] === 0x2e || c[j] === 0x20)) j++;
  return j >= n || !COUNT_WORDS.has(c[j]!);
}
const COUNT_WORDS = new Set([...'个张条次天块元岁年位人遍下点分号月周期笔'].map((ch) => ch.charCodeAt(0)));

function convertChineseRuns(u: Units): void {
  const { c, n } = u;
  let i = 0;
  while (i < n) {
    // (a numeral ending a cardinal or a sum, the 八 of "六百四十八" or "七毛八", or a weekday's, "上周五2024.03.08", starts no run)
    if (!isNumeralCode(c[i]!) || (i > 0 && ZH.has(c[i]!) && (CARDINAL_MARKS.has(c[i - 1]!) || SUM_MARKS.has(c[i - 1]!) || WEEKDAY_MARKS.has(c[i - 1]!)))) {
      i++;
      continue;
    }
    // a run of numerals/digits, allowing single separators between them
    let j = i;
    let count = 0;
    let zh = 0;
    let last = i;
    while (j < n) {
      const x = c[j]!;
      if (isNumeralCode(x)) {
        if (!isDigitCode(x)) zh++;
        count++;
        last = j++;
      } else if (isDigitSepCode(x) && j > i && j + 1 < n && isNumeralCode(c[j + 1]!)) j++;
      // (a separator and a space, as English is typed: "五, 幺, 两")
      else if (x !== 0x20 && isDigitSepCode(x) && j > i && j + 2 < n && c[j + 1] === 0x20 && isNumeralCode(c[j + 2]!)) j += 2;
      // a pause between digits read one at a time, "五……五……三……八", "三九 嗯 零八 嗯 二一", "两... 洞" (dots as English types them)
      else if ((x === ELLIPSIS || x === 0x20 || FILLERS.has(x) || (x === 0x2e && c[j + 1] === 0x2e)) && j > i && pauseEnd(c, j, n) > 0) j = pauseEnd(c, j, n);
      else {
        // a dash said between pauses, "五，杠，三，杠，二零八四"
        const dash = j > i ? saidDashEnd(c, j, n) : 0;
        if (dash === 0) break;
        j = dash;
      }
    }
    // a numeral before a unit or a cardinal's mark is a count or a cardinal's start: "验证码314159五分钟内有效", "…12，二十年"
    // (a year said in numerals, "二零一九年", keeps its last digit)
    while (last > i && ZH.has(c[last]!) && last + 1 < n && (CARDINAL_MARKS.has(c[last + 1]!) || (COUNTED.has(c[last + 1]!) && count > zh))) {
      let k = last - 1;
      while (k > i && !isNumeralCode(c[k]!)) k--;
      last = k;
      count--;
      zh--;
    }
    // a lone numeral after a pause that starts a word is that word's: "面值一张500 一共买了4张"
    if (last > i && ZH.has(c[last]!) && !isNumeralCode(c[last - 1]!) && last + 1 < n && isHan(c[last + 1]!) && !isNumeralCode(c[last + 1]!)) {
      let k = last - 1;
      while (k > i && !isNumeralCode(c[k]!)) k--;
      last = k;
      count--;
      zh--;
    }
    // (so too a lone 一 typed right after digits, starting a word: "3600一口价", "500一次")
    if (zh === 1 && last > i && c[last] === YI && isDigitCode(c[last - 1]!) && last + 1 < n && isHan(c[last + 1]!) && !isNumeralCode(c[last + 1]!)) {
      last--;
      count--;
      zh--;
    }
    // two numerals where a value is said, ending the clause: "最后两位是七九", "然后是二五", "短信上是 三七 算了", "后面是，八、二。" (三五个,
    // 七八天 stay words)
    // (or right after a code's or a password's label, "验证码五八… 哎不对啊")
    const said = count === 2 && zh === 2 && (last === i + 1 || (last === i + 2 && isDigitSepCode(c[i + 1]!))) && (c[i - 1] === IS || c[i - 1] === CODE_MARK || c[i - 1] === 0x3a || c[i - 1] === 0xff1a || ((c[i - 1] === 0x20 || c[i - 1] === 0xff0c || c[i - 1] === 0x2c) && c[i - 2] === IS)) && (last + 1 >= n || CLAUSE_END.has(c[last + 1]!));
    // (or read out one by one, a space between, as the reply breaks off: "严正码 九 幺 ... 后面被挡住了", "动态密码 幺 八 ...")
    // (or together, after a pause or a clause's start, as the reply breaks off: "取款密码？这个也要？ 八八…不行吧")
    // (or as the whole first clause of the text, the answer before what else is said: "二八，😂😂眼睛不行了")
    // (or with a pause mark between them after a pause, "……九、三……汝等一下")
    const cut = count === 2 && zh === 2 && ((last === i + 2 && (c[i + 1] === 0x20 || (PAUSE_MARKS.has(c[i + 1]!) && c[i - 1] === ELLIPSIS))) || (last === i + 1 && last + 1 < n && (i === 0 || CLAUSE_END.has(c[i - 1]!) || c[i - 1] === IS))) && (breaksOffAt(c, last + 1, n) || (i === 0 && last === 1 && CLAUSE_END.has(c[2]!) && c[2] !== 0x20));
    // (a numeral between Latin letters, in letters and digits read out: "卡密是 K七M三")
    const latin = (k: number) => k >= 0 && k < n && c[k] !== 0x27 && isLetterCode(c[k]!);
    const glued = count === 1 && zh === 1 && latin(i - 1) && latin(last + 1);
    if ((zh > 0 && count >= 3) || said || cut || glued) {
      for (let k = i; k <= last; k++) {
        const z = ZH.get(c[k]!);
        if (z !== undefined) {
          c[k] = z;
          u.sp[k] = 1;
        }
      }
      // a resident ID's X said as 叉: "…七五五叉"
      if (count === 17 && c[last + 1] === CROSS) c[last + 1] = 0x78;
    }
    i = last + 1;
  }
}

function markSpacedDigits(u: Units): void {
  // "4 8 2 9 1 7": a digit, a separator, a digit, ... at least three single digits in a row
  const { c, n } = u;
  const digit = (k: number) => k >= 0 && k < n && isDigitCode(c[k]!);
  let i = 0;
  while (i < n) {
    if (!digit(i) || digit(i + 1) || digit(i - 1)) {
      i++;
      continue;
    }
    let j = i;
    let count = 1;
    while (j + 2 < n && isDigitSepCode(c[j + 1]!) && digit(j + 2) && !digit(j + 3)) {
      j += 2;
      count++;
    }
    if (count >= 3) for (let k = i; k <= j; k += 2) u.sp[k] = 1;
    i = j + 1;
  }
}

// The words around a mark said between the groups of a number written in digits (units.ts) that say nothing.
const AROUND_SEPARATOR = new Set(['then', 'a', 'and']);
const MAX_SEP_WORDS = 5;
const MAX_SEP_WORD = 6; // "hyphen"

/**
 * A digit, then words that are one said mark and at most a few fillers, then a digit: the words become
 * the mark, spanning them in the original (a number read out is then read as one). In place, linear.
 */
function readSaidSeparators(u: Units): void {
  const { c, n } = u;
  let w = 0;
  let r = 0;
  const copy = (from: number) => {
    c[w] = c[from]!;
    u.s[w] = u.s[from]!;
    u.e[w] = u.e[from]!;
    u.sp[w] = u.sp[from]!;
    w++;
  };
  while (r < n) {
    // (commas around the mark too: "nine oh three, dash, four one")
    if (!isDigitCode(c[r]!) || (c[r + 1] !== 0x20 && c[r + 1] !== 0x2c)) {
      copy(r++);
      continue;
    }
    // words after the digit: fillers and one mark, then a digit
    let k = r + 1;
    let mark = -1;
    let words = 0;
    let firstWord = -1;
    let lastEnd = -1;
    for (;;) {
      while (k < n && (c[k] === 0x20 || c[k] === 0x2c)) k++;
      // (杠, a dash said in Chinese between pauses: "五，杠，三")
      if (c[k] === SAID_DASH && mark < 0 && words === 0) {
        mark = 0x2d;
        firstWord = k;
        lastEnd = ++k;
        words++;
        continue;
      }
      if (k >= n || !isLetterCode(c[k]!) || words === MAX_SEP_WORDS) break;
      const at = k;
      while (k < n && isLetterCode(c[k]!) && k - at <= MAX_SEP_WORD) k++;
      if (k < n && isLetterCode(c[k]!)) break; // a longer word is none of them
      // (a word of at most MAX_SEP_WORD letters, joined a letter at a time: spreading a subarray per word cost more)
      let word = '';
      for (let x = at; x < k; x++) word += String.fromCharCode(c[x]!);
      const said = SAID_MARKS[word];
      if (said !== undefined && mark < 0) mark = said;
      else if (!AROUND_SEPARATOR.has(word)) {
        mark = -1;
        break;
      }
      if (firstWord < 0) firstWord = at;
      lastEnd = k;
      words++;
    }
    copy(r++);
    if (mark < 0 || k >= n || !isDigitCode(c[k]!)) continue;
    c[w] = mark;
    u.s[w] = u.s[firstWord]!;
    u.e[w] = u.e[lastEnd - 1]!;
    u.sp[w] = 0;
    w++;
    r = k;
  }
  u.n = w;
}

/** Map a span of the normalised text back to the original text. */
export function toOriginal(norm: Normalized, a: number, b: number): [number, number] {
  return [norm.start[a] ?? 0, norm.end[b - 1] ?? norm.start[a] ?? 0];
}
