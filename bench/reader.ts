// The reader every front end uses (classify/reader: clean, find secrets, read the intent with the
// trained model against the caller's line, mask): warm, per reply of the real corpus; and the
// first read in a fresh process, which pays for loading the weights and compiling the regexes.
//   npx tsx bench/reader.ts          print the figures
// bench/run.ts runs the same as its "reader" section.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { readText } from '../src/classify/reader';
import { loadReal } from '../scripts/corpus';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/** A first reply in each language, with the caller's line it answers. */
export const FIRST_REPLIES = {
  zh: { caller: '电话别挂，我们马上帮你处理，请提供一下银行卡号和验证码。', reply: '好的，那我怎么提供呢？' },
  en: { caller: 'Can you please confirm your social security number so we can resolve this?', reply: "I'm not comfortable giving out my social security number over the phone." },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Mean ms per reply of the real corpus, each read against its caller's line, warm (after one pass). */
export function benchReplies(passes = 3): { rows: number; meanMs: number } {
  const rows = loadReal().replies;
  for (const r of rows) readText(r.reply, { caller: r.caller });
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const r of rows) readText(r.reply, { caller: r.caller });
  return { rows: rows.length, meanMs: (performance.now() - t0) / (passes * rows.length) };
}

/**
 * The first read in a fresh Node: the bundled reader is imported, then one reply is read against
 * its caller's line. The bundle sits inside the package (dist/), where the reader finds its
 * weights, as the installed CLI does. Median over `runs` processes.
 */
export function benchFirstRead(input: { caller: string; reply: string }, runs = 9): { importMs: number; firstMs: number } {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'dist', '.bench-reader-'));
  try {
    buildSync({ entryPoints: [join(ROOT, 'src/classify/reader.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'reader.mjs'), logLevel: 'error' });
    const driver = join(dir, 'first.mjs');
    writeFileSync(driver, `const t0 = performance.now();
const { readText } = await import('./reader.mjs');
const t1 = performance.now();
readText(${JSON.stringify(input.reply)}, { caller: ${JSON.stringify(input.caller)} });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1 }));
`);
    const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [driver], { encoding: 'utf8' })) as { importMs: number; firstMs: number });
    return { importMs: median(samples.map((s) => s.importMs)), firstMs: median(samples.map((s) => s.firstMs)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = (x: number) => x.toFixed(3);
  const c = benchReplies();
  process.stdout.write(`reader, mean per reply of the real corpus (${c.rows} replies with their caller's line, warm): ${r(c.meanMs)} ms\n`);
  for (const [lang, input] of Object.entries(FIRST_REPLIES)) {
    const f = benchFirstRead(input);
    process.stdout.write(`fresh process (${lang}): import ${r(f.importMs)} ms, first read ${r(f.firstMs)} ms (median of 9)\n`);
  }
}
