// The conversation stays readable at 80×24 (issue 13 §1), on the bundled scenarios the field test
// used: the scammer's latest line is always on screen in full, the flags shorten to a row each when
// space is short (Tab shows them in full), the transcript scrolls, and nothing is cut without a sign.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/practice/App';
import { createSession } from '../../src/core/session';
import { reader } from '../../src/classify/reader';
import { loadLibrary } from '../../src/scenario/files';
import { defaultScenarioDir } from '../../src/scenario/paths';
import { cells, KEYS, ManualClock, renderAt, type Screen } from './render';
import { loadFixture } from '../helpers';

const lib = loadLibrary([defaultScenarioDir()]);
const scenario = (id: string) => lib.scenarios.find((s) => s.id === id)!;

const TAB = '\t';
const PAGE_DOWN = '\u001b[6~';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

async function practise(id: string, opts: { choices?: boolean } = {}) {
  screen = await renderAt(
    <App scenarios={lib.scenarios} catalogue={lib.catalogue} scenario={scenario(id)} defaultId={id} lang="zh" mode="coach" choices={opts.choices ?? false} instant clock={new ManualClock()} />,
  );
  return screen;
}

/** What the scammer says last after these replies, from a session of its own: the screen must show it whole. */
function lastLine(id: string, replies: (string | number)[]): string {
  const s = createSession(scenario(id), lib.catalogue, { lang: 'zh', reader });
  let text = '';
  const take = (events: ReturnType<typeof s.start>) => {
    for (const e of events) if (e.type === 'line') text = `${e.speaker}：${e.text}`;
  };
  take(s.start());
  for (const r of replies) take(s.reply(typeof r === 'number' ? { choice: r } : r));
  return text;
}

const rows = (frame: string) => frame.split('\n');
/** The screen's text with rows joined, so a line wrapped over several rows reads whole. */
const joined = (frame: string) => rows(frame).map((r) => r.trimEnd()).join('');

/** 23 rows (one short of the terminal), none wider than 80 cells, the keys on the last. */
function expectFits(frame: string) {
  expect(rows(frame)).toHaveLength(23);
  for (const r of rows(frame)) expect(cells(r), r).toBeLessThanOrEqual(80);
  expect(rows(frame).at(-1)).toMatch(/退出/);
}

