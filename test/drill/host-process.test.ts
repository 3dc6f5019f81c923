// The host as its own process (dist/cli.js drill host --headless): joins still work under a flood of
// idle sockets with a low file limit; --resume is the same drill on the same address and port; a
// second live host of one drill is refused.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { cli, joinAs, ROOT, TINY } from './helpers';

interface Info { url: string; code: string; drillId: string; secret: string }
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const ch of children.splice(0)) if (ch.exitCode === null) ch.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const dataDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'scamdrill-proc-'));
  dirs.push(d);
  return d;
};

/** Start a headless host with `sh -c` (so a ulimit can come first) and read its first line. */
async function headless(args: string, prefix = ''): Promise<{ child: ChildProcess; info: Info; stderr: () => string }> {
  const child = spawn('sh', ['-c', `${prefix}exec "${process.execPath}" "${join(ROOT, 'dist', 'cli.js')}" drill host ${args} --headless`], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (c) => reject(new Error(`the host exited with ${c}: ${err}`)));
  });
  return { child, info: JSON.parse(line) as Info, stderr: () => err };
}

describe('a host under a flood of idle sockets', () => {
  it('with ulimit -n 256, joins and the page still work while hundreds of silent sockets keep coming', async () => {
    const d = dataDir();
    const { info } = await headless(`"${TINY}" --port 0 --data-dir "${d}"`, 'ulimit -n 256; ');
    const port = Number(new URL(info.url).port);
    // 400 sockets that never say a word, from 40 addresses, each opened again as soon as it is closed.
    let flooding = true;
    const open = new Set<Socket>();
    const flood = (address: string) => {
      if (!flooding) return;
      const s = connect({ host: '127.0.0.1', port, localAddress: address });
      open.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        open.delete(s);
        setTimeout(() => flood(address), 100);
      });
    };
    for (let a = 0; a < 40; a++) for (let i = 0; i < 10; i++) flood(`127.0.1.${a + 10}`);
    // And upgraded WebSockets that never join.
    const silentWs = Array.from({ length: 30 }, (_, i) => {
      const ws = new WebSocket(`${info.url.replace('http', 'ws')}/ws`, { localAddress: `127.0.2.${i + 10}` });
      ws.on('error', () => {});
      return ws;
    });
    try {
      await new Promise((r) => setTimeout(r, 1500)); // the flood is at its height: the budget is spent
      for (let i = 0; i < 5; i++) {
        const t0 = Date.now();
        const p = await joinAs(info.url.replace('http://', ''), info.code, `Person ${i}`);
        expect(p.welcome.name).toBe(`Person ${i}`);
        expect(Date.now() - t0).toBeLessThan(5000);
        p.conn.terminate();
      }
      // As a person would: a page that does not come within 5 s is loaded again (twice at most).
      let status = 0;
      for (let i = 0; i < 3 && status !== 200; i++) status = await fetch(info.url, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0);
      expect(status).toBe(200);
    } finally {
      flooding = false;
      for (const s of open) s.destroy();
      for (const ws of silentWs) ws.terminate();
    }
  }, 60_000);
});

describe('--resume', () => {
  it('comes back on the stored address and port after kill -9; a second live host of the drill is refused', async () => {
    const d = dataDir();
    const first = await headless(`"${TINY}" --port 0 --bind 127.0.0.2 --data-dir "${d}"`);
    expect(first.info.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    const ann = await joinAs(first.info.url.replace('http://', ''), first.info.code, 'Ann');
    ann.conn.terminate();

    // A second host of the same drill while the first is alive: refused, the first unharmed.
    const twice = cli(['drill', 'host', '--resume', first.info.drillId, '--headless', '--port', '0', '--data-dir', d]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(`scamdrill: drill ${first.info.drillId} is already running in another host (last on port ${new URL(first.info.url).port}); stop that host first: one drill, one host\n`);
    expect(first.child.exitCode).toBeNull();

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    // No --bind, no --port: the drill's own, so every phone's page reconnects where it was.
    const again = await headless(`--resume ${first.info.drillId} --data-dir "${d}"`);
    expect(again.info.url).toBe(first.info.url);
    const back = await joinAs(again.info.url.replace('http://', ''), again.info.code, 'Bo');
    expect(back.welcome.pid).toBe('p2');
    back.conn.terminate();
  }, 30_000);
});

describe("the host's own lines, in the drill's language", () => {
  it('a Chinese drill says where to join, and that it paused, in Chinese; an English one as before', async () => {
    const d = dataDir();
    const zh = await headless(`"${TINY}" --port 0 --lang zh --data-dir "${d}"`);
    await expect.poll(zh.stderr).toMatch(/\n/);
    expect(zh.stderr()).toBe(`演练 ${zh.info.drillId}：参加者打开 ${zh.info.url}，输入加入码 ${zh.info.code}\n`);
    zh.child.kill('SIGTERM');
    await new Promise((r) => zh.child.once('exit', r));
    expect(zh.stderr()).toContain(`演练 ${zh.info.drillId} 已暂停（SIGTERM），之后恢复：scamdrill drill host --resume ${zh.info.drillId}\n`);

    const en = await headless(`"${TINY}" --port 0 --data-dir "${d}"`);
    await expect.poll(en.stderr).toMatch(/\n/);
    expect(en.stderr()).toBe(`drill ${en.info.drillId}: participants join at ${en.info.url} with code ${en.info.code}\n`);
  }, 30_000);
});
