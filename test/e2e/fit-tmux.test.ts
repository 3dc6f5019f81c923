// The built binary in a real 80×24 terminal, as the field test ran it (issue 13 §1):
// `practice etc-toll-card --lang zh --fast`, then a reply that leaves every flag open and Enter (the field
// test typed "这是真的吗"; the reader now takes that as a doubt, which catches the flags: "什么意思？" is
// the open question). The open flags used to fill the screen and push the scammer's reply off it; the
// reply must be there in full.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/session';
import { reader } from '../../src/classify/reader';
import { loadLibrary } from '../../src/scenario/files';
import { cells } from '../ui/render';
import { e2eSetup, type Pane } from './tmux';

const { cli, dir, start } = e2eSetup('scamdrill-fit');
let pane: Pane | undefined;

/** What the scammer says after this reply, from a session of its own. */
function replyTo(text: string): string {
  const lib = loadLibrary();
  const s = createSession(lib.scenarios.find((x) => x.id === 'etc-toll-card')!, lib.catalogue, { lang: 'zh', reader });
  s.start();
  const lines = s.reply(text).flatMap((e) => (e.type === 'line' ? [`${e.speaker}：${e.text}`] : []));
  return lines.at(-1)!;
}

describe('practice at 80×24 in tmux', () => {
  it('etc-toll-card in Chinese: after "什么意思？" the scammer\'s reply is on screen, whole', async () => {
    const cmd = `env CI=false SCAMDRILL_DATA_DIR='${dir}' '${process.execPath}' '${cli}' practice etc-toll-card --lang zh --fast; echo "EXIT=$?"; sleep 30`;
    pane = start(cmd);
    await pane.waitFor('尊敬的车主');
    await pane.waitFor('Enter 发送');
    pane.keys('什么意思？', 'Enter');
    const screen = await pane.waitFor('? 待定', 20_000);
    const rows = screen.replace(/\n+$/, '').split('\n');
    // The frame is one row short of the terminal, so Ink never has to clear it.
    expect(rows.length).toBeLessThanOrEqual(24);
    for (const r of rows) expect(cells(r), r).toBeLessThanOrEqual(80);
    // tmux wraps nothing here (every row fits), so joining the rows gives each line back whole.
    expect(rows.map((r) => r.trimEnd()).join('')).toContain(replyTo('什么意思？'));
    expect(screen).toContain('你：什么意思？');
    // The open flags, one row each, with the key that shows them in full.
    expect(rows.filter((r) => r.startsWith('? 待定：')).length).toBeGreaterThanOrEqual(5);
    expect(screen).toContain('Tab 展开信号');
    pane.keys('Tab');
    const full = await pane.waitFor('Tab 收起信号');
    expect(full.split('\n').map((r) => r.trimEnd()).join('')).toContain(replyTo('什么意思？'));
  });
});
