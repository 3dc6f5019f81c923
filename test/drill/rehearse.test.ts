// The host's rehearsal (src/drill/rehearse.ts, rehearse-room.ts): a room large enough to answer in bursts gets one,
// and nothing of it reaches the store, the trainer or an export; every bundled scenario can be
// rehearsed to its end without a hitch.
import { afterEach, describe, expect, it } from 'vitest';
import { reader } from '../../src/classify/reader';
import { runLoad } from '../../src/drill/load';
import { rehearseReading } from '../../src/drill/rehearse';
import { rehearseRoom } from '../../src/drill/rehearse-room';
import { loadLibrary } from '../../src/scenario/files';
import { choices, cli, closeAll, testHost, type TestHost } from './helpers';

let host: TestHost | undefined;
const ROOM = 60;
afterEach(async () => {
  host = await closeAll([], host);
});

/** Warnings emitted while `run` runs (a rehearsal that stops says so with one). */
async function warningsOf(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listen = (w: Error) => seen.push(w.message);
  process.on('warning', listen);
  try {
    await run();
    // process warnings are emitted on the next tick
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off('warning', listen);
  }
  return seen;
}

describe('the host rehearses a large room', () => {
  it(`a room that reaches its rehearsal size: every answer is stored once, the rehearsal's people are nowhere`, async () => {
    // every participant comes from 127.0.0.1: lift the per-address cap; rehearse from 40 people on (not
    // REHEARSE_AT, 300) to keep the test small
    host = await testHost({}, undefined, { limits: { perAddress: ROOM + 10 }, rehearseAt: 40 });
    const report = await runLoad({
      address: host.address, code: host.host.code, secret: host.secret, participants: ROOM,
      // the code read out (line 1 → line 2 → robbed) and a refusal at line 1 (safe there)
      scripts: [choices(1, 1), choices(3)], timeoutMs: 60_000,
    });
    expect(report.errors).toEqual([]);
    expect(report.joined).toBe(ROOM);
    expect(report.finished).toBe(ROOM);
    await host.host.ended;

    const records = await host.store.records(host.host.drillId);
    const joins = records.filter((r) => r.type === 'join');
    expect(joins).toHaveLength(ROOM);
    expect(joins.map((r) => (r.type === 'join' ? r.name : '')).filter((n) => !n?.startsWith('load-'))).toEqual([]);
    // Half read the code out on line 2, everyone answered line 1: one stored answer each, no more.
    const answers = records.filter((r) => r.type === 'answer');
    expect(answers).toHaveLength(report.answers);
    expect(answers).toHaveLength(ROOM + ROOM / 2);
    expect(new Set(answers.map((a) => (a.type === 'answer' ? `${a.pid}:${a.step}` : ''))).size).toBe(answers.length);

    const json = JSON.parse(cli(['drill', 'export', host.host.drillId, '--format', 'json', '--data-dir', host.dataDir]).stdout);
    expect(json.people).toHaveLength(ROOM);
    expect(JSON.stringify(json)).not.toContain('rehearsal');
  });

  it('every bundled scenario can be rehearsed to its end, in both languages, as a call and as a helper drill', async () => {
    const { scenarios, catalogue } = loadLibrary();
    expect(scenarios.length).toBeGreaterThan(10);
    const warnings = await warningsOf(async () => {
      for (const scenario of scenarios) {
        for (const lang of ['en', 'zh'] as const) {
          for (const role of [undefined, 'helper'] as const) {
            await rehearseRoom({
              drillId: `test-${scenario.id}`, scenario, catalogue, lang, mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority',
              leaderboard: false, anonymous: false, ...(role ? { role } : {}),
            }, reader);
          }
        }
      }
      // reading the numbered answers: in the drill's language, and in the other one as people type it
      await rehearseReading(scenarios[0]!.turns, 'zh', reader);
    });
    expect(warnings).toEqual([]);
  });

  it('a rehearsal that fails stops with a warning, and never throws into the host', async () => {
    const { scenarios, catalogue } = loadLibrary();
    const broken = { ...reader, read: () => { throw new Error('reader broke'); }, mask: () => { throw new Error('reader broke'); } };
    const warnings = await warningsOf(() => rehearseReading(scenarios[0]!.turns, 'en', broken));
    expect(warnings).toEqual([expect.stringMatching(/rehearsal stopped \(reader broke\); the drill is not affected/)]);
    const config = { drillId: 'x', scenario: scenarios[0]!, catalogue, lang: 'en' as const, mode: 'coach' as const, pace: { kind: 'trainer' as const }, branch: 'majority' as const, leaderboard: false, anonymous: false };
    expect(await warningsOf(() => rehearseRoom(config, broken))).toHaveLength(1);
  });
});
