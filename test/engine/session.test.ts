import { describe, expect, it } from 'vitest';
import { createSession, MAX_REPLY_CHARS, type SessionEvent } from '../../src/core/session';
import { reader } from '../../src/classify/reader';
import { loadFixture } from '../helpers';

const { scenario, catalogue } = loadFixture('tiny');
const start = (lang: 'en' | 'zh' = 'en') => {
  const s = createSession(scenario, catalogue, { lang, reader });
  s.start();
  return s;
};
const verdicts = (events: readonly SessionEvent[]) =>
  events.flatMap((e) => (e.type === 'verdict' ? [`${e.flag}:${e.verdict}${e.critical ? '!' : ''}`] : []));

describe('session engine', () => {
  it('opens with the first scammer line, its flags and numbered answers', () => {
    const s = createSession(scenario, catalogue, { lang: 'en', reader });
    const [line] = s.start();
    expect(line).toMatchObject({ type: 'line', turn: 'greet', step: 1, speaker: 'Bank', channel: 'call', flags: ['unsolicited-contact', 'account-problem'] });
    expect(s.choices.map((c) => c.n)).toEqual([1, 2, 3]);
  });

  it('speaks the chosen language', () => {
    const s = createSession(scenario, catalogue, { lang: 'zh', reader });
    expect(s.start()[0]).toMatchObject({ text: '您好，这里是银行，您的账户有问题。', speaker: '银行' });
  });

  it('a refusal catches the flags of the line and ends safe with full score', () => {
    const s = start();
    const out = s.reply({ choice: 3 });
    expect(verdicts(out)).toEqual(['unsolicited-contact:caught', 'account-problem:caught']);
    expect(out.at(-1)).toMatchObject({ type: 'end', ending: 'safe', outcome: 'safe' });
    const d = s.debrief();
    expect(d).toMatchObject({ outcome: 'safe', caught: 2, missed: 0, score: 100, amountLost: 0 });
    expect(d.channels.map((c) => c.id)).toContain('bank-hotline');
  });

  it('complying misses the flags; giving the code is a critical miss and a loss', () => {
    const s = start();
    expect(verdicts(s.reply({ choice: 1 }))).toEqual(['unsolicited-contact:missed', 'account-problem:missed']);
    const out = s.reply({ choice: 1 });
    expect(verdicts(out)).toEqual(['asks-code:missed!']);
    const d = s.debrief();
    expect(d).toMatchObject({ outcome: 'loss', amountLost: 5000, currency: 'CNY', caught: 0, missed: 3, score: 0 });
    expect(d.leaked).toEqual(['code']);
    expect(d.flags.every((f) => f.todo.length > 0 && f.why.length > 0)).toBe(true);
  });

  it('a question leaves flags open until the next reply decides them all', () => {
    const s = start();
    expect(verdicts(s.reply({ choice: 2 }))).toEqual([]);
    expect(s.debrief().flags.map((f) => f.verdict)).toEqual(['open', 'open', 'open']);
    const out = s.reply({ choice: 2 });
    expect(verdicts(out)).toEqual(['unsolicited-contact:caught', 'account-problem:caught', 'claims-authority:caught']);
    expect(s.debrief().outcome).toBe('safe');
  });

  it('hanging up ends the call safely even where the script has no route for it, and settles open flags as caught', () => {
    const s = start();
    s.reply({ choice: 2 });
    const out = s.reply('I am hanging up now');
    expect(out.at(-1)).toMatchObject({ type: 'end', ending: 'hung-up', outcome: 'safe' });
    expect(s.debrief()).toMatchObject({ outcome: 'safe', missed: 0, caught: 3 });
  });

  it('silence lets the pressure timer fire: the scammer pushes on and the flag stays open', () => {
    const s = start();
    s.reply({ choice: 1 });
    expect(s.msUntilPressure).toBe(60_000);
    expect(s.advance(59_000)).toEqual([]);
    expect(s.msUntilPressure).toBe(1_000);
    const out = s.advance(5_000);
    expect(out.map((e) => e.type)).toEqual(['silence', 'line']);
    expect(out[1]).toMatchObject({ turn: 'hurry', flags: ['deadline-pressure'] });
    expect(verdicts(s.reply({ choice: 2 }))).toEqual(['asks-code:caught', 'deadline-pressure:caught']);
  });

  it('a loop back to a line is a new occurrence with its own verdict', () => {
    const s = start();
    s.reply({ choice: 1 }); // → ask-code
    s.reply({ choice: 2 }); // stall → hurry
    s.reply({ choice: 3 }); // question → default → ask-code again
    s.reply({ choice: 3 }); // refuse → safe
    const d = s.debrief();
    const asks = d.flags.filter((f) => f.id === 'asks-code');
    expect(asks.map((f) => f.step)).toEqual([2, 4]);
    expect(asks.map((f) => f.verdict)).toEqual(['caught', 'caught']);
    // No occurrence is ever judged twice.
    expect(new Set(d.flags.map((f) => `${f.step}/${f.id}`)).size).toBe(d.flags.length);
  });

  it('a wrong answer number is a clear error, not a crash, and changes nothing', () => {
    const s = start();
    expect(() => s.reply({ choice: 7 })).toThrow('there is no answer #7; choose 1 to 3');
    expect(s.turnId).toBe('greet');
  });

  it('an empty or invisible reply is ignored', () => {
    const s = start();
    expect(s.reply('   ')).toEqual([]);
    expect(s.reply('\u001b[31m\u0007')).toEqual([]);
    expect(s.turnId).toBe('greet');
  });

  it('refuses replies after the end', () => {
    const s = start();
    s.reply({ choice: 3 });
    expect(() => s.reply('hello?')).toThrow('the conversation is over');
  });

  it('never keeps the secret a person typed, only a masked form', () => {
    const s = start();
    s.reply({ choice: 1 });
    const out = s.reply('ok the code is 730154');
    const reply = out.find((e) => e.type === 'reply');
    expect(reply).toMatchObject({ leaks: ['code'] });
    expect(JSON.stringify(s.events)).not.toContain('730154');
    expect(s.debrief().outcome).toBe('loss');
  });

  it('cuts a 100 kB paste to the reply cap before reading it; the transcript says how much was not kept', () => {
    const s = start();
    const paste = `${'blah '.repeat(20_000)}the code is 482913`;
    const out = s.reply(paste);
    const reply = out.find((e) => e.type === 'reply');
    if (reply?.type !== 'reply') throw new Error('no reply event');
    expect(reply.text).toBe(`${paste.slice(0, MAX_REPLY_CHARS).trim()}… [${paste.length - MAX_REPLY_CHARS} more characters not kept]`);
    // what was not kept was not read either: the verdicts judge what the transcript shows
    expect(reply.leaks).toEqual([]);
  });
});

