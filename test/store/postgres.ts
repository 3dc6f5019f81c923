// A real, throwaway PostgreSQL cluster for the store tests, from Debian's `postgresql` package:
// initdb in a temp folder, listening on 127.0.0.1 (a free port) and a Unix socket in that folder,
// stopped and deleted afterwards. As root, the server runs as the package's `postgres` user (initdb
// refuses root). Without the package the PostgreSQL tests fail in CI, saying what to install; on a
// developer's machine they are left out with the same words.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = '/usr/lib/postgresql';

/** The newest installed server's bin folder, or undefined. */
export function postgresBin(): string | undefined {
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT).filter((v) => existsSync(join(ROOT, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(ROOT, versions[0], 'bin');
}

export const MISSING = "PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql (.ci/run does)";

/** The engines the store tests run on: PostgreSQL too where it is installed, and always in CI (where its absence fails). */
export const ENGINES: ('sqlite' | 'postgres')[] = postgresBin() || process.env.CI === 'true' ? ['sqlite', 'postgres'] : ['sqlite'];

export interface Cluster {
  /** A fresh, empty database on the cluster: its postgres:// address. */
  newDatabase(): Promise<string>;
  /** Shut the server down (an outage), keeping its data; `start` brings it back on the same port. */
  halt(): void;
  start(): void;
  /** Shut down for good and delete everything. */
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const bin = postgresBin();
  if (!bin) throw new Error(MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (tool: string, args: string[]) => {
    const cmd = asRoot ? ['runuser', '-u', 'postgres', '--', join(bin, tool), ...args] : [join(bin, tool), ...args];
    return execFileSync(cmd[0]!, cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
  };
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
  const data = join(dir, 'data');
  const port = await freePort();
  // fsync off: a throwaway cluster, and the tests share two cores with much else.
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`, 'start']);
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--locale=C', '--encoding=UTF8']);
    start();
  } catch (e) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a test PostgreSQL cluster: ${(e as { stderr?: string }).stderr || (e as Error).message}\n${log}`);
  }
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let n = 0;
  return {
    async newDatabase() {
      const name = `t${process.pid}_${++n}`;
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${name}`);
      } finally {
        await c.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    halt() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    start() {
      start();
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
