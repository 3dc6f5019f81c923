// The call a helper watches (the helper role, after ROLESafe): the scenario played between its
// caller and a simulated person who answers with the scenario's own numbered answers until a
// marked moment, where they stop and ask the learner ("He says he needs the code. Should I give it
// to him?"). Given advice, the person follows it: the scenario's route for what it says, and
// advised to go along, they go along. Judging the advice is the judge's (core/helper.ts).
import { HANGUP_ENDING, type Intent, type Lang, type LeakKind } from './constants';
import { compile, Conversation, route, type ConversationMachine, type EndView, type Happening, type LineView } from './conversation';
import type { ReadingFacts } from './judge';
import { CONFIDENT, type Reader } from './reader';
import { readReply, type ReplyInput } from './reply';
import type { Scenario, Text, Turn } from './schema';
import { pickChoice } from './simulated';

/** Red flags at which the person is about to do the harm: a scenario with no `asks:` has its moments at lines carrying one. */
export const HESITATES_AT = ['asks-code', 'asks-card', 'asks-password', 'transfer-request', 'screen-sharing', 'install-app'] as const;

/**
 * Why the person asks, when the scenario gives no words: a flag of HESITATES_AT, a secret they were
 * about to give (asks-personal-info for an ID or phone number), a line said to them again, or the
 * first line with flags of a call that has no other moment (most real calls).
 */
export type Hesitation = (typeof HESITATES_AT)[number] | 'asks-personal-info' | 'again' | 'first';

/** The question for a secret the person was about to hand over by themselves. */
const SECRET_ASKS: Record<LeakKind, Hesitation> = { code: 'asks-code', card: 'asks-card', password: 'asks-password', id: 'asks-personal-info', phone: 'asks-personal-info' };

/** Advice the person could not make out: they stay unsure, and the line takes its default route. */
export type Unclear = 'unclear';

/** The words a helper call needs that a scenario does not give (words/helper.ts has them). */
export interface HelperWords {
  /** The simulated person's name, as a transcript labels them. */
  person(lang: Lang): string;
  asks(why: Hesitation, lang: Lang): string;
  /** The built-in hang-up ending, told of the person ("Mrs Wang ended the conversation."). */
  hungUp(lang: Lang): string;
  /** A scenario's ending (written to the one on the call), as what happened to the person. */
  ending(text: string, lang: Lang): string;
  /** What the person says to the caller on taking advice that means this, when the line has no numbered answer that does. */
  says(intent: Intent | Unclear, lang: Lang): string;
}

/** The person has stopped and asks the helper: at this line, in these words. */
export interface Moment {
  turn: string;
  step: number;
  flags: string[];
  /** The person's name. */
  speaker: string;
  text: string;
}

export type CallEvent =
  | ({ type: 'line' } & LineView)
  /** The person's answer to the caller: their own, or the advice they followed. */
  | { type: 'person'; turn: string; speaker: string; text: string; intent: Intent; leaks: LeakKind[]; choice?: number }
  | ({ type: 'ask' } & Moment)
  | ({ type: 'end' } & EndView);

/** Where the person asks, by turn: the turns with `asks`, or, in a scenario with none, those carrying a flag of HESITATES_AT. */
export function moments(scenario: Scenario): Map<string, Text | Hesitation> {
  const turns = Object.entries(scenario.turns);
  const own = turns.flatMap(([id, t]) => (t.asks ? [[id, t.asks] as const] : []));
  if (own.length) return new Map(own);
  return new Map(turns.flatMap(([id, t]) => {
    const flag = HESITATES_AT.find((f) => t.flags.includes(f));
    return flag ? [[id, flag] as const] : [];
  }));
}

/** What the person says: always a numbered answer or words whose meaning is known. */
type PersonInput = Exclude<ReplyInput, string>;

/** Advice as read, with the numbered answer it picked if it picked one ("#2": tell them answer 2). */
export type Advice = ReadingFacts & { choice?: number };

/**
 * What the person does with advice on this line: the numbered answer picked, else the first one
 * that means what the advice says (going along: the one that hands over what was asked for, if
 * any), else words of their own with that meaning. Advice read without confidence leaves them unsure.
 */
function followed(turn: Turn, advice: Advice): { choice: number } | { intent: Intent | Unclear } {
  if (advice.choice && turn.choices?.[advice.choice - 1]) return { choice: advice.choice };
  if (!advice.leaks.length && advice.confidence < CONFIDENT) return { intent: 'unclear' };
  const intent = advice.leaks.length ? 'comply' : advice.intent;
  const same = (turn.choices ?? []).flatMap((c, i) => (c.intent === intent ? [{ c, n: i + 1 }] : []));
  const pick = (intent === 'comply' ? same.find(({ c }) => c.leak) : undefined) ?? same[0];
  return pick ? { choice: pick.n } : { intent };
}

/** Where the person's answer goes when they follow `advice` on `turn`: what a drill participant's own advice would lead to. */
export function adviceRoute(turn: Turn, advice: Advice): string {
  const f = followed(turn, advice);
  if ('choice' in f) {
    const c = turn.choices![f.choice - 1]!;
    return route(turn, { intent: c.intent, confidence: 1, leaks: c.leak ? [c.leak] : [] });
  }
  return route(turn, f.intent === 'unclear' ? { intent: 'stall', confidence: 0, leaks: [] } : { intent: f.intent, confidence: 1, leaks: [] });
}

