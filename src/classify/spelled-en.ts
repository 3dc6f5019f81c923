// English number words read as digits, in place over the units being normalised: "five five two",
// "double five", "forty-eight", "twenty twenty four". A run needs two digits or more and one
// word that is only ever a number ("oh" and "o" alone are not), so "no one knows" stays words.
import { EN_HOMOPHONES, EN_PLURALS, EN_REPEAT, EN_TENS, EN_WEAK, EN_WORDS } from './digits';
import { COUNTED, type Units, SAID_MARKS, isDigitCode, isDigitSepCode, isLetterCode } from './units';

/**
 * How every number word starts (its first three letters, or all of a shorter one): other words are
 * not looked up. Three letters rule out nearly every common word ("the", "only", "first", "see")
 * that two would let through; a word can be a number word only if its start is one of these.
 */
const WORDS = [...Object.keys(EN_WORDS), ...Object.keys(EN_TENS), ...Object.keys(EN_REPEAT), ...Object.keys(EN_HOMOPHONES), ...Object.keys(EN_PLURALS)];
const key3 = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c;
const START = new Set(WORDS.map((w) => key3(w.charCodeAt(0), w.charCodeAt(1) || 0, w.charCodeAt(2) || 0)));
/** The key of the word starting at i: its first three letters, or all of a shorter one. */
const keyAt = (c: Uint16Array, i: number, n: number) => {
  const b = i + 1 < n && isLetterCode(c[i + 1]!) ? c[i + 1]! : 0;
  const d = b && i + 2 < n && isLetterCode(c[i + 2]!) ? c[i + 2]! : 0;
  return key3(c[i]!, b, d);
};
const startsNumber = (c: Uint16Array, i: number, n: number) => START.has(keyAt(c, i, n));
const MAX_WORD = 12;
const HOMOPHONE_START = new Set(Object.keys(EN_HOMOPHONES).map((w) => key3(w.charCodeAt(0), w.charCodeAt(1) || 0, w.charCodeAt(2) || 0)));
/** Words after which "one" is a pronoun ("the other one", "this one", "which one", "the little monthly one"), not a digit. */
const PICKS_ONE = new Set(['other', 'another', 'this', 'that', 'which', 'each', 'every', 'any', 'same', 'new', 'old', 'right', 'wrong', 'next', 'no',
  'monthly', 'yearly', 'annual', 'weekly', 'little', 'big', 'small', 'cheap', 'basic', 'usual', 'regular', 'last', 'blue', 'red', 'black', 'gold', 'silver', 'green']);
/** Minutes said before "to" an hour. */
const LATE_HOURS = new Set(['ten', 'eleven', 'twelve', 'noon', 'midnight']);
const MINUTES = new Set(['five', 'ten', 'twenty', 'quarter']);
/** Numbers said as counts, between which "to" spans a range ("fourteen to forty-one"), the range ending there (not "forty to seventy won oh nine"). */
const RANGE_END = /^ (?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?: (?:hundred|thousand|percent|cents?|dollars?|bucks|quid|pounds?|grand|k)\b)?\s*(?:[,.!?;]|$|(?:and|or|but|so|geez|wow|in|a|per|now|then)\b)/;
const COUNTS = new Set(['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand']);
/** The word of letters that ends before index j (spaces between), lower case as the text is. */
function wordBefore(c: Uint16Array, j: number): string {
  let e = j;
  while (e > 0 && c[e - 1] === 0x20) e--;
  let b = e;
  while (b > 0 && c[b - 1]! >= 0x61 && c[b - 1]! <= 0x7a) b--;
  return e - b <= 8 ? String.fromCharCode(...c.subarray(b, e)) : '';
}
/** Whether a word at j is one of letters that says no number ("I've", "that", "in"). */
function plainWordAt(u: Units, j: number): boolean {
  const next = wordAt(u, j)?.w;
  return !!next && EN_WORDS[next] === undefined && EN_TENS[next] === undefined && EN_HOMOPHONES[next] === undefined && !NUMBER_GLUE.has(next);
}
const NUMBER_GLUE = new Set(['and', 'then', 'double', 'triple', 'hundred', 'thousand', 'dash', 'point']);
/** Whether the word at i starts as a homophone does (its first three letters). */
const startsHomophone = (c: Uint16Array, i: number, n: number) => HOMOPHONE_START.has(keyAt(c, i, n));

