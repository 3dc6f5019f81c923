// `npm run bench`: every figure a user feels, beside its floor, in one run (about a minute).
//   npm run bench                                  print the table, write bench/results.json
//   npm run bench -- --compare bench/results.json  …and point out regressions of more than 20%
//   npm run bench -- --runs 20 --out /tmp/r.json   more runs per start-up median; another file
// Each section is guarded: one that fails is reported in the output and the rest still run.
// What each figure means and how it is measured: bench/README.md.
import { cpus } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, formatChanges, REGRESSION, type Figure, type Results, type SectionError } from './compare';
import { benchClassify, benchLibrary, benchReplies } from './engine';
import { benchPlayback } from './playback';
import { benchReport, REPORT_PRACTICES } from './report';
import { FIRST_REPLIES, benchFirstRead as benchReaderFirstRead, benchReplies as benchReaderReplies } from './reader';
import { FIRST_READS, benchCorpus, benchFirstRead, benchPastes } from './secrets';
import { cleanup, CLI, hasScript, hasTime, medians, peakRssToExit, prepare, ptyFirstFrame, ROOT, timeToExit } from './startup';
import { loadLibrary } from '../src/scenario/files';
import type { DrillBenchRow } from './drill';

const GOAL_FIRST_FRAME_RATIO = 2.5;
// Ctrl-C quits on every practice screen ('q' is a letter while a reply is being typed); mid-call
// it asks "Leave?" first, and a second Ctrl-C answers yes.
const QUIT = ['\u0003', '\u0003'];
const DEFAULT_SCENARIO = 'express-refund';
// The first frame is timed on a thread that opens on a text message: its first frame is the one a
// person reads, with the message and the reply box (a call's first frame is only the ringing).
const FRAME_SCENARIO = 'etc-toll-card';
const ANSWERS = `examples/answers/${DEFAULT_SCENARIO}/careful.txt`;

function args(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(get('--runs') ?? 10);
  return { compareWith: get('--compare'), out: get('--out') ?? join(ROOT, 'bench', 'results.json'), runs: Number.isInteger(runs) && runs >= 1 ? runs : 10 };
}

const figures: Figure[] = [];
const errors: SectionError[] = [];
const add = (f: Figure) => figures.push(f);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const withFloor = (f: Omit<Figure, 'ratio'>): Figure => (f.floor && f.floor.value > 0 ? { ...f, ratio: round(f.value / f.floor.value, 2) } : f);

async function section(name: string, fn: () => Promise<void> | void): Promise<void> {
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    await fn();
    process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    errors.push({ section: name, message });
    process.stderr.write(` FAILED: ${message}\n`);
  }
}

interface StartupContext {
  env: NodeJS.ProcessEnv;
  inkHello: string;
  dir: string;
  /** What the whole first frame shows: the end of the first message, and the reply box's bottom border. */
  markers: string[];
}