/** One run of a scenario with the simulated person on the call, stopping at each moment they ask. */
export class HelperCall {
  readonly conversation: Conversation;
  private readonly marked: Map<string, Text | Hesitation>;
  private readonly heard = new Set<string>();
  private last: LineView | undefined;
  private waiting: Moment | undefined;
  private askedYet = false;
  /** The last clear advice: the person keeps to it on the lines they answer by themselves. */
  private stance: Advice | undefined;

  constructor(
    readonly scenario: Scenario,
    readonly lang: Lang,
    private readonly reader: Reader,
    readonly words: HelperWords,
    machine: ConversationMachine = compile(scenario),
  ) {
    this.conversation = new Conversation(scenario, lang, machine);
    this.marked = moments(scenario);
  }

  /** The call up to the first moment the person asks (or to its end). */
  start(): CallEvent[] {
    return this.play(this.conversation.start());
  }

  /** The person takes the advice given at the moment they asked; the call goes on to the next moment or its end. */
  follow(advice: Advice): CallEvent[] {
    const at = this.waiting;
    if (!at) throw new Error('the person is not asking for advice now');
    this.waiting = undefined;
    if (advice.leaks.length || advice.confidence >= CONFIDENT) this.stance = { intent: advice.intent, confidence: advice.confidence, leaks: advice.leaks };
    return this.answer(at.turn, this.taking(this.scenario.turns[at.turn]!, advice));
  }

  /** What the person says on taking `advice` on `turn`. */
  private taking(turn: Turn, advice: Advice): PersonInput {
    const f = followed(turn, advice);
    if ('choice' in f) return f;
    if (f.intent === 'unclear') return { known: { intent: 'stall', confidence: 0 }, text: this.words.says('unclear', this.lang) };
    return { known: { intent: f.intent }, text: this.words.says(f.intent, this.lang) };
  }

  /** The moment the person is asking at, if they are. */
  get asking(): Moment | undefined {
    return this.waiting;
  }

  get ended(): boolean {
    return this.conversation.ended;
  }

  private answer(id: string, input: ReplyInput): CallEvent[] {
    const read = readReply(input, this.scenario.turns[id]!, this.lang, this.reader)!;
    const said: CallEvent = { type: 'person', turn: id, speaker: this.words.person(this.lang), text: read.text, intent: read.intent, leaks: read.leaks, ...(read.choice ? { choice: read.choice } : {}) };
    return [said, ...this.play(this.conversation.reply(read))];
  }

  /**
   * What happened, then the person's part: ask at a moment, else answer by themselves and go on —
   * as the last clear advice said, or, before any, the way spot mode's person would. They answer by
   * themselves only on hearing a line the first time (a line said again is a moment), so a call
   * always reaches a moment or its end; and never with a secret: that they ask about first.
   */
  private play(happened: Happening[]): CallEvent[] {
    const out: CallEvent[] = [];
    for (const h of happened) {
      if (h.type === 'end') {
        const text = h.end.ending === HANGUP_ENDING ? this.words.hungUp(this.lang) : this.words.ending(h.end.text, this.lang);
        out.push({ type: 'end', ...h.end, text });
      } else {
        out.push({ type: 'line', ...h.line });
        this.last = h.line;
      }
    }
    const line = this.last;
    if (this.conversation.ended || !line) return out;
    const turn = this.scenario.turns[line.turn]!;
    const own = this.ownAnswer(turn);
    const secret = 'choice' in own ? turn.choices![own.choice - 1]!.leak : undefined;
    const text = this.askText(line) ?? (secret ? this.words.asks(SECRET_ASKS[secret], this.lang) : undefined);
    this.heard.add(line.turn);
    if (text === undefined) return [...out, ...this.answer(line.turn, own)];
    this.askedYet = true;
    this.waiting = { turn: line.turn, step: line.step, flags: line.flags, speaker: this.words.person(this.lang), text };
    return [...out, { type: 'ask', ...this.waiting }];
  }

  /** What the person would answer by themselves: as the last clear advice said, else as spot mode's person; a pause on a line with no numbered answers. */
  private ownAnswer(turn: Turn): PersonInput {
    if (this.stance) return this.taking(turn, this.stance);
    const n = pickChoice(this.scenario, turn, this.heard, () => 0);
    // A line with no numbered answers gets a pause, which takes its default route (as in spot mode).
    return n ? { choice: n } : { known: { intent: 'stall', confidence: 0 }, text: '…' };
  }

  private askText(line: LineView): string | undefined {
    const mark = this.marked.get(line.turn);
    if (mark !== undefined) return typeof mark === 'string' ? this.words.asks(mark, this.lang) : mark[this.lang];
    if (this.heard.has(line.turn)) return this.words.asks('again', this.lang);
    if (!this.marked.size && !this.askedYet && line.flags.length) return this.words.asks('first', this.lang);
    return undefined;
  }
}
