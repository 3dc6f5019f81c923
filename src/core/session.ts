// One practice conversation: a Conversation (the scammer's routes and timers) and one Judge (the
// learner's flags). The caller drives it with start / reply / advance and gets back what happened.
// No UI, no files, no clock of its own: time passes only through advance().
import type { Verdict, Occurrence } from './judge';
import { Judge } from './judge';
import { compile, Conversation, type ChoiceView, type ConversationMachine, type EndView, type Happening, type LineView } from './conversation';
import type { Intent, Lang, LeakKind } from './constants';
import type { Reader } from './reader';
import type { Catalogue, Scenario } from './schema';
import { readReply, ReplyError, Typed, type ReadReply, type ReplyInput } from './reply';
import { debriefFrom, type Debrief } from './debrief';

export type { ChoiceView } from './conversation';

export type SessionEvent =
  | ({ type: 'line' } & LineView)
  | { type: 'reply'; turn: string; text: string; intent: Intent; confidence: number; leaks: LeakKind[]; choice?: number }
  | { type: 'silence'; turn: string; seconds: number }
  | ({ type: 'verdict' } & Verdict)
  | ({ type: 'end' } & EndView);

/** What taking one reply records: the reply as read, and the verdicts it decided. */
type JudgedEvent = Extract<SessionEvent, { type: 'reply' | 'verdict' }>;

/** What a session turns down. Each code is a key of words/labels.ts, which says it in either language with `holes`. */
export type SessionErrorCode = 'session-started' | 'session-not-started' | 'session-over' | 'reply-no-such-answer' | 'reply-no-choices';

/** The message is in English (logs, tests); a screen says `t(e.code, lang, e.holes)` where there is a code. */
export class SessionError extends Error {
  constructor(message: string, readonly code: SessionErrorCode, readonly holes: Readonly<Record<string, string | number>> = {}) {
    super(message);
  }
}

/**
 * One reply at a turn: read (with the person's replies before it, `typed`, which it then joins),
 * then judged. A practice Session and the helper role both take replies this way.
 */
export function readAndJudge(input: ReplyInput, scenario: Scenario, turnId: string, opts: { lang: Lang; reader: Reader }, judge: Judge, typed: Typed): { read: ReadReply; events: JudgedEvent[] } | undefined {
  const turn = scenario.turns[turnId]!;
  let read;
  try {
    read = readReply(input, turn, opts.lang, opts.reader, typed.before);
  } catch (e) {
    // readReply refuses only a numbered answer the line does not have.
    const n = turn.choices?.length ?? 0;
    if (e instanceof ReplyError) throw new SessionError(e.message, n ? 'reply-no-such-answer' : 'reply-no-choices', { choice: typeof input === 'object' && 'choice' in input ? input.choice : '', n });
    throw e;
  }
  if (!read) return undefined;
  typed.note(input, turn.say[opts.lang]);
  const { text, intent, confidence, leaks, choice } = read;
  const events: JudgedEvent[] = [{ type: 'reply', turn: turnId, text, intent, confidence, leaks, ...(choice ? { choice } : {}) }];
  for (const v of judge.read(read)) events.push({ type: 'verdict', ...v });
  return { read, events };
}

export interface SessionOptions {
  lang: Lang;
  /** How free-text replies are read (the classify reader); the core only knows its interface. */
  reader: Reader;
  /**
   * The scenario already compiled by `compile(scenario)`. Compiling takes about 2 ms; callers that
   * run many sessions of one scenario (playback of a class) compile it once.
   */
  machine?: ConversationMachine;
}

export { MAX_REPLY_CHARS, type ReplyInput } from './reply';

export class Session {
  readonly conversation: Conversation;
  readonly judge: Judge;
  private readonly log: SessionEvent[] = [];
  private readonly typed = new Typed();
  private begun = false;

  constructor(
    readonly scenario: Scenario,
    readonly catalogue: Catalogue,
    readonly opts: SessionOptions,
  ) {
    this.conversation = new Conversation(scenario, opts.lang, opts.machine ?? compile(scenario));
    this.judge = new Judge(scenario.kind);
  }

