// Reading a reply for secrets: normalise, find, mask (redact), on 100 kB pastes and on the secrets
// corpus, warm; and the first read in a fresh process, which pays for compiling the regexes.
//   npx tsx bench/secrets.ts          print the figures
// bench/run.ts runs the same as its "secrets" section.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redact } from '../src/classify/redact';
import { ROOT, withBundle } from './bundle';

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** The pastes: one long number; secrets and look-alikes in Chinese; the same in English; one long word before an "@"; labels, groups, list items, repeat words and sums by the thousand. */
export const PASTES: Record<string, string> = {
  digits: fill('4829 1|3/7:3-9.2 '),
  zh: fill('我的验证码是四八二九一三，我不会给你。我转了5000元，2024-12-31再打96110。手机13812345678，订单号20231115。'),
  en: fill('the code is four eight two nine one three, card 6222 0212 3456 7890 128. I owe 3500, call 95588 on 12/31. '),
  // one long word and an "@": an e-mail address is looked for from the "@", not at every start
  at: 'a'.repeat(SIZE - 1) + '@',
  // thousands of a secret's labels, and of numbers in a remote tool's ID's shape: each number once read
  // the whole reply again (for a password around it, for a meeting or a remote tool named), 400 ms
  labels: fill('the pin is 4417 and '),
  groups: fill('ref 881 440 2276, '),
  // ...and three a review found far worse, read again from their start at each part: a list of short numbers (129 s), a
  // repeat word (38 s), PINs between sums (2 s)
  list: fill('一、二、三、'),
  repeats: fill('double '),
  sums: fill('my pin is ab12 $5 '),
};
/** A first reply in each language: each regex it needs is compiled while it is read. */
export const FIRST_READS = {
  zh: '好的，验证码是四八二九一三，卡号6222 0212 3456 7890 128',
  en: 'ok the code is 482913, and my card number is 6222 0212 3456 7890 128',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Reads of a paste before it is timed: V8 has optimised the reader's hot code by about the seventh read of a 100 kB paste. */
export const WARM_UPS = 8;
/**
 * Per paste, the median ms to redact it once warm (WARM_UPS reads first), and its first read, in one fresh Node running the
 * bundle users run (esbuild, as dist/cli.js is built): the same code through tsx's per-module loader reads a paste 10–20 %
 * slower, and that is not what a person waits for. The first read pays for the code not optimised yet (the first paste the
 * most, later ones share its warm code), as a single paste given to a fresh `classify` does.
 */
export function benchPastes(runs = 9): Record<string, { warm: number; first: number }> {
  return withRedact((dir) => {
    writeFileSync(join(dir, 'pastes.json'), JSON.stringify(PASTES));
    const driver = join(dir, 'pastes.mjs');
    writeFileSync(driver, `import { readFileSync } from 'node:fs';
const { redact, compileRegexesOnce } = await import('./redact.mjs');
compileRegexesOnce();
const pastes = JSON.parse(readFileSync(new URL('./pastes.json', import.meta.url), 'utf8'));
const out = {};
for (const [name, text] of Object.entries(pastes)) {
  const t0 = performance.now();
  redact(text);
  const first = performance.now() - t0;
  for (let i = 1; i < ${WARM_UPS}; i++) redact(text);
  const xs = [];
  for (let i = 0; i < ${runs}; i++) {
    const t1 = performance.now();
    redact(text);
    xs.push(performance.now() - t1);
  }
  out[name] = { warm: xs.sort((a, b) => a - b)[xs.length >> 1], first };
}
process.stdout.write(JSON.stringify(out));
`);
    return JSON.parse(execFileSync(process.execPath, [driver], { encoding: 'utf8' })) as Record<string, { warm: number; first: number }>;
  });
}

/** Mean ms per reply of the secrets corpus (test/corpus/secrets.jsonl), warm. */
export function benchCorpus(passes = 5): { rows: number; meanMs: number } {
  const texts = readFileSync(join(ROOT, 'test/corpus/secrets.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  for (const t of texts) redact(t);
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const t of texts) redact(t);
  return { rows: texts.length, meanMs: (performance.now() - t0) / (passes * texts.length) };
}

/** `src/classify/redact.ts` bundled into a temporary folder, for `use` to run drivers beside it. */
const withRedact = <T>(use: (dir: string) => T): T => withBundle({ source: 'src/classify/redact.ts', names: ['redact'], file: 'redact.mjs', parent: tmpdir() }, use);

/**
 * The first read in a fresh Node: the bundled classify/redact is imported, then one reply is
 * read. Median over `runs` processes of the import and of that first read (regexes compile there).
 */
export function benchFirstRead(text: string, runs = 9): { importMs: number; firstMs: number } {
  return withRedact((dir) => {
    const driver = join(dir, 'first.mjs');
    writeFileSync(driver, `const t0 = performance.now();
const { redact, compileRegexesOnce } = await import('./redact.mjs');
compileRegexesOnce();
const t1 = performance.now();
redact(${JSON.stringify(text)});
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1 }));
`);
    const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [driver], { encoding: 'utf8' })) as { importMs: number; firstMs: number });
    return { importMs: median(samples.map((s) => s.importMs)), firstMs: median(samples.map((s) => s.firstMs)) };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = (x: number) => x.toFixed(3);
  for (const [name, ms] of Object.entries(benchPastes())) process.stdout.write(`redact a 100 kB paste (${name}): ${r(ms.warm)} ms (median of 9, after ${WARM_UPS} reads); its first read ${r(ms.first)} ms\n`);
  const c = benchCorpus();
  process.stdout.write(`redact, mean per reply of the secrets corpus (${c.rows} replies, warm): ${r(c.meanMs)} ms\n`);
  for (const [lang, text] of Object.entries(FIRST_READS)) {
    const f = benchFirstRead(text);
    process.stdout.write(`fresh process (${lang}): import ${r(f.importMs)} ms, first read ${r(f.firstMs)} ms (median of 9)\n`);
  }
}
