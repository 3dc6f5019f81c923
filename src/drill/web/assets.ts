// The script files the host serves to browsers, built by scripts/build.mjs for the browser: found
// in the nearest dist/web/ above this module (the repository when run from src/, the installed
// package when bundled in dist/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../core/schema';
import { t } from '../../words/labels';

/** The masking script of the web page (src/drill/web/mask.ts), as scripts/build.mjs writes it. */
const MASK_FILE = join('dist', 'web', 'mask.js');
/** Where the page loads it from. */
export const MASK_PATH = '/mask.js';

/** The masking script is not there: the host does not start without it. */
export class MissingAssetError extends Error {
  constructor() {
    super(missingWords('en'));
  }
}

/** Why the host does not start without the script, and how to get it back. */
export const missingWords = (lang: Lang) => t('maskScriptMissing', lang, { file: MASK_FILE, build: 'npm run build' });

export function maskScript(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const p = join(dir, MASK_FILE);
    if (existsSync(p)) return readFileSync(p, 'utf8');
    if (dirname(dir) === dir) break;
  }
  throw new MissingAssetError();
}
