// The SQLite engine of the store interface: better-sqlite3 on the data folder's file. SQLite itself
// is synchronous; one operation on a file runs at a time in this process, so a transaction's queries
// never interleave with others made while it awaits (another connection's BEGIN would wait for its
// lock synchronously, blocking the very event loop that has to finish the first).
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDb, type Db } from './db';
import { StoreError, type Hold, type Query, type Store } from './store';

/** Per database file: the last operation queued on it. */
const turns = new Map<string, Promise<void>>();

export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  /** The queries themselves, run at once: a transaction's own, and (serialised) everyone else's. */
  private readonly now: Query;

  constructor(readonly db: Db) {
    const st = (sql: string) => {
      let s = this.statements.get(sql);
      if (!s) this.statements.set(sql, (s = db.prepare(sql)));
      return s;
    };
    this.now = {
      engine: 'sqlite',
      all: <T>(sql: string, p: readonly unknown[] = []) => Promise.resolve(st(sql).all(...p) as T[]),
      get: <T>(sql: string, p: readonly unknown[] = []) => Promise.resolve(st(sql).get(...p) as T | undefined),
      run: (sql: string, p: readonly unknown[] = []) => Promise.resolve(st(sql).run(...p).changes),
      exec: (sql: string) => Promise.resolve(void db.exec(sql)),
    };
  }

  get where(): string {
    return this.db.name;
  }

  /** Runs fn once every operation on this file before it has finished. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = (turns.get(this.db.name) ?? Promise.resolve()).then(fn);
    const settled = run.then(() => undefined, () => undefined);
    turns.set(this.db.name, settled);
    // Forgotten once idle, so closed files do not pile up.
    void settled.then(() => {
      if (turns.get(this.db.name) === settled) turns.delete(this.db.name);
    });
    return run;
  }

  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.serial(() => this.now.all<T>(sql, params));
  }

  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined> {
    return this.serial(() => this.now.get<T>(sql, params));
  }

  run(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.serial(() => this.now.run(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.serial(() => this.now.exec(sql));
  }

  tx<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      // IMMEDIATE: the write lock is taken at the start, so a busy file fails here, before any work.
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this.now);
        this.db.exec('COMMIT');
        return out;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  /**
   * SQLite's own exclusive lock on a small file in locks/ beside the database: the operating system
   * drops it when the process dies, so there is never a stale lock to clean up.
   */
  hold(name: string): Promise<Hold | undefined> {
    const dir = join(dirname(this.db.name), 'locks');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name.replace(/[^\w-]/g, '_')}.lock`);
    const lock = new Database(file, { timeout: 0 });
    try {
      lock.exec('BEGIN EXCLUSIVE');
    } catch (e) {
      lock.close();
      if (/^SQLITE_(BUSY|LOCKED)/.test(String((e as { code?: unknown }).code))) return Promise.resolve(undefined);
      throw e;
    }
    return Promise.resolve({
      // The operating system holds it for as long as this process lives: it is never dropped under it.
      held: true,
      lost: new Promise<void>(() => undefined),
      release: async () => {
        if (!lock.open) return;
        lock.exec('ROLLBACK');
        lock.close();
        rmSync(file, { force: true });
      },
    });
  }

  async tables(): Promise<string[]> {
    return (await this.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).map((r) => r.name);
  }

  forHosting(): void {
    // A locked file fails a write within 100 ms instead of the default 5 s; the host's writer retries it.
    this.db.pragma('busy_timeout = 100');
  }

  close(): Promise<void> {
    return this.serial(async () => void this.db.close());
  }
}

export const openSqlite = (dataDir: string): SqliteStore => new SqliteStore(openDb(dataDir));

/** A SQLite file to copy from (store migrate), opened as it is: read-only, never made. */
export function openSourceFile(file: string): SqliteStore {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    // Only a real database answers this; any other file fails here, not halfway through a copy.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return new SqliteStore(db);
  } catch (e) {
    throw new StoreError(`${file}: not a scamdrill SQLite file (${(e as Error).message})`);
  }
}