interface Run {
  c: number[];
  s: number[];
  e: number[];
  sp: number[];
  end: number;
  digits: number;
  strong: number;
  /** Homophones read as digits ("for", "ate"). */
  heard: number;
  /** It starts where a value is said ("it's …", "code: …"). */
  said: boolean;
}

// (a homophone English talk seldom uses, Hindi's "char" and "teen", Scots' "twa", "fower", "aicht": a run may start at it anywhere, as a run it starts
// must still hold four digits; "…my cnic is 31303" then "char char panch chhe saat aath ek", read on from the reply before)
const HEARD_ONLY_AS_DIGITS = new Set(['char', 'teen', 'twa', 'fower', 'fife', 'seeven', 'aicht', 'echt']);

/** Replace runs of number words by their digits; the text only gets shorter, so it is done in place. */
export function readEnglishNumbers(u: Units): void {
  const { c, s, e, sp } = u;
  const n = u.n;
  let w = 0;
  let i = 0;
  while (i < n) {
    if (!isLetterCode(c[i]!) || (i > 0 && isLetterCode(c[i - 1]!)) || !startsNumber(c, i, n)) {
      // not the start of a word that can be a number: copy the whole word at once
      w = copyTo(u, i++, w);
      while (i < n && isLetterCode(c[i]!) && isLetterCode(c[i - 1]!)) w = copyTo(u, i++, w);
      continue;
    }
    // a homophone starts a run only where a value is said: most "to" and "for" are words, read no further
    const word = startsHomophone(c, i, n) ? wordAt(u, i) : null;
    // (or where a hyphen joins it to a number word: "och. Sax-five-tree")
    if (word && EN_HOMOPHONES[word.w] !== undefined && EN_WORDS[word.w] === undefined && !HEARD_ONLY_AS_DIGITS.has(word.w) && !saysValueBefore(u, w) && !(c[word.k] === 0x2d && numberWordAt(u, word.k + 1))) {
      while (i < word.k) w = copyTo(u, i++, w);
      continue;
    }
    // "one" that stands for a thing picked out is no digit: "My M-PAiSA is on the other one... nine two seven..."
    if (c[i] === 0x6f && PICKS_ONE.has(wordBefore(c, w))) {
      const one = wordAt(u, i);
      if (one?.w === 'one') {
        while (i < one.k) w = copyTo(u, i++, w);
        continue;
      }
    }
    const run = readRun(u, i, w);
    if (run.digits >= 2 && (run.heard === 0 ? run.strong >= 1 : run.digits >= 4 || (run.said && run.digits >= 3))) {
      for (let k = 0; k < run.c.length; k++) {
        c[w] = run.c[k]!;
        s[w] = run.s[k]!;
        e[w] = run.e[k]!;
        sp[w++] = run.sp[k]!;
      }
      i = run.end;
    } else {
      // no run starting inside this one does better (fewer words, none strong): skip it whole,
      // which keeps "oh oh oh …" linear
      const stop = Math.max(i + 1, run.end);
      while (i < stop) w = copyTo(u, i++, w);
    }
  }
  u.n = w;
}

/** Unit i moved to w (nothing to move until a run has made the text shorter); the next w. */
function copyTo(u: Units, i: number, w: number): number {
  if (w !== i) {
    u.c[w] = u.c[i]!;
    u.s[w] = u.s[i]!;
    u.e[w] = u.e[i]!;
    u.sp[w] = u.sp[i]!;
  }
  return w + 1;
}

/** Whether the next word from j (past spaces) is a number's: a digit, or a word said as one. */
function numberWordAt(u: Units, j: number): boolean {
  while (j < u.n && u.c[j] === 0x20) j++;
  if (j < u.n && isDigitCode(u.c[j]!)) return true;
  const w = wordAt(u, j)?.w ?? '';
  return EN_WORDS[w] !== undefined || EN_TENS[w] !== undefined;
}

