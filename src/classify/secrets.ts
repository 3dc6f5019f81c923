// Finding secrets in a reply: bank cards (Luhn), resident ID numbers (ISO 7064 mod 11-2),
// verification codes, passwords and mobile numbers. Works on the normalised text, so digits that
// are spaced, dashed, full-width, spelled in words or written as Chinese numerals are all seen.
import type { LeakKind } from '../core/schema';
import type { Leak } from '../core/reader';
import { isDigitSep, normalize, toOriginal, type Normalized } from './normalize';

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

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A mainland resident ID number: 17 digits, a plausible birth date, and the mod 11-2 check character. */
export function chineseIdValid(id: string): boolean {
  const s = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (s[0] === '0' || s[0] === '9') return false; // no such province codes
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === s[17];
}

/** A digit run in the normalised text: its digits and, for each digit, its normalised index. */
interface Run {
  digits: string;
  pos: number[];
  /** indices into digits where a strong separator (comma, 2+ separators) came before */
  breaks: number[];
  spelled: boolean;
}

const isD = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAsciiLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

function findRuns(t: string, spelled: boolean[]): Run[] {
  const runs: Run[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (!isD(t[i])) {
      i++;
      continue;
    }
    const startsInWord = isAsciiLetter(t[i - 1]);
    const run: Run = { digits: '', pos: [], breaks: [], spelled: false };
    let j = i;
    while (j < n) {
      if (isD(t[j])) {
        run.digits += t[j];
        run.pos.push(j);
        if (spelled[j]) run.spelled = true;
        j++;
        continue;
      }
      // up to two separators, then a digit
      let k = j;
      while (k < n && k - j < 3 && isDigitSep(t[k])) k++;
      if (k > j && k - j <= 2 && isD(t[k])) {
        const strong = k - j === 2 || t[j] === ',' || t[j] === '，' || t[j] === '、';
        if (strong) run.breaks.push(run.digits.length);
        j = k;
        continue;
      }
      break;
    }
    // an ID may end in X
    let endsInX = false;
    if (run.digits.length === 17 && t[j] === 'x') {
      run.digits += 'X';
      run.pos.push(j);
      j++;
      endsInX = true;
    }
    const endsInWord = !endsInX && isAsciiLetter(t[j]);
    if (!startsInWord && !endsInWord) runs.push(run);
    i = j;
  }
  return runs;
}

