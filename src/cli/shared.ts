// Pieces several commands share: options, loading a scenario, printing diagnostics.
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { formatDiagnostic, hasErrors } from '../scenario/diagnostics';
import type { Library } from '../scenario/library';
import { FileError, utf8Text } from '../scenario/paths';
import { LANGS, type Lang } from '../core/constants';
import type { Catalogue, Scenario } from '../core/schema';
import { CliError, EXIT } from './errors';
import { bundledLibrary, loadFiles } from './snapshot';

export const langOption = () =>
  new Option('--lang <lang>', 'language of the conversation').choices([...LANGS]).default(defaultLang());

/** --data-dir, described once: the default is store/db.ts's defaultDataDir. */
export const dataDirOption = (what: string) =>
  new Option('--data-dir <dir>', `${what} (default: $SCAMDRILL_DATA_DIR, else $XDG_DATA_HOME/scamdrill, else ~/.local/share/scamdrill)`);

export function defaultLang(): Lang {
  const loc = process.env.SCAMDRILL_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return /^zh/i.test(loc) ? 'zh' : 'en';
}

export async function wrapFileErrors<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof FileError) throw new CliError(e.message);
    throw e;
  }
}

/** The error to show for a file a command could not read: it names the file and says why. */
export function cannotRead(path: string, e: unknown): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof FileError) return new CliError(e.message);
  const code = (e as NodeJS.ErrnoException).code;
  return new CliError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})`);
}

/** A UTF-8 text file given on the command line, or a CliError from cannotRead. */
export function readTextFile(path: string): string {
  try {
    return utf8Text(path, readFileSync(path));
  } catch (e) {
    throw cannotRead(path, e);
  }
}

export function libraryOrFail(lib: Library): Library {
  if (hasErrors(lib.diagnostics)) {
    throw new CliError(`the scenario files have errors:\n${lib.diagnostics.map(formatDiagnostic).join('\n')}\n(run "scamdrill validate" for details)`);
  }
  return lib;
}

/** A path names a file; anything else is an id in the bundled library. */
export const isFile = (ref: string) => /\.ya?ml$/.test(ref) || ref.includes('/');

/** A scenario by id (bundled library) or by file path, checked; a clear error otherwise. */
export async function requireScenario(idOrFile: string): Promise<{ scenario: Scenario; catalogue: Catalogue; library: Library }> {
  const file = isFile(idOrFile);
  const library = await wrapFileErrors(() => (file ? loadFiles([idOrFile]) : bundledLibrary()));
  const scenario = file ? library.scenarios[0] : library.scenarios.find((s) => s.id === idOrFile);
  if (!scenario) {
    const errors = library.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new CliError(`${idOrFile} has errors:\n${errors.map(formatDiagnostic).join('\n')}`);
    const known = library.scenarios.map((s) => s.id).join(', ');
    throw new CliError(`unknown scenario "${idOrFile}"; known scenarios: ${known} (see "scamdrill list")`, EXIT.failure);
  }
  return { scenario, catalogue: library.catalogue, library };
}
