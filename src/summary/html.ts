// The report as one HTML file: inline CSS, inline SVG charts (chart.ts), no script, nothing fetched,
// so it can be mailed, archived and printed (print CSS keeps charts whole and colours on). Every
// word comes from words/labels.ts in the report's language; names from the catalogue and scenarios.
import type { Lang } from '../core/constants';
import { colon, t, type Holes, type LabelKey } from '../words/labels';
import type { CheckGroup, Group, OutcomeShare, ReportOutcome, Section, Summary } from './build';
import { filterWords, pct, whole } from './figures';
import { barChart, escapeXml as esc, lineChart, shareBar, sparkline, type Share } from './chart';

/** How many flags the chart shows (JSON and CSV have them all), and how many sites get a line. */
export const CHART_FLAGS = 10;
export const CHART_SITES = 6;

export const OUTCOME_COLOURS: Record<ReportOutcome, string> = { safe: '#009E73', loss: '#D55E00', leak: '#E69F00', unfinished: '#999999' };

const CSS = `
:root { color: #1a1a1a; background: #fff; }
body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif; max-width: 920px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
p.meta { margin: 2px 0; color: #444; }
section { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e4e4e4; vertical-align: middle; }
th { font-weight: 600; font-size: 13px; color: #333; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; page-break-inside: avoid; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg .label, svg .note { font: 12px system-ui, "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif; fill: #1a1a1a; }
svg .track { fill: #eee; }
svg .grid { stroke: #ddd; stroke-width: 1; }
.key { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; vertical-align: baseline; }
small.id { color: #666; }
@media print {
  body { margin: 0; max-width: none; font-size: 12px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
  @page { size: A4; margin: 14mm; }
}
`;


const shares = (outcomes: readonly OutcomeShare[], withNumbers: boolean): Share[] =>
  outcomes.map((o) => ({ label: withNumbers ? `${o.name} ${pct(o.share)} (${o.count})` : o.name, value: o.count, colour: OUTCOME_COLOURS[o.outcome] }));

