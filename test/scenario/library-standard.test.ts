// The standard every scenario in the library is held to. A scam: long enough to teach, several
// red flags, a safe, an unsafe and a half-way answer on every line, and several ways it can end.
// A real call (kind: legitimate) has its own (docs/authoring.md, "Real calls"): shorter, green
// flags, an answer that handles it right, a false alarm and a half-way one on every line, checking
// through an official channel always safe, and an ending of its own for brushing the caller off.
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/core/constants';
import { RULES } from '../../src/core/judge';
import { loadLibrary } from '../../src/scenario/files';

const lib = loadLibrary();
const SAFE = ['refuse', 'verify', 'hangup', 'challenge', 'consult'];
const HALF = ['question', 'stall'];
/** On a real call, by the judge's own rules: replies that handle it right, and those that are a false alarm. */
const RIGHT: string[] = INTENTS.filter((i) => RULES.legitimate[i] === 'caught');
const FALSE_ALARM: string[] = INTENTS.filter((i) => RULES.legitimate[i] === 'missed');

const scams = lib.scenarios.filter((s) => s.kind === 'scam');
const realCalls = lib.scenarios.filter((s) => s.kind === 'legitimate');

describe('the scenario library', () => {
  it('has the twelve scenarios from the source articles and five for the most common fraud types', () => {
    expect(scams.map((s) => s.id)).toEqual(expect.arrayContaining([
      'bank-loan-sms', 'bank-system-upgrade', 'boss-impersonation', 'credit-repair', 'epidemic-contact', 'etc-toll-card', 'express-refund',
      'fake-medicine', 'fake-shopping', 'game-trade', 'info-leak-agency', 'medical-insurance', 'order-brushing', 'police-safe-account',
      'romance-investment', 'securities-tips', 'subsidy-atm',
    ]));
  });

  it('has six real calls to tell apart from them', () => {
    expect(realCalls.map((s) => s.id)).toEqual(expect.arrayContaining([
      'legit-96110', 'legit-bank-fraud-alert', 'legit-community-worker', 'legit-courier', 'legit-platform-service', 'legit-police-followup',
    ]));
  });

  for (const s of scams) {
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

  for (const s of realCalls) {
    describe(`${s.id} (a real call)`, () => {
      it('has at least 6 lines and 3 distinct green flags', () => {
        expect(Object.keys(s.turns).length).toBeGreaterThanOrEqual(6);
        expect(new Set(Object.values(s.turns).flatMap((t) => t.flags)).size).toBeGreaterThanOrEqual(3);
      });

      it('offers an answer that handles it right, a false alarm and a half-way one on every line, and none that gives a secret away', () => {
        for (const [id, t] of Object.entries(s.turns)) {
          expect(t.flags.length, `${id}: a real caller's line shows why it can be trusted`).toBeGreaterThan(0);
          const intents = (t.choices ?? []).map((c) => c.intent);
          expect(intents.some((i) => RIGHT.includes(i)), `${id}: an answer that handles it right`).toBe(true);
          expect(intents.some((i) => FALSE_ALARM.includes(i)), `${id}: a false alarm`).toBe(true);
          expect(intents.some((i) => HALF.includes(i)), `${id}: a half-way answer`).toBe(true);
          expect((t.choices ?? []).filter((c) => c.leak).map((c) => c.en), `${id}: a real caller asks for no secret`).toEqual([]);
        }
      });

      it('is safe to check: on every line, verifying through an official channel leads to a safe ending', () => {
        for (const [id, t] of Object.entries(s.turns)) {
          const to = t.on.verify;
          expect(to && s.endings[to]?.outcome, `${id}: on.verify`).toBe('safe');
        }
      });

      it('ends in at least three ways, one of them for brushing the caller off, told in its own words', () => {
        expect(Object.keys(s.endings).length).toBeGreaterThanOrEqual(3);
        const endingsOf = (intents: string[]) => new Set(Object.values(s.turns).flatMap((t) => intents.flatMap((i) => t.on[i as keyof typeof t.on] ?? [])).filter((id) => id in s.endings));
        const checked = endingsOf(['verify']);
        const brushedOff = [...endingsOf(FALSE_ALARM)].filter((e) => !checked.has(e));
        expect(brushedOff.length, 'an ending reached only by refusing, hanging up or challenging').toBeGreaterThan(0);
      });
    });
  }
});
