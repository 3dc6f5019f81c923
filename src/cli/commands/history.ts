import type { Command } from 'commander';
import { dataDirOption, defaultLang, wrapFileErrors } from '../shared';
import { bundledLibrary } from '../snapshot';
import { t } from '../../words/labels';
import { CliError, EXIT } from '../errors';

interface HistoryOpts {
  json?: boolean;
  dataDir?: string;
  limit: string;
}

async function history(opts: HistoryOpts): Promise<void> {
  const limit = Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit must be a whole number above 0, not "${opts.limit}"`, EXIT.usage);
  // SQLite loads only here, not at program start.
  const [{ openDb, defaultDataDir }, store, { suggestScenario }] = await Promise.all([
    import('../../store/db'), import('../../store/history'), import('../../practice/suggest'),
  ]);
  const db = openDb(opts.dataDir ?? defaultDataDir());
  let sessions, missed;
  try {
    sessions = store.listSessions(db, limit);
    missed = store.missedFlags(db);
  } finally {
    db.close();
  }
  // The build's snapshot, as list and practice use: no YAML parse for flag names.
  const library = await wrapFileErrors(bundledLibrary);
  const suggestion = suggestScenario(missed, library.scenarios);
  const lang = defaultLang();
  const flagName = (id: string) => library.catalogue.flags[id]?.name[lang] ?? id;

  if (opts.json) {
    const out = {
      sessions,
      missedFlags: missed.map((m) => ({ ...m, name: flagName(m.flag) })),
      suggestion: suggestion ? { flag: suggestion.flag, scenario: suggestion.scenario.id } : null,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  if (!sessions.length) {
    process.stdout.write('No practice saved yet. Run "scamdrill" to start one.\n');
    return;
  }
  const w = Math.max(8, ...sessions.map((s) => s.scenario.length));
  process.stdout.write(`${'#'.padStart(4)}  ${'date'.padEnd(16)}  ${'scenario'.padEnd(w)}  ${'outcome'.padEnd(10)}  score\n`);
  for (const s of sessions) {
    const date = s.finishedAt.slice(0, 16).replace('T', ' ');
    process.stdout.write(`${String(s.id).padStart(4)}  ${date}  ${s.scenario.padEnd(w)}  ${t(s.outcome, lang).padEnd(10)}  ${String(s.score).padStart(3)}/100${s.mode === 'exam' ? '  (exam)' : ''}\n`);
  }
  if (missed.length) {
    process.stdout.write('\nRed flags you keep missing:\n');
    for (const m of missed.slice(0, 5)) process.stdout.write(`  ✘ ${flagName(m.flag)} — missed ${m.missed}×, caught ${m.caught}×\n`);
  }
  if (suggestion) {
    process.stdout.write(`\nTo train "${flagName(suggestion.flag)}": scamdrill practice ${suggestion.scenario.id}  (${suggestion.scenario.title[lang]})\n`);
  }
}

export function register(program: Command): void {
  program
    .command('history')
    .description('past practice sessions, the red flags you keep missing, and what to practise next')
    .option('--json', 'print JSON')
    .addOption(dataDirOption('where the practice history is kept'))
    .option('--limit <n>', 'how many sessions to list', '20')
    .addHelpText('after', '\nExamples:\n  scamdrill history\n  scamdrill history --json')
    .action((opts: HistoryOpts) => history(opts));
}
