// A drill host that cannot start says why in one line, exits 1, and leaves no drill behind that
// would later be offered as a "recent drill".
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers';

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
