// Which store a command uses: --store or $SCAMDRILL_STORE naming a PostgreSQL server, else the
// SQLite file in the data folder (the default). Each engine is loaded only when chosen.
import { defaultDataDir } from './db';
import { StoreAddressError, type Store } from './store';

export const STORE_ENV = 'SCAMDRILL_STORE';

export interface StoreChoice {
  /** --store: a postgres:// address. */
  store?: string | undefined;
  /** --data-dir: the folder of the SQLite file. */
  dataDir?: string | undefined;
}

export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//i.test(s);

/** The store's address as given (--store, else $SCAMDRILL_STORE), or undefined for the SQLite file. */
export function storeUrl(o: StoreChoice, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = o.store ?? (env[STORE_ENV] || undefined);
  if (url !== undefined && !isPostgresUrl(url)) {
    const from = o.store !== undefined ? '--store' : `$${STORE_ENV}`;
    throw new StoreAddressError(`${from} ${JSON.stringify(url)}: give a PostgreSQL address like postgres://user@host:5432/scamdrill (the SQLite file is chosen with --data-dir)`, { kind: 'not-postgres', from, url });
  }
  return url;
}

export async function openStore(o: StoreChoice, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const url = storeUrl(o, env);
  if (url !== undefined) return (await import('./postgres')).openPostgres(url);
  return (await import('./sqlite')).openSqlite(o.dataDir ?? defaultDataDir(env));
}