async function startup(c: StartupContext, runs: number): Promise<void> {
  const { env } = c;
  const m = await medians(
    [
      { id: 'node', run: () => timeToExit(['-e', '0'], env) },
      { id: 'inkExit', run: () => timeToExit([c.inkHello], env) },
      { id: 'inkFrame', run: async () => (await ptyFirstFrame([c.inkHello], 'hello from ink', '', env)).ms },
      { id: 'version', run: () => timeToExit([CLI, '--version'], env) },
      { id: 'validate', run: () => timeToExit([CLI, 'validate'], env) },
      { id: 'play', run: () => timeToExit([CLI, 'play', DEFAULT_SCENARIO, '--answers', ANSWERS], env) },
      { id: 'frame', run: async () => (await ptyFirstFrame([CLI, 'practice', FRAME_SCENARIO, '--fast'], c.markers, QUIT, env)).ms },
    ],
    runs,
  );
  for (const [id, r] of m) if (r.error) errors.push({ section: `start-up ${id}`, message: r.error });
  const v = (id: string) => round(m.get(id)!.median, 0);
  const node = { label: 'node -e 0', value: v('node') };
  const inkFrame = { label: 'Ink hello frame', value: v('inkFrame') };
  const ms = { unit: 'ms', better: 'lower' as const };
  add({ id: 'floor.node', label: 'floor: node -e 0 (to exit)', value: node.value, ...ms });
  add(withFloor({ id: 'floor.inkHello', label: 'floor: Ink hello (to exit)', value: v('inkExit'), ...ms, floor: node }));
  add(withFloor({ id: 'floor.inkHelloFrame', label: 'floor: Ink hello, first frame (pty)', value: inkFrame.value, ...ms, floor: node }));
  add(withFloor({ id: 'startup.version', label: 'scamdrill --version', value: v('version'), ...ms, floor: node }));
  add(withFloor({ id: 'startup.validate', label: 'scamdrill validate (whole library, cold)', value: v('validate'), ...ms, floor: node }));
  add(withFloor({ id: 'startup.play', label: `play ${DEFAULT_SCENARIO} (careful.txt)`, value: v('play'), ...ms, floor: node }));
  const frame = withFloor({ id: 'startup.firstFrame', label: `practice ${FRAME_SCENARIO}: first whole frame (pty)`, value: v('frame'), ...ms, floor: node, goal: `≤ ${GOAL_FIRST_FRAME_RATIO}× node -e 0` });
  add({ ...frame, ok: frame.ratio !== undefined && frame.ratio <= GOAL_FIRST_FRAME_RATIO });
  add(withFloor({ id: 'startup.firstFrameVsInk', label: 'practice first frame vs Ink hello frame', value: v('frame'), ...ms, floor: inkFrame }));
}

/** Peak RSS, one run each under /usr/bin/time (the node process itself, not `script` or time). */
async function memory(c: StartupContext): Promise<void> {
  if (!hasTime()) throw new Error('/usr/bin/time is missing: no peak RSS figures');
  const { env } = c;
  const rss = join(c.dir, 'rss.txt');
  const mb = (kb: number) => round(kb / 1024, 1);
  const mem = { unit: 'MB', better: 'lower' as const };
  const nodeRss = { label: 'node -e 0', value: mb(await peakRssToExit(['-e', '0'], env, rss)) };
  const inkRss = { label: 'Ink hello', value: mb(await peakRssToExit([c.inkHello], env, rss)) };
  add({ id: 'floor.memory.node', label: 'floor: peak RSS, node -e 0', value: nodeRss.value, ...mem });
  add({ id: 'floor.memory.inkHello', label: 'floor: peak RSS, Ink hello', value: inkRss.value, ...mem });
  try {
    const practice = await ptyFirstFrame([CLI, 'practice', FRAME_SCENARIO, '--fast'], c.markers, QUIT, env, rss);
    if (!practice.peakKb) throw new Error('no peak RSS recorded');
    add(withFloor({ id: 'memory.practice', label: 'peak RSS: practice (call screen, quit)', value: mb(practice.peakKb), ...mem, floor: inkRss }));
  } catch (e) {
    errors.push({ section: 'memory practice', message: e instanceof Error ? e.message : String(e) });
  }
  add(withFloor({ id: 'memory.play', label: 'peak RSS: play one scenario', value: mb(await peakRssToExit([CLI, 'play', DEFAULT_SCENARIO, '--answers', ANSWERS], env, rss)), ...mem, floor: nodeRss }));
}

async function startupContext(): Promise<{ ctx: StartupContext; done: () => void }> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing (npm run build)');
  if (!hasScript()) throw new Error('util-linux `script` is needed for the pseudo-terminal runs');
  const scenario = loadLibrary().scenarios.find((s) => s.id === FRAME_SCENARIO);
  const opening = scenario?.turns[scenario.start]?.say.en;
  if (!opening || scenario?.channel !== 'sms') throw new Error(`scenario ${FRAME_SCENARIO} not found, or it does not open on a text message`);
  const e = await prepare();
  // The message's last word (the frame is drawn whole, so its rows before it are there too) and
  // the bottom border of the reply box under it.
  const markers = [opening.trim().split(/\s+/).at(-1)!, '╰'];
  return { ctx: { env: { ...e.env, SCAMDRILL_LANG: 'en' }, inkHello: e.inkHello, dir: e.dir, markers }, done: () => cleanup(e) };
}

