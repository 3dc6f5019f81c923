// Practice history: one row per finished conversation, holding only what the engine emitted
// (its events carry replies already redacted) and the debrief. Raw typed text is never stored.
import type { Debrief } from '../core/debrief';
import type { SessionEvent } from '../core/session';
import { migrate, type Step } from './migrate';
import { storedPlace } from './place';
import type { Store } from './store';

// BIGINT and DOUBLE PRECISION: SQLite reads them as INTEGER and REAL; PostgreSQL's INTEGER and
// REAL would be too small for them.
const STEPS: Step[] = [
  (d) => `CREATE TABLE practice_sessions (
     id ${d.autoId},
     finished_at TEXT NOT NULL,
     scenario TEXT NOT NULL,
     title TEXT NOT NULL,
     lang TEXT NOT NULL,
     mode TEXT NOT NULL,
     outcome TEXT NOT NULL,
     score INTEGER NOT NULL,
     caught INTEGER NOT NULL,
     missed INTEGER NOT NULL,
     amount_lost DOUBLE PRECISION NOT NULL,
     currency TEXT NOT NULL,
     events TEXT NOT NULL,
     debrief TEXT NOT NULL
   )`,
  `CREATE TABLE practice_flags (
     session_id INTEGER NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
     flag TEXT NOT NULL,
     step INTEGER NOT NULL,
     verdict TEXT NOT NULL,
     critical INTEGER NOT NULL
   );
   CREATE INDEX practice_flags_flag ON practice_flags(flag, verdict)`,
  // Where the practice was done and by which team ('' for neither): `scamdrill report` groups by them.
  `ALTER TABLE practice_sessions ADD COLUMN site TEXT NOT NULL DEFAULT '';
   ALTER TABLE practice_sessions ADD COLUMN team TEXT NOT NULL DEFAULT ''`,
];

export const migrateHistory = (store: Store) => migrate(store, 'history', STEPS);

export interface NewPractice {
  debrief: Debrief;
  events: readonly SessionEvent[];
  mode: 'coach' | 'exam';
  finishedAt?: Date;
  /** The site and team it was done for, as typed (stored as store/place.ts makes them); none by default. */
  site?: string;
  team?: string;
}

export interface SessionSummary {
  id: number;
  finishedAt: string;
  scenario: string;
  title: string;
  lang: string;
  mode: string;
  outcome: Debrief['outcome'];
  score: number;
  caught: number;
  missed: number;
  amountLost: number;
  currency: string;
  site: string;
  team: string;
}

export interface StoredSession extends SessionSummary {
  events: SessionEvent[];
  debrief: Debrief;
}

/** Save a finished practice; returns its id. */
export async function saveSession(store: Store, p: NewPractice): Promise<number> {
  await migrateHistory(store);
  const d = p.debrief;
  const { site, team } = storedPlace(p);
  return store.tx(async (q) => {
    const row = await q.get<{ id: number }>(
      `INSERT INTO practice_sessions (finished_at, scenario, title, lang, mode, outcome, score, caught, missed, amount_lost, currency, events, debrief, site, team)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [(p.finishedAt ?? new Date()).toISOString(), d.scenario, d.title, d.lang, p.mode, d.outcome, d.score, d.caught, d.missed, d.amountLost, d.currency, JSON.stringify(p.events), JSON.stringify(d), site, team],
    );
    const id = Number(row!.id);
    for (const f of d.flags) await q.run('INSERT INTO practice_flags (session_id, flag, step, verdict, critical) VALUES (?, ?, ?, ?, ?)', [id, f.id, f.step, f.verdict, f.critical ? 1 : 0]);
    return id;
  });
}

// Quoted aliases: PostgreSQL folds unquoted names to lower case.
const SUMMARY = `id, finished_at AS "finishedAt", scenario, title, lang, mode, outcome, score, caught, missed, amount_lost AS "amountLost", currency, site, team`;

/** Past sessions, newest first. */
export async function listSessions(store: Store, limit = 50): Promise<SessionSummary[]> {
  await migrateHistory(store);
  return store.all<SessionSummary>(`SELECT ${SUMMARY} FROM practice_sessions ORDER BY finished_at DESC, id DESC LIMIT ?`, [limit]);
}

/** One stored session with its engine events (for `play --session <id>`), or undefined. */
export async function getSession(store: Store, id: number): Promise<StoredSession | undefined> {
  await migrateHistory(store);
  const row = await store.get<SessionSummary & { events: string; debrief: string }>(`SELECT ${SUMMARY}, events, debrief FROM practice_sessions WHERE id = ?`, [id]);
  if (!row) return undefined;
  return { ...row, events: JSON.parse(row.events) as SessionEvent[], debrief: JSON.parse(row.debrief) as Debrief };
}

export interface FlagTally {
  flag: string;
  missed: number;
  caught: number;
}

/** Flags by how often they were missed (open at the end counts as missed), most missed first. */
const MISSED = `SUM(CASE WHEN verdict <> 'caught' THEN 1 ELSE 0 END)`;
export async function missedFlags(store: Store): Promise<FlagTally[]> {
  await migrateHistory(store);
  return store.all<FlagTally>(
    `SELECT flag, ${MISSED} AS missed, SUM(CASE WHEN verdict = 'caught' THEN 1 ELSE 0 END) AS caught
     FROM practice_flags GROUP BY flag HAVING ${MISSED} > 0 ORDER BY missed DESC, caught ASC, flag ASC`,
  );
}
