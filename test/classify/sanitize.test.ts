import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeReply } from '../../src/classify/sanitize';

describe('sanitizeReply', () => {
  it('removes escapes and controls, folds whitespace, trims', () => {
    expect(sanitizeReply('  \u001b[31mred\u001b[0m\tand\u200b  \n blue  ')).toBe('red and blue');
    expect(sanitizeReply('我的\u3000卡号\u00a0是')).toBe('我的 卡号 是');
    expect(sanitizeReply(' plain text ')).toBe('plain text');
  });
  // The clean-text shortcut gives what the full cleaning gives, on any text.
  it('takes the shortcut only where the full cleaning would change nothing but the ends', () => {
    const full = (t: string) =>
      t.replace(/\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g, '')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/\s+/g, ' ').trim();
    const unit = fc.oneof(
      fc.constantFrom(' ', '  ', '\t', '\n', '\u001b[31m', '\u00a0', '\u1680', '\u2009', '\u200b', '\u2028', '\u202a', '\u202f', '\u205f', '\u2066', '\u3000', '\ufeff', 'a', '中'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(fc.property(fc.string({ unit }), (t) => sanitizeReply(t) === full(t)), { numRuns: 20_000, seed: 12 });
  });
});