export function summaryHtml(s: Summary): string {
  const lang = s.lang;
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const c = s.counts;
  const filters = filterWords(s, lang);
  const scoresTitle = w(s.period === 'week' ? 'reportScoresWeek' : 'reportScoresMonth');
  const labels = s.overall.scores.map((p) => p.label);
  const sites = s.bySite.slice(0, CHART_SITES);
  const body = [
    `<header><h1>scamdrill · ${esc(w('reportTitle'))}</h1>`,
    s.span ? `<p class="meta">${esc(w('reportSpan', s.span))}</p>` : '',
    filters.length ? `<p class="meta">${esc(w('reportFilters'))}${colon(lang)}${esc(filters.join(' · '))}</p>` : '',
    `<p class="meta">${esc(w('reportCounts', { n: c.results, practices: c.practices, people: c.drillResults, drills: c.drills }))}${s.overall.meanScore === null ? '' : ` · ${esc(w('reportMean', { n: whole(s.overall.meanScore) }))}`}</p></header>`,
    `<section id="flags"><h2>${esc(w('reportMissedFlags'))}</h2>${flagChart(s.overall, lang)}</section>`,
    `<section id="outcomes"><h2>${esc(w('reportOutcomes'))}</h2>${shareBar(shares(s.overall.outcomes, true), { title: w('reportOutcomes'), height: 28 })}</section>`,
    `<section id="scores"><h2>${esc(scoresTitle)}</h2>${lineChart([{ name: w('reportEveryone'), values: s.overall.scores.map((p) => p.meanScore) }], labels, { max: 100, title: scoresTitle })}`,
    sites.length > 1
      ? `<h2>${esc(w('reportScoresBySite'))}</h2>${lineChart(sites.map((g) => ({ name: g.name, values: g.scores.map((p) => p.meanScore) })), labels, { max: 100, title: w('reportScoresBySite') })}`
      : '',
    '</section>',
    groupTable('by-scenario', w('reportByScenario'), s.byScenario, lang, true),
    groupTable('by-site', w('reportBySite'), s.bySite, lang, false),
    s.checks ? checkTable(s, lang) : '',
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>scamdrill · ${esc(w('reportTitle'))}${s.span ? ` · ${esc(w('reportSpan', s.span))}` : ''}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function flagChart(sec: Section, lang: Lang): string {
  const flags = sec.flags.filter((f) => f.missed > 0).slice(0, CHART_FLAGS);
  if (!flags.length) return `<p>${esc(t('reportNoFlags', lang))}</p>`;
  const max = Math.max(...flags.map((f) => f.missed));
  return `<p class="meta">${esc(t('reportMissedOf', lang))}</p>`
    + barChart(flags.map((f) => ({ label: f.name, value: f.missed, note: `${f.missed}/${f.seen} · ${pct(f.share)}` })), { max, title: t('reportMissedFlags', lang) });
}

function groupTable(id: string, title: string, groups: readonly Group[], lang: Lang, showId: boolean): string {
  const w = (k: LabelKey) => t(k, lang);
  const legend = groups[0]
    ? `<p class="meta">${groups[0].outcomes.map((o) => `<span class="key" style="background:${OUTCOME_COLOURS[o.outcome]}"></span>${esc(o.name)}`).join('')}</p>`
    : '';
  const rows = groups.map((g) => {
    const top = g.flags[0];
    const missed = top && top.missed ? `${esc(top.name)} (${top.missed}/${top.seen})` : esc(w('reportNoneMissed'));
    const name = showId && g.key !== g.name ? `${esc(g.name)}<br><small class="id">${esc(g.key)}</small>` : esc(g.name);
    return `<tr><td>${name}</td><td class="n">${g.results}</td><td class="n">${whole(g.meanScore)}</td>`
      + `<td>${shareBar(shares(g.outcomes, false), { title: `${g.name}: ${w('reportOutcomes')}`, width: 160, height: 14, legend: false })}</td>`
      + `<td>${sparkline(g.scores.map((p) => p.meanScore), { max: 100, title: `${g.name}: ${w('reportColTrend')}` })}</td><td>${missed}</td></tr>`;
  });
  return `<section id="${id}"><h2>${esc(title)}</h2>${legend}<table><thead><tr><th></th><th class="n">${esc(w('reportColResults'))}</th><th class="n">${esc(w('meanScore'))}</th><th>${esc(w('reportOutcomes'))}</th><th>${esc(w('reportColTrend'))}</th><th>${esc(w('reportColMissed'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function checkTable(s: Summary, lang: Lang): string {
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const ch = s.checks!;
  const row = (g: CheckGroup, indent: boolean) => {
    const both = g.before && g.after;
    const ci = g.dPrime?.meanCi ? `<br><small>${esc(w('checkCi', { lo: g.dPrime.meanCi[0].toFixed(2), hi: g.dPrime.meanCi[1].toFixed(2) }))}</small>` : '';
    const dz = g.dPrime?.dz !== undefined && Number.isFinite(g.dPrime.dz) ? g.dPrime.dz.toFixed(2) : '–';
    return `<tr><td>${indent ? '&emsp;' : ''}${esc(g.name)}</td><td class="n">${g.paired}</td>`
      + `<td class="n">${both ? `${pct(g.before!.accuracy)} → ${pct(g.after!.accuracy)}` : '–'}</td>`
      + `<td class="n">${both ? `${g.before!.dPrime.toFixed(2)} → ${g.after!.dPrime.toFixed(2)}` : '–'}</td>`
      + `<td class="n">${g.dPrime && Number.isFinite(g.dPrime.mean) ? `${g.dPrime.mean >= 0 ? '+' : ''}${g.dPrime.mean.toFixed(2)}` : '–'}${ci}</td><td class="n">${dz}</td></tr>`;
  };
  const part = (title: string, groups: readonly CheckGroup[]) => (groups.length ? `<tr><th colspan="6">${esc(title)}</th></tr>${groups.map((g) => row(g, true)).join('')}` : '');
  return `<section id="checks"><h2>${esc(w('reportCheck'))}</h2><table><thead><tr><th></th>${(['reportCheckPeople', 'checkAccuracy', 'checkDiscernment', 'checkChange', 'checkEffect'] as const).map((k) => `<th class="n">${esc(w(k))}</th>`).join('')}</tr></thead>`
    + `<tbody>${row(ch.overall, false)}${part(w('reportBySite'), ch.bySite)}${part(w('reportByScenario'), ch.byScenario)}</tbody></table><p class="meta">${esc(w('reportCheckByPlace'))}</p></section>`;
}
