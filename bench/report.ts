// `scamdrill report` over a large history: N practices saved by the history store itself (the
// example learners' playbacks, one an hour, at 12 sites), then the report run as a user runs it.
// Run: npx tsx bench/report.ts [N]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnswers } from '../src/answers/parse';
import { play, type PlaybackResult } from '../src/playback/run';
import { loadLibrary } from '../src/scenario/files';
import { saveSession } from '../src/store/history';
import { openSqlite } from '../src/store/sqlite';
import { CLI, median, peakRssToExit, ROOT, timeToExit } from './startup';

export const REPORT_PRACTICES = 2000;

/** A data folder holding `n` practices, one an hour from 2025-01-01, at 12 sites and 5 teams. */
export async function historyOf(n: number): Promise<string> {
  const lib = loadLibrary();
  const played: PlaybackResult[] = [];
  for (const id of ['express-refund', 'etc-toll-card', 'police-safe-account']) {
    const scenario = lib.scenarios.find((s) => s.id === id)!;
    const dir = join(ROOT, 'examples', 'answers', id);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const parsed = parseAnswers(readFileSync(join(dir, f), 'utf8'), f);
      if (parsed.ok) played.push(play(scenario, lib.catalogue, parsed.answers, { lang: 'en' }));
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-bench-report-'));
  const store = openSqlite(dataDir);
  try {
    for (let i = 0; i < n; i++) {
      const r = played[i % played.length]!;
      await saveSession(store, { debrief: r.debrief, events: r.events, mode: 'coach', finishedAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000), site: `site ${i % 12}`, team: `team ${i % 5}` });
    }
  } finally {
    await store.close();
  }
  return dataDir;
}

export interface ReportBench {
  practices: number;
  textMs: number;
  htmlMs: number;
  peakRssMb: number;
}

/** Median of `runs` runs to exit of the text and the HTML report, and the text report's peak RSS. */
export async function benchReport(n = REPORT_PRACTICES, runs = 3): Promise<ReportBench> {
  const dataDir = await historyOf(n);
  try {
    const env = { ...process.env, NO_COLOR: '1' };
    const args = (format: string) => [CLI, 'report', '--data-dir', dataDir, '--format', format];
    const times = async (format: string) => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) ms.push(await timeToExit(args(format), env));
      return median(ms);
    };
    const textMs = await times('text');
    const htmlMs = await times('html');
    const peakKb = await peakRssToExit(args('text'), env, join(dataDir, 'rss.txt'));
    return { practices: n, textMs, htmlMs, peakRssMb: Math.round(peakKb / 102.4) / 10 };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchReport(Number(process.argv[2] ?? REPORT_PRACTICES));
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
