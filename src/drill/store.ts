// Group drills in SQLite: the drill's settings and a copy of the scenario it ran, every room record
// (join, answer, reveal, advance, kick, end) the moment it happens, and each verdict it decided.
// Records are the source of truth — a crashed host replays them; verdict rows are there for
// queries and exports.
// Only redacted answer text reaches this file: records are built from classify/redact output.
import type { Verdict } from '../core/judge';
import type { Change, RoomConfig, RoomRecord } from './room';
import type { StoredCopy } from './scenario-copy';
import { migrate, openDb, type Db } from '../store/db';

/** How a drill runs, as stored with it and restored on --resume. */
export type DrillSettings = Omit<RoomConfig, 'drillId' | 'scenario' | 'catalogue'>;

export interface DrillRow {
  id: string;
  scenario: string;
  /** What to load the scenario from on resume: a bundled id or an absolute file path. */
  scenarioRef: string;
  /** The scenario as the drill ran it (scenario-copy.ts); null for a drill stored before copies were kept. */
  scenarioCopy: StoredCopy | null;
  settings: DrillSettings;
  code: string;
  port: number;
  bind: string;
  createdAt: number;
  endedAt: number | null;
}

const STEPS = [
  `CREATE TABLE drills (
     id TEXT PRIMARY KEY,
     scenario TEXT NOT NULL,
     scenario_ref TEXT NOT NULL,
     settings TEXT NOT NULL,
     code TEXT NOT NULL,
     port INTEGER NOT NULL,
     bind TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     ended_at INTEGER
   );
   CREATE TABLE drill_records (
     drill_id TEXT NOT NULL REFERENCES drills(id),
     seq INTEGER NOT NULL,
     at INTEGER NOT NULL,
     type TEXT NOT NULL,
     pid TEXT,
     step INTEGER,
     data TEXT NOT NULL,
     PRIMARY KEY (drill_id, seq)
   );
   CREATE TABLE drill_verdicts (
     drill_id TEXT NOT NULL REFERENCES drills(id),
     seq INTEGER NOT NULL,
     pid TEXT NOT NULL,
     step INTEGER NOT NULL,
     turn TEXT NOT NULL,
     flag TEXT NOT NULL,
     verdict TEXT NOT NULL,
     critical INTEGER NOT NULL,
     PRIMARY KEY (drill_id, pid, step, flag)
   );`,
  // A drill keeps the scenario it ran; drills stored before this step have NULL here.
  `ALTER TABLE drills ADD COLUMN scenario_json TEXT;
   ALTER TABLE drills ADD COLUMN scenario_hash TEXT;`,
];

export class DrillStore {
  private seqs = new Map<string, number>();
  private readonly insertRecord;
  private readonly insertVerdict;
  private readonly inTransaction;

