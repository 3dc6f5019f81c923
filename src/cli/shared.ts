// Pieces several commands share: options, loading a scenario, printing diagnostics.
import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import type { Place } from '../store/place';
import { formatDiagnostic, hasErrors } from '../scenario/diagnostics';
import type { Library } from '../scenario/library';
import { readCapped, type InputKind } from '../scenario/limits';
import { FileError } from '../scenario/paths';
import { LANGS, type Lang } from '../core/constants';
import type { Catalogue, Scenario } from '../core/schema';
import { CliError, EXIT } from './errors';
import { StoreAddressError, StoreError, type Store } from '../store/store';
import type { StoreChoice } from '../store/open';
import { bundledLibrary, loadFiles } from './snapshot';

export const langOption = (what = 'language of the conversation') =>
  new Option('--lang <lang>', what).choices([...LANGS]).default(defaultLang());

/** --data-dir, described once: the default is store/db.ts's defaultDataDir. */
export const dataDirOption = (what: string) =>
  new Option('--data-dir <dir>', `${what} (default: $SCAMDRILL_DATA_DIR, else $XDG_DATA_HOME/scamdrill, else ~/.local/share/scamdrill)`);

/**
 * --format <choices> and --json, its synonym for --format json, on a command with a JSON output:
 * the action reads only `format`. --json with a different --format is a usage error (exit 2).
 */
export function formatOptions<F extends string>(cmd: Command, formats: readonly F[], opts: { default: F; description?: string }): Command {
  return cmd
    .addOption(new Option('--format <format>', opts.description ?? 'output format').choices([...formats]).default(opts.default))
    .addOption(new Option('--json', 'the same as --format json'))
    .hook('preAction', (c) => {
      const { json, format } = c.opts<{ json?: boolean; format: F }>();
      if (!json) return;
      if (c.getOptionValueSource('format') === 'cli' && format !== 'json') {
        throw new CliError(`--json asks for JSON and --format for ${format}; give one of them`, EXIT.usage);
      }
      c.setOptionValueWithSource('format', 'json', 'cli');
    });
}

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

/**
 * A whole-number option value from min to max, or a usage error (exit 2) that says what to give.
 * Only digits count: "", "1e3", "0x10" and " 7" are not numbers a person meant.
 */
export function intOption(flag: string, value: string, min: number, max: number): number {
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw new CliError(`${flag} ${JSON.stringify(value)}: give a whole number from ${min} to ${max}`, EXIT.usage);
  return n;
}

/** A number of seconds (decimals allowed) above 0 and at most max, as milliseconds; else a usage error. */
export function secondsOption(flag: string, value: string, max: number): number {
  const n = /^\d{1,9}(\.\d{1,3})?$/.test(value) ? Number(value) : NaN;
  if (!(n > 0 && n <= max)) throw new CliError(`${flag} ${JSON.stringify(value)}: give a number of seconds above 0 and at most ${max}`, EXIT.usage);
  return Math.round(n * 1000);
}

/**
 * Runs fn, which opens the store: a data folder or server that cannot be used becomes a one-line
 * CliError; a --store (or $SCAMDRILL_STORE) that is no PostgreSQL address, or where no server
 * answers, is a usage error (exit 2), said in `lang`.
 */
export async function withDataFolder<T>(fn: () => T | Promise<T>, lang: Lang = defaultLang()): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StoreAddressError) {
      const { t } = await import('../words/labels');
      const g = e.given;
      throw new CliError(g.kind === 'not-postgres' ? t('storeNotPostgres', lang, { option: g.from, url: JSON.stringify(g.url) }) : t('storeUnreachable', lang, { where: g.where, why: g.why }), EXIT.usage);
    }
    if (e instanceof StoreError) throw new CliError(e.message);
    throw e;
  }
}

/** --store, described once: store/open.ts decides between it, $SCAMDRILL_STORE and the data folder. */
export const storeOption = () =>
  new Option('--store <url>', 'keep results on a PostgreSQL server, like postgres://user@host:5432/scamdrill (default: $SCAMDRILL_STORE, else the SQLite file in the data folder)');

/** Open the chosen store, run fn on it, close it. */
export async function withStore<T>(o: StoreChoice & { lang?: Lang }, fn: (store: Store) => Promise<T>): Promise<T> {
  // Loaded only on this path: the engines bring SQLite or pg, which most commands never need.
  const { openStore } = await import('../store/open');
  const store = await withDataFolder(() => openStore(o), o.lang);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** A command's output: to the file --out names, else to standard output; a file that cannot be written is a CliError. */
export function emit(text: string, out: string | undefined): void {
  if (!out) return void process.stdout.write(text);
  try {
    writeFileSync(out, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${out}: cannot write (${code === 'ENOENT' ? 'no such folder' : code ?? String(e)})`);
  }
}

/** The error to show for a file a command could not read: it names the file and says why. */
export function cannotRead(path: string, e: unknown): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof FileError) return new CliError(e.message);
  const code = (e as NodeJS.ErrnoException).code;
  return new CliError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})`);
}

/** A UTF-8 text file given on the command line ("-": standard input), up to its kind's cap, or a CliError. */
export function readTextFile(path: string, kind: InputKind): string {
  try {
    return readCapped(path, kind);
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

/** A name, group tag, site or team as it is stored (check/person.ts), or a usage error naming the option. */
export async function stored(flag: string, raw: string, what: 'name' | 'group' | 'site' | 'team'): Promise<string> {
  // Loaded here, not at start-up: masking brings the reader.
  const { storedName, NameError } = await import('../check/person');
  try {
    return storedName(raw, what);
  } catch (e) {
    if (e instanceof NameError) throw new CliError(`${flag}: ${e.message}`, EXIT.usage);
    throw e;
  }
}

/** --site and --team as they will be stored (store/place.ts), '' for one not given. */
export async function placeOption(o: { site?: string | undefined; team?: string | undefined }): Promise<Place> {
  return {
    site: o.site === undefined ? '' : await stored('--site', o.site, 'site'),
    team: o.team === undefined ? '' : await stored('--team', o.team, 'team'),
  };
}
