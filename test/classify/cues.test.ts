import { describe, expect, it } from 'vitest';
import { cueWarnings, cueHits, flagCueHits, flagsInLine, invalidCues } from '../../src/classify/cues';

const catalogue = {
  flags: {
    'asks-code': { cues: { en: ['\\b(verification )?code\\b'], zh: ['验证码'] } },
    'safe-account': { cues: { en: ['safe account'], zh: ['安全账户'] } },
    'no-cues': {},
    broken: { cues: { en: ['(unclosed'], zh: [] } },
  },
};

describe('cues', () => {
  it('flagCueHits matches case-insensitively, per language or both', () => {
    expect(flagCueHits('Please read me the CODE', catalogue.flags['asks-code'].cues)).toBe(true);
    expect(flagCueHits('请把验证码告诉我', catalogue.flags['asks-code'].cues, 'zh')).toBe(true);
    expect(flagCueHits('请把验证码告诉我', catalogue.flags['asks-code'].cues, 'en')).toBe(false);
    expect(flagCueHits('anything', undefined)).toBe(false);
  });
  it('flagsInLine lists matching flags', () => {
    expect(flagsInLine('move it to the safe account and tell me the code', catalogue.flags)).toEqual(['asks-code', 'safe-account']);
  });
  it('cueWarnings: flags shown by the text but not carried by the turn', () => {
    const say = { en: 'Read me the code, then move the money to a safe account.', zh: '把验证码念给我，然后把钱转到安全账户。' };
    expect(cueWarnings(say, ['asks-code'], catalogue)).toEqual(['safe-account']);
    expect(cueWarnings(say, ['asks-code', 'safe-account'], catalogue)).toEqual([]);
    expect(cueHits({ zh: '安全账户' }, [], catalogue)).toEqual([{ flag: 'safe-account', lang: 'zh', pattern: '安全账户' }]);
  });
  it('an invalid pattern never matches and is reported', () => {
    expect(cueWarnings({ en: '(unclosed' }, [], catalogue)).toEqual([]);
    expect(invalidCues(catalogue)).toEqual([{ flag: 'broken', lang: 'en', pattern: '(unclosed' }]);
  });
});
