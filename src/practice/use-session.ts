// The bridge between one Session and React: feeds engine events to the reducer, runs the typing
// delay and the pressure clock. Components get state and callbacks; they never touch the Session.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { SessionError, type Session, type SessionEvent } from '../core/session';
import { t } from '../words/labels';
import { initialState, reduce, typingDelay } from './practice-state';
import { realClock, type Clock } from './clock';

export interface SessionControls {
  state: ReturnType<typeof initialState>;
  typing: boolean;
  /** Whole seconds until the scammer pushes on, when the current line has a pressure timer. */
  secondsLeft: number | undefined;
  answer(): void;
  decline(): void;
  send(text: string): void;
  choose(n: number): void;
}

export interface UseSessionOptions {
  /** No typing delay (--fast, reduced motion). */
  instant: boolean;
  clock?: Clock;
  /** How often the pressure clock is checked. */
  tickMs?: number;
}

export function useSession(session: Session, opts: UseSessionOptions): SessionControls {
  const clock = opts.clock ?? realClock;
  // A call rings before its first line; a thread that starts with a text message does not.
  const first = session.scenario.turns[session.scenario.start];
  const ringing = (first?.channel ?? session.scenario.channel) === 'call';
  // A thread that opens on a message starts before the first render, so the first frame already
  // shows the message and the reply box (an effect would draw an empty screen first, then redraw).
  const [state, dispatch] = useReducer(reduce, ringing, (rings: boolean) => {
    const empty = initialState(rings);
    if (rings || session.started) return empty;
    return reduce(empty, { type: 'events', events: session.start(), instant: opts.instant });
  });
  const [secondsLeft, setSecondsLeft] = useState<number | undefined>(undefined);
  const lastTick = useRef(clock.now());

  const feed = useCallback((events: SessionEvent[]) => {
    if (events.length) dispatch({ type: 'events', events, instant: opts.instant });
  }, [opts.instant]);

  const safely = useCallback((fn: () => SessionEvent[]) => {
    try {
      feed(fn());
    } catch (e) {
      if (e instanceof SessionError) dispatch({ type: 'notice', text: t(e.code, session.lang, e.holes) });
      else throw e;
    }
    lastTick.current = clock.now();
  }, [feed, clock]);

  const answer = useCallback(() => {
    dispatch({ type: 'answered' });
    if (!session.started) safely(() => session.start());
    else if (opts.instant) dispatch({ type: 'revealAll' });
  }, [session, safely, opts.instant]);

  const decline = useCallback(() => {
    if (session.ended) return;
    // The line behind the ringing is never heard: hang up at once, shown without delay.
    dispatch({ type: 'declined' });
    safely(() => {
      const opening = session.started ? [] : session.start().filter((e) => e.type !== 'line');
      return [...opening, ...session.reply({ known: { intent: 'hangup' }, text: t('declined', session.lang) })];
    });
    dispatch({ type: 'revealAll' });
  }, [session, safely]);

  const send = useCallback((text: string) => {
    if (!session.started || session.ended) return;
    dispatch({ type: 'revealAll' });
    safely(() => session.reply(text));
  }, [session, safely]);

  const choose = useCallback((n: number) => {
    if (!session.started || session.ended) return;
    dispatch({ type: 'revealAll' });
    safely(() => session.reply({ choice: n }));
  }, [session, safely]);

  // Typing delay: reveal queued lines one by one.
  const next = state.phase === 'incoming' ? undefined : state.queue[0];
  useEffect(() => {
    if (!next) return;
    return clock.after(typingDelay(next), () => dispatch({ type: 'reveal' }));
  }, [next, clock]);

  // Pressure: silence counts only while the line is on screen and the person could answer.
  const typing = state.queue.length > 0 && state.phase !== 'incoming';
  const listening = state.phase === 'talking' && !typing;
  useEffect(() => {
    lastTick.current = clock.now();
    if (!listening) {
      setSecondsLeft(undefined);
      return;
    }
    const tick = () => {
      const now = clock.now();
      const elapsed = now - lastTick.current;
      lastTick.current = now;
      if (session.ended || !session.started) return;
      if (session.msUntilPressure !== undefined && elapsed > 0) feed(session.advance(elapsed));
      const ms = session.ended ? undefined : session.msUntilPressure;
      setSecondsLeft(ms === undefined ? undefined : Math.ceil(ms / 1000));
    };
    tick();
    return clock.every(opts.tickMs ?? 250, tick);
  }, [listening, session, clock, feed, opts.tickMs, state.shown.length]);

  return { state, typing, secondsLeft, answer, decline, send, choose };
}
