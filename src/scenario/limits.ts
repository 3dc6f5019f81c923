// How much of any input the program will read, in one place, and the one way files and standard
// input are read against those caps. The cap is enforced as the bytes arrive, never from a stat
// size: /dev/zero, a FIFO or `yes |` report no size and would otherwise be read until memory runs out.
import { closeSync, openSync, readSync } from 'node:fs';
import { FileError, utf8Text } from './paths';

const MB = 1024 * 1024;

/** Every kind of input file, its cap in bytes and how a message names it. */
export const READ_CAPS = {
  scenario: { bytes: 1 * MB, what: 'a scenario file' },
  catalogue: { bytes: 1 * MB, what: 'a red-flag catalogue' },
  answers: { bytes: 5 * MB, what: 'an answers file' },
  marks: { bytes: 1 * MB, what: 'a marks file' },
  transcript: { bytes: 10 * MB, what: 'a transcript' },
} as const;
export type InputKind = keyof typeof READ_CAPS;

/** YAML aliases one file may expand: a real scenario uses none; a "billion laughs" file uses millions. */
export const MAX_YAML_ALIASES = 100;

const CHUNK = 64 * 1024;

export const formatBytes = (n: number) => (n >= MB ? `${n / MB} MB` : `${Math.round(n / 1024)} kB`);

/** Why a file could not be opened or read, in words. */
function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read (${code ?? String(e)})`;
}

/** Blocks this thread briefly: a non-blocking stdin (EAGAIN) has no data yet. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * A UTF-8 text file, or standard input for "-", read up to the cap for its kind. Past the cap it
 * stops reading and throws a FileError naming the cap; every other problem is a FileError too.
 */
export function readCapped(path: string, kind: InputKind): string {
  const { bytes: cap, what } = READ_CAPS[kind];
  const shown = path === '-' ? 'stdin' : path;
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (e) {
    throw new FileError(`${shown}: ${why(e)}`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      let n: number;
      try {
        n = readSync(fd, buf, 0, CHUNK, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          pause(10);
          continue;
        }
        if (code === 'EOF') break;
        throw new FileError(`${shown}: ${why(e)}`);
      }
      if (n === 0) break;
      total += n;
      if (total > cap) throw new FileError(`${shown}: stopped reading at ${formatBytes(cap)}, the most ${what} may hold`);
      chunks.push(buf.subarray(0, n));
    }
  } finally {
    if (path !== '-') closeSync(fd);
  }
  return utf8Text(shown, Buffer.concat(chunks, total));
}
