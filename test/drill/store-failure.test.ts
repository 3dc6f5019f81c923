// No answer is lost when the store stops taking writes: a real SQLite file locked by another
// connection (BEGIN EXCLUSIVE), and a real full disk (a 1 MB tmpfs in a mount namespace of the host's
// own; where none can be made, SQLite's own max_page_count on the real file fills it instead).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { DrillConnection, is } from '../../src/drill/client/connection';
import type { ServerMessage } from '../../src/drill/protocol';
import { closeAll, joinAs, lockDatabase, ROOT, testHost, TINY, type TestHost } from './helpers';

let host: TestHost | undefined;
const conns: DrillConnection[] = [];
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const ch of children.splice(0)) if (ch.exitCode === null) ch.kill('SIGKILL');
  host = await closeAll(conns, host);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const quiet = (conn: DrillConnection, t: ServerMessage['t'], ms: number) =>
  conn.next((m) => m.t === t, ms).then(() => 'arrived', () => 'none');

describe('a store that fails', () => {
  it('with the database locked: the participant is told to wait, the answer is acknowledged once stored, and kept', async () => {
    const trouble: (string | undefined)[] = [];
    host = await testHost({}, TINY, { onStoreTrouble: (m) => trouble.push(m) });
    const trainer = await DrillConnection.open(host.address);
    conns.push(trainer);
    const ok = trainer.next(is('trainer-ok'));
    trainer.send({ t: 'trainer', secret: host.secret });
    await ok;
    const ann = await joinAs(host.address, host.host.code, 'Ann');
    conns.push(ann.conn);

    const release = lockDatabase(host.dataDir);
    const t0 = Date.now();
    const wait = ann.conn.next(is('error'));
    ann.conn.send({ t: 'choose', step: 1, choice: 3 });
    expect(await wait).toMatchObject({ code: 'saving' });
    // The host did not freeze for SQLite's 5 s busy timeout, and did not say the answer failed.
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(await quiet(ann.conn, 'ack', 600)).toBe('none');
    // Sending it again is not "already answered": it is still being saved.
    const again = ann.conn.next(is('error'));
    ann.conn.send({ t: 'choose', step: 1, choice: 3 });
    expect(await again).toMatchObject({ code: 'saving' });
    // The trainer hears why, and cannot move the room on past the unsaved answer.
    await expect.poll(() => trouble[0]).toMatch(/^cannot save: the drill database is locked by another program\. The drill is paused/);
    const refused = trainer.next((m) => m.t === 'error' && /cannot save right now/.test(m.message));
    trainer.send({ t: 'advance' });
    await refused;

    const ack = ann.conn.next(is('ack'));
    release();
    expect(await ack).toMatchObject({ step: 1, intent: 'refuse' });
    await expect.poll(() => trouble.at(-1)).toBeUndefined();
    const answers = (await host.store.records(host.host.drillId)).filter((r) => r.type === 'answer');
    expect(answers).toHaveLength(1);
    // Numbers stay in order across the failed tries: no gap, no duplicate.
    const seqs = (await host.store.db.all<{ seq: number }>('SELECT seq FROM drill_records ORDER BY seq')).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('with auto pace, a locked database pauses the headless host with a clear message instead of crashing it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-locked-'));
    dirs.push(dataDir);
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'drill', 'host', TINY, '--headless', '--port', '0', '--pace', 'auto:1', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const info = JSON.parse(await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r))) as { url: string; code: string };
    const address = info.url.replace('http://', '');
    const ann = await joinAs(address, info.code, 'Ann');
    conns.push(ann.conn);

    const release = lockDatabase(dataDir);
    ann.conn.send({ t: 'choose', step: 1, choice: 1 });
    await expect.poll(() => stderr, { timeout: 5000 }).toContain('scamdrill: cannot save: the drill database is locked by another program. The drill is paused');
    // Well past the 1 s pace: still alive, still on line 1.
    await new Promise((r) => setTimeout(r, 2500));
    expect(child.exitCode).toBeNull();
    expect(stderr).not.toMatch(/SqliteError|\n\s+at /);

    const line2 = ann.conn.next((m) => m.t === 'line' && m.line.step === 2, 10_000);
    release();
    await line2;
    await expect.poll(() => stderr).toContain('scamdrill: saving works again; the drill carries on');
  }, 30_000);

  it('with the disk full: nothing is acknowledged until it is stored, then everything is', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-full-'));
    dirs.push(dataDir);
    // A real full disk: the host in a mount namespace with a 1 MB tmpfs as its data folder.
    const probe = spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=1m tmpfs "${dataDir}"`]);
    if (probe.status !== 0) return fullByPageCount();
    const child = spawn('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=1m tmpfs "${dataDir}" && exec "${process.execPath}" "${join(ROOT, 'dist', 'cli.js')}" drill host "${TINY}" --headless --port 0 --data-dir "${dataDir}"`], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const info = JSON.parse(await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r))) as { url: string; code: string; secret: string };
    const address = info.url.replace('http://', '');
    const inHost = (cmd: string) => spawnSync('nsenter', ['-t', String(child.pid), '-m', 'sh', '-c', cmd], { encoding: 'utf8' });
    const ann = await joinAs(address, info.code, 'Ann');
    conns.push(ann.conn);

    inHost(`dd if=/dev/zero of="${dataDir}/filler" bs=4k 2>/dev/null; sync`);
    expect(inHost(`df -k "${dataDir}" | tail -1`).stdout).toMatch(/\s0\s+100%/);
    const wait = ann.conn.next(is('error'));
    // A long answer: the write needs new pages the disk no longer has.
    ann.conn.send({ t: 'answer', step: 1, text: `No thanks. ${'I will call the bank myself. '.repeat(30)}` });
    expect(await wait).toMatchObject({ code: 'saving' });
    await expect.poll(() => stderr, { timeout: 5000 }).toContain('scamdrill: cannot save: the disk is full');
    expect(await quiet(ann.conn, 'ack', 800)).toBe('none');
    expect(child.exitCode).toBeNull();

    const ack = ann.conn.next(is('ack'), 10_000);
    inHost(`rm "${dataDir}/filler"`);
    expect(await ack).toMatchObject({ step: 1 });
    await expect.poll(() => stderr).toContain('saving works again');
  }, 30_000);
});

/** Where no tmpfs can be mounted: SQLITE_FULL from SQLite's own page limit on the real file. */
async function fullByPageCount(): Promise<void> {
  host = await testHost();
  const ann = await joinAs(host.address, host.host.code, 'Ann');
  conns.push(ann.conn);
  const pages = (await host.store.db.get<{ page_count: number }>('PRAGMA page_count'))!.page_count;
  await host.store.db.exec(`PRAGMA max_page_count = ${pages}`);
  const wait = ann.conn.next(is('error'));
  ann.conn.send({ t: 'answer', step: 1, text: `No thanks. ${'I will call the bank myself. '.repeat(30)}` });
  expect(await wait).toMatchObject({ code: 'saving' });
  expect(await quiet(ann.conn, 'ack', 600)).toBe('none');
  const ack = ann.conn.next(is('ack'), 5000);
  await host.store.db.exec('PRAGMA max_page_count = 1000000');
  expect(await ack).toMatchObject({ step: 1 });
}
