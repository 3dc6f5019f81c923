// Odd things people paste into the reply box of the built binary in a real terminal: the program
// keeps running and the reply arrives as text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eSetup, tmux, type Pane } from './tmux';

const { cli, fixture, dir, name, start } = e2eSetup('scamdrill-odd');
let pane: Pane | undefined;

function paste(text: string): void {
  const file = join(dir, 'paste.txt');
  writeFileSync(file, text);
  tmux(['load-buffer', '-b', name, file]);
  tmux(['paste-buffer', '-d', '-b', name, '-t', name]);
}

describe('odd replies in the reply box', () => {
  it('a pasted colour code is not a key: no crash, the text arrives', async () => {
    const cmd = `env CI=false SCAMDRILL_DATA_DIR='${dir}' '${process.execPath}' '${cli}' practice '${fixture}' --fast --lang en; echo "EXIT=$?"; sleep 30`;
    pane = start(cmd);
    await pane.waitFor('Incoming call');
    pane.keys('a');
    await pane.waitFor('Ms. Li');
    paste('\u001b[31mred\u001b[0m alert \u001b[99;5~done');
    pane.keys('Enter');
    const screen = await pane.waitFor(/You: .*done|EXIT=/);
    expect(screen).not.toContain('TypeError');
    expect(screen).not.toContain('EXIT=');
    expect(screen).toContain('You: red alert done');
    pane.keys('Escape');
    await pane.waitFor('Leave? y/n');
    pane.keys('y');
    await pane.waitFor('EXIT=0');
  });
});
