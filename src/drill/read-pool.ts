// Reading answers off the host's main thread. In a burst (everyone answering the moment a line
// arrives) reading was about a third of the host's busy time; done in line, 2,000 answers are read
// one after the other while the other sockets wait. Worker threads (read-worker.ts) use
// the machine's other cores instead. The answers of one event-loop turn go to the threads in one
// message each, and come back in chunks as they are read; they are handed back in the order sent. When the built worker
// script is not there (run from src/ without a build) or a thread fails, answers are read in line.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../core/constants';
import type { Before, Reader } from '../core/reader';
import type { Scenario } from '../core/schema';
import { readAnswer, type AnswerInput, type AnswerRead } from './answer-read';
import { rehearseReading } from './rehearse';

/** What a reader thread needs: the scenario's turns, and the drill's language. */
export interface ReaderSetup {
  turns: Scenario['turns'];
  lang: Lang;
}

export interface ReadJob {
  input: AnswerInput;
  turn: string;
  /** The person's answers before this one and the lines they answered (Room.before). */
  before: Before;
}

/** Readings go back to the host this many at a time: soon enough for the first, few enough messages. */
export const READ_CHUNK = 16;

/** The worker script scripts/build.mjs writes beside the CLI. */
const WORKER_FILE = join('dist', 'read-worker.js');

function workerScript(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const p = join(dir, WORKER_FILE);
    if (existsSync(p)) return p;
    if (dirname(dir) === dir) return undefined;
  }
}

interface Thread {
  worker: Worker;
  /** Sent, and waiting for their readings, in the order sent. */
  waiting: Queued[];
}

interface Queued {
  job: ReadJob;
  done: (r: AnswerRead) => void;
  /** Read, and waiting for those sent before it to be handed back. */
  read?: AnswerRead;
}

export class ReadPool {
  private threads: Thread[] = [];
  private queue: Queued[] = [];
  /**
   * Sent to a thread and not yet handed back, in the order sent: readings are handed back in that
   * order whichever thread finishes first, so the room takes answers in the order they came (a tie
   * goes to the first of the tied answers).
   */
  private inFlight: Queued[] = [];
  private soon: NodeJS.Immediate | undefined;
  private next = 0;

  /**
   * `threads` reader threads for `scenario`, by default one per core but the one the host's main
   * thread runs on (at least one, at most four); none when the worker script is not built.
   */
  constructor(private readonly setup: ReaderSetup, private readonly inline: Reader, threads = Math.max(1, Math.min(4, availableParallelism() - 1))) {
    const script = workerScript();
    if (!script) return;
    for (let i = 0; i < threads; i++) this.spawn(script);
  }

  /** Threads reading (0: answers are read in line). */
  get size(): number {
    return this.threads.length;
  }

  read(job: ReadJob): Promise<AnswerRead> {
    if (!this.threads.length) return Promise.resolve(this.readHere(job));
    return new Promise((done) => {
      this.queue.push({ job, done });
      this.soon ??= setImmediate(() => this.send());
    });
  }

  /** Rehearse reading (rehearse.ts) on every thread, or here when there is none. */
  rehearse(): void {
    if (!this.threads.length) return void rehearseReading(this.setup.turns, this.setup.lang, this.inline);
    for (const t of this.threads) t.worker.postMessage('rehearse');
  }

  async close(): Promise<void> {
    clearImmediate(this.soon);
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  /** In line; a reading that throws (what made a thread fail) is refused, not thrown into the event loop. */
  private readHere(job: ReadJob): AnswerRead {
    try {
      return readAnswer(job.input, this.setup.turns[job.turn]!, this.setup.lang, this.inline, job.before);
    } catch {
      return { ok: false, code: 'bad-message', message: 'the host could not read that answer' };
    }
  }

  private spawn(script: string): void {
    const worker = new Worker(script, { workerData: this.setup });
    const thread: Thread = { worker, waiting: [] };
    worker.on('message', (reads: AnswerRead[]) => {
      for (const r of reads) {
        const q = thread.waiting.shift();
        if (q) q.read = r;
      }
      this.deliver();
    });
    // A thread that fails: what it held is read here, and so is everything after it if none is left.
    // (A failing read never gets here: readAnswer returns its error as a value.)
    worker.on('error', (e) => {
      process.emitWarning(e);
      this.threads = this.threads.filter((t) => t !== thread);
      void worker.terminate();
    });
    worker.on('exit', () => {
      this.threads = this.threads.filter((t) => t !== thread);
      for (const q of thread.waiting.splice(0)) q.read = this.readHere(q.job);
      this.deliver();
    });
    worker.unref();
    this.threads.push(thread);
  }

  /** Hand back the readings at the head of the line. */
  private deliver(): void {
    while (this.inFlight[0]?.read) {
      const q = this.inFlight.shift()!;
      q.done(q.read!);
    }
  }

  /** This turn's answers, shared out between the threads in runs of READ_CHUNK. */
  private send(): void {
    this.soon = undefined;
    const queue = this.queue.splice(0);
    this.inFlight.push(...queue);
    if (!this.threads.length) {
      for (const q of queue) q.read = this.readHere(q.job);
      return this.deliver();
    }
    const batches = new Map<Thread, Queued[]>();
    for (let i = 0; i < queue.length; i += READ_CHUNK) {
      const t = this.threads[this.next++ % this.threads.length]!;
      batches.set(t, [...(batches.get(t) ?? []), ...queue.slice(i, i + READ_CHUNK)]);
    }
    for (const [t, items] of batches) {
      t.waiting.push(...items);
      t.worker.postMessage(items.map((q) => q.job));
    }
  }
}
