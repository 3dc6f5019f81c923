// A dress rehearsal while a large room fills. A fresh host meets the first burst of answers
// (hundreds of people answering the moment a line appears) with cold code: V8 compiles and
// re-optimises the reader, the judges and the room while the answers wait, on the same cores.
// Going through the drill's own scenario first, with its numbered answers as the words, in the
// background while people join, gets that work done before it is in anybody's way (bench/README.md
// has the figures). Nothing rehearsed is stored or sent. A small room never meets such a burst and
// is not rehearsed. This file is the reading part, which the reader threads run; the room's part,
// on the main thread, is rehearse-room.ts.
import type { Lang } from '../core/constants';
import type { Reader } from '../core/reader';
import type { Scenario } from '../core/schema';
import { readAnswer } from './answer-read';

const LANGS: readonly Lang[] = ['en', 'zh'];
/**
 * The room size at which the host rehearses: large enough that a line's answers come as a burst
 * worth rehearsing for, and that the rehearsal is over before the room is full (started at 100 it
 * was still running while a room of 100 or 500 that filled in a second answered, and slowed it).
 */
export const REHEARSE_AT = 300;
/** Enough passes for V8 to optimise the hot paths (measured: npm run bench, bench/README.md). */
const READ_PASSES = 30;

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A rehearsal that fails must not take the drill with it: it stops, and says so on stderr. */
export function guarded(rehearsal: Promise<void>): Promise<void> {
  return rehearsal.catch((e: unknown) => process.emitWarning(`the host's rehearsal stopped (${e instanceof Error ? e.message : String(e)}); the drill is not affected`));
}

/**
 * Read every numbered answer of every line, in both languages, as typed words, READ_PASSES times; one
 * line per turn of the event loop, so real answers arriving meanwhile wait for one line's reads at most.
 */
export function rehearseReading(turns: Scenario['turns'], lang: Lang, reader: Reader): Promise<void> {
  return guarded(readAll(turns, lang, reader));
}

async function readAll(turns: Scenario['turns'], lang: Lang, reader: Reader): Promise<void> {
  await reader.prepare?.();
  for (let pass = 0; pass < READ_PASSES; pass++) {
    for (const turn of Object.values(turns)) {
      await nextTurn();
      for (const c of turn.choices ?? []) for (const l of LANGS) readAnswer({ text: c[l] }, turn, lang, reader);
    }
  }
}
