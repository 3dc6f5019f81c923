// play --role helper: the answers file holds the learner's advice, one line each time the simulated
// person asks. The built CLI, as a trainer preparing a lesson would run it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'scamdrill-helper-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const TINY = fixture('good', 'tiny.yaml');
const HELPER = fixture('good', 'helper.yaml');

describe('play --role helper', () => {
  it('good advice: the transcript shows the person asking, the advice and how it was read, the flag caught, the person safe', () => {
    const r = cli(['play', TINY, '--role', 'helper', '--answers', file('good.txt', "// the person asks about the code\nNo, don't give him the code.\n")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Scenario: Tiny bank call (tiny) — you are helping Mrs Wang');
    expect(r.stdout).toContain('Mrs Wang (to you): He says he needs the code. Should I give it to him?');
    expect(r.stdout).toContain("You: No, don't give him the code.  [refuses]");
    expect(r.stdout).toContain('Mrs Wang: I will not give you any code.');
    expect(r.stdout).toContain('Your advice, each time Mrs Wang asked:');
    expect(r.stdout).toMatch(/1\. He says he needs the code\. Should I give it to him\?\n {3}You: No, don't give him the code\. {2}\[read as: refuses\]\n {3}✔ caught: Asks for a verification code/);
    expect(r.stdout).toContain('Outcome: safe');
    // The line the person answered alone is not the learner's: its flags are not marked.
    expect(r.stdout).not.toMatch(/Unexpected contact — /);
  });

  it('bad advice in Chinese: the person reads out the code (masked), money is lost, the flag missed', () => {
    const r = cli(['play', TINY, '--role', 'helper', '--answers', file('bad.txt', '好的，把验证码给他吧。\n')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('王阿姨（问你）：他说要验证码，我要不要给？');
    expect(r.stdout).toContain('王阿姨: 验证码是[验证码 ••••••]。');
    expect(r.stdout).toContain('王阿姨的结局：你的账户被转走了5000元。');
    expect(r.stdout).toMatch(/✘ 漏掉：/);
    expect(r.stdout).not.toContain('482913');
  });

  it('JSON: role, the person\'s turns, and each piece of advice with its verdicts', () => {
    const r = cli(['play', HELPER, '--role', 'helper', '--answers', file('mixed.txt', "#1\nNo, don't move any money.\n"), '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ role: 'helper', outcome: 'safe', caught: 2, missed: 1 });
    expect(j.turns.map((t: { role: string }) => t.role)).toEqual(['caller', 'person', 'caller', 'asks', 'learner', 'person', 'caller', 'asks', 'learner', 'person']);
    expect(j.advice.map((a: { turn: string; advice: { intent: string } }) => `${a.turn}:${a.advice.intent}`)).toEqual(['secret:comply', 'transfer:refuse']);
  });

  it('grades a folder of advice files, one learner each', () => {
    const class3 = mkdtempSync(join(tmpdir(), 'scamdrill-helper-class-'));
    writeFileSync(join(class3, 'ann.txt'), "No, don't give him the code.\n");
    writeFileSync(join(class3, 'bo.txt'), 'Yes, give him the code.\n');
    const r = cli(['play', TINY, '--role', 'helper', '--answers-dir', class3, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split(/\r?\n/);
    expect(rows.find((x) => x.startsWith('ann,'))).toMatch(/^ann,[^,]*,safe,1,0,/);
    expect(rows.find((x) => x.startsWith('bo,'))).toMatch(/^bo,[^,]*,loss,0,1,/);
  });

  it('a wrong line is reported at its line, without a stack trace; so is a use it does not have', () => {
    const wait = cli(['play', TINY, '--role', 'helper', '--answers', file('wait.txt', '\n@wait 30s\n')]);
    expect(wait.code).toBe(1);
    expect(wait.stderr).toMatch(/wait\.txt:2: @wait 30s: in the helper role the person waits for your advice; write the advice instead\n$/);
    const md = cli(['play', TINY, '--role', 'helper', '--answers', file('ok.txt', 'No.\n'), '--format', 'md']);
    expect(md.code).toBe(2);
    expect(md.stderr).toContain('--role helper plays answers files');
    expect(md.stderr).not.toMatch(/\n\s+at /);
    const role = cli(['play', TINY, '--role', 'boss', '--answers', file('ok2.txt', 'No.\n')]);
    expect(role.code).toBe(2);
  });
});
