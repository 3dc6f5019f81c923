// A password after its label: "password is Summer2023!", 'pwd:abc+123', 密码是"qwe rty", "PIN 4 8 2 9".
// Works on the normalised text, from the index where the label's filler ends (labels.ts).
import { COUNT_WITH_UNIT, isD, isDigitAt, isLetterAt } from './numbers';
import { isDigitSep } from './normalize';

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '「', '」', '『', '』']);
const MAX = 64;
// Words that say something about the password instead of being it.
const STOP = new Set([
  'secret', 'private', 'none', 'nothing', 'mine', 'safe', 'personal', 'confidential', 'not', 'never', 'what',
  'changed', 'different', 'something', 'strong', 'long', 'hidden', 'forgotten', 'unknown', 'required', 'wrong',
  'correct', 'expired', 'locked', 'reset', 'needed', 'important',
  // (what the call is: "she says bKash never calls for PIN, it's fraud")
  'fraud', 'scam', 'fake', 'illegal', 'suspicious', 'sketchy', 'dodgy', 'fishy', 'nonsense', 'ridiculous', 'crazy',
]);
// Words that say what a password is like, not what it is: "my password is just fine", "it's easy."
const PLAIN_WORDS = new Set([
  'fine', 'okay', 'good', 'easy', 'hard', 'simple', 'short', 'weak', 'same', 'there', 'here', 'saved', 'written', 'gone', 'blank',
  'empty', 'done', 'ready', 'lost', 'stolen', 'stored', 'encrypted', 'complicated', 'complex', 'random', 'unique', 'true', 'right',
  'also', 'just', 'really', 'very', 'still', 'probably', 'maybe', 'like', 'that', 'this', 'what', 'your', 'their', 'mine', 'ours',
  'sure', 'yeah', 'please', 'sorry', 'actually', 'basically', 'somewhere', 'elsewhere', 'memorized', 'memorised',
  'upstairs', 'downstairs', 'inside', 'outside', 'about', 'over', 'under', 'the', 'gonna', 'going', 'getting', 'being', 'stuck',
  'asked', 'typed', 'entered', 'accepted', 'rejected', 'used', 'shared', 'sent', 'given', 'taken', 'hacked', 'compromised', 'leaked',
  // (a label's word, or its start where a paste is cut off: "…password is pass")
  'pass', 'password', 'passcode', 'code', 'number', 'login',
]);
// Characters a typed password is made of: anything but spaces, Han and the punctuation of a sentence.
const tokenChar = (c: string) => c > ' ' && !QUOTES.has(c) && !/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef，。！？；、]/.test(c);
const TRAILING = /[.,!?;:)\]}>]+$/;
export const HAN = /[\u4e00-\u9fff]/;
const OTHER_SECRET_ZH = /卡|身份证|手机|电话|验证码|账号|帐号|账户/;

// A reply that is one word given as the answer: "It's sunshine.", "Okay, it's Fluffy.", "It is mittens, I think."
const WORD_ANSWER = /^(?:\W*(?:ok(?:ay)?|sure|yes|yeah|fine|alright|all right|well|um+|uh+|oh|hmm+|right)\b\W*)*(?:it'?s|it is|that'?s|it was)\s+([a-z]{4,24})(?=\s*(?:[.!]|,\s*(?:i think|all lower ?case|lower ?case|no caps|one word|with a capital)\b|$))/;

// (and, as a whole answer, what a screen or a thing is: "it's open", "it's fake"; PLAIN_WORDS holds "done", "ready"…)
// ("Oh, that's handy.": what the person thinks of what was said)
const STATE_WORDS = new Set(['open', 'busy', 'dead', 'broken', 'back', 'down', 'slow', 'late', 'early', 'home', 'away', 'free', 'full', 'fake', 'real', 'weird', 'odd', 'strange', 'funny', 'scary', 'false',
  'handy', 'great', 'nice', 'lovely', 'brilliant', 'perfect', 'awesome', 'wonderful', 'helpful', 'useful', 'convenient', 'kind', 'sweet', 'cool', 'terrible', 'awful', 'amazing', 'excellent']);

