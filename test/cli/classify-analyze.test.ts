import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, ROOT } from '../helpers';

const SECRETS = ['6222021234567890128', '6222 0212 3456 7890 128', '482917', '4 8 2 9 1 7', '11010519491231002X', 'sunflower88', '13812345678', '三八二九一四'];
const REPLIES = [
  "I won't give you the code",
  'no, the code is 4 8 2 9 1 7',
  'my card is 6222 0212 3456 7890 128',
  'ID 11010519491231002X',
  'my password is sunflower88',
  '我的手机号是13812345678',
  '验证码是三八二九一四',
  'ok 482917',
];
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(() => {
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
});

describe('scamdrill classify', () => {
  it('--json: one object per line, kinds only, never the secret', () => {
    const r = cli(['classify', '--json'], { input: REPLIES.join('\n') + '\n' });
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { intent: string; confidence: number; leaks: { kind: string }[] });
    expect(rows).toHaveLength(REPLIES.length);
    expect(rows[0]).toEqual({ intent: 'refuse', confidence: expect.any(Number), leaks: [] });
    expect(rows.slice(1).map((x) => x.leaks.map((l) => l.kind))).toEqual([['code'], ['card'], ['id'], ['password'], ['phone'], ['code'], ['code']]);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['confidence', 'intent', 'leaks']);
    for (const s of SECRETS) expect(r.stdout).not.toContain(s);
  });
  it('plain: intent, confidence, kinds and the redacted reply', () => {
    const r = cli(['classify'], { input: REPLIES.join('\n') });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^refuse 0\.\d\d  I won't give you the code$/);
    expect(lines[2]).toMatch(/^comply 0\.\d\d  \[card\]  my card is \[card ••••0128\]$/);
    for (const s of SECRETS) expect(r.stdout).not.toContain(s);
  });
  it('--lang forces the language; a bad value is a usage error', () => {
    expect(cli(['classify', '--lang', 'zh', '--json'], { input: '好的\n' }).code).toBe(0);
    const bad = cli(['classify', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    noStack(bad.stderr);
  });
  it('strips escape sequences from what it echoes', () => {
    const r = cli(['classify'], { input: '\x1b[31mhello\x1b[0m\n' });
    expect(r.stdout).not.toContain('\x1b');
  });
});

describe('scamdrill analyze', () => {
  it('a missing file: clear error, exit 1, no stack trace', () => {
    const r = cli(['analyze', 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('scamdrill: no/such/file.txt: no such file\n');
    noStack(r.stderr);
  });
  it('a folder or an empty file: clear error', () => {
    expect(cli(['analyze', ROOT]).stderr).toMatch(/folder/);
    const dir = mkdtempSync(join(tmpdir(), 'scamdrill-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = cli(['analyze', join(dir, 'empty.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no conversation found/);
  });
  it.each(['text', 'md', 'json'])('--format %s on a transcript with secrets never prints them', (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'scamdrill-'));
    const file = join(dir, 'call.txt');
    writeFileSync(file, 'caller: Read me your card number and the verification code.\nreceiver: card 6222 0212 3456 7890 128, the code is 4 8 2 9 1 7\n');
    const r = cli(['analyze', file, '--format', format]);
    expect(r.code).toBe(0);
    for (const s of SECRETS) expect(r.stdout).not.toContain(s);
    expect(r.stdout).toContain('••••');
    if (format === 'json') expect(JSON.parse(r.stdout).debrief.leaked.sort()).toEqual(['card', 'code']);
  });
  it('reads a real TeleAntiFraud dialogue', () => {
    const r = cli(['analyze', fixture('real', 'teleantifraud-3167.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).debrief.missed).toBeGreaterThan(0);
  });
});
