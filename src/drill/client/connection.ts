// A WebSocket connection to a drill host, for Node clients (terminal client, scripted participants,
// the load tool, tests). Messages out are ClientMessages; messages in are parsed JSON ServerMessages.
import { WebSocket } from 'ws';
import { WS_PATH, type ClientMessage, type ServerMessage } from '../protocol';

/** "127.0.0.1:7420", "http://host:7420" or "ws://host:7420/ws" → the WebSocket URL. */
export function wsUrl(address: string): string {
  const a = address.trim();
  if (/^wss?:\/\//.test(a)) return a;
  const u = new URL(/^https?:\/\//.test(a) ? a : `http://${a}`);
  return `${u.protocol === 'https:' ? 'wss' : 'ws'}://${u.host}${WS_PATH}`;
}

export class DrillConnection {
  private listeners = new Set<(m: ServerMessage) => void>();
  private closers = new Set<() => void>();
  closed = false;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      let m: ServerMessage;
      try {
        m = JSON.parse(data.toString()) as ServerMessage;
      } catch {
        return;
      }
      for (const l of [...this.listeners]) l(m);
    });
    ws.on('close', () => {
      this.closed = true;
      for (const c of [...this.closers]) c();
    });
  }

  static open(address: string, timeoutMs = 5000): Promise<DrillConnection> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(wsUrl(address), { handshakeTimeout: timeoutMs, perMessageDeflate: false });
      const fail = (e: Error) => reject(new Error(`cannot reach the drill host at ${address}: ${e.message}`));
      ws.once('error', fail);
      ws.once('open', () => {
        ws.off('error', fail);
        ws.on('error', () => {});
        resolve(new DrillConnection(ws));
      });
    });
  }

  send(m: ClientMessage | Record<string, unknown>): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(m));
  }

  on(fn: (m: ServerMessage) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  onClose(fn: () => void): () => void {
    this.closers.add(fn);
    return () => this.closers.delete(fn);
  }

  /** The next message that matches, or an error after timeoutMs (or when the connection closes). */
  next<T extends ServerMessage>(pred: (m: ServerMessage) => m is T, timeoutMs?: number): Promise<T>;
  next(pred: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  next(pred: (m: ServerMessage) => boolean, timeoutMs = 5000): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        off();
        offClose();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error('timed out waiting for the drill host'));
      }, timeoutMs);
      const off = this.on((m) => {
        if (pred(m)) {
          done();
          resolve(m);
        }
      });
      const offClose = this.onClose(() => {
        done();
        reject(new Error('the drill host closed the connection'));
      });
    });
  }

  close(): void {
    this.ws.close();
  }

  terminate(): void {
    this.ws.terminate();
  }
}

export const is = <K extends ServerMessage['t']>(t: K) => (m: ServerMessage): m is Extract<ServerMessage, { t: K }> => m.t === t;
