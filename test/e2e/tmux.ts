// A real terminal for end-to-end tests: a detached tmux session of a fixed size, keys sent with
// send-keys, the screen read with capture-pane, every wait bounded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

// A tmux server of this test process's own: other tests (or a person's tmux) starting and
// stopping sessions on the default server cannot take these panes down.
const SOCKET = `scamdrill-test-${process.pid}`;

/** Run a tmux command on this process's own server. */
export function tmux(args: string[], opts: { encoding?: 'utf8'; stdio?: 'ignore' } = {}): string {
  return String(execFileSync('tmux', ['-L', SOCKET, ...args], opts) ?? '');
}

export class Pane {
  constructor(readonly name: string) {}

  static start(name: string, command: string, size = { columns: 80, rows: 24 }): Pane {
    tmux(['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command]);
    return new Pane(name);
  }

  /** The screen as text; `escapes` keeps colour and style sequences. */
  capture(escapes = false): string {
    return tmux(['capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', this.name], { encoding: 'utf8' });
  }

  /** send-keys: literal text, or key names like "Enter", "Escape", "Down". */
  keys(...keys: string[]): void {
    tmux(['send-keys', '-t', this.name, ...keys]);
  }

  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const ok = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
    const until = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < until) {
      screen = this.capture();
      if (ok(screen)) return screen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the terminal never showed ${String(text)}; it shows:\n${screen}`);
  }

  kill(): void {
    try {
      tmux(['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}

/**
 * What every end-to-end test of the built binary needs: its paths, a fresh data folder and a pane
 * name; dist/ is built first if stale, and the pane and folder are removed afterwards.
 */
export function e2eSetup(prefix: string) {
  const root = join(import.meta.dirname, '..', '..');
  const name = `${prefix}-${process.pid}`;
  let pane: Pane | undefined;
  const env = {
    root,
    cli: join(root, 'dist', 'cli.js'),
    fixture: join(root, 'test', 'fixtures', 'ui', 'ui-refund-call.yaml'),
    dir: mkdtempSync(join(tmpdir(), `${prefix}-`)),
    name,
    /** Start the pane this file's tests drive; it is killed after them. */
    start(command: string): Pane {
      pane = Pane.start(name, command);
      return pane;
    },
  };
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root });
    // A tmux server exits when its last session ends, and a new-session sent while it is exiting
    // fails with "server exited unexpectedly" (seen in CI between two tests of one file). This
    // server stays up until the file is done instead.
    tmux(['start-server', ';', 'set-option', '-g', 'exit-empty', 'off']);
  });
  afterAll(() => {
    pane?.kill();
    try {
      tmux(['kill-server'], { stdio: 'ignore' });
    } catch {
      // already gone
    }
    rmSync(env.dir, { recursive: true, force: true });
  });
  return env;
}
