// `scamdrill check`: the before/after check. Take a form at the keyboard (full screen or --plain)
// or from an answers file, saved per person and group; or print the group report (--report).
// SQLite, YAML and Ink load inside the actions, so other commands never pay for them.
import { Option, type Command } from 'commander';
import type { Response } from '../../check/answers';
import { FORM_IDS, otherForm, PHASES, REPORT_FORMATS, type FormId, type Phase, type ReportFormat } from '../../check/constants';
import type { CheckForm, Forms } from '../../check/forms';
import type { Lang } from '../../core/constants';
import { t } from '../../words/labels';
import { CliError, EXIT } from '../errors';
import { loadFrontEnd } from '../load-ink';
import { dataDirOption, emit, formatOptions, langOption, readTextFile, stored, storeOption, withStore, wrapFileErrors } from '../shared';

interface CheckOpts {
  name?: string;
  group?: string;
  form?: FormId;
  phase?: Phase;
  answers?: string;
  plain?: boolean;
  lang: Lang;
  report?: boolean;
  format: ReportFormat;
  out?: string;
  dataDir?: string;
  store?: string;
}

const EXAMPLE = 'scamdrill check --form A --answers answers.txt --name Li --group class-3';

/** Both forms, validated; files with errors stop here with their diagnostics. */
export async function requireForms(): Promise<Forms> {
  const [{ loadForms }, { formatDiagnostic }] = await Promise.all([import('../../check/files'), import('../../scenario/diagnostics')]);
  const { forms, diagnostics } = await wrapFileErrors(() => loadForms());
  if (!forms) throw new CliError(`the check forms have errors:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  return forms;
}


async function report(o: CheckOpts): Promise<void> {
  // The tag as it was stored: typed tags were cleaned and masked on the way in; drill ids pass unchanged.
  const group = o.group === undefined ? undefined : await stored('--group', o.group, 'group');
  const [{ buildReport }, { renderReport }] = await Promise.all([import('../../check/report'), import('../../check/render')]);
  const { listChecks } = await import('../../store/checks');
  const results = await withStore(o, (s) => listChecks(s, group));
  if (group !== undefined && !results.length) throw new CliError(`no check results for group "${group}" (run "scamdrill check --report" to see every group)`);
  emit(renderReport(buildReport(results), o.format, o.lang), o.out);
}

/** The phase and form: as given, else before training for someone new to the group and after for the rest. */
function plan(o: CheckOpts, earlier: readonly { form: FormId; phase: Phase }[]): { phase: Phase; form: FormId } {
  const phase = o.phase ?? (earlier.length ? 'post' : 'pre');
  const before = earlier.find((r) => r.phase === 'pre');
  return { phase, form: o.form ?? (phase === 'post' && before ? otherForm(before.form) : 'A') };
}

async function readAnswers(form: CheckForm, path: string, lang: Lang): Promise<Response[]> {
  const { parseCheckAnswers, formatAnswersError } = await import('../../check/answers');
  const parsed = parseCheckAnswers(readTextFile(path, 'answers'), path === '-' ? 'stdin' : path, form);
  if (!parsed.ok) throw new CliError(`${t('answersFileErrors', lang)}\n${parsed.errors.map((e) => formatAnswersError(e, lang)).join('\n')}`);
  return parsed.responses;
}

async function answerAtKeyboard(form: CheckForm, o: CheckOpts, phase: Phase): Promise<Response[] | undefined> {
  const { formView, introFor } = await import('../../check/answering');
  const view = formView(form, o.lang);
  const intro = introFor(phase, view, o.lang);
  if (o.plain) {
    const { runQuizPlain } = await import('../../quiz/plain');
    return runQuizPlain({ form: view, lang: o.lang, intro, input: process.stdin, output: process.stdout });
  }
  const { runQuiz } = await loadFrontEnd(() => import('../../quiz/run'));
  return runQuiz({ form: view, lang: o.lang, intro });
}

async function take(o: CheckOpts): Promise<void> {
  if (o.name === undefined) throw new CliError('give your name with --name, so your before and after can be paired, e.g.\n  scamdrill check --name Li --group class-3', EXIT.usage);
  const interactive = o.answers === undefined;
  // Decided here, once: without a terminal there are no keys to read.
  if (interactive && (process.stdin.isTTY !== true || typeof process.stdin.setRawMode !== 'function')) {
    throw new CliError(`the check needs a keyboard, and standard input is not a terminal.\nTo answer from a file (one line per message: "scam 3" or "legit 2"):\n  ${EXAMPLE}`, EXIT.usage);
  }
  const person = await stored('--name', o.name, 'name');
  const group = o.group === undefined ? '' : await stored('--group', o.group, 'group');
  const forms = await requireForms();
  const checks = await import('../../store/checks');
  await withStore(o, async (db) => {
    const { phase, form: formId } = plan(o, await checks.personChecks(db, person, group));
    const form = forms[formId];
    const responses = interactive ? await answerAtKeyboard(form, o, phase) : await readAnswers(form, o.answers!, o.lang);
    if (!responses) {
      process.stderr.write(`${t('checkNotSaved', o.lang)}\n`);
      process.exitCode = EXIT.failure;
      return;
    }
    const [{ keyed }, { scoreSheet }] = await Promise.all([import('../../check/answers'), import('../../check/score')]);
    const saved = await checks.saveCheck(db, { person, group, form: formId, phase, lang: o.lang, answers: keyed(form, responses) });
    const score = scoreSheet(saved.answers);
    const phaseWord = t(phase === 'pre' ? 'checkPre' : 'checkPost', o.lang);
    process.stdout.write(`${t('checkSaved', o.lang, { name: saved.person, form: formId, phase: phaseWord, correct: score.correct, all: score.items })}\n`);
    process.stdout.write(`${t('checkSeeReport', o.lang, { group: saved.group ? ` --group ${saved.group}` : '' })}\n`);
  });
}

function run(o: CheckOpts): Promise<void> {
  if (o.report) {
    const taking = (['name', 'form', 'phase', 'answers', 'plain'] as const).filter((k) => o[k] !== undefined);
    if (taking.length) throw new CliError(`--report prints results; it takes no --${taking[0]} (leave it out, or leave out --report to take the check)`, EXIT.usage);
    return report(o);
  }
  if (o.out !== undefined || o.format !== 'text') throw new CliError('--format, --json and --out go with --report', EXIT.usage);
  return take(o);
}

export function register(program: Command): void {
  const cmd = program
    .command('check')
    .description('the before/after check: is each of 12 messages a scam or legitimate, and how sure? Saved per person; --report compares before and after')
    .option('--name <name>', 'your name, so your before and after are paired (secrets in it are masked)')
    .option('--group <tag>', 'the class, course or drill id the result belongs to')
    .addOption(new Option('--form <form>', 'which form (default: A before training, the other one after)').choices([...FORM_IDS]))
    .addOption(new Option('--phase <phase>', 'before or after training (default: before for someone new to the group, else after)').choices([...PHASES]))
    .option('--answers <file>', 'answer from a file instead of the keyboard: one line per message, "scam 3" or "legit 2" ("-" reads standard input)')
    .option('--plain', 'line by line: no boxes, no redrawing (good with a screen reader)')
    .addOption(langOption())
    .option('--report', 'print the before/after report instead of taking the check');
  formatOptions(cmd, REPORT_FORMATS, { default: 'text', description: 'with --report: output format' })
    .option('--out <file>', 'with --report: write the report to a file')
    .addOption(dataDirOption('where check results are kept (the same folder as practice history)'))
    .addOption(storeOption())
    .addHelpText(
      'after',
      [
        '',
        'How sure: 1 guessing, 2 somewhat sure, 3 fairly sure, 4 certain. Method: docs/measuring.md.',
        '',
        'Exit status: 0 saved or reported; 1 bad answers file, no results, or left before the end;',
        '2 wrong usage (no --name, no keyboard without --answers).',
        '',
        'Examples:',
        '  scamdrill check --name Li --group class-3                    # before training: form A',
        '  scamdrill check --name Li --group class-3                    # after training: form B',
        `  ${EXAMPLE}`,
        '  scamdrill check --report --group class-3',
        '  scamdrill check --report --format csv --out results.csv',
      ].join('\n'),
    )
    .action((o: CheckOpts) => run(o));
}
