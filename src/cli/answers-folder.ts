// `play --answers-dir`: which files in a folder are learners' answers. A class folder also holds
// notes, hand-outs and READMEs; grading one of them as a learner would skew the class mean.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswersSource } from '../playback/batch';
import { CliError, EXIT } from './errors';
import { readTextFile } from './shared';

/** Answers files are plain text: other names need --glob. */
export const DEFAULT_GLOB = '*.txt';

/**
 * A file-name pattern as the shell reads it (* any run of characters, ? one, [abc] or [!abc] one
 * of), matched against the whole name, ignoring case (.TXT from a Windows machine counts).
 */
export function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
    .replace(/\[!/g, '[^');
  try {
    return new RegExp(`^${body}$`, 'iu');
  } catch {
    throw new CliError(`--glob ${JSON.stringify(glob)} is not a file-name pattern; e.g. --glob '*.ans'`, EXIT.usage);
  }
}

/** "a, b, c and 4 more": a list that fits on one line. */
function someNames(names: string[], max = 5): string {
  return names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');
}

export interface AnswersFolder {
  /** One per learner, sorted by name; `file` is the file name alone, as reports show it. */
  sources: AnswersSource[];
  /** Visible files left out (not matching the pattern, or a README), by name. */
  skipped: string[];
}

export function readAnswersFolder(dir: string, glob = DEFAULT_GLOB): AnswersFolder {
  const pattern = globRegExp(glob);
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`${dir}: is a file, not a folder; to play one answers file use --answers ${dir}`);
    names = readdirSync(dir);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${dir}: no such folder` : `${dir}: cannot read (${code ?? String(e)})`);
  }
  // Hidden files are nobody's answers and are not worth a mention; a README never is a learner.
  const files = names.filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile()).sort();
  const taken = files.filter((n) => pattern.test(n) && !/^readme(\.|$)/i.test(n));
  const skipped = files.filter((n) => !taken.includes(n));
  if (!taken.length) {
    const hint = skipped.length ? ` (it has ${someNames(skipped)}; to grade other files give a pattern, e.g. --glob '*${/\.[^.]+$/.exec(skipped[0]!)?.[0] ?? ''}')` : '';
    throw new CliError(`${dir}: no answers files matching ${glob} in this folder${hint}`);
  }
  return { sources: taken.map((name) => ({ file: name, text: readTextFile(join(dir, name), 'answers') })), skipped };
}

/** The one stderr line that says which files were not graded, or nothing when none were left out. */
export function skippedNote(skipped: string[], glob: string): string | undefined {
  if (!skipped.length) return undefined;
  return `skipped ${someNames(skipped)} (answers files are ${glob}, never a README; for others use --glob '<pattern>')`;
}
