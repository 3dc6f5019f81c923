// Group drills in the store (SQLite or PostgreSQL): the drill's settings and a copy of the scenario it ran, every room record
// (join, answer, reveal, advance, kick, end) the moment it happens, and each verdict it decided.
// Records are the source of truth — a crashed host replays them; verdict rows are there for
// queries and exports.
// Only redacted answer text reaches this file: records are built from classify/redact output.
import type { Verdict } from '../core/judge';
import type { Change, RoomConfig, RoomRecord } from './room';
import type { StoredCopy } from './scenario-copy';
import type { PersonResult } from './protocol';
import { storedPlace } from '../store/place';
import { migrate, type Step } from '../store/migrate';
import type { Query, Store } from '../store/store';

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
  /** Where and for which team the drill was run, as store/place.ts stores them ('' for none). */
  site: string;
  team: string;
}

/** A participant's own result, as the room gives it at the end (protocol.ts PersonResult). */
export type EndResult = Pick<PersonResult, 'pid' | 'outcome' | 'score' | 'caught' | 'missed' | 'kicked'>;

const STEPS: Step[] = [
  `CREATE TABLE drills (
     id TEXT PRIMARY KEY,
     scenario TEXT NOT NULL,
     scenario_ref TEXT NOT NULL,
     settings TEXT NOT NULL,
     code TEXT NOT NULL,
     port INTEGER NOT NULL,
     bind TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     ended_at BIGINT
   );
   CREATE TABLE drill_records (
     drill_id TEXT NOT NULL REFERENCES drills(id),
     seq INTEGER NOT NULL,
     at BIGINT NOT NULL,
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
  // The site and team a drill was run for ('' for neither), and each participant's own result once
  // the drill has ended, for `scamdrill report` (drills stored before this step have no rows there).
  `ALTER TABLE drills ADD COLUMN site TEXT NOT NULL DEFAULT '';
   ALTER TABLE drills ADD COLUMN team TEXT NOT NULL DEFAULT '';
   CREATE TABLE drill_people (
     drill_id TEXT NOT NULL REFERENCES drills(id),
     pid TEXT NOT NULL,
     outcome TEXT NOT NULL,
     score INTEGER NOT NULL,
     caught INTEGER NOT NULL,
     missed INTEGER NOT NULL,
     kicked INTEGER NOT NULL,
     PRIMARY KEY (drill_id, pid)
   );`,
];

/** The writes of one transaction (DrillStore.transaction). */
export interface DrillBatch {
  append(drillId: string, change: Change): Promise<void>;
  markEnded(drillId: string, at: number, people?: readonly EndResult[]): Promise<void>;
}

export class DrillStore {
  private seqs = new Map<string, number>();

  private constructor(readonly db: Store) {}

  /** The drills in a store, their tables made or brought up to date. */
  static async open(store: Store): Promise<DrillStore> {
    await migrate(store, 'drills', STEPS);
    return new DrillStore(store);
  }

  async create(row: Omit<DrillRow, 'endedAt' | 'site' | 'team'> & { site?: string; team?: string }): Promise<void> {
    const { site, team } = storedPlace(row);
    await this.db.run('INSERT INTO drills (id, scenario, scenario_ref, scenario_json, scenario_hash, settings, code, port, bind, created_at, site, team) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [row.id, row.scenario, row.scenarioRef, row.scenarioCopy?.json ?? null, row.scenarioCopy?.hash ?? null, JSON.stringify(row.settings), row.code, row.port, row.bind, row.createdAt, site, team]);
    this.seqs.set(row.id, 0);
  }

  /** Forget a drill that never started (its host could not listen); nothing was recorded for it. */
  async discard(drillId: string): Promise<void> {
    await this.db.run('DELETE FROM drills WHERE id = ? AND NOT EXISTS (SELECT 1 FROM drill_records WHERE drill_id = ?)', [drillId, drillId]);
    this.seqs.delete(drillId);
  }

  /** Store one change, in its own transaction: when this resolves, it is stored. */
  async append(drillId: string, change: Change): Promise<void> {
    await this.transaction((b) => b.append(drillId, change));
  }

  /**
   * Run `writes` (appends, markEnded) as one transaction: all of them are stored, or it rejects and
   * none is. The host's writer (writer.ts) stores the changes of one event-loop turn this way. The
   * batch's rows go in one statement per table, at its end: on a server, each statement is a round
   * trip, and a turn of a 2,000-person room holds dozens of answers. On PostgreSQL a batch of
   * answers alone (the whole of a burst) is one statement, records and verdicts together, which is
   * atomic by itself: one round trip instead of four (BEGIN, two inserts, COMMIT).
   */
  async transaction(writes: (b: DrillBatch) => Promise<void>): Promise<void> {
    const ops: Op[] = [];
    await writes({
      append: async (drillId, change) => void ops.push({ append: [drillId, change] }),
      markEnded: async (drillId, at, people = []) => void ops.push({ end: [drillId, at, people] }),
    });
    if (!ops.length) return;
    const seqs = new Map(this.seqs);
    try {
      const appends = ops.flatMap((o) => ('append' in o && o.append[1].record.type !== 'end' && this.seqs.has(o.append[0]) ? [o.append] : []));
      if (this.db.engine === 'postgres' && appends.length === ops.length) {
        const rows = new Rows();
        for (const [drillId, change] of appends) rows.add(drillId, this.takeSeq(drillId), change);
        await rows.insertAtOnce(this.db);
        return;
      }
      await this.db.tx(async (q) => {
        const rows = new Rows();
        for (const o of ops) {
          if ('end' in o) {
            await markEnded(q, ...o.end);
            continue;
          }
          const [drillId, change] = o.append;
          if (!this.seqs.has(drillId)) await this.loadSeq(q, drillId);
          // An answer and the verdicts it decided land together or not at all.
          rows.add(drillId, this.takeSeq(drillId), change);
          if (change.record.type === 'end') await q.run('UPDATE drills SET ended_at = ? WHERE id = ?', [change.record.at, drillId]);
        }
        await rows.insert(q);
      });
    } catch (e) {
      // Numbers are counted only once stored: a batch that failed and is tried again keeps them.
      this.seqs = seqs;
      throw e;
    }
  }

  /** For a live host: see Store.forHosting. */
  forHosting(): this {
    this.db.forHosting();
    return this;
  }

  /** The drill is over: when, and each participant's own result (written again in full if called twice). */
  markEnded(drillId: string, at: number, people: readonly EndResult[] = []): Promise<void> {
    return this.db.tx((q) => markEnded(q, drillId, at, people));
  }

  /** Ended drills that someone joined but that have no per-person results: stored before results were kept. */
  async endedWithoutResults(): Promise<string[]> {
    const rows = await this.db.all<{ id: string }>(`SELECT d.id FROM drills d WHERE d.ended_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM drill_people p WHERE p.drill_id = d.id)
      AND EXISTS (SELECT 1 FROM drill_records r WHERE r.drill_id = d.id AND r.type = 'join') ORDER BY d.created_at`);
    return rows.map((r) => r.id);
  }

  async setPort(drillId: string, port: number): Promise<void> {
    await this.db.run('UPDATE drills SET port = ? WHERE id = ?', [port, drillId]);
  }

  async get(drillId: string): Promise<DrillRow | undefined> {
    const r = await this.db.get<Record<string, unknown>>('SELECT * FROM drills WHERE id = ?', [drillId]);
    return r && toRow(r);
  }

  async records(drillId: string): Promise<RoomRecord[]> {
    const rows = await this.db.all<{ data: string }>('SELECT data FROM drill_records WHERE drill_id = ? ORDER BY seq', [drillId]);
    return rows.map((r) => JSON.parse(r.data) as RoomRecord);
  }

  async verdicts(drillId: string): Promise<({ pid: string } & Verdict)[]> {
    const rows = await this.db.all<{ pid: string; step: number; turn: string; flag: string; verdict: Verdict['verdict']; critical: number }>(
      'SELECT pid, step, turn, flag, verdict, critical FROM drill_verdicts WHERE drill_id = ? ORDER BY seq, pid, step, flag', [drillId]);
    return rows.map((r) => ({ pid: r.pid, step: Number(r.step), turn: r.turn, flag: r.flag, verdict: r.verdict, critical: Number(r.critical) === 1 }));
  }

  async list(): Promise<DrillRow[]> {
    return (await this.db.all<Record<string, unknown>>('SELECT * FROM drills ORDER BY created_at DESC')).map(toRow);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** The last number stored for a drill, read inside a transaction (on SQLite, the store's own queries would wait for it to end). */
  private async loadSeq(q: Query, drillId: string): Promise<void> {
    const row = await q.get<{ m: number | null }>('SELECT MAX(seq) AS m FROM drill_records WHERE drill_id = ?', [drillId]);
    this.seqs.set(drillId, row?.m == null ? 0 : Number(row.m));
  }

  /** The next record's number for a drill whose last number is known. */
  private takeSeq(drillId: string): number {
    const seq = this.seqs.get(drillId)! + 1;
    this.seqs.set(drillId, seq);
    return seq;
  }
}

/** One write of a batch, kept until the batch is stored (DrillStore.transaction). */
type Op = { append: [drillId: string, change: Change] } | { end: [drillId: string, at: number, people: readonly EndResult[]] };

/** See DrillStore.markEnded. */
async function markEnded(q: Query, drillId: string, at: number, people: readonly EndResult[]): Promise<void> {
  await q.run('UPDATE drills SET ended_at = ? WHERE id = ? AND ended_at IS NULL', [at, drillId]);
  if (!people.length) return;
  await q.run('DELETE FROM drill_people WHERE drill_id = ?', [drillId]);
  for (const p of people) {
    await q.run('INSERT INTO drill_people (drill_id, pid, outcome, score, caught, missed, kicked) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [drillId, p.pid, p.outcome, p.score, p.caught, p.missed, p.kicked ? 1 : 0]);
  }
}

/** The rows of one batch, inserted together. */
class Rows {
  private readonly records: unknown[][] = [];
  /** By key: a verdict decided again in the same batch replaces the earlier one, as the upsert would. */
  private readonly verdicts = new Map<string, unknown[]>();

  add(drillId: string, seq: number, { record: r, verdicts }: Change): void {
    this.records.push([drillId, seq, r.at, r.type, 'pid' in r ? r.pid : null, 'step' in r ? r.step : null, JSON.stringify(r)]);
    for (const { pid, verdict: v } of verdicts) {
      const key = JSON.stringify([drillId, pid, v.step, v.flag]);
      this.verdicts.delete(key);
      this.verdicts.set(key, [drillId, seq, pid, v.step, v.turn, v.flag, v.verdict, v.critical ? 1 : 0]);
    }
  }

  async insert(q: Query): Promise<void> {
    if (this.records.length) await q.run(this.recordsSql(), this.records.flat());
    const verdicts = [...this.verdicts.values()];
    if (verdicts.length) await q.run(this.verdictsSql(verdicts), verdicts.flat());
  }

  /** PostgreSQL: records and verdicts in one statement (a data-modifying WITH), atomic by itself. */
  async insertAtOnce(q: Pick<Query, 'run'>): Promise<void> {
    const verdicts = [...this.verdicts.values()];
    if (!verdicts.length) return void (await q.run(this.recordsSql(), this.records.flat()));
    await q.run(`WITH records AS (${this.recordsSql()}) ${this.verdictsSql(verdicts)}`, [...this.records.flat(), ...verdicts.flat()]);
  }

  private recordsSql(): string {
    return `INSERT INTO drill_records (drill_id, seq, at, type, pid, step, data) VALUES ${values(this.records)}`;
  }

  private verdictsSql(verdicts: unknown[][]): string {
    return `INSERT INTO drill_verdicts (drill_id, seq, pid, step, turn, flag, verdict, critical) VALUES ${values(verdicts)}
            ON CONFLICT (drill_id, pid, step, flag) DO UPDATE SET seq = excluded.seq, turn = excluded.turn, verdict = excluded.verdict, critical = excluded.critical`;
  }
}

/** '(?, ?), (?, ?)' for rows of values. */
const values = (rows: unknown[][]) => rows.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ');

function toRow(r: Record<string, unknown>): DrillRow {
  return {
    id: String(r.id), scenario: String(r.scenario), scenarioRef: String(r.scenario_ref),
    scenarioCopy: r.scenario_json == null ? null : { json: String(r.scenario_json), hash: String(r.scenario_hash) },
    settings: JSON.parse(String(r.settings)) as DrillSettings,
    code: String(r.code), port: Number(r.port), bind: String(r.bind), createdAt: Number(r.created_at), endedAt: r.ended_at == null ? null : Number(r.ended_at),
    site: String(r.site ?? ''), team: String(r.team ?? ''),
  };
}
