// A drill host that cannot start says why in one line, exits 1, and leaves no drill behind that
// would later be offered as a "recent drill".
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli } from './helpers';

const dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-launch-'));
let busy: Server;
let busyPort = 0;

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
  busyPort = (busy.address() as { port: number }).port;
});

afterAll(() => {
  busy.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const host = (...args: string[]) => cli(['drill', 'host', 'express-refund', '--headless', '--data-dir', dataDir, ...args]);

describe('drill host that cannot listen', () => {
  it('a port in use', () => {
    const r = host('--port', String(busyPort));
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`scamdrill: port ${busyPort} is in use; choose another with --port (0 picks a free one)`);
  });

  it('a --bind name that is no address', () => {
    const r = host('--port', '0', '--bind', 'no-such-host.invalid');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^scamdrill: cannot listen on no-such-host\.invalid: /);
    expect(r.stderr).not.toContain('unexpected error');
    expect(r.stderr).not.toContain('ENOTFOUND');
  });

  it('leaves no drill behind to export or resume', () => {
    const r = cli(['drill', 'export', 'nope', '--data-dir', dataDir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('scamdrill: no drill "nope" in this data folder');
  });
});

describe('drill host without its web page\'s masking script', () => {
  it('does not start (phones would send secrets in clear), and says how to get it back', () => {
    // An installed copy of the package whose dist/ lacks web/mask.js.
    const pkg = mkdtempSync(join(tmpdir(), 'scamdrill-pkg-'));
    try {
      for (const part of ['package.json', 'dist', 'scenarios', 'models']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
      rmSync(join(pkg, 'dist', 'web'), { recursive: true, force: true });
      symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
      const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), 'drill', 'host', 'express-refund', '--headless', '--port', '0', '--data-dir', dataDir], { encoding: 'utf8', input: '', timeout: 30_000 });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe('scamdrill: the web page\'s masking script (dist/web/mask.js) is missing, and without it phones would send secrets in clear; run "npm run build" in a checkout, or reinstall scamdrill');
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});
