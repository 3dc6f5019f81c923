// Small SVG charts for the HTML report: horizontal bars, a bar of shares, a line over time and a
// sparkline. Pure functions from numbers to markup, so that a report opens and prints anywhere with
// no script and no network; sizes are fixed in SVG units (the page scales them). Every mark a chart
// draws carries its number (data-value), so a test can hold the drawing against the data.

import { displayWidth } from '../report/text';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const num = (n: number) => String(Math.round(n * 100) / 100);

/** Cut a label to `max` characters (a CJK character counts as two), ending with an ellipsis. */
export function clip(s: string, max: number): string {
  let w = 0;
  let out = '';
  if (displayWidth(s) <= max) return s;
  for (const ch of s) {
    w += displayWidth(ch);
    if (w > max - 1) return `${out}…`;
    out += ch;
  }
  return out;
}

/** The width of a full-width chart, in SVG units: the page's text column. */
export const CHART_WIDTH = 880;

/** The points of a line through every value there is: a period without results has no point, and the line is not broken there. */
const through = (values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number) =>
  values.flatMap((v, i) => (v === null ? [] : [`${num(x(i))},${num(y(v))}`]));

/** Colours that stay apart in print and for the common colour blindnesses (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
/** Dashes as well as colours, so lines stay apart on a black-and-white printout. */
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

const svg = (width: number, height: number, title: string, body: string, cls: string) =>
  `<svg class="chart ${cls}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${body}</svg>`;

export interface Bar {
  label: string;
  value: number;
  /** Printed after the bar ("12/20 · 60%"). */
  note: string;
}

/** Horizontal bars, one per row, their lengths value / max of a shared scale. */
export function barChart(bars: readonly Bar[], o: { max: number; title: string; width?: number }): string {
  const width = o.width ?? CHART_WIDTH;
  const labelW = 300;
  const noteW = 120;
  const barW = width - labelW - noteW - 10;
  const row = 24;
  const body = bars
    .map((b, i) => {
      const y = i * row;
      const w = o.max > 0 ? (barW * b.value) / o.max : 0;
      return `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="label">${escapeXml(clip(b.label, 40))}</text>`
        + `<rect x="${labelW}" y="${y + 4}" width="${barW}" height="${row - 8}" class="track"/>`
        + `<rect x="${labelW}" y="${y + 4}" width="${num(w)}" height="${row - 8}" class="bar" data-value="${b.value}" fill="${SERIES_COLOURS[0]}"/>`
        + `<text x="${labelW + barW + 8}" y="${y + 16}" class="note">${escapeXml(b.note)}</text>`;
    })
    .join('');
  return svg(width, Math.max(row, bars.length * row), o.title, body, 'bars');
}

export interface Share {
  label: string;
  value: number;
  colour: string;
}

/** One bar split into its parts' shares of the whole, with a legend under it unless `legend` is false. */
export function shareBar(parts: readonly Share[], o: { title: string; width?: number; height?: number; legend?: boolean }): string {
  const width = o.width ?? CHART_WIDTH;
  const h = o.height ?? 22;
  const total = parts.reduce((s, p) => s + p.value, 0);
  let x = 0;
  const segs = parts
    .map((p) => {
      const w = total > 0 ? (width * p.value) / total : 0;
      const seg = w > 0 ? `<rect x="${num(x)}" y="0" width="${num(w)}" height="${h}" class="seg" data-value="${p.value}" fill="${p.colour}"><title>${escapeXml(p.label)}</title></rect>` : '';
      x += w;
      return seg;
    })
    .join('');
  const empty = total > 0 ? '' : `<rect x="0" y="0" width="${width}" height="${h}" class="track"/>`;
  if (o.legend === false) return svg(width, h, o.title, empty + segs, 'shares');
  let lx = 0;
  const legend = parts
    .map((p) => {
      const item = `<rect x="${lx}" y="${h + 8}" width="10" height="10" fill="${p.colour}"/><text x="${lx + 14}" y="${h + 17}" class="note">${escapeXml(p.label)}</text>`;
      lx += 24 + 7 * displayWidth(p.label);
      return item;
    })
    .join('');
  return svg(width, h + 24, o.title, empty + segs + legend, 'shares');
}

