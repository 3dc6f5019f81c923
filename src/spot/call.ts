// One call as the observer hears it: the scenario played between its caller and a simulated person
// whose replies are the scenario's own numbered answers. The path is chosen so the call goes on
// (a half-way answer or going along, to a line not heard yet) and is the same for the same seed.
import { Conversation, type EndView, type Happening } from '../core/conversation';
import type { Channel, Lang, ScenarioKind } from '../core/constants';
import { readReply } from '../core/reply';
import type { Catalogue, Scenario } from '../core/schema';
import { pickChoice } from '../core/simulated';
import { reader } from '../classify/reader';
import { shuffle, type Rng } from '../core/random';

/** At most this many caller lines per call: a longer one stops there ("the recording stops here"). */
export const MAX_LINES = 12;
/** The short list a marked line is named from: its red flags and distractors from the catalogue. */
export const NAME_OPTIONS = 4;

export interface SpotLine {
  turn: string;
  speaker: string;
  channel: Channel;
  text: string;
  /** Time that passed before the line ("Three days later"). */
  gap?: string;
  /** The line's red flags: none on a real call's lines. */
  red: string[];
  /** The red flags (catalogue ids) offered when the learner names what they marked, in the order shown. */
  options: string[];
  /** What the simulated person answered (masked like any reply); none on the line a cut recording stops at. */
  reply?: string;
}

export interface SpotCall {
  scenario: Scenario;
  catalogue: Catalogue;
  kind: ScenarioKind;
  lines: SpotLine[];
  /** How the call ended, unless it was cut at MAX_LINES. */
  end?: EndView;
}

/** Play a scenario with the simulated person: its caller lines, their red flags and the person's replies. */
export function playCall(scenario: Scenario, catalogue: Catalogue, opts: { lang: Lang; rng: Rng }): SpotCall {
  const conversation = new Conversation(scenario, opts.lang);
  const lines: SpotLine[] = [];
  const heard = new Set<string>();
  let end: EndView | undefined;
  const take = (happened: Happening[]) => {
    for (const h of happened) {
      if (h.type === 'end') end = h.end;
      else if (lines.length < MAX_LINES) {
        const { turn, speaker, channel, text, gap } = h.line;
        const red = h.line.flags.filter((f) => catalogue.flags[f]?.green !== true);
        lines.push({ turn, speaker, channel, text, ...(gap !== undefined ? { gap } : {}), red, options: nameOptions(red, scenario, catalogue, opts.rng) });
        heard.add(turn);
      }
    }
  };
  take(conversation.start());
  while (!conversation.ended && lines.length < MAX_LINES) {
    const turn = conversation.turn!;
    const choice = pickChoice(scenario, turn, heard, opts.rng);
    // A line with no numbered answers gets silence-like stalling, which takes its default route.
    const read = readReply(choice ? { choice } : { known: { intent: 'stall', confidence: 0 }, text: '…' }, turn, opts.lang, reader)!;
    lines[lines.length - 1]!.reply = read.text;
    take(conversation.reply(read));
  }
  return { scenario, catalogue, kind: scenario.kind, lines, ...(end ? { end } : {}) };
}

/**
 * What a marked line is named from: its own red flags, then other red flags of the same call (the
 * plausible wrong names), then any red flag of the catalogue; shuffled, so the place tells nothing.
 */
export function nameOptions(red: readonly string[], scenario: Scenario, catalogue: Catalogue, rng: Rng): string[] {
  const isRed = (f: string) => Object.hasOwn(catalogue.flags, f) && catalogue.flags[f]!.green !== true && !red.includes(f);
  const sameCall = [...new Set(Object.values(scenario.turns).flatMap((t) => t.flags))].filter(isRed);
  const elsewhere = Object.keys(catalogue.flags).filter((f) => isRed(f) && !sameCall.includes(f));
  const own = red.slice(0, NAME_OPTIONS);
  return shuffle([...own, ...[...shuffle(sameCall, rng), ...shuffle(elsewhere, rng)].slice(0, NAME_OPTIONS - own.length)], rng);
}
