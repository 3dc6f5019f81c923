// The before/after report as text (in the person's language, 80 columns), JSON and CSV.
import type { Lang } from '../core/schema';
import { toCsv } from '../report/csv';
import { toJsonText } from '../report/json';
import { padCells } from '../report/text';
import { t, type Holes, type LabelKey } from '../words/labels';
import { METHOD, type CheckReport, type GroupReport, type PersonReport, type Side, type Sitting } from './report';
import type { ReportFormat } from './constants';
import { BOOTSTRAP, type PairedEffect } from './stats';

export const CHECK_JSON_VERSION = 1;

/** Below this many people compared, a bootstrap interval is too rough to lean on (docs/measuring.md). */
const FEW = 10;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const signed = (x: number, digits: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
/** Two decimals; a bootstrap bound can be infinite (resamples with no spread at all): ∞. */
const two = (x: number) => (Math.abs(x) === Infinity ? (x < 0 ? '−∞' : '∞') : x < 0 ? `−${Math.abs(x).toFixed(2)}` : x.toFixed(2));

export function renderReport(r: CheckReport, format: ReportFormat, lang: Lang): string {
  if (format === 'json') return toJsonText({ version: CHECK_JSON_VERSION, method: METHOD, ...r });
  if (format === 'csv') return reportCsv(r);
  return `${reportText(r, lang).join('\n')}\n`;
}

function reportText(r: CheckReport, lang: Lang): string[] {
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  if (!r.people.length) return [w('checkNoneYet')];
  const out: string[] = [];
  const groupName = (g: string) => (g ? g : w('checkNoGroup'));
  // In brackets after a figure: full-width in Chinese, as the sentence around it.
  const ci = (lo: number, hi: number, f: (x: number) => string) => {
    const text = w('checkCi', { lo: f(lo), hi: f(hi) });
    return lang === 'zh' ? `（${text}）` : ` (${text})`;
  };
  const taken = (s: Sitting | undefined) => (s ? `${pct(s.score.accuracy)} ${s.form}` : '–');
  const nameWidth = 18;
  for (const g of r.groups) {
    const people = r.people.filter((p) => p.group === g.group);
    out.push(w('checkGroupLine', { group: groupName(g.group), people: g.people, paired: g.paired }), '');
    const cols: [string, number][] = [[w('checkPerson'), nameWidth], [w('checkBefore'), 8], [w('checkAfter'), 8], [w('checkChange'), 8], [w('checkDBefore'), 10], [w('checkDAfter'), 10]];
    out.push(`  ${cols.map(([s, n]) => padCells(s, n)).join(' ').trimEnd()}`);
    for (const p of people) out.push(`  ${personCells(p, taken).map((s, i) => padCells(s, cols[i]![1])).join(' ').trimEnd()}`);
    out.push('', ...groupLines(g, lang, ci), '');
  }
  out.push(w('checkMethodShares'), w('checkMethodCi', { n: BOOTSTRAP.resamples, seed: BOOTSTRAP.seed }));
  return out;
}

function personCells(p: PersonReport, taken: (s: Sitting | undefined) => string): string[] {
  const name = [...p.person].length > 18 ? `${[...p.person].slice(0, 17).join('')}…` : p.person;
  return [name, taken(p.before), taken(p.after), p.change ? signed(p.change.accuracy, 0) : '–', p.before ? two(p.before.score.dPrime) : '–', p.after ? two(p.after.score.dPrime) : '–'];
}

function groupLines(g: GroupReport, lang: Lang, ci: (lo: number, hi: number, f: (x: number) => string) => string): string[] {
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  if (!g.paired || !g.before || !g.after || !g.accuracy || !g.dPrime) return [`  ${w('checkNoPairs')}`];
  const row = (label: LabelKey, text: string) => `  ${padCells(w(label), 16)} ${text}`;
  const arrow = (b: Side, a: Side, f: (s: Side) => string) => `${f(b)} → ${f(a)}`;
  const change = (e: PairedEffect, f: (x: number) => string, unit?: LabelKey) =>
    `${w('checkChange')} ${unit ? w(unit, { n: f(e.mean) }) : f(e.mean)}${e.meanCi ? ci(e.meanCi[0], e.meanCi[1], f) : ''}`;
  const points = (x: number) => signed(x, 1);
  const lines = [
    row('checkAccuracy', `${arrow(g.before, g.after, (s) => pct(s.accuracy))}   ${change(g.accuracy, points, 'checkPoints')}`),
    row('checkEffect', g.accuracy.dz === undefined ? w(g.paired < 2 ? 'checkFewPeople' : 'checkDzUndefined', { n: g.paired }) : `d_z = ${two(g.accuracy.dz)}${g.accuracy.dzCi ? ci(g.accuracy.dzCi[0], g.accuracy.dzCi[1], two) : ''}`),
    row('checkDiscernment', `${arrow(g.before, g.after, (s) => two(s.dPrime))}   ${change(g.dPrime, (x) => signed(x, 2))}`),
    row('checkEngaged', arrow(g.before, g.after, (s) => pct(s.engaged))),
    row('checkConverted', arrow(g.before, g.after, (s) => pct(s.converted))),
  ];
  return g.paired >= 2 && g.paired < FEW ? [...lines, `  ${w('checkRough', { n: FEW })}`] : lines;
}

const SITTING_COLUMNS = ['form', 'taken_at', 'correct', 'accuracy', 'd_prime', 'engaged', 'converted'];

function sittingCells(s: Sitting | undefined): (string | number | undefined)[] {
  if (!s) return SITTING_COLUMNS.map(() => undefined);
  const x = s.score;
  return [s.form, s.takenAt, x.correct, round(x.accuracy, 4), round(x.dPrime, 4), x.engaged, x.converted];
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** One row per person and group; group figures are in the text and JSON reports. */
function reportCsv(r: CheckReport): string {
  return toCsv(
    ['group', 'person', ...SITTING_COLUMNS.map((c) => `before_${c}`), ...SITTING_COLUMNS.map((c) => `after_${c}`), 'change_accuracy_points', 'change_d_prime'],
    r.people.map((p) => [p.group, p.person, ...sittingCells(p.before), ...sittingCells(p.after), p.change ? round(p.change.accuracy, 2) : undefined, p.change ? round(p.change.dPrime, 4) : undefined]),
  );
}
