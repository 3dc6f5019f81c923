import { Option, type Command } from 'commander';
import { dataDirOption, defaultLang, formatOptions, intOption, storeOption, withStore, wrapFileErrors } from '../shared';
import { bundledLibrary } from '../snapshot';
import { t, type Holes, type LabelKey } from '../../words/labels';
import { padCells } from '../../report/text';
import { LANGS, type Lang } from '../../core/constants';

interface HistoryOpts {
  format: 'text' | 'json';
  lang?: Lang;
  dataDir?: string;
  store?: string;
  limit: string;
}

async function history(opts: HistoryOpts): Promise<void> {
  const limit = intOption('--limit', opts.limit, 1, 100_000);
  // The store loads only here, not at program start.
  const [history, { suggestScenario }] = await Promise.all([import('../../store/history'), import('../../practice/suggest')]);
  const [sessions, missed] = await withStore(opts, async (s) => [await history.listSessions(s, limit), await history.missedFlags(s)] as const);
  // The build's snapshot, as list and practice use: no YAML parse for flag names.
  const library = await wrapFileErrors(bundledLibrary);
  const suggestion = suggestScenario(missed, library.scenarios);
  // Without --lang: the language the person last practised in, else the terminal's.
  const last = sessions[0]?.lang;
  const lang = opts.lang ?? (LANGS.find((l) => l === last) ?? defaultLang());
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const flagName = (id: string) => library.catalogue.flags[id]?.name[lang] ?? id;

  if (opts.format === 'json') {
    const out = {
      sessions,
      missedFlags: missed.map((m) => ({ ...m, name: flagName(m.flag) })),
      suggestion: suggestion ? { flag: suggestion.flag, scenario: suggestion.scenario.id } : null,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  if (!sessions.length) {
    process.stdout.write(`${w('noHistory')}\n`);
    return;
  }
  const idWidth = Math.max(8, ...sessions.map((s) => s.scenario.length));
  const outcomeWidth = 10;
  process.stdout.write(`${'#'.padStart(4)}  ${padCells(w('date'), 16)}  ${padCells(w('scenario'), idWidth)}  ${padCells(w('outcome'), outcomeWidth)}  ${w('score')}\n`);
  for (const s of sessions) {
    const date = s.finishedAt.slice(0, 16).replace('T', ' ');
    process.stdout.write(`${String(s.id).padStart(4)}  ${date}  ${s.scenario.padEnd(idWidth)}  ${padCells(w(s.outcome), outcomeWidth)}  ${String(s.score).padStart(3)}/100${s.mode === 'exam' ? `  (${w('exam')})` : ''}\n`);
  }
  if (missed.length) {
    process.stdout.write(`\n${w('keepMissing')}\n`);
    for (const m of missed.slice(0, 5)) process.stdout.write(`  ✘ ${flagName(m.flag)} — ${w('missedCaught', { missed: m.missed, caught: m.caught })}\n`);
  }
  if (suggestion) {
    process.stdout.write(`\n${w('toTrain', { flag: flagName(suggestion.flag), id: suggestion.scenario.id, title: suggestion.scenario.title[lang] })}\n`);
  }
}

export function register(program: Command): void {
  const cmd = program
    .command('history')
    .description('past practice sessions, the red flags you keep missing, and what to practise next');
  formatOptions(cmd, ['text', 'json'], { default: 'text' })
    .addOption(new Option('--lang <lang>', 'language of the listing (default: that of your latest practice, else $LANG)').choices([...LANGS]))
    .addOption(dataDirOption('where the practice history is kept'))
    .addOption(storeOption())
    .option('--limit <n>', 'how many sessions to list', '20')
    .addHelpText('after', '\nExamples:\n  scamdrill history\n  scamdrill history --lang zh\n  scamdrill history --json')
    .action((opts: HistoryOpts) => history(opts));
}
