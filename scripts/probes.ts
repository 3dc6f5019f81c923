// The secret probes: replies written blind by helper sessions that had not read the detector, each
// with the caller's line before it (and the person's replies before, for a secret said over two),
// labelled by docs/labelling.md. Round 1 was written first and the detector was fixed from its misses;
// rounds 2 on were written after the fixes before them, measured once as they came, then fixed
// from too (docs/security.md). So these are figures on written forms the detector has seen, a check
// that fixes hold, not a test set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyInContext } from '../src/classify/index';
import { ROOT, type Lang } from './corpus';

export interface ProbeRow {
  /** The blind round it was written in (docs/security.md). */
  round: number;
  lang: Lang;
  caller: string;
  earlier?: string[];
  reply: string;
  leaks: string[];
  secrets: string[];
  note?: string;
}

export interface ProbeFigures {
  /** Secrets labelled (a kind once per reply) and how many of them were found, of the right kind. */
  secrets: number;
  found: number;
  /** Replies with no secret, and how many of them had something masked. */
  harmless: number;
  falseLeaks: number;
}

/**
 * The last round the detector was fixed from. A round written after the last fix is measured as it came and kept
 * in the file, out of the floors (test/classify/secret-probes.test.ts) until it is fixed from (rounds 31 to 48 were fixed
 * from in part only: their English false leaks are above the floor).
 */
export const FIXED_THROUGH = 30;

export const loadProbes = (): ProbeRow[] =>
  readFileSync(join(ROOT, 'test', 'corpus', 'secret-probes.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ProbeRow);

/**
 * The caller's lines each row's earlier replies answered: a call's rows come in order, each with the replies before it, so
 * the line an earlier reply answered is the caller's line of the row that wrote that reply.
 */
export function callersOf(rows: readonly ProbeRow[]): Map<ProbeRow, Array<string | undefined>> {
  const key = (r: ProbeRow, said: readonly string[]) => JSON.stringify([r.round, ...said]);
  const lineOf = new Map<string, string>();
  for (const r of rows) lineOf.set(key(r, [...(r.earlier ?? []), r.reply]), r.caller);
  return new Map(rows.map((r) => [r, (r.earlier ?? []).map((_, i) => lineOf.get(key(r, r.earlier!.slice(0, i + 1))))]));
}

/**
 * Leak recall and false leaks over probe rows, read as a front end reads them: with the caller's line, the replies before
 * and the lines they answered.
 */
export function measureProbes(rows: readonly ProbeRow[]): ProbeFigures {
  const out: ProbeFigures = { secrets: 0, found: 0, harmless: 0, falseLeaks: 0 };
  const callers = callersOf(rows);
  for (const r of rows) {
    const kinds = new Set(classifyInContext(r.reply, { context: { caller: r.caller, earlier: r.earlier ?? [], callers: callers.get(r) } }).leaks.map((l) => l.kind as string));
    for (const k of new Set(r.leaks)) {
      out.secrets++;
      if (kinds.has(k)) out.found++;
    }
    if (!r.leaks.length) {
      out.harmless++;
      if (kinds.size) out.falseLeaks++;
    }
  }
  return out;
}
