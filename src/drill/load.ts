// N scripted participants in one process against a running host: how long joining takes, how long
// an answer takes to be stored and tallied (sent → acknowledged), and the host's memory (from the
// trainer status, when the trainer secret is given). With the secret it also plays the trainer:
// each line advances as soon as every participant has answered (a tie: the first of the tied answers).
import type { AnswerStep } from '../answers/parse';
import { DrillConnection, is } from './client/connection';
import { runScripted, type ScriptedResult } from './client/scripted';
import { spread, type Spread } from './latency';
import type { RoomPick, ServerMessage } from './protocol';

export interface LoadOptions {
  address: string;
  code: string;
  participants: number;
  /** Answer scripts, given out in turn (participant i plays scripts[i % length]). */
  scripts: readonly (readonly AnswerStep[])[];
  secret?: string;
  /** Everything stops after this long, in ms. */
  timeoutMs?: number;
  /** How many participants may be on their way in (connected, not yet welcomed) at once. */
  concurrency?: number;
}

export interface LoadReport {
  participants: number;
  joined: number;
  finished: number;
  /** From the first connection to the last welcome, ms. */
  joinAllMs: number;
  joinMs: Spread;
  answers: number;
  latencyMs: Spread;
  /**
   * How long a new line took to reach everyone, from the first participant to get it to the last
   * (the slowest of the lines after the first, which people get as they join), ms.
   */
  lineSpreadMs?: number;
  /** The host's own handling of the answers (latency.ts), from its last status: the rest of latencyMs is waiting on either side. */
  hostHandlingMs?: Spread;
  hostRssMb?: number;
  hostPeakRssMb?: number;
  errors: string[];
}


