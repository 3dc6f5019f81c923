// The trainer console of the built binary in a real 80×24 terminal (issue 13 §1): a long line in
// Chinese and the join QR code asked for (j) are more than the screen holds. The terminal shows the
// QR code whole under a marker for what is above, the keys say how to scroll, ↑ scrolls up to the
// join details, and j again brings the line and its answers back. Nothing is pushed off the top.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinLink } from '../../src/drill/public-url';
import { qrRows } from '../../src/drill/qr';
import { cells } from '../ui/render';
import { e2eSetup, type Pane } from './tmux';

const { cli, dir, root, start } = e2eSetup('scamdrill-console');
let pane: Pane | undefined;

const rowsOf = (screen: string) => screen.replace(/\n+$/, '').split('\n');

describe('the trainer console at 80×24 in tmux', () => {
  it('fits a long Chinese line and the QR code, marks what is cut, and scrolls back to the join details', async () => {
    const long = join(root, 'test', 'drill', 'fixtures', 'drill-long.yaml');
    pane = start(`env CI=false '${process.execPath}' '${cli}' drill host '${long}' --lang zh --port 0 --data-dir '${dir}'; echo "EXIT=$?"; sleep 30`);
    const first = await pane.waitFor(/加入码 ([A-Z]{6})[\s\S]*只为保护您。/, 20_000);
    const code = /加入码 ([A-Z]{6})/.exec(first)![1]!;
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(first)![0];
    pane.keys('j');
    const qr = qrRows(joinLink(url, code)).map((r) => r.trim()).filter(Boolean);
    const withQr = await pane.waitFor(qr.at(-1)!);
    const rows = rowsOf(withQr);
    expect(rows.length).toBeLessThanOrEqual(24);
    for (const r of rows) expect(cells(r), r).toBeLessThanOrEqual(80);
    for (const q of qr) expect(withQr).toContain(q);
    expect(rows[0]).toMatch(/^…… 上面还有 \d+ 行 ↑/);
    expect(withQr).toContain('↑↓ PgUp/PgDn 滚动');
    // ↑ as far as it goes (each key moves a row; the view stops at the top): the join details.
    pane.keys(...Array<string>(30).fill('Up'));
    const top = await pane.waitFor(new RegExp(`^scamdrill 集体演练  加入码 ${code}`));
    expect(top).toMatch(/…… 下面还有 \d+ 行 ↓/);
    expect(rowsOf(top).length).toBeLessThanOrEqual(24);
    // j hides the code again: the line and its answers, all of it on screen, nothing to mark.
    pane.keys('j');
    // The screen before j holds the line too: wait for the marker to be gone (a bounded poll).
    let line = pane.capture();
    for (const until = Date.now() + 10_000; /还有 \d+ 行/.test(line) && Date.now() < until; line = pane.capture()) await new Promise((r) => setTimeout(r, 50));
    expect(rowsOf(line).map((r) => r.trimEnd()).join('')).toContain('您好，这里是银行，您的账户有问题。');
    expect(line).toContain('只为保护您。');
    expect(line).not.toContain(qr[3]!);
    expect(line).toMatch(/1\. 啊，那怎么办？[\s\S]*3\. 不用了。/);
    expect(line).not.toMatch(/还有 \d+ 行/);
    pane.keys('q');
    await pane.waitFor('EXIT=0');
  });
});
