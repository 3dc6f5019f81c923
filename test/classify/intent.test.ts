import { describe, expect, it } from 'vitest';
import { classify, classifyInContext, CONFIDENT } from '../../src/classify/index';

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

describe('phrases whose words mislead one by one (field misreadings)', () => {
  it('agreeing to keep the secret is going along: the "not" belongs to the caller\'s demand', () => {
    expect(intent('好的，我谁都不告诉')).toBe('comply');
    expect(intent('行，这事我不跟家里人说')).toBe('comply');
    expect(intent('All right, I won\'t tell the doctor')).toBe('comply');
    expect(intent('I promise I won\'t say a word to my wife.')).toBe('comply');
    // not telling *you*, or not telling anyone *my PIN*, is a refusal; echoing the demand is a question
    expect(intent('这些我都不跟你说')).toBe('refuse');
    expect(intent('I never tell anyone my PIN.')).toBe('refuse');
    expect(intent('验证码我不会告诉任何人。')).toBe('refuse');
    expect(intent('我不会告诉别人我的密码')).toBe('refuse');
    expect(intent("Don't tell my son? Why not?")).toBe('question');
  });
  it('asking relatives, a manager, a doctor or a named person is consulting', () => {
    expect(intent("I'll ask my relatives first")).toBe('consult');
    expect(intent("I'll ask my manager first")).toBe('consult');
    expect(intent("I'll show these capsules to my doctor first")).toBe('consult');
    expect(intent("I'll check with Mr. Chen first.")).toBe('consult');
    expect(intent('我先去问问陈经理')).toBe('consult');
    expect(intent('这事我得马上告诉陈经理')).toBe('consult');
  });
  it('not replying, ignoring, not acknowledging are refusals; 不跟你说了 still ends the talk', () => {
    for (const t of ['不回，删掉。', '不理它。', '你说的这些我不认，我什么都不确认', '我的信息我不跟你核对']) expect(intent(t)).toBe('refuse');
    expect(intent('不跟你说了。')).toBe('hangup');
    expect(intent('不认证会怎么样？')).toBe('question');
  });
  it('replying T is going along, whatever its purpose', () => {
    expect(intent('回个T，让它别再发了')).toBe('comply');
    expect(intent("I'll reply T so they stop texting")).toBe('comply');
    expect(intent("I won't reply T.")).toBe('refuse');
  });
  it('"not yet" and 呢 do not flip the intent by themselves', () => {
    expect(intent('还没装呢，七折听着不错')).toBe('comply');
    expect(intent('还没付呢，我这就付')).toBe('comply');
    expect(intent('我正想装修呢')).toBe('comply');
    expect(intent("I haven't paid yet, I'll pay now.")).toBe('comply');
    expect(intent('还没付呢')).not.toBe('refuse');
  });
  it('questions stay questions: how the caller knows, why, offering a call', () => {
    expect(intent('你怎么知道我买车的事的？')).toBe('question');
    expect(intent('Why in English? I can\'t read it.')).toBe('question');
    expect(intent("What's a reserve fund? Why not refund the way I paid?")).toBe('question');
    expect(intent('Could I give you a quick call?')).toBe('question');
    expect(intent('我能给你打个电话吗？')).toBe('question');
  });
  it('agreeing to a visit, owning the transfer to the bank and sending more are going along', () => {
    expect(intent('Yes, come tomorrow at three')).toBe('comply');
    expect(intent('好，明天下午三点来吧')).toBe('comply');
    expect(intent("Yes, that's me, I'm doing it myself.")).toBe('comply');
    expect(intent('自己消费用的。')).toBe('comply');
    expect(intent('收益这么好，我马上再转10万过去。')).toBe('comply');
    expect(intent("Don't come tomorrow, I'm not interested.")).toBe('refuse');
    expect(intent('不是我本人操作的')).toBe('refuse');
  });
});

describe('asking about a step is not taking it', () => {
  it('why / what-if / is-it-safe questions about an action are questions', () => {
    expect(intent('Why do I have to pay a fee to get my own refund?')).toBe('question');
    expect(intent("What happens if I don't transfer the money?")).toBe('question');
    expect(intent('为什么要我先交钱？')).toBe('question');
    expect(intent('转账到你说的账户安全吗？')).toBe('question');
  });
  it('asking how to do it, or doing it after asking, is still going along', () => {
    expect(intent('What do I need to pay?')).toBe('comply');
    expect(intent("Why do I need to do that? OK fine, I'll pay.")).toBe('comply');
    expect(intent('你怎么知道我买了东西？')).toBe('question');
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

describe('checking through one\'s own channel, in the words the written calls used', () => {
  const inContext = (reply: string) => classifyInContext(reply, { context: { caller: 'Pay the fee by the link today.' } }).intent;
  it('logging into the portal or the app oneself, paying at the post office, going to the store, the number one has, is verify', () => {
    expect(inContext('Hmm. Let me first log into the student portal myself and see the fee statement.')).toBe('verify');
    expect(inContext('hmm idk. lemme just log in on the netflix app and do it there')).toBe('verify');
    expect(inContext('the links not loading can i just pay it at the post office tmrw')).toBe('verify');
    expect(inContext("Ok lah. But I want to hear from Mrs Chua herself first, I'll WhatsApp her tonight on the number I got.")).toBe('verify');
    expect(inContext("Ah, okay. I'll go to the store on Sunday, the one on Atlantic.")).toBe('verify');
  });
});
