// The judge: one learner's red flags, decided by the verdict rules. It hears three events —
// a line was presented, a reply was read, the conversation ended — and emits a `verdict` event
// for every flag it decides. Practice runs one judge beside its conversation, a drill room one
// per participant, `analyze` one fed from a transcript: this file is the only place the verdict
// rules live.
import { createActor, enqueueActions, setup, type Actor } from 'xstate';
import { INTENTS, type Intent, type LeakKind, type ScenarioKind } from './constants';
import { CONFIDENT } from './reader';

/**
 * What a confident reply decides for the flags still open. On a scam call they are red flags:
 * refusing, checking, hanging up, challenging or asking someone catches them, going along misses
 * them. On a real call they are green flags (signs that make it checkable): going along, checking
 * through an official channel or asking someone is right; brushing the caller off is a false alarm
 * (a cost, not a danger), counted as missed. Questions and pauses decide nothing yet.
 */
export const RULES: Record<ScenarioKind, Record<Intent, VerdictKind | null>> = {
  scam: { refuse: 'caught', verify: 'caught', hangup: 'caught', challenge: 'caught', consult: 'caught', comply: 'missed', question: null, stall: null },
  legitimate: { verify: 'caught', comply: 'caught', consult: 'caught', refuse: 'missed', hangup: 'missed', challenge: 'missed', question: null, stall: null },
};

/**
 * How flags still open at the end are settled: by someone still on the call whose last clear reply
 * went along (or who never gave one), by someone still on the call who had stood firm (refused or
 * exposed the caller and never went along after), and by someone who walked away.
 */
const AT_END: Record<ScenarioKind, { onCall: VerdictKind; firm: VerdictKind; away: VerdictKind }> = {
  scam: { onCall: 'missed', firm: 'caught', away: 'caught' },
  legitimate: { onCall: 'caught', firm: 'caught', away: 'caught' },
};

/** The red flags that ask for each kind of secret: giving that secret away later means the request was missed after all. */
export const ASKED_BY: Record<LeakKind, readonly string[]> = {
  code: ['asks-code'],
  card: ['asks-card'],
  password: ['asks-password'],
  id: ['asks-personal-info'],
  phone: ['asks-personal-info'],
};

/** Replies that catch the red flags still open on a scam call. */
export const SAFE_INTENTS: readonly Intent[] = INTENTS.filter((i) => RULES.scam[i] === 'caught');
/** Replies that take the person off the call: what the scammer says next is not theirs to answer. */
export const WALK_AWAY_INTENTS: readonly Intent[] = ['hangup', 'verify'];

/** One red flag on one scammer line, the n-th line of the conversation. */
export interface Occurrence {
  flag: string;
  turn: string;
  step: number;
}

export type VerdictKind = 'caught' | 'missed';

export interface Verdict extends Occurrence {
  verdict: VerdictKind;
  /** A secret was given away in the reply that decided it. */
  critical: boolean;
}

/** What the judge needs of a reply: its meaning, how sure the reader is, and the secrets in it. */
export interface ReadingFacts {
  intent: Intent;
  confidence: number;
  leaks: readonly LeakKind[];
}

export type JudgeEvent =
  | { type: 'line.presented'; turn: string; step: number; flags: readonly string[] }
  | ({ type: 'reply.read' } & ReadingFacts)
  | { type: 'ended' };

export type JudgeEmitted = { type: 'verdict'; verdict: Verdict };

export interface JudgeContext {
  kind: ScenarioKind;
  /** What the last reply that decided anything decided. */
  stance: VerdictKind | null;
  open: Occurrence[];
  leaked: LeakKind[];
  /** Lines said while the person was off the call: theirs again only if they come back. */
  unheard: Occurrence[];
}

/** A reply the rules can act on: a secret always, otherwise only one read with confidence. */
const clear = (r: ReadingFacts) => r.leaks.length > 0 || r.confidence >= CONFIDENT;

/** What a reply decides for the flags still open: caught, missed, or nothing yet. A secret given away is always missed. */
export function replyVerdict(r: ReadingFacts, kind: ScenarioKind = 'scam'): VerdictKind | null {
  if (r.leaks.length) return 'missed';
  if (!clear(r)) return null;
  return RULES[kind][r.intent];
}

/** Hanging up or going to check through an official channel ends the person's part in the call. */
export const walksAway = (r: ReadingFacts) => r.leaks.length === 0 && r.confidence >= CONFIDENT && WALK_AWAY_INTENTS.includes(r.intent);
const occurrences = (e: Extract<JudgeEvent, { type: 'line.presented' }>): Occurrence[] => e.flags.map((flag) => ({ flag, turn: e.turn, step: e.step }));

