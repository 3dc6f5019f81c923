// Scripted playback of the helper role: a scenario, the simulated person on the call, and an
// answers file whose lines are the learner's advice, one for each time the person asks ("#2" tells
// them to say answer 2 of that line). Pure, like playback/run.ts.
import { reader } from '../classify/reader';
import { HelperSession, type HelperEvent } from '../core/helper';
import type { Catalogue, Scenario } from '../core/schema';
import { helperWords } from '../words/helper';
import { t } from '../words/labels';
import { describeStep, type Answers } from '../answers/parse';
import { feedAnswers, PlaybackError, type PlaybackOptions, type PlaybackResult } from './run';

export type HelperPlayback = Omit<PlaybackResult, 'events'> & { events: HelperEvent[] };

export function playHelper(scenario: Scenario, catalogue: Catalogue, answers: Answers, opts: PlaybackOptions): HelperPlayback {
  const session = new HelperSession(scenario, catalogue, { reader, ...opts.session, words: helperWords, lang: opts.lang });
  session.start();
  const fed = feedAnswers(answers, opts, {
    get ended() {
      return session.ended;
    },
    get turn() {
      return session.asking?.turn;
    },
    apply(step) {
      // Nobody is on a timer here: the person waits for the advice.
      if (step.kind === 'wait') throw new PlaybackError(answers.file, step.line, t('helperNoWait', opts.lang, { step: describeStep(step) }));
      session.advise(step.kind === 'choice' ? { choice: step.n } : step.text);
    },
  });
  return { scenario, catalogue, lang: opts.lang, file: answers.file, events: [...session.events], debrief: session.debrief(), ...fed };
}

