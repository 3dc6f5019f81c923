// Where the learner is in a spot drill and what each key does to it: one pure reducer that the
// full-screen and the --plain front ends share.
import type { SpotCall } from './call';
import type { Mark } from './score';

export type Phase = 'line' | 'naming' | 'review' | 'result';

export interface SpotState {
  calls: readonly SpotCall[];
  /** The call and the line on screen. */
  call: number;
  line: number;
  phase: Phase;
  /** marks[i][j]: the mark on line j of call i, once decided. */
  marks: Mark[][];
}

export type SpotAction =
  /** Space: this line shows a red flag (the naming list opens). */
  | { type: 'mark' }
  /** No red flag on this line. */
  | { type: 'pass' }
  /** Name the marked line's red flag (an id from its options), or leave it unnamed. */
  | { type: 'name'; flag?: string }
  /** From a call's review, on to the next call or to the result. */
  | { type: 'next' };

export function startSpot(calls: readonly SpotCall[]): SpotState {
  return { calls, call: 0, line: 0, phase: calls.length ? 'line' : 'result', marks: calls.map(() => []) };
}

export function spotReducer(s: SpotState, a: SpotAction): SpotState {
  switch (s.phase) {
    case 'line':
      if (a.type === 'mark') return { ...withMark(s, { marked: true }), phase: 'naming' };
      if (a.type === 'pass') return advance(withMark(s, { marked: false }));
      return s;
    case 'naming':
      return a.type === 'name' ? advance(withMark(s, { marked: true, ...(a.flag !== undefined ? { name: a.flag } : {}) })) : s;
    case 'review':
      if (a.type !== 'next') return s;
      return s.call + 1 < s.calls.length ? { ...s, call: s.call + 1, line: 0, phase: 'line' } : { ...s, phase: 'result' };
    case 'result':
      return s;
  }
}

function withMark(s: SpotState, mark: Mark): SpotState {
  const marks = s.marks.map((m, i) => (i === s.call ? Object.assign([...m], { [s.line]: mark }) : m));
  return { ...s, marks };
}

function advance(s: SpotState): SpotState {
  const call = s.calls[s.call]!;
  return s.line + 1 < call.lines.length ? { ...s, line: s.line + 1, phase: 'line' } : { ...s, phase: 'review' };
}
