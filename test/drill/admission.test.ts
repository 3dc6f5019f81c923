// Who gets into a room, and how long a socket may sit there: code guessing, bots, caps, idle and
// silent sockets, names. A real host on loopback; other loopback addresses (127.0.0.x) play other
// devices on the network.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DrillConnection, is } from '../../src/drill/client/connection';
import type { ServerMessage } from '../../src/drill/protocol';
import { closeAll, joinAs, testHost, TINY, type TestHost } from './helpers';

let host: TestHost | undefined;
const conns: DrillConnection[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  host = await closeAll(conns, host);
});

/** A WebSocket connection from a given loopback address. */
async function from(localAddress: string): Promise<DrillConnection> {
  const ws = new WebSocket(`ws://${host!.address}/ws`, { localAddress });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const conn = wrap(ws);
  conns.push(conn);
  return conn;
}

/** DrillConnection.open() has no local address to choose; its (private) constructor takes an open socket. */
function wrap(ws: WebSocket): DrillConnection {
  const Ctor = DrillConnection as unknown as new (ws: WebSocket) => DrillConnection;
  return new Ctor(ws);
}

const reply = (c: DrillConnection, m: Record<string, unknown>) => {
  const next = c.next(() => true);
  c.send(m);
  return next;
};

/** Join on an open connection; the line that follows the welcome is waited for too. */
async function joinOn(c: DrillConnection, code: string, name: string) {
  const welcome = c.next(is('welcome'));
  const line = c.next(is('line'));
  c.send({ t: 'join', code, name });
  return { welcome: await welcome, line: await line };
}

const closed = (s: Socket) => new Promise<boolean>((r) => s.once('close', () => r(true)));

describe('the join code', () => {
  it('a wrong code and a right one get the same reply on rejoin, and an address runs out of tries', async () => {
    host = await testHost();
    const code = host.host.code;
    expect(code).toMatch(/^[A-Z]{6}$/);
    const a = await from('127.0.0.20');
    const wrong = await reply(a, { t: 'rejoin', code: 'AAAAAA', token: 'junk-token-123' });
    const right = await reply(a, { t: 'rejoin', code, token: 'junk-token-123' });
    expect(wrong).toEqual(right);
    expect(right).toMatchObject({ t: 'error', code: 'unknown-token' });

    // Ten tries an address (two used above), over as many connections as it likes...
    for (let i = 0; i < 4; i++) {
      const c = await from('127.0.0.20');
      await reply(c, { t: 'join', code: `AAAAA${'CDEFHJ'[i]}`, name: 'g' });
      await reply(c, { t: 'join', code: `AAAAA${'KMNPRT'[i]}`, name: 'g' });
    }
    // ...then the right code gets the same refusal as a wrong one.
    const late = await from('127.0.0.20');
    const refusedRight = await reply(late, { t: 'join', code, name: 'g' });
    const late2 = await from('127.0.0.20');
    const refusedWrong = await reply(late2, { t: 'join', code: 'AAAAAA', name: 'g' });
    expect(refusedRight).toEqual(refusedWrong);
    expect(refusedRight).toMatchObject({ code: 'too-many-tries' });

    // Another device on the network is not held back by it.
    const other = await from('127.0.0.21');
    expect(await reply(other, { t: 'join', code, name: 'Ann' })).toMatchObject({ t: 'welcome' });
  });
});

describe('bots', () => {
  it('one address holds a bounded number of connections, the room a bounded number of people, and kicked bots do not vote', async () => {
    host = await testHost({}, TINY, { limits: { perAddress: 5, maxParticipants: 4 } });
    const code = host.host.code;
    // Five sockets from one address stay; the sixth is cut at once.
    const held = await Promise.all(Array.from({ length: 5 }, () => from('127.0.0.30')));
    const sixth = new WebSocket(`ws://${host.address}/ws`, { localAddress: '127.0.0.30' });
    await new Promise<void>((r) => {
      sixth.once('error', () => r());
      sixth.once('close', () => r());
    });
    expect(sixth.readyState).not.toBe(WebSocket.OPEN);

    // Three bots answer "comply"; one person refuses; the room is then full.
    for (const [i, c] of held.slice(0, 3).entries()) {
      await joinOn(c, code, `bot${i}`);
      c.send({ t: 'choose', step: 1, choice: 1 });
      await c.next(is('ack'));
    }
    const me = await from('127.0.0.31');
    await joinOn(me, code, 'Me');
    me.send({ t: 'choose', step: 1, choice: 3 });
    await me.next(is('ack'));
    const full = await from('127.0.0.32');
    expect(await reply(full, { t: 'join', code, name: 'Late' })).toMatchObject({ code: 'room-full' });

    const trainer = await from('127.0.0.33');
    await reply(trainer, { t: 'trainer', secret: host.secret });
    for (const pid of ['p1', 'p2', 'p3']) trainer.send({ t: 'kick', pid });
    await expect.poll(() => host!.host.room.roster().filter((p) => p.kicked).length).toBe(3);
    // The majority is the one person left: "No thanks." ends the call safely.
    const ended = me.next(is('debrief'));
    trainer.send({ t: 'advance' });
    expect((await ended).debrief.outcome).toBe('safe');
    expect(host.host.room.results().lines[0]!.pick).toEqual({ choice: 3 });
  });
});

