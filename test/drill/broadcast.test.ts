// A new line to a large room goes out in steps (server.ts BROADCAST_CHUNK): everyone still gets it,
// once, and the first to answer is acknowledged, however far the sending has got.
import { afterEach, describe, expect, it } from 'vitest';
import { DrillConnection, is } from '../../src/drill/client/connection';
import type { ServerMessage } from '../../src/drill/protocol';
import { closeAll, joinAs, testHost, type TestHost } from './helpers';

let host: TestHost | undefined;
const conns: DrillConnection[] = [];
afterEach(async () => {
  host = await closeAll(conns, host);
});

const ROOM = 130;

describe('a new line to a large room', () => {
  it(`reaches each of ${ROOM} people once, and the first to answer it is acknowledged`, async () => {
    // every participant comes from 127.0.0.1: lift the per-address cap
    host = await testHost({}, undefined, { limits: { perAddress: ROOM + 10 } });
    const { address, secret } = host;
    const code = host.host.code;
    const people: { conn: DrillConnection; lines: Extract<ServerMessage, { t: 'line' }>[] }[] = [];
    for (let i = 0; i < ROOM; i++) {
      const { conn } = await joinAs(address, code, `P${i + 1}`);
      conns.push(conn);
      const lines: Extract<ServerMessage, { t: 'line' }>[] = [];
      conn.on((m) => void (m.t === 'line' && lines.push(m)));
      people.push({ conn, lines });
    }
    const trainer = await DrillConnection.open(address);
    conns.push(trainer);
    trainer.send({ t: 'trainer', secret });
    await trainer.next(is('trainer-ok'));

    // Everyone answers line 1 with "Oh no, what should I do?" (the tiny call goes on to the code request).
    await Promise.all(people.map(async ({ conn }) => {
      const ack = conn.next(is('ack'), 20_000);
      conn.send({ t: 'choose', step: 1, choice: 1 });
      await ack;
    }));

    // The first person answers line 2 the moment it arrives: that answer is acknowledged, whatever
    // the others have been sent by then.
    const first = people[0]!.conn;
    first.on((m) => void (m.t === 'line' && m.line.step === 2 && first.send({ t: 'choose', step: 2, choice: 3 })));
    const firstAck = first.next((m): m is Extract<ServerMessage, { t: 'ack' }> => m.t === 'ack' && m.step === 2, 20_000);
    trainer.send({ t: 'advance' });
    await Promise.all(people.map(({ conn }) => conn.next((m) => m.t === 'line' && m.line.step === 2, 20_000)));
    expect((await firstAck).intent).toBe('refuse');

    // Each got line 2 exactly once, as an open line (the first person's own answer came after it).
    for (const { lines } of people) {
      expect(lines.filter((l) => l.line.step === 2).map((l) => l.answered)).toEqual([false]);
    }
  });
});
