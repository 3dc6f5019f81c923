// A real terminal for end-to-end tests: a detached tmux session of a fixed size, keys sent with
// send-keys, the screen read with capture-pane, every wait bounded.
import { execFileSync } from 'node:child_process';

export class Pane {
  constructor(readonly name: string) {}

  static start(name: string, command: string, size = { columns: 80, rows: 24 }): Pane {
    execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), command]);
    return new Pane(name);
  }

  /** The screen as text; `escapes` keeps colour and style sequences. */
  capture(escapes = false): string {
    return execFileSync('tmux', ['capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', this.name], { encoding: 'utf8' });
  }

  /** send-keys: literal text, or key names like "Enter", "Escape", "Down". */
  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
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
      execFileSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}
