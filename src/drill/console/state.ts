// What the trainer console shows, as a pure reducer over host messages (tested without Ink).
import type { DrillInfo, ErrorCode, FlagShare, LineView, RoomResults, RosterEntry, ServerMessage, Tally } from '../protocol';

export interface TrainerState {
  connected: boolean;
  /** The drill as the host describes it: its scenario's title heads the projected screen. */
  drill?: DrillInfo;
  line?: LineView;
  lineAt?: number;
  flags: string[];
  tally?: Tally;
  roster: RosterEntry[];
  revealed: FlagShare[];
  rssMb?: number;
  results?: RoomResults;
  ended?: 'finished' | 'stopped';
  /** What the host last turned down; the console says it in the drill's language (drill/words.ts). */
  error?: ErrorCode;
}

export const initialTrainer: TrainerState = { connected: false, flags: [], roster: [], revealed: [] };

export function trainerReducer(s: TrainerState, m: ServerMessage, now = Date.now()): TrainerState {
  switch (m.t) {
    case 'trainer-ok':
      return { ...s, connected: true, drill: m.drill };
    case 'line': {
      const fresh = s.line?.step !== m.line.step;
      // What the host turned down was about the line before (a tie, a closed line): a new line clears it.
      return { ...s, line: m.line, lineAt: now, flags: m.flags ?? s.flags, ...(fresh ? { revealed: [], tally: undefined, error: undefined } : {}) };
    }
    case 'tally':
      return { ...s, tally: m.tally };
    case 'roster':
      return { ...s, roster: m.participants };
    case 'revealed':
      return { ...s, revealed: m.flags };
    case 'status':
      return { ...s, rssMb: m.rssMb };
    case 'results':
      return { ...s, results: m.results };
    case 'ended':
      return { ...s, ended: m.reason };
    case 'error':
      return { ...s, error: m.code };
    default:
      return s;
  }
}
