// The trainer console (not --headless) in a real 80×24 terminal, its results in PostgreSQL, when the
// server drops its lock connection and another process takes the drill before the host can take it
// back (issue 16): the console closes, the terminal is left usable with the reason on it, and the
// exit status is 1. The headless host's side of it is in test/store/hosts.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open';
import { lockKey } from '../../src/store/postgres';
import type { Store } from '../../src/store/store';
import { engineStores, ENGINES } from '../store/engines';
import { e2eSetup, tmux } from './tmux';

const { cli, fixture, start, name } = e2eSetup('scamdrill-console-lock');
const stores = engineStores();

/** The node process the pane's shell runs (the shell stays, to print the exit status after it). */
function hostPid(): number {
  const shell = tmux(['display-message', '-p', '-t', name, '#{pane_pid}'], { encoding: 'utf8' }).trim();
  const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/);
  return Number(children[0]);
}

describe.skipIf(!ENGINES.includes('postgres'))('the trainer console losing its PostgreSQL lock', () => {
  it('closes with the reason on the terminal and exit status 1, once another host took the drill', async () => {
    const url = (await stores.choice('postgres', '')).store!;
    const pane = start(`env CI=false NO_COLOR=1 '${process.execPath}' '${cli}' drill host '${fixture}' --port 0 --store '${url}' --lang en; echo "EXIT=$?"; sleep 30`);
    const first = await pane.waitFor(/code [A-Z]{6}/, 20_000);
    expect(first).toContain('scamdrill');
    let db: Store | undefined;
    try {
      db = await openStore({ store: url }, {});
      const drill = (await db.get<{ id: string }>('SELECT id FROM drills'))!.id;
      const holders = (await db.all<{ pid: number }>(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).map((r) => r.pid);
      expect(holders).toHaveLength(1);
      // Held still while its lock goes and this process takes the drill: it cannot win the race back.
      const pid = hostPid();
      process.kill(pid, 'SIGSTOP');
      let taken = false;
      try {
        await db.get('SELECT pg_terminate_backend(?, 5000)', [holders[0]]);
        taken = !!(await db.get<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended(?, 0)) AS ok', [lockKey(drill)]))?.ok;
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      expect(taken).toBe(true);
      const screen = await pane.waitFor('EXIT=', 30_000);
      expect(screen).toContain('EXIT=1');
      // The reason stays on the terminal after the console is gone (rows wrap mid-word at 80 columns: compare without spaces).
      const bare = (s: string) => s.replace(/\s+/g, '');
      expect(bare(screen)).toContain(bare(`drill ${drill} stopped: while the database server was away, another host took this drill over`));
      expect(await db.all("SELECT seq FROM drill_records WHERE drill_id = ? AND type = 'answer'", [drill])).toEqual([]);
    } finally {
      await db?.close();
    }
  }, 90_000);
});
