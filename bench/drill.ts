// Group drill benchmark: a real host (`node dist/cli.js drill host --headless`, its own process and
// store) and N scripted participants in this process playing express-refund from the example
// answers files, the load tool acting as trainer. Measures: all joined, answer → stored-and-tallied
// latency (p50/p99), host RSS. Targets: 2,000 participants, p99 < 250 ms, RSS < 300 MB.
// Run: npm run bench:drill   (or: npx tsx bench/drill.ts 100 500 2000); with SCAMDRILL_STORE set to a
// postgres:// address, the host writes to that PostgreSQL database instead of its SQLite file.
// `npm run bench` runs it on both stores (a throwaway PostgreSQL cluster where the server is installed).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runLoad, type LoadReport } from '../src/drill/load';
import { parseAnswers, type AnswerStep } from '../src/answers/parse';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const TARGETS = { p99Ms: 250, rssMb: 300 };

export interface DrillBenchRow extends LoadReport {
  ok: boolean;
  wallMs: number;
  /** At the goal's size: the p99 of each run, in the order run (the row is the run of the median p99). */
  p99Runs?: number[];
}

function scripts(scenario: string): AnswerStep[][] {
  const dir = join(ROOT, 'examples', 'answers', scenario);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const p = parseAnswers(readFileSync(join(dir, f), 'utf8'), f);
    if (!p.ok) throw new Error(`${f}: ${p.errors[0]?.message}`);
    return p.answers.steps;
  });
}

/**
 * One host, `participants` scripted participants, one drill to its end. `store`: a postgres:// address
 * for the host's results; without it the host keeps its own SQLite file (SCAMDRILL_STORE is not passed on).
 */
export async function benchDrillOnce(participants: number, scenario = 'express-refund', store?: string): Promise<DrillBenchRow> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-bench-'));
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'drill', 'host', scenario, '--headless', '--port', '0', '--data-dir', dataDir,
    // Every scripted participant comes from this one machine: lift the per-address and room caps.
    '--max-participants', String(participants), '--max-per-address', String(participants + 10)], { stdio: ['ignore', 'pipe', 'ignore'], env: hostEnv(store) });
  try {
    const first = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the host did not start')), 20_000);
      createInterface({ input: child.stdout! }).once('line', (l) => {
        clearTimeout(timer);
        resolve(l);
      });
      child.once('exit', (c) => reject(new Error(`the host exited with ${c}`)));
    });
    const info = JSON.parse(first) as { url: string; code: string; secret: string };
    const t0 = performance.now();
    const report = await runLoad({ address: info.url, code: info.code, secret: info.secret, participants, scripts: scripts(scenario), timeoutMs: 240_000 });
    const wallMs = Math.round(performance.now() - t0);
    const ok = report.joined === participants && report.latencyMs.p99 < TARGETS.p99Ms && (report.hostPeakRssMb ?? Infinity) < TARGETS.rssMb;
    return { ...report, ok, wallMs };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function hostEnv(store: string | undefined): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.SCAMDRILL_STORE;
  return store ? { ...env, SCAMDRILL_STORE: store } : env;
}

/** The rooms the main bench runs; the goal is met at the largest (issue 16: 2,000 people on a 2-core machine). */
export const DRILL_SIZES = [100, 500, 2000];
/**
 * Runs of the largest room: one run's p99 moves by ±50–100 ms with whatever else the two cores do
 * (bench/README.md), so the figure is the run of the median p99, and every run's p99 is shown.
 */
export const GOAL_RUNS = 3;

/** For the main bench: each size in turn; the largest GOAL_RUNS times, its row the run of the median p99. */
export async function benchDrill(sizes: number[] = DRILL_SIZES, store?: string): Promise<DrillBenchRow[]> {
  const rows: DrillBenchRow[] = [];
  const largest = Math.max(...sizes);
  for (const n of sizes) {
    if (n !== largest) {
      rows.push(await benchDrillOnce(n, undefined, store));
      continue;
    }
    const runs: DrillBenchRow[] = [];
    for (let i = 0; i < GOAL_RUNS; i++) runs.push(await benchDrillOnce(n, undefined, store));
    const median = [...runs].sort((a, b) => a.latencyMs.p99 - b.latencyMs.p99)[Math.floor(runs.length / 2)]!;
    rows.push({ ...median, p99Runs: runs.map((r) => r.latencyMs.p99) });
  }
  return rows;
}

export function formatDrillBench(rows: DrillBenchRow[]): string {
  const head = '| participants | joined | all joined in | answers | p50 | p99 | of which the host, p99 | a line reached all in | host RSS peak | drill wall time | target |';
  const lines = rows.map((r) => `| ${r.participants} | ${r.joined} | ${r.joinAllMs} ms | ${r.answers} | ${r.latencyMs.p50} ms | ${r.latencyMs.p99} ms${r.p99Runs ? ` (median of ${r.p99Runs.join(', ')})` : ''} | ${r.hostHandlingMs ? `${r.hostHandlingMs.p99} ms` : '?'} | ${r.lineSpreadMs ?? '?'} ms | ${r.hostPeakRssMb ?? '?'} MB | ${(r.wallMs / 1000).toFixed(1)} s | ${r.ok ? 'met' : 'MISSED'} |`);
  return [head, '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |', ...lines].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows = await benchDrill(sizes.length ? sizes : undefined, process.env.SCAMDRILL_STORE);
  const store = process.env.SCAMDRILL_STORE ? 'PostgreSQL ($SCAMDRILL_STORE)' : 'SQLite';
  process.stdout.write(`Group drill on one host, ${store} (express-refund, p99 target < ${TARGETS.p99Ms} ms, RSS < ${TARGETS.rssMb} MB)\n${formatDrillBench(rows)}\n`);
  for (const r of rows) if (r.errors.length) process.stdout.write(`errors at ${r.participants}: ${r.errors.join('; ')}\n`);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
