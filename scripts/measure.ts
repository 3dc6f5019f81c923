// The figures of a reader on labelled rows, computed one way for `npm run eval` and for the
// held-out test (test/eval/heldout.test.ts): intent accuracy and per-intent precision/recall,
// verdict macro-F1, leak recall and false leaks for replies; per-flag and micro precision/recall
// for caller lines.
import { CONFIDENT, type Reading } from '../src/classify/index';
import { SAFE_INTENTS } from '../src/core/judge';
import { INTENTS, type Intent, type LeakKind } from '../src/core/constants';
import type { CallerRow, ReplyRow } from './corpus';

export type Verdict = 'safe' | 'unsafe' | 'open';
const VERDICTS: readonly Verdict[] = ['safe', 'unsafe', 'open'];

/** The verdict a reading gives the open flags, as the judge decides it (core/judge.ts replyVerdict). */
export function verdictOf(r: Pick<Reading, 'intent' | 'confidence'> & { leaks: readonly unknown[] }): Verdict {
  if (r.leaks.length) return 'unsafe';
  if (r.confidence < CONFIDENT) return 'open';
  if (SAFE_INTENTS.includes(r.intent)) return 'safe';
  return r.intent === 'comply' ? 'unsafe' : 'open';
}

/** A labelled reply's verdict, as the labelling guide derives it from intent and leaks. */
const truthVerdict = (r: ReplyRow) => verdictOf({ intent: r.intent, confidence: 1, leaks: r.leaks });

export interface PR {
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

function pr(tp: number, fp: number, fn: number): PR {
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  return { precision, recall, f1, n: tp + fn };
}

export interface ReplyFigures {
  n: number;
  accuracy: number;
  intents: Record<Intent, PR>;
  verdicts: Record<Verdict, PR>;
  macroF1: number;
  leakRecall: number;
  /** Share of replies without a secret in which one was found. */
  falseLeaks: number;
  mistakes: Array<{ row: ReplyRow; got: Reading }>;
}

type Read = (row: ReplyRow) => Pick<Reading, 'intent' | 'confidence'> & { leaks: ReadonlyArray<{ kind: LeakKind }> };

export function measureReplies(rows: readonly ReplyRow[], read: Read): ReplyFigures {
  const count = (pairs: Array<[string, string]>, label: string) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [want, got] of pairs) {
      if (want === label && got === label) tp++;
      else if (got === label) fp++;
      else if (want === label) fn++;
    }
    return pr(tp, fp, fn);
  };
  const intentPairs: Array<[string, string]> = [];
  const verdictPairs: Array<[string, string]> = [];
  const mistakes: ReplyFigures['mistakes'] = [];
  let leaksWanted = 0;
  let leaksFound = 0;
  let clean = 0;
  let falseLeak = 0;
  for (const row of rows) {
    const got = read(row);
    intentPairs.push([row.intent, got.intent]);
    verdictPairs.push([truthVerdict(row), verdictOf(got)]);
    const kinds = got.leaks.map((l) => l.kind);
    for (const k of new Set(row.leaks)) {
      leaksWanted++;
      if (kinds.includes(k)) leaksFound++;
    }
    if (!row.leaks.length) {
      clean++;
      if (kinds.length) falseLeak++;
    }
    if (got.intent !== row.intent || verdictOf(got) !== truthVerdict(row)) mistakes.push({ row, got: { ...got, leaks: [], lang: row.lang } });
  }
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, count(verdictPairs, v)])) as Record<Verdict, PR>;
  return {
    n: rows.length,
    accuracy: intentPairs.filter(([a, b]) => a === b).length / (rows.length || 1),
    intents: Object.fromEntries(INTENTS.map((i) => [i, count(intentPairs, i)])) as Record<Intent, PR>,
    verdicts,
    macroF1: VERDICTS.reduce((s, v) => s + verdicts[v].f1, 0) / VERDICTS.length,
    leakRecall: leaksWanted ? leaksFound / leaksWanted : NaN,
    falseLeaks: clean ? falseLeak / clean : 0,
    mistakes,
  };
}

export interface FlagFigures {
  flags: Record<string, PR>;
  micro: PR;
}

/**
 * Each row's flags as `flagsOf` reads them with the flags it showed on the earlier rows of the row's call, as analyze reads a call
 * line by line (rows keep their calls' order). `before` is read during the call only: it grows after.
 */
export function readInCalls<T extends { dialogue: string }>(rows: readonly T[], flagsOf: (row: T, before: ReadonlySet<string>, i: number) => readonly string[]): Array<readonly string[]> {
  const shown = new Map<string, Set<string>>();
  return rows.map((row, i) => {
    const before = shown.get(row.dialogue) ?? shown.set(row.dialogue, new Set()).get(row.dialogue)!;
    const got = flagsOf(row, before, i);
    for (const f of got) before.add(f);
    return got;
  });
}

export function measureFlags(rows: readonly CallerRow[], flagsOf: (row: CallerRow, before: ReadonlySet<string>) => readonly string[]): FlagFigures {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const at = (f: string) => counts.get(f) ?? counts.set(f, { tp: 0, fp: 0, fn: 0 }).get(f)!;
  const read = readInCalls(rows, flagsOf);
  for (const [i, row] of rows.entries()) {
    const got = new Set(read[i]);
    const want = new Set(row.flags);
    for (const f of got) at(f)[want.has(f) ? 'tp' : 'fp']++;
    for (const f of want) if (!got.has(f)) at(f).fn++;
  }
  const flags: Record<string, PR> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [f, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    flags[f] = pr(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { flags, micro: pr(tp, fp, fn) };
}
