// A crypto wallet's recovery phrase: twelve or twenty-four words from the BIP-39 list, which open the wallet as a password opens an
// account (docs/labelling.md, case 121). Read out, a few at a time, it is a `password` leak: where the line asks for the phrase, three
// of its words in a row; anywhere else, twelve in a row, which no sentence makes (the list has none of "the", "is", "and", "I"). Its
// words that everyday talk is full of ("please just wait") are not counted.
import { wordlist } from '@scure/bip39/wordlists/english.js';

/** A line asks for a wallet's recovery phrase ("your wallet's recovery phrase, the twelve words", "read me the seed words"). */
export const PHRASE_ASKED = /\b(?:recovery|seed|secret|backup|mnemonic|wallet) (?:phrase|words)\b|\b(?:12|twelve|24|twenty[- ]four)[- ](?:word|words)\b|助记词/;

/**
 * A word of the list. The list is in alphabetical order (BIP-39 keeps it so), so a word is looked up by halving: a Set of its 2,048
 * words took a millisecond to build on a fresh process's first English reply (bench/secrets.ts, "fresh process").
 */
function listed(w: string): boolean {
  let lo = 0;
  let hi = wordlist.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = wordlist[mid]!;
    if (x === w) return true;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
// Words of the list that everyday talk is full of ("please just wait", "you know what"): they may stand in a phrase read out, but do not
// count towards making one.
const EVERYDAY = new Set(
  ('that have you this they say will one all there what about when make can like time just know people into year good other then now ' +
    'only come over also use two work first way want because any give day very right okay please sorry thank wait hold moment minute ' +
    'second hello sure fine little try call phone number card code account need help check still again where much more next same ' +
    'another never always already enough kind sort thing nothing someone tell ask talk mean feel write open close start turn keep leave ' +
    'stay put bring move live believe remember forget worry afraid weird real true false safe easy hard simple wrong great nice best ' +
    'better old young early soon today tomorrow night morning month hour home family daughter wife husband mother father friend police ' +
    'office screen online message text letter name address problem issue question answer reason case matter point side place end').split(' '),
);
// (fillers and joiners between the words: "apple river uh tiger, then blanket")
const BETWEEN = new Set(['uh', 'um', 'er', 'erm', 'then', 'and', 'next', 'comma', 'okay', 'ok']);
const WORD = /[a-z]+/gi;
// A word's place in Chinese ("第一个", "第 2"), before the word.
const PLACE = '第\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*';
/** A text says words by their places ("第一个是 apple"). */
export const PLACES_SAID = new RegExp(`${PLACE}个[^a-z]{0,6}[a-z]`, 'i');
const ORDINAL_GAP = new RegExp(`^[\\s,，、]*(?:然后|接着|再)?${PLACE}个?(?:词|单词)?\\s*(?:是|为)?[\\s:：,，]*$`);

/**
 * Where runs of recovery-phrase words stand in `t`, fillers between them allowed, with at least `least` words that everyday talk does
 * not use all the time: [start, end] each.
 */
export function phraseRuns(t: string, least: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  let end = -1;
  let count = 0;
  const close = () => {
    if (count >= least) runs.push([start, end]);
    count = 0;
    start = -1;
  };
  let last = -1; // where the last word of the run or filler in it ends
  for (const m of t.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const at = m.index;
    // (only spaces and commas between words: a sentence's end or a digit breaks the run; or a word's place, "第一个是 apple 第二个
    // ocean", which says a phrase is read out and counts as one of its words)
    if (start >= 0) {
      const gap = t.slice(last, at);
      if (ORDINAL_GAP.test(gap)) count++;
      else if (!/^[\s,]*$/.test(gap)) close();
    }
    if (listed(w)) {
      if (start < 0) start = at;
      end = last = at + w.length;
      if (!EVERYDAY.has(w)) count++;
    } else if (start >= 0 && BETWEEN.has(w)) last = at + w.length;
    else close();
  }
  close();
  return runs;
}