  constructor(readonly db: Db) {
    migrate(db, 'drills', STEPS);
    this.insertRecord = db.prepare('INSERT INTO drill_records (drill_id, seq, at, type, pid, step, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insertVerdict = db.prepare('INSERT OR REPLACE INTO drill_verdicts (drill_id, seq, pid, step, turn, flag, verdict, critical) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.inTransaction = db.transaction((writes: () => void) => writes());
  }

  static open(dataDir?: string): DrillStore {
    return new DrillStore(openDb(dataDir));
  }

  create(row: Omit<DrillRow, 'endedAt'>): void {
    this.db.prepare('INSERT INTO drills (id, scenario, scenario_ref, scenario_json, scenario_hash, settings, code, port, bind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, row.scenario, row.scenarioRef, row.scenarioCopy?.json ?? null, row.scenarioCopy?.hash ?? null, JSON.stringify(row.settings), row.code, row.port, row.bind, row.createdAt);
    this.seqs.set(row.id, 0);
  }

  /** Forget a drill that never started (its host could not listen); nothing was recorded for it. */
  discard(drillId: string): void {
    this.db.prepare('DELETE FROM drills WHERE id = ? AND NOT EXISTS (SELECT 1 FROM drill_records WHERE drill_id = ?)').run(drillId, drillId);
    this.seqs.delete(drillId);
  }

  /**
   * Store one change now (synchronously: when this returns, it is on disk), in its own transaction:
   * an answer and the verdicts it decided land together or not at all. Inside `transaction`, it
   * lands with the rest of that batch instead.
   */
  append(drillId: string, change: Change): void {
    if (this.db.inTransaction) this.insert(drillId, change);
    else this.transaction(() => this.insert(drillId, change));
  }

  /**
   * Run `writes` (appends, markEnded) as one transaction: all of them are stored, or it throws and
   * none is. The host's writer (writer.ts) stores the changes of one event-loop turn this way.
   */
  transaction(writes: () => void): void {
    const seqs = new Map(this.seqs);
    try {
      this.inTransaction(writes);
    } catch (e) {
      // Numbers are counted only once stored: a batch that failed and is tried again keeps them.
      this.seqs = seqs;
      throw e;
    }
  }

  /**
   * For a live host: a locked file fails a write within 100 ms instead of stalling every socket for
   * the default 5 s; the host's writer (writer.ts) retries it.
   */
  forHosting(): this {
    this.db.pragma('busy_timeout = 100');
    return this;
  }

  markEnded(drillId: string, at: number): void {
    this.db.prepare('UPDATE drills SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(at, drillId);
  }

  setPort(drillId: string, port: number): void {
    this.db.prepare('UPDATE drills SET port = ? WHERE id = ?').run(port, drillId);
  }

  get(drillId: string): DrillRow | undefined {
    const r = this.db.prepare('SELECT * FROM drills WHERE id = ?').get(drillId) as Record<string, unknown> | undefined;
    if (!r) return undefined;
    return {
      id: String(r.id), scenario: String(r.scenario), scenarioRef: String(r.scenario_ref),
      scenarioCopy: r.scenario_json == null ? null : { json: String(r.scenario_json), hash: String(r.scenario_hash) },
      settings: JSON.parse(String(r.settings)) as DrillSettings,
      code: String(r.code), port: Number(r.port), bind: String(r.bind), createdAt: Number(r.created_at), endedAt: r.ended_at == null ? null : Number(r.ended_at),
    };
  }

  records(drillId: string): RoomRecord[] {
    const rows = this.db.prepare('SELECT data FROM drill_records WHERE drill_id = ? ORDER BY seq').all(drillId) as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as RoomRecord);
  }

  verdicts(drillId: string): ({ pid: string } & Verdict)[] {
    const rows = this.db.prepare('SELECT pid, step, turn, flag, verdict, critical FROM drill_verdicts WHERE drill_id = ? ORDER BY seq, pid, step, flag').all(drillId) as
      { pid: string; step: number; turn: string; flag: string; verdict: Verdict['verdict']; critical: number }[];
    return rows.map((r) => ({ pid: r.pid, step: r.step, turn: r.turn, flag: r.flag, verdict: r.verdict, critical: r.critical === 1 }));
  }

  list(): DrillRow[] {
    const ids = this.db.prepare('SELECT id FROM drills ORDER BY created_at DESC').all() as { id: string }[];
    return ids.map((r) => this.get(r.id)!);
  }

  close(): void {
    this.db.close();
  }

  private insert(drillId: string, change: Change): void {
    const seq = this.nextSeq(drillId);
    const r = change.record;
    this.insertRecord.run(drillId, seq, r.at, r.type, 'pid' in r ? r.pid : null, 'step' in r ? r.step : null, JSON.stringify(r));
    for (const { pid, verdict: v } of change.verdicts) this.insertVerdict.run(drillId, seq, pid, v.step, v.turn, v.flag, v.verdict, v.critical ? 1 : 0);
    if (r.type === 'end') this.db.prepare('UPDATE drills SET ended_at = ? WHERE id = ?').run(r.at, drillId);
    this.seqs.set(drillId, seq);
  }

  private nextSeq(drillId: string): number {
    let seq = this.seqs.get(drillId);
    if (seq === undefined) {
      const row = this.db.prepare('SELECT MAX(seq) AS m FROM drill_records WHERE drill_id = ?').get(drillId) as { m: number | null };
      seq = row.m ?? 0;
    }
    this.seqs.set(drillId, seq);
    return seq + 1;
  }
}
