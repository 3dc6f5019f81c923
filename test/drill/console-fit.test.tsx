// The trainer console at 80×24 (issue 13 §1). The end summary of a drill with many people is taller
// than the screen: its first lines, the room's outcome among them, stay on screen, and the rest
// scrolls into view under a marker instead of being pushed off the top of the terminal. The live
// view with a long line, a full room, a tie, revealed flags and the QR code fits the screen too:
// the line, its answers and the tie prompt stay in view, and what does not fit is marked.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TrainerConsole } from '../../src/drill/console/TrainerConsole';
import { DEFAULT_LIMITS } from '../../src/drill/gate';
import { joinLink } from '../../src/drill/public-url';
import { qrRows } from '../../src/drill/qr';
import { joinAs, testHost, type TestHost } from './helpers';
import { KEYS, renderAt, type Screen } from '../ui/render';

let host: TestHost | undefined;
let screen: Screen | undefined;
const conns: { close(): void }[] = [];
afterEach(async () => {
  screen?.unmount();
  for (const c of conns.splice(0)) c.close();
  await host?.stop();
  host = screen = undefined;
});

const PAGE_DOWN = '\u001b[6~';

describe('the trainer console at 80×24', () => {
  it('keeps the end summary\'s first lines on screen and scrolls to its last', async () => {
    // Everyone joins from 127.0.0.1 here: lift the per-address cap a real room never meets.
    host = await testHost({}, undefined, { limits: { ...DEFAULT_LIMITS, perAddress: 100 } });
    screen = await renderAt(<TrainerConsole url={`http://${host.address}`} joinUrl={`http://${host.address}`} code={host.host.code} drillId={host.host.drillId} secret={host.secret} lang="en" />);
    for (let i = 1; i <= 24; i++) conns.push((await joinAs(host.address, host.host.code, `Person ${i}`)).conn);
    await screen.waitFor('24:Person 24', 5000);
    await screen.type('e');
    await screen.type('y');
    await screen.waitFor(/Drill over \(stopped\) — room outcome/, 5000);
    // Every frame of the summary: never taller than the screen, never cut without its marker.
    const from = screen.frames.findIndex((f) => f.includes('Drill over'));
    for (const f of screen.frames.slice(from)) {
      expect(f.split('\n').length).toBeLessThanOrEqual(23);
      expect(f).toMatch(/more lines ↓/);
    }
    const end = screen.frame();
    const rows = end.split('\n');
    // One row short of the terminal, the summary's first line on top, a marker where it goes on.
    expect(rows.length).toBeLessThanOrEqual(23);
    expect(rows[0]).toMatch(/^Drill over \(stopped\) — room outcome: unfinished/);
    expect(end).toMatch(/… \d+ more lines ↓/);
    expect(rows.at(-1)).toBe('q to close  ·  ↑↓ PgUp/PgDn scroll');
    await screen.type(PAGE_DOWN);
    await screen.type(PAGE_DOWN);
    const last = await screen.waitFor(/and 4 more \(scamdrill drill export/);
    expect(last).toMatch(/^… \d+ more lines ↑/);
    expect(last).not.toMatch(/more lines ↓/);
    expect(last.split('\n').length).toBeLessThanOrEqual(23);
  });
});

const ANSI = /\u001b\[[0-9;]*m/g;
const LONG = join(import.meta.dirname, 'fixtures', 'drill-long.yaml');

describe('the trainer console\'s live view at 80×24', () => {
  it('keeps a long line, its answers and the tie prompt in view with 40 people in, marks what is cut, and scrolls to the rest', async () => {
    host = await testHost({ lang: 'zh' }, LONG, { limits: { ...DEFAULT_LIMITS, perAddress: 100 } });
    const joinUrl = `http://${host.address}`;
    screen = await renderAt(<TrainerConsole url={joinUrl} joinUrl={joinUrl} code={host.host.code} drillId={host.host.drillId} secret={host.secret} lang="zh" />);
    const people = [];
    for (let i = 1; i <= 40; i++) people.push(await joinAs(host.address, host.host.code, `学员${i}号`));
    conns.push(...people.map((x) => x.conn));
    await screen.waitFor('40:学员40号');
    people[0]!.conn.send({ t: 'choose', step: 1, choice: 1 });
    people[1]!.conn.send({ t: 'choose', step: 1, choice: 3 });
    await screen.waitFor('平票：按 1–3 选择（#1 · #3）');
    await screen.type('r');
    await screen.waitFor('这句话里的危险信号');
    const from = screen.frames.length - 1;
    await screen.type('j');
    // Its rows as the terminal shows them: the light margin at their ends is the terminal's own.
    const qr = qrRows(joinLink(joinUrl, host.host.code)).map((r) => r.trim()).filter(Boolean);
    await screen.waitFor(qr[0]!);
    const line = '银行：您好，这里是银行，您的账户有问题。';
    for (const f of screen.frames.slice(from).map((x) => x.replace(ANSI, ''))) {
      expect(f.split('\n').length).toBeLessThanOrEqual(23);
      // Something is always cut here (the room is too big): a marker says where, and the keys how to scroll.
      expect(f).toMatch(/…… (上|下)面还有 \d+ 行/);
      expect(f).toMatch(/↑↓ PgUp\/PgDn 滚动/);
    }
    // The QR code asked for shows whole, every row of it.
    const withQr = screen.frame().replace(ANSI, '');
    for (const row of qr) expect(withQr).toContain(row);
    await screen.type('j');
    const back = await screen.waitFor(/答案?|平票/);
    const plain = back.replace(ANSI, '');
    // The line in full (its first and last words), each answer, the tally and the tie prompt.
    expect(plain).toContain(line.slice(0, 10));
    expect(plain).toContain('只为保护您。');
    for (const c of ['1. 啊，那怎么办？', '2. 哪个银行？什么问题？', '3. 不用了。']) expect(plain).toContain(c);
    expect(plain).toContain('已回答 2 · 未回答 38');
    expect(plain).toContain('平票：按 1–3 选择（#1 · #3）');
    expect(plain).toMatch(/^…… 上面还有 \d+ 行 ↑/);
    // ↑ scrolls back to the join details at the top, ↓ down to the revealed flags.
    for (let i = 0; i < 40 && !screen.frame().includes(`加入码 ${host.host.code}`); i++) await screen.type(KEYS.up);
    const top = screen.frame().replace(ANSI, '');
    expect(top.split('\n')[0]).toContain(`加入码 ${host.host.code}`);
    // In Chinese punctuation: "加入地址：…（或：…）", "参加者：40".
    expect(top.replace(/\n/g, '')).toContain(`加入地址：${joinUrl} （或：scamdrill drill join ${host.address} --code ${host.host.code} --name 名字）`);
    expect(top).toContain('参加者：40 （40 人在线）');
    expect(top).toMatch(/…… 下面还有 \d+ 行 ↓/);
    for (let i = 0; i < 40 && screen.frame().includes('下面还有'); i++) await screen.type(KEYS.down);
    expect(screen.frame().match(/• .+ — 40 人中 \d+ 人识破/g)).toHaveLength(3);
  });
});
