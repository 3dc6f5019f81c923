// The conversation: a checked scenario as an XState v5 machine of routes and timers, and nothing
// about judging. States are turns and endings; the one event is a read reply; silence is a delayed
// transition on the actor's clock. Entering a turn emits `line.presented`, reaching an ending emits
// `ended`: whoever judges listens to those (a practice Session's judge, a drill room's judges).
import { assign, createActor, emit, setup, SimulatedClock, type Actor } from 'xstate';
import { HANGUP_ENDING, HANGUP_TEXT, INTENTS, type Channel, type Intent, type Lang, type LeakKind, type Outcome, type RouteKey } from './constants';
import type { ReadingFacts } from './judge';
import { CONFIDENT } from './reader';
import type { Scenario, Text, Turn } from './schema';

export type ConversationEvent = { type: 'user.reply' } & ReadingFacts;
export type ConversationEmitted =
  | { type: 'line.presented'; turn: string; step: number; flags: readonly string[] }
  | { type: 'ended'; ending: string };

/**
 * Which entry of a turn's `on:` takes a reply: a secret's, then the intent's, else `default`.
 * Hanging up always has its own: the built-in ending when the turn names none.
 */
function routeKey(turn: Turn, r: ReadingFacts): RouteKey {
  if (r.leaks.length && turn.on.leak) return 'leak';
  if (r.confidence >= CONFIDENT && (turn.on[r.intent] || r.intent === 'hangup')) return r.intent;
  return 'default';
}

/** Where a reply to `turn` leads: the scenario's route for a secret, then for the intent, else its default. */
export function route(turn: Turn, r: ReadingFacts): string {
  return turn.on[routeKey(turn, r)] ?? HANGUP_ENDING;
}

/** The short line the scammer answers a reply to `turn` with: the ack of the route the reply took, if any. */
export function ackFor(turn: Turn, r: ReadingFacts): Text | undefined {
  return turn.ack?.[routeKey(turn, r)];
}

const conversationSetup = setup({
  types: { context: {} as { step: number }, events: {} as ConversationEvent, emitted: {} as ConversationEmitted },
  guards: {
    routesTo: ({ event }, p: { turn: Turn; target: string }) => route(p.turn, event) === p.target,
  },
  actions: {
    enter: assign(({ context }) => ({ step: context.step + 1 })),
    present: emit(({ context }, p: { turn: string; flags: string[] }) => ({ type: 'line.presented' as const, turn: p.turn, step: context.step, flags: p.flags })),
    finish: emit((_, p: { ending: string }) => ({ type: 'ended' as const, ending: p.ending })),
  },
});

export function compile(scenario: Scenario) {
  // Built from data, so typed loosely here; setup() above types guards, context and events.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- state configs assembled from a scenario's turns
  const states: Record<string, any> = {};
  for (const [id, turn] of Object.entries(scenario.turns)) {
    // One transition per place a reply can lead, each guarded by route(): the routing rule is written once.
    const targets = [...new Set([turn.on.leak, ...INTENTS.map((i) => turn.on[i]), HANGUP_ENDING, turn.on.default].filter((t): t is string => !!t))];
    states[id] = {
      id,
      entry: ['enter', { type: 'present', params: { turn: id, flags: turn.flags } }],
      // reenter: a loop back to the same turn ("wrong operation, do it again") is a new line.
      on: { 'user.reply': targets.map((target) => ({ guard: { type: 'routesTo', params: { turn, target } }, target: `#${target}`, reenter: true })) },
      ...(turn.pressure ? { after: { [turn.pressure.after * 1000]: { target: `#${turn.pressure.to}`, reenter: true } } } : {}),
    };
  }
  for (const id of [...Object.keys(scenario.endings), HANGUP_ENDING]) {
    states[id] = { id, type: 'final', entry: { type: 'finish', params: { ending: id } } };
  }
  return conversationSetup.createMachine({ id: scenario.id, context: { step: 0 }, initial: scenario.start, states });
}

export type ConversationMachine = ReturnType<typeof compile>;

/** A scammer line as every front end shows it. */
export interface LineView {
  turn: string;
  step: number;
  speaker: string;
  channel: Channel;
  /** What is actually said: the turn's line, with or instead of the ack to the reply before it. */
  text: string;
  /** Time that passed before this line ("Three days later"): the turn's `gap`, on arriving from another line. */
  gap?: string;
  flags: string[];
  choices: ChoiceView[];
  pressureSeconds?: number;
}

export interface ChoiceView {
  /** 1-based, as shown to the person. */
  n: number;
  text: string;
  intent: Intent;
}

export interface EndView {
  ending: string;
  outcome: Outcome;
  text: string;
  amount?: number;
  currency?: string;
  data?: LeakKind[];
}

export type Happening = { type: 'line'; line: LineView } | { type: 'end'; end: EndView };

/**
 * One run of a scenario: its routes and timers, on a simulated clock. Each call returns what
 * happened as a result: the next line, or the ending.
 */
