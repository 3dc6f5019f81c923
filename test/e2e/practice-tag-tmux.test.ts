// `practice --tag` in a real terminal: the picker offers only the scenarios with that tag (here the
// ones for students), and --plain, which has no picker, says to name a scenario instead.
import { describe, expect, it } from 'vitest';
import { e2eSetup } from './tmux';

const { cli, dir: dataDir, start } = e2eSetup('scamdrill-e2e-tag');

describe('scamdrill practice --tag', () => {
  it('the picker offers only the scenarios with the tag', async () => {
    const pane = start(`env CI=false NO_COLOR=1 SCAMDRILL_DATA_DIR='${dataDir}' '${process.execPath}' '${cli}' practice --tag students --fast --lang en; sleep 30`);
    const picker = await pane.waitFor('Selling your game account');
    for (const title of ['Part-time "likes for cash" tasks', 'Concert tickets from a second-hand seller', 'Cancel your student loan']) expect(picker).toContain(title);
    expect(picker).not.toContain('Lost parcel refund');
    expect(picker).not.toContain('diabetes');
    pane.kill(); // this file's one pane name is free again for the next test
  });

  it('--plain has no picker: a one-line usage error', async () => {
    const pane = start(`'${process.execPath}' '${cli}' practice --plain --tag students; echo "EXIT=$?"; sleep 30`);
    const screen = await pane.waitFor('EXIT=');
    // The 80-column pane wraps the line; the message is one line.
    expect(screen.replace(/\n/g, '')).toContain('scamdrill: --plain has no picker to filter: name a scenario ("scamdrill list --tag students" shows them)EXIT=2');
  });
});
