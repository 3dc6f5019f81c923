// --json is --format json on every command that prints JSON (cli/shared.ts formatOptions).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers';

const ANSWERS = 'examples/answers/express-refund/careful.txt';
const TRANSCRIPT = fixture('real', 'teleantifraud-0821.json');

describe('--json, the same as --format json', () => {
  it.each([
    ['play', ['play', 'express-refund', '--answers', ANSWERS]],
    ['analyze', ['analyze', TRANSCRIPT]],
    ['list', ['list']],
    ['spot with marks', ['spot', 'express-refund', '--marks', '/dev/null']],
  ])('%s: --json prints what --format json prints', (_, args) => {
    const json = cli([...args, '--json']);
    expect(json.stderr.split('\n').filter((l) => l && !/note:/.test(l))).toEqual([]);
    expect(json.code).toBe(0);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stdout).toBe(cli([...args, '--format', 'json']).stdout);
    // --json alongside --format json is not a conflict.
    expect(cli([...args, '--json', '--format', 'json']).stdout).toBe(json.stdout);
  });

  it('classify and history too', () => {
    const input = 'the code is 123456\nno thanks\n';
    const lines = cli(['classify', '--json'], { input }).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).intent)).toHaveLength(2);
    expect(cli(['classify', '--format', 'json'], { input }).stdout).toBe(`${lines.join('\n')}\n`);
    const dir = mkdtempSync(join(tmpdir(), 'scamdrill-json-'));
    const history = cli(['history', '--json', '--data-dir', dir]);
    expect(history.code).toBe(0);
    expect(JSON.parse(history.stdout)).toMatchObject({ sessions: [] });
  });

  it('--json with another --format is a usage error, exit 2, one line', () => {
    const r = cli(['play', 'express-refund', '--answers', ANSWERS, '--json', '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('scamdrill: --json asks for JSON and --format for md; give one of them\n');
    expect(cli(['analyze', TRANSCRIPT, '--format', 'text', '--json']).code).toBe(2);
  });

  it.each(['play', 'analyze', 'list', 'classify', 'history', 'report', 'spot', 'check', 'drill export', 'drill load'])('%s --help shows --json beside --format', (cmd) => {
    const help = cli([...cmd.split(' '), '--help']).stdout;
    expect(help).toMatch(/--format <format>/);
    expect(help).toMatch(/--json +the same as --format json/);
  });
});
