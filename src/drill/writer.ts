// Store writes of a live drill, in order, and never given up on: a write that fails (a locked
// database file, a full disk) is retried with a bounded backoff while everything after it waits in
// line. What depends on a write (the ack to the participant, the broadcast of a new line) runs only
// once it is stored, so nobody is told of something that a crash would lose.
// The writes committed in one turn of the event loop (a burst of answers read from many sockets at
// once) are stored together, in one transaction: one commit to disk instead of one per answer.

/** What the host hears about the store: trouble (once, when it starts) and recovery. */
export interface WriterEvents {
  trouble(message: string): void;
  recovered(): void;
}

/**
 * Runs one batch of writes as a single transaction, supplied by the store: every write is stored,
 * or it throws and none is. (SQLite's is synchronous; a server's would resolve once committed.)
 */
export type Transaction = (writes: () => void) => void;

/**
 * Past this many writes waiting in one turn, they are stored at once rather than at its end: a
 * burst of 2,000 answers then goes out as acks in steps, not all after the last one is read.
 */
export const MAX_BATCH = 50;

/** Retry delays: 50 ms doubling, never more than 2 s apart. */
export const retryDelay = (attempt: number) => Math.min(2000, 50 * 2 ** attempt);

/** A store failure in words a trainer can act on. */
export function describeStoreError(e: unknown): string {
  const code = String((e as { code?: unknown }).code ?? '');
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'the drill database is locked by another program';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full';
  if (/^SQLITE_READONLY/.test(code)) return 'the drill database has become read-only';
  if (/^SQLITE_IOERR/.test(code)) return 'the disk reports an input/output error';
  return `the drill database cannot be written (${code || (e as Error).message})`;
}

interface Job {
  write: () => void;
  then: () => void;
}

export interface WriterOptions {
  /** How a batch is made one transaction; without a store, the writes simply run in turn. */
  transaction?: Transaction;
  delay?: (attempt: number) => number;
}

export class StoreWriter {
  private readonly queue: Job[] = [];
  private readonly transaction: Transaction;
  private readonly delay: (attempt: number) => number;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private soon: NodeJS.Immediate | undefined;
  /** Running the `then`s of a stored batch. */
  private telling = false;
  private closed = false;

  constructor(private readonly events: WriterEvents, o: WriterOptions = {}) {
    this.transaction = o.transaction ?? ((writes) => writes());
    this.delay = o.delay ?? retryDelay;
  }

  /** Nothing waiting to be stored. */
  get healthy(): boolean {
    return this.queue.length === 0;
  }

  /** A write failed and is being retried: everything after it waits until the store works again. */
  get troubled(): boolean {
    return this.attempt > 0;
  }

  /**
   * Store with `write`, then run `then` once it is stored: with the other writes of this turn of
   * the event loop, when the turn's I/O is done (or now, if MAX_BATCH are waiting). Returns false
   * if the store is in trouble, so this write waits for it to work again; true if it goes ahead.
   */
  commit(write: () => void, then: () => void): boolean {
    const ok = !this.troubled;
    this.queue.push({ write, then });
    if (this.timer || this.closed) return ok;
    // Not from inside a `then`: those of the batch being told come first.
    if (this.queue.length >= MAX_BATCH && !this.telling) this.flush();
    else this.soon ??= setImmediate(() => this.flush());
    return ok;
  }

  /** The host is closing: what is still waiting was never stored, and no one was told it was. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearImmediate(this.soon);
    this.timer = undefined;
    this.soon = undefined;
  }

  /** Store everything waiting in one transaction, then tell, in order; on failure retry it all later. */
  private flush(): void {
    clearImmediate(this.soon);
    this.soon = undefined;
    if (this.closed || !this.queue.length) return;
    // Jobs committed by a `then` below join the next batch, not this one.
    const batch = this.queue.splice(0);
    try {
      this.transaction(() => {
        for (const job of batch) job.write();
      });
    } catch (e) {
      // Put back in front, whole: nothing committed meanwhile may be stored before it.
      this.queue.unshift(...batch);
      if (this.attempt++ === 0) this.events.trouble(describeStoreError(e));
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush();
      }, this.delay(this.attempt - 1));
      return;
    }
    const recovered = this.attempt > 0;
    this.attempt = 0;
    this.telling = true;
    try {
      for (const job of batch) {
        if (this.closed) return;
        try {
          job.then();
        } catch (e) {
          // Telling one person failed (a socket gone mid-send): the others are still told.
          process.emitWarning(e as Error);
        }
      }
    } finally {
      this.telling = false;
    }
    if (recovered) this.events.recovered();
  }
}
