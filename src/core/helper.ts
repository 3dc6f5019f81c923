// The helper role for one learner: a HelperCall (the caller and the simulated person, who stops to
// ask) and one Judge. The judge hears only the lines the person asked about, and the learner's
// advice there as a reply: the same verdict rules as practice (refuse, verify, hang up, challenge
// or consult is good advice and catches the line's flags; going along misses them; a question or a
// pause leaves them open). The caller drives it with start / advise, like a practice Session.
import type { Intent, LeakKind, Lang } from './constants';
import { compile, type ConversationMachine } from './conversation';
import { debriefFrom, type Debrief, type FlagResult } from './debrief';
import { HelperCall, type CallEvent, type HelperWords, type Moment } from './helper-call';
import { Judge } from './judge';
import { CONFIDENT, type Reader } from './reader';
import { Typed, type ReplyInput } from './reply';
import type { Catalogue, Scenario } from './schema';
import { readAndJudge, SessionError, type ChoiceView, type SessionEvent } from './session';

/**
 * What happened, in order: the caller's lines, the person's answers and questions, the learner's
 * advice (a `reply`, read as any reply is), the verdicts it decided, the end.
 */
export type HelperEvent = Exclude<SessionEvent, { type: 'silence' }> | Extract<CallEvent, { type: 'person' | 'ask' }>;

export interface HelperOptions {
  lang: Lang;
  reader: Reader;
  words: HelperWords;
  machine?: ConversationMachine;
}

export class HelperSession {
  readonly call: HelperCall;
  readonly judge: Judge;
  private readonly log: HelperEvent[] = [];
  private readonly typed = new Typed();
  private begun = false;
  /** Secrets the person gave away, on advice or by themselves: theirs to lose, so in the debrief. */
  private readonly given = new Set<LeakKind>();

  constructor(
    readonly scenario: Scenario,
    readonly catalogue: Catalogue,
    readonly opts: HelperOptions,
  ) {
    this.call = new HelperCall(scenario, opts.lang, opts.reader, opts.words, opts.machine ?? compile(scenario));
    this.judge = new Judge(scenario.kind);
  }

  get lang(): Lang {
    return this.opts.lang;
  }

  get events(): readonly HelperEvent[] {
    return this.log;
  }

  get started(): boolean {
    return this.begun;
  }

  get ended(): boolean {
    return this.call.ended;
  }

  /** The moment the person is asking the learner at, if they are. */
  get asking(): Moment | undefined {
    return this.call.asking;
  }

  /** The numbered answers of the line asked about: picking one tells the person to say it. */
  get choices(): ChoiceView[] {
    const at = this.asking;
    return at ? this.call.conversation.choices(at.turn) : [];
  }

  start(): HelperEvent[] {
    if (this.begun) throw new SessionError('the conversation has already started', 'session-started');
    this.begun = true;
    return this.follow([], this.call.start());
  }

  /** The learner's advice at the moment the person asks: read, judged, then followed by the person. */
  advise(input: ReplyInput): HelperEvent[] {
    const at = this.asking;
    if (!this.begun) throw new SessionError('the conversation has not started', 'session-not-started');
    if (!at) throw new SessionError('the conversation is over', 'session-over');
    const judged = readAndJudge(input, this.scenario, at.turn, this.opts, this.judge, this.typed);
    if (!judged) return [];
    return this.follow(judged.events.map((e) => this.record(e)), this.call.follow(judged.read));
  }

  debrief(): Debrief {
    const end = this.log.find((e): e is Extract<HelperEvent, { type: 'end' }> => e.type === 'end');
    return debriefFrom({
      scenario: this.scenario,
      catalogue: this.catalogue,
      lang: this.lang,
      verdicts: this.judge.verdicts,
      open: this.judge.open,
      leaked: [...new Set([...this.judge.leaked, ...this.given])],
      ...(end ? { end } : {}),
    });
  }

  private record<E extends HelperEvent>(e: E): E {
    this.log.push(e);
    return e;
  }

  /** The judge is given a line only when the person asks about it; the end settles what is open. */
  private follow(out: HelperEvent[], happened: CallEvent[]): HelperEvent[] {
    for (const e of happened) {
      if (e.type === 'ask') this.judge.present({ turn: e.turn, step: e.step, flags: e.flags });
      if (e.type === 'person') for (const k of e.leaks) this.given.add(k);
      if (e.type === 'end') for (const v of this.judge.end()) out.push(this.record({ type: 'verdict', ...v }));
      out.push(this.record(e));
    }
    return out;
  }
}

/** One time the person asked: their words, the learner's advice, and the verdicts of that line's flags. */
export interface AdviceRow {
  turn: string;
  step: number;
  asked: string;
  /** Masked like any reply; none when the conversation stopped before the learner answered. */
  advice?: { text: string; intent: Intent; confidence: number; leaks: LeakKind[]; choice?: number; read: Intent | 'unclear' };
  flags: FlagResult[];
}

/** The debrief's view of the advice: each question the person asked, what the learner said, and the flags decided through it. */
export function adviceRows(events: readonly HelperEvent[], debrief: Pick<Debrief, 'flags'>): AdviceRow[] {
  const rows: AdviceRow[] = [];
  for (const e of events) {
    if (e.type === 'ask') rows.push({ turn: e.turn, step: e.step, asked: e.text, flags: debrief.flags.filter((f) => f.step === e.step) });
    else if (e.type === 'reply' && rows.length) {
      const { text, intent, confidence, leaks, choice } = e;
      // What it decided: advice read without confidence decided nothing, whatever the reader guessed.
      const read = leaks.length || confidence >= CONFIDENT ? intent : 'unclear';
      rows[rows.length - 1]!.advice = { text, intent, confidence, leaks, ...(choice ? { choice } : {}), read };
    }
  }
  return rows;
}
