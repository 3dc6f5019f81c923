import { describe, expect, it } from 'vitest';
import { loadProbes, measureProbes } from '../../scripts/probes';

// The blind written probes (scripts/probes.ts) the detector was fixed from: what it finds there must
// not fall back. The floors are the figures when they were fixed (docs/security.md), rounded down.
const FLOORS = {
  en: { recall: 0.93, falseLeaks: 0.01 }, // measured 0.931 (4,560 of 4,897), 0.0094 (28 of 2,990)
  zh: { recall: 0.93, falseLeaks: 0.01 }, // measured 0.942 (1,163 of 1,235), 0.0065 (7 of 1,076)
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
