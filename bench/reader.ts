// The reader every front end uses (classify/reader: clean, find secrets, read the intent with the
// trained model against the caller's line, mask): warm, per reply of the real corpus; and the
// first read in a fresh process: what a person waits for on their first reply in practice or a
// drill (the session started the reader's prepare as it opened; the reply comes with its line and
// flags), and the same read fully cold (no prepare, the caller model reading the line too).
//   npx tsx bench/reader.ts          print the figures
// bench/run.ts runs the same as its "reader" section.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReal } from '../scripts/corpus';
import { ROOT, withBundle } from './bundle';

export interface FirstReply {
  caller: string;
  /** The red flags of the caller's line, as a scenario's turn carries them. */
  flags: string[];
  reply: string;
}

/** A first reply in each language, with the caller's line it answers. */
export const FIRST_REPLIES: Record<'zh' | 'en', FirstReply> = {
  zh: { caller: '电话别挂，我们马上帮你处理，请提供一下银行卡号和验证码。', flags: ['asks-card', 'asks-code'], reply: '好的，那我怎么提供呢？' },
  en: { caller: 'Can you please confirm your social security number so we can resolve this?', flags: ['asks-personal-info'], reply: "I'm not comfortable giving out my social security number over the phone." },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The reader bundled into a temporary folder inside the package (dist/), where it finds its weights as the installed CLI does; `use` runs drivers beside it. */
function withReader<T>(use: (dir: string) => T): T {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  return withBundle({ source: 'src/classify/reader.ts', names: ['reader', 'readText'], file: 'reader.mjs', parent: join(ROOT, 'dist') }, use);
}

/**
 * Mean ms per reply of the real corpus, each read against its caller's line, warm (after one pass), in one fresh Node
 * running the bundle users run: tsx's per-module loader names each closure as it is made, which a reply's read pays
 * for and a person never does. `flags`: with the line's red flags as labelled in the corpus, as a scenario's turn hands
 * them to the reader in practice, drills and analyze; without them the caller model reads each line too (what
 * `classify --context` pays).
 */
export function benchReplies(passes = 3, flags = false): { rows: number; meanMs: number } {
  const { replies, callers } = loadReal();
  const flagsOf = new Map(callers.map((c) => [`${c.dialogue}\n${c.text}`, c.flags]));
  const rows = replies.map((r) => ({ reply: r.reply, context: { caller: r.caller, ...(flags && { flags: flagsOf.get(`${r.dialogue}\n${r.caller}`) ?? [] }) } }));
  return withReader((dir) => {
    writeFileSync(join(dir, 'rows.json'), JSON.stringify(rows));
    const driver = join(dir, 'replies.mjs');
    writeFileSync(driver, `import { readFileSync } from 'node:fs';
const { reader, readText, compileRegexesOnce } = await import('./reader.mjs');
compileRegexesOnce();
await reader.prepare();
const rows = JSON.parse(readFileSync(new URL('./rows.json', import.meta.url), 'utf8'));
for (const r of rows) readText(r.reply, r.context);
const t0 = performance.now();
for (let p = 0; p < ${passes}; p++) for (const r of rows) readText(r.reply, r.context);
process.stdout.write(JSON.stringify((performance.now() - t0) / (${passes} * rows.length)));
`);
    return { rows: rows.length, meanMs: JSON.parse(execFileSync(process.execPath, [driver], { encoding: 'utf8' })) as number };
  });
}

export interface FirstRead {
  importMs: number;
  /** The reader's prepare, awaited as the person reading the caller's line gives it time to finish (0 when cold). */
  prepareMs: number;
  firstMs: number;
}

/**
 * The first read in a fresh Node: the bundled reader is imported, then one reply is read against
 * its caller's line. `session`: as practice and drills do it, the reader's prepare has run (it
 * starts with the session and is done long before a person has read the line and typed), and the
 * line's flags are given. Otherwise fully cold: no prepare, no flags (the caller model reads the
 * line), as `classify --context` pays once. Medians over `runs` processes.
 */
export function benchFirstRead(input: FirstReply, runs = 9, session = true): FirstRead {
  return withReader((dir) => {
    const driver = join(dir, 'first.mjs');
    const context = session ? { caller: input.caller, flags: input.flags } : { caller: input.caller };
    writeFileSync(driver, `const t0 = performance.now();
const { reader, readText, compileRegexesOnce } = await import('./reader.mjs');
compileRegexesOnce();
const t1 = performance.now();
${session ? 'await reader.prepare();' : ''}
const t2 = performance.now();
readText(${JSON.stringify(input.reply)}, ${JSON.stringify(context)});
const t3 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, prepareMs: t2 - t1, firstMs: t3 - t2 }));
`);
    const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [driver], { encoding: 'utf8' })) as FirstRead);
    return { importMs: median(samples.map((s) => s.importMs)), prepareMs: median(samples.map((s) => s.prepareMs)), firstMs: median(samples.map((s) => s.firstMs)) };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = (x: number) => x.toFixed(3);
  const f = benchReplies(3, true);
  process.stdout.write(`reader, mean per reply of the real corpus (${f.rows} replies with their caller's line and its flags, warm): ${r(f.meanMs)} ms\n`);
  const c = benchReplies();
  process.stdout.write(`reader, mean per reply of the real corpus (${c.rows} replies with their caller's line, no flags: the caller model reads it, warm): ${r(c.meanMs)} ms\n`);
  for (const [lang, input] of Object.entries(FIRST_REPLIES)) {
    const f = benchFirstRead(input);
    process.stdout.write(`fresh process (${lang}): import ${r(f.importMs)} ms, prepare ${r(f.prepareMs)} ms, first read ${r(f.firstMs)} ms (median of 9)\n`);
    const c = benchFirstRead(input, 9, false);
    process.stdout.write(`fresh process, cold (${lang}): first read ${r(c.firstMs)} ms (no prepare, no flags; median of 9)\n`);
  }
}
