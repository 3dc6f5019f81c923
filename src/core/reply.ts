// What a reply says, once, for every front end: free text goes through the reader (cleaned, read,
// masked in one pass); a numbered answer and a reply whose meaning is known carry their own reading.
// Only the masked text leaves this function, so nothing downstream can store or send the secret a
// person typed.
import type { Intent, Lang, LeakKind } from './constants';
import type { Reader } from './reader';
import type { Turn } from './schema';

/**
 * What a person answered: their own words, a numbered answer, or an action whose meaning the front
 * end already knows (declining a call, a drill room's chosen branch) with the text to show for it.
 */
export type ReplyInput =
  | string
  | { choice: number }
  | { known: { intent: Intent; confidence?: number; leaks?: LeakKind[] }; text: string }
  // Words masked where they were typed (the drill's web page), with the kinds of secret masked there.
  | { masked: string; leaks: readonly LeakKind[] };

export interface ReadReply {
  /** Masked, cleaned and bounded: safe to show, store and send. */
  text: string;
  intent: Intent;
  confidence: number;
  leaks: LeakKind[];
  choice?: number;
}

/** How much of one reply is kept: a 100 kB paste is judged whole but not stored whole. */
export const MAX_STORED_REPLY = 2000;

export class ReplyError extends Error {}

// The confidence every front end stores and judges by, to two places: a drill replayed from its
// stored answers and a practice of the same reply must reach the same verdict.
const round2 = (n: number) => Math.round(n * 100) / 100;

const bounded = (text: string) =>
  text.length > MAX_STORED_REPLY ? `${text.slice(0, MAX_STORED_REPLY)}… [${text.length - MAX_STORED_REPLY} more characters not kept]` : text;

/**
 * The numbered answer a typed reply picks, or undefined when it is words: the one way every front
 * end reads it. "#2" (or "＃２") picks answer 2. With `bare` (a screen that is showing the numbered
 * answers) a plain "2" does too; only one or two digits, since a longer bare number ("110", "95588")
 * is a number being said. A number with no such answer (#0, #9) is still a pick: the reply is
 * refused with "there is no answer #9", never judged as words.
 */
export function choiceNumber(text: string, opts: { bare?: boolean } = {}): number | undefined {
  const m = /^([#＃]\s*)?([0-9０-９]+)$/.exec(text.trim());
  if (!m || (!m[1] && !(opts.bare && m[2]!.length <= 2))) return undefined;
  return Number(m[2]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** The reading of a reply to `turn`, or null for an empty one. Throws ReplyError for a wrong number. */
export function readReply(input: ReplyInput, turn: Turn, lang: Lang, reader: Reader): ReadReply | null {
  if (typeof input === 'string') {
    const read = reader.read(input, { caller: turn.say[lang], flags: turn.flags });
    if (!read) return null;
    return { text: bounded(read.text), intent: read.intent, confidence: round2(read.confidence), leaks: [...new Set(read.leaks)] };
  }
  if ('masked' in input) {
    // Read again here (a client may send anything); a secret masked on the phone decides the reply
    // as one found here does: given away, so the person complied.
    const read = reader.read(input.masked, { caller: turn.say[lang], flags: turn.flags });
    if (!read) return null;
    const leaks = [...new Set([...input.leaks, ...read.leaks])];
    const given = input.leaks.length > 0;
    return { text: bounded(read.text), intent: given ? 'comply' : read.intent, confidence: given ? 1 : round2(read.confidence), leaks };
  }
  if ('known' in input) {
    const { intent, confidence = 1, leaks = [] } = input.known;
    return { text: bounded(reader.mask(input.text)), intent, confidence: round2(confidence), leaks: [...new Set(leaks)] };
  }
  const c = turn.choices?.[input.choice - 1];
  if (!c) {
    const n = turn.choices?.length ?? 0;
    throw new ReplyError(n ? `there is no answer #${input.choice}; choose 1 to ${n}` : 'this line has no numbered answers; reply in your own words');
  }
  return { text: reader.mask(c[lang]), intent: c.intent, confidence: 1, leaks: c.leak ? [c.leak] : [], choice: input.choice };
}