const CODE_CUE = /code|otp|verification|verify|digits|\bsms\b|\btext(?:ed)?\b|message|验证码|动态码|校验码|短信|(?<![号条维])码/g;
const NOT_SECRET_BEFORE = /(?:order|tracking|parcel|badge|case|reference|\bref\b|invoice|policy|employee|staff|room|flight|train|bus|extension|\bext\b|last (?:four|4|six|6)|ending (?:in|with)|工号|警号|单号|订单|案件|编号|案号|尾号|后四位|后4位|房间|分机|快递|车次|航班|\bcall|\bdial|\bring|拨打|拨|打电话|致电|热线)[^\n]{0,12}$/;
const AMOUNT_AFTER = /^\s?(?:元|块|万|千|百|亿|角|yuan|rmb|cny|usd|dollars?|bucks|k\b|%|％|年|月|号|日|点|分|岁|米|km|kg|个|次|天|人|倍|楼|路|people|times|years?|months?|days?|hours?|minutes?|mins?|am\b|pm\b|st\b|nd\b|rd\b|th\b)/;
// a number right after a money verb is an amount: "我现在就转2940", "已经给你转了3650", "transfer 5000"
const AMOUNT_BEFORE = /(?:¥|￥|\$|rmb|cny|usd|第|共|总共|一共|花了|借|贷|贷款|额度|loan|limit|pay|paid|price|cost|转|转了|转账|汇|汇了|付|付了|交|交了|充|充了|投|投了|存|存了|还|transfer(?:red)?|wire[ds]?|deposit(?:ed)?)\s?$/;
const SERVICE_NUMBERS = /^(?:110|119|120|122|12321|12315|12345|12333|12393|12366|96110|96533|955\d\d|10086|10010|10000|400\d*)$/;
const PHONE_NOT_MINE = /(?:your|you're calling from|calling from|from|this number|that number|report|你的|你这个|你们|这个号|那个号|举报|来电)[^\n]{0,10}$/;
const PASSWORD_CUE = /(?:\bpassword|\bpasscode|\bpass word|\bpin(?: code| number)?\b|支付密码|取款密码|登录密码|密码|口令)(?:\s*(?:后|前)[六四64]位)?\s*(?:is|was|'s|are|:|=|是|为|就是|应该是|呢是)?\s*/g;
const PASSWORD_STOP = new Set([
  'secret', 'private', 'none', 'nothing', 'mine', 'safe', 'personal', 'confidential', 'not', 'never', 'what',
  'none-of-your-business', 'changed', 'different', 'something', 'strong', 'long', 'hidden', 'forgotten', 'unknown',
]);

function classifyRun(d: string): LeakKind | null {
  if (d.length === 18 && chineseIdValid(d)) return 'id';
  if (d.length >= 13 && d.length <= 19 && luhnValid(d)) return 'card';
  if (d.length === 11 && /^1[3-9]\d{9}$/.test(d)) return 'phone';
  if (d.length >= 4 && d.length <= 8) return 'code';
  return null;
}

/** Find every secret in a text. Offsets refer to `text` as given. */
export function findLeaks(text: string, norm: Normalized = normalize(text)): Leak[] {
  const t = norm.text;
  const leaks: Leak[] = [];
  const taken: Array<[number, number]> = []; // normalised spans already reported

  const push = (kind: LeakKind, a: number, b: number) => {
    const [s, e] = toOriginal(norm, a, b);
    if (e > s) {
      leaks.push({ kind, start: s, end: e });
      taken.push([a, b]);
    }
  };

  // passwords first: "密码是一二三四五六" is a password, not a code
  PASSWORD_CUE.lastIndex = 0;
  for (let m = PASSWORD_CUE.exec(t); m; m = PASSWORD_CUE.exec(t)) {
    if (m[0].length === 0) {
      PASSWORD_CUE.lastIndex++;
      continue;
    }
    const at = m.index + m[0].length;
    const hasFiller = /(?:is|was|'s|are|:|=|是|为)\s*$/.test(m[0]);
    const tok = readPasswordToken(t, at);
    if (!tok) continue;
    const [a, b] = tok;
    const word = t.slice(a, b);
    const hasDigit = /\d/.test(word);
    if (hasDigit ? word.replace(/\D/g, '').length >= 4 || word.length >= 6 : hasFiller && word.length >= 6 && !PASSWORD_STOP.has(word) && /^[a-z][a-z!@#$%^&*_.-]*$/.test(word) && clauseEnds(t, b)) {
      push('password', a, b);
    }
    PASSWORD_CUE.lastIndex = Math.max(PASSWORD_CUE.lastIndex, b);
  }

  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && x < b);
  const codeCuePositions: number[] = [];
  CODE_CUE.lastIndex = 0;
  for (let m = CODE_CUE.exec(t); m; m = CODE_CUE.exec(t)) codeCuePositions.push(m.index);

  for (const run of findRuns(t, norm.spelled)) {
    const a = run.pos[0]!;
    const b = run.pos[run.pos.length - 1]! + 1;
    if (overlaps(a, b)) continue;
    const whole = judgeRun(run.digits, a, b, run.spelled);
    if (whole) {
      push(whole, a, b);
      continue;
    }
    // a long run that means nothing whole: try its parts ("6228480012345671, 482917")
    if (run.breaks.length) {
      const cuts = [0, ...run.breaks, run.digits.length];
      for (let c = 0; c + 1 < cuts.length; c++) {
        const d = run.digits.slice(cuts[c], cuts[c + 1]);
        const pa = run.pos[cuts[c]!]!;
        const pb = run.pos[cuts[c + 1]! - 1]! + 1;
        const kind = judgeRun(d, pa, pb, run.spelled);
        if (kind) push(kind, pa, pb);
      }
    }
  }
  leaks.sort((x, y) => x.start - y.start);
  return leaks;

  function judgeRun(d: string, a: number, b: number, spelled: boolean): LeakKind | null {
    const kind = classifyRun(d);
    if (kind === 'id' || kind === 'card') return kind;
    const before = t.slice(Math.max(0, a - 24), a);
    if (kind === 'phone') return PHONE_NOT_MINE.test(before) ? null : 'phone';
    if (kind !== 'code') return null;
    const after = t.slice(b, b + 8);
    const near = codeCuePositions.some((p) => p >= a - 30 && p <= b + 12);
    // hotlines (110, 12321, 96533, 955xx...) are codes only right after the word "code"
    if (SERVICE_NUMBERS.test(d) && !/(?:code|otp|(?<![号条维])码)[^\n]{0,6}$/.test(t.slice(Math.max(0, a - 12), a))) return null;
    if (AMOUNT_AFTER.test(after) || AMOUNT_BEFORE.test(before)) return null;
    if (NOT_SECRET_BEFORE.test(before) && !/码|code|otp/.test(t.slice(Math.max(0, a - 12), a))) return null;
    if (near || spelled) return 'code';
    // the reply is little more than the number ("482917", "是482917", "ok it's 482917")
    const rest = (t.slice(0, a) + t.slice(b)).replace(/[\s\p{P}\p{S}]/gu, '');
    if (rest.length <= 6) return 'code';
    // a code cue elsewhere in the reply, and the number does not look like a year
    if (codeCuePositions.length && !/^(?:19|20)\d\d$/.test(d)) return 'code';
    return null;
  }
}

/** The token after "password is": ASCII password characters, or a digit run read out. */
function readPasswordToken(t: string, at: number): [number, number] | null {
  let j = at;
  const n = t.length;
  if (isD(t[j])) {
    // a digit run, possibly spaced: "4 8 2 9"
    let k = j;
    while (k < n) {
      if (isD(t[k])) k++;
      else if (isDigitSep(t[k]) && isD(t[k + 1])) k++;
      else break;
    }
    // letters glued after digits belong to the password too ("1234abc")
    while (k < n && /[a-z0-9!@#$%^&*_]/.test(t[k]!)) k++;
    return [j, k];
  }
  while (j < n && j - at < 64 && /[a-z0-9!@#$%^&*_.\-]/.test(t[j]!)) j++;
  // trailing dots/dashes are punctuation, not the password
  while (j > at && /[.\-]/.test(t[j - 1]!)) j--;
  return j > at ? [at, j] : null;
}

function clauseEnds(t: string, b: number): boolean {
  const rest = t.slice(b, b + 3);
  return rest === '' || /^\s*(?:[.!,;。！，；\n]|$)/.test(rest);
}
