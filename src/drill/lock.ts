// One live host per drill. Two hosts of one drill would hand out the same sequence numbers and refuse
// each other's answers, so a host holds SQLite's own exclusive lock on a small lock file beside the
// database for as long as it runs. The operating system drops the lock when the process dies, even
// by kill -9: there is never a stale lock to clean up.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class HostLockError extends Error {}

export interface HostLock {
  release(): void;
}

/** Take the drill's lock, or throw HostLockError if another live host holds it. */
export function lockDrill(dbFile: string, drillId: string): HostLock {
  const dir = join(dirname(dbFile), 'locks');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${drillId.replace(/[^\w-]/g, '_')}.lock`);
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    if (/^SQLITE_(BUSY|LOCKED)/.test(String((e as { code?: unknown }).code))) throw new HostLockError(`drill ${drillId} is already running in another host`);
    throw e;
  }
  return {
    release() {
      if (!db.open) return;
      db.exec('ROLLBACK');
      db.close();
      rmSync(file, { force: true });
    },
  };
}
