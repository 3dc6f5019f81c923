// A value spelled out a character at a time, as people read a password, a Medicare number or a gift
// card's code down the phone: "capital S, u, n, s, h, i, n, e, exclamation mark", "1 e g 4 dash t e 5",
// "alpha bravo 7 4 charlie". Read on the normalised text, where number words are digits already.

const NATO = 'alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu';
// "b as in boy", "m for mary": a letter told apart from the one it sounds like
const AS_IN = '[a-z] (?:as in|for|like) [a-z]+';
const SYMBOL = 'at sign|at symbol|exclamation (?:mark|point)|bang|dollar sign|hash(?:tag)?|pound sign|number sign|underscore|dash|hyphen|star|asterisk|dot|period|percent(?: sign)?|ampersand|plus(?: sign)?|question mark';
const CASE = '(?:(?:capital|cap|caps|uppercase|upper case|upper|big|small|lowercase|lower case|lower)\\s+(?:letter\\s+)?|(?:大写|小写)的?\\s*)?';
// a digit word left among letters: "one e g four" (normalize.ts reads number words only in runs of digits)
const DIGIT_WORD = 'zero|one|two|three|four|five|six|seven|eight|nine';
// (Chinese numerals among letters: "a b 三 九 x 七")
const TOKEN = `${CASE}(?:${AS_IN}|${NATO}|${SYMBOL}|${DIGIT_WORD}|[a-z]|\\d{1,4}|[@#$%&*!_+]|[零一二三四五六七八九幺两洞拐])(?![a-z0-9'])`;
const SEP = '(?:[\\s,.;，、-]+|\\s*[,，]?\\s*(?:and then|then|and|followed by|然后|再)\\s*(?:the\\s+)?)';
// four characters or more: "a b c" and "plan a or b" are not a value
const SPELLED = new RegExp(`(?<![a-z0-9'-])${TOKEN}(?:${SEP}${TOKEN}){3,}`, 'g');
// at least two of them letters, or one told apart: spaced digits alone are read as a number (numbers.ts)
// ("b-i-s-c-u-i-t": letters joined by dashes are each one)
const LETTERS = new RegExp(`(?<![a-z0-9'])(?:${AS_IN}|${NATO}|[a-z])(?![a-z0-9'])`, 'g');
/**
 * A cheap first look: a letter standing alone (not "a" or "I", which are words), a word of the radio
 * alphabet, or a Chinese letter case. Digits read out alone are numbers.ts's, and never need the rest.
 */
// (or one a dash joins to a character or a digit's word before it: "one-E-G-four")
const MAYBE = new RegExp(`(?<![a-z0-9'-])[b-hj-z](?![a-z0-9'])|(?<![a-z0-9'])(?:[a-z]|${DIGIT_WORD})-[b-hj-z](?![a-z0-9'])|\\b(?:${NATO})\\b|大写|小写`);

const SENTENCE_NEXT = /[.!?]\s+[ai]$/;
const TIME_MARK = new RegExp(`(?:\\d|\\b(?:${DIGIT_WORD}|ten|eleven|twelve))\\s?[ap]\\.m\\b`);

/** Spans [start, end) of values spelled out a character at a time in a normalised text. */
export function spelledOut(t: string): Array<[number, number]> {
  if (!MAYBE.test(t)) return [];
  const out: Array<[number, number]> = [];
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(t); m; m = SPELLED.exec(t)) {
    // (a letter told apart, "w as in william", or one of the radio alphabet's words says it is spelt)
    // ("C-I-D 2024 0 8 8 1 5. I wrote it on my hand": "I" or "a" after a sentence's end, a word after it, starts the next one;
    // "Zebra, Z. E. B. R. A." ends with its A)
    const next = SENTENCE_NEXT.exec(m[0]);
    const cut = next && /^ [a-z]/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 2)) ? next : null;
    const text = cut ? m[0].slice(0, cut.index) : m[0];
    // (a time's "p.m.", "around 6 p.m. I thought", "at three a.m., I was", spells nothing)
    if (TIME_MARK.test(text)) continue;
    const letters = text.match(LETTERS) ?? [];
    if (letters.length >= 2 || letters.some((l) => l.length > 1)) out.push([m.index, m.index + text.length]);
  }
  return out;
}

// A spelling's words for its characters: "t as in tom" is t, "alpha" a, "four" 4; a letter's case and a symbol's name stand for none
const KEY_WORDS = new RegExp(`([a-z]) (?:as in|for|like) [a-z]+|\\b(${NATO})\\b|\\b(${DIGIT_WORD})\\b|\\b(?:${SYMBOL}|capital|caps?|uppercase|upper case|upper|big|small|lowercase|lower case|lower|letter)\\b`, 'g');
const DIGIT_WORDS = DIGIT_WORD.split('|');
/** The characters a spelling stands for, to compare with what the caller said ("T as in Tom, S, 1 2 3 4" → "ts1234"). */
export const spelledKey = (s: string) =>
  s.replace(KEY_WORDS, (_, letter?: string, nato?: string, digit?: string) => letter ?? nato?.[0] ?? (digit ? String(DIGIT_WORDS.indexOf(digit)) : '')).replace(/[^a-z0-9]+/g, '');

const HAS_DIGIT = new RegExp(`\\d|\\b(?:${DIGIT_WORD})\\b|[零一二三四五六七八九幺两洞拐]`);
/** Whether a spelling holds a digit, as a figure or a word ("X, K, four, P"): letters alone spell a name or a word. */
export const spellsDigit = (s: string) => HAS_DIGIT.test(s);
