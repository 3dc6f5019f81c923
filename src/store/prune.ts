// `scamdrill store prune --older-than 365d`: results older than an age deleted from whichever
// store, in one transaction. A drill's age is that of its last record (or its end), so a drill
// still running is never cut from under its host.
import type { MigrateAll } from './copy';
import type { Store } from './store';

const DAY_MS = 86_400_000;
const UNITS: Record<string, number> = { d: 1, w: 7 };

/** "365d" or "52w" as milliseconds; undefined for anything else. */
export function parseAge(s: string): number | undefined {
  const m = /^(\d{1,6})([dw])$/.exec(s.trim());
  if (!m) return undefined;
  const days = Number(m[1]) * UNITS[m[2]!]!;
  return days > 0 ? days * DAY_MS : undefined;
}

export interface Pruned {
  practiceSessions: number;
  checkResults: number;
  drills: number;
}

/** Delete every result from before `cutoff`. */
export async function prune(store: Store, cutoff: Date, migrateAll: MigrateAll): Promise<Pruned> {
  await migrateAll(store);
  const iso = cutoff.toISOString();
  const ms = cutoff.getTime();
  return store.tx(async (q) => {
    await q.run('DELETE FROM practice_flags WHERE session_id IN (SELECT id FROM practice_sessions WHERE finished_at < ?)', [iso]);
    const practiceSessions = await q.run('DELETE FROM practice_sessions WHERE finished_at < ?', [iso]);
    const checkResults = await q.run('DELETE FROM check_results WHERE taken_at < ?', [iso]);
    const old = (await q.all<{ id: string }>(
      'SELECT id FROM drills WHERE COALESCE(ended_at, (SELECT MAX(at) FROM drill_records r WHERE r.drill_id = drills.id), created_at) < ?', [ms],
    )).map((r) => r.id);
    for (const id of old) {
      for (const table of ['drill_verdicts', 'drill_records', 'drill_people', 'check_drills']) await q.run(`DELETE FROM ${table} WHERE drill_id = ?`, [id]);
      await q.run('DELETE FROM drills WHERE id = ?', [id]);
    }
    return { practiceSessions, checkResults, drills: old.length };
  });
}