/** The word a reply gives as its whole answer, if it is no word that says what a password is like. */
export function wordAnswer(t: string): [number, number] | null {
  const m = WORD_ANSWER.exec(t);
  // (not what a screen or a thing is doing: "it's open", "it's downloading", "it's frozen")
  if (!m || STOP.has(m[1]!) || PLAIN_WORDS.has(m[1]!) || STATE_WORDS.has(m[1]!) || /(?:ing|ed)$/.test(m[1]!)) return null;
  const a = m.index + m[0].length - m[1]!.length;
  return [a, a + m[1]!.length];
}

/** The password's span [a, b) in the normalised text, or null when what follows is not one. */
export function readPassword(t: string, at: number): [number, number] | null {
  const n = t.length;
  if (QUOTES.has(t[at - 1] ?? '')) {
    // quoted: everything up to the closing quote, spaces included ("correct horse battery")
    let k = at;
    while (k < n && k - at < MAX && !QUOTES.has(t[k]!) && t[k] !== '\n') k++;
    const word = t.slice(at, k).trim();
    return QUOTES.has(t[k] ?? '') && word.length >= 3 && !STOP.has(word) && !/^(?:none|nothing|not|no)\b/.test(word) ? [at, k] : null;
  }
  // "密码就是我生日 19850312": a few words about it, then the password itself
  if (HAN.test(t[at] ?? '')) {
    let k = at;
    while (k < at + 6 && HAN.test(t[k] ?? '')) k++;
    // (not words that name another secret: "取款密码 我填了 卡是 6230…" gives the card after the password's label)
    if (OTHER_SECRET_ZH.test(t.slice(at, k))) return null;
    while (t[k] === ' ') k++;
    const span = k > at && isD(t[k]) ? readPassword(t, k) : null;
    // (of a password's length: not the phone number a few words on, "要输密码 我不太会弄 她电话 15823769924")
    const digits = span ? t.slice(span[0], span[1]).replace(/\D/g, '').length : 0;
    return digits >= 4 && digits <= 8 ? span : null;
  }
  // (a filler between the label and the password: "Password's, uh, Fenway")
  const filler = FILLER_FIRST.exec(t.slice(at, at + 12));
  if (filler) return readPassword(t, at + filler[0].length);
  let k = at;
  if (isD(t[k])) {
    // digits read out with separators belong together: "4 8 2 9", "一二三四五六"
    while (k < n && (isD(t[k]) || (isDigitSep(t[k]) && isD(t[k + 1])))) k++;
  }
  while (k < n && k - at < MAX && tokenChar(t[k]!)) k++;
  const word = t.slice(at, k).replace(TRAILING, '');
  const b = at + word.length;
  if (!word) return null;
  const digits = word.replace(/\D/g, '').length;
  // (the day of a month is when: "I changed all my passwords on the 10th")
  if (digits) return (digits >= 3 || word.length >= 4) && !(/^\d{1,2}(?:st|nd|rd|th)$/.test(word) && /\bthe\s+$/.test(t.slice(Math.max(0, at - 5), at))) ? [at, b] : null;
  // letters only: a password only when said plainly ("my password is sunflower."), not a word
  // that starts a sentence about it ("my password is really long")
  // ("Password's, uh, Fenway... no, hold on", "it's asking for my password, it's mittens": after the label's or "it"'s "'s" too, and a
  // filler; not "that's thoughtful")
  const said = /(?:is|was|(?:password|passcode|pin|\bit)'s|:|=|是|为)\W*(?:(?:uh+|um+|er+|erm)\W+)?$/.test(t.slice(Math.max(0, at - 16), at));
  // ("My password is sunshine and my username is bsmith.": a word of four letters or more, then the sentence's end or "and")
  return said && word.length >= 4 && !STOP.has(word) && !PLAIN_WORDS.has(word) && /^[a-z]/.test(word) && /^\s*(?:[.!,;。！，；\n]|$|and\b)/.test(t.slice(b, b + 5)) ? [at, b] : null;
}

// ("Password's, uh, Fenway", "卡密是，嗯，K七M三")
const FILLER_FIRST = /^[\s,]{0,3}(?:uh+|um+|er+|erm|嗯+|呃+|额|啊)[\s,.…]{1,3}(?=[a-z0-9])/;

// A password said out loud rather than typed: "buster exclamation point dog 88", "Chicago underscore
// Bears 85", "moonshot dash 4 4 dash btc". Its core is a digit, a symbol said as a word or typed, or a
// word of letters and digits; the words next to a core that say nothing about it belong to it.
// (sticky: read where a word starts, never on the rest of the text cut off, which would make a long paste quadratic)
// (said for several too, "two exclamation points", "hyphenated"; not inside a longer word, "hashes", "dashboard")
// (the symbols' names, one list for every reader of them here)
const SYMBOL_NAMES = "exclamation (?:point|mark)|question mark|dollar sign|at (?:sign|symbol)|pound sign|hash(?:tag| sign)?|number sign|underscore|dash|hyphen|asterisk|ampersand|percent(?: sign)?|plus sign";
const SYMBOL_WORDS = new RegExp(`(?:(?:${SYMBOL_NAMES})(?![a-rt-z]|s[a-z])|hyphen(?=ated\\b))`, 'y');
// (what any of them needs: a digit or a symbol, typed or said; a text without one holds none, and who asked need not be read)
const CORE_ANYWHERE = new RegExp(`[\\d@#$%^&*!+_~]|${SYMBOL_NAMES}`);
const NEXT_WORD = /\s*([a-z]+)/y;
// (a word of a password said aloud is made of these)
const TOKEN_CODES = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789@#$%^&*!+_~'-") TOKEN_CODES[c.charCodeAt(0)] = 1;
const isTokenCode = (c: number) => c < 128 && TOKEN_CODES[c] === 1;
// (what a password's core has: a digit or a typed symbol)
const CORE_CODES = new Uint8Array(128);
for (const c of '0123456789@#$%^&*!+_~') CORE_CODES[c.charCodeAt(0)] = 1;
function hasCoreChar(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (CORE_CODES[w.charCodeAt(i)] === 1) return true;
  return false;
}
function digitCount(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) if (isDigitAt(w, i)) n++;
  return n;
}
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isLetterAt(w, i)) return true;
  return false;
}
/** The symbol's name said at `at` ("exclamation point"), if one is. */
function symbolAt(text: string, at: number): string | undefined {
  SYMBOL_WORDS.lastIndex = at;
  return SYMBOL_WORDS.exec(text)?.[0];
}
// (the letters the symbols' names start with, and a few more: a word starting with none of them names no symbol)
const SYMBOL_HEADS = new Set([...SYMBOL_NAMES.matchAll(/(?:^|\|)(?:\(\?:)?([a-z])/g)].map((m) => m[1]!.charCodeAt(0)));
// (and a clock's time, "8:35", is no part of one either)
// (a sum's digits are read from where they start only: tried from each digit of a long run, it was quadratic)
// (a sum written with a currency's code or with thousands commas: "KSh 5,000.00", "saying 5,000 not 50")
const MONEY = /[$€£¥₦₹]\s?\d[\d,.]*|\b(?:ksh|kes|rs|inr|ngn|php|zar|ghs|ugx|tzs|usd|gbp|eur|rmb|cny)\.?\s?\d[\d,.]*|(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d,])|(?<![\d,.])\d[\d,.]*\s?(?:dollars?|bucks|euros?|pounds?|k\b)|\b\d{1,2}:\d{2}\b/g;
// Words that describe a password or carry the sentence, never part of one.
const SPEECH = new Set([
  'a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their', 'its', "it's", 'it', 'is', 'was', 'are', 'be', 'i', 'you', 'we', 'he',
  'she', 'they', 'me', 'and', 'or', 'but', 'so', 'then', 'with', 'without', 'at', 'in', 'on', 'of', 'for', 'to', 'from', 'by', 'as',
  'just', 'all', 'one', 'word', 'words', 'no', 'not', 'spaces', 'space', 'lowercase', 'uppercase', 'lower', 'upper', 'case', 'capital',
  'capitals', 'caps', 'letter', 'letters', 'small', 'big', 'end', 'start', 'beginning', 'think', 'guess', 'believe', 'maybe', 'that',
  'this', 'there', 'here', 'what', 'which', 'name', "name's", 'names', 'number', 'numbers', 'digit', 'digits', 'house', 'street',
  'password', 'passwords', 'pin', 'code', 'same', 'uh', 'um', 'umm', 'er', 'oh', 'ok', 'okay', 'well', 'yes', 'yeah', 'wait', 'hold',
  'let', 'see', 'type', 'typed', 'use', 'used', 'say', 'says', 'said', 'read', 'reads', 'show', 'shows', 'printed', 'called', 'like', 'sorry', 'please', 'now', 'again', 'also', 'plus',
  'followed', 'after', 'before', 'twice', 'times', 'sign', 'symbol', 'character', 'characters', 'have', 'has', 'had', 'do',
  'did', 'does', "don't", "didn't", "can't", 'can', 'will', "won't", 'would', 'should', 'could', 'remember', 'know', 'written',
  'write', 'wrote', 'book', 'paper', 'note', 'phone', 'computer', 'email', 'account', 'bank', 'login', 'windows', 'laptop', 'only',
  'long', 'short', 'about', 'around', 'more', 'less', 'than', 'least', 'most', 'over', 'under', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'ago', 'next', 'within', 'last', 'every', 'each',
  'never', 'ever', 'always', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'everyone', 'give', 'gave', 'given', 'tell', 'told',
  'call', 'get', 'got', 'go', 'went', 'come', 'came', 'make', 'made', 'take', 'took', 'want', 'need', 'thank', 'thanks', 'sir',
  "ma'am", 'maam', 'dear', 'honey', 'u', 'ur', 'lol', 'haha', 'yep', 'nope', "there's", "they're", "that's", "i'm", "you're",
  "we're", "he's", "she's", 'total', 'left', 'each', 'dated', 'date', 'card', 'ending', 'ends', 'online',
  // (when and how much: "with clients til 4", "take the 75 out the 5 grand")
  'til', 'till', 'until', 'out', 'off',
]);
// Things whose number follows them: "page 3", "room 12", "bus 42" are no password
const NUMBERED = new Set(['page', 'room', 'gate', 'seat', 'floor', 'bus', 'route', 'flight', 'aisle', 'exit', 'platform', 'terminal', 'building', 'suite', 'apt', 'unit', 'model', 'serial', 'version', 'invoice', 'ticket', 'order', 'case', 'reference', 'step', 'part', 'chapter']);
// Words that join two parts of a password said aloud.
const JOINERS = new Set(['then', 'and', 'plus', 'with', 'a', 'the', 'followed', 'by']);
// ...and a number's unit: "24-48 hours", "the next 6 months" are no password
const UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'time', 'times', 'people', 'percent', 'dollars', 'dollar', 'bucks', 'items', 'gb', 'mb', 'characters', 'digits', 'letters', 'long',
  'grand', 'lakh', 'lakhs',
]);

