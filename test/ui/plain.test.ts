// practice --plain as a person at a terminal meets it: a title, each reply once, a paste as one
// reply, and wrapped lines that keep their indent. The pty end of this is test/e2e/paste-tmux.test.ts.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/session';
import { reader } from '../../src/classify/reader';
import { hangingWrap, runPlain } from '../../src/practice/plain';
import { cells, fixtures, scenario } from './render';

function plain(lang: 'en' | 'zh', terminal: boolean) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const session = createSession(scenario('ui-refund-call'), fixtures().catalogue, { lang, reader });
  const done = runPlain(session, { coach: true, choices: false, input, output, terminal, columns: 60 });
  return { input, done, text: () => text, session };
}

describe('practice --plain', () => {
  it('opens with the title and how to answer, in the language played', async () => {
    for (const [lang, title, help] of [['en', 'Test refund call', 'Type your reply and press Enter; /quit leaves.'], ['zh', '测试理赔来电', '输入你的回答，按回车发送；输入 /quit 离开。']] as const) {
      const p = plain(lang, true);
      p.input.end();
      await p.done;
      expect(p.text().split('\n').slice(0, 3)).toEqual([title, help, '']);
    }
  });

  it('at a terminal: lines that arrive together are one reply, and typed words are not printed back', async () => {
    const p = plain('en', true);
    p.input.write('Who are you?\nI never ordered\n');
    p.input.write('anything.\n');
    await new Promise((r) => setTimeout(r, 100));
    p.input.end();
    const s = await p.done;
    expect(s.events.filter((e) => e.type === 'reply').map((e) => e.type === 'reply' && e.text)).toEqual(['Who are you? I never ordered anything.']);
    expect(p.text()).not.toContain('You:');
  });

  it('from a pipe every line is a reply of its own, printed', async () => {
    const p = plain('en', false);
    p.input.end('Who are you?\nok\n');
    const s = await p.done;
    expect(s.events.filter((e) => e.type === 'reply')).toHaveLength(2);
    expect(p.text()).toContain('You: Who are you?');
  });
});

describe('hangingWrap', () => {
  it('breaks between words and indents the rows after the first two more than the line', () => {
    const line = '    Hang up, then call the number printed on the back of your bank card yourself.';
    const out = hangingWrap(line, 40).split('\n');
    expect(out).toEqual(['    Hang up, then call the number', '      printed on the back of your bank', '      card yourself.']);
  });

  it('breaks Chinese between characters, never before closing punctuation, within the width', () => {
    const out = hangingWrap('平台客服: 您好，是李女士吗？您的快递丢了，我们给您双倍理赔。请把验证码念给我。', 30).split('\n');
    for (const row of out) expect(cells(row)).toBeLessThanOrEqual(30);
    expect(out.slice(1).every((r) => r.startsWith('  ') && !/^ {2}[，。？]/.test(r))).toBe(true);
    expect(out.map((r) => r.trim()).join('')).toBe('平台客服: 您好，是李女士吗？您的快递丢了，我们给您双倍理赔。请把验证码念给我。');
  });

  it('keeps colour codes and does not count them as width', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const line = `  ${red('✘ missed')}: Refund or compensation bigger than the loss`;
    const out = hangingWrap(line, 40);
    expect(out.replace(/\u001b\[[0-9;]*m/g, '').split('\n')).toEqual(['  ✘ missed: Refund or compensation', '    bigger than the loss']);
    expect(out).toContain(red('✘ missed'));
    expect(hangingWrap(line, 80)).toBe(line);
  });
});
