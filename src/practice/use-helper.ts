// The bridge between a HelperSession and React, for the helper role's screen: its events go to the
// practice screen's reducer (the person's answers and questions are lines of the call, said by the
// person), with the same typing delay. No pressure clock: the person waits for the advice.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { HelperEvent, HelperSession } from '../core/helper';
import type { ReplyInput } from '../core/reply';
import type { Channel, Lang } from '../core/schema';
import { SessionError, type SessionEvent } from '../core/session';
import { t } from '../words/labels';
import { realClock, type Clock } from './clock';
import { initialState, reduce, typingDelay } from './practice-state';

export interface HelperControls {
  state: ReturnType<typeof initialState>;
  typing: boolean;
  send(text: string): void;
  choose(n: number): void;
}

/**
 * Helper events as the reducer takes them: the person's answer and question are lines by the
 * person; a caller's line shows no flags of its own, since the learner is judged only on the lines
 * the person asks about, whose flags come with the question.
 */
export function asPracticeEvents(events: readonly HelperEvent[], lang: Lang, last: { channel: Channel; step: number }): SessionEvent[] {
  return events.map((e): SessionEvent => {
    switch (e.type) {
      case 'line':
        last.channel = e.channel;
        last.step = e.step;
        return { ...e, flags: [] };
      case 'person':
        return { type: 'line', turn: e.turn, step: last.step, speaker: e.speaker, channel: last.channel, text: e.text, flags: [], choices: [] };
      case 'ask':
        return { type: 'line', turn: e.turn, step: e.step, speaker: t('helperToYou', lang, { who: e.speaker }), channel: last.channel, text: e.text, flags: e.flags, choices: [] };
      default:
        return e;
    }
  });
}

export function useHelper(session: HelperSession, opts: { instant: boolean; clock?: Clock }): HelperControls {
  const clock = opts.clock ?? realClock;
  const last = useRef({ channel: session.scenario.channel, step: 0 });
  const events = useCallback((happened: readonly HelperEvent[]) => ({ type: 'events' as const, events: asPracticeEvents(happened, session.lang, last.current), instant: opts.instant }), [session, opts.instant]);
  // The call starts before the first render: the first frame already shows it up to the question.
  const [state, dispatch] = useReducer(reduce, undefined, () => reduce(initialState(false), events(session.started ? session.events : session.start())));

  const advise = useCallback((input: ReplyInput) => {
    if (!session.asking) return;
    dispatch({ type: 'revealAll' });
    try {
      const happened = session.advise(input);
      if (happened.length) dispatch(events(happened));
    } catch (e) {
      if (e instanceof SessionError) dispatch({ type: 'notice', text: t(e.code, session.lang, e.holes) });
      else throw e;
    }
  }, [session, events]);

  // The person answers the phone, not the learner: a thread that turns into a call does not ring here.
  useEffect(() => {
    if (state.phase !== 'incoming') return;
    dispatch({ type: 'answered' });
    if (opts.instant) dispatch({ type: 'revealAll' });
  }, [state.phase, opts.instant]);

  // Typing delay: reveal queued lines one by one.
  const next = state.queue[0];
  useEffect(() => {
    if (!next) return;
    return clock.after(typingDelay(next), () => dispatch({ type: 'reveal' }));
  }, [next, clock]);

  return {
    state,
    typing: state.queue.length > 0,
    send: useCallback((text: string) => advise(text), [advise]),
    choose: useCallback((n: number) => advise({ choice: n }), [advise]),
  };
}
