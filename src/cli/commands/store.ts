// `scamdrill store migrate|prune`: moving results from the SQLite file to a PostgreSQL server, and
// deleting old ones from whichever store. The store modules load inside the actions.
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { CliError, EXIT } from '../errors';
import { dataDirOption, storeOption, withDataFolder, withStore } from '../shared';
import type { Store } from '../../store/store';

/** Every module's tables, made or brought up to date: history, checks and drills. */
async function migrateAll(store: Store): Promise<void> {
  const [{ migrateHistory }, { migrateChecks }, { DrillStore }] = await Promise.all([import('../../store/history'), import('../../store/checks'), import('../../drill/store')]);
  await migrateHistory(store);
  await migrateChecks(store);
  await DrillStore.open(store);
}

interface MigrateOpts {
  from: string;
  to: string;
}

const TABLE_WORDS: Record<string, string> = {
  drills: 'drills', drill_records: 'drill records', drill_verdicts: 'drill verdicts', check_drills: 'drill check settings',
  practice_sessions: 'practice sessions', practice_flags: 'practice flags', check_results: 'check results',
};

async function migrateCmd(o: MigrateOpts): Promise<void> {
  if (!existsSync(o.from) || !statSync(o.from).isFile()) throw new CliError(`--from ${o.from}: no such file; give the SQLite file, like ~/.local/share/scamdrill/scamdrill.db`, EXIT.usage);
  const [{ isPostgresUrl }, { openSourceFile }, { copyStore }] = await Promise.all([import('../../store/open'), import('../../store/sqlite'), import('../../store/copy')]);
  if (!isPostgresUrl(o.to)) throw new CliError(`--to ${JSON.stringify(o.to)}: give a PostgreSQL address like postgres://user@host:5432/scamdrill`, EXIT.usage);
  const from = await withDataFolder(() => openSourceFile(o.from));
  try {
    const counts = await withStore({ store: o.to }, (to) => copyStore(from, to, migrateAll));
    process.stdout.write(`copied ${o.from} to ${(await import('../../store/postgres')).safeUrl(o.to)}:\n`);
    for (const c of counts) process.stdout.write(`  ${TABLE_WORDS[c.table] ?? c.table}: ${c.copied} copied${c.already ? `, ${c.already} already there` : ''}\n`);
  } finally {
    await from.close();
  }
}

interface PruneOpts {
  olderThan: string;
  store?: string;
  dataDir?: string;
}

async function pruneCmd(o: PruneOpts): Promise<void> {
  const { parseAge, prune } = await import('../../store/prune');
  const age = parseAge(o.olderThan);
  if (age === undefined) throw new CliError(`--older-than ${JSON.stringify(o.olderThan)}: give a number of days or weeks, like 365d or 52w`, EXIT.usage);
  const cutoff = new Date(Date.now() - age);
  const n = await withStore(o, (s) => prune(s, cutoff, migrateAll));
  process.stdout.write(`deleted what was older than ${cutoff.toISOString().slice(0, 10)}: ${n.practiceSessions} practice sessions, ${n.checkResults} check results, ${n.drills} drills\n`);
}

export function register(program: Command): void {
  const store = program.command('store').description('where results are kept: move them to a PostgreSQL server, delete old ones');

  store
    .command('migrate')
    .description('copy every result (practice history, checks, drills) from a SQLite file into a PostgreSQL store; running it again copies nothing twice')
    .requiredOption('--from <file>', 'the SQLite file, like ~/.local/share/scamdrill/scamdrill.db')
    .requiredOption('--to <url>', 'the PostgreSQL store, like postgres://user@host:5432/scamdrill')
    .addHelpText('after', '\nExample:\n  scamdrill store migrate --from ~/.local/share/scamdrill/scamdrill.db --to postgres://trainer@db.example.org/scamdrill')
    .action((o: MigrateOpts) => migrateCmd(o));

  store
    .command('prune')
    .description('delete practice sessions, check results and drills older than an age, from the store in use')
    .requiredOption('--older-than <age>', 'days or weeks, like 365d or 52w')
    .addOption(dataDirOption('the data folder whose SQLite file is pruned'))
    .addOption(storeOption())
    .addHelpText('after', '\nExamples:\n  scamdrill store prune --older-than 365d\n  SCAMDRILL_STORE=postgres://trainer@db.example.org/scamdrill scamdrill store prune --older-than 52w')
    .action((o: PruneOpts) => pruneCmd(o));
}