export class Conversation {
  readonly clock = new SimulatedClock();
  private readonly actor: Actor<ConversationMachine>;
  private happened: Happening[] = [];
  private enteredAt = 0;
  /** While a reply is being answered: the turn it answered and the ack it gets. */
  private answering: { from: string; ack: Text | undefined } | undefined;
  /** The turn of the last line said, to tell a new line from the same one answered again. */
  private lastTurn: string | undefined;

  constructor(
    readonly scenario: Scenario,
    readonly lang: Lang,
    machine: ConversationMachine = compile(scenario),
  ) {
    this.actor = createActor(machine, { clock: this.clock });
    this.actor.on('line.presented', (e) => {
      this.enteredAt = this.clock.now();
      this.happened.push({ type: 'line', line: this.lineView(e.turn, e.step) });
    });
    this.actor.on('ended', (e) => this.happened.push({ type: 'end', end: this.endView(e.ending) }));
  }

  start(): Happening[] {
    return this.run(() => this.actor.start());
  }

  /** The reply's reading moves the scammer on along the scenario's route. */
  reply(r: ReadingFacts): Happening[] {
    const from = this.turn;
    this.answering = from ? { from: this.turnId!, ack: ackFor(from, r) } : undefined;
    try {
      return this.run(() => this.actor.send({ type: 'user.reply', intent: r.intent, confidence: r.confidence, leaks: r.leaks }));
    } finally {
      this.answering = undefined;
    }
  }

  /** Let `ms` pass in silence, up to the next pressure timer. */
  wait(ms: number): Happening[] {
    return this.run(() => this.clock.increment(ms));
  }

  get ended(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }

  /** The turn waiting for a reply, or undefined after the end. */
  get turnId(): string | undefined {
    return this.ended ? undefined : String(this.actor.getSnapshot().value);
  }

  get turn(): Turn | undefined {
    const id = this.turnId;
    return id ? this.scenario.turns[id] : undefined;
  }

  get step(): number {
    return this.actor.getSnapshot().context.step;
  }

  /** The ending reached, if any. */
  get endingId(): string | undefined {
    return this.ended ? String(this.actor.getSnapshot().value) : undefined;
  }

  /** Milliseconds until the scammer pushes on by themselves, if this line has a pressure timer. */
  get msUntilPressure(): number | undefined {
    const pressure = this.turn?.pressure;
    if (!pressure) return undefined;
    return Math.max(0, this.enteredAt + pressure.after * 1000 - this.clock.now());
  }

  choices(turnId = this.turnId): ChoiceView[] {
    const turn = turnId ? this.scenario.turns[turnId] : undefined;
    return (turn?.choices ?? []).map((c, i) => ({ n: i + 1, text: c[this.lang], intent: c.intent }));
  }

  private run(step: () => void): Happening[] {
    this.happened = [];
    step();
    return this.happened;
  }

  private lineView(id: string, step: number): LineView {
    const turn = this.scenario.turns[id]!;
    // Time passes only on the way to another line: a reply answered on the same turn is the same moment.
    const gap = this.lastTurn !== id ? turn.gap?.[this.lang] : undefined;
    this.lastTurn = id;
    return {
      turn: id,
      step,
      speaker: this.speaker(turn),
      channel: this.channel(turn),
      text: this.said(id, turn, gap !== undefined),
      ...(gap !== undefined ? { gap } : {}),
      flags: turn.flags,
      choices: this.choices(id),
      ...(turn.pressure ? { pressureSeconds: turn.pressure.after } : {}),
    };
  }

  /**
   * What the scammer says on entering turn `id`: its line, or, answering a reply with an ack, the
   * ack alone when the reply led back to the same turn (no word-for-word repeat), else the ack then
   * the line. An ack is never put in the mouth of another speaker or medium (the real bank calling),
   * nor carried over a gap: days later, the scammer does not answer what was said back then.
   */
  private said(id: string, turn: Turn, afterGap: boolean): string {
    const line = turn.say[this.lang];
    const ack = this.answering?.ack?.[this.lang];
    if (!ack || afterGap) return line;
    const from = this.scenario.turns[this.answering!.from]!;
    if (this.speaker(from) !== this.speaker(turn) || this.channel(from) !== this.channel(turn)) return line;
    if (this.answering!.from === id) return ack;
    return `${ack}${this.lang === 'zh' ? '' : ' '}${line}`;
  }

  private speaker(turn: Turn): string {
    return (turn.speaker ?? this.scenario.caller.name)[this.lang];
  }

  private channel(turn: Turn): Channel {
    return turn.channel ?? this.scenario.channel;
  }

  private endView(id: string): EndView {
    return endingView(this.scenario, id, this.lang);
  }
}

/** An ending as shown: the built-in hang-up, or the scenario's own with its loss or leak. */
export function endingView(scenario: Scenario, id: string, lang: Lang): EndView {
  if (id === HANGUP_ENDING) return { ending: id, outcome: 'safe', text: HANGUP_TEXT[lang] };
  const e = scenario.endings[id]!;
  const base = { ending: id, text: e.say[lang] };
  if (e.outcome === 'loss') return { ...base, outcome: 'loss', amount: e.amount, currency: e.currency };
  if (e.outcome === 'leak') return { ...base, outcome: 'leak', data: e.data };
  return { ...base, outcome: 'safe' };
}
