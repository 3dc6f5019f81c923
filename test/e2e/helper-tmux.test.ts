// practice --role helper, the built binary in a real 80×24 terminal: the full screen without colour
// (NO_COLOR beats FORCE_COLOR), and --plain line by line.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { e2eSetup, Pane, tmux } from './tmux';

const { cli, root, dir, name } = e2eSetup('scamdrill-helper');
const tiny = join(root, 'test', 'fixtures', 'good', 'tiny.yaml');
let pane: Pane | undefined;
afterEach(() => pane?.kill());

const run = (args: string) => `env CI=false FORCE_COLOR=1 NO_COLOR=1 SCAMDRILL_DATA_DIR='${dir}' '${process.execPath}' '${cli}' practice '${tiny}' --role helper ${args}; echo "EXIT=$?"; sleep 30`;

describe('practice --role helper in tmux', () => {
  it('full screen: the person asks, the advice is typed, the debrief lists it; no colour, nothing wider than 80', async () => {
    pane = Pane.start(`${name}-full`, run('--fast'));
    const asked = await pane.waitFor('Mrs Wang (to you): He says he needs the code. Should I give it to him?');
    expect(asked).toContain('Tiny bank call · you are helping Mrs Wang');
    expect(asked).toContain('Enter advise');
    pane.keys("No, don't give him the code.", 'Enter');
    const over = await pane.waitFor('The conversation is over.');
    expect(over).toContain('✔ caught: Asks for a verification code');
    pane.keys('Enter');
    const debrief = await pane.waitFor('Your advice, each time Mrs Wang asked:');
    expect(debrief).toContain('Outcome: safe');
    for (const l of debrief.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    expect(pane.capture(true)).not.toMatch(/\u001b\[[0-9;]*(3[0-8]|9[0-7])[;m]/);
    pane.keys('q');
    const after = await pane.waitFor('EXIT=0');
    expect(after).toContain('Tiny bank call, helping Mrs Wang: safe, 100/100');
  });

  it('--plain: line by line, the advice after the question, the advice summary and debrief at the end', async () => {
    pane = Pane.start(`${name}-plain`, run('--plain'));
    await pane.waitFor('Mrs Wang (to you): He says he needs the code.');
    pane.keys('Yes, give him the code.', 'Enter');
    await pane.waitFor('EXIT=0');
    // The whole run, scrollback included: more than a screenful.
    const end = tmux(['capture-pane', '-p', '-S', '-', '-t', pane.name], { encoding: 'utf8' });
    expect(end).toMatch(/^Tiny bank call — you are helping Mrs Wang$/m);
    expect(end).toContain('Mrs Wang: The code is [code ••••••].');
    expect(end).toContain('✘ missed: Asks for a verification code');
    expect(end).toContain('Outcome: money lost');
    expect(end).not.toContain('482913');
  });
});
