// The room's answer to a line, as pure functions over the answers given: the tally by intent and by
// numbered answer, and the majority the room's conversation follows, or a tie for the trainer to break.
import { CONFIDENT } from '../core/reader';
import type { ReadingFacts } from '../core/judge';
import type { Intent } from '../core/constants';
import type { Turn } from '../core/schema';
import type { RoomPick, Tally } from './protocol';

/** What of an answer the count needs: how it was read, and the numbered answer if one was picked. */
export interface Answer extends ReadingFacts {
  choice?: number;
}

/**
 * What the room's answer to a line is: one pick; a tie the trainer has to break; or, in a drill that
 * follows the trainer (`--branch trainer`), the answers given, most common first, for the trainer to pick from.
 */
export type Majority = { pick: RoomPick } | { tie: RoomPick[] } | { trainer: RoomPick[] };

/**
 * The most common reading of `answers` (in the order given). An answer read without confidence
 * counts as unclear, not as the intent the reader guessed, so the room takes the route practice
 * would take for it. Readings (or numbered answers) that share the top count are a tie when they
 * lead to different places (`placeOf`); when they all lead to one place, the one given first stands
 * for them. No answer at all: silence.
 */
export function majorityOf(answers: readonly Answer[], placeOf: (pick: RoomPick) => string): Majority {
  if (!answers.length) return { pick: { silence: true } };
  const ranked = rankedGroups(answers);
  const top = ranked[0]![1].length;
  const picks = ranked.filter(([, g]) => g.length === top).flatMap(([key, g]) => groupPicks(key, g));
  return new Set(picks.map(placeOf)).size > 1 ? { tie: picks } : { pick: picks[0]! };
}

/** Every reading the room gave (its numbered answers where picked), most common first: what a trainer who decides picks from. */
export function picksOf(answers: readonly Answer[]): RoomPick[] {
  return rankedGroups(answers).flatMap(([key, g]) => groupPicks(key, g));
}

/** Answers grouped by meaning, largest group first. */
function rankedGroups(answers: readonly Answer[]): [Intent | 'unclear', Answer[]][] {
  const groups = new Map<Intent | 'unclear', Answer[]>();
  for (const a of answers) {
    const key = a.leaks.length || a.confidence >= CONFIDENT ? a.intent : 'unclear';
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  // Groups are in the order of their first answer, and sort keeps that order among equals.
  return [...groups.entries()].sort((x, y) => y[1].length - x[1].length);
}

/** How the conversation reads a pick: a numbered answer's own reading, the room's intent, or (unclear, silence without a timer) no clear reading. */
export function reading(turn: Turn, pick: RoomPick): ReadingFacts {
  if ('choice' in pick) {
    const c = turn.choices![pick.choice - 1]!;
    return { intent: c.intent, confidence: 1, leaks: c.leak ? [c.leak] : [] };
  }
  if ('intent' in pick) return { intent: pick.intent, confidence: 1, leaks: pick.leaks ?? [] };
  return { intent: 'stall', confidence: 0, leaks: [] };
}

/** The picks one group of same-meaning answers stands for: its most picked numbered answers (all that share the top count), else its reading. */
function groupPicks(key: Intent | 'unclear', group: readonly Answer[]): RoomPick[] {
  if (key === 'unclear') return [{ unclear: true }];
  const byChoice = new Map<number, number>();
  for (const a of group) if (a.choice) byChoice.set(a.choice, (byChoice.get(a.choice) ?? 0) + 1);
  if (byChoice.size) {
    const most = Math.max(...byChoice.values());
    return [...byChoice.entries()].filter(([, n]) => n === most).map(([choice]) => ({ choice }));
  }
  const leaks = [...new Set(group.flatMap((a) => a.leaks))].filter((k) => group.filter((a) => a.leaks.includes(k)).length * 2 > group.length);
  return [leaks.length ? { intent: key, leaks } : { intent: key }];
}

export function countAnswers(answers: readonly Answer[]): Pick<Tally, 'byIntent' | 'byChoice'> {
  const byIntent: Tally['byIntent'] = {};
  const byChoice: Tally['byChoice'] = {};
  for (const a of answers) {
    byIntent[a.intent] = (byIntent[a.intent] ?? 0) + 1;
    if (a.choice) byChoice[`#${a.choice}`] = (byChoice[`#${a.choice}`] ?? 0) + 1;
  }
  return { byIntent, byChoice };
}
