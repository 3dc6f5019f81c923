// The one store interface every saved result goes through, whatever holds it: the embedded SQLite
// file (sqlite.ts, the default) or a PostgreSQL server (postgres.ts). Store modules (history,
// checks, drills) write one SQL text for both, with '?' for each parameter; migrate.ts versions
// their tables on either engine.

export type Engine = 'sqlite' | 'postgres';

/** Queries, on the store or inside one of its transactions. */
export interface Query {
  readonly engine: Engine;
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** A statement that changes rows; resolves to how many it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Statements without parameters, one after the other (schema steps). */
  exec(sql: string): Promise<void>;
}

/** An exclusive hold that the database drops by itself if the process holding it dies (even by kill -9). */
export interface Hold {
  release(): Promise<void>;
  /**
   * False while the hold is being taken back: on a server, its connection dropped (a restart, an
   * outage) and the server let go of it. Nothing may be written for what it guards until it is true again.
   */
  readonly held: boolean;
  /** Resolves if the hold is gone for good: another process took it while it was being taken back. */
  readonly lost: Promise<void>;
}

export interface Store extends Query {
  /** Where the results are, for messages: the SQLite file, or the server's address without its password. */
  readonly where: string;
  /** fn's queries as one transaction: all of them are stored, or none. */
  tx<T>(fn: (q: Query) => Promise<T>): Promise<T>;
  /** Hold `name` for as long as this process wants it; undefined if another process holds it now. */
  hold(name: string): Promise<Hold | undefined>;
  /** The names of the tables the store holds. */
  tables(): Promise<string[]>;
  /** For a live drill host: a write that meets a lock fails fast (its writer retries) instead of stalling every socket. */
  forHosting(): void;
  close(): Promise<void>;
}

/** A store that cannot be opened; the message says which and what to do. */
export class StoreError extends Error {}

/**
 * The store's address (--store, $SCAMDRILL_STORE) cannot be used: not a PostgreSQL address, or no
 * server answers there as that user. A usage error: what was given must change. `why` is the
 * server's own reason; the CLI words the rest (store-not-postgres, store-unreachable).
 */
export class StoreAddressError extends StoreError {
  constructor(message: string, readonly given: { kind: 'not-postgres'; from: string; url: string } | { kind: 'unreachable'; where: string; why: string }) {
    super(message);
  }
}
