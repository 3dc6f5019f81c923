import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/scenario/files';
import { formatDiagnostic } from '../../src/scenario/diagnostics';
import { cli, fixture } from '../helpers';

const diagnose = (name: string) => loadLibrary([fixture('broken', `${name}.yaml`)]).diagnostics;

describe('validator: each kind of mistake is named at its line', () => {
  it.each([
    ['bad-yaml', 'SD001', 3, /indented|end with a \}/],
    ['wrong-type', 'SD002', 3, /channel: Invalid option: expected one of "call"\|"sms"\|"chat"/],
    ['dangling-target', 'SD003', 10, /"nowhere" is neither a turn nor an ending/],
    ['unreachable-turn', 'SD004', 10, /turn "orphan" can never be reached from start "a"/],
    ['endless-loop', 'SD005', 10, /no reply from turn "b" ever reaches an ending/],
    ['missing-translation', 'SD002', 9, /turns\.a\.say: missing the Chinese text/],
    ['unknown-flag', 'SD006', 9, /unknown red flag "asks-kode".*did you mean "asks-code"\?/],
    ['duplicate-id', 'SD007', 10, /appears twice/],
    ['unknown-key', 'SD002', 9, /unknown key "flgs"/],
  ])('%s → %s at line %i', (name, code, line, message) => {
    const ds = diagnose(name);
    expect(ds.length).toBeGreaterThan(0);
    const d = ds[0]!;
    expect(d).toMatchObject({ code, line, severity: 'error' });
    expect(d.message).toMatch(message);
    expect(formatDiagnostic(d)).toMatch(new RegExp(`^test/fixtures/broken/${name}\\.yaml:${line}:\\d+: error ${code}: `));
  });

  it('a loop reports every turn stuck in it, and nothing else', () => {
    expect(diagnose('endless-loop').map((d) => d.line)).toEqual([10, 13]);
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
    expect(lines.filter((l) => /^test\/fixtures\/broken\/[a-z-]+\.yaml:\d+:\d+: error SD\d{3}: /.test(l)).length).toBe(10);
    expect(lines.at(-1)).toBe('10 errors, 0 warnings');
    expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('names a missing file plainly', () => {
    const r = cli(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^scamdrill: .*no\/such\/file\.yaml: no such file\n$/);
  });
});
