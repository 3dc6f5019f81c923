// Store writes of a live drill, in order, and never given up on: a write that fails (a locked
// database file, a full disk) is retried with a bounded backoff while everything after it waits in
// line. What depends on a write (the ack to the participant, the broadcast of a new line) runs only
// once it is stored, so nobody is told of something that a crash would lose. Writes are async (a
// PostgreSQL server answers later); one runs at a time, in the order committed.

/** What the host hears about the store: trouble (once, when it starts) and recovery. */
export interface WriterEvents {
  trouble(message: string): void;
  recovered(): void;
}

/** Retry delays: 50 ms doubling, never more than 2 s apart. */
export const retryDelay = (attempt: number) => Math.min(2000, 50 * 2 ** attempt);

/** A store failure in words a trainer can act on. */
export function describeStoreError(e: unknown): string {
  const code = String((e as { code?: unknown }).code ?? '');
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'the drill database is locked by another program';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100') return 'the disk is full';
  if (/^SQLITE_READONLY/.test(code) || code === '25006') return 'the drill database has become read-only';
  // PostgreSQL: refused or dropped connections, the server shutting down (class 08, 57P0x), too many clients.
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|08...|57P0.|53300)$/.test(code) || /Connection terminated|timeout exceeded when trying to connect/i.test((e as Error).message ?? '')) return 'the database server cannot be reached';
  if (/^SQLITE_IOERR/.test(code)) return 'the disk reports an input/output error';
  return `the drill database cannot be written (${code || (e as Error).message})`;
}

interface Job {
  write: () => void | Promise<void>;
  then: () => void;
}

export class StoreWriter {
  private readonly queue: Job[] = [];
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing = false;
  private closed = false;

  constructor(private readonly events: WriterEvents, private readonly delay: (attempt: number) => number = retryDelay) {}

  /** Nothing waiting to be stored. */
  get healthy(): boolean {
    return this.queue.length === 0;
  }

  /** A write failed and is being retried: everything after it waits until the store works again. */
  get troubled(): boolean {
    return this.attempt > 0;
  }

  /**
   * Store with `write`, then run `then` once it is stored. Returns false if the store is in trouble
   * now, so this write waits for it to work again (the host tells the person to wait); true if it
   * goes ahead at once or behind writes already under way.
   */
  commit(write: () => void | Promise<void>, then: () => void): boolean {
    this.queue.push({ write, then });
    if (!this.flushing && !this.timer) void this.flush();
    return !this.troubled;
  }

  /** The host is closing: what is still waiting was never stored, and no one was told it was. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length && !this.closed) {
        const job = this.queue[0]!;
        try {
          await job.write();
        } catch (e) {
          if (this.closed) return;
          if (this.attempt++ === 0) this.events.trouble(describeStoreError(e));
          this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.flush();
          }, this.delay(this.attempt - 1));
          return;
        }
        this.queue.shift();
        try {
          job.then();
        } catch (e) {
          // Telling people failed (a socket gone mid-send): the writes after it still go ahead.
          process.emitWarning(e as Error);
        }
      }
      if (this.attempt > 0 && !this.closed) {
        this.attempt = 0;
        this.events.recovered();
      }
    } finally {
      this.flushing = false;
    }
  }
}
