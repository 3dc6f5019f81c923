// A source module bundled by esbuild as dist/cli.js is built, with the V8 setting the CLI's entry point makes first
// (src/classify/regex-tier.ts: drivers call compileRegexesOnce before reading), into a temporary folder: benchmarks run
// drivers beside it in fresh Node processes, so they time what a person waits for, not tsx's per-module loader.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

export interface Bundled {
  /** The module, from the repository's root ("src/classify/redact.ts"). */
  source: string;
  /** What it exports that the drivers import. */
  names: readonly string[];
  /** The bundle's file name in the folder ("redact.mjs"). */
  file: string;
  /** Where the temporary folder is made: under dist/ for a module that finds models/ by walking up, as the installed CLI does. */
  parent: string;
}

/** `use` run with the folder holding the bundle; the folder removed after. */
export function withBundle<T>(b: Bundled, use: (dir: string) => T): T {
  const dir = mkdtempSync(join(b.parent, '.bench-'));
  try {
    const entry = `export { ${b.names.join(', ')} } from './${b.source}'; export { compileRegexesOnce } from './src/classify/regex-tier.ts';`;
    buildSync({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: join(dir, b.file), logLevel: 'error' });
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
