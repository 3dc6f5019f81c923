// `scamdrill report --format html` opened in a real headless Chromium (Debian's /usr/bin/chromium),
// from a real SQLite file holding practices and several drills (fixture.ts): the SVG charts are
// drawn (non-zero size), the bars are as long as the data says, nothing is fetched, the Chinese
// report holds no stray English, and a screenshot of each is kept in the test's temp folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/summary/build';
import { launchChromium } from '../browser';
import { cli } from '../helpers';
import { describeStrays, strays } from '../words/stray';
import { buildDataDir } from './fixture';

let browser: Browser;
let data: Awaited<ReturnType<typeof buildDataDir>>;
let shots: string;

beforeAll(async () => {
  // Without a Chinese font the Chinese report is drawn in boxes, and its screenshot shows nothing.
  if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim()) throw new Error('no Chinese font: apt-get install -y fonts-wqy-microhei');
  [data, browser] = await Promise.all([
    buildDataDir(),
    launchChromium(),
  ]);
  shots = mkdtempSync(join(tmpdir(), 'scamdrill-report-shots-'));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (data) rmSync(data.dataDir, { recursive: true, force: true });
  // SCAMDRILL_KEEP_SHOTS=1 keeps the screenshots to look at; the path is printed.
  if (process.env.SCAMDRILL_KEEP_SHOTS) console.log(`report screenshots: ${shots}`);
  else if (shots) rmSync(shots, { recursive: true, force: true });
});

/** The report as the CLI writes it, and the same figures as JSON to hold the drawing against. */
function build(lang: 'en' | 'zh') {
  const out = join(shots, `report-${lang}.html`);
  const r = cli(['report', '--data-dir', data.dataDir, '--format', 'html', '--lang', lang, '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const summary = JSON.parse(cli(['report', '--data-dir', data.dataDir, '--json', '--lang', lang]).stdout) as Summary;
  return { out, html: readFileSync(out, 'utf8'), summary };
}

describe('the HTML report in Chromium', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`draws its charts from the data, fetches nothing, and prints (${lang})`, async () => {
      const { out, html, summary } = build(lang);
      // One self-contained file: no script, no link, no remote image or font.
      expect(html).not.toMatch(/<script|<link|src=|url\(/i);
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      try {
        await page.goto(`file://${out}`);
        expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);

        // Every chart is drawn at a real size.
        const charts = await page.locator('svg.chart').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((b) => [b.width, b.height]));
        expect(charts.length).toBeGreaterThan(6);
        for (const [w, h] of charts) expect(w! * h!).toBeGreaterThan(0);

        // The most-missed bars: one per flag shown, each as long as its count (to a pixel), most missed first.
        const bars = await page.locator('#flags rect.bar').evaluateAll((els) => els.map((e) => ({ value: Number(e.getAttribute('data-value')), width: e.getBoundingClientRect().width })));
        const flags = summary.overall.flags.filter((f) => f.missed > 0).slice(0, 10);
        expect(bars.map((b) => b.value)).toEqual(flags.map((f) => f.missed));
        const scale = bars[0]!.width / bars[0]!.value;
        expect(scale).toBeGreaterThan(0);
        for (const b of bars) expect(Math.abs(b.width - b.value * scale)).toBeLessThan(1);
        expect(await page.locator('#flags').innerText()).toContain(flags[0]!.name);

        // The outcome shares fill one bar, each part as wide as its share.
        const segs = await page.locator('#outcomes rect.seg').evaluateAll((els) => els.map((e) => ({ value: Number(e.getAttribute('data-value')), width: e.getBoundingClientRect().width })));
        const total = segs.reduce((s, x) => s + x.width, 0);
        expect(segs.map((s) => s.value)).toEqual(summary.overall.outcomes.filter((o) => o.count > 0).map((o) => o.count));
        for (const s of segs) expect(Math.abs(s.width / total - s.value / summary.counts.results)).toBeLessThan(0.01);

        // Scores over time: a point per period with results, higher for a higher mean.
        const points = await page.locator('#scores svg.lines').first().locator('circle.point').evaluateAll((els) => els.map((e) => ({ value: Number(e.getAttribute('data-value')), y: e.getBoundingClientRect().y })));
        expect(points).toHaveLength(summary.overall.scores.filter((p) => p.meanScore !== null).length);
        const [low, high] = [...points].sort((a, b) => a.value - b.value).filter((_, i, all) => i === 0 || i === all.length - 1);
        expect(high!.y).toBeLessThan(low!.y);

        // By scenario and by site: a row each, with its own small charts.
        expect(await page.locator('#by-scenario tbody tr').count()).toBe(summary.byScenario.length);
        expect(await page.locator('#by-site tbody tr').count()).toBe(summary.bySite.length);
        expect(await page.locator('#by-site svg.spark').count()).toBe(summary.bySite.length);
        expect(await page.locator('#checks').innerText()).toContain(lang === 'en' ? 'North branch' : '培训前后对比');

        if (lang === 'zh') {
          // One language per page: Latin letters only where a Chinese reader expects them (ids, names typed by the trainer).
          const text = await page.locator('body').innerText();
          const typed = ['North', 'South', 'Community', 'branch', 'centre'];
          expect(describeStrays('report --lang zh', strays(text, 'zh', typed))).toBe('');
        }
        await page.screenshot({ path: join(shots, `report-${lang}.png`), fullPage: true });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
