// The organisation's report as data: from the stored rows (store/results.ts) to the most-missed red
// flags, the outcome shares and the scores over time, for everything and again per scenario and
// per site, and the before/after check's effect where checks were taken. Pure: no I/O, no clock.
// Every format (text, HTML, JSON, CSV) renders this one object; its JSON shape is docs/report-json.md.
import type { Lang } from '../core/constants';
import type { Catalogue } from '../core/schema';
import { buildReport, type GroupReport, type TakenForm } from '../check/report';
import type { CheckRow, FlagRow, ResultFilter, ResultRow, StoredResults } from '../store/results';
import { outcomeWord, t } from '../words/labels';
import { dayOf, periodFor, periodLabel, periodsBetween, periodStart, type Period } from './period';

/** The outcomes in the order every chart and table shows them. */
export const OUTCOME_ORDER = ['safe', 'loss', 'leak', 'unfinished'] as const;
export type ReportOutcome = (typeof OUTCOME_ORDER)[number];

export interface FlagShare {
  id: string;
  /** In the report's language. */
  name: string;
  /** Times the flag was missed (or still open at the end of a practice). */
  missed: number;
  /** Times it was judged at all. */
  seen: number;
  /** missed / seen, 0 to 1. */
  share: number;
}

export interface OutcomeShare {
  outcome: ReportOutcome;
  name: string;
  count: number;
  share: number;
}

export interface PeriodScore {
  /** The period's first day (YYYY-MM-DD). */
  start: string;
  label: string;
  results: number;
  /** Mean score 0 to 100; null for a period without results. */
  meanScore: number | null;
}

export interface Section {
  results: number;
  meanScore: number | null;
  /** Red flags (not a real call's green ones), most missed first. */
  flags: FlagShare[];
  outcomes: OutcomeShare[];
  scores: PeriodScore[];
}

export interface Group extends Section {
  /** A scenario id, or a site as stored ('' for results without a site). */
  key: string;
  name: string;
}

export type CheckGroup = Omit<GroupReport, 'group'> & { key: string; name: string };

export interface CheckSummary {
  overall: CheckGroup;
  /** Checks taken in drills, by the drill's site and by its scenario. */
  bySite: CheckGroup[];
  byScenario: CheckGroup[];
}

export interface Summary {
  /** Bumped when a field changes meaning or goes away. */
  version: 1;
  lang: Lang;
  filter: ResultFilter;
  /** The days covered: the filter's, else the first and last result's; null with no results. */
  span: { from: string; to: string } | null;
  period: Period;
  counts: { results: number; practices: number; drillResults: number; drills: number };
  overall: Section;
  byScenario: Group[];
  bySite: Group[];
  /** The before/after check; null when no check result is in the period. */
  checks: CheckSummary | null;
}

