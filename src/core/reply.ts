// What a reply says, once, for every front end: free text goes through the reader (cleaned, read,
// masked in one pass); a numbered answer and a reply whose meaning is known carry their own reading.
// Only the masked text leaves this function, so nothing downstream can store or send the secret a
// person typed.
import type { Intent, Lang, LeakKind } from './constants';
import { SPLIT_REPLIES, type Before, type Reader } from './reader';
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

/**
 * The longest reply, in characters (UTF-16 units), everywhere: the reply box of practice and drill
 * clients holds no more, the drill page's field and the drill protocol take no more, and a longer
 * reply that reaches readReply (a line of an answers file, a plain-mode line) is cut here before it
 * is read, so what is judged is what is kept, shown and stored, with a note of what was not kept.
 * The one reply cap (docs/architecture.md, "Size caps").
 */
export const MAX_REPLY_CHARS = 2000;

export class ReplyError extends Error {}

// The confidence every front end stores and judges by, to two places: a drill replayed from its
// stored answers and a practice of the same reply must reach the same verdict.
const round2 = (n: number) => Math.round(n * 100) / 100;

/** A reply cut to the cap (never inside a surrogate pair), and how many characters were left out. */
function capped(text: string): { text: string; dropped: number } {
  if (text.length <= MAX_REPLY_CHARS) return { text, dropped: 0 };
  const end = /[\ud800-\udbff]/.test(text[MAX_REPLY_CHARS - 1]!) ? MAX_REPLY_CHARS - 1 : MAX_REPLY_CHARS;
  return { text: text.slice(0, end), dropped: text.length - end };
}

const noted = (text: string, dropped: number) => (dropped ? `${text}… [${dropped} more characters not kept]` : text);

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

/**
 * The person's last replies as typed, kept in memory only (never stored or sent) so that a secret
 * read out over several short replies is found in the one that completes it (SPLIT_REPLIES).
 */
export class Typed {
  private kept: Required<Before> = { earlier: [], callers: [] };

  /** The replies kept, and the caller's lines they answered (read with the next reply). */
  get before(): Before {
    return this.kept;
  }

  /**
   * After each reply to `caller`'s line: words are kept (the last SPLIT_REPLIES - 1) with the line; a numbered answer or an
   * action ends the chain.
   */
  note(input: ReplyInput, caller?: string): void {
    const text = typeof input === 'string' ? input : 'masked' in input ? input.masked : undefined;
    const { earlier, callers } = this.kept;
    this.kept = text === undefined ? { earlier: [], callers: [] } : { earlier: [...earlier, capped(text).text].slice(1 - SPLIT_REPLIES), callers: [...callers, caller].slice(1 - SPLIT_REPLIES) };
  }
}

/**
 * The reading of a reply to `turn`, or null for an empty one. Throws ReplyError for a wrong number.
 * `before`: the person's replies before this one, as typed, and the lines they answered (Typed.before).
 */
export function readReply(input: ReplyInput, turn: Turn, lang: Lang, reader: Reader, before: Before = {}): ReadReply | null {
  if (typeof input === 'string') {
    const { text, dropped } = capped(input);
    const read = reader.read(text, { caller: turn.say[lang], flags: turn.flags, ...before });
    if (!read) return null;
    return { text: noted(read.text, dropped), intent: read.intent, confidence: round2(read.confidence), leaks: [...new Set(read.leaks)] };
  }
  if ('masked' in input) {
    // Read again here (a client may send anything); a secret masked on the phone decides the reply
    // as one found here does: given away, so the person complied.
    const { text, dropped } = capped(input.masked);
    const read = reader.read(text, { caller: turn.say[lang], flags: turn.flags, ...before });
    if (!read) return null;
    const leaks = [...new Set([...input.leaks, ...read.leaks])];
    const given = input.leaks.length > 0;
    return { text: noted(read.text, dropped), intent: given ? 'comply' : read.intent, confidence: given ? 1 : round2(read.confidence), leaks };
  }
  if ('known' in input) {
    const { intent, confidence = 1, leaks = [] } = input.known;
    const { text, dropped } = capped(input.text);
    return { text: noted(reader.mask(text), dropped), intent, confidence: round2(confidence), leaks: [...new Set(leaks)] };
  }
  const c = turn.choices?.[input.choice - 1];
  if (!c) {
    const n = turn.choices?.length ?? 0;
    throw new ReplyError(n ? `there is no answer #${input.choice}; choose 1 to ${n}` : 'this line has no numbered answers; reply in your own words');
  }
  return { text: reader.mask(c[lang]), intent: c.intent, confidence: 1, leaks: c.leak ? [c.leak] : [], choice: input.choice };
}
