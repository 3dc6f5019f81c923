import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanLabels, withoutNumberBegun } from '../../src/classify/labels';
import { normalize } from '../../src/classify/normalize';
import { MAX_REPLY_CHARS } from '../../src/core/reply';
import { loadCalls } from '../../scripts/corpus';

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

describe('labels in a text longer than a reply', () => {
  // (a paste tries at each place only the labels that may start with its character; a reply tries them all: the same labels)
  const texts = [
    ...readFileSync(join(import.meta.dirname, '..', 'corpus', 'secrets.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
    ...loadCalls().replies.filter((_, i) => i % 7 === 0).flatMap((r) => [r.reply, r.caller]),
  ].map((x) => normalize(x).text);
  const before = (t: string, byEnd: Map<number, unknown>) => [...byEnd].filter(([end]) => end < t.length).sort(([a], [b]) => a - b);
  it(`are the labels each reply's text has, read with ${MAX_REPLY_CHARS} characters after it (${texts.length} texts)`, () => {
    let found = 0;
    for (const t of texts) {
      const short = before(t, scanLabels(t).byEnd);
      expect(before(t, scanLabels(`${t}\n${'~'.repeat(MAX_REPLY_CHARS)}`).byEnd), t).toEqual(short);
      found += short.length;
    }
    // (most hold one: the test compares labels, not nothing with nothing)
    expect(found).toBeGreaterThan(texts.length / 2);
  });
});
