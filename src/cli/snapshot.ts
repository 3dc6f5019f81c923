// The bundled library, checked once at build time and saved as dist/library.json, so the commands
// that only need it (practice, play, list, graph, history, drill) do not parse 300 kB of YAML on
// every start: that parse took about 300 ms cold, most of the time to the first frame of a practice
// call.
// The snapshot is used only when every source file is byte-for-byte what was checked (a hash per
// file); any edit, new or removed file falls back to parsing, so it can never be stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../scenario/diagnostics';
import type { Library } from '../scenario/library';
import { CATALOGUE_FILE, defaultScenarioDir, scenarioFiles } from '../scenario/paths';

export const SNAPSHOT_FILE = 'library.json';
const VERSION = 1;

interface Snapshot {
  version: number;
  /** Every source file of the bundled library (catalogue first) and the hash of its text. */
  sources: { name: string; sha256: string }[];
  /** The library as loadLibrary() returned it at build time. Warnings keep the build's paths. */
  library: Library;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function sources(): { name: string; sha256: string }[] {
  const dir = defaultScenarioDir();
  const files = [join(dir, CATALOGUE_FILE), ...scenarioFiles(dir)];
  return files.map((f) => ({ name: basename(f), sha256: sha256(readFileSync(f, 'utf8')) }));
}

/**
 * Only the bundle reads a snapshot: it sits next to dist/cli.js, and this module is in dist/ or
 * dist/chunks/. Run from src/ (tests, tsx) nothing is found and the library is parsed, so source
 * code newer than the last build never meets an old snapshot.
 */
function snapshotPath(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, SNAPSHOT_FILE), join(here, '..', SNAPSHOT_FILE)].find((p) => existsSync(p) && existsSync(join(dirname(p), 'cli.js')));
}

/** The build's checked library, if the source files are unchanged since; undefined otherwise. */
export function readSnapshot(): Library | undefined {
  const path = snapshotPath();
  if (!path) return undefined;
  try {
    const snap = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
    if (snap.version !== VERSION) return undefined;
    const now = sources();
    const same = now.length === snap.sources.length && now.every((s, i) => s.name === snap.sources[i]!.name && s.sha256 === snap.sources[i]!.sha256);
    return same ? snap.library : undefined;
  } catch {
    return undefined; // unreadable or half-written: parsing is always correct, only slower
  }
}

/** Parse scenario files; the YAML and schema libraries load only when this runs. */
export async function loadFiles(paths: string[] = []): Promise<Library> {
  const { loadLibrary } = await import('../scenario/files');
  return loadLibrary(paths);
}

/** The bundled library: from the build's snapshot when the files are unchanged, else parsed. */
export async function bundledLibrary(): Promise<Library> {
  return readSnapshot() ?? loadFiles();
}

/** Called by scripts/build.mjs. A library with errors gets no snapshot, so its errors are always reported. */
export async function writeSnapshot(outDir: string): Promise<boolean> {
  const hashed = sources(); // before parsing: a file changed in between then fails the check at run time
  const library = await loadFiles();
  if (hasErrors(library.diagnostics)) return false;
  const snap: Snapshot = { version: VERSION, sources: hashed, library };
  // Written aside and renamed: a CLI starting during a build reads the old file or the new, never half.
  const tmp = join(outDir, `.${SNAPSHOT_FILE}.${process.pid}`);
  writeFileSync(tmp, JSON.stringify(snap));
  renameSync(tmp, join(outDir, SNAPSHOT_FILE));
  return true;
}
