// `scamdrill drill host|join|export|load`: trainer-led group drills. The drill modules (ws, SQLite,
// Ink) are imported inside the actions, so other commands never load them.
import { Option, type Command } from 'commander';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../core/schema';
import { CliError, EXIT } from '../errors';
import { loadFrontEnd } from '../load-ink';
import { t } from '../../words/labels';
import { dataDirOption, defaultLang, formatOptions, intOption, isFile, langOption, placeOption, readTextFile, requireScenario, secondsOption, storeOption, withDataFolder, withStore } from '../shared';
import type { Pace } from '../../drill/protocol';
import type { AnswerStep } from '../../answers/parse';
import { PHASES, type Phase } from '../../check/constants';
import type { CheckSetup } from '../../drill/check-phase';
import type { Launched } from '../../drill/launch';
import { parsePublicUrl } from '../../drill/public-url';
import type { Store } from '../../store/store';
import { requireForms } from './check';

interface HostOpts {
  port?: string;
  bind?: string;
  maxParticipants: string;
  maxPerAddress: string;
  lang: Lang;
  mode: 'coach' | 'exam';
  pace: string;
  branch: 'majority' | 'trainer';
  role: 'receiver' | 'helper';
  leaderboard?: boolean;
  anonymous?: boolean;
  headless?: boolean;
  resume?: string;
  check?: string;
  dataDir?: string;
  store?: string;
  open?: boolean;
  publicUrl?: string;
  site?: string;
  team?: string;
}

export function parsePace(s: string): Pace {
  if (s === 'trainer') return { kind: 'trainer' };
  const m = /^auto:(\d+(?:\.\d+)?)s?$/.exec(s);
  if (m && Number(m[1]) > 0 && Number(m[1]) <= 3600) return { kind: 'auto', seconds: Number(m[1]) };
  throw new CliError(`--pace ${s}: write "trainer" or "auto:SECONDS" (like auto:30)`, EXIT.usage);
}

/** --check pre,post: when the drill runs the before/after check. */
function parseCheck(s: string): Phase[] {
  const parts = s.split(',').map((p) => p.trim());
  if (parts.some((p) => !(PHASES as readonly string[]).includes(p)) || new Set(parts).size !== parts.length) {
    throw new CliError(`--check ${JSON.stringify(s)}: write pre, post or pre,post (before the first line, after the debrief, or both)`, EXIT.usage);
  }
  return parts as Phase[];
}

/** The check a drill runs: as asked for, or on --resume as the drill was started with. */
async function checkSetup(phases: Phase[] | undefined, resume: string | undefined, db: Store): Promise<CheckSetup | undefined> {
  const { drillPhases } = await import('../../store/checks');
  const when = resume ? await drillPhases(db, resume) : phases ?? [];
  return when.length ? { phases: when, forms: await requireForms(), db } : undefined;
}

/** After the drill ends, the host stays up this long at most for after-checks still being filled in. */
const AFTER_CHECK_WAIT_MS = 15 * 60_000;

async function awaitAfterChecks(launched: Launched): Promise<void> {
  const { check, host: h } = launched;
  if (!check) return;
  await check.settle(() => h.room.roster(), AFTER_CHECK_WAIT_MS, (n) => {
    if (n) process.stderr.write(`${t(n === 1 ? 'hostWaitingCheck' : 'hostWaitingChecks', h.room.config.lang, { id: h.drillId, n, minutes: AFTER_CHECK_WAIT_MS / 60_000 })}\n`);
  });
}

const parsePort = (s: string | undefined) => (s === undefined ? undefined : intOption('--port', s, 0, 65535));

/** A bundled scenario by id, or a file by absolute path, so --resume finds it from any folder. */
const scenarioRef = (idOrFile: string) => (isFile(idOrFile) ? resolve(idOrFile) : idOrFile);

