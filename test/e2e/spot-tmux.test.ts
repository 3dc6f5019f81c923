// `scamdrill spot` built, in a real 80×24 terminal: mark a line with Space, leave one unmarked,
// read the review of a scam and of a real call, reach the result, quit; and the --plain version.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eSetup, Pane } from './tmux';

const { cli, root, name, start } = e2eSetup('scamdrill-spot');
const SCAM = join(root, 'test', 'fixtures', 'spot', 'spot-scam.yaml');
const REAL = join(root, 'test', 'fixtures', 'spot', 'spot-real.yaml');
const run = (args: string) => `env CI=false FORCE_COLOR=1 NO_COLOR=1 '${process.execPath}' '${cli}' spot '${SCAM}' '${REAL}' --seed 1 ${args}; echo "EXIT=$?"; sleep 30`;

/** Every row of the screen fits in 80 columns (tmux would wrap a longer one onto the next row). */
const fits = (screen: string) => {
  const rows = screen.replace(/\n$/, '').split('\n');
  expect(rows.length).toBeLessThanOrEqual(24);
  for (const row of rows) expect([...row].length).toBeLessThanOrEqual(80);
};

/** From line `from`, press `keys` on each line of the call until its review (`heading`) shows; returns the review. */
async function throughCall(pane: Pane, from: number, heading: string, keys: string[]): Promise<string> {
  for (let n = from; n <= 12; n++) {
    const screen = pane.capture();
    if (screen.includes(heading)) return screen;
    const line = await pane.waitFor(new RegExp(`Line ${n} · Does this line`));
    fits(line);
    for (const k of keys) {
      pane.keys(k);
      if (k === 'Space') await pane.waitFor('Which red flag is it?');
    }
    await pane.waitFor(new RegExp(`Line ${n + 1} · Does this line|${heading}`));
  }
  return pane.waitFor(heading);
}

describe('scamdrill spot in tmux', () => {
  it('marks lines with Space, reviews each call, shows the result, exits 0 with a summary', async () => {
    const pane = start(run(''));
    const first = await pane.waitFor('Does this line show a red flag?');
    expect(first).toContain('Spot the red flags · call 1 of 2 · "Bank security" +86 171 0000 0001');
    expect(first).toContain('Hello, am I speaking with Ms. Li?');
    expect(first).toContain('Space red flag  ·  Enter no red flag  ·  q quit');
    fits(first);

    // The scam: the greeting unmarked, the security-department line marked (not named), the rest unmarked.
    pane.keys('Enter');
    await pane.waitFor('Line 2 · Does this line');
    pane.keys('Space');
    const naming = await pane.waitFor('Which red flag is it?');
    expect(naming).toMatch(/\n1\. .+\n2\. .+\n3\. .+\n4\. .+\n1-4 choose {2}· {2}Enter skip/);
    fits(naming);
    pane.keys('Enter');
    await pane.waitFor('⚑ red flag');
    const scam = await throughCall(pane, 3, 'call 1 of 2: Bank security call — a scam', ['Enter']);
    expect(scam).toMatch(/ 1 {3}✔ correct rejection +no red flag/);
    expect(scam).toMatch(/ 2 ⚑ ✔ hit +Red flags: Unexpected contact/);
    expect(scam).toMatch(/ 3 {3}✘ miss/);
    expect(scam).toContain('Enter next call');
    fits(scam);

    // The real call: every line marked, so every one is a false alarm.
    pane.keys('Enter');
    await pane.waitFor('call 2 of 2 · Bank card centre 95555');
    const real = await throughCall(pane, 1, 'a real call', ['Space', 'Enter']);
    expect(real).toMatch(/✘ false alarm +no red flag/);
    expect(real).toContain('Enter result');
    fits(real);

    pane.keys('Enter');
    const result = await pane.waitFor('Your result');
    expect(result).toMatch(/Hits 1 · misses \d · false alarms \d · correct rejections 1/);
    expect(result).toMatch(/Discernment d′ = -?\d\.\d\d: no better than guessing/);
    fits(result);
    // NO_COLOR wins even over FORCE_COLOR: no colour sequences on screen (SGR 30–38, 90–97).
    expect(pane.capture(true)).not.toMatch(/\u001b\[[0-9;]*(3[0-8]|9[0-7])[;m]/);

    pane.keys('q');
    const after = await pane.waitFor('EXIT=0');
    expect(after).toMatch(/Spot the red flags: 1 hits, \d false alarms, d′ -?\d\.\d\d \(seed 1\)/);
  });

  it('--plain: one line at a time, x to mark, /quit to stop with what was done so far', async () => {
    // A pane of its own, killed here: the first test's pane is e2eSetup's.
    const pane = Pane.start(`${name}-plain`, run('--plain'));
    try {
      await pane.waitFor('Red flag? x and Enter = yes, Enter = no (/quit to stop)');
      pane.keys('', 'Enter');
      await pane.waitFor('Line 2 · "Bank security"');
      pane.keys('x', 'Enter');
      await pane.waitFor('Which one? 1-4 and Enter, or Enter to skip');
      pane.keys('', 'Enter');
      await pane.waitFor('Line 3 · ');
      pane.keys('/quit', 'Enter');
      const after = await pane.waitFor('EXIT=0');
      expect(after).toMatch(/Hits 1 · misses 0 · false alarms 0 · correct rejections 1/);
      expect(after).toContain('Spot the red flags: 1 hits, 0 false alarms');
      fits(after);
    } finally {
      pane.kill();
    }
  });
});
