// Playback throughput: the whole bundled library played with every example answers file, over
// and over in one process for about two seconds. Run: npx tsx bench/playback.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnswers, type Answers } from '../src/answers/parse';
import { play } from '../src/playback/run';
import { loadLibrary } from '../src/scenario/files';
import { packageRoot } from '../src/scenario/paths';
import type { Catalogue, Scenario } from '../src/core/schema';

export interface PlaybackBench {
  sessions: number;
  seconds: number;
  sessionsPerSecond: number;
  /** Distinct (scenario, answers file) pairs in one round. */
  pairs: number;
}

interface Pair {
  scenario: Scenario;
  answers: Answers;
}

/** Every example answers file with its scenario; files or folders that do not fit are skipped. */
function examplePairs(): { catalogue: Catalogue; pairs: Pair[] } {
  const lib = loadLibrary();
  const dir = join(packageRoot(), 'examples', 'answers');
  const pairs: Pair[] = [];
  for (const id of existsSync(dir) ? readdirSync(dir) : []) {
    const scenario = lib.scenarios.find((s) => s.id === id);
    if (!scenario) continue;
    for (const f of readdirSync(join(dir, id)).filter((n) => n.endsWith('.txt'))) {
      const parsed = parseAnswers(readFileSync(join(dir, id, f), 'utf8'), f);
      if (parsed.ok) pairs.push({ scenario, answers: parsed.answers });
    }
  }
  return { catalogue: lib.catalogue, pairs };
}

export function benchPlayback(durationMs = 2000): PlaybackBench {
  const { catalogue, pairs } = examplePairs();
  if (!pairs.length) throw new Error('no example answers files to play (examples/answers/<scenario>/*.txt)');
  const round = () => {
    for (const p of pairs) play(p.scenario, catalogue, p.answers, { lang: 'en' });
  };
  round(); // warm up: JIT, lazily built classifier tables
  let sessions = 0;
  const start = performance.now();
  let now = start;
  while (now - start < durationMs) {
    round();
    sessions += pairs.length;
    now = performance.now();
  }
  const seconds = (now - start) / 1000;
  return { sessions, seconds, sessionsPerSecond: Math.round(sessions / seconds), pairs: pairs.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = benchPlayback();
  process.stdout.write(`playback: ${r.sessionsPerSecond} sessions/s (${r.sessions} sessions of ${r.pairs} example files in ${r.seconds.toFixed(2)} s)\n`);
}
