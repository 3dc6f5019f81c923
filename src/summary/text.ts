// The report at a terminal: bars and sparklines in block characters, no colour (so NO_COLOR and a
// pipe change nothing), every line at most 80 columns with CJK counted as two.
import type { Lang } from '../core/constants';
import { displayWidth, padCells } from '../report/text';
import { colon, t, type Holes, type LabelKey } from '../words/labels';
import type { CheckGroup, OutcomeShare, PeriodScore, Section, Summary } from './build';
import { clip } from './chart';
import { filterWords, pct, whole } from './figures';

export const TEXT_WIDTH = 80;
/** How many flags the overall list shows (JSON and CSV have them all). */
export const TOP_FLAGS = 8;

/** One glyph per outcome in the share bar, in OUTCOME_ORDER: readable without colour. */
const OUTCOME_GLYPHS = { safe: '█', loss: '▓', leak: '▒', unfinished: '░' } as const;
const SPARKS = '▁▂▃▄▅▆▇█';


/** A bar of `width` cells, `share` of it filled. */
export function textBar(share: number, width: number): string {
  const full = Math.round(Math.max(0, Math.min(1, share)) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** One character per period on a 0–100 scale; a period without results is a space. */
export function textSparkline(values: readonly (number | null)[]): string {
  return values.map((v) => (v === null ? ' ' : SPARKS[Math.min(SPARKS.length - 1, Math.floor((v / 100) * SPARKS.length))])).join('');
}

/** The outcome shares as one bar of `width` cells, each outcome its glyph; largest remainders so the cells add up. */
export function outcomeBar(outcomes: readonly OutcomeShare[], width: number): string {
  const total = outcomes.reduce((s, o) => s + o.count, 0);
  if (!total) return '·'.repeat(width);
  const exact = outcomes.map((o) => (o.count / total) * width);
  const cells = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0, left = width - cells.reduce((s, c) => s + c, 0); k < left; k++) cells[order[k]![1]]!++;
  return outcomes.map((o, i) => OUTCOME_GLYPHS[o.outcome].repeat(cells[i]!)).join('');
}

/** Items joined with two spaces, wrapped to lines of at most `width` cells, each starting with `indent`. */
function flow(items: readonly string[], width: number, indent: string): string[] {
  const lines: string[] = [];
  let cur = indent;
  for (const item of items) {
    const piece = clip(item, width - displayWidth(indent));
    if (cur !== indent && displayWidth(cur) + 2 + displayWidth(piece) > width) {
      lines.push(cur);
      cur = indent;
    }
    cur += (cur === indent ? '' : '  ') + piece;
  }
  if (cur !== indent) lines.push(cur);
  return lines;
}

export function formatSummary(s: Summary): string[] {
  const lang = s.lang;
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const W = TEXT_WIDTH;
  const out: string[] = [];
  const head = [`scamdrill · ${w('reportTitle')}`, ...(s.span ? [w('reportSpan', s.span)] : [])].join(' · ');
  out.push(clip(head, W));
  const filters = filterWords(s, lang);
  if (filters.length) out.push(...flow([`${w('reportFilters')}${colon(lang).trim()}`, ...filters], W, ''));
  const c = s.counts;
  const mean = s.overall.meanScore === null ? [] : [w('reportMean', { n: whole(s.overall.meanScore) })];
  out.push(...flow([`${w('reportCounts', { n: c.results, practices: c.practices, people: c.drillResults, drills: c.drills })}`, ...mean], W, ''));

  out.push('', w('reportMissedFlags'));
  out.push(...flagLines(s.overall, TOP_FLAGS, lang));

  out.push('', w('reportOutcomes'));
  out.push(`  ${outcomeBar(s.overall.outcomes, W - 4)}`);
  out.push(...outcomeLegend(s.overall.outcomes, W));

  out.push('', w(s.period === 'week' ? 'reportScoresWeek' : 'reportScoresMonth'));
  out.push(...trendLines(s.overall.scores, lang));

  for (const [title, groups] of [[w('reportByScenario'), s.byScenario], [w('reportBySite'), s.bySite]] as const) {
    out.push('', title);
    for (const g of groups) {
      const count = w('reportResults', { n: g.results });
      const name = g.key && g.key !== g.name && title === w('reportByScenario') ? `${g.name} (${g.key})` : g.name;
      const room = W - 2 - 1 - displayWidth(count);
      out.push(`  ${padCells(clip(name, room), room)} ${count}`);
      const spark = textSparkline(g.scores.slice(-16).map((p) => p.meanScore));
      const safe = g.outcomes.find((o) => o.outcome === 'safe')!;
      out.push(`    ${padCells(`${w('score')} ${whole(g.meanScore)}`, 14)}${padCells(spark, 17)}${outcomeBar(g.outcomes, 24)} ${clip(`${safe.name} ${pct(safe.share)}`, W - 4 - 14 - 17 - 25)}`);
      const top = g.flags[0];
      out.push(clip(`    ${w('mostMissed')}${colon(lang)}${top && top.missed ? `${top.name} ${top.missed}/${top.seen}` : w('reportNoneMissed')}`, W));
    }
  }

  if (s.checks) {
    out.push('', w('reportCheck'));
    const ch = s.checks;
    out.push(...checkLines(ch.overall, lang));
    for (const [title, groups] of [[w('reportBySite'), ch.bySite], [w('reportByScenario'), ch.byScenario]] as const) {
      if (!groups.length) continue;
      out.push(`  ${title}`);
      for (const g of groups) out.push(...checkLines(g, lang, '    '));
    }
    out.push(...flow([w('reportCheckByPlace')], W, '  '));
  }
  return out;
}

function flagLines(sec: Section, top: number, lang: Lang): string[] {
  const flags = sec.flags.filter((f) => f.missed > 0).slice(0, top);
  if (!flags.length) return [`  ${t('reportNoFlags', lang)}`];
  const max = Math.max(...flags.map((f) => f.missed));
  const head = t('reportMissedOf', lang);
  // name 30, bar 24, counts 13, share 5: 74 columns with the indent, whatever the counts (up to 99999/99999).
  const lines = [`  ${padCells('', 54)}${padCells(clip(head, 18), 18, true)}`];
  for (const f of flags) lines.push(`  ${padCells(clip(f.name, 28), 30)}${textBar(f.missed / max, 24)}${`${f.missed}/${f.seen}`.padStart(13)}${pct(f.share).padStart(5)}`);
  return lines;
}

function outcomeLegend(outcomes: readonly OutcomeShare[], width: number): string[] {
  return flow(outcomes.map((o) => `${OUTCOME_GLYPHS[o.outcome]} ${o.name} ${pct(o.share)} (${o.count})`), width, '  ');
}

function trendLines(scores: readonly PeriodScore[], lang: Lang): string[] {
  const shown = scores.slice(-(TEXT_WIDTH - 30));
  const withResults = shown.filter((p) => p.meanScore !== null);
  if (!withResults.length) return [];
  const first = withResults[0]!;
  const last = withResults.at(-1)!;
  const lines = [`  ${shown[0]!.label} ${textSparkline(shown.map((p) => p.meanScore))} ${shown.at(-1)!.label}`];
  lines.push(...flow([t('reportMeanFromTo', lang, { first: whole(first.meanScore), from: first.label, last: whole(last.meanScore), to: last.label })], TEXT_WIDTH, '  '));
  return lines;
}

function checkLines(g: CheckGroup, lang: Lang, indent = '  '): string[] {
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const sign = (n: number, digits: number) => `${n >= 0 ? '+' : ''}${n.toFixed(digits)}`;
  const items = [`${g.name}${colon(lang)}${w('reportCheckPeople')} ${g.paired}`];
  if (g.before && g.after) {
    items.push(`${w('checkAccuracy')} ${pct(g.before.accuracy)} → ${pct(g.after.accuracy)}`);
    items.push(`${w('checkDiscernment')} ${g.before.dPrime.toFixed(2)} → ${g.after.dPrime.toFixed(2)}`);
  }
  if (g.dPrime?.meanCi) items.push(`${w('checkChange')} ${sign(g.dPrime.mean, 2)} (${w('checkCi', { lo: g.dPrime.meanCi[0].toFixed(2), hi: g.dPrime.meanCi[1].toFixed(2) })})`);
  if (g.dPrime?.dz !== undefined && Number.isFinite(g.dPrime.dz)) items.push(`${w('checkEffect')} ${g.dPrime.dz.toFixed(2)}`);
  if (!g.paired) items.push(w('checkNoPairs'));
  return flow(items, TEXT_WIDTH, indent);
}
