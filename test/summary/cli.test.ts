// `scamdrill report` as a user runs it (the built CLI), on a real SQLite file made by the program's
// own writers (fixture.ts): the 80-column text in both languages, JSON, CSV, filters, and the
// messages for bad input and for a store with nothing in it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text';
import type { Summary } from '../../src/summary/build';
import { cli } from '../helpers';
import { buildDataDir } from './fixture';

let data: Awaited<ReturnType<typeof buildDataDir>>;
const report = (...args: string[]) => cli(['report', '--data-dir', data.dataDir, ...args]);
const json = (...args: string[]) => {
  const r = report('--format', 'json', ...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Summary;
};

beforeAll(async () => {
  data = await buildDataDir();
}, 120_000);
afterAll(() => rmSync(data.dataDir, { recursive: true, force: true }));

describe('scamdrill report --format text', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`fits 80 columns (CJK counted as two) with no colour codes, in ${lang}`, () => {
      const r = report('--lang', lang);
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      const wide = lines.filter((l) => displayWidth(l) > 80);
      expect(wide).toEqual([]);
      expect(r.stdout).not.toMatch(/\u001b\[/);
      // The sections a training lead reads, in the asked language.
      const words = lang === 'en' ? ['Most-missed red flags', 'Outcomes', 'Scores over time, by week', 'By scenario', 'By site', 'Before and after training'] : ['最常漏掉的危险信号', '结果分布', '得分走势（按周）', '按场景', '按地点', '培训前后对比'];
      for (const w of words) expect(r.stdout).toContain(w);
      expect(r.stdout).toContain(lang === 'en' ? 'Unexpected contact' : '主动找上门的来电或短信');
      expect(r.stdout).toMatch(/[▁▂▃▄▅▆▇█]{3}/);
    });
  }

  it('counts every practice and every drill participant, with sites and teams as given', () => {
    const s = json();
    expect(s.counts).toEqual({ results: data.practices + 9, practices: data.practices, drillResults: 9, drills: 3 });
    expect(s.bySite.map((g) => g.key).sort()).toEqual(['Community centre', 'North branch', 'South branch']);
    expect(s.bySite.find((g) => g.key === 'Community centre')!.results).toBe(3);
    expect(json('--team', 'volunteers').counts).toEqual({ results: 3, practices: 0, drillResults: 3, drills: 1 });
    expect(s.byScenario.map((g) => g.key).sort()).toEqual(['etc-toll-card', 'express-refund']);
    // The flags by name in the report's language, and by id.
    const zh = json('--lang', 'zh');
    expect(zh.overall.flags.find((f) => f.id === 'unsolicited-contact')!.name).toBe('主动找上门的来电或短信');
    // The drill with the check: three people before and after.
    expect(s.checks!.overall.paired).toBe(3);
    expect(s.checks!.bySite.map((g) => [g.key, g.paired])).toEqual([['North branch', 3]]);
  });

  it('filters by period and scenario; weeks for a short span, months for a long one', () => {
    const sept = json('--since', '2026-09-01', '--until', '2026-09-30');
    expect(sept.counts.drillResults).toBe(0);
    expect(sept.counts.practices).toBe(24); // weeks starting 7, 14, 21, 28 September: 6 each
    expect(sept.period).toBe('week');
    expect(sept.overall.scores.map((p) => p.start)).toEqual(['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28']);
    const year = json('--since', '2026-01-01', '--until', '2026-12-31', '--scenario', 'etc-toll-card');
    expect(year.period).toBe('month');
    expect(year.overall.scores).toHaveLength(12);
    expect(year.byScenario.map((g) => g.key)).toEqual(['etc-toll-card']);
    // Scores rise as the careful learner shows up more (fixture.ts): the report shows what the data holds.
    const weeks = json().overall.scores.filter((p) => p.meanScore !== null);
    expect(weeks.at(-2)!.meanScore!).toBeGreaterThan(weeks[0]!.meanScore!);
  });

  it('writes CSV with a byte-order mark and one row per measure', () => {
    const out = join(data.dataDir, 'r.csv');
    const r = report('--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFby,group,group_name,measure,key,name,count,of,share,value,ci_low,ci_high\r\n')).toBe(true);
    expect(csv).toMatch(/\r\nall,,,flag,unsolicited-contact,Unexpected contact,\d+,\d+,/);
    expect(csv).toMatch(/\r\nsite,Community centre,Community centre,outcome,safe,safe,\d+,3,/);
  });
});

describe('bad input and an empty store', () => {
  it('says what is wrong with a date, an unknown site or format, and exits non-zero', () => {
    const bad = report('--since', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('scamdrill: --since "2026-02-30": give a day as YYYY-MM-DD, like 2026-09-01\n');
    const order = report('--since', '2026-10-01', '--until', '2026-09-01');
    expect(order.code).toBe(2);
    expect(order.stderr).toContain('--since 2026-10-01 is after --until 2026-09-01');
    const site = report('--site', 'Atlantis');
    expect(site.code).toBe(1);
    expect(site.stderr).toBe('scamdrill: no results for site "Atlantis"; sites with results: Community centre, North branch, South branch\n');
    const format = report('--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/argument 'pdf' is invalid.*html/s);
    expect(bad.stderr + site.stderr + format.stderr).not.toMatch(/\n\s+at /);
  });

  it('says there is nothing yet in an empty data folder, and exits 0', () => {
    const empty = mkdtempSync(join(tmpdir(), 'scamdrill-report-empty-'));
    try {
      const r = cli(['report', '--data-dir', empty]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('No results yet: practise (scamdrill practice) or run a drill (scamdrill drill host) first.\n');
      const j = cli(['report', '--data-dir', empty, '--json', '--lang', 'zh']);
      expect(j.code).toBe(0);
      expect(j.stderr).toContain('还没有任何结果');
      expect((JSON.parse(j.stdout) as Summary).counts.results).toBe(0);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('says when the filters match nothing in a store that has results', () => {
    const r = report('--since', '2020-01-01', '--until', '2020-01-31');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No results match these filters.\n');
  });
});
