// The result of a spot drill: every line judged against its mark, and the totals. Lines never
// reached (the learner left early) are not counted.
import type { SpotCall, SpotLine } from './call';
import { dPrime, hitsMinusFalseAlarms, namingOf, outcomeOf, rates, tally, type LineOutcome, type Mark, type Naming, type Tally } from './score';

export interface LineResult {
  line: SpotLine;
  mark: Mark;
  outcome: LineOutcome;
  naming?: Naming;
}

export interface CallResult {
  call: SpotCall;
  lines: LineResult[];
}

export interface SpotResult {
  seed: number;
  calls: CallResult[];
  tally: Tally;
  /** d′; null unless the drill had lines of both kinds (a scam-only drill cannot show discernment). */
  dPrime: number | null;
  hitRate: number | null;
  falseAlarmRate: number | null;
  /** Hit rate − false-alarm rate in percentage points; null without both kinds of line. */
  hitsMinusFalseAlarms: number | null;
}

/** marks[i][j] is the mark on line j of call i; a missing one means the line was not reached. */
export function spotResult(calls: readonly SpotCall[], marks: readonly (readonly (Mark | undefined)[])[], seed: number): SpotResult {
  const judged: CallResult[] = [];
  calls.forEach((call, i) => {
    const lines: LineResult[] = [];
    call.lines.forEach((line, j) => {
      const mark = marks[i]?.[j];
      if (!mark) return;
      const naming = namingOf(line.red, mark);
      lines.push({ line, mark, outcome: outcomeOf(line.red, mark), ...(naming ? { naming } : {}) });
    });
    if (lines.length) judged.push({ call, lines });
  });
  const t = tally(judged.flatMap((c) => c.lines.map((l) => ({ red: l.line.red, mark: l.mark }))));
  const difference = hitsMinusFalseAlarms(t);
  return { seed, calls: judged, tally: t, dPrime: difference === null ? null : dPrime(t), ...rates(t), hitsMinusFalseAlarms: difference };
}
