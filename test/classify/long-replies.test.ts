import { describe, expect, it } from 'vitest';
import { findLeaks, redact } from '../../src/classify/index';

// A reply box takes 200,000 characters: a 100 kB paste must be read whole and right. How fast is
// for `npm run bench` (bench/secrets.ts); here only what is found and what is left.
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('a 100 kB reply', () => {
  it('of digits and separators is one long number, masked whole', () => {
    const text = fill('4829 1|3/7:3-9.2 ', 100_000).trimEnd();
    const leaks = findLeaks(text);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]!.end - leaks[0]!.start).toBeGreaterThan(99_000);
    expect(redact(text)).toMatch(/^\[card ••••\d{4}\]$/); // a long number keeps its last four, like a card
  });

  it('of numbers apart, finds each secret and leaves each harmless number', () => {
    const unit = '验证码482913，卡号6222 0212 3456 7890 128；';
    const text = fill(unit, 100_000 - (100_000 % unit.length));
    const n = text.length / unit.length;
    expect(findLeaks(text).map((l) => l.kind)).toEqual(Array.from({ length: n }, () => ['code', 'card']).flat());
    const out = redact(text);
    expect(out).not.toContain('482913');
    expect(out.split('[银行卡 ••••0128]')).toHaveLength(n + 1);
  });

  it('of mixed Chinese text, masks the secrets and nothing else', () => {
    const unit = '我的验证码是四八二九一三，我不会给你。我转了5000元，2024-12-31再打96110。手机13812345678，订单号20231115。';
    const text = fill(unit, 100_000 - (100_000 % unit.length));
    const n = text.length / unit.length;
    expect(findLeaks(text).map((l) => l.kind)).toEqual(Array.from({ length: n }, () => ['code', 'phone']).flat());
    const out = redact(text);
    expect(out).not.toContain('四八二九一三');
    expect(out).not.toContain('13812345678');
    for (const kept of ['5000元', '2024-12-31', '96110', '20231115']) expect(out.split(kept)).toHaveLength(n + 1);
  });

  it('of words that almost make numbers, or labels with nothing after them, finds nothing', () => {
    for (const unit of ['oh oh oh ', 'password is ', 'card number ', '验证码 ', '三个八岁 ', 'no one ', '....']) {
      expect(findLeaks(fill(unit, 100_000))).toEqual([]);
    }
  });

  // (shapes that a review found read again and again: each took from seconds to minutes before, so a slip back shows here
  // as a test that never ends; how fast they are is bench/secrets.ts's)
  it('of a list of short numbers, "一、二、三、" or "1, 2, ", is one long number, masked whole', () => {
    for (const unit of ['一、二、三、', '1, ', '12, ']) {
      const leaks = findLeaks(fill(unit, 100_000));
      expect(leaks).toHaveLength(1);
      expect(leaks[0]!.end - leaks[0]!.start).toBeGreaterThan(99_000);
    }
  });

  it('of repeat words, expiries or PINs between sums, masks each PIN and nothing else', () => {
    expect(findLeaks(fill('double ', 100_000))).toEqual([]);
    expect(findLeaks(fill('exp 12/27 ', 100_000))).toEqual([]);
    const unit = 'my pin is ab12 $5 ';
    const text = fill(unit, 100_000 - (100_000 % unit.length));
    const out = redact(text);
    expect(out).not.toContain('ab12');
    expect(out.split('$5')).toHaveLength(text.length / unit.length + 1);
  });
});
