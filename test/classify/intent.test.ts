import { describe, expect, it } from 'vitest';
import { classify, CONFIDENT } from '../../src/classify/index';

const read = (t: string) => classify(t);
const intent = (t: string) => read(t).intent;

describe('negation', () => {
  it('a negated action is a refusal', () => {
    expect(intent("I won't give you the code")).toBe('refuse');
    expect(intent("I'm not sending you anything.")).toBe('refuse');
    expect(intent('I will never click that link')).toBe('refuse');
    expect(intent('我不会把验证码给你的。')).toBe('refuse');
    expect(intent('没有审批单我不能转公司的钱。')).toBe('refuse');
  });
  it('"don\'t hang up" is not a hang-up', () => {
    expect(intent("Don't hang up, I need a minute.")).not.toBe('hangup');
    expect(intent('先别挂，我缓一下。')).not.toBe('hangup');
  });
  it('promising secrecy is going along, not consulting', () => {
    expect(intent("I won't tell anyone, I promise.")).toBe('comply');
    expect(intent('好，我保密，不告诉家人。')).toBe('comply');
  });
  it('"this is not a scam, is it?" is a question, not a challenge', () => {
    expect(intent("This isn't a scam, is it?")).toBe('question');
  });
});

describe('mixed replies', () => {
  it('a safe step wins over a polite yes', () => {
    expect(intent('好的，但我先问问我儿子')).toBe('consult');
    expect(intent('OK, but let me ask my son first.')).toBe('consult');
    expect(intent("Sounds fine, but I'll confirm with the bank's hotline first.")).toBe('verify');
  });
  it('a leak dominates everything else', () => {
    const r = read('no, the code is 123456');
    expect(r.leaks.map((l) => l.kind)).toEqual(['code']);
    expect(r.intent).toBe('comply');
    expect(read('不，验证码是一二三四五六。').leaks.map((l) => l.kind)).toEqual(['code']);
  });
});

describe('each intent', () => {
  const cases: Array<[string, string]> = [
    ["I'll call 96533 and ask about my ETC card.", 'verify'],
    ['我自己打110核实有没有这个案子。', 'verify'],
    ["I'm hanging up now.", 'hangup'],
    ['不说了，挂了。', 'hangup'],
    ['You are a scammer.', 'challenge'],
    ['公安局不会让人转账到安全账户，你是骗子。', 'challenge'],
    ['I will report this number to 12321.', 'consult'],
    ['我要报警。', 'consult'],
    ['Sure, which account should I send it to?', 'comply'],
    ['我马上把钱转到安全账户。', 'comply'],
    ['How did you get my number?', 'question'],
    ['你是哪个派出所的？', 'question'],
    ['Hold on, I am driving.', 'stall'],
    ['我在开会，晚点回复。', 'stall'],
    ['Not interested.', 'refuse'],
    ['不需要贷款，别再发了。', 'refuse'],
  ];
  it.each(cases)('%s → %s', (text, want) => expect(intent(text)).toBe(want));
});

describe('confidence', () => {
  it('says "unclear" when there is nothing to go on', () => {
    expect(read('').confidence).toBeLessThan(CONFIDENT);
    expect(read('Ms. Wang here, the weather is nice.').confidence).toBeLessThan(CONFIDENT);
    expect(read('🙂').confidence).toBeLessThan(CONFIDENT);
  });
  it('is confident on clear replies', () => {
    expect(read('This is a scam, goodbye.').confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });
});

describe('language', () => {
  it('detects and can be forced', () => {
    expect(read('我先问问我儿子').lang).toBe('zh');
    expect(read('let me ask my son').lang).toBe('en');
    expect(read('OK👍我转').lang).toBe('zh');
    expect(classify('ok', { lang: 'zh' }).lang).toBe('zh');
  });
});

describe('odd input', () => {
  it('strips ANSI escapes and control characters before reading', () => {
    expect(intent('\x1b[1mI am hanging up\x1b[0m\x07')).toBe('hangup');
    expect(intent('this is a sc\u200bam')).toBe('challenge');
  });
  it('survives emoji, lone surrogates and non-strings', () => {
    expect(() => classify('\ud83d 😡😡 \udc00')).not.toThrow();
    expect(() => classify(undefined as unknown as string)).not.toThrow();
  });
  it('stays fast and linear on a 100 kB paste', () => {
    const chunks = ['no no no ', 'aaaa'.repeat(50), '1 2 3 4 5 6 ', '验证码验证码', 'password is ', '- - - ', 'five five ', '?'];
    let big = '';
    for (let i = 0; big.length < 100_000; i++) big += chunks[i % chunks.length];
    const t0 = performance.now();
    const r = classify(big);
    const ms = performance.now() - t0;
    expect(r.intent).toBeTypeOf('string');
    expect(ms).toBeLessThan(1000);
    const worst = 'a'.repeat(100_000);
    const t1 = performance.now();
    classify(worst);
    classify('1 '.repeat(50_000));
    classify('一'.repeat(100_000));
    classify('not '.repeat(25_000));
    expect(performance.now() - t1).toBeLessThan(2000);
  });
});
