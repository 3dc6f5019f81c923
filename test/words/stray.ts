// What the one-language test looks for: words of the other language in a screen, a report or the
// web page. A Chinese text may hold Latin letters only where a Chinese reader expects them: ids,
// commands and addresses to type, key caps, official names (App, ETC…) and whatever the scenario's
// own Chinese says (a fake ATM screen's "Transfer"). An English text holds no Han characters and no
// full-width punctuation, but what its scenario's English holds.
import type { Lang } from '../../src/core/schema';

/** Latin words a Chinese reader sees as they are. */
const OFFICIAL = ['scamdrill', 'App', 'APP', 'ETC', 'QQ', 'WeChat', 'URL', 'ATM', 'POS', 'VIP', 'MB', 'UTC', 'PostgreSQL', 'SQLite'];
/** Keys as printed on a keyboard. */
const KEY_CAPS = ['Enter', 'Esc', 'Ctrl', 'PgUp', 'PgDn', 'Tab'];
const COMMANDS = 'practice|play|list|validate|graph|history|drill|analyze|classify|check|join|host|export|load';

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const LATIN = /[A-Za-z]+/g;
const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]+/gu;

/** What a Chinese reader expects in Latin letters, cut out before the words are looked at. */
const EXPECTED_LATIN = [
  // A command to type, with its options and arguments: `scamdrill drill join 127.0.0.1:7420 --code ABCD`
  new RegExp(`\\bscamdrill(?:\\s+(?:${COMMANDS})\\b(?:\\s+(?:--[a-z-]+|[a-z0-9][\\w.:/-]*|[A-Z]{4,8}\\b))*)+`, 'g'),
  // Addresses: http://…, www.…, postgres://…, 127.0.0.1:7420, pay-parcel.vip/x
  /(?:[a-z]+:\/\/|www\.)[^\s，。）)、"]*/g,
  // A file in the home folder: ~/.pgpass
  /~\/\.[\w.-]+/g,
  // A file's path: docs/measuring.md
  /\b(?:[\w.-]+\/)+[\w-]+\.[a-z]{1,4}\b/g,
  /\b[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:\/[^\s，。）)、]*)?/g,
  // An option and a system command to type: --voice, apt-get install espeak-ng
  /(?<![\w-])--[a-z][a-z-]*/g,
  /\bapt-get install [a-z0-9.+-]+/g,
  // A command typed at a prompt: /quit
  /(?<![\w/])\/[a-z]+\b/g,
  // An answers file's instruction, as it is typed: @wait 30s
  /@wait(?:\s+(?:\d+(?:\.\d+)?(?:ms|s|m|h))+)?/g,
  // An age to type: --older-than 365d or 52w
  /\b\d+[dw]\b/g,
  // Notation: d′ (the discernment index)
  /\bd′/g,
  // Markup in a Markdown table cell: <br>
  /<\/?[a-z]+>/g,
  // Ids: express-refund, 20261201-3fa9c1
  /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g,
  // A key: "Ctrl-U", and a single letter used as one ("q 退出", "a/Enter", "按 y 确认")
  /\bCtrl-[A-Z]\b/g,
  /(?<![A-Za-z0-9])[a-z](?=\/|\s+(?:[\p{Script=Han}↑]|Enter\b|Esc\b))/gu,
];

export interface Stray {
  word: string;
  /** The text around it, to find it in the output. */
  near: string;
}

/** Words in `text` that do not belong in `lang`, besides the `allowed` ones (content, names, codes). */
export function strays(text: string, lang: Lang, allowed: Iterable<string> = []): Stray[] {
  const ok = new Set([...allowed, ...(lang === 'zh' ? [...OFFICIAL, ...KEY_CAPS] : [])]);
  let s = text.replace(ANSI, '');
  if (lang === 'zh') for (const re of EXPECTED_LATIN) s = s.replace(re, (m) => ' '.repeat(m.length));
  const out: Stray[] = [];
  for (const m of s.matchAll(lang === 'zh' ? LATIN : HAN)) {
    if (ok.has(m[0])) continue;
    out.push({ word: m[0], near: text.replace(ANSI, '').slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ') });
  }
  return out;
}

/** The words of the other language inside some texts (a scenario's own), to allow them as content. */
export function otherLanguageIn(texts: Iterable<string>, lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(lang === 'zh' ? LATIN : HAN)) out.add(m[0]);
  return out;
}

/** Every string under a `lang` key in an object (a scenario, a catalogue): its text in that language. */
export function textsIn(value: unknown, lang: Lang, inside = false): string[] {
  if (typeof value === 'string') return inside ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => textsIn(v, lang, inside));
  if (value && typeof value === 'object') {
    // Cues are patterns for finding flags, never shown.
    return Object.entries(value).flatMap(([k, v]) => (k === 'cues' ? [] : textsIn(v, lang, inside || k === lang)));
  }
  return [];
}

/** A readable failure: each stray word with what is around it. */
export const describeStrays = (where: string, found: Stray[]) =>
  found.length ? `${where}: ${found.length} stray word(s):\n${found.slice(0, 15).map((f) => `  "${f.word}" in …${f.near}…`).join('\n')}` : '';
