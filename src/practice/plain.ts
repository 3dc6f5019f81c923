// The line-by-line practice front end: no boxes, no animation, one line per event. Reads well in a
// screen reader and in any terminal; pressure timers run on real time.
import { createInterface } from 'node:readline';
import { choiceNumber } from '../core/reply';
import type { Session, SessionEvent } from '../core/session';
import { SessionError } from '../core/session';
import { chalkStyle } from '../report/chalk-style';
import { formatDebrief, formatEvent } from '../report/text';

export interface PlainOptions {
  coach: boolean;
  choices: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Play one conversation to its end (or until input closes); resolves with the session. */
export function runPlain(session: Session, opts: PlainOptions): Promise<Session> {
  const st = chalkStyle();
  const write = (lines: string[]) => lines.length && opts.output.write(`${lines.join('\n')}\n`);
  const show = (events: SessionEvent[]) => {
    for (const e of events) write(formatEvent(e, session.catalogue, session.lang, st, { coach: opts.coach, choices: opts.choices }));
  };
  const rl = createInterface({ input: opts.input, output: opts.output, prompt: '> ', terminal: false });

  return new Promise((resolve) => {
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      const events = session.advance(now - last);
      last = now;
      if (events.length) {
        show(events);
        if (session.ended) finish();
        else rl.prompt();
      }
    }, 250);
    const finish = () => {
      clearInterval(timer);
      write(['', ...formatDebrief(session.debrief(), st)]);
      rl.close();
      resolve(session);
    };
    show(session.start());
    rl.prompt();
    rl.on('line', (line) => {
      const text = line.trim();
      if (!text) return rl.prompt();
      if (text === '/quit' || text === '/q') return finish();
      try {
        // Numbered answers are offered only with --choices; without it every line is words, as in the full-screen front end.
        const choice = opts.choices ? choiceNumber(text, { bare: true }) : undefined;
        show(session.reply(choice !== undefined ? { choice } : text));
      } catch (e) {
        if (!(e instanceof SessionError)) throw e;
        write([st.warn(e.message)]);
      }
      if (session.ended) finish();
      else rl.prompt();
    });
    rl.on('close', () => {
      if (!session.ended) finish();
    });
  });
}
