// Scoring a form and the group statistics: what a trainer reads off the report.
import { describe, expect, it } from 'vitest';
import { parseCheckAnswers, formatAnswersError, keyed, type Response } from '../../src/check/answers';
import { loadForms } from '../../src/check/files';
import { probit, scoreSheet } from '../../src/check/score';
import { mean, pairedEffect, sd } from '../../src/check/stats';

const forms = loadForms().forms!;
const A = forms.A;
const all = (answer: 'scam' | 'legitimate', confidence: 1 | 2 | 3 | 4 = 4): Response[] => A.items.map((i) => ({ item: i.id, answer, confidence }));
const right = (confidence: 1 | 2 | 3 | 4 = 4): Response[] => A.items.map((i) => ({ item: i.id, answer: i.kind, confidence }));

describe('one form', () => {
  it('all right: 12 of 12 and the highest discernment 6 items of each kind allow', () => {
    const s = scoreSheet(keyed(A, right()));
    expect(s).toMatchObject({ correct: 12, accuracy: 1, hits: 6, falseAlarms: 0, engaged: 0, converted: 0 });
    expect(s.dPrime).toBeCloseTo(2.93, 2);
  });

  it('"scam" to everything is right half the time and discerns nothing', () => {
    const s = scoreSheet(keyed(A, all('scam')));
    expect(s).toMatchObject({ correct: 6, hits: 6, falseAlarms: 6 });
    expect(s.dPrime).toBeCloseTo(0, 10);
  });

  it('"legitimate" to everything: every scam engaged with (unsure) or gone along with (sure)', () => {
    expect(scoreSheet(keyed(A, all('legitimate', 2)))).toMatchObject({ correct: 6, engaged: 6, converted: 0 });
    expect(scoreSheet(keyed(A, all('legitimate', 3)))).toMatchObject({ engaged: 0, converted: 6 });
    expect(scoreSheet(keyed(A, all('legitimate', 3))).dPrime).toBeCloseTo(0, 10);
  });

  it('all wrong is the mirror of all right', () => {
    const wrong = right().map((r) => ({ ...r, answer: r.answer === 'scam' ? ('legitimate' as const) : ('scam' as const) }));
    expect(scoreSheet(keyed(A, wrong)).dPrime).toBeCloseTo(-2.93, 2);
  });

  it('probit is the inverse normal', () => {
    expect(probit(0.5)).toBe(0);
    expect(probit(0.975)).toBeCloseTo(1.959964, 5);
    expect(probit(0.01)).toBeCloseTo(-2.326348, 5);
  });
});

describe('answers files', () => {
  it('reads English, Chinese, letters and full-width digits, skipping comments', () => {
    const text = '// form A\nscam 4\nlegit 3\n\nlegitimate 1\nS2\nl４   // full-width\n诈骗 3\n正常 2\nreal 4\nfraud 1\nscam 2\nlegit 1\nscam 3\n';
    const p = parseCheckAnswers(text, 'li.txt', A);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.responses.map((r) => `${r.item} ${r.answer} ${r.confidence}`)).toEqual([
      'a01 scam 4', 'a02 legitimate 3', 'a03 legitimate 1', 'a04 scam 2', 'a05 legitimate 4', 'a06 scam 3',
      'a07 legitimate 2', 'a08 legitimate 4', 'a09 scam 1', 'a10 scam 2', 'a11 legitimate 1', 'a12 scam 3',
    ]);
  });

  it('says which line is wrong, without echoing it, and counts against the form', () => {
    const bad = parseCheckAnswers('scam 4\nmaybe 3\nscam 5\n', 'li.txt', A);
    expect(bad.ok ? [] : bad.errors.map((e) => formatAnswersError(e))).toEqual([
      'li.txt:2: not an answer; write "scam 3" or "legit 2": scam or legit, then how sure from 1 (guessing) to 4 (certain)',
      'li.txt:3: not an answer; write "scam 3" or "legit 2": scam or legit, then how sure from 1 (guessing) to 4 (certain)',
    ]);
    const short = parseCheckAnswers('scam 4\n'.repeat(11), 'li.txt', A);
    expect(short.ok ? [] : short.errors.map((e) => formatAnswersError(e))).toEqual(['li.txt: 11 answers for the 12 items of form A; write one answer per item, in order']);
    const long = parseCheckAnswers('scam 4\n'.repeat(13), 'li.txt', A);
    expect(long.ok ? [] : long.errors.map((e) => formatAnswersError(e))).toEqual(['li.txt:13: 13 answers for the 12 items of form A; write one answer per item, in order']);
    // In Chinese for a Chinese check: the same errors, in its words.
    expect(bad.ok ? [] : bad.errors.map((e) => formatAnswersError(e, 'zh'))[0]).toBe('li.txt:2: 不是回答；请写“诈骗 3”或“正常 2”：先写诈骗或正常，再写有多确定，从 1（猜的）到 4（确定）');
    expect(long.ok ? [] : long.errors.map((e) => formatAnswersError(e, 'zh'))).toEqual(['li.txt:13: A 卷有 12 条消息，这里却有 13 个回答；请按顺序每条写一个回答']);
  });
});

describe('paired change', () => {
  it('d_z is the mean change over the spread of the changes', () => {
    const e = pairedEffect([10, 20, 30]);
    expect(e).toMatchObject({ n: 3, mean: 20, sd: 10, dz: 2 });
  });

  it('the interval is the same on every run, holds the mean, and agrees with the t interval on a class of 20', () => {
    // A class of 20: changes in steps of 100/12 points, as a 12-item form gives them.
    const diffs = [3, 1, 2, 0, 2, 4, 1, -1, 2, 3, 0, 2, 1, 5, 2, 1, -2, 3, 2, 1].map((k) => (k * 100) / 12);
    const e = pairedEffect(diffs);
    expect(pairedEffect(diffs)).toEqual(e);
    const [lo, hi] = e.meanCi!;
    expect(lo).toBeLessThan(e.mean);
    expect(hi).toBeGreaterThan(e.mean);
    // t(0.975, 19) = 2.093: the bootstrap's percentile interval is a little narrower at n = 20.
    const half = (2.093 * sd(diffs)) / Math.sqrt(20);
    expect(hi - lo).toBeGreaterThan(0.8 * 2 * half);
    expect(hi - lo).toBeLessThan(1.05 * 2 * half);
    expect(mean([lo, hi])).toBeCloseTo(e.mean, 0);
    const [dlo, dhi] = e.dzCi!;
    expect(dlo).toBeGreaterThan(0);
    expect(dlo).toBeLessThan(e.dz!);
    expect(dhi).toBeGreaterThan(e.dz!);
  });

  it('with one person there is no spread, so no d_z and no interval; with equal changes d_z is undefined', () => {
    expect(pairedEffect([25])).toEqual({ n: 1, mean: 25 });
    const same = pairedEffect([10, 10, 10]);
    expect(same.dz).toBeUndefined();
    expect(same.meanCi).toEqual([10, 10]);
  });
});
