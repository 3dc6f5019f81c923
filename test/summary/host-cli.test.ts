// From the command line to the report: `drill host --site --team` as a separate process on
// 127.0.0.1, two scripted participants and a trainer that follows the room, the drill run to its
// end, then `scamdrill report` counting both people at that site and team; and a drill stored
// before per-person results were kept, counted the same once the report has replayed it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/store/db';
import { runScripted } from '../../src/drill/client/scripted';
import type { Summary } from '../../src/summary/build';
import { autoTrainer, choices, TINY } from '../drill/helpers';
import { cli, ROOT } from '../helpers';

let child: ChildProcess | undefined;
let dir: string | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('drill host --site --team, then report', () => {
  it("counts each participant at the drill's site and team", async () => {
    dir = mkdtempSync(join(tmpdir(), 'scamdrill-report-host-'));
    child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'drill', 'host', TINY, '--headless', '--port', '0', '--site', 'East office', '--team', 'tellers', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    const info = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: child!.stdout! }).once('line', resolve))) as { url: string; code: string; secret: string; drillId: string };
    const address = new URL(info.url).host;
    // The trainer moves on once everyone still in the call has answered. Li turns the caller down
    // at once, Wang goes along: the room is split, and the trainer follows whichever answer came
    // first, so the room may go on to a second line; both answer it too, and either answer ends it.
    const trainer = await autoTrainer(address, info.secret, () => 1);
    await Promise.all([
      runScripted({ address, code: info.code, name: 'Li', steps: choices(3, 3), timeoutMs: 20_000 }),
      runScripted({ address, code: info.code, name: 'Wang', steps: choices(1, 1), timeoutMs: 20_000 }),
    ]);
    trainer.conn.close();
    expect(await exited).toBe(0);

    const r = cli(['report', '--data-dir', dir, '--site', 'East office', '--json']);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as Summary;
    expect(s.counts).toEqual({ results: 2, practices: 0, drillResults: 2, drills: 1 });
    expect(s.bySite.map((g) => [g.key, g.results])).toEqual([['East office', 2]]);
    // Each person's outcome as the drill's own export tells it.
    const exported = JSON.parse(cli(['drill', 'export', info.drillId, '--data-dir', dir, '--json']).stdout) as { results: { people: { outcome: string }[] } };
    const told = exported.results.people.map((p) => p.outcome);
    expect(told).toHaveLength(2);
    expect(s.overall.outcomes.flatMap((o) => Array<string>(o.count).fill(o.outcome)).sort()).toEqual(told.sort());
    expect(s.overall.outcomes.find((o) => o.outcome === 'safe')!.count).toBeGreaterThanOrEqual(1); // Li hung up
    expect(JSON.parse(cli(['report', '--data-dir', dir, '--team', 'tellers', '--json']).stdout).counts.drillResults).toBe(2);

    // A drill that ended before per-person results were stored (an older version's database): the
    // report replays it once, as drill export does, and counts it the same.
    const db = new Database(join(dir, DB_FILE));
    db.exec('DELETE FROM drill_people');
    db.close();
    const again = cli(['report', '--data-dir', dir, '--site', 'East office', '--json']);
    expect(again.stderr).toBe('');
    expect((JSON.parse(again.stdout) as Summary).overall).toEqual(s.overall);
    const check = new Database(join(dir, DB_FILE), { readonly: true });
    expect(check.prepare('SELECT COUNT(*) AS n FROM drill_people').get()).toEqual({ n: 2 });
    check.close();
  }, 60_000);
});
