// The drill host: HTTP (the web page at /) and WebSocket (/ws) around one Room. Every message is
// size-limited, schema-checked and throttled per connection; a bad one gets an error reply and the
// host carries on. Each change is written to the store before anyone hears about it (writer.ts: the
// changes of one event-loop turn in one transaction; a failing write is retried, and the drill waits
// for it; the room moves on while writes are under way, since they are stored in the order made,
// but not while one is failing). Sockets are admitted by the gate (gate.ts).
import { randomBytes, createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import { reader } from '../classify/reader';
import { t } from '../words/labels';
import { clientAddress, MAX_BAD_CODES_PER_CONNECTION, newConn, startHeartbeat, throttle, type Conn } from './conn';
import { DEFAULT_LIMITS, Gate, type Limits } from './gate';
import type { DrillCheck } from './check-phase';
import { roomName } from './names';
import { maskedReader } from './masked';
import { REHEARSE_AT } from './rehearse';
import { rehearseRoom } from './rehearse-room';
import { ReadPool } from './read-pool';
import { RecentTimes } from './latency';
import type { DrillBatch, DrillStore } from './store';
import { describeStoreError, MAX_BATCH, StoreWriter } from './writer';
import { LockAwayError } from './lock';
import {
  MAX_MESSAGE_BYTES, WS_PATH, normaliseCode, parseClientMessage,
  type ClientMessage, type ServerMessage, type TrainerCommand,
} from './protocol';
import { Room, RoomError, type Change } from './room';
import { webPage } from './web/page';
import { MASK_PATH, maskScript } from './web/assets';
import { joinLink, reachableUrl } from './public-url';
import { screenRoute } from './screen-route';

export interface HostOptions {
  room: Room;
  code: string;
  secret: string;
  port?: number;
  bind?: string;
  store?: DrillStore;
  /** The drill's lock (lock.ts): while it is being taken back, nothing is written (the writer waits and retries). */
  lock?: { readonly held: boolean };
  /** How often auto pace and trainer status are checked, in ms. */
  tickMs?: number;
  limits?: Partial<Limits>;
  /** The store stopped taking writes (a message to show), or works again (undefined). */
  onStoreTrouble?: (message: string | undefined) => void;
  /** The before/after check (drill host --check), if this drill runs one. */
  check?: DrillCheck;
  /** Where the room reaches the host, when that is not this machine's own address (drill host --public-url). */
  publicUrl?: string;
  /** The room size at which the host rehearses (rehearse.ts; REHEARSE_AT unless a test says otherwise). */
  rehearseAt?: number;
}

export interface Host {
  url: string;
  /** Where participants reach the host (public-url.ts): the join link and the QR code use it. */
  joinUrl: string;
  port: number;
  code: string;
  drillId: string;
  room: Room;
  /** Resolves when the drill ends (finished or stopped by the trainer). */
  ended: Promise<'finished' | 'stopped'>;
  close(): Promise<void>;
}

/**
 * Connections sent a new line per turn of the event loop (broadcastLine). Sent to 2,000 in one go,
 * the answers of those who got it first waited in the sockets until the last was sent; 50 at a time,
 * they are read while the rest is sent (bench/README.md, "The seventh round").
 */
const BROADCAST_CHUNK = 50;

// Hex, so a secret never starts with a dash that a command line would read as an option.
export const newSecret = () => randomBytes(16).toString('hex');
const digest = (s: string) => createHash('sha256').update(s).digest();
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

export async function startHost(opts: HostOptions): Promise<Host> {
  const { room, store } = opts;
  // the reader's weights load while people join, not on the first answer
  void reader.prepare?.();
  const limits: Limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const gate = new Gate(limits);
  const drillId = room.config.drillId;
  const conns = new Set<Conn>();
  const byPid = new Map<string, Conn>();
  /** Participants whose answer to the current line is waiting to be stored. */
  const saving = new Set<string>();
  const writer = new StoreWriter<DrillBatch | undefined>({
    trouble(why) {
      opts.onStoreTrouble?.(t('storeTrouble', room.info.lang, { why }));
      for (const c of conns) {
        if (c.role === 'trainer') send(c, error('saving', `cannot save: ${why}; the drill is paused until saving works again`));
        else tellWaiting(c);
      }
    },
    recovered() {
      opts.onStoreTrouble?.(undefined);
      for (const c of conns) if (c.role === 'trainer') send(c, error('saving', 'saving works again; the drill carries on'));
      scheduleTrainerUpdate();
    },
  }, {
    transaction: store ? (writes) => (opts.lock?.held === false ? Promise.reject(new LockAwayError()) : store.transaction(writes)) : (writes) => writes(undefined),
    maxBatch: MAX_BATCH[store?.db.engine ?? 'sqlite'],
  });
  let resolveEnded!: (r: 'finished' | 'stopped') => void;
  const ended = new Promise<'finished' | 'stopped'>((r) => (resolveEnded = r));
  let trainerTimer: NodeJS.Timeout | undefined;
  let tickSoon: NodeJS.Immediate | undefined;

  // The page is in the drill's language, its words written in once.
  const page = webPage(room.info.lang, room.config.scenario.kind === 'legitimate');
  const nameReader = maskedReader(reader);
  /** The host's own handling of each answer (latency.ts): in the trainer status. */
  const handling = new RecentTimes();
  const readers = new ReadPool({ turns: room.config.scenario.turns, lang: room.info.lang }, reader);
  let rehearsed = false;
  /** Once the room is large enough to answer in bursts (or resumes so), the host rehearses (rehearse.ts). */
  const rehearseIfLarge = () => {
    if (rehearsed || room.participants < (opts.rehearseAt ?? REHEARSE_AT)) return;
    rehearsed = true;
    readers.rehearse();
    void rehearseRoom(room.config, reader);
  };
  rehearseIfLarge();
  // The page masks replies with it before sending them: read before listening, so a host without it never serves the page.
  const mask = maskScript();
  // Timeouts checked every second (Node's default is 30 s): no request may hold the host hostage.
  const http: Server = createServer({ connectionsCheckingInterval: 1000, headersTimeout: limits.helloMs, requestTimeout: 10_000 }, (req, res) => {
    gate.spoke(req.socket);
    serveHttp(req, res);
  });
  http.on('connection', (socket: Socket) => gate.admit(socket));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  http.on('upgrade', (req, socket: Socket, head) => {
    gate.spoke(socket);
    if (new URL(req.url ?? '/', 'http://x').pathname !== WS_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, socket, clientAddress(req)));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? 0, opts.bind ?? '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  const addr = http.address() as AddressInfo;
  const hostPart = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${hostPart}:${addr.port}`;
  const joinUrl = reachableUrl(url, opts.bind ?? '127.0.0.1', opts.publicUrl);
  const screen = screenRoute({
    lang: room.info.lang, green: room.config.scenario.kind === 'legitimate', secret: opts.secret, code: opts.code,
    base: joinUrl, joinLink: joinLink(joinUrl, opts.code), isSecret: (s) => sameSecret(s, opts.secret),
  });

  const ticker = setInterval(() => {
    if (room.ended) return;
    // Auto pace waits while the store fails: a line does not move on past answers that cannot be saved.
    tick();
    toTrainers(() => [JSON.stringify(status())]);
  }, opts.tickMs ?? 250);
  ticker.unref();

  const heartbeat = startHeartbeat(conns, limits.heartbeatMs);

  if (room.ended) resolveEnded(room.endReason!);

  function serveHttp(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'GET' && path === '/screen') return screen(req, res);
    if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'content-security-policy': "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self' ws: wss:; img-src data:",
      });
      res.end(page);
      return;
    }
    if (req.method === 'GET' && path === MASK_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      res.end(mask);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  }

  function onConnection(ws: WebSocket, socket: Socket, address: string): void {
    const c = newConn(ws, socket, address);
    conns.add(c);
    // A socket that has not joined within a few seconds is not a person on the way in.
    const hello = setTimeout(() => {
      if (c.role === 'guest' && !c.joining) ws.terminate();
    }, limits.helloMs);
    hello.unref();
    ws.on('pong', () => (c.alive = true));
    ws.on('message', (data, isBinary) => {
      c.alive = true;
      if (!allow(c)) return;
      if (isBinary) return send(c, error('bad-message', 'send text frames with JSON'));
      const parsed = parseClientMessage(data.toString());
      if (!parsed.ok) return send(c, error('bad-message', parsed.message));
      try {
        handle(c, parsed.msg);
      } catch (e) {
        if (e instanceof RoomError) send(c, error(e.code, e.message));
        else send(c, error('bad-message', 'the host could not handle that message'));
      }
    });
    ws.on('close', () => {
      clearTimeout(hello);
      conns.delete(c);
      if (c.pid && byPid.get(c.pid) === c) {
        byPid.delete(c.pid);
        room.setOnline(c.pid, false);
        scheduleTrainerUpdate();
      }
    });
    ws.on('error', () => ws.terminate());
  }

  /** Throttled: an over-eager client hears "too fast" at most once a second; a flood is closed. */
  function allow(c: Conn): boolean {
    const verdict = throttle(c);
    if (verdict === 'flood') c.ws.close(1008, 'too many messages');
    else if (verdict === 'too-fast') send(c, error('too-fast', 'slow down: too many messages'));
    return verdict === 'ok';
  }

  function handle(c: Conn, m: ClientMessage): void {
    switch (m.t) {
      case 'ping':
        return send(c, { t: 'pong' });
      case 'join': {
        if (!mayTry(c)) return;
        if (normaliseCode(m.code) !== opts.code) return refuse(c, 'wrong-code', 'wrong join code');
        if (c.role !== 'guest' || c.joining) return send(c, error('bad-message', 'this connection has already joined'));
        if (room.activeParticipants >= limits.maxParticipants) return send(c, error('room-full', `the drill is full (${limits.maxParticipants} people)`));
        const taken = room.config.anonymous ? new Set<string>() : room.names;
        const token = randomBytes(18).toString('base64url');
        // Clients mask the name before sending it (web/mask.ts): a card's mask in it is not read again.
        const change = room.join(roomName(m.name, taken, nameReader.mask), token);
        rehearseIfLarge();
        c.joining = true;
        const now = commit(change, () => {
          c.joining = false;
          if (c.ws.readyState !== WebSocket.OPEN) return;
          attach(c, change.pid);
          send(c, { t: 'welcome', pid: change.pid, token, name: change.name, drill: room.info });
          sendCheck(c);
          sendLine(c);
        });
        if (!now) tellWaiting(c);
        return;
      }
      case 'rejoin': {
        if (!mayTry(c)) return;
        const pid = normaliseCode(m.code) === opts.code ? room.byToken(m.token) : undefined;
        // A wrong code and an unknown token get the same answer: a rejoin cannot test codes.
        if (!pid) return refuse(c, 'unknown-token', 'this drill does not know you; check the code and join again with your name');
        if (room.isKicked(pid)) {
          send(c, { t: 'kicked' });
          return void c.ws.close(1000);
        }
        attach(c, pid);
        send(c, { t: 'welcome', pid, token: m.token, name: room.displayName(pid), drill: room.info });
        if (room.ended) return sendEnd(c);
        sendCheck(c);
        sendLine(c);
        return;
      }
      case 'answer':
      case 'choose': {
        if (c.role !== 'participant' || !c.pid) return send(c, error('not-joined', 'join the drill first'));
        const pid = c.pid;
        const step = m.step;
        if (saving.has(pid)) return send(c, error('saving', 'your answer is being saved; no need to send it again'));
        const input = m.t === 'answer' ? { text: m.text, ...(m.leaks ? { leaks: m.leaks } : {}) } : { choice: m.choice };
        // Refused at once if it cannot be taken; read on a reader thread; taken if it still may be.
        const turn = room.checkAnswer(pid, step);
        const seen = performance.now();
        saving.add(pid);
        void readers.read({ input, turn, before: room.before(pid) }).then((done) => {
          let change: Change;
          try {
            change = room.answerRead(pid, step, input, done);
          } catch (e) {
            saving.delete(pid);
            const to = byPid.get(pid);
            if (to) send(to, e instanceof RoomError ? error(e.code, e.message) : error('bad-message', 'the host could not handle that message'));
            return;
          }
          // Acknowledged only once stored: an answer a crash would lose was never "received".
          const now = commit(change, () => {
            saving.delete(pid);
            const to = byPid.get(pid);
            const ack = room.ackFor(pid, step);
            if (to && ack) {
              // (taken as the ack leaves, before it is written: the host may lose the CPU inside the write, and the person's round
              // trip is then over before the host's clock reads again; so the handling stays within the round trip it is part of)
              handling.add(performance.now() - seen);
              send(to, ack);
            }
            scheduleTrainerUpdate();
            scheduleTick();
          });
          const to = byPid.get(pid);
          if (!now && to) tellWaiting(to);
        });
        return;
      }
      case 'check': {
        if (c.role !== 'participant' || !c.pid) return send(c, error('not-joined', 'join the drill first'));
        if (!opts.check) return send(c, error('bad-message', 'this drill has no before/after check'));
        void opts.check.receive(c.pid, room.displayName(c.pid), room.ended, m).then((saved) => {
          send(c, saved);
          // The after-check held back the end of the drill for this participant: now it can come.
          if (room.ended) send(c, { t: 'ended', reason: room.endReason ?? 'stopped' });
        }, (e: unknown) => send(c, e instanceof RoomError ? error(e.code, e.message) : error('saving', `your answers could not be saved (${describeStoreError(e)}); send them again`)));
        return;
      }
      case 'trainer': {
        if (!sameSecret(m.secret, opts.secret)) return send(c, error('wrong-secret', 'that is not this drill\'s trainer secret'));
        c.role = 'trainer';
        gate.known(c.socket);
        send(c, { t: 'trainer-ok', drill: room.info, code: opts.code, url });
        if (room.ended) return sendEnd(c);
        sendLine(c);
        sendTrainerUpdate(c);
        return;
      }
      default:
        return trainerCommand(c, m);
    }
  }

  function trainerCommand(c: Conn, m: TrainerCommand): void {
    if (c.role !== 'trainer') return send(c, error('not-trainer', 'only the trainer can do that'));
    // While a write fails, the room must not move on: what it would tell people could not be kept.
    if (m.t !== 'status' && writer.troubled) return send(c, error('saving', 'the host cannot save right now; it retries by itself, wait until saving works again'));
    switch (m.t) {
      case 'status':
        return send(c, status());
      case 'advance':
        return afterChange(room.advance(m.pick));
      case 'skip':
        return afterChange(room.skip());
      case 'reveal':
        return afterChange(room.reveal());
      case 'kick':
        return afterChange(room.kick(m.pid));
      case 'end':
        return afterChange(room.end());
    }
  }

  /**
   * Whether this connection's address may try a code. Once it may not, every try gets the same
   * answer whether the code is right or wrong, so the limit cannot be probed past.
   */
  function mayTry(c: Conn): boolean {
    if (gate.mayTry(c.address)) return true;
    send(c, error('too-many-tries', 'too many wrong codes from this network address; wait a few minutes'));
    c.ws.close(1008, 'too many tries');
    return false;
  }

  /** A wrong code or unknown token: it counts against the connection and its address. */
  function refuse(c: Conn, code: 'wrong-code' | 'unknown-token', message: string): void {
    gate.failed(c.address);
    send(c, error(code, message));
    // Guessing codes is not a way in: a few wrong tries and the connection is gone.
    if (++c.badCodes >= MAX_BAD_CODES_PER_CONNECTION) c.ws.close(1008, 'too many wrong codes');
  }

  function attach(c: Conn, pid: string): void {
    const old = byPid.get(pid);
    if (old && old !== c) old.ws.close(4000, 'connected elsewhere');
    c.role = 'participant';
    c.pid = pid;
    gate.known(c.socket);
    byPid.set(pid, c);
    room.setOnline(pid, true);
    scheduleTrainerUpdate();
  }

  /** A participant or a joiner whose write waits for the store to work again hears so. */
  function tellWaiting(c: Conn): void {
    if (c.joining) send(c, error('saving', 'the host is saving; you are in as soon as it has'));
    else if (c.pid && saving.has(c.pid)) send(c, error('saving', 'your answer is being saved; wait a moment, no need to send it again'));
  }

  /** Store a change; `then` (telling people) runs once it is stored. False if it waits for the store to work again. */
  function commit(change: Change, then: () => void): boolean {
    return writer.commit((tx) => tx?.append(drillId, change), then);
  }

  /** A change, stored, then told to those it concerns. */
  function afterChange(change: Change): void {
    commit(change, () => told(change));
  }

  function told(change: Change): void {
    const r = change.record;
    if (room.ended) return finish();
    if (r.type === 'advance') {
      broadcastLine();
    } else if (r.type === 'reveal') {
      const msg = encoded({ t: 'revealed', step: r.step, flags: room.flagShares(r.step) });
      for (const c of conns) if (c.role !== 'guest') sendText(c, msg);
      broadcastLine();
    } else if (r.type === 'kick') {
      const c = byPid.get(r.pid);
      if (c) {
        send(c, { t: 'kicked' });
        c.ws.close(1000, 'removed by the trainer');
      }
      scheduleTrainerUpdate();
    }
  }

  function broadcastLine(): void {
    const line = room.lineView();
    if (!line) return;
    // Two serialisations for the whole room, whatever its size: one for those who have answered
    // this line (after a reveal, most have) and one for the rest.
    const open = encoded({ t: 'line', line, answered: false });
    const answered = encoded({ t: 'line', line, answered: true });
    const everyone = [...conns];
    const sendFrom = (from: number) => {
      if (room.lineView()?.step !== line.step) return; // moved on: the next broadcast tells everyone
      for (const c of everyone.slice(from, from + BROADCAST_CHUNK)) {
        if (c.role === 'participant' && c.pid) sendText(c, room.hasAnswered(c.pid) ? answered : open);
        else if (c.role === 'trainer') sendLine(c);
      }
      if (from + BROADCAST_CHUNK < everyone.length) setImmediate(() => sendFrom(from + BROADCAST_CHUNK));
    };
    sendFrom(0);
    scheduleTrainerUpdate();
  }

  /** The before/after check due for this participant now, if any; true if one was sent. */
  function sendCheck(c: Conn): boolean {
    const due = c.pid ? opts.check?.due(c.pid, room.displayName(c.pid), room.ended) : undefined;
    if (due) send(c, due);
    return !!due;
  }

  /** The current line to one connection (who joined, came back, or became the trainer), and where it stands: revealed flags, their own answer. */
  function sendLine(c: Conn): void {
    const line = room.lineView();
    if (!line) return;
    if (c.role === 'trainer') send(c, { t: 'line', line, flags: room.currentFlags() });
    else send(c, { t: 'line', line, answered: c.pid ? room.hasAnswered(c.pid) : false });
    // A reloaded page or a reconnected terminal shows the answer it gave and its verdicts again.
    const ack = c.pid ? room.ackFor(c.pid, line.step) : undefined;
    if (ack) send(c, ack);
    if (!line.open) send(c, { t: 'revealed', step: line.step, flags: room.flagShares(line.step) });
  }

  /** Auto pace: move on if the line is due or everyone has answered (room.tick). Not while the store fails: a line does not move on past answers that cannot be saved. */
  function tick(): void {
    const change = writer.troubled ? undefined : safely(() => room.tick());
    if (change) afterChange(change);
  }

  /** Once the answers stored in this turn are acknowledged: see whether everyone is in (once per turn, not per answer: the check looks at every participant). */
  function scheduleTick(): void {
    if (tickSoon || room.config.pace.kind !== 'auto') return;
    tickSoon = setImmediate(() => {
      tickSoon = undefined;
      tick();
    });
  }

  function scheduleTrainerUpdate(): void {
    if (trainerTimer) return;
    trainerTimer = setTimeout(() => {
      trainerTimer = undefined;
      toTrainers(trainerUpdate);
    }, 100);
  }

  function sendTrainerUpdate(c: Conn): void {
    for (const text of trainerUpdate()) sendText(c, text);
  }

  /** The tally and the roster, serialised: the roster of a big room is large, so once for all trainer screens. */
  function trainerUpdate(): string[] {
    // No tally while answers wait to be stored: it would count answers a crash could lose.
    const tally = writer.healthy ? room.tally() : undefined;
    return [...(tally ? [JSON.stringify({ t: 'tally', tally } satisfies ServerMessage)] : []), JSON.stringify({ t: 'roster', participants: room.roster() } satisfies ServerMessage)];
  }

  /** Messages made once (and only if a trainer is connected) for every trainer connection. */
  function toTrainers(messages: () => string[]): void {
    const trainers = [...conns].filter((c) => c.role === 'trainer');
    if (!trainers.length) return;
    const texts = messages();
    for (const c of trainers) for (const text of texts) sendText(c, text);
  }

  function status(): ServerMessage {
    const m = process.memoryUsage();
    const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
    const line = room.lineView();
    const answerMs = handling.spread();
    return { t: 'status', rssMb: mb(m.rss), heapMb: mb(m.heapUsed), participants: room.participants, online: byPid.size, ...(line ? { step: line.step } : {}), ...(answerMs ? { answerMs } : {}) };
  }

  function sendEnd(c: Conn): void {
    if (c.role === 'participant' && c.pid) {
      send(c, { t: 'debrief', debrief: room.debriefFor(c.pid) });
      // Clients leave when they hear 'ended': an after-check due comes first, 'ended' once it is answered.
      if (sendCheck(c)) return;
    }
    if (c.role === 'trainer') send(c, { t: 'results', results: room.results() });
    send(c, { t: 'ended', reason: room.endReason ?? 'stopped' });
  }

  function finish(): void {
    if (trainerTimer) clearTimeout(trainerTimer);
    trainerTimer = undefined;
    // Each person's own result goes in with the end: what `scamdrill report` counts.
    writer.commit((tx) => tx?.markEnded(drillId, Date.now(), room.results().people), () => {
      for (const c of conns) if (c.role !== 'guest') sendEnd(c);
      resolveEnded(room.endReason!);
    });
  }

  function send(c: Conn, msg: ServerMessage): void {
    sendText(c, JSON.stringify(msg));
  }

  /** A message already serialised: as a Buffer (encoded once for a whole room), it still goes as a text frame. */
  function sendText(c: Conn, text: string | Buffer): void {
    if (c.ws.readyState === WebSocket.OPEN) c.ws.send(text, { binary: false });
  }

  return {
    url,
    joinUrl,
    port: addr.port,
    code: opts.code,
    drillId,
    room,
    ended,
    async close() {
      clearInterval(ticker);
      clearInterval(heartbeat);
      writer.close();
      await readers.close();
      if (trainerTimer) clearTimeout(trainerTimer);
      clearImmediate(tickSoon);
      for (const c of conns) c.ws.close(1001, 'the host is closing');
      // Give the close frames a moment, then cut whatever is left.
      await new Promise((r) => setTimeout(r, 50));
      for (const c of conns) c.ws.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
    },
  };
}

/** A message for many sockets, serialised and UTF-8 encoded once rather than once per socket. */
const encoded = (msg: ServerMessage) => Buffer.from(JSON.stringify(msg));

function error(code: Extract<ServerMessage, { t: 'error' }>['code'], message: string): ServerMessage {
  return { t: 'error', code, message };
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RoomError) return undefined;
    throw e;
  }
}
