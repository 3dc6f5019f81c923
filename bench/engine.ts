// In-process figures: replies through classify → machine → verdicts (Session.reply), loading the
// whole scenario library, and the classifier alone on the labelled corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../src/classify/index';
import { createSession } from '../src/core/session';
import { reader } from '../src/classify/reader';
import { compile } from '../src/core/conversation';
import { parseAnswers, type AnswerStep } from '../src/answers/parse';
import { loadLibrary } from '../src/scenario/files';
import { packageRoot } from '../src/scenario/paths';
import { median } from './startup';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export interface LibraryBench {
  scenarios: number;
  /** Median of `runs` loads after one warm-up (JIT-warm). The cold figure is `scamdrill validate` in the start-up section. */
  medianMs: number;
}

/** loadLibrary() (read, YAML parse, zod, checks) + compile of every scenario. */
export function benchLibrary(runs = 5): LibraryBench {
  const once = () => {
    const t0 = performance.now();
    const lib = loadLibrary();
    for (const s of lib.scenarios) compile(s);
    return { ms: performance.now() - t0, n: lib.scenarios.length };
  };
  const first = once();
  const later = Array.from({ length: runs }, () => once().ms);
  return { scenarios: first.n, medianMs: median(later) };
}

export interface RepliesBench {
  replies: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  files: number;
}

/**
 * Every example answers file replayed on a fresh session of its scenario, over and over for
 * about `durationMs`; each reply() call (free text or a numbered choice) is timed on its own.
 * `@wait` steps advance the clock but are not replies and are not timed.
 */
export function benchReplies(durationMs = 1500): RepliesBench {
  const lib = loadLibrary();
  const dir = join(packageRoot(), 'examples', 'answers');
  const runs: { scenario: (typeof lib.scenarios)[number]; machine: ReturnType<typeof compile>; steps: AnswerStep[] }[] = [];
  for (const id of existsSync(dir) ? readdirSync(dir) : []) {
    const scenario = lib.scenarios.find((s) => s.id === id);
    if (!scenario) continue;
    const machine = compile(scenario);
    for (const f of readdirSync(join(dir, id)).filter((n) => n.endsWith('.txt'))) {
      const p = parseAnswers(readFileSync(join(dir, id, f), 'utf8'), f);
      if (p.ok) runs.push({ scenario, machine, steps: p.answers.steps });
    }
  }
  if (!runs.length) throw new Error('no example answers files (examples/answers/<scenario>/*.txt)');
  const times: number[] = [];
  const round = (record: boolean) => {
    for (const r of runs) {
      const s = createSession(r.scenario, lib.catalogue, { lang: 'en', machine: r.machine, reader });
      s.start();
      for (const step of r.steps) {
        if (s.ended) break;
        if (step.kind === 'wait') {
          s.advance(step.ms);
          continue;
        }
        const t0 = performance.now();
        s.reply(step.kind === 'choice' ? { choice: step.n } : step.text);
        if (record) times.push(performance.now() - t0);
      }
    }
  };
  round(false); // warm-up: JIT and the classifier's lazily built tables
  const start = performance.now();
  while (performance.now() - start < durationMs) round(true);
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return { replies: times.length, perSecond: Math.round(times.length / (total / 1000)), p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), files: runs.length };
}

/**
 * Mean ms per classify() on the labelled corpus, the way `npm run eval` times it (50 warm-up
 * replies, then 5 passes); scripts/eval.ts exports no timing function, so it is repeated here.
 */
export function benchClassify(): { rows: number; meanMs: number } {
  const texts: string[] = [];
  for (const f of ['test/corpus/replies.jsonl', 'test/corpus/holdout.jsonl']) {
    const p = join(packageRoot(), f);
    if (!existsSync(p)) continue;
    for (const l of readFileSync(p, 'utf8').split('\n')) if (l.trim()) texts.push((JSON.parse(l) as { text: string }).text);
  }
  if (!texts.length) throw new Error('no labelled corpus (test/corpus/*.jsonl)');
  for (const t of texts.slice(0, 50)) classify(t);
  const reps = 5;
  const t0 = performance.now();
  for (let k = 0; k < reps; k++) for (const t of texts) classify(t);
  return { rows: texts.length, meanMs: (performance.now() - t0) / (reps * texts.length) };
}