describe('idle and silent sockets', () => {
  it('a socket that says nothing, one that never joins, and one that stops answering pings are closed', async () => {
    host = await testHost({}, TINY, { limits: { helloMs: 400, heartbeatMs: 300 } });
    const raw = connect({ host: '127.0.0.1', port: host.host.port });
    sockets.push(raw);
    const half = connect({ host: '127.0.0.1', port: host.host.port });
    sockets.push(half);
    half.write('GET / HTTP/1.1\r\nHost: x\r\n'); // headers that never end
    const guest = await from('127.0.0.40');
    const guestGone = new Promise((r) => guest.onClose(() => r(true)));
    const t0 = Date.now();
    expect(await Promise.all([closed(raw), closed(half), guestGone])).toEqual([true, true, true]);
    expect(Date.now() - t0).toBeLessThan(2500);

    // A participant whose device stops answering pings (a phone gone off the network).
    const deaf = new WebSocket(`ws://${host.address}/ws`, { autoPong: false });
    await new Promise((r) => deaf.once('open', r));
    const welcome = new Promise<ServerMessage>((r) => deaf.once('message', (d) => r(JSON.parse(String(d)))));
    deaf.send(JSON.stringify({ t: 'join', code: host.host.code, name: 'Deaf' }));
    expect(await welcome).toMatchObject({ t: 'welcome' });
    await new Promise((r) => deaf.once('close', r));
    await expect.poll(() => host!.host.room.roster()[0]).toMatchObject({ name: 'Deaf', online: false });
    // One that answers stays.
    const ann = await joinAs(host.address, host.host.code, 'Ann');
    conns.push(ann.conn);
    await new Promise((r) => setTimeout(r, 1200));
    expect(ann.conn.closed).toBe(false);
  });
});

describe('names', () => {
  it('a secret in a name is masked everywhere; a second "李四" becomes "李四 (2)"', async () => {
    host = await testHost();
    const id = '11010519491231002X';
    const a = await joinAs(host.address, host.host.code, `Wang 身份证${id}`);
    conns.push(a.conn);
    expect(a.welcome.name).not.toContain('1231002');
    const b = await joinAs(host.address, host.host.code, 'Mei');
    const c = await joinAs(host.address, host.host.code, 'Mei');
    conns.push(b.conn, c.conn);
    expect([b.welcome.name, c.welcome.name]).toEqual(['Mei', 'Mei (2)']);
    const names = host.host.room.roster().map((p) => p.name);
    expect(names.join(' ')).not.toContain('1231002');
    expect(JSON.stringify(await host.store.records(host.host.drillId))).not.toContain('1231002');
    const long = await from('127.0.0.50');
    expect(await reply(long, { t: 'join', code: host.host.code, name: 'x'.repeat(41) })).toMatchObject({ code: 'bad-name' });
  });

  it('--anonymous keeps names off the trainer screen and out of the store', async () => {
    host = await testHost({ anonymous: true });
    const a = await joinAs(host.address, host.host.code, 'Wang Fang');
    conns.push(a.conn);
    const trainer = await from('127.0.0.51');
    const roster = trainer.next(is('roster'));
    trainer.send({ t: 'trainer', secret: host.secret });
    expect((await roster).participants.map((p) => p.name)).toEqual(['Participant 1']);
    expect(JSON.stringify(await host.store.records(host.host.drillId))).not.toContain('Wang');
  });
});
