import { Option, type Command } from 'commander';
import { createSession, type Session } from '../../core/session';
import { reader } from '../../classify/reader';
import { bundledLibrary } from '../snapshot';
import type { Catalogue, Lang, Scenario } from '../../core/schema';
import { outcomeWord, t } from '../../words/labels';
import { CliError, EXIT } from '../errors';
import { loadFrontEnd } from '../load-ink';
import { dataDirOption, langOption, libraryOrFail, placeOption, requireScenario, storeOption, wrapFileErrors } from '../shared';
import type { StoreChoice } from '../../store/open';
import type { Place } from '../../store/place';
import { hasTag } from '../../scenario/tags';

export const DEFAULT_SCENARIO = 'express-refund';

interface PracticeOpts {
  lang: Lang;
  mode: 'coach' | 'exam';
  choices?: boolean;
  fast?: boolean;
  plain?: boolean;
  dataDir?: string;
  store?: string;
  tag?: string;
  voice?: boolean;
  /** receiver: the learner takes the call; helper: they advise a simulated person who does. */
  role: 'receiver' | 'helper';
  site?: string;
  team?: string;
}

interface Recorder {
  (session: Session, mode: PracticeOpts['mode']): Promise<string> | undefined;
  /** Resolves once every save asked for has finished: the process must not exit before. */
  settled(): Promise<void>;
}

/**
 * History saving, loaded after the first frame: the store is not needed until a conversation
 * ends, so it must not delay the call screen.
 */
function lazyRecorder(where: StoreChoice, place: Place): Recorder {
  let mod: typeof import('../../practice/record') | undefined;
  const pending: [Session, PracticeOpts['mode']][] = [];
  const saving: Promise<unknown>[] = [];
  const loaded = new Promise<void>((resolve) => {
    setTimeout(() => {
      void import('../../practice/record').then((m) => {
        mod = m;
        for (const [s, mode] of pending.splice(0)) saving.push(m.recordPractice(s, mode, where, place));
        resolve();
      });
    }, 200).unref();
  });
  const record = (session: Session, mode: PracticeOpts['mode']) => {
    if (!mod) {
      pending.push([session, mode]);
      return undefined;
    }
    const saved = mod.recordPractice(session, mode, where, place);
    saving.push(saved);
    return saved.then((r) => r.message);
  };
  return Object.assign(record, {
    async settled() {
      if (pending.length) await loaded;
      await Promise.all(saving);
    },
  });
}

async function practice(id: string | undefined, opts: PracticeOpts): Promise<void> {
  // Decided here, once: without a terminal there are no keys to read and raw mode must not be touched.
  if (process.stdin.isTTY !== true || typeof process.stdin.setRawMode !== 'function') {
    throw new CliError('practice needs a keyboard, and standard input is not a terminal.\nTo run without one, give the replies in a file:\n  scamdrill play express-refund --answers answers.txt', EXIT.usage);
  }
  // Checked before the call starts: a site that cannot be stored must not cost a finished practice.
  const place = await placeOption(opts);
  if (opts.plain) return practisePlain(id, opts, place);

  const found = id ? await requireScenario(id) : undefined;
  const library = found?.library ?? libraryOrFail(await wrapFileErrors(bundledLibrary));
  if (!library.scenarios.length) throw new CliError('there are no scenarios to practise (see "scamdrill validate")');
  // The tag narrows what the picker offers and what "next" moves through.
  const { tag } = opts;
  const scenarios = tag ? library.scenarios.filter((s) => hasTag(s, tag)) : library.scenarios;
  if (!scenarios.length) throw new CliError(`no scenario has the tag "${tag}"; "scamdrill list" shows the tags`);
  const record = lazyRecorder(opts, place);
  const { runInk } = await loadFrontEnd(() => import('../../practice/run'));
  const voice = opts.voice ? await startVoice(opts.lang) : undefined;
  const last = await runInk({
    scenarios,
    catalogue: library.catalogue,
    ...(found ? { scenario: found.scenario } : {}),
    defaultId: DEFAULT_SCENARIO,
    lang: opts.lang,
    mode: opts.mode,
    role: opts.role,
    choices: !!opts.choices,
    instant: !!opts.fast || !!process.env.SCAMDRILL_REDUCED_MOTION,
    onFinished: record,
    ...(voice ? { voice } : {}),
  });
  await record.settled();
  if (last?.ended) {
    const d = last.debrief();
    // The helper role is not kept in the history: its line does not point there.
    const key = opts.role === 'helper' ? 'helperResult' : 'practiceResult';
    process.stdout.write(`${t(key, d.lang, { title: d.title, who: t('helperPerson', d.lang), outcome: outcomeWord(d.outcome, d.kind === 'legitimate', d.lang), score: d.score })}\n`);
  }
}

