// The layer rules of eslint.config.js, tried on deliberate bad imports: each must be reported.
// That the real tree passes is `npm run lint` itself (part of `npm test`).
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const eslint = new ESLint({ cwd: ROOT });

/** Lint `code` as if it were the file at `path` (relative to the repo): the rule ids that fire, with their messages. */
async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message, line: m.line }));
}

describe('layer boundaries', () => {
  it.each([
    ['a value', "import { classify } from '../classify/index';\nexport const c = classify;\n"],
    ['a type only', "import type { Intent } from '../classify/intent';\nexport type I = Intent;\n"],
    ['a re-export', "export { classify } from '../classify/index';\n"],
  ])('core/ importing classify/ (%s) is reported', async (_, code) => {
    expect(await lint('src/core/probe.ts', code)).toEqual([
      expect.objectContaining({ rule: 'import-x/no-restricted-paths', line: 1, message: expect.stringMatching(/core\/ imports no other layer/) }),
    ]);
  });

  it('a front end importing another is reported, from a nested folder and through import() too', async () => {
    const nested = await lint('src/drill/console/probe.ts', "import { recordPractice } from '../../practice/record';\nexport const r = recordPractice;\n");
    expect(nested).toEqual([expect.objectContaining({ rule: 'import-x/no-restricted-paths', message: expect.stringMatching(/drill\/ may import only core\/, classify\/, .*ink\//) })]);
    const lazy = await lint('src/drill/probe.ts', "export const load = () => import('../playback/run');\n");
    expect(lazy.map((m) => m.rule)).toEqual(['import-x/no-restricted-paths']);
  });

  it('an allowed import passes', async () => {
    expect(await lint('src/scenario/probe.ts', "import { cueHits } from '../classify/cues';\nimport type { Turn } from '../core/schema';\nexport const f = (t: Turn) => cueHits(t.say, t.flags, { flags: {}, channels: {} });\n")).toEqual([]);
  });

  it('an import the resolver cannot follow is reported rather than let through unchecked', async () => {
    expect((await lint('src/report/probe.ts', "export { x } from '../classify/no-such-file';\n")).map((m) => m.rule)).toContain('import-x/no-unresolved');
  });

  it('core/ imports no node: module and no package but xstate and zod', async () => {
    const rules = async (code: string) => (await lint('src/core/probe.ts', code)).map((m) => m.rule);
    expect(await rules("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual(['no-restricted-imports']);
    expect(await rules("import { readFileSync } from 'fs';\nexport const r = readFileSync;\n")).toEqual(['no-restricted-imports']);
    expect(await rules("import { parse } from 'yaml';\nexport const p = parse;\n")).toEqual(['no-restricted-imports']);
    expect(await rules("import { setup } from 'xstate';\nimport { z } from 'zod';\nexport const s = [setup, z];\n")).toEqual([]);
  });

  it('Ink and React stay in ink/, practice/ and drill/; cli/ may load them only through import()', async () => {
    expect((await lint('src/report/probe.ts', "import type { Key } from 'ink';\nexport type K = Key;\n")).map((m) => m.rule)).toEqual(['no-restricted-imports']);
    expect((await lint('src/cli/probe.ts', "import { render } from 'ink';\nexport const r = render;\n")).map((m) => m.rule)).toEqual(['no-restricted-imports']);
    expect(await lint('src/cli/probe.ts', "export const load = () => import('ink');\n")).toEqual([]);
    expect(await lint('src/ink/probe.ts', "import { useState } from 'react';\nexport const u = useState;\n")).toEqual([]);
  });
});

describe('import cycles', () => {
  it('a module importing one that imports it back is reported', async () => {
    // scenario/check.ts imports ./diagnostics; make diagnostics import check back.
    const messages = await lint('src/scenario/diagnostics.ts', "import { edgesOf } from './check';\nexport const e = edgesOf;\n");
    expect(messages.map((m) => m.rule)).toContain('import-x/no-cycle');
  });
});
