import { describe, expect, it } from 'vitest';
import { loadProbes, measureProbes } from '../../scripts/probes';

// The blind written probes (scripts/probes.ts) the detector was fixed from: what it finds there must
// not fall back. The floors are the figures when they were fixed (docs/security.md), rounded down.
const FLOORS = {
  en: { recall: 0.93, falseLeaks: 0.01 }, // measured 0.938 (3,655 of 3,898), 0.0091 (19 of 2,089)
  zh: { recall: 0.91, falseLeaks: 0.01 }, // measured 0.917 (550 of 600), 0.005 (2 of 410)
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