async function engine(): Promise<void> {
  const r = benchReplies();
  add({ id: 'engine.replies', label: `engine: replies/s (${r.files} answers files)`, value: r.perSecond, unit: '/s', better: 'higher' });
  add({ id: 'engine.reply.p50', label: 'engine: one reply, p50', value: round(r.p50Ms, 3), unit: 'ms', better: 'lower' });
  add({ id: 'engine.reply.p99', label: 'engine: one reply, p99', value: round(r.p99Ms, 3), unit: 'ms', better: 'lower' });
  const l = benchLibrary();
  add({ id: 'engine.library.warm', label: `library load+validate+compile, warm (${l.scenarios} scenarios)`, value: round(l.medianMs), unit: 'ms', better: 'lower' });
}

async function drill(): Promise<void> {
  // bench/drill.ts is the drill engineer's load tool; loaded here so a missing drill only fails this section.
  const { benchDrill, TARGETS } = await import('./drill');
  drillFigures('sqlite', 'SQLite', await benchDrill(), TARGETS);
}

/** The same rooms with the host's results in PostgreSQL: a throwaway cluster, as the store tests start one. */
async function drillPostgres(): Promise<void> {
  const { postgresBin, startCluster, MISSING } = await import('../test/store/postgres');
  if (!postgresBin()) throw new Error(MISSING);
  const { benchDrill, TARGETS } = await import('./drill');
  const cluster = await startCluster();
  try {
    drillFigures('postgres', 'PostgreSQL', await benchDrill(undefined, await cluster.newDatabase()), TARGETS);
  } finally {
    cluster.stop();
  }
}

/** The p99 of each run of a drill figure measured more than once (bench/drill.ts GOAL_RUNS), by figure id. */
const runsOf = new Map<string, number[]>();

function drillFigures(store: 'sqlite' | 'postgres', name: string, rows: DrillBenchRow[], targets: typeof import('./drill').TARGETS): void {
  for (const r of rows) {
    const n = r.participants;
    const id = `drill.${store}.${n}`;
    if (r.joined !== n) errors.push({ section: `drill ${name} ${n}`, message: `only ${r.joined} of ${n} joined; ${r.errors.slice(0, 3).join('; ')}` });
    add({ id: `${id}.joinAll`, label: `drill ${n}, ${name}: all joined in`, value: r.joinAllMs, unit: 'ms', better: 'lower' });
    if (r.p99Runs) runsOf.set(`${id}.p99`, r.p99Runs);
    add({ id: `${id}.p99`, label: `drill ${n}, ${name}: answer → tallied, p99${r.p99Runs ? ` (median of ${r.p99Runs.length} runs)` : ''}`, value: round(r.latencyMs.p99), unit: 'ms', better: 'lower', goal: `< ${targets.p99Ms} ms`, ok: r.latencyMs.p99 < targets.p99Ms });
    // The host's own part of it (answer read → ack sent): the rest is the answer or the ack waiting on a busy thread.
    if (r.lineSpreadMs !== undefined) add({ id: `${id}.lineSpread`, label: `drill ${n}, ${name}: a new line reached everyone in`, value: r.lineSpreadMs, unit: 'ms', better: 'lower' });
    if (r.hostHandlingMs) add({ id: `${id}.hostP99`, label: `drill ${n}, ${name}: of which the host's handling, p99`, value: round(r.hostHandlingMs.p99), unit: 'ms', better: 'lower' });
    if (n >= 500 && r.hostPeakRssMb !== undefined) {
      add({ id: `memory.drill.${store}.${n}`, label: `peak RSS: drill host, ${n} people, ${name}`, value: r.hostPeakRssMb, unit: 'MB', better: 'lower', goal: `< ${targets.rssMb} MB`, ok: r.hostPeakRssMb < targets.rssMb });
    }
  }
}

