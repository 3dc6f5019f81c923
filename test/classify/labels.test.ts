import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutNumberBegun } from '../../src/classify/labels';

// the pattern as it was applied to the 64 characters before every number: the faster reading must agree with it everywhere
const NUMBER_BEGUN = /(?:\(\d{1,4}\)\s*|\+?\d{1,4}[\s-])+$/;

describe('the start of a number at the end of the text before one', () => {
  it('is cut as the pattern cuts it, on any text of digits, marks, spaces and words', () => {
    const unit = fc.constantFrom(...'0123456789()+- a\u3000\u00a0\u2028x号\n\t'.split(''), 'call ', '电话');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), (s) => {
      expect(withoutNumberBegun(s)).toBe(s.replace(NUMBER_BEGUN, ''));
    }), { numRuns: 5000 });
  });
  it('cuts "(02) 8631-" from "call the BDO hotline, (02) 8631-", and leaves a text ending in a word as it is', () => {
    expect(withoutNumberBegun('call the BDO hotline, (02) 8631-')).toBe('call the BDO hotline, ');
    expect(withoutNumberBegun('my number is ')).toBe('my number is ');
  });
});