/** The word after `at` is a unit ("5 minutes"): the number before it is a count. */
function unitWordAfter(text: string, at: number): boolean {
  NEXT_WORD.lastIndex = at;
  return UNITS.has(NEXT_WORD.exec(text)?.[1] ?? '');
}
/**
 * "4444 pe call kar raha hoon" (I'm calling 4444), "apna CNIC 8171 pe khud bhej ke dekhti hun" (I'll send my CNIC to 8171 myself), in
 * Urdu and Hindi: the number is one the person rings or texts, no secret (not one the person asks to be rung on, "is number pe call
 * karna": the person's own).
 */
export const RUNG_ON_AFTER = /^\s*(?:pe|par|ko)\s+(?:khud\s+|main\s+|mai\s+|abhi\s+)?(?:(?:call|phone|fone|sms|msg|message)\s+kar(?:\s+(?:raha|rahi|rahe|ke|leta|leti|liya|li|chuka|chuki|lunga|lungi|lun|loon|lu)|ta|ti|unga|ungi|ega|egi)|bhej(?:\s+(?:raha|rahi|ke|di|diya|deta|deti|dunga|dungi|chuka|chuki|leta|leti)|ta|ti|unga|ungi|a))\b/;
/** A number right after a thing it numbers ("room 12"). */
const numbered = (w: string, before: ReadonlyArray<{ w: string }>) => /^\d/.test(w) && NUMBERED.has(before[before.length - 1]?.w ?? '');
// ...and how many of a thing were bought, sent or had: "I bought 3 vouchers of N$100", "I have 2 cards", "ah go buy 2 now", "I'll check
// Mulunguzi for the other 2" (to a line that asks for their PINs)
const COUNTING = new Set(['bought', 'buy', 'buying', 'purchased', 'got', 'have', 'has', 'had', 'sent', 'send', 'loaded', 'load']);
const PLURAL_OR_WHEN = /^(?:[a-z]{3,}s|now|today|tomorrow|later|more|first|only)$/;
function counted(text: string, at: number, w: string, before: ReadonlyArray<{ w: string }>): boolean {
  if (!/^\d{1,2}$/.test(w)) return false;
  const prev = before[before.length - 1]?.w ?? '';
  if (prev === 'other' || prev === 'another') return true;
  if (!COUNTING.has(prev)) return false;
  NEXT_WORD.lastIndex = at;
  return PLURAL_OR_WHEN.test(NEXT_WORD.exec(text)?.[1] ?? '');
}

