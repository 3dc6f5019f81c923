// One practice conversation: the caller drives it with start / reply / advance and gets back
// what happened. No UI, no files, no clock of its own: time passes only through advance().
import { createActor, SimulatedClock, type Actor } from 'xstate';
import { classify as defaultClassify, redact as defaultRedact } from '../classify';
import { compile, type DrillMachine } from './conversation';
import type { Occurrence, Verdict } from './judge';
import { HANGUP_ENDING, HANGUP_TEXT, type Channel, type Intent, type Lang, type LeakKind, type Outcome } from './constants';
import type { Catalogue, Scenario } from './schema';
import { readReply, ReplyError, type Reader, type ReadReply, type ReplyInput } from './reply';
import { buildDebrief, type Debrief } from './debrief';

export interface ChoiceView {
  /** 1-based, as shown to the person. */
  n: number;
  text: string;
  intent: Intent;
}

export type SessionEvent =
  | { type: 'line'; turn: string; step: number; speaker: string; channel: Channel; text: string; flags: string[]; choices: ChoiceView[]; pressureSeconds?: number }
  | { type: 'reply'; turn: string; text: string; intent: Intent; confidence: number; leaks: LeakKind[]; choice?: number }
  | { type: 'silence'; turn: string; seconds: number }
  | ({ type: 'verdict' } & Verdict)
  | { type: 'end'; ending: string; outcome: Outcome; text: string; amount?: number; currency?: string; data?: LeakKind[] };

export class SessionError extends Error {}

export interface SessionOptions {
  lang: Lang;
  classify?: Reader['classify'];
  redact?: Reader['redact'];
  /**
   * The scenario already compiled by `compile(scenario)`. Compiling takes about 2 ms; callers that
   * run many sessions of one scenario (playback of a class, a drill room) compile it once.
   */
  machine?: DrillMachine;
}

export { MAX_STORED_REPLY, type ReplyInput } from './reply';

export class Session {
  readonly clock = new SimulatedClock();
  readonly machine: DrillMachine;
  private actor: Actor<DrillMachine> | undefined;
  private readonly log: SessionEvent[] = [];
  private seenVerdicts = 0;
  private enteredAt = 0;
  private readonly reader: Reader;

  constructor(
    readonly scenario: Scenario,
    readonly catalogue: Catalogue,
    readonly opts: SessionOptions,
  ) {
    this.machine = opts.machine ?? compile(scenario);
    this.reader = { classify: opts.classify ?? defaultClassify, redact: opts.redact ?? defaultRedact };
  }

  get lang(): Lang {
    return this.opts.lang;
  }

  get events(): readonly SessionEvent[] {
    return this.log;
  }

  get started(): boolean {
    return this.actor !== undefined;
  }

  get ended(): boolean {
    return this.actor?.getSnapshot().status === 'done';
  }

  /** The turn waiting for a reply, or undefined before start and after the end. */
  get turnId(): string | undefined {
    if (!this.actor || this.ended) return undefined;
    return String(this.actor.getSnapshot().value);
  }

  get choices(): ChoiceView[] {
    const turn = this.turnId ? this.scenario.turns[this.turnId] : undefined;
    return (turn?.choices ?? []).map((c, i) => ({ n: i + 1, text: c[this.lang], intent: c.intent }));
  }

  /** Milliseconds until the scammer pushes on by themselves, if this line has a pressure timer. */
  get msUntilPressure(): number | undefined {
    const turn = this.turnId ? this.scenario.turns[this.turnId] : undefined;
    if (!turn?.pressure) return undefined;
    return Math.max(0, this.enteredAt + turn.pressure.after * 1000 - this.clock.now());
  }

  start(): SessionEvent[] {
    if (this.actor) throw new SessionError('the conversation has already started');
    this.actor = createActor(this.machine, { clock: this.clock });
    this.actor.start();
    return this.collect(() => {});
  }

