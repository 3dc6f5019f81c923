// The report's pure parts, tested directly: counting (build.ts), time buckets (period.ts), the SVG
// charts (chart.ts) and the text bars (text.ts). Rows here stand for what store/results.ts returns.
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/schema';
import { buildSummary } from '../../src/summary/build';
import { barChart, lineChart, shareBar } from '../../src/summary/chart';
import { periodFor, periodsBetween, periodStart } from '../../src/summary/period';
import { formatSummary, outcomeBar, textBar, textSparkline } from '../../src/summary/text';
import { displayWidth } from '../../src/report/text';
import type { CheckRow, FlagRow, ResultRow, StoredResults } from '../../src/store/results';
import { loadForms } from '../../src/check/files';

const flag = (name: string, green = false) => ({ name: { en: name, zh: `${name}（中）` }, why: { en: '', zh: '' }, todo: { en: '', zh: '' }, channels: [], green });
const catalogue = { flags: { rush: flag('Rush'), link: flag('Link in a text'), 'calls-back': flag('Lets you call back', true) }, channels: {} } as unknown as Catalogue;

const run = (at: string, site: string, outcome: string, score: number, scenario = 'etc'): ResultRow => ({ source: 'practice', at: `${at}T10:00:00.000Z`, scenario, site, team: '', drill: null, outcome, score });
const verdict = (at: string, site: string, f: string, v: string, scenario = 'etc'): FlagRow => ({ source: 'practice', at: `${at}T10:00:00.000Z`, scenario, site, team: '', flag: f, verdict: v });
const stored = (results: ResultRow[], flags: FlagRow[] = [], checks: CheckRow[] = []): StoredResults => ({ results, flags, checks });
const summary = (s: StoredResults, filter = {}) => buildSummary({ stored: s, filter, lang: 'en', catalogue, titles: { etc: 'ETC card' } });

describe('counting', () => {
  const s = summary(stored(
    [run('2026-09-07', 'north', 'safe', 100), run('2026-09-08', 'north', 'loss', 20), run('2026-09-21', '', 'leak', 30), run('2026-09-22', 'north', 'safe', 90, 'other')],
    [verdict('2026-09-07', 'north', 'rush', 'caught'), verdict('2026-09-08', 'north', 'rush', 'missed'), verdict('2026-09-08', 'north', 'link', 'open'),
      verdict('2026-09-21', '', 'link', 'missed'), verdict('2026-09-21', '', 'calls-back', 'missed')],
  ));

  it('ranks red flags by misses (open at the end counts as missed) and leaves green flags out', () => {
    expect(s.overall.flags).toEqual([
      { id: 'link', name: 'Link in a text', missed: 2, seen: 2, share: 1 },
      { id: 'rush', name: 'Rush', missed: 1, seen: 2, share: 0.5 },
    ]);
  });

  it('gives outcome shares in a fixed order that add up to the whole', () => {
    expect(s.overall.outcomes.map((o) => [o.outcome, o.count])).toEqual([['safe', 2], ['loss', 1], ['leak', 1], ['unfinished', 0]]);
    expect(s.overall.outcomes.reduce((a, o) => a + o.share, 0)).toBeCloseTo(1);
  });

  it('buckets scores by week over the whole span, empty weeks included', () => {
    expect(s.period).toBe('week');
    expect(s.overall.scores.map((p) => [p.start, p.results, p.meanScore])).toEqual([['2026-09-07', 2, 60], ['2026-09-14', 0, null], ['2026-09-21', 2, 60]]);
    // Each group on the same weeks, so their lines share an axis.
    expect(s.byScenario.find((g) => g.key === 'other')!.scores.map((p) => p.meanScore)).toEqual([null, null, 90]);
  });

  it('groups by scenario (named by title) and by site, the biggest first; no site is named as such', () => {
    expect(s.byScenario.map((g) => [g.key, g.name, g.results])).toEqual([['etc', 'ETC card', 3], ['other', 'other', 1]]);
    expect(s.bySite.map((g) => [g.key, g.name, g.results])).toEqual([['north', 'north', 3], ['', '(no site)', 1]]);
  });

  it('has nothing to say, without failing, about no results at all', () => {
    const empty = summary(stored([]));
    expect(empty.span).toBeNull();
    expect(empty.overall.meanScore).toBeNull();
    expect(empty.checks).toBeNull();
    expect(formatSummary(empty).join('\n')).toContain('No red flag was judged.');
  });
});

