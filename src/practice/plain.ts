// The line-by-line practice front end: no boxes, no animation, one line per event. Reads well in a
// screen reader and in any terminal; pressure timers run on real time.
import { createInterface } from 'node:readline';
import { choiceNumber, type ReplyInput } from '../core/reply';
import type { Lang } from '../core/constants';
import type { Session, SessionEvent } from '../core/session';
import { SessionError } from '../core/session';
import { wrapRows } from '../ink/wrap';
import { chalkStyle } from '../report/chalk-style';
import { formatDebrief, formatEvent } from '../report/text';
import { t } from '../words/labels';

export interface PlainOptions {
  coach: boolean;
  choices: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /**
   * A person at a terminal (default: the input is a TTY). The terminal has already echoed what they
   * typed, so a reply in words is not printed again; and a paste reaches us as lines a moment
   * apart, so lines that follow each other within PASTE_MS are one reply. From a pipe or a file
   * every line is a reply of its own.
   */
  terminal?: boolean;
  /** Width to wrap at (default: the output terminal's; no wrapping for a pipe or a file). */
  columns?: number;
}

/**
 * Lines of one paste arrive within a millisecond or two of each other; no one types a line that fast.
 * The window is wider than that because a busy machine can deliver them 30 ms and more apart (seen
 * with two processes training on two cores); a person still needs far longer to type the next line.
 * At a terminal every reply is read this long after its Enter (from a pipe or a file, at once).
 */
export const PASTE_MS = 150;

