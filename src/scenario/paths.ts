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

/**
 * A file's bytes as text. Only UTF-8 is accepted: a GBK scenario or answers file (common on
 * Chinese Windows), a Word document or binary junk would otherwise be read as nonsense, silently.
 */
export function utf8Text(path: string, bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\0')) return text;
  } catch {
    // not UTF-8: said below
  }
  throw new FileError(`${path}: not UTF-8 text; save it as plain text in UTF-8 (GBK files and Word documents cannot be read)`);
}

export function scenarioFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== CATALOGUE_FILE)
    .sort()
    .map((f) => join(dir, f));
}
