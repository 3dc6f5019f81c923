// What a participant's screen shows, as a pure reducer over host messages (tested without Ink).
import type { Debrief } from '../../core/debrief';
import type { LeakKind } from '../../core/constants';
import { choiceNumber } from '../../core/reply';
import { MAX_REPLY_CHARS } from '../../core/reply';
import { maskReply } from '../web/mask';
import { type DrillInfo, type ErrorCode, type FlagShare, type LineView, type ServerMessage, type VerdictView } from '../protocol';

export interface ParticipantState {
  phase: 'connecting' | 'waiting' | 'line' | 'ended' | 'kicked';
  drill?: DrillInfo;
  pid?: string;
  name?: string;
  token?: string;
  line?: LineView;
  /** When the line arrived (local clock), for the countdown. */
  lineAt?: number;
  answered: boolean;
  verdicts: VerdictView[];
  revealed: FlagShare[];
  debrief?: Debrief;
  /** What the host last turned down; the screen says it in the drill's language (drill/words.ts). */
  error?: ErrorCode;
  /** A before/after check to fill in now: it takes the screen until it is saved. */
  check?: Extract<ServerMessage, { t: 'check' }>;
  /** A check was saved (the thanks stay until the next line). */
  checkSaved?: boolean;
}

export const initialParticipant: ParticipantState = { phase: 'connecting', answered: false, verdicts: [], revealed: [] };

export function participantReducer(s: ParticipantState, m: ServerMessage, now = Date.now()): ParticipantState {
  switch (m.t) {
    case 'welcome':
      return { ...s, phase: s.phase === 'connecting' ? 'waiting' : s.phase, drill: m.drill, pid: m.pid, name: m.name, token: m.token, error: undefined };
    case 'line': {
      const fresh = s.line?.step !== m.line.step;
      return { ...s, phase: 'line', line: m.line, lineAt: now, answered: !!m.answered, ...(fresh ? { verdicts: [], revealed: [], checkSaved: false } : {}), error: undefined };
    }
    case 'ack':
      // One answer per line, so one ack: sent again on a rejoin, it replaces what was shown rather than adding to it.
      return { ...s, answered: true, verdicts: m.verdicts ?? [], error: undefined };
    case 'revealed':
      return { ...s, revealed: m.flags };
    case 'debrief':
      return { ...s, debrief: m.debrief };
    case 'ended':
      return { ...s, phase: 'ended' };
    case 'kicked':
      return { ...s, phase: 'kicked' };
    case 'check':
      return { ...s, check: m, checkSaved: false };
    case 'check-saved':
      return { ...s, check: undefined, checkSaved: true, error: undefined };
    case 'error':
      return { ...s, error: m.code };
    default:
      return s;
  }
}

type WordsMessage = { t: 'answer'; step: number; text: string; leaks: LeakKind[] };

/** A typed line: "#2" (or "2", when the line shows numbered answers) picks that answer, anything else is said in one's own words. */
export function answerFor(text: string, line: Pick<LineView, 'step' | 'choices'>): { t: 'choose'; step: number; choice: number } | WordsMessage | undefined {
  const v = text.trim();
  if (!v) return undefined;
  const choice = choiceNumber(v, { bare: line.choices.length > 0 });
  return choice !== undefined ? { t: 'choose', step: line.step, choice } : wordsMessage(line.step, v);
}

/**
 * One's own words as sent to the host: masked here, as the web page masks them, so a secret never
 * crosses the network; `leaks` tells the host what was given away. Undefined when nothing is left.
 */
export function wordsMessage(step: number, text: string): WordsMessage | undefined {
  const m = maskReply(text);
  return m.text ? { t: 'answer', step, text: m.text.slice(0, MAX_REPLY_CHARS), leaks: m.leaks } : undefined;
}
