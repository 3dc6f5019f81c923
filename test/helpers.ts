// Shared test helpers: loading fixtures and running the built CLI.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadLibrary } from '../src/scenario/files';
import type { Catalogue, Scenario } from '../src/core/schema';

export const ROOT = join(import.meta.dirname, '..');
export const fixture = (...p: string[]) => join(ROOT, 'test', 'fixtures', ...p);

export function loadFixture(name: string): { scenario: Scenario; catalogue: Catalogue } {
  const lib = loadLibrary([fixture('good', `${name}.yaml`)]);
  const scenario = lib.scenarios[0];
  if (!scenario) throw new Error(lib.diagnostics.map((d) => d.message).join('\n'));
  return { scenario, catalogue: lib.catalogue };
}

/** Run dist/cli.js (built by `npm test` before vitest) and capture everything it prints. */
export function cli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], {
    input: opts.input ?? '',
    encoding: 'utf8',
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
