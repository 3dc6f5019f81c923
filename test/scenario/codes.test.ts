// docs/authoring.md lists the validator's codes for authors: it must list exactly the descriptors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS } from '../../src/scenario/diagnostics';
import { ROOT } from '../helpers';

const rows = [...readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8').matchAll(/^\| (SD\d{3}) \| (.+) \|$/gm)].map(([, code, text]) => ({ code: code!, text: text! }));
const retired = rows.filter((r) => r.text.startsWith('retired')).map((r) => r.code);
const documented = rows.filter((r) => !retired.includes(r.code));
const descriptors = Object.values(DIAGNOSTICS);

describe('the codes in docs/authoring.md', () => {
  // A retired code stays in the doc, so a code given to a new problem would be listed twice.
  it('list every descriptor once, besides retired codes, which no descriptor uses', () => {
    expect(retired.length).toBeGreaterThan(0);
    expect(documented.map((r) => r.code).sort()).toEqual(descriptors.map((d) => d.code).sort());
    for (const code of retired) expect(descriptors.map((d) => d.code)).not.toContain(code);
  });

  it('mark exactly the warnings as warnings', () => {
    const docWarnings = documented.filter((r) => r.text.startsWith('warning:')).map((r) => r.code);
    expect(docWarnings).toEqual(descriptors.filter((d) => d.severity === 'warning').map((d) => d.code));
  });
});
