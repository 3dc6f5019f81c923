import { describe, expect, it } from 'vitest';
import { normalize, sanitize } from '../../src/classify/normalize';
import { cardinalValue } from '../../src/classify/numbers';

describe('normalize', () => {
  it('folds full-width digits and case', () => {
    expect(normalize('ＡＢＣ１２３').text).toBe('abc123');
  });
  it('reads Chinese numerals in runs of three or more, not in words', () => {
    expect(normalize('一二三四五六').text).toBe('123456');
    expect(normalize('幺幺零').text).toBe('110');
    expect(normalize('等一下').text).toBe('等一下');
    expect(normalize('三四天').text).toBe('三四天');
  });
  it('reads English number words in runs', () => {
    expect(normalize('five oh two').text).toBe('5 0 2');
    expect(normalize('no one knows').text).toBe('no one knows');
    expect(normalize('double five one').text).toBe('55 1');
  });
  it('reads a separator said as a word between digits as the mark, spanning the words', () => {
    const src = '5312 space 0752 then a space then 9170 dash 3423';
    const n = normalize(src);
    expect(n.text).toBe('5312 0752 9170-3423');
    const gap = n.text.indexOf(' ');
    expect(src.slice(n.start[gap], n.end[gap])).toBe('space');
    expect(normalize('I have 2 dash cams and 3 space heaters').text).toBe('i have 2 dash cams and 3 space heaters');
    expect(normalize('4 hyphenated 6').text).toBe('4 hyphenated 6');
  });
  it('maps back to the original text', () => {
    const src = 'code: seven four';
    const n = normalize(src);
    const i = n.text.indexOf('7');
    expect(src.slice(n.start[i], n.end[i])).toBe('seven');
  });
  it('strips ANSI CSI/OSC sequences and control characters', () => {
    expect(sanitize('\x1b[1;31mred\x1b[0m \x1b]0;title\x07ok\x00\x08').text).toBe('red ok');
  });
});

describe('cardinalValue', () => {
  it('reads a Chinese cardinal as people say sums and scores, and no digits read one by one', () => {
    const cases: Array<[string, number | null]> = [['五百二十', 520], ['七百', 700], ['四万八', 48000], ['三十万', 300000], ['二百五十八', 258], ['一千零五', 1005], ['两千三', 2300], ['十五', 15], ['三二', null]];
    for (const [s, n] of cases) expect(cardinalValue(s), s).toBe(n);
  });
});
