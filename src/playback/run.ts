// Scripted playback: a scenario and a parsed answers file → one whole conversation on the
// session's simulated clock. Pure (no files, no real time); the CLI and the benchmark call it.
import type { Debrief } from '../core/debrief';
import { compile, type ConversationMachine } from '../core/conversation';
import { reader } from '../classify/reader';
import { createSession, SessionError, type SessionEvent, type SessionOptions } from '../core/session';
import type { ConversationRecord } from '../report/record';
import type { Catalogue, Lang, Scenario } from '../core/schema';
import { describeStep, type AnswerStep, type Answers } from '../answers/parse';

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

/** A problem with the answers for this scenario, located at a line of the answers file. */
export class PlaybackError extends Error {
  constructor(readonly file: string, readonly line: number | undefined, readonly reason: string) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
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
  const { steps, file } = answers;
  let i = 0;
  for (; i < steps.length && !session.ended; i++) {
    const step = steps[i]!;
    try {
      apply(step, session);
    } catch (e) {
      if (!(e instanceof SessionError)) throw e;
      throw new PlaybackError(file, step.line, `${describeStep(step)} at turn "${session.turnId}": ${e.message}`);
    }
  }
  const left = steps.slice(i);
  const unfinished = !session.ended;
  if (opts.strict && unfinished) {
    const last = steps.at(-1);
    throw new PlaybackError(file, undefined, `the answers ran out before the conversation ended (${last ? `after line ${last.line}, ` : ''}turn "${session.turnId}" is waiting for a reply)`);
  }
  if (opts.strict && left.length) {
    throw new PlaybackError(file, left[0]!.line, `the conversation had already ended (at line ${steps[i - 1]!.line}); ${plural(left.length, 'answer')} left over`);
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

function apply(step: AnswerStep, session: ReturnType<typeof createSession>): void {
  if (step.kind === 'wait') session.advance(step.ms);
  else if (step.kind === 'choice') session.reply({ choice: step.n });
  else session.reply(step.text);
}

/** What a reader should know besides the report: answers ran out, or some were not used. */
export function playbackNotes(r: PlaybackResult): string[] {
  const notes: string[] = [];
  if (r.unfinished) notes.push(`${r.file}: the answers ran out before the conversation ended; the outcome is "unfinished" (add more answers, or use --strict to make this an error)`);
  if (r.leftover) notes.push(`${r.file}:${r.leftover.line}: the conversation had already ended; ${plural(r.leftover.count, 'answer')} from here on not used`);
  return notes;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The playback as a report's input: the transcript, the debrief and the notes. */
export function playbackRecord(r: PlaybackResult): ConversationRecord {
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
