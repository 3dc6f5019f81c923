// A drill participant's own ending. The room's conversation follows the majority; each person is
// judged, and told the outcome, by their own answers: someone who gave a code or agreed to transfer
// is never told "safe", and nobody is told a story (calling their son) they did not live.
import { HANGUP_ENDING, OWN_END_TEXT, type Lang, type LeakKind } from './constants';
import { endingView, type EndView } from './conversation';
import type { VerdictKind } from './judge';
import type { Scenario } from './schema';

export interface OwnFacts {
  /** The first ending one of their own replies led to, by the scenario's routes. */
  ownEnding?: string;
  walkedAway: boolean;
  leaked: readonly LeakKind[];
  /** What their last reply that decided anything decided (undefined if none did). */
  lastDecision?: VerdictKind;
  answered: boolean;
}

/** An ending as a person's own: one of the scenario's, or how their own part of a drill ended. */
export type OwnEnd = Omit<EndView, 'outcome'> & { outcome: EndView['outcome'] | 'unfinished' };

/** The person's own ending: theirs as soon as one of their answers ended their call, else once the room's has. */
export function ownEnd(scenario: Scenario, lang: Lang, facts: OwnFacts, room: EndView | undefined): OwnEnd | undefined {
  if (facts.ownEnding) return endingView(scenario, facts.ownEnding, lang);
  if (!room) return undefined;
  const own = (key: keyof typeof OWN_END_TEXT, outcome: OwnEnd['outcome']): OwnEnd => ({ ending: `own:${key}`, outcome, text: OWN_END_TEXT[key][lang] });
  if (facts.leaked.length) return { ...own('leaked', 'leak'), data: [...facts.leaked] };
  if (facts.walkedAway) return endingView(scenario, HANGUP_ENDING, lang);
  if (!facts.answered) return own('absent', 'unfinished');
  if (facts.lastDecision === 'missed') return room.outcome === 'safe' ? own('wentAlong', 'unfinished') : room;
  return own('refused', 'safe');
}