// A password spelt piece by piece, commas between: "capital M, marisa, one nine six eight, exclamation mark". Three pieces or
// more, each a letter with its case, a symbol's word, a word or digits; one says how it is written (a case or a symbol).
const CASED = '(?:capital|caps?|upper ?case|lower ?case|small|big) [a-z]';
const SYMBOL_WORD = `(?:${SYMBOL_NAMES}|star)`;
const SPELT_PIECE = `(?:${CASED}|${SYMBOL_WORD}|[a-z]+|\\d+(?: \\d+)*)`;
const SPELT_LIST = new RegExp(`(?<![a-z0-9])${SPELT_PIECE}(?:, ?${SPELT_PIECE}){2,}(?![a-z0-9])`, 'g');
const SAYS_HOW = new RegExp(`\\b(?:${CASED}|${SYMBOL_WORD})\\b`);
const HAS_CORE = new RegExp(`\\d|\\b${SYMBOL_WORD}\\b`);

/** The text with the commas between a spelt password's pieces made spaces (offsets kept), so it reads as one clause. */
function withoutSpeltCommas(t: string): string {
  if (!t.includes(',')) return t;
  return t.replace(SPELT_LIST, (m) => (SAYS_HOW.test(m) && HAS_CORE.test(m) ? m.replaceAll(',', ' ') : m));
}

