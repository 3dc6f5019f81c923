// Chinese on screen at 80 and 60 columns: the speaker's label stays on the row where the line
// starts, no row starts with 。or ，, and nothing is wider than the terminal.
import { Box, Text } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import { Transcript, transcriptRows } from '../../src/practice/components/Transcript';
import { FlagPanel, panelRows } from '../../src/practice/components/FlagPanel';
import { viewAt, viewFromBottom } from '../../src/ink/scroll';
import type { Item } from '../../src/practice/practice-state';
import { cells, fixtures, renderAt, renderPractice, type Screen } from './render';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const LINE = '您好，我是平台客服，您在3月12号购买的商品出现质量问题，我们将给您办理双倍理赔，请您先下载我们的理赔App，按照提示填写银行卡号，然后把收到的验证码告诉我，整个过程大约需要5分钟，请不要挂断电话，也不要告诉其他人。';

const rowsOf = (frame: string) => frame.split('\n').map((r) => r.trimEnd());

function expectCleanRows(frame: string, columns: number) {
  for (const row of rowsOf(frame)) {
    expect(cells(row), row).toBeLessThanOrEqual(columns);
    // Borders and indents come first; the text on the row must not start with closing punctuation.
    expect(row.replace(/^[\s│─┌┐╭╮]+/u, ''), row).not.toMatch(/^[。，、！？；：）》」』]/u);
  }
}

describe.each([80, 60])('Chinese at %i columns', (columns) => {
  it('keeps the speaker label on the row where a long line starts', async () => {
    const items: Item[] = [
      { kind: 'line', speaker: '平台客服', text: LINE, channel: 'call', step: 1 },
      { kind: 'you', text: '好的，我的卡号是6222 0212 3456 7890。' },
      { kind: 'line', speaker: '平台客服', text: LINE, channel: 'call', step: 2 },
    ];
    const { rows: lines } = transcriptRows(items, 'zh', columns);
    screen = await renderAt(
      <Box flexDirection="column" width={columns} height={20}>
        <Text>TITLE</Text>
        <Transcript rows={lines} height={18} view={viewFromBottom(lines.length, 18, 0)} lang="zh" />
        <Text>REPLY</Text>
      </Box>,
      { columns },
    );
    const rows = rowsOf(screen.frame());
    const starts = rows.filter((r) => r.includes('平台客服'));
    expect(starts.length).toBeGreaterThan(0);
    for (const r of starts) expect(r.startsWith('平台客服：您好，我是平台客服')).toBe(true);
    // The first row is filled, not cut after the label.
    expect(cells(starts.at(-1)!)).toBeGreaterThanOrEqual(columns - 2);
    expect(rows.some((r) => r.startsWith('你：好的'))).toBe(true);
    // 3月12号 is not split between rows.
    expect(rows.join('\n')).toContain('12号');
    expect(rows.at(-1)).toBe('REPLY');
    expectCleanRows(screen.frame(), columns);
  });

  it('wraps the coach panel by the same rules', async () => {
    const lib = fixtures();
    const flags = Object.keys(lib.catalogue.flags).slice(0, 3);
    const judged = flags.map((flag) => ({ flag, verdict: 'missed' as const, critical: false, turn: 'a', step: 1 }));
    const rows = panelRows(judged, { scenario: lib.scenarios[0]!, catalogue: lib.catalogue, lang: 'zh' }, columns, 'full');
    screen = await renderAt(
      <Box flexDirection="column" width={columns}>
        <FlagPanel rows={rows} height={rows.length + 1} view={viewAt(rows.length, rows.length, 0)} lang="zh" />
      </Box>,
      { columns },
    );
    expect(screen.frame()).toContain('✘ 漏掉：');
    expectCleanRows(screen.frame(), columns);
  });

  it('a whole practice in Chinese, from the call to the debrief', async () => {
    screen = await renderPractice({ lang: 'zh', columns });
    // Frames drawn before the test terminal took its size are 80 wide.
    const from = screen.frames.length;
    await screen.type('a');
    await screen.waitFor('平台客服：您好');
    const first = rowsOf(screen.frame()).find((r) => r.includes('平台客服：'))!;
    expect(first.trimStart().startsWith('平台客服：您好，是李女士吗？')).toBe(true);
    for (let i = 0; i < 6 && !screen.frame().includes('钱被转走'); i++) await screen.type('好的\r');
    await screen.waitFor('钱被转走');
    await screen.type('\r');
    await screen.waitFor('复盘：');
    for (const f of screen.frames.slice(from).filter(Boolean)) expectCleanRows(f, columns);
  });
});
