// Many hosts, one PostgreSQL database: several `drill host` processes with scripted participants
// (`drill load`) write to one server at once and every answer is there, once; a host killed with
// SIGKILL mid-drill comes back from the server with nothing lost (its lock went with it); a server
// that goes down pauses the drill, and nothing is lost when it comes back.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { is } from '../../src/drill/client/connection';
import { openStore } from '../../src/store/open';
import { lockKey } from '../../src/store/postgres';
import type { Store } from '../../src/store/store';
import { DrillConnection } from '../../src/drill/client/connection';
import type { LoadReport } from '../../src/drill/load';
import { joinAs, ROOT, testHost, TINY, type TestHost } from '../drill/helpers';
import { engineStores, ENGINES } from './engines';
import { join } from 'node:path';

interface Info { url: string; code: string; drillId: string; secret: string }
const stores = engineStores();
const children: ChildProcess[] = [];
const open: Store[] = [];
const conns: DrillConnection[] = [];
afterEach(async () => {
  for (const c of conns.splice(0)) c.terminate();
  for (const ch of children.splice(0)) if (ch.exitCode === null) ch.kill('SIGKILL');
  for (const s of open.splice(0)) await s.close();
});

const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[]): { child: ChildProcess; stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((r) => child.once('exit', r));
  return { child, stdout: () => out, stderr: () => err, exit };
}

/** `drill host --headless` on the store: its first stdout line. */
async function host(url: string, args: string[]): Promise<{ child: ChildProcess; info: Info; stderr: () => string }> {
  const h = run(['drill', 'host', ...args, '--headless', '--port', '0', '--store', url]);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: h.child.stdout! }).once('line', resolve);
    void h.exit.then((c) => reject(new Error(`the host exited with ${c}: ${h.stderr()}`)));
  });
  return { child: h.child, info: JSON.parse(line) as Info, stderr: h.stderr };
}

