// Start-up of the built CLI as a user meets it: process launch to exit (--version, a whole `play`)
// and to the first frame of the practice call screen in a real pseudo-terminal, each beside the
// floors `node -e 0` and a bare Ink app bundled the same way (bench/fixtures/ink-hello.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// @ts-expect-error: a plain .mjs module shared with scripts/build.mjs, no type declarations
import { bundleOptions } from '../scripts/bundle-options.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const TIME = '/usr/bin/time';
const PTY_TIMEOUT_MS = 15_000;

export interface Env {
  env: NodeJS.ProcessEnv;
  dir: string;
  inkHello: string;
}

/** A temp data dir (no history is written into the user's), CI=false so Ink draws every frame. */
export async function prepare(): Promise<Env> {
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-bench-'));
  const inkHello = join(dir, 'ink-hello.js');
  // Same esbuild options as dist/cli.js: the floor is what our own bundling of Ink costs.
  await build({ ...(bundleOptions(ROOT) as object), entryPoints: [join(ROOT, 'bench/fixtures/ink-hello.mjs')], outfile: inkHello });
  const env = { ...process.env, CI: 'false', SCAMDRILL_DATA_DIR: join(dir, 'data'), TERM: 'xterm-256color', FORCE_COLOR: undefined, NO_COLOR: undefined };
  return { env, dir, inkHello };
}

export const cleanup = (e: Env) => rmSync(e.dir, { recursive: true, force: true });

/** Launch to exit, in ms. Output is read and thrown away (a pipe, as in `scamdrill ... | less`). */
export function timeToExit(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) resolve(ms);
      else reject(new Error(`node ${args.join(' ')} exited with ${code}: ${err.trim().split('\n')[0] ?? ''}`));
    });
  });
}

// CSI sequences (colours, cursor, private modes) and OSC titles.
const ANSI = /\u001b\[[0-9;?]*[ -\/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface PtyRun {
  /** Launch to the first bytes of `marker` on the terminal. */
  ms: number;
  /** Peak RSS of the node process (kB), from /usr/bin/time, when asked for. */
  peakKb?: number;
}

/**
 * Run `node <args>` in a pseudo-terminal of 80×24 (util-linux `script`), time until every one of
 * `markers` is drawn (a whole frame, not its first row), then send the `quit` keys (a second
 * Ctrl-C answers "Leave?") until it ends. Our stdin pipe stays open, so
 * `script` does not see end-of-file and end the session early.
 */
export function ptyFirstFrame(args: string[], markers: string | readonly string[], quit: string | readonly string[], env: NodeJS.ProcessEnv, rssFile?: string): Promise<PtyRun> {
  const all = typeof markers === 'string' ? [markers] : markers;
  const marker = all.join('" and "');
  const keys = typeof quit === 'string' ? (quit ? [quit] : []) : quit;
  const node = [process.execPath, ...args].map(shellQuote).join(' ');
  // The size is set inside the pty: without it the pty is 0×0 and Ink shells out to find a size.
  const timed = rssFile ? `${TIME} -f %M -o ${shellQuote(rssFile)} ${node}` : node;
  const cmd = `stty cols 80 rows 24; exec ${timed}`;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let ms: number | undefined;
    let quitting: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      clearInterval(quitting);
      child.kill('SIGKILL');
      const text = JSON.stringify(out.replace(ANSI, '').slice(0, 300));
      reject(new Error(ms === undefined ? `no "${marker}" on the terminal within ${PTY_TIMEOUT_MS / 1000} s; it showed: ${text}` : `still running ${PTY_TIMEOUT_MS / 1000} s after the quit key`));
    }, PTY_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => {
      if (ms !== undefined) return;
      out += d.toString('utf8');
      // Colours and cursor moves may fall inside the words; look at the text alone.
      const text = out.replace(ANSI, '');
      if (all.every((m) => text.includes(m))) {
        ms = performance.now() - t0;
        // Leave the screen up a moment (a person reads it), then quit as a person would; again
        // every 200 ms until it is gone (keys sent before the program reads them are lost).
        const send = () => keys.forEach((k, i) => setTimeout(() => child.stdin.write(k), 100 * i));
        if (keys.length) quitting = setInterval(send, 200);
      }
    });
    child.stdin.on('error', () => {}); // the program may be gone before the quit key arrives
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      clearInterval(quitting);
      if (ms === undefined) return reject(new Error(`exited before "${marker}" was drawn: ${JSON.stringify(out.slice(-200))}`));
      const peakKb = rssFile && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : undefined;
      resolve({ ms, ...(peakKb ? { peakKb } : {}) });
    });
  });
}

/** Peak RSS (kB) of one `node <args>` run to exit, from /usr/bin/time. */
export function peakRssToExit(args: string[], env: NodeJS.ProcessEnv, rssFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop())) : reject(new Error(`exited with ${code}`))));
  });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface Case {
  id: string;
  run: () => Promise<number>;
}

/**
 * Median ms of each case over `runs` runs, after one unrecorded warm-up run each (disk cache).
 * Cases take turns run by run, so a burst of load on the machine is spread over all of them
 * instead of landing on one.
 */
export async function medians(cases: Case[], runs: number): Promise<Map<string, { median: number; runs: number[]; error?: string }>> {
  const out = new Map<string, { median: number; runs: number[]; error?: string }>();
  for (const c of cases) out.set(c.id, { median: NaN, runs: [] });
  for (let i = 0; i <= runs; i++) {
    for (const c of cases) {
      const r = out.get(c.id)!;
      if (r.error) continue;
      try {
        const ms = await c.run();
        if (i > 0) r.runs.push(ms);
      } catch (e) {
        r.error = e instanceof Error ? e.message : String(e);
      }
    }
  }
  for (const r of out.values()) if (r.runs.length) r.median = median(r.runs);
  return out;
}

export const hasScript = () => existsSync('/usr/bin/script') || existsSync('/bin/script');
export const hasTime = () => existsSync(TIME);
export { CLI, ROOT };
