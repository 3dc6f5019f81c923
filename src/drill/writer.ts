// Store writes of a live drill, in order, and never given up on: a write that fails (a locked
// database file, a full disk) is retried with a bounded backoff while everything after it waits in
// line. What depends on a write (the ack to the participant, the broadcast of a new line) runs only
// once it is stored, so nobody is told of something that a crash would lose.

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
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full';
  if (/^SQLITE_READONLY/.test(code)) return 'the drill database has become read-only';
  if (/^SQLITE_IOERR/.test(code)) return 'the disk reports an input/output error';
  return `the drill database cannot be written (${code || (e as Error).message})`;
}

interface Job {
  write: () => void;
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

  /**
   * Store with `write`, then run `then`. Returns true if both happened now; false if the write
   * waits (behind others, or for the store to work again), in which case `then` runs later.
   */
  commit(write: () => void, then: () => void): boolean {
    const job = { write, then };
    this.queue.push(job);
    if (!this.flushing && !this.timer) this.flush();
    return !this.queue.includes(job);
  }

  /** The host is closing: what is still waiting was never stored, and no one was told it was. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.flushing = true;
    try {
      while (this.queue.length && !this.closed) {
        const job = this.queue[0]!;
        try {
          job.write();
        } catch (e) {
          if (this.attempt === 0) this.events.trouble(describeStoreError(e));
          this.timer = setTimeout(() => {
            this.timer = undefined;
            this.flush();
          }, this.delay(this.attempt++));
          return;
        }
        this.queue.shift();
        job.then();
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
