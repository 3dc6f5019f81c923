import { describe, expect, it } from 'vitest';
import { FIXED_THROUGH, loadProbes, measureProbes } from '../../scripts/probes';

// The blind written probes (scripts/probes.ts) the detector was fixed from: what it finds there must
// not fall back. The floors are the figures when they were fixed (docs/security.md), rounded down.
const FLOORS = {
  // (round 13's English, written as the public dataset writes genuine calls, came in at four in five: with it the
  // English figure fell under 0.93, and the floor is its figure rounded down)
  // (round 14c's look-alikes were written to be as hard as its secrets, numbers read out digit by digit that are a
  // claim's, a plan's or a booking's, and came in with one in five masked: with rounds 14 and 15 the English false leaks
  // rose over 1 %, and the floor is the figure rounded up)
  // (rounds 16 to 20, written after each fix and as hard in their look-alikes as in their secrets, came in with one in ten to
  // one in five of their look-alikes masked: with them the English false leaks rose to 2 %, and the floor is that figure
  // rounded up; rounds 1 to 15 alone are at 1.33 %)
  en: { recall: 0.93, falseLeaks: 0.02 }, // measured 0.9447 (9,336 of 9,882), 0.0184 (154 of 8,355)
  zh: { recall: 0.96, falseLeaks: 0.01 }, // measured 0.9716 (3,588 of 3,693), 0.0089 (29 of 3,251)
} as const;

// Every round was measured once as it came, then fixed from (rounds 19 to 26 in part): the floors guard what was fixed,
// rounds 1 to FIXED_THROUGH (scripts/probes.ts). A round written after the last fix stays out of them until it is fixed from.

describe('the secret probes', () => {
  const probes = loadProbes().filter((r) => r.round <= FIXED_THROUGH);
  // (the English rows take about 20 s to read on a 2-core machine, 35 s beside the other test files: more than the default 30 s)
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: finds the secrets it was fixed to find, and masks next to none of the look-alikes`, { timeout: 120_000 }, () => {
      const m = measureProbes(probes.filter((r) => r.lang === lang));
      expect(m.secrets).toBeGreaterThan(200);
      expect(m.found / m.secrets).toBeGreaterThanOrEqual(FLOORS[lang].recall);
      expect(m.falseLeaks / m.harmless).toBeLessThanOrEqual(FLOORS[lang].falseLeaks);
    });
  }
});
