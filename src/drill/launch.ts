// Starting a drill host, new or resumed: the join code, the drill id, the trainer secret, the room
// (fresh or replayed from the store), the server. Shared by the CLI, the tests and the benchmark.
import { randomInt, randomBytes } from 'node:crypto';
import type { Catalogue, Scenario } from '../core/schema';
import { DrillStore, type DrillSettings } from './store';
import { CODE_ALPHABET, CODE_LENGTH } from './protocol';
import { Room } from './room';
import { CopyError, scenarioForDrill, storedCopy, type LoadScenario } from './scenario-copy';
import { newSecret, startHost, type Host } from './server';

export const DEFAULT_PORT = 7420;

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Sortable and short: 20261125-k3f9qd. */
export function newDrillId(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `${day}-${randomBytes(4).toString('hex').slice(0, 6)}`;
}

export interface Launched {
  host: Host;
  /** The trainer's secret: shown to the trainer only, never sent to participants. */
  secret: string;
  /** On resume: one line for the trainer when the scenario file is not what the drill ran. */
  notice?: string;
}

export interface NewDrill {
  scenario: Scenario;
  catalogue: Catalogue;
  /** How to find the scenario again on resume (bundled id, or absolute path). */
  scenarioRef: string;
  settings: DrillSettings;
  port?: number;
  bind?: string;
  store: DrillStore;
  tickMs?: number;
}

export async function launchNew(o: NewDrill): Promise<Launched> {
  const drillId = newDrillId();
  const code = newCode();
  const secret = newSecret();
  const bind = o.bind ?? '127.0.0.1';
  const room = new Room({ drillId, scenario: o.scenario, catalogue: o.catalogue, ...o.settings }, Date.now);
  o.store.create({
    id: drillId, scenario: o.scenario.id, scenarioRef: o.scenarioRef, scenarioCopy: storedCopy(o.scenario, o.catalogue),
    settings: o.settings, code, port: o.port ?? 0, bind, createdAt: Date.now(),
  });
  let host: Host;
  try {
    host = await startHost({ room, code, secret, port: o.port ?? 0, bind, store: o.store, ...(o.tickMs ? { tickMs: o.tickMs } : {}) });
  } catch (e) {
    o.store.discard(drillId); // a drill that never ran is not one to resume or export
    throw e;
  }
  o.store.setPort(drillId, host.port);
  return { host, secret };
}

export interface Resume {
  drillId: string;
  store: DrillStore;
  /**
   * Loads the stored scenario reference (the caller knows where scenarios come from): to compare
   * with the copy the drill kept, or for a drill stored before copies were kept.
   */
  load: LoadScenario;
  port?: number;
  bind?: string;
  tickMs?: number;
}

export class ResumeError extends Error {}

/** Bring a stored drill back at the same line and scenario, with every answer kept; same join code. */
export async function launchResume(o: Resume): Promise<Launched> {
  const row = o.store.get(o.drillId);
  if (!row) throw new ResumeError(`no drill "${o.drillId}" in this data folder`);
  if (row.endedAt !== null) throw new ResumeError(`drill ${o.drillId} has already ended; export its results with "scamdrill drill export ${o.drillId}"`);
  let ran;
  try {
    ran = await scenarioForDrill(row, o.load);
  } catch (e) {
    if (e instanceof CopyError) throw new ResumeError(e.message);
    throw e;
  }
  const { scenario, catalogue, notice } = ran;
  const room = Room.replay({ drillId: row.id, scenario, catalogue, ...row.settings }, o.store.records(row.id), Date.now);
  const secret = newSecret();
  const bind = o.bind ?? row.bind;
  const host = await startHost({ room, code: row.code, secret, port: o.port ?? row.port, bind, store: o.store, ...(o.tickMs ? { tickMs: o.tickMs } : {}) });
  o.store.setPort(row.id, host.port);
  return { host, secret, ...(notice ? { notice } : {}) };
}
