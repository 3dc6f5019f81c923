// The reader of this checkout against the reader of another, passes interleaved (A B, B A, …): on a
// shared, loaded machine both see the same load, which separate runs do not. Each reader runs in a
// process of its own, one at a time: in one process the reader loaded first read ~10 % faster whichever
// it was (two checkouts, either way round), which made a reader look slower that was not.
// Each pass reads every reply of this checkout's real corpus with its caller's line and flags, warm.
//   git archive <commit> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
//   npx tsx bench/reader-ab.ts /tmp/before [rounds]
// Prints, for each, the mean, median and least CPU time (user) and wall time per reply.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import type { ReplyContext } from '../src/core/reader';
import { loadReal } from '../scripts/corpus';

type Read = (text: string, context?: ReplyContext) => unknown;
interface Row {
  reply: string;
  context: ReplyContext;
}
/** One pass's CPU (user) and wall time per reply, in ms. */
interface Pass {
  cpu: number;
  wall: number;
}

const HERE = join(fileURLToPath(import.meta.url), '..', '..');

/** In a child: load the checkout's reader, warm it on the rows, then read them all once per message. */
async function serve(dir: string): Promise<void> {
  // (listening before the reader loads: the rows are sent at once)
  const rowsSent = new Promise<Row[]>((done) => process.once('message', (m) => done(m as Row[])));
  const { readText } = (await import(pathToFileURL(join(dir, 'src/classify/reader.ts')).href)) as { readText: Read };
  const rows = await rowsSent;
  for (let p = 0; p < 2; p++) for (const r of rows) readText(r.reply, r.context);
  process.on('message', () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const r of rows) readText(r.reply, r.context);
    process.send!({ wall: (performance.now() - t0) / rows.length, cpu: process.cpuUsage(c0).user / 1000 / rows.length } satisfies Pass);
  });
  process.send!('ready');
}

/** A process reading with one checkout's reader, and a way to ask it for a pass. */
async function reader(dir: string, rows: Row[]): Promise<{ pass: () => Promise<Pass>; close: () => void }> {
  // (the child runs this file under tsx, as this process does)
  const child = fork(fileURLToPath(import.meta.url), ['--serve', dir], { execArgv: process.execArgv, serialization: 'advanced' });
  child.send(rows);
  await new Promise<void>((done, fail) => {
    child.once('message', () => done());
    child.once('exit', (code) => fail(new Error(`the reader of ${dir} exited (${code})`)));
  });
  return {
    pass: () => new Promise<Pass>((done) => {
      child.once('message', (p) => done(p as Pass));
      child.send('pass');
    }),
    close: () => void child.kill(),
  };
}

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) {
    process.stderr.write('usage: npx tsx bench/reader-ab.ts <other checkout> [rounds]\n');
    process.exit(2);
  }
  const rounds = Number(process.argv[3] ?? 10);
  const { replies, callers } = loadReal();
  const flagsOf = new Map(callers.map((c) => [`${c.dialogue}\n${c.text}`, c.flags]));
  const rows: Row[] = replies.map((r) => ({ reply: r.reply, context: { caller: r.caller, flags: flagsOf.get(`${r.dialogue}\n${r.caller}`) ?? [] } }));
  const names = [resolve(other), HERE];
  const readers = [await reader(names[0]!, rows), await reader(names[1]!, rows)];
  const passes: Pass[][] = [[], []];
  for (let k = 0; k < rounds; k++) for (const i of k % 2 ? [1, 0] : [0, 1]) passes[i]!.push(await readers[i]!.pass());
  for (const r of readers) r.close();
  const f = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4)} median ${s[s.length >> 1]!.toFixed(4)} least ${s[0]!.toFixed(4)}`;
  };
  process.stdout.write(`${rows.length} real replies with their caller's line and flags, ${rounds} interleaved passes each, a process each, ms per reply\n`);
  names.forEach((name, i) => process.stdout.write(`${name}\n  CPU  ${f(passes[i]!.map((p) => p.cpu))}\n  wall ${f(passes[i]!.map((p) => p.wall))}\n`));
}

if (process.argv[2] === '--serve') await serve(process.argv[3]!);
else await main();
