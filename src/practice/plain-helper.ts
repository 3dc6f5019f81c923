// The helper role line by line (--plain): the call prints as it happens, and each time the person
// asks, the learner types their advice. The loop is plain.ts's; no timers: the person waits.
import { adviceRows, type HelperEvent, type HelperSession } from '../core/helper';
import { chalkStyle } from '../report/chalk-style';
import { formatAdvice, formatHelperEvent } from '../report/helper';
import { formatDebrief } from '../report/text';
import { t } from '../words/labels';
import { runLines, type PlainOptions } from './plain';

/** Play the call to its end (or until input closes); resolves with the session. */
export async function runPlainHelper(session: HelperSession, opts: PlainOptions): Promise<HelperSession> {
  const st = chalkStyle();
  const { catalogue, lang, scenario } = session;
  await runLines<HelperEvent>({
    title: `${scenario.title[lang]} — ${t('helperHelping', lang, { who: t('helperPerson', lang) })}`,
    lang,
    help: t(opts.choices ? 'plainHelpChoices' : 'plainHelp', lang),
    start: () => session.start(),
    reply: (input) => session.advise(input),
    get ended() {
      return session.ended;
    },
    print: (e) => ({
      lines: [
        ...formatHelperEvent(e, catalogue, lang, st, { coach: opts.coach, scenario }),
        // The numbered answers of the line asked about: "2" tells the person to say that one.
        ...(e.type === 'ask' && opts.choices ? session.choices.map((c) => `  ${c.n}. ${c.text}`) : []),
      ],
      typed: e.type === 'reply' && !e.choice,
    }),
    finish: () => {
      const d = session.debrief();
      const advice = formatAdvice(adviceRows(session.events, d), lang, d.kind === 'legitimate', st);
      return [...advice, ...(advice.length ? [''] : []), ...formatDebrief(d, st)];
    },
  }, opts);
  return session;
}
