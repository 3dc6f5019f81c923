// `scamdrill store migrate|prune`: moving results from the SQLite file to a PostgreSQL server, and
// deleting old ones from whichever store. The store modules load inside the actions.
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { CliError, EXIT } from '../errors';
import { dataDirOption, langOption, storeOption, withDataFolder, withStore } from '../shared';
import { t, type Holes, type LabelKey } from '../../words/labels';
import type { Lang } from '../../core/constants';
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
  lang: Lang;
}

/** How each copied table is called in the command's output. */
const TABLE_WORDS: Record<string, LabelKey> = {
  drills: 'tableDrills', drill_records: 'tableDrillRecords', drill_verdicts: 'tableDrillVerdicts', drill_people: 'tableDrillPeople', check_drills: 'tableCheckDrills',
  practice_sessions: 'tablePracticeSessions', practice_flags: 'tablePracticeFlags', check_results: 'tableCheckResults',
};

async function migrateCmd(o: MigrateOpts): Promise<void> {
  const w = (k: LabelKey, holes?: Holes) => t(k, o.lang, holes);
  if (!existsSync(o.from) || !statSync(o.from).isFile()) throw new CliError(w('migrateNoFile', { file: o.from }), EXIT.usage);
  const [{ isPostgresUrl }, { openSourceFile }, { copyStore }] = await Promise.all([import('../../store/open'), import('../../store/sqlite'), import('../../store/copy')]);
  if (!isPostgresUrl(o.to)) throw new CliError(w('migrateNotPostgres', { url: JSON.stringify(o.to) }), EXIT.usage);
  const from = await withDataFolder(() => openSourceFile(o.from), o.lang);
  try {
    const counts = await withStore({ store: o.to, lang: o.lang }, (to) => copyStore(from, to, migrateAll));
    process.stdout.write(`${w('migrateCopied', { from: o.from, to: (await import('../../store/postgres')).safeUrl(o.to) })}\n`);
    for (const c of counts) {
      const table = TABLE_WORDS[c.table];
      const counted = [w('migrateCount', { n: c.copied }), ...(c.already ? [w('migrateAlready', { n: c.already })] : [])].join(o.lang === 'zh' ? '，' : ', ');
      process.stdout.write(`  ${table ? w(table) : c.table}${o.lang === 'zh' ? '：' : ': '}${counted}\n`);
    }
  } finally {
    await from.close();
  }
}

interface PruneOpts {
  olderThan: string;
  store?: string;
  dataDir?: string;
  lang: Lang;
}

async function pruneCmd(o: PruneOpts): Promise<void> {
  const { parseAge, prune } = await import('../../store/prune');
  const age = parseAge(o.olderThan);
  if (age === undefined) throw new CliError(t('pruneBadAge', o.lang, { age: JSON.stringify(o.olderThan) }), EXIT.usage);
  const cutoff = new Date(Date.now() - age);
  const n = await withStore(o, (s) => prune(s, cutoff, migrateAll));
  process.stdout.write(`${t('pruneDone', o.lang, { date: cutoff.toISOString().slice(0, 10), sessions: n.practiceSessions, checks: n.checkResults, drills: n.drills })}\n`);
}

export function register(program: Command): void {
  const store = program.command('store').description('where results are kept: move them to a PostgreSQL server, delete old ones');

  store
    .command('migrate')
    .description('copy every result (practice history, checks, drills) from a SQLite file into a PostgreSQL store; running it again copies nothing twice')
    .requiredOption('--from <file>', 'the SQLite file, like ~/.local/share/scamdrill/scamdrill.db')
    .requiredOption('--to <url>', 'the PostgreSQL store, like postgres://user@host:5432/scamdrill')
    .addOption(langOption('language of what it prints'))
    .addHelpText('after', '\nExample:\n  scamdrill store migrate --from ~/.local/share/scamdrill/scamdrill.db --to postgres://trainer@db.example.org/scamdrill')
    .action((o: MigrateOpts) => migrateCmd(o));

  store
    .command('prune')
    .description('delete practice sessions, check results and drills older than an age, from the store in use')
    .requiredOption('--older-than <age>', 'days or weeks, like 365d or 52w')
    .addOption(dataDirOption('the data folder whose SQLite file is pruned'))
    .addOption(storeOption())
    .addOption(langOption('language of what it prints'))
    .addHelpText('after', '\nExamples:\n  scamdrill store prune --older-than 365d\n  SCAMDRILL_STORE=postgres://trainer@db.example.org/scamdrill scamdrill store prune --older-than 52w')
    .action((o: PruneOpts) => pruneCmd(o));
}
