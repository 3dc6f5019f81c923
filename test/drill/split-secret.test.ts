// A tampered client that sends a card number a few digits an answer, unmasked, over a real
// WebSocket to a real host on a real SQLite file: each piece alone is no secret (a year), together
// they are a Luhn-valid card. The host keeps each person's last answers in memory only and reads
// each answer with them (core/reply.ts Typed, SPLIT_REPLIES): the answer that completes the card is
// stored masked and counted as a card given away, and the card is in no table, log or export.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DrillConnection, is } from '../../src/drill/client/connection';
import { luhnValid } from '../../src/classify/index';
import { DB_FILE } from '../../src/store/db';
import { closeAll, cli, joinAs, testHost, type TestHost } from './helpers';

let host: TestHost | undefined;
const conns: DrillConnection[] = [];
afterEach(async () => {
  host = await closeAll(conns, host);
});

/** Four years, each harmless alone, that together are a Luhn-valid 16-digit card number. */
const PIECES = ['wait, 2019', 'hold on, 2024', 'um 1985', '1990'];
const CARD = '2019202419851990';
// The trainer keeps the tiny call going: greet → explain (#2) → ask-code (#1) → hurry (#2, a stall).
const PICKS = [2, 1, 2];

describe('a card number sent over several answers', () => {
  it('is found in the answer that completes it, stored masked, counted as a card given away', async () => {
    expect(luhnValid(CARD)).toBe(true);
    host = await testHost();
    const trainer = await DrillConnection.open(host.address);
    conns.push(trainer);
    trainer.send({ t: 'trainer', secret: host.secret });
    await trainer.next(is('trainer-ok'));
    const p = await joinAs(host.address, host.host.code, 'Mallory');
    conns.push(p.conn);
    for (const [i, text] of PIECES.entries()) {
      const step = i + 1;
      const ack = p.conn.next(is('ack'));
      p.conn.send({ t: 'answer', step, text });
      await ack;
      if (i < PICKS.length) {
        const next = p.conn.next((m) => m.t === 'line' && m.line.step === step + 1);
        trainer.send({ t: 'advance', pick: { choice: PICKS[i]! } });
        await next;
      }
    }

    const answers = (await host.store.records(host.host.drillId)).filter((r) => r.type === 'answer');
    expect(answers.map((a) => a.text)).toEqual(['wait, 2019', 'hold on, 2024', 'um 1985', '[card ••••]']);
    expect(answers.map((a) => a.leaks)).toEqual([[], [], [], ['card']]);
    expect(answers[3]).toMatchObject({ intent: 'comply' });

    const exported = cli(['drill', 'export', host.host.drillId, '--format', 'csv', '--data-dir', host.dataDir]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('[card ••••]');
    const db = readdirSync(host.dataDir).filter((f) => f.startsWith(DB_FILE)).map((f) => readFileSync(join(host!.dataDir, f)).toString('latin1'));
    for (const where of [exported.stdout, ...db]) expect(where).not.toContain(CARD);
  });

  it('answers of one person are never read with another\'s', async () => {
    host = await testHost();
    const trainer = await DrillConnection.open(host.address);
    conns.push(trainer);
    trainer.send({ t: 'trainer', secret: host.secret });
    await trainer.next(is('trainer-ok'));
    const people = await Promise.all(['Ann', 'Bo', 'Cy', 'Di'].map((n) => joinAs(host!.address, host!.host.code, n)));
    conns.push(...people.map((p) => p.conn));
    // Each says one piece on the first line: nobody said the card, and nothing is masked.
    for (const [i, p] of people.entries()) {
      const ack = p.conn.next(is('ack'));
      p.conn.send({ t: 'answer', step: 1, text: PIECES[i]! });
      await ack;
    }
    const answers = (await host.store.records(host.host.drillId)).filter((r) => r.type === 'answer');
    expect(answers.map((a) => a.text)).toEqual(PIECES);
    expect(answers.flatMap((a) => a.leaks)).toEqual([]);
  });
});
