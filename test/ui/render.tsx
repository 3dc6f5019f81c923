// The one render helper every UI test uses: ink-testing-library plus a terminal size, a hand-driven
// clock for typing delays and pressure timers, and small waits that poll the frames.
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { join } from 'node:path';
import { loadLibrary } from '../../src/scenario/files';
import type { Library } from '../../src/scenario/library';
import type { Clock } from '../../src/practice/clock';
import { App, type AppProps } from '../../src/practice/App';
import { reader } from '../../src/classify/reader';

// The reader loads its model and compiles its rules on the first reply it reads (a few hundred
// milliseconds, seconds on a loaded machine): pay that once here, not inside a test's wait.
reader.read('ok, how do I do that?', { caller: 'Please read me the code.' });
reader.read('好的，我怎么操作？', { caller: '请把验证码告诉我。' });

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ui');

let fixtureLib: Library | undefined;
/** The two small fixture scenarios (a call with a pressure timer, an SMS thread). */
export function fixtures(): Library {
  fixtureLib ??= loadLibrary([FIXTURES]);
  return fixtureLib;
}

export function scenario(id: string) {
  const s = fixtures().scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no fixture scenario ${id}`);
  return s;
}

/** A clock that moves only when the test says so; timers fire in time order. */
export class ManualClock implements Clock {
  private t = 0;
  private seq = 0;
  private timers = new Map<number, { at: number; every?: number; fn: () => void }>();
  now = () => this.t;
  every(ms: number, fn: () => void) {
    const id = ++this.seq;
    this.timers.set(id, { at: this.t + ms, every: ms, fn });
    return () => void this.timers.delete(id);
  }
  after(ms: number, fn: () => void) {
    const id = ++this.seq;
    this.timers.set(id, { at: this.t + ms, fn });
    return () => void this.timers.delete(id);
  }
  /** Move time on by `ms`, firing each due timer at its own moment. */
  advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, x]) => x.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.t = timer.at;
      if (timer.every) timer.at += timer.every;
      else this.timers.delete(id);
      timer.fn();
    }
    this.t = end;
  }
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

export const KEYS = { enter: '\r', esc: '\u001b', up: '\u001b[A', down: '\u001b[B', backspace: '\u007f', ctrlU: '\u0015', ctrlC: '\u0003' } as const;

export interface Screen {
  frames: string[];
  /** The frame on screen now. */
  frame(): string;
  /** Send keys or text, as one chunk (like a paste, or tmux send-keys). */
  type(chunk: string): Promise<void>;
  /** Wait until the screen shows `text` (a string or pattern), or fail naming what is on screen. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  clock: ManualClock;
  unmount(): void;
}

/** Render at a given terminal size (default 80×24: the smallest we support). */
export async function renderAt(tree: ReactElement, size: { columns?: number; rows?: number } = {}): Promise<Screen> {
  const r = render(tree);
  const columns = size.columns ?? 80;
  const rows = size.rows ?? 24;
  Object.defineProperty(r.stdout, 'columns', { get: () => columns, configurable: true });
  Object.defineProperty(r.stdout, 'rows', { get: () => rows, configurable: true });
  r.stdout.emit('resize');
  await tick(); // Ink subscribes to stdin after the first render.
  const frame = () => r.lastFrame() ?? r.frames.at(-1) ?? '';
  return {
    frames: r.frames,
    frame,
    async type(chunk) {
      r.stdin.write(chunk);
      await tick();
      await tick();
    },
    async waitFor(text, timeoutMs = 5000) {
      const ok = (f: string) => (typeof text === 'string' ? f.includes(text) : text.test(f));
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (ok(frame())) return frame();
        await tick(10);
      }
      throw new Error(`screen never showed ${String(text)}; it shows:\n${frame()}`);
    },
    clock: (tree.props as { clock?: ManualClock }).clock ?? new ManualClock(),
    unmount: r.unmount,
  };
}

/** The practice app on a fixture scenario (or the picker when `scenario` is null). */
export async function renderPractice(opts: Partial<AppProps> & { scenarioId?: string | null; columns?: number; rows?: number } = {}): Promise<Screen> {
  const { scenarioId = 'ui-refund-call', columns, rows, ...props } = opts;
  const lib = fixtures();
  const clock = new ManualClock();
  const s = scenarioId ? scenario(scenarioId) : undefined;
  return renderAt(
    <App
      scenarios={lib.scenarios}
      catalogue={lib.catalogue}
      {...(s ? { scenario: s } : {})}
      defaultId="ui-refund-call"
      lang="en"
      mode="coach"
      choices={false}
      instant
      clock={clock}
      {...props}
    />,
    { ...(columns ? { columns } : {}), ...(rows ? { rows } : {}) },
  );
}

/** Display width of a captured line: CJK and full-width forms take two cells. */
export function cells(line: string): number {
  let w = 0;
  for (const ch of line) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
