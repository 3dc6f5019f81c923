// The store on both engines: a real SQLite file and a real PostgreSQL database (engines.ts). Drills
// run by a real host on 127.0.0.1, check results, migrations, the one-host-per-drill hold, pruning
// old results, and no typed secret or anonymous name reaching any table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { is } from '../../src/drill/client/connection';
import { launchResume, newDrillId } from '../../src/drill/launch';
import { storedName } from '../../src/check/person';
import { DrillStore, type DrillSettings } from '../../src/drill/store';
import { openStore } from '../../src/store/open';
import { listChecks, saveCheck, setDrillPhases, drillPhases } from '../../src/store/checks';
import { saveSession, listSessions } from '../../src/store/history';
import type { Store } from '../../src/store/store';
import { play } from '../../src/playback/run';
import { loadLibrary } from '../../src/scenario/files';
import { autoTrainer, choices, cli, joinAs, loadTiny, testHost, TINY, type TestHost } from '../drill/helpers';
import { engineStores, ENGINES, everyTableText } from './engines';

const stores = engineStores();
let dir: string;
const open: Store[] = [];
let host: TestHost | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scamdrill-store-'));
});
afterEach(async () => {
  await host?.stop();
  host = undefined;
  for (const s of open.splice(0)) await s.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const CARD = '4111 1111 1111 1111';
// Not the fixture's own "The code is 482913.", which the drill keeps with its copy of the scenario.
const CODE = '739164';

/** A practice of the tiny call: comply, then read out the code. */
function practice() {
  const lib = loadLibrary([TINY]);
  return play(lib.scenarios[0]!, lib.catalogue, { file: 'tiny', steps: choices(1, 1) }, { lang: 'en' });
}

describe.each(ENGINES)('the store on %s', (engine) => {
  const fresh = async () => {
    const s = await stores.open(engine, dir);
    open.push(s);
    return s;
  };
  /** The same store opened again, as another process would. */
  const twinOf = async (db: Store) => {
    const s = await openStore(engine === 'sqlite' ? { dataDir: dir } : { store: db.where }, {});
    open.push(s);
    return s;
  };

  it('a drill with typed secrets and an anonymous participant: every answer stored in order, no secret and no name in any table, and resumed from the store', async () => {
    const db = await fresh();
    host = await testHost({ anonymous: true }, TINY, {}, db);
    const ann = await joinAs(host.address, host.host.code, 'Wang Fang');
    const bo = await joinAs(host.address, host.host.code, 'Li Lei');
    const trainer = await autoTrainer(host.address, host.secret, () => 2);
    try {
      const acks = [ann.conn.next(is('ack')), bo.conn.next(is('ack'))];
      ann.conn.send({ t: 'answer', step: 1, text: `ok, my card is ${CARD}` });
      bo.conn.send({ t: 'answer', step: 1, text: `the code is ${CODE}` });
      await Promise.all(acks);
      const line2 = ann.conn.next((m) => m.t === 'line' && m.line.step === 2);
      await line2;
    } finally {
      trainer.conn.terminate();
      ann.conn.terminate();
      bo.conn.terminate();
    }
    const drillId = host.host.drillId;
    await host.host.close();
    const records = await host.store.records(drillId);
    expect(records.filter((r) => r.type === 'answer')).toHaveLength(2);
    const seqs = (await db.all<{ seq: number }>('SELECT seq FROM drill_records WHERE drill_id = ? ORDER BY seq', [drillId])).map((r) => Number(r.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect((await host.store.verdicts(drillId)).length).toBeGreaterThan(0);

    const text = await everyTableText(db);
    expect(text).toContain('drill_records');
    // Each as a word of its own: a port, a time or a drill id may hold the digits 4111 by chance.
    for (const secret of [CODE, '4111', '1111 1111', 'Wang', 'Li Lei']) expect(text).not.toMatch(new RegExp(`(?<![\\w])${secret}(?![\\w])`));
    // Anonymous: the name is stored blank; the room calls each person "Participant N" by their number.
    expect(records.filter((r) => r.type === 'join').map((r) => r.type === 'join' && r.name)).toEqual([null, null]);

    // A new host brings the drill back from the store: same line, both answers kept.
    const resumed = await launchResume({ drillId, store: host.store, load: async () => loadTiny(), port: 0, bind: '127.0.0.1', tickMs: 50 });
    try {
      expect(resumed.host.room.lineView()?.step).toBe(2);
      expect(resumed.host.room.roster().map((p) => p.name)).toEqual(['Participant 1', 'Participant 2']);
    } finally {
      await resumed.host.close();
    }
  });

  it('one host per drill: a second hold on a drill is refused until the first is released', async () => {
    const db = await fresh();
    const other = await twinOf(db);
    const first = await db.hold('20261201-abc123');
    expect(first).toBeDefined();
    expect(await other.hold('20261201-abc123')).toBeUndefined();
    expect(await other.hold('20261201-def456')).toBeDefined();
    await first!.release();
    const again = await other.hold('20261201-abc123');
    expect(again).toBeDefined();
    await again!.release();
  });

  it('check results and drill phases are stored and read back, names masked', async () => {
    const db = await fresh();
    await saveCheck(db, { person: `Li ${CODE}`, group: 'class-3', form: 'A', phase: 'pre', lang: 'en', answers: [], takenAt: new Date('2026-01-02T03:04:05Z') });
    await saveCheck(db, { person: 'Mei', group: 'class-3', form: 'B', phase: 'pre', lang: 'zh', answers: [] });
    const got = await listChecks(db, 'class-3');
    expect(got.map((r) => [r.form, r.lang])).toEqual([['A', 'en'], ['B', 'zh']]);
    expect(got[0]!.takenAt).toBe('2026-01-02T03:04:05.000Z');
    expect(JSON.stringify(got)).not.toContain(CODE);
    await setDrillPhases(db, 'd1', ['pre']);
    await setDrillPhases(db, 'd1', ['pre', 'post']);
    expect(await drillPhases(db, 'd1')).toEqual(['pre', 'post']);
  });

  it('migrations: each step once, recorded by module; stores opened at the same time agree', async () => {
    const db = await fresh();
    const twin = await twinOf(db);
    await Promise.all([DrillStore.open(db), DrillStore.open(twin), listSessions(db), listSessions(twin), listChecks(db), listChecks(twin)]);
    const steps = await db.all<{ module: string; step: number }>('SELECT module, step FROM migrations ORDER BY module, step');
    expect(steps.map((s) => `${s.module} ${s.step}`)).toEqual(['checks 0', 'drills 0', 'drills 1', 'drills 2', 'history 0', 'history 1', 'history 2']);
    expect(await db.tables()).toEqual(['check_drills', 'check_results', 'drill_people', 'drill_records', 'drill_verdicts', 'drills', 'migrations', 'practice_flags', 'practice_sessions']);
  });

  it('store prune deletes what is older than the age, keeps the rest, and refuses an age it cannot read', async () => {
    const db = await fresh();
    const p = practice();
    const long = new Date(Date.now() - 400 * 86_400_000);
    await saveSession(db, { debrief: p.debrief, events: p.events, mode: 'coach', finishedAt: long });
    const keptId = await saveSession(db, { debrief: p.debrief, events: p.events, mode: 'exam' });
    await saveCheck(db, { person: 'Li', group: '', form: 'A', phase: 'pre', lang: 'en', answers: [], takenAt: long });
    const drills = await DrillStore.open(db);
    const settings: DrillSettings = { lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false };
    const row = { scenario: 'drill-tiny', scenarioRef: TINY, scenarioCopy: null, settings, code: 'ABCDEF', port: 0, bind: '127.0.0.1' };
    await drills.create({ ...row, id: 'old', createdAt: long.getTime() });
    await drills.append('old', { record: { type: 'end', at: long.getTime() }, verdicts: [] });
    // Its participants' results go with it (on PostgreSQL they hold the drill by a foreign key).
    await drills.markEnded('old', long.getTime(), [{ pid: 'p1', outcome: 'safe', score: 100, caught: 1, missed: 0, kicked: false }]);
    await drills.create({ ...row, id: 'new', createdAt: Date.now() });
    const where = engine === 'sqlite' ? ['--data-dir', dir] : ['--store', db.where];

    const bad = cli(['store', 'prune', '--older-than', '12x', ...where]);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('scamdrill: --older-than "12x": give a number of days or weeks, like 365d or 52w\n');

    const r = cli(['store', 'prune', '--older-than', '365d', ...where]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: 1 practice sessions, 1 check results, 1 drills\n$/);
    expect((await listSessions(db)).map((s) => s.id)).toEqual([keptId]);
    expect(await listChecks(db)).toEqual([]);
    expect((await drills.list()).map((d) => d.id)).toEqual(['new']);
    expect(await db.all('SELECT * FROM drill_records WHERE drill_id = ?', ['old'])).toEqual([]);
    expect(await db.all('SELECT * FROM drill_people WHERE drill_id = ?', ['old'])).toEqual([]);
    expect(await db.all('SELECT * FROM practice_flags WHERE session_id <> ?', [keptId])).toEqual([]);
  });
});

describe('store migrate', () => {
  it.skipIf(!ENGINES.includes('postgres'))('copies every table of a SQLite file into PostgreSQL; running it twice duplicates nothing', async () => {
    // A data folder as a user has it: practice history, check results, and a drill with its check.
    const sqlite = await stores.open('sqlite', dir);
    open.push(sqlite);
    const p = practice();
    await saveSession(sqlite, { debrief: p.debrief, events: p.events, mode: 'coach' });
    await saveSession(sqlite, { debrief: p.debrief, events: p.events, mode: 'exam' });
    await saveCheck(sqlite, { person: 'Li', group: 'class-3', form: 'A', phase: 'pre', lang: 'en', answers: [] });
    host = await testHost({}, TINY, {}, sqlite);
    await setDrillPhases(sqlite, host.host.drillId, ['pre']);
    const ann = await joinAs(host.address, host.host.code, 'Ann');
    const ack = ann.conn.next(is('ack'));
    ann.conn.send({ t: 'choose', step: 1, choice: 1 });
    await ack;
    // Ended, so that each participant's own result is stored too (drill_people).
    const trainer = await autoTrainer(host.address, host.secret, () => Infinity);
    trainer.conn.send({ t: 'end' });
    await host.host.ended;
    trainer.conn.close();
    ann.conn.terminate();
    await host.host.close();

    const tables = (await sqlite.tables()).filter((t) => t !== 'migrations');
    const count = async (s: Store) => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, Number((await s.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`))!.n)] as const)));
    const before = await count(sqlite);
    // Every table holds something, so the counts below show each one copied.
    expect(Object.values(before).every((n) => n > 0), JSON.stringify(before)).toBe(true);

    const target = await stores.open('postgres', dir);
    open.push(target);
    const file = join(dir, 'scamdrill.db');
    const first = cli(['store', 'migrate', '--from', file, '--to', target.where]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('  practice sessions: 2 copied\n');
    expect(await count(target)).toEqual(before);

    const second = cli(['store', 'migrate', '--from', file, '--to', target.where]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('  practice sessions: 0 copied, 2 already there\n');
    expect(await count(target)).toEqual(before);
    // In Chinese, as every command speaks with --lang zh.
    const zh = cli(['store', 'migrate', '--from', file, '--to', target.where, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('  练习记录：复制 0 条，2 条已存在\n');
    expect(zh.stdout).toContain('  演练参与者成绩：复制 0 条，1 条已存在\n');

    // What was copied reads back the same: history, checks, the drill's records.
    expect((await listSessions(target)).map((s) => s.mode).sort()).toEqual(['coach', 'exam']);
    expect((await listChecks(target, 'class-3')).map((r) => r.person)).toEqual(['Li']);
    const drills = await DrillStore.open(target);
    expect(await drills.records(host.host.drillId)).toEqual(await host.store.records(host.host.drillId));
    expect(await drillPhases(target, host.host.drillId)).toEqual(['pre']);

    // Bad input: a clear message and exit 2, nothing half-done.
    const missing = cli(['store', 'migrate', '--from', join(dir, 'nope.db'), '--to', target.where]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^scamdrill: --from .*nope\.db: no such file; give the SQLite file/);
    const notPg = cli(['store', 'migrate', '--from', file, '--to', 'mysql://x']);
    expect(notPg.stderr).toBe('scamdrill: --to "mysql://x": give a PostgreSQL address like postgres://user@host:5432/scamdrill\n');
  });
});

describe('a --store that cannot be used', () => {
  it('an address that is not PostgreSQL, or where no server answers, is a usage error (exit 2) with a clear message, in the command\'s language', () => {
    const scheme = cli(['store', 'prune', '--older-than', '365d', '--store', 'mysql://x', '--lang', 'en']);
    expect(scheme).toMatchObject({ code: 2, stdout: '' });
    expect(scheme.stderr).toBe('scamdrill: --store "mysql://x": give a PostgreSQL address like postgres://user@host:5432/scamdrill (the SQLite file is chosen with --data-dir)\n');
    const fromEnv = cli(['history', '--data-dir', dir], { SCAMDRILL_STORE: 'scamdrill.db' });
    expect(fromEnv).toMatchObject({ code: 2, stdout: '' });
    expect(fromEnv.stderr).toMatch(/^scamdrill: \$SCAMDRILL_STORE "scamdrill\.db": give a PostgreSQL address/);
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const nobody = cli(['store', 'prune', '--older-than', '365d', '--store', 'postgres://trainer:hunter2@127.0.0.1:1/scamdrill', '--lang', 'zh']);
    expect(nobody).toMatchObject({ code: 2, stdout: '' });
    expect(nobody.stderr).toMatch(/^scamdrill: 无法使用 PostgreSQL 存储 postgres:\/\/trainer:\*\*\*@127\.0\.0\.1:1\/scamdrill：.*ECONNREFUSED/);
    expect(nobody.stderr).not.toContain('hunter2');
  });
});

describe('drill ids as check groups', () => {
  it('every new drill id is stored as a check group unchanged (none reads as a number to mask)', () => {
    for (let i = 0; i < 2000; i++) {
      const id = newDrillId();
      expect(id).toMatch(/^\d{8}-[a-f][0-9a-f]{5}$/);
      expect(storedName(id, 'group')).toBe(id);
    }
  });
});
