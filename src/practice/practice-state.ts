// What the conversation screen shows, as a pure reducer over engine events. The hook feeds it
// the events a Session returns; the reducer decides what is on screen, what is still "typing",
// and which flags the coach panel lists.
import type { SessionEvent } from '../core/session';
import type { Channel, Outcome } from '../core/schema';

export type Item =
  | { kind: 'line'; speaker: string; text: string; channel: Channel; step: number; gap?: string }
  | { kind: 'you'; text: string; choice?: number }
  | { kind: 'silence'; seconds: number }
  | { kind: 'end'; text: string; outcome: Outcome };

export interface PanelRow {
  flag: string;
  verdict: 'caught' | 'missed' | 'open';
  critical: boolean;
  /** The line it was said on, whose own words for it (a turn's `why`) the panel shows. */
  turn: string;
  step: number;
}

export interface PracticeState {
  /**
   * incoming: the phone rings (at the start of a call, or when a text thread turns into a call);
   * talking: replies go to the session; over: it ended.
   */
  phase: 'incoming' | 'talking' | 'over';
  /** The medium of the last scammer line, to notice when the scam moves to a phone call. */
  channel?: Channel;
  shown: Item[];
  /** Scammer lines already in the session but not yet on screen (the typing delay). */
  queue: Item[];
  /** Flag occurrences not yet judged, in the order they were said. */
  open: { flag: string; step: number; turn: string }[];
  /** Coach panel: what the last reply decided, and what is still open. */
  panel: PanelRow[];
  notice?: string;
}

export type Action =
  | { type: 'answered' }
  /** The call was declined: the line waiting behind the ringing is never heard. */
  | { type: 'declined' }
  | { type: 'events'; events: readonly SessionEvent[]; instant: boolean }
  | { type: 'reveal' }
  | { type: 'revealAll' }
  | { type: 'notice'; text: string };

export const initialState = (ringing: boolean): PracticeState => ({
  ...(ringing ? { channel: 'call' as const } : {}),
  phase: ringing ? 'incoming' : 'talking',
  shown: [],
  queue: [],
  open: [],
  panel: [],
});

/** Transcript rows kept in memory; the screen shows only the last few that fit anyway. */
export const KEEP_ITEMS = 200;

export function reduce(state: PracticeState, action: Action): PracticeState {
  switch (action.type) {
    case 'answered':
      return { ...state, phase: 'talking' };
    case 'declined':
      return { ...state, phase: 'talking', queue: [] };
    case 'notice':
      return { ...state, notice: action.text };
    case 'reveal': {
      const [first, ...rest] = state.queue;
      return first ? { ...state, shown: keep([...state.shown, first]), queue: rest } : state;
    }
    case 'revealAll':
      return state.queue.length ? { ...state, shown: keep([...state.shown, ...state.queue]), queue: [] } : state;
    case 'events':
      return applyEvents(state, action.events, action.instant);
  }
}

function applyEvents(state: PracticeState, events: readonly SessionEvent[], instant: boolean): PracticeState {
  let { shown, queue, open, panel, phase, channel } = state;
  const replied = events.some((e) => e.type === 'reply');
  const decided: PanelRow[] = [];
  // Anything the person says lands after lines still "typing": reveal those first.
  const put = (item: Item, delayed: boolean) => {
    if (delayed && (!instant || phase === 'incoming')) queue = [...queue, item];
    else if (queue.length) {
      shown = [...shown, ...queue, item];
      queue = [];
    } else shown = [...shown, item];
  };
  for (const e of events) {
    switch (e.type) {
      case 'line':
        // A text thread that turns into a call rings first; the line waits until answered.
        if (e.channel === 'call' && channel !== undefined && channel !== 'call') phase = 'incoming';
        channel = e.channel;
        put({ kind: 'line', speaker: e.speaker, text: e.text, channel: e.channel, step: e.step, ...(e.gap ? { gap: e.gap } : {}) }, true);
        open = [...open, ...e.flags.map((flag) => ({ flag, step: e.step, turn: e.turn }))];
        break;
      case 'reply':
        put({ kind: 'you', text: e.text, ...(e.choice ? { choice: e.choice } : {}) }, false);
        break;
      case 'silence':
        put({ kind: 'silence', seconds: e.seconds }, false);
        break;
      case 'verdict':
        decided.push({ flag: e.flag, verdict: e.verdict, critical: e.critical, turn: e.turn, step: e.step });
        open = open.filter((o) => !(o.flag === e.flag && o.step === e.step));
        break;
      case 'end':
        put({ kind: 'end', text: e.text, outcome: e.outcome }, true);
        phase = 'over';
        open = [];
        break;
    }
  }
  if (replied) {
    // Flags said before this reply and still undecided stay "open" on the panel.
    const newSteps = new Set(events.flatMap((e) => (e.type === 'line' ? [e.step] : [])));
    const stillOpen = open.filter((o) => !newSteps.has(o.step)).map((o): PanelRow => ({ ...o, verdict: 'open', critical: false }));
    panel = onePerFlag([...decided, ...stillOpen]);
  } else if (decided.length) {
    panel = onePerFlag(decided);
  }
  return { ...state, phase, channel, shown: keep(shown), queue, open, panel, notice: undefined };
}

/** Which verdict a flag shows when it was said on several lines: a miss is the news, then a catch. */
const RANK = { missed: 0, caught: 1, open: 2 } as const;

/**
 * The panel names each flag once, even when several lines said it: with the verdict that matters
 * most, a secret if any went with it, and the words of the latest line that said it.
 */
export function onePerFlag(rows: readonly PanelRow[]): PanelRow[] {
  const byFlag = new Map<string, PanelRow>();
  for (const r of rows) {
    const seen = byFlag.get(r.flag);
    if (!seen) {
      byFlag.set(r.flag, r);
      continue;
    }
    const latest = r.step > seen.step ? r : seen;
    const verdict = RANK[r.verdict] < RANK[seen.verdict] ? r.verdict : seen.verdict;
    byFlag.set(r.flag, { ...seen, verdict, critical: seen.critical || r.critical, turn: latest.turn, step: latest.step });
  }
  return [...byFlag.values()];
}

const keep = (items: Item[]) => (items.length > KEEP_ITEMS ? items.slice(-KEEP_ITEMS) : items);

/** How long a line "types" before it appears: longer lines take a little longer, never long. */
export function typingDelay(item: Item): number {
  if (item.kind !== 'line' && item.kind !== 'end') return 0;
  return Math.min(1600, 350 + 18 * [...item.text].length);
}
