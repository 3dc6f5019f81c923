// Odd things people paste into the reply box of the built binary in a real terminal: the program
// keeps running and the reply arrives as text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pane, tmux } from './tmux';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixture = join(root, 'test', 'fixtures', 'ui', 'ui-refund-call.yaml');
const dir = mkdtempSync(join(tmpdir(), 'scamdrill-odd-'));
const name = `scamdrill-odd-${process.pid}`;
let pane: Pane | undefined;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root });
});

afterAll(() => {
  pane?.kill();
  rmSync(dir, { recursive: true, force: true });
});

function paste(text: string): void {
  const file = join(dir, 'paste.txt');
  writeFileSync(file, text);
  tmux(['load-buffer', '-b', name, file]);
  tmux(['paste-buffer', '-d', '-b', name, '-t', name]);
}

describe('odd replies in the reply box', () => {
  it('a pasted colour code is not a key: no crash, the text arrives', async () => {
    const cmd = `env CI=false SCAMDRILL_DATA_DIR='${dir}' '${process.execPath}' '${cli}' practice '${fixture}' --fast --lang en; echo "EXIT=$?"; sleep 30`;
    pane = Pane.start(name, cmd);
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
    await pane.waitFor('EXIT=0');
  });
});
