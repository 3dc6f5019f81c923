// Who may hold a socket on the drill host, and for how long: a bounded number of sockets per network
// address, a budget for all of them below the process's file limit, a few seconds for a new socket
// to say something, and a bounded number of join-code tries per address. Pure bookkeeping over
// node:net sockets; the server decides what a "hello" is.
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';

export interface Limits {
  /** People in the room, not counting those the trainer kicked. */
  maxParticipants: number;
  /** Sockets one network address may hold at once (a phone needs one or two). */
  perAddress: number;
  /** A new socket must send its request, and a WebSocket its join, within this many ms. */
  helloMs: number;
  /** WebSocket ping interval; a client that has not answered the last ping by the next is dropped. */
  heartbeatMs: number;
  /** Wrong join codes (or unknown reconnect tokens) one address may try: a burst, then one per refill. */
  codeTries: { burst: number; refillMs: number };
}

export const DEFAULT_LIMITS: Limits = {
  maxParticipants: 300,
  perAddress: 20,
  helloMs: 5000,
  heartbeatMs: 15_000,
  codeTries: { burst: 10, refillMs: 60_000 },
};

/** Files the process may open, from /proc (Linux); elsewhere a common default. */
function openFileLimit(): number {
  try {
    const m = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux: fall through
  }
  return 1024;
}

/** Sockets the host allows in all: the file limit less room for SQLite, the runtime and the page. */
export const socketBudget = (limit = openFileLimit()) => Math.max(16, limit - 64);

/** Remembered addresses for code tries, at most: a flood of addresses cannot grow memory without end. */
const MAX_ADDRESSES = 10_000;

export class Gate {
  private readonly perAddress = new Map<string, number>();
  /** Sockets that have not (yet) joined as a participant or trainer, oldest first: evicted first. */
  private readonly strangers = new Set<Socket>();
  private total = 0;
  private readonly tries = new Map<string, { left: number; at: number }>();
  private readonly opens = new Map<string, { left: number; at: number }>();
  private readonly silent = new Map<Socket, NodeJS.Timeout>();

  constructor(readonly limits: Limits, private readonly budget = socketBudget(), private readonly now: () => number = Date.now) {}

  /**
   * A new TCP connection: refused (destroyed) past the per-address cap. Past the budget the oldest
   * socket that has not said anything goes, else the oldest that has not joined: a request being
   * answered outlives a flood of silent sockets.
   */
  admit(socket: Socket): void {
    const address = socket.remoteAddress ?? '?';
    const held = this.perAddress.get(address) ?? 0;
    // New sockets per address per second are bounded too: a flood that churns sockets would
    // otherwise push a real request out of the budget before it is read.
    const opens = this.bucket(this.opens, address, this.limits.perAddress, 1000 / this.limits.perAddress);
    if (held >= this.limits.perAddress || opens.left < 1) {
      socket.destroy();
      return;
    }
    if (this.total >= this.budget) {
      const oldest = this.silent.keys().next().value ?? this.strangers.values().next().value;
      if (!oldest) {
        socket.destroy();
        return;
      }
      oldest.destroy();
    }
    opens.left--;
    this.perAddress.set(address, held + 1);
    this.total++;
    this.strangers.add(socket);
    // Silent sockets are the cheapest way to starve a host of file descriptors.
    const silent = setTimeout(() => socket.destroy(), this.limits.helloMs);
    silent.unref();
    this.silent.set(socket, silent);
    socket.once('close', () => {
      this.spoke(socket);
      this.strangers.delete(socket);
      this.total--;
      const n = (this.perAddress.get(address) ?? 1) - 1;
      if (n > 0) this.perAddress.set(address, n);
      else this.perAddress.delete(address);
    });
  }

  /**
   * A whole request arrived on this socket (HTTP or a WebSocket upgrade): Node's own header, request
   * and keep-alive timeouts, or the WebSocket hello, take over. (The HTTP parser reads the socket
   * directly, so its 'data' events cannot be watched for this.)
   */
  spoke(socket: Socket): void {
    clearTimeout(this.silent.get(socket));
    this.silent.delete(socket);
  }

  /** A socket that joined: no longer first in line to be evicted. */
  known(socket: Socket): void {
    this.strangers.delete(socket);
  }

  /** Whether this address may try a code now; a false answer is the same for a right code and a wrong one. */
  mayTry(address: string): boolean {
    return this.codeBucket(address).left >= 1;
  }

  /** A wrong code or unknown token from this address. */
  failed(address: string): void {
    const t = this.codeBucket(address);
    t.left = Math.max(0, t.left - 1);
  }

  private codeBucket(address: string): { left: number; at: number } {
    return this.bucket(this.tries, address, this.limits.codeTries.burst, this.limits.codeTries.refillMs);
  }

  /** A token bucket per address: `burst` at most, one more every `refillMs`. */
  private bucket(map: Map<string, { left: number; at: number }>, address: string, burst: number, refillMs: number): { left: number; at: number } {
    const now = this.now();
    const t = map.get(address) ?? { left: burst, at: now };
    t.left = Math.min(burst, t.left + (now - t.at) / refillMs);
    t.at = now;
    map.delete(address);
    map.set(address, t); // most recent last: the oldest are forgotten first
    if (map.size > MAX_ADDRESSES) map.delete(map.keys().next().value!);
    return t;
  }
}
