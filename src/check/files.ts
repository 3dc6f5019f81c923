// The check's forms on disk: checks/*.yaml next to scenarios/, read and validated on every load
// (two small files; no snapshot needed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError, packageRoot, utf8Text } from '../scenario/paths';
import { parseForms, type FormSource } from './forms';

export const defaultChecksDir = () => join(packageRoot(), 'checks');

/** The form files of a folder, read; a folder that cannot be read is a FileError naming it. */
export function readFormSources(dir: string = defaultChecksDir()): FormSource[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (e) {
    throw new FileError(`${dir}: cannot read the check forms (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return names.map((n) => {
    const file = join(dir, n);
    return { file, text: utf8Text(file, readFileSync(file)) };
  });
}

export const loadForms = (dir?: string) => parseForms(readFormSources(dir));
