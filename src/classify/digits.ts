// The ways a digit can be written besides 0-9: other scripts' digits (Arabic-Indic, mathematical,
// full-width), circled and keycap forms, Chinese numerals (小写 and 大写), and English number words
// (units, teens, tens). normalize.ts uses these tables to read every form as ASCII digits.

/** Marks that only decorate the character before them: keycap (4️⃣) and emoji/text variation selectors. */
export const isDigitDecoration = (cp: number) => cp === 0x20e3 || cp === 0xfe0f || cp === 0xfe0e;

// Enclosed numbers: [first code point, last code point, value of the first]. Values above 9 read
// as their decimal digits (⑫ is "12").
const ENCLOSED: ReadonlyArray<readonly [number, number, number]> = [
  [0x2460, 0x2473, 1], // ①..⑳
  [0x2474, 0x2487, 1], // ⑴..⒇
  [0x2488, 0x249b, 1], // ⒈..⒛
  [0x24ea, 0x24ea, 0], // ⓪
  [0x24eb, 0x24f4, 11], // ⓫..⓴
  [0x24f5, 0x24fe, 1], // ⓵..⓾
  [0x24ff, 0x24ff, 0], // ⓿
  [0x2776, 0x277f, 1], // ❶..❿
  [0x2780, 0x2789, 1], // ➀..➉
  [0x278a, 0x2793, 1], // ➊..➓
  [0x3251, 0x325f, 21], // ㉑..㉟
  [0x32b1, 0x32bf, 36], // ㊱..㊿
  [0x1f100, 0x1f100, 0], // 🄀
  [0x1f101, 0x1f10a, 0], // 🄁..🄊
];

const ND = /\p{Nd}/u;
const ndCache = new Map<number, string | null>();

/** The value of a decimal digit of any script (General Category Nd), or null. */
function ndValue(cp: number): string | null {
  let v = ndCache.get(cp);
  if (v !== undefined) return v;
  v = null;
  if (ND.test(String.fromCodePoint(cp))) {
    // Unicode encodes every decimal digit set as ten consecutive code points from zero, and
    // adjacent sets (the five mathematical ones) follow each other: count back to the first.
    let z = cp;
    while (cp - z < 60 && ND.test(String.fromCodePoint(z - 1))) z--;
    v = String((cp - z) % 10);
  }
  ndCache.set(cp, v);
  return v;
}

/** The ASCII digits a code point outside 0-9 stands for ("4" for ٤ or ④, "12" for ⑫), or null. */
export function digitsOf(cp: number): string | null {
  if (cp < 0x660) return null; // nothing below Arabic-Indic is a digit besides 0-9 (folded already)
  if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7ff)) return null; // Han, Hangul
  for (const [a, b, first] of ENCLOSED) if (cp >= a && cp <= b) return String(first + cp - a);
  return ndValue(cp);
}

/**
 * Chinese numerals read digit by digit: 小写, 大写 (as on cheques and receipts), the circle zero, and
 * the spoken 两 for 2, 洞 for 0, 拐 for 7 and 勾 for 9 ("两两三洞八八", as 幺 is said for 1).
 */
export const ZH_DIGITS: Readonly<Record<string, string>> = {
  零: '0', 〇: '0', '○': '0', 洞: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 貳: '2', 三: '3', 叁: '3', 參: '3',
  四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 陸: '6', 七: '7', 柒: '7', 拐: '7', 八: '8', 捌: '8', 九: '9', 玖: '9', 勾: '9',
};

/** Counts in "六个八" (six eights): how many times the digit after 个 is repeated. */
export const ZH_COUNTS: Readonly<Record<string, number>> = {
  两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
  2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
};

/** Tens words: "forty eight" is 48, "forty" alone is 40. */
export const EN_TENS: Readonly<Record<string, string>> = {
  twenty: '2', thirty: '3', forty: '4', fourty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9', ninty: '9',
  // Scots, as the north-east says them ("Sort code's eichty, twinty-twa, saxty")
  twinty: '2', thirtie: '3', fowerty: '4', saxty: '6', seeventy: '7', eichty: '8', aichty: '8',
};
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** English number words and the digits they stand for. */
export const EN_WORDS: Readonly<Record<string, string>> = {
  // a tens word and a unit typed as one word in a chat, "fortyeight", "ninetyone"
  ...Object.fromEntries(Object.entries(EN_TENS).flatMap(([t, d]) => UNITS.map((u, i) => [t + u, `${d}${i + 1}`]))),
  zero: '0', oh: '0', o: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
  sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
  // typed in a hurry, or as radio operators say it
  sevn: '7', sevan: '7', sevin: '7', eigth: '8', nien: '9', niner: '9', nought: '0', naught: '0', zeero: '0', sicks: '6', sics: '6', sixx: '6',
  // Swahili, in which East Africans read digits out in English talk ("Okay... it is tisa, saba—"); no English word spells one
  sifuri: '0', moja: '1', mbili: '2', tatu: '3', nne: '4', tano: '5', sita: '6', saba: '7', nane: '8', tisa: '9',
  // Hindi-Urdu and Bengali, in which South Asians read digits out in English talk ("Code is... ek, noy, tin, shat"), where no
  // English word spells one (their "do", "teen", "tin" and "char" are homophones, below)
  shunya: '0', shunno: '0', sifr: '0', ek: '1', dui: '2', chaar: '4', paanch: '5', panch: '5', chhe: '6', chhoy: '6', choy: '6',
  saat: '7', shat: '7', aath: '8', nau: '9', noy: '9',
  // Kinyarwanda, read out in English talk in Rwanda ("It is... kabiri, gatanu... no"), but its "kane" (four), an English name
  zeru: '0', rimwe: '1', kabiri: '2', gatatu: '3', gatanu: '5', gatandatu: '6', karindwi: '7', umunani: '8', icyenda: '9',
  // Tok Pisin, in Papua New Guinea ("faiv, tri, siks, wan, nain, siro"), but its "tu" and "et", words of other tongues
  siro: '0', wan: '1', tri: '3', foa: '4', faiv: '5', siks: '6', nain: '9',
  // Caribbean and Irish speech, written as said ("nine-t'ree-five-five")
  "t'ree": '3',
};
/**
 * Words a speech-to-text transcript writes for a digit it heard ("for too ate won"): digits only
 * in a run of four digits or more, where they cannot be the words they are.
 */
// (and Scots and Shetland digits: "It's sax... five... tree, twa...", "twa-wan-nine", "one-fower, aicht-three")
export const EN_HOMOPHONES: Readonly<Record<string, string>> = { owe: '0', won: '1', wan: '1', to: '2', too: '2', do: '2', twa: '2', tree: '3', teen: '3', tin: '3', for: '4', fore: '4', fower: '4', char: '4', fife: '5', sax: '6', seeven: '7', ate: '8', aicht: '8', echt: '8' };
/** "four nines": a count, then the digit said that many times. */
export const EN_PLURALS: Readonly<Record<string, string>> = {
  zeros: '0', zeroes: '0', ohs: '0', ones: '1', twos: '2', threes: '3', fours: '4', fives: '5', sixes: '6', sevens: '7', eights: '8', nines: '9',
};
/** Words that are digits only inside a run of digits ("five oh two"), never on their own. */
export const EN_WEAK: ReadonlySet<string> = new Set(['oh', 'o', 'nil']);
export const EN_REPEAT: Readonly<Record<string, number>> = { double: 2, triple: 3 };
