// `scamdrill play`: a scenario against an answers file (or a folder of them, one per learner),
// or a saved practice replayed from history. Prints reports; never draws, so no Ink here.
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Option, type Command } from 'commander';
import { formatAnswersError, parseAnswers, type Answers } from '../../answers/parse';
import { gradeAll } from '../../playback/batch';
import { play, PlaybackError, playbackRecord } from '../../playback/run';
import { playHelper } from '../../playback/helper';
import { formatHelperConversation, helperJson, type HelperRecord } from '../../report/helper';
import { gradesCsv } from '../../report/csv';
import { rowFromDebrief, type Grades } from '../../report/grades';
import { gradesJson, playbackJson, toJsonText } from '../../report/json';
import { conversationMarkdown, gradesMarkdown } from '../../report/markdown';
import type { ConversationRecord } from '../../report/record';
import { formatConversation, formatGrades, plainStyle, type TextStyle } from '../../report/text';
import type { Lang } from '../../core/schema';
import { detectLang } from '../../classify/lang';
import { t } from '../../words/labels';
import { DEFAULT_GLOB, readAnswersFolder, skippedNote } from '../answers-folder';
import { CliError, EXIT } from '../errors';
import { dataDirOption, emit, formatOptions, langOption, readTextFile, requireScenario, storeOption, withDataFolder, withStore, wrapFileErrors } from '../shared';
import { bundledLibrary } from '../snapshot';