describe('practice at 80×24', () => {
  it('etc-toll-card: after "什么意思？" the scammer\'s reply is on screen in full, under a row per open flag', async () => {
    const s = await practise('etc-toll-card');
    await s.waitFor('【ETC】尊敬的车主');
    await s.type('什么意思？\r');
    const frame = await s.waitFor('? 待定');
    expectFits(frame);
    // The title row in Chinese punctuation: "短信：", not "短信: ".
    expect(rows(frame)[0]).toContain('· 短信：“ETC服务”短信 +86');
    expect(joined(frame)).toContain(lastLine('etc-toll-card', ['什么意思？']));
    // Short of space, each open flag is one row; the five of the first text, each once; Tab shows more.
    const open = rows(frame).filter((r) => r.startsWith('? 待定：'));
    expect(open).toEqual(['? 待定：主动找上门的来电或短信', '? 待定：对方知道你的个人信息', '? 待定：“系统升级”“补充信息”', '? 待定：短信里带链接', '? 待定：催促：限时要你马上办']);
    expect(rows(frame).at(-1)).toContain('Tab 展开信号');
  });

  it('Tab shows the flags in full, scrolling under a marker, and the reply still stays in view', async () => {
    const s = await practise('etc-toll-card');
    await s.waitFor('【ETC】尊敬的车主');
    await s.type('什么意思？\r');
    await s.waitFor('? 待定');
    await s.type(TAB);
    const full = await s.waitFor('Tab 收起信号');
    expectFits(full);
    expect(joined(full)).toContain(lastLine('etc-toll-card', ['什么意思？']));
    expect(full).toContain('  你并没有找对方，是对方主动打来电话、发来短信。');
    expect(full).toMatch(/…… 下面还有 \d+ 行 ↓/);
    await s.type(PAGE_DOWN);
    await s.type(PAGE_DOWN);
    await s.type(PAGE_DOWN);
    const end = await s.waitFor('? 待定：催促：限时要你马上办');
    expect(end).toMatch(/…… 上面还有 \d+ 行 ↑/);
    expect(joined(end)).toContain(lastLine('etc-toll-card', ['什么意思？']));
    await s.type(TAB);
    expect(await s.waitFor('Tab 展开信号')).not.toContain('  你并没有找对方');
  });

  it('police-safe-account --choices: 1, ↓ Enter, 2 — the line about the hotel is on screen above its answers', async () => {
    const s = await practise('police-safe-account', { choices: true });
    await s.waitFor('a/Enter');
    await s.type('a');
    await s.waitFor('顺达快递客服');
    await s.type('1');
    await s.waitFor('王建国');
    await s.type(KEYS.down);
    await s.type(KEYS.enter);
    await s.waitFor('检察院');
    await s.type('2');
    const frame = await s.waitFor('好，我谁也不说，现在就去宾馆。');
    expectFits(frame);
    // The number of the answer picked, in Chinese brackets after it.
    expect(frame).toContain('真是我的照片！（#2）');
    const line = lastLine('police-safe-account', [1, 2, 2]);
    expect(line).toContain('宾馆');
    expect(joined(frame)).toContain(line);
    // Issue 13 §4: the same flag, decided on two lines, is named once.
    expect(rows(frame).filter((r) => r.includes('威胁要抓人、起诉'))).toHaveLength(1);
    expect(frame).toMatch(/…… 上面还有 \d+ 行 ↑/);
  });

  it('↑ in an empty reply box scrolls back to the first text; a new reply follows the end again', async () => {
    const s = await practise('etc-toll-card');
    await s.waitFor('【ETC】尊敬的车主');
    await s.type('先放着，现在没空管。\r');
    await s.waitFor('? 待定');
    await s.type('好\r');
    const before = await s.waitFor(/上面还有 \d+ 行/);
    expect(before).not.toContain('尊敬的车主');
    for (let i = 0; i < 10; i++) await s.type(KEYS.up);
    const top = await s.waitFor('尊敬的车主');
    expectFits(top);
    expect(top).toMatch(/…… 下面还有 \d+ 行 ↓/);
    expect(rows(top).at(-1)).toContain('PgUp/PgDn 滚动');
    // Typing is not scrolling: the arrows move the transcript only while the box is empty.
    await s.type('我不信\r');
    const after = await s.waitFor('你：我不信');
    expect(after).not.toMatch(/下面还有/);
  });
});

describe('numbered answers taller than the screen (practice --choices at 80×24)', () => {
  it('give way to the scammer\'s line, which stays whole; the list marks what is below and follows the cursor', async () => {
    const { scenario: long, catalogue } = loadFixture('long-answers');
    screen = await renderAt(<App scenarios={[long]} catalogue={catalogue} scenario={long} defaultId={long.id} lang="zh" mode="coach" choices instant clock={new ManualClock()} />);
    await screen.type('a');
    const first = await screen.waitFor('1. 哎呀');
    expectFits(first);
    // The whole line, under the caller's name, above the list.
    expect(joined(first)).toContain(`银行：${long.turns.greet!.say.zh}`);
    expect(first).toMatch(/│ …… 下面还有 \d+ 行 ↓/);
    expect(first).not.toContain('6. 不用了');
    // ↓ to the last answer: it shows whole (the list scrolls), with a marker for those above.
    for (let i = 0; i < 5; i++) await screen.type(KEYS.down);
    const last = await screen.waitFor('› 6. 不用了');
    expectFits(last);
    expect(last).toMatch(/│ …… 上面还有 \d+ 行 ↑/);
    expect(joined(last).replace(/[│ ]/g, '')).toContain('有事我自己去银行柜台办。');
    expect(joined(last)).toContain(`银行：${long.turns.greet!.say.zh}`);
    await screen.type(KEYS.enter);
    await screen.waitFor('不用了，谢谢。我从来不在电话里');
  });
});
