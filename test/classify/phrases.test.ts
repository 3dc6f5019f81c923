import { describe, expect, it } from 'vitest';
import { PHRASE_ASKED, phraseRuns } from '../../src/classify/phrases';

const spans = (t: string, least: number) => phraseRuns(t, least).map(([a, b]) => t.slice(a, b));

describe('recovery phrases', () => {
  it('finds the words of the list in a row, fillers between them allowed', () => {
    expect(spans('okay it says um apple river tiger blanket', 3)).toEqual(['apple river tiger blanket']);
    expect(spans('sugar lemon uh cannon, frost. thanks', 3)).toEqual(['sugar lemon uh cannon, frost']);
  });
  it('does not count the words everyday talk is full of, nor run over a sentence end or a word not on the list', () => {
    expect(spans('please just wait a moment', 3)).toEqual([]);
    expect(spans('apple river. tiger blanket', 3)).toEqual([]);
    expect(spans('apple river candle tiger', 3)).toEqual([]);
  });
  it('knows every word of the list, its first and last too, and no word that only looks like one', () => {
    expect(spans('abandon zoo youth', 3)).toEqual(['abandon zoo youth']);
    expect(spans('abandons zoo youth', 3)).toEqual([]);
    expect(spans('abandon zoom youth', 3)).toEqual([]);
  });
  it('asks for twelve rare words where no line asked for the phrase', () => {
    const twelve = 'abandon ability able absent absorb abstract absurd abuse access accident acid acoustic';
    expect(spans(twelve, 10)).toEqual([twelve]);
    expect(spans('apple river tiger blanket sugar lemon', 10)).toEqual([]);
  });
  it('knows a line that asks for the phrase', () => {
    for (const line of ["your wallet's recovery phrase, the twelve words", 'read me the seed words', 'the 24-word backup', '请把助记词发给我']) expect(PHRASE_ASKED.test(line.toLowerCase())).toBe(true);
    expect(PHRASE_ASKED.test('what is your password')).toBe(false);
  });
});
