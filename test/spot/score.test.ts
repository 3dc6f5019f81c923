// The pure scoring of spot mode: how each line is classified, d′ with the log-linear correction,
// and hits − false alarms.
import { describe, expect, it } from 'vitest';
import { band, dPrime, hitsMinusFalseAlarms, namingOf, outcomeOf, probit, rates, tally, type Tally } from '../../src/spot/score';

const counts = (hit: number, miss: number, falseAlarm: number, correctRejection: number): Tally => ({ hit, miss, falseAlarm, correctRejection, namedRight: 0, namedWrong: 0 });

describe('each line', () => {
  it('is a hit, a miss, a false alarm or a correct rejection', () => {
    expect(outcomeOf(['asks-code'], { marked: true })).toBe('hit');
    expect(outcomeOf(['asks-code'], { marked: false })).toBe('miss');
    // Every line of a real call has no red flag: a mark there is a false alarm.
    expect(outcomeOf([], { marked: true })).toBe('falseAlarm');
    expect(outcomeOf([], { marked: false })).toBe('correctRejection');
  });

  it('a named hit is named right or wrong; naming is not judged anywhere else', () => {
    expect(namingOf(['asks-code', 'deadline-pressure'], { marked: true, name: 'deadline-pressure' })).toBe('right');
    expect(namingOf(['asks-code'], { marked: true, name: 'safe-account' })).toBe('wrong');
    expect(namingOf(['asks-code'], { marked: true })).toBeUndefined();
    expect(namingOf([], { marked: true, name: 'asks-code' })).toBeUndefined();
  });

  it('tally counts outcomes and names separately', () => {
    const t = tally([
      { red: ['a'], mark: { marked: true, name: 'a' } },
      { red: ['a'], mark: { marked: true, name: 'b' } },
      { red: ['a'], mark: { marked: false } },
      { red: [], mark: { marked: true, name: 'a' } },
      { red: [], mark: { marked: false } },
    ]);
    expect(t).toEqual({ hit: 2, miss: 1, falseAlarm: 1, correctRejection: 1, namedRight: 1, namedWrong: 1 });
  });
});

describe('d′', () => {
  it('probit is the inverse of the normal distribution', () => {
    expect(probit(0.5)).toBeCloseTo(0, 9);
    expect(probit(0.975)).toBeCloseTo(1.959964, 5);
    expect(probit(0.01)).toBeCloseTo(-2.326348, 5);
    expect(probit(0.9999)).toBeCloseTo(3.719016, 5);
    expect(() => probit(1)).toThrow(RangeError);
  });

  it('adds 0.5 to every cell (log-linear correction)', () => {
    // H = 8.5/11, F = 2.5/11: symmetric, so d′ = 2·z(8.5/11).
    expect(dPrime(counts(8, 2, 2, 8))).toBeCloseTo(2 * probit(8.5 / 11), 9);
    expect(dPrime(counts(8, 2, 2, 8))).toBeCloseTo(1.4959, 3);
  });

  it('stays finite for a perfect learner and for empty cells', () => {
    expect(dPrime(counts(10, 0, 0, 10))).toBeCloseTo(2 * probit(10.5 / 11), 9);
    expect(Number.isFinite(dPrime(counts(10, 0, 0, 10)))).toBe(true);
    expect(dPrime(counts(0, 0, 0, 0))).toBe(0);
  });

  it('is about 0 for a learner who marks every line, and for one who marks none', () => {
    expect(Math.abs(dPrime(counts(20, 0, 20, 0)))).toBeLessThan(1e-9);
    expect(Math.abs(dPrime(counts(0, 20, 0, 20)))).toBeLessThan(1e-9);
    expect(dPrime(counts(25, 0, 13, 0))).toBeLessThan(0.5);
    expect(band(dPrime(counts(25, 0, 13, 0)))).toBe('bandGuess');
  });

  it('is in words: guessing, weak, fair, good', () => {
    expect([0.2, 0.7, 1.5, 2.4].map(band)).toEqual(['bandGuess', 'bandWeak', 'bandFair', 'bandGood']);
  });
});

describe('hits − false alarms', () => {
  it('is the hit rate minus the false-alarm rate in percentage points', () => {
    expect(rates(counts(8, 2, 1, 9))).toEqual({ hitRate: 0.8, falseAlarmRate: 0.1 });
    expect(hitsMinusFalseAlarms(counts(8, 2, 1, 9))).toBe(70);
    expect(hitsMinusFalseAlarms(counts(20, 0, 20, 0))).toBe(0);
  });

  it('needs both kinds of line', () => {
    expect(hitsMinusFalseAlarms(counts(5, 0, 0, 0))).toBeNull();
    expect(rates(counts(5, 0, 0, 0)).falseAlarmRate).toBeNull();
  });
});
