// Finding secrets in a reply: bank cards and accounts, ID numbers, verification codes, passwords
// and mobile numbers. Works on the normalised text, so digits that are spaced, dashed, full-width,
// circled, spelled in words or written as Chinese numerals are all seen. A number introduced as a
// secret is one whatever its checksum; a number nobody introduced is judged by its shape and the
// words around it; hotlines, amounts, dates and years are never secrets.
import type { LeakKind } from '../core/schema';
import { SPLIT_REPLIES, type Leak } from '../core/reader';
import { normalize, sanitize, toOriginal, type Normalized } from './normalize';
import {
  allGroupsOfficial, cardinalValue, chineseIdValid, COUNT_WITH_UNIT, findRuns, ibanValid, idBegun, idShaped, isD, isCardNumber, isDateOrTime, isDayAndMonth, isExpiry, isExpiryAndCvv, isFormattedAmount,
  digitsAndGroups, isCnicShaped, isDigitAt, isMobile, isMobileAbroad, isOfficial, isSpacedDate, isSsnShaped, isYearNumber, longNumberKind, partsOf, spanOf, splitRun, subRun, withoutGroups, type DigitRun,
} from './numbers';
import {
  BANK_CARD_NAMED, BUSINESS, CODE_CUE, CURRENCY, ID_CARD_ASKED, ID_CARD_BEFORE, FAMILY_NUMBER_BEFORE, deviceAt, type LabelKind, SECRET_KINDS, amountAround, calledNumber, countAtMost, endWithin, harmlessNear, iCallZh, namesRelative, labelBefore, negatedAt, othersLabel, othersNumberNear, saidToMe, scanLabels, someonesNumberBefore,
  secretOf, unitAfter, type Label, type Labels,
} from './labels';
import { askedSecret, CallerLine, STARTS_WITH } from './caller-line';
import { EN_HOMOPHONES, EN_TENS, EN_WORDS } from './digits';
import { HAN, maySpeakPassword, readPassword, RUNG_ON_AFTER, spokenPasswords, wordAnswer } from './passwords';
import { PHRASE_ASKED, PLACES_SAID, phraseRuns } from './phrases';
import { spelledKey, spelledOut, spellsDigit } from './spelled-chars';
import { GIFT, GIFT_PIN_ASKED, ID_AND_PASSWORD, REMOTE_TOOL, Talk, withTalk } from './talk';
import { isHan } from './lang';
import { READ_WINDOW, readInWindows } from './windows';
import { isSpaceCode } from './units';

export { luhnValid, chineseIdValid } from './numbers';

export interface LeakOptions {
  /**
   * The person's previous replies in this conversation, oldest first, as typed. A secret spread over
   * consecutive replies ("my code is 482", then "913"; a card four digits a reply) is found by
   * reading them with this one (see withPrevious); only the part in this reply is returned.
   */
  previous?: readonly string[];
  /**
   * The caller's line this reply answers. Numbers and passwords the caller said are not the
   * person's secrets (reading back a call-back number, typing the password of the caller's
   * "remote support" app), and a bare number answering a request ("what's the code on the
   * back?" → "734") is the secret asked for.
   */
  caller?: string;
  /**
   * The caller's lines the `previous` replies answered, in the same order (one may be missing). Where this line only keeps
   * the person going ("Go on."), the request a line before made is the one the reply answers.
   */
  callers?: ReadonlyArray<string | undefined>;
}

// an expiry read as digits: "oh three slash twenty-seven" (0327), "0427", "042027"
const MONTH_YEAR = /^(?:0[1-9]|1[0-2])(?:\d\d|20\d\d)$/;
const YEAR_MONTH = /^20\d\d(?:0[1-9]|1[0-2])$/;
const CARD_NUMBER_IN = /\d{4}[\s-]?\d{4}[\s-]?\d{4}[\s-]?\d{1,7}/;
const ID_DOCUMENT = /身份证|证件|护照|驾照|驾驶证|passport|licen[cs]e|id card/;
const MORE_ASKED = /前面|前几位|开头|中间|剩下|\bfirst\b|\bthe rest\b|\bmiddle\b/;
// ("We have the card ending 1 1 8 7, is that right?": its last four, said back)
const ENDING_SAID = /\bend(?:ing|in'?|s)(?: in| with)?\b/;
const LAST_FOUR_ASKED = /\blast (?:four|4|two|2)\b|(?:后|末|最后)(?:四|4|两|2)(?:位|个数)|尾号/;
const SPELL_ASKED = /\bspell\b|letter by letter|one character at a time|逐个字母|一个一个字母/;
const LOG_IN_ASKED = /\b(?:log|sign) ?(?:in|on)(?:to)?\b|登录|登陆/;
const TOLL_FREE_START = /^1?8(?:00|33|44|55|66|77|88)$/;
const TOLL_FREE_WORD = /^1?-?8(?:00|33|44|55|66|77|88)-/;
const CUT_READING = /(?<!\d)(\d{2,3})\s*(?:…+|\.{2,})\s*$/;
// ("…it's... .", "Mine's... .": in English the dataset's mark of a value taken out, a period after the dots)
const TRAILING_GIVEN = /(?:是|就是)\s*(?:…+|\.{3,})\s*[。.]?\s*$|\b(?:it'?s|is|are|was|mine'?s|that'?s)\s*(?:…+|\.{3})\s*\.\s*$/;

type Verdict = LeakKind | 'no' | null;

// Between a password's label and a quoted word: a question or a refusal means the word is not it.
const NOT_GIVEN_BETWEEN = /[?？]|\b(?:won't|will not|not|never|don't|can't|cannot)\b|不|没|别/;

// (a line asking for a username, itself a word of letters and digits)
const USERNAME_ASKED = /\b(?:user ?name|log-?in name|screen name)\b/;
// ("I'm not telling you, it's 'private'.": a refusal, whatever word it quotes)
const WONT_SAY = /\b(?:not|never|won'?t|can'?t|don'?t|refuse to)\s+(?:be\s+)?(?:telling|tell|giving|give|saying|say|sharing|share|reading|read)\b/;
// (a card's last four named as such: "The last four are 5163.")
const LAST_FOUR_LABEL = /^(?:the )?last (?:four|4)\b/;
// (what stands before a value given as the answer: "That one is 'lighthouse'.")
const QUOTE_ANSWERS = /(?:\b(?:is|it'?s|that'?s|was)|:)\s*$/;
/** A word of 4 to 32 characters in quotes, no spaces: "johnson1", 「qwe123」. */
const TEXT_SAYS_BEFORE = /(?:短信|信息|消息|屏幕|页面|界面)(?:里|上)?(?:面|头)?(?:写(?:的是|着)|显示(?:的是)?)[\s：:]*$|\b(?:text|message|sms|screen) (?:says|said|reads|shows)[\s:,]*$/;
const QUOTED_WORD = /["“'‘「『]([^"”'’」』\s]{4,32})["”'’」』]/;

/** Find every secret in a text. Offsets refer to `text` as given. */
// Replies to one line come one after another (a drill's room, a practice's retries): its reading is kept.
let lastCaller: CallerLine | undefined;

export function findLeaks(text: string, norm: Normalized = normalize(text), opts: LeakOptions = {}): Leak[] {
  const line = opts.caller ? (lastCaller?.raw === opts.caller ? lastCaller : (lastCaller = new CallerLine(opts.caller))) : undefined;
  // (read again with the call before it only where that could change what it asks for: most lines name no member's or policy's number;
  // nor does a call's start give the caller's new number, whose old one the person may then hand over)
  const caller = (opts.callers?.length || opts.previous?.length) && line && (line.wantsAround || newNumberBefore(opts.callers)) ? new CallerLine(line.raw, callAround(opts)) : line;
  return givenAgain(norm, saidAgain(text, norm, digitsByPosition(norm, expiryAfterCard(text, norm, giftCodeGroups(norm, recoveryPhrase(text, notCallersBefore(text, leaksInCall(text, norm, caller, opts), opts.callers, caller, opts.previous), caller, opts.callers), caller, opts.callers), caller, opts), caller, opts.callers)), caller, opts);
}

/** Whether `t` names `d`, whole, as a sum in yuan ("充值98元做单"): looked for where `d` stands, with one pattern made once. */
function yuanIn(t: string, d: string): boolean {
  for (let at = t.indexOf(d); at >= 0; at = t.indexOf(d, at + 1)) {
    if (!isDigitAt(t, at - 1) && YUAN_AFTER.test(t.slice(at + d.length, at + d.length + 12))) return true;
  }
  return false;
}
const YUAN_AFTER = /^(?:\.\d+)?\s*(?:元|块|圆|蚊)/; // (蚊: Cantonese for 元)
/** How many of the caller's lines before this one say numbers the person may say back. */
const CALLERS_BACK = 4;
/** How far before a number its label is looked for. */
const LABEL_REACH = 40;

/**
 * Leaks that are a number an earlier line of the caller said, whole, said back ("Start with $50 by e-transfer, you get $65 back"
 * then, two lines on, "can i at least get my 65 back"; "I sent £5,950" then "theres nothing pending. no 5950"): the caller's sum,
 * reference or number, no secret of the person's, unless the person names it as theirs. (The line this reply answers is read for its
 * own numbers with the rest.)
 */
function notCallersBefore(text: string, found: Leak[], callers: LeakOptions['callers'], caller: CallerLine | undefined, previous?: readonly string[]): Leak[] {
  if (!found.length || (!callers?.length && !caller?.numbers.length)) return found;
  let said: string[] | undefined;
  let payees: string[] | undefined;
  return found.filter((l) => {
    const digits = digitsIn(text.slice(l.start, l.end));
    // (nor a sum this line names in yuan, said back: "充值98元做单" · "要先充钱啊？98…")
    if (caller && digits.length >= 2 && yuanIn(caller.text, digits)) return false;
    // (not one the person names as their own secret: "Yes, my social security number is 331-70-4826, so that matches")
    if (digits.length < 3) return true;
    if (namesSecret(normalize(text.slice(Math.max(0, l.start - LABEL_REACH), l.start)))) {
      // (but an account a line before gave as the caller's, to pay into, read back by its name: "那俺先转三千 账号是4100 1523 0100 5069 8877
      // 对吧" to "转8000到下面的监管账户 … 账号：4100 1523 0100 5069 8877")
      if (digits.length < 8) return true;
      payees ??= (callers ?? []).slice(-CALLERS_BACK).flatMap((c) => {
        const line = c && c.length <= REPEAT_SOURCE ? new CallerLine(c) : undefined;
        return line && PAY_INTO.test(line.text) ? line.numbers : [];
      });
      return !payees.includes(digits);
    }
    // (nor a sum the caller named in words, said back shorter: "six hundred twelve dollars and forty cents" · "six-twelve forty")
    if (caller && sumSaidBack(text.slice(l.start, l.end), [caller.raw, ...(callers ?? []).slice(-CALLERS_BACK)])) return false;
    // (nor the start of a number this line gives as the caller's own, said back as far as the person got, whatever a reply before began:
    // "send it to this EcoCash number, zero seven seven one, four four eight, two nine three" · "Zero seven seven one, four four eight...
    // Mukuru Agent?")
    if (caller && digits.length >= 4 && caller.numbers.some((n) => n.length > digits.length && n.startsWith(digits) && callersOwnNumber(n, caller))) return false;
    // (nor the line's own numbers said back one after another, the last as far as the person got: "Four two seven one. Oh one four one,
    // four nine six... No." to "It's four two seven one, Govan. You can call me back on oh one four one, four nine six, two two eight three")
    if (caller && digits.length >= 7 && saidBackInTurn(digits, caller)) return false;
    said ??= (callers ?? []).slice(-CALLERS_BACK).flatMap((c) => (c && c.length <= REPEAT_SOURCE ? new CallerLine(c).numbers : []));
    // (but a pickup code an earlier text sent the person, read out as this line asks for it: "【菜鸟驿站】…取件码8-2-3017…" then "你取件码多少来着" ·
    // "8-2-3017 我七点多到": the person's code, as round 47 and rounds 83 to 85 settled)
    return !said.includes(digits) || (!!caller && caller.asks.has('code') && REQUEST.test(caller.text) && codeSentBefore(callers!, digits)) || (!!previous && saidFirst(digits, previous, callers!));
  });
}
/**
 * Whether one of the person's replies before gave `digits` as a secret before any line of the caller said them: the caller saying it
 * back makes it no less the person's ("…It's two seven one one now." · "Two seven one one, got it." · "Bye, love. Two seven one one,
 * and don't write it on your hand.").
 */
function saidFirst(digits: string, previous: readonly string[], callers: NonNullable<LeakOptions['callers']>): boolean {
  for (let k = Math.max(0, previous.length - CALLERS_BACK); k < previous.length; k++) {
    const line = callers[k];
    if (line && line.length <= REPEAT_SOURCE && new CallerLine(line).numbers.includes(digits)) return false;
    // (not a code by its shape alone, which a sum or a price may take: "出 1500 不刀")
    if (secretDigits(previous[k]!, lineOf(callers, previous, k)).some(([d, kind, all]) => all && d === digits && kind !== 'code')) return true;
  }
  return false;
}
/** Whether one of the caller's lines before sent `digits` as a pickup code ("取件码8-2-3017"). */
function codeSentBefore(callers: NonNullable<LeakOptions['callers']>, digits: string): boolean {
  return callers.slice(-CALLERS_BACK).some((c) => {
    if (!c || c.length > REPEAT_SOURCE || !PICKUP_CODE.test(c)) return false;
    const t = normalize(sanitize(c).text);
    return findRuns(t.text, t.spelled).some((r) => r.digits === digits && PICKUP_CODE_BEFORE.test(t.text.slice(Math.max(0, spanOf(r)[0] - 8), spanOf(r)[0])));
  });
}
const PICKUP_CODE = /取件码|取货码|提货码/;
const PICKUP_CODE_BEFORE = /(?:取件|取货|提货)码[\s:：是为]*$/;

/** Whether digits are two or more of the line's own numbers one after another, each whole but the last (three digits of it at least). */
function saidBackInTurn(digits: string, caller: CallerLine): boolean {
  let at = 0;
  let parts = 0;
  while (at < digits.length) {
    let took = 0;
    for (const n of caller.numbers) {
      let k = 0;
      while (k < n.length && at + k < digits.length && n.charCodeAt(k) === digits.charCodeAt(at + k)) k++;
      if (k >= 3 && (k === n.length || at + k === digits.length) && k > took) took = k;
    }
    if (!took) return false;
    at += took;
    parts++;
  }
  return parts >= 2;
}

const MONEY_WORD = /^(?:dollars?|cents?|bucks|rupees?|pounds?|pence|euros?|rand|naira|cedis?|shillings?|pesos?|ringgit|taka|kwacha|quid|grand)$/;
/**
 * Whether span, number words alone, is said in the same order in one of the lines, within a sum the line names with its money's word
 * ("One fifty for three" · "I'll pay you one hundred fifty rupees right now on JazzCash for three likes"). A code or a card read
 * out is not the caller's sum.
 */
function sumSaidBack(span: string, lines: ReadonlyArray<string | undefined>): boolean {
  const words = span.toLowerCase().match(/[a-z]+/g);
  if (!words || /\d/.test(span) || !words.every((w) => EN_WORDS[w] !== undefined || EN_TENS[w] !== undefined || EN_HOMOPHONES[w] !== undefined)) return false;
  return lines.some((line) => {
    if (!line || line.length > REPEAT_SOURCE) return false;
    // (marks kept as words: a sum is said between two of them, not across "…ending four four one seven, six hundred and forty-nine pounds")
    const said: string[] = line.toLowerCase().match(/[a-z]+|[,.;:!?]/g) ?? [];
    for (let from = said.indexOf(words[0]!); from >= 0; from = said.indexOf(words[0]!, from + 1)) {
      let k = from;
      let i = 1;
      for (; i < words.length && k >= 0; i++) k = said.indexOf(words[i]!, k + 1);
      // (the words close together, as one sum and what it buys are said, and a money word among them or right after)
      if (k >= 0 && i === words.length && k - from <= 3 * words.length + 4 && !said.slice(from, k).some((w) => /^[,.;:!?]$/.test(w)) && said.slice(from, k + 3).some((w) => MONEY_WORD.test(w))) return true;
    }
    return false;
  });
}

/** The few lines and replies before in the call, lower case (each at most REPEAT_SOURCE long), for what decides a label's kind. */
/** Whether one of the caller's last lines gives their new number or account ("我手机摔坏了 这是同学帮我弄的新QQ"). */
function newNumberBefore(callers: LeakOptions['callers']): boolean {
  return !!callers?.slice(-3).some((c) => !!c && c.length <= REPEAT_SOURCE && NEW_NUMBER_GIVEN.test(c.toLowerCase()));
}

function callAround(opts: LeakOptions): string {
  const said = [...(opts.callers ?? []).slice(-3), ...(opts.previous ?? []).slice(-3)];
  return said.filter((s): s is string => !!s && s.length <= REPEAT_SOURCE).join(' \n ').toLowerCase();
}

const NOT_THAT_BEFORE = /\bnot\s*$|不是\s*$/;
/** Whether d is inside one of the pieces (or one whole), or made of some of them (or their ends) in order (a guess corrected between: "2 1 0. No… 2 7 0."). */
function madeOf(d: string, pieces: readonly string[], whole = false): boolean {
  // (`whole`: pieces from end to end, not a few digits inside one, as a zip code or a birth year can be inside an ID)
  if (whole ? pieces.includes(d) : pieces.some((p) => p.includes(d))) return true;
  let at = 0;
  for (const p of pieces) {
    // (a piece or its end: a reading may take a digit before it in, "not a 1. 2 7 0")
    // (in `whole`, a digit at most: not a piece's last six, "137795" of a phone ending so)
    for (let k = 0; k <= (whole ? Math.min(1, p.length - 2) : p.length - 2); k++) {
      if (d.startsWith(p.slice(k), at)) {
        at += p.length - k;
        break;
      }
    }
  }
  return at === d.length;
}
/** Replies read back for `givenAgain`: not read back again inside that reading (a call's replies would each read all before them). */
let readingBack = false;
/**
 * The person's own secret, given in the replies before, that the caller reads back and the person says again: "So that's 3 1 9 2 7
 * 0?" · "Yes. 3 1 9, 2 7 0." The caller's own numbers said back are no leak; these were the person's first, and said again they
 * are a leak again (case 117). Only where the caller's number is the secret read back from end to end (or, where the person
 * corrects it, within two digits of it), and only numbers of three digits or more inside it, or the pieces a correction gives.
 * (`repeated` reads a secret said again too, from the replies before read alone; this reads them with their callers' lines.)
 */
function givenAgain(norm: Normalized, found: Leak[], caller: CallerLine | undefined, opts: LeakOptions): Leak[] {
  const previous = opts.previous;
  if (readingBack || !previous?.length || !caller?.numbers.length || norm.text.length > READ_WINDOW) return found;
  const every = findRuns(norm.text, norm.spelled);
  const runs = every.filter((r) => r.digits.length >= 3 && caller.numbers.some((n) => n.includes(r.digits)));
  // (a reply correcting a line that reads the secret back: "So I have 529-41-0773." · "No wait, the middle is 4 4, not 4 1.")
  const correcting = SETS_RIGHT.test(norm.text) && READ_BACK.test(caller.text);
  if (!runs.length && !correcting) return found;
  // (the secrets the replies before gave, read as the call read them: their digits, joined across replies, and of what kind)
  const given: Array<[string, LeakKind]> = [];
  readingBack = true;
  try {
    for (let i = Math.max(0, previous.length - SPLIT_REPLIES - 2); i < previous.length; i++) {
      const said = previous[i]!;
      if (said.length > REPEAT_SOURCE) continue;
      for (const l of findLeaks(said, normalize(said), { caller: opts.callers?.[i], previous: previous.slice(0, i), callers: opts.callers?.slice(0, i) })) {
        // (a piece said twice over is that piece: "Then it's... oh... eight. Oh eight." gave 08; and each number of a secret said two
        // ways is one: "Nine... twenty-six. Oh nine two six." gave 0926)
        const runs = runsIn(said.slice(l.start, l.end));
        const d = runs.map((r) => r.digits).join('');
        given.push([d.length >= 4 && d.length % 2 === 0 && d.startsWith(d.slice(d.length / 2)) ? d.slice(d.length / 2) : d, l.kind]);
        for (const piece of runs.flatMap(bySentence)) if (piece.length >= 4 && piece !== d) given.push([piece, l.kind]);
      }
    }
  } finally {
    readingBack = false;
  }
  const pieces = given.map(([d]) => d);
  // (the caller's numbers that read the secret back: made of what the person gave, or, where the person corrects it, within two
  // digits of it; not the caller's own callback number, case number or sum, which only share a few digits with a secret)
  // (three digits only where a piece given was those three: "security code 915. Is that right?" · "Yes. The security code is 9 1 5.")
  const back = caller.numbers.filter((n) => (n.length >= 4 && (madeOf(n, pieces, true) || (correcting && nearlyGiven(n, pieces)))) || (n.length === 3 && pieces.includes(n)));
  if (!back.length) return found;
  const taken = meetsAny(pairsOf(found));
  const again: Leak[] = [];
  let labels: Labels | undefined;
  // (not what the person says it is not, "1 9 0 8 at the end, not 1 9 0 5", a number a harmless label heads, "尾号3261", a date, a
  // time, a sum, an official line or one the person calls)
  // (a PIN given as a date is the PIN said again, date or not: "Yes, oh nine two six. Walter's birthday.")
  const harmless = (run: DigitRun, a: number, b: number) => NOT_THAT_BEFORE.test(norm.text.slice(Math.max(0, a - 8), a)) || harmlessNear(norm.text, (labels ??= scanLabels(norm.text)), a)
    || (isDateOrTime(run) && !given.some(([d, kind]) => kind === 'password' && d === run.digits)) || amountAround(norm.text, a, b) || isOfficial(run.digits) || calledNumber(norm.text, a);
  for (const run of runs) {
    if (!back.some((n) => n.includes(run.digits)) || !madeOf(run.digits, pieces)) continue;
    const [a, b] = spanOf(run);
    if (harmless(run, a, b)) continue;
    const kind = given.findLast(([d]) => d.length && (run.digits.includes(d) || d.includes(run.digits)))?.[1] ?? given.at(-1)![1];
    // (a card's last four alone are printed on every receipt; its three-digit security code is not)
    if (kind === 'card' && run.digits.length <= 4 && !(run.digits.length === 3 && pieces.includes(run.digits))) continue;
    const [start, end] = toOriginal(norm, a, b);
    if (!taken(start, end)) again.push({ kind, start, end });
  }
  // (each piece the correction gives is the secret's, of the kind the replies before gave: a few digits, a part of it)
  if (correcting) {
    const kind = given.findLast(([d]) => back.some((n) => nearlyGiven(n, [d]) || n.includes(d)))?.[1] ?? given.at(-1)![1];
    for (const run of every) {
      const [a, b] = spanOf(run);
      if (run.digits.length < 2 || run.digits.length > 6 || harmless(run, a, b) || caller.numbers.some((n) => n === run.digits)) continue;
      const [start, end] = toOriginal(norm, a, b);
      if (!taken(start, end) && !again.some((g) => g.start < end && start < g.end)) again.push({ kind, start, end });
    }
  }
  return again.length ? [...found, ...again].sort((x, y) => x.start - y.start) : found;
}
/** The digits of a run, by the sentences it runs over: "Nine... twenty-six. Oh nine two six." is 926 and 0926. */
function bySentence(run: DigitRun): string[] {
  const out: string[] = [];
  let piece = '';
  for (let g = 0, at = 0; g < run.groups.length; at += run.groups[g++]!) {
    piece += run.digits.slice(at, at + run.groups[g]!);
    if (g === run.groups.length - 1 || /[.!?]\s/.test(run.seps[g]!)) {
      out.push(piece);
      piece = '';
    }
  }
  return out;
}
/** Whether n is within two digits (changed, left out or put in) of consecutive pieces given: a read-back with a slip. */
function nearlyGiven(n: string, pieces: readonly string[]): boolean {
  for (let i = 0; i < pieces.length; i++) {
    let joined = '';
    for (let j = i; j < pieces.length && joined.length < n.length + 2; j++) {
      joined += pieces[j];
      if (Math.abs(joined.length - n.length) <= 2 && editDistance(joined, n) <= 2) return true;
    }
  }
  return false;
}
/** Whether a word of letters and digits is one the caller said, its groups joined or its digits within a slip of theirs. */
function readBack(word: string, caller: CallerLine): boolean {
  const d = word.replace(/\D/g, '');
  return caller.saysWord(word.replace(/ /g, '')) || (d.length >= 6 && caller.numbers.some((n) => n.length >= 6 && nearlyGiven(d, [n])));
}
/** Levenshtein's distance between two short strings. */
function editDistance(x: string, y: string): number {
  let row = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let k = 1; k <= y.length; k++) next.push(Math.min(row[k]! + 1, next[k - 1]! + 1, row[k - 1]! + (x[i - 1] === y[k - 1] ? 0 : 1)));
    row = next;
  }
  return row[y.length]!;
}
const SETS_RIGHT = /^[\s,.!]*(?:no\b|nope\b|not quite|wrong|wait|actually|sorry|不对|不是|错了|说错)/;
const READ_BACK = /\b(?:read (?:it|that|them|this) back|let me (?:repeat|read)|so (?:i have|that'?s|it'?s|that is)|i have|i'?ve got|is that (?:right|correct)|correct\?|right\?)|复述|核对一遍|对吗|对不对|是这个吧|记的是/;

/**
 * A secret said again in the same reply is the same secret, however it was written the second time: "uh, 5 5 1 6. Sorry, the
 * light's bad in here. Yeah, 5516." (four digits or more; a map of the leaks' digits, one pass over the reply's numbers; in a
 * reply, up to a window's length, which every reply a front end sends is).
 */
function saidAgain(text: string, norm: Normalized, found: Leak[]): Leak[] {
  // (a reply, as a person says a thing twice; a text longer than a window is no reply, and its numbers are not walked twice)
  if (!found.length || norm.text.length > READ_WINDOW) return found;
  // (not digits inside a word, a user name's or an address's: "bettyann1949@yahoo.com pass: rosebud1949")
  const runs = findRuns(norm.text, norm.spelled).filter((run) => !run.glued).map((run) => [run.digits, ...toOriginal(norm, ...spanOf(run)), isDateOrTime(run), run.spelled] as const);
  // (each leak's digits, from the runs inside it, walking both in order)
  const sorted = [...found].sort((x, y) => x.start - y.start);
  const kinds = new Map<string, LeakKind>();
  const outside: Array<readonly [string, number, number, boolean, boolean]> = [];
  let i = 0;
  let digits = '';
  // (and a code's start, two or three digits, said again with more of it: "是……七，幺……等等，我眼睛花了……七幺四，后头是……")
  const heads: string[] = [];
  // (each leak's own digits, by its place in `sorted`)
  const own: string[] = [];
  const close = () => {
    own[i] = digits;
    if (digits.length >= 4 && !kinds.has(digits)) kinds.set(digits, sorted[i]!.kind);
    else if (digits.length >= 2 && sorted[i]!.kind === 'code') heads.push(digits);
    digits = '';
  };
  for (const run of runs) {
    while (i < sorted.length && sorted[i]!.end <= run[1]) {
      close();
      i++;
    }
    if (i < sorted.length && sorted[i]!.start <= run[1] && run[2] <= sorted[i]!.end) digits += run[0];
    else if (i >= sorted.length || run[2] <= sorted[i]!.start) outside.push(run);
  }
  if (i < sorted.length) close();
  // (not a time that begins as the code did: "It's 2 4... wait that's the time. … It expires at 2:40.")
  // (and a code's rest, a few digits read out after it broke off and an aside: "it's one-three-seven, two-oh-eight... hang on, the screen's
  // gone dim... four-four-six.")
  const restOfCut = (d: string, start: number, end: number) => {
    const code = sorted.findLast((l) => l.end <= start);
    const between = code && code.kind === 'code' ? text.slice(code.end, start) : '';
    return !!code && d.length <= 4 && PAUSE_AFTER.test(between) && between.length <= 64 && !/[\d.!?。！？]/.test(between.replace(/\.{2,}|…+/g, ' ')) && !amountAround(text.toLowerCase(), start, end) && !scanLabels(normalize(between).text).byEnd.size;
  };
  // (and its start, read first, the whole said a little after: "it showing a number 1 3 9 ... wait it say 139 552 870"; read out, or
  // broken off, not a year or an address's digits that open as it does)
  const begun = (d: string, end: number, spelled: boolean) => d.length >= 2 && (spelled || BROKEN_OFF.test(text.slice(end, end + 4))) ? sorted.find((l, k) => l.start >= end && l.start - end <= 40 && (own[k]?.length ?? 0) >= 6 && own[k]!.length > d.length && own[k]!.startsWith(d))?.kind : undefined;
  const again = outside.flatMap(([d, start, end, time, spelled]) => {
    const kind = kinds.get(d) ?? (time ? undefined : begun(d, end, spelled) ?? (heads.some((h) => d.length > h.length && d.length <= MOST.code && d.startsWith(h)) || restOfCut(d, start, end) ? 'code' : undefined));
    return kind ? [{ kind, start, end }] : [];
  });
  const same = sameKind(text, sorted);
  return again.length ? [...same, ...again].sort((x, y) => x.start - y.start) : same === sorted ? found : same;
}

// (PAUSE_AFTER's pause, or a dash: "0 0 8 1 — hold on — 0 0 8 1 4 4 7 6 2 3")
const BROKEN_OFF = /^\s*(?:\.{2,}|…|—)/;

/**
 * A secret said in pieces and then again whole in one reply is one secret: "my NIC number … one nine six nine... oh three two... four one
 * oh seven eight. One nine six nine oh three two four one oh seven eight." It is what it was said to be first, unless that was a card no
 * card could be (a card's length and checksum) and the other reading is not ("it's 5 1 5... 5 5 5... 0 1... 6 2. Five fifteen, five five
 * five, oh one six two." to a request for a cell phone). (Leaks in order of their start.)
 */
function sameKind(text: string, sorted: Leak[]): Leak[] {
  if (sorted.length < 2) return sorted;
  const digits = sorted.map((l) => runsIn(text.slice(l.start, l.end)).map((r) => r.digits).join(''));
  // (not one its own label names between: "My driver's license number is 123456789, … My account number is 123456789")
  const named = sorted.map((l, k) => k > 0 && namesSecret(normalize(text.slice(sorted[k - 1]!.end, l.start))));
  const kindOf = new Map<string, LeakKind>();
  sorted.forEach((l, k) => {
    const d = digits[k]!;
    const kind = kindOf.get(d);
    if (d.length < 4 || named[k]) return;
    if (kind === undefined || (kind !== l.kind && kind === 'card' && !isCardNumber(d))) kindOf.set(d, l.kind);
  });
  // (and a number's last group said again after it, "…two nine... five three. Yeah. Two nine five three.", is that number's)
  const endOf = (k: number) => digits[k]!.length >= 4 ? sorted.findLast((x, i) => i < k && digits[i]!.length >= 8 && digits[i]!.endsWith(digits[k]!) && x.kind !== 'card')?.kind : undefined;
  // (and a number's start read first, then the whole: "六二三零……等下，我开钱包看清楚……六二三零，六七洞洞，三幺五八…" is the card's start, no code)
  const startOf = (k: number) => sorted[k]!.kind === 'code' && digits[k]!.length >= 4 ? sorted.find((x, i) => i > k && x.kind !== 'code' && digits[i]!.length >= digits[k]!.length + 4 && digits[i]!.startsWith(digits[k]!))?.kind : undefined;
  // (or its end put right: "卡号 6230-5201-0088-2741-635 不对 最后是653")
  const putRight = (k: number) => k > 0 && digits[k]!.length <= 4 && digits[k - 1]!.length >= 8 && END_PUT_RIGHT.test(text.slice(sorted[k - 1]!.end, sorted[k]!.start)) ? sorted[k - 1]!.kind : undefined;
  let changed = false;
  const out = sorted.map((l, k) => {
    const kind = endOf(k) ?? putRight(k) ?? startOf(k) ?? kindOf.get(digits[k]!);
    if (!kind || kind === l.kind || named[k]) return l;
    changed = true;
    return { ...l, kind };
  });
  return changed ? out : sorted;
}

const END_PUT_RIGHT = /^[\s,，.。]*(?:不对|不是|说错了?|错了|no,? wait|sorry|i mean)[\s,，.。]*(?:最后|末尾|后面|the last|last|the end)[^\d]{0,6}$/i;
// (none given in a refusal: "I won't give you the second digit")
const REFUSING = /\b(?:won'?t|will not|not|never|don'?t|do not|can'?t|cannot|no way)\b|不|没|别/;
// (digits of a secret asked for by their places: "the second, fourth and sixth digits", "the 2nd and 5th characters")
const PLACE = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last|1st|2nd|3rd|[4-9]th)';
// (or the places after what they are, "three digits of it, the 1st, 3rd and 5th", or in figures, "digits 2, 4 and 6 of your 365 Online
// PIN", or only how many, "only three letters")
const PLACES_ASKED = new RegExp(`\\b${PLACE}(?:,? (?:and )?(?:the )?${PLACE})+ (?:digits?|characters?|numbers?|letters?)\\b|\\b(?:digits|characters|numbers) [1-9](?:,? (?:and |& )?[1-9])+\\b(?! ?(?:digits?|numbers?|characters?|letters?|[a-z]*days?|hours?|minutes?)\\b)|\\b(?:digits?|characters?|letters?)\\b[^.?!]{0,24}\\b${PLACE}(?:,? (?:and )?${PLACE})+\\b|\\b(?:only|just) (?:two|three|four|[2-4]) (?:digits|characters|letters)\\b|第[一二三四五六七八九\\d](?:[、和,，]第?[一二三四五六七八九\\d])+位`);
// (a letter or a digit by its place, "2nd is R, 4th is... M", "4th is 1 and the 6th.. 6", "The second one's an A": a memorable word's or a
// password's)
const PLACE_NAMED = new RegExp(`\\b${PLACE}`);
const PLACE_LETTER = new RegExp(`\\b${PLACE}(?: (?:one|letter|character|digit|number))?(?: (?:is|was|'s|=)|'s|\\s*(?:\\.{2,}|…))[\\s.…,]*(?:(?:uh|um|er)[\\s.…,]+)?(?:an? )?(?:(?:capital|small|lower ?case|upper ?case) )?([a-z\\d]|zero|oh|one|two|three|four|five|six|seven|eight|nine)\\b(?!'|,\\s*\\d(?![a-z]))`, 'g');
/**
 * "Second is 4... fourth is... 8." answering "give me the second, fourth and sixth digits of your passcode": digits of a PIN
 * or a password asked for by their places, as banks' real checks ask and fake ones copy, each one its part.
 */
function digitsByPosition(norm: Normalized, found: Leak[], caller: CallerLine | undefined, callers?: LeakOptions['callers']): Leak[] {
  // (a reply with no digit and no place named gives none: the line need not be read)
  if (!caller || !(/\d/.test(norm.text) || PLACE_NAMED.test(norm.text)) || !PLACES_ASKED.test(caller.text) || REFUSING.test(norm.text)) return found;
  // (the secret the line names, or, where it names none, the one a line a little before asked for: "we only need three digits of it, the
  // 1st, 3rd and 5th" after the PIN was asked for)
  const kind = caller.last === 'password' || caller.last === 'code' ? caller.last : askedAWhileBefore(caller, callers, (l) => l.last === 'password' || l.last === 'code')?.last;
  if (kind !== 'password' && kind !== 'code') return found;
  const taken = meetsAny(pairsOf(found));
  const places: Leak[] = [];
  for (const run of findRuns(norm.text, norm.spelled)) {
    const [a, b] = spanOf(run);
    if (run.digits.length > 3 || amountAround(norm.text, a, b) || isOfficial(run.digits) || calledNumber(norm.text, a)) continue;
    const [start, end] = toOriginal(norm, a, b);
    if (!taken(start, end)) places.push({ kind, start, end });
  }
  for (const m of norm.text.matchAll(PLACE_LETTER)) {
    const at = m.index + m[0].length - m[1]!.length;
    const [start, end] = toOriginal(norm, at, m.index + m[0].length);
    if (!taken(start, end) && !places.some((q) => q.start < end && start < q.end)) places.push({ kind, start, end });
  }
  return places.length ? [...found, ...places].sort((x, y) => x.start - y.start) : found;
}

/** The line a little before (three at most) that `asks` holds of, where the lines since ask for no secret. */
function askedAWhileBefore(caller: CallerLine, callers: LeakOptions['callers'], asks: (line: CallerLine) => boolean): CallerLine | undefined {
  const n = callers?.length ?? 0;
  if (caller.asks.size) return undefined;
  for (let i = n - 1; i >= Math.max(0, n - 3); i--) {
    const said = callers![i];
    if (!said || said.length > REPEAT_SOURCE) return undefined;
    const line = new CallerLine(said);
    if (asks(line)) return line;
    if (line.asks.size) return undefined;
  }
  return undefined;
}

/**
 * A card's expiry said alone, answering a line that asks for it ("Expiry?", "the expiration date and PIN"; case 91 as round 34
 * settled it): part of the card's leak where the replies before gave the card's
 * number or the reply gives its security code ("Oh nine, twenty-eight." after "4 2 7 1" · "0 3 9 8" · …), else a date printed on a
 * card, no leak (it was read as a code by its shape).
 */
function expiryAfterCard(text: string, norm: Normalized, found: Leak[], caller: CallerLine | undefined, opts: LeakOptions): Leak[] {
  // (asked for, or named by the reply as the card prints it: "And the date below that?" · "It says VALID THRU, then 01/31."; not
  // beside another card's end, "Card ending 4430, expires 09/31", whose number was never given)
  const read = () => { const lower = text.toLowerCase(); return EXPIRY_READ.test(lower) && !CARD_END.test(lower); };
  // (no code found and no digit said: no expiry, whatever the line asks)
  if (!caller || (!found.some((f) => f.kind === 'code') && !/\d/.test(norm.text) && !/\d/.test(text)) || !(caller.asks.has('expiry') || read())) return found;
  // (where the line asks for the security code too, only an expiry the reply names as one: a code's digits may look like a date)
  const codeAsked = caller.asks.has('code') || caller.asks.has('cvv');
  const expiries = codeAsked ? [] : found.filter((f) => f.kind === 'code' && expiryShaped(digitsIn(text.slice(f.start, f.end))));
  // (or said with its month's name, "The expiration date is August 2028.", or written as a month and a year, "It expires 05/26.", or
  // said so, "Oh eight slash twenty-eight.", which no reading took for a code)
  // ("Expires oh six, twenty-seven.": the month and the year apart, after the word)
  // (and not where the line asks for the code alone: "Anthony J Russo, expires 02/28." lags behind it, answering the line before)
  const slashed = codeAsked ? [] : [...norm.text.matchAll(MONTH_SLASH_YEAR)];
  const byWord = codeAsked && !caller.asks.has('expiry') ? [] : [...norm.text.matchAll(EXPIRY_SAID)];
  const spoken = [...slashed, ...byWord].map((m) => toOriginal(norm, m.index + m[0].length - (m[1] ?? m[0]).length, m.index + m[0].length)).map(([start, end]) => ({ kind: 'card' as const, start, end }));
  const named = [...(codeAsked ? [] : [...text.matchAll(MONTH_AND_YEAR), ...text.matchAll(MONTH_SLASH_YEAR), ...text.matchAll(MONTH_YEAR_ZH)]).map((m) => ({ kind: 'card' as const, start: m.index, end: m.index + m[0].length })), ...spoken]
    .filter((m, i, all) => !found.some((f) => f.start < m.end && m.start < f.end) && !all.some((o, j) => j < i && o.start < m.end && m.start < o.end));
  if (!expiries.length && !named.length) return found;
  const previous = opts.previous ?? [];
  // (or the reply itself gives its number or its security code: "zero four twenty-eight… that's 6 1 9")
  const cardBefore = found.some((f) => f.kind === 'card') || previous.some((p, k) => k >= previous.length - 8 && p.length <= REPEAT_SOURCE && readSecrets(normalize(sanitize(p).text), lineOf(opts.callers, previous, k)).some((f) => f.kind === 'card'));
  const out = found.flatMap((f) => (!expiries.includes(f) ? [f] : cardBefore ? [{ ...f, kind: 'card' as const }] : []));
  return cardBefore && named.length ? [...out, ...named].sort((x, y) => x.start - y.start) : out;
}
const EXPIRY_SAID = /\b(?:expires?|expiry|exp|expiration(?: date)?|valid thru|good thru)(?: date)?(?:['’]s| is| on)?[:\s]+((?:(?:0[\s-]?)?[1-9]|1\s?[0-2])[\s,/.-]+(?:20)?\d{2})\b/g;
const EXPIRY_READ = /\b(?:valid thru|valid through|good thru|expires?|expiry|expiration)\b/;
const CARD_END = /\b(?:ending|ends? (?:in|with))\b/;
// (a month and a year written with a slash, or saying it: "05/26", "11 / 2027", "09 slash 28")
const MONTH_SLASH_YEAR = /\b(?:0?[1-9]|1[0-2])\s?(?:\/|\bslash\b)\s?(?:20)?\d{2}\b(?!\s?\/)/gi;
// (a month and a year in Chinese, as a transcript spaces its digits: "0 9 月 2 8 年", "2028年9月")
const MONTH_YEAR_ZH = /(?<!\d\s?)(?:0\s?[1-9]|1\s?[0-2]|[1-9])\s*月\s*(?:2\s?0\s?)?\d\s?\d\s*年|(?:2\s?0\s?)?\d\s?\d\s*年\s*(?:0\s?[1-9]|1\s?[0-2]|[1-9])\s*月/g;
const MONTH_AND_YEAR = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:of\s+)?(?:20\d{2}|'?\d{2})\b/gi;
// (a month, then a year of two or four digits: "0928", "11/27", "03 2029")
const expiryShaped = (d: string) => (d.length === 4 || d.length === 6) && /^(?:0[1-9]|1[0-2])/.test(d) && (d.length === 4 || /^\d{2}20/.test(d));

function leaksInCall(text: string, norm: Normalized, caller: CallerLine | undefined, opts: LeakOptions): Leak[] {
  const plain = leaksAgainst(text, norm, caller, opts.previous, opts.callers);
  // "Your card number?" "It's 4 5 3 2" "Mm-hm." "1 1 8 7": where the line only keeps the person going, the numbers answer the
  // request it goes on with. Read against that request too, and that reading taken where this line's found nothing, or only
  // a code by its shape (not one the reply names, "The code in the text is 4821"), for the values the reply gives as answers
  // (a number begun in the replies before is read by what it began as, whatever an older line asked)
  // (the line it goes on from, walked back to once for both readings)
  const from = caller && opts.previous?.length ? goneOnFrom(caller, opts.callers, opts.previous) : undefined;
  const asked = from ? askedBefore(caller!, opts.callers, opts.previous!, from) : undefined;
  const lower = text.toLowerCase();
  if (!asked) return from && plain.length ? harmlessGoneOn(lower, norm, plain, caller!, from, opts.previous!) : plain;
  // (or, where the line went on from a remote tool's, whatever a number's shape alone made of it: "It says 8 4 2 1 9 3 0 5 6." is the
  // tool's ID, no social security number, where the reply names nothing)
  const askedLine = new CallerLine(asked);
  const tool = plain.every((l) => l.kind === 'id' || l.kind === 'phone' || l.kind === 'code') && askedLine.says(REMOTE_TOOL) && !namesSecret(norm);
  // (an ID's or a phone's shape alone, too, where the request was for a card and the reply names no secret: "it's, er, four six five
  // nine, two two one zero, eight..." after "I just need the long number of the card", then "take your time, just don't hang up")
  // (and no reply since named another: "And my tax file number, do you need that?" · "Yes, please." · "It's 4 5 9... 3 0 2... 1 1 7.")
  // (the card itself named meanwhile is no other: "Hang on, the card's in the van")
  const cardAsked = () => askedSecret(askedLine) === 'card' && !opts.previous!.slice(from!.i).some((p) => p.length <= REPEAT_SOURCE && labelsNameSecret(scanLabels(normalize(p).text), 'card'));
  // (and a card's shape alone that no card's check holds, where the request was for an ID: "Three two zero five, eight eight one four, six six
  // zero two." after "they want your Aadhaar number online", then "Take your time, read it slowly.")
  const idAskedBefore = () => askedSecret(askedLine) === 'id' && !askedLine.asks.has('card');
  const shapeOnly = !CODE_NAMED.test(lower) && plain.every((l) => l.kind === 'code' || ((l.kind === 'id' || l.kind === 'phone') && !namesSecret(norm) && cardAsked())
    || (l.kind === 'card' && !namesSecret(norm) && idAskedBefore() && cardByShapeOnly(digitsIn(text.slice(l.start, l.end))))
    // (or a phone's, the ID's ten digits: "Okay, here it is. Nine-oh-four-seven... two-two-six... five-one-eight." after "they need your
    // Personal Health Number", then "No rush, Mom.")
    || (l.kind === 'phone' && !namesSecret(norm) && idAskedBefore()));
  if (plain.length && !shapeOnly && !tool) return plain;
  // (this line's own too, said back: "SF七七四洞两九八幺三五六……我查了" after "运单号是SF七七四洞，两九八，幺三五六")
  const theirs = [...opts.callers!.flatMap((c) => (c ? new CallerLine(c).numbers : [])), ...caller!.numbers];
  const goneOn = leaksAgainst(text, norm, new CallerLine(`${asked} ${caller!.raw}`), opts.previous, opts.callers).filter((l, i, all) => {
    const digits = digitsIn(text.slice(l.start, l.end));
    // (three digits inside one of the caller's numbers only where they are all of it: "200" is no piece of "20000", a sum the line said)
    return answerShaped(lower, i ? all[i - 1]!.end : 0, l.start) && !(digits.length >= 3 && theirs.some((n) => (digits.length >= 4 ? n.includes(digits) : n === digits)));
  });
  // (what the line's own reading found and the request's did not keep stays: never less masked, "拿到了 6 2 1 7 ... 呃 0 0 3")
  return goneOn.length ? [...goneOn, ...plain.filter((p) => !goneOn.some((g) => g.start < p.end && p.start < g.end))].sort((x, y) => x.start - y.start) : plain;
}

// (no card's check, or one an ID's start passes by chance: "前面系44088119621103", its place and a birth date, after "阿爸嘅呢？")
const cardByShapeOnly = (d: string) => !isCardNumber(d) || idBegun(d);
/** The reply names a secret with a label of its own ("my social is…"): what it gives is not read by its shape alone. */
const namesSecret = (norm: Normalized) => labelsNameSecret(scanLabels(norm.text));
/** Whether one of the labels found names a secret (other than `except`). */
const labelsNameSecret = (labels: Labels, except?: LeakKind) => [...labels.byEnd.values()].some((l) => !!secretOf(l.kind) && secretOf(l.kind) !== except);

/**
 * Where the line only keeps the person going, after a line that asked for no secret: what the reply reads is no code or ID by its
 * shape alone where that line asked for a harmless number ("Do you have the invoice number from the letter?" · "Invoice 2 0... 7 7 1..." ·
 * "And the rest?" · "...5 4. So 2 0 7 7 1 5 4."; "can you give me the account number on your bill" · "hold on let me find it" · "okay
 * take your time but the technician is already on the way" · "okay it's four one seven seven two two oh nine five", nine digits as a
 * social security number's; a code or an ID the reply names stays one), nor a number that line gave, which the replies
 * before it did not ("The new number will be 614-702-3918. Please write it down." · "Put my cell, 614-288-5071." · "And the
 * activation fee is $35." · "614-702-3918. I'll text her right now.").
 */
function harmlessGoneOn(lower: string, norm: Normalized, plain: Leak[], caller: CallerLine, from: { line: CallerLine; i: number }, previous: readonly string[]): Leak[] {
  if (from.line.asks.size) return plain;
  // (a code the reply names by a label of its own stays one: "开咗喇，会议号系……八三二，六零拐，幺九五")
  const shapeOnly = from.line.asksHarmless && !CODE_NAMED.test(lower) && ![...scanLabels(norm.text).byEnd.values()].some((l) => l.kind === 'code');
  // (an ID's by its length alone, where this line only presses, asking no part: no secret's label in the reply; "Now the last four."
  // after a ZIP code was asked asks for the social security number's end, whose start the replies before gave)
  const idByShape = shapeOnly && !caller.asksPart && !caller.continues && plain.some((l) => l.kind === 'id') && !namesSecret(norm);
  const given = digitsIn(previous.slice(0, from.i).join(' '));
  const theirs = from.line.numbers.filter((n) => !given.includes(n));
  return plain.filter((l) => {
    const digits = digitsIn(lower.slice(l.start, l.end));
    return !(l.kind === 'code' && shapeOnly) && !(l.kind === 'id' && idByShape) && !(digits.length >= 3 && theirs.some((n) => n.includes(digits)));
  });
}

/**
 * A gift card's code read out a group at a time where gift cards are talked about, on this line or one before in the call ("Scratch
 * the back of the first one. What does it say?" "It starts with an X. X K C J." · "Go ahead." "9 P Q 7."): each group spelt out
 * is the card's (cases 59, 89), letters alone too where they make no word (a vowel at most, "X K C J", not "M I K E"); not where the
 * line asks for a name or another secret, nor the caller's own said back.
 */
function giftCodeGroups(norm: Normalized, found: Leak[], caller: CallerLine | undefined, callers: LeakOptions['callers']): Leak[] {
  if (!caller) return found;
  // (or typed as it is printed, letters and digits together: "PL9K" answering "Send the rest of that code")
  const spelt = spelledOut(norm.text);
  const typed = !hasAlnumWord(norm.text) ? [] : [...norm.text.matchAll(CODE_GROUP), ...norm.text.matchAll(CODE_GROUPS_JOINED)].filter((m) => !NOT_A_GROUP.test(m[0]) && !CURRENCY_GLUED.test(m[0]) && !NAME_SPELT.test(norm.text.slice(Math.max(0, m.index - 24), m.index))).map((m): [number, number] => [m.index, m.index + m[0].length]);
  if (!spelt.length && !typed.length) return found;
  // (this line asks on about the code, or for nothing of its own: not for a name, a plate, a password, "who am I speaking with?")
  // (a code asked for where gift cards are talked about is theirs: "Send the rest of that code and the other 3 quickly")
  const goesOn = caller.says(GIFT) || caller.continues || caller.asksPart || asksForIt(caller) || !caller.asks.size;
  if (!goesOn || caller.asksHarmless || NAME_ASKED.test(caller.text) || (!caller.asksGiftPin && [...caller.asks].some((k) => k !== 'card' && k !== 'not' && k !== 'number' && k !== 'code'))) return found;
  const lines = (callers ?? []).flatMap((c) => (c ? [new CallerLine(c)] : []));
  if (!caller.says(GIFT) && !lines.some((l) => l.says(GIFT))) return found;
  // (another secret read there stays what it is: "The license number again, please." "It's D 0 4 4 7 1 8 3 2."; and a password
  // or a code the reply names, "the Apple ID password is…")
  const named = [...scanLabels(norm.text).byEnd.values()].some((l) => l.kind === 'password' || l.kind === 'code');
  const others = meetsAny(pairsOf(found.filter((f) => named || (f.kind !== 'code' && f.kind !== 'password'))));
  // (not where the reply names what else it spells, a name, a plate, a flight, a user name: "And your name's Officer Diaz,
  // D-I-A-Z."; letters alone only in a short reply)
  const spans = NAME_SPELT.test(norm.text) ? typed : [...spelt, ...typed];
  const lettersAlone = norm.text.length <= 40;
  const groups: Leak[] = [];
  for (const [a, b] of spans) {
    const key = spelledKey(norm.text.slice(a, b));
    // (letters alone, as a code's group has them, with a vowel at most: "X K C J", not "A P P L E", "M I K E")
    if (key.length < 3 || key.length > 20 || (!/\d/.test(key) && (key.length > 5 || !lettersAlone || (key.match(/[aeiou]/g) ?? []).length > 1))) continue;
    // (not the caller's own, said back, from this line or one before: a case number it spelt)
    if (caller.spells(key) || lines.some((l) => l.spells(key))) continue;
    const [start, end] = toOriginal(norm, a, b);
    if (!others(start, end)) groups.push({ kind: 'card', start, end });
  }
  if (!groups.length) return found;
  const meets = meetsAny(pairsOf(groups));
  return [...found.filter((f) => !meets(f.start, f.end)), ...groups].sort((x, y) => x.start - y.start);
}

// A group of a gift card's code typed whole: four to eight letters and digits, a digit and two letters at least; not a time, an ordinal or
// a size ("10am", "12th", "32gb")
const CODE_GROUP = /(?<![a-z0-9@._/-])(?=[a-z]*\d)(?=\d*[a-z]\d*[a-z])[a-z0-9]{4,8}(?![a-z0-9@_/-]|\.[a-z0-9])/g;
// (or its groups joined by dashes as the card prints them: "Second one: X9BN-TT4C ...")
const CODE_GROUPS_JOINED = /(?<![a-z0-9@._/-])(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9]{3,5}(?:-[a-z0-9]{3,5}){1,4}(?![a-z0-9@_/-]|\.[a-z0-9])/g;
// (a sum with its currency's code glued on: "Cr NGN4,500.00")
const CURRENCY_GLUED = new RegExp(String.raw`^(?:${CURRENCY})\d`);
const NOT_A_GROUP = /^\d+(?:st|nd|rd|th|am|pm|gb|mb|kb|tb|mg|ml|kg|km|cm|mm|hr|hrs|min|mins|yr|yrs|lbs?)$/;
const NAME_SPELT = /\b(?:name|names|named|officer|agent|mr|mrs|ms|dr|surname|spell(?:ed|s|ing)?|e-?mail|gmail|user ?name|plate|flight|postcode|zip|model|serial|wechat|receipt|order|booking|ref(?:erence)?|case|tracking|id)\b|姓|名字|叫|微信|车牌|航班|订单|单号/;
const NAME_ASKED = /\b(?:name|spell|who|plate|flight|postcode|zip|model|serial|user ?name|e-?mail)\b|贵姓|姓什么|叫什么|名字|车牌|航班|微信号/;

// (a request said as the thing alone, "And the account number, eight digits.", "Now your PIN.")
// ("Lovely. And her Medicare number, it's on her red, white and blue card.": a relative's, where it is said too)
// (in Chinese, "好的 还有您的查询密码", "然后是你的身份证号": a thing of the person's named alone as the line ends)
const ELLIPTIC_REQUEST = /^(?:(?:and|now|then|next|also|ok(?:ay)?|right|great|good|thanks|thank you|perfect|lovely|wonderful|excellent|alright|all right|fine|sure)[,.!]?\s+)*(?:the|your|her|his|their)\s[^.!?]{0,40}(?:,\s*(?:it'?s|that'?s) (?:on|in|at) [^.!?]{0,40})?[.!]?$|(?:还有|然后是?|再就是|接下来是?)(?:您|你)的[^。！？，,]{1,12}[。！]?$/;
// A line that asks for something, not one that names it only ("Your account has been compromised.")
const REQUEST = /[?？]|\b(?:what(?:'s| is| are)|give|tell|read|confirm|verify|provide|needs?|send|forward|say|enter|type|spell|share|repeat|please|go ahead|reply with)\b|请|告诉|报|念|提供|需要(?:您|你)|多少|发(?:给|过来|一下|我)|畀我|俾我|话(?:畀|俾)?我知|输入|说一下|是什么|给我|(?:核对|核实|确认)(?![了过])|验证(?![码了过通])|填(?:一下|写|上)|(?:号|码|多少|知道)[^，,。？?！!]{0,4}吗(?=\s*$|[，,。？?！!])/;
const ASKED_WHETHER_ZH = /(?:是不是|是弗是|是勿是|是唔是|系唔系|是否)\s*$/;
const CAME_FROM_UR = /^\s*(?:(?:wal[aei]|val[aei]) (?:number|no|nmbr) se\b|se (?:aa(?:ta|ti|ya|yi|i)|aya|nahi|nahin|hi aata)\b)/;
const PAID_BEFORE = /\b(?:pay|paid|pays|paying|cost|costs|charged?|charges|owe|price|fee|bill)\b[^.!?\d]{0,40}$/;
const WALLET_GLUED_BEFORE = /\b(?:airtel|mtn|momo|mpesa|m-pesa|safaricom|vodacom|tigo|halotel|zamtel|tnm|glo|jazzcash|easypaisa|jazz|zong|ufone|telenor|bkash|nagad|gcash|ecocash)$/;
const CAME_ON_BEFORE = /\b(?:on|in|to)\s+(?:[a-z]+\s+)?$/;
const CODE_NAMED = /\b(?:code|text|texted|message|sms)\b|验证码|校验码|动态码|短信/;
// What may stand before a value given as an answer, in its sentence: "it's", "then", "the last part is", "她说是", "后面是".
// (the bank the account is at said first: "Access Bank, zero six nine...")
// (and which one it is, "it's... the one I use for everything, one nine... hang on")
const ANSWER_LEAD_EN = /^(?:[\s,.:;…'"-]|\b(?:haan|han|ji|aya|aaya|sawa|it'?s|it is|it|is|was|are|that'?s|that is|then|and|uh+|um+|er+|erm|ok(?:ay)?|fine|alright|all right|so|sure|yes|yeah|yep|right|well|oh|the|rest|last|next|part|bit|one|ones|first|second|third|middle|four|two|three|digits?|numbers?|group|here'?s|here|hold on|wait|sorry|says|of it|ends? (?:in|with)|okay|no|try|where was i|capital|small|lower ?case|upper ?case|underscore|dash|hyphen|dot|period|at sign|star|asterisk|pound|hash|exclamation(?: mark| point)?|dollar sign|sign|symbol|space|[a-z&']+ bank(?: of [a-z]+)?|the (?:same |usual )?one (?:i|we) (?:always )?(?:use|used)(?: (?:for|on|with|at) [a-z']+(?: [a-z']+)?)?)\b)*$/;
// (or whose it is, said short, "招行的吧 6 2 1 4 8 3", "我妈的 3 7 0 2", "……系农商行个，六二三", "俺这卡是农商行的，六二幺", "信用社那张，六二幺……"; 系 and 个 are 是
// and 的 in Cantonese and Hakka)
// (or keyed in as it is said, "要得，我按，三、八、六……")
// (or the text's sender read out first, quoted: "来啰……'微信支付'……九、三……")
const ANSWER_LEAD_ZH = /^[\s，,、…：:.。嗯呃啊哦额噢喏呐好的对是系就然后还有后面前面剩下接着她他说应该好像大概我记得念报那个这个位吧行收到来了一条个又啰咯喽短信]*$|^[\s，,、…：:.。嗯呃啊哦额噢好的对是系就来了收到啰咯喽上面写着]*['"‘’“”「」『』【][^'"‘’“”「」『』【】\d]{1,16}['"‘’“”「」『』】][\s，,、…：:.。]*$|(?:^|[，,…])\s*我(?:先|现在)?(?:按|输)(?:了|的是)?[\s，,：:]*$|(?:^|[，,])[^，,]{0,10}(?:是|(?<![联关])系|为|写着|写的是|显示|[:：])[\s…]*$|(?:^|[，,…])[\s嗯呃啊哦是系]*[\u4e00-\u9fff]{1,8}[的个嘅张]吧?[\s，,]*$|(?:^|[\s，,])(?:后|前|最后|末)[一二三四五六七八九两\d]位(?:是|数是)?[\s：:]*$/;
const SENTENCE_END = /[.!?。！？；;]\s*(?=[^.!?。！？；;]*$)/;

/** Whether the value at `start` is given as an answer: nothing but a lead like "it's" or "后面是" before it, since `from` and in its sentence. */
function answerShaped(lower: string, from: number, start: number): boolean {
  let before = lower.slice(Math.max(from, start - 48), start);
  const end = SENTENCE_END.exec(before);
  if (end) before = before.slice(end.index + end[0].length);
  return ANSWER_LEAD_EN.test(before) || ANSWER_LEAD_ZH.test(before);
}

/** A line that only says back the piece the reply before gave, and keeps the person going: "嗯，一五九。", "Mm-hm, 4 4 1 7." */
/** The line only asks back the word the reply before stopped on ("Dash?" after "5 3 0 dash uh 6 2 dash"): go on from there. */
function asksLastWord(line: string, reply: string | undefined): boolean {
  const m = /^(?:and )?([a-z]+)\s*\?$/.exec(line);
  if (!m || !reply || reply.length > REPEAT_SOURCE) return false;
  // (the reply's last word, its marks after it dropped: no pattern made for each word asked back)
  const tail = reply.toLowerCase().replace(/[\s.,…-]+$/, '');
  return tail.endsWith(m[1]!) && !/[a-z0-9_]$/.test(tail.slice(0, tail.length - m[1]!.length));
}

function echoes(line: string, reply: string | undefined): boolean {
  const t = normalize(line).text;
  if (!reply || !NUMERALS.test(t)) return false;
  // (letters and digits spelt back too, "5 Q K 7. And the middle?" after "Five... Q as in Queen... K, 7.": a spelling is an answer)
  const heard = normalize(reply).text;
  const spelt = spelledOut(heard).filter(([a, b]) => /[a-z]/.test(spelledKey(heard.slice(a, b)))).map(([a, b]) => spelledKey(heard.slice(a, b))).join('');
  // (the last piece given, as an answer, "卡号我看一下，是1 0 0 1"; not a sum or an age said back, "I have 2400 in checking")
  const at = [...reply.matchAll(NUMERALS_G)].at(-1)?.index ?? 0;
  if (!spelt && !answerShaped(reply.toLowerCase(), 0, at)) return false;
  const said = heard.replace(/[\s,-]/g, '');
  const unspelt = spelt ? spelledOut(t).reduceRight((l, [a, b]) => (spelt.includes(spelledKey(t.slice(a, b))) ? l.slice(0, a) + l.slice(b) : l), t) : t;
  const rest = unspelt.replace(NUMERALS_G, (m) => (said.includes(m.replace(/[\s,-]/g, '')) ? '' : m));
  // (the marks the piece stood before too: "4127. Go on."; and the words that say it back, with a letter of it: "Yes, I have S 5 3 0.
  // Continue.")
  const words = rest.replace(SAYING_BACK, ' ').replace(/^[\s,.;:!?，。、；：！？]+/, '');
  return !NUMERALS.test(rest) && (!words || new CallerLine(words).continues);
}
// (the words of a line saying a piece back, and a letter of it)
const SAYING_BACK = /\b(?:yes|yeah|ok(?:ay)?|right|good|great|got it|perfect|thanks|thank you|i have|i've got|i got|so far|so that's|that's|[a-z])\b[\s,.!]*/g;
// (digits, and numerals too few to be read as digits: "嗯，三五。")
const NUMERALS = /[\d零〇一二三四五六七八九幺两洞]/;
const NUMERALS_G = /[\d零〇一二三四五六七八九幺两洞][\d零〇一二三四五六七八九幺两洞\s,-]*/g;

// ("Read me the number, please.", "Go ahead with the number.", "请把号码报一下": the number the lines before named)
// (in Chinese, "read it" said bare: "您拿到了念一下 从头开始念", "你念给我"; "we need them to match the file": what was asked)
const IT_ASKED = /\b(?:the|that|this) (?:whole |full |long )?(?:(?:four|five|six|seven|eight|nine|ten|[4-9]|1[0-9])[- ])?(?:number|numbers|digits)\b|\bread (?:it|them)(?: (?:out|to me|off))?\b|\b(?:need|want|require) (?:it|them|those|these)\b|\bsend (?:it|them)(?: (?:here|to me|over|through|in here))?\b|(?:把|那个|这个)?(?:号码|号|数字)(?:报|念|说)一下|(?:报|念|说)一下(?:号码|数字)|(?:念|报|读)(?:一下|给我|给我听|出来)?吧?(?=[\s，,。.？?！!]|$)|发(?:我|给我|过来)(?:一下)?(?=[\s，,。.？?！!]|$)|往下念|从头(?:开始)?念/;
const AGAIN_ASKED = /\b(?:whole|full|entire|all of it|again|repeat|one (?:more )?time|from the (?:top|start|beginning))\b|再(?:说|念|报|读)一遍|重复一下|完整(?:的|地)?(?:说|念|报)/;
/** A line that asks for nothing and brings nothing new: no number, no secret, nothing harmless, no sum, no text on its way, no question. */
// (a line saying the reply's number back is an echo or it is not: "Okay, 2400." after "I only have 2 4 0 0 in checking.")
// (nor one that asks for a thing by name, "Okay, and your street number.", "Now give me the date on the letter.")
// ("Ok Dana, please hurry, the transfer releases in 5 minutes.": pressing, which asks for nothing by name)
// (nor one that names a secret with no request anywhere, past a few words: "This is a police operation, and every minute we wait they
// could be emptying your account.")
const PRESSING = /\bplease,? (?:hurry(?: up)?|be quick|quickly|quick|fast)\b/g;
const NAMES_ONLY_OVER = 48;
// (a secret said to be required is asked for: "The scheme rules also require your National Insurance number.", "要你们两个的身份证号码")
const REQUIRED = /\b(?:require[sd]?|must|ha(?:ve|s) to|got to|want)\b|需要|要求|必须|(?<!不)要(?:你|您|恁)(?:们)?(?:两个|俩)?的/;
const asksNothing = (line: CallerLine, before: string | undefined) => {
  const request = REQUEST.test(line.text.replace(PRESSING, ' '));
  return !saysBack(line, before) && !ELLIPTIC_REQUEST.test(line.text) && !(request && THING_NAMED.test(line.text) && !IT_ASKED.test(line.text)) && !(line.asks.size && (request || REQUIRED.test(line.text) || line.text.length <= NAMES_ONLY_OVER)) && !line.asksHarmless && !line.asksSum && !NEW_CODE_TALK.test(line.text) && !/[?？]/.test(line.text.replace(CAME_ASKED, ' ')) && !line.says(REMOTE_TOOL);
};
// (a question that only asks whether it came keeps the person going: "mila? jaldi bhejo", "got it?", "来了吗？")
const CAME_ASKED = /\b(?:got it|get it|did (?:it|you get it) (?:come|arrive)|has it (?:come|arrived)|any luck|received|mila|aaya|imekuja|imefika)\b[^?？]{0,8}[?？]|(?:来了|到了|收到)(?:没|吗|了吗|没有)[？?]|有了(?:吗|没)[？?]/g;
const INSTEAD = /\binstead\b|换成|改用|代替/;
const THING_NAMED = /\b(?:the|your)\s+[a-z]/;
function saysBack(line: CallerLine, reply: string | undefined): boolean {
  if (!reply || !/\d/.test(line.text)) return false;
  const said = normalize(reply).text.replace(/\D/g, '');
  return findRuns(line.text).some((r) => r.digits.length >= 2 && said.includes(r.digits));
}
const CHECKED_BACK = /\b(?:is (?:that|this|it) (?:right|correct)|(?:is )?that what you said|did i (?:get|hear) (?:that|it|you) right|correct\?|right\?)|对吗|对不对|没错吧/;
/** A line that reads a number back to be checked and names no secret or anything harmless. */
const checksBack = (line: CallerLine) => !line.asks.size && !line.asksHarmless && !line.asksSum && line.numbers.length > 0 && CHECKED_BACK.test(line.text);
/** A line that asks for "the number" and names nothing it is: a request for the secret the lines before asked for. */
const asksForIt = (line: CallerLine) => !line.asks.size && !line.asksHarmless && !line.asksSum && REQUEST.test(line.text) && IT_ASKED.test(line.text);

/**
 * The request a run of lines that only keep the person going goes back to: the last line before them, if it asks for a
 * secret and the replies since have not given it whole ("482913" · "Great." · "I'll be home by 1800." gives no code).
 */
function askedBefore(caller: CallerLine, callers: LeakOptions['callers'], previous: readonly string[], from = goneOnFrom(caller, callers, previous)): string | undefined {
  if (!from) return undefined;
  const { line, i } = from;
  // (a line that has the person open a remote tool asks for what it shows, its ID: "go to anydesk dot com and download it" then
  // "Read me the number.")
  const named = askedSecret(line);
  const tool = line.says(REMOTE_TOOL);
  const kind = named ?? (tool ? 'code' : undefined);
  // (given whole since, it is asked for again only by a line that asks for it whole or again: "Say the whole number one time for me.";
  // a remote tool's ID is nine digits or more: "It shows a number: 1 7 2... 4 4 0..." · "Then?" · "9 3 6."; and a line asking for a
  // part of it says it is not whole yet, however many digits pieces said twice and corrected make: "I have 4128 7730 so far. Go ahead
  // with the next group, please.")
  return kind && (!named || REQUEST.test(line.text) || REQUIRED.test(line.text) || ELLIPTIC_REQUEST.test(line.text)) && (!wholeBefore(previous.slice(i).join(' '), kind, kind === 'code' && tool) || AGAIN_ASKED.test(caller.text) || caller.asksPart || OTHERS_ASKED.test(caller.text)) ? line.raw : undefined;
}
// (the same thing asked of someone else, its name left out: "收到 阿爸嘅呢？" after "你将你同阿爸嘅身份证号发我下" and the mother's ID; "And your
// husband's?")
const OTHERS_ASKED = /(?:^|[\s，,。.！!])[^\s，,。.！!？?\d]{1,6}(?:的|嘅|個|个)呢\s*[？?]*\s*$|\band (?:your |his |her |their )?[a-z]+'s\s*\?\s*$/;

/** Where the line only keeps the person going ("Go on.", "And the rest?"), the line before it that it goes on from, and that line's index. */
function goneOnFrom(caller: CallerLine, callers: LeakOptions['callers'], previous: readonly string[]): { line: CallerLine; i: number } | undefined {
  // (two lines at most that ask for nothing, only press or reassure: "你放心 我们是正规机构 不说的话流水刷不成", "Take your time, I'll wait.")
  let quiet = 0;
  // (a part asked for by its place alone, "And the next six?", is of the secret asked before)
  // (and a number read back to be checked, naming nothing, "I have 2 0 8 4. Is that correct?", is the secret asked before)
  // (or says what was given failed, whatever it asks with it: "It says incorrect. Maybe there is a symbol at the end?")
  const goesOn = (line: CallerLine, before: string | undefined) => line.continues || echoes(line.raw, before) || asksLastWord(line.text, before) || asksForIt(line) || (line.asksPart && !line.asks.size && !line.asksHarmless)
    || (!line.asks.size && !line.asksHarmless && GIVEN_FAILED.test(line.text))
    || checksBack(line) || (!line.asks.size && OTHERS_ASKED.test(line.text)) || (asksNothing(line, before) && ++quiet <= 2);
  if (!callers?.length || !goesOn(caller, previous.at(-1))) return undefined;
  for (let i = callers.length - 1; i >= 0; i--) {
    const said = callers[i];
    if (!said) return undefined;
    const line = new CallerLine(said);
    if (!goesOn(line, previous[i - 1])) return { line, i };
  }
  return undefined;
}

/**
 * A PIN or a PAC the reply names, where the line's is one a text brings ("An MTC verification PIN has been sent to your number. Reply with
 * the PIN" · "It says 'MTC: Your SIM swap PIN is 552817.'"; "…and the collection PIN" · "The PIN is 730 912 I think, I'll forward her the
 * sms"; "you'll get a text with a code, it's called a PAC" · "It says your PAC is X, T, Z, …"): that one-time code, not one the person set.
 */
function sentPinNamed(text: string, found: Leak[], caller: CallerLine | undefined): Leak[] {
  if (caller?.last !== 'code' || !/\bp(?:in|ac)\b/.test(caller.text) || !found.some((f) => f.kind === 'password')) return found;
  const lower = text.toLowerCase();
  return found.map((f) => (f.kind === 'password' && /\bp(?:in|ac)\b[^.!?\d]{0,16}$/.test(lower.slice(Math.max(0, f.start - 24), f.start)) ? { ...f, kind: 'code' } : f));
}

/** The secrets of a reply read against one caller's line. */
function leaksAgainst(text: string, norm: Normalized, caller: CallerLine | undefined, previous: readonly string[] | undefined, callers?: LeakOptions['callers']): Leak[] {
  // "and the rest?" after a reply that gave a code's start: the rest is that code's
  // (or, with none named, the one as long as the digits read in all: not where "the next three digits" go on with a social security number's)
  const earlier = previous?.length && caller?.asksPart
    ? (kindGivenIn(previous, callers, caller.asks) ?? (SSN_GROUP_ASKED.test(caller.text) ? undefined : kindByLength(previous, norm))) : undefined;
  const own = sentPinNamed(text, firstDigitsBegun(text, claimedBack(norm, readInWindows(norm, (part) => readSecrets(part, caller, earlier)).map(leakOf), caller), caller, callers), caller);
  if (!previous?.length) return own;
  const found = spellingGoesOn(norm, restOfBegun(text, norm, repeated(norm, withPrevious(text, norm, own, previous, caller), previous, caller, callers), previous, caller, callers), previous, caller);
  const lower = text.toLowerCase();
  return correctedBefore(norm, giftCodesBought(toolNumberAnswered(norm, toolWindow(lower, toolIdBefore(lower, remoteBefore(lower, found, caller, previous, callers), caller, callers)), caller, callers), caller, callers), previous, callers);
}

/**
 * A secret's digits put right after it was given in a reply before ("卡号打错了 最后4位是8864 不是8846" after the card ending 8846, "生日打错了 是
 * 0715 不是0712" after the ID): the right digits are that secret's, though alone they would be a card's last four or a date.
 */
function correctedBefore(norm: Normalized, found: Leak[], previous: readonly string[], callers: LeakOptions['callers']): Leak[] {
  const t = norm.text;
  if (!CORRECTED.test(t)) return found;
  const out = [...found];
  for (const m of t.matchAll(CORRECTED_PAIR)) {
    const right = m[1]!.replace(/\D/g, '');
    const wrong = m[2]!.replace(/\D/g, '');
    if (right.length < 3 || right.length !== wrong.length || right === wrong) continue;
    const a = m.index!;
    const b = a + m[1]!.length;
    const [start, end] = toOriginal(norm, a, b);
    if (out.some((l) => l.start < end && start < l.end)) continue;
    for (let i = previous.length - 1; i >= Math.max(0, previous.length - 3); i--) {
      if (previous[i]!.length > REPEAT_SOURCE) continue;
      const before = normalize(sanitize(previous[i]!).text);
      const given = readSecrets(before, lineOf(callers, previous, i)).find((f) => before.text.slice(f.start, f.end).replace(/\D/g, '').includes(wrong));
      if (!given) continue;
      out.push({ kind: given.kind, start, end });
      break;
    }
  }
  return out.length === found.length ? found : out.sort((x, y) => x.start - y.start);
}
const CORRECTED = /不是|\bnot\b/;
const CORRECTED_PAIR = /(\d(?:[\d ]*\d)?)[\s,，]*(?:不是|not)\s*(\d(?:[\d ]*\d)?)/g;

/**
 * Codes read off the cards an earlier line had bought ("…can you get four Amazon gift cards, a hundred pounds each?" · "Once you've
 * bought them, read me the codes off them." · "First one's X Q four seven, dash, …"): the gift cards' (case 59), as where the line names them.
 */
function giftCodesBought(found: Leak[], caller: CallerLine | undefined, callers: LeakOptions['callers']): Leak[] {
  if (!caller || !found.some((f) => f.kind === 'code' || f.kind === 'password') || !CODES_OFF_THEM.test(caller.text) || caller.says(CODE_NAMED)) return found;
  if (!callers?.some((line) => !!line && line.length <= REPEAT_SOURCE && GIFT.test(line.toLowerCase()))) return found;
  return found.map((f) => (f.kind === 'code' || f.kind === 'password' ? { ...f, kind: 'card' } : f));
}
const CODES_OFF_THEM = /\b(?:codes|pins|numbers)\b[^.!?]{0,16}\b(?:off|on|from) (?:them|those|the back|each one)\b/;

/**
 * A crypto wallet's recovery phrase read out (docs/labelling.md, case 121): its words, three or more in a row, where the line or the
 * line it goes on from asks for it ("…your wallet's recovery phrase, the twelve words." · "Ready when you are." · "okay it says um apple
 * river tiger blanket"); twelve in a row anywhere. A password's leak.
 */
/** The most words of letters alone a text has in a row, spaces and commas between them (a loop: no pattern to compile, no list to load). */
function wordsInRow(text: string): number {
  let most = 0;
  let run = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      if (!inWord) run++;
      inWord = true;
    } else if (text[i] === ' ' || text[i] === ',' || text[i] === '\n') inWord = false; // (a chat's words one message a line)
    else {
      most = Math.max(most, run);
      run = 0;
      inWord = false;
    }
  }
  return Math.max(most, run);
}
function recoveryPhrase(text: string, found: Leak[], caller: CallerLine | undefined, callers?: LeakOptions['callers']): Leak[] {
  // (three words of the list in a row at least, or the reply is read no further: most replies have none, and the lines before are not read)
  // (or words read out by their places, "第一个是 apple 第二个 ocean")
  if (text.length > READ_WINDOW || (wordsInRow(text) < 3 && !PLACES_SAID.test(text)) || !phraseRuns(text, 3).length) return found;
  // (or a line a little before asked for it, and the lines since ask for no secret: "Ready when you are.", "Next four.")
  const asked = !!caller && (caller.says(PHRASE_ASKED) || !!askedAWhileBefore(caller, callers, (l) => l.says(PHRASE_ASKED)));
  if (!asked && wordsInRow(text) < 10) return found;
  const runs = phraseRuns(text, asked ? 3 : 10).filter(([a, b]) => !found.some((f) => f.start < b && a < f.end) && !caller?.text.includes(text.slice(a, b).toLowerCase()));
  return runs.length ? [...found, ...runs.map(([start, end]) => ({ kind: 'password' as const, start, end }))].sort((x, y) => x.start - y.start) : found;
}

// (said to be the person's own: "that's mine", "is my cell", "that's my number"; anywhere, then right after or right before a number)
// (in Chinese, "是我的", "就是这个": "6214 6656 0038 2719 对的对的 就是这个" to "卡号是 6214 6656 0038 2719 对吗？")
const CLAIM = "(?:\\b(?:that'?s|is|it'?s) (?:still |also )?(?:mine|my (?:number|cell|phone|card|account|mobile))\\b|(?:那个|这个)?(?:就)?是我的(?:卡号?|手机号?|电话|身份证号?)?(?![\\u4e00-\\u9fff])|就是(?:这个|这张|它)|没错(?=\\s*$|\\s*[，,。])|是对的)";
const CLAIMED = new RegExp(CLAIM);
const CLAIMED_AFTER = new RegExp(`^[\\s,.…，。-]{0,4}(?:(?:yes|yeah|yep),? |(?:对的?|是的|嗯)[\\s,，]*)*${CLAIM}`);
const CLAIMED_BEFORE = new RegExp(`${CLAIM}[\\s,:.…，。：-]{0,4}$`);
// (a line asking whether a phone ends so: "你手机尾号是不是六六三二")
const PHONE_TAIL_ASKED = /(?:手机|电话|号码)的?尾号|\b(?:phone|cell|mobile) (?:number )?(?:ends|ending) (?:in|with)\b/;
/**
 * A number the caller read out, said back as the person's own ("Can you confirm the card number I have: 4532 7975 4323 1948?" ·
 * "Yes, 4532 7975 4323 1948, that's mine."; "720-555-0148 is my cell"): theirs, a leak of what it is (case 117), though the
 * caller said it first (case 72 spares a number only said back). Seven digits or more, what the line read it as or names; or a
 * phone's last four.
 */
function claimedBack(norm: Normalized, found: Leak[], caller: CallerLine | undefined): Leak[] {
  if (!CLAIMED.test(norm.text) || !caller?.numbers.length) return found;
  const out = [...found];
  for (const run of findRuns(norm.text, norm.spelled)) {
    const d = run.digits;
    // (or a phone's last four the line reads out, "你手机尾号是不是六六三二" · "对对 六六三二 是我的": a part of it counts, only a card's
    // last four are printed, case 72)
    const tail = d.length >= 4 && d.length < 7 && PHONE_TAIL_ASKED.test(caller.text);
    if ((d.length < 7 && !tail) || !caller.numbers.includes(d)) continue;
    const [a, b] = spanOf(run);
    // (the claim right beside it, "…, that's mine", "that's my number, …"; not a number the line names as something harmless, "Rx
    // 7104488-03, yeah that's mine", nor another further on, "Claim 0411-77239-AP. Best is my cell, 617-…")
    if (!CLAIMED_AFTER.test(norm.text.slice(b, b + 32)) && !CLAIMED_BEFORE.test(norm.text.slice(Math.max(0, a - 32), a))) continue;
    const read = readOut(caller).find(([, parts]) => parts.includes(d))?.[0];
    // (a phone's end the line names by "尾号" is the phone's: "查到您微信绑定的手机尾号7786，是本人吧？" · "尾号7786对 是我的")
    if (!read && !tail && harmlessInLine(caller, d)) continue;
    const [s, e] = toOriginal(norm, a, b);
    if (out.some((l) => l.start < e && s < l.end)) continue;
    out.push({ kind: tail ? 'phone' : (read ?? secretOf(caller.last) ?? (d.length <= 11 ? 'phone' : 'card')), start: s, end: e });
  }
  return out.length === found.length ? found : out.sort((x, y) => x.start - y.start);
}

/** Whether the line names its number of these digits as something harmless ("Rx 7104488-03"; not "Your IC 700314-12-5528 … This case is SULIT"). */
function harmlessInLine(caller: CallerLine, d: string): boolean {
  if (!caller.labels.harmlessEnds.length) return false;
  const run = findRuns(caller.text).find((r) => r.digits === d);
  return !run || harmlessNear(caller.text, caller.labels, spanOf(run)[0]);
}

// (the line naming the password's own thing: "the PIN for your debit card", "your Chase app password", "支付宝的密码")
const OTHER_PASSWORD_ASKED = /\b(?:pin|passcode|password)\b[^.?!]{0,24}\b(?:for|of|on|to) (?:your|the|my)\b|\b(?:bank|banking|card|debit|atm|app|gmail|email|e-mail|apple|icloud|computer|laptop|windows|iphone|phone|account)\b[^.?!]{0,20}\b(?:password|passcode|pin)\b|\bpin\b|(?:支付宝|微信|银行卡?|网银|手机|电脑|邮箱|开机|支付|取款)的?密码/;
// (a tool's ID read out, then its password begun, over sentences: "The ID... 2 3... 8 8 1... 0 4 7. Then the password, hold on")
const ID_THEN_PASSWORD = /(?<!\b(?:user|login|log-in|sign-in|apple|customer|member|account|online|banking)\s?)\bid\b[^]{0,80}\b(?:password|passcode|pw|pass)\b/;
// (a reply reading out a tool's ID: "Your ID is 1 284 553 906.", "id:1 720 558 314 pass:x7k2pq")
const TOOL_ID_GIVEN = /\b(?:id|address|desk)\b[^.?!]{0,16}\d(?:(?:[\s-]|\s*(?:…+|\.{2,})\s*)?\d){5,}/;
// (a line asking for what a remote tool shows: "Tell me your ID, it's on the left under 'Your ID'.", "And the password under
// it?", "It has changed, please give the new password.", "a nine-digit number under 'Your Address.'")
const TOOL_SHOWS_ASKED = /\b(?:your|the|support|session|remote|connection|partner|device)(?: [a-z]+-digit| [a-z]+){0,2} (?:id|address|password)\b[^.?!]{0,40}\b(?:on the (?:left|right|screen)|under|underneath|beneath|below|it shows|window)\b|\b(?:on the (?:left|right|screen)|under ['"‘“]?(?:it|that|(?:the|your) (?:id|number|address))|below it)\b|\bpassword (?:underneath|beneath|below)\b|\bsession password\b|\bthis desk\b|\b(?:new|changed) password\b|\bthe id\b(?! (?:card|number))|识别码|设备码|设备号|会议号/;
/**
 * A password given where a reply before talked of a remote tool's or a meeting's ID ("The ID... 2 3... 8 8 1. Then the
 * password, hold on" → "It's lowercase... q, r, 9, 3"): the tool's, a code (case 117), as where the reply or the line
 * names the tool; not the computer's or a bank's own sign-in password.
 */
function remoteBefore(t: string, found: Leak[], caller: CallerLine | undefined, previous: readonly string[], callers?: LeakOptions['callers']): Leak[] {
  // (nor one the line asks for by what it opens: "the PIN for your debit card", "your Chase app", "支付宝的密码")
  if (!found.some((f) => f.kind === 'password') || (caller && (LOGIN_PASSWORD.test(caller.text) || (OTHER_PASSWORD_ASKED.test(caller.text) && !caller.says(REMOTE_TOOL))))) return found;
  const toolAt = previous.findLastIndex((p) => {
    const before = p.length <= REPEAT_SOURCE ? normalize(p).text : '';
    return (REMOTE_TOOL.test(before) || ID_THEN_PASSWORD.test(before)) && !LOGIN_INTO.test(before) && !LOGIN_PASSWORD.test(before);
  });
  // (not once the call has gone on to a bank's sign-in since: "Now log into your bank so I can deposit the refund." · "I'm on the Navy
  // Federal site." · "Then tell me the password": the bank's)
  const since = [...previous.slice(toolAt + 1), ...(callers?.slice(toolAt + 1) ?? [])];
  const said = (toolAt >= 0 && !since.some((p) => p && p.length <= REPEAT_SOURCE && LOGIN_INTO.test(p.toLowerCase())))
    // (or the tool's ID given where the caller's line named the tool, and the line asks for what it shows: "Go to teamviewer dot
    // com…" · "Your ID is 1 284 553 906." · "And the password under it?")
    || (!!caller && TOOL_SHOWS_ASKED.test(caller.text) && previous.some((p) => p.length <= REPEAT_SOURCE && TOOL_ID_GIVEN.test(p.toLowerCase()))
      && toolNamedIn(callers, LOGIN_TALK));
  if (!said) return found;
  return found.map((f) => {
    const before = t.slice(Math.max(0, f.start - 60), f.start);
    return f.kind === 'password' && !LOGIN_PASSWORD.test(before) && !ownPassword(before) ? { ...f, kind: 'code' } : f;
  });
}

/** Whether a caller's line of the call named a remote tool, or had one downloaded (and not `unless` with it: a bank's sign-in talked of). */
const toolNamedIn = (callers: LeakOptions['callers'], unless?: RegExp) => !!callers?.some((line) => {
  const said = line && line.length <= REPEAT_SOURCE ? line.toLowerCase() : '';
  return (REMOTE_TOOL.test(said) || TOOL_DOWNLOADED.test(said)) && !unless?.test(said);
});
// (the number a remote tool shows, asked for by its length: "there's a nine-digit number, read me that out")
// ("you will see 'Your Address' with 9 numbers")
const TOOL_NUMBER_ASKED = /\b(?:nine|9|ten|10)[- ](?:digits?|numbers)(?: (?:number|id|code))?\b/;
// ("Please download our secure tool from netsecure-fix.com", then "What's the nine-digit ID in that window?": a tool's ID)
const TOOL_DOWNLOADED = /\b(?:download|install) (?:our|the|this|a|my) (?:[a-z-]+ ){0,2}(?:tool|program|software)\b/;
// (an identity document named: its number is no tool's)
// (an identity document named as itself, not "driver" or "member" alone: "Your printer driver is corrupt")
// (and the national IDs by their names: "tell me your Aadhaar number. Then share your screen…")
const ID_DOCUMENT_ASKED = /\b(?:ssn|social security|passport|driver'?s licen[cs]e|licen[cs]e number|medicare|medicaid|national insurance|tax (?:id|file)|green card|national id|identity (?:card|number)|aadhaar|pan card|cnic|nric|mykad|nin|bvn|nida|ghana card|omang|huduma|indangamuntu|nrc|philhealth|umid|voter id|tfn|ppsn|residence permit)\b|身份证|护照|驾照|驾驶证|社保卡|医保卡/;
const ID_CARD_NAMED_EN = /\bid card\b/;
const ID_DOCUMENT_NAMED = /\b(?:ssn|social|passport|licen[cs]e|dl|medicare|medicaid|insurance|member|tax(?:payer)?|national|driver'?s?|state id|green card|nhs|sin|identity|alien|resident)\b|身份|证件|护照|驾照|驾驶证|通行证|社保|医保|社会保障/;
// (a run needs two digits, so one said as a word is read nowhere else; nor are two or three typed ones a code's shape)
const FIRST_BEGUN = /\b(?:it['’]?s|it is|it says|(?:the )?(?:code|pin|password) is)\s+(zero|one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s*(?:…+|\.{2,})[\s,]*(?:(?:ay|oh|uh|um|er|ah),?\s+)?(?:wait|hold on|hang on|sorry|no)\b/di;
/**
 * "It says four... ay, wait", "OK OK, it is three... wait, my wife is saying something", "got it its 58.. wait", "its 40.. no
 * actually no": a code's or a PIN's first digit (or first few typed) answering a request for it, a line or two before, then broken
 * off. A part counts (docs/labelling.md).
 */
function firstDigitsBegun(text: string, found: Leak[], caller: CallerLine | undefined, callers: LeakOptions['callers']): Leak[] {
  if (found.length || !caller) return found;
  const m = FIRST_BEGUN.exec(text);
  if (!m?.indices?.[1]) return found;
  // (a card's security code too, the card's: "its 8.. hang on" to "also the 3 numbers on back for verify")
  const asked = caller.last === 'code' || caller.last === 'password' || caller.last === 'cvv' ? caller.last : askedAWhileBefore(caller, callers, (l) => l.last === 'code' || l.last === 'password')?.last;
  return asked === 'code' || asked === 'password' || asked === 'cvv' ? [{ kind: asked === 'cvv' ? 'card' : asked, start: m.indices[1][0], end: m.indices[1][1] }] : found;
}
/**
 * A remote tool's window read out whole, its ID and then its password ("It says Your ID, and then 2 1 6 4 4 8 0 9 3. Under it, it
 * says Password, and there's 7 k q 2 w 9."): both the tool's, codes (case 117), where no identity document and no sign-in is named.
 */
function toolWindow(lower: string, found: Leak[]): Leak[] {
  if (!found.some((f) => f.kind === 'id' || f.kind === 'password') || !TOOL_ID_GIVEN.test(lower) || !ID_THEN_PASSWORD.test(lower) || ID_DOCUMENT_NAMED.test(lower) || LOGIN_PASSWORD.test(lower)) return found;
  return found.map((f) => (f.kind === 'id' || f.kind === 'password' ? { ...f, kind: 'code' } : f));
}
/**
 * An ID read off a remote tool the call had the person open, where the line asks for what the tool shows ("go to anydesk dot
 * com…", then "Tell me your ID, it's on the left under 'Your ID'." · "it says 1 4 3 8 0 6", and "And after that?" · "space, 2 9
 * 4"): the tool's, a code (case 117), not an identity document's, unless the line or the reply names one.
 */
function toolIdBefore(t: string, found: Leak[], caller: CallerLine | undefined, callers?: LeakOptions['callers']): Leak[] {
  if (!caller || !found.some((f) => f.kind === 'id') || ID_DOCUMENT_NAMED.test(caller.text) || ID_DOCUMENT_NAMED.test(t)) return found;
  const before = callers?.at(-1)?.toLowerCase() ?? '';
  // (or goes on from a line that asked for it, or that named the tool: "Go to anydesk dot com and read me the 9-digit number." · "And the last three?")
  const asked = TOOL_SHOWS_ASKED.test(caller.text) || ((caller.continues || (caller.asksPart && !caller.asks.size)) && (TOOL_SHOWS_ASKED.test(before) || REMOTE_TOOL.test(before)) && !ID_DOCUMENT_NAMED.test(before));
  if (!asked || !toolNamedIn(callers)) return found;
  return found.map((f) => (f.kind === 'id' ? { ...f, kind: 'code' } : f));
}
/**
 * A reply of nine or ten digits alone answering a line that asks for a code, where a line before had the person open a remote tool
 * ("install AnyDesk from the link we send and give me the 9 digit code" · "ok installing it now" · "Whats the code on your screen?" ·
 * "127 - 440 - 938"): the tool's ID, a code (case 117), longer than a code sent by text. So is one answering a line that asks for the
 * nine-digit number it shows, whatever else the reply says ("Then at the top there's a nine-digit number, read me that out." · "Allowed,
 * aye. The number's... one four two, eight oh six... nine nine one.").
 */
function toolNumberAnswered(norm: Normalized, found: Leak[], caller: CallerLine | undefined, callers?: LeakOptions['callers']): Leak[] {
  const shown = !!caller && !caller.asks.size && TOOL_NUMBER_ASKED.test(caller.text);
  if (found.length || !caller || !(caller.asks.has('code') || shown) || ID_DOCUMENT_NAMED.test(caller.text) || !toolNamedIn(callers)) return found;
  const runs = findRuns(norm.text, norm.spelled);
  const run = runs.length === 1 ? runs[0]! : undefined;
  // (not the meeting's number the line gives, said back: "会议号是幺二八 五五四 三零九您输进去之后…" · "幺二八五五四三零九 进来了")
  if (!run || run.digits.length < 9 || run.digits.length > 10 || caller.numbers.includes(run.digits)) return found;
  const [a, b] = spanOf(run);
  // (the number is all the reply says, give or take a few words: "it says 127 440 938")
  if (shown ? ID_DOCUMENT_NAMED.test(norm.text) : (norm.text.slice(0, a) + norm.text.slice(b)).replace(/[^a-z\u4e00-\u9fff]/g, '').length > 12) return found;
  const [start, end] = toOriginal(norm, a, b);
  return [{ kind: 'code', start, end }];
}

// Words that say the digits after them go on with a number said before: "后面是", "后半截是", "剩下的", "the rest is".
const REST_LEAD = /(?:后(?:面|边|头)(?:还有)?(?:的)?(?:几位)?(?:是)?|后半(?:截|段|部分)?(?:是)?|后[一二三四五六七八九两\d]位(?:是)?|剩下(?:的)?(?:是)?|接着(?:说|念|报)?(?:是)?|然后是|\bthe rest(?: of it)?(?: is)?)\s*[:：,，]?\s*$/;

const ID_TAIL = /(?<![\da-z])\d{5}x(?![\da-z])/g;
const MIXED_TOKEN = /(?<![a-z0-9@._/-])[a-z0-9]{5,8}(?![a-z0-9@._/-])/g;
const SAID_CUT = /^\s*(?:…|\.{2,})|^[^。.!?！？\d]{0,6}(?:后面|剩下|and then|the rest)/;
/**
 * The rest of a number the replies before began and left unfinished (`begunBefore`), in this reply: said to be its rest ("卡号是6228
 * 4803" then "在在在，后面是 5516 2093 774", whatever the line now says: a call out of step answers an earlier line), or, where it was
 * cut off, the pieces this reply opens with ("it's 4 1 4 7, 0 9 2 2," then "6 3 1 8, 5 5 0 4. That's all of it."). Of the kind
 * begun, or the kind the two make (`restKind`).
 */
function restOfBegun(text: string, norm: Normalized, found: Leak[], previous: readonly string[], caller: CallerLine | undefined, lines?: LeakOptions['callers']): Leak[] {
  const t = norm.text;
  if (!/\d/.test(t)) return found;
  const begun = begunBefore(t, previous, caller, lines);
  if (!begun) return found;
  const { head, kind, cut, open } = begun;
  // (not where the line asks for another secret by name: "we need the rest of your Social Security number" after an account's number)
  const now = askedSecret(caller);
  // (or where this reply gives one of what the line names that is no correction of the number begun: "It's the same one I use for
  // everything, Buttercup2!" to "The screen is asking for your Windows login password" after a remote tool's password; "It is JL 70 41 88
  // B." to "And finally your National Insurance number" after a licence; not "Sorry, 8 8 4 7." to "The PIN didn't work." after "PIN 8842")
  if (kind && now && now !== kind && !caller!.asks.has(kind) && (REQUEST.test(caller!.text) || (found.some((f) => f.kind === now) && !found.some((f) => nearlySame(digitsIn(text.slice(f.start, f.end)), head))))) return found;
  // (nor where it names that secret again and this reply reads one of it: "…the password is uh sunflower 7 7" then "oh sorry its
  // sunflower double 7 with an exclamation" answering "It says wrong password.": a new one, not the rest)
  if (now && (!kind || kind === now) && !caller!.asksPart && found.some((f) => f.kind === now)) return found;
  const chinese = (HAN.test(text) || HAN.test(previous[previous.length - 1]!)) && !SSN_TALK_ZH.test(`${caller?.text ?? ''} ${previous.join(' ')}`);
  const rest: Leak[] = [];
  // (a remote tool's number begun as a code, or as nothing said, is one, whatever length it makes: "Ok it says 148 29" · "0376", nine digits as a social
  // security number has, where the call talks of AnyDesk's address)
  // (the call's lines read for a tool only where a rest is found)
  let tool: boolean | undefined;
  const toolCode = (digits: string) => head.length + digits.length <= 10 && (kind === 'code' || kind === undefined)
    && (tool ??= !!caller?.says(REMOTE_TOOL) || (lines ?? []).some((c) => !!c && REMOTE_TOOL.test(c.toLowerCase())));
  const add = (k: LeakKind | undefined, a: number, b: number) => {
    if (!k) return;
    const [s, e] = toOriginal(norm, a, b);
    rest.push({ kind: k, start: s, end: e });
  };
  // (not the caller's number said back, "0017726, cool.")
  const callers = (run: DigitRun) => !!caller?.numbers.some((n) => n.includes(run.digits));
  const runs = findRuns(t, norm.spelled);
  // after a cut, the pieces the reply opens with, joined by pauses and fillers ("6 2... and then 9 9 0 8"), with a few words and no
  // label of their own before them ("Sorry, it was the mailman. Where was I? 5 0 9 3 3, then 1 8 7 2")
  if (cut && runs.length) {
    let j = 0;
    // (not a count said after them: "1... 2... 4... 7. Ten digits total.")
    while (j + 1 < runs.length && PIECE_GAP.test(t.slice(spanOf(runs[j]!)[1], spanOf(runs[j + 1]!)[0])) && !unitAfter(t, spanOf(runs[j + 1]!)[1])) j++;
    const opening = runs.slice(0, j + 1);
    const a = spanOf(opening[0]!)[0];
    const b = spanOf(opening[j]!)[1];
    let digits = opening.map((r) => r.digits).join('');
    // (the start said again first: "5 0 9 3 3, then 1 8 7 2" after "5 0 9 - 3 3 -...")
    if (digits.length > head.length && digits.startsWith(head)) digits = digits.slice(head.length);
    // (the rest, then the whole said again: "Six one, five seven oh. Oh four eight, two six one, five seven oh." after "Oh four eight, two...";
    // the rest may open with the start's last digits said back: "Six six zero three, then nine one seven five. Four eight two one, six six
    // zero three, nine one seven five." after "four eight two one, six six...")
    for (let k = 1; k < digits.length - head.length; k++) {
      const whole = digits.slice(k);
      if (whole.startsWith(head) && whole.endsWith(digits.slice(0, k)) && whole.length - head.length <= k) {
        digits = whole.slice(head.length);
        break;
      }
    }
    // (nor a number whole in its own shape, "fine, 250-63-8817")
    // (unless the reply counts the two as one: "幺四零零 三六七二 九九八 一共十九位 对吧" after "六二三零 五八二零", no mobile nor business line)
    const countedWhole = countSaid(t.slice(b, b + 16)) === head.length + digits.length;
    const own = !countedWhole && j === 0 && (isSsnShaped(opening[0]!) || isCardNumber(digits) || chineseIdValid(digits) || isMobile(digits) || (nanp(opening[0]!) && opening[0]!.groups.length >= 3));
    // (nor a thing's number, "my 1040", "物业费368", a count, "12 more minutes", "我今年51了", a day, "23号", a year, nor a code a text just
    // brought; nor an official line or a number the person calls, "我自己打110也行")
    const counted = THING_BEFORE.test(t.slice(Math.max(0, a - 12), a)) || SUM_BEFORE_ZH.test(t.slice(Math.max(0, a - 8), a)) || COUNT_AFTER.test(t.slice(b, b + 12)) || unitAfter(t, b) || (digits.length === 4 && isYearNumber(digits) && !opening.some((r) => r.spelled)) || NEW_CODE_TALK.test(t.slice(0, a));
    if (a <= 60 && !OWN_LABEL_BEFORE.test(t.slice(0, a)) && !scanLabels(t.slice(0, a)).byEnd.size && !own && !counted && !opening.some(callers) && !isDateOrTime(opening[0]!) && !amountAround(t, a, b) && !(((isOfficial(digits) && !countedWhole) || calledNumber(t, a)) && !BARE_PIECE.test(t) && !NOUN_CALL.test(t.slice(Math.max(0, a - 16), a)))) {
      // (with the letters spelt just before it, "And the last part is H U 3 5": an ID's or a card's letters are its own)
      const letters = SPELT_LETTERS_BEFORE.exec(t.slice(Math.max(0, a - 16), a));
      const restIs = toolCode(digits) ? 'code' : restKind(head, digits, kind, chinese, open);
      add(restIs, letters ? a - letters[0].length : a, b);
      // (and its correction right after, as long: "917 啊不对 是913")
      const next = runs[j + 1];
      if (next && next.digits.length === digits.length && CORRECTION.test(t.slice(b, spanOf(next)[0]))) add(restIs, ...spanOf(next));
    }
  }
  // said to be its rest, "后面是 5516 2093 774", "the rest is 1111 1111"
  for (const run of runs) {
    const [a, b] = spanOf(run);
    const lead = REST_LEAD.exec(t.slice(Math.max(0, a - 12), a));
    // (its words are no sum's, "后面还有331", whose 有 would be one's)
    if (!lead || isDateOrTime(run) || amountAround(t, a - lead[0].length, b) || callers(run) || rest.some((r) => toOriginal(norm, a, b)[0] < r.end)) continue;
    const restDigits = run.digits.length > head.length && run.digits.startsWith(head) ? run.digits.slice(head.length) : run.digits;
    add(toolCode(restDigits) ? 'code' : restKind(head, restDigits, kind, chinese, false, true), a, b);
  }
  if (!rest.length) return found;
  // (the rest replaces what else was read inside it, and gives its kind to what was read around it, numerals or letters, "中间是 一九七三 零九 二零 后面是
  // 五五八三" read as one; merged once: a paste may hold thousands)
  const meets = meetsAny(pairsOf(rest));
  const around = found.filter((o) => meets(o.start, o.end) && rest.some((r) => r.start < o.end && o.start < r.end && SPELT_AROUND.test(text.slice(o.start, r.start) + ' ' + text.slice(r.end, o.end))));
  const kept = rest.filter((r) => !around.some((o) => o.start <= r.start && r.end <= o.end));
  for (const o of around) o.kind = rest.find((r) => o.start <= r.start && r.end <= o.end)?.kind ?? o.kind;
  return [...found.filter((o) => around.includes(o) || !meets(o.start, o.end)), ...kept].sort((x, y) => x.start - y.start);
}
/** The count of digits a reply says a number has in all, right after it ("一共十九位", "19 digits in all"), if it says one. */
function countSaid(after: string): number | undefined {
  const m = /^[\s,，]*(?:一共|总共|共)([\d十一二两三四五六七八九]+)位|^[\s,]*(\d+) digits (?:in all|total|altogether)/.exec(after);
  const n = m?.[2] ?? m?.[1];
  return n === undefined ? undefined : /^\d+$/.test(n) ? Number(n) : (cardinalValue(n) ?? undefined);
}
const ID_NAMED_ZH_EN = /身份证|证件|\b(?:id|ssn|social)\b/;
const SSN_TALK_ZH = /社安|社会安全号|\bssn\b|social security/i;
/**
 * The kind of the rest `digits` of a number begun as `head`: what the two make ("孩子的……5 0 0 1 0 3 2 0 1 2" then "后面是 0 3 2 6
 * 7 1 1 4", an ID; a social security number's nine after its first three or five; a mobile's eleven; a card's fifteen to
 * nineteen), else the kind begun where the two make its length (a code's four to eight, a phone's ten or eleven, an account's
 * eight or more, an ID's eight to twenty).
 */
// (a region's code, a birth year and its month, where the digits reach it)
const ID_START = /^[1-6]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2]|$|\d$)(?:0[1-9]|[12]\d|3[01])?/;
/** Ten digits or more begun as a resident ID begins (a region, a birth year), which no mobile number is. */
const idStart = (d: string) => d.length >= 10 && ID_START.test(d) && !isMobile(d);
/** The line asks for the ID, or the reply names it a little before `at`: what makes an ID's start one. */
const idAsked = (caller: CallerLine | undefined, labels: Labels, at: number) => !!caller?.asks.has('id') || !!labelBefore(labels, at, 24, (l) => l.kind === 'id');
// (a secret begun with fewer digits than these is unfinished; none of a kind has more than the most)
const PARTIAL_BELOW: Record<LeakKind, number> = { card: 8, id: 9, phone: 10, code: 4, password: 4 };
const MOST: Record<LeakKind, number> = { card: 19, id: 20, phone: 11, code: 8, password: 8 };
function restKind(head: string, digits: string, kind: LeakKind | undefined, chinese: boolean, open = false, told = false): LeakKind | undefined {
  const joined = head + digits;
  const all = joined.length;
  const have = head.length;
  // (17 digits before the X the run leaves off, "…0 7 1 2 3 3 1 X", are an ID's, whatever their card check says)
  if (chineseIdValid(joined) || (all === 18 && idShaped(joined)) || (all === 17 && idShaped(`${joined}X`))) return 'id';
  // (a resident ID's place and birth date, "4 5 0 1 0 3" then "1 9 9 9 0 2 2 8": its start, the rest to come, whatever a card's check says)
  if (!kind && all >= 12 && all <= 17 && have >= 6 && ID_START.test(joined)) return 'id';
  // (a card's check passes for one number in ten: an ID or a phone begun as one stays so, "后六位是 二六零 零三二" after a 医保卡's)
  if (isCardNumber(joined) && kind !== 'id' && kind !== 'phone') return 'card';
  if (!kind) {
    // (a social security number's nine are no Chinese call's, unless it talks of one: "您的美国社安号是多少")
    if (all === 9 && (have === 3 || have === 5) && !chinese) return 'id';
    if (all === 11 && isMobile(joined)) return 'phone';
    if (all >= 15 && all <= 19 && have >= 4 && /^[3-6]/.test(joined)) return 'card';
    return all === 10 && (have === 3 || have === 6) && /^[2-9]/.test(joined) ? 'phone' : undefined;
  }
  const fits = kind === 'card' ? all >= 8 && all <= 19 && (have < 13 || told) : kind === 'code' ? all >= 4 && all <= 8 && (have < 4 || open)
    : kind === 'phone' ? (all === 10 || all === 11) && have < 10 : kind === 'password' ? all >= 4 && all <= 8 : all >= 8 && all <= 20;
  // (a piece of a secret begun short of its kind, itself not making the whole: "The PIN? Okay, it's 4 7" then "and 1 9."; a part counts)
  const piece = have < PARTIAL_BELOW[kind] && digits.length >= 2 && all <= MOST[kind];
  return fits || piece ? kind : undefined;
}

/**
 * The number the replies before began and left unfinished: the last one's last number, with the bare pieces said before it back
 * to where it was begun ("卡号是 6217 0007", "1002 3345", then this one's "……然后是 3 3 0 7"), and its kind where its label said.
 * `cut`: it was left unfinished, by a pause at its end ("it's 4 1 4 7, 0 9 2 2,"), by this reply going on from one ("... 0 5 9"),
 * by the line asking it to go on ("嗯，继续。", "Go ahead."), or by falling short of its kind's length after its label ("留我爱人的
 * 吧，1 3 6 0 5 7 1"). Not where the line now asks for a code: a code that comes is a new one ("Yep it just popped up. 930614.").
 */
function begunBefore(t: string, previous: readonly string[], caller: CallerLine | undefined, callers?: LeakOptions['callers']): { head: string; kind: LeakKind | undefined; cut: boolean; open: boolean } | undefined {
  const last = sanitize(previous[previous.length - 1]!).text;
  const worded = /后|剩|接着|然后|rest/.test(t);
  // (nor where it asks for something harmless: "And the billing ZIP?"; a card's last four are, but not after the card's start)
  const harmless = caller?.asksHarmless && !LAST_FOUR_ASKED.test(caller.text);
  if (last.length > REPEAT_SOURCE || ((caller?.last === 'code' || caller?.asks.has('code') || harmless || (!!caller && NEW_CODE_TALK.test(caller.text))) && !worded)) return undefined;
  // (digits said in words too: "Here. Oh four eight, two...")
  let marked = CUT_END.test(last) || GOES_ON.test(t) || (!!caller && GO_ON_ASKED.test(caller.text)) || (/[a-z]/i.test(last) && SAID_CUT_END.test(normalize(last).text));
  const goOn = !!caller && (caller.continues || caller.asksPart || GO_ON_ASKED.test(caller.text));
  const heard = !!caller && HEARD.test(caller.text);
  let head = '';
  let aside = false;
  // (the secrets the asides name: only the one begun may go on after them)
  const asideNames = new Set<LeakKind>();
  for (let k = previous.length - 1; k >= 0 && k >= previous.length - 4; k--) {
    const said = k === previous.length - 1 ? last : sanitize(previous[k]!).text;
    if (said.length > REPEAT_SOURCE) return undefined;
    const norm = normalize(said);
    // (an aside between, with no number, before the pieces since or not: "Oh shoot, the dog just knocked the card under the couch. Hold
    // on."; "我这个卡号太长了 你等下 我找张纸", naming the secret begun; not "the routing number is...", whose value comes next)
    if (!/\d/.test(norm.text)) {
      const named = [...scanLabels(norm.text).byEnd].filter(([, l]) => secretOf(l.kind));
      if (!named.some(([end]) => VALUE_NEXT.test(norm.text.slice(end)))) {
        if (said.length > 160) return undefined;
        aside = true;
        for (const [, l] of named) asideNames.add(secretOf(l.kind)!);
        continue;
      }
    }
    // (a number cut off before an aside: "It's 5 2 1 9 — oh hang on, the dog's going nuts")
    if (aside && CUT_END.test(said)) marked = true;
    // (a secret the reply ends on: after its label, or said to be cut short, "6 2 1 7 8 5 0 1 0 0 0 4 … 后面我得看APP"; a code or a
    // phone only by its length or its reading out tells nothing of what the rest makes)
    const pick = (secrets: Found[], asked?: LeakKind) => {
      // (or a PIN's or an ID's start found by what the line asked then: no shape alone makes one; nor a card's piece, unless the line
      // asked for the card and this line asks for more: "6 6 1 5" answering "And the next four?" after "Can you read me the number on
      // the front?", then "And the last four?"; digits alone, not a gift card's letters and digits, "W 9 F 2", whose digits make no number)
      // (so too a code's piece, where the line asked for the code and this one asks for its rest: "收到了 6 位 三 三 零 九" · "还有两位呢")
      const goesOnAsked = (f: Found) => (f.kind === 'card' || f.kind === 'code') && asked === f.kind && goOn && !/[a-z]/.test(normalize(said.slice(f.start, f.end)).text);
      const ends = secrets.filter((f) => !/\d/.test(said.slice(f.end)) && (f.vouched || f.kind === 'password' || f.kind === 'id' || goesOnAsked(f) || SAID_CUT.test(said.slice(f.end, f.end + 12))));
      // (said to be its rest, "the rest is 1111 1111": a card's, an ID's or a code's given before, ahead of a phone's, "My card is
      // 4111 1111, and my cell is 212-555-0147")
      const given = k === previous.length - 1 && worded ? secrets.filter((g) => g.vouched || SAID_CUT.test(said.slice(g.end, g.end + 12))) : ends;
      // (a code or a phone by its shape or its reading out alone, no label saying so, tells nothing of what the rest makes)
      return given.filter((g) => g.kind === 'card' || g.kind === 'id' || (g.kind === 'code' && (g.vouched || goesOnAsked(g))) || g.kind === 'password').pop() ?? given.filter((g) => g.kind === 'phone' && g.vouched).pop();
    };
    let f = pick(readSecrets(norm));
    // (read against the line it answered, the same value may be another kind's: "卡号是 幺零零三" answering "核实一下您的医保卡 卡面上有个
    // 卡号 您报一下" is the ID's)
    const now = askedSecret(caller);
    const inLine = f ? lineOf(callers, previous, k) : undefined;
    const again = inLine && pick(readSecrets(norm, inLine));
    if (f && again && again.kind !== f.kind && again.start <= f.start && f.end <= again.end && (!now || now === again.kind || !REQUEST.test(caller!.text))) f = again;
    // (else read against the line it answered, where it is known: "Three seven eight two..." answering "Read me the number" after a
    // line about the card began a card; only a number short of its kind, and not where this line asks for another secret)
    const line = f ? undefined : lineOf(callers, previous, k);
    const byLine = !!line;
    if (line) {
      f = pick(readSecrets(norm, line), askedSecret(line));
      if (f && now && now !== f.kind) f = undefined;
      // (the kind the reply's own label gives, where it offers another instead of what the line asked: "Take my card number instead,
      // 4 5 3 2")
      const at = f && INSTEAD.test(norm.text) ? norm.start.indexOf(f.start) : -1;
      const own = at >= 0 ? secretOf(labelBefore(scanLabels(norm.text), at, 32, (l) => !!secretOf(l.kind))?.kind) : undefined;
      if (f && own && own !== f.kind) f = { ...f, kind: own };
    }
    if (f && [...asideNames].some((k) => k !== f!.kind)) return undefined;
    if (f) {
      const n = head.length + digitsSaidOnce(said.slice(f.start, f.end)).length;
      // (a code said to go on past what was read, "是四七一九，后面两个字太小了妈看不清", is its start however many digits it has)
      const open = f.kind === 'code' && SAID_CUT.test(said.slice(f.end, f.end + 12));
      // (a card's, a resident ID's, a phone's or a code's, shorter than its kind, nothing else named after it: not "The ID... 2 3... 8 8 1... 0 4 7.
      // Then the password, hold on"; after an aside, only where the line asks it to go on or it was cut: not "my card number is 6222",
      // "wait, I need to find my glasses…", "2019")
      const short = !scanLabels(said.slice(f.end).toLowerCase()).byEnd.size
        && (f.kind === 'card' ? n < 8 : f.kind === 'id' ? n < 15 && n !== 9 && /[\u4e00-\u9fff]/.test(said) : f.kind === 'phone' ? n < 10 : f.kind === 'password' ? n < 4 : f.kind === 'code' && goOn && (n < 4 || open));
      // (by the line, an English ID's start counts too: a social security number has nine digits, "Five three one." is begun)
      if (!byLine || short || (f.kind === 'id' && n < 9 && !/[\u4e00-\u9fff]/.test(said) && !scanLabels(said.slice(f.end).toLowerCase()).byEnd.size)) {
        head = digitsSaidOnce(said.slice(f.start, f.end)) + head;
        return { head, kind: f.kind, cut: marked || (short && (!aside || heard || !!caller?.continues)) || (k < previous.length - 1 && !aside), open };
      }
    }
    const run = findRuns(norm.text, norm.spelled).pop();
    if (!run || /\d/.test(norm.text.slice(spanOf(run)[1]))) return undefined;
    head = run.digits + head;
    // (a bare piece, digits and a filler, goes on with the one before it)
    if (!BARE_PIECE.test(norm.text)) break;
  }
  // (a number with no label, whose kind only what the two make can tell, goes on after a line that only says it heard, too; of the
  // kind whose start the person said back a few replies before, "对 是622202开头" · "中间是 零二零 幺三" · "五八 七九")
  if (head.length < 2 || !(marked || heard)) return undefined;
  for (let k = previous.length - 1; k >= Math.max(0, previous.length - 4); k--) {
    const line = previous[k]!.length <= REPEAT_SOURCE ? lineOf(callers, previous, k) : undefined;
    const kind = line && saidBack(normalize(sanitize(previous[k]!).text), line);
    if (kind) return { head, kind, cut: true, open: false };
  }
  return { head, kind: undefined, cut: true, open: false };
}
const I_CALL_AFTER_ZH = /^\s*[，,]?\s*我(?:自己|先|马上|现在|这就)*(?:打|拨)(?!给你|给您)/;
const TAIL_ZH = /尾号|(?:后|末|最后)(?:四|4)位/;
// (nothing but marks after a label: its value comes next)
const VALUE_NEXT = /^[\s.…,:;：，。、-]*$/;
/** The caller's line the reply before at `k` answered, with the request it went on with (`askedBefore`), if known. */
function lineOf(callers: LeakOptions['callers'], previous: readonly string[], k: number): CallerLine | undefined {
  const said = callers?.[k];
  if (!said) return undefined;
  const line = new CallerLine(said);
  const asked = k > 0 ? askedBefore(line, callers!.slice(0, k), previous.slice(0, k)) : undefined;
  return asked ? new CallerLine(`${asked} ${said}`) : line;
}
// (a line that says it has gone, naming nothing: "It has been sent now sir, please check and send fast")
const CODE_SENT = /\bit(?:'s| has| is| was)? (?:been |just |now )?sent\b/;
// (a text the line says it sends or sent, or that: what is read next is its code)
const NEW_CODE_TALK = new RegExp(`短信|验证码|\\b(?:codes?|texts?|texted|sms|otp)\\b|${CODE_SENT.source}`);
const BARE_PIECE = /^[\s\d,，.。…、:：-]*(?:(?:就这些|然后是?|接着是?|and then|then|that's it|that's all|ok|okay|uh|um|嗯|啊)[\s\d,，.。…、:：!！-]*)*$/;
// (or the card's rest asked after its start was given: "卡号后面几位也发一下" after "卡是农商行的 6223 2940 0115"; or the count left, "9 digit hain. 3
// aur.", Bislama's "Narafala 3?", the other three)
const GO_ON_ASKED = /继续|接着(?:说|报|念|讲)|后面(?:呢|的|[？?])|(?:卡号|号码)后面(?:的|那)?几位|后面(?:是不是|还)有|位数不对|少了?[一二三四五六七八九两几\d]位|(?:发|说|报|念)(?:个|得)?完整|\b(?:baqi|baaki)\b|\b(?:[1-9]|two|three|four|five|six) (?:more|aur|zaidi)\b|\b(?:the other|narafala) (?:[1-9]|two|three|four|five|six)\s*[?？]|还有(?:[一二三四五六七八九两几\d]位)?(?:吗|呢)|然后呢|念到|说到|\b(?:go on|go ahead|keep going|continue|and\?|and then\?|the rest|what comes (?:after|next)|the next (?:part|bit|group|ones?)|the end\?|the last (?:part|bit|group)|you were at|you'd (?:given|read) me|missing (?:a |one |some |the last )?(?:digits?|numbers?)|(?:only|just) (?:\d+|[a-z]+) digits|there should be more|is there more)/;
// (a line that only says it heard: "Mm-hm.", "嗯。", "Okay." — a go-on only after a number short of its kind)
const HEARD = /^\s*(?:嗯+|好的?|对|ok(?:ay)?|uh-huh|got it|yes|yeah|sure|mm-?hm)[\s，,。.!！]*$/;
const MAIL_SPELT = /@|\bat (?:gmail|yahoo|hotmail|outlook|aol|icloud)\b|\bdot com\b/;
const NUMERAL = /[\d零〇一二三四五六七八九十幺两壹贰叁肆伍陆柒捌玖]|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/;
// (numerals, or letters spelt one by one, "H U 3 5": what was read around the rest is part of the value)
// (one letter alone only where it is no word: "a" and "I" are)
// ("sorry got a call 4 4 1 2": a call had, not one made)
const NOUN_CALL = /\b(?:a|the|another|that|this) (?:phone )?call\b[^.!?]{0,8}$/;
const SPELT_LETTERS_BEFORE = /(?<![a-z'’])(?:(?:[a-z][\s,-]+){2,}|[b-hj-z][\s,-]+)$/;
const SPELT_AROUND = new RegExp(`${NUMERAL.source}|(?<![a-z])[a-z](?![a-z])`, 'i');
// The reply before ends on a number and a mark of a pause, perhaps an aside after it; this one starts on a pause.
const CUT_END = /\d\s*(?:[,，、-]|\.{2,}|…+)(?:\s*(?:[,，、-]|\.{2,}|…+))*\s*(?:[^\d.!?。！？]{0,48}[.!?。！？]?\s*)?$/;
/** A number said in words, its reading broken off where the reply ends: "Here. Oh four eight, two..." (read normalised). */
const SAID_CUT_END = /\d\s*(?:\.{2,}|…+|[-—–]+)\s*$/;
/** A reading broken off: what follows it opens with a pause's dots. */
const PAUSE_AFTER = /^\s*(?:\.{2,}|…)/;
// A carrier's or a wallet's short code the person dials, "*170#", "*150*01#": public, no password, whatever words are said around it
const USSD = /\*\d{2,4}(?:\*\d{1,4})*#/g;
/** Words whose only digits are a dialled short code ("dialled *170# myself"). */
const ussdOnly = (s: string) => {
  if (!s.includes('#')) return false;
  const rest = s.replace(USSD, '');
  return rest !== s && !/\d/.test(rest);
};
/** A Chinese label starts at `at`: in characters, or typed as its pinyin's initials ("yzm 4 7 2", 验证码). */
const zhLabel = (t: string, at: number) => isHan(t.charCodeAt(at)) || t.startsWith('yzm', at);
/** A code said to have come, in the words of its label: "code asche", "code came", "the code's here". */
const CODE_CAME = /\b(?:asche|ashche|aise|aya|aaya|came|come|arrived|here)\b/;
const GOES_ON = /^\s*(?:\.{2,}|…+)\s*\d/;
// (a thing the number is of, just before it, "my 1040", "room 212", "物业费368"; a count's unit after it, "12 more minutes", "51了")
const THING_BEFORE = /(?:\b(?:my|the|for|in|at|of|since|between|from|until|till|before|after|around|about|room|unit|apt|apartment|page|suite|floor|ext)|费|今年|岁)\s*$/;
// (money moved, just before it: "我 去年 存了 2 0 0 0 0")
const SUM_BEFORE_ZH = /(?:存|取|转|花|交|付|还|借|欠|赚|亏|充|汇)了?\s*$/;
const COUNT_AFTER = /^\s*(?:more|years?|yrs?|times|calls?|minutes?|mins?|hours?|days?|岁|了|块|元|分钟|小时|天|次|号(?!码)|点|期|月|日|周|个月|年)/;
// (a label of its own before the number: "the code is …", "my zip is …", "订单号 …")
const OWN_LABEL_BEFORE = /\b(?:code|pin|password|passcode|card|account|phone|cell|number|zip|order|case|date|born|ref(?:erence)?|id)\b|验证码|密码|卡|号|码|日期/;

/**
 * "It's my dog's name, B, i, s, c," then "u, i, t, then 2 0 1 9": a spelling cut off at the end of the reply before goes on at the
 * start of this one. Of the kind its first part was read as, or the line asks for; else, where the two make letters and digits,
 * a password (a name or a word and a year, as passwords are made), or a gift card's code where gift cards are talked about.
 */
function spellingGoesOn(norm: Normalized, found: Leak[], previous: readonly string[], caller: CallerLine | undefined): Leak[] {
  const last = sanitize(previous[previous.length - 1]!).text;
  if (last.length > REPEAT_SOURCE || !/(?:[,，]|\.{2,}|…)\s*$/.test(last)) return found;
  const here = spelledOut(norm.text)[0];
  if (!here || here[0] > 12) return found;
  const before = normalize(last);
  const there = spelledOut(before.text).pop();
  if (!there || before.text.length - there[1] > 4) return found;
  const [s0, e0] = toOriginal(before, there[0], there[1]);
  const key = spelledKey(before.text.slice(there[0], there[1])) + spelledKey(norm.text.slice(here[0], here[1]));
  // (or what the line asks the rest of, "Read me the rest of the MBI"; a gift card's code where gift cards are talked about, case 59)
  const kind = readSecrets(before).find((f) => f.start < e0 && s0 < f.end)?.kind ?? askedSecret(caller)
    ?? (!/[a-z]/.test(key) || !/\d/.test(key) || caller?.asksHarmless || MAIL_SPELT.test(norm.text) ? undefined : previous.some((p) => p.length <= REPEAT_SOURCE && GIFT.test(p.toLowerCase())) || GIFT.test(norm.text) ? 'card' : 'password');
  if (!kind) return found;
  const [s, e] = toOriginal(norm, here[0], here[1]);
  return [...found.filter((f) => f.end <= s || e <= f.start), { kind, start: s, end: e }].sort((x, y) => x.start - y.start);
}

/** The kind of the secret given before that every group of the run (two or more, four digits each or more) belongs to. */
function groupsOf(run: DigitRun, given: ReadonlyMap<string, LeakKind>): LeakKind | undefined {
  if (run.groups.length < 2) return undefined;
  let kind: LeakKind | undefined;
  for (const d of digitsAndGroups(run).slice(1)) {
    const k = given.get(d);
    if (!k || (kind && k !== kind)) return undefined;
    kind = k;
  }
  return kind;
}

/** A reply read again is kept: each reply is a reply before for the next few (a drill host reads a room's in turn). */
const GIVEN = new Map<string, ReadonlyArray<readonly [string, LeakKind, boolean]>>();
/** A reply longer than this is not read for what may be said again: a repeat follows a short answer. */
const REPEAT_SOURCE = 512;

/** The digits of the secrets a reply gave, whole and group by group (four digits or more), with their kinds and whether whole. */
function secretDigits(reply: string, line?: CallerLine): ReadonlyArray<readonly [string, LeakKind, boolean]> {
  const key = line ? `${line.raw}\u0000${reply}` : reply;
  let out = GIVEN.get(key);
  if (out) return out;
  const clean = sanitize(reply).text;
  const list: Array<readonly [string, LeakKind, boolean]> = [];
  if (clean.length <= REPEAT_SOURCE) {
    for (const f of readSecrets(normalize(clean), line)) {
      for (const run of runsIn(clean.slice(f.start, f.end))) digitsAndGroups(run).forEach((d, i) => d.length >= 4 && list.push([d, f.kind, i === 0]));
    }
  }
  if (GIVEN.size >= 256) GIVEN.clear();
  GIVEN.set(key, (out = list));
  return out;
}

/**
 * A secret given in a reply before and said again in this one ("Sorry, again?" "eight eight three zero";
 * "Was that 383-02-7719?" "yes that's right, 3 8 3 0 2 7 7 1 9"), whole, a group of it or corrected: that secret
 * again, where nothing else was found. The replies before are read as they stand, without their callers' lines.
 */
function repeated(norm: Normalized, found: Leak[], previous: readonly string[], caller: CallerLine | undefined, callers?: LeakOptions['callers']): Leak[] {
  if (!/\d/.test(norm.text)) return found;
  // (a correction says so: "sorry, I read it wrong", "not 63", "不对")
  const corrects = CORRECTING.test(norm.text);
  const whole = new Map<string, LeakKind>();
  const groups = new Map<string, LeakKind>();
  for (const reply of previous.slice(-(SPLIT_REPLIES - 1))) for (const [d, kind, all] of secretDigits(reply)) (all ? whole : groups).set(d, kind);
  if (!whole.size) return found;
  // (a number read by its shape as a card, a code or a PIN, that the replies before, read with their lines, gave as another secret, whole or
  // with a piece of it said first: "It's a Minnesota license. The number is S 615 402 887 310." to a line asking for the licence,
  // then "No, the end is 310, not 301. S 615 402 887 310.", or an SSN as "No, it ends in 6602. Three nine one, five eight, six six
  // zero two.": the licence and the SSN again, not a card; a gift card's PIN asked for again, "Read me the PIN once more?", the card's,
  // case 59; a code by its shape alone, "No, it's 3 6 9 1." to "we keep the same PIN. I have it here as 3 9 6 1", then "So that's
  // 3 6 9 1?" "Yes, that's right, 3 6 9 1.": the PIN again)
  // (and a code by its shape alone that the replies before, read with their lines, gave as nothing: "收到 我家的查了 到了 4860" to a
  // notice of a subsidy paid in, then "一笔4860 一笔990": a sum again, 'no')
  const givenAs = (run: DigitRun): LeakKind | 'no' | undefined => {
    let seen = false;
    for (let k = previous.length - 1; k >= Math.max(0, previous.length - (SPLIT_REPLIES - 1)); k--) {
      const line = lineOf(callers, previous, k);
      for (const [x, kind, all] of secretDigits(previous[k]!, line)) {
        if (all && kind !== 'code' && (x === run.digits || (x.length >= 6 && piecesOf(run, x)))) return kind;
        if (x === run.digits) seen = true;
      }
      if (!line) seen = true;
    }
    return seen ? undefined : 'no';
  };
  const meetsFound = meetsAny(pairsOf(found));
  const again: Leak[] = [];
  for (const run of findRuns(norm.text, norm.spelled)) {
    // (not where this reply names it, "6104 2297 5503 8816, PIN 3390"; each found over it, where one reading holds it or several
    // pieces of it do: a number said twice over is two; and a gift card's PIN read as the card's stays so)
    if (callers?.length && run.digits.length >= 4 && !SECRET_NAMED_BEFORE.test(norm.text.slice(Math.max(0, run.starts[0]! - 20), run.starts[0]))) {
      const [s, e] = toOriginal(norm, ...spanOf(run));
      const over = found.filter((l) => (l.kind === 'card' || l.kind === 'code' || l.kind === 'password') && l.start < e && s < l.end);
      const as = over.length && (over.some((l) => l.start <= s && e <= l.end) || over.every((l) => s <= l.start && l.end <= e)) ? givenAs(run) : undefined;
      const kind = as === 'no' ? undefined : as;
      if (kind) for (const f of over) if (!(f.kind === 'card' && kind === 'password')) f.kind = kind;
    }
    // the whole number again, or two or more of its groups ("0182 7193", the middle of a card given); not a sum or a
    // street number that happens to be one group ("I paid 4000 dollars" after a card starting 4000)
    const given = whole.get(run.digits);
    const as = given === 'code' && callers?.length ? givenAs(run) : undefined;
    const kind = as === 'no' ? undefined : (as ?? given ?? groupsOf(run, groups) ?? (corrects ? correctedOf(run, whole, caller) : undefined));
    if (!kind || amountAround(norm.text, ...spanOf(run))) continue;
    const [s, e] = toOriginal(norm, ...spanOf(run));
    // (where nothing else was read: "My social security number is 123-45-6789" stays what its label says)
    // (the runs are apart from one another: only what was read before is looked at)
    if (!meetsFound(s, e)) again.push({ kind, start: s, end: e });
  }
  return again.length ? [...found, ...again].sort((x, y) => x.start - y.start) : found;
}

// (a secret's name just before a number: this reply says what the number is)
const SECRET_NAMED_BEFORE = /\b(?:pin|password|passcode|code|card|account|ssn|social|licen[cs]e|passport|id)\b[^\d]{0,8}$/;
/** Whether a run is x, or x with pieces of it (four digits or more) said before or after it, each its own groups: "6602. 391 58 6602". */
function piecesOf(run: DigitRun, x: string): boolean {
  if (run.digits === x) return true;
  if (!run.digits.includes(x)) return false;
  // (parts end where groups end; each part is inside x, and one part is x)
  const ends = new Set<number>();
  for (let g = 0, at = 0; g < run.groups.length; g++) ends.add((at += run.groups[g]!));
  const ok = (from: number, whole: boolean): boolean => {
    if (from === run.digits.length) return whole;
    for (const to of ends) {
      if (to <= from) continue;
      const part = run.digits.slice(from, to);
      if ((part === x || (part.length >= 4 && x.includes(part))) && ok(to, whole || part === x)) return true;
    }
    return false;
  };
  return ok(0, false);
}

const CORRECTING = /\b(?:sorry|wrong|i mean|mistake|backwards|misread|misspoke|correction|actually|not)\b|不对|错了|说错|看错|念错|写错|应该是/;
/**
 * The kind of a secret given before that a number of six digits or more corrects: as long, one slip apart ("the number
 * is 482 917 306", then "Sorry, I read it wrong before, it's 482 917 360"); not any number of the same digits (an account
 * 1234567890 given, then the caller's 9876543210 read back).
 */
function correctedOf(run: DigitRun, whole: ReadonlyMap<string, LeakKind>, caller: CallerLine | undefined): LeakKind | undefined {
  const d = run.digits;
  // (nor the caller's number read back, one slip from the person's own: case 72; nor a date or a time)
  if (d.length < 6 || isDateOrTime(run) || caller?.numbers.includes(d)) return undefined;
  for (const [given, kind] of whole) if (given.length === d.length && oneSlip(given, d)) return kind;
  return undefined;
}

/** Whether two numbers as long differ by one digit, or by two next to each other swapped ("306" for "360"). */
function oneSlip(x: string, y: string): boolean {
  const apart: number[] = [];
  for (let i = 0; i < x.length && apart.length <= 2; i++) if (x[i] !== y[i]) apart.push(i);
  return apart.length === 1 || (apart.length === 2 && apart[1] === apart[0]! + 1 && x[apart[0]!] === y[apart[1]!] && x[apart[1]!] === y[apart[0]!]);
}

/** A secret found, and whether a label or a checksum vouches for it (not its shape or its place alone). */
interface Found extends Leak {
  vouched: boolean;
}

const leakOf = (f: Found): Leak => ({ kind: f.kind, start: f.start, end: f.end });

const MAY_COMPLETE = /[\d…*＊×某[<]|\.\.|xx/i;
const PASSWORD_BEFORE = /pass|pwd|\bpin\b|密码|口令/i;

/** How much of the earliest reply read is taken: a label and the start of a number. */
const TAIL = 64;
/** A reply this short can be a piece in the middle of a number read out over several replies. */
const PIECE = 24;

/** The end of the replies before this one that a secret may run through, joined by spaces. */
function before(previous: readonly string[]): string {
  const parts: string[] = [];
  for (let i = previous.length - 1; i >= 0 && parts.length < SPLIT_REPLIES - 1; i--) {
    const clean = sanitize(previous[i]!).text;
    let tail = clean.slice(-TAIL);
    if (/^[\udc00-\udfff]/.test(tail)) tail = tail.slice(1);
    parts.unshift(tail);
    // an earlier reply joins only through pieces: "card number: 4532", "0151", "1283", "0366"
    if (clean.length > PIECE) break;
  }
  return parts.join(' ');
}

// (a reply that opens with a question or an answer word: no password runs on into it)
const QUESTION_OPENS = /^\s*(?:why|what|how|who|when|where|which|do|does|did|is|are|can|could|would|should|will|wait|no|ok|okay|yes)\b/;
/**
 * The secrets of this reply read with the replies before it. Two ways, both only for what a label
 * or a checksum vouches for (numbers in separate replies are otherwise separate):
 *  - the replies joined and read as one text: a label in one and the number in the next ("my code
 *    is 482", "913"), or a number running on from one reply into the next;
 *  - the numbers of short replies, one each, put together ("2019", "wait, 2024", "1985", "1990"):
 *    a Luhn-valid card or a valid ID number, or a card's or an ID's length after its label.
 * What lies all in earlier replies was found (and masked) there; a secret that starts in an earlier
 * reply is returned as its part in this one, and replaces a reading of that part alone.
 */
function withPrevious(text: string, norm: Normalized, own: Leak[], previous: readonly string[], caller: CallerLine | undefined): Leak[] {
  const tail = before(previous);
  // A secret that ends in this reply has a character of it here: a digit (number words are digits by
  // now), a stand-in, or a password's word after its label in a reply before. Most replies have none,
  // and are not read again with the ones before them (a drill host reads thousands in a burst).
  if (!tail || (!MAY_COMPLETE.test(norm.text) && !PASSWORD_BEFORE.test(tail))) return own;
  // (a reading cut with a pause and taken up with one, "…three one..." then "...seven seven eight two", has one pause between)
  const head = /^\s*(?:\.{2,}|…)/.test(text) ? tail.replace(/\s*(?:\.{2,}|…+)\s*$/, '') : tail;
  const off = head.length + 1;
  // [the part in this reply, whether the secret starts in an earlier one, whether it was whole there]
  const parts: Array<[Leak, boolean, boolean?]> = [];
  const joined = `${head} ${text}`;
  let lower: string | undefined;
  let cardIn: boolean | undefined;
  // ("exp 08/28, code 6124" then "30318" answering "And the billing ZIP?": the thing asked, not the code running on)
  const harmlessAsked = caller?.asksHarmless && !caller.asks.size;
  const joinedNorm = normalize(joined);
  for (const l of readSecrets(joinedNorm, caller)) {
    // ("…routing 011000138." then "24 hours? That's wonderful.": a time, not the number running on)
    // (nor a sum said in words after it, "…2265." then "Twelve hundred and fifty dollars is a lot")
    if (l.start < off && (harmlessAsked || amountAround((lower ??= joined.toLowerCase()), l.start, l.end) || SUM_WORDS_AFTER.test(lower.slice(l.end, l.end + 24)))) continue;
    // (nor one within this reply, read with a label from a reply before, where this line asks for something harmless: "…wanted my card" then
    // "um 3 1 0 0 4 7 2 2 8 9" answering "the account number on your bill starts with 3 1": the reply read on its own says what it is)
    if (harmlessAsked && l.start >= off && STARTS_WITH.test(caller!.text)) continue;
    // ("…not giving you my social security number" then "8834-A isn't my problem": the caller's case number, said back)
    if (l.end > off && caller?.numbers.length && callersOwn(joined.slice(Math.max(l.start, off), l.end), caller)) continue;
    // ("Expires 08/29." after the card's number in a reply before: an expiry alone, printed on the card, case 91)
    if (l.kind === 'card' && l.end > off && expiryOnly(joined.slice(Math.max(l.start, off), l.end)) && !(cardIn ??= CARD_NUMBER_IN.test(norm.text))) continue;
    // ("acct pin is 6 2 0 4" then "why would a 5g upgrade need a transfer pin": a password said before does not run on into a question,
    // nor into the answer to a line that now asks for another secret, "The PIN is... one, nine, eight, three." then "It's 5 2 7 9"
    // answering "the last four digits of your social security number")
    // (nor into a reply that says one of its own, "…the password is uh sunflower 7 7" then "oh sorry its sunflower double 7 with an
    // exclamation" answering "It says wrong password.": a new one, read whole there)
    if (l.kind === 'password' && l.start < off && l.end > off && (QUESTION_OPENS.test(joined.slice(off, l.end)) || (!!caller?.last && caller.last !== 'password') || own.some((o) => o.kind === 'password'))) continue;
    // (nor from a label in a reply before to words in this one, where the line now asks for another secret: "ok username is jenny_pnpg and
    // password Kinabalu@70" then "wait the TAC sms says transfer RM 48,000 to MUHD FAIZ" to "You will get a TAC … send it to me")
    if (l.kind === 'password' && l.start >= off && !!caller?.last && caller.last !== 'password' && !own.some((o) => o.kind === 'password')) continue;
    // (nor into this reply's own whole reading of what the line now asks for: "cvv 3 1 9" then "07700 900984" to "confirm your mobile")
    if (l.start < off && l.end > off && caller?.last && caller.last !== l.kind && (caller.last !== 'phone' || PHONE_NAMED.test(caller.text)) && own.some((o) => o.kind === caller.last && o.start + off < l.end && l.start < o.end + off && wholeBefore(text.slice(o.start, o.end), o.kind))) continue;
    if (l.end > off && l.vouched) parts.push([{ kind: l.kind, start: Math.max(l.start, off) - off, end: l.end - off }, l.start < off, l.start < off && wholeBefore(joined.slice(l.start, off), l.kind)]);
  }
  // (where the line asks for a code, only a card's commonest length: a code that comes is a new number, and a phone's pieces and
  // it pass a card's check one time in ten, "一五八 二六一 七 ..." · "后四位 零 三 三 九" · "她说是 七 零 五 五 二 八")
  const pieced = piecedNumber(norm, previous, caller?.asks.has('code') && !caller.asks.has('card') && !caller.asks.has('id') ? 16 : undefined);
  // (not the caller's own number said back: "Your contract number is VSC 7 7 2 0 4." · "v s c seven seven two oh four got it")
  // (nor where this reply reads it as what the line now asks for: "支付密码 呃 是我生日 九八零四幺二" to "付款页面要输支付密码 六位数" after a
  // code of six digits)
  // (nor a date this reply opens with, "5月18号？")
  if (pieced && !(caller?.numbers.length && callersOwn(text.slice(pieced.start, pieced.end), caller)) && !DATE_UNIT_AFTER.test(text.slice(pieced.end, pieced.end + 1))
    && !(caller?.last && own.some((o) => o.kind === caller.last && o.start < pieced.end && pieced.start < o.end))) parts.push([pieced, true]);
  let out = /\d[\s,.…-]*$/.test(head) ? ownAfterHarmless(joinedNorm, off, own) : own;
  // a secret that starts earlier is read whole: it replaces a reading of its end alone, unless it was whole
  // before and that reading is the other thing the caller now asks for ("social security number is 457 11 6380",
  // "And your phone number?" "765 220 9813"); few run over the start of this reply
  for (const [part, earlier, whole] of parts) {
    if (!earlier) continue;
    const overlaps = (o: Leak) => o.start < part.end && part.start < o.end;
    if (!whole || !out.some((o) => overlaps(o) && o.kind !== part.kind && o.kind === caller?.last)) out = [...out.filter((o) => !overlaps(o)), part];
  }
  // ...and one read within this reply counts where nothing else was read (by halving: a paste holds thousands)
  const meets = meetsAny(pairsOf(out));
  const within = parts.filter(([, earlier]) => !earlier).map(([part]) => part).sort((x, y) => x.start - y.start);
  const added: Leak[] = [];
  let reach = -1;
  for (const part of within) {
    if (meets(part.start, part.end) || part.start < reach) continue;
    added.push(part);
    reach = Math.max(reach, part.end);
  }
  return [...out, ...added].sort((x, y) => x.start - y.start);
}

/** Whether `d` is `head`'s end with a digit at most changed: a number corrected, "8 8 4 7" after "8842". */
function nearlySame(d: string, head: string): boolean {
  if (d.length < 3 || d.length > head.length) return false;
  const end = head.slice(-d.length);
  let diff = 0;
  for (let i = 0; i < d.length; i++) if (d[i] !== end[i]) diff++;
  return diff <= 1;
}

const SUM_WORDS_AFTER = /^[\s-]*(?:hundred|thousand|million|grand|dollars?|bucks|pounds?|euros?)\b/;
/**
 * This reply's own leaks less the end of the caller's number, said back, begun in the reply before ("the case number you gave
 * me was 2 2 0" then "8 1, dash 4 4. Right?").
 */
function ownAfterHarmless(norm: Normalized, off: number, own: Leak[]): Leak[] {
  const t = norm.text;
  for (const run of findRuns(t, norm.spelled)) {
    const [a, b] = toOriginal(norm, run.starts[0]!, spanOf(run)[1]);
    if (a >= off || b <= off) continue;
    return saidToMe(t, run.starts[0]!) ? own.filter((o) => o.start >= b - off) : own;
  }
  return own;
}

/** The runs of digits in a piece of a reply, read on its own. */
function runsIn(text: string): DigitRun[] {
  const t = normalize(text);
  return findRuns(t.text, t.spelled);
}
const digitsIn = (text: string) => runsIn(text).map((r) => r.digits).join('');
/** The digits a text says, a group begun again after a pause counted once ("洞三……洞三幺六" is 0316). */
function digitsSaidOnce(text: string): string {
  const t = normalize(text);
  return findRuns(t.text, t.spelled).map((r) => {
    const again: number[] = [];
    let at = 0;
    r.groups.forEach((n, g) => {
      const piece = r.digits.slice(at, (at += n));
      const next = r.digits.slice(at, at + (r.groups[g + 1] ?? 0));
      if (n >= 2 && next.length > n && next.startsWith(piece) && BEGUN_AGAIN.test(r.seps[g]!)) again.push(g);
    });
    return withoutGroups(r, again);
  }).join('');
}

/** Whether all text holds of a number is a card's expiry. */
function expiryOnly(text: string): boolean {
  const runs = runsIn(text);
  return runs.length === 1 && isExpiry(runs[0]!);
}

/** Whether the digits of text are a number the caller's line said. */
function callersOwn(text: string, caller: CallerLine): boolean {
  const d = digitsIn(text);
  return d.length >= 3 && caller.numbers.includes(d);
}

/** Whether the digits of text are a whole secret of the kind: a social security or resident ID number, a card's, a phone's (`tool`: a remote tool's ID, nine digits or more). */
function wholeBefore(text: string, kind: LeakKind, tool = false): boolean {
  const d = digitsIn(text);
  return kind === 'id' ? d.length === 9 || d.length === 15 || d.length === 18 : kind === 'card' ? d.length >= 16 || isCardNumber(d) : kind === 'phone' ? d.length >= 10 : d.length >= (tool ? 9 : 6);
}

/** The one number of a short reply, and the label before it, if that is all the reply holds. */
function pieceOf(reply: string): { digits: string; label: LabelKind | undefined } | null {
  const clean = sanitize(reply).text;
  if (clean.length > PIECE + 8) return null;
  const t = normalize(clean);
  const runs = findRuns(t.text, t.spelled);
  if (runs.length !== 1 || runs[0]!.digits.length > 8) return null;
  return { digits: runs[0]!.digits, label: scanLabels(t.text).byEnd.get(runs[0]!.starts[0]!)?.kind };
}

/** This reply's first number, as the end of a card or ID number read out over short replies before it (of `only` digits in all, where given). */
function piecedNumber(norm: Normalized, previous: readonly string[], only?: number): Leak | null {
  const first = findRuns(norm.text, norm.spelled)[0];
  if (!first || first.digits.length > 8) return null;
  const [a, end] = spanOf(first);
  // (nor a text's sender: "citi texts come from 692484"; nor an official line or one the person calls, "我先打国航九五五八三问一下")
  if (SENDER_BEFORE.test(norm.text.slice(Math.max(0, a - 12), a)) || isOfficial(first.digits) || calledNumber(norm.text, a)) return null;
  let b = end;
  // a resident ID's last piece ends in its X: "002X"
  const x = first.digits.length < 17 && norm.text[b] === 'x' && !/[a-z]/.test(norm.text[b + 1] ?? '');
  if (x) b++;
  let digits = first.digits + (x ? 'X' : '');
  for (let i = previous.length - 1, n = 1; i >= 0 && n < SPLIT_REPLIES; i--, n++) {
    const piece = pieceOf(previous[i]!);
    // (a thing's number is no piece: "zip 60614" between a card's security code and a text's sender)
    if (!piece || piece.label === 'not') return null;
    digits = piece.digits + digits;
    const len = digits.length;
    const kind = only !== undefined && len !== only ? null : isCardNumber(digits) || (piece.label === 'card' && len >= 13 && len <= 19) ? 'card'
      : chineseIdValid(digits) || (piece.label === 'id' && (len === 15 || len === 18)) ? 'id' : null;
    if (kind) {
      const [s, e] = toOriginal(norm, a, b);
      return { kind, start: s, end: e };
    }
    if (len > 19) return null;
  }
  return null;
}

/** The kind of the last secret given in the two replies before, if any. */
/** Whether these digits are a whole number of the kind: a mobile, a card by its checksum, a resident ID. */
const whole = (kind: LeakKind, d: string) => (kind === 'phone' && isMobile(d)) || (kind === 'card' && isCardNumber(d)) || (kind === 'id' && chineseIdValid(d));
function kindGivenIn(previous: readonly string[], callers?: LeakOptions['callers'], asks?: ReadonlySet<LabelKind>): LeakKind | undefined {
  for (let i = previous.length - 1; i >= Math.max(0, previous.length - 2); i--) {
    // (what a label or a checksum says, not a guess: "First five... two two nine, four eight." is no code)
    const norm = normalize(sanitize(previous[i]!).text);
    const all = readSecrets(norm);
    const found = all.filter((f) => f.vouched);
    const f = found.at(-1);
    // (a number given whole leaves no rest where the line names another secret: the part is of that, "领出来之后…系统会给您发一个六位数的
    // 验证码，您念给我" two replies after a whole mobile)
    if (f) return asks?.size && !asks.has(f.kind) && all.some((x) => x.kind === f.kind && whole(x.kind, norm.text.slice(x.start, x.end).replace(/\D/g, ''))) ? undefined : f.kind;
    // (or what the line it answered asked for, where it is known: "Okay, four one seven nine." answering "Read me the number across
    // the front"; the last reply only, and digits only: a spelling's kind is read where it goes on, spellingGoesOn)
    const line = i === previous.length - 1 && !spelledOut(norm.text).length ? lineOf(callers, previous, i) : undefined;
    const asked = line && askedSecret(line);
    // (the reply read against that line, once, for each use below)
    let byLine: Found[] | undefined;
    const readByLine = () => (byLine ??= readSecrets(norm, line));
    // (a code too, where the reply read one: "收到了 前面是 4 7 2 后面字太小了" then "918", not the digits of every short reply before)
    if (asked && (readByLine().some((f) => f.kind === asked) || (asked !== 'code' && BARE_PIECE.test(norm.text)))) return asked;
    // (or another the line asks for, where the reply broke off on it: "ok its 19900318-21107- wait let me get the card" to "Send me your NIDA
    // number …, then a code will come to you")
    const broke = line && CUT_END.test(norm.text) ? readByLine().at(-1) : undefined;
    if (broke && line!.asks.has(broke.kind)) return broke.kind;
    // (a remote tool's number, asked for by its length: "send us the 9 digit number it shows" · "The number is 482 119" · "We need all 9
    // digits please" · "073.")
    if (line && TOOL_NUMBER_ASKED.test(line.text) && readByLine().some((f) => f.kind === 'code')) return 'code';
    const back = line && saidBack(norm, line);
    if (back) return back;
  }
  return undefined;
}

/**
 * The secret whose start the line read out and the reply agreed to, saying it back: "对 是622202开头" to "您的卡号前六位是622202吧"
 * (not asked back, "W-7731-0042? Five thousand a week?").
 */
const AGREED = /^\s*(?:对|是的?|嗯|没错|yes|yeah|yep|right|correct|that's (?:right|it|correct))(?![a-z])/;
function saidBack(norm: Normalized, line: CallerLine): LeakKind | undefined {
  if (!AGREED.test(norm.text) || /[?？]/.test(norm.text)) return undefined;
  const said = findRuns(norm.text, norm.spelled).map((r) => r.digits).join('');
  return said.length >= 4 ? readOut(line).find(([, [whole]]) => whole!.length >= 4 && said.includes(whole!))?.[0] : undefined;
}

/**
 * With nothing in the replies before naming it, the secret whose rest the caller asks for by how many digits
 * the person has read in all: nine a social security number's, ten a phone number's (eleven a mainland mobile's),
 * eighteen a resident ID's, a card's by its checksum
 * ("The first three are 3 2 8." then "The rest... 6 6, then 1 9 0 4").
 */
function kindByLength(previous: readonly string[], norm: Normalized): LeakKind | undefined {
  // (the pieces read before: short replies, each with digits, the last two at most)
  let digits = '';
  for (const reply of previous.slice(-2).reverse()) {
    const clean = sanitize(reply).text;
    const t = normalize(clean);
    const runs = findRuns(t.text, t.spelled);
    if (clean.length > 2 * PIECE || !runs.length) break;
    digits = runs.map((r) => r.digits).join('') + digits;
  }
  if (!digits) return undefined;
  for (const run of findRuns(norm.text, norm.spelled)) digits += run.digits;
  // (sixteen is a card's length, whatever its checksum: no other secret has it; eighteen a resident ID's, eleven from 1 a mainland mobile)
  const len = digits.length;
  return len === 9 || len === 18 ? 'id' : (len === 10 && /^[2-9]/.test(digits)) || (len === 11 && isMobile(digits)) ? 'phone'
    : len === 16 || (len >= 13 && isCardNumber(digits)) ? 'card' : undefined;
}

// A stage direction in a written dialogue, "*reads from phone*", "(pauses)", "[checking the card]": what
// the person does, not what they say, so no label of what comes after ("the code is *reads from phone*
// 482913" is the code). "[SSN]", "(routing number)" stand for a value and are kept.
const ASIDE = /\*[a-z][a-z ,'-]{1,46}\*|[([][a-z][a-z ,'-]{1,46}[)\]]/g;
const ACTION = /^[[(*](?:[a-z]+(?:s|ing|ed)|pause|sigh|laugh|cough|gasp|whisper|mumble|squint)\b/;
// ("[pauses, then provides the information]" gives the value: kept, a stand-in)
const NAMES_VALUE = /number|ssn|social|digits|code|\bpin\b|password|provid|giv|recit|read(?:s|ing)? (?:out|off|it|(?:the |my |from (?:the |my )?)?card)|information|details|redact|remov|omit|censor|withheld/;

/**
 * Spans ([start, end) pairs) looked up by halving, as a paste may hold thousands of both (a search of every span for every number
 * was quadratic): whether [a, b) meets one of them, and whether they cover it (one, or several overlapping).
 */
function spansAt(spans: ReadonlyArray<readonly [number, number]>): { meets: (a: number, b: number) => boolean; covers: (a: number, b: number) => boolean } {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const starts = sorted.map((f) => f[0]);
  // (the furthest end of the spans starting at or before each one: spans may overlap)
  const reach: number[] = [];
  for (const f of sorted) reach.push(Math.max(f[1], reach[reach.length - 1] ?? -1));
  const reachFrom = (at: number) => {
    const before = countAtMost(starts, at);
    return before > 0 ? reach[before - 1]! : -1;
  };
  return { meets: (a, b) => a < reachFrom(b - 1), covers: (a, b) => reachFrom(a) >= b };
}
const meetsAny = (spans: ReadonlyArray<readonly [number, number]>) => spansAt(spans).meets;
const pairsOf = (leaks: readonly Leak[]) => leaks.map((l) => [l.start, l.end] as const);

/** The text with its stage directions blanked (same length, so every offset stays). */
function withoutAsides(t: string): string {
  if (!/[*([]/.test(t)) return t;
  return t.replace(ASIDE, (m) => (ACTION.test(m) && !NAMES_VALUE.test(m) ? ' '.repeat(m.length) : m));
}

function readSecrets(norm: Normalized, caller?: CallerLine, earlier?: LeakKind): Found[] {
  const t = withoutAsides(norm.text);
  const talk = new Talk(t);
  const labels = withTalk(scanLabels(t), t, () => caller?.heard ?? '');
  // ("The last four are 5163." to "And the last four to complete it." after the card's first twelve in the replies before: its
  // last four finish the number, no card's end printed on a receipt, round 33)
  if (earlier === 'card' && caller?.asksPart && LAST_FOUR_ASKED.test(caller.text)) {
    for (const [end, l] of labels.byEnd) if (l.kind === 'not' && LAST_FOUR_LABEL.test(t.slice(l.at, end))) labels.byEnd.delete(end);
    labels.harmlessEnds = labels.harmlessEnds.filter((end) => labels.byEnd.has(end));
  }
  // [kind, start, end, vouched], normalised offsets
  let found: Span[] = [];
  let takenUntil = -1;

  // passwords first: "密码是一二三四五六" is a password, not a code
  for (const [end, label] of labels.byEnd) {
    if (label.kind !== 'password' || label.at < takenUntil) continue; // "密码：pwd+2024" is one password
    const span = readPassword(t, end);
    // (the PINs of several things, listed: "The PINs are 4471, 8820 and 1135, in that order" are all given)
    if (span && PLURAL_PASSWORDS.test(t.slice(label.at, end)) && /^[\d\s-]+$/.test(t.slice(span[0], span[1]))) {
      MORE_LISTED.lastIndex = span[1];
      while (MORE_LISTED.exec(t)) span[1] = MORE_LISTED.lastIndex;
    }
    // ("I forgot what my pin is anyway": a word after "what my PIN is" says nothing; "Sure, my password is Sunshine" does)
    if (span && !/\d/.test(t.slice(span[0], span[1])) && WHAT_BEFORE.test(t.slice(Math.max(0, label.at - 16), label.at))) continue;
    // (not a number the person will call: "这个我不填，我还是打95588问问吧"; nor a hotline or an app's name, "交罚款要啥交易密码 12123我手机上就有app";
    // nor a sum, "why would you need my PIN for eleven dollars?")
    if (span && !caller?.text.includes(t.slice(span[0], span[1])) && !calledNumber(t, span[0], talk) && !isOfficial(t.slice(span[0], span[1])) && !(/^[\d\s]+$/.test(t.slice(span[0], span[1])) && unitAfter(t, span[1]))) {
      // a gift card's PIN, "5839 2210 7741", is the card's: what the caller cashes (docs/labelling.md, case 59)
      const gift = giftTalk(talk, label, t.slice(span[0], span[1]).replace(/\D/g, '').length, caller)
        || (!!caller?.asksGiftPin && !BANK_PIN.test(t.slice(Math.max(0, span[0] - 80), span[0])));
      // ("The passcode is 2 0 6 9 5 4." answering "I'm going to send you a one-time passcode": the code the line sends, case 120)
      const sent = !gift && !!caller?.asks.has('code') && !caller.asks.has('password') && /^pass ?code\b/.test(t.slice(label.at, label.at + 9)) && /^[\d\s,.-]{4,16}$/.test(t.slice(span[0], span[1]));
      // (a "PIN" of ten digits or more, nothing else in it, is a personal identification number, an ID, where the line asks for one so:
      // "PIN 820416 1200 537" to "Send your full names, Personal ID Number (PIN)…", Eswatini's; not a voucher's PIN)
      const idPin = !gift && !!caller?.says(PIN_IS_ID) && /^pin\b/.test(t.slice(label.at, label.at + 4)) && /^[\d\s,.-]+$/.test(t.slice(span[0], span[1])) && digitsIn(t.slice(span[0], span[1])).length >= 10;
      found.push([gift ? 'card' : sent ? 'code' : idPin ? 'id' : 'password', span[0], span[1], true]);
      takenUntil = Math.max(takenUntil, span[1]);
    }
  }
  // "how about "johnson1"?" answering a request to choose a password, or "my password is… let me
  // think… it's "ilovepuppies"" a little after its label: the quoted word is it
  const q = !found.length ? QUOTED_WORD.exec(t) : null;
  const labelledBefore = q && [...labels.byEnd].some(([end, l]) => l.kind === 'password' && end <= q.index && q.index - end <= 60
    && !negatedAt(t, l.at, talk) && !othersLabel(t, l.at, undefined, talk) && !NOT_GIVEN_BETWEEN.test(t.slice(end, q.index)))
    // (not what a text says, quoted: "咋还要密码呢……等一下，短信里写的是“中国ETC”")
    && !TEXT_SAYS_BEFORE.test(t.slice(Math.max(0, q.index - 12), q.index));
  // (a word alone, quoted as the answer to a line that asks for a password now: "That one is 'lighthouse'." to "What is the verbal
  // password you give the monitoring center?")
  const answered = () => caller?.last === 'password' && !refusesPassword(talk, labels) && !WONT_SAY.test(t.slice(0, q!.index)) && QUOTE_ANSWERS.test(t.slice(Math.max(0, q!.index - 12), q!.index)) && !/^[^.!]{0,3}\?/.test(t.slice(q!.index + q![0].length));
  // (nor a text's words quoted, its code's label in them: "写的是'验证码四拐九，两洞六'" reads the code)
  // (a password is typed in letters, digits and marks: what someone is quoted as shouting, "我堂客在灶屋喊：'哪个要你开银行？莫动！'", is none)
  // (nor an official line's app named in quotes: "养老金认证在'掌上12333'APP里就能做")
  if (q && /[a-z\d]/.test(q[1]!) && !CODE_LABEL_ZH.test(q[1]!) && (labelledBefore || (caller?.asks.has('password') && (/\d/.test(q[1]!) || answered()))) && !caller?.text.includes(q[1]!) && !(/^[^a-z]*$/.test(q[1]!) && isOfficial(digitsIn(q[1]!)))) found.push(['password', q.index + 1, q.index + 1 + q[1]!.length, true]);
  // ("It's sunshine." answering a line that asks for a password now: the word given as the answer, not what the line says)
  // (the reply's shape first: the line's request is read only where it could matter)
  const answer = !found.length && caller ? wordAnswer(t) : null;
  const word = answer && caller!.last === 'password' && !refusesPassword(talk, labels) ? answer : null;
  if (word && !caller!.text.includes(t.slice(word[0], word[1]))) found.push(['password', word[0], word[1], true]);
  // ("lunaloomco@gmail.com / M00nph@se!22" answering a request for the login e-mail and the password: the word given after the
  // e-mail, of letters with digits or symbols, is the password)
  const login = !found.length && t.includes('@') && caller?.asks.has('password') && !refusesPassword(talk, labels) ? EMAIL_THEN_WORD.exec(t) : null;
  if (login && /[a-z]/.test(login[1]!) && /[\d!@#$%^&*?_~+=-]/.test(login[1]!) && !/\.[a-z]{2,}$|^https?:/.test(login[1]!)) {
    const at = login.index + login[0].length - login[1]!.length;
    found.push(['password', at, at + login[1]!.length, true]);
  }
  // (what the password labels gave: a password said aloud there is not read again below, nor a gift card's PIN made a password
  // again, "I have the gift card. PIN number is X7K4-99QB-21.")
  const given = spansAt(found.map((f) => [f[1], f[2]] as const));
  const inPassword = (at: number) => given.meets(at, at + 1);

  const ctx = context(talk, labels, caller, earlier);
  // each number read, and the secret it is (or null): a guess corrected next to it is one too
  const read: Array<[DigitRun, LeakKind | null]> = [];
  // (the numbers judged harmless)
  const harmless = new Set<DigitRun>();
  // (the long ones a harmless label names, but for their last three digits)
  const namedHarmless = new Set<string>();
  // (gathered in one loop: a paste holds thousands of runs)
  const runs: DigitRun[] = [];
  for (const r of findRuns(t, norm.spelled)) if (!inPassword(r.starts[0]!)) for (const x of numbersIn(r, labels, t)) runs.push(x);
  // (a number said twice over, "幺……洞……拐，幺洞拐", is the secret its first saying is: its digits, verdict and end)
  let before: readonly [string, Verdict, number] | undefined;
  for (const run of runs) {
    for (const part of readWhole(run, labels, caller) ? [run] : splitRun(run)) {
      const [a, b] = spanOf(part);
      const first = judge(part, ctx);
      const judged = (first === null || first === 'no') && before?.[0] === part.digits && before[1] !== null && before[1] !== 'no' && SAID_TWICE_GAP.test(t.slice(before[2], a)) ? before[1] : first;
      before = [part.digits, judged, b];
      // (where its label would start: asked only of a number found, or of a long one)
      let lead: number | undefined;
      const start = () => a - (lead ??= leadOf(part, ctx));
      // ("IMEI 35 391110 448172 6 and a second one, 35 391110 448173 4": a long number like one a harmless label names but for
      // its last digits is another of the same)
      // (itself named by no label: "Customer number 4410226719, account number 4410226734" gives the account)
      const head = part.digits.length >= 10 ? part.digits.slice(0, -3) : undefined;
      const v = judged !== null && judged !== 'no' && head !== undefined && namedHarmless.has(head) && !labels.byEnd.has(start()) ? 'no' : judged;
      read.push([part, v !== null && v !== 'no' ? v : null]);
      if (v === 'no') harmless.add(part);
      if (v === 'no' && head !== undefined && labels.byEnd.get(start())?.kind === 'not') namedHarmless.add(head);
      if (v !== null && v !== 'no') found.push([v, start(), b, vouched(v, part, ctx)]);
      else if (v === null && part.groups.length > 1 && !calledNumber(t, a, talk) && !othersNumberNear(t, a) && !harmlessNear(t, labels, a) && !NOT_YOURS_AFTER.test(t.slice(b, b + 40))) {
        // nothing as a whole ("10:30 482913"): each group on its own
        for (let g = 0, from = 0; g < part.groups.length; from += part.groups[g++]!) {
          const one = subRun(part, g, g, from);
          const w = judge(one, ctx);
          if (w === null || w === 'no') continue;
          // (said again digit by digit right after, "552 139. one three nine", it is masked with it)
          let end = g;
          let said = '';
          for (let h = g + 1, at = from + part.groups[g]!; h < part.groups.length && one.digits.startsWith(said); at += part.groups[h++]!) {
            said += part.digits.slice(at, at + part.groups[h]!);
            if (said === one.digits) end = h;
          }
          found.push([w, ...spanOf(subRun(part, g, end, from)), vouched(w, one, ctx)]);
        }
      }
    }
  }
  // (pieces a secret's label heads are vouched for by it: "card number, it's four one four seven, two zero three three" then "then 8 8 1 0, and then 6 4 1 9")
  found = mergeSpans(found, readInPieces(read, ctx).map(([kind, a, b]) => [kind, a, b, secretOf(labels.byEnd.get(a)?.kind ?? 'number') === kind]), 'over');
  // "5 5 2, wait no, 5 5 3 0 8 8", "…128 不对 129": a guess and its correction are the same secret
  for (let i = 0; i + 1 < read.length; i++) {
    const [x, kx] = read[i]!;
    const [y, ky] = read[i + 1]!;
    const gap = [spanOf(x)[1], spanOf(y)[0]] as const;
    if (!kx === !ky || gap[1] - gap[0] > 24 || !CORRECTION.test(t.slice(gap[0], gap[1]))) continue;
    const [guess, kind] = kx ? [y, kx] : [x, ky!];
    // (a number a label or the caller makes harmless is never a secret's slip; corrected to one like it, it stays harmless:
    // "the one ending 4 4 1 7, sorry, 4 4 7 1")
    // (but a date the password is made of stays its: "密码…后壁加阮查某囝的生日，零六一四二八……毋着毋着，是零六一四幺八")
    if (harmless.has(guess) && !ctx.caller?.asks.has('password') && (ctx.labels.byEnd.get(guess.starts[0]! - leadOf(guess, ctx))?.kind === 'not' || (!!ctx.caller && callersOwnNumber(guess.digits, ctx.caller)))) {
      const [a, b] = spanOf(kx ? x : y);
      if (alike(guess.digits, (kx ? x : y).digits)) found = found.filter((f) => f[2] <= a || b <= f[1]);
    } else if (guess.digits.length >= 3) found.push([kind, ...spanOf(guess), false]);
  }
  // "系这只号。一五幺，两三八拐……细妹，莫吵！……四洞勾六": a mobile's rest after words that break in is the phone begun before them
  for (let i = 0; i + 1 < read.length; i++) {
    const [x, kx] = read[i]!;
    const [y, ky] = read[i + 1]!;
    const [a, b] = spanOf(y);
    if (kx !== 'phone' || !ky || ky === 'phone' || x.digits.length < 3 || a - spanOf(x)[1] > 24 || !isMobile(x.digits + y.digits) || found.some((f) => f[0] === 'phone' && f[1] <= a && b <= f[2])) continue;
    found = found.filter((f) => f[0] !== ky || f[2] <= a || b <= f[1]);
    found.push(['phone', a, b, false]);
  }
  // "尔这个号是幺三八，洞五拐勾，后头几位是两四……两四六一是吧？": the rest of the caller's own number, read on, is the caller's too
  for (let i = 0; i + 1 < read.length; i++) {
    const [x] = read[i]!;
    const [y, ky] = read[i + 1]!;
    if (!ky || !harmless.has(x)) continue;
    const [ax, bx] = spanOf(x);
    const [a, b] = spanOf(y);
    if (!READ_ON_GAP.test(t.slice(bx, a)) || !CALLERS_NUMBER_BEFORE.test(t.slice(Math.max(0, ax - 24), ax))) continue;
    found = found.filter((f) => f[2] <= a || b <= f[1]);
    read[i + 1] = [y, null];
    harmless.add(y);
  }
  // "我这张是农行的，六二二八四八，幺两洞拐……等哈，我妈喊我……回来了，三三勾洞，幺四四六，八": a card's rest, read in pieces after words that
  // break in, is the card begun before them, while it is short of a card's number (not a code its label names after it)
  for (let i = 0, sofar = ''; i + 1 < read.length; i++) {
    const [x, kx] = read[i]!;
    const [y, ky] = read[i + 1]!;
    sofar = kx === 'card' ? (sofar || x.digits) : '';
    if (!sofar) continue;
    const [a, b] = spanOf(y);
    const gap = t.slice(spanOf(x)[1], a);
    // (or read as an ID by the line asking for one too, where its digits open as no ID's do: "卡号是 六二三零 二七一四 等一哈 眼睛花了看不清 零零八三 五五一二 七零四")
    const asId = ky === 'id' && !idStart(y.digits) && !ID_NAMED_ZH_EN.test(gap);
    if ((ky !== 'code' && !asId) || gap.length > 48 || /\d/.test(gap) || CODE_NAMED.test(gap) || labels.byEnd.has(a) || sofar.length + y.digits.length > 19 || isCardNumber(sofar)) continue;
    read[i + 1] = [y, 'card'];
    sofar += y.digits;
    if (found.some((f) => f[0] === 'card' && f[1] <= a && b <= f[2])) continue;
    found = found.filter((f) => (f[0] !== 'code' && f[0] !== 'id') || f[2] <= a || b <= f[1]);
    found.push(['card', a, b, false]);
  }
  // "我收到的是 K7M2XP", "It's K7M2XP.": letters and digits mixed in turn, five to eight, answering a request for the code, where
  // no other code is read (not a reference's letters then its digits, "UA1186", nor the caller's own, nor one after a label: those
  // are read by their labels, "confirmation code is KX9P2L")
  if (/\d/.test(t) && caller?.last === 'code' && !caller.asksHarmless && !found.some((f) => f[0] === 'code')) {
    for (const m of t.matchAll(MIXED_TOKEN)) {
      const w = m[0];
      const digits = w.replace(/\D/g, '').length;
      if (digits >= 2 && w.length - digits >= 2 && w.length - digits <= 4 && !/^[a-z]+\d+$|^\d+[a-z]+$|^0x[\da-f]+$/.test(w) && !caller.text.replace(/[\s-]/g, '').includes(w) && !inPassword(m.index) && !labelBefore(labels, m.index, 24)) found.push(['code', m.index, m.index + w.length, false]);
    }
  }
  // "陈思雨 市场部 12月11号 21002X": five digits and an X, a Chinese ID's last six (its check digit alone may be a letter), an ID's part
  // wherever it stands (a part counts)
  if (t.includes('x')) {
    const tails: Span[] = [];
    for (const m of t.matchAll(ID_TAIL)) if (!caller?.text.includes(m[0]) && !inPassword(m.index)) tails.push(['id', m.index, m.index + 6, false]);
    found = mergeSpans(found, tails, 'inside');
  }
  // the whole value after its label wins over a number found inside it ("redemption code ABCD-EFGH-1234")
  const values: Span[] = [];
  for (const [end, label] of labels.byEnd) {
    const stand = placeholderAfter(talk, label, end, labels);
    const alnum = stand ? null : alphanumericAfter(talk, label, end, caller);
    const span = stand ?? alnum ?? cardinalAfter(talk, label, end);
    const kind = span && (alnum && label.kind === 'cvv' ? 'code' : secretOf(label.kind)!);
    // (a gift card's code is the card's: docs/labelling.md, case 59)
    if (span) values.push([kind === 'code' && (talk.says(GIFT) || !!caller?.says(GIFT)) ? 'card' : kind!, span[0], span[1], true]);
  }
  found = mergeSpans(found, values, 'inside');
  // "capital S, u, n, s, h, i, n, e" after its label or answering a request: the whole spelling is the
  // secret, over any number found inside it
  const spelt: Span[] = [];
  for (const span of spelledOut(t)) {
    // (its label right before it, or a little before: "my password which is uh mickey mouse as one word m i c k e y…")
    const near = labels.byEnd.get(span[0]);
    const label = (near && !placeOf(t, near) ? near : undefined) ?? labelBefore(labels, span[0], 60, (l) => l.kind === 'password');
    const named = label && !negatedAt(t, label.at, talk) && !othersLabel(t, label.at, undefined, talk) ? secretOf(label.kind) : undefined;
    // (asked to spell something unnamed, letters and digits are a password: "T as in tango, R…, then 9 9")
    // (or to log in while the caller watches, asking for nothing else: "I'll type it… B-a-x-t-e-r-1-9-5-6")
    // (not where the line asks for what is on the screen: "Log in and tell me the case number", "What's your username?")
    const key = spelledKey(t.slice(span[0], span[1]));
    const lastAsked = askedSecret(caller);
    // (a phone holds no letters: letters and digits answering a line that names a phone last are the other secret it asks for, "tell me
    // your PAN card number and one alternate mobile number" · "B, K, R, P, L... four two seven one, M")
    const asked = (lastAsked === 'phone' && /[a-z]/.test(key) ? [...caller!.asks].map((k) => secretOf(k)).find((k) => k && k !== 'phone') : lastAsked)
      ?? (caller && (SPELL_ASKED.test(caller.text) || (LOG_IN_ASKED.test(caller.text) && caller.last === undefined && !caller.labels.harmlessEnds.length && !caller.text.includes('?'))) && /\d/.test(t.slice(span[0], span[1])) ? 'password' : undefined);
    // (not a name spelt, "And your name's Officer Diaz, D-I-A-Z")
    const read = named ?? (asked && !harmlessNear(t, labels, span[0]) && !(!/\d/.test(t.slice(span[0], span[1])) && NAME_BEFORE.test(t.slice(Math.max(0, span[0] - 40), span[0]))) ? asked : undefined);
    // (a gift card's code spelt out is the card's, as its digits are: "the code is x k 4 7 dash 9 p q r…" answering "Scratch the back of
    // the first card and read me the code.", case 59)
    // (and a National Insurance number's letters, then its first pairs, where the line asks for it with the bank's numbers: "J-K, forty-four,
    // ninety-one...")
    const kind = (read === 'code' || read === 'password') && giftPin(span[0], t, caller) ? 'card' : read === 'card' && NI_BEGUN.test(t.slice(span[0], span[1])) && !!caller?.says(NI_ASKED) ? 'id' : read;
    // (letters alone are no ID and no phone, which hold digits: "maiden name Kowalski, K-O-W-A-L-S-K-I" answering a line that
    // also names the social security number is a name; a password, a code or a claim code may be letters alone)
    const digit = spellsDigit(t.slice(span[0], span[1]));
    // (nor a few letters alone that nothing names and no answer gives, an office's initials: "thats not how h m r c works" after gift
    // cards were asked for; a password's letters may be a few: "the first four letters are g-a-r-d")
    // (nor a web address spelt out, "R-A-C-Q dash renew dot com?")
    if (kind && ((kind !== 'id' && kind !== 'phone') || digit) && (digit || kind === 'password' || !!named || key.length >= 6 || answerShaped(t, 0, span[0])) && !caller?.spells(key) && !WEB_ADDRESS_AFTER.test(t.slice(span[1], span[1] + 40))) {
      spelt.push([kind, span[0], span[1], !!named]);
      // ("It's Biscuit, B-I-S-C-U-I-T": the word said before its spelling is the same secret)
      const said = saidBefore(t, span[0], key);
      if (said) spelt.push([kind, said[0], said[1], !!named]);
    }
  }
  found = mergeSpans(found, spelt, 'inside');
  // "Sure, it's 1EG4-TE5-MK72." answering "can you give me your Medicare number?": letters and digits
  // that no label introduced are the card, ID or code asked for (a Medicare or claim number), not a
  // word; unless a harmless label is near ("order AB12-CD34") or the caller said it
  // (a gift card's code "on the back" is the card's: docs/labelling.md, case 59)
  // ("…it's AB7K 2MQ9 XP41, and the PIN underneath is 5520": beside another secret too)
  // (not where the line asks for a username after it, a word of letters and digits itself: "verify your account… Can you tell me
  // your online banking username?")
  // (read once, for the checks below that need a word of letters and digits)
  const alnumWord = hasAlnumWord(t);
  const askedFor = caller && alnumWord && caller.last && ALNUM_KINDS.has(caller.last) && !(caller.asksHarmless && USERNAME_ASKED.test(caller.text)) ? askedSecret(caller) : undefined;
  for (const re of askedFor ? [BARE_ALNUM, BARE_GROUPS, LETTER_GROUPS, PREFIXED_GROUPS, PREFIXED_START] : []) {
    const words: Span[] = [];
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const word = m[0].trimEnd();
      // (nor a hexadecimal error code, "0x000003E8", nor a case's or a claim's reference led by its year, "2026-CR-04418", nor a sum's
      // words half read, "forty-nine thousand nine hundred ninety-nine" → "49 thousand 990-nine")
      // (nor the caller's own, read back in groups or with a slip: "P二洞二三 洞八八幺六六？" after "保单号是P20230881166", case 72)
      if (!caller!.saysWord(word) && !readBack(word, caller!) && !TOLL_FREE_WORD.test(word) && !MASKED_GROUPS.test(word) && !COUNT_WITH_UNIT.test(word) && !/^0x[\da-f]+$/.test(word) && !DIGITS_THEN_NUMBER_WORD.test(word) && !YEAR_REFERENCE.test(word) && !officialApp(word) && !harmlessNear(t, labels, m.index) && !(askedFor !== 'code' && (RECEIPT_BEFORE.test(t.slice(Math.max(0, m.index - 24), m.index)) || /^\s*confirmed\b/.test(t.slice(m.index + word.length, m.index + word.length + 12))))) words.push([(askedFor === 'code' || askedFor === 'password') && giftPin(m.index, t, caller) ? 'card' : askedFor!, m.index, m.index + word.length, true]);
    }
    re.lastIndex = 0;
    found = mergeSpans(found, words, 'same');
  }
  // "Second one, X3PW8NV6CKZ1BT5G.", "the third is 7HQK 2LMP 9XWR 4TDN" while the caller says only "next": a gift
  // card's claim code, read card after card with no label and no request (docs/labelling.md, case 59)
  if (alnumWord && !notClaimTalk(talk, caller)) {
    const codes: Span[] = [];
    for (let m = CLAIM_CODE.exec(t); m; m = CLAIM_CODE.exec(t)) {
      if (claimCode(m[0]) && !caller?.text.includes(m[0]) && !harmlessNear(t, labels, m.index)) codes.push(['card', m.index, m.index + m[0].length, true]);
    }
    CLAIM_CODE.lastIndex = 0;
    found = mergeSpans(found, codes, 'same');
  }
  // "DE89 3704 0044 0532 0130 00": an IBAN whose check digits hold is a bank account's number, whatever names it (as a
  // card's Luhn check), letters and all; in an IBAN's shape, one where an IBAN is asked for or named ("confirm the IBAN of
  // your account" → "DE44 5004 0000 0721 3398 15."), whatever its check; not one the caller said, nor one a harmless thing names
  if (alnumWord) {
    const ibans: Span[] = [];
    for (const m of t.matchAll(IBAN)) {
      // (the groups it is said in, the last ones dropped until the check holds: "…3398 15 and" takes no word after it)
      let iban = m[0];
      while (!ibanValid(iban) && /[ -][a-z0-9]+$/.test(iban)) iban = iban.replace(/[ -][a-z0-9]+$/, '');
      if (!ibanValid(iban)) {
        if (!/\biban\b/.test(caller?.text ?? '') && !/\biban\b/.test(t.slice(Math.max(0, m.index - 24), m.index))) continue;
        iban = m[0].replace(/[ -][a-z]+$/, '');
      }
      if (!caller?.saysWord(iban) && !harmlessNear(t, labels, m.index)) ibans.push(['card', m.index, m.index + iban.length, true]);
    }
    found = mergeSpans(found, ibans, 'inside');
  }
  // "Okay. It's 1TG7-E82-NQ45.": a Medicare number's shape (a digit, letters and digits in 4-3-4, as the card prints it) is an ID,
  // whatever names it
  if (alnumWord) {
    const ids: Span[] = [];
    // (whatever the line asks, where the reply names Medicare: "Do you want my Medicare too? It's 7AQ2-MP3-WU60")
    const named = /medicare/.test(t);
    // (written in spaced groups only where Medicare, an ID or a card is talked about, in the reply or the line, and no code's label is
    // before it: "The code is 4NK2 PQ7 ZZ91" is a code)
    for (let m = MBI.exec(t); m; m = MBI.exec(t)) {
      const spacedOk = !m[0].includes(' ') || named || (!!caller && (caller.says(MEDICARE) || caller.asks.has('id') || /\bcard\b/.test(caller.text)) && labels.byEnd.get(m.index)?.kind !== 'code');
      if (!caller?.text.includes(m[0]) && (!caller?.asksHarmless || named) && !harmlessNear(t, labels, m.index) && spacedOk) ids.push(['id', m.index, m.index + m[0].length, true]);
    }
    MBI.lastIndex = 0;
    found = mergeSpans(found, ids, 'inside');
  }
  // "its Fluffy2019!", "I use the same one for everything, Pa55word" answering a request for a password:
  // a word of letters and digits nobody introduced is the password asked for
  // (over a number found inside it: "邮箱密码是 zhangli 小写 at 一二三 就是zhangli@123")
  if (alnumWord && caller?.last === 'password') {
    const gift = caller.says(GIFT);
    const words: Span[] = [];
    for (let m = BARE_PASSWORD.exec(t); m; m = BARE_PASSWORD.exec(t)) {
      const word = m[0].replace(TRAILING_MARKS, '');
      // (not a company's number in letters: "I'll call 1-800-MEDICARE")
      if (TOLL_FREE_WORD.test(word)) continue;
      // (a gift card's PIN or claim code is the card's, case 59)
      const card = caller.asksGiftPin || (gift && claimLength(word));
      // (a word opening a sentence is not the harmless thing named at the end of the one before: "the year I was born. Biscuit1957")
      const named = harmlessNear(t, labels, m.index) && !/[^.][.!?]\s+$/.test(t.slice(Math.max(0, m.index - 4), m.index));
      // (nor a sum said in words, "Hundred-twenty first?", nor one as a word, "the fifty-dollar ones")
      // (nor one an ID's or a code's label heads: "Ghana card GHA-718204553-6. the pin is…"; an account's, "账号tingxi2019 密码是…", is the
      // login's, read with its password)
      const headed = () => !!labelBefore(labels, m!.index, 24, (l, end) => (l.kind === 'id' || l.kind === 'code') && LABEL_GAP.test(t.slice(end, m!.index)));
      if (word.length >= 6 && /[a-z].*[a-z]/.test(word) && !caller.text.includes(word) && !named && !SUM_IN_WORDS.test(word) && !COUNT_WITH_UNIT.test(word) && !headed()) words.push([card ? 'card' : 'password', m.index, m.index + word.length, true]);
    }
    BARE_PASSWORD.lastIndex = 0;
    found = mergeSpans(found, words, 'inside');
  }
  // "It's iloveyou, all lowercase, no spaces" answering a request for a password, or after its label: a
  // word whose writing the person goes on to describe is the password
  if (DESCRIBED.test(t) && (caller?.last === 'password' || PASSWORD_BEFORE.test(t) || /[a-z][!@#$%^&*]+\d/.test(t))) {
    const words: Span[] = [];
    for (let m = DESCRIBED_WORD.exec(t); m; m = DESCRIBED_WORD.exec(t)) {
      const a = m.index;
      // (and what it goes on with: "Mittens, capital M, then one two three", "sunflower, all small, then 2 2 and a star")
      const b = describedEnd(t, a, m[0].length, DESCRIBED_MORE, m[1]!.replace(/[.-]+$/, ''));
      const label = passwordLabelBefore(t, labels, a);
      // (or written with a symbol, a digit and letters, as no other thing is, and its writing described: "It's Denver#2023, capital D")
      const given = caller?.last === 'password' || !!label || (/[!#$%^&*]/.test(m[1]!) && !/@/.test(t.slice(a, a + m[0].length + 16)) && /\d/.test(m[1]!) && /[a-z]{3}/.test(m[1]!) && !!caller?.asks.size && !caller.asksHarmless);
      // (a harmless thing named between its label and it says what it is: "the password is... it's Luis's birthday, 0314Familia")
      const harmless = harmlessNear(t, labels, a) && !(label && labels.harmlessEnds[countAtMost(labels.harmlessEnds, a) - 1]! > label.at);
      if (given && !DESCRIBING.test(m[1]!) && !caller?.text.includes(m[1]!) && !harmless) words.push(['password', a, b, true]);
    }
    DESCRIBED_WORD.lastIndex = 0;
    found = mergeSpans(found, words, 'inside');
  }
  // "密码是我生日加……呃，hb，小写的，然后九九……" answering a request for a password, or after its label: letters whose case the person
  // goes on to tell are the password's, and what follows them after "然后", "加" (a part counts)
  if ((t.includes('小写') || t.includes('大写')) && (caller?.last === 'password' || PASSWORD_BEFORE.test(t)) && !refusesPassword(talk, labels)) {
    const words: Span[] = [];
    const told = (a: number, described: number, word: string) => {
      const b = describedEnd(t, a, described, CASE_TOLD_MORE_ZH, word);
      if ((caller?.last === 'password' || passwordLabelBefore(t, labels, a)) && !caller?.text.includes(word)) words.push(['password', a, b, true]);
    };
    for (const m of t.matchAll(CASE_TOLD_ZH)) told(m.index, m[0].length, m[1]!);
    // (the case told first, the letters after it: "是俩小写字母m、l，后边是我闺女生日，洞幺两八"; not the letters of one given before, nor
    // one letter after it, which tells how it is written: "Abc_2468，大写A", "882913，大写A")
    for (const m of t.matchAll(CASE_FIRST_ZH)) {
      const letters = m[1]!.replace(/[、,，\s]/g, '');
      if (!found.some((f) => f[0] === 'password' && f[2] <= m.index && (letters.length === 1 || t.slice(f[1], f[2]).includes(letters)))) told(m.index + m[0].length - m[1]!.length, m[1]!.length, m[1]!);
    }
    found = mergeSpans(found, words, 'inside');
  }
  // "uh buster exclamation point dog eighty eight" answering a request for a password, or after its
  // label: a password said aloud (a number found inside it is part of it)
  // (after the label: "the username is bettyjones52, but not the password" gives none)
  // (and none in a refusal: "no pin 4 u lol", "I'm not telling you my password")
  const refused = refusesPassword(talk, labels);
  const askedPassword = !refused && maySpeakPassword(t) && caller?.last === 'password';
  // (the ends of the labels that give one, in order, looked up by halving: a paste may hold thousands)
  // (one array built one way: arrays of other kinds met at the sort threw the optimised reader away again and again)
  const givenEnds: number[] = [];
  if (!askedPassword && !refused && PASSWORD_BEFORE.test(t)) {
    for (const [end, l] of labels.byEnd) if (l.kind === 'password' && !negatedAt(t, l.at, talk) && !othersLabel(t, l.at, undefined, talk)) givenEnds.push(end);
    givenEnds.sort((x, y) => x - y);
  }
  const said: Span[] = [];
  let otherLabels: number[] | undefined; // where labels of other secrets start, read once if a spoken password is there
  let others: Span[] | undefined; // the other secrets found, by start
  let otherStarts: number[] | undefined;
  let labelEnds: Map<number, number> | undefined; // where each label of another thing ends, by its start
  for (const [a, b] of askedPassword || givenEnds.length ? spokenPasswords(t) : []) {
    if (given.covers(a, b)) continue;
    // (a sum in pula where the line writes its sums so: "P600 is a lot rra" to "buy 6 Orange vouchers of P100 … send me the PINs")
    // (or its thousands after a comma, where the words before it were taken with it: "Eish rra P2,000 is a lot")
    if ((PULA_SUM.test(t.slice(a, b)) || (/\bp\d{1,3}$/.test(t.slice(a, b)) && /^,\d{3}/.test(t.slice(b, b + 4)))) && PULA_IN.test(caller?.text ?? '')) continue;
    // (nor what a balance shows, "my balance is showing 0" after the PIN given in a reply before)
    if (BALANCE_BEFORE.test(t.slice(Math.max(0, a - 24), a))) continue;
    if ((!askedPassword && !endWithin(givenEnds, a, 60)) || caller?.text.includes(t.slice(a, b)) || ussdOnly(t.slice(a, b)) || (/^[\d\s-]+$/.test(t.slice(a, b)) && isOfficial(digitsIn(t.slice(a, b)))) || calledNumber(t, a, talk) || harmlessNear(t, labels, a) || harmlessDigits(t, a, b) || HELPLINE_AFTER.test(t.slice(b, b + 40))) continue;
    // ("The number's 415 555 0148, and the PIN…": another thing's label and its digits, no password of words and digits)
    labelEnds ??= new Map([...labels.byEnd].filter(([, l]) => l.kind !== 'password').map(([end, l]) => [l.at, end]));
    // (nor the end of one, "it says Your ID 1 284 557 903": the tool's ID after its label, read above)
    const ownEnd = labelEnds.get(a) ?? labelEnds.get(t.lastIndexOf(' ', a - 2) + 1);
    if (ownEnd !== undefined && ownEnd > a && /^[\d\s-]*$/.test(t.slice(ownEnd, b))) continue;
    // (nor the value another secret's label gives, read above: "社保卡号是A07316842" to a line asking for it and a password)
    // (or one whose label ends where it starts: "Ghana card GHA-718204553-6" to a line asking for it and the PIN)
    if ((ownEnd === a || ['id', 'code'].includes(labels.byEnd.get(a)?.kind ?? '')) && found.some((f) => f[0] !== 'password' && f[1] === a)) continue;
    // ("And passcode 5564?" after "the passcode is 5564": the caller's own, said back)
    const digits = t.slice(a, b).replace(/\D/g, '');
    if (digits.length >= 3 && caller?.numbers.includes(digits)) continue;
    // (nor a hotline's number the words start with, "交易密码 12123我手机上就有app")
    if (isOfficial(/^\d+/.exec(t.slice(a, b))?.[0] ?? '')) continue;
    // ("You found it? Twelve thousand four hundred?": a sum said in words, unless its label is just before, "pin is one thousand nine hundred forty")
    if (SUM_IN_WORDS.test(t.slice(a, b)) && (!askedPassword || SUM_ASKED_BACK.test(t.slice(b, b + 48))) && !labelBefore(labels, a, 12, (l) => l.kind === 'password')) continue;
    // (nor one a text says moved, the word read with it: "twenty-four thousand nine hundred ninety-nine debited!")
    const moved = MONEY_MOVED_END.exec(t.slice(a, b));
    if (moved && SUM_IN_WORDS.test(t.slice(a, b - moved[0].length))) continue;
    // ("…a 5.95 fee, store #4471": a harmless thing's number, its label inside the words; not "birthday: Emily0412")
    const inside = countAtMost(labels.harmlessEnds, b);
    if (inside > countAtMost(labels.harmlessEnds, a) && /^[\s#]*(?:[a-z]{1,4}-?)?[\d-]*$/.test(t.slice(labels.harmlessEnds[inside - 1], b))) continue;
    // ("Verizon: 3 0 9 9 5 1 is your code": a text read out, its sender and its code)
    if (YOUR_CODE_AFTER.test(t.slice(b, b + 40))) continue;
    // ("ssn 562-71-4408 pin 8080" answering "your full social and the pin": the words name another secret, read above)
    // (but "card shark 99" is a password with a word in it: only a value found after its own label counts)
    // (both sorted and read by halving: a paste holds thousands of each)
    otherLabels ??= [...labels.byEnd.values()].filter((l) => OTHER_SECRETS.has(l.kind)).map((l) => l.at).sort((x, y) => x - y);
    others ??= found.filter((f) => f[0] !== 'password').sort((x, y) => x[1] - y[1]);
    otherStarts ??= others.map((f) => f[1]);
    let named = false;
    for (let i = countAtMost(otherStarts, a - 1); i < others.length && others[i]![1] < b && !named; i++) {
      const [, fa, fb] = others[i]!;
      named = fb <= b && countAtMost(otherLabels, fa - 1) > countAtMost(otherLabels, a - 1);
    }
    if (named) continue;
    said.push(['password', a, b, !askedPassword]);
  }
  found = mergeSpans(found, said, 'inside');
  // "it's xxx-xx-xxxx" answering "what's your social security number?": the secret asked for, unless
  // the reply names something harmless it could be ("my license key is… XXXXX-XXXXX") or shows the
  // number's end ("XXXX-XXXX-XXXX-1234", as a statement prints it: read above)
  const stand = !found.length && caller && !labels.harmlessEnds.length && /[x×*＊某_]{3}|[[<{]/.test(t) && !/[x×*＊][-\s/]?\d/.test(t) && !SHOWN_HIDDEN.test(t) ? STAND_IN_ANYWHERE.exec(t) : null;
  const asked = stand ? caller!.last : undefined;
  if (stand && asked && SECRET_KINDS.has(asked)) found.push([asked as LeakKind, stand.index, stand.index + stand[0].length, true]);
  // "*gives phone number*", "(provides the information)", "*reads off SSN*": a stage direction in which the
  // value is handed over, as a value the text leaves out (docs/labelling.md, case 90): of the kind it names,
  // else the one asked for
  // (not answering a request for something harmless: "*reads the card* March 3rd, 1950" to "your date of birth?")
  const handed = !found.length && /[*([]/.test(t) && !caller?.asksHarmless ? GIVES_ASIDE.exec(t) : null;
  if (handed) {
    const named = [...scanLabels(handed[0]).byEnd.values()].map((l) => secretOf(l.kind)).find(Boolean);
    // ("*reads the number off the card*" answering a request for a social security number: the card is where it is)
    // ("(reads the first MoneyPak number slowly)": a gift or prepaid card's number, the card's, case 59)
    const kind = (named === 'card' && HOLDER_CARD.test(handed[0]) ? undefined : named) ?? askedSecret(caller) ?? (GIFT.test(handed[0]) || !!caller?.says(GIFT) ? 'card' : named);
    if (kind) found.push([kind, handed.index, handed.index + handed[0].length, true]);
  }
  // "三百五十六" answering "卡背面那三位数字是多少？": a Chinese cardinal as the whole answer is the secret asked for
  const cardinal = !found.length && caller ? answeredCardinal(t) : null;
  const cardinalKind = !cardinal ? undefined : caller?.last === 'cvv' ? 'card' : caller?.last;
  if (cardinal && cardinalKind && SECRET_KINDS.has(cardinalKind)) found.push([cardinalKind as LeakKind, ...cardinal, true]);
  // "first two are 2 and 7. wait why you need my pin" answering "enter your 4 digit MPIN": the secret's first two digits, said to be them
  const firstTwo = !found.length && caller?.last && SECRET_KINDS.has(caller.last) && !caller.asksSum && !caller.asksHarmless ? FIRST_TWO_SAID.exec(t) : null;
  if (firstTwo) found.push([caller!.last as LeakKind, firstTwo.index + firstTwo[0].length - firstTwo[1]!.length, firstTwo.index + firstTwo[0].length, true]);
  // "我看一下啊，就是四四一……" answering a request for a code: its start, read as the line was cut
  // (or answering a line that only says the text is on its way or came, "已经发过去了，您看一下短信": what it brings is read)
  // (not a harmless thing's, named just before: "车牌是闽H，拐勾两……")
  const cut = !found.length && caller ? CUT_READING.exec(t) : null;
  const cutKind = cut ? askedSecret(caller) ?? (!caller!.asks.size && !caller!.asksHarmless && !caller!.asksSum && NEW_CODE_TALK.test(caller!.text) ? 'code' : undefined) : undefined;
  if (cut && cutKind && !harmlessNear(t, labels, cut.index, true)) found.push([cutKind, cut.index, cut.index + cut[1]!.length, true]);
  // "验证码是多少来着，我看看，是……" answering a request: the reply ends on the value, left out
  const trailing = !found.length && caller ? TRAILING_GIVEN.exec(t) : null;
  if (trailing && caller!.last && SECRET_KINDS.has(caller!.last)) found.push([caller!.last as LeakKind, trailing.index + trailing[0].search(/[….]/), trailing.index + trailing[0].trimEnd().length, true]);
  // A remote-access tool's ID and password are what let the caller into the computer: a code
  // (docs/labelling.md), unless it is a person's own ID number (a social security or 身份证 number) or a login's password.
  if (found.some((f) => f[0] === 'id' || f[0] === 'password') && remoteTalk(talk, caller)) {
    const login = caller && LOGIN_PASSWORD.test(caller.text);
    for (const f of found) {
      // (not the person's own password, "I use the same password for everything, Packers1967")
      // (nor an identity document's number the line asks for by name, "also type your social security number in the Zoom chat": "219-46-")
      if (f[0] === 'id' ? !personalId(t, f[1], f[2]) && !(caller?.asks.has('id') && ID_DOCUMENT_ASKED.test(caller.text)) : f[0] === 'password' && !login && !LOGIN_PASSWORD.test(t.slice(Math.max(0, f[1] - 60), f[1])) && !ownPassword(t.slice(Math.max(0, f[1] - 60), f[1]))) f[0] = 'code';
    }
  }
  if (found.length > 1) oneSecretSetRight(t, labels, found);
  // "The code is X 9 F 4 T 2 L 7 Q R 8 N 3 M 6 K": letters and digits twelve or more long are no one-time code (those are
  // four to eight) but a gift card's claim code, the card's (case 59)
  // (the talk read only where a code of a claim's length was found)
  const claimed = found.filter((f) => f[0] === 'code' && claimLength(t.slice(f[1], f[2])));
  if (claimed.length && !notClaimTalk(talk, caller)) for (const f of claimed) f[0] = 'card';
  // (what follows only renames or drops what was found: nothing found, the line need not be read for it)
  if (!found.length) return [];
  // ("card number is IOE0918227436", "卡号 H 2 3 6 0 4 1 7 9 8": a card's number that starts with letters is an ID card's, a work
  // permit's or a social security card's; a bank's cards and accounts are digits alone. Not a gift card's code, nor an IBAN)
  // (nor a card bought: "买了第一张，卡号 JDE 2 4 0 6…")
  if (!GIFT.test(t) && !caller?.says(GIFT) && !BOUGHT.test(t) && !caller?.says(BOUGHT)) {
    for (const f of found) if (f[0] === 'card' && idCardNumber(t, f[1], f[2])) f[0] = 'id';
  }
  // ("The key's in the lockbox on the back door, the code is 7 3 9 1", "the garage keypad is 9 1 0 1": a code that opens the
  // home is a PIN, case 117; not one a text brought, "I'm at the gate, the code they texted me is 482913")
  // (or one the line asks for by the lock it opens: "my office gave me the wrong lockbox combination. Can you give me the code?")
  // (not where the line names the code a one-time one: a courier's rider at the building's gate asking for the delivery's OTP)
  const homeAsked = !!caller && (!caller.last || caller.last === 'code' || caller.last === 'password') && HOME_ASKED.test(caller.text) && !BROUGHT.test(caller.text) && !ONE_TIME_NAMED.test(caller.text);
  // ("it says the transfer PIN is 3 0 9 9 4 1" where a phone carrier is talked about: the number transfer PIN, made for one port, a
  // code (case 120); a bank's transfer PIN stays a password)
  // (or where the line asks for the one the app makes, "tap 'Generate Transfer PIN.' Read me what it shows." → "It says 6 1 7 3 0 4.",
  // and the reply names no PIN of its own)
  if (found.some((f) => f[0] === 'password') && (talk.says(CARRIER_TALK) || !!caller?.says(CARRIER_TALK))) {
    const made = !!caller?.says(CARRIER_PIN_ASKED);
    // (a PAC asked for to move a number, "To move your number over onto the new SIM we need the PAC code… text the word PAC to 65075 and
    // read me what comes back": a UK carrier's porting code, whatever the reply calls it)
    const pac = !!caller && PAC_NAMED.test(caller.text);
    for (const f of found) {
      if (f[0] !== 'password') continue;
      if (pac && !labelBefore(labels, f[1], 24, (l) => l.kind === 'password' && !t.startsWith('pac', l.at))) {
        f[0] = 'code';
        continue;
      }
      // (or reads the PIN off the app's screen: "Account, number transfer... it says PIN 3 9 1 7 0 5")
      if (TRANSFER_PIN_BEFORE.test(t.slice(Math.max(0, f[1] - 24), f[1])) || (made && (!labelBefore(labels, f[1], 24, (l) => l.kind === 'password') || SCREEN_PIN_BEFORE.test(t.slice(Math.max(0, f[1] - 24), f[1]))))) f[0] = 'code';
    }
  }
  // (a password in a gift card's claim code's shape where gift cards are talked about is the card's code, case 59: "I bought the Google
  // Play cards. the codes are 8HQX-2K9T-4MPL-7WRZ…" to "have the serial number and PIN ready")
  if (found.some((f) => f[0] === 'password') && (talk.says(GIFT) || !!caller?.says(GIFT))) for (const f of found) if (f[0] === 'password' && claimLength(t.slice(f[1], f[2]))) f[0] = 'card';
  // (not the code the line says it sent: "the code we just sent", whatever lock the reply talks of)
  const sent = !!caller && BROUGHT.test(caller.text) && caller.asks.has('code');
  for (const f of found) if (f[0] === 'code' && (homeAsked || (homeCode(t, f[1], f[2]) && !sent))) f[0] = 'password';
  // (a number read out whole after the person began an ID by its label and broke off, its first digits the same, is the ID: "My indangamuntu number is one one
  // nine eight... eight... ah wait, I have it in my wallet. Okay: 1 1988 8 0043217 0 52" gives the ID, not a card by its length)
  if (found.length > 1) {
    const digitsOf = (f: Span) => t.slice(f[1], f[2]).replace(/\D/g, '');
    found.sort((x, y) => x[1] - y[1]);
    for (let i = 1; i < found.length; i++) {
      const begun = found[i - 1]!;
      const d = digitsOf(begun);
      if (begun[0] === 'id' && begun[3] && found[i]![0] === 'card' && d.length >= 4 && /^\s*(?:…|\.{2,}|[—–])/.test(t.slice(begun[2], begun[2] + 4)) && digitsOf(found[i]!).startsWith(d)) found[i]![0] = 'id';
    }
  }
  // an e-mail address is none of the five kinds (docs/labelling.md, case 65): "liwen1979@163.com" holds no card, ID or
  // code (a handle that is a mobile number is a phone, case 88; a password may look like an address)
  const mail = t.includes('@') || t.includes(' at ') ? emailMask(t) : null;
  const leaks: Found[] = [];
  for (const [kind, a, b, v] of found) {
    // (a password begun inside an address, "margaret.h51@gmail.com", is a piece of the address)
    // (nor a whole address read as a password where no password's label is right before it: "Gmail, yes, it's oldsalt1957@gmail.com")
    if (mail && mail[a] && mail[b - 1] && kind !== 'phone' && (kind !== 'password' || (a > 0 && mail[a - 1]) || (t.slice(a, b).includes('@') && labels.byEnd.get(a)?.kind !== 'password') || EMAIL_BEFORE.test(t.slice(Math.max(0, a - 16), a)))) continue;
    const [s, e] = toOriginal(norm, a, b);
    if (e > s) leaks.push({ kind, start: s, end: e, vouched: v });
  }
  return leaks.sort((x, y) => x.start - y.start);
}

/** Whether a remote-access tool (or a meeting that shares the screen) is talked about, in the reply or the line it answers. */
// (an ID and password of a bank's or an account's, named in the reply or the line, are a login's)
const remoteTalk = (talk: Talk, caller: CallerLine | undefined) => talk.says(REMOTE_TOOL) || (!!caller && caller.says(REMOTE_TOOL))
  || ((talk.says(ID_AND_PASSWORD) || (!!caller && caller.says(ID_AND_PASSWORD))) && !talk.says(LOGIN_TALK) && !(caller && caller.says(LOGIN_TALK)));
const LOGIN_INTO = /\blog ?(?:in|on)(?:to)? (?:to )?(?:your|my|the) (?:[a-z]+ )?(?:bank|online banking|banking|account)\b|\b(?:bank|banking)(?:'s)? (?:site|website|app)\b|\bon the [a-z ]{0,24}(?:bank|credit union|federal|banking) (?:site|website|app)\b/;
const LOGIN_TALK = /\b(?:bank|banking|account|login|log in|sign in)\b/;

const NAME_BEFORE = /\b(?:name'?s|name is|officer|agent|mr|mrs|ms|dr|detective|sergeant|deputy)\b[^.!?]{0,24}$/;
const EMAIL_BEFORE = /\be-?mail(?: address)?(?: is)?:?\s*$/;
const LOCAL_CHAR = /[a-z0-9._%+-]/;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/;
/**
 * Which characters of t lie in an e-mail address (null: none). Read out from each "@", a bounded way each side, not by a
 * pattern tried at every start (a 100 kB paste with an "@" would be read over and over).
 */
function emailMask(t: string): Uint8Array | null {
  // (made at the first address found: most replies with " at " hold none)
  let mask: Uint8Array | null = null;
  for (let at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && LOCAL_CHAR.test(t[a - 1]!)) a--;
    const domain = a < at ? DOMAIN.exec(t.slice(at + 1, at + 256)) : null;
    if (domain) (mask ??= new Uint8Array(t.length)).fill(1, a, at + 1 + domain[0].length);
  }
  // ...and one said aloud, "the email is robert dot hanley fifty two at yahoo dot com": its name, back from " at " to the word it
  // follows, and its domain
  SPOKEN_DOMAIN.lastIndex = 0;
  for (let m = SPOKEN_DOMAIN.exec(t); m; m = SPOKEN_DOMAIN.exec(t)) {
    const local = SPOKEN_LOCAL.exec(t.slice(Math.max(0, m.index - 64), m.index));
    if (!local) continue;
    const name = local[0].replace(NOT_OF_NAME, '');
    if (name) (mask ??= new Uint8Array(t.length)).fill(1, m.index - name.length, m.index + m[0].length);
  }
  return mask;
}
const SPOKEN_DOMAIN = / at (?:gmail|yahoo|hotmail|outlook|aol|icloud|protonmail|[a-z0-9-]+ dot (?:com|net|org|edu|gov|co|io|us|uk|ca|au|in|ie|nz|za))\b/g;
const SPOKEN_LOCAL = /(?:[a-z0-9]+ (?:(?:dot|underscore|dash|hyphen|period) )?){0,6}[a-z0-9]+$/;
// (the words before an address said aloud, not of its name)
const NOT_OF_NAME = /^(?:(?:is|was|it'?s|its|e-?mail|mail|address|my|the|uh|um|and|me|to|send|write|it|that'?s|yeah|yes|ok|okay) )+/;

const PERSONAL_ID = /ssn|social|身份证|id card|identity/;
// The computer's own sign-in password, which the guide keeps a password (a Windows or administrator password).
// (and a bank's or a mailbox's password, said while the caller is in through a remote tool: "U盾密码", "网银密码")
const OWN_PASSWORD = /\b(?:my|same) (?:[a-z]+ )?(?:password|passcode)\b/;
// (not "my anydesk password": the tool's)
function ownPassword(before: string): boolean {
  const m = OWN_PASSWORD.exec(before);
  return !!m && !REMOTE_TOOL.test(m[0]);
}
const LOGIN_PASSWORD = /administrator|\badmin\b|log ?-?in|sign ?-?in|windows(?! remote)|\buser(?:name)?(?: is|:)|(?:laptop|computer|pc)'?s? password|开机密码|登录密码|电脑密码|锁屏密码|锁屏|lock ?screen|\b(?:online )?banking password|\b(?:bank|email|e-mail|apple id|icloud|gmail|outlook) (?:account )?password|u盾|网银|支付密码|交易密码|取款密码|银行卡密码|邮箱密码|\batm\b|(?:支付宝|微信|银行|网银|app)(?:要输|的|登录|支付)?密码/;

/** Whether the number found at a..b is a person's own ID: labelled one just before, or shaped like a social security or 身份证 number. */
function personalId(t: string, a: number, b: number): boolean {
  const run = findRuns(t.slice(a, b))[0];
  return (run !== undefined && (isSsnShaped(run) || chineseIdValid(run.digits))) || PERSONAL_ID.test(t.slice(Math.max(0, a - 30), a));
}

/**
 * The numbers a run holds before it is judged. A first group that is a label's own word ("the last
 * four, 0366": "four" is a digit by now) is no part of the number after it; a day or a year after a
 * month's name ends at a comma unless a year follows ("april twenty seven, five three seven" is an
 * expiry, then the code on the back; "March 12, 1975" stays one date).
 */
function numbersIn(run: DigitRun, labels: Labels, t: string): DigitRun[] {
  if (run.groups.length < 2) return [run];
  // "two two four zero. Two two four zero", "Four... six... two. Four six two.": a number said twice over, after a pause, is that
  // number twice, not one twice as long
  // (a card's length at most: a list "一、二、三、" a paste long is one number)
  const half = run.digits.length / 2;
  if (half >= 3 && half <= 19 && Number.isInteger(half) && run.digits.startsWith(run.digits.slice(half))) {
    let g = 0;
    for (let at = 0; at < half; ) at += run.groups[g++]!;
    // (or said in another way the second time: "四 七 幺 六 零 二 四七幺六零二", a digit at a time, then as one)
    const oneByOne = (gs: number[]) => gs.length > 1 && gs.every((x) => x === 1);
    const otherWay = run.seps[g - 1] === ' ' && oneByOne(run.groups.slice(0, g)) !== oneByOne(run.groups.slice(g));
    if (run.groups.slice(0, g).reduce((x, y) => x + y, 0) === half && (/[.,…]/.test(run.seps[g - 1]!) || otherWay)) return [subRun(run, 0, g - 1), subRun(run, g, run.groups.length - 1)];
  }
  // ("…four two five… eight eight, one six. Four two five, eight eight one six.": or its end said again, after a sentence's end)
  for (let g = 1, at = run.groups[0]!; g < run.groups.length; at += run.groups[g++]!) {
    const tail = run.digits.slice(at);
    if (tail.length >= 4 && tail.length < at && /[.!?]/.test(run.seps[g - 1]!) && run.digits.slice(0, at).endsWith(tail)) return [subRun(run, 0, g - 1), subRun(run, g, run.groups.length - 1)];
  }
  // "February 14th, 1962. Oh-two, fourteen, sixty-two.": a year that ends a sentence is no part of what the next one reads
  if (run.groups[0] === 4 && /[.!?]\s/.test(run.seps[0]!) && isYearNumber(run.digits.slice(0, 4))) return [subRun(run, 0, 0), ...numbersIn(subRun(run, 1, run.groups.length - 1), labels, t)];
  // "验证码538，091，5分钟内有效": a count after a comma is no part of the number before it
  const n = run.groups.length;
  // (or a space, after a whole number: "验证码∶29817 5位数的")
  const sep = run.seps[n - 2]!;
  // ("call back by 3:30, ten thousand dollar prize": a time, then a sum)
  if (run.seps[0] === ':' && run.groups[0]! <= 2 && run.groups[1] === 2 && n > 2 && /[,，]/.test(run.seps[1]!)) return [subRun(run, 0, 1), ...numbersIn(subRun(run, 2, n - 1), labels, t)];
  // (not a sum's thousands: "161,000 miles")
  if ((/[,，]/.test(sep) || (sep === ' ' && run.groups[n - 1]! <= 2 && run.groups[n - 2]! >= 4)) && unitAfter(t, spanOf(run)[1]) && !(sep === ',' && isFormattedAmount(run))) return [...numbersIn(subRun(run, 0, n - 2), labels, t), subRun(run, n - 1, n - 1)];
  const label = labels.byEnd.get(run.starts[1]!);
  const rest = () => subRun(run, 1, run.groups.length - 1);
  if (label && label.at < run.starts[0]!) return [rest()];
  if (/[,，]/.test(run.seps[0]!) && MONTH_BEFORE.test(t.slice(Math.max(0, run.starts[0]! - 12), run.starts[0]!)) && !isYearNumber(run.digits.slice(run.groups[0]!, run.groups[0]! + 4))) {
    return [subRun(run, 0, 0), rest()];
  }
  return [run];
}

// Between a guess at a number and its correction: "no wait", "sorry", "or is it", "不对", "说错了".
// (between a number's pieces read on: "洞五拐勾，后头几位是两四")
const READ_ON_GAP = /^[\s,，、.。…-]*(?:(?:后头|后面|后边|末尾|最后|尾巴)(?:几位|几个|那几位)?(?:是|系|就是)?|然后|接着|再)?[\s,，、.。…:：-]*$/;
const CORRECTION = /^[\s,.…!]*(?:(?:no|wait|sorry|actually|i mean|or is it|or was it|or|[啊哦呃哎嗯]*(?:不对|不是|唔系|唔啱|勿对|弗对|伓是|毋着|说错了|讲错了?|错了|看错了)|或者|还是)[\s,.…!，。]*)+(?:it'?s|it is|应该是|是)?[\s,.…!，]*$/;

// What may stand between the pieces of a number read out with pauses: fillers, "I think", "and then".
const PIECE_GAP = /^(?:[\s.,…!;:、，。-]|(?:um+|uh+|er+|erm|ah+|hmm+|wait|hold on|hang on|sorry|i think|then|and|let me (?:see|scroll|check|look|read)|ok|okay|it'?s|is|so|next|after that|that'?s|yes|yeah|one sec(?:ond)?|a sec(?:ond)?|again|like|oh|the rest(?: of it)?|rest|the last (?:part|bit|few)|last)(?![a-z])|嗯|呃|额|啊|然后|再是|再|是|后面|中间|接着)*$/;
/** The digits a secret of each kind has, read whole: [fewest, most]. */
const LENGTHS: Record<LeakKind, readonly [number, number]> = { code: [4, 8], password: [4, 20], card: [8, 19], id: [4, 18], phone: [7, 13] };

/**
 * Numbers read out in pieces with pauses and fillers between ("three seven... seven... uh two nine
 * one", "it's 3 3 9, I think, and then, uh, 0 4 1"), after a secret's label or answering a request
 * for one: the pieces are that secret when together they have its length (a number read twice,
 * "9... 9... 7. 997.", counts once). Each as [kind, start, end] in the normalised text.
 */
function readInPieces(read: ReadonlyArray<readonly [DigitRun, LeakKind | null]>, ctx: Context): Array<[LeakKind, number, number]> {
  const out: Array<[LeakKind, number, number]> = [];
  for (let i = 0, j = 0; i < read.length; i = j + 1) {
    j = i;
    while (j + 1 < read.length) {
      const x = read[j]![0];
      const from = x.starts[x.starts.length - 1]! + x.groups[x.groups.length - 1]!;
      const to = read[j + 1]![0].starts[0]!;
      if (to - from > 40 || !ctx.talk.in(PIECE_GAP, from, to)) break;
      j++;
    }
    // a date, an amount or the like ends the number: "验证码五三八，零九一，五分钟内有效"
    for (let from = i, k = i; j > i && k <= j + 1; k++) {
      if (k <= j && !harmlessPiece(read[k]![0], ctx)) continue;
      const kind = k - from >= 2 && !cardGoesOn(read, from, k, ctx) ? piecesKind(read.slice(from, k), ctx) : undefined;
      // (not pieces said next to be a date or taken back: "there's 2024 and 12 and 02, that's the date")
      const end = kind ? spanOf(read[k - 1]![0])[1] : 0;
      if (kind && !ctx.talk.in(TAKEN_BACK_AFTER, end, end + 48)) out.push([kind, spanOf(read[from]![0])[0], end]);
      from = k + 1;
    }
  }
  return out;
}

/**
 * Pieces each read as the card the line asks for, a little after a piece of it read the same way ("六二三幺，五八零七……等一记，后头有车在
 * 打喇叭……四幺九三，两六八八"): the card's rest, after an aside, not another secret.
 */
function cardGoesOn(read: ReadonlyArray<readonly [DigitRun, LeakKind | null]>, from: number, to: number, ctx: Context): boolean {
  const before = read[from - 1];
  if (!before || before[1] !== 'card' || !ctx.caller?.asks.has('card') || !read.slice(from, to).every(([, k]) => k === 'card')) return false;
  return spanOf(read[from]![0])[0] - spanOf(before[0])[1] <= 48;
}

/** The secret that pieces read out one after another are, if they are one. */
function piecesKind(pieces: ReadonlyArray<readonly [DigitRun, LeakKind | null]>, ctx: Context): LeakKind | undefined {
  const { t, caller } = ctx;
  const [a] = spanOf(pieces[0]![0]);
  const label = ctx.labels.byEnd.get(a);
  const named = label && !negatedAt(t, label.at, ctx.talk) && !othersLabel(t, label.at, undefined, ctx.talk) ? secretOf(label.kind) : undefined;
  // a piece said again at the start of the next counts once: "he says 3 1 8... 3 1 8 6 6 2"
  const all = pieces.map(([p], k) => (k + 1 < pieces.length && pieces[k + 1]![0].digits.startsWith(p.digits) ? '' : p.digits)).join('');
  const digits = all.length % 2 === 0 && all.slice(0, all.length / 2) === all.slice(all.length / 2) ? all.slice(0, all.length / 2) : all;
  // (pieces that make a card number by its checksum are one, with nothing named or only a code guessed: no
  // code has 13 digits: "that's 4532, then 5260, 1815, and 9080" answering "I missed the middle part")
  // (pieces in a social security number's parts, "2 6 7, 4 1, ... 0 8 8 3", or a North American phone's, "2 1 4... 5 5 5... 0 1 5 6", are
  // that, whatever the line asks)
  const allParts = named || (digits.length !== 9 && digits.length !== 10) ? [] : pieces.flatMap(([p]) => partsOf(p));
  // (said twice, "three four one... sixty-two... five five oh eight. 341-62-5508": the parts of the first saying)
  const parts = (digits.length < all.length ? allParts.slice(0, allParts.length / 2) : allParts).join();
  const shaped = parts === '3,2,4' ? 'id' : parts === '3,3,4' && /^[2-9]\d\d[2-9]/.test(digits) ? 'phone' : undefined;
  // (nor pieces that make a mainland mobile, a phone named just before: "取件码汝发阮翁的手机好否？伊叫张建华，一三五，勾九五勾，洞两幺六")
  if (!named && digits.length === 11 && isMobile(digits) && ctx.talk.in(PHONE_NAMED_BEFORE, Math.max(0, a - 32), a) && !othersNumberNear(t, a) && !calledNumber(t, a)) return 'phone';
  if (shaped && !othersNumberNear(t, a) && !calledNumber(t, a)) return shaped;
  // (pieces each read as the ID the line asks for keep that reading, whatever the line names last: "我医保卡号念给你嘛，是……一零零二，三七八五……"
  // to a line asking for the 医保卡号, the ID and a bank card; so do pieces read as the card asked for where together they make a card's
  // number, or the reply names a bank's card just before them: "卡是农商银行个，六二三幺，五八零七……等一记……四幺九三，两六八八" to a line
  // asking for the ID, the card and the phone)
  const kept = (k: LeakKind) => caller?.asks.has(k) && pieces.every(([, x]) => x === k);
  const card = () => (digits.length >= 16 && digits.length <= 19 && (isCardNumber(digits) || /^62/.test(digits))) || ctx.talk.in(CARD_NAMED_BEFORE, Math.max(0, a - 16), a);
  let offered: LabelKind | null | undefined;
  // (nor pieces of the asked secret the reply names as it gives them: "我把我那张卡号报给你嘛，你们好查？农信社的，六二幺七……五九洞幺……")
  if (!named && !ctx.part && (kept('id') || (kept('card') && card()) || pieces.every(([, x]) => x && x === (offered ??= namedAsked(ctx, a) ?? null)))) return undefined;
  const guess = named ?? ctx.part ?? askedSecret(caller);
  const kind = (!guess || guess === 'code') && digits.length >= 13 && isCardNumber(digits) ? 'card' : guess;
  if (!kind || pieces.every(([, k]) => k === kind)) return undefined;
  const cvv = kind === 'card' && (label?.kind === 'cvv' || (!named && caller?.last === 'cvv'));
  const remote = kind === 'code' && caller !== undefined && caller.says(REMOTE_TOOL);
  const [least, most] = ctx.part ? [2, 20] : cvv ? [3, 4] : remote ? [6, 12] : LENGTHS[kind];
  return digits.length >= least && digits.length <= most ? kind : undefined;
}

// (a bank's card named just before: "卡是农商银行个，", "the debit card, it's")
const CARD_NAMED_BEFORE = new RegExp(`(?:卡|\\bcard\\b)[^。.!！?？\\d]{0,12}(?:${BANK_CARD_NAMED.source})[^。.!！?？\\d]{0,6}$|(?:${BANK_CARD_NAMED.source})[^。.!！?？\\d]{0,6}(?:卡|\\bcard\\b)[^。.!！?？\\d]{0,6}$`);
/** Read in fours as a card prints its number: three groups or more, all but the last of four digits. */
const inFours = (p: DigitRun) => p.groups.length >= 3 && p.groups.slice(0, -1).every((g) => g === 4);

/** A number that is something else than a secret, wherever it stands: a date, an amount, a hotline, the caller's own. */
function harmlessPiece(p: DigitRun, ctx: Context): boolean {
  const [a, b] = spanOf(p);
  return isDateOrTime(p) || isOfficial(p.digits) || afterMonth(ctx.t, a, p.digits) || amountAround(ctx.t, a, b) || ((pointGroups(p) > 0 || isFormattedAmount(p)) && !p.spelled) || calledNumber(ctx.t, a) || othersNumberNear(ctx.t, a)
    || harmlessNear(ctx.t, ctx.labels, a) || (p.digits.length >= 3 && !!ctx.caller?.numbers.some((n) => n.includes(p.digits)))
    // ("E 4 8?" after "It starts with E 4 8, and I need the rest": the caller's start, asked back)
    || (p.digits.length === 2 && !!ctx.caller?.saysDigits(p.digits) && /^\s*\?/.test(ctx.t.slice(b, b + 3)))
    || (p.digits.length <= 6 && ctx.talk.in(ADDRESS_BEFORE, Math.max(0, a - 56), a))
    || (p.digits.length <= 5 && houseNumber(ctx.t, b, ctx.caller))
    || yearLedReference(ctx.t, a)
    || (isYearNumber(p.digits) && (ctx.talk.in(YEAR_PREP, Math.max(0, a - 12), a) || modelYear(ctx.t, a, b)));
}

/** A secret found: its kind, where it is in the normalised text, and whether a label or a checksum vouches for it. */
type Span = [LeakKind, number, number, boolean];

/**
 * A reading set right ("一八九，七三拐洞，五二一六……哦不对，五二六一") or begun again ("四三幺洞……四三幺洞二六，一九五八…") is of one secret,
 * read as two of different kinds: the kind a label just before names decides ("她电话 幺三八 五幺五零 六 哦不对 是八六二七…"), else the
 * reading that says more (the first, where they say as much).
 */
function oneSecretSetRight(t: string, labels: Labels, found: Span[]): void {
  found.sort((x, y) => x[1] - y[1]);
  for (let i = 0; i + 1 < found.length; i++) {
    const x = found[i]!;
    const y = found[i + 1]!;
    // (not where the second is read two ways itself)
    if (x[0] === y[0] || (found[i + 2] && found[i + 2]![1] < y[2])) continue;
    const gap = t.slice(x[2], y[1]);
    const dx = t.slice(x[1], x[2]).replace(/\D/g, '');
    const dy = t.slice(y[1], y[2]).replace(/\D/g, '');
    if (gap.length > 24 || !dx || !dy || !(CORRECTION.test(gap) || (BEGUN_AGAIN.test(gap) && dx.length >= 3 && dy.startsWith(dx)))) continue;
    const named = secretOf(labelBefore(labels, x[1], LABEL_REACH, (l) => secretOf(l.kind) === x[0] || secretOf(l.kind) === y[0])?.kind);
    const kind = named ?? (dy.length > dx.length ? y[0] : x[0]);
    x[0] = kind;
    y[0] = kind;
  }
}
const BEGUN_AGAIN = /^\s*(?:…+|\.{2,})\s*$/;

/**
 * Found secrets with more spans put in, each the way a reading decides: 'over' takes the place of
 * what it overlaps (a number read in pieces over its pieces); 'inside' takes the place of what lies
 * wholly inside it, and is left out where something found reaches past it (a spelling over its digits);
 * 'same' does as 'inside' where all it holds is of its own kind (a gift card's code over the digits in it);
 * 'free' is put only where nothing was found. Sorted once and searched, not compared pair by pair: a
 * 100 kB paste finds thousands of each.
 */
function mergeSpans(found: Span[], adds: readonly Span[], how: 'over' | 'inside' | 'same' | 'free'): Span[] {
  if (!adds.length) return found;
  const sorted = [...found].sort((x, y) => x[1] - y[1]);
  // the furthest end up to each entry: what may still reach a later start
  const reach = new Int32Array(sorted.length);
  for (let i = 0, r = -1; i < sorted.length; i++) reach[i] = r = Math.max(r, sorted[i]![2]);
  const gone = new Uint8Array(sorted.length);
  const put: Span[] = [];
  for (const add of [...adds].sort((x, y) => x[1] - y[1])) {
    const [, a, b] = add;
    const hits: number[] = [];
    for (let i = countAtMost(reach, a); i < sorted.length && sorted[i]![1] < b; i++) if (!gone[i] && sorted[i]![2] > a) hits.push(i);
    // spans put are sorted and apart: only the last can reach this one
    const last = put[put.length - 1];
    if (last && last[2] > a) continue;
    if (how === 'free' && hits.length) continue;
    if ((how === 'inside' || how === 'same') && hits.some((i) => sorted[i]![1] < a || sorted[i]![2] > b)) continue;
    if (how === 'same' && hits.some((i) => sorted[i]![0] !== add[0])) continue;
    for (const i of hits) gone[i] = 1;
    put.push(add);
  }
  return [...sorted.filter((_, i) => !gone[i]), ...put];
}

/** A label introduces the number, or its checksum says what it is. */
function vouched(kind: LeakKind, p: DigitRun, ctx: Context): boolean {
  const label = ctx.labels.byEnd.get(p.starts[0]! - leadOf(p, ctx));
  if (label && label.kind !== 'number' && label.kind !== 'not') return true;
  // (a social security number's shape, 3-2-4, vouches as a checksum does, and so does a resident ID's start, a region and a birth year)
  return (kind === 'card' && isCardNumber(p.digits)) || (kind === 'id' && (chineseIdValid(p.digits) || isSsnShaped(p) || idStart(p.digits)));
}

/**
 * A card or ID number introduced by its label, or answering a request for one, and read out in groups
 * a comma apart ("卡号：六二二二，零二一二，…", "…ok I have it. 5262, 6671, 2768, 4262.") is one
 * number: a card's or an ID's length in groups of at most six digits.
 */
const HANDLE_ASKED = /微信号?|\bqq\b|qq号|\b(?:whatsapp|telegram|signal|wechat)\b/;
function readWhole(run: DigitRun, labels: Labels, caller: CallerLine | undefined): boolean {
  const kind = labels.byEnd.get(run.starts[0]! - run.prefix)?.kind ?? caller?.last;
  const len = run.digits.length;
  if (run.groups.length < 2 || !run.groups.every((g) => g <= 6)) return false;
  // ("四二零幺零六，幺九八三，零九二七，四八幺二", "一三七，二六一九，零四八三", "六二一五，五九三零，零一零八，八八六二，四七一": read
  // out digit by digit with pauses, a resident ID's, a mobile's or a card's length is read whole whatever names it; sums are
  // not read out so)
  // (not answering a request for a code, read in fours, or for a harmless number, an order's)
  // (a chat handle asked for may be given as the mobile it is, case 88: "您微信号是多少？" · "微信号就是手机号，一三五，八二七四，六幺零九")
  const mobile = len === 11 && isMobile(run.digits);
  return ((kind === 'card' || kind === 'id') && len >= 13 && len <= 19)
    || (run.spelled && !(caller?.asksHarmless && /号|number/.test(caller.text) && !(mobile && HANDLE_ASKED.test(caller.text))) && caller?.last !== 'code' && ((len === 18 && longNumberKind(run.digits) === 'id') || mobile || (len >= 16 && len <= 19 && run.groups.length >= 3)))
    // (a British mobile, "07831 229407", read whole where nothing asks for a code)
    || (run.groups.length <= 4 && caller?.last !== 'code' && isMobileAbroad(run))
    // (a resident ID's start, where the line asks for the ID or the reply names it: "三六零七三二，幺九六八零四……", "那我先报个身份证你帮我查查
    // 有没有我 220104 1962")
    || (idStart(run.digits) && idAsked(caller, labels, run.starts[0]!));
}

interface Context {
  t: string;
  /** What the reply talks about (t's patterns read once). */
  talk: Talk;
  labels: Labels;
  caller: CallerLine | undefined;
  /** The secret the caller asks the rest or a part of ("and the rest?", "后三位呢？"), if known. */
  part: LeakKind | undefined;
  /** Normalised indices of words about a verification code, in order. */
  cues: number[];
  /** Whether the text holds a web address (read once, when a number first asks). */
  web?: boolean;
  /** Letters, digits and Han characters in t[0..i). */
  content(i: number): number;
  /** Some code cue in the reply is not part of a refusal. */
  freeCue(): boolean;
}

const SSN_GROUP_ASKED = /\blast (?:four|4)\b|\b(?:next|middle|remaining) (?:three|two|four|[234]) (?:digits|numbers)\b/;

function context(talk: Talk, labels: Labels, caller: CallerLine | undefined, earlier?: LeakKind): Context {
  const t = talk.text;
  const cues: number[] = [];
  CODE_CUE.lastIndex = 0;
  for (let m = CODE_CUE.exec(t); m; m = CODE_CUE.exec(t)) cues.push(m.index);
  let prefix: Int32Array | null = null;
  let free: boolean | null = null;
  // the secret whose part the caller asks for: the one the line names (not a card's last four, printed
  // on receipts), else the one the person's reply before gave
  // (and with none known, "念一下前三位" is of the code the text brought: what such calls are after; "the
  // last four digits", "the next two digits" in English, of the social security number, read group by
  // group, a card's last four being printed and a code read whole)
  // ("the last four digits of your social security number? And then… your account number": the part's own)
  // ("the rest of the NI number please, then the sort code and account number": the one whose rest it names)
  // (the one begun before, where the sentence asking for the part names none: "后面还有六位呢，您报完整。手机号就是您现在打的这个吗？")
  // (read when a number first asks, not for a reply that holds none)
  let part: LeakKind | undefined | null = null;
  const partAsked = () => {
    const asked = caller?.asksPart ? (secretOf(caller.lastFourOf) ?? secretOf(caller.restOf) ?? (earlier && caller.partUnnamed ? earlier : secretOf(caller.last)) ?? earlier ?? (SSN_GROUP_ASKED.test(caller.text) ? 'id' : 'code')) : undefined;
    // (a card's last four alone are printed; "后四位是多少？前面的呢？" asks for more, and so does a line saying back the card's start,
    // "Five four two four, one eight zero three, three seven one nine, and the last four?")
    return asked === 'card' && LAST_FOUR_ASKED.test(caller!.text) && !MORE_ASKED.test(caller!.text) && !(earlier === 'card' && !caller!.last && caller!.numbers.some((n) => n.length >= 8)) ? undefined : asked;
  };
  return {
    t,
    talk,
    labels,
    caller,
    get part() {
      return part === null ? (part = partAsked()) : part;
    },
    cues,
    content(i) {
      if (!prefix) {
        prefix = new Int32Array(t.length + 1);
        for (let k = 0; k < t.length; k++) prefix[k + 1] = prefix[k]! + (isContent(t.charCodeAt(k)) ? 1 : 0);
      }
      return prefix[i]!;
    },
    freeCue() {
      // the first cues decide: a reply that refuses a code sixty times over does not give one
      // (nor is "code" a cue in a harmless thing's name: "my zip code is 12345")
      free ??= cues.slice(0, 64).some((c) => !negatedAt(t, c) && !inHarmless(labels, c));
      return free;
    },
  };
}

/** A letter, digit or Han character (what counts as saying something besides the number). */
function isContent(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return isHan(c) || /\p{L}/u.test(String.fromCharCode(c));
}

/** Letters that start a number introduced by a label ("passport E12345678"): how many. */
function leadOf(p: DigitRun, ctx: Context): number {
  const a = p.starts[0]!;
  if (ctx.labels.byEnd.has(a)) return 0;
  // (or after an aside's end: "…let me flip the card, BHX 902 247 155", "我看看卡上，是 H4401…", "so you can check? D412-7719-0385")
  const leads = (x: number) => ctx.labels.byEnd.has(x) || ctx.talk.in(LEAD_AFTER, Math.max(0, x - 3), x);
  if (p.prefix) return leads(a - p.prefix) ? p.prefix : 0;
  // ...or a space apart: "member ID is XEH 449 102 376", "licence U 4 4 1 9…"
  const m = spacedLead(ctx.t, a);
  if (!m || LEAD_WORDS.has(m[1]!)) return 0;
  const label = ctx.labels.byEnd.get(a - m[0].length);
  // (or a harmless thing's: "工单号 GD 2024 0612 0458")
  return (label && (secretOf(label.kind) || label.kind === 'not')) || (!label && CODE_LETTERS.test(m[1]!) && leads(a - m[0].length)) ? m[0].length : 0;
}
const SPACED_LEAD = /(?<![a-z'])([a-z]{1,3}) $/;
/** One to three letters a space before `at` ("XEH 449…"), as SPACED_LEAD reads them: looked for only after a space (read as a code, not a string). */
const spacedLead = (t: string, at: number) => (t.charCodeAt(at - 1) === 0x20 ? SPACED_LEAD.exec(t.slice(Math.max(0, at - 5), at)) : null);
const LEAD_AFTER = /[,，?？是]\s*$/;
// (letters without a vowel, "BHX", not a word, "use")
const CODE_LETTERS = /^[b-df-hj-np-tv-z]{1,3}$/;
// short words that stand between a label and a number without being part of it
const LEAD_WORDS = new Set(['a', 'i', 'is', 'it', 'its', 'not', 'the', 'and', 'my', 'was', 'now', 'so', 'ok', 'uh', 'um', 'er', 'ah', 'oh', 'but', 'yes', 'no', 'you', 'are', 'for', 'to', 'too', 'on', 'in', 'at', 'by', 'of', 'or', 'nor', 'be', 'one', 'two', 'six', 'ten', 'hmm', 'eh', 'see', 'got', 'has', 'had', 'say', 'new', 'old', 'our', 'we', 'he', 'she', 'his', 'her', 'me', 'am', 'do', 'did', 'if', 'as', 'then', 'x']);

/** Is some code cue within [lo, hi]? (binary search over the sorted cue positions) */
function cueWithin(cues: number[], lo: number, hi: number): boolean {
  const l = countAtMost(cues, lo - 1);
  return l < cues.length && cues[l]! <= hi;
}

// A value written as a stand-in: "xxx", "***", "××××", "某某某", "xxx-xx-xxxx". Not "••••": that is
// what a mask keeps ("[card ••••1111]"), read again on the host.
// Generated dialogues also write it in brackets: "my social is [SSN]", "<SSN>", "{card_number}", "account number [account number]"
// (not a mask's own brackets, "[card ••••1111]", read again on the host), and not the hidden start of a
// number whose end is shown ("XXXXXX4490"): the run of stand-ins is read whole (a lookahead keeps it from backing off).
const STAND_IN = /^(?:(?=((?:[x×*＊]{2,}|某{2,}|#{3,})(?:[-\s/][x×*＊某#]+)*))\1(?![a-z\d]|[-\s/]\d)|\[[^\]\n•]{1,40}\]|<[^>\n•]{1,40}>|\{[^}\n•]{1,40}\})/;
// (a chat app's note in brackets is no value: "[语音转文字]", "[图片]", "[捂脸]"; a stand-in in Chinese names a number, "[卡号]", "[验证码]")
const CHAT_NOTE = /^[[<{](?=[^\]>}]*[\u4e00-\u9fff])(?![^\]>}]*(?:号|码|卡|证|密|账|户))/;
const standIn = (s: string) => {
  const m = STAND_IN.exec(s);
  return m && CHAT_NOTE.test(m[0]) ? null : m;
};
const SHOWN_HIDDEN = /星号|显示不全|看不全|看不到|锁屏|\bshows? (?:just |only )?(?:stars|asterisks|dots)\b|\b(?:is|are) hidden\b/;
// ...and, answering a request with no label, only a bracket that names a number: "[laughs]" is no value
const STAND_IN_ANYWHERE = /(?<![a-z0-9])(?:[x×*＊]{3,}|某{3,}|_{3,})(?:[-\s/][x×*＊某_]+)*(?![a-z0-9])|[[<{][^\]>}\n•]{0,20}(?:ssn|social|number|code|pin|password|card|account|号|码)[^\]>}\n•]{0,20}[\]>}]/;
const HOLDER_CARD = /\b(?:off|from|on) (?:the|my|his|her) card\b/;
const GIVES_ASIDE = /[*([](?:[a-z]+,? (?:then )?)?(?:gives|provides|reads(?: off| out)?|recites|spells(?: out)?|hands over|types in|says) (?:(?:his|her|their|my|the|it)\s)?[a-z ]{0,46}[*)\]]/;
// A value left out: "卡号是……", "my SSN is... ." (what the filler ate ends in an ellipsis or a blank), and nothing after it but the clause's end.
const LEFT_OUT = /(?:…+|\.{2,}|_{2,}|—{2,})[\s]*$/;
// ... said to be the value ("is", "是", ":"), not a word trailing off ("let me get my credit card...")
const GIVEN_AS = /(?:\b(?:is|was|are|were)\b|'s\b|是|为|[:：=])/;
// ...or handed over: "here's my credit card information..."
const HERE_IS = /\b(?:here's|here is|here are|here it is,?)\s+(?:my\s+)?$/;
const CLAUSE_END = /^\s*(?:$|[，,。.！!；;、\n])/;
// In Chinese, a label with no copula gives its left-out value as an item of a list ("…1 6，卡号……", "，还有银行卡号……")...
const LIST_ITEM_BEFORE = /[^\s，,、；;。.！!？?][，,、；;]\s*(?:还有|以及|和|跟)?\s*(?:我的?|他的?|她的?)?\s*$/;
// ...or as the whole reply ("密码……")
const WHOLE_REPLY_BEFORE = /^[\s，,。…嗯呃啊哦好的]*(?:我的?)?$/;
// ...after which the person says they do not have it at hand
const NOT_AT_HAND = /不记得|忘了|记不清|没带|找不到|不知道|想不起/;

const secretStarts = new WeakMap<Labels, Map<number, Label>>();

/** Whether a secret's label starts at `at` (the starts indexed once per reply). */
function labelAt(labels: Labels, at: number): boolean {
  return secretLabelAt(labels, at) !== undefined;
}

/** The secret's label that starts at `at`, if any (the starts indexed once per reply). */
function secretLabelAt(labels: Labels, at: number): Label | undefined {
  let starts = secretStarts.get(labels);
  if (!starts) {
    starts = new Map();
    for (const l of labels.byEnd.values()) if (SECRET_KINDS.has(l.kind)) starts.set(l.at, l);
    secretStarts.set(labels, starts);
  }
  return starts.get(at);
}
const CUT_COPULA = /(?:(?<=\s)(?:is|was|are)|(?:是|为)[:：]?|[:：])(?=\s*$)/;
// ("you know what, fine. my social security number is" gives it)
const NOT_SAYING = /\b(?:(?<!you know )what|where|which|how|(?<!you )know(?! what)|remember|forgot|forget|sure|if|whether|why)\b/;
const CUT_AFTER = /\b(?:and|also|plus|then)\s+my\s*$|(?:还有|以及|和)我的\s*$/;

/**
 * A secret introduced and then given as a placeholder ("我的卡号是……", "身份证号是 xxx", "PIN: ****"):
 * the dataset's way of writing a value the person said, so a leak of the label's kind. Its span in
 * the normalised text, or null. A refusal naming the secret, someone else's, or a question is not one.
 */
// (what the person says while looking for it, in what stands between a label and its value: "身份证号码是……嗯……我找一下……")
const LOOKING_BETWEEN = /(?:看|找|瞧|查)(?:一下|一哈|下|看)/;
function placeholderAfter(talk: Talk, label: Label, end: number, labels: Labels): [number, number] | null {
  const t = talk.text;
  // (no stand-in where the person is still looking for the value)
  if (!secretOf(label.kind) || isD(t[end]) || negatedAt(t, label.at, talk) || othersLabel(t, label.at, undefined, talk) || LOOKING_BETWEEN.test(t.slice(label.at, end))) return null;
  // the label's filler takes an opening bracket: "[SSN]" starts just before where the filler ends
  const from = t[end - 1] === '[' || t[end - 1] === '<' || t[end - 1] === '{' ? end - 1 : end;
  const stand = standIn(t.slice(from, from + 44));
  // (unless the person says the screen shows it hidden: "验证码：****… 显示不全 打星号了")
  if (stand) return SHOWN_HIDDEN.test(t.slice(from, from + 80)) ? null : [from, from + stand[0].length];
  // ("routing number is #########": the label's filler took the marks that stand for the digits)
  const hashes = /#{3,}\s*$/.exec(t.slice(label.at, end));
  if (hashes) return [label.at + hashes.index, end];
  // a reply cut off right after listing the next secret ("…June 12, 1947. And my social"): it was being said
  if (CUT_AFTER.test(t.slice(Math.max(0, label.at - 12), label.at)) && !t.slice(end).trim()) return [label.at, end];
  // a transcript cut where the value starts: "okay its uh the card number is", "my pin is", "卡号是：" (the copula
  // stands for it); not "I forgot what my pin is"
  const cut = !t.slice(end).trim() && CUT_COPULA.exec(t.slice(label.at, end));
  if (cut && !NOT_SAYING.test(t.slice(Math.max(0, label.at - 24), label.at))) return [label.at + cut.index, label.at + cut.index + cut[0].length];
  const gap = LEFT_OUT.exec(t.slice(label.at, end));
  if (!gap) return null;
  // the clause ends after the gap, or the next secret's label starts ("卡号是……密码是……")
  const ends = CLAUSE_END.test(t.slice(end, end + 4)) || labelAt(labels, end);
  // given as the value ("is", "是", ":", "here's my…"); in Chinese a label then the gap in a list
  // of what was given ("姓名张三，身份证号码……，银行卡号……") is too, unless the sentence says it was not
  // or the whole reply ("密码……" to "您的银行卡密码是多少？"); not a field's name read off a form, "噢，这儿呢。身份证号……身份证号……"
  const listed = (LIST_ITEM_BEFORE.test(t.slice(Math.max(0, label.at - 8), label.at)) || (WHOLE_REPLY_BEFORE.test(t.slice(0, label.at)) && !t.slice(end).trim()))
    && secretLabelAt(labels, end)?.kind !== label.kind;
  const givenAs = GIVEN_AS.test(t.slice(label.at, label.at + gap.index)) || HERE_IS.test(t.slice(Math.max(0, label.at - 20), label.at))
    || (isHan(t.charCodeAt(label.at)) && ends && listed && !NOT_AT_HAND.test(t.slice(end, end + 24)));
  if (!givenAs || !ends) return null;
  const a = label.at + gap.index;
  return [a, a + gap[0].trimEnd().length];
}

// A Chinese cardinal of three or four digits ("五千三百四十二", "一千二百三十四"): normalize leaves
// cardinals as words, as amounts are said, so only a secret's label right before one makes it digits.
const CARDINAL = /^(?:([一二两三四五六七八九])千)?(?:零?([一二两三四五六七八九])百)?(?:零?([一二三四五六七八九])?十)?(?:零?([一二三四五六七八九]))?/;

/**
 * A secret given as a Chinese cardinal after its label ("身份证后四位是五千三百四十二", "密码是一千二百三十四"):
 * its span in the normalised text, or null. A refusal, someone else's, or an amount ("卡里有五千元") is not one.
 */
function cardinalAfter(talk: Talk, label: Label, end: number): [number, number] | null {
  const t = talk.text;
  // a card's last four are no secret, however they are said (labelled() above)
  if (!secretOf(label.kind) || (label.kind === 'card' && LAST_DIGITS.test(t.slice(label.at, end)))) return null;
  const list = cardinalList(t, end);
  if (list && !negatedAt(t, label.at, talk) && !othersLabel(t, label.at, undefined, talk)) return list;
  const m = CARDINAL.exec(t.slice(end, end + 16));
  if (!m || (!m[1] && !m[2])) return null; // no 千 or 百: a digit string (normalize read it) or a small number
  if (unitAfter(t, end + m[0].length) || /^[万亿]/.test(t.slice(end + m[0].length)) || negatedAt(t, label.at, talk) || othersLabel(t, label.at, undefined, talk)) return null;
  return [end, end + m[0].length];
}

const ANSWER_LEAD = /^(?:(?:好的|好|嗯|哦|是|就是|应该是|我看看)[，,\s]*)*/;

/**
 * Chinese cardinals one after another to the clause's end, two or more ("三十八、四十六、九十一",
 * "五百六十三 二百一十"): a number read out in groups said as numbers. Its span from `from`, or null.
 */
function cardinalList(t: string, from: number): [number, number] | null {
  let at = from;
  let end = from;
  let n = 0;
  for (;;) {
    const m = CARDINAL.exec(t.slice(at, at + 16));
    if (!m || !/[十百千]/.test(m[0])) break;
    n++;
    end = at + m[0].length;
    const sep = /^[\s、，,呃嗯]+/.exec(t.slice(end, end + 8));
    if (!sep) break;
    at = end + sep[0].length;
  }
  return n >= 2 && /^\s*[。.！!？?]?\s*$/.test(t.slice(end)) ? [from, end] : null;
}

/** A reply that is a Chinese cardinal of three or four digits and nothing more ("三百五十六", "是一千二百三十四。"), or a list of them: its span. */
function answeredCardinal(t: string): [number, number] | null {
  const a = ANSWER_LEAD.exec(t)![0].length;
  const list = cardinalList(t, a);
  if (list) return list;
  const m = CARDINAL.exec(t.slice(a, a + 16));
  if (!m || (!m[1] && !m[2]) || !/^\s*[。.！!]?\s*$/.test(t.slice(a + m[0].length))) return null;
  return [a, a + m[0].length];
}

// A case's or a claim's reference led by its year ("hold on, 2026-CR-04418 isnt on the county site"): read whole, or its digits
// after the year and the letters.
const YEAR_REFERENCE = /^(?:19|20)\d{2}-[a-z]{1,4}-\d{3,}$/;
const yearLedReference = (t: string, a: number) => /\b(?:19|20)\d{2}-[a-z]{1,4}-$/.test(t.slice(Math.max(0, a - 10), a));
// A word of letters and digits, with three digits or more: dashed groups, or eight characters or more.
const DIGITS_THEN_NUMBER_WORD = /^\d+(?:-(?:oh|zero|one|two|three|four|five|six|seven|eight|nine))+$/;
// (a payment's receipt, where the line asks for no code: "nimetuma 14,500 ✅ confirmation QFT92LM0X1" to a fee by M-Pesa, "the message
// says SIK4TR9QP2 confirmed")
const RECEIPT_BEFORE = /\b(?:confirmation|receipt|transaction|txn|trx)(?: (?:code|no|number|id|ref))?[\s:#.]*$/;
const BARE_ALNUM = /(?<![a-z0-9-])(?=(?:[a-z-]*\d){3})(?=[a-z0-9-]*[a-z])(?:[a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]{8,})(?![a-z0-9-])/g;
// ...or read out in groups a space apart, each of letters and digits: "XK47 QP92 MZ3T"
const BARE_GROUPS = /(?<![a-z0-9-])(?:(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,6}(?: |(?![a-z0-9]))){2,}/g;
// ...or a letter, then groups of digits: a licence's "S530 7722 1984 09"
const LETTER_GROUPS = /(?<![a-z0-9-])[a-z] ?\d{3,5}(?: \d{2,5}){2,}(?![a-z0-9-])/g;
// ...or an ID's letters and digits in fours, its letters last: Uganda's NIN, "CM9204 5102 LKRE.", "CF5503210 4KRLA."
const PREFIXED_GROUPS = /(?<![a-z0-9-])(?=[a-z]{1,3}\d)[a-z0-9]{4,10}(?: (?=[a-z]*\d)[a-z0-9]{4,6})+(?: [a-z]{3,5}(?=[.,!?]|$))?(?![a-z0-9-])/g;
// ...or its start alone, given as the reply ends: "ok its CM9604"
const PREFIXED_START = /(?<=\b(?:it'?s|its|is)\s)[a-z]{1,3}\d{4,}(?=[\s.…]*$)/g;
const ALNUM_KINDS: ReadonlySet<LabelKind> = new Set(['card', 'id', 'code', 'cvv']);
/** A cheap first look: a word holding both letters and digits (most replies have none, and then the caller's line is not read). */
// how a password is written, said after it: "all lowercase", "no spaces", "one word", "with a capital B"
const DESCRIBED = /\b(?:lower ?case|all caps|all small|no caps|no capitals|no spaces|one word|with a capital|capital [a-z]\b|[a-z] big\b)/;
// (the words of the description, and of "I type it …", are not the password)
const MARK_WORD = '\\d+|star|asterisk|dollar sign|exclamation (?:mark|point)|hash(?:tag)?|at sign|at symbol|underscore|dash|question mark';
/**
 * Where a password whose writing is described ends (the described word at `a`, the description `described` long): after what the
 * description goes on with (`more`: "…, then one two three", "，然后九九"), else after the word itself.
 */
function describedEnd(t: string, a: number, described: number, more: RegExp, word: string): number {
  const after = a + described;
  const rest = more.exec(t.slice(after, after + 80));
  return rest ? after + rest[0].replace(/[\s,，]+$/, '').length : a + word.length;
}
/** A password's label shortly before `a`, given (not refused, nor someone else's). */
const passwordLabelBefore = (t: string, labels: Labels, a: number) => labelBefore(labels, a, 60, (l) => l.kind === 'password' && !negatedAt(t, l.at) && !othersLabel(t, l.at));
// (in Chinese: letters, then their case told, "hb，小写的"; then what goes on after them, "，然后九九")
const CASE_TOLD_ZH = /(?<![a-z0-9])([a-z][a-z0-9!@#$%^&*+_~.-]{0,39})[,，\s]*(?:都是|全是|全|是)?(?:小写|大写)(?:的|字母)?/g;
const CASE_FIRST_ZH = /(?:小写|大写)的?(?:字母)?[,，\s：:]*(?:是\s*)?([a-z](?:[、,，\s]{0,2}[a-z0-9])*)(?![a-z0-9])/g;
// (what goes on after them may be described first: "后边是我闺女生日，洞幺两八")
const CASE_TOLD_MORE_ZH = /^[,，\s]*(?:然后|再|加上?|后(?:面|边|头)(?:是|加)?)[,，\s：:]*(?:是\s*)?(?:我?[^，,。.\d\s]{0,6}(?:生日|电话|手机号?|车牌号?)[,，\s：:]*)?[a-z0-9零一二三四五六七八九幺两洞拐][a-z0-9零一二三四五六七八九幺两洞拐\s,，]*/;
const DESCRIBED_MORE = new RegExp(`^[^.?!]{0,24}?\\b(?:then|and|plus|followed by)\\s+(?:(?:the number|number|my age|a|an)\\s+)?(?:${MARK_WORD})(?:[\\s,]+(?:and\\s+|then\\s+)?(?:a\\s+|an\\s+|the\\s+)?(?:${MARK_WORD}))*`);
const DESCRIBING = /^(?:lower ?case|upper ?case|all|caps|capitals?|small|letters|spaces|word|type|typed|types|write|written|just|then|and|the|it'?s|is|was|password|pin|code)$/;
// ("Mittens, capital M", "sunflower, all small", "SunnyDay, S big, D big": how it is written, in the words people use)
const DESCRIBED_WORD = /(?<![a-z0-9])((?=[a-z0-9]*[a-z])[a-z0-9][a-z0-9!@#$%^&*+_~.-]{3,39})[,.]?\s+(?:(?:all |in |it's |its )?(?:lower ?case|small letters|small|caps|capitals)|no caps|no capitals|no spaces|one word|all one word|(?:with a )?capital(?: [a-z])?\b|[a-z] big\b)/g;
// (a password's symbols join its letters and digits: "Rover!1")
const WORD_SYMBOLS = new Set([...'!@#$%^&*+_~-'].map((c) => c.charCodeAt(0)));
/**
 * Whether a word mixes letters and digits ("1eg4", "code482913", "rover!1"): one pass over the characters (a regex from
 * every position was quadratic on a long run of letters, and a regex per word slow on thousands of short numbers).
 */
function hasAlnumWord(t: string): boolean {
  let digit = false;
  let letter = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (c >= 0x61 && c <= 0x7a) letter = true;
    else if (!WORD_SYMBOLS.has(c)) digit = letter = false;
    if (digit && letter) return true;
  }
  return false;
}

// A typed password: letters, digits and symbols, with a digit and a letter, six characters or more.
const BARE_PASSWORD = /(?<![a-z0-9!@#$%^&*+_~.-])(?=[a-z!@#$%^&*+_~.-]*\d)(?=[0-9!@#$%^&*+_~.-]*[a-z])[a-z0-9!@#$%^&*+_~.-]{6,40}(?![a-z0-9])/g;
const TRAILING_MARKS = /[.,!?;:]+$/;

// Sixteen letters and digits, whole or in three to five fours: how gift cards print their claim codes. No word, sum,
// date or reference a person says is written so (a tracking number or a VIN is all digits but a few, and labelled).
// (the fours a space, a dash or a dot apart, the same between each: "X7RT.99KP.L2MN.4QZ8" typed off the card)
const CLAIM_CODE = /(?<![a-z0-9.-])(?:[a-z0-9]{4}([ .-])[a-z0-9]{4}(?:\1[a-z0-9]{4}){1,3}|[a-z0-9]{16})(?![a-z0-9-]|\.[a-z0-9])/g;
const MEDICARE = /medicare/;
const IMEI_BEFORE = /imei\d?\b[^.!?\d]{0,24}$/;
const HAPPENED_ON = /\b(?:received|paid|credited|debited|deducted|made|done|sent|due|booked|delivered|posted)(?: it)? on\s*$/;
const DATE_BEFORE = /\b(?:starts?|started|effective|expires?|expired|dated|issued|as of|since|until)\s*$/;
const BIRTH_TALK = /\b(?:dob|d\.o\.b|date of birth|birth ?date|birthday|born)\b|出生|生日/;
// Two letters, two check digits, then letters and digits in fours (or run together) and a short last group: an IBAN's shape.
const IBAN = /(?<![a-z0-9-])[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,3})?(?![a-z0-9-])/g;
const MBI = /(?<![a-z0-9-])[1-9][a-z][a-z0-9]\d[- ]?[a-z][a-z0-9]\d[- ]?[a-z]{2}\d{2}(?![a-z0-9-])/g;
const MIXED = /^(?=[a-z]*\d)(?=\d*[a-z])/;
// (not where a screen's, a product's or a booking's letters and digits are talked about, nor where something harmless is asked for)
const NOT_CLAIM = /\b(?:screen|computer|laptop|recovery|backup|product key|license key|serial|window|voucher|receipt|booking|reference|confirmation|order|tracking)\b/;
// (a line asking for the codes and a harmless thing after them, "the second, third and fourth codes, and your date of birth", still asks for the codes)
const notClaimTalk = (talk: Talk, caller: CallerLine | undefined) => talk.says(NOT_CLAIM) || (!!caller && ((caller.asksHarmless && !caller.asks.has('code')) || caller.says(NOT_CLAIM)));
/** Twelve letters and digits or more, at least three of each, in short groups with no word among them (spaces, dashes and commas apart): a claim code's length. */
function claimLength(text: string): boolean {
  const groups = text.split(/[\s,.-]+/).filter(Boolean);
  if (groups.some((g) => g.length > 6 || !/^[a-z0-9]+$/.test(g) || (g.length > 2 && /^[a-z]+$/.test(g)))) return false;
  const chars = groups.join('');
  return chars.length >= 12 && chars.length <= 20 && chars.replace(/\D/g, '').length >= 3 && chars.replace(/\d/g, '').length >= 3;
}
/** Letters and digits mixed through the whole code: each four but one holds both ("call 1800 then wait" holds words). */
function claimCode(code: string): boolean {
  const groups = code.length === 16 && !/[ -]/.test(code) ? code.match(/.{4}/g)! : code.split(/[ .-]/);
  return groups.filter((g) => MIXED.test(g)).length >= groups.length - 1 && code.replace(/\D/g, '').length >= 3 && code.replace(/[^a-z]/g, '').length >= 3;
}

// Letters and digits in dashed groups: a gift card's claim code, a Medicare number ("1EG4-TE5-MK73").
const ALPHANUMERIC = /^[a-z0-9]+(?:(?:-| dash )[a-z0-9]+)*(?![a-z0-9])/;
// (its last group may end in letters, as Uganda's NIN does: "CF5503210 4KRLA")
const DIGIT_GROUPS_AFTER = /^(?:(?: \d{2,5})+(?: \d{1,4}[a-z]{2,5})?| \d{1,4}[a-z]{2,5})(?![a-z0-9])/;
const SPACED_GROUPS = /^(?=[a-z]*\d)[a-z0-9]{3,6}(?: (?=[a-z]*\d)[a-z0-9]{3,6})+(?![a-z0-9])/;

/**
 * A card, ID or code introduced by its label and given in letters and digits ("the claim code is
 * X7Y8-Z9W0-V1U2"): six characters or more, some of each. Its span, or null; the caller's own
 * (a "case number" they read out) is not the person's.
 */
function alphanumericAfter(talk: Talk, label: Label, end: number, caller: CallerLine | undefined): [number, number] | null {
  const t = talk.text;
  // (a "security code" of letters and digits is no card's, whose code is digits alone: Quick Assist's, "4YK7P2", read as a code)
  if ((label.kind !== 'card' && label.kind !== 'id' && label.kind !== 'code' && label.kind !== 'cvv') || placeOf(t, label)) return null;
  const m = ALPHANUMERIC.exec(t.slice(end, end + 40));
  if (!m) return null;
  // ("gift card code is 9VRX 4N2T KL8P": groups of one length, each with a digit, read as one)
  const groups = /^[a-z0-9]{3,6}$/.test(m[0]) ? SPACED_GROUPS.exec(t.slice(end, end + 48)) : null;
  // ("policy GL-220 418 93": letters and digits, then groups of digits, read as one)
  // (or a British driving licence's five letters of the surname, then its digits: "licence is DAWSO 70615")
  const more = /[a-z]/.test(m[0]) && (/\d$/.test(m[0]) || (label.kind === 'id' && /^[a-z]{5}$/.test(m[0]) && !/^(?:valid|still|about|under|until|being|ready|there|going|right|never|after|again|below|above|where|which|older|newer|fully|quite|twice|since)$/.test(m[0]) && /^licen[cs]e/.test(t.slice(label.at, end).replace(/^(?:driv(?:er'?s?|ing) )/, '')))) ? DIGIT_GROUPS_AFTER.exec(t.slice(end + m[0].length, end + m[0].length + 24)) : null;
  const word = groups && groups[0].length > m[0].length && groups[0].split(' ').every((g) => g.length === m[0].length) ? groups[0] : more ? m[0] + more[0] : m[0];
  const digits = word.replace(/\D/g, '').length;
  const letters = word.replace(/[^a-z]/g, '').length;
  // (not a company's number spelt in letters, "1-800-MEDICARE", nor a number printed with its start hidden, "XXXXXX4490")
  // (five where a code is named, letters and digits in turn: a Steam Guard code, "7KQ2M"; not a prefix and its number, "UA123")
  const short = digits + letters === 5 && label.kind === 'code' && letters >= 2 && !/^[a-z]+[\d-]+$|^\d+[a-z]+$/.test(word);
  // (or its start, three or four, as the reply breaks off: "code is 7KQ.. wait it says new login from kyiv??", a part counts)
  const begun = label.kind === 'code' && digits >= 1 && letters >= 1 && digits + letters >= 3 && /^\s*(?:\.{2,}|…|[—–])/.test(t.slice(end + word.length, end + word.length + 3));
  // (an ID's four or five, letters and digits, that end what is said: "ID number is X9K4", a part counts)
  const idPart = label.kind === 'id' && /\b(?:number|no)\b/.test(t.slice(label.at, end)) && digits >= 2 && letters >= 1 && digits + letters >= 4 && /^\s*(?:[.!?,]|$)/.test(t.slice(end + word.length, end + word.length + 2));
  if ((digits < 2 && !begun) || letters < 1 || (digits + letters < 6 && !short && !begun && !idPart) || TOLL_FREE_WORD.test(word) || MASKED_GROUPS.test(word) || negatedAt(t, label.at) || othersLabel(t, label.at) || caller?.saysWord(word)) return null;
  // ("confirmation code is KX9P2L, seat 22A" answering the airline: a booking's reference, printed on the ticket)
  if (label.kind === 'code' && t.startsWith('confirmation', label.at) && (talk.says(TRAVEL) || (caller && caller.says(TRAVEL)))) return null;
  return [end, end + word.length];
}

const CODE_LABEL_ZH = /验证码|校验码|动态码|短信码/;
const TRAVEL = /\b(?:airlines?|flights?|booking|reservations?|hotel|seat|itinerary|boarding)\b/;

/**
 * One to three letters, then six digits or more, after a card's own name (not an account's, "The account says UCS-7708-1143",
 * nor an IBAN's country and check digits, "DE89 3704…", nor a card's brand or "No." before a card's own digits, "MC 5425…").
 */
function idCardNumber(t: string, a: number, b: number): boolean {
  const value = t.slice(a, b);
  if (!LETTERS_THEN_DIGITS.test(value) || /[a-z'’]/.test(t[a - 1] ?? '')) return false;
  const compact = value.replace(/[\s-]/g, '');
  const before = t.slice(Math.max(0, a - 48), a);
  // (not digits in a bank card's four fours after a bank's letters: "Card is FNB 4593 1100 2287 0415")
  return !/^(?:[a-z]{2}\d{2}|no)/.test(compact) && !isCardNumber(compact.replace(/^[a-z]+/, '')) && !CARD_FOURS.test(value) && CARD_NUMBER_NAMED.test(before) && !/\b(?:account|acct|iban)\b|账/.test(before);
}
const CARD_NUMBER_NAMED = /\bcard(?: number| no\.?| #)?\b(?:[^.!?\d]|\.{2,}|…){0,32}$|卡号[^。！？\d]{0,6}$/;
const BOUGHT = /\b(?:buy|bought|buying|purchased?)\b|买/;
const LETTERS_THEN_DIGITS = /^[a-z]{1,3}[\s-]?\d(?:[\s-]?\d){5,}$/;
const CARD_FOURS = /^[a-z]{1,3}[\s-]?\d{4}(?:[\s-]\d{4}){3}$/;

/** One letter, then four to nine digits, answering a request for an ID: the ID's own (not the caller's said back, nor a harmless thing's). */
function gluedIdStart(p: DigitRun, ctx: Context, a: number): boolean {
  const len = p.digits.length;
  // (or where the reply offers an ID by name before it: "要不我把我社保卡号念给你，你帮我们登记了嘛，A幺二，三洞五，拐八勾……")
  let end = 0;
  const offered = () => {
    const l = labelBefore(ctx.labels, a, 48, (x, e) => x.kind === 'id' && ((end = e), true));
    return !!l && !negatedAt(ctx.t, l.at, ctx.talk) && ctx.talk.in(OFFERED, Math.max(0, l.at - 12), end + 6);
  };
  return ((ctx.caller?.last === 'id' && REQUEST.test(ctx.caller.text)) || offered()) && len >= 4 && len <= 9 && /(?:^|[^a-z\d])[a-z]$/.test(ctx.t.slice(Math.max(0, a - 2), a)) && !ctx.caller?.numbers.some((n) => n.includes(p.digits)) && !harmlessNear(ctx.t, ctx.labels, a);
}

/** What a number is: a kind of secret, 'no' (certainly harmless), or null (no opinion: try its parts). */
function judge(p: DigitRun, ctx: Context): Verdict {
  const v = readNumber(p, ctx);
  // ("It's 8 8 1 4 in the third part, not 8 8 4 1" to the caller's card read back: a group corrected is the number's it corrects)
  const corrects = v === 'code' && p.digits.length >= 3 && ctx.caller?.numbers.length ? correctionOf(p.digits, ctx.caller) : undefined;
  if (corrects === 'card' || corrects === 'id') return corrects;
  return (v === 'password' || v === 'code') && giftPin(p.starts[0]!, ctx.t, ctx.caller) ? 'card' : v;
}


/** How many cents a run holds: two digits after a point, then no point ("9.99, 9.99 and 109.99"). */
function pointGroups(p: DigitRun): number {
  let n = 0;
  for (let g = 1; g < p.groups.length; g++) if (p.seps[g - 1] === '.' && p.groups[g] === 2 && p.seps[g] !== '.') n++;
  return n;
}

/**
 * A code or PIN after its label is a gift card's (docs/labelling.md, case 59) where one is talked about: eight digits or more ("the PIN is 5839 2210
 * 7741"), or a PIN of any length ("pin 5176 on the vanilla card"), unless a bank's PIN is named.
 */
function giftTalk(talk: Talk, label: Label, digits: number, caller: CallerLine | undefined): boolean {
  const t = talk.text;
  if (digits < 8 && !(label.kind === 'password' && t.startsWith('pin', label.at))) return false;
  return (talk.says(GIFT) || !!caller?.says(GIFT)) && !BANK_PIN.test(t.slice(Math.max(0, label.at - 40), label.at + 24));
}

/** A gift card's PIN or code, which the caller cashes, is the card's (case 59): asked for, or named in the sentence before. */
function giftPin(at: number, t: string, caller: CallerLine | undefined): boolean {
  const before = t.slice(Math.max(0, at - 80), at);
  // ("not the gift card, my bank PIN you mean? It's 5 oh 5 oh": the PIN the reply names)
  if (BANK_PIN.test(before)) return false;
  return !!caller?.asksGiftPin || GIFT_PIN_ASKED.test(before);
}
const OTHER_SECRETS: ReadonlySet<string> = new Set(['card', 'id', 'phone', 'code', 'cvv', 'expiry']);
const WHAT_BEFORE = /\bwhat\s+(?:my|the|our|his|her|their)\s+$/;
const BANK_PIN = /(?:bank|debit|atm|checking|banking|银行卡?)\s*(?:card\s*)?(?:pin|password|密码)|\bpin (?:for|on|of) (?:my|the|your) (?:bank|debit|atm|checking)\b/;

/** The word just before a spelling that the spelling spells out (its letters, or its start), if any. */
function saidBefore(t: string, at: number, key: string): [number, number] | null {
  const letters = key.replace(/\d+$/, '');
  if (letters.length < 3) return null;
  const before = t.slice(Math.max(0, at - 40), at);
  for (let m = WORD_BEFORE.exec(before); m; m = WORD_BEFORE.exec(before)) {
    if (m[1] === letters || (m[1]!.length >= 3 && letters.startsWith(m[1]!))) {
      WORD_BEFORE.lastIndex = 0;
      const a = at - before.length + m.index + m[0].indexOf(m[1]!);
      return [a, a + m[1]!.length];
    }
  }
  return null;
}
const WORD_BEFORE = /(?<![a-z])([a-z][a-z0-9]{2,})(?![a-z])/g;

/** The reading of `judge` before a gift card's PIN is made the card's. */
function readNumber(p: DigitRun, ctx: Context): Verdict {
  const { t } = ctx;
  const d = p.digits;
  const len = d.length;
  const [a, b] = spanOf(p);
  // (a meeting's number the caller's text gave, read back: "It's asking for a meeting ID, is it the one in the message, eight one two, …?")
  const theirMeeting = () => ctx.talk.in(MEETING_EN, Math.max(0, a - 80), a) && ctx.talk.in(SENT_BY_THEM, Math.max(0, a - 80), b + 40);
  // (a carrier's or a wallet's short code dialled, "*150*00#", is public, whatever the words around it say of codes)
  if (t.charCodeAt(a - 1) === 0x2a && t.charCodeAt(b) === 0x23 && p.groups.every((g) => g <= 4)) return 'no';
  const near = ctx.labels.byEnd.get(a - leadOf(p, ctx));
  // "the code is on my phone... it's 427193", "the insurance number... it's on my card... 88120455": where
  // the number is, not its label
  // ("Send the refund to the card ending 4471": a card's last four, printed on every receipt, wherever the card is)
  if (near?.kind === 'card' && len === 4 && ctx.talk.in(LAST_DIGITS, near.at, a)) return 'no';
  // (an ID's start that reads as a date, to a line that asks for the ID's number and no date: "let me get the card from the drawer...
  // 19850214" to "send the 20 digit NIDA number"; a NIDA number begins with the birth date, as South Africa's and China's IDs hold it)
  if (len === 8 && p.groups.length === 1 && !near && ctx.caller?.asks.has('id') && !ctx.caller.asksSum && !WHEN_ASKED.test(ctx.caller.text) && !ctx.talk.says(DATE_TALK) && isDateOrTime(p)
    && !/^\s*号/.test(t.slice(b, b + 2)) && !harmlessNear(t, ctx.labels, a)) return 'id';
  // (a Chinese mobile's start answering a request for the phone number: "私人的是 一三九 零五" to "好的 手机号呢"; not a carrier's
  // three-digit prefix alone, "手机号是152那个开头的")
  if (len >= 4 && len < 11 && ctx.caller?.last === 'phone' && /^1[3-9]/.test(d) && ctx.talk.in(PHONE_GIVEN_BEFORE, Math.max(0, a - 8), a) && !isDateOrTime(p) && !isYearNumber(d)
    && !ctx.caller.numbers.some((n) => n.startsWith(d)) && !ctx.talk.in(CALLERS_NUMBER_BEFORE, Math.max(0, a - 24), a) && !othersNumberNear(t, a) && !/^\s*(?:开头|的|那个|尾号|还是)/.test(t.slice(b, b + 4))) return 'phone';
  // (a text's sender named by its start, "发个号码係一零六九开头个", "it came from a number starting with 1069": the 106 numbers send texts)
  // (a number's start asked about, to test the caller: "尔原来个号是弗是一三九开头个", case 118)
  if (len <= 4 && /^\s*(?:开头|打头)/.test(t.slice(b, b + 4)) && ASKED_WHETHER_ZH.test(t.slice(Math.max(0, a - 6), a))) return 'no';
  if (len <= 5 && /^106/.test(d) && (/^\s*(?:开头|打头|开始)/.test(t.slice(b, b + 4)) || /\b(?:starts?|starting|begins?|beginning) with\s*$/.test(t.slice(Math.max(0, a - 16), a)))) return 'no';
  // (a count out of a total, "done 40/40": no month is over twelve, so no expiry either)
  if (!near && p.groups.length === 2 && p.seps[0] === '/' && len <= 5 && Number(d.slice(0, p.groups[0])) > 12 && Number(d.slice(0, p.groups[0])) <= Number(d.slice(p.groups[0])) && Number(d.slice(p.groups[0])) <= 100) return 'no';
  // (a phone's last four answering a request for them: "尾号 二二六幺" to "您的手机号尾号是多少"; a part counts, only a card's last four are
  // none)
  if (len === 4 && ctx.caller?.last === 'phone' && TAIL_ZH.test(ctx.caller.text) && (!near || (near.kind === 'not' && ctx.talk.in(TAIL_ZH, near.at, a))) && !ctx.caller.numbers.some((n) => n.endsWith(d))) return 'phone';
  // (and digits added to the start of a mobile the line says: "对 幺三五 幺八四" to "您的号码是幺三五开头的对吧"; a part counts)
  if (ctx.caller && len >= 4 && len <= 11 && /^1[3-9]/.test(d) && /开头|\b(?:starts|begins) with\b/.test(ctx.caller.text) && ctx.caller.numbers.some((n) => n.length >= 3 && n.length < len && d.startsWith(n)) && !othersNumberNear(t, a)) return 'phone';
  // (a password the person says she changed it to: "那我改一下密码 … 我改成 幺二幺二零九 了")
  if (len >= 4 && len <= 8 && ctx.talk.in(CHANGED_TO_BEFORE, Math.max(0, a - 8), a) && t.slice(Math.max(0, a - 40), a).includes('密码')) return 'password';
  // (a birthday given as the password asked for, its digits after it: "是不是我生日那个，洞三两拐，幺九？", "我一般都设我妈生日 460315" to a
  // request for the 服务密码; a birthday is a date only where no password is asked)
  // (its start, broken off, counts: "密码是俺孙女给俺设嘞，她嘞生日，洞六幺……哎，不对")
  if ((len >= 4 || (len >= 2 && (ctx.talk.in(CUT_SHORT, b, b + 16) || ctx.talk.in(CUT_SHORT_ZH, b, b + 8)))) && len <= 8 && !!ctx.caller && (ctx.caller.asks.has('password') || ctx.caller.says(SET_AS_BIRTHDAY)) && ctx.talk.in(BIRTHDAY_AS_PASSWORD, Math.max(0, a - 16), a) && !negatedAt(t, a, ctx.talk)) return 'password';
  // (a PIN read out as it is typed in, one digit at a time, to a line that asks for it to be entered: "it's asking PIN. Okay, I'm entering...
  // four, eight, uh..."; a part counts)
  if (len >= 2 && len <= 6 && p.groups.every((g) => g === 1) && ctx.caller?.last === 'password' && ctx.talk.in(ENTERING_BEFORE, Math.max(0, a - 24), a) && !negatedAt(t, a, ctx.talk)) return 'password';
  // a UK National Insurance number, two letters, six digits in pairs and a letter ("JL 70 41 88 B"): an ID, not a sort code's pairs
  if (len === 6 && (p.groups.join() === '2,2,2' || p.groups.length === 1) && ctx.talk.in(NI_LETTERS_BEFORE, Math.max(0, a - 4), a) && ctx.talk.in(NI_LETTER_AFTER, b, b + 3)) return 'id';
  // (a card named by its last four, in hand: "The four four oh six is right here in my purse.")
  if (len === 4 && /\bthe\s*$/.test(t.slice(Math.max(0, a - 5), a)) && CARD_IN_HAND_AFTER.test(t.slice(b, b + 40))) return 'no';
  // (a Ghana Card's number, GHA and ten digits: "GHA-712584093-6", whatever else the line asks for)
  if ((len === 10 || len === 9) && /\bgha-?\s*$/.test(t.slice(Math.max(0, a - 5), a)) && !harmlessNear(t, ctx.labels, a)) return 'id';
  // (a Sri Lankan NIC of the old form, nine digits and a V or an X: "742811563V", whatever else the line asks for)
  if (len === 9 && p.groups.length === 1 && /^[vx](?![a-z\d])/.test(t.slice(b, b + 2)) && !harmlessNear(t, ctx.labels, a)) return 'id';
  // (an account to pay into, the caller's, read off the text or the chat the line says it sent: "收款账户 6230 5821 0099 3716 浙江中通"
  // to "账户我发短信给你", "收到了 是 6222 0210 0304 7781 是吧 户名李海涛" to "对方账号我发你微信上了"; the name on an account says nothing of
  // whose it is, and one's own company's account, 对公账户, is one's own)
  if (len >= 12 && (ctx.talk.in(PAYEE_BEFORE, Math.max(0, a - 12), a) || !!ctx.caller?.says(ACCOUNT_SENT))) return 'no';
  const label = near && placeOf(t, near, len) ? undefined : near;
  // (a bare "number" right after the card it belongs to is named: "only Indian Bank ATM card. number is 6070 8400")
  if (label?.kind === 'number' && len >= 4 && t.startsWith('number', label.at) && CARD_JUST_NAMED.test(t.slice(Math.max(0, label.at - 24), label.at))) return 'card';
  // (the caller's meeting, named a word or two before, where the line says the caller makes it or sends its number: no secret of the
  // person's, whatever the line asks besides)
  if (len >= 9 && callersMeetingNumber(t, a, label, ctx)) return 'no';
  // (a mobile with a group begun again after a pause, said to be a phone: "我手机号嘛，幺三八，八幺三五，二六……二六四七", the first try dropped)
  if (len > 11 && !isMobile(d) && isMobile(restarted(p)) && (label?.kind === 'phone' || !!ctx.caller?.asks.has('phone') || ctx.talk.in(PHONE_NAMED_BEFORE, Math.max(0, a - 16), a))) return 'phone';
  // (a code with a piece begun again, then said whole once more, to a line that asks for the code: "Four eight... four eight one, nine nine
  // two. Four eight one nine nine two.", one code, no card by its length)
  if (len > 8 && ctx.caller?.last === 'code' && !isCardNumber(d) && codeSaidTwice(d)) return 'code';
  // (a card's first four typed as a card's start, then a piece of the next group, and the reply breaks off, where the line talks of the
  // card: "You want the full number to check? It's four five three one, eight eight—")
  // (not where an ID is asked for or another secret named before it: "身份证号喔……好，三五零五，零二……" to a line about the 医保卡)
  if (!!ctx.caller && /^[3-6]/.test(d) && CARD_TALKED.test(ctx.caller.text) && cardBegunInFours(p, t, b) && !ctx.caller.asks.has('id') && !harmlessNear(t, ctx.labels, a)
    && !labelBefore(ctx.labels, a, LABEL_REACH, (l) => !!secretOf(l.kind) && secretOf(l.kind) !== 'card')) return 'card';
  // (a month and a year something is good till: "Says it's good till oh-four, twenty-six.", a certificate's date)
  // (not a card's expiry, which the card's own reading masks with the card where it was given: case 91; "says valid to oh-nine twenty-seven"
  // of a Medicare card)
  if (MONTH_YEAR.test(d) && ctx.talk.in(GOOD_TILL_BEFORE, Math.max(0, a - 24), a) && !['card', 'cvv', 'expiry'].some((k) => ctx.caller?.asks.has(k as LabelKind))) return 'no';
  // (a line's prefix between "the" and "number" names the line: "ring the 0345 number on my card", "the 1-800 number on the back")
  // (or after "not", "a", "from": "their promo messages come from short codes not 0902 number", "from a 01893 mobile number")
  if (len <= 5 && /^[01]/.test(d) && (ctx.talk.in(THE_BEFORE, Math.max(0, a - 4), a) || /\b(?:not|a|an|from|some|this|that)\s*$/.test(t.slice(Math.max(0, a - 6), a))) && /^ (?:(?:mobile|phone|cell|landline) )?(?:number|line)s?\b/.test(t.slice(b, b + 16))) return 'no';
  // ("Yeah, the gate code is 20", "验证码是 6 2", "The PIN? Okay, it's 4 7", "I got a text, it says 62": a secret's first two digits
  // said, and the reply ends there, right after its label, or as "it" answering a request for it: a part of it, the rest to come)
  // (not what something else "is", "my age is 72", "the clock says 11", "it's 30" said whole; not the caller's digits said back, a number's
  // start, not the middle of a sum it names, "$1,480" then "it come. 48",
  // nor a card's end the line asks for: "对，最后是零幺。")
  // (nor a count the line asks for: "身份证号多少位？" "身份证号码是18。")
  // (or broken off after "it's", read a digit at a time: "The PIN? It's two nine... eh, wait."; not a year, a month or a sum asked for)
  const saidToBegin = () => ctx.talk.in(PART_LEAD, Math.max(0, a - 24), a);
  if (len === 2 && (ctx.talk.in(REPLY_ENDS, b) || (ctx.talk.in(CUT_SHORT, b, b + 16) && (saidToBegin() || (p.groups.length === 2 && ctx.talk.in(IT_IS_BEFORE, Math.max(0, a - 8), a) && !!ctx.caller && !WHEN_ASKED.test(lastSentence(ctx.caller.text)) && !ctx.caller.asks.has('expiry'))))) && !unitAfter(t, b) && !(ctx.caller && new RegExp(`(?<![\\d,.])${d}`).test(ctx.caller.text)) && !(ctx.caller && (LAST_FOUR_ASKED.test(ctx.caller.text) || HOW_MANY_ASKED.test(ctx.caller.text)))) {
    // (the secret's own label, not a count of them: "The number of cards I have is 10.")
    const own = near ?? labelBefore(ctx.labels, a, 24, (l) => !!secretOf(l.kind) && !/\b(?:number|count) of\s*$/.test(t.slice(Math.max(0, l.at - 12), l.at)));
    const named = own && ctx.talk.in(SAYS_BEFORE, own.at, a) && /^[^,，.。?？!！]{0,24}$/.test(t.slice(own.at, a)) ? secretOf(own.kind) : undefined;
    // (or said to be its start: "It begins with 5 6...", "The card number starts with 4 9... actually, no."; or typed as it came, "it come. 48")
    const it = !named && (ctx.talk.in(IT_SAYS_BEFORE, Math.max(0, a - 10), a) || ctx.talk.in(CODE_CAME_BEFORE, Math.max(0, a - 16), a) || (ctx.talk.in(IT_IS_BEFORE, Math.max(0, a - 8), a) && p.groups.length === 2) || saidToBegin()) && !ctx.caller?.asksHarmless && !ctx.caller?.asksSum
      ? askedSecret(ctx.caller) : undefined;
    const kind = named ?? it;
    if (kind && kind !== 'phone') return kind;
  }
  // ("IMEI is 35 284811 492733 6, and there's an IMEI2 under it, 35 284811 501977 0": a phone's serials, Luhn's as cards are)
  // (not where a secret's label stands between: "IMEI 我找不到，身份证是老的十五位 110105…")
  if (len === 15 && ctx.talk.in(IMEI_BEFORE, Math.max(0, a - 40), a) && !labelBefore(ctx.labels, a, 40, (l) => l.kind !== 'not' && l.kind !== 'number')) return 'no';
  // ("03 17 1988" answering "Can you confirm DOB?": a date typed with spaces, where a birth date is asked for or named)
  // ("coverage starts zero one, zero one, twenty eighteen": a date named as one)
  // (a day and a month after what happened on them, where no code is asked: "last payment … received on zero five zero six, status paid")
  if (len === 4 && !label && !ctx.caller?.asks.has('code') && isDayAndMonth(Number(d.slice(0, 2)), Number(d.slice(2))) && ctx.talk.in(HAPPENED_ON, Math.max(0, a - 24), a)) return 'no';
  if ((len === 7 || len === 8) && p.groups.length >= 3 && (!label || label.kind === 'not') && isSpacedDate(p) && (BIRTH_TALK.test(ctx.caller?.text ?? '') || ctx.talk.in(BIRTH_TALK, Math.max(0, a - 24), a) || ctx.talk.in(DATE_BEFORE, Math.max(0, a - 16), a))) return 'no';
  // ("The control number is 4 4 1 9 0 8 2 7 3 6" where money was sent by Western Union: the transfer's MTCN, which collects it, a code)
  if (label?.kind === 'not' && len >= 8 && len <= 12 && t.startsWith('control n', label.at) && (ctx.talk.says(MONEY_SENT) || ctx.talk.says(MONEY_SENT_NOW) || !!ctx.caller?.says(MONEY_SENT) || !!ctx.caller?.says(SEND_SUM))) return 'code';
  // said to be theirs ("my phone number is…", "我的卡号是…"), not the caller's account read back ("account number 9876543210, got it")
  const own = (label?.kind === 'card' || label?.kind === 'id' || label?.kind === 'phone') && ctx.talk.in(MINE_BEFORE, Math.max(0, label.at - 10), label.at);
  // the caller said it first: reading it back gives nothing away, unless the person confirms it as
  // their card, ID or number ("yes, my phone number is 555-1234"); asking it back is never giving it
  // (not one said back as the caller's: "You said 9211? OK.", "That's what you said, 9211.")
  const confirmed = len >= 3 ? ctx.caller?.confirms(d) : undefined;
  if (confirmed?.kind) return saidToMe(t, a) ? 'no' : confirmed.kind;
  // ("my phone ends in 8846, yes" to "a code to your phone ending in 8846": the end the caller read, no more)
  // (and the caller's number read twice, "Nine four two one. 9-4-2-1", is read once)
  // (and two of its numbers said back in one breath, "…two nine eight one and two ninety nine" to "Tracking number 9 2 0 0 1 9 0 3 4 7 2
  // 9 8 1. The redelivery fee is $2.99.", "04 00 04, 18822793, that right?" to "Sort code 04-00-04, account 18822793.", or the second begun)
  let once: string | undefined;
  if (len >= 3 && !confirmed && ctx.caller?.numbers.some((n) => n.includes(d) || (len >= 6 && n === (once ??= saidOnce(p))) || (n.length >= 6 && len >= n.length + 3 && d.startsWith(n) && ctx.caller!.numbers.some((m) => m.includes(d.slice(n.length))))) && (!own || ctx.talk.in(ASKED_BACK, b, b + 16) || (len <= 4 && ctx.talk.in(LAST_DIGITS, label!.at, a)))) return 'no';
  // "Verizon: 8 1 4 4 7 3 is your code": a text read out as it came, a code whatever the line asked for
  // (each check below looks for a character or a word first: most numbers meet none, and a fresh process compiles no pattern for them)
  if (len >= 4 && len <= 8 && (t.startsWith(' is your', b) || t.startsWith(' as your', b)) && ctx.talk.in(YOUR_CODE_AFTER, b, b + 40)) return 'code';
  // "the code finally came through, it's 662 015", "another one came, it says 557 906", "the six numbers just showed up on
  // the screen, it's 2 9 0 6 1 4": a text said to have just come, read out, is a code whatever the line now asks (not who sent it)
  // (only after a word ending in "s", as each of "says", "reads", "it's", "is" does: most numbers follow none)
  const arrived = len >= 4 && len <= 8 && sBefore(t, a) ? t.slice(Math.max(0, a - 72), a) : '';
  if (ARRIVED.test(arrived) && ARRIVED_BEFORE.test(arrived)
    && !isDateOrTime(p) && !isYearNumber(d) && !amountAround(t, a, b) && !harmlessNear(t, ctx.labels, a) && !ctx.talk.in(SENDER_BEFORE, Math.max(0, a - 12), a)) return 'code';
  // ("it has come. 5 5 0" to a line that asks for the code it sends: read out as it came, its start at least)
  if (len >= 3 && len <= 8 && ctx.caller?.last === 'code' && ctx.talk.in(JUST_CAME, Math.max(0, a - 24), a) && !isDateOrTime(p) && !amountAround(t, a, b)) return 'code';
  // ("your office number on the fridge, 614-555-0100, I'll call that if anything changes": a number the person will call)
  // ("the magnet's right here, six oh six, four three six... I'll call it" to "call the office on the number on your fridge magnet":
  // shorter, where the line tells the person to ring a number and nothing names this one a secret)
  if (len >= 4 && ctx.talk.in(CALL_WORD, b, b + 28) && ctx.talk.in(CALL_IT_AFTER, b, b + 28) && (len >= 7 || (!label && !!ctx.caller?.says(CALL_A_NUMBER)))) return 'no';
  // ("I clicked your link, … it says meeting ID 881 440 2276": the caller's meeting, read from the link they sent, case 117)
  if (len >= 9 && ctx.talk.says(MEETING_TALK) && ctx.talk.in(MEETING_BEFORE, Math.max(0, a - 24), a) && !ctx.caller?.asks.has('code') && /\b(?:link|invite|invitation)\b/.test(ctx.caller?.text ?? '')) return 'no';
  // ("Yes, 4410, the Discover": a card's last four, named with its card)
  if (len === 4 && !label && ctx.talk.in(CARD_AFTER, b, b + 16)) return 'no';
  // ("the tax ID on those forms is 87-4410923": an employer's tax number by its shape, 2-7, where tax is named)
  if (len === 9 && p.groups.join() === '2,7' && p.seps[0] === '-' && /\b(?:tax|ein|employer|irs)\b/.test(t.slice(Math.max(0, a - 48), a))) return 'id';
  // ("If 92-5510386 ever shows up on Charity Navigator": an employer's number anyone may look up, no card's or account's shape;
  // "112-5590731-2208845": an Amazon order's)
  if (!label && !ctx.caller?.asks.has('card') && !ctx.caller?.asks.has('id') && ((len === 9 && p.groups.join() === '2,7' && p.seps[0] === '-') || (len === 17 && p.groups.join() === '3,7,7' && p.seps.every((x) => x === '-')))) return 'no';
  // ("installed 11/2019": a month and a year)
  if (isExpiry(p) && /\b(?:installed|since|dated|from|in|until|till|by)\s*$/.test(t.slice(Math.max(0, a - 12), a))) return 'no';
  // ("工资流水：3月8650、4月8650": a month's sum; "IMG_20240613_1422.jpg": a file's name)
  // (read as character codes: a Chinese text's characters are not made into strings one by one)
  const charBefore = t.charCodeAt(a - 1);
  const charAfter = t.charCodeAt(b);
  if ((len >= 3 && charBefore === MONTH_ZH && isDigitAt(t, a - 2)) || charBefore === UNDERSCORE || charAfter === UNDERSCORE || (charAfter === DOT && ctx.talk.in(FILE_AFTER, b, b + 6))) return 'no';
  // ("www.xx-95588.cn/2024/0611", "/apply?id=20240612": a web address's digits; "4032×3024": a picture's size)
  if ((ctx.web ??= (t.includes('/') || t.includes('.')) && ctx.talk.says(HAS_WEB)) && inWebAddress(t, a)) return 'no';
  if ((isTimes(charAfter) || isTimes(t.charCodeAt(b + 1)) || isTimes(charBefore) || isTimes(t.charCodeAt(a - 2))) && (/^\s?[×*]\s?\d/.test(t.slice(b, b + 3)) || /\d\s?[×*]\s?$/.test(t.slice(Math.max(0, a - 3), a)))) return 'no';
  // ("Visa, 4266-0031-8872-1940, 12/26, 0 7 7": an expiry and a code right after a card's number are the card's)
  // (the code read a digit at a time too: "12/26, 0 7 7")
  if ((isExpiryAndCvv(p) || (p.groups.length >= 3 && (len === 7 || len === 8) && ctx.talk.in(EXPIRY_START, a, b))) && ctx.talk.in(CARD_NUMBER_BEFORE, Math.max(0, a - 48), a) && cardBefore(t, a)) return 'card';
  // ("we're already flying out nov 3rd, BA 2491 to male": a flight's number, an airline's two-character code and up to four digits,
  // where flying is talked of)
  if (len <= 4 && ctx.talk.in(AIRLINE_BEFORE, Math.max(0, a - 4), a) && (ctx.talk.says(FLYING) || FLYING.test(ctx.caller?.text ?? ''))) return 'no';
  // ("我看一下……SF幺四六二，七七零八，三五九一，对着呢": a waybill's number after its courier's letters, the groups read after them its own, where
  // parcels are talked of)
  if (ctx.talk.in(WAYBILL_BEFORE, Math.max(0, a - 24), a) && (ctx.talk.says(PARCEL_TALK) || PARCEL_TALK.test(ctx.caller?.text ?? ''))) return 'no';
  // ("Six hundred twelve forty?" after "six hundred twelve dollars and forty cents": the caller's numbers, said back group by group)
  // ("2040 University, 5:30, 608-555-0100": the caller's time and number said back in one run, its short groups as the line has them)
  if (!own && p.groups.length >= 2 && ctx.caller?.numbers.length && saidBackInGroups(p, ctx.caller)) return 'no';
  // "Is it 202-555-0147?", "you said my SSN ends in 2210? no it doesn't": a number asked about, not given
  if (ctx.talk.in(ASKING_BEFORE, Math.max(0, a - 40), a) && ctx.talk.in(ASKED_AFTER, b, b + 24)) return 'no';
  // ("Is this the branch on 9th, 555-0177?", "Is the HR line still 555-0150?": a place's line asked about, where no phone was asked for)
  if ((nanp(p) || localPhone(p)) && !ctx.caller?.asks.has('phone') && ctx.talk.in(LINE_ASKED_BEFORE, Math.max(0, a - 40), a) && ctx.talk.in(ASKED_AFTER, b, b + 24) && !ctx.talk.in(MINE_AFTER, b, b + 48)) return 'no';
  // "yes but the third one is 5579 not 5597", "no it changed, now it's 312-555-0811": the person's number, correcting the caller's
  const corrected = len >= 3 && ctx.caller?.numbers.length ? correctionOf(d, ctx.caller) : undefined;
  // (a North American number's shape is a phone's, whatever the caller's line took its number for)
  // (not the caller's own said otherwise: "555-0137 ext 22? ur voicemail said 555-0173")
  // (not a harmless thing's named just before: "我们家户号不是这个啊，我缴费单上写的是〇五三七一九四几来着")
  // (nor a number a text came from, in Urdu: "kisi 0300 wale number se", "SMS 8558 se aata hai, 0300 se nahi")
  if (len <= 11 && ctx.talk.in(CAME_FROM_UR, b, b + 24)) return 'no';
  if (corrected && !ctx.talk.in(ASKED_BACK, b, b + 16) && !ctx.talk.in(YOUR_NUMBER_BEFORE, Math.max(0, a - 32), a) && !isDateOrTime(p) && !amountAround(t, a, b) && !isOfficial(d)
    && !labelBefore(ctx.labels, a, 24, (l) => l.kind === 'not' && !ctx.talk.in(LAST_DIGITS, l.at, a))) return nanp(p) ? 'phone' : corrected;
  // "我的密码是我女儿的生日，20100315": a password described, then said, in the same sentence (a
  // birthday it is does not make it harmless)
  // ("密码是我的手机后六位 三三八八二一": the phone's digits said to be the password are the password)
  // (not a date: "never to give my PIN, it's on the letter dated 3/2/2023")
  // ("那……是 幺九五幺零八，我生日" after a card is asked for: a PIN made of a birthday, said to be one after it; not a birth date asked for)
  // (or the rest of one the line asks for, four digits: "哦 后面还有0817 我生日" to "提示密码错误 后面还有吧")
  if ((len === 6 || (len === 4 && !!ctx.caller?.asksPart && ctx.caller.last === 'password')) && !label && ctx.talk.in(BIRTHDAY_AFTER, b, b + 12) && !ctx.caller?.asksHarmless && !p.seps.some((x) => /[/.-]/.test(x)) && !harmlessNear(t, ctx.labels, a)) return 'password';
  // (not a mobile number a few words on: "手机银行要输密码 我不太会弄 我让你表妹来 她电话 一五八二三七六九九二四")
  // (the description looked for first: most numbers have none before them)
  if (len >= 4 && !isMobile(d) && (!label || label.kind === 'not' || label.kind === 'phone') && passwordDescribed(t, ctx.labels, label && label.kind === 'phone' ? label.at : a, ctx.caller?.last === 'password', label?.kind === 'phone')
    && !calledNumber(t, a, ctx.talk) && !isOfficial(d) && !TOLL_FREE_START.test(d) && !unitAfter(t, b) && !p.seps.some((x) => /[/:]/.test(x))) return 'password';
  if (TOLL_FREE_START.test(d) && (/^-?[a-z]/.test(t.slice(b, b + 2)) || /^ (?:number|line|one)\b/.test(t.slice(b, b + 8)) || (p.groups.length === 2 && p.groups[0] === 1))) return 'no'; // "1-800-MEDICARE": a company's number in letters; "the 1-877 one"
  if (len < 10 && (t.startsWith(' number', b) || t.startsWith(' line', b)) && ctx.talk.in(TOLL_FREE_WORD, a, b)) return 'no';
  // (a freephone line grouped as one, "PTA ka number to 0800-55055 hai", "the helpline is 0800 55055", or said so, "Oh eight hundred, one eight
  // two, two two two two": an office's; and a number named by its
  // start, "Ye 0312 wala number kis ka hai?", "the 0312 one": asked about, not given)
  if ((/^080[08]/.test(d) && p.groups[0] === 4 && p.groups.length >= 2 && len >= 8 && len <= 11) || (len <= 8 && ctx.talk.in(FREEPHONE_SAID_BEFORE, Math.max(0, a - 16), a))
    || (len <= 5 && /^\s*(?:wala|wali|vala|wale)\b/.test(t.slice(b, b + 6)))) return 'no';
  // (a landline the line tells the person to ring at an office, read off where it is kept: "你打卫生院座机问，个号码就喺…服务卡上面" · "零七五八，六六幺……")
  if (!!ctx.caller?.says(OFFICE_TO_RING_ZH) && /^0[1-9]/.test(d) && len <= 12 && !label) return 'no';
  // ("你们 400 电话是多少？", "95 开头的": the start of a kind of line)
  if (len <= 3 && /^(?:400|800|95|96|12)$/.test(d) && /^\s*(?:电话|热线|号码|开头|的号)/.test(t.slice(b, b + 6))) return 'no'; // ("if it's not a 1-800-772 number": the start of a kind of line)
  // ("一个幺零六九开头的号发的": the start of the number a text came from)
  if (len <= 5 && ctx.talk.in(START_OF_A_LINE, b, b + 8)) return 'no';
  // (a line named by its area code, its country's or its carrier's prefix, where no part is asked for: "上头是零七三九开头的那个座机吧？", "号码是一七零开头的",
  // "是零零八五二开头的，后头一长串")
  if (len >= 3 && len <= 5 && /^[01]/.test(d) && /^\s*(?:开头|打头)/.test(t.slice(b, b + 4)) && !ctx.caller?.asksPart) return 'no';
  // the visible end of a number written with the rest hidden: "XXX-XX-4417" is a social security number's
  // last four, a part of it; "XXXX-XXXX-XXXX-1234" a card's, printed on every statement
  const hiddenBefore = len === 4 ? HIDDEN_BEFORE.exec(t.slice(Math.max(0, a - 20), a)) : null;
  if (hiddenBefore) return /^[x×*＊]{3}-[x×*＊]{2}-$/.test(hiddenBefore[0]) ? 'id' : 'no';
  // ("the 8820 one", "two of the 250 ones": a number naming a thing; "192.168.0.1": an address on the network; "my 1040 from
  // 2019": a tax form)
  if ((len <= 4 && t.startsWith(' one', b) && (/^ ones\b/.test(t.slice(b, b + 6)) || (/^ one\b/.test(t.slice(b, b + 5)) && /\b(?:the|a)\s*$/.test(t.slice(Math.max(0, a - 5), a))))) || isIpAddress(p) || (TAX_FORM.test(d) && /\b(?:the|my|a|his|her|our|their)\s*$/.test(t.slice(Math.max(0, a - 8), a)))) return 'no';
  // ("六零零幺二三那个是吧" to a stock tip: a share's code, six digits as the exchanges number them)
  if (len === 6 && /^(?:60|68|00|30|15|16|50|51)/.test(d) && !ctx.caller?.asks.has('code') && (ctx.talk.says(STOCK_TALK) || !!ctx.caller?.says(STOCK_TALK))) return 'no';
  // "I opened AnyDesk, the number is 884 201 597": nine or ten digits in groups where a remote tool is talked about are its ID, a code
  // (not a phone number, 3-3-4)
  // (nor a person's own ID, card or phone the line asks for; a 3-4 phone shape only where the reply names the tool)
  if ((len === 9 || len === 10) && p.groups.length >= 3 && (!nanp(p) || ctx.talk.says(REMOTE_TOOL)) && !isSsnShaped(p) && (!label || label.kind === 'number' || label.kind === 'code')
    && (ctx.talk.says(REMOTE_TOOL) || !['id', 'card', 'phone'].some((k) => ctx.caller?.asks.has(k as LabelKind))) && remoteTalk(ctx.talk, ctx.caller)
    // (not one the person will call: "I will call 111-111-425 from the back of my card"; nor a meeting's the caller's text gave)
    && !calledNumber(t, a, ctx.talk) && !theirMeeting()) return 'code';
  // ("你这是 0898 6677 3410 打来的", "我这显示 +86 0351…", "他号码 139 1122 5870，我这就打": a number someone called from, or one the person dials;
  // "幺八三……拐拐两洞……你这个号码是广东的嘛？": the caller's own, read off the screen)
  if (len >= 7 && (ctx.talk.in(CALLED_FROM_AFTER, b, b + 12) || (ctx.talk.in(SHOWN_BEFORE, Math.max(0, a - 32), a) && !ctx.talk.in(SHOWN_MINE_AFTER, b, b + 16)) || ctx.talk.in(OFFICE_NUMBER_BEFORE, Math.max(0, a - 16), a) || ctx.talk.in(I_CALL_LINE_BEFORE_ZH, Math.max(0, a - 24), a))) return 'no';
  // ("你以前的号 幺五二 什么 后面是 六六零八 对吧" to the caller who says he is the son with a new phone: his old number, asked back to test
  // him, case 118; or the new one his line gives, read back to save it, "幺三二，四五……尾数四五拐八这个是吧？"; named by a label too, "你原来那个手机号是一三八 尾号五五二一的吧")
  // (or a piece of it only, the sentence still asking: "你旧号码系咪一三九…尾号四四零二嗰个吖？"; not the whole, "你原来的号 一五八零二六七三九幺五 还用不用了？",
  // handed over, case 87; rung, "那我给您原来那个号打个电话哈 138尾号2296那个")
  // (the old number of someone who says, now or in a line before, they have a new one, said whole and not read out by the line, is handed over,
  // case 118, not rung nor asked back where the new one came before (case 131): "你原来
  // 那个号是幺五拐，七七八幺，两洞六九嘛", "so your old number 0754 318 226 is dead completely?"; a part of it, or the line's own, tests)
  // (of a phone's length anywhere, not broken off: Botswana's mobiles have eight digits, "So your old number 74 318 266 is dead?"; "Your old one
  // was 404-555-01... what, you tell me the end of it" tests)
  // (rung to check, "main aap ke purane number 0300-6412785 pe call kar ke confirm kar leta hun": a verification, case 154)
  if ((isMobile(d) || /^0\d{9,10}$/.test(d) || (len >= 7 && len <= 12 && !isOfficial(d) && !/^\s*(?:…|\.{2,}|[—–-]+\s*$)/.test(t.slice(b, b + 4)))) && ctx.talk.in(OLD_NAMED_BEFORE, Math.max(0, a - 24), a) && !!ctx.caller && (ctx.caller.says(NEW_NUMBER_GIVEN) || (NEW_NUMBER_GIVEN.test(ctx.caller.around) && !OLD_RUNG_BEFORE.test(t.slice(Math.max(0, a - 48), a)))) && !ctx.talk.in(ASKED_BACK, b, b + 16) && !ctx.caller.numbers.some((n) => n.includes(d) || d.includes(n)) && !ctx.talk.in(I_CALL_IT_AFTER, b, b + 40)) return 'phone';
  // (whose number it is read first: most numbers are no one's said to be the caller's)
  if ((ctx.talk.in(CALLERS_NUMBER_BEFORE, Math.max(0, a - 24), a) || !!ctx.caller?.says(NEW_NUMBER_GIVEN)) && (ctx.talk.in(ASKED_BACK, b, b + 16) || (len < 7 && (ctx.talk.in(SENTENCE_ASKS, b, b + 24) || ctx.talk.in(SENTENCE_TAG_ASKS, b, b + 24))) || ctx.talk.in(DIAL_ZH, Math.max(0, a - 24), a) || /打给?(?:你|您)|(?:给|往)(?:你|您)[^。.！!？?，,]{0,8}打/.test(t.slice(Math.max(0, a - 24), a)))) return 'no';
  // ("Her number is zero seven one three, five five eight, two four one", "my shop number. Zero seven seven... three one two, four four zero
  // eight": someone's number of ten or eleven digits from a trunk 0, as mobiles outside North America are written, is a phone, case 87)
  if (label?.kind === 'number' && /^0[1-9]\d{8,9}$/.test(d) && t.startsWith('number', label.at) && ctx.talk.in(SOMEONES_BEFORE, Math.max(0, label.at - 24), label.at) && !calledNumber(t, a, ctx.talk)) return 'phone';
  // (not the card's label inside what the person says they call: "ringing the number on the back of my card now 03457 404 404")
  if (label?.kind === 'card' && tollCardNumber(ctx, label)) return 'no';
  // (a sum said as a count right after "for", a label before it: "Why would youse need the three numbers on the back for two ninety-nine?")
  if (label && p.counted && /\bfor\s*$/.test(t.slice(Math.max(0, a - 5), a))) return 'no';
  // (a number the person rings or texts, its label what is sent there: "Main apna CNIC 8171 pe khud bhej ke dekhti hun")
  if (label && RUNG_ON_AFTER.test(t.slice(b, b + 40))) return 'no';
  // ("my card 4471 is in my wallet right here": a card named by its last four, in hand)
  if (label?.kind === 'card' && len === 4 && ctx.talk.in(CARD_IN_HAND_AFTER, b, b + 40)) return 'no';
  if (label && label.kind !== 'number') return label.kind === 'card' && ctx.talk.in(CARD_BACK_CALLED, Math.max(0, a - 64), a) ? 'no' : labelled(label, p, ctx);
  // "Can I keep the same PIN on the new debit card? It's 3 9 5 1.", "Do you need the code on the back? That's 208": the
  // secret the person's own question names, answered at once
  const answered = label ? undefined : ownQuestion(p, ctx) ?? givenAfterAside(p, ctx);
  if (answered) return answered;
  // ("快递单号 SF 1408 2277 3650": a courier's letters, a space apart, start a tracking number, as glued ones do)
  if (len >= 10 && ctx.talk.in(COURIER_BEFORE, Math.max(0, a - 5), a)) return 'no';
  // ("申请编号 LN-2024-0615-00923", "SL-448190, okay I wrote that down": a reference's letters before its digits)
  if (!ctx.caller?.asks.size && ctx.talk.in(REFERENCE_PREFIX, Math.max(0, a - 12), a)) return 'no';
  // (the end of an ID number, its X included, "0516 228X", is that ID's; and one letter before the digits, answering a request for an
  // ID, is the ID's own: "S8742... 156... J", a Singapore NRIC)
  // (but a mobile glued to its carrier's or its wallet's name is that phone: "airtel0752904417 names Owor Daniel")
  if (p.glued && (isMobile(d) || isMobileAbroad(p)) && ctx.talk.in(WALLET_GLUED_BEFORE, Math.max(0, a - 12), a) && !ctx.talk.in(/^[a-z]/, b, b + 1)) return 'phone';
  if (p.glued && !(ctx.part === 'id' && t[b] === 'x') && !gluedIdStart(p, ctx, a)) return 'no'; // "SF6222…", "iphone15": part of a word nobody introduced
  const after = label ? undefined : namedAfter(p, ctx);
  if (after) return after;
  // a round sum ("200000除以三十六", "880000？") and two dates ("2012.03.01-2032.03.01") are nobody's secret
  if ((len <= 9 && /[1-9]0{4,}$/.test(d)) || (p.groups.length === 6 && isDateOrTime(subRun(p, 0, 2)) && isDateOrTime(subRun(p, 3, 5)))) return 'no';
  // (not a secret's start read digit by digit as the answer breaks off, "It's 2 1 1... wait." to a request for the social security
  // number: no one reads out a hotline so; not an emergency line, nor one the reply goes on to call)
  const begunAsAnswer = p.groups.length === len && !/^(?:911|999|112|110|119|120|000)$/.test(d) && ctx.talk.in(CUT_SHORT, b, b + 16) && answerShaped(t, 0, a) && !!askedSecret(ctx.caller)
    && !calledNumber(t, a, ctx.talk) && !/\b(?:call|calling|dial|dialing|ring|police|report)\b/.test(t.slice(b, b + 40));
  // (a text's sender starts 106, and so may a six-digit code the line asks for, read as the answer: "上头写的是……幺洞六，拐拐三")
  const codeOfItsLength = len === 6 && d.startsWith('106') && ctx.caller?.last === 'code' && answerShaped(t, 0, a);
  if ((officialHere(p, t, a) || allGroupsOfficial(p)) && !begunAsAnswer && !codeOfItsLength) return 'no';
  // (seventeen digits and an X are a resident ID's, whatever its check: no card or account ends in a letter)
  if (chineseIdValid(d) || (len === 18 && d.endsWith('X'))) return 'id';
  // ("新号码是 一三三 零幺二八 四七七六 吗？我存一下" to "你记一下我新的号码": the caller's new number, asked back, case 118)
  if ((isMobile(d) || nanp(p)) && ctx.talk.in(ASKED_BACK, b, b + 16) && ctx.caller?.says(NEW_NUMBER)) return 'no';
  // ("记得咯，贴在电视柜上的，一三七，三二一零，八八九五" answering "我的号码你记得啵？": the caller's own number, read back; not one said to be
  // the person's, "I have it, and mine is 0412…")
  // (nor the number that called or texted the person, asked for to be warned of: "0755 2361 8890 说是滴滴风控部的" to "你那个打过来的号码多少")
  if (len >= 7 && (ctx.caller?.asksOwnNumber || ctx.caller?.asksCallingNumber) && !ctx.talk.in(SAID_MINE, Math.max(0, a - 16), a)) return 'no';
  // ("1-808-555-0143", a North American number with its country code, is a phone only where no harmless thing was asked for)
  // ("我小姨号码 幺五零 八八三二 幺零四六 我自己打": one the person says after it they call themselves)
  // (not a mainland mobile's shape in an English reply to a request for an account or an ID, read as neither groups a mobile: "it's one
  // five four, two eight… eight one nine, three three zero" to "Read me the account number", a South African account's eleven)
  // (read only for a mobile's shape, the whole reply's script last: a paste holds thousands of numbers)
  const mobile = isMobile(d) && !(!!ctx.caller && (ctx.caller.asks.has('card') || ctx.caller.asks.has('id')) && !ctx.caller.asks.has('phone') && p.groups.join() !== '3,4,4' && !nanp(p) && !ctx.talk.in(FAMILY_NUMBER_BEFORE, Math.max(0, a - 60), a) && !ctx.talk.says(HAN));
  if (mobile || (isMobileAbroad(p) && !ctx.talk.says(HAN))) return othersNumberNear(t, a) || calledNumber(t, a, ctx.talk) || ctx.talk.in(I_CALL_AFTER_ZH, b, b + 12) || ctx.talk.in(I_CALL_IT_AFTER, b, b + 40) || ctx.talk.in(OFFICE_BEFORE, Math.max(0, a - 60), a) || (p.groups[0] === 1 && !!ctx.caller?.asksHarmless && !ctx.caller.asks.has('phone') && !ctx.talk.in(FAMILY_NUMBER_BEFORE, Math.max(0, a - 60), a)) ? 'no' : 'phone';
  // an ID's shape answering a request for an ID is the ID, whatever Luhn's check says of it
  // (an American Express card's fifteen digits, 34 or 37 and grouped 4-6-5 as the card prints them: "It's Amex, 3782 641905 21007",
  // no old resident ID, whatever its middle reads as a date)
  if (len === 15 && /^3[47]/.test(d) && p.groups.join() === '4,6,5') return 'card';
  // (an ID's start where the line asks for the ID and no card, whatever its digits' card check says: "My shenfenzheng? OK... 三幺零幺幺五,
  // two-zero-zero-三, 洞四一二...")
  if (ctx.caller?.asks.has('id') && ((len >= 15 && longNumberKind(d) === 'id') || (!ctx.caller.asks.has('card') && idBegun(d)))) return 'id';
  // (eighteen digits with a birth date where a resident ID has it are an ID, whatever its check and whatever Luhn says: no card
  // number is shaped so but by chance)
  // (but a card's check answering a request for a card is the card: 62, UnionPay's start, is Gansu's too)
  if (len === 18 && longNumberKind(d) === 'id' && !(d.startsWith('6') && isCardNumber(d) && ctx.caller?.asks.has('card'))) return 'id';
  if (isCnicShaped(p)) return 'id';
  // (a card's groups of four with its expiry right after, the rest of a card typed with it: "rest is 1173 0064 exp 09/27")
  if (len >= 8 && p.groups.every((g) => g === 4) && ctx.talk.in(EXPIRY_AFTER, b, b + 28)) return 'card';
  // (a national ID's digits where the line asks for them off the ID card and for no card, whatever Luhn says: "Please send all 16 digits as
  // written on your ID card." · "1 1958 7 0034521 0 45", Rwanda's)
  // (longer than any phone, opening as no card does, with no card named in the reply)
  if (len >= 14 && !/^[3-6]/.test(d) && ctx.caller?.asks.has('id') && !ctx.caller.asks.has('card') && (ctx.caller.says(ID_DOCUMENT_ASKED) || ctx.caller.says(ID_CARD_NAMED_EN)) && !ctx.talk.says(GIFT) && !labelBefore(ctx.labels, a, 48, (l) => l.kind === 'card')) return 'id';
  if (isCardNumber(d) || isExpiryAndCvv(p)) return 'card';
  // (not a sum read with pauses: "1 2 5... 5 0... 1 2 0 0 total")
  if (isSsnShaped(p) && !unitAfter(t, b)) return 'id';
  // the rest of a card or ID number whose start the caller just read back, checksum and all
  const start = len >= 4 ? ctx.caller?.readBack : undefined;
  // (sixteen digits in all are a card's, whatever its checksum, as kindByLength reads them)
  if (start && (isCardNumber(start + d) || (start + d).length === 16)) return 'card';
  if (start && chineseIdValid(start + d)) return 'id';
  // (a card's start read back, eight digits or more as cards begin, and its rest begun: "Four six five two, three one one eight, and then?" ·
  // "Zero zero seven four, nine... hold on")
  if (start && start.length >= 8 && /^[3-6]/.test(start) && (start + d).length <= 19 && !harmlessNear(t, ctx.labels, a)) return 'card';
  // "12... no, 17" answering "give me the next three digits" of a social security number: a piece of it
  const piece = len === 2 || len === 3 ? ctx.caller?.digitsOf : undefined;
  if (piece && !isYearNumber(d) && !amountAround(t, a, b) && !harmlessNear(ctx.t, ctx.labels, a)) return piece;
  // "0198" answering "and the rest of the phone number?", "七九" answering "还差最后两位" after the code's start
  // (an ID's middle is a date of birth: "中间是出生年月嘛，一九八七零四二三"; a date written day or month first, "10-10-1960", is a date)
  // (not answering "what time did that text come in?": a time)
  // (not a phone's whole number where the line asks for one too: "the mobile number on the account and the last four of the social")
  // (not a code the reply names just before, come as the line asked for the card's rest: "…验证码来哉，六八……")
  // (not a number after another secret's label, the line asking for it too: "后面系 零三一五，二八四X。电话打我嘅啦，幺五九，两零六七…" to
  // "后面几位呢？还有手机号")
  const otherNamed = () => !!labelBefore(ctx.labels, a, LABEL_REACH, (l) => !!secretOf(l.kind) && secretOf(l.kind) !== ctx.part && !!ctx.caller?.asks.has(l.kind));
  if (ctx.part && len >= 2 && len <= 12 && !ctx.caller?.asksSum && !otherNamed() && (ctx.part === 'code' || !labelBefore(ctx.labels, a, 8, (l) => l.kind === 'code')) && !(ctx.caller?.asks.has('phone') && ((len === 10 && nanp(p)) || isMobile(d) || trunkMobile(p))) && (ctx.part === 'password' || !isYearNumber(d)) && (ctx.part === 'id' && len === 8 ? !amountAround(t, a, b) && !p.seps.includes('/') && !(isDateOrTime(p) && !/^(?:19|20)/.test(d)) : !harmlessPiece(p, ctx))) return ctx.part;
  // the caller's line is read only for a number it can tell about (three digits or more)
  const caller = len >= 3 ? ctx.caller : undefined;
  // an expiry alone is printed and opens nothing (docs/labelling.md, case 91): with the code after it, it is the card's
  if (caller && isExpiry(p) && caller.asks.has('expiry')) return 'no';
  // "eleven twenty six, nine oh two" answering "the expiry and the 3 digit code": both, said as one run
  if (caller?.asks.has('cvv') && (len === 7 || len === 8) && Number(d.slice(0, 2)) >= 1 && Number(d.slice(0, 2)) <= 12) return 'card';
  // "I see 2 8 7 4 5 6 1" answering a request for the code by the signature: the strip prints the card's last four and the code
  if (caller?.last === 'cvv' && len === 7) return 'card';
  // "523 44" answering a request for the social security number: its first two parts
  // (not a sum, "$299.95")
  if (caller?.last === 'id' && p.digits.length === 5 && partsOf(p).join() === '3,2' && !isFormattedAmount(p) && !amountAround(t, a, b)) return 'id';
  // (digits said one by one, "八三九，二零一", are never an amount's thousands; prices in a row, "9.99, 9.99 and
  // 109.99", are sums)
  // (a PIN made from a date, written as the date, "the fourteenth of July, so 14/07" answering a request for the PIN: the PIN)
  if (len === 4 && caller?.last === 'password' && p.groups.length === 2 && ctx.talk.in(SO_BEFORE, Math.max(0, a - 6), a) && ctx.talk.in(DATE_NAMED, Math.max(0, a - 80), a)) return 'password';
  // (or a year the person says the PIN was made from, "I think I made it the year we got married. Nineteen sixty-eight.")
  if (len === 4 && caller?.last === 'password' && isYearNumber(d) && ctx.talk.in(MADE_FROM_YEAR, Math.max(0, a - 80), a)) return 'password';
  if (isDateOrTime(p) || (isFormattedAmount(p) && !p.spelled) || afterMonth(t, a, d) || pointGroups(p) >= 2) return 'no';
  // "the 407 site has its own login", "the 405 on-ramp": a number typed between "the" and the thing it names is that thing's name
  if (!p.spelled && p.groups.length === 1 && ctx.talk.in(THE_BEFORE, Math.max(0, a - 4), a) && ctx.talk.in(THING_NUMBERED, b, b + 16)) return 'no';
  // "it starts with 542", "前三位是542" answering a request for a number: its beginning, said to be one
  const begun = caller?.last && SECRET_KINDS.has(caller.last) && ctx.talk.in(PART_LEAD, Math.max(0, a - 24), a);
  // four digits answering "the last four digits of your social security number": that number's, whatever else the line asks for after
  // (an ID's last four characters may end on a letter: "5 6 0 H" of a Singapore NRIC)
  const four = len === 4 || (len === 3 && /^ ?[a-z]\b/.test(t.slice(b, b + 3))) ? caller?.lastFourOf : undefined;
  // (and a card's last four, asked or not, are printed on every receipt: no secret; a number answering
  // "how much is in your account?" is a sum, whatever it holds)
  // ("How many cards did you buy?" answered with a card's sixteen digits: no count is that long)
  if (four === 'card' || (caller?.asksSum && !nanp(p) && len <= 9)) return 'no';
  // (four digits alone in a Chinese reply, "每个月工资到账 7850", are a sum, no card's first group nor an ID's end: those are named, 卡号前四位, 后四位)
  const sum = len === 4 && !p.spelled && !four && !begun && isHan(t.charCodeAt(Math.max(0, a - 2)));
  // (a number grouped as a phone's, 3-3-4, answering "the phone number on the account, and the account PIN", or said to be a "number"
  // answering "the main number and the passcode on the business account": the phone, not the account)
  const asked = begun ? ((namedAsked(ctx, a) ?? setAsked(ctx, a) ?? volunteered(ctx, a) ?? caller!.last) as LeakKind) : four === 'id' || four === 'phone' ? four : caller?.asks.size && !sum ? (((caller.asks.has('phone') || (label?.kind === 'number' && !ACCOUNT_NUMBER_ASKED.test(caller.text) && !caller.says(MTCN_ASKED))) && nanp(p)) || (caller.asks.has('phone') && (ctx.talk.in(MY_NUMBER_BEFORE, Math.max(0, a - 16), a) || trunkMobile(p))) ? 'phone' : askedKind(caller, saidOnce(p), !LAST_FOUR_ASKED.test(caller.text) && !ENDING_SAID.test(caller.text) && (p.groups.length === 1 || (p.groups.every((g) => g === 1) && (ctx.talk.in(READ_ON_AT_END, b) || !(['password', 'code', 'cvv', 'expiry'] as const).some((k) => caller.asks.has(k))))), unionPayStart(t, caller), (p.groups.length >= 4 && (p.groups.every((g) => g === 1) || (p.spelled && p.groups.every((g) => g <= 2) && ctx.talk.in(READ_ON_AT_END, b))) || cardBegunInFours(p, t, b)) && !ctx.talk.says(CODE_OR_PASSWORD) && !LAST_FOUR_ASKED.test(caller.text) && !ctx.talk.in(ENDING_BEFORE, Math.max(0, a - 24), a) && !amountAround(t, a, b), namedAsked(ctx, a) ?? otherAsked(ctx, a, b) ?? setAsked(ctx, a) ?? volunteered(ctx, a))) : null;
  // a PIN is often a birth year: "it's 1955" answering "what's your PIN?" is the PIN, "born in 1955" is not
  // (a PIN may be a year; "in 2019", "since 1990" is when)
  // ("the last four... that's 6... 2... 1... 9" answering a request for them: the harmless label is what was asked)
  // ("2 0 1 5" read out answering "the last four digits of your social security number" is theirs, not a year; "1947" may be one)
  // (nor one keyed in, "just punch 1 9 9 9 and hit the pound key", "Pound 1968": a keypad's code, unless a year is what the line asks for)
  // (a model year: "The computer's a 2018 Dell", not "It's a 1987, my birth year")
  // (an ID asked for, begun as one and read on to its birth year: "系四四幺四八幺，幺九五……五两年个……")
  const idBegunToYear = () => asked === 'id' && len >= 8 && idStart(d) && /^\s*年/.test(t.slice(b, b + 2));
  const harmless = () => theirMeeting() || (isYearNumber(d) && !(four === 'id' && p.spelled) && (asked !== 'password' || ctx.talk.in(YEAR_PREP, Math.max(0, a - 12), a) || modelYear(t, a, b)) && (!keyedIn(t, a, b) || (!!caller?.asksHarmless && /\b(?:year|born|birth)\b/.test(caller.text)))) || (amountAround(t, a, b) && !idBegunToYear()) || calledNumber(t, a, ctx.talk) || saidToMe(t, a) || ctx.talk.in(PAID_TO_BEFORE, Math.max(0, a - 48), a)
    || (!four && harmlessNear(ctx.t, ctx.labels, a, !!asked) && !ctx.talk.in(PIN_FROM_DATE, Math.max(0, a - 80), a) && !(asked === 'password' && ctx.talk.in(DATE_IS_IT, Math.max(0, a - 16), a)))
    || ctx.talk.in(SENDER_BEFORE, Math.max(0, a - 12), a)
    // (a number the person says is not the caller's own: "Madam this 0996 741 220 isn't saved as yours"; nor a helpline named so,
    // "16247 is the only helpline"; nor the caller's old number asked about, "你原来那个号是139 3887后面2206吧 我给你打过去")
    || ctx.talk.in(NOT_YOURS_AFTER, b, b + 40) || ctx.talk.in(TAKEN_BACK_AFTER, b, b + 48) || ctx.talk.in(HELPLINE_AFTER, b, b + 40) || ctx.talk.in(HELPLINE_BEFORE, Math.max(0, a - 32), a) || ctx.talk.in(CALLERS_NUMBER_BEFORE, Math.max(0, a - 40), a)
    // (nor one the person says next they will call: "Passbook... yes, number is there, zero four six one, two three two... something. I will
    // call that"; nor the one a call the person took came from, "我前天也接了一个 说是农业局的 我没理他 号码是0912-3356 7801")
    || ctx.talk.in(I_CALL_IT_AFTER, b, b + 40) || ctx.talk.in(CALL_TAKEN_BEFORE, Math.max(0, a - 48), a)
    // (a round sum sent or owed to someone: "why you need my MPIN to send me 1000?")
    || (/00$/.test(d) && ctx.talk.in(SUM_TO_SOMEONE_BEFORE, Math.max(0, a - 24), a))
    // ("Which number are you calling from, 202?": where the caller calls from; "Dr. Grant, 330-762-4410, that's the office")
    || ctx.talk.in(CALLING_FROM, Math.max(0, a - 24), a) || ctx.talk.in(OFFICE_AFTER, b, b + 32)
    // ("Dr. Feld's office is 555-0194", "The number on Mercy's website is different, it's 555-0100": a business's, public)
    || ((nanp(p) || localPhone(p)) && (ctx.talk.in(OFFICE_IS_BEFORE, Math.max(0, a - 40), a) || ctx.talk.in(LISTED_BEFORE, Math.max(0, a - 48), a)))
    // ("Your direct number is 202-555-0183, right?", "ur voicemail said 555-0173": the caller's, whatever the line asks)
    || (len >= 7 && ctx.talk.in(YOUR_NUMBER_BEFORE, Math.max(0, a - 32), a)) || ctx.talk.in(YOUR_NUMBER_ASKED, Math.max(0, a - 56), a)
    // ("Your number ends in 4 4 2 0, doesn't it?": its end, asked back to test the caller, case 118)
    || (len >= 3 && ctx.talk.in(YOUR_NUMBER_ENDS, Math.max(0, a - 40), a))
    // ("a caller ID that says Washington DC with a 347 area code", not "418 zip 60614")
    || (len === 3 && /^\s*area code\b/.test(t.slice(b, b + 12)))
    || yearLedReference(t, a)
    // ("Ha? Twelve fifty?" to "a payment of twelve hundred and fifty pounds": a sum the line named, asked back)
    // (its first word the line's own: not "4829?" read out unsure)
    || (len <= 5 && /^\s*[?？]/.test(t.slice(b, b + 3)) && !!caller?.says(SUM_NAMED) && caller.text.includes(t.slice(a, b).split(/[\s,-]/)[0]!))
    // ("1957 is the year I joined the Navy")
    || (isYearNumber(d) && /^\s+(?:is|was) the year\b/.test(t.slice(b, b + 14)))
    // ("Flat 402, Sai Residency, Andheri East, Mumbai 400069", "Blk 231 Tampines St 21, #08-114"): a postcode or a unit;
    // ("ring the bell at number 1162") a house's number
    || (len <= 6 && (ctx.talk.in(ADDRESS_BEFORE, Math.max(0, a - 56), a) || /\bat (?:number|no\.?|#)\s*$/.test(t.slice(Math.max(0, a - 12), a))))
    || (len <= 5 && houseNumber(t, b, caller))
    // ("Ring HMRC's number, 0300 200 3300": a named someone's number, unless a contact's phone was asked for, case 87)
    || (asked !== 'phone' && someonesNumberBefore(t, a));
  // ("Greta Lind, 209 Aspen Ct. Tell the driver 2-4-6-0 on the lockbox", answering a request for the address: a home's code, whatever was asked)
  // (not a lockbox's code said back, "Spot 12, lockbox 3571. Thanks": the person's own, or one they tell someone to use)
  // (or keyed in where the reply or the line names the door: "The front door has a keypad. It's pound... 1 9 ... 6 8", "star, two,
  // oh, two, four" answering "And the community gate?")
  const keyed = keyedIn(t, a, b);
  if (len >= 4 && len <= 8 && (!isYearNumber(d) || keyed) && (homeCode(t, a, b) || (keyed && !!caller && HOME_ASKED.test(caller.text)))
    && (keyed || ctx.talk.in(HOME_GIVEN, Math.max(0, a - 60), b + 16)) && !harmless()) return 'password';
  // "my granddaughter's number and you talk to her, it's 702-418-3365": a North American number said to be one's own or a relative's,
  // whatever else the line asks for ("her number's 508-771-2930" after a card was asked for)
  // (not one the person calls: "I'm calling his cell at 415 555 0177 right now")
  // ("Her number is 555-0132": a local number's shape, seven digits; "I give you his number… It's 0 4 1 2, 5 5 8, 3 0 9", "My wife
  // ah, 9 1 2 7... 6 6 0 4": eight to twelve digits, a phone's length in any country, no card's; nine answering a request for a social
  // security number are that: "It's my wife's number 318442290"; nor a number of the caller's put right, "Mine is 1234567880")
  // (the cue before the number first: the whole reply's script is read only after it)
  // (but "Mine is" answers what the line asks: "Give me your ID number and your mother's" · "Okay. Mine is two-nine-four, four-one, eight-eight-six";
  // the ID where the line asks for it and a phone, and the number has no mobile's shape: "mine is 22407195" to "Send your National ID number,
  // your wife's ID number and the M-Pesa number")
  // (or handed over a sentence or two after it is offered: "Wait, I'll give you his number, you talk to him, he's working in Kurunegala. It's oh-seven-seven…")
  // (its shape read first: most numbers have no phone's)
  if ((((len === 10 || (len === 11 && d[0] === '1')) && /^[2-9]/.test(d.slice(len - 10))) || (localPhone(p) && /^[2-9]/.test(d)) || (len >= 8 && len <= 12 && !(len === 9 && ctx.caller?.asks.has('id')) && !ctx.caller?.numbers.some((n) => n.length === len) && !ctx.talk.says(HAN)))
    && (ctx.talk.in(FAMILY_NUMBER_BEFORE, Math.max(0, a - 60), a) || ctx.talk.in(GIVE_THEIR_NUMBER_BEFORE, Math.max(0, a - 100), a)) && !(ctx.talk.in(MINE_IS, Math.max(0, a - 12), a) && !!ctx.caller?.asks.size && (!ctx.caller.asks.has('phone') || (ctx.caller.asks.has('id') && len < 10 && !/^[01+]/.test(d))))) {
    return harmless() || othersNumberNear(t, a) || callsIt(t, a, 48, b) ? 'no' : 'phone';
  }
  // "ok its 786 555 4410, text is better": a North American number written as one, nobody else's, is a phone, whatever else the line
  // asks for (its last four were read as a code); not one the person calls, nor an office's ("I'll call the management company…, 313-555-0170")
  // (a number of that shape answering a request for a card's, an ID's or a phone's is that: an NHS number is 485 777 3456)
  // (or answering a phone company's "the number on the account": "The number's 6 1 7, 4 0 2, 9 9 1 3" to Verizon Wireless)
  // (a request ends in a question too: "can you put my text alerts on 720 555 0139? That's my new cell.")
  // (a UnionPay card's start, after the reply names the card by its bank: "提现要绑卡嘛，我这张是农行的，六二二八四八，幺两洞拐……"; no mobile starts so)
  // (its first four alone too, read in groups: "卡是建行的，六二幺七，洞洞洞洞，八六二三…")
  // (and eight digits or more of any card so named: "Card is Meezan debit 5378 4210")
  if (((len >= 4 && /^62/.test(d)) || (len >= 8 && len <= 19 && !isDateOrTime(p))) && ctx.talk.in(CARD_NAMED_BEFORE, Math.max(0, a - 32), a) && !harmless() && !othersNumberNear(t, a)) return 'card';
  // ("Gord's number is 250-962-4770, you could call him": someone's number handed over for the caller to ring, case 87, whoever it names)
  // (a digit begun again after a pause counted once: "four... four seven seven zero")
  if ((nanp(p) || /^[2-9]\d{2}[2-9]\d{6}$/.test(restarted(p)) || isMobile(d) || isMobileAbroad(p)) && ctx.talk.in(YOU_CALL_THEM_AFTER, b, b + 40) && !harmless() && !ctx.talk.in(OFFICE_BEFORE, Math.max(0, a - 60), a)) return 'phone';
  if (nanp(p) && !caller?.asksHarmless && (!asked || (asked === 'code' && !caller!.says(MTCN_ASKED)) || asked === 'password' || (asked === 'card' && CARRIER.test(caller!.text))) && (!ctx.talk.in(ASKED_BACK, b, b + 16) || ctx.talk.in(MINE_AFTER, b, b + 48))) return harmless() || othersNumberNear(t, a) || theirsBefore(t, a) || ctx.talk.in(OFFICE_BEFORE, Math.max(0, a - 60), a) || ((ctx.talk.in(RINGING_AFTER, b, b + 24) || ctx.talk.in(KEPT_HERE_BEFORE, Math.max(0, a - 48), a)) && callsIt(t, a, 64, b)) ? 'no' : 'phone';
  // ("I'm going to call the county clerk's office myself, 713-368-2290" answering a request for a PIN: theirs)
  // ("the number you called from, 202-555-0148" answering a request for a social security number; "their office number is
  // 559-555-0100" answering one for the doctor's: an office's is public)
  // ("I'm hanging up and calling your mother's cell right now, 9 1 9, 4 4 2, 0 7 3 8": one the person calls, case 87)
  // "It's 3 1 2...", "Routing, okay, 1 2 2...", "My PIN is, um, 4 0...": digits read out one by one as the reply breaks off,
  // answering a request for a secret, are its start, however few
  // (given as an answer, "It's", "是"; to a line that asks for the secret, not for its last four, its expiry, a sum or a date; not
  // counting, "1 2 3...", nor the start of a number the line says)
  // (in Chinese, as a transcript writes it, the reply may just end there: "医保卡 我翻一下 是 0061", short of the ID or the card
  // asked for; a line about a text names a phone, not what the text holds)
  const endsShort = () => isHan(t.charCodeAt(Math.max(0, a - 1))) || isHan(t.charCodeAt(Math.max(0, a - 2))) ? ctx.talk.in(REPLY_ENDS_HERE, b) && ID_OR_CARD.has(askedSecret(ctx.caller)) && len < PARTIAL_BELOW[askedSecret(ctx.caller)!] && !ctx.talk.in(OTHER_THING_ZH, Math.max(0, a - 12), a) : false;
  // (in Chinese, however its numerals are grouped, where a pause or words that stop follow: "188 … 我想不起来了", "八八…不行吧")
  const cutZh = () => ctx.talk.in(CUT_SHORT_ZH, b, b + 8) && HAN.test(t.slice(Math.max(0, a - 3), a) + t.slice(b, b + 5));
  // (a phone's area code, written as one: "Um, it's 937... wait, you called me")
  // (where the card is asked with its expiry, digits no month begins with are the card's: "it's four three one... wait")
  const begins = !asked && len >= 2 && (((p.groups.every((g) => g === 1) || (len === 3 && askedSecret(ctx.caller) === 'phone')) && (ctx.talk.in(READ_ON_AT_END, b) || ctx.talk.in(CUT_SHORT, b) || ctx.talk.in(WORD_CUT_AFTER, b, b + 12))) || endsShort() || cutZh()) && ctx.caller && !ctx.caller.asksHarmless && !ctx.caller.asksSum
    && REQUEST.test(ctx.caller.text) && !WHEN_ASKED.test(lastSentence(ctx.caller.text)) && !LAST_FOUR_ASKED.test(ctx.caller.text) && (!ctx.caller.asks.has('expiry') || (ctx.caller.asks.has('card') && !MONTH_START.test(d))) && !countsOn(d)
    && !ctx.caller.numbers.some((n) => n.startsWith(d)) && (answerShaped(t, 0, a) || !!labelBefore(ctx.labels, a, 20, (l, end) => l.kind !== 'not' && l.kind !== 'number' && ctx.talk.in(LABEL_GAP, end, a) && !othersLabel(t, l.at, undefined, ctx.talk)))
    // (of the secrets the line asks for, the code where the reply names it before: "担保要我验证码？ 收到一个 678 …")
    // (or the ID, where the digits begin as a resident ID's do: "三六零七三二，幺九六八零四……" to a request for the ID and a phone)
    // (or the card, where the digits begin as UnionPay's do and the reply names its bank: "收款卡是农商行的，六二幺五，三……")
    // (or, where the line names none, the code it says it has sent: "8 8 1... ruko" to "It has been sent now sir, please check and send fast")
    ? (ctx.caller.asks.has('code') && ctx.talk.in(CODE_NAMED, 0, a) ? 'code' : ctx.caller.asks.has('card') && /^62/.test(d) && ctx.talk.in(BANK_CARD_NAMED, 0, a) ? 'card' : ctx.caller.asks.has('id') && idStart(d) ? 'id' : askedSecret(ctx.caller) ?? (CODE_SENT.test(ctx.caller.text) ? 'code' : undefined)) : undefined;
  if (begins) return harmless() ? 'no' : begins;
  if (asked === 'card' && tollCardNumber(ctx, labelBefore(ctx.labels, a, 48, (l) => l.kind === 'card'))) return 'no';
  // (nor one someone rang or texted from: "A man rang Wednesday from a 01 number, 01 437 something")
  if (asked) return harmless() || ctx.talk.in(RANG_FROM_BEFORE, Math.max(0, a - 60), a) || (ctx.talk.in(FROM_A_BEFORE, Math.max(0, a - 10), a) && /^\s*(?:number|no\b|line)/.test(t.slice(b, b + 10))) || (nanp(p) && ((asked !== 'phone' && (theirsBefore(t, a) || othersNumberNear(t, a))) || ctx.talk.in(OFFICE_BEFORE, Math.max(0, a - 72), a) || callsIt(t, a, 64, b))) ? 'no' : asked;
  // "two nine four" answering a request for the code: its first half, read out digit by digit as the whole reply, or typed as a chat
  // message of its own ("482" to "快点 验证码一分钟就过期了", the rest in the next)
  // (or read off the screen, or as it came, as the reply ends: "Okay, it says 4 8 1", "Okay... it's here. 2 9 0.", typed "ok got it. 583")
  // (or said once more as the reply ends: "短信来了。是幺……洞……拐，幺洞拐。")
  if (len === 3 && caller?.last === 'code' && !unitAfter(t, b) && (p.spelled
    ? ctx.content(t.length) - (ctx.content(b) - ctx.content(a)) <= 6 || (ctx.talk.in(CODE_CAME_BEFORE, Math.max(0, a - 16), a) && (ctx.talk.in(REPLY_ENDS, b) || saidAgainToEnd(t, b, d)))
    : (ctx.content(t.length) === ctx.content(b) - ctx.content(a) || (ctx.talk.in(CODE_CAME_BEFORE, Math.max(0, a - 16), a) && ctx.talk.in(REPLY_ENDS, b))) && d !== '123' && d !== '321') && !harmless()) return 'code';
  // ("OK it came, 6 1 9... no.", "It's 9, 1, 5...": its start read digit by digit, then cut off)
  // (not counting: "One, two, three... no, I am not doing this")
  // ("收到了 4 7 9⏎等下 短信写的是…": the same in Chinese)
  // (or said as one after it came: "code aya hai 551... ruko")
  // (or, said to have come, with a pause after it whatever follows: "code aya hai. saat teen paanch... aagay nazar nahi aa raha")
  const came = ctx.talk.in(CODE_CAME_BEFORE, Math.max(0, a - 16), a);
  if (len === 3 && caller?.last === 'code' && (p.groups.length === 3 || came) && d !== '123' && d !== '321' && (ctx.talk.in(CUT_SHORT, b, b + 16) || cutZh() || (came && PAUSE_AFTER.test(t.slice(b, b + 4)))) && !harmless()) return 'code';
  // (or, in a transcript with no marks, the reply stops after it or breaks off: "okay um i got it its five seven two", "okay its 3 0 6 oh no
  // it changed hold on", "its eight two hang on it says this netcode is to add a new payee", "收到了 是 八 三 九", "短信上是 三七 算了 我不
  // 念了" answering a request for the code: a part counts; two digits only read one by one, in Chinese, or typed as a chat message's
  // last word before the next breaks off, "ok its 48⏎wait it says google voice verification code"; or said to go on, "来了来了，四八二，
  // 后面是……哎")
  // (or as the reply opens, "三九七 嗯 等会我媳妇在旁边说验证码不能给人", "48 1.. hold on it says dont share this code", "its 48 3.. hang on")
  const opens = ctx.talk.in(OPENS_BEFORE, 0, a);
  // (or named just before as a one-time code, whatever the line asked: "…验证码来哉，六八……哎，勿对")
  if (len >= 2 && len <= 3 && (ctx.caller?.last === 'code' || (!!ctx.caller && !!labelBefore(ctx.labels, a, 8, (l) => l.kind === 'code' && ctx.talk.in(OTP_LABEL, l.at, l.at + 16)))) && (opens || p.groups.length === len || ctx.talk.in(LINE_ENDS, b, b + 3) || HAN_BEFORE_PAUSE.test(t.slice(Math.max(0, a - 8), a))) && d !== '123' && d !== '321' && d !== '12'
    && (opens || ctx.talk.in(CODE_READ_BEFORE, Math.max(0, a - 12), a)) && (ctx.talk.in(REPLY_ENDS, b) || ctx.talk.in(BREAKS_OFF, b, b + 16) || (ctx.talk.in(SAID_CUT, b, b + 12) && !/\d/.test(t.slice(b)))) && !ctx.caller.numbers.some((n) => n.includes(d)) && !harmless()) return 'code';
  // a bare number answering a request for something harmless ("your date of birth?", "zip code?") is that thing
  // (but six digits said to be a code are one: "another one from Google Authenticator, 7 7 1 0 4 8", "the code came as 29 81 54")
  // ("The card linked to it is a Discover, 6011 0093 8842 1170" answering a request for the e-mail: a card's number, a card named before it)
  // (or shaped as UnionPay's, sixteen digits or more from 62, said where the line asks a balance: "睇错咗 係6217 9958 2000 3146 882 卡里有七万二";
  // not one the line sent, asked back: "看到了 六二二二 零二幺零 … 是吧 这个是外地的卡啊")
  if (caller?.asksHarmless && len >= 13 && len <= 19 && !harmless() && (ctx.talk.in(CARD_WORD_BEFORE, Math.max(0, a - 32), a) || /\bcard\b[^.!?\d]{0,32}$/.test(t.slice(Math.max(0, a - 40), a)) || (len >= 16 && /^62/.test(d) && !ctx.talk.in(ASKED_BACK, b, b + 16)))) return 'card';
  // (not a meter's reading the line asks for: "It says 0 4 8 2 1 3, and there's a little 'kWh' under it")
  // (a secret the reply offers by name a little before, beside the harmless thing asked: "Third of March, nineteen forty-six. D'you want me NHS
  // number an' all? I've got t' card here somewhere... four eight five, seven seven two, nine oh one three.")
  // (the card it is on named between: the ID's own card, no bank's)
  // (not a card: the store's or the club's the line asks about, "My Kroger Plus card number? … it's 4820 0017 3391")
  const offeredBeside = caller?.asksHarmless && len >= 8 ? volunteered(ctx, a) ?? idOffered(ctx, a) : undefined;
  if (offeredBeside && offeredBeside !== 'card') return harmless() ? 'no' : secretOf(offeredBeside)!;
  // (nor where the harmless thing is a remote tool's address asked for by its length or to connect: "Read me that address number, all nine
  // digits, so I can connect", "Please read me the address now so I can connect.")
  const toolAddress = !!caller?.asksHarmless && (TOOL_NUMBER_ASKED.test(caller.text) || /\bconnect\b/.test(caller.text) || caller.says(REMOTE_TOOL)) && /\baddress\b/.test(caller.text);
  if (toolAddress && len >= 9 && len <= 10 && !harmless()) return 'code';
  // (twelve digits or more are no sum the line asks for: "0107 0101 8834 52. about 6 lakh" to "Complete number sir. And how much balance is in it?")
  const noSum = !!caller?.asksSum && len >= 12 && !amountAround(t, a, b) && !isFormattedAmount(p);
  if (caller?.asksHarmless && !toolAddress && !noSum) return len === 6 && p.groups.join() !== '2,2,2' && ctx.talk.in(TEXT_BEFORE, Math.max(0, a - 32), a) && !endWithin(ctx.labels.harmlessEnds, a, 40) && !isDateOrTime(p) && !harmless() && !READING_ASKED.test(caller.text) ? 'code' : 'no';
  // "你们的号码是0755-8832 6190": a landline with its area code, the caller's here
  if (LANDLINE.test(d) && p.groups.length >= 2 && (p.groups[0] === 3 || p.groups[0] === 4) && /[\u4e00-\u9fff]/.test(t.slice(Math.max(0, a - 16), a))) return harmless() || othersNumberNear(t, a) ? 'no' : 'phone';
  // a resident ID's start, ten digits or more, where the line asks for the ID or the reply names it just before ("那我先报个身份证你帮我
  // 查查有没有我 220104 1962")
  if (len < 18 && idStart(d) && idAsked(ctx.caller, ctx.labels, a) && !harmless()) return 'id';
  // (a number read in fours, as cards print theirs, is no sum whatever follows: "6217 0033 8812 4590 117 周五我上白班")
  // (a number dialled abroad that is someone else's, "让我加他微信配合调查 号码是00852 6173 2290"; a bank's account may start so too)
  if (len <= 15 && /^00[1-9]/.test(d) && (othersNumberNear(t, a) || calledNumber(t, a, ctx.talk))) return 'no';
  // (nor a harmless thing's number named before it: "I have the acknowledgement number here if you need, three one two oh four, …")
  // (nor one the person says they call: "i dey call GTB on 0700 482 666 328 now now")
  if (len >= 12) return (amountAround(t, a, b) && !inFours(p)) || harmlessNear(t, ctx.labels, a) || calledNumber(t, a, ctx.talk) ? 'no' : longNumberKind(d);
  // nine to eleven digits read out one at a time, nothing in the reply or the line saying what ("Could
  // you repeat that slowly?" "Five. Two. Nine. Zero…"): a social security number's length, or a phone number's
  // ("It's giving me a code for you, 6 1 2 - 0 9 4 - 3 7 7": a code, said to be one a little before)
  if (p.spelled && len >= 9 && len <= 11 && p.groups.length >= 4 && !label && !ctx.caller?.asks.size) return harmless() || othersNumberNear(t, a) || (len === 10 && ctx.talk.in(OFFICE_BEFORE, Math.max(0, a - 40), a)) ? 'no' : /\bcode\b/.test(t.slice(Math.max(0, a - 24), a)) ? 'code' : len === 9 ? 'id' : 'phone';
  // (the office's number the line tells the person to ring, said back to check: "phone the practice on the usual number" · "Oh-one-three-three-
  // nine-seven, is it...")
  if (!caller?.asks.size && !label && caller?.says(OFFICE_TO_RING) && /^[\s,.…]*(?:is (?:it|that)|isn'?t it|right)\b/.test(t.slice(b, b + 16))) return 'no';
  // (a long one the reply offers by name a little before, the line asking for none: "it wants phone number for M-Pesa deposit, is it this one 0754
  // 312 280 or my tigo one?")
  if (len >= 9 && len <= 12 && !caller?.asks.size) {
    const offered = volunteered(ctx, a);
    if (offered) return harmless() || othersNumberNear(t, a) ? 'no' : secretOf(offered)!;
  }
  if (len < 4 || len > 8) return null;
  // "555-3333", "Her number is 555-3333": a local phone number's shape, three digits and four (a code has
  // none), a phone's when nothing else is asked for
  if (p.groups.length === 2 && p.groups[0] === 3 && p.groups[1] === 4 && !p.spelled && /^[2-9]/.test(d) && (!caller?.asks.size || caller.asks.has('phone'))) {
    return harmless() || othersNumberNear(t, a) ? 'no' : 'phone';
  }
  // a verification code: something in the reply says so, or it is read out, or it is all the reply
  // says, or it has six digits, as nearly every code does (amounts, dates and hotlines are out by now)
  // (a number said as a count, "eighty seven fifty", "fourteen fifty", is a sum's or a time's way, not a code read out, where the
  // line asks for no secret and no digits)
  // (a sum said back as come in, where the line says it sent money and asks for nothing: "好 转了 两千四 … 收到跟我说一声" · "收到了
  // 二二八零 谢谢王阿姨")
  // (or says money was paid in, asking nothing, "补助奖励资金已经打到各户的“一卡通”上了…大家…查一下" · "收到 我家的查了 到了 4860")
  if (caller && (!caller.asks.size || !REQUEST.test(caller.text)) && SUM_SENT.test(caller.text) && ctx.talk.in(RECEIVED_BEFORE, Math.max(0, a - 10), a)) return 'no';
  // (a price haggled over, where the line asks for no secret: "1200吧 包邮 最低了" to "那1100可以吗 我看你标的1250", "改好了 1200 你拍吧"
  // to "你改下价", "£450 firm, cash on collection")
  if (label === undefined && len <= 5 && !p.spelled && !asksSecret(ctx.caller) && (ctx.talk.says(PRICE_TALK) || (!!ctx.caller && PRICE_TALK.test(ctx.caller.text))) && !labelsNameSecret(ctx.labels)) return 'no';
  const counting = p.counted && !(caller && ((caller.last !== undefined && caller.last !== 'not' && caller.last !== 'number') || DIGITS_ASKED.test(caller.text)));
  const said = (p.spelled && !counting) || (len === 6 && !counting) || label !== undefined || cueWithin(ctx.cues, a - 30, b + 12)
    || ctx.content(t.length) - (ctx.content(b) - ctx.content(a)) <= 6 || (!isYearNumber(d) && ctx.freeCue());
  if (!said) return null;
  // (a number nobody asked for, said to be someone else's, "their number is 555-0122", is theirs)
  // (read out to a line that asks for a phone number and no code, a piece of the number: "It's seven, seven, five... ono, lua...
  // sorry, six, two... one, eight." to "I just need your WhatsApp number")
  // (nor a harmless thing's the sentence names a little before, with no code between: "我们家户号不是这个啊，我缴费单上写的是〇五三七一九四几来着")
  const thing = !caller?.asks.size ? labelBefore(ctx.labels, a, 24, (l) => l.kind === 'not') : undefined;
  // (nor a harmless thing's number the line gave the start of, read on: "The consignment number's on your Bunnings email…, it starts with two
  // four zero." · "Two four zero, eight eight one.")
  const begunByCaller = () => !!caller?.says(HARMLESS_BEGUN) && caller.numbers.some((n) => n.length >= 3 && d.startsWith(n));
  // (nor a sum said as a count after what is paid: "I pay the little monthly one, fourteen ninety-nine.")
  if (harmless() || othersNumberNear(t, a) || (thing && !/[.!?。！？]/.test(t.slice(thing.at, a)) && !cueWithin(ctx.cues, thing.at, a)) || begunByCaller() || (p.counted && ctx.talk.in(PAID_BEFORE, Math.max(0, a - 40), a)) || harmlessNamedAfter(t, b, ctx.labels)) return 'no';
  // (a secret named just before, fillers between: "and the sort code's, er, thirty, nineteen, seventy-one"; a card held, where the reply
  // names an ID's number just before it and no bank's, is the ID's: "Do you need me Medicare number? I've got the card here, it's two six
  // oh one, four...")
  const named = labelBefore(ctx.labels, a, LABEL_REACH, (l, end) => !!secretOf(l.kind) && ctx.talk.in(LABEL_GAP, end, a));
  if (named && !negatedAt(t, named.at, ctx.talk) && !othersLabel(t, named.at, undefined, ctx.talk)) {
    if (named.kind === 'card' && t.startsWith('card', named.at) && !ctx.talk.says(BANK_CARD_NAMED) && labelBefore(ctx.labels, named.at, 48, (x) => x.kind === 'id' && !/\d/.test(t.slice(x.at, named.at)))) return 'id';
    if (!placeOf(t, named, len)) return secretOf(named.kind)!;
  }
  // (one the reply offers by name a little before, the line asking for none: "要不我把他社保卡号念给你，你帮我们登记了嘛，A幺二，三洞五……")
  const offered = !caller?.asks.size ? volunteered(ctx, a) : undefined;
  if (offered) return secretOf(offered)!;
  return caller?.last === 'phone' && caller.asks.size === 1 && p.spelled && PHONE_NUMBER_ASKED.test(caller.text) && !NEW_CODE_TALK.test(caller.text) ? 'phone' : 'code';
}
// (nor one a harmless thing's name follows at once: "我现在就打110问问有没有087532这个警号", "4471 is the order number")
const NAMED_AFTER_GAP = /^\s*(?:这个|那个|这|那|的|个|is (?:the|my|your|a|an) )?/;
// (the text's own labels: the first harmless one to end after where the name would start, if it starts there)
function harmlessNamedAfter(t: string, b: number, labels: Labels): boolean {
  const from = b + NAMED_AFTER_GAP.exec(t.slice(b, b + 16))![0].length;
  const end = labels.harmlessEnds[countAtMost(labels.harmlessEnds, from)];
  return end !== undefined && labels.byEnd.get(end)?.at === from;
}
// ("Flow does send texts from FLOW not from a 246 844 number": the number a text came from, named by its digits)
const HARMLESS_BEGUN = /\b(?:consignment|tracking|order|reference|ref|booking|parcel|delivery|invoice|case|claim|ticket|policy|reservation|confirmation)(?: (?:number|no|code|id))?(?:'s| is)?\b[^.!?]{0,60}\b(?:starts|begins) with\b|(?:运单|快递单|订单|单)号[^。！？]{0,12}(?:开头|打头)/;
const FREEPHONE_SAID_BEFORE = /\b[01] 8 ?hundred[\s,.…-]*$/;
const FROM_A_BEFORE = /\bfrom (?:a|an|the|this|that)\s*$/;
const RANG_FROM_BEFORE = /\b(?:rang|rung|called|phoned|texted|messaged|whatsapped)\b[^.!?]{0,32}\bfrom\b[^.!?]{0,16}\b(?:number|no|line|mobile|phone|cell)\b[^.!?\d]{0,6}$/;
const DATE_TALK = /\b(?:born|birth|dob|birthday|date|dated|expir\w*|valid|issued|on)\b|生日|出生|日期|有效期|到期/;
/**
 * A toll card's number named by a bare "卡号", where the talk is of one and the digits are no bank card's: "卡号我这里有，我念给你嘛，三五洞幺，
 * 一八幺两……" to a line asking for the 闽通卡's number and the bank card bound to it (an ETC card's number is none, round 47).
 */
function tollCardNumber(ctx: Context, label: Label | undefined): boolean {
  const { t } = ctx;
  // (the number's first digit, where its pieces begin)
  // (not a number put right, its end given again: "刚才卡号后面打错了 是3385 491不是3358 491" after the bank card bound to the ETC)
  return !!label && t.startsWith('卡号', label.at) && !/^\D*[456]/.test(t.slice(label.at, label.at + 24)) && !ctx.talk.in(BANK_CARD_NAMED, Math.max(0, label.at - 8), label.at) && !ctx.talk.in(PUT_RIGHT, label.at, label.at + 10) && (ctx.talk.says(TOLL_CARD) || !!ctx.caller?.says(TOLL_CARD));
}
const PUT_RIGHT = /^卡号[^，。,.]{0,4}(?:打|写|输|填|报)错/;
const TOLL_CARD = /\betc\b|[粤闽苏鲁浙沪京湘鄂皖赣川渝桂云贵陕甘晋冀豫辽吉黑蒙宁青新琼藏津]通卡|速通卡|通行卡/;
/** A mobile written as one abroad, a trunk 0 and ten digits in 4-3-3: "0768 552 190" (East Africa's, Ghana's "024 339 7815" is 3-3-4). */
const trunkMobile = (p: DigitRun) => /^0[6-9]\d{8}$/.test(p.digits) && (p.groups.join() === '4,3,3' || p.groups.join() === '3,3,4');
const PHONE_NUMBER_ASKED = /\b(?:phone|cell|mobile|whatsapp|telegram|contact|home|work) ?(?:number|no\b|#)|(?:电话|手机|微信|联系)号码?/;

const PRICE_TALK = /价|包邮|邮费|运费|最低|便宜|优惠|少点|少一点|(?<![照相])拍(?:下|吧|了吧?)(?![照张个])|标的|多少钱|成交|\b(?:price[sd]?|priced|offers?|lowest|firm|o\.?n\.?o|o\.?b\.?o|postage|posted|shipping|asking|haggle|discount)\b/;
/** Whether the line asks for one of the five secrets (or a card's expiry or code). */
const asksSecret = (caller: CallerLine | undefined) => !!caller && [...caller.asks].some((k) => secretOf(k) !== undefined || k === 'expiry');

const SUM_SENT = /(?:转|汇|打)(?:了|过去了?|给(?:你|您)了?)\s*(?:\d|[一二三四五六七八九两十百千万])|(?:打|转|汇|发放?|存)(?:到|进|入)[^。！？\d]{0,12}(?:卡|账户?|存折|一卡通)[”"]?(?:上|里)?了|\b(?:sent|transferred|wired|paid) (?:you |it )?(?:the )?(?:\$|£|€|\d)/;
const RECEIVED_BEFORE = /(?:收到了?|到账了?|到了|\b(?:received|got it|it came|came in),?)\s*[,，]?\s*$/;
const ENTERING_BEFORE = /\b(?:i'?m|i am|now) (?:entering|typing|putting in|keying in|pressing)(?: it(?: in)?| the pin)?[\s.…,:]*$/;
// (or a line that says what such a thing is set to, naming no password: "您设过的，一般是6位数字，很多人设的是生日")
const SET_AS_BIRTHDAY = /设(?:的|成|置)?(?:是|为|成)?[^。！？]{0,6}生日|\bset (?:it )?(?:to|as) (?:your|their|a) (?:birthday|birth date|date of birth)/;
const BIRTHDAY_AS_PASSWORD = /(?:设|用|是|系|係)[^，。！？\d]{0,8}生日(?:那个)?[\s,，:：是…]*$|\b(?:it'?s|is|set (?:it )?(?:to|as)|use)\s+(?:my|his|her)(?: [a-z]+'s)? (?:birthday|birth date|date of birth|dob)[\s,:]*$/;
const TAX_FORM = /^(?:1040|1099|1098|1095)$/;
// (what a sum said in words ends on, asked: "?", or its last words then "?", "nineteen hundred and ninety?", "Hundred-twenty first?")
const SUM_ASKED_BACK = /^(?:[\s-]+(?:\d+|and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty))*(?:\s+(?:first|now|only|upfront|then))?\s*\?/;
const MONEY_MOVED_END = /\s+(?:debited|credited|deducted|withdrawn|transferred|sent|paid|taken)$/;
const SUM_IN_WORDS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|and|[- ])*(?:hundred|thousand|million)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|and|[- ])*(?: (?:first|now|only|upfront|then))?$/;
const ARRIVED = /came|come|arrived|showed up|popped up|pinged|appeared/;
const CALL_WORD = /call|ring|dial/;
const START_OF_A_LINE = /^\s*开头的(?:号|手机|电话|短信)/;
/** The last character before `a`, past spaces, colons and commas, is an "s" (as ARRIVED_BEFORE's end needs). */
function sBefore(t: string, a: number): boolean {
  let i = a - 1;
  for (let c = t.charCodeAt(i); c === 0x3a || c === 0x2c || isSpaceCode(c); c = t.charCodeAt(--i));
  return t.charCodeAt(i) === 0x73;
}
// (read out at once: "…came, it says", "…showed up on the screen, it's"; not "came to 1250", "came in yesterday at 2215", "it says to call…",
// "came in, but anyway it is 60614 for the ZIP")
const JUST_CAME = /(?:^|[.!?]\s)(?:ok(?:ay)?,? )?(?:it|the code|code|the otp|otp|the sms|sms|the text|text|the message|message)(?: has| have|'s| is)?(?: just)? (?:come|came|arrived)(?: now)?\s*[.!,…:-]*\s*$/;
const ARRIVED_BEFORE = /\b(?:code|codes|text|texts|message|sms|otp|passcode|one|numbers|digits)\b[^.?!\d]{0,24}\b(?:came|come|arrived|showed up|popped up|pinged|appeared)\b(?! to\b)(?![^.?!\d]*\b(?:but|anyway|also)\b)(?: (?:in|through|up|back|again|now))?[^.?!\d]{0,24}\b(?:it says|says|it reads|reads|it'?s|it is|that'?s)[\s:,]*$/;
const YOUR_CODE_AFTER = /^\s*(?:is|as) your (?:[a-z]+ )?(?:verification |security |one[- ]time |login |access |confirmation )?(?:code|otp|passcode)\b(?!\s*\?| year)/;
const STATE_BEFORE = /(?:\b(?:box|st|street|ave|avenue|road|rd|dr|drive|lane|ln|way|blvd|court|ct|apt|suite)\b|\d)[^.!?\d]{0,32},?\s*$/;
// (a text holds a web address at all: most replies have none, and the address before each number is not looked for)
const isTimes = (c: number) => c === 0xd7 || c === 0x2a; // × or *
const [MONTH_ZH, UNDERSCORE, DOT] = ['月', '_', '.'].map((c) => c.charCodeAt(0));
const TLD = 'com|cn|net|org|gov|io|co|cc|top|xyz|info|us|me|ly|app|link';
const HAS_WEB = new RegExp(`https?:|www\\.|\\.(?:${TLD})\\b|(?:^|[\\s:：])\\/[a-z0-9_-]`);
/** Whether the number at a is inside a web address ("www.xx-95588.cn/2024/0611", "site.com/apply?id=20240612"). */
const inWebAddress = (t: string, a: number) => WEB_BEFORE.test(t.slice(Math.max(0, a - 48), a));
const WEB_BEFORE = new RegExp(`(?:https?:\\/\\/|www\\.|[a-z0-9-]+\\.(?:${TLD})\\b|(?:^|[\\s:：])\\/[a-z0-9_-]+[/?])[^\\s，。！？]*$`);
// ("I'm dialing it on the other phone now"; not "I'm calling it a night", "calling it in to my bank")
const CALL_IT_AFTER = /^(?:[,.]|…+|\.{2,})?\s*(?:and )?(?:(?:i'?ll|i will|i'?m going to|let me) (?:call|ring|dial) (?:that|it|them|you|this)|i'?m (?:dialing|dialling|ringing) (?:that|it|this)|i'?m calling (?:that|it|this) (?:now|right now|on)(?! (?:my|this) )\b)\b/;
const FILE_AFTER = /^\.(?:jpe?g|png|pdf|docx?|heic|gif|mp4|zip|xlsx?)\b/;
const MEETING_TALK = /meeting|zoom/;
const MEETING_BEFORE = /\b(?:zoom|meeting)(?: (?:id|number)\b)?[^.!?\d]{0,12}$/;
const TEXT_BEFORE = /(?:\b(?:code|codes|otp|passcode|authenticator|verification)\b|验证码)[^?？]{0,24}$/;
/** Four groups of one to three digits a point apart, each at most 255: an IP address. */
const isIpAddress = (p: DigitRun) => p.groups.length === 4 && p.seps.every((x) => x === '.') && p.groups.every((g) => g <= 3) && ipParts(p).every((n) => n <= 255);
function ipParts(p: DigitRun): number[] {
  const out: number[] = [];
  for (let g = 0, at = 0; g < p.groups.length; at += p.groups[g++]!) out.push(Number(p.digits.slice(at, at + p.groups[g]!)));
  return out;
}
const REFERENCE_PREFIX = /(?<![a-z])(?!(?:dash|double|triple|hyphen|and|then|is|oh|fb)-)[a-z]{2,4}-$/;
// (the line tells the person to ring a number: "call the office on the number on your fridge magnet")
const CALL_A_NUMBER = /\b(?:call|ring|phone|dial)\b[^.?!]{0,40}\bnumber\b/;
const CALLED_FROM_AFTER = /^[\s，,]*(?:打来的|打过来的|打进来的|来电|拨过来的)|^[\s，,…]*(?:是不是|是弗是|是唔是|系唔系|是否)[^，,。？?\d]{0,6}(?:的|个|嘅)?(?:手机|号码|号|电话)|^[\s，,…]*(?:你|您)(?:这个|这|那个)(?:手机)?(?:号码|号|电话)|^[\s，,…]*(?:咯|这|那)?个?就?(?:是|系)(?:你|您|尔|汝|侬)的?(?:新的?|这个|那个)(?:手机)?(?:号码|号|电话)|^[\s，,]*我(?:这就|马上|现在|先)打(?!给我)|^[\s，,]*(?:是吧|对吧|是吗|对吗)[？?\s，,]*我打过去/;
const DIGITS_ASKED = /\b(?:digits?|codes?|pin)\b|码/;
// ("你那边显示的号是 139…，那就是我本人的手机": the person's, said to be)
const SHOWN_MINE_AFTER = /^[^。！？.!?]{0,8}(?:就是|是)?(?:我|俺)(?:本人)?(?:的|老婆|老公|家)/;
// (a carrier's prefix named, not a number begun: "手机号138的那个", "一五八还是一八五开头的？", "是139开头吗？")
const PREFIX_NAMED_AFTER = /^\s*(?:的|那|开头|打头|开始|还是|吗|[？?])|^[^，,。.]{0,10}(?:开头|打头|吗|[？?])/;
const PHONE_CUT_AFTER = /^\s*(?:[,，-]\s*)?(?:\.{2,}|…|$)/;
const BIRTHDAY_AFTER = /^[\s，,、]*(?:是|就是)?(?:我|俺)的?(?:生日|出生日期)(?:[。，,.!！\s]|$)(?!\s*(?:那天|那|在))|^[\s,]+(?:it's |that's )?my (?:birthday|birth date|date of birth)[.!,]?\s*$/;
// (or the caller's number as it rang, "他打给我那个号是 170-2336-8104", "The number came up on my phone as eight oh seven…")
const SHOWN_BEFORE = /(?:来电显示|我这(?:边|里)?显示|手机上显示|(?:你|您)(?:这边|那边)?(?:的)?(?:来电)?显示的?(?:号码?|电话)|(?:他|她|他们|对方|那人|那个人|骗子)(?:打给我|打过来|打来|用)的?(?:那个|这个)?(?:号码?|电话))[的是为：:\s]*\+?$|\bcame up (?:on (?:my|the) (?:phone|screen|caller id) )?as\s*$/;
// ("你们公司座机，是 010-8529 6613 吗", "你名片上那个电话 021-6258 3371")
// (a line the person will ring themselves, named before its number: "我自己打入境处热线问 二八二四 六一一一")
const I_CALL_LINE_BEFORE_ZH = /(?<![给让叫帮和跟])我(?:自己|先|马上|现在|这就|会|要)*(?:打|拨)(?!算|开|给你|给您)[^\s，,。！？.!?\d我留存给]{0,10}(?:热线|电话|号码|座机)(?:问问?)?[，,是为:：\s]*$/;
const OFFICE_NUMBER_BEFORE = /(?:派出所|公安局|警方|你们(?:公司|银行|单位)?|贵公司|你名片上)[^。！？.!?\d我]{0,6}(?:电话|号码|热线|座机)[，,是为:：\s]*$/;
const COURIER_BEFORE = /(?<![a-z])(?:sf|yt|jt|jd|jdv|zto|sto|yd|ems|ups) $/;
/** A North American number's words before it say it is someone else's: one the person calls, or an office's. */
const theirsBefore = (t: string, a: number) => THEIRS_BEFORE.test(t.slice(Math.max(0, a - 72), a));
const OFFICE_IS_BEFORE = new RegExp(`(?<!\\bmy )\\b(?:[a-z]+'s|their) (?:(?!the |a |my )[a-z]+ )?${BUSINESS}(?:'s)?(?: (?:main |direct |front desk |phone )?(?:number|line|phone))?(?: is|:|,)\\s*$`);
const YOUR_NUMBER_ENDS = /\b(?:your|ur)(?: [a-z]+)? (?:number|phone|line|cell)(?: number)? (?:ends|ending|ended)(?: (?:in|with))?\s*$/;
// (the caller's number asked about, and guessed at: "what's your old number then? Is it oh seven seven nine oh, something nine one two?", case 118)
const YOUR_NUMBER_ASKED = /\b(?:what'?s|what is|what was) (?:your|ur) (?:old |new |real |other )?(?:number|mobile|cell|phone)\b[^.!\d]{0,16}\?\s*(?:is it|was it|isn'?t it|wasn'?t it)\s*$/;
const YOUR_NUMBER_BEFORE = /\b(?:your|ur)(?: [a-z]+)? (?:number|phone|line|cell)(?: number)?(?: is|'s|:)?\s*$|\b(?:your|ur) (?:voicemail|voice mail)(?: message)? (?:said|says)\s*$/;
const LISTED_BEFORE = /\bnumber (?:on|from) (?:the|their|its|[a-z]+'s) (?:official )?(?:website|web ?site|site|listing|directory)\b[^.!?\d]{0,32}$/;
// (or a business's main line: "It's the main line at Hennepin Tool and Die, 612-555-0140")
// ("doctor patel her office is 3 0 5 8 8 1 0 2 2 0": the doctor's office, a business's line)
// ("call Dr. Patel's office, they handle my Medicare stuff. Their number's 727-461-3300": theirs, the office named before)
const OFFICE_BEFORE = new RegExp(`\\b(?:their|his|her|[a-z]+'s) (?:[a-z]+ )?${BUSINESS}(?: phone)? (?:number|line)\\b[^.!?\\d]{0,12}$|\\b${BUSINESS}\\b[^\\d]{0,48}\\btheir (?:main |direct |phone |office )?(?:number|line)(?:'s| is|:)?\\s*$|\\b(?:their|his|her) ${BUSINESS}(?:'s| is| number is|,)\\s*$|\\bthe main (?:line|number) (?:at|for|of) [^.!?\\d]{2,40}$`);
const BALANCE_BEFORE = /\b(?:balance|bal)\b(?: (?:is|was|now|still|just))*\s*$/;
const YOU_CALL_THEM_AFTER = /^[\s.,;:…-]*(?:(?:so|and|then) )?(?:you|u) (?:(?:can|could|should|may|might|will|just|can just|could just) )?(?:call|ring|text|phone|try|reach|contact) (?:him|her)\b/;
const THEIRS_BEFORE = /\b(?:call|calling|dial|dialing|ring|ringing)\b(?! (?:me|us|my)\b)[^.!?]{0,64}$|\bi'?m texting (?:him|her|them)\b[^.!?]{0,40}$|\b(?:office|clinic|company|store|shop|agency|department|station|police|sheriff|hotline|helpline)\b[^.!?\d]{0,24}$/;
/** Seven digits written as a local phone number, 3-4 with a dash ("555-0132"). */
const localPhone = (p: DigitRun) => p.groups.length === 2 && p.groups[0] === 3 && p.groups[1] === 4 && p.seps[0] === '-';
/** Ten digits written as a North American phone number: 3-3-4 (with a country code's 1 before), its area and exchange from 2. */
function nanp(p: DigitRun): boolean {
  // (ten digits, or eleven with the 1: a long run's parts are not walked for nothing)
  if (p.digits.length !== 10 && p.digits.length !== 11) return false;
  // (by its parts where it is read a digit at a time: "6 1 7 - 4 4 2 - 9 0 1 5")
  const g = partsOf(p).join();
  const d = p.digits.slice(-10);
  return (g === '3,3,4' || g === '1,3,3,4') && /^[2-9]\d\d[2-9]/.test(d);
}

const READ_OUT = new WeakMap<CallerLine, ReadonlyArray<readonly [LeakKind, readonly string[]]>>();
/**
 * The person's secrets the caller's line reads out (a card, a code, a phone number on file), each as its
 * digits whole and by group: what a reply may correct.
 */
const SUM_MOVED_AFTER = /^\s*(?:转|打|汇|存|充)(?:到|给|进|入)/;
function readOut(caller: CallerLine): ReadonlyArray<readonly [LeakKind, readonly string[]]> {
  let out = READ_OUT.get(caller);
  if (out) return out;
  const norm = normalize(caller.raw);
  const found = readSecrets(norm);
  const read: Array<[LeakKind, string[]]> = [];
  for (const run of findRuns(norm.text, norm.spelled)) {
    if (run.digits.length < 3) continue;
    const [a, b] = spanOf(run);
    const [s, e] = toOriginal(norm, a, b);
    // (a phone number on file is read out as one, 312-555-0184; a card's in its groups, "5424, 1803, 4140, 9266", a social security
    // number's 3-2-4, whatever each group alone reads as)
    // (not an order's, a tracking number's, an invoice's or a member number's of that shape: the line names it)
    // (a few digits the line reads as its PIN's, "we keep the same PIN. I have it here as 3 9 6 1": a number read alone is a code,
    // but one the line names a password for is that)
    // (not a sum the line names, read alone as a code, "需要你卡里有3000的流水…你把3000转到我们指定账户": no secret a reply's sum corrects)
    const sum = () => amountAround(norm.text, a, b) || SUM_MOVED_AFTER.test(norm.text.slice(b, b + 4));
    const alone = found.find((f) => f.start < e && s < f.end && !(f.kind === 'code' && sum()))?.kind;
    const kind = (caller.labels.harmlessEnds.length ? undefined : CARD_SHAPED(run) ? 'card' : isSsnShaped(run) ? 'id' : undefined)
      ?? (alone === 'code' && caller.last === 'password' && !caller.asks.has('code') ? 'password' : alone)
      ?? (run.groups.join() === '3,3,4' && /^[2-9]/.test(run.digits) ? 'phone' : undefined);
    if (!kind) continue;
    read.push([kind, [...digitsAndGroups(run), ...(kind === 'card' || kind === 'id' ? saidGroups(run) : [])]]);
  }
  READ_OUT.set(caller, (out = read));
  return out;
}

/** The groups of a number read out a digit at a time, as its pauses part them: "4 7 1 6, 2 2 0 9" is 4716 and 2209. */
function saidGroups(run: DigitRun): string[] {
  if (run.groups.some((g) => g > 1)) return [];
  const out: string[] = [];
  let at = 0;
  for (let g = 0; g < run.groups.length; g++) {
    if (g + 1 === run.groups.length || run.seps[g] !== ' ') {
      out.push(run.digits.slice(at, g + 1));
      at = g + 1;
    }
  }
  return out.length > 1 ? out : [];
}
const CARD_SHAPED = (run: DigitRun) => run.digits.length >= 15 && run.digits.length <= 19 && run.groups.length >= 3 && run.groups.every((g) => g <= 6) && /^[3-6]/.test(run.digits);

/** Whether `y` corrects the end of `x`: as long or shorter, the same digits (a slip of order) or all but one in place. */
function alike(x: string, y: string): boolean {
  const end = x.slice(-y.length);
  if (y.length > x.length || y.length < 3) return false;
  let same = 0;
  for (let i = 0; i < y.length; i++) if (end[i] === y[i]) same++;
  return same >= y.length - 1 || [...end].sort().join('') === [...y].sort().join('');
}

/** Whether `d` is a number the caller's line says as its own (a case or call-back number), not one of the person's it reads out. */
const callersOwnNumber = (d: string, caller: CallerLine) => caller.numbers.includes(d) && !readOut(caller).some(([, parts]) => parts.includes(d));

/** The kind of the caller's number (or group of it) that `d` corrects: as long, not the same, most of it alike. */
function correctionOf(d: string, caller: CallerLine): LeakKind | undefined {
  const sorted = (x: string) => [...x].sort().join('');
  for (const [kind, parts] of readOut(caller)) {
    for (const part of parts) {
      if (part.length !== d.length || part === d) continue;
      let same = 0;
      for (let i = 0; i < d.length; i++) if (d[i] === part[i]) same++;
      // (four digits or fewer differ in one place at most: "11 40" is no slip of "1020")
      if ((d.length <= 4 ? same >= d.length - 1 : 2 * same >= d.length) || sorted(part) === sorted(d)) return kind;
    }
  }
  return undefined;
}

// "987654321 is my account number", "555-123-4567, that's my cell", "1234567890123是我的卡号": the label
// after the value, said to be theirs (a code or a password also "the code": "482913 is the code")
const REFUSED_AFTER = /^[^.!?。！？]{0,24}(?:\b(?:not|never|won't|can't)\b|n't\b|不)/;
const OWN_AFTER = /^(?:\s*[,…-]*\s*(?:is|was|are)\s+|[\s,.…-]*(?:that'?s|that is|this is|which is|it'?s)\s+|\s*[,—-]+\s*)(?:(my|our)|the)\s+|^[\s,，]*(?:这个?)?(?:就)?是(我(?:的)?|)/;

/** A label of that kind listed just before this one: "银行卡号和手机号", "card number and phone". */
function listedBefore(ctx: Context, label: Label, kind: LabelKind): boolean {
  for (let end = label.at; end >= label.at - 6 && end >= 0; end--) {
    const l = ctx.labels.byEnd.get(end);
    if (l?.kind === kind && ctx.talk.in(LIST_JOIN, end, label.at)) return true;
  }
  return false;
}
const LIST_JOIN = /^\s*(?:和|及|、|跟|与|还有|以及|and|&|,|，)?\s*$/;

// (dialled, not given: "打您办公室座机", not "联系电话" nor "打我手机")
// (a one-time code's own name, never the card's security code, whatever the line asked: "…验证码来哉，六八……")
const OTP_LABEL = /^(?:验证码|动态[码吗马玛]|校验码|短信码|otp\b|one[- ]time|verification code|sms code|text code)/;
const READ_OFF_BEFORE = /查到|查了|看到|显示|上面(?:写|是)|写着|\b(?:it says|it shows|shows|listed)\b/;
const DATE_UNIT_AFTER = /^[月日号点时]/;
const DIAL_ZH = /(?:拨打|拨|打给?|致电)(?:(?:您|你|他|她)(?:的)?)?(?:办公室|单位|公司|家里)?(?:的)?(?:座机|电话|手机|号码)\s*$/;
// (the caller told to ring him or her: "你打他电话")
const YOU_DIAL_THEM = /(?:你|您)(?:就|可以|直接|先)?(?:拨打|拨|打给?)(?:他|她)(?:的)?(?:座机|电话|手机|号码)\s*$/;

// The two-character codes of the airlines most flown (IATA), right before a flight's digits; and talk of flying.
const AIRLINE_BEFORE = /(?:^|[^a-z\d])(?:aa|ac|af|ai|ak|as|ay|az|ba|b6|ca|cx|cz|dl|ei|ek|et|ey|f9|fr|fz|ga|ho|hu|hx|ib|jl|ke|kl|lh|lx|mf|mh|mu|nh|nk|nz|oz|pr|qf|qr|sc|sk|sq|sv|tg|tk|u2|ua|vn|vs|wn|ws|wy|zh|3u|6e|9w)[ -]?$/;
// (a courier's letters, then a waybill's digits in groups, none of them a label's: "SF幺四六二，七七零八，三五九一")
const WAYBILL_BEFORE = /(?:^|[^a-z])(?:sf|jd|jdv|yt|zto|sto|yto|ems|jt)\s*(?:\d+[\s,，、-]*){0,3}$/;
const PARCEL_TALK = /快递|单号|运单|顺丰|京东|中通|圆通|申通|韵达|极兔|包裹|派送|派件|驿站|\b(?:parcel|package|tracking|courier|delivery|waybill)\b/;
// (or an airline named: "on the Ryanair to Stansted this mornin', the FR 2-3-4-6?")
const FLYING = /\b(?:fly|flying|flew|flown|flight|flights|plane|airport|airline|boarding|depart(?:s|ing|ure)?|terminal|ryanair|easyjet|aer lingus|jetblue|qantas|emirates|lufthansa|wizz ?air)\b|航班|飞机|机场|登机|起飞/;

/** Every group of the run is one of the caller's numbers, or a clock's part the line says beside one of them (not a correction digit by digit). */
function saidBackInGroups(p: DigitRun, caller: CallerLine): boolean {
  const groups = digitsAndGroups(p).slice(1);
  const time = p.seps.includes(':');
  if (groups.some((g) => g.length >= 3 && caller.numbers.includes(g)) && groups.every((g) => caller.numbers.includes(g) || (time && g.length <= 2 && caller.text.includes(g)))) return true;
  // (said in words, each of the caller's numbers over groups: "fourteen ninety, six fifteen" for "flight 1490 at 6:15"; digit by digit,
  // "Zero seven seven one, four four eight..." for the EcoCash number "zero seven seven one, four four eight, two nine three")
  if (!p.spelled) return false;
  const longest = Math.max(...caller.numbers.map((n) => n.length));
  for (let i = 0; i < groups.length; ) {
    let j = i;
    let joined = groups[i]!;
    while (!caller.numbers.includes(joined) && joined.length < longest && j + 1 < groups.length) joined += groups[++j]!;
    if (joined.length < 3 || !caller.numbers.includes(joined)) return false;
    i = j + 1;
  }
  return true;
}

/** The secret a label right after the number says it is, or null. */
function namedAfter(p: DigitRun, ctx: Context): LeakKind | null {
  const [a, b] = spanOf(p);
  const m = OWN_AFTER.exec(ctx.t.slice(b, b + 16));
  const label = m && secretLabelAt(ctx.labels, b + m[0].length);
  const kind = label && secretOf(label.kind);
  // (an account named by its kind, "8 8 4 0 6, that's the checking", is one's own)
  if (!kind || (!m[1] && !m[2] && kind !== 'code' && kind !== 'password' && !(kind === 'card' && /^(?:checking|savings)\b/.test(ctx.t.slice(label.at, label.at + 9))))) return null;
  const len = p.digits.length;
  if (len < (kind === 'phone' ? 7 : kind === 'card' ? 6 : 4) || isOfficial(p.digits) || amountAround(ctx.t, a, b) || (kind !== 'password' && isYearNumber(p.digits))) return null;
  // ("…, the password I'm not telling": a refusal of the next secret)
  if (ctx.talk.in(REFUSED_AFTER, label.at, label.at + 40)) return null;
  return ctx.talk.in(LAST_DIGITS, label.at, label.at + 24) && kind === 'card' ? null : kind;
}

/** "send it to account number 0048…" answering "which account should we send the refund to?": the person's own. */
const ownAsked = (label: Label, ctx: Context) => (ctx.caller?.last === label.kind && /\bto\s*$/.test(ctx.t.slice(Math.max(0, label.at - 4), label.at)))
  // a contact's phone the person gives when asked for one, "his mobile is 07911 554 302" (docs/labelling.md, case 87),
  // or a parent's social security number a carer gives when asked for the patient's ("his social is 144-50-2287")
  || (label.kind !== 'number' && label.kind !== 'not' && !!ctx.caller?.asks.has(label.kind) && THIRD_PERSON.test(ctx.t.slice(Math.max(0, label.at - 10), label.at)))
  // "your ID 982 441 305" read off a remote-access tool's screen, which says "Your ID"
  || (label.kind === 'id' && !!ctx.caller?.says(REMOTE_TOOL))
  // "I'm paying the $750 from account 4470 1188 2239": the account money leaves is the person's
  || (label.kind === 'card' && /\bfrom\s*$/.test(ctx.t.slice(Math.max(0, label.at - 6), label.at)))
  // "申请用我老公的名义吧 他电话 一三九…", "Can I call his father first? His number is 614-302-5581": in a reply to the
  // caller (you), he or she is someone of the person's, whose phone they give (case 87); "their" may be the callers'
  || (label.kind === 'phone' && /(?:\b(?:his|her)|[他她](?:的)?)\s*$/.test(ctx.t.slice(Math.max(0, label.at - 4), label.at)));

/**
 * A number's digits as meant: said twice over ("五九零六二一 五九零，六二一") it is the number once; begun
 * again after a pause ("1 3... 1 3 7"), the false start is no part of it.
 */
function saidOnce(p: DigitRun): string {
  const digits = p.digits;
  const h = digits.length >> 1;
  // (said twice with a break between: "4471 4471"; "888888" or "121212" as one is a PIN of its own)
  if (digits.length >= 6 && digits.length % 2 === 0 && digits.slice(0, h) === digits.slice(h) && breaksAt(p, h)) return digits.slice(0, h);
  for (let i = 0, at = 0; i + 1 < p.groups.length; i++) {
    at += p.groups[i]!;
    if (at >= 2 && PAUSE.test(p.seps[i]!) && digits.startsWith(digits.slice(0, at), at) && digits.length - at > at) return digits.slice(at);
  }
  return digits;
}
const PAUSE = /…|\.\.|,|，/;
/** Whether a group of the run ends after its first `at` digits. */
function breaksAt(p: DigitRun, at: number): boolean {
  for (let g = 0, n = 0; g < p.groups.length - 1; g++) if ((n += p.groups[g]!) === at) return true;
  return false;
}

/** A run's digits with each group dropped that the next one, after a pause, begins again ("二六……二六四七" is 2647). */
/**
 * Digits that are a code read out with a piece begun again and then said whole once more: "48" + "481992" + "481992" ("Four eight...
 * four eight one, nine nine two. Four eight one nine nine two."), "618" "40" "402" + "618402" ("six one eight, four oh... four oh two.
 * Six one eight four oh two."). The code has a code's length; what comes before its last saying is it with one piece begun twice.
 */
function codeSaidTwice(d: string): boolean {
  for (let w = MOST.code; w >= 4; w--) {
    const word = d.slice(-w);
    const said = d.slice(0, -w);
    const extra = said.length - w;
    if (extra <= 0 || extra >= w) continue;
    for (let k = 0; k + extra <= w; k++) if (said === word.slice(0, k + extra) + word.slice(k)) return true;
    // (or a digit put right first, then the code read whole twice: "Four, seven, oh, no sorry that's a nine, four seven nine... two, one,
    // three. Four seven nine two one three." is "9" + "479213" + "479213")
    if (extra <= 2 && said.endsWith(word) && word.slice(0, w >> 1).includes(said.slice(0, extra))) return true;
  }
  return false;
}

function restarted(p: DigitRun): string {
  let out = '';
  for (let g = 0, at = 0; g < p.groups.length; at += p.groups[g++]!) {
    const mine = p.digits.slice(at, at + p.groups[g]!);
    const next = p.digits.slice(at + p.groups[g]!, at + p.groups[g]! + (p.groups[g + 1] ?? 0));
    if (!(next.length > mine.length && next.startsWith(mine) && /…|\.{2}/.test(p.seps[g] ?? ''))) out += mine;
  }
  return out;
}

/**
 * A card's first four typed or read out, then a piece of the next group, and the reply breaks off: "ok its 4921 33— hang on"; or
 * whole groups of four and a piece ("Four nine one six, two two zero three, eight eight..."); or the reply ends there ("ok its 5412 75").
 */
const cardBegunInFours = (p: DigitRun, t: string, b: number) => {
  const parts = partsOf(p);
  const len = p.digits.length;
  const fours = len < 8 ? parts[0] === 4 && parts.every((g) => g <= 4) : len < 16 && parts.slice(0, -1).every((g) => g === 4) && parts[parts.length - 1]! <= 4;
  // (not a sum with its cents, "3000.00……")
  return parts.length >= 2 && fours && pointGroups(p) === 0 && (/^\s*(?:—|–|-{1,2}|…|\.{2,})/.test(t.slice(b, b + 4)) || REPLY_ENDS.test(t.slice(b)));
};

/** The secret a caller asked for that a bare number of this length can be: the one named last first. */
/** A bank or its card is named, in the reply or the line, and nothing else the number could be: "招行的，6 2 1 4 8 5". */
// (or the line asks for the card's number by name: "邮政的可以，您把卡号念一下" · "六二一七 九九 …")
const unionPayStart = (t: string, caller: CallerLine) => (BANK_CARD_NAMED.test(t) || BANK_CARD_NAMED.test(caller.text) || caller.text.includes('卡号')) && !CODE_NAMED.test(t) && !OTHER_NUMBER_NAMED.test(t);
const OLD_NAMED_BEFORE = /原来|以前|之前|旧|\bold\b/;
// (the old number rung, where a line before gave the new one: "im ringing your old number first, 07700 912448", "我给你原来那个号打一个 一三九…")
const OLD_RUNG_BEFORE = /\b(?:ring|ringing|call|calling|phone|phoning|dial|dialing|dialling|try|trying)\b[^.!?]{0,24}\b(?:your|ur|his|her) old (?:number|one|phone|cell|mobile)\b[^.!?]{0,12}$|(?:打|拨)(?:你|您)?(?:原来|以前|之前|旧)(?:那个|的|个)?号[^。！？]{0,12}$|(?:给|往)(?:你|您)?(?:原来|以前|之前|旧)(?:那个|的|个)?号(?:码)?(?:打|拨)[^。！？]{0,12}$/;
const CARD_IN_HAND_AFTER = /^\s*(?:one |card )?(?:is|'s)\s+(?:right\s+)?(?:here|in my (?:purse|wallet|bag|hand|pocket))\b/;
const CARD_JUST_NAMED = /\b(?:atm|debit|credit|bank|visa|rupay|mastercard) card[.,:]?\s*$/;
const WEB_ADDRESS_AFTER = /^[\s-]*(?:(?:dash|hyphen)\s+)?(?:[a-z]+\s+)?dot\s+(?:com|co|org|net|gov|info|online|site|top|xyz)\b/;
const PIN_IS_ID = /\bpersonal id(?:entification)? (?:number|no)\b|\bid(?:entification)? (?:number|no) \(pin\)/;
const CONTACT_ASKED = /\b(?:reference|contact|next of kin|emergency)(?: (?:contact|person'?s?|phone|mobile|cell))? (?:number|no)\b/;
const OTHER_NUMBER_NAMED = /订单|单号|快递|物流|\b(?:order|zip|postcode|tracking)\b/;

function askedKind(caller: CallerLine, d: string, whole = false, bank = false, readOneByOne = false, named?: LabelKind): LeakKind | null {
  // (a resident ID's start, a region's six digits then a birth year, answering a line that asks for the ID among others: "填身份证就行是吧
  // 410523 1990" to a request for the ID and the card, "三六零七三二，幺九六八零四……" to one for the ID and a phone)
  if (d.length < 18 && caller.asks.has('id') && idStart(d) && !/^62/.test(d) && !isCardNumber(d)) return 'id';
  // (a policy's number, thirteen digits or more, answering a request for it: an ID (case 113), whatever its length, unless a card's check;
  // so is a national ID asked for by its name, "your mother's CNIC number" · "five four four oh oh, dash, eight one two…", read long)
  if (d.length >= 12 && caller.asks.has('id') && !caller.asks.has('card') && (caller.says(POLICY_ASKED) || (d.length <= 14 && caller.last === 'id' && caller.says(ID_DOCUMENT_ASKED))) && !isCardNumber(d)) return 'id';
  // (a bank's sort code or BSB, six digits, asked for with the account: the card's)
  if (d.length === 6 && caller.asks.has('card') && caller.says(SORT_CODE_ASKED)) return 'card';
  // (a remote tool's ID, or a money transfer's MTCN, ten digits: "the number is 318 442 9075" to "Send me the MTCN number")
  const remote = d.length > 8 && (caller.says(REMOTE_TOOL) || caller.says(MTCN_ASKED));
  // (a UnionPay card's start, six digits from 62, where a bank is named: "招行的，6 2 1 4 8 5"; or more of it, "农行的 6228-4801-2283-9", not
  // eighteen digits, a 甘肃 resident ID's length)
  if (bank && d.length >= 6 && d.length <= 19 && d.length !== 18 && /^62/.test(d) && caller.asks.has('card') && !caller.asks.has('code')) return 'card';
  // (and four to seven digits read out one by one, whatever follows, unless the reply names another it gives: "完整的啊 呃 6 2 2 8 4 8 ... 我看看啊 字太小了", "Go ahead with the
  // account number." "0 0 ... 2 8 5")
  if (readOneByOne && d.length >= 4 && d.length < 8 && caller.asks.has('card') && (!named || named === 'card') && (!caller.last || caller.last === 'card' || ((caller.last === 'cvv' || caller.last === 'expiry') && CARD_NUMBER_TOO.test(caller.text))) && !caller.asks.has('code') && !caller.asks.has('password')) return 'card';
  // (of the secrets asked, the one the reply names before it: "the card number, hold on, let me find my glasses. it's four six five eight,
  // two one..." to a line asking for the card number and the PIN)
  // (a part of the card so named counts, however short: docs/labelling.md)
  // (eight or nine digits with no trunk's 0, where an English line asks for the ID and a phone last, are the ID's length, no mobile's:
  // "mine is 22407195" to "Send your National ID number, your wife's ID number and the M-Pesa number")
  // (not where the phone asked for is a contact's or a reference's, Eswatini's eight digits: "…Personal ID Number (PIN), where you work and
  // one reference contact number" · "reference is my brother Sipho seven six eight five, three zero two one")
  if (!named && caller.last === 'phone' && caller.asks.has('id') && (d.length === 8 || d.length === 9) && /^[2-9]/.test(d) && !HAN.test(caller.text) && !caller.says(CONTACT_ASKED)) return 'id';
  // (not another the line asks for, where the reply names one whose length it is short of: its start, read below)
  return (named === 'card' && d.length >= 4 ? 'card' : named && kindOfLength(new Set([named]), d, remote, whole)) || (caller.last && kindOfLength(new Set([caller.last]), d, remote, whole)) || (named && caller.asks.has(named) ? null : kindOfLength(caller.asks, d, remote, whole));
}

/**
 * Where the line asks for more than one secret, the one the reply opens by naming, a little before `a`, and nothing said against
 * giving it between ("the card number, hold on, let me find my glasses. it's four six five eight…"; not "卡号我没输。验证码…是 7 7 0 3 2 8").
 */
function namedAsked(ctx: Context, a: number): LabelKind | undefined {
  const caller = ctx.caller;
  if (!caller || caller.asks.size < 2) return undefined;
  const l = labelBefore(ctx.labels, a, 80, (x) => !!secretOf(x.kind) && caller.asks.has(x.kind));
  // (a number's name, "card number", "卡号", not the thing, "卡是我老婆的"; its value after a pause, not a username's own digits, "账号是小红花二零一二")
  // (or offered, said to be given the caller, wherever in the sentence: "要不要我把我那张卡号报给你嘛，你们好查？农信社的，六二幺七……")
  return l && (ctx.talk.in(OPENS_REPLY, 0, l.at) || ctx.talk.in(SENTENCE_OPENS, Math.max(0, l.at - 4), l.at) || ctx.talk.in(OFFERED, Math.max(0, l.at - 12), l.at + 16)) && givesItsNumber(ctx, l, a) ? l.kind : undefined;
}
/**
 * Of two secrets the line asks for, the one a bare number at `b`'s end is not, the other's label said right after it: "380614 服务密吗应该是091205"
 * to "请回复完整验证码，并回复您的服务密码" gives the code first.
 */
function otherAsked(ctx: Context, a: number, b: number): LabelKind | undefined {
  const asks = ctx.caller?.asks;
  // (not a number a label before names: "my bank account info is… 1234567890, routing number 012345678")
  if (!asks || asks.size !== 2 || labelBefore(ctx.labels, a, 80, (l) => !!secretOf(l.kind))) return undefined;
  // (the labels ending a little after it, looked up by their ends: a paste holds thousands)
  for (let end = b + 1; end <= b + OTHER_LABEL_REACH && end <= ctx.t.length; end++) {
    const l = ctx.labels.byEnd.get(end);
    if (!l || l.at < b || l.at - b > 8 || !secretOf(l.kind) || !asks.has(l.kind) || /[\d。.!！?？]/.test(ctx.t.slice(b, l.at))) continue;
    return [...asks].find((k) => k !== l.kind);
  }
  return undefined;
}
/** How far after a number the end of a label said right after it may be: eight characters to its start, and the label with its filler. */
const OTHER_LABEL_REACH = 64;
/** A password the line asks for beside a code, the reply saying just before the number that someone set it: "那係倈子帮厓设个 应该係668899". */
const setAsked = (ctx: Context, a: number): LabelKind | undefined => (ctx.caller?.asks.has('password') && ctx.talk.in(SET_BEFORE, Math.max(0, a - 24), a) ? 'password' : undefined);
const SET_BEFORE = /设(?:的|个|嘅|咗|了)|\b(?:i|we|he|she|they|you) set (?:it|that|this|the pin|the password)\b/;
const OFFERED = /(?:报|念|读|发|说|告诉)(?:给|跟)?(?:你|您)|\b(?:give|read|tell|send|text) you\b/;

/** The label names a number ("卡号", not "卡是我老婆的"), whose value comes after a pause at `a`, nothing said against giving it, no other secret named between, and its value not given right after it ("passport A04518832. DOB …. … 01827 449 016"). */
// (a question's pause as well, and a guess is no refusal: "服务密码？我都不记得设过 是不是123321")
const givesItsNumber = (ctx: Context, l: Label, a: number) => NUMBER_NAMED.test(ctx.t.slice(l.at, l.at + 16)) && /[,，.。…?？]/.test(ctx.t.slice(l.at, a)) && !VALUE_ENDED.test(ctx.t.slice(l.at, a)) && !NOT_BETWEEN.test(ctx.t.slice(l.at, a).replace(UNSURE, ''))
  && !labelBefore(ctx.labels, a, a - l.at - 1, (x) => x !== l && x.at > l.at && !!secretOf(x.kind));
const VALUE_ENDED = /^[a-z'’]+(?: (?:number|no|num)\b)?(?:'s| is)?\s*[:#]?\s*[a-z]{0,2}\d[\d -]*[.!?](?![.…\d])/;
/**
 * A secret the line did not ask for, whose number the reply offers by name a little before `a`, nothing said against giving it
 * ("我这会儿跟你说一下我建行卡号也成，省得跑了，六二幺七，零零……" to a line that warns against reading out codes).
 */
/** An ID offered by name ("D'you want me NHS number an' all?"), the card it is on named between, no digits and no bank between. */
function idOffered(ctx: Context, a: number): LabelKind | undefined {
  const l = labelBefore(ctx.labels, a, 96, (x) => x.kind === 'id' && !ctx.caller?.asks.has('id'));
  return l && !/\d/.test(ctx.t.slice(l.at, a)) && !ctx.talk.in(BANK_CARD_NAMED, l.at, a) && (ctx.talk.in(OFFERED, Math.max(0, l.at - 24), l.at + 16) || ctx.talk.in(WANT_MINE, Math.max(0, l.at - 24), l.at)) && !negatedAt(ctx.t, l.at, ctx.talk) && !othersLabel(ctx.t, l.at, undefined, ctx.talk) ? 'id' : undefined;
}
const WANT_MINE = /\b(?:d'?you|do you|you) (?:want|need) (?:me|my)\s*$/;
function volunteered(ctx: Context, a: number): LabelKind | undefined {
  // (a bare 卡号 where the line asks for an ID is the 社保卡's or the 医保卡's: "社保卡……在阿爷枕头下面。卡号是，呃，A幺六…"; its 银行卡号 is a card's)
  const l = labelBefore(ctx.labels, a, 48, (x) => !!secretOf(x.kind) && !ctx.caller?.asks.has(x.kind) && !(x.kind === 'card' && !!ctx.caller?.asks.has('id') && ctx.t.startsWith('卡号', x.at)));
  return l && !/\d/.test(ctx.t.slice(l.at, a)) && !negatedAt(ctx.t, l.at, ctx.talk) && !othersLabel(ctx.t, l.at, undefined, ctx.talk) && givesItsNumber(ctx, l, a) ? l.kind : undefined;
}
// (a sentence's start: "加了。身份证号俺直接跟你说吧")
// (or a word or two that qualify its name: "对公账号涯记得，系幺三九零，二幺……")
// (in English, after whose it is: "…can I just give it to you? My license is, um, … Seven four one…")
const SENTENCE_OPENS = /(?:^|[。！？!?.])\s*(?:(?:(?![不没别])[\u4e00-\u9fff]){0,2}|(?:my|our|the) )$/;
// (or a word naming whose or which: "ATM PIN also? … it is four... one...")
const OPENS_REPLY = /^[\s,.…:-]*(?:(?:ok(?:ay)?|so|well|um+|uh+|right|yes|yeah|sure|fine|alright|the|my|atm|upi|debit|bank|好的?|嗯|那个|这个)[\s,.…:，。-]*)*$/;
const NOT_BETWEEN = /没|不|\bnot?\b|n't\b|\bnever\b/;
// (not sure of it, asking whether it is, or putting it right: no refusal)
const UNSURE = /是不是|对不对|不(?:太)?记得|记不(?:得|清)|不确定|不清楚|\bnot sure\b|\bdon'?t remember\b|\bcan'?t remember\b|\bno,? (?:hold on|wait|sorry|actually)\b/g;
// (an ID by its own name is its number: "Aadhaar, wait, I'm getting it... it's five three four one…", "My license is, um, …")
const NUMBER_NAMED = /^[^,，.。…]*?(?:number|\bno\b|#|号|码|\bpin\b|passcode|password|social|\bssn\b|\bcode\b|\b(?:aadhaar|cnic|nric|nin|bvn|pan|nida|omang|mykad|licen[cs]e|passport)\b)/;

const ACCOUNT_NUMBER_ASKED = /\baccount (?:number|no)\b/;
// (between a secret's label and its value: "My PIN is, um, 4 0..."; not "this card since 2 0...", "卡里就剩 3 0……"; a first try taken back may
// stand between too: "识别码是……幺二三，哦伓是，幺二八，四五洞，拐拐六")
const LABEL_GAP = /^[\s,:.…-]*(?:(?:is|was|are|um+|uh+|er+|erm|well|it'?s|that'?s|是|就是)[\s,:.…-]*)*(?:\d+[\s,，]*(?:哦|噢|呃|啊)?(?:不是|伓是|唔系|不对|说错了)[\s,，:.…-]*)?$/;
// (digits counted up or down: "1 2 3...", "3 2 1...")
// (from one or to one, as people count: "678" is a code's start)
const countsOn = (d: string) => d.length >= 2 && /^[01]|[01]$/.test(d) && [...d].every((c, i) => !i || Math.abs(c.charCodeAt(0) - d.charCodeAt(i - 1)) === 1 && c.charCodeAt(0) - d.charCodeAt(i - 1) === d.charCodeAt(1) - d.charCodeAt(0));
// (a PIN said to be a date, then its digits: "My PIN is my late husband's birthday. Nine... twenty-six. Oh nine two six.")
// (its first letters are never D, F, I, Q, U or V, its last one A to D)
// (said to be the person's, in Chinese: "私人的是 一三九 零五", "手机号 一三八"; not "你那个 一八六 的号呢")
const PHONE_GIVEN_BEFORE = /(?<![你您他她])(?:的是|是|手机号?码?|号码|电话)\s*$/;
const CHANGED_TO_BEFORE = /(?:改成|改为|设成|设为|换成)\s*$/;
const NI_LETTERS_BEFORE = /\b[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?$/;
const NI_LETTER_AFTER = /^ ?[a-d]\b/;
// (a National Insurance number begun, its letters first)
// (its letters spelt apart, "Y, P, then nine two, four four…")
const NI_BEGUN = /^[a-ceghj-pr-tw-z][\s,-]*[a-ceghj-npr-tw-z][\s,.-]*(?:(?:then|and)[\s,.-]*)?\d/;
const NI_ASKED = /\bnational insurance\b|\bni (?:number|no)\b/;
const SO_BEFORE = /\b(?:so|that'?s|which is|making it)\s*$/;
const DATE_NAMED = /\b(?:birthday|anniversary|born|date|january|february|march|april|may|june|july|august|september|october|november|december)\b/;
// (the date a password asked for is, just before it: "跟我生日一样 7 1 0 3 2 5", "是我孙女个生日，洞九幺……", "same as my birthday, 0412";
// in the north-west's 额 and Hakka's 𠊎 too: "是额生日……九八零三", "系𠊎老婆生日 零九 二六 八三")
const DATE_IS_IT = /(?:跟|和|同|就是|是|就系|系|係)(?:(?:我|俺|阮|𠊎|额)[^\d，,。！？\s]{0,3}?)?(?:的|个|嘅)?(?:生日|出生日期)(?:一样|一致)?[\s，,:：…]*$|\b(?:same as|it'?s|is) my (?:birthday|birth ?date|date of birth)[\s,:.]*$/;
const MADE_FROM_YEAR = /\b(?:made|set|chose|picked|use[ds]?)\s+(?:it|the pin|my pin|the code)\s+(?:to\s+)?(?:the|my|our|his|her)\s+(?:year|birth year)\b[^!?]{0,48}$/;
// (or a house's number: "And the PIN's, uh, it's my old house number, one one... one one four seven.")
const PIN_FROM_DATE = /\b(?:pin|passcode|password)\b[^.!?]{0,12}\b(?:is|was|it'?s)\s+(?:my|his|her|our|the)\b[^.!?]{0,30}\b(?:birthday|birth ?date|anniversary|date of birth|wedding|(?:house|door|street|flat|apartment) number)\b/;
// (not where the line asks when: "What year did you open the account?" "It's 2 0..."; in its last sentence, the one that asks:
// "Your bank requires the debit PIN to retry a declined charge. Please tell me the four digits." asks for the PIN)
const lastSentence = (text: string) => text.replace(/^[^]*[.!?。！？]\s+(?=\S)/, '');
const WHEN_ASKED = /\b(?:year|when|date|born|birthday|how old|age|how many|how much|limit|balance|total|price|value|charge|amount)\b|哪年|年份|什么时候|哪天|几号|日期|生日|多大|多少钱|(?:消费|转|花|扣|取|付|充|存)了?多少|金额|余额|额度|几位/;
// (a line asking for the card's number with its expiry or code, "请报一下卡号和有效期", not for the expiry alone)
const CARD_NUMBER_TOO = /卡号|\b(?:card|account) number\b|\ball (?:sixteen|16)\b|\b(?:sixteen|16)[- ]digits?\b/;
// (digits read out one by one are no card's start after a card's end is named: "The old card ended in 2 5 5 0.", "后四位"; stricter
// than LAST_DIGITS, which reads a label's own words: before a number, a bare 后 is 然后 or 后面)
const ENDING_BEFORE = /尾号|末尾|(?:最后|[后末])[一二三四五六七八九两几\d]位|\blast\b|\bend(?:s|ed|ing|in'?)?\b/;
// (nor in a reply that names a code, a text, a password or an expiry, or says one came)
const CODE_OR_PASSWORD = new RegExp(`${CODE_NAMED.source}|密码|口令|\\b(?:pin|password|passcode|came|arrived|expir[a-z]*)\\b`);
// (digits read out one by one as the reply breaks off, "It's 4 1 2 8...": the start of what was asked, said as one group)
// (a dash where a transcript marks a word cut off: "it is tisa, saba—")
const READ_ON_AT_END = /^\s*(?:…+|\.{2,}|[—–]+)\s*$/;
// (a card's expiry said right after a number: EXPIRY_SAID where the number ends)
const EXPIRY_AFTER = new RegExp(`^\\s*[,;]?\\s*${EXPIRY_SAID.source}`);
/** A hotline's app named by its number: "12123app", "12306app". */
const officialApp = (word: string) => /^\d+app$/.test(word) && isOfficial(word.slice(0, -3));
// (or a fee it will take over the phone: "I can process the new GHIC for you now over the phone. It's a nineteen ninety-nine processing fee")
const CARD_TALKED = /\bcards?\b|卡|\bover the phone\b[^?!]{0,80}\b(?:fee|payment|charge)\b|\b(?:fee|payment|charge)\b[^?!]{0,80}\bover the phone\b/;
// (a person's, not a firm's: "Ring HMRC's number, 0300 200 3300")
// (the number money goes to, as a text about a payment reads it out: "it says 'Confirm transfer of MK 75,000 to 0888...'")
const PAID_TO_BEFORE = /\b(?:transfer(?:red|ring)?|pay(?:ing|ment)?|paid|wire[ds]?|deposit(?:ed)?)\b[^.!?\n]{0,32}\bto\s*$/;
const OFFICE_TO_RING_ZH = /打(?:[^，。！？]{0,4})(?:卫生院|医院|社区|派出所|银行|学校|居委会|村委会|物业|营业厅|诊所|卫生室|网点)的?(?:座机|电话|热线)/;
const OFFICE_TO_RING = /\b(?:phone|call|ring|contact)(?:ing)? (?:the|your|our) (?:practice|surgery|office|clinic|branch|bank|council|pharmacy|hospital|school|helpline|hotline)\b/;
const GIVE_THEIR_NUMBER_BEFORE = /\b(?:give|giving|send|sending) you (?:his|her|their) (?:number|cell|phone|mobile)\b[^!?\d]{0,72}$/;
const SOMEONES_BEFORE = /\b(?:my|her|his|their|our)(?: [a-z]+)? $|\b(?:sister|brother|mum|mom|mother|dad|father|wife|husband|son|daughter|friend|neighbou?r|aunt|uncle|cousin|grandma|grandpa)'s $/;
const GOOD_TILL_BEFORE = /\b(?:good|valid|runs?)\s+(?:till|until|to|thru|through)\s*$/;
const PHONE_NAMED_BEFORE = /手机|电话|\b(?:phone|cell|mobile)\b/;
const PASSWORD_NAMED_BEFORE = /密码|口令|\b(?:password|passcode|pin)\b/;
// (or the receipt's code by its length: "send me the 10 number code on the receipt so he could collect")
const MTCN_ASKED = /\bmtcn\b|\bmoney transfer control\b|\b(?:10|ten)[- ](?:number|digit) (?:code|number)\b|\b(?:code|number|reference) (?:on|from) the receipt\b/;
const PAYMENT_CARD_BEFORE = /\b(?:credit|debit|bank|atm|visa|mastercard|master|amex|gift|cash|payment|sim|top[- ]?up)\s*$/;
const SORT_CODE_ASKED = /\bsort code\b|\bbsb\b/;
const POLICY_ASKED = /保单|\bpolicy\b/;

const THE_BEFORE = /\bthe $/;
const THING_NUMBERED = /^ (?!(?:digits?|numbers?|codes?|ones?|is|are|was|and|or|on|at|in|from|for|please|thanks|thank|ok|okay|yes|no|then|so|that|which)\b)[a-z]{3,}\b/;

/** The secret asked for that a number of d's digits can be; `whole`: said as one group (four of them can be a card's first). */
function kindOfLength(asks: ReadonlySet<LabelKind>, d: string, remote: boolean, whole: boolean): LeakKind | null {
  const len = d.length;
  if (asks.has('cvv') && len >= 3 && len <= 4) return 'card';
  // a remote-access tool's ID has nine or ten digits (AnyDesk, TeamViewer)
  if (asks.has('code') && len >= 4 && len <= (remote ? 12 : 8)) return 'code';
  if (asks.has('password') && len >= 4 && len <= 8) return 'password';
  if (asks.has('card') && asks.has('id') && len >= 12) return longNumberKind(d);
  // account and routing numbers run from 8 digits (a routing number has 9)
  // (four digits said as one group are the start of the card read out, not a round sum: "1000" is one)
  if (asks.has('card') && (len >= 8 || (len === 4 && whole && !d.endsWith('000')))) return 'card';
  // few IDs are 14 to 17 digits long, or over 18: such a number is a card's or an account's; 12 digits are India's Aadhaar number, 13 a
  // South African, a Pakistani or a Korean ID, asked for as an ID; 20 no card's, Tanzania's NIDA number
  if (asks.has('id') && len >= 12) return (len <= 13 || len === 20) && !asks.has('card') ? 'id' : longNumberKind(d);
  // an ID in full, or a part of one: a social security number's three-digit area or last four, a 身份证's last six
  if (asks.has('id') && (len >= 6 || len === 4 || len === 3)) return 'id';
  // (no phone number has sixteen digits or more, a country's code and a trunk's 0 with it: "应该是 110108 19650417 2239" is an ID's length)
  if (asks.has('phone') && len >= 7 && len <= 15) return 'phone';
  return null;
}

// ("endin 0932", "the debit end 5520", as people type it)
const LAST_DIGITS = /后|末|尾号|last|endin|ends|\bend\b/;
// (not a card that pays nothing: "My social security card ends 4 0 6 1" is the social security number's end)
const CARD_WORD_BEFORE = /\b(?:(?<!\b(?:security|medicare|medicaid|id|insurance|health|library|membership|member|green) )card|visa|mastercard|discover|amex|american express|debit|credit|capital one|chase|citi)\b[^.!?\d]{0,20}$|(?:银行|账户|帐户|卡|工行|建行|农行|中行|招行|交行|邮储)[^。！？\d]{0,6}$/;
const CARD_AFTER = /^\s*(?:的|那张|这张)?(?:储蓄卡|信用卡|借记卡|银行卡|卡|账户|帐户)|^\s*(?:card|account)\b|^,?\s*(?:the |my )?(?:discover|visa|mastercard|amex|chase|capital one|citi)\b/;
// a card's number (13 to 19 digits, in groups or not) just before: what follows is its own
const EXPIRY_START = /^(?:0?[1-9]|1[0-2])\s?\/\s?\d{2}[,\s]/;
const CARD_NUMBER_BEFORE = /\d(?:[ -]?\d){12,18}[^.?!\d]{0,12}$/;
// (said as the card's: "code", "access number", not a text's "验证码" or "verification code")
const CARD_ITS_CODE = /^(?:code|access (?:number|code)|scratch)\b/;
// (and the long number before is a card's: its check, or a card named before it; not an order's, a claim's or an IMEI)
const cardBefore = (t: string, at: number) => CARD_NAMED.test(t.slice(Math.max(0, at - 90), at)) || isCardNumber(CARD_NUMBER_BEFORE.exec(t.slice(Math.max(0, at - 48), at))![0].replace(/\D/g, ''));
const CARD_NAMED = /\b(?:cards?|visa|mastercard|amex|discover|american express|scratch)\b|卡/;
// A card's expiry just said, a month and a year ("expiry is Dec twenty six, code 508"; not "it expires in 10 minutes").
const EXPIRY_BEFORE = /(?:\b(?:0?[1-9]|1[0-2])\s*(?:\/|slash|-)\s*(?:20)?\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:20)?\d{2}|\b(?:exp|expiry|expiration(?: date)?|expires|valid (?:thru|through))(?: is| on)?:?\s+\d{1,2}\s*(?:\/|-)?\s*\d{2})\b[^.?!\d]{0,24}$/;
const HIDDEN_AFTER = /^[\s-]?[x×*＊]{2,}(?:[\s-]?[\dx×*＊])*/;
// ("XXXX-XXXX-XXXX-1234": a number hidden but for its end, read above)
const MASKED_GROUPS = /^(?=[x×*＊]{2})[x×*＊]+(?:[-\s][x×*＊]+)*[-\s]?\d{1,4}$/;
// (or said so: "it shows only stars and 5521")
const HIDDEN_BEFORE = /(?<![a-z\d])(?:[x×*＊]{2,}[\s-]?){1,4}$|\b(?:stars|asterisks|x's|xs|dots) (?:and|then)\s*$/;
// a phone's or an ID's own label just before "后四位", "last four": the part is of that number
const OWN_PART = /(?:(手机|电话|phone|mobile|cell)|身份证|ssn|social(?: security)?)(?:号码|号)?(?: number)?(?:的)?\s*$/;
const MINE_IS = /\bmine(?:'s| is)\s*$/;
const CODE_PART = /[前后]\s*[两二三四2-4]\s*位|\b(?:first|last) (?:two|three|2|3)\b/;
// (not the person starting with a sum: "Can I start with 5000?" to an investment's minimum)
const FIRST_TWO_SAID = /\bfirst (?:two|2)(?: digits| numbers)? (?:are|is) (\d(?:,? and |, ?| )?\d)(?![\d.,]\d)/;
const PART_LEAD = /(?:(?<!\b(?:i|we|can i|could i|let me|i'll|i will|i can|i could|to) )\b(?:starts?|begins?)(?: with)?|\bfirst (?:part|half|bit|group) is|\bfirst (?:two|three|four|five|six|few|2|3|4|5|6)(?: digits| numbers)?(?: are| is)?|开头是|开头|前(?:面)?(?:[两二三四五六2-6]|几)位(?:数字?)?(?:是)?)[\s.…,:：]*$/;
// "it's from 72975": the text's sender, a short code
// A mainland landline with its area code: 010, 02x, or a four-digit code from 03 to 09, then seven or eight digits.
const LANDLINE = /^(?:0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8})$/;
const HOME_GIVEN = /\b(?:my|our|tell|punch|enter|type|key|press)\b|(?:code|keypad|box|combination)(?: [a-z]+){0,3} (?:is|to|for)\b/;
// (a gate named as a place, "the gate", "the gate code"; not an airport's, "gate 31")
// (a keypad said alone is a home's in the reply, "the garage keypad is 9 1 0 1", but a phone's in the caller's line, "enter the code on your keypad")
const HOME_DOOR = 'lock ?box|key ?box|lock code|smart ?lock|(?:buzzer|intercom) code|adt|(?:master|duress) code|garage (?:opener|code|keypad)|door keypad|alarm|disarm|(?:the|a|my|our|front|back|side|community|entrance|main|building|complex|parking) gate|gate (?:code|pin|keypad)|garage door|front door|back door|door code|call ?box|entry code';
const HOME_LOCK = new RegExp(`\\b(?:${HOME_DOOR}|keypad)\\b`);
// (asked by the caller also for a lock being set up, "What code do you want on the deadbolt?", or a door's keypad, "The side door has a keypad")
const HOME_ASKED = new RegExp(`\\b(?:${HOME_DOOR}|the keypad|smart ?lock|deadbolt|door lock|(?:door|gate|garage|entrance)\\b[^.?!]{0,24}\\b(?:a|the) keypad)\\b`);
/** Digits keyed in on a keypad: "punch 1 9 9 9 and hit the pound key", "star, 2, 0, 2, 4", "pound... 1 9 ... 6 8". */
const keyedIn = (t: string, a: number, b: number) => KEYED_BEFORE.test(t.slice(Math.max(0, a - 20), a)) || KEYED_AFTER.test(t.slice(b, b + 28));
const KEYED_BEFORE = /(?:\b(?:punch|punched|key|keyed|tap|tapped)(?: in)?|\b(?:star|pound|hash)\b|(?<![^\s.,…])[#*])[\s.,…]*$/;
// (not across a sentence, nor a word that only begins so: "since 1999, star customer", "2008. Pound for pound")
const KEYED_AFTER = /^(?:\s|\.{3}|…)*(?:,\s*)?(?:(?:and|then) )*(?:(?:hit|press|push|tap)(?: the)? )?(?:(?:pound|hash|star)(?: (?:key|sign|button))?(?=\s*(?:[.,!?;]|$|and\b|then\b))|[#*])/;
/** Whether the code at [a, b) opens the home: a home's lock named a little before or just after it, and no text that brought it. */
const homeCode = (t: string, a: number, b: number) => HOME_LOCK.test(t.slice(Math.max(0, a - 80), b + 32)) && !BROUGHT.test(t.slice(Math.max(0, a - 60), a));
const BROUGHT = /\btext|texted|sent|message|sms|email|app\b/;
const PLURAL_PASSWORDS = /^(?:pins|passwords|passcodes)\b/;
const MORE_LISTED = /(?:,\s*(?:and\s+)?|\s+and\s+|\s*、\s*)\d(?:[\d-]|\s(?=\d))*/y;
const PULA_SUM = /^p\d{2,}(?:[.,]\d+)?$/;
const PULA_IN = /\bp\d{2,}\b/;
const ONE_TIME_NAMED = /\b(?:otp|one[- ]time (?:code|pin|password|passcode))\b/;
// (not "let me text you my cell, it's …": the person gives it)
const I_CALL = /\b(?:i(?:'m|m| am|'ll|ll| will)?|let me) (?:going to |gonna )?(?:hang(?:ing)? up and )?(?:call|calling|called|dial|dialing|ring|ringing|text|texting)\b(?! (?:you|u|from|back)\b)(?![^.!?]*(?:\b(?:reach|call|text|ring) me\b|\bmy (?:own )?(?:cell|number|phone|mobile|landline)(?: number)?(?: is|'s)\b))[^.!?]{0,40}$/;
// (a dwelling's word with its number, "Flat 402", "Blk 231", or a street's or a branch's name; not "block the charge")
const ADDRESS_BEFORE = /(?:\b(?:flat|apt|apartment|blk|block|tower|floor|unit|house|building|sector)\s*#?\d+[a-z]?\b|\b(?:(?:p\.?\s?o\.?|post office) box|hwy|road|rd|street|st|lane|ln|nagar|colony|residency|avenue|ave|estate|branch|drive|dr|place|pl|court|ct|boulevard|blvd|terrace|parkway|highway|route|way|circle|cir|trail)\b)(?:(?!\b(?:code|pin|password|passcode|last|four|social|ssn|digits|number)\b)(?:[^.!?\n]|\.(?=,))){0,48}$/;
// ("2900 Elm Ridge, apt 6", "18 Hill, zip 44107" answering a line that asks for the address with the last four: a house number, its
// street's name after it)
// (a street's name, then where in it or its ZIP: not "4471 sweetheart.", not "44107 done.")
// (in Chinese, "是" as what is read, opening a clause or after the text, not what a thing is: "我孙子今年是20")
// (the rest said to be unreadable after a code's first digits: "yzm 三八一 后面几位看不清")
// ("验证码 捌叁零 后头字太小了看不清": a few words between; "验证码是……八三洞，后面是……哎呀这个字太小了": its rest begun and broken off)
const REST_UNREAD_AFTER = /^[\s，,]*(?:后面|剩下|后边|后头|后背|后尾)(?:的|几位|几个)?(?:数字|字)?(?:还有|(?:是|系)?\s*(?:…|\.{2,})|[^，,。！？\d]{0,6}?(?:看不清|没看清|看不到|看不见|不清楚|模糊|太小|睇唔清|遮住|挡住|盖住|遮咗|挡咗))/;
// ("came" in Hindi, Bengali and Swahili too: "haan OTP aaya. 6 2 9 ... it is also saying do not share")
const CODE_READ_BEFORE = /\b(?:it'?s|it says|it is|i got)[\s,]*(?:(?:um+|uh+|er+|erm)[\s,]+)?$|\b(?:it'?s|it has|it) (?:come|came|arrived|reach(?:ed)?|landed|here)(?: in| through| now)?[.!,]*\s*$|\b(?:aaya|aya|aayi|aa gaya|asche|ashche|imekuja|imefika)[.!,]*\s*$|\bhere it is[.!,:]*\s*$|(?:收到[了哒咯啦哉嘞咧喽咗喇]?|[来有][了哒咯啦哉嘞咧喽喇]|嚟咗|到咗)(?:[,，\s…]|\.{2,})*$|[头前后][一二两三四五六\d](?:个|位)(?:数字?)?[\s:：]*$|(?:^|[\s，,。：:…]|\.\.|收到了?|看到了?|来了|短信上?|上面|写的|[头前后][一二两三四五六\d]?(?:个|位)|[前后](?:面|头|边)|剩下的?|然后)[是係](?:[\s,，…]|\.{2,})*$|(?:写着|显示)\s*$/;
// (nothing before a code's digits but a word that opens an answer: "its 48 3..", "ok 48 1..", "ok its come in. 48")
const OPENS_BEFORE = /^\s*(?:(?:ok(?:ay)?|um+|uh+|so|yes|yeah|right|wait|hold on|hang on|haan|han|ji|sawa|aya|aaya|ngoja|(?:sms|message|ujumbe) (?:imeingia|imekuja|imefika))[\s,.]*)*(?:it'?s|it is|it says|inasema|it'?s? (?:come|came|arrived|reach(?:ed)?|landed|here)(?: in| through| now)?)?[\s,.:]*$/;
const LINE_ENDS = /^[ \t]*\n/;
// (Chinese just before, or before a pause: "来了来了，是……四八，七……哎不对")
const HAN_BEFORE_PAUSE = /[\u4e00-\u9fff].?(?:[\s，,…]|\.{2,})*$/;
const BREAKS_OFF = /^\s*(?:(?:…+|\.{2,})\s*)?(?:oh no|no wait|wait|hold on|hang on|it changed|sorry)\b|^\s*(?:…+|\.{2,})\s*(?:hey|it(?:'s| is)?(?: also)? (?:saying|says)|the rest)\b|^\s*[,，]\s*然后\s*(?:…+|\.{2,})|^\s*(?:(?:…+|\.{2,}|[,，]+)\s*)?(?:(?:嗯|呃|啊)\s*)?(?:算了|不对|等等|等一?下|等会儿?|等阵|等陣|哎|我不念了|不念了|不给了|我不给|不说了)/;
const SAID_TWICE_GAP = /^[\s,，、.。…]{1,3}$/;
/** Whether the digits `d` are said once more right after `b`, and the reply ends there ("幺……洞……拐，幺洞拐。"). */
function saidAgainToEnd(t: string, b: number, d: string): boolean {
  const m = AGAIN_AFTER.exec(t.slice(b, b + 4 * d.length + 8));
  return !!m && m[1]!.replace(/\D/g, '') === d;
}
const AGAIN_AFTER = /^[\s,，、.。…]+(\d(?:[\s,，、.。…-]{0,3}\d)*)\s*[.。!！]?\s*$/;
/** Digits a month (01 to 12) may begin. */
const MONTH_START = /^(?:0|1(?:[0-2]|$))/;
const REPLY_ENDS = /^\s*[.。!！]?\s*$/;
// (or the label with the digits glued on, as a chat types it: "领了 验证码471")
const SAYS_BEFORE = /(?:\bis|'s|:|：|是|为)\s*$|^(?:验证码|动态码|校验码)$/;
// (a sum's currency just before its digits, or the ringgit's and the taka's letters: "USD 487.00", "RM 500")
const THOUSANDS_WRITTEN = /^\d{1,3}(?:,\d{3})+$/;
const CURRENCY_NAMED = new RegExp(CURRENCY);
const CURRENCY_BEFORE = new RegExp(String.raw`(?:${CURRENCY}|\b(?:rm|tk))\s?$`);
// (the card's own code, where the line asks for it by the card: "the code from the card", "卡背面")
const CARD_CODE_ASKED = /\bcode (?:from|on|off) (?:the )?(?:back of )?(?:the |your )?card\b|\bcard'?s code\b|\b(?:expiry|expiration)\b|卡背面|有效期/;
// (a code of another kind than the one a text brings: "area code", "zip code is 902")
const OTP_LABEL_OTHER = /\b(?:zip|area|post|postal|country|dial(?:ling)?|sort|branch|swift|promo|discount|coupon|reference|ref|tracking|booking|order|product|error|tax|dress|pass|security|cvv|cvc) code\b|区号|邮编|邮政编码|安全码/;
// (a code come or on the screen, just before its digits: "it says", "it's here.", "it just buzzed.", "看着了")
const CODE_CAME_BEFORE = /\b(?:it says|it say|it se[hy]|it'?s here|here it is|it c[ao]me|found it|(?:an? |the )?(?:sms|text|message|msg|code) (?:has |have |just )*(?:come|came|arrived|reached)|(?:i )?(?:got|get|have|see) it|(?:first|1st|other|second|2nd|last|next) (?:part|half|bit|three)(?: (?:a|of it|is))?|(?:just )?(?:came|arrived|buzzed|pinged|beeped)|(?:it'?s |its )?coming(?: now| in| through)?|aa gaya|aa gya|agaya|aaya hai|aya hai|(?:hem|em) i kam)[\s.,:!…]*$|(?:看着了|看到了|收到了|收到咗|收到喇|来了|嚟咗|到咗)[\s，,：:!！.。]*(?:是|係|系)?\s*$/; // (Cantonese 收到咗 係…, 收到喇; Urdu "aa gaya", Bislama "hem i kam", it came)
const IT_SAYS_BEFORE = /\bit says\s*$|(?:前面|开头|前两位|头两位)是\s*$/;
const HOW_MANY_ASKED = /几位|多少位|\bhow many\b/;
const CARD_BACK_CALLED = /\b(?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing)(?: up)? the (?:number|phone number|line|hotline|helpline|help line) (?:on|printed on) the back of (?:my|the|your) (?:debit |credit |bank )?card(?: now| instead| first)?[,:.]?\s*$/;
const GIVEN_FAILED = /\b(?:it|that|this|the system|the screen) (?:says|said|shows|showed) (?:it'?s )?(?:incorrect|wrong|invalid|an error|error|denied|not (?:valid|right|correct))\b|\b(?:didn'?t|did not|doesn'?t|does not) (?:work|go through|match)\b|显示(?:错误|不对|不正确)|不对啊|提示错误/;
const PHONE_NAMED = /\b(?:mobile|cell|phone|landline)\b|手机|电话/;
// (a chat's next message that stops, "来了 是56\n诶等下")
// (or a comma, then a pause's word or the rest said to be unread: "四、拐、三，呃，后面嗰几个字俾个通知遮住咗")
const CUT_SHORT_ZH = /^\s*(?:…+|\.{2,})|^[\s，,]+(?:等一下|等等|等会|等下|等哈|算了|不对|哎|诶|欸|呃|我问问|我想想|我不|(?:后面|后头|后背|剩下)(?![^，,。.]{0,4}\d))/;
// (or a chat's next message that stops: "its 1 2 8\nhang on my mate steve just walked past")
// (or someone called to: "It says, one, nine... four... Ravi! Beta, come read this for me")
const CUT_SHORT = /^[ \t]*\n\s*(?:wait|hold on|hang on|one sec|sorry)\b|^\s*(?:…+|\.{2,}|[—–]+)(?![.…—–])\s*(?:$|[,.]|[a-z]+!|(?:no|o+h|eh|ah|er+|erm|wait|hold on|hang on|um+|uh+|hm+|(?:i'?m )?sorry|let me|actually|(?:one|ek|1) (?:sec|second|moment|minute|min)\b|(?:be )?with you in (?:a|one) (?:sec|second|mo|moment|minute)\b|i (?:don'?t|can'?t|shouldn'?t)|why|ruko|rukiye|rukein|thehro|thehriye|subiri|ngoja)\b)/; // (Urdu's and Swahili's "wait" too)
const HOUSE_AFTER = /^ (?!(?:and|or|is|it|its|then|ok|okay|please|that|the|of|digits?|for|to|but|so|yes|no|again|right|now|was)\b)(?:[a-z]{3,} )?(?:[a-z]{3,}(?:,? (?:apt|unit|suite|st|street|rd|road|ave|avenue|lane|ln|drive|dr|court|ct|zip)\b|, [a-z]{3,})|[a-z]*(?:way|wood|field|side|view|ridge|hill|park|crest|dale|ford)\b)/;
// (the person's address, not an e-mail's, nor one "on file")
const ADDRESS_ASKED = /(?<!\be-?mail |\bip |\bweb )\baddress\b(?! on file)/;
const houseNumber = (t: string, b: number, caller: CallerLine | undefined) => !!caller && ADDRESS_ASKED.test(caller.text) && HOUSE_AFTER.test(t.slice(b, b + 32));
const YEAR_PREP = /\b(?:in|since|from|until|till|by|during|back in|born(?: in)?|of)\s*$/;
/** A thing's model year: "a 2018 Dell", "a 2015 iMac" (a year then a name, not "a 1987, my birth year"). */
const modelYear = (t: string, a: number, b: number) => /\ban?\s*$/.test(t.slice(Math.max(0, a - 4), a)) && /^\s+[a-z]{2,}/.test(t.slice(b, b + 8));
const CARRIER = /\b(?:verizon|at&t|t-mobile|sprint|wireless|cellular|carrier|mobile (?:account|plan|service)|phone (?:plan|bill|service|company))\b/;
const READING_ASKED = /\b(?:meter|reading|odometer|gauge)\b/;
const OFFICE_AFTER = /^[,.]?\s*(?:that'?s|it'?s|that is|it is) (?:the|their|his|her) (?:office|clinic|practice|front desk|reception|pharmacy)(?! where)\b/;
// (the caller's, not the person's own: "The one I'm calling from, 917-555-0133")
const CALLING_FROM = /\b(?:you(?:'re| are)?|are you|were you|did you|they(?:'re| are)?|are they)\s+(?:calling|called|call) (?:me |us )?from\W{0,4}$/;
const SENDER_BEFORE = /\b(?:from|sent by|sender)(?: an?| the| this| that)?\s*\+?$|(?:来自|发件人)\s*$/;
/** Whether position c lies inside a harmless thing's label ("zip code", "promo code"). */
function inHarmless(labels: Labels, c: number): boolean {
  const ends = labels.harmlessEnds;
  const i = countAtMost(ends, c);
  return i < ends.length && labels.byEnd.get(ends[i]!)!.at <= c;
}
/**
 * A phone or a card named as where a value is ("on my phone", "it's on my card", "I have the card here"),
 * not as what it is; an insurance or a plan's card holds an ID ("the vision plan card says 88 003 412 76").
 */
const placeOf = (t: string, label: Label, len = 10) => (label.kind === 'phone' || label.kind === 'card')
  && ((PLACE_BEFORE.test(t.slice(Math.max(0, label.at - 12), label.at)) && !(label.kind === 'phone' && len >= 7 && len <= 15 && REACHED_AT.test(t.slice(Math.max(0, label.at - 8), label.at)) && !/^[a-z]+(?: number)?(?:'s| is)\b/.test(t.slice(label.at, label.at + 20)))) || HELD.test(t.slice(label.at, label.at + 32))
    || (label.kind === 'card' && t.startsWith('card', label.at) && PLAN_BEFORE.test(t.slice(Math.max(0, label.at - 16), label.at))));
const PLAN_BEFORE = /\b(?:plan|insurance|insurer'?s|health|member(?:ship)?|benefits?|vision|dental|drug|prescription|rx|costco|sam's club|store|loyalty|rewards|library|gym|transit)\s+$/;
// ("text me the tracking at my cell, 865-…", "text the reference to my cell, 8 0 1…": where the person is reached, the cell's number,
// no place it is kept; not "the code that came to my phone is …")
const IF_YOU_NEED = /^[^.!?]{0,12}\bif you (?:need|want) (?:her|him|them|to (?:reach|call|talk|contact))\b/;
// (asking leave to call someone and saying whose number it is, "can i call his father first his number is four one two…", hands it
// over, case 87; "I'm going to call him right now, his number's 440-555-0166, it's on the fridge" is dialled)
const ASKS_TO_CALL_GIVES = /\b(?:can|could|may|should) i (?:call|ring|text|phone)\b[^.!?]*\b(?:his|her|their) (?:cell|number|phone|mobile)(?: number)? (?:is|'s)\s*$/;
/** The person says, within `within` before `at`, that they call the number ending at `b`, and do not hand it over after it or ask leave to call its owner. */
// (called further before where the line rings as the reply ends: "I'm callin' that boy's cell, I got it wrote down right here on the
// icebox. Three oh four, six three four, oh one nine three… it's ringin'.")
// (or where the number is read off where it is kept, to ring it: "I'm gonna call Tyler's cell phone. I got it right here in my book, seven one
// five, …")
const callsIt = (t: string, at: number, within: number, b: number) => (I_CALL.test(t.slice(Math.max(0, at - within), at)) || ((RINGING_AFTER.test(t.slice(b, b + 24)) || KEPT_HERE_BEFORE.test(t.slice(Math.max(0, at - 48), at))) && I_CALL_RINGS.test(t.slice(Math.max(0, at - 2 * within), at))))
  && !IF_YOU_NEED.test(t.slice(b, b + 24)) && !ASKS_TO_CALL_GIVES.test(t.slice(Math.max(0, at - within), at));
const KEPT_HERE_BEFORE = /\bi(?:'ve| have)? (?:got|have) (?:it|his|her|their)(?: number)? (?:right )?(?:here|wrote down|written down)\b[^.!?]{0,28}[,:]\s*$/;
const RINGING_AFTER = /^[\s.…,-]*(?:(?:it'?s|its|it is) )?ring(?:ing|in'?)\b/;
const I_CALL_RINGS = /\b(?:i(?:'m|m| am)?|let me) (?:going to |gonna )?(?:call|callin'?|calling|dial|dialin'?|dialing|ring|ringing)(?! (?:you|u|from|back)\b)[^!?]{0,100}$/;
const REACHED_AT = /\b(?:at|to) (?:my|the)\s+$/;
// (not "the phone here is 207-553-8140": the line of the place the person is at, said to be it; "the card is here" holds it)
const HELD = /^(?:card|phone)\s+(?:(?:is |'s )?(?:right )?here(?! is\b| was\b)|with me|in front of me|in (?:my )?hand)\b/;
const THIRD_PERSON = /\b(?:his|her|their)\s*$|(?:他|她)(?:的)?\s*$/;
const MINE_BEFORE = /(?:\bmy|\bmine|我的|我)\s*$/;
// ("let me find the card... BCX 771 204 9938" answering a request for a policy number: where it is printed)
// (in Nigerian Pidgin, "make I check am for my phone": look it up on the phone)
const PLACE_BEFORE = /\b(?:on|in|from|to|at|with|find|get|grab|fetch|check|look at|am for)\s+(?:my|the|your|this)\s*$/;
// (the caller's number asked about; not the person's own code read as a question, "Is it six hundred thirty-one…?")
// ("What's your number again, 202-555 something?": the caller's, asked back)
const ASKING_BEFORE = /(?:\byou said|\bdid you (?:dial|call from)|\byour [a-z ]{0,24}(?:number|phone|line)\?\s*(?:is it|was it))\b[^.!\n]{0,28}$|\bwhat(?:'s| is| was) your (?:[a-z]+ )?(?:number|phone|line)\b[^.!?\n]{0,28}$/;
const ASKED_AFTER = /^[^.!\n]{0,32}\?/;
// ("bKash helpline is 16247": a firm's line named before its number)
const HELPLINE_BEFORE = /\b(?:helpline|hotline|help line|customer care|call cent(?:er|re))(?: number| no)?(?: is|:|'s)?\s*$|(?:客服|热线)(?:电话)?(?:是|为|：|:)?\s*$/;
// (or named by it at once: "he called the 0800-26477 helpline")
const HELPLINE_AFTER = /^[\d\s-]*(?:(?:is|was|are)\s+(?:the|their|its|our|his|her)\s+(?:only |official |real |proper |right )?)?(?:helpline|hotline|help line|customer care(?: number| line)?|support line|complaints? line|call cent(?:er|re))\b/;
// A number taken back as soon as said, as some other thing's: "one two three— no, that's the letter's reference. Mine's …".
// (or said at once to be a date, the reply ending there: "there's 2024 and 12 and 02, that's the date.")
const TAKEN_BACK_AFTER = /^[\s—–-]*(?:no|oh|wait|sorry)\b[,.!]?\s*(?:(?:no|wait|sorry)[,.!]?\s*)?(?:that'?s|that is|this is) (?:the|a|my|his|her|their|your) (?:[a-z']+ ){0,2}(?:reference|ref|order|invoice|tracking|case|claim|policy|customer|member|date|serial)\b|^,?\s*(?:that'?s|that is) (?:the|a|just the) date\s*[.!]?\s*$/;
const NOT_YOURS_AFTER = /^\s*(?:is ?n'?t|is not|was ?n'?t|was not) (?:saved (?:as|under) |in my phone as |(?:really |even )?)(?:yours|your (?:real |usual |own )?(?:number|phone|cell|mobile|line))\b/;
const MINE_AFTER = /^[^.!]{0,40}\b(?:for me|my|mine)\b/;
// (or sent just now, "okay i sent it the control number is…", to "Send $750 to Carlos Mendez in Kingston, Jamaica, and call me back with the
// control number.")
const SUM_NAMED = /\b(?:payment|charge|charged|bill|fee|invoice|refund|(?:pounds|dollars|euros?|rand|naira|pesos|rupees|bucks|quid))\b|[$£€¥]|元|块钱?|费用|扣费|金额/;
const MONEY_SENT_NOW = /\bi (?:just |already )?sent (?:it|the money|the cash)\b/;
const SEND_SUM = /\b(?:send|wire|transfer) (?:the )?(?:\$|£|€) ?\d/;
const MONEY_SENT = /\b(?:western union|moneygram|money ?gram|ria|wire transfer|money transfer|mtcn)\b/;
const LINE_ASKED_BEFORE = /\bis (?:it still|this|that|the [a-z ]{1,24}?)(?: still)?\b[^.!?\n]{0,24}$/;
/**
 * The secret the person's own question just before names, as the number answering it is: the last it names, not where that
 * is ("The passcode to open the phone? It's 1 9 3 6 0 2", "the same PIN on the new debit card? It's 3 9 5 1").
 */
function ownQuestion(p: DigitRun, ctx: Context): Verdict {
  const a = p.starts[0]!;
  const secret = (l: Label) => l.kind !== 'not' && l.kind !== 'number';
  // (not where something harmless is asked for, nor a question about the caller's own: "what was your phone number? That's…")
  // (and only where the text asks a question a reply answers: most hold none)
  if (ctx.caller?.asksHarmless || ctx.caller?.asksSum || !ctx.talk.may(ANSWERED_OWN)) return null;
  let q = labelBefore(ctx.labels, a, 72, secret);
  if (!q || !ctx.talk.in(ANSWERED_OWN, q.at, a) || /\byour\b|你的|您的/.test(ctx.t.slice(Math.max(0, q.at - 16), q.at))) return null;
  for (let prev = labelBefore(ctx.labels, q.at - 1, 60, secret); prev && ctx.talk.in(WHERE_BEFORE, Math.max(0, q.at - 24), q.at) && !/[.!?]/.test(ctx.t.slice(prev.at, q.at)); prev = labelBefore(ctx.labels, prev.at - 1, 60, secret)) q = prev;
  const v = labelled(q, p, ctx);
  // ("my card? it's 04 27" answering a request for its expiry: printed on the card, case 91)
  return v === 'card' && (isExpiry(p) || (MONTH_YEAR.test(p.digits) && !!ctx.caller?.asks.has('expiry'))) ? 'no' : v === 'no' ? null : v;
}
/**
 * A secret's label, an aside, then its value, whatever the line now asks: "my driver's license number, you asked for it
 * before, is SR448193", "the other account, the savings at the credit union, is 00-71-4492-08", "Last four of my social,
 * you said? It's 3306": the reply says what the value is (the caller's moving on is no reason to read it otherwise).
 */
function givenAfterAside(p: DigitRun, ctx: Context): Verdict {
  // (from the letters before the digits, glued or a space apart: "SR448193", "K 4 4 1 9 0 2 7 3")
  const spaced = p.prefix ? null : spacedLead(ctx.t, p.starts[0]!);
  const a = p.starts[0]! - (p.prefix || (spaced && !LEAD_WORDS.has(spaced[1]!) ? spaced[0].length : 0));
  // (a look at the words just before first: most numbers follow no "is", and need no label looked for)
  if (!ctx.talk.in(SAID_IS, Math.max(0, a - 8), a) && !ctx.talk.in(ASIDE_ENDS, Math.max(0, a - 4), a)) return null;
  // (past a label the aside itself names: "The member ID is, let me flip the card, BHX 902…")
  // (nor where the aside says the value is printed: "社保卡号，我找找，卡上写着，是 3 2 0 1…" is the 社保卡号's)
  const q = labelBefore(ctx.labels, a, 96, (l) => l.kind !== 'not' && l.kind !== 'number' && !placeOf(ctx.t, l) && !ctx.talk.in(PRINTED_HERE, l.at, l.at + 4) && ctx.talk.in(AFTER_ASIDE, l.at, a));
  const b = spanOf(p)[1];
  // (not a number asked back, nor a company's line: "I forgot my password so I called the bank, it's 1-800-432-1000 right?")
  if (ctx.talk.in(ASKED_BACK, b, b + 16) || (p.digits.length >= 10 && /^1?8(?:00|33|44|55|66|77|88)/.test(p.digits)) || isOfficial(p.digits)) return null;
  if (!q || negatedAt(ctx.t, q.at, ctx.talk) || othersLabel(ctx.t, q.at, undefined, ctx.talk) || /\byour\b|你的|您的/.test(ctx.t.slice(Math.max(0, q.at - 16), q.at))) return null;
  // (not a balance nor a card's end, "My savings account, the one at Chase, is 15000 or so", "The card, the one I used at Target, is
  // 4471": an account's number is eight digits or more; nor what a harmless label in the aside names, "the reference number they gave me")
  // (nor a date: "My ID says, let me check, 03 14 1962")
  if ((q.kind === 'card' && p.digits.length < 8) || amountAround(ctx.t, a, b) || endWithin(ctx.labels.harmlessEnds, a, a - q.at) || isDateOrTime(p) || spacedDate(p)) return null;
  // (a card's security code is read by where it is printed, "on the back, in italic, 0 4 7": not here)
  if (q.kind === 'cvv' && !ctx.talk.in(SAID_IS, Math.max(0, a - 8), a)) return null;
  const v = labelled(q, p, ctx);
  return v === 'no' ? null : v;
}
const SAID_IS = /(?:\bis|'s|\bwas|是)\s*$/;
/** A date read in three groups, month, day and year, without a date's marks: "03 14 1962". */
const PRINTED_HERE = /^卡(?:上|面|背)/;
const spacedDate = (p: DigitRun) => p.groups.join() === '2,2,4' && Number(p.digits.slice(0, 2)) >= 1 && Number(p.digits.slice(0, 2)) <= 12 && Number(p.digits.slice(2, 4)) >= 1 && Number(p.digits.slice(2, 4)) <= 31 && /^(?:19|20)/.test(p.digits.slice(4));
const ASIDE_ENDS = /[,，?]\s*$/;
// (the aside, set off by a comma, holds no digit, no sentence's end and no refusal: "my PIN, which I won't give you, is…" gives
// nothing yet; a question is ownQuestion's); its end a comma or a question and then "is", or the value at once (after a question
// of three words or more: "the code? 902101" answering "What's your ZIP?" is the ZIP): "The member
// ID is, let me flip the card, BHX 902…", "you want my license number so you can check? D412-7719-0385", "医保卡号……我看看卡上，是 H4401…"
const AFTER_ASIDE = /^(?=[^.!?。！？\d]*[,，?])(?![^.!?\d]*\b(?:not|never|won'?t|don'?t|no)\b)(?:[^.!?。！？\d]{4,88}(?:[,，]|\?)\s*(?:it'?s|it is|is|that'?s|was|是)|[^.!?。！？\d,，]{0,40}[,，]\s*[^.!?。！？\d,，]{4,60}[,，]|(?=(?:[^\s?]+\s+){3})[^.!?。！？\d,，]{4,60}\?)\s*$/;
const WHERE_BEFORE = /\b(?:open|on|of|for|from|in|unlock)\s+(?:the |my |your |this )?(?:[a-z]+ )?$/;
const ANSWERED_OWN = /^[^.!?]{0,60}\?\s*(?:it'?s|it is|that'?s|that is|mine'?s|mine is)\s*$/;
const PASSWORD_FOR = /\b(?:pin|password|passcode)(?: number| code)? (?:for|of|on|to) (?:my|the|your|this|that) (?:[a-z-]+ )?$/;
/**
 * A mainland mobile the shape of a US toll-free number ("手机 187 7732 4406", 1-877-…): grouped as a mobile is (3-4-4) or
 * written whole in Chinese, it is the mobile.
 */
// (a card's back in words the cvv's label leaves to the rest of a number, "卡后面的")
const CARD_BACK_ZH = /^卡(?:片)?的?(?:后面|背后|反面)/;
/** An official or toll-free number as it is written here: not a mobile of that shape, nor an account's digits grouped as no phone's are ("80029 41556"). */
// (a number grouped 3-2-4 is a social security number's, whatever its start: "106-28-2898" is no SMS service's)
// (a Chinese SMS sender's 106 start says nothing in a reply with no Chinese in it: "account number 1065 4498 207")
const officialHere = (p: DigitRun, t: string, a: number) => isOfficial(p.digits) && !mobileHere(p, t, a) && !isSsnShaped(p) && !(p.digits.startsWith('106') && !HAN.test(t))
  && !(p.digits.length >= 10 && p.groups.length > 1 && /^1?8/.test(p.digits) && !/^(?:1|1?8(?:00|33|44|55|66|77|88))$/.test(p.digits.slice(0, p.groups[0])));
// (a Chinese mobile, not a North American toll-free line with its 1, where it is written in one piece in Chinese talk: "手机号，18774650392",
// "18774650392 先试下咯")
const mobileHere = (p: DigitRun, t: string, a: number) => p.digits.length === 11 && isMobile(p.digits) && (p.groups.join() === '3,4,4' || (p.groups.length === 1 && (/[\u4e00-\u9fff]\s*$/.test(t.slice(Math.max(0, a - 4), a)) || HAN.test(t))));
const TRANSFER_PIN_BEFORE = /\btransfer pin\b[^.!?\d]{0,12}$/;
// (a PIN read off a screen: "it says PIN 3 9 1 7 0 5")
const SCREEN_PIN_BEFORE = /\b(?:it says|it shows|shows|reads)\s+(?:the\s+)?pin\b[\s:]*$/;
// (a line asking for the transfer PIN a carrier's app makes for one port: "generate a Number Transfer PIN", "the transfer PIN the app just made")
const CARRIER_PIN_ASKED = /\bnumber transfer pin\b|\btransfer pin\b[^.?!]{0,60}\b(?:app|generat\w*|just (?:made|got))\b|\b(?:app|generat\w*)\b[^.?!]{0,60}\btransfer pin\b/;
const PAC_NAMED = /\bpac(?: code)?\b/;
const CARRIER_TALK = new RegExp(`${CARRIER.source}|\\b(?:port(?:ing)?|e?sim|number transfer|cricket|mint mobile)\\b`);
// An e-mail address, a separator or a word for the password, then one word: "x@y.com / M00nph@se!22", "x@y.com pw rover!1".
const EMAIL_THEN_WORD = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s*(?:[/|,:;]|\band\b|\bpw\b|\bpass(?:word)?(?: is)?\b)?\s*(?:[/|,:;]\s*)?([^\s,;]{6,64})/;
const MEETING_EN = /\b(?:meeting|zoom|webex|teams)\b/;
const SENT_BY_THEM = /\b(?:the one|the number|the id) (?:in|from) (?:the|your|ur) (?:message|text|sms|link|e-?mail)\b|\b(?:you|u) (?:just )?(?:sent|texted)\b/;
const MEETING_SENT = /链接|已发|发送|发给|发您|发你/;
/**
 * Whether the meeting whose number's label is at `at` is the caller's: its link sent by a line that asks for no code, or by one that
 * says the caller makes the meeting ("我这边建好会议 链接发您") or sends its number ("会议号我短信发给您"), and the person does not say they made it.
 */
/**
 * Whether a number read as a remote tool's is the caller's meeting's, named just before, where the line says the caller makes it or
 * sends its number ("会议号我短信发你" → "会议号，哦短信来了，八九六，三零二，幺七五"; a word or two may come between the label and the number).
 */
function callersMeetingNumber(t: string, a: number, label: Label | undefined, ctx: Context): boolean {
  const named = label ?? labelBefore(ctx.labels, a, 16);
  return !!named && t.startsWith('会议', named.at) && !!ctx.caller && (MEETING_MADE.test(ctx.caller.text) || MEETING_NUMBER_SENT.test(ctx.caller.text)) && callersMeeting(t, named.at, ctx.caller);
}
const callersMeeting = (t: string, at: number, caller: CallerLine | undefined) => !!caller && MEETING_SENT.test(caller.text) && (!caller.asks.has('code') || MEETING_MADE.test(caller.text) || MEETING_NUMBER_SENT.test(caller.text))
  && !MEETING_MADE.test(t.slice(Math.max(0, at - 24), at));
// ("会议号我短信发给您": the caller sends the number)
const MEETING_NUMBER_SENT = /会议号[^。！？]{0,4}(?:我|我们)(?:用|这边)?(?:短信|微信)?发(?:给|到)?(?:您|你)/;
const MEETING_MADE = /我(?:这边|这里)?(?:开|建|创建|发起|预约)(?:好|了)?(?:个|一个)?(?:视频|腾讯)?会议(?!记录|纪要|室)/;
// ("我股票账户在国泰君安，买了600519和000858": a share's code bought or sold)
const STOCK_TALK = /股票(?!账户)|(?:买了|买的|卖了|卖的|持有|加仓|补仓)\s*(?:60|68|00|30)\d{4}(?!\d)|炒股|持仓|[那这哪]只票|只股|个股|涨停|跌停|大盘|板块|基金代码|买的基金|\b(?:stock|shares|ticker)\b/;
const SAID_MINE = /我的|\b(?:my|mine)\b/;
const NEW_NUMBER = /新的?(?:手机)?号码?|换了?(?:个)?号|\bnew (?:phone |cell )?number\b/;
// (not 收款 alone: "收款卡用工行的 62122…" is the person's own card, to receive a loan)
// A line that gives an account to pay into: the caller's ("转8000到下面的监管账户 … 账号：…", "transfer it into this safe account").
const PAY_INTO = /(?:转|打|汇|存)(?:到|入|进)[^。！？\n]{0,12}(?:账户|账号|帐户|帐号)|(?:收款|对方|安全|监管|指定)的?(?:账户|账号|帐户|帐号)|\b(?:pay|send|transfer|deposit|wire|move)\b[^.!?\n]{0,30}\b(?:into|to) (?:this|our|the following|the|my) (?:safe |secure |holding |verification )?(?:account|acct)\b/;
const PAYEE_BEFORE = /(?:对方|安全|监管)(?:的)?(?:账户|账号|帐户|帐号|卡号?)[^。.！!？?\d]{0,6}$|\b(?:payee|beneficiary|recipient|receiving|safe|their|your) (?:account|acct)(?: number| no)?\b[^.!?\d]{0,12}$/;
const ACCOUNT_SENT = /(?:账号|账户|帐号|帐户|卡号)[^。！？]{0,6}?(?:我|已经)?(?:短信|微信)?发(?:个|条)?(?:短信|微信)?(?:给|到)?(?:你|您)|(?:发|发送)(?:你|给你|您|给您)(?:的)?(?:微信|短信)[^。！？]{0,6}(?:账号|账户)|\b(?:i'?ll|i will|i'?ve|i have|we'?ll|we will|we'?ve|we have) (?:just )?(?:text|texted|send|sent|email|emailed|e-mailed)(?: you)? (?:our|the|my) (?:account|bank) (?:number|details)\b/;
const SENTENCE_ASKS = /^[^\n。.!！?？]{0,20}[?？]/;
// (asked with a tag and no mark, as chats type it: "一三八 尾号五五二一的吧 阿姨给你打个电话")
// (or asks what it was: "一三九 四七八几来着 后四位多少 你说说")
const SENTENCE_TAG_ASKS = /^[^\n。.!！?？]{0,20}(?:吧|吗)(?![\u4e00-\u9fff])|^[^\n。.!！?？]{0,4}(?:几来着|啥来着|什么来着|多少来着)/;
// (the phone asked for, named back as the reply's own just before: "My number? Oh seven seven, four one... wait.")
const MY_NUMBER_BEFORE = /\bmy (?:mobile |phone |cell |own )?number\b[?.,!…\s]*$/;
// The number of a call the person took: "接了一个 说是农业局的 我没理他 号码是…" (not their own, nor a card's or an ID's)
const CALL_TAKEN_BEFORE = /接(?:了|到|过)(?:一个|个|一通|一次)?[^。.！!？?\d]{0,30}(?<!我的?|卡|账|证|身份)(?:号码|电话)(?:是|为)?[\s：:]*$/;
// A number the person says next they will call: "… two three two... something. I will call that", "HBL's own number is 111-111-425 and I am
// ringing it now".
// (and in Urdu or Hindi, "3737 pe khud call kar ke poochta hoon": I'll call 3737 myself and ask)
const I_CALL_IT_AFTER = new RegExp(`${RUNG_ON_AFTER.source}|^[^!?\\n]{0,24}?(?:[.,]\\s*(?:then )?i(?:'ll| will|'m going to| am going to|'m gonna| am gonna) (?:call|ring|phone|dial)| and (?:then )?i(?:'ll| will|'m| am) (?:call|ring|phone|dial)(?:ing)?) (?:that|it|this)(?: number| one)?\\b(?! (?:my|a|an|the|his|her|our|their|quits|in|off|from)\\b)`);
// The caller's own number, named as theirs: "你原来那个号", "你这个号码是" (in Wu and Min "尔以前那个号", "汝这个号", "偌格号码是", "汝旧彼支号码是",
// in Cantonese "你旧嗰个号"),
// "your old number", "What number's this, …".
const CALLERS_NUMBER_BEFORE = /(?:你|您)的?(?:手机)?号码?(?:还是|是不是)[^。.！!？?]{0,12}$|(?:你|您|尔|汝|侬|恁|偌)(?:那个|这个)?(?:以前|之前|原来|原先|老|旧)(?:的|个|那个?|这个?|嗰个?|呢个?|彼支|彼个)?(?:手机)?(?:号|号码|手机|电话)[^。.！!？?]{0,16}$|(?:你|您|尔|汝|侬|恁|偌)(?:这个|格|嘅)(?:手机)?(?:号码|号|电话)(?:是|系|就是)?\s*$|\byour (?:old|previous|real) (?:number|phone|cell)\b[^.!?]{0,16}$|\b(?:this|the|that) number (?:you(?:'re| are)?|u) (?:(?:are|r) )?(?:(?:texting|calling|ringing|messaging|phoning)(?: me)? from|using)\b[^.!?]{0,16}$|\bwhat (?:number|no)(?:'s| is| was) (?:this|that)\b[^.!?]{0,16}$/;
// (the caller's line gives its own new number: "这个系我新号码，汝先存起来", read back and asked after, "幺三二，四五……尾数四五拐八这个是吧？"; or
// gives a new account in the old phone's place: "我手机摔坏了 这是同学帮我弄的新QQ")
const NEW_NUMBER_GIVEN = /(?:这|这个|呢个|该只|此)(?:是|系)?(?:我|阮|𠊎|侬|俺|伲)(?:的|个|嘅)?新(?:号码|号|手机号?|电话)|\bthis is my new (?:number|phone|cell|mobile|one)\b|\bsave (?:this|my new) number\b|\bi (?:have )?changed my (?:number|phone)\b|(?:别|不要|莫)打我?原来(?:那个|的)?(?:号码?|电话|手机)|(?:这|这个)(?:是|系)[^。！？!?]{0,8}新(?:的)?(?:qq|微信|号)/;
const ASKED_BACK = /^[^\n。.!！]{0,4}(?:\?|？|吗|吧)|^[,，]?\s*(?:right|correct|is that right|yes|对吧|对吗|是吧)\s*[?？]/;
// "March 12, 1975": a day and a year after a month's name
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/;
// ...and a year after a month and its day: "march third 1944", "june 12th, 1950"
const MONTH_DAY_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+teenth|twentieth|thirtieth|(?:twenty|thirty)[- ](?:first|second|third|[a-z]+th))[\s,]+$/;
/** A month's name just before a, or a month and its day before a year. */
const afterMonth = (t: string, a: number, d: string) => MONTH_BEFORE.test(t.slice(Math.max(0, a - 12), a)) || (isYearNumber(d) && MONTH_DAY_BEFORE.test(t.slice(Math.max(0, a - 30), a)));


const DIGITS = /\d+/g;
/** Some number in t[a, b) is a sum, a street number, cents, a year said as one ("22 Oak Lane", "10 years", "in 2019") or one the person calls. */
function harmlessDigits(t: string, a: number, b: number): boolean {
  // a number the person will call or report to: "calling 611", "im calling the number on the back of my card 1-888-762-2265"
  for (const run of findRuns(t.slice(a, b))) if (calledNumber(t, a + run.starts[0]!) || (run.digits.length >= 10 && isOfficial(run.digits))) return true;
  // (read within the span only: a search from a for the next digit went on to the end of a paste)
  for (const m of t.slice(a, b).matchAll(DIGITS)) {
    const [x, y] = [a + m.index, a + m.index + m[0].length];
    // (and the cents of an amount: "take the $49.95 off it")
    if (amountAround(t, x, y) || (isYearNumber(m[0]) && (YEAR_PREP.test(t.slice(Math.max(0, x - 12), x)) || modelYear(t, x, y))) || (t[x - 1] === '.' && isD(t[x - 2]))) return true;
  }
  return false;
}

/** A password's label in a refusal, and none given: "no pin 4 u", "my PIN is my business". */
function refusesPassword(talk: Talk, labels: Labels): boolean {
  const t = talk.text;
  let refused = false;
  for (const l of labels.byEnd.values()) {
    if (l.kind !== 'password') continue;
    if (!negatedAt(t, l.at, talk) && !NOT_TELLING.test(t.slice(l.at, l.at + 40))) return false;
    refused = true;
  }
  return refused;
}
const NOT_TELLING = /^\S+\s+(?:is\s+)?(?:my (?:business|own)|private|secret|none of your)|^\S+\s+and (?:i'?m|i am) not (?:saying|telling|giving|sharing)|^(?:密码|口令)[^，。！？,]{0,4}?(?:不能|不可以|不会|不想|不给|不告诉|不说|不报|不念|要保密)/;

/**
 * A password's label shortly before `a` in the same sentence, with no number between, given (not refused, not
 * someone else's); or a little further, said to be something else's number ("the PIN is the same as my
 * birthday, oh seven nineteen", "The PIN... the same as the house number... 1 4 2 7"); `asked`: the caller
 * asked for a password; `phone`: `a` is where a phone's label starts.
 */
function passwordDescribed(t: string, labels: Labels, a: number, asked = false, phone = false): boolean {
  // (answering a request for one, the description is enough: "its the same as my house number 2 0 1 6")
  if (asked && SAID_TO_BE.test(t.slice(Math.max(0, a - 48), a).replace(ELLIPSIS, ' ').split(/[.。!！?？]/).pop()!)) return true;
  // (the description is looked for only where there is one: most numbers have none before them)
  if (!labelBefore(labels, a, 64, isPasswordLabel)) return false;
  // (or said with "it's" after a few words about it: "The Verizon PIN... I set it when I got the phone, it's 5 2 5 2")
  const itIs = !phone && IT_IS_BEFORE.test(t.slice(Math.max(0, a - 8), a));
  const far = SAID_TO_BE.test(t.slice(Math.max(0, a - 64), a)) ? 64 : itIs ? 48 : 16;
  return !!labelBefore(labels, a, far, (l, end) => {
    if (l.kind !== 'password' || negatedAt(t, l.at) || othersLabel(t, l.at) || WHY_ASKED_BEFORE.test(t.slice(Math.max(0, l.at - 32), l.at))) return false;
    const between = t.slice(l.at, a).replace(ELLIPSIS, ' ');
    // (not a phone given after the password was named: "要手机号和密码，我手机 17786239051")
    // (reached by "it's" over a few words, none of them another thing's label: not "a password, but the case number, it's 78231")
    const clear = a - end <= 16 || SAID_TO_BE.test(between) || (itIs && !labelBetween(t, labels, end, a));
    return !/[.。!！?？\d]/.test(between) && !(phone && /[,，]/.test(between)) && clear;
  });
}
const ELLIPSIS = /\.{2,}|…+/g;
const isPasswordLabel = (l: Label) => l.kind === 'password';
// (the password named in a question why it is wanted: "why you need my MPIN to send me 1000?")
const WHY_ASKED_BEFORE = /\bwhy (?:do |does |would |should |are )?(?:you|u|they|he|she|the [a-z]+) (?:need|want|ask(?:ing)? for|asking)s? (?:for )?(?:my |the |our )?$/;
const SUM_TO_SOMEONE_BEFORE = /\b(?:send|sending|sent|give|giving|gave|refund|refunding|lend|lent|owe|owes|owed|transfer|transferring|pay|paying) (?:me|you|u|him|her|us|them)\s*$/;
const IT_IS_BEFORE = /\b(?:it'?s|it is|that'?s)\s*$/;
/**
 * Whether another secret's label ends after `from` and before `to`, or any label right at `to`, the number's own: "a password, but the
 * case number, it's 78231" (not a harmless word on the way, "when I got the iPhone, it's 6 0 6 1").
 */
function labelBetween(t: string, labels: Labels, from: number, to: number): boolean {
  for (let e = from + 1; e <= to; e++) {
    const l = labels.byEnd.get(e);
    if (l && (e === to ? !deviceAt(t, l.at) : l.kind !== 'not' && l.kind !== 'number')) return true;
  }
  return false;
}
// (what else a short number is of, named just before it: "余额是20", "今年是68", "门牌是1503")
const OTHER_THING_ZH = /余额|金额|钱|工资|收入|岁|年|月|日|号楼|门牌|楼|室|价|费|利息|额度|分/;
const ID_OR_CARD: ReadonlySet<LeakKind | undefined> = new Set(['id', 'card']);
const REPLY_ENDS_HERE = /^[\s。.，,！!…]*$/;
const SAID_TO_BE = /\bsame as\b|\bthe year (?:i|my|we|he|she)\b|\bmy (?:[a-z]+'s )?(?:birthday|birth year|house number|street number|zip|anniversary|age)\b|是(?:我|俺|她|他|我[妈爸儿女]|[妈爸]|孩子|儿子|女儿|老公|老婆)的?(?:生日|出生年月日?|门牌号)(?:加[^\s，,。]{0,6})?[\s，,:：]*$/;

/** A number right after its label ("卡号是…", "SSN:", "验证码"). */
// (a word begun and cut off by a dash: "My PIN is four, four, n— hmm. No.", "…eight-eight-th— hang on")
const WORD_CUT_AFTER = /^[\s,-]*[a-z]{1,4}[—–]/;
const GIVES_IN_BEFORE = /(?:…|\.{2,}|[.!?。！？])\s*(?:ok(?:ay)?|fine|alright|all right|好吧|算了|行吧)[\s,，.]*(?:it'?s|it is|here(?:'s| it is)?|是)?\s*$/;
const PIN_NAMED_BEFORE_CARD = /\b(?:pin|password|passcode)\b[^.!?\d]{0,40}$|密码[^。！？\d]{0,12}我的?$/;
function labelled(label: Label, p: DigitRun, ctx: Context): Verdict {
  const { t } = ctx;
  const len = p.digits.length;
  const [a, b] = spanOf(p);
  // ("My PIN is my late husband's birthday, oh three one five.", "the PIN's, uh, it's my old house number, one one four seven": the date or
  // the number a PIN is said to be is the PIN, whatever label the thing it names has)
  if ((len === 4 || len === 6) && (label.kind === 'not' || label.kind === 'phone') && ctx.talk.in(PIN_FROM_DATE, Math.max(0, a - 80), a)) return 'password';
  switch (label.kind) {
    case 'not': {
      // a QQ number or a WeChat ID is a handle, no secret, unless it is a mobile number ("我的QQ号是13812345678", case 88)
      // (a user name too: "用户名是手机号 13811260497")
      // (or the start of one, broken off: "额微信号就是额手机号，幺五九，二九幺幺，洞三六……")
      if (/^(?:qq|微信|用户名|登录名|user ?name)/.test(t.slice(label.at, label.at + 9))) return isMobile(p.digits) || (/^1[3-9]\d{5,8}$/.test(p.digits) && ctx.talk.in(READ_ON_AT_END, b)) ? 'phone' : 'no';
      // ("confirmation 482913" answering "read me the confirmation code we sent": the code)
      if (t.startsWith('confirmation', label.at) && ctx.caller?.last === 'code') return len >= 4 && len <= 8 ? 'code' : 'no';
      // ("Account is Zanaco Kasama branch 0281447390150": a branch's code is a few digits, and a long number after its name, where an
      // account is asked for or named, is the account's; not the branch's phone, "The branch number is 312-555-6000")
      if (len >= 8 && t.startsWith('branch', label.at) && !nanp(p) && !/^branch(?:'s)? (?:phone|number|no\b|line|#)/.test(t.slice(label.at, label.at + 16)) && (!!ctx.caller?.asks.has('card') || !!labelBefore(ctx.labels, label.at, 40, (l) => l.kind === 'card'))) return 'card';
      // "the last four digits are 8219" answering "the last four of your social?" is that secret;
      // so is "手机号码后四位是1234" (a part of a number said to be one), but not a card's last four
      // (the label itself names the end: not "VIN ending 4471", a harmless thing's number with "ending" after it)
      if (!ctx.talk.in(LAST_DIGITS, label.at, a) || !/^(?:后|末|尾|最后|last|ending|ends)/.test(t.slice(label.at, label.at + 6))) return 'no';
      // ("Five four two four, one eight zero three, three seven one nine, and the last four?" "Last four is 6 6 0 5": the end of a
      // card read out in pieces, whose start the line says back: the card whole, not its printed last four)
      // (or where the line asks for the rest, not for a last four: "And the rest?" "Last four are 2 0 4 7.")
      if (len === 4 && ctx.part === 'card' && !!ctx.caller && !ctx.caller.last && (ctx.caller.numbers.some((n) => n.length >= 8) || !LAST_FOUR_ASKED.test(ctx.caller.text))) return 'card';
      // (an ID's last four, its check digit an X, after its start in a reply before: "后四位是两幺三X" to "后面四位呢？")
      if (len === 3 && ctx.part === 'id' && /^\s?x(?![a-z\d])/.test(t.slice(b, b + 3))) return 'id';
      // "您尾号2708的卡消费200元", "put it on my Discover ending 4417": a card's last four, whatever was asked for
      if (ctx.talk.in(CARD_AFTER, b, b + 6) || (len === 4 && ctx.talk.in(CARD_WORD_BEFORE, Math.max(0, label.at - 32), label.at))) return 'no';
      const own = OWN_PART.exec(t.slice(Math.max(0, label.at - 8), label.at));
      if (own && len >= 3) return own[1] ? 'phone' : 'id';
      // "…and the last four are 2 2 1 7" answering "the last four of your social": the number the caller asked the end of
      const four = len === 4 ? ctx.caller?.lastFourOf : undefined;
      if (four === 'id' || four === 'phone') return four;
      // ("后四位 2260" answering "银行卡的后四位数字和验证码": the card's, printed, whatever else the line asks; "The one ending in 3071, it
      // expires 08/27": what ends so, with nothing named, is a card)
      // (an ID or a phone named just before is what ends so: "My social security card ends 4 0 6 1")
      const namedFirst = four !== 'card' && len >= 3 ? labelBefore(ctx.labels, label.at, 48) : undefined;
      if (namedFirst?.kind === 'id' || namedFirst?.kind === 'phone') return namedFirst.kind;
      if (four === 'card' || (len === 4 && /^(?:ending|ends)\b/.test(t.slice(label.at, label.at + 7)) && !ctx.caller?.asks.has('id') && !ctx.caller?.asks.has('phone') && !/^\s*(?:\.{2,}|…)?\s*\d/.test(t.slice(b, b + 6)))) return 'no';
      // ("Just confirm the last four digits": of the social security number, which such calls read in parts)
      if (len === 4 && ctx.part === 'id') return 'id';
      // "my social security number... let me see... the last four digits are 4211": the part of the number named just before
      const named = len >= 3 ? labelBefore(ctx.labels, label.at, 48) : undefined;
      if (named?.kind === 'id' || named?.kind === 'phone') return named.kind;
      // ("卡是工行的 尾号 6803" answering a request for the ID card's photo: the card's last four, the card named
      // just before in the same sentence)
      if (named?.kind === 'card' && len <= 4 && label.at - named.at <= 16 && !/[.?!。？！]/.test(t.slice(named.at, label.at))) return 'no';
      const asked = ctx.caller && askedKind(ctx.caller, saidOnce(p));
      // "it ends in 0366" answering a request for the card: its last four, printed on every receipt
      return asked === 'card' && len <= 4 ? 'no' : asked || 'no';
    }
    case 'expiry': // "exp 12/27", "有效期2027年": a date, printed on the card (case 91); with the code after it, the card's
    case 'cvv':
      // (with the card's number in the same reply it is masked with it: "card number 4532…, expiration 02/2025")
      // ("车险到期是2024.06.30": a day in it, no card's expiry; nor the year first, "有效期到2026.03")
      if (label.kind === 'expiry' && (((isExpiry(p) || isYearNumber(p.digits) || MONTH_YEAR.test(p.digits) || (p.groups[0] === 4 && YEAR_MONTH.test(p.digits)) || (p.groups.length === 3 && isDateOrTime(p))) && !ctx.talk.says(CARD_NUMBER_IN)) || ctx.talk.in(ID_DOCUMENT, Math.max(0, label.at - 12), label.at) || ID_DOCUMENT.test(ctx.caller?.text ?? ''))) return 'no';
      // ("卡背面写的 08/27": an expiry said after the card's back, alone, printed on it, case 91)
      if (label.kind === 'cvv' && isExpiry(p) && !ctx.talk.says(CARD_NUMBER_IN)) return 'no';
      // ("社保卡号啊 我看一下卡背面 是 H 三四 二九〇 幺六八 七" answering a request for the social security card's number: the back is where
      // the person looks, and the number is the one the line asks for)
      if (label.kind === 'cvv' && len >= 5 && !isExpiryAndCvv(p) && ctx.caller?.last === 'id' && !isOfficial(p.digits) && !nanp(p) && !ctx.talk.says(GIFT)) return 'id';
      // ("我自己打卡背面的95555问": the bank's number printed on the back, which the person rings)
      if (label.kind === 'cvv' && len >= 5 && officialHere(p, t, a)) return 'no';
      // "your security code: 30718845" in an e-mail is a one-time code, not the three digits on a card; a gift card's number on its
      // back is the card's, what the caller cashes (case 59: "it's a Vanilla Visa… The number on the back is four one eight six, two two oh—")
      if (label.kind === 'cvv' && len >= 5 && len <= 8 && !isExpiryAndCvv(p)) return ctx.talk.says(GIFT) ? 'card' : 'code';
      // ("it's on a label on the back... 2 1 6, 5 5 5, 0 1 9 4" answering a request for a number to reach the person: a phone's)
      if (label.kind === 'cvv' && nanp(p) && !/^1?8(?:00|33|44|55|66|77|88)/.test(p.digits) && ctx.caller?.asks.has('phone') && !ctx.talk.says(CARD_NUMBER_IN)) return 'phone';
      // "the number on the back of my card, 1-800-935-9935" is the bank's, to call
      // (a code of three or four digits may be 311 or 911 too; its start broken off counts, "Three digit is four four... hang on.", not
      // one put right at once, "one... two... no one three... one three seven")
      return (len >= 3 || (len === 2 && (ctx.talk.in(READ_ON_AT_END, b) || ctx.talk.in(CUT_SHORT, b)) && !/\d/.test(t.slice(b, b + 24)))) && !(len > 4 && isOfficial(p.digits)) ? 'card' : 'no';
    default:
  }
  // a count or a sum after the label is not the secret: "验证码5分钟内有效", "card fee 50 dollars", "'OTP for USD 487.00 at MERCH-PAY LTD'"
  // (or written with a thousands comma where the reply names a currency near it: "'Pay KSh 5,000.00 … Enter PIN'] this one is saying 5,000 not 50!!")
  if (len <= 8 && (unitAfter(t, b) || ctx.talk.in(CURRENCY_BEFORE, Math.max(0, a - 5), a) || (ctx.talk.in(THOUSANDS_WRITTEN, a, b) && ctx.talk.in(CURRENCY_NAMED, Math.max(0, a - 160), b + 160)))) return 'no';
  // ("I'm not giving you any one-time password. It's 11:05": a clock's time is no secret's value)
  if (p.seps.includes(':') && isDateOrTime(p)) return 'no';
  switch (label.kind) {
    case 'code':
    case 'password':
      // "不给验证码 12321": a hotline after a refused code is the hotline, and after a password's label whatever is said ("交罚款要啥交易密码
      // 12123我手机上就有app": no PIN is a hotline's five digits), and one named as its app or its line ("还要验正码？我平时都在12123app上交的")
      if (isOfficial(p.digits) && (negatedAt(t, label.at, ctx.talk) || (label.kind === 'password' && len >= 5) || /^\s*(?:app|热线|官网|客服)/.test(t.slice(b, b + 6)))) return 'no';
      // a meeting's number is the code that lets the caller watch a shared screen (case 117); read from the
      // link the caller sent ("会议链接已经发送" → "会议号 521-884-307 几点开"), it is the caller's
      // (or said to be theirs: "你发的会议号是 8 8 5 2 0 3 1 4 7，我输进去了")
      // (not one the person made: "我开了个会议，会议号 862 553 917，你进来吧")
      // (the caller's too where the line says the caller makes it and sends it: "我这边建好会议 链接发您 点进来就行" → "点进来了 会议号 613
      // 902 758 是这个吧")
      if (t.startsWith('会议', label.at) && (callersMeeting(t, label.at, ctx.caller) || othersLabel(t, label.at, undefined, ctx.talk))) return 'no';
      // "…and the code is 537" answering a request for the security code: the code on the back; so is one
      // said right after the card's expiry ("oh nine slash twenty nine and the code is one one ate") or its number
      // ("here's the AmEx: 3472-189035-61008, code 4412")
      if (label.kind === 'code' && (len === 3 || len === 4) && (ctx.caller?.last === 'cvv' || ctx.talk.in(EXPIRY_BEFORE, Math.max(0, label.at - 40), label.at) || (ctx.talk.in(CARD_ITS_CODE, label.at, a) && ctx.talk.in(CARD_NUMBER_BEFORE, Math.max(0, label.at - 48), label.at) && cardBefore(t, label.at)))) return 'card';
      // "the PIN is 5839 2210 7741" of a gift or prepaid card: what the caller cashes, the card's (docs/labelling.md, case 59)
      if (giftTalk(ctx.talk, label, len, ctx.caller)) return 'card';
      // (a part said to be one, "验证码前三位是九二七", or the start read as the line was cut, "验证码是三八……等一下", "code: 318-…", or with a pause as
      // the reply ends, "验证码 7 3 1，", counts; not "the code is 537", three digits said whole)
      // (two digits, which no code is, then words that stop: "验证码38 等下 短信上写的是快捷支付签约")
      if (label.kind === 'code' && (len === 2 || len === 3) && (ctx.talk.in(CODE_PART, label.at, a) || ctx.talk.in(REST_UNREAD_AFTER, b, b + 12) || /^\s*-?\s*(?:…|\.{2,})/.test(t.slice(b, b + 5)) || (/^\s*[，,]\s*$/.test(t.slice(b)) && p.groups.length === len) || (len === 2 && ctx.talk.in(BREAKS_OFF, b, b + 16)))) return ctx.caller?.last === 'cvv' && !ctx.talk.in(OTP_LABEL, label.at, label.at + 16) ? 'card' : 'code';
      // (in Chinese, a code's or a PIN's first digits the reply ends on or breaks off at after its label, "会议号是 八五二", "密码是 嗯 三 九",
      // "验证码啊 呃 收到了 是四 七 幺 等等 这个短信上写的是借呗借款确认", "支付密码 3 6 不对 关个会员要支付密码干嘛": no code
      // has three digits nor a PIN two, so they are its start, read out in numerals or one by one, not "验证码是537，" said whole; not
      // refused, nor a count, "密码错了3次")
      // (and in any language, digits read out one by one as the reply breaks off after the label: "the pin is 9 3...", "Combination
      // is 0 3...")
      const breaksOff = ((p.spelled || p.groups.every((g) => g === 1)) && zhLabel(t, label.at) && (ctx.talk.in(REPLY_ENDS_HERE, b) || ctx.talk.in(BREAKS_OFF, b, b + 16))) || (p.groups.every((g) => g === 1) && (ctx.talk.in(READ_ON_AT_END, b) || ctx.talk.in(WORD_CUT_AFTER, b, b + 12)))
        // (or typed together, then cut off: "密码是83…算了")
        || (len === 2 && /^\s*(?:…|\.{2,})/.test(t.slice(b, b + 4)))
        // (or read one by one as the message ends, the code said to have come: "code asche 5 8")
        || (p.groups.every((g) => g === 1) && /^\s*$/.test(t.slice(b)) && ctx.talk.in(CODE_CAME, label.at, a) && !!ctx.caller?.asks.has('code'));
      // (a refusal the person gives in to before the digits is no refusal of them: "they always say never give the PIN... okay, it's one, nine—")
      if (len >= 2 && breaksOff && (!negatedAt(t, label.at, ctx.talk) || ctx.talk.in(GIVES_IN_BEFORE, label.at, a)) && !unitAfter(t, b)) return ctx.caller?.last === 'cvv' && !ctx.talk.in(OTP_LABEL, label.at, label.at + 16) ? 'card' : label.kind;
      // ("authenticator is showing 47" answering a line that asks for the number that pops up as it signs in: the two digits an
      // authenticator asks to match are its code)
      if (label.kind === 'code' && len === 2 && /^(?:authenticator|authy|duo)\b/.test(t.slice(label.at, a)) && !negatedAt(t, label.at, ctx.talk)) return 'code';
      // ("ok downloaded it. code is 583", "验证码是359" answering a request for the code, the message ending on them: its first half, the rest
      // in the next; or read one digit at a time off the text, "'Lloyds, your code is' seven, four, nine, and then summat about never share
      // this code"; a part counts. Not "The code is 537," said whole, nor one no line asks for; the card's own where the line asks for the
      // card's: "The number, expiry, and code from the card" · "…it runs out in July of '27, and the code is four-one-nine")
      if (label.kind === 'code' && len === 3 && (ctx.caller?.last === 'code' || !!ctx.caller?.asks.has('code')) && (p.groups.length === 1 ? /^\s*$/.test(t.slice(b)) : p.spelled && p.groups.every((g) => g === 1))
        && SAYS_BEFORE.test(t.slice(label.at, a).replace(/['"‘’“”]\s*$/, '')) && !negatedAt(t, label.at, ctx.talk) && !ctx.caller.numbers.some((n) => n.includes(p.digits)) && !ctx.talk.in(OTP_LABEL_OTHER, Math.max(0, label.at - 12), label.at + 12)) return ctx.caller.says(CARD_CODE_ASKED) ? 'card' : 'code';
      return len >= (label.kind === 'code' ? 4 : 3) ? label.kind : 'no';
    case 'card':
    case 'id':
    case 'phone': {
      // ("ji code aya hai on ammi phone.. 5 8 2 .. wait" answering a request for the code: the phone it came to, then the code read off it,
      // fewer digits than any phone's)
      if (label.kind === 'phone' && len <= 6 && ctx.caller?.last === 'code' && CAME_ON_BEFORE.test(t.slice(Math.max(0, label.at - 16), label.at)) && ctx.talk.in(CODE_NAMED, Math.max(0, label.at - 40), label.at)) return 'code';
      if (othersLabel(t, label.at, label.kind, ctx.talk) && !ownAsked(label, ctx)) return 'no'; // "你的电话", "转到你的账户"
      // ("查到了，林国栋，电话尾号八八二六，对个": a phone's last four read off what the line pointed to, to check the caller by, where no
      // phone is asked for and the reply does not call it its own; not one volunteered, "个人信息我先报一部分吧，手机后四位 7718")
      if (label.kind === 'phone' && len === 4 && ctx.talk.in(LAST_DIGITS, label.at, a) && !ctx.caller?.asks.has('phone') && ctx.talk.in(READ_OFF_BEFORE, Math.max(0, label.at - 24), label.at) && !ctx.talk.in(MINE_BEFORE, Math.max(0, label.at - 4), label.at)) return 'no';
      // ("还是会打卡后面的95533问看": the bank's number printed on the card's back, as after the cvv's label above)
      if (label.kind === 'card' && ctx.talk.in(CARD_BACK_ZH, label.at, a) && officialHere(p, t, a)) return 'no';
      // "它让填银行卡号和手机号，我填的是 6217 8500 0001 2345 678 和 18679023341": secrets named in a list, then their values in
      // turn; a number whose shape is another listed secret's (a mobile's, a resident ID's, a card's length) is that one
      const shaped = isMobile(p.digits) ? 'phone' : len >= 15 && len <= 19 ? longNumberKind(p.digits) : undefined;
      if (shaped && shaped !== label.kind && listedBefore(ctx, label, shaped)) return shaped;
      // ("PO Box 4410, Boise ID 83702": a state's letters before a ZIP code, at the end of an address)
      if (label.kind === 'id' && len === 5 && /^id\s*$/.test(t.slice(label.at, a)) && !/\bmy\s*$/.test(t.slice(Math.max(0, label.at - 4), label.at)) && ctx.talk.in(STATE_BEFORE, Math.max(0, label.at - 48), label.at)) return 'no';
      // ("I'm going to call his cell, 301-448-9072, before I read any more": a number the person calls)
      // ("我先打您办公室座机 0571-8702 3316 确认一下": the one the person dials, named by the label itself)
      // (not one said to be the person's own after it, "…call my bank first, my cell is 917…", nor handed over, "…if you need her", "我老公
      //今天在家 你打他电话 一三八 五七一二…": the caller told to ring a relative, case 87)
      if (label.kind === 'phone' && ((callsIt(t, label.at, 48, b) && !(/\bmy\s+$/.test(t.slice(Math.max(0, label.at - 4), label.at)) && /(?:\bis|'s)\b/.test(t.slice(label.at, a)))) || (ctx.talk.in(DIAL_ZH, Math.max(0, a - 20), a) && !(ctx.talk.in(YOU_DIAL_THEM, Math.max(0, a - 20), a) && namesRelative(t.slice(Math.max(0, a - 48), a)))) || iCallZh(t, a))) return 'no';
      // ("社保卡 老伴你拿一下那个卡 哦 卡号是 幺二零…" answering "您先说一下社保卡号": the number of the card that holds an ID, named
      // just before or asked for, not a bank's; a bank card's length is the card's, which 社保卡 hold too)
      if (label.kind === 'card' && t.startsWith('卡号', label.at) && (len < 15 || longNumberKind(p.digits) === 'id') && ((ctx.talk.in(ID_CARD_BEFORE, Math.max(0, label.at - 20), label.at) && !(ctx.caller && BANK_CARD_NAMED.test(ctx.caller.text))) || (!!ctx.caller && (ID_CARD_ASKED.test(ctx.caller.text) || (ctx.caller.continues && ID_CARD_ASKED.test(ctx.caller.around))) && !BANK_CARD_NAMED.test(ctx.caller.text) && !/卡(?!(?:放)?在|呢)/.test(t.slice(0, label.at).replace(/(?:社保|医保|就诊|居民健康|那个|这个|那张|这张)卡/g, ''))))) return 'id';
      // ("Okay, okay, I have my card. It's 2 1 7..." answering a request for the social security number: a bare card, where the line
      // asks for an identity document's number and no bank card, is the document's)
      if (label.kind === 'card' && len <= 9 && /^card\s*\.\s*it(?:'?s| is)\b/.test(t.slice(label.at, a)) && ctx.caller?.last === 'id' && !ctx.caller.asks.has('card')) return 'id';
      // (so is one where the line asks for a national ID by its name: "Ji, Ammi's card... five four four oh oh, dash…" to "your mother's
      // CNIC number")
      // (its first part alone too, a CNIC's five before their dash: "Mera card number 34502-")
      if (label.kind === 'card' && (len >= 6 || (len === 5 && t[b] === '-')) && t.startsWith('card', label.at) && !ctx.talk.in(PAYMENT_CARD_BEFORE, Math.max(0, label.at - 12), label.at) && !ctx.talk.in(LAST_DIGITS, Math.max(0, label.at - 16), a) && ctx.caller?.last === 'id' && !ctx.caller.asks.has('card') && ctx.caller.says(ID_DOCUMENT_ASKED)) return 'id';
      // "the PIN for my debit card is 4 9 1 7", "the password for this account is …": the PIN's, not the card's
      if (label.kind === 'card' && ctx.talk.in(PASSWORD_FOR, Math.max(0, label.at - 32), label.at)) return p.digits.length >= 4 ? 'password' : 'no';
      // ("You asked for the pin to cancel the old card, it's 9-0-4-2": four to six digits after a card named for a PIN just before are the PIN;
      // "是银行卡密码还是啥 我银行卡是391726啊", the person's own card, whole, not begun)
      if (label.kind === 'card' && len >= 4 && len <= 6 && ctx.talk.in(PIN_NAMED_BEFORE_CARD, Math.max(0, label.at - 48), label.at) && !/^\s*(?:…|\.{2})/.test(t.slice(b, b + 3))) return 'password';
      // ("密码是……八八，不对，那是我老银行卡的……是幺九八九零六二五。" answering a request for a password: the password, a card named for whose it
      // was; a card's number is never eight digits or fewer said whole)
      if (label.kind === 'card' && len >= 4 && len <= 8 && ctx.caller?.last === 'password' && ctx.talk.in(PASSWORD_NAMED_BEFORE, 0, label.at) && !/^\s*(?:…|\.{2})/.test(t.slice(b, b + 3))) return 'password';
      // "Checking 1,402.19, savings 8,800.00": a balance, not the account's number
      if (label.kind === 'card' && isFormattedAmount(p) && !p.spelled) return 'no';
      // ("Last four of my social? No. Of my card, it's 2290": four digits of a card where the line asks for a last four are the card's;
      // not its first four, "First four of the card, 4532")
      if (label.kind === 'card' && len === 4 && !!ctx.caller && LAST_FOUR_ASKED.test(ctx.caller.text) && !/[.?!。？！]/.test(t.slice(label.at, a)) && !/前|\b(?:first|start)\b/.test(t.slice(Math.max(0, label.at - 24), a))) return 'no';
      // ("打个电话给医保的12393问问", "医保的电话12393": a hotline of five or six digits after a label naming the office or its phone, no
      // number or card of the person's: no person's phone is that short, and the label names no number of theirs)
      // (not three digits, a secret's start as often as a line's, "His passport is 1 2 0, hold on", "ssn 611-")
      if (len >= 5 && len <= 6 && officialHere(p, t, a) && (label.kind === 'phone' || (isHan(t.charCodeAt(label.at)) && !/号|卡|码/.test(t.slice(label.at, a))))) return 'no';
      // "the number on the back of my card, 1-800-935-9935": a toll-free or 400 line is a company's, never a
      // person's (a short hotline's digits, "我的银行卡号是一二三四五", can be a number said to be theirs)
      // (not one's own account's number written as one, "My account number is 8881105202.", or one the line asks for: "Her account is
      // 8004611372" to "Send her Bank Windhoek account number")
      if (len >= 10 && officialHere(p, t, a) && !(p.groups.length === 1 && /^(?:account|acct)\b/.test(t.slice(label.at, label.at + 8)) && (/\bmy\s*$/.test(t.slice(Math.max(0, label.at - 4), label.at)) || !!ctx.caller?.asks.has('card')))) return 'no';
      // "my number is 542-56-8432", "…let me get my card… 542-68-9753": no phone or card number is
      // grouped 3-2-4, a social security number is (not pauses in an account read out to a line that asks for it: "Account is... three
      // three eight, four one... nine oh six two." to "And the account number?")
      if (label.kind !== 'id' && isSsnShaped(p) && !(p.spelled && label.kind === 'card' && !!ctx.caller?.asks.has('card') && !ctx.caller.asks.has('id'))) return 'id';
      // "支付宝账号13812345678": an account that is a mobile number is the phone number (a bank's is a card's)
      // ("副卡是 147 2290 6318": a second SIM's number)
      if (label.kind === 'card' && isHan(t.charCodeAt(label.at)) && isMobile(p.digits) && (!/卡|银行|bank|card|routing|checking|savings/.test(t.slice(label.at, a)) || /[副主]卡$/.test(t.slice(Math.max(0, label.at - 1), label.at + 1)))) return 'phone';
      // "my number is 542568432" answering a request for a social security number: the one asked for (not one written as
      // a phone's, "my number is 304-555-0187... oh, the social you mean")
      if (label.kind === 'phone' && /^my number\b/.test(t.slice(label.at, label.at + 10)) && ctx.caller?.asks.has('id') && !ctx.caller.asks.has('phone') && !nanp(p)) return 'id';
      // a part of a card or ID counts when it is said to be one: "卡号后四位是1234", "last four of my social"
      const part = ctx.talk.in(LAST_DIGITS, Math.max(0, label.at - 28), a);
      // A card's last four are printed on every receipt, and the mask itself keeps them: not a secret.
      if (label.kind === 'card' && part && len <= 4) return 'no';
      // ("a transfer from checking 3309": four digits after a checking or savings account are its end, as an app shows it)
      if (label.kind === 'card' && len === 4 && /^(?:checking|savings)\b(?! account)/.test(t.slice(label.at, label.at + 17)) && !/^\s*(?:[,.…-]*\s*\d|…|\.{2,})/.test(t.slice(b, b + 8))) return 'no';
      // ("it shows checking ...3307": an app shows the account's end after dots)
      if (label.kind === 'card' && len <= 4 && /\s(?:\.{2,}|…+)$/.test(t.slice(Math.max(0, a - 4), a))) return 'no';
      // "【招商银行】您账户0736于03月16日转出…": a bank's text calls the person 您 and shows only the end of the account
      if (len <= 4 && /您的?\s*$/.test(t.slice(Math.max(0, label.at - 2), label.at))) return 'no';
      // "the account I opened in… account 2019": four digits that are a year are the year
      if (len === 4 && !part && isYearNumber(p.digits)) return 'no';
      // "138xxxx5678", "6222 XXXX XXXX 1234": a number said, its middle hidden by whoever wrote it down
      const hidden = HIDDEN_AFTER.exec(t.slice(b, b + 24));
      if (hidden && len + hidden[0].length >= 7) return label.kind;
      // ("account number 0 9... no, I will go to the bank", "My social is 4 9...": its start, cut off, a part of it)
      // (not a count or an age after the pause: "Card number is 16... digits, right?", "Social... 65... I'm 65 years old")
      if (len === 2 && label.kind !== 'phone' && ctx.talk.in(CUT_SHORT, b, b + 16)) return label.kind;
      // three digits or more: the start of a number read out in pieces ("card number: 4532", then the
      // rest; "我的银行卡号是一二三") is one too; a phone number needs seven unless said to be a part
      // (three digits right after a label's letters are a word's, "aba336": four or more are needed there)
      // (or a phone's start: a mobile's, "手机号是幺五二", "我闺女的，1 3 9 1 0", or one cut off, "My cell is 7 7 3, 5 5 5,")
      // (not its start asked about, "你们记录的电话是139开头吗？")
      const begun = label.kind === 'phone' && len >= 3 && ((/^1[3-9]/.test(p.digits) && isHan(t.charCodeAt(label.at)) && !ctx.talk.in(PREFIX_NAMED_AFTER, b, b + 16)) || ctx.talk.in(PHONE_CUT_AFTER, b, b + 6));
      return len >= (label.kind === 'phone' && !part && !begun ? 7 : /[a-z]/.test(t[a - 1] ?? '') ? 4 : 3) ? label.kind : 'no';
    }
    default:
      return null;
  }
}