function table(): string {
  const fmt = (x: number | undefined, unit = '') => (x === undefined || !Number.isFinite(x) ? '' : `${x}${unit ? ` ${unit}` : ''}`);
  const rows = figures.map((f) => [f.label, fmt(f.value, f.unit), f.floor ? `${fmt(f.floor.value, f.unit)} (${f.floor.label})` : '', f.ratio !== undefined ? `${f.ratio}×` : '', f.goal ?? '', f.ok === undefined ? '' : f.ok ? 'ok' : 'MISSED']);
  const head = ['figure', 'value', 'floor', 'ratio', 'goal', 'ok?'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 1 || i === 3 ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join(' | ')} |`;
  return [line(head), `|${w.map((n, i) => (i === 1 || i === 3 ? `${'-'.repeat(n + 1)}:` : '-'.repeat(n + 2))).join('|')}|`, ...rows.map(line)].join('\n');
}

function summary(): string {
  const get = (id: string) => figures.find((f) => f.id === id);
  const out: string[] = [];
  const frame = get('startup.firstFrame');
  if (frame) out.push(`First whole frame of a practice thread (message and reply box): ${frame.value} ms, ${frame.ratio}× node -e 0 (goal ≤ ${GOAL_FIRST_FRAME_RATIO}×: ${frame.ok ? 'met' : 'MISSED'}); ${get('startup.firstFrameVsInk')?.ratio}× a bare Ink app's first frame.`);
  // The largest room the drill bench ran, on each store: the host's goal is stated for it.
  for (const store of ['sqlite', 'postgres']) {
    const room = figures.filter((f) => new RegExp(`^drill\\.${store}\\.\\d+\\.p99$`).test(f.id)).at(-1);
    if (!room) continue;
    const n = room.id.split('.')[2];
    const rss = get(`memory.drill.${store}.${n}`);
    const runs = runsOf.get(room.id);
    out.push(`Drill host with ${n} people, ${store === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: answer → tallied p99 ${room.value} ms${runs ? ` (the median run; the ${runs.length} runs: ${runs.map((x) => round(x)).join(', ')} ms)` : ''} (goal ${room.goal}: ${room.ok ? 'met' : 'MISSED'}), peak RSS ${rss ? `${rss.value} MB (goal ${rss.goal}: ${rss.ok ? 'met' : 'MISSED'})` : 'unknown'}.`);
  }
  const missed = figures.filter((f) => f.ok === false).map((f) => f.label);
  out.push(missed.length ? `Goals missed: ${missed.join('; ')}.` : 'Every figure with a goal meets it.');
  if (errors.length) out.push(`Sections that failed (${errors.length}):\n${errors.map((e) => `  ${e.section}: ${e.message}`).join('\n')}`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const o = args(process.argv.slice(2));
  let saved: Results | undefined;
  if (o.compareWith) {
    try {
      saved = JSON.parse(readFileSync(o.compareWith, 'utf8')) as Results;
      if (!Array.isArray(saved.figures)) throw new Error('no "figures" array');
    } catch (e) {
      process.stderr.write(`bench: cannot compare with ${o.compareWith}: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
      return;
    }
  }
  const t0 = performance.now();
  let ctx: Awaited<ReturnType<typeof startupContext>> | undefined;
  await section('start-up set-up (Ink hello bundle)', async () => {
    ctx = await startupContext();
  });
  if (ctx) {
    const c = ctx.ctx;
    await section(`start-up (median of ${o.runs} runs each)`, () => startup(c, o.runs));
    await section('memory', () => memory(c));
    ctx.done();
  }
  await section('engine', engine);
  await section('playback', () => {
    const p = benchPlayback(2000);
    add({ id: 'playback.sessions', label: `playback: sessions/s (whole library, ${p.pairs} answers files)`, value: p.sessionsPerSecond, unit: '/s', better: 'higher' });
  });
  await section('drill (rooms of each size in bench/drill.ts), SQLite', drill);
  await section('drill, the same rooms on PostgreSQL', drillPostgres);
  await section(`report (${REPORT_PRACTICES} practices)`, async () => {
    const r = await benchReport();
    const ms = { unit: 'ms', better: 'lower' as const };
    add({ id: 'report.text', label: `report --format text, ${r.practices} practices`, value: round(r.textMs, 0), ...ms });
    add({ id: 'report.html', label: `report --format html, ${r.practices} practices`, value: round(r.htmlMs, 0), ...ms });
    add({ id: 'memory.report', label: `peak RSS: report, ${r.practices} practices`, value: r.peakRssMb, unit: 'MB', better: 'lower' });
  });
  await section('classifier', () => {
    const c = benchClassify();
    add({ id: 'classify.mean', label: `classify: mean per reply (${c.rows} corpus replies)`, value: round(c.meanMs, 4), unit: 'ms', better: 'lower' });
  });

  await section('secrets (100 kB pastes, first read)', () => {
    const ms = { unit: 'ms', better: 'lower' as const };
    for (const [name, v] of Object.entries(benchPastes())) {
      add({ id: `secrets.paste.${name}`, label: `secrets: redact a 100 kB paste (${name})`, value: round(v.warm, 2), ...ms, goal: '< 50 ms', ok: v.warm < 50 });
      add({ id: `secrets.pasteFirst.${name}`, label: `secrets: its first read (${name}), code not yet optimised`, value: round(v.first, 2), ...ms });
    }
    for (const [lang, text] of Object.entries(FIRST_READS)) {
      const f = benchFirstRead(text);
      add({ id: `secrets.firstRead.${lang}`, label: `secrets: first read, fresh process (${lang})`, value: round(f.firstMs, 2), ...ms, goal: '≤ 10 ms', ok: f.firstMs <= 10 });
    }
    const c = benchCorpus();
    add({ id: 'secrets.corpus.mean', label: `secrets: redact, mean per reply (${c.rows} corpus replies)`, value: round(c.meanMs, 4), ...ms });
  });

  await section('reader (the trained model in context)', () => {
    const ms = { unit: 'ms', better: 'lower' as const };
    const f = benchReaderReplies(3, true);
    add({ id: 'reader.meanFlags', label: `reader: mean per reply, with its caller's line and flags (${f.rows} real replies)`, value: round(f.meanMs, 4), ...ms, goal: '≤ 0.2 ms', ok: f.meanMs <= 0.2 });
    const c = benchReaderReplies();
    add({ id: 'reader.mean', label: `reader: mean per reply, with its caller's line, no flags (${c.rows} real replies)`, value: round(c.meanMs, 4), ...ms });
    for (const [lang, input] of Object.entries(FIRST_REPLIES)) {
      const f = benchReaderFirstRead(input);
      add({ id: `reader.firstRead.${lang}`, label: `reader: first reply of a session, fresh process (${lang})`, value: round(f.firstMs, 2), ...ms, goal: '≤ 10 ms', ok: f.firstMs <= 10 });
      add({ id: `reader.prepare.${lang}`, label: `reader: prepare as a session starts, in the background (${lang})`, value: round(f.prepareMs, 1), ...ms });
      const c = benchReaderFirstRead(input, 9, false);
      add({ id: `reader.firstRead.cold.${lang}`, label: `reader: first read, fully cold (no prepare, no flags) (${lang})`, value: round(c.firstMs, 1), ...ms });
    }
  });

  const results: Results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, figures, errors };
  process.stdout.write(`\nscamdrill bench — node ${results.node}, ${results.cpus} CPUs, ${((performance.now() - t0) / 1000).toFixed(0)} s\n\n${table()}\n\n${summary()}\n`);
  if (saved) {
    const changes = compare(saved, results);
    process.stdout.write(`\n${formatChanges(changes)}\n(saved run: ${saved.date ?? 'undated'})\n`);
    // The floor measures the machine, not scamdrill: if it moved, so did the load on the machine.
    const floor = changes.find((c) => c.id === 'floor.node');
    if (floor && Math.abs(floor.worse) > REGRESSION) {
      process.stdout.write(`note: the floor node -e 0 itself changed ${floor.before} → ${floor.after} ms: the machine was not equally loaded in both runs; rerun on a quiet machine before trusting a regression.\n`);
    }
    if (changes.some((c) => c.regression)) process.exitCode = 1;
  }
  writeFileSync(o.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nwrote ${o.out}\n`);
}

await main();
