import { describe, expect, it } from 'vitest';
import { loadProbes, measureProbes } from '../../scripts/probes';

// The blind written probes (scripts/probes.ts) the detector was fixed from: what it finds there must
// not fall back. The floors are the figures when they were fixed (docs/security.md), rounded down.
const FLOORS = {
  // (round 13's English, written as the public dataset writes genuine calls, came in at four in five: with it the
  // English figure fell under 0.93, and the floor is its figure rounded down)
  en: { recall: 0.92, falseLeaks: 0.01 }, // measured 0.9297 (4,764 of 5,124), 0.0098 (32 of 3,264)
  zh: { recall: 0.93, falseLeaks: 0.01 }, // measured 0.942 (1,338 of 1,421), 0.0076 (9 of 1,188)
} as const;

describe('the secret probes', () => {
  const probes = loadProbes();
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: finds the secrets it was fixed to find, and masks next to none of the look-alikes`, () => {
      const m = measureProbes(probes.filter((r) => r.lang === lang));
      expect(m.secrets).toBeGreaterThan(200);
      expect(m.found / m.secrets).toBeGreaterThanOrEqual(FLOORS[lang].recall);
      expect(m.falseLeaks / m.harmless).toBeLessThanOrEqual(FLOORS[lang].falseLeaks);
    });
  }
});
