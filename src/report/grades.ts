// One row per learner when a folder of answers files is graded, and what the rows add up to.
import type { Debrief } from '../core/debrief';
import type { Lang } from '../core/schema';
import { t } from '../words/labels';

export interface GradeRow {
  /** The answers file name without its extension. */
  learner: string;
  file: string;
  /** `error` when the file could not be played (the message says why). */
  outcome: Debrief['outcome'] | 'error';
  caught: number | null;
  missed: number | null;
  open: number | null;
  score: number | null;
  amountLost: number | null;
  currency: string | null;
  /** Flag ids this learner missed, each once, in the order met. */
  missedFlags: string[];
  /** The same flags' names, in the report's language. */
  missedFlagNames: string[];
  error?: string;
}

export interface GradeSummary {
  learners: number;
  safe: number;
  loss: number;
  leak: number;
  unfinished: number;
  error: number;
  /** Mean score of the learners whose file played, one decimal; null if none did. */
  meanScore: number | null;
  /** The flags missed by most learners, most first (at most five). */
  mostMissed: { id: string; name: string; learners: number }[];
}

export function rowFromDebrief(learner: string, file: string, d: Debrief): GradeRow {
  const missed = new Map(d.flags.filter((f) => f.verdict === 'missed').map((f) => [f.id, f.name]));
  return {
    learner,
    file,
    outcome: d.outcome,
    caught: d.caught,
    missed: d.missed,
    open: d.open,
    score: d.score,
    amountLost: d.amountLost,
    currency: d.currency,
    missedFlags: [...missed.keys()],
    missedFlagNames: [...missed.values()],
  };
}

export function errorRow(learner: string, file: string, message: string): GradeRow {
  return { learner, file, outcome: 'error', caught: null, missed: null, open: null, score: null, amountLost: null, currency: null, missedFlags: [], missedFlagNames: [], error: message };
}

export function summarize(rows: GradeRow[], flagName: (id: string) => string): GradeSummary {
  const count = (o: GradeRow['outcome']) => rows.filter((r) => r.outcome === o).length;
  const scored = rows.flatMap((r) => (r.score === null ? [] : [r.score]));
  const misses = new Map<string, number>();
  for (const r of rows) for (const id of r.missedFlags) misses.set(id, (misses.get(id) ?? 0) + 1);
  return {
    learners: rows.length,
    safe: count('safe'),
    loss: count('loss'),
    leak: count('leak'),
    unfinished: count('unfinished'),
    error: count('error'),
    meanScore: scored.length ? Math.round((10 * scored.reduce((a, b) => a + b, 0)) / scored.length) / 10 : null,
    mostMissed: [...misses]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([id, learners]) => ({ id, name: flagName(id), learners })),
  };
}

/** A graded folder: which scenario, one row per learner, the totals. */
export interface Grades {
  scenario: string;
  title: string;
  lang: Lang;
  rows: GradeRow[];
  summary: GradeSummary;
}

/** "4 learners: 1 safe, 1 money lost, 1 error" — outcomes nobody had are left out. */
export function summaryCounts(s: GradeSummary, lang: Lang): string {
  const parts = (['safe', 'loss', 'leak', 'unfinished', 'error'] as const).filter((k) => s[k]).map((k) => `${s[k]} ${t(k, lang)}`);
  return `${s.learners} ${t('learners', lang)}: ${parts.join(', ')}`;
}

/** "Asks for a code (3/4), Rush (2/4)": how many of the learners who played missed each. */
export function mostMissedText(s: GradeSummary): string {
  const played = s.learners - s.error;
  return s.mostMissed.map((m) => `${m.name} (${m.learners}/${played})`).join(', ');
}

/** Column headings start with a capital in English; Chinese has none. */
export const heading = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
