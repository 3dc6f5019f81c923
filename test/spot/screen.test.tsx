// The full-screen spot drill in ink-testing-library at 80×24: Space marks a line and opens the
// names, a number names it, Enter moves on; a review after each call; the result at the end.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLibrary } from '../../src/scenario/files';
import { SpotApp } from '../../src/spot/App';
import { runSpotPlain } from '../../src/spot/plain';
import { spotCalls, type CallSource } from '../../src/spot/queue';
import { plainStyle } from '../../src/report/text';
import type { Lang } from '../../src/core/constants';
import { fixture } from '../helpers';
import { cells, KEYS, renderAt, type Screen } from '../ui/render';

const lib = loadLibrary([fixture('spot')]);
const sources = (...ids: string[]): CallSource[] => ids.map((id) => ({ scenario: lib.scenarios.find((s) => s.id === id)!, catalogue: lib.catalogue }));
const calls = (lang: Lang = 'en') => spotCalls(sources('spot-scam', 'spot-real'), { lang, seed: 1, mix: false });

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const fits = (frame: string) => {
  const rows = frame.split('\n');
  expect(rows.length).toBeLessThanOrEqual(24);
  for (const row of rows) expect(cells(row)).toBeLessThanOrEqual(80);
};

describe('spot screen', () => {
  it('plays a scam and a real call through to the result', async () => {
    const onExit = vi.fn();
    const c = calls();
    screen = await renderAt(<SpotApp calls={c} lang="en" seed={1} onExit={onExit} />);
    let f = await screen.waitFor('Does this line show a red flag?');
    expect(f).toContain('Spot the red flags · call 1 of 2 · "Bank security" +86 171 0000 0001');
    expect(f).toContain('Hello, am I speaking with Ms. Li?');
    expect(f).toContain('Space red flag  ·  Enter no red flag  ·  q quit');
    // The scam's title would give it away: it is shown only in the review.
    expect(f).not.toContain('Bank security call');
    fits(f);

    await screen.type(KEYS.enter); // the greeting: no red flag
    f = await screen.waitFor('Line 2');
    expect(f).toContain(`Person: ${c[0]!.lines[0]!.reply}`);
    await screen.type(' ');
    f = await screen.waitFor('Which red flag is it?');
    const options = c[0]!.lines[1]!.options.map((id) => lib.catalogue.flags[id]!.name.en);
    options.forEach((name, i) => expect(f).toContain(`${i + 1}. ${name}`));
    expect(f).toContain('1-4 choose  ·  Enter skip');
    fits(f);
    const right = c[0]!.lines[1]!.options.findIndex((id) => c[0]!.lines[1]!.red.includes(id));
    await screen.type(String(right + 1));
    f = await screen.waitFor('Line 3');
    expect(f).toContain('⚑ red flag');

    // The rest of the scam unmarked: misses.
    for (let j = 2; j < c[0]!.lines.length; j++) await screen.type(KEYS.enter);
    f = await screen.waitFor('call 1 of 2: Bank security call — a scam');
    expect(f).toMatch(/1 {3}✔ correct rejection\s+no red flag/);
    expect(f).toMatch(/2 ⚑ ✔ hit\s+you named: .* \(right\) · Red flags:/);
    expect(f).toMatch(/3 {3}✘ miss/);
    expect(f).toContain(c[0]!.end!.text);
    expect(f).toContain('Enter next call');
    fits(f);

    await screen.type(KEYS.enter);
    f = await screen.waitFor('call 2 of 2 · Bank card centre 95555');
    // Every line of the real call marked: false alarms.
    for (let j = 0; j < c[1]!.lines.length; j++) {
      await screen.type(' ');
      await screen.type(KEYS.enter);
    }
    f = await screen.waitFor('a real call');
    expect(f).toMatch(/✘ false alarm\s+no red flag/);
    expect(f).toContain('Enter result');
    await screen.type(KEYS.enter);
    f = await screen.waitFor('Your result');
    expect(f).toContain('Hits 1 · misses 2 · false alarms 2 · correct rejections 1');
    expect(f).toContain('Red flags named right: 1, wrong: 0 (of 1 hits)');
    expect(f).toMatch(/Discernment d′ = -?\d\.\d\d: /);
    expect(f).toMatch(/Hits − false alarms: you marked 33% of the red-flag lines and 67% of the others:\s+-34 points/);
    fits(f);
    await screen.type('q');
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(onExit.mock.calls[0]![0].phase).toBe('result');
  });

  it('keeps a long Chinese line inside 80 columns and leaves with q at any point', async () => {
    const onExit = vi.fn();
    screen = await renderAt(<SpotApp calls={calls('zh')} lang="zh" seed={1} onExit={onExit} />);
    await screen.type(KEYS.enter);
    const f = await screen.waitFor('这句话有危险信号吗？');
    expect(f).toContain('这里是银行安全部');
    expect(f).toContain('Space 有危险信号');
    fits(f);
    await screen.type('q');
    expect(onExit.mock.calls[0]![0].marks[0]).toEqual([{ marked: false }]);
  });
});

describe('spot --plain', () => {
  it('asks line by line, takes x and a number, and prints each review and the result', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const c = calls();
    const done = runSpotPlain(c, { lang: 'en', seed: 1, style: plainStyle, input, output });
    const answers = ['', 'x', '1', 'maybe', ...c[0]!.lines.slice(2).map(() => ''), '', ...c[1]!.lines.map(() => '')];
    input.end(`${answers.join('\n')}\n`);
    const state = await done;
    expect(state.phase).toBe('result');
    expect(text).toContain('Line 1 · "Bank security": Hello, am I speaking with Ms. Li?');
    expect(text).toContain('Red flag? x and Enter = yes, Enter = no (/quit to stop)');
    expect(text).toContain('Which red flag is it? (you may skip this)');
    expect(text).toContain(`Person: ${c[0]!.lines[0]!.reply}`);
    // "maybe" is no answer: the question is asked again, nothing is marked.
    expect(text.split('Red flag? x and Enter').length).toBeGreaterThan(c[0]!.lines.length + c[1]!.lines.length + 1);
    expect(text).toMatch(/1\. Bank security call — a scam\n {2}1 \[ \] correct rejection — no red flag\n {2}2 \[x\] hit — /);
    expect(text).toContain('2. The bank\'s real fraud alert — a real call');
    expect(text).toMatch(/Your result\nHits 1 · misses \d · false alarms 0 · correct rejections \d+/);
    expect(text).toContain('Discernment d′ = ');
  });
});
