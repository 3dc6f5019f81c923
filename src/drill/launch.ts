// Starting a drill host, new or resumed: the join code, the drill id, the trainer secret, the room
// (fresh or replayed from the store), the server. Shared by the CLI, the tests and the benchmark.
import { randomInt, randomBytes } from 'node:crypto';
import type { Catalogue, Lang, Scenario } from '../core/schema';
import { t } from '../words/labels';
import { DrillStore, type DrillSettings } from './store';
import { CODE_ALPHABET, CODE_LENGTH } from './protocol';
import { drillCheck, type CheckSetup, type DrillCheck } from './check-phase';
import { Room } from './room';
import { CopyError, scenarioForDrill, storedCopy, type LoadScenario } from './scenario-copy';
import { HostLockError, lockDrill, type HostLock } from './lock';
import { newSecret, startHost, type Host, type HostOptions } from './server';

export { MissingAssetError, missingWords } from './web/assets';

export const DEFAULT_PORT = 7420;

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * Sortable and short: 20261125-c3f9a1. The suffix starts with a letter: an id whose suffix was all
 * digits (about one in seventeen) read as a card number to the secret detector, so its check results
 * were stored under a masked group.
 */
export function newDrillId(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `${day}-${'abcdef'[randomInt(6)]}${randomBytes(3).toString('hex').slice(0, 5)}`;
}

export interface Launched {
  host: Host;
  /** The trainer's secret: shown to the trainer only, never sent to participants. */
  secret: string;
  /** On resume: one line for the trainer when the scenario file is not what the drill ran. */
  notice?: string;
  /** The address the host listens on (on resume: the stored one unless another was given). */
  bind: string;
  /** The drill's before/after check, when it runs one: the host waits on it for late answers. */
  check?: DrillCheck;
  /**
   * Resolves once the host has stopped because it lost the drill's lock: another host took the
   * drill while the database server was away (words: hostLockLost). Never, on a SQLite file.
   */
  lost: Promise<void>;
}

/** How the host runs, whatever the drill: the same for a new drill and a resumed one. */
type HostTuning = Pick<HostOptions, 'tickMs' | 'limits' | 'onStoreTrouble' | 'publicUrl' | 'rehearseAt'>;
const tuning = (o: HostTuning): HostTuning => ({
  ...(o.tickMs ? { tickMs: o.tickMs } : {}),
  ...(o.limits ? { limits: o.limits } : {}),
  ...(o.onStoreTrouble ? { onStoreTrouble: o.onStoreTrouble } : {}),
  ...(o.publicUrl ? { publicUrl: o.publicUrl } : {}),
  ...(o.rehearseAt ? { rehearseAt: o.rehearseAt } : {}),
});

/**
 * Start the host holding the drill's lock; the lock goes when the host closes (or fails to start).
 * If the lock is lost (another host took the drill while the server was away), the host closes.
 */
async function startLocked(lock: HostLock, opts: HostOptions): Promise<{ host: Host; lost: Promise<void> }> {
  let host: Host;
  try {
    host = await startHost({ ...opts, lock, store: opts.store?.forHosting() });
  } catch (e) {
    await lock.release();
    throw e;
  }
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= host.close().then(() => lock.release()));
  return { host: { ...host, close }, lost: lock.lost.then(close) };
}

export interface NewDrill extends HostTuning {
  scenario: Scenario;
  catalogue: Catalogue;
  /** How to find the scenario again on resume (bundled id, or absolute path). */
  scenarioRef: string;
  settings: DrillSettings;
  port?: number;
  bind?: string;
  store: DrillStore;
  check?: CheckSetup;
  /** The site and team the drill is run for (drill host --site, --team); kept with the drill and its results. */
  site?: string;
  team?: string;
}

export async function launchNew(o: NewDrill): Promise<Launched> {
  const drillId = newDrillId();
  const code = newCode();
  const secret = newSecret();
  const bind = o.bind ?? '127.0.0.1';
  const room = new Room({ drillId, scenario: o.scenario, catalogue: o.catalogue, ...o.settings }, Date.now);
  const check = o.check ? await drillCheck(o.check, drillId, o.settings.lang) : undefined;
  await o.store.create({
    id: drillId, scenario: o.scenario.id, scenarioRef: o.scenarioRef, scenarioCopy: storedCopy(o.scenario, o.catalogue),
    settings: o.settings, code, port: o.port ?? 0, bind, createdAt: Date.now(), site: o.site, team: o.team,
  });
  let started: Awaited<ReturnType<typeof startLocked>>;
  try {
    started = await startLocked(await lockDrill(o.store.db, drillId), { room, code, secret, port: o.port ?? 0, bind, store: o.store, ...tuning(o), ...(check ? { check } : {}) });
  } catch (e) {
    await o.store.discard(drillId); // a drill that never ran is not one to resume or export
    throw e;
  }
  const { host, lost } = started;
  await o.store.setPort(drillId, host.port);
  return { host, lost, secret, bind, ...(check ? { check } : {}) };
}

export interface Resume extends HostTuning {
  drillId: string;
  store: DrillStore;
  /**
   * Loads the stored scenario reference (the caller knows where scenarios come from): to compare
   * with the copy the drill kept, or for a drill stored before copies were kept.
   */
  load: LoadScenario;
  port?: number;
  bind?: string;
  /** The check as the drill was started with it (the CLI reads its phases from the store). */
  check?: CheckSetup;
  /** The language to say that there is no such drill in; a stored drill's errors are in its own. */
  lang?: Lang;
}

/** Why a drill cannot come back, said in words a person reads (the drill's language). */
export class ResumeError extends Error {}

/** Bring a stored drill back at the same line and scenario, with every answer kept; same join code. */
export async function launchResume(o: Resume): Promise<Launched> {
  const row = await o.store.get(o.drillId);
  if (!row) throw new ResumeError(t('resumeNoDrill', o.lang ?? 'en', { id: o.drillId }));
  const lang = row.settings.lang;
  if (row.endedAt !== null) throw new ResumeError(t('resumeEnded', lang, { id: o.drillId }));
  let ran;
  try {
    ran = await scenarioForDrill(row, o.load);
  } catch (e) {
    if (e instanceof CopyError) throw new ResumeError(e.message);
    throw e;
  }
  const { scenario, catalogue, notice } = ran;
  let lock: HostLock;
  try {
    lock = await lockDrill(o.store.db, row.id);
  } catch (e) {
    if (e instanceof HostLockError) throw new ResumeError(t('resumeRunning', lang, { id: row.id, port: row.port }));
    throw e;
  }
  let room: Room;
  let check: DrillCheck | undefined;
  try {
    room = Room.replay({ drillId: row.id, scenario, catalogue, ...row.settings }, await o.store.records(row.id), Date.now);
    check = o.check ? await drillCheck(o.check, row.id, row.settings.lang) : undefined;
  } catch (e) {
    await lock.release();
    throw e;
  }
  const secret = newSecret();
  const bind = o.bind ?? row.bind;
  const { host, lost } = await startLocked(lock, { room, code: row.code, secret, port: o.port ?? row.port, bind, store: o.store, ...tuning(o), ...(check ? { check } : {}) });
  await o.store.setPort(row.id, host.port);
  return { host, lost, secret, bind, ...(notice ? { notice } : {}), ...(check ? { check } : {}) };
}
