import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/scenario/files';
import { DIAGNOSTICS, formatDiagnostic } from '../../src/scenario/diagnostics';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { parseFile } from '../../src/scenario/parse';
import { cli, fixture, ROOT } from '../helpers';

const diagnose = (...files: string[]) => loadLibrary(files.map((f) => fixture(...f.split('/')))).diagnostics;

/** One small broken file (or pair) per code: the first diagnostic it gets, at its line. */
const CASES: [code: string, files: string[], line: number, message: RegExp][] = [
  ['SD001', ['broken/bad-yaml.yaml'], 2, /this \{ is never closed; close the \{ opened here: put a \} after the last key: value/],
  ['SD002', ['broken/wrong-type.yaml'], 3, /channel: Invalid option: expected one of "call"\|"sms"\|"chat"/],
  ['SD002', ['broken/missing-translation.yaml'], 9, /turns\.a\.say: missing the Chinese text/],
  ['SD002', ['broken/unknown-key.yaml'], 9, /unknown key "flgs"/],
  ['SD003', ['broken/dangling-target.yaml'], 10, /"nowhere" is neither a turn nor an ending/],
  ['SD004', ['broken/unreachable-turn.yaml'], 10, /turn "orphan" can never be reached from start "a"/],
  ['SD005', ['broken/endless-loop.yaml'], 10, /no reply from turn "b" ever reaches an ending \(it only leads to "c"\)/],
  ['SD006', ['broken/unknown-flag.yaml'], 9, /unknown red flag "asks-kode".*did you mean "asks-code"\?/],
  ['SD007', ['broken/duplicate-id.yaml'], 10, /this key appears twice in the same map/],
  ['SD008', ['broken/id-mismatch.yaml'], 1, /id "other-name" differs from the file name "id-mismatch"/],
  ['SD009', ['broken/unknown-channel.yaml'], 5, /unknown channel "carrier-pigeon"; .*one of: bank-hotline, /],
  ['SD010', ['broken/unused-ending.yaml'], 12, /ending "forgotten" is never reached/],
  ['SD012', ['broken/reserved-ending.yaml'], 12, /"hung-up" is the built-in ending for hanging up/],
  ['SD013', ['broken/turn-is-ending.yaml'], 14, /"done" is both a turn and an ending/],
  ['SD014', ['broken/flag-twice.yaml'], 9, /red flag "unsolicited-contact" is listed twice on this line/],
  ['SD015', ['broken/twin.yaml', 'broken/twin.yml'], 1, /scenario id "twin" is already used by test\/fixtures\/broken\/twin\.yaml/],
  ['SD016', ['bad-cue/flags.yaml'], 14, /cue \/\(unclosed\/ of flag "deadline-pressure" is not a valid regular expression/],
  ['SD017', ['broken/unknown-start.yaml'], 5, /start "greet" is not a turn; turns are: a$/],
  ['SD020', ['cues/silent-flag.yaml'], 8, /shows the red flag "asks-code" \(it matches \/.*\/\) but does not carry it/],
  ['SD021', ['broken/repeats-itself.yaml'], 10, /on\.question leads back to this same turn with no ack, so a question gets the whole line again.*add ack\.question/],
  ['SD022', ['broken/legit-red-flag.yaml'], 10, /"asks-code" is a red flag, but this is a legitimate scenario/],
  ['SD023', ['broken/rewords-other-flag.yaml'], 11, /why\.asks-kode: "asks-kode" is not a flag of this line \(unsolicited-contact, asks-code\); did you mean "asks-code"\?/],
  ['SD024', ['broken/asks-without-flags.yaml'], 9, /asks: the helper is asked for advice on a line with no flags/],
];

describe('validator: each kind of mistake is named at its line', () => {
  it.each(CASES)('%s: %j at line %i', (code, files, line, message) => {
    const d = diagnose(...files)[0]!;
    const descriptor = Object.values(DIAGNOSTICS).find((x) => x.code === code)!;
    expect(d).toMatchObject({ code, line, severity: descriptor.severity });
    expect(d.message).toMatch(message);
    expect(formatDiagnostic(d)).toMatch(new RegExp(`^test/fixtures/${files.at(-1)!.replace(/\./g, '\\.')}:${line}:\\d+: ${d.severity} ${code}: `));
  });

  it('every code has a broken file above', () => {
    expect(new Set(CASES.map(([code]) => code))).toEqual(new Set(Object.values(DIAGNOSTICS).map((d) => d.code)));
  });

  it('each code is one problem: its own descriptor, never shared', () => {
    const codes = Object.values(DIAGNOSTICS).map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('SD021 names only the routes that repeat the line: one with an ack of its own, or that leads on, does not', () => {
    expect(diagnose('broken/repeats-itself.yaml').map((d) => `${d.code} ${d.message.split(' ')[0]}`)).toEqual(['SD021 on.question']);
  });

  it('SD001: one syntax error is one error, where the bracket or quote opens, not where the parser noticed', () => {
    // The old parser output: 414 lines for this file, the first of them 38 lines below the [.
    expect(diagnose('broken/unclosed-bracket.yaml').map(formatDiagnostic)).toEqual([
      'test/fixtures/broken/unclosed-bracket.yaml:3:11: error SD001: this [ is never closed; close the [ opened here: put a ] after the last item',
    ]);
    const yaml = (text: string) => parseFile('f.yaml', text, z.unknown()).diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
    expect(yaml('id: x\ntitle: "abc\nnext: 1\n')).toEqual(['2:8 this " is never closed; close the " opened here: put a " at the end of the text']);
    expect(yaml("id: x\na: 'it''s\nb: 1\n")).toEqual(["2:4 this ' is never closed; close the ' opened here: put a ' at the end of the text"]);
    // Closed quotes with escapes in them are not taken for open ones; a syntax error with no opener keeps the parser's words.
    expect(yaml('a: "say \\"hi\\""\nb: \'it\'\'s\'\nc: d: e\n')).toEqual(['3:4 Nested mappings are not allowed in compact mappings']);
  });

  it('SD023: a scenario-wide why or todo may only reword a flag some line of it carries', () => {
    expect(diagnose('broken/rewords-other-flag.yaml').map((d) => `${d.code} ${d.line} ${d.message.split(':')[0]}`)).toEqual(['SD023 11 why.asks-kode', 'SD023 16 todo.link-in-sms']);
  });

  it('a loop reports every turn stuck in it, and nothing else', () => {
    expect(diagnose('broken/endless-loop.yaml').map((d) => d.line)).toEqual([10, 13]);
  });

  it('a valid file has no diagnostics', () => {
    expect(loadLibrary([fixture('good', 'tiny.yaml')]).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('scamdrill validate', () => {
  it('passes on the bundled library and says how many scenarios it checked', () => {
    const r = cli(['validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ scenarios? checked, no errors\n$/);
  });

  it('prints compiler-style lines and exits 1 for broken files, without a stack trace', () => {
    const r = cli(['validate', fixture('broken')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const found = loadLibrary([fixture('broken')]).diagnostics;
    expect(lines.slice(0, -1)).toEqual(found.map(formatDiagnostic));
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^test\/fixtures\/broken\/[a-z-]+\.ya?ml:\d+:\d+: (error|warning) SD\d{3}: /);
    const errors = found.filter((d) => d.severity === 'error').length;
    expect(lines.at(-1)).toBe(`${errors} errors, ${found.length - errors} warnings`);
    expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('a bracket left open in a real scenario is one line, at the bracket', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scamdrill-yaml-'));
    const lines = readFileSync(join(ROOT, 'scenarios', 'express-refund.yaml'), 'utf8').split('\n');
    lines.splice(2, 0, '  broken: [unclosed');
    writeFileSync(join(dir, 'express-refund.yaml'), lines.join('\n'));
    const r = cli(['validate', join(dir, 'express-refund.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${join(dir, 'express-refund.yaml')}:3:11: error SD001: this [ is never closed; close the [ opened here: put a ] after the last item\n1 error, 0 warnings\n`);
  });

  it('names a missing file plainly', () => {
    const r = cli(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^scamdrill: .*no\/such\/file\.yaml: no such file\n$/);
  });
});
