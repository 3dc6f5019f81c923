// The store tests run on both engines: a SQLite file in a temp folder, and a fresh database on a
// real PostgreSQL cluster (postgres.ts), started once per test file on first use.
import { afterAll } from 'vitest';
import { openStore, type StoreChoice } from '../../src/store/open';
import type { Store } from '../../src/store/store';
import { startCluster, type Cluster } from './postgres';

export { ENGINES } from './postgres';
export type EngineName = 'sqlite' | 'postgres';

/** Call at a test file's top level: where each test's store is, on either engine. */
export function engineStores() {
  let cluster: Promise<Cluster> | undefined;
  afterAll(async () => {
    if (cluster) (await cluster.catch(() => undefined))?.stop();
  });
  return {
    /** Where a new, empty store is: the SQLite file in `dir`, or a fresh PostgreSQL database. */
    async choice(engine: EngineName, dir: string): Promise<StoreChoice> {
      if (engine === 'sqlite') return { dataDir: dir };
      cluster ??= startCluster();
      return { store: await (await cluster).newDatabase() };
    },
    async open(engine: EngineName, dir: string): Promise<Store> {
      return openStore(await this.choice(engine, dir), {});
    },
    /** The PostgreSQL cluster itself (started if need be), to take it down and up again. */
    cluster(): Promise<Cluster> {
      cluster ??= startCluster();
      return cluster;
    },
  };
}

/** Every table's rows, as text: what a secret would have to be in to be stored. */
export async function everyTableText(store: Store): Promise<string> {
  const parts: string[] = [];
  for (const name of await store.tables()) parts.push(name, JSON.stringify(await store.all(`SELECT * FROM ${name}`)));
  return parts.join('\n');
}
