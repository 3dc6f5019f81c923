// Drills that ended before each person's result was stored at the end (drill/store.ts, drill_people)
// get those results now, by replaying their records exactly as `drill export` does, so that
// `scamdrill report` counts them like any other. Done once per drill: afterwards the rows exist.
import { buildExport } from './export';
import { scenarioForDrill, type LoadScenario } from './scenario-copy';
import type { DrillStore } from './store';

/**
 * Store the missing results; returns the drills that could not be replayed (their scenario is gone
 * or damaged), with why: one old drill must not keep the report from the rest.
 */
export async function backfillResults(store: DrillStore, load: LoadScenario): Promise<{ id: string; why: string }[]> {
  const failed: { id: string; why: string }[] = [];
  for (const id of await store.endedWithoutResults()) {
    const row = (await store.get(id))!;
    try {
      const { scenario, catalogue } = await scenarioForDrill(row, load);
      await store.markEnded(id, row.endedAt!, buildExport(await store.records(id), row, scenario, catalogue).results.people);
    } catch (e) {
      failed.push({ id, why: e instanceof Error ? e.message : String(e) });
    }
  }
  return failed;
}
