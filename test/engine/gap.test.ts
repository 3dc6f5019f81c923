// Threads that run over days: a turn's `gap` ("Three days later") is shown as a divider before its
// line, on arriving from another line only; an ack is not carried over it. Every front end shows it.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reader } from '../../src/classify/reader';
import { createSession, type SessionEvent } from '../../src/core/session';
import { runPlain } from '../../src/practice/plain';
import { play, playbackRecord } from '../../src/playback/run';
import { playbackJson } from '../../src/report/json';
import { conversationMarkdown } from '../../src/report/markdown';
import { formatConversation } from '../../src/report/text';
import { loadFixture } from '../helpers';

const { scenario, catalogue } = loadFixture('gap');
const lines = (events: SessionEvent[]) => events.filter((e): e is Extract<SessionEvent, { type: 'line' }> => e.type === 'line');
const PAY_IN = scenario.turns['pay-in']!.say;

describe('time passing in a thread', () => {
  it('the line after a gap carries it, in the language played, without the ack to the last reply', () => {
    for (const lang of ['en', 'zh'] as const) {
      const s = createSession(scenario, catalogue, { lang, reader });
      const [first] = lines(s.start());
      expect(first!.gap).toBeUndefined();
      expect(lines(s.reply({ choice: 1 }))).toMatchObject([{ turn: 'pay-in', gap: { en: 'Three days later', zh: '三天后' }[lang], text: PAY_IN[lang] }]);
    }
  });

  it('a question answered on the same turn is the same moment: no second divider', () => {
    const s = createSession(scenario, catalogue, { lang: 'en', reader });
    s.start();
    s.reply({ choice: 1 });
    const [again] = lines(s.reply({ choice: 2 }));
    expect(again).toMatchObject({ turn: 'pay-in', text: 'Everyone gets it back within ten minutes.' });
    expect(again!.gap).toBeUndefined();
  });
});

describe('every front end shows the divider', () => {
  const steps = [{ kind: 'choice' as const, line: 1, n: 1 }, { kind: 'choice' as const, line: 2, n: 2 }, { kind: 'choice' as const, line: 3, n: 3 }];

  it('playback: text, Markdown and JSON', () => {
    const r = playbackRecord(play(scenario, catalogue, { file: 'a.txt', steps }, { lang: 'en' }));
    const text = formatConversation(r).join('\n');
    expect(text).toContain(`── Three days later ──\nGroup manager: ${PAY_IN.en}`);
    expect(text.split('Three days later')).toHaveLength(2);
    expect(conversationMarkdown(r)).toContain(`*── Three days later ──*\n\n**Group manager**`);
    expect(playbackJson(r).turns.filter((t) => t.role === 'caller').map((t) => t.gap ?? null)).toEqual([null, 'Three days later', null]);
  });

  it('plain practice, in Chinese', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (b: Buffer) => (printed += b.toString()));
    const done = runPlain(createSession(scenario, catalogue, { lang: 'zh', reader }), { coach: false, choices: true, input, output });
    input.end('1\n3\n');
    await done;
    expect(printed).toContain(`── 三天后 ──\n群管理: ${PAY_IN.zh}`);
  });
});
