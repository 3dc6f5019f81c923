import { describe, expect, it } from 'vitest';
import { classify, mask, redact } from '../../src/classify/index';

const secrets: Array<[string, string[]]> = [
  ['My card number is 6222 0212 3456 7890 128.', ['6222021234567890128', '62220212', '34567890']],
  ['The code is 4 8 2 9 1 7.', ['482917', '4 8 2 9 1 7']],
  ['the digits are seven four one nine five two', ['seven four one nine five two', '741952']],
  ['验证码是三八二九一四。', ['三八二九一四', '382914']],
  ['身份证号码是11010519491231002X', ['11010519491231002X', '19491231']],
  ['ok my password is sunflower88', ['sunflower88']],
  ['我的手机号是13812345678。', ['13812345678', '5678']],
  ['ID: 440304 19900307 123X', ['19900307', '440304']],
];

describe('redact', () => {
  it.each(secrets)('never leaves the secret: %s', (text, parts) => {
    const out = redact(text);
    for (const p of parts) expect(out).not.toContain(p);
    // no run of 5+ digits survives either
    expect(out.replace(/[\s-]/g, '')).not.toMatch(/\d{5,}/);
  });
  it('uses fixed masks; a card keeps only its last four digits', () => {
    expect(redact('card 6222 0212 3456 7890 128')).toBe('card [card ••••0128]');
    expect(redact('code 482917')).toBe('code [code ••••••]');
    expect(redact('code 48291765')).toBe('code [code ••••••]');
  });
  it('leaves text without secrets alone (minus escapes)', () => {
    expect(redact('I will call 96533.')).toBe('I will call 96533.');
    expect(redact('\x1b[31mhello\x1b[0m')).toBe('hello');
  });
  it('agrees with classify on what is secret', () => {
    for (const [text] of secrets) expect(classify(text).leaks.length).toBeGreaterThan(0);
  });
  it('writes masks in the reply\'s language, or the one asked for', () => {
    expect(redact('验证码是482913')).toBe('验证码是[验证码 ••••••]');
    expect(redact('卡号6222 0212 3456 7890 128')).toBe('卡号[银行卡 ••••0128]');
    expect(redact('the code is 482913', { lang: 'zh' })).toBe('the code is [验证码 ••••••]');
    expect(mask('id', '110105194912310021', 'zh')).toBe('[证件号 ••••]');
    expect(mask('password', 'x', 'zh')).toBe('[密码 •••]');
    expect(mask('phone', '13812345678', 'zh')).toBe('[手机号 •••]');
    expect(mask('code', '482913')).toBe('[code ••••••]');
  });
  it('masks the part of a split secret that is in this reply', () => {
    expect(redact('913', { previous: ['my code is 482'] })).toBe('[code ••••••]');
  });
});

