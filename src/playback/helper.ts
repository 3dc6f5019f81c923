// Scripted playback of the helper role: a scenario, the simulated person on the call, and an
// answers file whose lines are the learner's advice, one for each time the person asks ("#2" tells
// them to say answer 2 of that line). Pure, like playback/run.ts.
import { reader } from '../classify/reader';
import { HelperSession, type HelperEvent } from '../core/helper';
import type { Catalogue, Scenario } from '../core/schema';
import { SessionError } from '../core/session';
import type { HelperRecord } from '../report/helper';
import { helperWords } from '../words/helper';
import { t } from '../words/labels';
import { describeStep, type Answers } from '../answers/parse';
import { PlaybackError, playbackNotes, type PlaybackOptions, type PlaybackResult } from './run';

export type HelperPlayback = Omit<PlaybackResult, 'events'> & { events: HelperEvent[] };

export function playHelper(scenario: Scenario, catalogue: Catalogue, answers: Answers, opts: PlaybackOptions): HelperPlayback {
  const session = new HelperSession(scenario, catalogue, { reader, ...opts.session, words: helperWords, lang: opts.lang });
  session.start();
  const { steps, file } = answers;
  let i = 0;
  for (; i < steps.length && !session.ended; i++) {
    const step = steps[i]!;
    // Nobody is on a timer here: the person waits for the advice.
    if (step.kind === 'wait') throw new PlaybackError(file, step.line, t('helperNoWait', opts.lang, { step: describeStep(step) }));
    try {
      session.advise(step.kind === 'choice' ? { choice: step.n } : step.text);
    } catch (e) {
      if (!(e instanceof SessionError)) throw e;
      const why = t(e.code, opts.lang, e.holes);
      throw PlaybackError.say(file, step.line, 'playback-refused', { step: step.kind === 'reply' ? t('aReply', opts.lang) : describeStep(step), turn: session.asking?.turn ?? '', why }, opts.lang);
    }
  }
  const left = steps.slice(i);
  const unfinished = !session.ended;
  if (opts.strict && unfinished) {
    const last = steps.at(-1);
    throw PlaybackError.say(file, undefined, last ? 'playback-ran-out' : 'playback-ran-out-none', { line: last?.line ?? '', turn: session.asking?.turn ?? '' }, opts.lang);
  }
  if (opts.strict && left.length) {
    throw PlaybackError.say(file, left[0]!.line, left.length === 1 ? 'playback-left-over-one' : 'playback-left-over', { line: steps[i - 1]!.line, n: left.length }, opts.lang);
  }
  return {
    scenario,
    catalogue,
    lang: opts.lang,
    file,
    events: [...session.events],
    debrief: session.debrief(),
    unfinished,
    ...(left.length ? { leftover: { line: left[0]!.line, count: left.length } } : {}),
  };
}

/** The helper playback as a report's input. */
export function helperRecord(r: HelperPlayback): HelperRecord {
  const notes = playbackNotes({ ...r, events: [] });
  return {
    ...(r.scenario.summary ? { summary: r.scenario.summary[r.lang] } : {}),
    catalogue: r.catalogue,
    lang: r.lang,
    source: r.file,
    events: r.events,
    debrief: r.debrief,
    ...(notes.length ? { notes } : {}),
  };
}
