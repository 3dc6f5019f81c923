// The host's store writer against a real store: the changes committed in one event-loop turn land
// in one transaction, each is told only once all of them are stored, and a batch that fails is
// tried again whole, with nothing committed after it stored or told first. A second connection
// shows what is stored at each moment. On a SQLite file (every case) and on a throwaway
// PostgreSQL cluster (one turn, one transaction, all or nothing, nothing after close).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/drill/room';
import { DrillStore, type DrillBatch, type DrillRow } from '../../src/drill/store';
import { MAX_BATCH, StoreWriter } from '../../src/drill/writer';
import { DB_FILE } from '../../src/store/db';
import { openStore } from '../../src/store/open';
import { engineStores, ENGINES, type EngineName } from '../store/engines';
import { lockDatabase } from './helpers';

const stores = engineStores();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const D1: Omit<DrillRow, 'endedAt'> = { id: 'd1', scenario: 's', scenarioRef: 's', scenarioCopy: null, settings: { lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false }, code: 'ABCDEF', port: 0, bind: '127.0.0.1', createdAt: 1, site: '', team: '' };

/** Rows of drill_records in stored order, read by another connection to the same store. */
interface Reader {
  /** Started the moment it is called (on SQLite, read then and there). */
  all<T>(sql: string, params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function readerFor(engine: EngineName, dir: string, url: string | undefined): Promise<Reader> {
  if (engine === 'sqlite') {
    const db = new Database(join(dir, DB_FILE), { readonly: true });
    return { all: <T>(sql: string, p: unknown[]) => Promise.resolve(db.prepare(sql).all(...p) as T[]), close: async () => void db.close() };
  }
  // A pool, so reads started while others run queue up instead of overlapping on one connection.
  const client = new pg.Pool({ connectionString: url, max: 1 });
  return {
    // The store's '?' parameters in PostgreSQL's numbering.
    all: async <T>(sql: string, p: unknown[]) => (await client.query(sql.replace(/\?/g, ((n) => () => `$${++n}`)(0)), p)).rows as T[],
    close: () => client.end(),
  };
}

/** A drill store with drill `d1`, a writer over it, and a second connection that reads what is stored. */
async function setUp(engine: EngineName) {
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-writer-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const choice = await stores.choice(engine, dir);
  const store = (await DrillStore.open(await openStore(choice, {}))).forHosting();
  cleanups.push(() => store.close());
  await store.create(D1);
  const reader = await readerFor(engine, dir, choice.store);
  cleanups.push(() => reader.close());
  const events: string[] = [];
  const writer = new StoreWriter<DrillBatch>({ trouble: (m) => events.push(`trouble: ${m}`), recovered: () => events.push('recovered') }, { transaction: (w) => store.transaction(w), maxBatch: MAX_BATCH[engine], delay: () => 20 });
  cleanups.push(() => writer.close());
  /** The records of a drill as another program sees them: kicked pids in stored order. */
  const stored = async (drill = 'd1') => (await reader.all<{ seq: number; pid: string }>('SELECT seq, pid FROM drill_records WHERE drill_id = ? ORDER BY seq', [drill])).map((r) => `${Number(r.seq)}:${r.pid}`);
  return { dir, store, writer, events, stored, reader };
}

const once = (f: () => void) => {
  let done = false;
  return () => {
    if (!done) f();
    done = true;
  };
};

const kick = (pid: string): Change => ({ record: { type: 'kick', at: 1, pid }, verdicts: [] });
const append = (pid: string, drill = 'd1') => (tx: DrillBatch) => tx.append(drill, kick(pid));

describe.each(ENGINES)('the store writer on %s', (engine) => {
  it('stores the changes of one turn together, then tells each in order, once all are stored', async () => {
    const { writer, stored, reader } = await setUp(engine);
    const told: Promise<string[]>[] = [];
    const order: string[] = [];
    const pids = ['p1', 'p2', 'p3'];
    for (const pid of pids) {
      const now = writer.commit(append(pid), () => {
        order.push(pid);
        // What is stored when this one is told.
        told.push(stored());
      });
      expect(now).toBe(true);
    }
    // Nothing is written before the turn's I/O is done (a SQLite read happens then and there; a
    // server's answers later, when the batch may be stored), and nobody has been told.
    if (engine === 'sqlite') expect(await stored()).toEqual([]);
    expect(order).toEqual([]);
    await expect.poll(() => order, { timeout: 10_000 }).toEqual(pids);
    // The first to be told already finds the last of the batch stored.
    expect(await Promise.all(told)).toEqual(pids.map(() => ['1:p1', '2:p2', '3:p3']));
    if (engine === 'postgres') {
      // One transaction for the three: the rows carry the id of the transaction that wrote them.
      const xids = await reader.all<{ x: string }>('SELECT DISTINCT xmin::text AS x FROM drill_records', []);
      expect(xids).toHaveLength(1);
    }
    expect(writer.healthy).toBe(true);
  });

  it('stores none of a batch when one of its writes fails, and keeps the numbering for the retry', async () => {
    const { store, writer, events, stored } = await setUp(engine);
    const told: string[] = [];
    writer.commit(append('p1'), () => told.push('p1'));
    writer.commit(append('p2'), () => told.push('p2'));
    // A drill the database does not know yet: its foreign key fails this write, and so the batch.
    writer.commit(append('q1', 'd2'), () => told.push('q1'));
    await expect.poll(() => events, { timeout: 10_000 }).toHaveLength(1);
    // SQLite's and PostgreSQL's (23503) foreign key violations.
    expect(events[0]).toMatch(/^trouble: the drill database cannot be written \((SQLITE_CONSTRAINT|23503)/);
    expect(writer.troubled).toBe(true);
    // The two writes before the failing one were rolled back with it: not stored, nobody told.
    expect(await stored()).toEqual([]);
    expect(told).toEqual([]);
    // Committed while the store fails: it waits, behind the batch.
    expect(writer.commit(append('p3'), () => told.push('p3'))).toBe(false);

    await store.create({ ...D1, id: 'd2' });
    await expect.poll(() => told, { timeout: 10_000 }).toEqual(['p1', 'p2', 'q1', 'p3']);
    // In the order committed, numbered without a gap across the failed tries.
    expect(await stored()).toEqual(['1:p1', '2:p2', '3:p3']);
    expect(await stored('d2')).toEqual(['1:q1']);
    expect(events.at(-1)).toBe('recovered');
    expect(writer.troubled).toBe(false);
  });

  it('keeps the last of two verdicts on one flag decided in the same batch, as if stored one by one', async () => {
    const { store, writer } = await setUp(engine);
    const answer = (verdict: 'caught' | 'missed', critical: boolean): Change => ({
      record: { type: 'kick', at: 1, pid: 'p1' },
      verdicts: [{ pid: 'p1', verdict: { step: 1, turn: 't1', flag: 'urgency', verdict, critical } }, { pid: 'p2', verdict: { step: 1, turn: 't1', flag: 'urgency', verdict: 'caught', critical: false } }],
    });
    const told: number[] = [];
    writer.commit((tx) => tx.append('d1', answer('caught', false)), () => told.push(1));
    writer.commit((tx) => tx.append('d1', answer('missed', true)), () => told.push(2));
    await expect.poll(() => told, { timeout: 10_000 }).toEqual([1, 2]);
    // Both rows carry the second record's number (2): by seq, then pid.
    expect(await store.verdicts('d1')).toEqual([
      { pid: 'p1', step: 1, turn: 't1', flag: 'urgency', verdict: 'missed', critical: true },
      { pid: 'p2', step: 1, turn: 't1', flag: 'urgency', verdict: 'caught', critical: false },
    ]);
  });

  it('stores and tells nothing committed once the host is closing', async () => {
    const { writer, stored } = await setUp(engine);
    const told: string[] = [];
    writer.close();
    writer.commit(append('p1'), () => told.push('p1'));
    // By the end of this turn's I/O, when a batch would have been stored.
    await new Promise((r) => setImmediate(r));
    expect(told).toEqual([]);
    expect(await stored()).toEqual([]);
  });
});

describe('the store writer on a SQLite file', () => {
  it('stores a long burst in steps of MAX_BATCH, so the first are told before the rest are stored', async () => {
    const { writer, stored } = await setUp('sqlite');
    const step = MAX_BATCH.sqlite;
    const n = step + 10;
    const told: { pid: string; stored: Promise<number> }[] = [];
    for (let i = 1; i <= n; i++) {
      writer.commit(append(`p${i}`), () => told.push({ pid: `p${i}`, stored: stored().then((s) => s.length) }));
    }
    await expect.poll(() => told.length, { timeout: 10_000 }).toBe(n);
    expect(told.map((t) => t.pid)).toEqual(Array.from({ length: n }, (_, i) => `p${i + 1}`));
    // The first batch went as one transaction, begun when the last of them was committed and
    // told before the rest were stored; the rest as the next.
    const counts = await Promise.all(told.map((t) => t.stored));
    expect(counts).toEqual([...Array(step).fill(step), ...Array(10).fill(n)]);
  });

  it('tries a failing batch again whole, and stores and tells nothing committed after it first', async () => {
    const { dir, writer, events, stored } = await setUp('sqlite');
    const told: string[] = [];
    const tell = (pid: string) => () => told.push(pid);
    const release = once(lockDatabase(dir));
    cleanups.push(release);
    writer.commit(append('p1'), tell('p1'));
    writer.commit(append('p2'), tell('p2'));
    await expect.poll(() => events, { timeout: 10_000 }).toEqual(['trouble: the drill database is locked by another program']);
    expect(writer.troubled).toBe(true);
    // Committed while the store fails: it waits, behind the batch.
    expect(writer.commit(append('p3'), tell('p3'))).toBe(false);
    expect(writer.healthy).toBe(false);
    expect(told).toEqual([]);

    release();
    await expect.poll(() => told, { timeout: 10_000 }).toEqual(['p1', 'p2', 'p3']);
    expect(events).toEqual(['trouble: the drill database is locked by another program', 'recovered']);
    expect(await stored()).toEqual(['1:p1', '2:p2', '3:p3']);
    expect(writer.troubled).toBe(false);
  });
});