/** Whether `t` could hold a password said aloud (spokenPasswords finds none where this is false). */
export const maySpeakPassword = (t: string): boolean => CORE_ANYWHERE.test(t);

/** Spans [a, b) of passwords said aloud in a normalised text (read only where a password is asked or named). */
export function spokenPasswords(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (a comma inside a number, "$1,500", does not end a clause, nor a mark inside a word, "Sunshine!44", nor one before "then": "Tulip, then 88",
  // nor one in a password spelt piece by piece)
  for (const clause of withoutSpeltCommas(t).matchAll(/(?:[^.;?!\n,…]|,(?=\d|\s*(?:and )?then\b|\s*followed by\b)|[!?](?=[a-z0-9]))+/g)) {
    const base = clause.index;
    const words: Array<{ w: string; a: number; b: number; core: boolean }> = [];
    const text = clause[0];
    // a sum of money is no part of a password, and ends one: "worth $2,000"
    const money = [...text.matchAll(MONEY)].map((m) => [m.index, m.index + m[0].length] as const);
    let mi = 0;
    // (the words read by their characters' codes: a paste holds tens of thousands)
    for (let at = 0, next = 0; ; at = next) {
      while (at < text.length && !isTokenCode(text.charCodeAt(at))) at++;
      if (at >= text.length) break;
      next = at + 1;
      while (next < text.length && isTokenCode(text.charCodeAt(next))) next++;
      // (a symbol's name is read whole, its spaces too, and the next word looked for after it)
      const symbol = SYMBOL_HEADS.has(text.charCodeAt(at)) ? symbolAt(text, at) : undefined;
      const w = symbol ?? text.slice(at, next);
      const a = base + at;
      if (symbol) next = at + w.length;
      // an e-mail address is not a password
      if (w.includes('@') && /@[a-z0-9-]+\.[a-z]/.test(w)) continue;
      // (both in order: a pointer, not a search of every sum for every word)
      while (mi < money.length && money[mi]![1] <= at) mi++;
      if (mi < money.length && money[mi]![0] <= at) {
        words.push({ w: '', a, b: a, core: false });
        continue;
      }
      // ...nor a sum ("$200"), an ordinal ("the 3rd"), a count ("2x") or a network ("a 5g upgrade")
      // (nor a date, "3/2/2023")
      const core = !!symbol || (hasCoreChar(w) && !/^[$€£¥]|^\d+(?:st|nd|rd|th|s|x|k|am|pm|g)$|^\d{1,4}[/-]\d{1,2}(?:[/-]\d{2,4})?$/.test(w));
      words.push({ w, a, b: a + w.length, core: core && !unitWordAfter(text, next) && !RUNG_ON_AFTER.test(text.slice(next, next + 32)) && !numbered(w, words) && !counted(text, next, w, words) && !COUNT_WITH_UNIT.test(w) && !/^\d+%$/.test(w) });
    }
    const stops = (x: { w: string }) => !x.w || SPEECH.has(x.w) || UNITS.has(x.w);
    // (never back into the span before: each word is read a bounded number of times, however long the paste)
    for (let i = 0, floor = 0; i < words.length; i++) {
      if (!words[i]!.core) continue;
      let from = i;
      let to = i;
      // words said between two parts of it join them: "hellokitty then a 5", "wintersnow and then 1 2 3"
      const joinedFrom = (k: number) => {
        let j = k - 1;
        while (j >= floor && JOINERS.has(words[j]!.w) && k - j <= 3) j--;
        return j >= floor && j < k - 1 && !stops(words[j]!) ? j : -1;
      };
      for (;;) {
        while (from > floor && !stops(words[from - 1]!)) from--;
        const j = joinedFrom(from);
        if (j < 0) break;
        from = j;
      }
      while (to + 1 < words.length && (words[to + 1]!.core || !stops(words[to + 1]!))) to++;
      // (counted over the words in place: a paste holds thousands of spans)
      let letters = false;
      let digits = 0;
      for (let k = from; k <= to; k++) {
        letters ||= hasLetter(words[k]!.w);
        digits += digitCount(words[k]!.w);
      }
      const first = words[from]!.w;
      // a word with digits or a symbol, or digits said with a word ("tyler 0 5"); not a number alone
      if (letters && (to > from || (digitCount(first) > 0 && hasLetter(first))) && to - from < 8 && digits <= 12) out.push([words[from]!.a, words[to]!.b]);
      i = to;
      floor = to + 1;
    }
  }
  return out;
}
