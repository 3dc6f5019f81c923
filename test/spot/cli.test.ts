// `scamdrill spot` as a user runs it, through the built CLI: scripted marks (text and JSON), wrong
// marks files, no keyboard, bad options.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers';

const SCAM = fixture('spot', 'spot-scam.yaml');
const REAL = fixture('spot', 'spot-real.yaml');
const dir = mkdtempSync(join(tmpdir(), 'spot-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function marks(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The calls' lines with --seed 1, none marked: what a marks file is written against. */
const lines = () => JSON.parse(cli(['spot', SCAM, REAL, '--marks', '/dev/null', '--format', 'json']).stdout) as { calls: { lines: { redFlags: string[] }[] }[] };

describe('spot --marks', () => {
  it('prints every line with its mark and verdict, the person\'s replies and the score', () => {
    const careful = lines().calls.flatMap((c) => c.lines.map((l) => (l.redFlags.length ? `x ${l.redFlags[0]}` : '.'))).join('\n');
    const r = cli(['spot', SCAM, REAL, '--marks', marks('careful.txt', `// a careful learner\n${careful}\n`)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Spot the red flags · seed 1');
    expect(r.stdout).toContain('1. Bank security call — a scam');
    expect(r.stdout).toContain('  1 [ ] correct rejection — "Bank security": Hello, am I speaking with Ms. Li?');
    expect(r.stdout).toMatch(/ {2}2 \[x\] hit — "Bank security": This is the bank's security department/);
    expect(r.stdout).toContain('you named: Unexpected contact (right)');
    expect(r.stdout).toContain('2. The bank\'s real fraud alert — a real call');
    expect(r.stdout).toContain('Person: ');
    expect(r.stdout).not.toContain('482913');
    expect(r.stdout).toMatch(/Hits \d+ · misses 0 · false alarms 0 · correct rejections \d+/);
    expect(r.stdout).toMatch(/Discernment d′ = [2-9]\.\d\d: good/);
    expect(r.stdout).toContain('you marked 100% of the red-flag lines and 0% of the others: 100 points');
  });

  it('a learner who marks every line gets a low score', () => {
    const n = lines().calls.reduce((k, c) => k + c.lines.length, 0);
    const r = cli(['spot', SCAM, REAL, '--marks', marks('all.txt', 'x\n'.repeat(n)), '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.totals.misses + j.totals.correctRejections).toBe(0);
    expect(j.dPrime).toBeLessThan(0.5);
    expect(j.hitsMinusFalseAlarms).toBe(0);
  });

  it('--format json: the calls, every line and the totals', () => {
    const j = JSON.parse(cli(['spot', SCAM, REAL, '--marks', marks('one.txt', '.\nx asks-code\n'), '--format', 'json', '--lang', 'zh']).stdout);
    expect(j).toMatchObject({ seed: 1, lang: 'zh', calls: [{ scenario: 'spot-scam', kind: 'scam', title: '银行安全部来电' }, { scenario: 'spot-real', kind: 'legitimate' }] });
    expect(j.calls[0].lines[0]).toEqual({ n: 1, turn: 'hello', speaker: '“银行安全部”', text: '您好，请问是李女士吗？', reply: expect.any(String), redFlags: [], marked: false, named: null, outcome: 'correctRejection', naming: null });
    expect(j.calls[0].lines[1]).toMatchObject({ marked: true, named: 'asks-code', outcome: 'hit', naming: 'wrong' });
    expect(Object.keys(j)).toEqual(['seed', 'lang', 'calls', 'totals', 'dPrime', 'hitRate', 'falseAlarmRate', 'hitsMinusFalseAlarms']);
    expect(j.totals).toMatchObject({ hits: 1, falseAlarms: 0, namedRight: 0, namedWrong: 1 });
  });

  it('the same seed plays the same calls; lines left unmarked are a note', () => {
    const a = cli(['spot', '--marks', '/dev/null', '--seed', '42', '--format', 'json']);
    const b = cli(['spot', '--marks', '/dev/null', '--seed', '42', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toMatch(/note: \/dev\/null: 0 marks for \d+ lines; the last \d+ count as not marked/);
  });

  it('a wrong line is reported like answers files, with what to write, and exits 1', () => {
    const r = cli(['spot', SCAM, '--marks', marks('bad.txt', 'x\nyes\n')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`scamdrill: the marks file has errors:\n${join(dir, 'bad.txt')}:2: "yes" is not a mark; write "x" (a red flag), "x <flag id>" (a red flag, named) or "." (no red flag)\n`);
    const extra = cli(['spot', SCAM, '--marks', '-'], { input: 'x\n'.repeat(30) });
    expect(extra.code).toBe(1);
    expect(extra.stderr).toMatch(/^scamdrill: the marks file has errors:\nstdin:\d+: the drill has \d+ lines and this is mark \d+; remove it and the \d+ after it\n$/);
    const name = cli(['spot', SCAM, '--marks', marks('name.txt', 'x calls-official-number\n')]);
    expect(name.stderr).toContain('name.txt:1: "calls-official-number" is not the id of a red flag');
  });
});

describe('spot without --marks', () => {
  it('with no terminal on stdin it says how to run with --marks and exits 2', () => {
    const r = cli(['spot', SCAM]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('spot needs a keyboard, and standard input is not a terminal.');
    expect(r.stderr).toContain('--marks marks.txt');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('wrong options and unknown scenarios are one line each', () => {
    expect(cli(['spot', SCAM, '--format', 'json'])).toMatchObject({ code: 2, stderr: 'scamdrill: --format and --json are for scripted runs; give the marks with --marks <file>\n' });
    expect(cli(['spot', SCAM, '--marks', '/dev/null', '--seed', 'soon'])).toMatchObject({ code: 2, stderr: 'scamdrill: --seed "soon": give a whole number from 0 to 999999999\n' });
    const unknown = cli(['spot', 'no-such-call', '--marks', '/dev/null']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^scamdrill: unknown scenario "no-such-call"; known scenarios: .*\n$/);
    expect(cli(['spot', SCAM, '--marks', join(dir, 'missing.txt')])).toMatchObject({ code: 1, stderr: `scamdrill: ${join(dir, 'missing.txt')}: no such file\n` });
  });

  it('--help documents d′ and hits − false alarms', () => {
    const r = cli(['spot', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("d' = z(hit rate) - z(false-alarm rate), with 0.5 added to each count");
    expect(r.stdout).toContain('hits - false alarms');
  });
});
