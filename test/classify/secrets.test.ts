import { describe, expect, it } from 'vitest';
import { chineseIdValid, classify, findLeaks, luhnValid } from '../../src/classify/index';

const kinds = (t: string) => classify(t).leaks.map((l) => l.kind);

describe('checksums', () => {
  it('Luhn', () => {
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(luhnValid('6222021234567890129')).toBe(false);
    expect(luhnValid('4380881234567894')).toBe(true);
  });
  it('resident ID: mod 11-2 with X, plausible date', () => {
    expect(chineseIdValid('11010519491231002X')).toBe(true);
    expect(chineseIdValid('11010519491231002x')).toBe(true);
    expect(chineseIdValid('110105194912310021')).toBe(false);
    expect(chineseIdValid('110105194913310024')).toBe(false); // month 13
  });
});

describe('cards', () => {
  it('finds Luhn-valid numbers however they are written', () => {
    expect(kinds('My card number is 6222 0212 3456 7890 128.')).toEqual(['card']);
    expect(kinds('card 6214-8301-2345-6781')).toEqual(['card']);
    expect(kinds('卡号６２２７００９９８８７７６６５９')).toEqual(['card']);
  });
  it('a Luhn-invalid number is not a card', () => {
    expect(kinds('My card number is 6222 0212 3456 7890 129.')).toEqual([]);
    expect(kinds('我的ETC卡号是1234 5678 9012 3456')).toEqual([]);
  });
  it('digits glued to letters are not a card (tracking numbers)', () => {
    expect(kinds('my parcel SF6222021234567890128 is late')).toEqual([]);
  });
});

describe('ID numbers', () => {
  it('finds valid IDs, including X and spaced groups', () => {
    expect(kinds('ID: 440304 19900307 123X')).toEqual(['id']);
    expect(kinds('身份证号码是11010519491231002X')).toEqual(['id']);
  });
  it('a checksum-invalid ID is not an ID (nor a card)', () => {
    expect(kinds('my ID is 110105194912310021')).not.toContain('id');
  });
});

describe('verification codes', () => {
  it('with a code in context, or read out', () => {
    expect(kinds('The code is 482917')).toEqual(['code']);
    expect(kinds('It says 5 8 1 4 0 2.')).toEqual(['code']);
    expect(kinds('the digits are seven four one nine five two')).toEqual(['code']);
    expect(kinds('the code is double five, three, nine, one, two')).toEqual(['code']);
    expect(kinds('验证码是三八二九一四。')).toEqual(['code']);
    expect(kinds('四七零二八六')).toEqual(['code']);
    expect(kinds('幺二三四五六')).toEqual(['code']);
    expect(kinds('482917')).toEqual(['code']);
    expect(kinds('验证码是３８２９１４')).toEqual(['code']);
  });
  it('amounts, years, hotlines and order numbers are not codes', () => {
    expect(kinds("I don't need 400000 yuan, thank you.")).toEqual([]);
    expect(kinds('五千块的补贴我不要')).toEqual([]);
    expect(kinds('I will call 96533 tomorrow')).toEqual([]);
    expect(kinds('我把这条短信举报到12321。')).toEqual([]);
    expect(kinds('In 2024 I moved house.')).toEqual([]);
    expect(kinds('order number 20231115 never arrived')).toEqual([]);
    expect(kinds('我一会儿再说，三四天后吧')).toEqual([]);
  });
  it('a sum after a money verb, or a hotline after 号码/举报, is not a code', () => {
    expect(kinds('我现在就转2940')).toEqual([]);
    expect(kinds('已经给你转了3650')).toEqual([]);
    expect(kinds('这个号码我要举报到12321')).toEqual([]);
    // a code is still a code when money is mentioned too
    expect(kinds('我转了2940，验证码是482917')).toEqual(['code']);
    expect(kinds('号码是多少？验证码482917')).toEqual(['code']);
  });
});

describe('passwords and phones', () => {
  it('passwords', () => {
    expect(kinds('ok my password is sunflower88')).toEqual(['password']);
    expect(kinds('密码后六位是一三五七九零')).toEqual(['password']);
    expect(kinds('the PIN is 4 8 2 9')).toEqual(['password']);
    expect(kinds('my password is none of your business')).toEqual([]);
    expect(kinds("I won't tell you my password")).toEqual([]);
    expect(kinds('密码是什么？')).toEqual([]);
  });
  it('mainland mobile numbers', () => {
    expect(kinds('我的手机号是13812345678。')).toEqual(['phone']);
    expect(kinds('my mobile is 139-1234-5678')).toEqual(['phone']);
    expect(kinds('电话一三九一二三四零零零零')).toEqual(['phone']);
    expect(kinds('why are you calling from 13812345678?')).toEqual([]);
  });
});

describe('offsets', () => {
  it('point at the secret in the original text, through escapes and spelled digits', () => {
    const t = '\x1b[31mcode\x1b[0m: four eight two nine one seven, ok?';
    const [l] = findLeaks(t);
    expect(t.slice(l!.start, l!.end)).toBe('four eight two nine one seven');
  });
  it('several secrets in one reply', () => {
    expect(kinds('card 6228 4800 1234 5671, code 482917, ID 320583199208152315')).toEqual(['card', 'code', 'id']);
  });
});
