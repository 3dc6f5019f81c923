// The only part of scenario/ that touches the disk.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLibrary, CATALOGUE_FILE, type Library, type SourceFile } from './library';
import type { Scenario } from './schema';

/** The folder holding package.json, found from this module whether bundled in dist/ or run from src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'scenarios'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the scamdrill package folder');
    dir = up;
  }
  return dir;
}

export const defaultScenarioDir = () => join(packageRoot(), 'scenarios');

export class FileError extends Error {}

function read(path: string): SourceFile {
  try {
    return { file: displayPath(path), text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(code === 'ENOENT' ? `${path}: no such file` : code === 'EISDIR' ? `${path}: is a folder, not a scenario file` : `${path}: cannot read (${code ?? String(e)})`);
  }
}

const displayPath = (p: string) => {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
};

export function scenarioFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== CATALOGUE_FILE)
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Load scenarios. `paths` may name files or folders; none means the bundled library. The catalogue
 * is the flags.yaml beside the first scenario, or the bundled one.
 */
export function loadLibrary(paths: string[] = [], catalogue?: string): Library {
  const targets = paths.length ? paths.map((p) => resolve(p)) : [defaultScenarioDir()];
  const files = targets.flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? scenarioFiles(p) : [p]));
  const beside = files.map((f) => join(dirname(f), CATALOGUE_FILE)).find((f) => existsSync(f));
  const cat = catalogue ?? beside ?? join(defaultScenarioDir(), CATALOGUE_FILE);
  return buildLibrary(read(cat), files.filter((f) => basename(f) !== CATALOGUE_FILE).map(read));
}

/**
 * Find a scenario by id in the bundled library, or load it from a file path. `bundled` lets the
 * CLI pass its build-time snapshot of the bundled library (src/cli/snapshot.ts).
 */
export function findScenario(idOrFile: string, bundled: () => Library = () => loadLibrary()): { library: Library; scenario?: Scenario } {
  const isFile = /\.ya?ml$/.test(idOrFile) || idOrFile.includes('/');
  const library = isFile ? loadLibrary([idOrFile]) : bundled();
  const scenario = isFile ? library.scenarios[0] : library.scenarios.find((s) => s.id === idOrFile);
  return { library, scenario };
}