/** Whether the next character from j, past spaces, is a digit. */
function digitAfterSpaces(u: Units, j: number): boolean {
  while (j < u.n && u.c[j] === 0x20) j++;
  return j < u.n && isDigitCode(u.c[j]!);
}

// ("one second", "one sec", "one moment", "one minute")
const SUM_WORDS = new Set(['hundred', 'thousand', 'million', 'grand', 'lakh', 'lakhs']);
const WAIT_AFTER = /^ (?:sec|moment|minute|min\b)/;
// (words an exclaiming "oh" goes before)
const EXCLAIMED = new Set(['my', 'god', 'gosh', 'dear', 'no', 'wow', 'boy', 'man', 'lord', 'jeez', 'sorry', 'hell', 'shoot', 'heavens', 'goodness', 'crap', 'damn', 'really']);

/** The letter word at j (at most MAX_WORD letters) and where it ends; null for a longer word. */
function wordAt(u: Units, j: number): { w: string; k: number } | null {
  let k = j;
  while (k < u.n && isLetterCode(u.c[k]!) && k - j <= MAX_WORD) k++;
  return k - j > MAX_WORD ? null : { w: String.fromCharCode(...u.c.subarray(j, k)), k };
}

/** Read "five, five two double nine", "forty-eight" from units[i]; the text read so far ends at w. */
function readRun(u: Units, i: number, w: number): Run {
  const { c, n } = u;
  const run: Run = { c: [], s: [], e: [], sp: [], end: i, digits: 0, strong: 0, heard: 0, said: false };
  // (a number said after "the" may name a thing by it: "the oh-four-double-one one I've got in me phone")
  const named = wordBefore(c, w) === 'the';
  let saidBefore: boolean | undefined;
  const valueSaid = () => (saidBefore ??= saysValueBefore(u, w));
  // separators between digits, kept once a digit follows: [unit, the character it stands for]
  let pending: Array<readonly [number, number]> = [];
  const emit = (ch: number, s: number, e: number, sp = 1) => {
    for (const [p, sep] of pending) {
      run.c.push(sep);
      run.s.push(u.s[p]!);
      run.e.push(u.e[p]!);
      run.sp.push(u.sp[p]!);
    }
    pending = [];
    run.c.push(ch);
    run.s.push(s);
    run.e.push(e);
    run.sp.push(sp);
    run.digits++;
  };
  let j = i;
  let repeat = 1;
  let lastWord = -1; // where the last word's last digit was put, when it was a number said once
  let lastLen = 0; // and how many digits it had
  // the run as it stood after its last word that was no homophone
  const kept = { len: 0, end: i, digits: 0, heard: 0 };
  const keep = () => {
    kept.len = run.c.length;
    kept.end = run.end;
    kept.digits = run.digits;
    kept.heard = run.heard;
  };
  while (j < n) {
    const x = c[j]!;
    if (isDigitCode(x)) {
      // digits inside a word run count too: "five 5 two"; not a number written in digits after a comma,
      // "the non-emergency one, 311"
      if (pending.some(([, q]) => q === 0x2c) && j + 1 < n && isDigitCode(c[j + 1]!)) break;
      for (let r = 0; r < repeat; r++) emit(x, u.s[j]!, u.e[j]!, u.sp[j]!);
      repeat = 1;
      run.strong++;
      run.end = ++j;
      keep();
      continue;
    }
    if (!isLetterCode(x)) {
      if (isDigitSepCode(x) && run.c.length > 0) {
        pending.push([j, c[j]!]);
        j++;
        continue;
      }
      break;
    }
    const word = wordAt(u, j);
    if (!word) break; // a long word: not a number
    const { w, k } = word;
    const s = u.s[j]!;
    const e = u.e[k - 1]!;
    const rep = EN_REPEAT[w];
    if (rep !== undefined) {
      // (a repeat after a repeat, "double double", is no number: stop, or every "double" of a paste reads all the rest)
      if (repeat !== 1) break;
      // "double five", "double-two": the separator after "double" is dropped (the pause before it stays: "nine, double two oh" is 9, then 22 0)
      repeat = rep;
      j = k;
      while (j < n && (c[j] === 0x20 || c[j] === 0x2d)) j++;
      continue;
    }
    // (only a year is said in thousands, "two thousand nineteen": "four thousand seven hundred" is an
    // amount, and "five thousand" with nothing after too; they stay words)
    const under = (w === 'hundred' ? lastLen === 1 : w === 'thousand' && lastLen === 1 && run.c[lastWord] === 0x32) && lastWord === run.c.length - 1
      && pending.every(([, q]) => q === 0x20) ? readUnder(u, k, w === 'hundred' ? 2 : 3) : null;
    if (under && under.next > k && !(w === 'thousand' && under.digits[0] !== '0')) {
      pending = [];
      // "eight hundred and four", "two thousand nineteen", "eight hundred twelve thousand…": the digits
      // the rest of the number fills
      for (const ch of under.digits) emit(ch.charCodeAt(0), s, under.e ?? e, COUNTED);
      lastWord = w === 'hundred' ? run.c.length - 1 : -1;
      lastLen = w === 'hundred' ? 3 : 0;
      run.strong++;
      j = run.end = under.next;
      keep();
      continue;
    }
    // (or after a pause, where it follows a one: "one eight hundred, eight six nine…", a toll-free number's 1-800)
    const tollFree = () => {
      if (lastLen !== 1 || lastWord !== run.c.length - 1 || run.c[lastWord] !== 0x38) return false;
      let i = lastWord - 1;
      // (spaced or hyphenated: "one-eight-hundred, nine-five-nine…")
      while (i >= 0 && (run.c[i] === 0x20 || run.c[i] === 0x2d)) i--;
      return i >= 0 && run.c[i] === 0x31 && digitAfterPause(u, k);
    };
    if (w === 'hundred' && ((under && nextIsDigit(u, k)) || tollFree())) {
      // "one eight hundred nine three five…": "eight hundred" read as 800 inside a number read out
      pending = [];
      emit(0x30, s, e, COUNTED);
      emit(0x30, s, e, COUNTED);
      lastWord = -1;
      lastLen = 0;
      j = run.end = k;
      keep();
      continue;
    }
    if (w === 'hundred' && lastLen === 2 && lastWord === run.c.length - 1 && pending.every(([, q]) => q === 0x20) && (run.digits > 2 || digitAfterPause(u, k))) {
      // "fifty-four twenty-five, ninety-one hundred, thirty-nine…", "twelve hundred, forty-four, ninety-one oh
      // six": a group of four read as a count of hundreds inside a number read out (alone, "twelve hundred" is a sum)
      const rest = readUnder(u, k, 2);
      pending = [];
      for (const ch of rest.digits) emit(ch.charCodeAt(0), s, rest.e ?? e, COUNTED);
      lastWord = -1;
      lastLen = 0;
      run.strong++;
      j = run.end = Math.max(k, rest.next);
      keep();
      continue;
    }
    const said = SAID_BETWEEN[w];
    // (a mark's word with a comma after it too, as a transcript writes the pause: "seven one four four six three one, dash, nine"; not a
    // filler's, "six, uh, zero, one", which reads on only where nothing parts it from the digits)
    const comma = c[k] === 0x2c && SAID_MARKS[w] !== undefined ? 1 : 0;
    if (said !== undefined && run.digits > 0 && nextIsDigit(u, k + comma)) {
      // "…one won to dash four four seven…", "four one nine space six oh two", "oh four slash two seven":
      // a mark said between the parts of a number
      pending = [[j, said]];
      j = k + comma;
      while (j < n && c[j] === 0x20) j++;
      continue;
    }
    const plural = EN_PLURALS[w];
    if (plural !== undefined) {
      // "four nines": the count just read is how many times the digit is said
      const count = lastWord === run.c.length - 1 && lastLen === 1 && run.strong > 0 ? run.c[lastWord]! - 0x30 : 0;
      if (count < 2) break;
      const from = run.s[lastWord]!;
      for (const a of [run.c, run.s, run.e, run.sp]) a.pop();
      run.digits--;
      pending = [];
      for (let r = 0; r < count; r++) emit(plural.charCodeAt(0), from, e);
      lastWord = -1;
      lastLen = 0;
      j = k;
      run.end = j;
      keep();
      continue;
    }
    const tens = EN_TENS[w];
    const heard = EN_HOMOPHONES[w];
    const d = EN_WORDS[w] ?? heard;
    if (tens === undefined && d === undefined) break;
    // (nor "one second" after a pause, the person saying "wait": "It says... chaar, saat, do... ek second...")
    if (d === '1' && run.digits > 0 && pending.some(([, q]) => q === 0x2e || q === 0x2026) && WAIT_AFTER.test(String.fromCharCode(...c.subarray(k, k + 8)))) break;
    // ("one two one two. Oh I shouldn't have said that": "oh" after a sentence's end starts the next one)
    // (not after a pause's dots: "um seven... oh... four")
    if (EN_WEAK.has(w) && (pending.filter(([, q]) => q === 0x2e).length === 1 || pending.some(([, q]) => q === 0x21 || q === 0x3f))) break;
    // (nor an "oh" that exclaims: "one eighty six oh my", "four nine oh no")
    if (EN_WEAK.has(w) && c[k] === 0x20 && EXCLAIMED.has(wordAt(u, k + 1)?.w ?? '')) break;
    // (nor one after a pause, a comma and words after it: "Three hundred and ninety-five... oh, I don't know")
    // (nor one that opens a run with a comma and then numerals, which a zero said aloud is never written beside: "Oh, 2:35. Okay")
    if (EN_WEAK.has(w) && run.digits === 0 && (c[k] === 0x2c || c[k] === 0x21) && digitAfterSpaces(u, k + 1)) break;
    if (EN_WEAK.has(w) && c[k] === 0x2c && pending.some(([, q]) => q === 0x2e || q === 0x2026) && !numberWordAt(u, k + 1)) break;
    // a homophone goes on a run, or starts one where a value is said ("it's for too seven", "code: ate…"),
    // never elsewhere: "sent it to five five…" is not a 2
    // (or joined by a hyphen to a number word: "Sax-five-tree")
    if (heard !== undefined && run.digits === 0 && !HEARD_ONLY_AS_DIGITS.has(w) && !valueSaid() && !(c[k] === 0x2d && numberWordAt(u, k + 1))) break;
    // (nor where a number is given over, "I'm giving this number to one one nine", "the number for the bank")
    if ((w === 'to' || w === 'for') && run.digits === 0 && wordBefore(c, j) === 'number') break;
    // ...nor a time's "to": "twenty to eleven", "ten to five"
    if (w === 'to' && run.c.length <= 2 && MINUTES.has(wordBefore(c, j))) break;
    // ...nor the "one" that thing is: "the oh-four-double-one one I've got"
    if (w === 'one' && named && run.digits >= 2 && plainWordAt(u, k + 1)) break;
    // ...nor a sum's "to", where the money goes: "transferring one thousand two hundred to nine two seven…"
    if (w === 'to' && SUM_WORDS.has(wordBefore(c, j))) break;
    // ...nor a span between counts: "Fourteen to forty-one, geez"
    if (w === 'to' && COUNTS.has(wordBefore(c, j)) && RANGE_END.test(String.fromCharCode(...c.subarray(k, k + 40)))) break;
    // ...nor a span of hours: "eight to eleven", "nine to twelve"
    if (w === 'to' && run.c.length <= 2 && LATE_HOURS.has(wordAt(u, k + 1)?.w ?? '')) break;
    // ...and only next to digits said one by one: "to 12321" is "to"
    if (heard !== undefined && digitsFollow(u, k)) break;
    // (after a number word, one of those homophones is its digit as surely: "saat teen paanch")
    const sure = heard !== undefined && run.strong > 0 && HEARD_ONLY_AS_DIGITS.has(w);
    if (heard !== undefined && !sure) run.heard++;
    // (a unit or a teen can be counted in hundreds or thousands: "four thousand", "twelve thousand")
    lastWord = d !== undefined && repeat === 1 ? run.c.length + pending.length + d.length - 1 : -1;
    lastLen = lastWord >= 0 ? d!.length : 0;
    let next = k;
    for (let r = 0; r < repeat; r++) {
      if (tens !== undefined) {
        // "forty eight" / "forty-eight" is 48; "forty" alone is 40
        const sep = c[k] === 0x20 || c[k] === 0x2d ? k + 1 : k;
        const unit = sep > k && sep < n ? wordAt(u, sep) : null;
        // ("forty for" heard for "forty-four")
        const ud = unit ? (EN_WORDS[unit.w] ?? (unit.w.startsWith('t') ? undefined : EN_HOMOPHONES[unit.w])) : undefined;
        emit(tens.charCodeAt(0), s, e, COUNTED);
        if (unit && ud !== undefined && ud.length === 1 && ud !== '0') {
          emit(ud.charCodeAt(0), u.s[sep]!, u.e[unit.k - 1]!, COUNTED);
          next = unit.k;
        } else emit(0x30, s, e, COUNTED);
        // (a count of hundreds, "ninety-one hundred", is two digits said once)
        if (repeat === 1) {
          lastWord = run.c.length - 1;
          lastLen = 2;
        }
      } else for (let q = 0; q < d!.length; q++) emit(d!.charCodeAt(q), s, e, d!.length > 1 ? COUNTED : 1);
    }
    if (!EN_WEAK.has(w) && (heard === undefined || sure)) run.strong++;
    repeat = 1;
    j = next;
    run.end = j;
    if (heard === undefined) keep();
  }
  // ...nor ends one, unless the sentence ends with it: "…two one to you" ends at the one
  let after = run.end;
  while (after < n && c[after] === 0x20) after++;
  if (kept.len < run.c.length && after < n && !SENTENCE_END.has(c[after]!) && !FILLER_WORDS.has(wordAt(u, after)?.w ?? '')) {
    for (const a of [run.c, run.s, run.e, run.sp]) a.length = kept.len;
    Object.assign(run, { end: kept.end, digits: kept.digits, heard: kept.heard });
  }
  run.said = run.heard > 0 && valueSaid();
  return run;
}

