// The built binary in a real 80×24 terminal: answer a call, type replies, see a missed flag,
// reach the debrief, quit, and find the session in the history.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { e2eSetup, type Pane } from './tmux';

const { cli, fixture, dir: dataDir, start } = e2eSetup('scamdrill-e2e');
let pane: Pane | undefined;

const lines = (screen: string) => screen.split('\n');

describe('scamdrill practice in tmux', () => {
  it('answers a call, flags a careless reply, shows the debrief, saves it', async () => {
    const cmd = `env CI=false FORCE_COLOR=1 NO_COLOR=1 SCAMDRILL_DATA_DIR='${dataDir}' '${process.execPath}' '${cli}' practice '${fixture}' --fast --lang en; echo "EXIT=$?"; sleep 30`;
    pane = start(cmd);

    const call = await pane.waitFor('Incoming call');
    expect(call).toContain('+86 400 000 0000');
    expect(call).toContain('a/Enter answer');

    pane.keys('a');
    await pane.waitFor('Ms. Li');
    pane.keys("Yes that's me, how do I get the refund?", 'Enter');
    const missed = await pane.waitFor('✘ missed');
    expect(missed).toContain('Unexpected contact');
    expect(missed).toContain("You: Yes that's me");

    pane.keys('ok, yes', 'Enter');
    await pane.waitFor('The money is gone.');
    pane.keys('Enter');
    const debrief = await pane.waitFor('Debrief');
    expect(debrief).toMatch(/Outcome: money lost/);
    expect(debrief).toContain('r try again');
    for (const l of lines(debrief)) expect(l.length).toBeLessThanOrEqual(80);
    // NO_COLOR wins even over FORCE_COLOR: no colour sequences on screen (SGR 30–38, 90–97).
    expect(pane.capture(true)).not.toMatch(/\u001b\[[0-9;]*(3[0-8]|9[0-7])[;m]/);

    pane.keys('q');
    const after = await pane.waitFor('EXIT=0');
    // Back on the normal screen: the practice screen is gone, a one-line summary remains.
    expect(after).not.toContain('r try again');
    expect(after).toMatch(/Test refund call: money lost, \d+\/100/);

    const history = JSON.parse(execFileSync(process.execPath, [cli, 'history', '--json', '--data-dir', dataDir], { encoding: 'utf8' }));
    expect(history.sessions).toHaveLength(1);
    expect(history.sessions[0]).toMatchObject({ scenario: 'ui-refund-call', outcome: 'loss' });

    const text = execFileSync(process.execPath, [cli, 'history', '--data-dir', dataDir], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(text).toMatch(/ui-refund-call\s+money lost\s+\d+\/100/);
    expect(text).toContain('Red flags you keep missing');
    expect(text).toMatch(/To train ".+": scamdrill practice [a-z-]+/);
  });

  it('without a terminal on stdin it explains how to play from a file and exits 2', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [cli, 'practice', fixture], { input: '', encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(2);
    expect(stderr).toContain('--answers');
  });
});