  reply(input: ReplyInput): SessionEvent[] {
    const actor = this.activeActor();
    const turnId = String(actor.getSnapshot().value);
    let read: ReadReply | null;
    try {
      read = readReply(input, this.scenario.turns[turnId]!, this.lang, this.reader);
    } catch (e) {
      if (e instanceof ReplyError) throw new SessionError(e.message);
      throw e;
    }
    if (!read) return [];
    const { text, intent, confidence, leaks, choice } = read;
    const replyEvent: SessionEvent = { type: 'reply', turn: turnId, text, intent, confidence, leaks, ...(choice ? { choice } : {}) };
    return this.collect(() => {
      this.log.push(replyEvent);
      actor.send({ type: 'user.reply', intent, confidence, leaks });
    }, [replyEvent]);
  }

  /** Let time pass in silence; pressure timers that fall due move the scammer on. */
  advance(ms: number): SessionEvent[] {
    const actor = this.activeActor();
    const out: SessionEvent[] = [];
    let left = ms;
    // Step timer by timer so each silence is reported at the line it interrupted.
    while (left > 0 && !this.ended) {
      const due = this.msUntilPressure;
      if (due === undefined || due > left) {
        this.clock.increment(left);
        break;
      }
      const turn = String(actor.getSnapshot().value);
      const silence: SessionEvent = { type: 'silence', turn, seconds: this.scenario.turns[turn]!.pressure!.after };
      out.push(...this.collect(() => {
        this.log.push(silence);
        this.clock.increment(due);
      }, [silence]));
      left -= due;
    }
    return out;
  }

  debrief(): Debrief {
    return buildDebrief(this);
  }

  /** The verdicts so far, in the order they were given. */
  get verdicts(): readonly Verdict[] {
    return this.actor?.getSnapshot().context.verdicts ?? [];
  }

  /** Flags said and not yet decided (none once the conversation has ended: the ending settles them). */
  get open(): readonly Occurrence[] {
    return this.actor?.getSnapshot().context.open ?? [];
  }

  get leaked(): readonly LeakKind[] {
    return this.actor?.getSnapshot().context.leaked ?? [];
  }

  /** The ending reached, if any. */
  get endingId(): string | undefined {
    return this.ended ? String(this.actor!.getSnapshot().value) : undefined;
  }

  private activeActor(): Actor<DrillMachine> {
    if (!this.actor) throw new SessionError('the conversation has not started');
    if (this.ended) throw new SessionError('the conversation is over');
    return this.actor;
  }

  /** Run a step and report what changed: new verdicts, the next line, or the ending. */
  private collect(step: () => void, already: SessionEvent[] = []): SessionEvent[] {
    const before = this.actor!.getSnapshot().context.step;
    step();
    const snap = this.actor!.getSnapshot();
    const out: SessionEvent[] = [...already];
    const push = (e: SessionEvent) => {
      this.log.push(e);
      out.push(e);
    };
    for (const v of snap.context.verdicts.slice(this.seenVerdicts)) push({ type: 'verdict', ...v });
    this.seenVerdicts = snap.context.verdicts.length;
    const state = String(snap.value);
    if (snap.status === 'done') {
      push(this.endEvent(state));
    } else if (snap.context.step !== before || already.length === 0) {
      this.enteredAt = this.clock.now();
      push(this.lineEvent(state, snap.context.step));
    }
    return out;
  }

  private lineEvent(id: string, step: number): SessionEvent {
    const turn = this.scenario.turns[id]!;
    return {
      type: 'line',
      turn: id,
      step,
      speaker: (turn.speaker ?? this.scenario.caller.name)[this.lang],
      channel: turn.channel ?? this.scenario.channel,
      text: turn.say[this.lang],
      flags: turn.flags,
      choices: this.choices,
      ...(turn.pressure ? { pressureSeconds: turn.pressure.after } : {}),
    };
  }

  private endEvent(id: string): SessionEvent {
    if (id === HANGUP_ENDING) return { type: 'end', ending: id, outcome: 'safe', text: HANGUP_TEXT[this.lang] };
    const e = this.scenario.endings[id]!;
    const base = { type: 'end' as const, ending: id, text: e.say[this.lang] };
    if (e.outcome === 'loss') return { ...base, outcome: 'loss', amount: e.amount, currency: e.currency };
    if (e.outcome === 'leak') return { ...base, outcome: 'leak', data: e.data };
    return { ...base, outcome: 'safe' };
  }
}


export function createSession(scenario: Scenario, catalogue: Catalogue, opts: SessionOptions): Session {
  return new Session(scenario, catalogue, opts);
}