const FILLER_WORDS = new Set(['um', 'uh', 'er', 'erm', 'hmm', 'like']);
// ("five... five... three... and eight": "and" before the last digit read out is a pause)
// ("three, uh, six six, then one": a filler before the next digit read out is a pause too)
// The marks said between number words (units.ts), and the pauses, read as a space
const SAID_BETWEEN: Readonly<Record<string, number>> = { ...SAID_MARKS, and: 0x20, then: 0x20, uh: 0x20, um: 0x20, er: 0x20 };
const SENTENCE_END = new Set([0x2e, 0x2c, 0x21, 0x3f, 0x3b, 0x0a]);
// Words after which a value is said: "it's", "is", "code:", "um".
const SAYS = new Set(["it's", 'its', 'is', 'are', 'was', 'um', 'uh', 'ok', 'okay', 'yes', 'yeah', 'then', 'number', 'code', 'pin', 'pins', 'cvv', 'says', 'digits']);

/**
 * Whether the word before unit i says a value follows, digits read out one by one stand before it,
 * or nothing but spaces and marks does. Read in the text already written (units before i are final: the text only gets shorter).
 */
function saysValueBefore(u: Units, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !isLetterCode(u.c[k]!) && !isDigitCode(u.c[k]!)) {
    if (u.c[k] === 0x3a) return true; // "code: for two…"
    k--;
  }
  if (k < 0) return true;
  // (digits read out one by one just before: "its 5 8 2 ate 1 0")
  if (isDigitCode(u.c[k]!)) return k >= 2 && k + 1 < i && u.c[k + 1] === 0x20 && u.c[k - 1] === 0x20 && isDigitCode(u.c[k - 2]!) && !(k >= 3 && isDigitCode(u.c[k - 3]!));
  const end = k + 1;
  while (k >= 0 && isLetterCode(u.c[k]!)) k--;
  return end - k - 1 <= MAX_WORD && SAYS.has(String.fromCharCode(...u.c.subarray(k + 1, end)));
}

