// Which language a reply is written in: Chinese when Han characters carry it, English otherwise.
import type { ReplyLang } from '../core/reader';

/** Han ideographs, CJK punctuation and full-width forms. */
export const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

export function detectLang(text: string): ReplyLang {
  let han = 0;
  let latin = 0;
  // a prefix is enough to decide, and keeps a 100 kB paste cheap
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // one Han character weighs about as much as a short English word
  return han > 0 && han * 4 >= latin ? 'zh' : 'en';
}

/** Whether the text has a word to tell its language by (a Han character or a Latin letter), unlike "123456" or "👍". */
export function hasLetters(text: string): boolean {
  return /[A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(text);
}