/** espeak-ng, or one plain line saying it is missing: the practice goes on without a voice. */
async function startVoice(lang: Lang) {
  const { espeakVoice } = await import('../../practice/voice');
  const voice = espeakVoice();
  if (!voice) process.stderr.write(`${t('noEspeak', lang)}\n`);
  return voice;
}

async function practisePlain(id: string | undefined, opts: PracticeOpts, place: Place): Promise<void> {
  if (opts.tag && !id) throw new CliError(`--plain has no picker to filter: name a scenario ("scamdrill list --tag ${opts.tag}" shows them)`, EXIT.usage);
  const { scenario, catalogue } = await requireScenario(id ?? DEFAULT_SCENARIO);
  if (opts.role === 'helper') return helpPlain(scenario, catalogue, opts);
  const session = createSession(scenario, catalogue, { lang: opts.lang, reader });
  void reader.prepare?.();
  const { runPlain } = await import('../../practice/plain');
  await runPlain(session, { coach: opts.mode === 'coach', choices: !!opts.choices, input: process.stdin, output: process.stdout });
  if (session.ended) {
    const { recordPractice } = await import('../../practice/record');
    process.stdout.write(`${(await recordPractice(session, opts.mode, opts, place)).message}\n`);
  }
}

/** The helper role line by line; not kept in the history, whose replays are of calls the learner took. */
async function helpPlain(scenario: Scenario, catalogue: Catalogue, opts: PracticeOpts): Promise<void> {
  const [{ HelperSession }, { helperWords }, { runPlainHelper }] = await Promise.all([import('../../core/helper'), import('../../words/helper'), import('../../practice/plain-helper')]);
  const session = new HelperSession(scenario, catalogue, { lang: opts.lang, reader, words: helperWords });
  void reader.prepare?.();
  await runPlainHelper(session, { coach: opts.mode === 'coach', choices: !!opts.choices, input: process.stdin, output: process.stdout });
}

export function register(program: Command): void {
  const cmd = program
    .command('practice', { isDefault: true })
    .argument('[scenario]', `scenario id or file (default: a picker, cursor on ${DEFAULT_SCENARIO})`)
    .description('practise answering a scam call or SMS at this terminal (the default command)')
    .addOption(langOption())
    .addOption(new Option('--mode <mode>', 'coach: verdicts after each reply; exam: only at the end').choices(['coach', 'exam']).default('coach'))
    .option('--choices', 'answer by number from a list instead of free text')
    .option('--fast', 'no typing delay before the scammer\'s lines')
    .option('--voice', 'speak the caller\'s lines on calls through espeak-ng (when installed); texts and chats stay silent')
    .option('--plain', 'line by line: no boxes, no animation (good with a screen reader)')
    .addOption(new Option('--role <role>', 'receiver: you take the call; helper: a simulated person takes it and asks you for advice at the risky moments').choices(['receiver', 'helper']).default('receiver'))
    .option('--tag <tag>', 'the picker offers only scenarios with this tag: a fraud type (order-brushing), an audience (students), a channel')
    .option('--site <site>', 'the site this practice is for (a branch, a centre): kept with it, for "scamdrill report --site"')
    .option('--team <team>', 'the team this practice is for: kept with it, for "scamdrill report --team"')
    .addOption(dataDirOption('where the practice history is kept'))
    .addOption(storeOption())
    .addHelpText('after', '\nReduced motion: set SCAMDRILL_REDUCED_MOTION=1 (or use --plain).\n\nExamples:\n  scamdrill\n  scamdrill practice etc-toll-card --lang zh --choices\n  scamdrill practice --tag students\n  scamdrill practice express-refund --plain\n  scamdrill practice express-refund --role helper\n  scamdrill practice etc-toll-card --site north-branch --team tellers');
  cmd.action((id: string | undefined, opts: PracticeOpts) => practice(id, opts));
}
