// The queries behind `scamdrill report`, in one place: SQL the same on SQLite and PostgreSQL, returning
// plain rows, one per result a person got (a practice, or a participant in an ended drill), one per
// flag verdict, one per check form. Every count and share is made from these rows by summary/,
// which does no I/O. The drill tables are created by drill/store.ts: open a DrillStore on this
// store first (the report command does).
import type { TakenForm } from '../check/report';
import { migrateChecks } from './checks';
import { migrateHistory } from './history';
import type { Store } from './store';

/** What the report is about; dates are days (YYYY-MM-DD, UTC), `until` included. Site and team as stored. */
export interface ResultFilter {
  since?: string;
  until?: string;
  site?: string;
  team?: string;
  scenario?: string;
}

interface Where {
  sql: string;
  params: (string | number)[];
}

const DAY_MS = 86_400_000;
const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/**
 * The WHERE clause for a filter over a table whose time column holds ISO text (`iso`) or epoch
 * milliseconds (`ms`), and whose site, team and scenario columns are named with `alias.`.
 */
function where(f: ResultFilter, at: { column: string; kind: 'iso' | 'ms' }, alias: string): Where {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const time = (day: number) => (at.kind === 'ms' ? day : new Date(day).toISOString());
  if (f.since) {
    parts.push(`${at.column} >= ?`);
    params.push(time(dayStart(f.since)));
  }
  if (f.until) {
    parts.push(`${at.column} < ?`);
    params.push(time(dayStart(f.until) + DAY_MS));
  }
  for (const key of ['site', 'team', 'scenario'] as const) {
    const v = f[key];
    if (v === undefined) continue;
    parts.push(`${alias}.${key} = ?`);
    params.push(v);
  }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

export interface ResultRow {
  source: 'practice' | 'drill';
  /** When: a practice's end, a drill's start (ISO). */
  at: string;
  scenario: string;
  site: string;
  team: string;
  /** A drill's id; null for a practice. */
  drill: string | null;
  outcome: string;
  score: number;
}

export interface FlagRow {
  source: 'practice' | 'drill';
  at: string;
  scenario: string;
  site: string;
  team: string;
  flag: string;
  /** caught, missed or open (a practice's flag still open at the end; counted as missed). */
  verdict: string;
}

export interface CheckRow extends TakenForm {
  /** The drill the check was taken in (its group is the drill id), with its site, team and scenario; null for a --group tag. */
  drill: { site: string; team: string; scenario: string } | null;
}

export interface StoredResults {
  results: ResultRow[];
  flags: FlagRow[];
  checks: CheckRow[];
}

const iso = (ms: number | string) => new Date(Number(ms)).toISOString();

/**
 * Everything the report counts, filtered. Drills count once ended (a paused drill's people have no
 * result yet); a participant the trainer removed is not counted.
 */
export async function readResults(store: Store, f: ResultFilter): Promise<StoredResults> {
  await migrateHistory(store);
  await migrateChecks(store);
  // The sessions and drills are read once each, and their flags joined to them here: a practice
  // row holds its whole conversation, so reading its site again for each of its flags is slow.
  const p = where(f, { column: 's.finished_at', kind: 'iso' }, 's');
  const d = where(f, { column: 'd.created_at', kind: 'ms' }, 'd');
  const sessions = await store.all<Omit<ResultRow, 'source' | 'drill'> & { id: number }>(
    `SELECT s.id, s.finished_at AS at, s.scenario, s.site, s.team, s.outcome, s.score FROM practice_sessions s WHERE 1 = 1${p.sql} ORDER BY s.finished_at, s.id`, p.params);
  const sessionFlags = await store.all<{ id: number; flag: string; verdict: string }>(
    `SELECT f.session_id AS id, f.flag, f.verdict FROM practice_flags f
     WHERE f.session_id IN (SELECT s.id FROM practice_sessions s WHERE 1 = 1${p.sql})`, p.params);
  const drills = await store.all<{ id: string; at: number; scenario: string; site: string; team: string }>(
    `SELECT d.id, d.created_at AS at, d.scenario, d.site, d.team FROM drills d WHERE d.ended_at IS NOT NULL${d.sql} ORDER BY d.created_at, d.id`, d.params);
  const ended = `SELECT d.id FROM drills d WHERE d.ended_at IS NOT NULL${d.sql}`;
  const people = await store.all<{ id: string; outcome: string; score: number }>(
    `SELECT r.drill_id AS id, r.outcome, r.score FROM drill_people r WHERE r.kicked = 0 AND r.drill_id IN (${ended}) ORDER BY r.drill_id, r.pid`, d.params);
  const drillFlags = await store.all<{ id: string; flag: string; verdict: string }>(
    `SELECT v.drill_id AS id, v.flag, v.verdict FROM drill_verdicts v
     JOIN drill_people r ON r.drill_id = v.drill_id AND r.pid = v.pid
     WHERE r.kicked = 0 AND v.drill_id IN (${ended})`, d.params);

  const session = new Map(sessions.map(({ id, ...r }) => [id, r]));
  const drill = new Map(drills.map(({ id, at, ...r }) => [id, { ...r, at: iso(at) }]));
  const peopleOf = new Map<string, { outcome: string; score: number }[]>();
  for (const { id, ...x } of people) {
    const list = peopleOf.get(id);
    if (list) list.push(x);
    else peopleOf.set(id, [x]);
  }
  const place = (r: { at: string; scenario: string; site: string; team: string }) => ({ at: r.at, scenario: r.scenario, site: r.site, team: r.team });
  return {
    results: [
      ...sessions.map(({ id: _id, ...r }) => ({ source: 'practice' as const, ...r, drill: null })),
      ...[...drill].flatMap(([id, r]) => (peopleOf.get(id) ?? []).map((x) => ({ source: 'drill' as const, ...r, drill: id, ...x }))),
    ],
    flags: [
      ...sessionFlags.map((x) => ({ source: 'practice' as const, ...place(session.get(x.id)!), flag: x.flag, verdict: x.verdict })),
      ...drillFlags.map((x) => ({ source: 'drill' as const, ...place(drill.get(x.id)!), flag: x.flag, verdict: x.verdict })),
    ],
    checks: await readChecks(store, f),
  };
}

/** Check forms in the period; with a site, team or scenario, only those taken in a drill that matches. */
async function readChecks(store: Store, f: ResultFilter): Promise<CheckRow[]> {
  const w = where({ ...(f.since ? { since: f.since } : {}), ...(f.until ? { until: f.until } : {}) }, { column: 'c.taken_at', kind: 'iso' }, 'c');
  const placed = where({ ...(f.site !== undefined ? { site: f.site } : {}), ...(f.team !== undefined ? { team: f.team } : {}), ...(f.scenario !== undefined ? { scenario: f.scenario } : {}) }, { column: '', kind: 'iso' }, 'd');
  // Quoted aliases: PostgreSQL folds unquoted names to lower case.
  const rows = await store.all<Omit<CheckRow, 'answers' | 'drill'> & { answers: string; drill: string | null; site: string; team: string; scenario: string }>(
    `SELECT c.taken_at AS "takenAt", c.grp AS "group", c.person, c.form, c.phase, c.answers, d.id AS drill, d.site, d.team, d.scenario
     FROM check_results c LEFT JOIN drills d ON d.id = c.grp WHERE 1 = 1${w.sql}${placed.sql} ORDER BY c.taken_at, c.id`, [...w.params, ...placed.params]);
  return rows.map(({ drill, site, team, scenario, answers, ...r }) => ({ ...r, answers: JSON.parse(answers) as CheckRow['answers'], drill: drill === null ? null : { site, team, scenario } }));
}

/** Every site, team and scenario with at least one stored result, to say which exist when a filter matches none. */
export async function knownValues(store: Store, key: 'site' | 'team' | 'scenario'): Promise<string[]> {
  await migrateHistory(store);
  const rows = await store.all<{ v: string }>(`SELECT DISTINCT ${key} AS v FROM practice_sessions UNION SELECT DISTINCT ${key} AS v FROM drills ORDER BY v`);
  return rows.map((r) => r.v).filter((v) => v !== '');
}
