// The PostgreSQL engine of the store interface: node-postgres with a pool, for an organisation whose
// drills and practice outgrow one SQLite file. The SQL is the store modules' own, with each '?'
// numbered as PostgreSQL wants it ($1, $2, …).
import pg from 'pg';
import type { Hold, Query, Store } from './store';
import { StoreAddressError } from './store';

/** '?' → $1, $2, …: the store modules' SQL has no '?' inside string literals. */
export const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** Counts, sums and millisecond times come back as numbers, as from SQLite (they fit in a double). */
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** The address with any password left out: safe to print. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

const queries = (c: pg.Pool | pg.PoolClient): Query => ({
  engine: 'postgres',
  all: async <T>(sql: string, p: readonly unknown[] = []) => (await c.query(numbered(sql), [...p])).rows as T[],
  get: async <T>(sql: string, p: readonly unknown[] = []) => (await c.query(numbered(sql), [...p])).rows[0] as T | undefined,
  run: async (sql: string, p: readonly unknown[] = []) => (await c.query(numbered(sql), [...p])).rowCount ?? 0,
  // Without parameters node-postgres sends the simple protocol, which takes several statements.
  exec: async (sql: string) => void (await c.query(sql)),
});

export class PgStore implements Store {
  readonly engine = 'postgres' as const;
  private readonly q: Query;

  constructor(private readonly pool: pg.Pool, private readonly url: string) {
    this.q = queries(pool);
  }

  get where(): string {
    return safeUrl(this.url);
  }

  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.q.all<T>(sql, params);
  }

  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined> {
    return this.q.get<T>(sql, params);
  }

  run(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.q.run(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.q.exec(sql);
  }

  async tx<T>(fn: (q: Query) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(queries(client));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  /**
   * An advisory lock on a connection of its own: the server drops it when that connection does. If
   * the connection drops while the lock is wanted (the server restarted), it is taken again on a new
   * one as soon as the server answers; if another process took it meanwhile, the hold is lost.
   */
  async hold(name: string): Promise<Hold | undefined> {
    const key = lockKey(name);
    const take = async (): Promise<pg.Client | undefined> => {
      const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        const row = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [key])).rows[0];
        if (row?.ok) return client;
      } catch (e) {
        await client.end().catch(() => undefined);
        throw e;
      }
      await client.end();
      return undefined;
    };
    const first = await take();
    return first && new AdvisoryHold(first, take);
  }

  async tables(): Promise<string[]> {
    return (await this.all<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name")).map((r) => r.name);
  }

  forHosting(): void {
    // Nothing to tune: a server's row locks do not stall other writers the way a locked file does.
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** The text whose hash is the advisory lock's key (PgStore.hold). */
export const lockKey = (name: string) => 'scamdrill:' + name;

/** Retry delays while a dropped advisory lock is taken back: 50 ms doubling, never more than 2 s apart. */
const retakeDelay = (attempt: number) => Math.min(2000, 50 * 2 ** attempt);

/** PgStore.hold: the lock, and taking it back after its connection dropped. */
class AdvisoryHold implements Hold {
  held = true;
  readonly lost: Promise<void>;
  private loseIt!: () => void;
  private released = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private client: pg.Client, private readonly take: () => Promise<pg.Client | undefined>) {
    this.lost = new Promise((resolve) => (this.loseIt = resolve));
    this.watch(client);
  }

  private watch(client: pg.Client): void {
    // The server's notice that it ends the connection (an administrator, a shutdown) is read before the
    // connection closes, in the same turn as anything else that came in meanwhile: from that moment
    // nothing is guarded, so nothing is written; the connection is ended, and taken again below.
    client.once('error', () => {
      if (this.released || client !== this.client) return;
      this.held = false;
      void client.end().catch(() => undefined);
    });
    client.once('end', () => {
      if (this.released || client !== this.client) return;
      // The server let go of the lock with the connection: nothing is guarded until it is back.
      this.held = false;
      this.retake(0);
    });
  }

  private retake(attempt: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.take().then((client) => {
        if (this.released) return void client?.end().catch(() => undefined);
        if (!client) return this.loseIt();
        this.client = client;
        this.held = true;
        this.watch(client);
      }, () => {
        if (!this.released) this.retake(attempt + 1);
      });
    }, retakeDelay(attempt));
  }

  async release(): Promise<void> {
    this.released = true;
    this.held = false;
    clearTimeout(this.timer);
    await this.client.end().catch(() => undefined);
  }
}

/** Connect to the server at `url` (postgres://…), or say clearly why not. */
export async function openPostgres(url: string): Promise<PgStore> {
  const pool = new pg.Pool({ connectionString: url, types, connectionTimeoutMillis: 10_000 });
  // A connection the server drops while idle must not take the process down; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    const why = (e as Error).message || String((e as { code?: unknown }).code);
    throw new StoreAddressError(`cannot use the PostgreSQL store ${safeUrl(url)}: ${why}; check the address, that the server runs, and the user's password (e.g. in ~/.pgpass)`, { kind: 'unreachable', where: safeUrl(url), why });
  }
  return new PgStore(pool, url);
}
