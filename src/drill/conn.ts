// One WebSocket connection on the drill host: who it is, where from, and the per-connection rules
// (message throttle, heartbeat). The server decides what each message means.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/** Per connection: at most BURST messages at once, refilled at RATE per second. */
const BURST = 20;
const RATE = 10;
/** Past this many dropped messages a connection is a flood, not a person: it is closed. */
const FLOOD_LIMIT = 200;
/** Wrong codes one connection may send before it is closed (the address has its own limit: gate.ts). */
export const MAX_BAD_CODES_PER_CONNECTION = 5;

export interface Conn {
  ws: WebSocket;
  socket: Socket;
  /** The client's network address: per-address limits are counted against it. */
  address: string;
  role: 'guest' | 'participant' | 'trainer';
  /** A join that is waiting to be stored: the connection is not idle. */
  joining: boolean;
  /** Answered a ping (or sent anything) since the last heartbeat. */
  alive: boolean;
  pid?: string;
  tokens: number;
  refilledAt: number;
  dropped: number;
  lastTooFast: number;
  badCodes: number;
}

export function newConn(ws: WebSocket, socket: Socket, address: string): Conn {
  return { ws, socket, address, role: 'guest', joining: false, alive: true, tokens: BURST, refilledAt: Date.now(), dropped: 0, lastTooFast: 0, badCodes: 0 };
}

/** Token bucket: 'ok', or dropped ('too-fast' at most once a second, else silently), or a 'flood'. */
export function throttle(c: Conn, now = Date.now()): 'ok' | 'drop' | 'too-fast' | 'flood' {
  c.tokens = Math.min(BURST, c.tokens + ((now - c.refilledAt) / 1000) * RATE);
  c.refilledAt = now;
  if (c.tokens >= 1) {
    c.tokens -= 1;
    return 'ok';
  }
  if (++c.dropped > FLOOD_LIMIT) return 'flood';
  if (now - c.lastTooFast <= 1000) return 'drop';
  c.lastTooFast = now;
  return 'too-fast';
}

/** A client that has not answered the last ping by the next one is gone (a phone off the network). */
export function startHeartbeat(conns: Iterable<Conn>, everyMs: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    for (const c of conns) {
      if (!c.alive) c.ws.terminate();
      else {
        c.alive = false;
        c.ws.ping();
      }
    }
  }, everyMs);
  timer.unref();
  return timer;
}

const isLoopback = (a: string | undefined) => !!a && (a.startsWith('127.') || a === '::1' || a.startsWith('::ffff:127.'));

/**
 * Who is on the other end. Through a reverse proxy on this machine (see docs/security.md) every
 * socket comes from 127.0.0.1, so the proxy's X-Forwarded-For names the client; a client on the
 * network cannot reach the host from a loopback address to forge it.
 */
export function clientAddress(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? '?';
  const forwarded = req.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').pop()?.trim();
  return isLoopback(peer) && last ? last : peer;
}

