// Drill test helpers: a real host on 127.0.0.1 with a real SQLite file in a temp folder, a trainer
// connection that advances when everyone has answered, and the tiny fixture.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DrillConnection, is } from '../../src/drill/client/connection';
import { launchNew, type Launched, type NewDrill } from '../../src/drill/launch';
import type { ServerMessage } from '../../src/drill/protocol';
import type { AnswerStep } from '../../src/answers/parse';
import { DrillStore, type DrillSettings } from '../../src/drill/store';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../src/store/db';
import { openSqlite } from '../../src/store/sqlite';
import type { Store } from '../../src/store/store';
import { loadLibrary } from '../../src/scenario/files';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The tiny bank call (greet → ask-code → safe or robbed), kept here so drill tests own their fixture. */
export const TINY = join(import.meta.dirname, 'fixtures', 'drill-tiny.yaml');

/** A scenario file as the drill host loads it (the tiny one unless told). */
export function loadTiny(file = TINY) {
  const lib = loadLibrary([file]);
  const scenario = lib.scenarios[0];
  if (!scenario) throw new Error(lib.diagnostics.map((d) => d.message).join('\n'));
  return { scenario, catalogue: lib.catalogue };
}

/** Run the built CLI (dist/cli.js, built by `npm test` before vitest). */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { input: '', encoding: 'utf8', cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface TestHost extends Launched {
  store: DrillStore;
  dataDir: string;
  address: string;
  stop(): Promise<void>;
}

/** After a test: its connections closed and its host stopped. Returns no host, for `host = await closeAll(conns, host)`. */
export async function closeAll(conns: DrillConnection[], host: TestHost | undefined): Promise<undefined> {
  for (const c of conns.splice(0)) c.terminate();
  await host?.stop();
  return undefined;
}

/** A host on a fresh SQLite data folder, or on `db` (a PostgreSQL store) when given. */
export async function testHost(settings: Partial<DrillSettings> = {}, scenarioFile = TINY, tuning: Pick<NewDrill, 'limits' | 'onStoreTrouble' | 'rehearseAt'> = {}, db?: Store): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-drill-'));
  const store = await DrillStore.open(db ?? openSqlite(dataDir));
  const { scenario, catalogue } = loadTiny(scenarioFile);
  const launched = await launchNew({
    scenario, catalogue, scenarioRef: scenarioFile, store, port: 0, bind: '127.0.0.1', tickMs: 50, ...tuning,
    settings: { lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false, ...settings },
  });
  return {
    ...launched, store, dataDir, address: `127.0.0.1:${launched.host.port}`,
    async stop() {
      await launched.host.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A trainer that advances each line once `expected` participants have answered it (on a tie, following the first tied answer). */
export async function autoTrainer(address: string, secret: string, expected: () => number): Promise<{ conn: DrillConnection; messages: ServerMessage[] }> {
  const conn = await DrillConnection.open(address);
  const messages: ServerMessage[] = [];
  let advanced = 0;
  conn.on((m) => {
    messages.push(m);
    if (m.t === 'tally' && m.tally.answered >= expected() && m.tally.waiting === 0 && m.tally.step > advanced) {
      advanced = m.tally.step;
      conn.send({ t: 'advance', ...(m.tally.tie ? { pick: m.tally.tie[0]! } : {}) });
    }
  });
  conn.send({ t: 'trainer', secret });
  await conn.next(is('trainer-ok'));
  return { conn, messages };
}

export const choices = (...ns: number[]): AnswerStep[] => ns.map((n, i) => ({ kind: 'choice', line: i + 1, n }));

/** Join as a fresh participant and wait for the welcome and the first line. */
export async function joinAs(address: string, code: string, name: string) {
  const conn = await DrillConnection.open(address);
  const welcome = conn.next(is('welcome'));
  const line = conn.next(is('line'));
  conn.send({ t: 'join', code, name });
  return { conn, welcome: await welcome, line: await line };
}

/** Another program holding the drill database: every write of the host fails with SQLITE_BUSY until released. */
export function lockDatabase(dataDir: string): () => void {
  const other = new Database(join(dataDir, DB_FILE), { timeout: 0 });
  other.exec('BEGIN EXCLUSIVE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}
