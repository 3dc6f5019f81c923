// The simulated person: someone on the call who answers the caller with the scenario's own numbered
// answers. Spot mode lets the learner watch them; the helper role lets the learner advise them.
import type { Intent } from './constants';
import { route } from './conversation';
import type { Scenario, Turn } from './schema';

import type { Rng } from './random';

/** Half-way answers keep a call going without deciding it; going along is the next most natural. */
const GOES_ON: readonly Intent[] = ['question', 'stall', 'comply'];

/**
 * The simulated person's answer (1-based), or undefined when the line has none: one that leads to a
 * line not heard yet, else to an ending, else back to a line heard; among those, a half-way answer
 * or going along where there is one; `rng` picks among what is left.
 */
export function pickChoice(scenario: Scenario, turn: Turn, heard: ReadonlySet<string>, rng: Rng): number | undefined {
  const choices = (turn.choices ?? []).map((c, i) => {
    const to = route(turn, { intent: c.intent, confidence: 1, leaks: c.leak ? [c.leak] : [] });
    const tier = !Object.hasOwn(scenario.turns, to) ? 1 : heard.has(to) ? 2 : 0;
    return { n: i + 1, goesOn: GOES_ON.includes(c.intent), tier };
  });
  if (!choices.length) return undefined;
  const best = Math.min(...choices.map((c) => c.tier));
  const inTier = choices.filter((c) => c.tier === best);
  const natural = inTier.filter((c) => c.goesOn);
  const from = natural.length ? natural : inTier;
  return from[Math.floor(rng() * from.length)]!.n;
}
