// `scamdrill store migrate`: every result in one store copied into another (a SQLite file into a
// PostgreSQL server), in one transaction on the target. Running it again copies nothing twice:
// rows with a key of their own (drills and their records) are matched by it; practice sessions and
// check results, numbered by each store on its own, are matched by what they hold.
import type { Query, Store } from './store';

/** How many rows of a table were copied, and how many the target already had. */
export interface TableCount {
  table: string;
  copied: number;
  already: number;
}

type Row = Record<string, unknown>;

/** Tables copied by their own key, parents first; each listed with its key columns and the others. */
const KEYED: { table: string; key: string[]; rest: string[] }[] = [
  { table: 'drills', key: ['id'], rest: ['scenario', 'scenario_ref', 'scenario_json', 'scenario_hash', 'settings', 'code', 'port', 'bind', 'created_at', 'ended_at', 'site', 'team'] },
  { table: 'drill_records', key: ['drill_id', 'seq'], rest: ['at', 'type', 'pid', 'step', 'data'] },
  { table: 'drill_verdicts', key: ['drill_id', 'pid', 'step', 'flag'], rest: ['seq', 'turn', 'verdict', 'critical'] },
  { table: 'drill_people', key: ['drill_id', 'pid'], rest: ['outcome', 'score', 'caught', 'missed', 'kicked'] },
  { table: 'check_drills', key: ['drill_id'], rest: ['phases'] },
];

/** Tables numbered by each store: a row is already there when these columns match one. */
const SESSION_MATCH = ['finished_at', 'scenario', 'mode', 'events'];
const SESSION_REST = ['title', 'lang', 'outcome', 'score', 'caught', 'missed', 'amount_lost', 'currency', 'debrief', 'site', 'team'];
const FLAG_COLUMNS = ['flag', 'step', 'verdict', 'critical'];
const CHECK_MATCH = ['taken_at', 'grp', 'person', 'form', 'phase', 'answers'];
const CHECK_REST = ['lang'];

/** Brings a store's tables up to date, those of every module (the caller knows them all: drills are the drill layer's). */
export type MigrateAll = (store: Store) => Promise<void>;

const insert = (table: string, cols: string[]) => `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
const matching = (table: string, cols: string[]) => `SELECT 1 AS found FROM ${table} WHERE ${cols.map((c) => `${c} = ?`).join(' AND ')}`;
// A column an older store does not have yet is copied as NULL, or as its default where it has one.
const DEFAULTS: Row = { site: '', team: '' };
const values = (row: Row, cols: string[]) => cols.map((c) => row[c] ?? DEFAULTS[c] ?? null);

/** A table's rows; none where the source is too old to have that table yet (it is only read, never changed). */
async function rows(from: Store, table: string): Promise<Row[]> {
  return (await from.tables()).includes(table) ? from.all<Row>(`SELECT * FROM ${table}`) : [];
}

async function copyKeyed(from: Store, to: Query, t: (typeof KEYED)[number]): Promise<TableCount> {
  const cols = [...t.key, ...t.rest];
  let copied = 0;
  const all = await rows(from, t.table);
  for (const row of all) copied += await to.run(`${insert(t.table, cols)} ON CONFLICT (${t.key.join(', ')}) DO NOTHING`, values(row, cols));
  return { table: t.table, copied, already: all.length - copied };
}

async function exists(to: Query, table: string, cols: string[], row: Row): Promise<boolean> {
  return (await to.get(matching(table, cols), values(row, cols))) !== undefined;
}

async function copySessions(from: Store, to: Query): Promise<TableCount[]> {
  const sessions = { table: 'practice_sessions', copied: 0, already: 0 };
  const flags = { table: 'practice_flags', copied: 0, already: 0 };
  const byId = new Map<number, Row[]>();
  for (const f of await rows(from, 'practice_flags')) byId.set(Number(f.session_id), [...(byId.get(Number(f.session_id)) ?? []), f]);
  for (const s of await rows(from, 'practice_sessions')) {
    const mine = byId.get(Number(s.id)) ?? [];
    if (await exists(to, 'practice_sessions', SESSION_MATCH, s)) {
      sessions.already++;
      flags.already += mine.length;
      continue;
    }
    const cols = [...SESSION_MATCH, ...SESSION_REST];
    const made = await to.get<{ id: number }>(`${insert('practice_sessions', cols)} RETURNING id`, values(s, cols));
    for (const f of mine) await to.run(insert('practice_flags', ['session_id', ...FLAG_COLUMNS]), [made!.id, ...values(f, FLAG_COLUMNS)]);
    sessions.copied++;
    flags.copied += mine.length;
  }
  return [sessions, flags];
}

async function copyChecks(from: Store, to: Query): Promise<TableCount> {
  const count = { table: 'check_results', copied: 0, already: 0 };
  for (const r of await rows(from, 'check_results')) {
    if (await exists(to, 'check_results', CHECK_MATCH, r)) count.already++;
    else {
      await to.run(insert('check_results', [...CHECK_MATCH, ...CHECK_REST]), values(r, [...CHECK_MATCH, ...CHECK_REST]));
      count.copied++;
    }
  }
  return count;
}

/** Copy every result in `from` that `to` does not have yet; `to` is brought up to date first. */
export async function copyStore(from: Store, to: Store, migrateAll: MigrateAll): Promise<TableCount[]> {
  await migrateAll(to);
  return to.tx(async (q) => {
    const counts: TableCount[] = [];
    for (const t of KEYED) counts.push(await copyKeyed(from, q, t));
    counts.push(...(await copySessions(from, q)), await copyChecks(from, q));
    return counts;
  });
}
