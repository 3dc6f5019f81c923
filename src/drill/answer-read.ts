// Reading one participant's answer to a line: the reader on their words (a reply the web page
// masked is read through maskedReader), or the numbered answer taken as it is. Pure: the room runs
// it in line, or the host's reader threads do (read-pool.ts) and hand the room the outcome.
import type { Lang, LeakKind } from '../core/constants';
import type { Before, Reader } from '../core/reader';
import { readReply, ReplyError, type ReadReply, type ReplyInput } from '../core/reply';
import type { Turn } from '../core/schema';
import { maskedReader } from './masked';

/** Words (with `leaks` when the web page masked them before sending: web/mask.ts), or a numbered answer. */
export type AnswerInput = { text: string; leaks?: readonly LeakKind[] } | { choice: number };

/** A reading, or why the answer cannot be taken (the error a participant is sent). */
export type AnswerRead = { ok: true; read: ReadReply } | { ok: false; code: 'bad-choice' | 'bad-message'; message: string };

/** The answer as the reader takes it: words, words the web page masked, or a numbered answer. */
export function replyInput(input: AnswerInput): ReplyInput {
  return 'text' in input ? (input.leaks ? { masked: input.text, leaks: input.leaks } : input.text) : input;
}

/** `before`: what the person answered before and to which lines (Room.before), read with this answer. */
export function readAnswer(input: AnswerInput, turn: Turn, lang: Lang, reader: Reader, before: Before = {}): AnswerRead {
  let read: ReadReply | null;
  try {
    read = readReply(replyInput(input), turn, lang, 'text' in input && input.leaks ? maskedReader(reader) : reader, before);
  } catch (e) {
    if (e instanceof ReplyError) return { ok: false, code: 'bad-choice', message: e.message };
    throw e;
  }
  return read ? { ok: true, read } : { ok: false, code: 'bad-message', message: 'the answer is empty' };
}