describe('replies whose meaning the front end already knows', () => {
  it('declining a call is a certain hang-up, whatever the words shown, and catches the open flags', () => {
    const s = start();
    const out = s.reply({ known: { intent: 'hangup' }, text: '(declined the call)' });
    expect(out[0]).toMatchObject({ type: 'reply', text: '(declined the call)', intent: 'hangup', confidence: 1 });
    expect(out.at(-1)).toMatchObject({ type: 'end', ending: 'hung-up' });
    expect(s.debrief()).toMatchObject({ outcome: 'safe', caught: 2, missed: 0 });
  });

  it('a known unclear reply takes the default route and leaves the flags open', () => {
    const s = start();
    const out = s.reply({ known: { intent: 'stall', confidence: 0 }, text: '…' });
    expect(out.at(-1)).toMatchObject({ type: 'line', turn: 'ask-code' });
    expect(s.debrief().open).toBe(3);
  });
});

describe('confidence', () => {
  it('is judged at the two places it is stored, so a drill replayed from its records agrees with practice', () => {
    const s = createSession(scenario, catalogue, { lang: 'en', reader: { read: (text) => ({ text, intent: 'refuse', confidence: 0.596, leaks: [], lang: 'en' }), mask: (t) => t } });
    s.start();
    const out = s.reply('no thank you');
    expect(out[0]).toMatchObject({ type: 'reply', confidence: 0.6 });
    // 0.6 is confident: the refusal catches the flags instead of leaving them open.
    expect(verdicts(out)).toEqual(['unsolicited-contact:caught', 'account-problem:caught']);
  });
});
