// Flag cues: regular expressions in the flag catalogue (flags.<id>.cues.{en,zh}) that show a
// flag in a caller's line. Used by the scenario checker (a turn whose text shows a flag it does
// not carry gets a warning) and by `analyze` (red flags in a real transcript's caller lines).
// A scam's lines are matched against red flags only and a real call's against green ones: a real
// bank that says "we never ask for your code" shows no red flag, and a scammer who says "call the
// number on your card" no green one.
// Cues are case-insensitive; an invalid pattern never matches (invalidCues() lists them).
import type { Catalogue, Flag, Lang, Text } from '../core/schema';
import { sanitize } from './normalize';
import { plainLine } from './plain-words';

export interface CueList {
  en?: readonly string[];
  zh?: readonly string[];
}

const cache = new Map<string, RegExp | null>();

/** A cue pattern compiled (case-insensitive), or null when it is not a valid regular expression. */
export function compileCue(pattern: string): RegExp | null {
  let re = cache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'i');
    } catch {
      re = null;
    }
    if (cache.size > 5000) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

/** Lines are matched without terminal escapes and control characters, with full-width ASCII folded. */
function prepare(line: string): string {
  return sanitize(line).text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The first cue pattern of `lang` (or of both languages) that matches the line, if any. */
export function firstCueHit(line: string, cues: CueList | undefined, lang?: Lang): string | undefined {
  if (!cues) return undefined;
  const text = prepare(line);
  const langs: Lang[] = lang ? [lang] : ['en', 'zh'];
  for (const l of langs) {
    for (const p of cues[l] ?? []) {
      if (compileCue(p)?.test(text)) return p;
    }
  }
  return undefined;
}

/** Whether any cue (of `lang`, or of both languages when not given) matches the line. */
export function flagCueHits(line: string, cues: CueList | undefined, lang?: Lang): boolean {
  return firstCueHit(line, cues, lang) !== undefined;
}

type Flags = Record<string, Pick<Flag, 'cues'> & Partial<Pick<Flag, 'green'>>>;

/** Ids of the catalogue's red flags whose cues match the line, in catalogue order (a transcript is judged as a scam call). */
export function flagsInLine(line: string, flags: Flags, lang?: Lang): string[] {
  const read = plainLine(line);
  return Object.entries(flags)
    .filter(([, f]) => !f.green && flagCueHits(read, f.cues, lang))
    .map(([id]) => id);
}

export interface CueHit {
  flag: string;
  lang: Lang;
  /** The cue pattern that matched. */
  pattern: string;
}

/**
 * Flags a turn's line shows but does not carry: for each language of `say`, every flag of the
 * line's colour (`green` on a real call) whose cue for that language matches the text and whose id
 * is not in `carried`. One hit per flag (the first language and pattern that matched), in catalogue order.
 */
export function cueHits(say: Partial<Text>, carried: readonly string[], catalogue: { flags: Flags }, green = false): CueHit[] {
  const have = new Set(carried);
  const hits: CueHit[] = [];
  for (const [flag, f] of Object.entries(catalogue.flags)) {
    if (have.has(flag) || !f.cues || !!f.green !== green) continue;
    for (const lang of ['en', 'zh'] as const) {
      const text = say[lang];
      if (!text) continue;
      const pattern = firstCueHit(text, f.cues, lang);
      if (pattern !== undefined) {
        hits.push({ flag, lang, pattern });
        break;
      }
    }
  }
  return hits;
}

/** The ids of the flags a turn's line shows but does not carry (see cueHits). */
export function cueWarnings(say: Partial<Text>, carried: readonly string[], catalogue: Pick<Catalogue, 'flags'> | { flags: Flags }): string[] {
  return cueHits(say, carried, catalogue).map((h) => h.flag);
}

/** Cue patterns in the catalogue that are not valid regular expressions. */
export function invalidCues(catalogue: { flags: Flags }): Array<{ flag: string; lang: Lang; pattern: string }> {
  const bad: Array<{ flag: string; lang: Lang; pattern: string }> = [];
  for (const [flag, f] of Object.entries(catalogue.flags)) {
    for (const lang of ['en', 'zh'] as const) {
      for (const pattern of f.cues?.[lang] ?? []) if (!compileCue(pattern)) bad.push({ flag, lang, pattern });
    }
  }
  return bad;
}
