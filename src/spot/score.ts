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

/** d′ with the log-linear correction: finite for any counts, 0 when there are no lines at all. */
export function dPrime(t: Tally): number {
  const h = (t.hit + 0.5) / (t.hit + t.miss + 1);
  const f = (t.falseAlarm + 0.5) / (t.falseAlarm + t.correctRejection + 1);
  return probit(h) - probit(f);
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

/**
 * The inverse of the standard normal distribution function (Acklam's rational approximation,
 * relative error below 1.2e-9), for 0 < p < 1.
 */
export function probit(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probit(${p}): p must be between 0 and 1`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const tail = (q: number) => (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

export type Band = 'bandGuess' | 'bandWeak' | 'bandFair' | 'bandGood';

/** d′ in words: below 0.5 is about guessing; 1 is fair and 2 is good (conventional landmarks). */
export function band(d: number): Band {
  return d < 0.5 ? 'bandGuess' : d < 1 ? 'bandWeak' : d < 2 ? 'bandFair' : 'bandGood';
}
