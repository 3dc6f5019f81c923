// The data folder and the embedded SQLite file in it, the default store (sqlite.ts wraps it in the
// store interface); this module only finds the folder and opens the file the same way for all.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { StoreError } from './store';

export type Db = Database.Database;

/** $SCAMDRILL_DATA_DIR, else $XDG_DATA_HOME/scamdrill, else ~/.local/share/scamdrill. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SCAMDRILL_DATA_DIR) return env.SCAMDRILL_DATA_DIR;
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'scamdrill');
}

export const DB_FILE = 'scamdrill.db';

/** A data folder the program cannot use; the message says which and what to do. */
export class DataDirError extends StoreError {}

function unusable(dir: string, e: unknown): DataDirError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const why =
    code === 'EEXIST' || code === 'ENOTDIR' ? 'it is a file, not a folder'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EROFS' || /readonly/i.test(code) ? 'it is read-only'
    : code === 'ENOENT' ? 'a folder cannot be made there'
    : code === 'SQLITE_CANTOPEN' ? 'the database file cannot be opened or made there'
    : code === 'ENOSPC' || code === 'SQLITE_FULL' ? 'the disk is full'
    : `${(e as Error).message ?? code}`;
  return new DataDirError(`cannot use the data folder ${dir}: ${why}; give a writable folder with --data-dir or $SCAMDRILL_DATA_DIR`);
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir spins forever under /proc, where a
 * missing folder can neither be found nor made.
 */
function makeFolder(dir: string): void {
  const abs = resolve(dir);
  if (existsSync(abs)) {
    if (!statSync(abs).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    return;
  }
  const parent = dirname(abs);
  if (parent !== abs) makeFolder(parent);
  mkdirSync(abs);
}

export function openDb(dataDir: string = defaultDataDir()): Db {
  let db: Db | undefined;
  try {
    makeFolder(dataDir);
    db = new Database(join(dataDir, DB_FILE));
    // WAL: every answer is durable when the write returns, and readers never block the writer.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (e) {
    db?.close();
    throw unusable(dataDir, e);
  }
}
