// Scenario files from disk into a library: paths.ts says where they are, library.ts checks them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildLibrary, type Library, type SourceFile } from './library';
import { CATALOGUE_FILE, defaultScenarioDir, FileError, scenarioFiles, utf8Text } from './paths';

function read(path: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(code === 'ENOENT' ? `${path}: no such file` : code === 'EISDIR' ? `${path}: is a folder, not a scenario file` : `${path}: cannot read (${code ?? String(e)})`);
  }
  return { file: displayPath(path), text: utf8Text(path, bytes) };
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
