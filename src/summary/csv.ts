// The report as one long table for a spreadsheet: a row per measure of a group (everyone, a
// scenario, a site), so a pivot table can slice it any way. UTF-8 with a byte-order mark and
// formula-safe cells, through report/csv.ts like every CSV the program writes.
import { toCsv } from '../report/csv';
import type { CheckGroup, Section, Summary } from './build';

export const SUMMARY_COLUMNS = ['by', 'group', 'group_name', 'measure', 'key', 'name', 'count', 'of', 'share', 'value', 'ci_low', 'ci_high'];

type Cell = string | number | null;
const share = (n: number) => Math.round(n * 10_000) / 10_000;
const fixed = (n: number | null | undefined, digits = 4) => (n === null || n === undefined || !Number.isFinite(n) ? null : Math.round(n * 10 ** digits) / 10 ** digits);

function sectionRows(by: string, key: string, name: string, s: Section): Cell[][] {
  const head = [by, key, name];
  return [
    [...head, 'results', '', '', s.results, null, null, fixed(s.meanScore, 2), null, null],
    ...s.flags.map((f) => [...head, 'flag', f.id, f.name, f.missed, f.seen, share(f.share), null, null, null]),
    ...s.outcomes.map((o) => [...head, 'outcome', o.outcome, o.name, o.count, s.results, share(o.share), null, null, null]),
    ...s.scores.map((p) => [...head, 'score', p.start, p.label, p.results, null, null, fixed(p.meanScore, 2), null, null]),
  ];
}

function checkRows(by: string, g: CheckGroup): Cell[][] {
  const head = [by, g.key, g.name];
  const rows: Cell[][] = [[...head, 'check', 'paired', '', g.paired, g.people, null, null, null, null]];
  if (g.before && g.after) {
    rows.push([...head, 'check', 'accuracy_before', '', g.paired, null, null, fixed(g.before.accuracy), null, null]);
    rows.push([...head, 'check', 'accuracy_after', '', g.paired, null, null, fixed(g.after.accuracy), null, null]);
    rows.push([...head, 'check', 'dprime_before', '', g.paired, null, null, fixed(g.before.dPrime), null, null]);
    rows.push([...head, 'check', 'dprime_after', '', g.paired, null, null, fixed(g.after.dPrime), null, null]);
  }
  if (g.dPrime && Number.isFinite(g.dPrime.mean)) rows.push([...head, 'check', 'dprime_change', '', g.paired, null, null, fixed(g.dPrime.mean), fixed(g.dPrime.meanCi?.[0]), fixed(g.dPrime.meanCi?.[1])]);
  if (g.accuracy && Number.isFinite(g.accuracy.mean)) rows.push([...head, 'check', 'accuracy_change_points', '', g.paired, null, null, fixed(g.accuracy.mean, 2), fixed(g.accuracy.meanCi?.[0], 2), fixed(g.accuracy.meanCi?.[1], 2)]);
  return rows;
}

export function summaryCsv(s: Summary): string {
  const rows: Cell[][] = [
    ...sectionRows('all', '', '', s.overall),
    ...s.byScenario.flatMap((g) => sectionRows('scenario', g.key, g.name, g)),
    ...s.bySite.flatMap((g) => sectionRows('site', g.key, g.name, g)),
    ...(s.checks
      ? [...checkRows('all', s.checks.overall), ...s.checks.bySite.flatMap((g) => checkRows('site', g)), ...s.checks.byScenario.flatMap((g) => checkRows('scenario', g))]
      : []),
  ];
  return toCsv(SUMMARY_COLUMNS, rows);
}
