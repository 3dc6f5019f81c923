// Pieces several commands share: options, loading a scenario, printing diagnostics.
import { Option } from 'commander';
import { formatDiagnostic, hasErrors } from '../scenario/diagnostics';
import { FileError, findScenario } from '../scenario/files';
import type { Library } from '../scenario/library';
import { LANGS, type Catalogue, type Lang, type Scenario } from '../scenario/schema';
import { CliError, EXIT } from './errors';
import { bundledLibrary } from './snapshot';

export const langOption = () =>
  new Option('--lang <lang>', 'language of the conversation').choices([...LANGS]).default(defaultLang());

export function defaultLang(): Lang {
  const loc = process.env.SCAMDRILL_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return /^zh/i.test(loc) ? 'zh' : 'en';
}

export function wrapFileErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FileError) throw new CliError(e.message);
    throw e;
  }
}

export function libraryOrFail(lib: Library): Library {
  if (hasErrors(lib.diagnostics)) {
    throw new CliError(`the scenario files have errors:\n${lib.diagnostics.map(formatDiagnostic).join('\n')}\n(run "scamdrill validate" for details)`);
  }
  return lib;
}

/** A scenario by id (bundled library) or by file path, checked; a clear error otherwise. */
export function requireScenario(idOrFile: string): { scenario: Scenario; catalogue: Catalogue; library: Library } {
  const { library, scenario } = wrapFileErrors(() => findScenario(idOrFile, bundledLibrary));
  if (!scenario) {
    const errors = library.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new CliError(`${idOrFile} has errors:\n${errors.map(formatDiagnostic).join('\n')}`);
    const known = library.scenarios.map((s) => s.id).join(', ');
    throw new CliError(`unknown scenario "${idOrFile}"; known scenarios: ${known} (see "scamdrill list")`, EXIT.failure);
  }
  return { scenario, catalogue: library.catalogue, library };
}
