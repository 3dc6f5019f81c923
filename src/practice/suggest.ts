// Which scenario trains the flag a person keeps missing: the one whose lines show it most often
// (easier first on a tie). Pure; the history command supplies the tallies.
import type { Scenario } from '../core/schema';

export interface Suggestion {
  flag: string;
  scenario: Scenario;
}

export function suggestScenario(mostMissed: readonly { flag: string }[], scenarios: readonly Scenario[]): Suggestion | undefined {
  for (const { flag } of mostMissed) {
    const ranked = scenarios
      .map((s) => ({ s, n: Object.values(s.turns).filter((t) => t.flags.includes(flag)).length }))
      .filter((r) => r.n > 0)
      .sort((a, b) => b.n - a.n || a.s.difficulty - b.s.difficulty || a.s.id.localeCompare(b.s.id));
    if (ranked[0]) return { flag, scenario: ranked[0].s };
  }
  return undefined;
}
