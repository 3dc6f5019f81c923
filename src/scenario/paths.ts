// Where the bundled scenarios live, and the errors of reading files: nothing here parses, so the
// start-up path of every command can use it without loading the YAML and schema libraries.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATALOGUE_FILE = 'flags.yaml';

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

/** A file that could not be read: the message names it and says why. */
export class FileError extends Error {}

export function scenarioFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== CATALOGUE_FILE)
    .sort()
    .map((f) => join(dir, f));
}