const judgeSetup = setup({
  types: { context: {} as JudgeContext, events: {} as JudgeEvent, emitted: {} as JudgeEmitted, input: {} as { kind: ScenarioKind } },
  guards: {
    walksAway: ({ event }) => event.type === 'reply.read' && walksAway(event),
  },
  actions: {
    // Appended in place: the lists belong to this one actor, and copying them on every line of a
    // long transcript where nothing is decided would be quadratic.
    present: ({ context, event }) => {
      if (event.type === 'line.presented') context.open.push(...occurrences(event));
    },
    holdUnheard: ({ context, event }) => {
      if (event.type === 'line.presented') context.unheard.push(...occurrences(event));
    },
    /** Back on the call: the lines said meanwhile are theirs to answer now. */
    rejoin: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ open: [...context.open, ...context.unheard], unheard: [] });
    }),
    judge: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'reply.read') return;
      const leaked = [...new Set([...context.leaked, ...event.leaks])];
      const verdict = replyVerdict(event, context.kind);
      if (!verdict) {
        enqueue.assign({ leaked });
        return;
      }
      const critical = event.leaks.length > 0;
      const fresh = context.open.map((o) => ({ ...o, verdict, critical }));
      enqueue.assign({ leaked, open: [], stance: verdict });
      for (const v of fresh) enqueue.emit({ type: 'verdict', verdict: v });
    }),
    noteLeaks: enqueueActions(({ context, event, enqueue }) => {
      if (event.type === 'reply.read' && event.leaks.length) enqueue.assign({ leaked: [...new Set([...context.leaked, ...event.leaks])] });
    }),
    /** The end decides what is still open, by the kind of call and whether the person walked away (AT_END). */
    settle: enqueueActions(({ context, enqueue }, p: { when: 'onCall' | 'away' }) => {
      const verdict = AT_END[context.kind][p.when === 'onCall' && context.stance === 'caught' ? 'firm' : p.when];
      const fresh = context.open.map((o) => ({ ...o, verdict, critical: false }));
      enqueue.assign({ open: [], unheard: [] });
      for (const v of fresh) enqueue.emit({ type: 'verdict', verdict: v });
    }),
  },
});

export const judgeMachine = judgeSetup.createMachine({
  id: 'judge',
  context: ({ input }) => ({ kind: input.kind, stance: null, open: [], leaked: [], unheard: [] }),
  initial: 'onCall',
  states: {
    onCall: {
      on: {
        'line.presented': { actions: 'present' },
        'reply.read': [{ guard: 'walksAway', target: 'walkedAway', actions: 'judge' }, { actions: 'judge' }],
        ended: { target: 'endedOnCall', actions: { type: 'settle', params: { when: 'onCall' } } },
      },
    },
    walkedAway: {
      on: {
        'line.presented': { actions: 'holdUnheard' },
        // Any other reply means they are listening again: the lines said meanwhile are theirs.
        'reply.read': [
          { guard: 'walksAway', actions: ['rejoin', 'judge'] },
          { target: 'onCall', actions: ['rejoin', 'judge'] },
        ],
        ended: { target: 'endedAway', actions: { type: 'settle', params: { when: 'away' } } },
      },
    },
    // Not final: a secret given after the end (a drill participant still typing) is still a leak.
    endedOnCall: { on: { 'reply.read': { actions: 'noteLeaks' } } },
    endedAway: { on: { 'reply.read': { actions: 'noteLeaks' } } },
  },
});

/** One learner's judge: feed it what happened, read back the verdicts each event decided. */
export class Judge {
  private readonly actor: Actor<typeof judgeMachine>;
  private fresh: Verdict[] = [];
  // Kept here, from the emitted events, rather than copied into the machine's context on every
  // reply: a 25,000-line transcript would copy the whole list each time (quadratic).
  private readonly decided: Verdict[] = [];
  /** The line being answered when each kind of secret was first given away. */
  private readonly leakedAt = new Map<LeakKind, number>();
  private step = 0;

  /** `kind`: the scenario's — a scam's flags are red, a real call's green. */
  constructor(kind: ScenarioKind = 'scam') {
    this.actor = createActor(judgeMachine, { input: { kind } });
    this.actor.on('verdict', (e) => {
      this.fresh.push(e.verdict);
      this.decided.push(e.verdict);
    });
    this.actor.start();
  }

  present(line: { turn: string; step: number; flags: readonly string[] }): Verdict[] {
    this.step = Math.max(this.step, line.step);
    return this.send({ type: 'line.presented', ...line });
  }

  read(reading: ReadingFacts): Verdict[] {
    for (const k of reading.leaks) if (!this.leakedAt.has(k)) this.leakedAt.set(k, this.step);
    return this.send({ type: 'reply.read', intent: reading.intent, confidence: reading.confidence, leaks: reading.leaks });
  }

  end(): Verdict[] {
    return this.send({ type: 'ended' });
  }

  /**
   * Every verdict so far, in the order given, as the whole call shows it: a request caught at first
   * is missed after all when that secret was given away at or after its line ("I won't give you the
   * code" … "fine, it's 482913"). The events emitted at the time keep what was known then.
   */
  get verdicts(): readonly Verdict[] {
    if (!this.leakedAt.size) return this.decided;
    return this.decided.map((v) => (v.verdict === 'caught' && this.gaveAwayAfter(v) ? { ...v, verdict: 'missed', critical: true } : v));
  }

  /** The request `v` was for a secret given away at or after its line. */
  gaveAwayAfter(v: Occurrence): boolean {
    for (const [kind, step] of this.leakedAt) if (step >= v.step && ASKED_BY[kind].includes(v.flag)) return true;
    return false;
  }

  /** Flags said and not yet decided. */
  get open(): readonly Occurrence[] {
    return this.actor.getSnapshot().context.open;
  }

  get leaked(): readonly LeakKind[] {
    return this.actor.getSnapshot().context.leaked;
  }

  /** Off the call: hung up or went to check, and has not come back. */
  get walkedAway(): boolean {
    const s = this.actor.getSnapshot();
    return s.matches('walkedAway') || s.matches('endedAway');
  }

  get ended(): boolean {
    const s = this.actor.getSnapshot();
    return s.matches('endedOnCall') || s.matches('endedAway');
  }

  private send(e: JudgeEvent): Verdict[] {
    this.fresh = [];
    this.actor.send(e);
    return this.fresh;
  }
}