// Colour and style codes take no room on the screen.
const SGR = /\u001b\[[0-9;]*m/y;

/**
 * One printed line wrapped to `columns` where ink/wrap breaks it (between words, or between CJK
 * characters), each row after the first indented two more than the line, so that a wrapped line
 * keeps its place under its own heading. Colour codes pass through untouched.
 */
export function hangingWrap(line: string, columns: number): string {
  let plain = '';
  const at: number[] = []; // at[i]: where plain[i] is in line
  for (let i = 0; i < line.length; ) {
    SGR.lastIndex = i;
    const m = SGR.exec(line);
    if (m) {
      i += m[0].length;
      continue;
    }
    at.push(i);
    plain += line[i++];
  }
  at.push(line.length);
  const indent = /^ */.exec(plain)![0].length;
  const hang = ' '.repeat(indent + 2);
  if (plain.length <= columns / 2 || columns <= indent + 12) return line;
  const rows = wrapRows(plain, columns - hang.length);
  if (rows.length <= 1) return line;
  let out = line.slice(0, at[rows[0]!.end]);
  for (let r = 1; r < rows.length; r++) {
    // The spaces broken at are dropped; colour codes between the rows are kept.
    const between = line.slice(at[rows[r - 1]!.end], at[rows[r]!.start]).match(/\u001b\[[0-9;]*m/g)?.join('') ?? '';
    out += `${between}\n${hang}${line.slice(at[rows[r]!.start], at[rows[r]!.end])}`;
  }
  return out + line.slice(at[rows.at(-1)!.end]);
}

/**
 * What the line-by-line loop drives: one conversation's events, how to print them, and the replies
 * it takes. A practice Session is one; the helper role's session another (plain-helper.ts).
 */
export interface PlainDriver<E> {
  title: string;
  /** The language its notices are said in. */
  lang: Lang;
  /** The words that say how to answer. */
  help: string;
  start(): E[];
  /** A reply in words, or a numbered answer. Throws SessionError for one it cannot take. */
  reply(input: ReplyInput): E[];
  /** Let time pass (pressure timers); absent where nothing runs on a clock. */
  advance?(ms: number): E[];
  readonly ended: boolean;
  /** An event as printed lines; `typed`: the person's own words, already on a terminal's screen. */
  print(e: E): { lines: string[]; typed?: boolean };
  /** The end: the debrief and whatever goes with it. */
  finish(): string[];
}

/** Play one conversation to its end (or until input closes); resolves with the session. */
export async function runPlain(session: Session, opts: PlainOptions): Promise<Session> {
  const st = chalkStyle();
  await runLines<SessionEvent>({
    title: session.scenario.title[session.lang],
    lang: session.lang,
    help: t(opts.choices ? 'plainHelpChoices' : 'plainHelp', session.lang),
    start: () => session.start(),
    reply: (input) => session.reply(input),
    advance: (ms) => session.advance(ms),
    get ended() {
      return session.ended;
    },
    print: (e) => ({
      lines: formatEvent(e, session.catalogue, session.lang, st, { coach: opts.coach, choices: opts.choices, scenario: session.scenario }),
      // Words the person typed are on the screen already; the text of a numbered answer is not.
      typed: e.type === 'reply' && !e.choice,
    }),
    finish: () => formatDebrief(session.debrief(), st),
  }, opts);
  return session;
}

/** The loop of every line-by-line front end: prompt, read a reply (a paste is one), print what it did. */
export function runLines<E>(driver: PlainDriver<E>, opts: PlainOptions): Promise<void> {
  const st = chalkStyle();
  const terminal = opts.terminal ?? (opts.input as { isTTY?: boolean }).isTTY === true;
  const tty = opts.output as { isTTY?: boolean; columns?: number };
  const columns = () => opts.columns ?? (tty.isTTY === true ? tty.columns : undefined);
  const write = (lines: string[]) => {
    const width = columns();
    if (lines.length) opts.output.write(`${lines.map((l) => (width ? hangingWrap(l, width) : l)).join('\n')}\n`);
  };
  const show = (events: E[]) => {
    for (const e of events) {
      const { lines, typed } = driver.print(e);
      if (!(terminal && typed)) write(lines);
    }
  };
  const rl = createInterface({ input: opts.input, output: opts.output, prompt: '> ', terminal: false });

  return new Promise((resolve) => {
    let last = Date.now();
    const timer = driver.advance && setInterval(() => {
      const now = Date.now();
      const events = driver.advance!(now - last);
      last = now;
      if (events.length) {
        show(events);
        if (driver.ended) finish();
        else rl.prompt();
      }
    }, 250);
    let pasted: string[] = [];
    let pasteTimer: NodeJS.Timeout | undefined;
    let done = false;
    const finish = () => {
      // rl.close() below comes back here through 'close'.
      if (done) return;
      done = true;
      clearInterval(timer);
      clearTimeout(pasteTimer);
      write(['', ...driver.finish()]);
      rl.close();
      resolve();
    };
    const reply = (text: string) => {
      if (done) return;
      if (!text) return rl.prompt();
      if (text === '/quit' || text === '/q') return finish();
      try {
        // Numbered answers are offered only with --choices; without it every line is words, as in the full-screen front end.
        const choice = opts.choices ? choiceNumber(text, { bare: true }) : undefined;
        show(driver.reply(choice !== undefined ? { choice } : text));
      } catch (e) {
        if (!(e instanceof SessionError)) throw e;
        write([st.warn(t(e.code, driver.lang, e.holes))]);
      }
      if (driver.ended) finish();
      else rl.prompt();
    };
    const flushPaste = () => {
      clearTimeout(pasteTimer);
      pasteTimer = undefined;
      const lines = pasted;
      pasted = [];
      reply(lines.join(' '));
    };

    write([st.bold(driver.title), st.dim(driver.help), '']);
    show(driver.start());
    if (driver.ended) return finish();
    rl.prompt();
    rl.on('line', (line) => {
      const text = line.trim();
      if (!terminal) return reply(text);
      if (text) pasted.push(text);
      clearTimeout(pasteTimer);
      pasteTimer = setTimeout(flushPaste, PASTE_MS);
    });
    rl.on('close', () => {
      if (pasteTimer) flushPaste();
      if (!driver.ended) finish();
    });
  });
}
