// Taking the check at a terminal: the full-screen form (keys s/l, 1-4, b, Enter) at 80×24 in both
// languages, and the --plain version line by line.
import { PassThrough } from 'node:stream';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { formView, introFor } from '../../src/check/answering';
import type { Response } from '../../src/check/answers';
import { loadForms } from '../../src/check/files';
import type { Lang } from '../../src/core/schema';
import { CheckForm } from '../../src/ink/components/CheckForm';
import { runQuizPlain } from '../../src/quiz/plain';
import { cells, KEYS, renderAt } from '../ui/render';
import { strays } from '../words/stray';

const forms = loadForms().forms!;

async function screen(lang: Lang) {
  const done: Response[][] = [];
  const s = await renderAt(createElement(CheckForm, { form: formView(forms.B, lang), lang, intro: introFor('pre', formView(forms.B, lang), lang), extraHints: [{ keys: 'Esc', label: 'quit' }], onDone: (r: Response[]) => done.push(r) }));
  return { s, done };
}

const fits = (frame: string) => {
  const rows = frame.split('\n');
  expect(rows.length).toBeLessThanOrEqual(24);
  for (const r of rows) expect(cells(r)).toBeLessThanOrEqual(80);
};

describe('the full-screen form', () => {
  it('answers message by message, goes back with b, and hands over the answers on Enter', async () => {
    const { s, done } = await screen('en');
    expect(s.frame()).toContain('Scam or legitimate? Form B');
    expect(s.frame()).toContain('Message 1 of 12');
    expect(s.frame()).toContain('SMS · 1069 3307 2265');
    expect(s.frame()).toContain('[State Grid] Your electricity bill');
    expect(s.frame()).toMatch(/s scam {3,}l legitimate/);
    fits(s.frame());
    await s.type('s');
    expect(s.frame()).toContain('scam · How sure are you?');
    expect(s.frame()).toMatch(/1 guessing {3,}2 somewhat sure {3,}3 fairly sure {3,}4 certain/);
    fits(s.frame());
    await s.type('4');
    expect(s.frame()).toContain('Message 2 of 12');
    // Back to the first message: the earlier answer shows, and can be changed.
    await s.type('b');
    expect(s.frame()).toContain('Message 1 of 12');
    expect(s.frame()).toContain('Your answer: scam, certain');
    await s.type('l');
    await s.type('2');
    for (const item of forms.B.items.slice(1)) {
      await s.type(item.kind === 'scam' ? 's' : 'l');
      await s.type('3');
    }
    await s.waitFor('All 12 answered.');
    expect(s.frame()).toContain('1. Your answer: legitimate, somewhat sure');
    fits(s.frame());
    expect(done).toEqual([]);
    await s.type(KEYS.enter);
    expect(done).toHaveLength(1);
    expect(done[0]![0]).toEqual({ item: 'b01', answer: 'legitimate', confidence: 2 });
    expect(done[0]!.slice(1).every((r, i) => r.answer === forms.B.items[i + 1]!.kind && r.confidence === 3)).toBe(true);
    s.unmount();
  });

  it('takes several answers sent in one chunk (a paste, tmux send-keys), Enter included', async () => {
    const { s, done } = await screen('en');
    await s.type(forms.B.items.map((i) => `${i.kind === 'scam' ? 's' : 'l'}2`).join('') + KEYS.enter);
    expect(done).toHaveLength(1);
    expect(done[0]!.every((r, i) => r.answer === forms.B.items[i]!.kind && r.confidence === 2)).toBe(true);
    s.unmount();
  });

  it('ignores other keys, and a confidence before scam or legitimate', async () => {
    const { s } = await screen('en');
    await s.type('x3');
    await s.type('9');
    expect(s.frame()).toContain('Message 1 of 12');
    expect(s.frame()).toContain('Is this a scam or legitimate?');
    s.unmount();
  });

  // Form ids stay Latin letters, as on a Chinese exam paper (A 卷, B 卷); keys are key caps.
  it('in Chinese: one language on every screen, and it fits', async () => {
    const { s } = await screen('zh');
    const seen = [s.frame()];
    await s.type('s');
    seen.push(s.frame());
    for (let i = 0; i < 12; i++) {
      await s.type('l');
      await s.type('1');
      seen.push(s.frame());
    }
    await s.waitFor('12 条都答完了。');
    const content = [...forms.B.items.flatMap((i) => [i.text.zh, i.from?.zh ?? ''])].join(' ');
    for (const f of seen) {
      fits(f);
      expect(strays(f, 'zh', ['s', 'l', 'b', 'B', ...content.match(/[A-Za-z]+/g)!])).toEqual([]);
    }
    expect(seen[0]).toContain('第 1 条，共 12 条');
    expect(seen[1]).toContain('诈骗 · 你有多确定？');
    s.unmount();
  });
});

describe('--plain', () => {
  it('asks line by line and returns the answers after a blank line at the review', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d));
    const done = runQuizPlain({ form: formView(forms.A, 'en'), lang: 'en', input, output });
    input.write('s\n4\nb\n');
    for (const item of forms.A.items) input.write(`${item.kind === 'scam' ? 's' : 'l'}\n3\n`);
    input.write('\n');
    const answers = await done;
    expect(answers).toHaveLength(12);
    expect(answers!.every((r, i) => r.answer === forms.A.items[i]!.kind && r.confidence === 3)).toBe(true);
    expect(text).toContain('Message 1 of 12 · SMS · 1065 5021 8830');
    expect(text).toContain('s scam · l legitimate · b back');
    expect(text).toContain('1 guessing · 2 somewhat sure · 3 fairly sure · 4 certain · b back');
    expect(text).toContain('Your answer: scam, certain');
    expect(text).toContain('All 12 answered.');
  });

  it('/quit leaves with nothing', async () => {
    const input = new PassThrough();
    const done = runQuizPlain({ form: formView(forms.A, 'zh'), lang: 'zh', input, output: new PassThrough() });
    input.write('s\n/quit\n');
    expect(await done).toBeUndefined();
  });
});
