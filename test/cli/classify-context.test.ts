// `scamdrill classify --context`: one JSON object a line, {"caller","reply"}; the output contract
// is the same as without it, and a bad line is named by its number, never echoed (it may hold a secret).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers';

beforeAll(() => {
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
});

const line = (caller: string, reply: string) => JSON.stringify({ caller, reply });

describe('scamdrill classify --context', () => {
  it('reads each reply against its caller line', () => {
    const input = [line('电话别挂，我们马上处理', '在的在的，我不挂电话'), line('请提供一下您的银行卡号', '好的，那我怎么提供呢？')].join('\n');
    const r = cli(['classify', '--context', '--json'], { input });
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { intent: string });
    expect(rows.map((x) => x.intent)).toEqual(['comply', 'comply']);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['confidence', 'intent', 'leaks']);
  });
  it('plain output: intent, confidence, kinds and the redacted reply', () => {
    const r = cli(['classify', '--context'], { input: `${line('Read me the code', 'ok the code is 482917')}\n` });
    expect(r.stdout).toMatch(/^comply 0\.\d\d {2}\[code\] {2}ok the code is \[code ••••••\]\n$/);
    expect(r.stdout).not.toContain('482917');
  });
  it('a line that is not {"caller","reply"}: its number on stderr, never its text, exit 1; the others are read', () => {
    const r = cli(['classify', '--context', '--json'], { input: `my code is 482917\n${line('', 'no')}\n{"caller":"x"}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^line 1: not JSON/m);
    expect(r.stderr).toMatch(/^line 3: no "reply" text/m);
    expect(r.stderr + r.stdout).not.toContain('482917');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('without --context, plain lines are read as before', () => {
    const r = cli(['classify', '--json'], { input: "I won't give you the code\n" });
    expect(JSON.parse(r.stdout)).toMatchObject({ intent: 'refuse', leaks: [] });
  });
});
