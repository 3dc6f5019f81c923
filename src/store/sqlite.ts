// The SQLite engine of the store interface: better-sqlite3 on the data folder's file. SQLite itself
// is synchronous; one operation runs at a time, so a transaction's queries never interleave with
// others made while it awaits.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDb, type Db } from './db';
import type { Hold, Query, Store } from './store';

export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private turn: Promise<unknown> = Promise.resolve();
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

  /** Runs fn once every operation before it has finished. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.turn.then(fn);
    this.turn = run.catch(() => undefined);
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
      release: async () => {
        if (!lock.open) return;
        lock.exec('ROLLBACK');
        lock.close();
        rmSync(file, { force: true });
      },
    });
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
