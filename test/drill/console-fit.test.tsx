// The trainer console at 80×24 (issue 13 §1): the end summary of a drill with many people is taller
// than the screen. Its first lines, the room's outcome among them, stay on screen, and the rest
// scrolls into view under a marker instead of being pushed off the top of the terminal.
import { afterEach, describe, expect, it } from 'vitest';
import { TrainerConsole } from '../../src/drill/console/TrainerConsole';
import { DEFAULT_LIMITS } from '../../src/drill/gate';
import { joinAs, testHost, type TestHost } from './helpers';
import { renderAt, type Screen } from '../ui/render';

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
