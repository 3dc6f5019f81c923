// Scoring a spot drill, as signal detection: each caller line either shows a red flag (signal) or
// not (noise), and the learner either marked it or not. Pure: no words, no UI.
//
//                  marked          not marked
//   red flag       hit             miss
//   no red flag    false alarm     correct rejection
//
// Discernment is d′ = z(hit rate) − z(false-alarm rate), with the log-linear correction (Hautus
// 1995): 0.5 is added to every cell, so a perfect or empty row still gives a finite score. Marking
// every line (or none) gives d′ near 0 whatever the mix: telling the two apart is what scores.
// Beside it, in plain words: the share of red-flag lines marked minus the share of other lines
// marked (Snodgrass & Corwin's Pr), in percentage points.
import { dPrime as discernment, probit } from '../check/score';

export { probit };

export interface Mark {
  marked: boolean;
  /** The red flag the learner named for a marked line (a catalogue id), if they named one. */
  name?: string;
}

export type LineOutcome = 'hit' | 'miss' | 'falseAlarm' | 'correctRejection';
export type Naming = 'right' | 'wrong';

export const OUTCOMES: readonly LineOutcome[] = ['hit', 'miss', 'falseAlarm', 'correctRejection'];

/** What a mark on a line with these red flags counts as. A real call's lines have none. */
export function outcomeOf(red: readonly string[], mark: Mark): LineOutcome {
  if (red.length) return mark.marked ? 'hit' : 'miss';
  return mark.marked ? 'falseAlarm' : 'correctRejection';
}

/** Whether the name given for a hit is one of the line's red flags; nothing for an unnamed mark or any other line. */
export function namingOf(red: readonly string[], mark: Mark): Naming | undefined {
  if (!mark.marked || !red.length || mark.name === undefined) return undefined;
  return red.includes(mark.name) ? 'right' : 'wrong';
}

export type Tally = Record<LineOutcome, number> & { namedRight: number; namedWrong: number };

export function tally(lines: readonly { red: readonly string[]; mark: Mark }[]): Tally {
  const t: Tally = { hit: 0, miss: 0, falseAlarm: 0, correctRejection: 0, namedRight: 0, namedWrong: 0 };
  for (const { red, mark } of lines) {
    t[outcomeOf(red, mark)]++;
    const naming = namingOf(red, mark);
    if (naming === 'right') t.namedRight++;
    else if (naming === 'wrong') t.namedWrong++;
  }
  return t;
}

/** d′ with the log-linear correction (the same measure the before/after check reports). */
export function dPrime(t: Tally): number {
  return discernment(t.hit, t.hit + t.miss, t.falseAlarm, t.falseAlarm + t.correctRejection);
}

/** The plain rates (no correction), or null for a kind of line the drill did not have. */
export function rates(t: Tally): { hitRate: number | null; falseAlarmRate: number | null } {
  const signal = t.hit + t.miss;
  const noise = t.falseAlarm + t.correctRejection;
  return { hitRate: signal ? t.hit / signal : null, falseAlarmRate: noise ? t.falseAlarm / noise : null };
}

/** Hits − false alarms as rates, in whole percentage points; null unless the drill had both kinds of line. */
export function hitsMinusFalseAlarms(t: Tally): number | null {
  const { hitRate, falseAlarmRate } = rates(t);
  return hitRate === null || falseAlarmRate === null ? null : Math.round(100 * hitRate) - Math.round(100 * falseAlarmRate);
}

export type Band = 'bandGuess' | 'bandWeak' | 'bandFair' | 'bandGood';

/** d′ in words: below 0.5 is about guessing; 1 is fair and 2 is good (conventional landmarks). */
export function band(d: number): Band {
  return d < 0.5 ? 'bandGuess' : d < 1 ? 'bandWeak' : d < 2 ? 'bandFair' : 'bandGood';
}
