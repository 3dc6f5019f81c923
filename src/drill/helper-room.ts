// The room's conversation in a helper drill (drill host --role helper): the whole room advises one
// simulated person. Each line the room answers is a moment the person asks for advice; it carries
// what was said since the last one (the caller's lines, the person's own answers) and the
// question, so every client shows it as it shows any line. The room's advice (its majority, or
// the trainer's pick) is what the person follows.
import { compile, type Conversation, type Happening, type LineView } from '../core/conversation';
import { HelperCall, type CallEvent } from '../core/helper-call';
import type { ReadingFacts } from '../core/judge';
import type { Reader } from '../core/reader';
import type { Lang, Scenario } from '../core/schema';
import { helperWords } from '../words/helper';
import { t } from '../words/labels';

/** What a drill room needs of its conversation: a receiver's Conversation, or a HelperRoomCall. */
export type RoomConversation = Pick<Conversation, 'start' | 'reply' | 'wait' | 'msUntilPressure' | 'turn' | 'ended'>;

export class HelperRoomCall implements RoomConversation {
  private readonly call: HelperCall;
  /** Said since the room last gave advice: shown with the next question. */
  private heard: { speaker: string; text: string }[] = [];

  constructor(scenario: Scenario, private readonly lang: Lang, reader: Reader) {
    this.call = new HelperCall(scenario, lang, reader, helperWords, compile(scenario));
  }

  start(): Happening[] {
    return this.moments(this.call.start());
  }

  /** The room's advice at the moment the person asked. */
  reply(advice: ReadingFacts): Happening[] {
    return this.moments(this.call.follow(advice));
  }

  /** No pressure timers: the person waits for the room's advice (silence is advice they cannot make out). */
  wait(): Happening[] {
    return [];
  }

  get msUntilPressure(): undefined {
    return undefined;
  }

  get ended(): boolean {
    return this.call.ended;
  }

  /** The turn the person is asking about. */
  get turn() {
    const at = this.call.asking;
    return at ? this.call.scenario.turns[at.turn] : undefined;
  }

  private moments(events: CallEvent[]): Happening[] {
    const out: Happening[] = [];
    let line: LineView | undefined;
    for (const e of events) {
      if (e.type === 'end') out.push({ type: 'end', end: e });
      else if (e.type === 'ask') {
        out.push({ type: 'line', line: this.asked(e, line) });
        this.heard = [];
      } else {
        if (e.type === 'line') line = e;
        this.heard.push({ speaker: e.speaker, text: e.text });
      }
    }
    return out;
  }

  /** A moment as a line: the caller's line it asks about (its flags, its numbered answers) with all that was said before it and the question. */
  private asked(ask: Extract<CallEvent, { type: 'ask' }>, line: LineView | undefined): LineView {
    const sep = this.lang === 'zh' ? '：' : ': ';
    const [first, ...rest] = this.heard;
    const question = `${t('helperToYou', this.lang, { who: ask.speaker })}${sep}${ask.text}`;
    const text = [first?.text, ...rest.map((h) => `${h.speaker}${sep}${h.text}`), question].filter((x) => x !== undefined).join('\n');
    return {
      turn: ask.turn,
      step: ask.step,
      speaker: first?.speaker ?? ask.speaker,
      channel: line?.channel ?? this.call.scenario.channel,
      text,
      flags: ask.flags,
      choices: this.call.conversation.choices(ask.turn),
    };
  }
}
