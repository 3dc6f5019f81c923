// The host's reader threads (read-pool.ts, the built dist/read-worker.js): every answer comes back
// read exactly as the room reads it in line (secrets masked, the same intent and confidence, the
// same refusals), in the order sent, and a pool whose threads are gone reads in line.
import { afterEach, describe, expect, it } from 'vitest';
import { reader } from '../../src/classify/reader';
import { readAnswer, type AnswerInput } from '../../src/drill/answer-read';
import { ReadPool } from '../../src/drill/read-pool';
import { maskReply } from '../../src/drill/web/mask';
import { loadTiny } from './helpers';

const { scenario } = loadTiny();
const turns = Object.keys(scenario.turns);
const pools: ReadPool[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

/** What people send in a burst: words with and without secrets, masked on a phone, numbered answers, wrong numbers, nothing. */
const ANSWERS: AnswerInput[] = [
  { text: 'Who are you? I will call the bank myself.' },
  { text: 'ok the code is 739105' },
  { text: 'my card is 4111 1111 1111 1111' },
  maskReply('here: 4111 1111 1111 1111, code 739105'),
  { text: '好的，验证码是739105' },
  { choice: 1 },
  { choice: 3 },
  { choice: 9 },
  { text: '   ' },
];

describe('ReadPool', () => {
  it('reads a burst on its threads exactly as the room reads in line, in the order sent', async () => {
    const pool = new ReadPool({ turns: scenario.turns, lang: 'en' }, reader);
    pools.push(pool);
    expect(pool.size).toBeGreaterThan(0);
    // More than one turn's worth, over every turn: several messages to each thread, chunks back.
    const jobs = Array.from({ length: 300 }, (_, i) => ({ input: ANSWERS[i % ANSWERS.length]!, turn: turns[i % turns.length]!, before: {} }));
    const read = await Promise.all(jobs.map((j) => pool.read(j)));
    expect(read).toEqual(jobs.map((j) => readAnswer(j.input, scenario.turns[j.turn]!, 'en', reader)));
    // What the readings hold: no secret in clear, and the refusals a participant is sent.
    expect(JSON.stringify(read)).not.toMatch(/739105|4111 1111/);
    expect(read[7]).toEqual({ ok: false, code: 'bad-choice', message: expect.stringMatching(/#9/) });
    expect(read[8]).toMatchObject({ ok: false, code: 'bad-message' });
  });

  it('with several threads, hands the readings back in the order the answers came', async () => {
    const pool = new ReadPool({ turns: scenario.turns, lang: 'en' }, reader, 3);
    pools.push(pool);
    expect(pool.size).toBe(3);
    // The first thread gets the first run of 16: long replies; the others numbered answers, read at once.
    const long = 'Who are you? I will not tell you any code, I will call the bank on the number on my card. '.repeat(20);
    const jobs = Array.from({ length: 96 }, (_, i) => ({ input: i < 16 ? { text: `${long}${i}` } : { choice: 1 }, turn: turns[0]!, before: {} }));
    const order: number[] = [];
    await Promise.all(jobs.map((j, i) => pool.read(j).then(() => order.push(i))));
    expect(order).toEqual(jobs.map((_, i) => i));
  });

  it('with its threads gone, reads in line', async () => {
    const pool = new ReadPool({ turns: scenario.turns, lang: 'en' }, reader);
    await pool.close();
    expect(pool.size).toBe(0);
    const job = { input: ANSWERS[1]!, turn: turns[0]!, before: {} };
    expect(await pool.read(job)).toEqual(readAnswer(job.input, scenario.turns[job.turn]!, 'en', reader));
  });

  it('reads an answer with what the person sent before, on its threads: a card sent in pieces is found', async () => {
    const pool = new ReadPool({ turns: scenario.turns, lang: 'en' }, reader);
    pools.push(pool);
    const read = await pool.read({ input: { text: '1990' }, turn: turns[0]!, before: { earlier: ['wait, 2019', 'hold on, 2024', 'um 1985'] } });
    expect(read).toMatchObject({ ok: true, read: { leaks: ['card'] } });
    expect(await pool.read({ input: { text: '1990' }, turn: turns[0]!, before: {} })).toMatchObject({ ok: true, read: { leaks: [] } });
  });
});