export interface SummaryInput {
  stored: StoredResults;
  filter: ResultFilter;
  lang: Lang;
  catalogue: Catalogue;
  /** Scenario titles in the report's language, by id (a scenario not in it is named by its id). */
  titles: Readonly<Record<string, string>>;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

export function buildSummary(input: SummaryInput): Summary {
  const { stored, filter, lang, catalogue, titles } = input;
  const days = [...stored.results, ...stored.flags].map((r) => dayOf(r.at)).sort();
  const from = filter.since ?? days[0];
  const to = filter.until ?? days.at(-1);
  const span = from && to ? { from, to } : null;
  const period = span ? periodFor(span.from, span.to) : 'week';
  const periods = span ? periodsBetween(span.from, span.to, period) : [];
  const isRed = (flag: string) => catalogue.flags[flag]?.green !== true;
  const flagName = (id: string) => catalogue.flags[id]?.name[lang] ?? id;

  const section = (results: readonly ResultRow[], flags: readonly FlagRow[]): Section => ({
    results: results.length,
    meanScore: mean(results.map((r) => r.score)),
    flags: flagShares(flags.filter((f) => isRed(f.flag)), flagName),
    outcomes: OUTCOME_ORDER.map((outcome) => {
      const count = results.filter((r) => r.outcome === outcome).length;
      return { outcome, name: outcomeWord(outcome, false, lang), count, share: results.length ? count / results.length : 0 };
    }),
    scores: periods.map((start) => {
      const inside = (byPeriod(results).get(start) ?? []).map((r) => r.score);
      return { start, label: periodLabel(start, period), results: inside.length, meanScore: mean(inside) };
    }),
  });
  // Each row's period worked out once, not once per section that counts it.
  const periodOf = new Map(stored.results.map((r) => [r, periodStart(r.at, period)]));
  const byPeriod = (rows: readonly ResultRow[]) => groupBy(rows, (r) => periodOf.get(r)!);

  const groups = (key: (r: { scenario: string; site: string }) => string, name: (k: string) => string): Group[] => {
    const results = groupBy(stored.results, key);
    const flags = groupBy(stored.flags, key);
    return [...new Set([...results.keys(), ...flags.keys()])]
      .map((k) => ({ key: k, name: name(k), ...section(results.get(k) ?? [], flags.get(k) ?? []) }))
      .sort((a, b) => b.results - a.results || a.key.localeCompare(b.key));
  };
  const siteName = (s: string) => s || t('reportNoSite', lang);

  return {
    version: 1,
    lang,
    filter,
    span,
    period,
    counts: {
      results: stored.results.length,
      practices: stored.results.filter((r) => r.source === 'practice').length,
      drillResults: stored.results.filter((r) => r.source === 'drill').length,
      drills: new Set(stored.results.flatMap((r) => (r.drill ? [r.drill] : []))).size,
    },
    overall: section(stored.results, stored.flags),
    byScenario: groups((r) => r.scenario, (id) => titles[id] ?? id),
    bySite: groups((r) => r.site, siteName),
    checks: stored.checks.length ? checkSummary(stored.checks, (id) => titles[id] ?? id, siteName, lang) : null,
  };
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function flagShares(rows: readonly FlagRow[], name: (id: string) => string): FlagShare[] {
  const by = new Map<string, { missed: number; seen: number }>();
  for (const r of rows) {
    const c = by.get(r.flag) ?? { missed: 0, seen: 0 };
    c.seen++;
    if (r.verdict !== 'caught') c.missed++;
    by.set(r.flag, c);
  }
  return [...by]
    .map(([id, c]) => ({ id, name: name(id), missed: c.missed, seen: c.seen, share: c.missed / c.seen }))
    .sort((a, b) => b.missed - a.missed || b.share - a.share || a.id.localeCompare(b.id));
}

/** The check's per-group report (check/report.ts) over the groups the report shows: everyone, each site, each scenario. */
function checkSummary(rows: readonly CheckRow[], scenarioName: (id: string) => string, siteName: (s: string) => string, lang: Lang): CheckSummary {
  // A person is one person within their own check group, whatever group the report puts them in.
  const regroup = (r: CheckRow, group: string): TakenForm => ({ takenAt: r.takenAt, group, person: JSON.stringify([r.group, r.person]), form: r.form, phase: r.phase, answers: r.answers });
  const named = (g: GroupReport, name: (k: string) => string): CheckGroup => {
    const { group, ...rest } = g;
    return { key: group, name: name(group), ...rest };
  };
  const byGroup = (key: (d: NonNullable<CheckRow['drill']>) => string, name: (k: string) => string) =>
    buildReport(rows.flatMap((r) => (r.drill ? [regroup(r, key(r.drill))] : []))).groups.map((g) => named(g, name)).sort((a, b) => b.paired - a.paired || a.key.localeCompare(b.key));
  const overall = buildReport(rows.map((r) => regroup(r, ''))).groups[0]!;
  return {
    overall: named(overall, () => t('reportEveryone', lang)),
    bySite: byGroup((d) => d.site, siteName),
    byScenario: byGroup((d) => d.scenario, scenarioName),
  };
}
