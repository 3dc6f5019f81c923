// The before/after report: per person, the form taken before training and the one after, and the
// change; per group, the mean change with its interval, the paired effect size d_z, discernment
// before and after, and how often a scam item would have been engaged with or gone along with.
// Only people with both a before and an after are compared (docs/measuring.md, "Who is counted").
import type { KeyedResponse } from './answers';
import type { FormId, Phase } from './constants';
import { scoreSheet, type Score } from './score';
import { BOOTSTRAP, mean, pairedEffect, type PairedEffect } from './stats';

/** One form as a person filled it in (what the store keeps). */
export interface TakenForm {
  takenAt: string;
  group: string;
  person: string;
  form: FormId;
  phase: Phase;
  answers: KeyedResponse[];
}

export interface Sitting {
  form: FormId;
  takenAt: string;
  score: Score;
}

export interface PersonReport {
  group: string;
  person: string;
  /** Their first form taken before training. */
  before?: Sitting;
  /** Their last form taken after training. */
  after?: Sitting;
  /** After − before: accuracy in percentage points, and d′. */
  change?: { accuracy: number; dPrime: number };
}

/** A group at one phase, over the people who took both. Shares are 0 to 1. */
export interface Side {
  accuracy: number;
  dPrime: number;
  /** Of all scam items answered: called legitimate, unsure. */
  engaged: number;
  /** Of all scam items answered: called legitimate, fairly sure or certain. */
  converted: number;
}

export interface GroupReport {
  group: string;
  people: number;
  /** People with both a before and an after: the ones every figure below is about. */
  paired: number;
  before?: Side;
  after?: Side;
  /** Change in accuracy, in percentage points: mean, d_z and their intervals. */
  accuracy?: PairedEffect;
  /** Change in d′. */
  dPrime?: PairedEffect;
}

export interface CheckReport {
  people: PersonReport[];
  groups: GroupReport[];
}

/** How the figures are computed, as the json export states it. */
export const METHOD = {
  accuracy: 'share of the 12 items answered right',
  dPrime: 'z(hit rate) - z(false-alarm rate); a hit is a scam called a scam, a false alarm a legitimate item called a scam; rates with the log-linear correction (count + 0.5) / (n + 1)',
  engaged: 'a scam item answered "legitimate" with confidence 1 or 2 (of 4)',
  converted: 'a scam item answered "legitimate" with confidence 3 or 4 (of 4)',
  pairing: 'before: a person\'s first form taken before training; after: their last form taken after; only people with both count in a group\'s figures',
  effect: "paired Cohen's d_z = mean change / standard deviation of the changes",
  interval: `${BOOTSTRAP.level * 100}% percentile bootstrap over people, ${BOOTSTRAP.resamples} resamples, seed ${BOOTSTRAP.seed}`,
} as const;

const sitting = (t: TakenForm): Sitting => ({ form: t.form, takenAt: t.takenAt, score: scoreSheet(t.answers) });

function side(scores: readonly Score[]): Side {
  const scams = scores.reduce((s, x) => s + x.scams, 0) || 1;
  return {
    accuracy: mean(scores.map((s) => s.accuracy)),
    dPrime: mean(scores.map((s) => s.dPrime)),
    engaged: scores.reduce((s, x) => s + x.engaged, 0) / scams,
    converted: scores.reduce((s, x) => s + x.converted, 0) / scams,
  };
}

/** The report over stored results (in the order taken). */
export function buildReport(results: readonly TakenForm[]): CheckReport {
  const people = new Map<string, PersonReport>();
  for (const r of results) {
    const key = JSON.stringify([r.group, r.person]);
    const p = people.get(key) ?? { group: r.group, person: r.person };
    people.set(key, p);
    if (r.phase === 'pre') p.before ??= sitting(r);
    else p.after = sitting(r);
  }
  for (const p of people.values()) {
    if (p.before && p.after) {
      p.change = { accuracy: 100 * (p.after.score.accuracy - p.before.score.accuracy), dPrime: p.after.score.dPrime - p.before.score.dPrime };
    }
  }
  const all = [...people.values()];
  const groups = [...new Set(all.map((p) => p.group))].map((group): GroupReport => {
    const members = all.filter((p) => p.group === group);
    const paired = members.filter((p) => p.change);
    const g: GroupReport = { group, people: members.length, paired: paired.length };
    if (!paired.length) return g;
    return {
      ...g,
      before: side(paired.map((p) => p.before!.score)),
      after: side(paired.map((p) => p.after!.score)),
      accuracy: pairedEffect(paired.map((p) => p.change!.accuracy)),
      dPrime: pairedEffect(paired.map((p) => p.change!.dPrime)),
    };
  });
  return { people: all, groups };
}