export async function runLoad(o: LoadOptions): Promise<LoadReport> {
  const timeoutMs = o.timeoutMs ?? 300_000;
  const latencies: number[] = [];
  const joinTimes: number[] = [];
  const errors: string[] = [];
  let joined = 0;
  /** Participants that gave up before they were welcomed (a handshake timed out): the drill does not wait for them. */
  let lost = 0;
  const allIn = () => joined + lost >= o.participants;
  let lastWelcome = 0;
  /** Each line's first and last arrival at a participant, by step. */
  const lineArrivals = new Map<number, { first: number; last: number }>();
  let hostRssMb: number | undefined;
  let hostPeakRssMb: number | undefined;
  let hostHandlingMs: Spread | undefined;
  const t0 = performance.now();

  let trainer: DrillConnection | undefined;
  let stallTimer: NodeJS.Timeout | undefined;
  if (o.secret) {
    trainer = await DrillConnection.open(o.address);
    const t = trainer;
    let advancedStep = 0;
    let current: { step: number; answered: number; changedAt: number; tie?: RoomPick[] } = { step: 0, answered: -1, changedAt: performance.now() };
    // On a tie the room waits for the trainer's pick (Room.majority): this trainer takes the first tied answer.
    const advance = (step: number) => {
      advancedStep = step;
      t.send({ t: 'advance', ...(current.tie ? { pick: current.tie[0]! } : {}) });
    };
    t.on((m: ServerMessage) => {
      if (m.t === 'status') {
        hostRssMb = m.rssMb;
        hostHandlingMs = m.answerMs ?? hostHandlingMs;
        hostPeakRssMb = Math.max(hostPeakRssMb ?? 0, m.rssMb);
      } else if (m.t === 'tally') {
        if (m.tally.step !== current.step || m.tally.answered !== current.answered) current = { step: m.tally.step, answered: m.tally.answered, changedAt: performance.now() };
        current.tie = m.tally.tie;
        if (allIn() && m.tally.waiting === 0 && m.tally.step > advancedStep) advance(m.tally.step);
      } else if (m.t === 'error' && m.code === 'tie' && o.secret) {
        // The room was split evenly, though the tally advanced on did not say so: ask for the tally
        // again (the trainer hello resends it) and advance on that, with its tie's first answer.
        advancedStep = Math.min(advancedStep, current.step - 1);
        t.send({ t: 'trainer', secret: o.secret });
      } else if (m.t === 'error') {
        errors.push(`trainer: ${m.message}`);
      }
    });
    // Scripts that stay silent on a line (@wait, or no answer left) must not stall the drill; a slow answer is waited for, as long as
    // four of the slowest round trips seen lately (a loaded machine answers late, and an answer after the line moved on is lost)
    stallTimer = setInterval(() => {
      const quiet = Math.max(1500, 4 * Math.max(0, ...latencies.slice(-200)));
      if (allIn() && current.step > advancedStep && performance.now() - current.changedAt > quiet) advance(current.step);
    }, 250);
    t.send({ t: 'trainer', secret: o.secret });
    await t.next(is('trainer-ok'));
  }

  const results: Promise<ScriptedResult | undefined>[] = [];
  // People arrive over a while, not all in one tick: the next connects as one of those on their way
  // in is welcomed (or gives up), so a busy host is never handed more handshakes than it can answer in time.
  const concurrency = o.concurrency ?? 50;
  let arriving = 0;
  const queue: (() => void)[] = [];
  const arrived = () => {
    arriving--;
    queue.shift()?.();
  };
  for (let i = 0; i < o.participants; i++) {
    if (arriving >= concurrency) await new Promise<void>((r) => queue.push(r));
    arriving++;
    const started = performance.now();
    const script = o.scripts[i % o.scripts.length] ?? [];
    let welcomed = false;
    results.push(
      runScripted({
        address: o.address, code: o.code, name: `load-${i + 1}`, steps: script, timeoutMs, reconnects: 2,
        onLatency: (ms) => latencies.push(ms),
        onMessage: (m) => {
          if (m.t === 'line') {
            const now = performance.now();
            const seen = lineArrivals.get(m.line.step);
            if (seen) seen.last = now;
            else lineArrivals.set(m.line.step, { first: now, last: now });
          }
          if (m.t === 'welcome' && !welcomed) {
            welcomed = true;
            arrived();
            joined++;
            lastWelcome = performance.now();
            joinTimes.push(lastWelcome - started);
          }
        },
      }).catch((e: Error) => {
        errors.push(e.message);
        return undefined;
      }).then((r) => {
        // Never welcomed (a handshake that timed out, a host that refused): not on the way in any more.
        if (!welcomed) {
          lost++;
          arrived();
        }
        return r;
      }),
    );
  }
  const ended = await Promise.all(results);
  clearInterval(stallTimer);
  if (trainer) {
    trainer.send({ t: 'status' });
    await trainer.next(is('status'), 2000).then((m) => {
      hostRssMb = m.rssMb;
      hostHandlingMs = m.answerMs ?? hostHandlingMs;
      hostPeakRssMb = Math.max(hostPeakRssMb ?? 0, m.rssMb);
    }).catch(() => undefined);
    trainer.close();
  }
  const firstLine = Math.min(...lineArrivals.keys());
  const later = [...lineArrivals.entries()].filter(([step]) => step > firstLine);
  return {
    participants: o.participants,
    joined,
    finished: ended.filter((r) => r?.debrief).length,
    joinAllMs: joined ? Math.round(lastWelcome - t0) : 0,
    joinMs: spread(joinTimes),
    answers: latencies.length,
    latencyMs: spread(latencies),
    ...(later.length ? { lineSpreadMs: Math.round(Math.max(...later.map(([, a]) => a.last - a.first))) } : {}),
    ...(hostRssMb !== undefined ? { hostRssMb } : {}),
    ...(hostPeakRssMb !== undefined ? { hostPeakRssMb } : {}),
    ...(hostHandlingMs ? { hostHandlingMs } : {}),
    errors: [...new Set(errors)].slice(0, 10),
  };
}

export function formatLoadReport(r: LoadReport): string {
  return [
    `participants: ${r.joined}/${r.participants} joined, ${r.finished} got their debrief`,
    r.joined ? `join: all in ${r.joinAllMs} ms; each p50 ${r.joinMs.p50} ms, p99 ${r.joinMs.p99} ms, max ${r.joinMs.max} ms` : 'join: nobody joined',
    `answer → stored and tallied: ${r.answers} answers, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms`,
    ...(r.lineSpreadMs !== undefined ? [`a new line reached everyone within ${r.lineSpreadMs} ms of the first to get it (the slowest line after the first)`] : []),
    ...(r.hostHandlingMs ? [`of which the host's own handling (answer read → ack sent): p50 ${r.hostHandlingMs.p50} ms, p99 ${r.hostHandlingMs.p99} ms, max ${r.hostHandlingMs.max} ms`] : []),
    r.hostRssMb !== undefined ? `host memory (RSS): ${r.hostRssMb} MB at the end, peak seen ${r.hostPeakRssMb} MB` : 'host memory: unknown (give --secret to read the trainer status)',
    ...(r.errors.length ? [`errors: ${r.errors.join('; ')}`] : []),
  ].join('\n');
}
