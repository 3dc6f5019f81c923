import { describe, expect, it } from 'vitest';
import { loadProbes, measureProbes } from '../../scripts/probes';

// The blind written probes (scripts/probes.ts) the detector was fixed from: what it finds there must
// not fall back. The floors are the figures when they were fixed (docs/security.md), rounded down.
const FLOORS = {
  en: { recall: 0.93, falseLeaks: 0.01 }, // measured 0.934 (4,386 of 4,695), 0.0082 (22 of 2,698)
  zh: { recall: 0.93, falseLeaks: 0.01 }, // measured 0.940 (990 of 1,053), 0.0039 (3 of 770)
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
