// `scamdrill report`: the organisation's results across practices and drills, filtered by period,
// site, team and scenario, as text, HTML (charts), JSON or CSV. The store's rows come from
// store/results.ts; counting and drawing are summary/'s, which does no I/O.
import { Option, type Command } from 'commander';
import { LANGS, type Lang } from '../../core/constants';
import type { ResultFilter, StoredResults } from '../../store/results';
import { t } from '../../words/labels';
import { CliError, EXIT } from '../errors';
import { dataDirOption, defaultLang, emit, formatOptions, placeOption, requireScenario, storeOption, withStore, wrapFileErrors } from '../shared';
import { bundledLibrary } from '../snapshot';

export const REPORT_FORMATS = ['text', 'html', 'json', 'csv'] as const;

interface ReportOpts {
  since?: string;
  until?: string;
  site?: string;
  team?: string;
  scenario?: string;
  lang: Lang;
  format: (typeof REPORT_FORMATS)[number];
  out?: string;
  dataDir?: string;
  store?: string;
}

/** A day as YYYY-MM-DD that exists on the calendar, or a usage error naming the option. */
function dayOption(flag: string, value: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00.000Z`).toISOString().startsWith(value);
  if (!ok) throw new CliError(`${flag} ${JSON.stringify(value)}: give a day as YYYY-MM-DD, like 2026-09-01`, EXIT.usage);
  return value;
}

/** A site, team or scenario that no stored result has: say which ones there are. */
async function requireKnown(key: 'site' | 'team' | 'scenario', value: string | undefined, knownValues: (key: 'site' | 'team' | 'scenario') => Promise<string[]>): Promise<void> {
  if (value === undefined) return;
  const known = await knownValues(key);
  if (known.includes(value)) return;
  const list = known.length ? `; ${key}s with results: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}` : '';
  throw new CliError(`no results for ${key} "${value}"${list}`);
}

async function report(o: ReportOpts): Promise<void> {
  const since = o.since === undefined ? undefined : dayOption('--since', o.since);
  const until = o.until === undefined ? undefined : dayOption('--until', o.until);
  if (since && until && since > until) throw new CliError(`--since ${since} is after --until ${until}; give the earlier day first`, EXIT.usage);
  // As stored: sites and teams were cleaned and masked on the way in (store/place.ts).
  const place = await placeOption(o);
  const filter: ResultFilter = {
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(o.site !== undefined ? { site: place.site } : {}),
    ...(o.team !== undefined ? { team: place.team } : {}),
    ...(o.scenario !== undefined ? { scenario: o.scenario } : {}),
  };
  const [{ DrillStore }, { backfillResults }, results, { buildSummary }] = await Promise.all([
    import('../../drill/store'), import('../../drill/backfill'), import('../../store/results'), import('../../summary/build'),
  ]);
  const { stored, empty } = await withStore(o, async (db) => {
    // Creates the drill tables in a store that has never held a drill, and gives drills that
    // ended before per-person results were kept their results, once.
    for (const f of await backfillResults(await DrillStore.open(db), requireScenario)) process.stderr.write(`scamdrill: drill ${f.id} is left out: ${f.why}\n`);
    for (const key of ['site', 'team', 'scenario'] as const) await requireKnown(key, filter[key], (k) => results.knownValues(db, k));
    const found = await results.readResults(db, filter);
    const none = (r: StoredResults) => !r.results.length && !r.flags.length && !r.checks.length;
    const why = none(found) ? (none(await results.readResults(db, {})) ? 'reportNoResults' as const : 'reportNoMatch' as const) : undefined;
    return { stored: found, empty: why };
  });
  if (empty && o.format === 'text') return void process.stdout.write(`${t(empty, o.lang)}\n`);
  // Other formats still give their (empty) document, for scripts; the person reads why on stderr.
  if (empty) process.stderr.write(`scamdrill: ${t(empty, o.lang)}\n`);
  const library = await wrapFileErrors(bundledLibrary);
  const titles = Object.fromEntries(library.scenarios.map((s) => [s.id, s.title[o.lang]]));
  const summary = buildSummary({ stored, filter, lang: o.lang, catalogue: library.catalogue, titles });
  emit(await render(summary, o.format), o.out);
}

async function render(summary: import('../../summary/build').Summary, format: ReportOpts['format']): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'csv':
      return (await import('../../summary/csv')).summaryCsv(summary);
    case 'html':
      return (await import('../../summary/html')).summaryHtml(summary);
    default:
      return `${(await import('../../summary/text')).formatSummary(summary).join('\n')}\n`;
  }
}

export function register(program: Command): void {
  const cmd = program
    .command('report')
    .description('results across practices and drills: the most-missed red flags, outcome shares and scores over time, by scenario and by site');
  formatOptions(cmd, REPORT_FORMATS, { default: 'text', description: 'text (80 columns), html (one printable file with charts), json (docs/report-json.md) or csv' })
    .option('--since <day>', 'only results from this day on (YYYY-MM-DD, UTC)')
    .option('--until <day>', 'only results up to and including this day (YYYY-MM-DD, UTC)')
    .option('--site <site>', 'only this site (as given to practice or drill host --site)')
    .option('--team <team>', 'only this team (as given to --team)')
    .option('--scenario <id>', 'only this scenario')
    .addOption(new Option('--lang <lang>', 'language of the report').choices([...LANGS]).default(defaultLang()))
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(dataDirOption('where practice history and drill results are kept'))
    .addOption(storeOption())
    .addHelpText('after', '\nExamples:\n  scamdrill report\n  scamdrill report --since 2026-09-01 --site north-branch --format html --out report.html\n  scamdrill report --lang zh --format html --out 报告.html\n  scamdrill report --scenario etc-toll-card --json\n  scamdrill report --format csv --out results.csv')
    .action((o: ReportOpts) => report(o));
}
