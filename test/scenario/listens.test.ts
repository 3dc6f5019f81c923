// The scammer listens (issue 13 §3): each reply reported in the field test, played through a
// practice Session with the real reader, no longer gets the wrong answer or the wrong ending.
import { describe, expect, it } from 'vitest';
import { reader } from '../../src/classify/reader';
import { createSession, type ReplyInput } from '../../src/core/session';
import type { Lang } from '../../src/core/schema';
import { loadLibrary } from '../../src/scenario/files';

const lib = loadLibrary();

/** Play `before` (picks, words or seconds of silence), then `reply`: what the reply brought, and the session. */
function afterReply(id: string, lang: Lang, before: (ReplyInput | number)[], reply: string) {
  const scenario = lib.scenarios.find((s) => s.id === id)!;
  const s = createSession(scenario, lib.catalogue, { lang, reader });
  s.start();
  for (const step of before) {
    if (typeof step === 'number') s.advance(step * 1000);
    else s.reply(step);
  }
  const out = s.reply(reply);
  const said = out.flatMap((e) => (e.type === 'line' || e.type === 'end' ? [e.text] : []));
  return { session: s, out, said: said.join('\n') };
}

const pick = (...ns: number[]): ReplyInput[] => ns.map((choice) => ({ choice }));
const say = (id: string, turn: string, lang: Lang) => lib.scenarios.find((s) => s.id === id)!.turns[turn]!.say[lang];

describe('the scammer answers what was said', () => {
  it('"ok ok. i installed it and pressed share screen" does not get the install instructions again', () => {
    // The text, the call, the link, "cancel it for me", then "why do you need my screen?" at install-app.
    const { said } = afterReply('express-refund', 'en', pick(1, 1, 1, 1, 2), 'ok ok. i installed it and pressed share screen');
    expect(said).not.toContain('Search your app store');
    expect(said).not.toContain(say('express-refund', 'install-app', 'en'));
  });

  it('"I already told you the code. what now?" is not told "That\'s just the standard system warning"', () => {
    const { said } = afterReply('express-refund', 'en', pick(1, 1, 1, 1, 1), 'I already told you the code. what now?');
    expect(said).not.toMatch(/standard system warning/);
  });

  it('"你怎么知道我的地址" is not answered "好的。", nor told it refused and hung up', () => {
    const { said } = afterReply('express-refund', 'zh', pick(1), '你怎么知道我的地址');
    expect(said).not.toMatch(/^好的/m);
    expect(said).not.toContain('你拒绝后挂断了电话');
  });
});

describe('endings refer only to what the person did', () => {
  it('"Ask my son to come and look." does not end with "Your daughter opens…"', () => {
    expect(afterReply('medical-insurance', 'en', pick(1, 3), 'Ask my son to come and look.').said).not.toMatch(/daughter/i);
    expect(afterReply('medical-insurance', 'zh', pick(1, 3), '让我儿子来看看。').said).not.toContain('女儿');
  });

  it('fake-medicine: "我要问问我儿子" does not end "你去县医院问了自己的医生", nor with a daughter', () => {
    for (const before of [[], pick(1)]) {
      const { said } = afterReply('fake-medicine', 'zh', before, '我要问问我儿子');
      expect(said).not.toContain('县医院问了自己的医生');
      expect(said).not.toContain('女儿');
    }
  });

  it('subsidy-atm: "好的 我现在去银行ATM" does not end safe with "你拨打12345"', () => {
    // At the offer, and at the deadline push that silence brings.
    for (const before of [pick(1), [...pick(1), 60]]) {
      const { said, session } = afterReply('subsidy-atm', 'zh', before, '好的 我现在去银行ATM');
      expect(said).not.toContain('你拨打12345');
      expect(session.debrief().outcome === 'safe' && session.ended).toBe(false);
    }
  });
});

describe('the real bank in express-refund', () => {
  // The text, the call, the link, "cancel it", the chat app, "I've typed it in", the loan app, "I'll say it's for my own spending".
  const toBank = pick(1, 1, 1, 1, 1, 2, 1, 1);

  it('"It\'s for my own spending." is told on a line that carries lie-to-bank, and never catches it', () => {
    const { out, session } = afterReply('express-refund', 'en', toBank, "It's for my own spending.");
    expect(session.events.find((e) => e.type === 'line' && e.turn === 'bank-auditor')).toMatchObject({ flags: ['lie-to-bank'] });
    expect(out.flatMap((e) => (e.type === 'verdict' && e.flag === 'lie-to-bank' ? [e.verdict] : []))).toEqual(['missed']);
    expect(session.ended).toBe(false);
  });

  it('the cover story, as the line\'s own answer, is judged a missed lie-to-bank and the scam goes on', () => {
    const scenario = lib.scenarios.find((s) => s.id === 'express-refund')!;
    const s = createSession(scenario, lib.catalogue, { lang: 'en', reader });
    s.start();
    for (const step of toBank) s.reply(step);
    expect(scenario.turns['bank-auditor']!.choices![0]!.en).toBe("It's for my own spending.");
    const out = s.reply({ choice: 1 });
    expect(out.filter((e) => e.type === 'verdict')).toMatchObject([{ flag: 'lie-to-bank', turn: 'bank-auditor', verdict: 'missed' }]);
    expect(out.at(-1)).toMatchObject({ type: 'line', turn: 'card-number' });
  });

  it('the truth, "是平台客服让我借的，他在电话里教我", tells the bank: the flag is caught and the scam stops', () => {
    const { said, out } = afterReply('express-refund', 'zh', toBank, '是平台客服让我借的，他在电话里教我');
    expect(said).not.toContain('审核过了吧');
    expect(out.flatMap((e) => (e.type === 'verdict' && e.flag === 'lie-to-bank' ? [e.verdict] : []))).toEqual(['caught']);
  });

  it('the same truth in English, and the cover story in Chinese, read the same way', () => {
    const truth = afterReply('express-refund', 'en', toBank, "The platform's customer service told me to take it, he's on the phone with me.");
    expect(truth.out.flatMap((e) => (e.type === 'verdict' && e.flag === 'lie-to-bank' ? [e.verdict] : []))).toEqual(['caught']);
    const cover = afterReply('express-refund', 'zh', toBank, '是自己消费用的');
    expect(cover.out.flatMap((e) => (e.type === 'verdict' && e.flag === 'lie-to-bank' ? [e.verdict] : []))).toEqual(['missed']);
    expect(cover.said).toContain('审核过了吧');
  });
});
