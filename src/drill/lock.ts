// One live host per drill. Two hosts of one drill would hand out the same sequence numbers and refuse
// each other's answers, so a host holds the store's exclusive hold on the drill (store.ts: a lock file
// beside a SQLite database, an advisory lock on a PostgreSQL server) for as long as it runs. The
// operating system or the server drops it when the process dies, even by kill -9: there is never a
// stale lock to clean up.
import type { Hold, Store } from '../store/store';

export class HostLockError extends Error {}

/** A write refused because the drill's lock is being taken back (its server connection dropped): the writer retries it. */
export class LockAwayError extends Error {
  readonly code = 'LOCK_AWAY';
  constructor() {
    super("the drill's lock on the database server is being taken back");
  }
}

export type HostLock = Hold;

/** Take the drill's lock, or throw HostLockError if another live host holds it. */
export async function lockDrill(store: Store, drillId: string): Promise<HostLock> {
  const hold = await store.hold(drillId);
  if (!hold) throw new HostLockError(`drill ${drillId} is already running in another host`);
  return hold;
}
