// Store writes of a live drill, in order, and never given up on: a write that fails (a locked
// database file, a full disk, a server gone) is retried with a bounded backoff while everything
// after it waits in line. What depends on a write (the ack to the participant, the broadcast of a
// new line) runs only once it is stored, so nobody is told of something that a crash would lose.
// The writes committed in one turn of the event loop (a burst of answers read from many sockets at
// once) are stored together, in one transaction: one commit instead of one per answer. Writes are
// async (a PostgreSQL server answers later); one batch is written at a time, in the order committed,
// and what is committed meanwhile forms the next.

import type { Engine } from '../store/store';

/** What the host hears about the store: trouble (once, when it starts) and recovery. */
export interface WriterEvents {
  trouble(message: string): void;
  recovered(): void;
}

/**
 * Runs one batch of writes as a single transaction, supplied by the store: it resolves once every
 * write is stored, or rejects and none is. `T` is what the writes write with inside it.
 */
export type Transaction<T> = (writes: (tx: T) => Promise<void>) => Promise<void>;

/**
 * At most this many writes in one transaction, and past this many waiting in one turn they are
 * stored at once rather than at its end: a burst of 2,000 answers then goes out as acks in steps,
 * not all after the last one is read. By engine: a SQLite commit is cheap, so small steps tell
 * people soonest; on PostgreSQL each batch is a round trip to the server at least (four when it
 * needs a transaction), one batch after another, and in steps of 50 a burst of 2,000 queued behind
 * forty of them (bench/README.md, "The seventh round").
 */
export const MAX_BATCH: Readonly<Record<Engine, number>> = { sqlite: 50, postgres: 250 };

/** Retry delays: 50 ms doubling, never more than 2 s apart. */
export const retryDelay = (attempt: number) => Math.min(2000, 50 * 2 ** attempt);

/** A store failure in words a trainer can act on. */
export function describeStoreError(e: unknown): string {
  const code = String((e as { code?: unknown }).code ?? '');
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'the drill database is locked by another program';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100') return 'the disk is full';
  if (/^SQLITE_READONLY/.test(code) || code === '25006') return 'the drill database has become read-only';
  // PostgreSQL: refused or dropped connections, the server shutting down (class 08, 57P0x), too many clients.
  // LOCK_AWAY (lock.ts): the drill's lock went with its connection to the server, and is not back yet.
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|08...|57P0.|53300|LOCK_AWAY)$/.test(code) || /Connection terminated|timeout exceeded when trying to connect/i.test((e as Error).message ?? '')) return 'the database server cannot be reached';
  if (/^SQLITE_IOERR/.test(code)) return 'the disk reports an input/output error';
  return `the drill database cannot be written (${code || (e as Error).message})`;
}

interface Job<T> {
  write: (tx: T) => void | Promise<void>;
  then: () => void;
}

export interface WriterOptions<T> {
  /** How a batch is made one transaction. */
  transaction: Transaction<T>;
  /** The most writes in one batch (MAX_BATCH of the store's engine). */
  maxBatch: number;
  delay?: (attempt: number) => number;
}

export class StoreWriter<T> {
  private readonly queue: Job<T>[] = [];
  private readonly transaction: Transaction<T>;
  private readonly delay: (attempt: number) => number;
  private readonly maxBatch: number;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private soon: NodeJS.Immediate | undefined;
  /** A batch is being written or told: what is committed now waits for the next. */
  private flushing = false;
  /** A batch is being written (not yet stored). */
  private writing = false;
  private closed = false;

  constructor(private readonly events: WriterEvents, o: WriterOptions<T>) {
    this.transaction = o.transaction;
    this.delay = o.delay ?? retryDelay;
    this.maxBatch = o.maxBatch;
  }

  /** Nothing waiting to be stored. */
  get healthy(): boolean {
    return this.queue.length === 0 && !this.writing;
  }

  /** A write failed and is being retried: everything after it waits until the store works again. */
  get troubled(): boolean {
    return this.attempt > 0;
  }

  /**
   * Store with `write`, then run `then` once it is stored: with the other writes of this turn of
   * the event loop, when the turn's I/O is done (or now, if a whole batch is waiting), or behind the
   * batch being written. Returns false if the store is in trouble, so this write waits for it to
   * work again (the host tells the person to wait); true if it goes ahead.
   */
  commit(write: (tx: T) => void | Promise<void>, then: () => void): boolean {
    this.queue.push({ write, then });
    if (!this.timer && !this.flushing && !this.closed) {
      if (this.queue.length >= this.maxBatch) void this.flush();
      else this.soon ??= setImmediate(() => void this.flush());
    }
    return !this.troubled;
  }

  /** The host is closing: what is still waiting was never stored, and no one was told it was. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearImmediate(this.soon);
    this.timer = undefined;
    this.soon = undefined;
  }

  /** Store what waits, a batch at a time, each batch in one transaction, then tell it in order; on failure retry that batch whole later. */
  private async flush(): Promise<void> {
    clearImmediate(this.soon);
    this.soon = undefined;
    this.flushing = true;
    try {
      while (this.queue.length && !this.closed) {
        // Jobs committed while this batch is written or told join the next batch, not this one.
        const batch = this.queue.splice(0, this.maxBatch);
        this.writing = true;
        try {
          await this.transaction(async (tx) => {
            for (const job of batch) await job.write(tx);
          });
        } catch (e) {
          if (this.closed) return;
          // Put back in front, whole: nothing committed meanwhile may be stored before it.
          this.queue.unshift(...batch);
          if (this.attempt++ === 0) this.events.trouble(describeStoreError(e));
          this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.flush();
          }, this.delay(this.attempt - 1));
          return;
        } finally {
          this.writing = false;
        }
        const recovered = this.attempt > 0;
        this.attempt = 0;
        for (const job of batch) {
          if (this.closed) return;
          try {
            job.then();
          } catch (e) {
            // Telling one person failed (a socket gone mid-send): the others are still told.
            process.emitWarning(e as Error);
          }
        }
        if (recovered) this.events.recovered();
      }
    } finally {
      this.flushing = false;
    }
  }
}
