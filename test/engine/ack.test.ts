// Acknowledgement lines (issue 13 §3): the scammer answers what was said. A reply that leads back
// to the same turn gets the ack instead of the whole line again; a reply that leads on gets the ack
// before the next line; an ending is never preceded by one. Every front end shows what was said.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reader } from '../../src/classify/reader';
import { createSession, type SessionEvent } from '../../src/core/session';
import { Room } from '../../src/drill/room';
import { runPlain } from '../../src/practice/plain';
import { play, playbackRecord } from '../../src/playback/run';
import { playbackJson } from '../../src/report/json';
import { conversationMarkdown } from '../../src/report/markdown';
import { formatConversation } from '../../src/report/text';
import { loadFixture } from '../helpers';

const { scenario, catalogue } = loadFixture('ack');
const start = (lang: 'en' | 'zh' = 'en') => {
  const s = createSession(scenario, catalogue, { lang, reader });
  s.start();
  return s;
};
const lineOf = (events: SessionEvent[]) => events.find((e): e is Extract<SessionEvent, { type: 'line' }> => e.type === 'line');
const ack = scenario.turns.install!.ack!;
const INSTALL = scenario.turns.install!.say.en;

describe('acknowledgement lines', () => {
  it('a question that leads back to the same turn gets its ack, not the whole line again', () => {
    const s = start();
    const line = lineOf(s.reply({ choice: 2 }))!;
    expect(line).toMatchObject({ turn: 'install', step: 2, text: ack.question!.en, flags: ['install-app', 'screen-sharing'] });
    expect(line.text).not.toContain('XX Chat');
  });

  it('stalling gets the stall ack; a reply read without confidence gets the default ack', () => {
    const s = start();
    expect(lineOf(s.reply({ choice: 3 }))!.text).toBe(ack.stall!.en);
    expect(lineOf(s.reply({ known: { intent: 'comply', confidence: 0.3 }, text: 'mm' }))!.text).toBe(ack.default!.en);
  });

  it('a reply that leads on gets the ack said before the next line, in either language', () => {
    expect(lineOf(start().reply({ choice: 1 }))).toMatchObject({ turn: 'ask-code', step: 2, text: `Good, I can see your screen now. ${scenario.turns['ask-code']!.say.en}` });
    expect(lineOf(start('zh').reply({ choice: 1 }))!.text).toBe('好，您的屏幕我这边看到了。把刚收到的验证码念给我。');
  });

  it('a reply gets the ack of the route it took: none of its own is not the default one', () => {
    const line = lineOf(start().reply({ known: { intent: 'consult' }, text: 'Let me ask my son.' }))!;
    expect(line).toMatchObject({ turn: 'ask-code', text: scenario.turns['ask-code']!.say.en });
  });

  it('an ack is never put in the mouth of another speaker', () => {
    expect(lineOf(start().reply({ choice: 5 }))).toMatchObject({ turn: 'bank', speaker: 'Your bank', text: scenario.turns.bank!.say.en });
  });

  it('a reply that ends the call gets the ending alone', () => {
    const out = start().reply({ choice: 4 });
    expect(out.at(-1)).toMatchObject({ type: 'end', ending: 'safe', text: 'The caller gives up.' });
    expect(JSON.stringify(out)).not.toContain('Never said');
  });

  it('silence is not a reply: the pressure timer brings the whole line back', () => {
    expect(lineOf(start().advance(30_000))!.text).toBe(INSTALL);
  });

  it('verdicts still attach to the turn and the step of each line', () => {
    const s = start();
    s.reply({ choice: 2 });
    const out = s.reply({ choice: 1 });
    expect(out.flatMap((e) => (e.type === 'verdict' ? [`${e.turn}@${e.step}:${e.flag}:${e.verdict}`] : []))).toEqual([
      'install@1:install-app:missed', 'install@1:screen-sharing:missed', 'install@2:install-app:missed', 'install@2:screen-sharing:missed',
    ]);
  });
});

describe('every front end shows the ack', () => {
  it('playback: text, Markdown and JSON', () => {
    const r = playbackRecord(play(scenario, catalogue, { file: 'a.txt', steps: [{ kind: 'choice', line: 1, n: 2 }, { kind: 'choice', line: 2, n: 1 }] }, { lang: 'en' }));
    const text = formatConversation(r).join('\n');
    expect(text).toContain(ack.question!.en);
    expect(text).toContain(`Good, I can see your screen now. Read me the code`);
    expect(text.split(INSTALL)).toHaveLength(2); // said once, not again after the question
    expect(conversationMarkdown(r)).toContain(ack.question!.en);
    expect(playbackJson(r).turns.filter((t) => t.role === 'caller').map((t) => t.text)).toEqual([INSTALL, ack.question!.en, `${ack.comply!.en} ${scenario.turns['ask-code']!.say.en}`]);
  });

  it('plain practice', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (b: Buffer) => (printed += b.toString()));
    const done = runPlain(createSession(scenario, catalogue, { lang: 'en', reader }), { coach: false, choices: true, input, output });
    input.end('2\n4\n');
    await done;
    expect(printed).toContain(ack.question!.en);
    expect(printed.split(INSTALL)).toHaveLength(2);
  });

  it('a drill room', () => {
    const room = new Room({ drillId: 'd1', scenario, catalogue, lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false }, () => 1_000);
    const pid = room.join('Ann', 'token-aaaaaaaa').pid;
    room.answer(pid, 1, { choice: 2 });
    room.advance();
    expect(room.lineView()).toMatchObject({ turn: 'install', step: 2, text: ack.question!.en });
  });
});