async function host(id: string | undefined, o: HostOpts): Promise<void> {
  if (!o.resume && !id) throw new CliError('name the scenario to drill, like "scamdrill drill host express-refund" (or --resume DRILL-ID)', EXIT.usage);
  if (o.resume && id) throw new CliError('--resume brings back the stored drill with its own scenario; leave the scenario out', EXIT.usage);
  const interactive = !o.headless;
  if (interactive && process.stdin.isTTY !== true) {
    throw new CliError('the trainer console needs a terminal; for scripts and servers add --headless', EXIT.usage);
  }
  if (o.resume && o.check !== undefined) throw new CliError('--resume runs the check the drill was started with; leave --check out', EXIT.usage);
  if (o.resume && (o.site !== undefined || o.team !== undefined)) throw new CliError('--resume keeps the site and team the drill was started with; leave --site and --team out', EXIT.usage);
  const place = await placeOption(o);
  if (o.resume && o.role === 'helper') throw new CliError('--resume brings the drill back in the role it was started with; leave --role out', EXIT.usage);
  const port = parsePort(o.port);
  const pace = parsePace(o.pace);
  const phases = o.check === undefined ? undefined : parseCheck(o.check);
  const publicUrl = o.publicUrl === undefined ? undefined : parsePublicUrl(o.publicUrl);
  if (o.publicUrl !== undefined && !publicUrl) throw new CliError(`--public-url ${JSON.stringify(o.publicUrl)}: write the address the room opens, like http://192.168.1.20:7420 or https://drill.example.org`, EXIT.usage);
  const limits = { maxParticipants: intOption('--max-participants', o.maxParticipants, 1, 5000), perAddress: intOption('--max-per-address', o.maxPerAddress, 1, 10_000) };
  // Headless, the trainer reads stderr; at the console the host tells the trainer's screen itself.
  // In the drill's language: on --resume that is the stored one, known once the drill is launched.
  let lang = o.lang;
  const onStoreTrouble = interactive ? undefined : (m: string | undefined) => process.stderr.write(`scamdrill: ${m ?? t('storeBack', lang)}\n`);
  const tuning = { limits, ...(onStoreTrouble ? { onStoreTrouble } : {}), ...(publicUrl ? { publicUrl } : {}) };
  const [{ DrillStore }, { openStore }, launch] = await Promise.all([import('../../drill/store'), import('../../store/open'), import('../../drill/launch')]);
  const db = await withDataFolder(() => openStore(o), o.lang);
  let store;
  try {
    store = await DrillStore.open(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  let launched;
  try {
    const check = await checkSetup(phases, o.resume, store.db);
    const withCheck = { ...tuning, ...(check ? { check } : {}) };
    if (o.resume) {
      // Port and address as stored, unless given again: a drill bound to 0.0.0.0 must not come back on 127.0.0.1.
      launched = await launch.launchResume({ drillId: o.resume, store, lang: o.lang, load: (ref) => requireScenario(ref), ...(port !== undefined ? { port } : {}), ...(o.bind ? { bind: o.bind } : {}), ...withCheck });
    } else {
      const { scenario, catalogue } = await requireScenario(id!);
      launched = await launch.launchNew({
        scenario, catalogue, scenarioRef: scenarioRef(id!), store, port: port ?? launch.DEFAULT_PORT, bind: o.bind ?? '127.0.0.1', ...withCheck, ...place,
        settings: { lang: o.lang, mode: o.mode, pace, branch: o.branch, leaderboard: !!o.leaderboard, anonymous: !!o.anonymous, ...(o.role === 'helper' ? { role: 'helper' as const } : {}) },
      });
    }
  } catch (e) {
    await store.close();
    if (e instanceof launch.ResumeError) throw new CliError(e.message);
    if (e instanceof launch.MissingAssetError) throw new CliError(launch.missingWords(o.lang));
    const code = (e as NodeJS.ErrnoException).code;
    const { port: tried, address } = e as { port?: number; address?: string; hostname?: string };
    const where = o.bind ?? address ?? (e as { hostname?: string }).hostname ?? 'that address';
    if (code === 'EADDRINUSE') throw new CliError(`port ${tried ?? port ?? launch.DEFAULT_PORT} is in use; choose another with --port (0 picks a free one)`);
    if (code === 'EADDRNOTAVAIL') throw new CliError(`cannot listen on ${where}: not an address of this machine`);
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new CliError(`cannot listen on ${where}: no such address; give an address of this machine, like 0.0.0.0 (every network) or 127.0.0.1`);
    throw e;
  }
  const { host: h, secret, notice } = launched;
  lang = h.room.config.lang;
  // Another host took the drill while the database server was away: this one has closed itself.
  const lockLost = launched.lost.then(() => new CliError(t('hostLockLost', lang, { id: h.drillId })));
  if (notice) process.stderr.write(`scamdrill: ${t('hostNote', lang, { note: notice })}\n`);
  const url = h.joinUrl;
  if (o.open) {
    const { openScreen } = await import('../../drill/open-browser');
    process.stderr.write(`drill ${h.drillId}: ${openScreen(url, secret, h.room.config.lang)}\n`);
  }
  const shutdown = async () => {
    await h.close();
    await store.close();
  };
  if (!interactive) {
    process.stdout.write(`${JSON.stringify({ url, code: h.code, drillId: h.drillId, secret })}\n`);
    process.stderr.write(`${t('hostJoinAt', lang, { id: h.drillId, url, code: h.code })}\n`);
    const stop = (signal: string) => {
      process.stderr.write(`${t('hostPausedBy', lang, { id: h.drillId, signal })}\n`);
      void shutdown().then(() => process.exit(130));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    const reason = await Promise.race([h.ended, lockLost]);
    if (reason instanceof CliError) {
      await store.close();
      throw reason;
    }
    await awaitAfterChecks(launched);
    // Let the last debriefs reach the participants before the sockets close.
    await new Promise((r) => setTimeout(r, 300));
    const results = h.room.results();
    process.stdout.write(`${JSON.stringify({ ended: reason, drillId: h.drillId, outcome: results.outcome, participants: results.people.length })}\n`);
    await shutdown();
    return;
  }
  void lockLost.then(async (e) => {
    await store.close();
    process.stderr.write(`scamdrill: ${e.message}\n`);
    process.exit(EXIT.failure);
  });
  const { runTrainerConsole } = await loadFrontEnd(() => import('../../drill/console/run'));
  await runTrainerConsole({ url: h.url, joinUrl: url, code: h.code, drillId: h.drillId, secret, lang: h.room.config.lang, green: h.room.config.scenario.kind === 'legitimate' });
  if (!h.room.ended) process.stderr.write(`${t('hostPaused', lang, { id: h.drillId })}\n`);
  else {
    await awaitAfterChecks(launched);
    process.stdout.write(`${t('hostEnded', lang, { id: h.drillId })}\n`);
  }
  await shutdown();
}

interface JoinOpts {
  code: string;
  name: string;
  answers?: string;
  timeout: string;
}

async function joinCmd(address: string, o: JoinOpts): Promise<void> {
  const timeoutMs = secondsOption('--timeout', o.timeout, 86_400);
  if (o.answers) {
    const { parseAnswers, formatAnswersError } = await import('../../answers/parse');
    const text = readTextFile(o.answers, 'answers');
    const parsed = parseAnswers(text, o.answers);
    // Before joining, the drill's language is not known yet: the person's own.
    const own = defaultLang();
    if (!parsed.ok) throw new CliError(`${t('answersFileErrors', own)}\n${parsed.errors.map((e) => formatAnswersError({ ...e, message: t(e.code, own, e.holes) })).join('\n')}`);
    const { runScripted } = await import('../../drill/client/scripted');
    const { formatDebrief } = await import('../../report/text');
    let r;
    try {
      r = await runScripted({ address, code: o.code, name: o.name, steps: parsed.answers.steps, timeoutMs });
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    const lang = r.lang ?? own;
    if (r.kicked) throw new CliError(t('kicked', lang));
    process.stdout.write(`${t('joinedAs', lang, { n: r.pid.slice(1), answered: r.answered })}\n`);
    if (r.debrief) process.stdout.write(`${formatDebrief(r.debrief).join('\n')}\n`);
    return;
  }
  if (process.stdin.isTTY !== true) {
    throw new CliError('joining by keyboard needs a terminal; to answer from a file add --answers FILE', EXIT.usage);
  }
  const { runParticipantClient } = await loadFrontEnd(() => import('../../drill/client/run'));
  await runParticipantClient({ address, code: o.code, name: o.name, lang: defaultLang() });
}

interface ExportOpts {
  format: 'csv' | 'json' | 'md';
  dataDir?: string;
  store?: string;
}

async function exportCmd(drillId: string, o: ExportOpts): Promise<void> {
  const [{ DrillStore }, { buildExport, formatExport }, copy] = await Promise.all([import('../../drill/store'), import('../../drill/export'), import('../../drill/scenario-copy')]);
  await withStore(o, async (db) => {
    const store = await DrillStore.open(db);
    const row = await store.get(drillId);
    if (!row) {
      const known = (await store.list()).slice(0, 5).map((d) => d.id);
      throw new CliError(`no drill "${drillId}" in this ${db.engine === 'sqlite' ? 'data folder' : 'store'}${known.length ? `; recent drills: ${known.join(', ')}` : ''}`);
    }
    let ran;
    try {
      ran = await copy.scenarioForDrill(row, requireScenario);
    } catch (e) {
      if (e instanceof copy.CopyError) throw new CliError(e.message);
      throw e;
    }
    if (ran.notice) process.stderr.write(`scamdrill: ${t('hostNote', row.settings.lang, { note: ran.notice })}\n`);
    process.stdout.write(formatExport(buildExport(await store.records(row.id), row, ran.scenario, ran.catalogue), o.format));
  });
}

interface LoadOpts {
  code: string;
  participants: string;
  answersDir?: string;
  secret?: string;
  timeout: string;
  format: 'text' | 'json';
}

async function loadCmd(address: string, o: LoadOpts): Promise<void> {
  const n = intOption('--participants', o.participants, 1, 5000);
  const timeoutMs = secondsOption('--timeout', o.timeout, 86_400);
  const { parseAnswers, formatAnswersError } = await import('../../answers/parse');
  let scripts: AnswerStep[][] = [Array.from({ length: 50 }, (_, i) => ({ kind: 'choice', line: i + 1, n: 1 }))];
  if (o.answersDir) {
    const dir = resolve(o.answersDir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`${o.answersDir}: not a folder`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    if (!files.length) throw new CliError(`${o.answersDir}: no .txt answers files`);
    scripts = files.map((f) => {
      const p = parseAnswers(readTextFile(join(dir, f), 'answers'), join(o.answersDir!, f));
      if (!p.ok) throw new CliError(p.errors.map(formatAnswersError).join('\n'));
      return p.answers.steps;
    });
  }
  const { runLoad, formatLoadReport } = await import('../../drill/load');
  const report = await runLoad({ address, code: o.code, participants: n, scripts, timeoutMs, ...(o.secret ? { secret: o.secret } : {}) });
  process.stdout.write(o.format === 'json' ? `${JSON.stringify(report)}\n` : `${formatLoadReport(report)}\n`);
  if (report.joined < n) process.exitCode = EXIT.failure;
}

export function register(program: Command): void {
  const drill = program.command('drill').description('run a trainer-led group drill: one scammer on the projector, everyone answers on their own device');

  drill
    .command('host')
    .argument('[scenario]', 'scenario id or file')
    .description('host a drill: a join code, a web page and terminal clients for participants, live tallies, per-person debriefs')
    .option('--port <n>', 'port to listen on (0 picks a free one; default 7420, or the stored one with --resume)')
    .option('--bind <address>', 'address to listen on; 0.0.0.0 opens the drill to the room network (default 127.0.0.1, or the stored one with --resume)')
    .option('--max-participants <n>', 'most people in the room, not counting those kicked', '300')
    .option('--max-per-address <n>', 'most connections from one network address (behind a reverse proxy: the room size)', '20')
    .addOption(langOption())
    .addOption(new Option('--mode <mode>', 'coach: participants see their verdicts after each answer; exam: only at the end').choices(['coach', 'exam']).default('coach'))
    .option('--pace <pace>', 'trainer: the trainer advances; auto:SECONDS: each line advances by itself', 'trainer')
    .addOption(new Option('--branch <rule>', 'which answer the conversation follows by default').choices(['majority', 'trainer']).default('majority'))
    .addOption(new Option('--role <role>', 'receiver: everyone takes the call; helper: the room advises a simulated person who takes it, and the majority advice is what they do').choices(['receiver', 'helper']).default('receiver'))
    .option('--leaderboard', 'rank participants by score at the end (off by default)')
    .option('--anonymous', 'keep participant names out of stored results: each is stored and shown as "Participant N"')
    .option('--open', 'open the projector page (/screen: the line in large type, the tally, a QR code to join) in this machine\'s browser, or print its address')
    .option('--public-url <url>', 'the address the room reaches the host at, for the join link and its QR code (default: this machine\'s network address with --bind 0.0.0.0)')
    .option('--headless', 'no console: print {"url","code","drillId","secret"} as JSON and exit when the drill ends')
    .option('--resume <drill-id>', 'bring back a drill whose host stopped, at the same line with every answer kept')
    .option('--check <when>', 'the before/after check: pre (as people join), post (after their debrief) or pre,post; see "scamdrill check --report --group DRILL-ID"')
    .option('--site <site>', 'the site the drill is run at (a branch, a centre): kept with it and every participant\'s result, for "scamdrill report --site"')
    .option('--team <team>', 'the team the drill is run for: kept with it, for "scamdrill report --team"')
    .addOption(dataDirOption('where drill results are stored'))
    .addOption(storeOption())
    .addHelpText('after', '\nExamples:\n  scamdrill drill host express-refund\n  scamdrill drill host etc-toll-card --site north-branch --team tellers\n  scamdrill drill host express-refund --bind 0.0.0.0 --pace auto:30 --leaderboard\n  scamdrill drill host express-refund --role helper\n  scamdrill drill host --resume 20261125-3fa9c1')
    .action((id: string | undefined, o: HostOpts) => host(id, o));

  drill
    .command('join')
    .argument('<address>', 'the host and port shown on the trainer screen, like 192.168.1.20:7420')
    .requiredOption('--code <code>', 'the join code on the trainer screen')
    .requiredOption('--name <name>', 'your name as the trainer will see it')
    .option('--answers <file>', 'answer from a file instead of the keyboard (#2 picks answer 2, @wait 30s stays silent)')
    .option('--timeout <seconds>', 'with --answers: give up if the drill has not ended by then', '3600')
    .description('take part in a drill from this terminal')
    .action((address: string, o: JoinOpts) => joinCmd(address, o));

  formatOptions(drill.command('export').argument('<drill-id>', 'the drill id the host printed'), ['csv', 'json', 'md'], { default: 'md' })
    .addOption(dataDirOption('where drill results are stored'))
    .addOption(storeOption())
    .description("print a drill's results for the trainer's records (answers redacted)")
    .action((id: string, o: ExportOpts) => exportCmd(id, o));

  const load = drill
    .command('load')
    .argument('<address>', 'the host and port')
    .requiredOption('--code <code>', 'the join code')
    .option('--participants <n>', 'how many scripted participants', '100')
    .option('--answers-dir <dir>', 'answers files (*.txt) handed out in turn; default: always answer #1')
    .option('--secret <secret>', "the trainer secret: also advance each line when all have answered, and read the host's memory")
    .option('--timeout <seconds>', 'stop after this long', '300')
    .description("load-test a host with N scripted participants: join time, answer-to-tally latency (and how much of it is the host's own handling), host memory");
  formatOptions(load, ['text', 'json'], { default: 'text', description: 'output format (json: the figures as one object)' })
    .action((address: string, o: LoadOpts) => loadCmd(address, o));

  // Usage errors in subcommands come back to main() as exit code 2, not process.exit.
  for (const c of drill.commands) c.exitOverride();
}