/**
 * The number words at j that fill the digits after "hundred" (two) or "thousand" (three), padded:
 * "and four" is "04", "ninety-one" is "91", "three hundred and forty" is "340", nothing is "00".
 */
function readUnder(u: Units, j: number, width: 2 | 3): { digits: string; next: number; e?: number } {
  let at = j;
  let e: number | undefined;
  let hundreds = '';
  const next = (from: number) => {
    let k = from;
    while (k < u.n && u.c[k] === 0x20) k++;
    const w = k < u.n && isLetterCode(u.c[k]!) ? wordAt(u, k) : null;
    return w ? { ...w, at: k } : null;
  };
  let w = next(at);
  const and = w?.w === 'and';
  if (and) w = next(w!.k);
  if (width === 3 && w && EN_WORDS[w.w]?.length === 1) {
    const h = next(w.k);
    if (h?.w === 'hundred') {
      hundreds = EN_WORDS[w.w]!;
      e = u.e[h.k - 1];
      at = h.k;
      w = next(at);
      if (w?.w === 'and') w = next(w.k);
    }
  }
  let tail = '';
  const tens = w ? EN_TENS[w.w] : undefined;
  const unit = w ? EN_WORDS[w.w] : undefined;
  if (w && tens !== undefined) {
    tail = tens;
    at = w.k;
    e = u.e[w.k - 1];
    const sep = u.c[at] === 0x20 || u.c[at] === 0x2d ? at + 1 : at;
    const uw = sep > at && sep < u.n && isLetterCode(u.c[sep]!) ? wordAt(u, sep) : null;
    const ud = uw ? EN_WORDS[uw.w] : undefined;
    if (uw && ud !== undefined && ud.length === 1 && ud !== '0') {
      tail += ud;
      at = uw.k;
      e = u.e[uw.k - 1];
    } else tail += '0';
  } else if (w && unit !== undefined && unit !== '0' && !EN_WEAK.has(w.w) && (and || width === 3 || unit.length === 2)) {
    // (a bare digit after "hundred" is the next digit read out, "one eight hundred nine three five…";
    // "and four" or a teen fills the hundred)
    tail = unit.padStart(2, '0');
    at = w.k;
    e = u.e[w.k - 1];
  }
  const digits = width === 3 ? (hundreds || '0') + (tail || '00') : tail || '00';
  return { digits, next: at, ...(e !== undefined ? { e } : {}) };
}

