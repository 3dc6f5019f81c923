// A paste of several lines in a real terminal is one reply, full screen and --plain (issue 13 §6);
// and --plain has a title, prints a typed reply once, and keeps a wrapped line's indent.
import { describe, expect, it } from 'vitest';
import { e2eSetup, Pane } from './tmux';

const { cli, fixture, name } = e2eSetup('scamdrill-paste');
const run = (args: string) => `env CI=false NO_COLOR=1 '${process.execPath}' '${cli}' practice '${fixture}' --fast --lang en ${args}; echo "EXIT=$?"; sleep 30`;
// tmux send-keys types a newline in the text as Enter: the three lines reach the program in one write, as a paste does.
const PASTE = 'Who are you?\nI never ordered\nanything.\n';
const settle = () => new Promise((r) => setTimeout(r, 600));

describe('a pasted multi-line reply in tmux', () => {
  it('full screen: one reply, its lines joined', async () => {
    const pane = Pane.start(`${name}-ink`, run(''));
    try {
      await pane.waitFor('Incoming call');
      pane.keys('a');
      await pane.waitFor('Ms. Li');
      pane.keys(PASTE);
      const screen = await pane.waitFor('verification code');
      expect(screen).toContain('You: Who are you? I never ordered anything.');
      await settle();
      // Three replies would have been three "You:" lines, the last two taking the call to its end.
      expect(pane.capture().match(/You:/g)).toHaveLength(1);
      expect(pane.capture()).not.toContain('The money is gone.');
    } finally {
      pane.kill();
    }
  });

  it('--plain: a title, each reply once, wrapped lines indented, a paste one reply', async () => {
    const pane = Pane.start(`${name}-plain`, run('--plain'));
    try {
      const start = await pane.waitFor('Ms. Li');
      const rows = start.split('\n');
      expect(rows.slice(0, 2)).toEqual(['Test refund call', 'Type your reply and press Enter; /quit leaves.']);
      // "Customer service: Hello, … refund you double." is 93 columns: its second row is indented, no word cut.
      const at = rows.findIndex((r) => r.startsWith('Customer service: Hello'));
      expect(rows[at + 1]).toMatch(/^ {2}\S.*double\.$/);
      expect(`${rows[at]} ${rows[at + 1]!.trim()}`).toBe('Customer service: Hello, is this Ms. Li? Your parcel was lost and we will refund you double.');

      pane.keys(PASTE);
      const screen = await pane.waitFor('verification code');
      await settle();
      const after = pane.capture();
      // The terminal echoed the three lines as they were pasted; the program does not print them again.
      expect(screen).toContain('> Who are you?\nI never ordered\nanything.\n');
      expect(after).not.toContain('You:');
      expect(after.match(/Customer service:/g)).toHaveLength(2);
      expect(after).not.toContain('The money is gone.');

      pane.keys('/quit', 'Enter');
      expect(await pane.waitFor('EXIT=0')).toContain('Debrief');
    } finally {
      pane.kill();
    }
  });
});
