// Traditional characters read as their simplified forms, so a reply typed in Hong Kong, Taiwan or
// abroad ("係唔係真嘅", "身分證號碼") meets the same rules and the same trained weights as one typed
// on the mainland. OpenCC's tables (opencc-js), character by character: each character becomes
// one character, so every offset into the text stays where it was (secrets are masked in the
// person's own text). Phrase conversion (記憶體 → 内存) would change lengths, and reading needs
// only the characters.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

const FIRST = 0x3400; // CJK Extension A: the lowest traditional character in the tables
const LAST = 0x9fff; // the end of the unified ideographs
// (only targets among the unified ideographs: "喎" stays, not "㖞", a form no font or rule knows; "嗰" stays, not one outside the BMP)
const UNIFIED = 0x4e00;

let table: Uint16Array | undefined;

/** Each [from, to] code pair of "係 系|喎 㖞|…", in order (read in place: a fresh process's first Chinese reply waits for it). */
function eachPair(dict: string, use: (from: number, to: number) => void): void {
  for (let i = 0; i < dict.length; ) {
    const end = dict.indexOf('|', i);
    use(dict.charCodeAt(i), dict.charCodeAt(i + 2));
    i = end < 0 ? dict.length : end + 1;
  }
}

/**
 * The simplified code of each character, built on first use. Hong Kong's and Taiwan's own standard forms ("説", "衞", "眾") go
 * through OpenCC's traditional form ("說") to its simplified one ("说"); a form that is already simplified ("台", "吃", "么",
 * which those tables also list) is left alone.
 */
function built(): Uint16Array {
  const t = new Uint16Array(LAST - FIRST + 1);
  // (OpenCC's traditional to simplified, by code: 0 where a character has none; and the codes it gives)
  const ts = new Uint16Array(0x10000);
  eachPair(TSCharacters, (from, to) => (ts[from] = to));
  const simple = new Uint8Array(0x10000);
  eachPair(TSCharacters, (from) => (simple[ts[from]!] = 1));
  const set = (from: number, to: number) => {
    if (to !== 0 && from >= FIRST && from <= LAST && to >= UNIFIED && to <= LAST && simple[from] !== 1) t[from - FIRST] = to;
  };
  eachPair(TSCharacters, (from) => set(from, ts[from]!));
  const variant = (from: number, to: number) => {
    if (ts[from] === 0) set(from, ts[to]!);
  };
  eachPair(HKVariantsRev, variant);
  eachPair(TWVariantsRev, variant);
  // (帳 is an account's in these calls, "帳戶", "轉帳", as 账 is: OpenCC's 帐 is a tent's, and the mainland's rules write 账户)
  t[0x5e33 - FIRST] = 0x8d26;
  return t;
}

/** The simplified form of one UTF-16 code (itself where it has none). */
export function simplifiedCode(c: number): number {
  if (c < FIRST || c > LAST) return c;
  return (table ??= built())[c - FIRST] || c;
}

/** The text with its traditional characters simplified, the same length; the text itself where it has none. */
export function simplified(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const s = simplifiedCode(c);
    if (s === c) continue;
    out ??= text.split('');
    out[i] = String.fromCharCode(s);
  }
  return out ? out.join('') : text;
}
