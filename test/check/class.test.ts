// Issue 15, done when: a scripted class of 20 runs headless — the before-check, a drill, the
// after-check — and the report prints the change with its confidence interval. Real parts: a drill
// host on 127.0.0.1 with `--check pre,post`, 20 scripted participants over WebSockets answering from
// answers files written here, a real SQLite file, and the built CLI for the report.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersText, parseCheckAnswers, type Confidence } from '../../src/check/answers';
import { loadForms } from '../../src/check/files';
import { seeded } from '../../src/core/random';
import { runScripted } from '../../src/drill/client/scripted';
import { launchNew } from '../../src/drill/launch';
import { DrillStore } from '../../src/drill/store';
import { openSqlite } from '../../src/store/sqlite';
import { listChecks } from '../../src/store/checks';
import { autoTrainer, choices, loadTiny } from '../drill/helpers';
import { cli } from '../helpers';

const forms = loadForms().forms!;
const dir = mkdtempSync(join(tmpdir(), 'scamdrill-class-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEOPLE = 20;
// The forms are parallel, so "message i wrong" means the same kind of mistake on A and on B.
const kinds = forms.A.items.map((i) => i.kind);

/** One learner's answers file: `wrong` messages (chosen by the seed) answered wrongly, confidences 1-4. */
function answersFile(name: string, wrong: number, random: () => number): string {
  const order = kinds.map((_, i) => i).sort(() => random() - 0.5);
  const missed = new Set(order.slice(0, wrong));
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, answersText(kinds.map((kind, i) => ({
    answer: missed.has(i) ? (kind === 'scam' ? 'legitimate' : 'scam') : kind,
    confidence: (1 + Math.floor(random() * 4)) as Confidence,
  }))));
  return file;
}

describe('a scripted class of 20: before-check, drill, after-check, report', () => {
  it('stores 40 forms and reports the change with its 95% interval', async () => {
    const random = seeded(2026);
    // Before: 3 to 6 of 12 wrong; after: one to three fewer for most, one more for a few.
    const plan = Array.from({ length: PEOPLE }, (_, i) => {
      const before = 3 + Math.floor(random() * 4);
      const after = Math.max(0, before - [2, 1, 3, -1, 2][i % 5]!);
      return { name: `Learner ${i + 1}`, before, after, pre: answersFile(`p${i + 1}-pre`, before, random), post: answersFile(`p${i + 1}-post`, after, random) };
    });
    const read = (file: string) => {
      const p = parseCheckAnswers(readFileSync(file, 'utf8'), file, forms.A);
      if (!p.ok) throw new Error(JSON.stringify(p.errors));
      return p.responses;
    };

    const data = join(dir, 'data');
    const store = await DrillStore.open(openSqlite(data));
    const { scenario, catalogue } = loadTiny();
    const launched = await launchNew({
      scenario, catalogue, scenarioRef: 'drill-tiny', store, port: 0, bind: '127.0.0.1', tickMs: 50,
      // The whole class connects from 127.0.0.1, as a room behind one NAT would (cf. --max-per-address).
      limits: { perAddress: PEOPLE + 5 },
      settings: { lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false },
      check: { phases: ['pre', 'post'], forms, db: store.db },
    });
    const address = `127.0.0.1:${launched.host.port}`;
    const trainer = await autoTrainer(address, launched.secret, () => PEOPLE);
    try {
      const results = await Promise.all(plan.map((p) => runScripted({
        address, code: launched.host.code, name: p.name, steps: choices(1, 3), timeoutMs: 60_000,
        check: { pre: read(p.pre), post: read(p.post) },
      })));
      // Each participant heard 'ended' only after their after-check was stored.
      expect(results.map((r) => r.checked)).toEqual(plan.map(() => ['pre', 'post']));
      expect(results.every((r) => r.debrief && r.errors.length === 0)).toBe(true);
      await launched.check!.settle(() => launched.host.room.roster(), 1000);
    } finally {
      trainer.conn.terminate();
      await launched.host.close();
    }
    const drillId = launched.host.drillId;
    const stored = await listChecks(store.db, drillId);
    await store.close();
    expect(stored).toHaveLength(2 * PEOPLE);
    // Counterbalanced: half start on A, half on B, and each takes the other form after.
    const pre = stored.filter((r) => r.phase === 'pre');
    expect(pre.filter((r) => r.form === 'A')).toHaveLength(PEOPLE / 2);
    for (const r of pre) expect(stored.find((s) => s.person === r.person && s.phase === 'post')!.form).not.toBe(r.form);

    const report = cli(['check', '--report', '--group', drillId, '--data-dir', data]);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    const diffs = plan.map((p) => ((p.before - p.after) * 100) / 12);
    const mean = diffs.reduce((a, b) => a + b, 0) / PEOPLE;
    const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / (PEOPLE - 1));
    const lines = report.stdout.split('\n');
    expect(lines[0]).toBe(`Group ${drillId}: 20 people, 20 with a before and an after`);
    const change = lines.find((l) => l.trimStart().startsWith('Accuracy'))!;
    expect(change).toContain(`Change +${mean.toFixed(1)} points (95% CI +`);
    const [, lo, hi] = /\(95% CI \+([\d.]+) to \+([\d.]+)\)/.exec(change)!.map(Number);
    expect(lo).toBeGreaterThan(0);
    expect(lo).toBeLessThan(mean);
    expect(hi).toBeGreaterThan(mean);
    expect(lines.find((l) => l.trimStart().startsWith('Effect size'))).toMatch(new RegExp(`d_z = ${(mean / sd).toFixed(2)} \\(95% CI \\d\\.\\d\\d to \\d\\.\\d\\d\\)`));
    expect(lines.filter((l) => /^ {2}Learner \d+ /.test(l))).toHaveLength(PEOPLE);
  });
});