describe('the check in the report', () => {
  const forms = loadForms().forms!;
  const sheet = (right: number) => forms.A.items.map((i, n) => ({ item: i.id, kind: i.kind, answer: n < right ? i.kind : (i.kind === 'scam' ? 'legitimate' as const : 'scam' as const), confidence: 3 as const }));
  const form = (group: string, person: string, phase: 'pre' | 'post', right: number, drill: CheckRow['drill']): CheckRow =>
    ({ takenAt: phase === 'pre' ? '2026-09-01T09:00:00Z' : '2026-09-01T11:00:00Z', group, person, form: phase === 'pre' ? 'A' : 'B', phase, answers: sheet(right), drill });
  const north = { site: 'north', team: '', scenario: 'etc' };

  it('keeps two people of the same name in different groups apart, and counts only drill checks by site', () => {
    const s = summary(stored([], [], [
      form('d1', 'Li', 'pre', 6, north), form('d1', 'Li', 'post', 12, north),
      form('class-3', 'Li', 'pre', 6, null), form('class-3', 'Li', 'post', 8, null),
    ]));
    expect(s.checks!.overall.paired).toBe(2);
    expect(s.checks!.bySite.map((g) => [g.key, g.paired])).toEqual([['north', 1]]);
    expect(s.checks!.byScenario.map((g) => [g.name, g.paired])).toEqual([['ETC card', 1]]);
    expect(s.checks!.overall.accuracy!.mean).toBeCloseTo(((12 - 6) / 12 * 100 + (8 - 6) / 12 * 100) / 2);
  });
});

describe('periods', () => {
  it('starts weeks on Monday and months on the first', () => {
    expect(periodStart('2026-11-29', 'week')).toBe('2026-11-23'); // a Sunday
    expect(periodStart('2026-11-30T23:59:00Z', 'week')).toBe('2026-11-30');
    expect(periodStart('2026-11-30', 'month')).toBe('2026-11-01');
    expect(periodsBetween('2026-11-15', '2027-02-01', 'month')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
  });

  it('shows up to half a year by week, longer by month', () => {
    expect(periodFor('2026-01-01', '2026-07-02')).toBe('week');
    expect(periodFor('2026-01-01', '2026-07-03')).toBe('month');
  });
});

describe('charts', () => {
  const widths = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`class="${cls}"[^>]*?width="([\\d.]+)"|width="([\\d.]+)"[^>]*class="${cls}"`, 'g'))].map((m) => Number(m[1] ?? m[2]));

  it('draws bars as long as their values on one scale, and escapes labels', () => {
    const svg = barChart([{ label: 'A <b>&', value: 10, note: '10' }, { label: 'B', value: 5, note: '5' }, { label: 'C', value: 0, note: '0' }], { max: 10, title: 't' });
    const [a, b, c] = widths(svg, 'bar');
    expect(b! / a!).toBeCloseTo(0.5);
    expect(c).toBe(0);
    expect(svg).toContain('A &lt;b&gt;&amp;');
    expect(svg).not.toContain('<b>');
  });

  it('splits a share bar into parts that fill its width exactly', () => {
    const svg = shareBar([{ label: 'a', value: 1, colour: '#000' }, { label: 'b', value: 3, colour: '#111' }, { label: 'c', value: 0, colour: '#222' }], { title: 't', width: 400 });
    const segs = widths(svg, 'seg');
    expect(segs).toEqual([100, 300]);
  });

  it('puts a higher value higher on a line chart, with no point for an empty period', () => {
    const svg = lineChart([{ name: 's', values: [20, null, 80] }], ['a', 'b', 'c'], { max: 100, title: 't' });
    const ys = [...svg.matchAll(/cy="([\d.]+)"[^>]*data-value="(\d+)"/g)].map((m) => [Number(m[2]), Number(m[1])]);
    expect(ys.map(([v]) => v)).toEqual([20, 80]);
    expect(ys[1]![1]!).toBeLessThan(ys[0]![1]!);
  });
});

describe('text bars', () => {
  it('fills bars in proportion and keeps the outcome bar to its width', () => {
    expect(textBar(0.5, 10)).toBe('█████░░░░░');
    expect(textSparkline([0, null, 50, 100])).toBe('▁ ▅█');
    const bar = outcomeBar([{ outcome: 'safe', name: '', count: 1, share: 0 }, { outcome: 'loss', name: '', count: 1, share: 0 }, { outcome: 'leak', name: '', count: 1, share: 0 }, { outcome: 'unfinished', name: '', count: 0, share: 0 }], 10);
    expect([...bar]).toHaveLength(10);
    expect(bar).toMatch(/^█+▓+▒+$/);
  });

  it('fits 80 columns with long Chinese names and sites', () => {
    const long = '很长的地点名称'.repeat(5);
    const s = buildSummary({
      stored: stored([run('2026-09-07', long, 'safe', 100, long)], [verdict('2026-09-07', long, 'rush', 'missed', long)]),
      filter: { site: long }, lang: 'zh', catalogue: { ...catalogue, flags: { rush: flag('催促'.repeat(30)) } } as unknown as Catalogue, titles: {},
    });
    for (const line of formatSummary(s)) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });
});
