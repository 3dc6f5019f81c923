// Practice history: one row per finished conversation, holding only what the engine emitted
// (its events carry replies already redacted) and the debrief. Raw typed text is never stored.
import type { Debrief } from '../core/debrief';
import type { SessionEvent } from '../core/session';
import { migrate, type Db } from './db';
import { storedPlace } from './place';

const STEPS = [
  `CREATE TABLE practice_sessions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     finished_at TEXT NOT NULL,
     scenario TEXT NOT NULL,
     title TEXT NOT NULL,
     lang TEXT NOT NULL,
     mode TEXT NOT NULL,
     outcome TEXT NOT NULL,
     score INTEGER NOT NULL,
     caught INTEGER NOT NULL,
     missed INTEGER NOT NULL,
     amount_lost REAL NOT NULL,
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

export function migrateHistory(db: Db): void {
  migrate(db, 'history', STEPS);
}

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
export function saveSession(db: Db, p: NewPractice): number {
  migrateHistory(db);
  const d = p.debrief;
  const { site, team } = storedPlace(p);
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(`INSERT INTO practice_sessions (finished_at, scenario, title, lang, mode, outcome, score, caught, missed, amount_lost, currency, events, debrief, site, team)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run((p.finishedAt ?? new Date()).toISOString(), d.scenario, d.title, d.lang, p.mode, d.outcome, d.score, d.caught, d.missed, d.amountLost, d.currency, JSON.stringify(p.events), JSON.stringify(d), site, team);
    const id = Number(lastInsertRowid);
    const flag = db.prepare('INSERT INTO practice_flags (session_id, flag, step, verdict, critical) VALUES (?, ?, ?, ?, ?)');
    for (const f of d.flags) flag.run(id, f.id, f.step, f.verdict, f.critical ? 1 : 0);
    return id;
  })();
}

const SUMMARY = `id, finished_at AS finishedAt, scenario, title, lang, mode, outcome, score, caught, missed, amount_lost AS amountLost, currency, site, team`;

/** Past sessions, newest first. */
export function listSessions(db: Db, limit = 50): SessionSummary[] {
  migrateHistory(db);
  return db.prepare(`SELECT ${SUMMARY} FROM practice_sessions ORDER BY finished_at DESC, id DESC LIMIT ?`).all(limit) as SessionSummary[];
}

/** One stored session with its engine events (for `play --session <id>`), or undefined. */
export function getSession(db: Db, id: number): StoredSession | undefined {
  migrateHistory(db);
  const row = db.prepare(`SELECT ${SUMMARY}, events, debrief FROM practice_sessions WHERE id = ?`).get(id) as (SessionSummary & { events: string; debrief: string }) | undefined;
  if (!row) return undefined;
  return { ...row, events: JSON.parse(row.events) as SessionEvent[], debrief: JSON.parse(row.debrief) as Debrief };
}

export interface FlagTally {
  flag: string;
  missed: number;
  caught: number;
}

/** Flags by how often they were missed (open at the end counts as missed), most missed first. */
export function missedFlags(db: Db): FlagTally[] {
  migrateHistory(db);
  return db
    .prepare(`SELECT flag, SUM(verdict != 'caught') AS missed, SUM(verdict = 'caught') AS caught
              FROM practice_flags GROUP BY flag HAVING missed > 0 ORDER BY missed DESC, caught ASC, flag ASC`)
    .all() as FlagTally[];
}
