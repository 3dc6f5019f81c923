// The reader of this checkout against the reader of another, in one process, passes interleaved
// (A B, B A, …): on a shared, loaded machine both see the same load, which separate runs do not.
// Each pass reads every reply of this checkout's real corpus with its caller's line and flags, warm.
//   git archive <commit> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
//   npx tsx bench/reader-ab.ts /tmp/before [rounds]
// Prints, for each, the mean, median and least CPU time (user) and wall time per reply.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReplyContext } from '../src/core/reader';
import { readText } from '../src/classify/reader';
import { loadReal } from '../scripts/corpus';

type Read = (text: string, context?: ReplyContext) => unknown;

const HERE = join(fileURLToPath(import.meta.url), '..', '..');

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) {
    process.stderr.write('usage: npx tsx bench/reader-ab.ts <other checkout> [rounds]\n');
    process.exit(2);
  }
  const rounds = Number(process.argv[3] ?? 10);
  const theirs = (await import(pathToFileURL(join(resolve(other), 'src/classify/reader.ts')).href)) as { readText: Read };
  const readers: Array<[string, Read]> = [[resolve(other), theirs.readText], [HERE, readText]];
  const { replies, callers } = loadReal();
  const flagsOf = new Map(callers.map((c) => [`${c.dialogue}\n${c.text}`, c.flags]));
  const rows = replies.map((r) => ({ reply: r.reply, context: { caller: r.caller, flags: flagsOf.get(`${r.dialogue}\n${r.caller}`) ?? [] } }));
  for (const [, read] of readers) for (let p = 0; p < 2; p++) for (const r of rows) read(r.reply, r.context);
  const cpu: number[][] = [[], []];
  const wall: number[][] = [[], []];
  for (let k = 0; k < rounds; k++) {
    for (const i of k % 2 ? [1, 0] : [0, 1]) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const r of rows) readers[i]![1](r.reply, r.context);
      wall[i]!.push((performance.now() - t0) / rows.length);
      cpu[i]!.push(process.cpuUsage(c0).user / 1000 / rows.length);
    }
  }
  const f = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4)} median ${s[s.length >> 1]!.toFixed(4)} least ${s[0]!.toFixed(4)}`;
  };
  process.stdout.write(`${rows.length} real replies with their caller's line and flags, ${rounds} interleaved passes each, ms per reply\n`);
  readers.forEach(([name], i) => process.stdout.write(`${name}\n  CPU  ${f(cpu[i]!)}\n  wall ${f(wall[i]!)}\n`));
}

await main();