  get clock() {
    return this.conversation.clock;
  }

  get lang(): Lang {
    return this.opts.lang;
  }

  get events(): readonly SessionEvent[] {
    return this.log;
  }

  get started(): boolean {
    return this.begun;
  }

  get ended(): boolean {
    return this.conversation.ended;
  }

  /** The turn waiting for a reply, or undefined before start and after the end. */
  get turnId(): string | undefined {
    return this.begun ? this.conversation.turnId : undefined;
  }

  get choices(): ChoiceView[] {
    return this.turnId ? this.conversation.choices() : [];
  }

  /** Milliseconds until the scammer pushes on by themselves, if this line has a pressure timer. */
  get msUntilPressure(): number | undefined {
    return this.begun ? this.conversation.msUntilPressure : undefined;
  }

  start(): SessionEvent[] {
    if (this.begun) throw new SessionError('the conversation has already started', 'session-started');
    this.begun = true;
    return this.follow([], this.conversation.start());
  }

  reply(input: ReplyInput): SessionEvent[] {
    const turnId = this.activeTurn();
    const judged = readAndJudge(input, this.scenario, turnId, this.opts, this.judge, this.typed);
    if (!judged) return [];
    return this.follow(judged.events.map((e) => this.record(e)), this.conversation.reply(judged.read));
  }

  /** Let time pass in silence; pressure timers that fall due move the scammer on. */
  advance(ms: number): SessionEvent[] {
    this.activeTurn();
    const out: SessionEvent[] = [];
    let left = ms;
    // Step timer by timer so each silence is reported at the line it interrupted.
    while (left > 0 && !this.ended) {
      const due = this.conversation.msUntilPressure;
      if (due === undefined || due > left) {
        this.conversation.wait(left);
        break;
      }
      const turn = this.conversation.turnId!;
      out.push(this.record({ type: 'silence', turn, seconds: this.scenario.turns[turn]!.pressure!.after }));
      this.follow(out, this.conversation.wait(due));
      left -= due;
    }
    return out;
  }

  debrief(): Debrief {
    const end = this.log.find((e): e is Extract<SessionEvent, { type: 'end' }> => e.type === 'end');
    return debriefFrom({
      scenario: this.scenario,
      catalogue: this.catalogue,
      lang: this.lang,
      verdicts: this.judge.verdicts,
      open: this.judge.open,
      leaked: this.judge.leaked,
      ...(end ? { end } : {}),
    });
  }

  /** The verdicts so far, in the order they were given. */
  get verdicts(): readonly Verdict[] {
    return this.judge.verdicts;
  }

  /** Flags said and not yet decided (none once the conversation has ended: the ending settles them). */
  get open(): readonly Occurrence[] {
    return this.judge.open;
  }

  get leaked(): readonly LeakKind[] {
    return this.judge.leaked;
  }

  /** The ending reached, if any. */
  get endingId(): string | undefined {
    return this.conversation.endingId;
  }

  private activeTurn(): string {
    if (!this.begun) throw new SessionError('the conversation has not started', 'session-not-started');
    if (this.ended) throw new SessionError('the conversation is over', 'session-over');
    return this.conversation.turnId!;
  }

  private record<E extends SessionEvent>(e: E): E {
    this.log.push(e);
    return e;
  }

  /** Hand what the conversation did to the judge, and log it: a new line, or the ending and what it settles. */
  private follow(out: SessionEvent[], happened: Happening[]): SessionEvent[] {
    for (const h of happened) {
      if (h.type === 'line') {
        this.judge.present(h.line);
        out.push(this.record({ type: 'line', ...h.line }));
      } else {
        for (const v of this.judge.end()) out.push(this.record({ type: 'verdict', ...v }));
        out.push(this.record({ type: 'end', ...h.end }));
      }
    }
    return out;
  }
}

export function createSession(scenario: Scenario, catalogue: Catalogue, opts: SessionOptions): Session {
  return new Session(scenario, catalogue, opts);
}