/** The server processes holding an advisory lock (a host's drill lock) in this database. */
const lockHolders = async (db: Store) => (await db.all<{ pid: number }>(
  "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).map((r) => r.pid);

const address = (info: Info) => info.url.replace('http://', '');

describe.skipIf(!ENGINES.includes('postgres'))('many hosts, one PostgreSQL database', () => {
  it('hosts writing at once: every participant\'s every answer is stored once', async () => {
    const url = (await stores.choice('postgres', '')).store!;
    // The organisation-scale case of issue 16: ten hosts, fifty people each.
    const HOSTS = 10;
    const PEOPLE = 50;
    const hosts = await Promise.all(Array.from({ length: HOSTS }, () => host(url, [TINY, '--max-per-address', String(PEOPLE + 5)])));
    // Each host gets its own scripted room, all at the same time; the load tool is the trainer.
    // (Every participant connects from 127.0.0.1, hence --max-per-address above.)
    const loads = hosts.map((h) => run(['drill', 'load', address(h.info), '--code', h.info.code, '--participants', String(PEOPLE), '--secret', h.info.secret, '--format', 'json', '--timeout', '200']));
    const codes = await Promise.all(loads.map((l) => l.exit));
    expect(codes, loads.map((l) => l.stderr()).join('\n')).toEqual(hosts.map(() => 0));
    const reports = loads.map((l) => JSON.parse(l.stdout()) as LoadReport);
    for (const r of reports) {
      expect(r).toMatchObject({ joined: PEOPLE, finished: PEOPLE });
      // Each host's own handling of an answer is part of that answer's round trip.
      expect(r.hostHandlingMs!.max).toBeLessThanOrEqual(r.latencyMs.max);
    }

    const db = await openStore({ store: url }, {});
    open.push(db);
    for (const [i, h] of hosts.entries()) {
      const rows = await db.all<{ pid: string; step: number; n: number }>(
        "SELECT pid, step, COUNT(*) AS n FROM drill_records WHERE drill_id = ? AND type = 'answer' GROUP BY pid, step", [h.info.drillId]);
      // Once each: no answer stored twice, and as many as the load tool counted as acknowledged.
      expect(rows.every((r) => r.n === 1)).toBe(true);
      expect(rows).toHaveLength(reports[i]!.answers);
      expect(new Set(rows.map((r) => r.pid)).size).toBe(PEOPLE);
      const seqs = (await db.all<{ seq: number }>('SELECT seq FROM drill_records WHERE drill_id = ? ORDER BY seq', [h.info.drillId])).map((r) => r.seq);
      expect(seqs).toEqual(seqs.map((_, k) => k + 1));
    }
  }, 240_000);

  it('a host killed with SIGKILL mid-drill resumes from the server: same line, every answer kept, the drill no longer locked', async () => {
    const url = (await stores.choice('postgres', '')).store!;
    const first = await host(url, [TINY]);
    const ann = await joinAs(address(first.info), first.info.code, 'Ann');
    const bo = await joinAs(address(first.info), first.info.code, 'Bo');
    conns.push(ann.conn, bo.conn);
    const acks = [ann.conn.next(is('ack')), bo.conn.next(is('ack'))];
    ann.conn.send({ t: 'choose', step: 1, choice: 1 });
    bo.conn.send({ t: 'choose', step: 1, choice: 3 });
    await Promise.all(acks);

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const second = await host(url, ['--resume', first.info.drillId]);
    expect(second.info).toMatchObject({ drillId: first.info.drillId, code: first.info.code });

    // Ann comes back with her token: still line 1, her answer acknowledged again.
    const again = await DrillConnection.open(address(second.info));
    conns.push(again);
    const welcome = again.next(is('welcome'));
    const ack = again.next(is('ack'));
    again.send({ t: 'rejoin', code: first.info.code, token: ann.welcome.token });
    expect(await welcome).toMatchObject({ pid: ann.welcome.pid, name: 'Ann' });
    expect(await ack).toMatchObject({ step: 1 });
    const db = await openStore({ store: url }, {});
    open.push(db);
    const answers = await db.all<{ pid: string }>("SELECT pid FROM drill_records WHERE drill_id = ? AND type = 'answer' ORDER BY seq", [first.info.drillId]);
    expect(answers.map((a) => a.pid)).toEqual([ann.welcome.pid, bo.welcome.pid]);

    // And the resumed host holds the drill: a third is refused.
    const third = run(['drill', 'host', '--resume', first.info.drillId, '--headless', '--port', '0', '--store', url]);
    expect(await third.exit).toBe(1);
    expect(third.stderr()).toMatch(/is already running in another host/);
  }, 60_000);
});

describe.skipIf(!ENGINES.includes('postgres'))('a PostgreSQL server that goes away', () => {
  let h: TestHost | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('pauses the drill with a clear message while the server is down, then stores the waiting answer once it is back', async () => {
    const cluster = await stores.cluster();
    const url = (await stores.choice('postgres', '')).store!;
    const trouble: (string | undefined)[] = [];
    h = await testHost({}, TINY, { onStoreTrouble: (m) => trouble.push(m) }, await openStore({ store: url }, {}));
    const ann = await joinAs(h.address, h.host.code, 'Ann');
    conns.push(ann.conn);

    cluster.halt();
    try {
      const wait = ann.conn.next(is('error'));
      ann.conn.send({ t: 'choose', step: 1, choice: 3 });
      expect(await wait).toMatchObject({ code: 'saving' });
      await expect.poll(() => trouble[0], { timeout: 10_000 }).toMatch(/^cannot save: the database server cannot be reached\. The drill is paused/);
    } finally {
      const ack = ann.conn.next(is('ack'), 20_000);
      cluster.start();
      expect(await ack).toMatchObject({ step: 1 });
    }
    await expect.poll(() => trouble.at(-1), { timeout: 10_000 }).toBeUndefined();
    const answers = (await h.store.records(h.host.drillId)).filter((r) => r.type === 'answer');
    expect(answers).toHaveLength(1);
    // The restart dropped the host's lock on the drill: it has taken it back, so a second host is refused.
    const db = await openStore({ store: url }, {});
    open.push(db);
    await expect.poll(() => lockHolders(db), { timeout: 10_000 }).toHaveLength(1);
    expect(await db.hold(h.host.drillId)).toBeUndefined();
  }, 60_000);

  it('a host whose drill another host took while its lock was away stops with a clear message, and writes nothing after', async () => {
    const url = (await stores.choice('postgres', '')).store!;
    const first = await host(url, [TINY]);
    const ann = await joinAs(address(first.info), first.info.code, 'Ann');
    conns.push(ann.conn);
    const db = await openStore({ store: url }, {});
    open.push(db);
    // The server drops the host's lock connection (an administrator, a network cut): the lock goes
    // with it, and another process takes the drill before the host can take it back.
    // The host tries to take its lock back 50 ms after the drop: it is held still (SIGSTOP) while
    // the lock goes and the other process takes it, so the other process is the first to try.
    const [holder] = await lockHolders(db);
    first.child.kill('SIGSTOP');
    let taken = false;
    try {
      await db.get('SELECT pg_terminate_backend(?, 5000)', [holder]);
      taken = !!(await db.get<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended(?, 0)) AS ok', [lockKey(first.info.drillId)]))?.ok;
    } finally {
      first.child.kill('SIGCONT');
    }
    expect(taken).toBe(true);
    const closed = new Promise((r) => ann.conn.onClose(() => r(undefined)));
    ann.conn.send({ t: 'choose', step: 1, choice: 1 });
    expect(await new Promise((r) => first.child.once('exit', r))).toBe(1);
    expect(first.stderr()).toContain(`drill ${first.info.drillId} stopped: while the database server was away, another host took this drill over`);
    await closed;
    expect(await db.all("SELECT seq FROM drill_records WHERE drill_id = ? AND type = 'answer'", [first.info.drillId])).toEqual([]);
  }, 60_000);
});
