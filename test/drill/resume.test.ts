// The host process dies mid-drill (SIGKILL, no goodbye); `--resume` brings back the same line with
// every answer kept, and the participants come back with their tokens. A drill keeps the scenario it
// ran: resume and export use that copy after the file is edited or gone, and say so.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { DrillConnection, is } from '../../src/drill/client/connection';
import { DrillStore } from '../../src/drill/store';
import { openSqlite } from '../../src/store/sqlite';
import { autoTrainer, cli, joinAs, ROOT, testHost, TINY } from './helpers';

const children: ChildProcess[] = [];
const conns: DrillConnection[] = [];
const dirs: string[] = [];
let dataDir = '';
afterEach(() => {
  for (const c of conns.splice(0)) c.terminate();
  for (const ch of children.splice(0)) if (ch.exitCode === null) ch.kill('SIGKILL');
  for (const d of [dataDir, ...dirs.splice(0)]) if (d) rmSync(d, { recursive: true, force: true });
});

interface Started { child: ChildProcess; info: { url: string; code: string; drillId: string; secret: string }; exit: Promise<number | null>; stderr: () => string }

/** Start `drill host --headless` and read its first stdout line. */
async function headless(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'drill', 'host', ...args, '--headless', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const first = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('the host printed nothing')), 15_000);
    rl.once('line', (l) => {
      clearTimeout(timer);
      resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}`)));
  });
  return { child, info: JSON.parse(first), exit, stderr: () => stderr };
}

async function trainer(address: string, secret: string) {
  const t = await DrillConnection.open(address);
  conns.push(t);
  const ok = t.next(is('trainer-ok'));
  t.send({ t: 'trainer', secret });
  await ok;
  return t;
}

describe('drill host --resume', () => {
  it('survives a killed host without losing an answer', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-resume-'));
    const first = await headless([TINY]);
    const { code, drillId } = first.info;
    expect(first.info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    let address = first.info.url.replace('http://', '');
    const t1 = await trainer(address, first.info.secret);
    const ann = await joinAs(address, code, 'Ann');
    const bo = await joinAs(address, code, 'Bo');
    conns.push(ann.conn, bo.conn);
    for (const [p, n] of [[ann, 1], [bo, 1]] as const) {
      p.conn.send({ t: 'choose', step: 1, choice: n });
      await p.conn.next(is('ack'));
    }
    const line2 = ann.conn.next((m) => m.t === 'line' && m.line.step === 2);
    t1.send({ t: 'advance' });
    await line2;
    ann.conn.send({ t: 'answer', step: 2, text: 'The code is 482913' });
    await ann.conn.next(is('ack'));

    first.child.kill('SIGKILL');
    await first.exit;

    // The old secret is gone with the process; the drill, its code and its answers are not.
    const second = await headless(['--resume', drillId]);
    expect(second.info).toMatchObject({ code, drillId });
    expect(second.info.secret).not.toBe(first.info.secret);
    address = second.info.url.replace('http://', '');
    const t2 = await DrillConnection.open(address);
    conns.push(t2);
    const tally = t2.next(is('tally'));
    const line = t2.next(is('line'));
    t2.send({ t: 'trainer', secret: second.info.secret });
    expect((await line).line).toMatchObject({ step: 2, turn: 'ask-code' });
    expect((await tally).tally).toMatchObject({ step: 2, answered: 1, waiting: 1, byIntent: { comply: 1 } });

    // Both come back with their tokens; Ann's answer is kept, Bo answers now.
    const back = async (token: string) => {
      const c = await DrillConnection.open(address);
      conns.push(c);
      const l = c.next(is('line'));
      c.send({ t: 'rejoin', code, token });
      return { c, line: await l };
    };
    const ann2 = await back(ann.welcome.token);
    expect(ann2.line.answered).toBe(true);
    const bo2 = await back(bo.welcome.token);
    expect(bo2.line.answered).toBe(false);
    bo2.c.send({ t: 'choose', step: 2, choice: 3 });
    await bo2.c.next(is('ack'));
    const debrief = ann2.c.next(is('debrief'));
    t2.send({ t: 'advance', pick: { choice: 1 } });
    expect((await debrief).debrief).toMatchObject({ outcome: 'loss', missed: 3, leaked: ['code'] });
    expect(await second.exit).toBe(0);

    const json = JSON.parse(cli(['drill', 'export', drillId, '--format', 'json', '--data-dir', dataDir]).stdout);
    expect(json.people.map((p: { answers: unknown[] }) => p.answers.length)).toEqual([2, 2]);
    expect(JSON.stringify(json)).not.toContain('482913');
    expect(json.results.outcome).toBe('loss');
    expect(cli(['drill', 'host', '--resume', drillId, '--headless', '--data-dir', dataDir]).stderr).toMatch(/already ended/);
  });

  it('explains a drill id it does not know', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-resume-'));
    const r = cli(['drill', 'host', '--resume', 'nope', '--headless', '--data-dir', dataDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('scamdrill: no drill "nope" in this data folder\n');
    expect(cli(['drill', 'host', TINY, '--headless', '--pace', 'soon', '--data-dir', dataDir]).stderr).toMatch(/--pace soon/);
  });

  /** A drill paused at its second line ("Read me the verification code…"), Ann having answered the first. */
  async function pausedAtLine2(scenarioFile = TINY) {
    const host = await testHost({}, scenarioFile);
    dataDir = host.dataDir;
    const t = await autoTrainer(host.address, host.secret, () => 1);
    const ann = await joinAs(host.address, host.host.code, 'Ann');
    const line2 = ann.conn.next((m) => m.t === 'line' && m.line.step === 2);
    ann.conn.send({ t: 'choose', step: 1, choice: 1 });
    await line2;
    for (const c of [t.conn, ann.conn]) c.terminate();
    await host.host.close();
    return { drillId: host.host.drillId, store: host.store };
  }

  const exportJson = (drillId: string) => cli(['drill', 'export', drillId, '--format', 'json', '--data-dir', dataDir]);

  it('resumes and exports the scenario as the drill ran it after its file is edited, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scamdrill-scenario-'));
    dirs.push(dir);
    const file = join(dir, 'drill-tiny.yaml');
    copyFileSync(TINY, file);
    const { drillId, store } = await pausedAtLine2(file);
    store.close();
    // The author renames the line the drill is on and rewords it.
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('ask-code', 'ask-pin').replace('Read me the verification code we just sent.', 'Tell me your PIN.'));
    const note = `scamdrill: note: ${file} changed after drill ${drillId} started; using the version the drill ran, kept with it\n`;

    const resumed = await headless(['--resume', drillId]);
    await expect.poll(() => resumed.stderr()).toContain(note);
    const t = await DrillConnection.open(resumed.info.url.replace('http://', ''));
    conns.push(t);
    const line = t.next(is('line'));
    t.send({ t: 'trainer', secret: resumed.info.secret });
    expect((await line).line).toMatchObject({ step: 2, turn: 'ask-code', text: 'Read me the verification code we just sent.' });
    resumed.child.kill('SIGTERM');
    await resumed.exit;

    const r = exportJson(drillId);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(note);
    expect(JSON.parse(r.stdout).results.lines.map((l: { turn: string }) => l.turn)).toEqual(['greet', 'ask-code']);

    rmSync(file);
    const gone = exportJson(drillId);
    expect(gone.code).toBe(0);
    expect(gone.stderr).toBe(`scamdrill: note: ${file} no longer loads (${file}: no such file); using the version the drill ran, kept with it\n`);
    expect(JSON.parse(gone.stdout).people[0].answers).toHaveLength(1);
  }, 30_000);

  it('says nothing when the scenario is unchanged, and refuses a drill whose kept copy is damaged', async () => {
    const { drillId, store } = await pausedAtLine2();
    const clean = exportJson(drillId);
    expect(clean).toMatchObject({ code: 0, stderr: '' });

    await store.db.run("UPDATE drills SET scenario_json = replace(scenario_json, 'verification code', 'PIN')");
    await store.close();
    const damaged = `scamdrill: drill ${drillId}: the copy of its scenario stored with it is damaged (it no longer matches its sha256), so its answers cannot be replayed\n`;
    expect(exportJson(drillId)).toMatchObject({ code: 1, stdout: '', stderr: damaged });
    expect(cli(['drill', 'host', '--resume', drillId, '--headless', '--port', '0', '--data-dir', dataDir])).toMatchObject({ code: 1, stderr: damaged });
  });

  it('opens a drill database from before drills kept their scenario, and keeps it from then on', async () => {
    const { drillId, store } = await pausedAtLine2();
    // What an older scamdrill left: no scenario columns, and the step that adds them not yet applied.
    await store.db.exec("ALTER TABLE drills DROP COLUMN scenario_json; ALTER TABLE drills DROP COLUMN scenario_hash; DELETE FROM migrations WHERE module = 'drills' AND step = 1");
    await store.close();

    const r = exportJson(drillId);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`scamdrill: note: drill ${drillId} was stored without a copy of its scenario (by an older scamdrill), so this uses ${TINY} as it is now, which may not be what the drill ran\n`);
    expect(JSON.parse(r.stdout).people[0].answers).toHaveLength(1);

    const fresh = await headless([TINY]);
    fresh.child.kill('SIGTERM');
    await fresh.exit;
    const reopened = await DrillStore.open(openSqlite(dataDir));
    try {
      expect((await reopened.get(drillId))?.scenarioCopy).toBeNull();
      expect((await reopened.get(fresh.info.drillId))?.scenarioCopy?.json).toContain('Read me the verification code we just sent.');
    } finally {
      await reopened.close();
    }
  }, 30_000);
});
