// Scripted playback: a scenario and a parsed answers file → one whole conversation on the
// session's simulated clock. Pure (no files, no real time); the CLI and the benchmark call it.
import type { Debrief } from '../core/debrief';
import { compile, type ConversationMachine } from '../core/conversation';
import { reader } from '../classify/reader';
import { createSession, SessionError, type SessionEvent, type SessionOptions } from '../core/session';
import type { ConversationRecord } from '../report/record';
import type { Catalogue, Lang, Scenario } from '../core/schema';
import { describeStep, type AnswerStep, type Answers } from '../answers/parse';
import { t, type Holes } from '../words/labels';

export interface PlaybackOptions {
  lang: Lang;
  /** Answers running out before an ending, or left over after it, are errors. */
  strict?: boolean;
  /** Passed through to the session (a test's reader, a precompiled machine). */
  session?: Partial<Omit<SessionOptions, 'lang'>>;
}

export interface PlaybackResult {
  scenario: Scenario;
  catalogue: Catalogue;
  lang: Lang;
  /** The answers file's name, as errors and reports show it. */
  file: string;
  /** The whole conversation; reply text in it is already redacted by the engine. */
  events: SessionEvent[];
  debrief: Debrief;
  /** The answers ran out before the conversation reached an ending. */
  unfinished: boolean;
  /** Answers after the ending, which were not used: the first one's line and how many. */
  leftover?: { line: number; count: number };
}

/** What can be wrong with the answers for a scenario. Each code is a key of words/labels.ts. */
export type PlaybackErrorCode = 'playback-refused' | 'playback-ran-out' | 'playback-ran-out-none' | 'playback-left-over' | 'playback-left-over-one';

/**
 * A problem with the answers for this scenario, located at a line of the answers file. `said`: what
 * it is as a code of words/labels.ts and its holes, to say it in another language.
 */
export class PlaybackError extends Error {
  constructor(readonly file: string, readonly line: number | undefined, readonly reason: string, readonly said?: { code: PlaybackErrorCode; holes: Holes }) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
  }

  /** The error in the playback's language: its message is in that language too. */
  static say(file: string, line: number | undefined, code: PlaybackErrorCode, holes: Holes, lang: Lang): PlaybackError {
    return new PlaybackError(file, line, t(code, lang, holes), { code, holes });
  }
}

// Compiled once per scenario object: a class of thirty plays one scenario thirty times.
// Scenarios are values (never changed after loading), so the cache cannot go stale.
const machines = new WeakMap<Scenario, ConversationMachine>();
function machineFor(scenario: Scenario): ConversationMachine {
  let m = machines.get(scenario);
  if (!m) machines.set(scenario, (m = compile(scenario)));
  return m;
}

export function play(scenario: Scenario, catalogue: Catalogue, answers: Answers, opts: PlaybackOptions): PlaybackResult {
  const session = createSession(scenario, catalogue, { machine: machineFor(scenario), reader, ...opts.session, lang: opts.lang });
  session.start();
  const fed = feedAnswers(answers, opts, {
    get ended() {
      return session.ended;
    },
    get turn() {
      return session.turnId;
    },
    apply(step) {
      if (step.kind === 'wait') session.advance(step.ms);
      else session.reply(step.kind === 'choice' ? { choice: step.n } : step.text);
    },
  });
  return { scenario, catalogue, lang: opts.lang, file: answers.file, events: [...session.events], debrief: session.debrief(), ...fed };
}

/** A conversation an answers file is fed to, one step at a time: a practice Session, or the helper role's. */
export interface StepTaker {
  readonly ended: boolean;
  /** The line waiting for this step, as errors name it. */
  readonly turn: string | undefined;
  /** Take one step; throws SessionError for one it cannot take. */
  apply(step: AnswerStep): void;
}

/**
 * Feed the steps until the conversation ends. A step it refuses, and with `strict` answers that run
 * out or are left over, are PlaybackErrors at the answers file's line, in the playback's language.
 */
export function feedAnswers(answers: Answers, opts: PlaybackOptions, taker: StepTaker): Pick<PlaybackResult, 'unfinished' | 'leftover'> {
  const { steps, file } = answers;
  let i = 0;
  for (; i < steps.length && !taker.ended; i++) {
    const step = steps[i]!;
    try {
      taker.apply(step);
    } catch (e) {
      if (!(e instanceof SessionError)) throw e;
      const why = t(e.code, opts.lang, e.holes);
      throw PlaybackError.say(file, step.line, 'playback-refused', { step: step.kind === 'reply' ? t('aReply', opts.lang) : describeStep(step), turn: taker.turn ?? '', why }, opts.lang);
    }
  }
  const left = steps.slice(i);
  const unfinished = !taker.ended;
  if (opts.strict && unfinished) {
    const last = steps.at(-1);
    throw PlaybackError.say(file, undefined, last ? 'playback-ran-out' : 'playback-ran-out-none', { line: last?.line ?? '', turn: taker.turn ?? '' }, opts.lang);
  }
  if (opts.strict && left.length) {
    throw PlaybackError.say(file, left[0]!.line, left.length === 1 ? 'playback-left-over-one' : 'playback-left-over', { line: steps[i - 1]!.line, n: left.length }, opts.lang);
  }
  return { unfinished, ...(left.length ? { leftover: { line: left[0]!.line, count: left.length } } : {}) };
}

/** What a reader should know besides the report, in its language: answers ran out, or some were not used. */
export function playbackNotes(r: Pick<PlaybackResult, 'lang' | 'file' | 'unfinished' | 'leftover'>): string[] {
  const notes: string[] = [];
  if (r.unfinished) notes.push(t('playback-note-unfinished', r.lang, { file: r.file }));
  if (r.leftover) notes.push(t(r.leftover.count === 1 ? 'playback-note-left-over-one' : 'playback-note-left-over', r.lang, { file: r.file, line: r.leftover.line, n: r.leftover.count }));
  return notes;
}

/** A playback (of either role) as a report's input: the transcript, the debrief and the notes. */
export function playbackRecord<E>(r: Omit<PlaybackResult, 'events'> & { events: E[] }): Omit<ConversationRecord, 'events'> & { events: E[] } {
  const notes = playbackNotes(r);
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
