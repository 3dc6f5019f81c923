// The labelled corpora and the held-out split, for `npm run train`, `npm run eval` and the held-out
// test: one place that says which dialogues are never trained on.
//   test/corpus/real/*.jsonl   real dialogues (docs/labelling.md): receiver replies with the caller's
//                              line before them, and caller lines with their red flags
//   test/corpus/{replies,field}.jsonl   lines written here and tuned against: trained on
//   test/corpus/{holdout,blind}.jsonl   lines written here and never tuned against: measured only
//   test/corpus/calls/*.jsonl  whole conversations written blind here, labelled as the real corpus
//                              is, in rounds: each measured as it came (the reader in styles it never
//                              saw), then trained on (CALLS_TRAINED_ROUNDS) when a later round measures
// test/corpus/real/double/ (a second labeller's labels) is for agreement only and never read here.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent, LeakKind } from '../src/core/constants';
import { Typed } from '../src/core/reply';
import type { Before } from '../src/core/reader';

export const ROOT = join(import.meta.dirname, '..');
const REAL = join(ROOT, 'test', 'corpus', 'real');
const CALLS = join(ROOT, 'test', 'corpus', 'calls');

/**
 * The split: a fifth of the dialogues, chosen by a hash of the dialogue id, is held out — never
 * trained on, never used to choose a setting. By dialogue, so no line of a held-out call teaches
 * the model about another line of the same call.
 */
export function isHeldOut(dialogue: string): boolean {
  return createHash('sha256').update(`split:${dialogue}`).digest().readUInt32BE(0) % 5 === 0;
}

export type Lang = 'en' | 'zh';

export interface ReplyRow {
  id: string;
  dialogue: string;
  lang: Lang;
  /** The caller's line the reply answers ('' when the receiver spoke first). */
  caller: string;
  reply: string;
  intent: Intent;
  leaks: LeakKind[];
  written: boolean;
  /** The person's replies before this one in the dialogue and the lines they answered, as a front end keeps them (core/reply.ts Typed). */
  before: Before;
}

export interface CallerRow {
  id: string;
  dialogue: string;
  lang: Lang;
  text: string;
  flags: string[];
  /** The caller's first line in the dialogue. */
  first: boolean;
}

export interface RealCorpus {
  replies: ReplyRow[];
  callers: CallerRow[];
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Every row of the real corpus, in file and line order. */
export const loadReal = (): RealCorpus => loadDialogues(REAL);

/**
 * The rounds of written calls the reader is trained on. Each round is measured as it came first (docs/reader.md keeps
 * that figure); a later round is the blind measure of the reader trained on the earlier ones.
 */
export const CALLS_TRAINED_ROUNDS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55];

/** The rounds not trained on whose secret misses were read to fix the rules: their leak figures are no longer blind. */
export const CALLS_READ_ROUNDS: readonly number[] = [56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126];

/** The round of a written call's row, from its id ("wc1a-0004-r2" is round 1). */
export const callRound = (id: string): number => Number(/^wc(\d+)[a-z]-/.exec(id)?.[1] ?? NaN);

/**
 * The rows of the conversations written blind (test/corpus/calls/), as the real corpus is read: `trained`, those of the
 * rounds the reader is trained on; `measured`, the others, never trained or tuned on.
 */
export function loadCalls(which: 'trained' | 'measured' | 'all' = 'all'): RealCorpus {
  const all = existsSync(CALLS) ? loadDialogues(CALLS) : { replies: [], callers: [] };
  if (which === 'all') return all;
  const keep = (r: { id: string }) => CALLS_TRAINED_ROUNDS.includes(callRound(r.id)) === (which === 'trained');
  return { replies: all.replies.filter(keep), callers: all.callers.filter(keep) };
}

/** The dialogue rows of every .jsonl file in `dir`, in file and line order. */
function loadDialogues(dir: string): RealCorpus {
  const replies: ReplyRow[] = [];
  const callers: CallerRow[] = [];
  // each dialogue's replies are in order, r1 first: what the person said before is read with each
  const typed = new Map<string, Typed>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const r of jsonl<Record<string, unknown>>(join(dir, f))) {
      const base = { id: String(r.id), dialogue: String(r.dialogue), lang: r.lang as Lang };
      if (typeof r.reply === 'string') {
        const said = typed.get(base.dialogue) ?? typed.set(base.dialogue, new Typed()).get(base.dialogue)!;
        const caller = String(r.caller ?? '');
        replies.push({ ...base, caller, reply: r.reply, intent: r.intent as Intent, leaks: (r.leaks as LeakKind[]) ?? [], written: r.written === true, before: said.before });
        said.note(r.reply, caller || undefined);
      } else {
        callers.push({ ...base, text: String(r.text), flags: (r.flags as string[]) ?? [], first: /-c1$/.test(String(r.id)) });
      }
    }
  }
  return { replies, callers };
}

export const WRITTEN_TRAIN = ['replies', 'field'] as const;
export const WRITTEN_TEST = ['holdout', 'blind'] as const;

/** A written set (test/corpus/<name>.jsonl) as reply rows without a caller's line. */
export function loadWritten(name: string): ReplyRow[] {
  const file = join(ROOT, 'test', 'corpus', `${name}.jsonl`);
  if (!existsSync(file)) return [];
  return jsonl<{ text: string; lang: Lang; intent: Intent; leaks: LeakKind[] }>(file).map((r, i) => ({
    id: `${name}-${i + 1}`,
    dialogue: `${name}-${i + 1}`,
    lang: r.lang,
    caller: '',
    reply: r.text,
    intent: r.intent,
    leaks: r.leaks ?? [],
    written: true,
    before: {},
  }));
}
