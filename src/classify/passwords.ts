// A password after its label: "password is Summer2023!", 'pwd:abc+123', 密码是"qwe rty", "PIN 4 8 2 9".
// Works on the normalised text, from the index where the label's filler ends (labels.ts).
import { isD } from './numbers';
import { isDigitSep } from './normalize';

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '「', '」', '『', '』']);
const MAX = 64;
// Words that say something about the password instead of being it.
const STOP = new Set([
  'secret', 'private', 'none', 'nothing', 'mine', 'safe', 'personal', 'confidential', 'not', 'never', 'what',
  'changed', 'different', 'something', 'strong', 'long', 'hidden', 'forgotten', 'unknown', 'required', 'wrong',
  'correct', 'expired', 'locked', 'reset', 'needed', 'important',
]);
// Characters a typed password is made of: anything but spaces, Han and the punctuation of a sentence.
const tokenChar = (c: string) => c > ' ' && !QUOTES.has(c) && !/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef，。！？；、]/.test(c);
const TRAILING = /[.,!?;:)\]}>]+$/;
const HAN = /[\u4e00-\u9fff]/;

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
    while (t[k] === ' ') k++;
    const span = k > at && isD(t[k]) ? readPassword(t, k) : null;
    return span && t.slice(span[0], span[1]).replace(/\D/g, '').length >= 4 ? span : null;
  }
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
  if (digits) return digits >= 3 || word.length >= 4 ? [at, b] : null;
  // letters only: a password only when said plainly ("my password is sunflower."), not a word
  // that starts a sentence about it ("my password is really long")
  const said = /(?:is|was|:|=|是|为)\W*$/.test(t.slice(Math.max(0, at - 8), at));
  return said && word.length >= 6 && !STOP.has(word) && /^[a-z]/.test(word) && /^\s*(?:[.!,;。！，；\n]|$)/.test(t.slice(b, b + 3)) ? [at, b] : null;
}
