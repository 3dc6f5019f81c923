// The standard every scenario in the library is held to: long enough to teach, several
// red flags, a safe, an unsafe and a half-way answer on every line, and several ways it can end.
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/scenario/files';

const lib = loadLibrary();
const SAFE = ['refuse', 'verify', 'hangup', 'challenge', 'consult'];
const HALF = ['question', 'stall'];

describe('the scenario library', () => {
  it('has the twelve scenarios from the source articles and five for the most common fraud types', () => {
    expect(lib.scenarios.map((s) => s.id)).toEqual(expect.arrayContaining([
      'bank-loan-sms', 'bank-system-upgrade', 'boss-impersonation', 'credit-repair', 'epidemic-contact', 'etc-toll-card', 'express-refund',
      'fake-medicine', 'fake-shopping', 'game-trade', 'info-leak-agency', 'medical-insurance', 'order-brushing', 'police-safe-account',
      'romance-investment', 'securities-tips', 'subsidy-atm',
    ]));
  });

  for (const s of lib.scenarios) {
    describe(s.id, () => {
      it('has at least 8 scammer lines and 5 distinct red flags', () => {
        expect(Object.keys(s.turns).length).toBeGreaterThanOrEqual(8);
        expect(new Set(Object.values(s.turns).flatMap((t) => t.flags)).size).toBeGreaterThanOrEqual(5);
      });

      it('offers a safe, an unsafe and a half-way answer on every line that carries a red flag', () => {
        for (const [id, t] of Object.entries(s.turns)) {
          if (!t.flags.length) continue; // a genuine message (the real bank's text) has nothing to catch
          const intents = (t.choices ?? []).map((c) => (c.leak ? 'leak' : c.intent));
          expect(intents.some((i) => SAFE.includes(i)), `${id}: a safe answer`).toBe(true);
          expect(intents.some((i) => i === 'comply' || i === 'leak'), `${id}: an unsafe answer`).toBe(true);
          expect(intents.some((i) => HALF.includes(i)), `${id}: a half-way answer`).toBe(true);
        }
      });

      it('ends in at least three ways: safe, and money or data lost', () => {
        const outcomes = Object.values(s.endings).map((e) => e.outcome);
        expect(outcomes.length).toBeGreaterThanOrEqual(3);
        expect(outcomes).toContain('safe');
        expect(outcomes.some((o) => o === 'loss' || o === 'leak')).toBe(true);
      });
    });
  }
});
