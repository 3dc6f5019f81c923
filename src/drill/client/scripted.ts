// A participant without a keyboard: answers each line from an answers file (the playback format).
// `#n` picks answer n, a reply is sent as free text, `@wait …` stays silent for that line. When the
// steps run out it stays silent. If the connection drops it comes back with its token. In a drill
// with a before/after check it answers each form from `check`, or leaves one it has no answers for.
import type { Debrief } from '../../core/debrief';
import type { AnswerStep } from '../../answers/parse';
import type { Response } from '../../check/answers';
import type { Phase } from '../../check/constants';
import type { ServerMessage } from '../protocol';
import type { Lang } from '../../core/schema';
import { reconnectDelay } from '../reconnect';
import { DrillConnection } from './connection';
import { wordsMessage } from './state';
import { maskReply } from '../web/mask';

export interface ScriptedOptions {
  address: string;
  code: string;
  name: string;
  steps: readonly AnswerStep[];
  /** Rejoin as this participant instead of joining anew. */
  token?: string;
  /** Give up after this long, in ms (bounded: scripts never hang). */
  timeoutMs?: number;
  /** Called with each answer's round trip: sent → acknowledged (stored and tallied). */
  onLatency?: (ms: number) => void;
  onMessage?: (m: ServerMessage) => void;
  /** How many times in a row to try to come back after a dropped connection (default: reconnect.ts). */
  reconnects?: number;
  /** Answers to the before/after check, per phase, in the order of the form's messages. */
  check?: Partial<Record<Phase, readonly Pick<Response, 'answer' | 'confidence'>[]>>;
  /** Leave (as a person closing the page) once this message has been handled: a script that stops part-way. */
  leaveAfter?: (m: ServerMessage) => boolean;
}

export interface ScriptedResult {
  pid: string;
  /** The drill's language, from its welcome: what to report the result in. */
  lang?: Lang;
  token: string;
  answered: number;
  debrief?: Debrief;
  kicked?: boolean;
  /** The check phases whose answers the host stored. */
  checked: Phase[];
  errors: string[];
}

export function runScripted(o: ScriptedOptions): Promise<ScriptedResult> {
  const result: ScriptedResult = { pid: '', token: o.token ?? '', answered: 0, checked: [], errors: [] };
  let next = 0;
  const handled = new Set<number>();
  let sentAt = 0;
  let failures = 0;
  let finished = false;
  let conn: DrillConnection | undefined;

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${o.name}: the drill did not end within ${Math.round((o.timeoutMs ?? 120_000) / 1000)} s`)), o.timeoutMs ?? 120_000);
    function finish(err?: Error) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      conn?.close();
      if (err) reject(err);
      else resolve(result);
    }

    function onMessage(c: DrillConnection, m: ServerMessage) {
      o.onMessage?.(m);
      handle(c, m);
      if (o.leaveAfter?.(m)) finish();
    }

    function handle(c: DrillConnection, m: ServerMessage) {
      switch (m.t) {
        case 'welcome':
          failures = 0; // back in: the next drop starts a fresh round of tries
          result.pid = m.pid;
          result.lang = m.drill.lang;
          result.token = m.token;
          break;
        case 'line': {
          if (m.answered || !m.line.open || handled.has(m.line.step)) break;
          handled.add(m.line.step);
          const step = o.steps[next++];
          if (!step || step.kind === 'wait') break;
          sentAt = performance.now();
          const msg = step.kind === 'choice' ? { t: 'choose' as const, step: m.line.step, choice: step.n } : wordsMessage(m.line.step, step.text);
          if (msg) c.send(msg);
          break;
        }
        case 'ack':
          result.answered++;
          o.onLatency?.(performance.now() - sentAt);
          break;
        case 'debrief':
          result.debrief = m.debrief;
          break;
        case 'check': {
          const answers = o.check?.[m.phase];
          if (answers && answers.length !== m.form.items.length) result.errors.push(`${answers.length} check answers for the ${m.form.items.length} messages of form ${m.form.id}`);
          // No answers for this form: skip it, and leave at the after-check, as a person closing the page would.
          if (!answers || answers.length !== m.form.items.length) return m.phase === 'post' ? finish() : undefined;
          c.send({ t: 'check', phase: m.phase, answers: m.form.items.map((item, i) => ({ item: item.id, answer: answers[i]!.answer, confidence: answers[i]!.confidence })) });
          break;
        }
        case 'check-saved':
          result.checked.push(m.phase);
          break;
        case 'ended':
          finish();
          break;
        case 'kicked':
          result.kicked = true;
          finish();
          break;
        case 'error':
          result.errors.push(`${m.code}: ${m.message}`);
          if (m.code === 'wrong-code' || m.code === 'unknown-token' || m.code === 'bad-name') finish(new Error(`${o.name}: ${m.message}`));
          break;
      }
    }

    async function connect(): Promise<void> {
      try {
        conn = await DrillConnection.open(o.address);
      } catch (e) {
        // A host never reached is a wrong address, not an outage: say so at once.
        return result.token ? retry(e as Error) : finish(e as Error);
      }
      const c = conn;
      c.on((m) => onMessage(c, m));
      c.onClose(() => retry(new Error(`${o.name}: the host closed the connection`)));
      c.send(result.token ? { t: 'rejoin', code: o.code, token: result.token } : { t: 'join', code: o.code, name: maskReply(o.name).text });
    }

    function retry(err: Error) {
      if (finished) return;
      const wait = reconnectDelay(failures++, o.reconnects);
      if (wait === undefined) return finish(err);
      setTimeout(() => void connect(), wait);
    }

    void connect();
  });
}
