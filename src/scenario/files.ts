// Scenario files from disk into a library: paths.ts says where they are, library.ts checks them.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildLibrary, type Library, type SourceFile } from './library';
import { readCapped } from './limits';
import { CATALOGUE_FILE, defaultScenarioDir, scenarioFiles } from './paths';

function read(path: string): SourceFile {
  return { file: displayPath(path), text: readCapped(path, basename(path) === CATALOGUE_FILE ? 'catalogue' : 'scenario') };
}

const displayPath = (p: string) => {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
};

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
