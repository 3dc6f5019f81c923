// Inputs that once hung the program, ate gigabytes or ended in "unexpected error": each now gets one
// line saying what to change, quickly, with the right exit code. Real files, devices and pipes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/analyze/parse';
import { READ_CAPS } from '../../src/scenario/limits';
import { cli, ROOT } from '../helpers';

const TINY = join(ROOT, 'test', 'drill', 'fixtures', 'drill-tiny.yaml');
const dir = mkdtempSync(join(tmpdir(), 'scamdrill-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One line on stderr, no stack trace, the given exit code. */
function oneLine(r: { code: number | null; stderr: string }, code: number, re: RegExp): void {
  expect(r.stderr).toMatch(re);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
  expect(r.code).toBe(code);
}

const timed = <T>(fn: () => T): { r: T; ms: number } => {
  const t0 = Date.now();
  const r = fn();
  return { r, ms: Date.now() - t0 };
};

describe('reads stop at their cap as the bytes arrive', () => {
  const answersCap = /stopped reading at 5 MB, the most an answers file may hold/;

  it('an endless file: play --answers /dev/zero, drill join --answers /dev/zero, analyze /dev/zero', () => {
    const play = timed(() => cli(['play', TINY, '--answers', '/dev/zero']));
    oneLine(play.r, 1, answersCap);
    expect(play.ms).toBeLessThan(5000);
    const join = timed(() => cli(['drill', 'join', '127.0.0.1:1', '--code', 'ABCDEF', '--name', 'x', '--answers', '/dev/zero']));
    oneLine(join.r, 1, answersCap);
    expect(join.ms).toBeLessThan(5000);
    const analyze = timed(() => cli(['analyze', '/dev/zero']));
    oneLine(analyze.r, 1, /^scamdrill: \/dev\/zero: stopped reading at 10 MB, the most a transcript may hold$/m);
    expect(analyze.ms).toBeLessThan(5000);
  });

  it('an endless pipe: yes | play --answers -, yes | analyze -', () => {
    for (const args of [`play ${TINY} --answers -`, 'analyze -']) {
      const t0 = Date.now();
      const r = spawnSync('sh', ['-c', `yes | "${process.execPath}" dist/cli.js ${args}`], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
      oneLine({ code: r.status, stderr: r.stderr }, 1, /^scamdrill: stdin: stopped reading at \d+ MB/);
      expect(Date.now() - t0).toBeLessThan(8000);
    }
  });

  it('a scenario and a catalogue that never end', () => {
    const zero = join(dir, 'zero.yaml');
    symlinkSync('/dev/zero', zero);
    oneLine(cli(['validate', zero]), 1, /zero\.yaml: stopped reading at 1 MB, the most a scenario file may hold/);
    oneLine(cli(['analyze', join(ROOT, 'test', 'fixtures', 'real', 'teleantifraud-3157.json'), '--catalogue', zero]), 1, /stopped reading at 1 MB, the most a red-flag catalogue may hold/);
  });

  it('a file just under the cap is read; one byte over is refused', () => {
    const cap = READ_CAPS.answers.bytes;
    const line = '#1\n';
    const under = join(dir, 'under.txt');
    writeFileSync(under, `${'// padding\n'.repeat(Math.floor((cap - line.length) / 11))}${line}`);
    expect(cli(['play', TINY, '--answers', under]).code).toBe(0);
    const over = join(dir, 'over.txt');
    writeFileSync(over, 'x'.repeat(cap + 1));
    oneLine(cli(['play', TINY, '--answers', over]), 1, answersCap);
  });
});

describe('bad scenario files get one clear line', () => {
  const scenario = (name: string, edit: (yaml: string) => string) => {
    const sub = join(dir, name);
    mkdirSync(sub);
    const file = join(sub, 'drill-tiny.yaml');
    writeFileSync(file, edit(readFileSync(TINY, 'utf8')));
    copyFileSync(join(ROOT, 'scenarios', 'flags.yaml'), join(sub, 'flags.yaml'));
    return file;
  };

  it('a YAML alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const file = scenario('bomb', (y) => `${y}\nx-bomb:\n  ${bomb.replace(/\n/g, '\n  ')}\n`);
    const { r, ms } = timed(() => cli(['validate', file]));
    expect(ms).toBeLessThan(5000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error SD001: aliases \(\*name\) expand more than 100 times/);
    expect(r.stderr).not.toMatch(/unexpected error|Cannot read/);
  });

  it('an alias with no anchor', () => {
    const file = scenario('alias', (y) => y.replace('start: greet', 'start: *nowhere'));
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/drill-tiny\.yaml:6:8: error SD001: an alias \*nowhere has no anchor &nowhere before it/);
  });

  it('start: constructor, and routes to prototype keys', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const file = scenario(`proto-${key}`, (y) => y.replace('start: greet', `start: ${key}`));
      const r = cli(['validate', file]);
      expect(r.code).toBe(1);
      // An id-shaped one names no turn (SD017); the others are not ids at all (SD002).
      expect(r.stderr).toMatch(key === 'constructor' ? /error SD017: .*"constructor"/ : /error SD002: start: ids are lower-case words/);
      expect(r.stderr).not.toMatch(/unexpected error|Cannot read/);
      const play = cli(['play', file, '--answers', '-'], { input: '#1\n' });
      expect(play.code).toBe(1);
      expect(play.stderr).not.toMatch(/unexpected error|Cannot read/);
    }
    const file = scenario('proto-route', (y) => y.replace('refuse: safe, default: ask-code }', 'refuse: constructor, default: ask-code }'));
    expect(cli(['validate', file]).stderr).toMatch(/error SD\d+: .*"constructor"/);
  });
});

