// The host's store writer against a real SQLite file: the changes committed in one event-loop turn
// land in one transaction, each is told only once all of them are stored, and a batch that fails is
// tried again whole, with nothing committed after it stored or told first. A second connection to
// the file shows what is on disk at each moment.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/drill/room';
import { DrillStore } from '../../src/drill/store';
import { MAX_BATCH, StoreWriter } from '../../src/drill/writer';
import { DB_FILE } from '../../src/store/db';
import { lockDatabase } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

/** A drill store in a fresh folder with drill `d1`, a writer over it, and a second connection that reads what is on disk. */
function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-writer-'));
  const store = DrillStore.open(dir).forHosting();
  store.create({ id: 'd1', scenario: 's', scenarioRef: 's', scenarioCopy: null, settings: { lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false }, code: 'ABCDEF', port: 0, bind: '127.0.0.1', createdAt: 1 });
  const reader = new Database(join(dir, DB_FILE), { readonly: true });
  const events: string[] = [];
  const writer = new StoreWriter({ trouble: (m) => events.push(`trouble: ${m}`), recovered: () => events.push('recovered') }, { transaction: (w) => store.transaction(w), delay: () => 20 });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => store.close(), () => reader.close(), () => writer.close());
  /** The records of a drill on disk, as another program sees them: kicked pids in stored order. */
  const onDisk = (drill = 'd1') => (reader.prepare('SELECT seq, pid FROM drill_records WHERE drill_id = ? ORDER BY seq').all(drill) as { seq: number; pid: string }[]).map((r) => `${r.seq}:${r.pid}`);
  return { dir, store, writer, events, onDisk };
}

const once = (f: () => void) => {
  let done = false;
  return () => {
    if (!done) f();
    done = true;
  };
};

const kick = (pid: string): Change => ({ record: { type: 'kick', at: 1, pid }, verdicts: [] });

describe('the store writer', () => {
  it('stores the changes of one turn together, then tells each in order, once all are on disk', async () => {
    const { store, writer, onDisk } = setUp();
    const told: string[][] = [];
    let done!: () => void;
    const allTold = new Promise<void>((r) => (done = r));
    const pids = ['p1', 'p2', 'p3'];
    for (const pid of pids) {
      const now = writer.commit(() => store.append('d1', kick(pid)), () => {
        // What is on disk when this one is told.
        told.push([pid, ...onDisk()]);
        if (pid === 'p3') done();
      });
      expect(now).toBe(true);
    }
    // Nothing is written before the turn's I/O is done, and nobody has been told.
    expect(onDisk()).toEqual([]);
    expect(told).toEqual([]);
    await allTold;
    // The first to be told already finds the last of the batch stored: one transaction for the three.
    expect(told).toEqual(pids.map((pid) => [pid, '1:p1', '2:p2', '3:p3']));
    expect(writer.healthy).toBe(true);
  });

  it('stores a long burst in steps of MAX_BATCH, so the first are told before the rest of the turn is read', async () => {
    const { store, writer, onDisk } = setUp();
    const n = MAX_BATCH + 10;
    const told: { pid: string; stored: number }[] = [];
    let done!: () => void;
    const allTold = new Promise<void>((r) => (done = r));
    for (let i = 1; i <= n; i++) {
      writer.commit(() => store.append('d1', kick(`p${i}`)), () => {
        told.push({ pid: `p${i}`, stored: onDisk().length });
        if (i === n) done();
      });
    }
    // The first MAX_BATCH were stored and told the moment the last of them was committed.
    expect(told.map((t) => t.stored)).toEqual(Array(MAX_BATCH).fill(MAX_BATCH));
    await allTold;
    expect(told.map((t) => t.pid)).toEqual(Array.from({ length: n }, (_, i) => `p${i + 1}`));
    expect(told.slice(MAX_BATCH).map((t) => t.stored)).toEqual(Array(10).fill(n));
  });

  it('tries a failing batch again whole, and stores and tells nothing committed after it first', async () => {
    const { dir, store, writer, events, onDisk } = setUp();
    const told: string[] = [];
    const tell = (pid: string) => () => told.push(pid);
    const release = once(lockDatabase(dir));
    cleanups.push(release);
    writer.commit(() => store.append('d1', kick('p1')), tell('p1'));
    writer.commit(() => store.append('d1', kick('p2')), tell('p2'));
    await expect.poll(() => events, { timeout: 10_000 }).toEqual(['trouble: the drill database is locked by another program']);
    expect(writer.troubled).toBe(true);
    // Committed while the store fails: it waits, behind the batch.
    expect(writer.commit(() => store.append('d1', kick('p3')), tell('p3'))).toBe(false);
    expect(writer.healthy).toBe(false);
    expect(told).toEqual([]);

    release();
    await expect.poll(() => told, { timeout: 10_000 }).toEqual(['p1', 'p2', 'p3']);
    expect(events).toEqual(['trouble: the drill database is locked by another program', 'recovered']);
    // In the order committed, numbered without a gap across the failed tries.
    expect(onDisk()).toEqual(['1:p1', '2:p2', '3:p3']);
    expect(writer.troubled).toBe(false);
  });

  it('stores none of a batch when one of its writes fails, and keeps the numbering for the retry', async () => {
    const { store, writer, events, onDisk } = setUp();
    const told: string[] = [];
    writer.commit(() => store.append('d1', kick('p1')), () => told.push('p1'));
    writer.commit(() => store.append('d1', kick('p2')), () => told.push('p2'));
    // A drill the database does not know yet: its foreign key fails this write, and so the batch.
    writer.commit(() => store.append('d2', kick('q1')), () => told.push('q1'));
    await expect.poll(() => events, { timeout: 10_000 }).toHaveLength(1);
    expect(events[0]).toMatch(/^trouble: the drill database cannot be written \(SQLITE_CONSTRAINT/);
    // The two writes before the failing one were rolled back with it: not on disk, nobody told.
    expect(onDisk()).toEqual([]);
    expect(told).toEqual([]);

    store.create({ ...store.get('d1')!, id: 'd2' });
    await expect.poll(() => told, { timeout: 10_000 }).toEqual(['p1', 'p2', 'q1']);
    expect(onDisk()).toEqual(['1:p1', '2:p2']);
    expect(onDisk('d2')).toEqual(['1:q1']);
    expect(events.at(-1)).toBe('recovered');
  });

  it('stores and tells nothing committed once the host is closing', async () => {
    const { store, writer, onDisk } = setUp();
    const told: string[] = [];
    writer.close();
    writer.commit(() => store.append('d1', kick('p1')), () => told.push('p1'));
    // By the end of this turn's I/O, when a batch would have been stored.
    await new Promise((r) => setImmediate(r));
    expect(told).toEqual([]);
    expect(onDisk()).toEqual([]);
  });
});