/** Whether two digit characters or more follow unit k, past spaces. */
function digitsFollow(u: Units, k: number): boolean {
  while (k < u.n && u.c[k] === 0x20) k++;
  return k + 1 < u.n && isDigitCode(u.c[k]!) && isDigitCode(u.c[k + 1]!);
}

/** Whether a digit or a word for one follows unit k past spaces and a pause (a comma, dots). */
function digitAfterPause(u: Units, k: number): boolean {
  while (k < u.n && (u.c[k] === 0x20 || u.c[k] === 0x2c || u.c[k] === 0x2e || u.c[k] === 0x2026)) k++;
  return nextIsDigit(u, k);
}

/** Whether a digit, or a word for one, follows unit k past spaces. */
function nextIsDigit(u: Units, k: number): boolean {
  while (k < u.n && u.c[k] === 0x20) k++;
  if (k < u.n && isDigitCode(u.c[k]!)) return true;
  const w = k < u.n && isLetterCode(u.c[k]!) ? wordAt(u, k) : null;
  // (or a word the recogniser wrote for a digit, a digit word after it: "four one eight dash too oh seven")
  return !!w && (EN_WORDS[w.w] !== undefined || EN_TENS[w.w] !== undefined || (EN_HOMOPHONES[w.w] !== undefined && nextIsDigit(u, w.k)));
}