export interface Series {
  name: string;
  /** One value per x label; null for none (no point there: the line goes straight on to the next one). */
  values: readonly (number | null)[];
}

/** Lines over time on a 0 to `max` scale, with a legend when there is more than one. */
export function lineChart(series: readonly Series[], labels: readonly string[], o: { max: number; title: string; width?: number; height?: number }): string {
  const width = o.width ?? CHART_WIDTH;
  const plotH = o.height ?? 180;
  const left = 34;
  const right = 40;
  const top = 8;
  const plotW = width - left - right;
  const n = labels.length;
  const xAt = (i: number) => left + (n > 1 ? (plotW * i) / (n - 1) : plotW / 2);
  const yAt = (v: number) => top + plotH - (plotH * v) / o.max;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => {
      const y = yAt(f * o.max);
      return `<line x1="${left}" x2="${width - right}" y1="${num(y)}" y2="${num(y)}" class="grid"/><text x="${left - 6}" y="${num(y + 4)}" text-anchor="end" class="note">${num(f * o.max)}</text>`;
    })
    .join('');
  // At most about eight dates under the axis, always the first and the last.
  const every = Math.max(1, Math.ceil(n / 8));
  const ticks = labels
    .map((l, i) => (i % every === 0 || i === n - 1 ? `<text x="${num(xAt(i))}" y="${top + plotH + 16}" text-anchor="${n > 1 && i === n - 1 ? 'end' : n > 1 && i === 0 ? 'start' : 'middle'}" class="note">${escapeXml(l)}</text>` : ''))
    .join('');
  const lines = series
    .map((s, k) => {
      const colour = SERIES_COLOURS[k % SERIES_COLOURS.length]!;
      const dash = DASHES[k % DASHES.length] ? ` stroke-dasharray="${DASHES[k % DASHES.length]}"` : '';
      const pts = through(s.values, xAt, yAt);
      const paths = pts.length > 1 ? `<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash} class="line"/>` : '';
      const dots = s.values.map((v, i) => (v === null ? '' : `<circle cx="${num(xAt(i))}" cy="${num(yAt(v))}" r="3" fill="${colour}" class="point" data-value="${num(v)}"><title>${escapeXml(`${s.name} ${labels[i]}: ${Math.round(v)}`)}</title></circle>`)).join('');
      return paths + dots;
    })
    .join('');
  const legendY = top + plotH + 28;
  const legend = series.length > 1
    ? series.map((s, k) => {
        const x = left + (k % 3) * Math.floor(plotW / 3);
        const y = legendY + Math.floor(k / 3) * 16;
        const colour = SERIES_COLOURS[k % SERIES_COLOURS.length]!;
        const dash = DASHES[k % DASHES.length] ? ` stroke-dasharray="${DASHES[k % DASHES.length]}"` : '';
        return `<line x1="${x}" x2="${x + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${colour}" stroke-width="2"${dash}/><text x="${x + 28}" y="${y}" class="note">${escapeXml(clip(s.name, 28))}</text>`;
      }).join('')
    : '';
  const height = top + plotH + 22 + (series.length > 1 ? Math.ceil(series.length / 3) * 16 + 4 : 0);
  return svg(width, height, o.title, grid + ticks + lines + legend, 'lines');
}

/** A small line without axes for a table cell: the shape of a trend, on a 0 to `max` scale. */
export function sparkline(values: readonly (number | null)[], o: { max: number; title: string; width?: number; height?: number }): string {
  const width = o.width ?? 120;
  const h = o.height ?? 24;
  const n = values.length;
  const xAt = (i: number) => (n > 1 ? 2 + ((width - 4) * i) / (n - 1) : width / 2);
  const yAt = (v: number) => 2 + (h - 4) * (1 - v / o.max);
  const pts = through(values, xAt, yAt);
  const body = (pts.length > 1 ? `<polyline points="${pts.join(' ')}" fill="none" stroke="${SERIES_COLOURS[0]}" stroke-width="1.5" class="line"/>` : '')
    + values.map((v, i) => (v === null ? '' : `<circle cx="${num(xAt(i))}" cy="${num(yAt(v))}" r="1.8" fill="${SERIES_COLOURS[0]}" class="point" data-value="${num(v)}"/>`)).join('');
  return svg(width, h, o.title, body, 'spark');
}
