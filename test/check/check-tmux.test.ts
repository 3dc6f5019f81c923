// `scamdrill check` from the built binary in a real 80×24 terminal: the full-screen form answered by
// keys (a chunk of keys at once, as tmux sends them), saved; Esc leaves without saving; --plain.
import { describe, expect, it } from 'vitest';
import { loadForms } from '../../src/check/files';
import { e2eSetup, Pane } from '../e2e/tmux';

const { cli, dir, name, start } = e2eSetup('scamdrill-check');
const forms = loadForms().forms!;
const run = (args: string) => `env CI=false NO_COLOR=1 '${process.execPath}' '${cli}' check ${args} --data-dir '${dir}'; echo "EXIT=$?"; sleep 30`;

describe('scamdrill check in tmux', () => {
  it('answers form A by keys and saves it', async () => {
    const pane = start(run('--name Li --group tmux --lang en'));
    const first = await pane.waitFor('Message 1 of 12');
    expect(first).toContain('Scam or legitimate? Form A');
    expect(first).toContain('s scam');
    for (const l of first.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    // Three messages a chunk, the way a fast typist (or a paste) sends keys.
    const keys = forms.A.items.map((i) => `${i.kind === 'scam' ? 's' : 'l'}3`);
    for (let i = 0; i < keys.length; i += 3) {
      pane.keys(keys.slice(i, i + 3).join(''));
      await pane.waitFor(i + 3 < keys.length ? `Message ${i + 4} of 12` : 'All 12 answered.');
    }
    expect(pane.capture(true)).not.toMatch(/\u001b\[[0-9;]*(3[0-8]|9[0-7])[;m]/);
    pane.keys('Enter');
    const after = await pane.waitFor('EXIT=0');
    expect(after).toContain('Saved: Li, form A, before training: 12 of 12 right.');
  });

  it('Esc leaves without saving (exit 1); --plain takes answers line by line', async () => {
    const esc = Pane.start(`${name}-esc`, run('--name Wang --group tmux --lang zh'));
    try {
      await esc.waitFor('第 1 条，共 12 条');
      esc.keys('s', 'Escape');
      expect(await esc.waitFor('EXIT=1')).toContain('未保存：你在答完之前退出了。');
    } finally {
      esc.kill();
    }
    const plain = Pane.start(`${name}-plain`, run('--name Li --group tmux --plain --lang en'));
    try {
      await plain.waitFor('s scam · l legitimate · b back');
      for (const item of forms.B.items) {
        plain.keys(item.kind === 'scam' ? 's' : 'l', 'Enter', '2', 'Enter');
      }
      await plain.waitFor('All 12 answered.');
      plain.keys('Enter');
      expect(await plain.waitFor('EXIT=0')).toContain('Saved: Li, form B, after training: 12 of 12 right.');
    } finally {
      plain.kill();
    }
  });
});