describe('data folders that cannot be used', () => {
  const usable = /^scamdrill: cannot use the data folder .*: (.+); give a writable folder with --data-dir or \$SCAMDRILL_DATA_DIR$/m;

  it('a file, a path under a file, a path under /proc', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    for (const [d, why] of [[file, 'it is a file, not a folder'], [join(file, 'sub'), 'it is a file, not a folder'], ['/proc/scamdrill/data', 'a folder cannot be made there']]) {
      for (const args of [['history'], ['report'], ['drill', 'export', 'x'], ['play', '--session', '1']]) {
        const r = timed(() => cli([...args, '--data-dir', d!]));
        expect(r.ms).toBeLessThan(5000);
        if (args[0] === 'play') continue; // no history there: says so without opening anything
        oneLine(r.r, 1, usable);
        expect(r.r.stderr).toContain(why);
      }
    }
  });

  it('a read-only folder (a read-only mount, since root may write anywhere else)', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const r = spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o ro,size=64k tmpfs "${ro}" && exec "${process.execPath}" dist/cli.js history --data-dir "${ro}/data"`], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    if (/unshare|mount:/.test(r.stderr) && r.status !== 1) return; // no mount namespaces here: nothing to show
    oneLine({ code: r.status, stderr: r.stderr }, 1, usable);
    expect(r.stderr).toContain('it is read-only');
  });
});

describe('option values are checked', () => {
  it.each([
    [['drill', 'join', '127.0.0.1:1', '--code', 'ABCDEF', '--name', 'x', '--timeout', 'abc'], /--timeout "abc": give a number of seconds/],
    [['drill', 'join', '127.0.0.1:1', '--code', 'ABCDEF', '--name', 'x', '--timeout', '-5'], /--timeout "-5"/],
    [['drill', 'host', TINY, '--headless', '--port', ''], /--port "": give a whole number from 0 to 65535/],
    [['drill', 'host', TINY, '--headless', '--port', '1e3'], /--port "1e3"/],
    [['drill', 'host', TINY, '--headless', '--max-participants', '0'], /--max-participants "0": give a whole number from 1 to 5000/],
    [['drill', 'host', TINY, '--headless', '--max-per-address', 'lots'], /--max-per-address "lots"/],
    [['drill', 'load', '127.0.0.1:1', '--code', 'ABCDEF', '--participants', '2.5'], /--participants "2.5"/],
    [['drill', 'load', '127.0.0.1:1', '--code', 'ABCDEF', '--timeout', '0'], /--timeout "0"/],
    [['history', '--limit', 'NaN'], /--limit "NaN"/],
  ])('%j', (args, re) => {
    oneLine(cli(args), 2, re);
  });
});

/** CPU time of this process, in ms: unlike wall time, not stretched by the other test files running in parallel. */
const cpuTimed = <T>(fn: () => T): { r: T; ms: number } => {
  const t0 = process.cpuUsage();
  const r = fn();
  const d = process.cpuUsage(t0);
  return { r, ms: (d.user + d.system) / 1000 };
};

describe('transcripts are read in linear time', () => {
  it('100,000 lines in under 2 s, twice as many in about twice the time', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 2 ? '  and then he said more' : i % 2 ? 'receiver: who is this?' : 'caller: read me the code')).join('\n');
    const small = lines(50_000);
    const big = lines(100_000);
    parseTranscript(small); // warm up
    const a = cpuTimed(() => parseTranscript(small));
    const b = cpuTimed(() => parseTranscript(big));
    expect(b.r.lines.length).toBeGreaterThan(60_000);
    expect(b.ms).toBeLessThan(2000);
    expect(b.ms).toBeLessThan(Math.max(50, a.ms * 4));
  });

  it('a line of 200,000 spaces, stars or brackets is not a speaker, and takes no time', () => {
    for (const row of [' '.repeat(200_000), `${'*'.repeat(100_000)}${' '.repeat(100_000)}caller: x`, `caller${' '.repeat(200_000)}`, `【${'['.repeat(200_000)}`]) {
      const { r, ms } = cpuTimed(() => parseTranscript(`caller: hello\n${row}\nreceiver: hi`));
      expect(ms).toBeLessThan(200);
      expect(r.lines.map((l) => l.role)).toEqual(['caller', 'receiver']);
    }
  });
});
