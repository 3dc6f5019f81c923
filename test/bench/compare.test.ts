// The pure compare logic behind `npm run bench -- --compare bench/results.json`.
import { describe, expect, it } from 'vitest';
import { compare, formatChanges, type Figure } from '../../bench/compare';

const fig = (id: string, value: number, better: Figure['better']): Figure => ({ id, label: id, value, unit: better === 'lower' ? 'ms' : '/s', better });

describe('bench compare', () => {
  const saved = { figures: [fig('startup', 100, 'lower'), fig('replies', 1000, 'higher'), fig('gone', 5, 'lower')] };

  it('flags a time more than 20% slower and a rate more than 20% lower', () => {
    const changes = compare(saved, { figures: [fig('startup', 125, 'lower'), fig('replies', 750, 'higher')] });
    expect(changes.map((c) => [c.id, c.regression])).toEqual([['startup', true], ['replies', true]]);
    expect(formatChanges(changes)).toMatch(/2 regressions of more than 20%: startup, replies/);
  });

  it('does not flag improvements, however large, nor changes within 20%', () => {
    const faster = compare(saved, { figures: [fig('startup', 20, 'lower'), fig('replies', 5000, 'higher')] });
    expect(faster.every((c) => !c.regression && c.worse < 0)).toBe(true);
    const small = compare(saved, { figures: [fig('startup', 119, 'lower'), fig('replies', 810, 'higher')] });
    expect(small.some((c) => c.regression)).toBe(false);
    expect(formatChanges(small)).toMatch(/no regression/);
  });

  it('compares only figures present in both runs', () => {
    expect(compare(saved, { figures: [fig('new', 1, 'lower'), fig('startup', 100, 'lower')] }).map((c) => c.id)).toEqual(['startup']);
  });
});
