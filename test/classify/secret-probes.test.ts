import { describe, expect, it } from 'vitest';
import { loadProbes, measureProbes } from '../../scripts/probes';

// The blind written probes (scripts/probes.ts) the detector was fixed from: what it finds there must
// not fall back. The floors are the figures when they were fixed (docs/security.md), rounded down.
const FLOORS = {
  // (round 13's English, written as the public dataset writes genuine calls, came in at four in five: with it the
  // English figure fell under 0.93, and the floor is its figure rounded down)
  // (round 14c's look-alikes were written to be as hard as its secrets, numbers read out digit by digit that are a
  // claim's, a plan's or a booking's, and came in with one in five masked: with rounds 14 and 15 the English false leaks
  // rose over 1 %, and the floor is the figure rounded up)
  en: { recall: 0.92, falseLeaks: 0.015 }, // measured 0.9299 (5,688 of 6,117), 0.0144 (65 of 4,526)
  zh: { recall: 0.94, falseLeaks: 0.01 }, // measured 0.9463 (1,763 of 1,863), 0.0055 (9 of 1,630)
} as const;

// Round 16 was written after the fixes of rounds 14 and 15 and measured once as it came, not fixed from: the floors
// guard what was fixed, and `npm run eval` prints it by itself.
const FIXED_THROUGH = 15;

describe('the secret probes', () => {
  const probes = loadProbes().filter((r) => r.round <= FIXED_THROUGH);
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: finds the secrets it was fixed to find, and masks next to none of the look-alikes`, () => {
      const m = measureProbes(probes.filter((r) => r.lang === lang));
      expect(m.secrets).toBeGreaterThan(200);
      expect(m.found / m.secrets).toBeGreaterThanOrEqual(FLOORS[lang].recall);
      expect(m.falseLeaks / m.harmless).toBeLessThanOrEqual(FLOORS[lang].falseLeaks);
    });
  }
});
