// drill host --role helper: a real host on 127.0.0.1 where the whole room advises one simulated
// person. Two scripted participants give their advice (one by number, one in words); the room's
// majority decides what the person does, and each participant is judged on their own advice.
import { afterEach, describe, expect, it } from 'vitest';
import { runScripted } from '../../src/drill/client/scripted';
import type { ServerMessage } from '../../src/drill/protocol';
import type { AnswerStep } from '../../src/answers/parse';
import { autoTrainer, cli, testHost, type TestHost } from './helpers';

let host: TestHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const says = (text: string): AnswerStep[] => [text.startsWith('#') ? { kind: 'choice', line: 1, n: Number(text.slice(1)) } : { kind: 'reply', line: 1, text }];

async function drill(ann: string, bo: string) {
  host = await testHost({ role: 'helper' });
  const { address } = host;
  const code = host.host.code;
  const trainer = await autoTrainer(address, host.secret, () => 2);
  const lines: Extract<ServerMessage, { t: 'line' }>[] = [];
  const play = (name: string, advice: string) => runScripted({ address, code, name, steps: says(advice), timeoutMs: 20_000, onMessage: (m) => void (m.t === 'line' && lines.push(m)) });
  const [a, b] = await Promise.all([play('Ann', ann), play('Bo', bo)]);
  await host.host.ended;
  trainer.conn.close();
  const results = trainer.messages.find((m): m is Extract<ServerMessage, { t: 'results' }> => m.t === 'results')!.results;
  return { a, b, lines, results };
}

describe('drill host --role helper', () => {
  it('asks the room when the caller wants the code; good advice keeps the person safe and catches the flag for each adviser', async () => {
    const { a, b, lines, results } = await drill('#3', "No, don't give him the code.");
    // The line the room answers is the moment the person asks, with what was said before it.
    const asked = lines[0]!.line;
    expect(asked.turn).toBe('ask-code');
    expect(asked.text).toContain('Mrs Wang: Oh no, what should I do?');
    expect(asked.text).toContain('Bank: Read me the verification code we just sent.');
    expect(asked.text).toContain('Mrs Wang (to you): He says he needs the code. Should I give it to him?');
    expect(asked.choices.map((c) => c.n)).toEqual([1, 2, 3]);
    for (const p of [a, b]) {
      expect(p.debrief).toMatchObject({ outcome: 'safe', caught: 1, missed: 0 });
      expect(p.debrief!.flags.map((f) => `${f.id}:${f.verdict}`)).toEqual(['asks-code:caught']);
    }
    expect(results.outcome).toBe('safe');
    expect(results.lines).toHaveLength(1);
    expect(results.lines[0]!.flags[0]).toMatchObject({ id: 'asks-code', caught: 2, missed: 0 });
  });

  it('bad advice: the person goes along and reads out the code, and each adviser missed the flag', async () => {
    const { a, b, results } = await drill('#1', 'Yes, give him the code.');
    for (const p of [a, b]) expect(p.debrief).toMatchObject({ outcome: 'loss', caught: 0, missed: 1, amountLost: 5000 });
    expect(results.outcome).toBe('loss');
    // The export says what the room did, with the code the person read out masked.
    const csv = cli(['drill', 'export', host!.host.drillId, '--format', 'csv', '--data-dir', host!.dataDir]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/Bo,\d+,ask-code,asks-code,missed/);
    expect(csv.stdout).not.toContain('482913');
  });
});
