import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/scenario/files';
import { cli, fixture } from '../helpers';

describe('red-flag cues in the validator', () => {
  const { diagnostics } = loadLibrary([fixture('cues', 'silent-flag.yaml')]);

  it('warns when a line shows a flag it does not carry, at the line of that text', () => {
    const warnings = diagnostics.filter((d) => d.code === 'SD020');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: 8, file: 'test/fixtures/cues/silent-flag.yaml' });
    expect(warnings[0]!.message).toMatch(/shows the red flag "asks-code"/);
  });

  it('the bundled library carries every flag its lines show: validate --strict passes', () => {
    const r = cli(['validate', '--strict']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