const FORMATS = ['text', 'md', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface PlayOpts {
  answers?: string;
  answersDir?: string;
  glob?: string;
  session?: string;
  dataDir?: string;
  store?: string;
  lang: Lang;
  format: Format;
  out?: string;
  strict?: boolean;
  /** receiver: the answers are the learner's replies; helper: their advice to the simulated person. */
  role: 'receiver' | 'helper';
  /** --lang was given; without it the replies' own language decides (see replyLang). */
  langGiven?: boolean;
}

function readAnswersText(path: string): string {
  // A folder gets a hint: the learner meant --answers-dir.
  if (path !== '-' && existsSync(path) && statSync(path).isDirectory()) {
    throw new CliError(`${path}: is a folder; to grade every answers file in it use --answers-dir ${path}`);
  }
  return readTextFile(path, 'answers');
}

function parseOrFail(text: string, file: string, lang: Lang): Answers {
  const parsed = parseAnswers(text, file);
  if (!parsed.ok) throw new CliError(`${t('answersFileErrors', lang)}\n${parsed.errors.map((e) => formatAnswersError({ ...e, message: t(e.code, lang, e.holes) })).join('\n')}`);
  return parsed.answers;
}

/** Colour only for a terminal (and not under NO_COLOR, see chalkStyle); files and pipes get plain text. */
async function styleFor(toFile: boolean): Promise<TextStyle> {
  if (toFile || process.stdout.isTTY !== true) return plainStyle;
  const { chalkStyle } = await import('../../report/chalk-style');
  return chalkStyle();
}

async function renderConversation(r: ConversationRecord, opts: PlayOpts): Promise<string> {
  switch (opts.format) {
    case 'json':
      return toJsonText(playbackJson(r));
    case 'md':
      return conversationMarkdown(r);
    case 'csv': {
      // One conversation as a class of one: the same columns as --answers-dir.
      const row = rowFromDebrief(r.source ? basename(r.source).replace(/\.[^.]+$/, '') : r.debrief.scenario, r.source ?? '', r.debrief);
      return gradesCsv([row]);
    }
    case 'text':
      return `${formatConversation(r, await styleFor(!!opts.out)).join('\n')}\n`;
  }
}

async function renderGrades(g: Grades, opts: PlayOpts): Promise<string> {
  switch (opts.format) {
    case 'json':
      return toJsonText(gradesJson(g));
    case 'md':
      return gradesMarkdown(g);
    case 'csv':
      return gradesCsv(g.rows);
    case 'text':
      return `${formatGrades(g, await styleFor(!!opts.out)).join('\n')}\n`;
  }
}

/**
 * The report's language: --lang, else the language the learners wrote their replies in (a Chinese
 * answers file gets a Chinese handout, not English lines around Chinese replies), else $LANG.
 */
function replyLang(answers: Answers[], opts: PlayOpts): Lang {
  if (opts.langGiven) return opts.lang;
  const replies = answers.flatMap((a) => a.steps.flatMap((s) => (s.kind === 'reply' ? [s.text] : [])));
  return replies.length ? detectLang(replies.join('\n')) : opts.lang;
}

async function playOne(id: string, opts: PlayOpts & { answers: string }): Promise<void> {
  const { scenario, catalogue } = await requireScenario(id);
  // Messages say "stdin:3: …" rather than "-:3: …".
  const file = opts.answers === '-' ? 'stdin' : opts.answers;
  const answers = parseOrFail(readAnswersText(opts.answers), file, opts.lang);
  // Errors above name the file as typed; the report (and its notes) only by its name: a handout must not show /home/….
  const named = { ...answers, file: opts.answers === '-' ? file : basename(file) };
  const how = { lang: replyLang([answers], opts), strict: !!opts.strict };
  const played = () => {
    if (opts.role === 'helper') {
      const r = playbackRecord(playHelper(scenario, catalogue, named, how));
      return { notes: r.notes, render: () => renderHelper(r, opts) };
    }
    const r = playbackRecord(play(scenario, catalogue, named, how));
    return { notes: r.notes, render: () => renderConversation(r, opts) };
  };
  let result;
  try {
    result = played();
  } catch (e) {
    if (e instanceof PlaybackError) throw new CliError(e.message);
    throw e;
  }
  emit(await result.render(), opts.out);
  for (const n of result.notes ?? []) process.stderr.write(`scamdrill: note: ${n}\n`);
}

/** The helper role's report: its own text and JSON; a CSV row is made from the debrief alone, as for any conversation. */
async function renderHelper(r: HelperRecord, opts: PlayOpts): Promise<string> {
  if (opts.format === 'json') return toJsonText(helperJson(r));
  if (opts.format === 'text') return `${formatHelperConversation(r, await styleFor(!!opts.out)).join('\n')}\n`;
  return renderConversation({ ...r, events: [] }, opts);
}

async function playFolder(id: string, opts: PlayOpts & { answersDir: string }): Promise<void> {
  const { scenario, catalogue } = await requireScenario(id);
  const glob = opts.glob ?? DEFAULT_GLOB;
  const { sources, skipped } = readAnswersFolder(opts.answersDir, glob);
  const note = skippedNote(skipped, glob);
  if (note) process.stderr.write(`scamdrill: note: ${note}\n`);
  const parsed = sources.flatMap((s) => { const p = parseAnswers(s.text, s.file); return p.ok ? [p.answers] : []; });
  const grades = gradeAll(scenario, catalogue, sources, { lang: replyLang(parsed, opts), strict: !!opts.strict, role: opts.role });
  emit(await renderGrades(grades, opts), opts.out);
  const failed = grades.rows.filter((r) => r.error);
  for (const r of failed) process.stderr.write(`scamdrill: ${r.error}\n`);
  if (failed.length) process.exitCode = EXIT.failure;
}

async function replay(ref: string, opts: PlayOpts): Promise<void> {
  const id = Number(ref);
  if (!Number.isInteger(id) || id < 1) throw new CliError(`"${ref}" is not a session id; ids are whole numbers (see "scamdrill history")`, EXIT.usage);
  // The store only loads for this branch: other commands never pay for it.
  const [{ defaultDataDir, DB_FILE }, { storeUrl }, { getSession }] = await Promise.all([import('../../store/db'), import('../../store/open'), import('../../store/history')]);
  const url = await withDataFolder(() => storeUrl(opts));
  const dir = opts.dataDir ?? defaultDataDir();
  if (url === undefined && !existsSync(join(dir, DB_FILE))) throw new CliError(`no practice history in ${dir} (nothing has been saved there yet)`);
  const stored = await withStore(opts, (s) => getSession(s, id));
  if (!stored) throw new CliError(`no saved session ${id} in ${url === undefined ? dir : 'the store'} (see "scamdrill history")`);
  const lib = await wrapFileErrors(bundledLibrary);
  const scenario = lib.scenarios.find((s) => s.id === stored.scenario);
  const lang = stored.debrief.lang;
  const record: ConversationRecord = {
    ...(scenario?.summary ? { summary: scenario.summary[lang] } : {}),
    catalogue: lib.catalogue,
    lang,
    source: t('savedSession', lang, { id, date: stored.finishedAt.slice(0, 16).replace('T', ' '), mode: t(stored.mode === 'exam' ? 'exam' : 'coach', lang) }),
    events: stored.events,
    debrief: stored.debrief,
  };
  emit(await renderConversation(record, opts), opts.out);
}

async function run(id: string | undefined, opts: PlayOpts): Promise<void> {
  const sources = [opts.answers, opts.answersDir, opts.session].filter((s) => s !== undefined).length;
  if (sources !== 1) {
    throw new CliError('give exactly one of --answers <file>, --answers-dir <folder> or --session <id>\n  e.g. scamdrill play express-refund --answers answers.txt', EXIT.usage);
  }
  if (opts.glob !== undefined && opts.answersDir === undefined) throw new CliError('--glob goes with --answers-dir <folder>', EXIT.usage);
  if (opts.role === 'helper' && (opts.session !== undefined || (opts.format === 'md' && opts.answersDir === undefined))) {
    throw new CliError('--role helper plays answers files (--answers or --answers-dir); one conversation prints as text, json or csv', EXIT.usage);
  }
  if (opts.session !== undefined) return replay(opts.session, opts);
  if (!id) throw new CliError('which scenario? e.g. scamdrill play express-refund --answers answers.txt (see "scamdrill list")', EXIT.usage);
  if (opts.answersDir !== undefined) return playFolder(id, { ...opts, answersDir: opts.answersDir });
  return playOne(id, { ...opts, answers: opts.answers! });
}

export function register(program: Command): void {
  const cmd = program
    .command('play')
    .argument('[scenario]', 'scenario id or file')
    .description('play a scenario against a file of answers (or grade a folder of them) and print the annotated transcript and debrief')
    .option('--answers <file>', 'the replies, one per line ("-" reads standard input); see examples/README.md')
    .option('--answers-dir <folder>', 'grade every answers file (*.txt) in a folder, one learner per file; the others are named on stderr')
    .option('--glob <pattern>', `with --answers-dir: which files are answers (default: '${DEFAULT_GLOB}'), e.g. '*.ans'`)
    .option('--session <id>', 'replay a saved practice from your history (in the language it was played in)')
    .addOption(new Option('--role <role>', 'receiver: the answers are replies to the caller; helper: advice to a simulated person on the call, one line each time they ask').choices(['receiver', 'helper']).default('receiver'))
    .addOption(dataDirOption('where the practice history is kept'))
    .addOption(storeOption())
    .addOption(langOption());
  formatOptions(cmd, FORMATS, { default: 'text' })
    .option('--out <file>', 'write the report to a file instead of standard output')
    .option('--strict', 'answers that run out before an ending, or are left over after it, are an error')
    .addHelpText(
      'after',
      [
        '',
        'Answers file: one reply per line; "#2" picks answer 2; "@wait 30s" stays silent for 30 s;',
        'blank lines and lines starting with // are ignored. The report is in --lang, else in the language',
        'the replies are written in, else in that of $LANG.',
        '',
        'Exit status: 0 played (also when the answers ran out: the outcome is "unfinished"),',
        '1 unknown scenario, unreadable or wrong answers, or --strict and the answers did not fit.',
        '',
        'Examples:',
        '  scamdrill play etc-toll-card --answers examples/answers/etc-toll-card/careful.txt',
        '  scamdrill play etc-toll-card --answers mine.txt --format md --out lesson.md',
        '  scamdrill play etc-toll-card --answers-dir class/ --format csv --out grades.csv',
        '  scamdrill play etc-toll-card --answers mine.txt --json',
        '  scamdrill play express-refund --role helper --answers advice.txt',
        '  scamdrill play --session 3',
      ].join('\n'),
    )
    .action((id: string | undefined, opts: PlayOpts) => run(id, { ...opts, langGiven: cmd.getOptionValueSource('lang') === 'cli' }));
}
