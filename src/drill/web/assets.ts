// The script files the host serves to browsers, built by scripts/build.mjs for the browser: found
// in the nearest dist/web/ above this module (the repository when run from src/, the installed
// package when bundled in dist/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The masking script of the web page (src/drill/web/mask.ts), as scripts/build.mjs writes it. */
const MASK_FILE = join('dist', 'web', 'mask.js');
/** Where the page loads it from. */
export const MASK_PATH = '/mask.js';

/** A file the host needs to serve is not there: the host does not start without it. */
export class MissingAssetError extends Error {}

export function maskScript(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const p = join(dir, MASK_FILE);
    if (existsSync(p)) return readFileSync(p, 'utf8');
    if (dirname(dir) === dir) break;
  }
  throw new MissingAssetError(`the web page's masking script (${MASK_FILE}) is missing, and without it phones would send secrets in clear; run "npm run build" in a checkout, or reinstall scamdrill`);
}
