// Sites and teams in a real store, on both engines (a SQLite file, a throwaway PostgreSQL
// database): typed text, so cleaned and masked before it is stored (a phone number typed as a site
// is never kept in clear), filtered as stored, and refused with a usage error when it cannot be
// stored. A drill's end keeps each person's own result once. The report's rows, counted from one
// store holding several drills and practices, give the same figures on either engine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DrillStore } from '../../src/drill/store';
import { play } from '../../src/playback/run';
import { parseAnswers } from '../../src/answers/parse';
import { saveSession } from '../../src/store/history';
import { knownValues, readResults, type ResultFilter } from '../../src/store/results';
import type { Store } from '../../src/store/store';
import { buildSummary, type Summary } from '../../src/summary/build';
import { cli } from '../helpers';
import { engineStores, ENGINES, type EngineName } from '../store/engines';
import { catalogue, fillStore, scenarioById } from './fixture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scamdrill-sites-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const stores = engineStores();

describe.each(ENGINES)('sites and teams in the store on %s', (engine) => {
  const open = () => stores.open(engine, dir);

  it('masks a secret typed into a site or team, and filters on the stored form', async () => {
    const db = await open();
    try {
      const answers = parseAnswers('#1\n', 'a.txt');
      if (!answers.ok) throw new Error('answers');
      const r = play(scenarioById('etc-toll-card'), catalogue, answers.answers, { lang: 'en' });
      await DrillStore.open(db);
      await saveSession(db, { debrief: r.debrief, events: r.events, mode: 'coach', site: 'Branch of Li 13912345678', team: '<b>tellers</b>' });
      await saveSession(db, { debrief: r.debrief, events: r.events, mode: 'coach' });
      const sites = await knownValues(db, 'site');
      expect(sites).toHaveLength(1);
      expect(sites[0]).not.toContain('13912345678');
      expect(sites[0]).toMatch(/^Branch of Li /);
      expect(await knownValues(db, 'team')).toEqual(['btellers/b']);
      expect((await readResults(db, { site: sites[0]! })).results).toHaveLength(1);
      expect((await readResults(db, {})).results.map((x) => x.site)).toEqual([sites[0], '']);
    } finally {
      await db.close();
    }
  });

  it("keeps each participant's own result once, however often the end is stored", async () => {
    const db = await open();
    const store = await DrillStore.open(db);
    try {
      await store.create({ id: 'd1', scenario: 'etc-toll-card', scenarioRef: 'etc-toll-card', scenarioCopy: null, settings: { lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false }, code: 'ABCDEF', port: 0, bind: '127.0.0.1', createdAt: Date.UTC(2026, 8, 1), site: 'north', team: 'tellers' });
      const people = [{ pid: 'p1', outcome: 'safe' as const, score: 100, caught: 3, missed: 0, kicked: false }, { pid: 'p2', outcome: 'loss' as const, score: 20, caught: 1, missed: 2, kicked: true }];
      await store.markEnded('d1', Date.UTC(2026, 8, 1, 1), people);
      await store.markEnded('d1', Date.UTC(2026, 8, 1, 2), people);
      expect(await store.get('d1')).toMatchObject({ site: 'north', team: 'tellers', endedAt: Date.UTC(2026, 8, 1, 1) });
      expect(await db.all('SELECT pid FROM drill_people ORDER BY pid')).toEqual([{ pid: 'p1' }, { pid: 'p2' }]);
      // The removed participant is not counted.
      expect((await readResults(db, { site: 'north' })).results).toEqual([{ source: 'drill', at: '2026-09-01T00:00:00.000Z', scenario: 'etc-toll-card', site: 'north', team: 'tellers', drill: 'd1', outcome: 'safe', score: 100 }]);
    } finally {
      await store.close();
    }
  });
});

describe('the report from a store with several drills and practices', () => {
  const summaryOf = async (db: Store, filter: ResultFilter) =>
    buildSummary({ stored: await readResults(db, filter), filter, lang: 'en', catalogue, titles: {} });
  // Drills are dated when they ran (today): their scores over time and the span depend on the day
  // each engine's fill ran, so those are compared on the practices alone (dated by the fixture).
  const untimed = (s: Summary) => {
    const groups = (gs: Summary['bySite']) => gs.map((g) => ({ ...g, scores: [] }));
    return { ...s, span: null, period: null, overall: { ...s.overall, scores: [] }, byScenario: groups(s.byScenario), bySite: groups(s.bySite) };
  };

  it(`counts every practice and drill participant the same on ${ENGINES.join(' and ')}`, async () => {
    const figures: Partial<Record<EngineName, { all: ReturnType<typeof untimed>; practices: Summary; north: ReturnType<typeof untimed> }>> = {};
    for (const engine of ENGINES) {
      const db = await stores.open(engine, mkdtempSync(join(dir, `${engine}-`)));
      try {
        const { practices } = await fillStore(db);
        const all = await summaryOf(db, {});
        expect(all.counts).toEqual({ results: practices + 9, practices, drillResults: 9, drills: 3 });
        expect(all.bySite.map((g) => [g.key, g.results]).sort()).toEqual([['Community centre', 3], ['North branch', 33], ['South branch', 33]]);
        expect(all.checks!.overall.paired).toBe(3);
        figures[engine] = {
          all: untimed(all),
          practices: await summaryOf(db, { until: '2026-11-30' }),
          north: untimed(await summaryOf(db, { site: 'North branch', team: 'tellers' })),
        };
      } finally {
        await db.close();
      }
    }
    expect(figures.sqlite!.practices.counts.practices).toBe(60);
    if (figures.postgres) expect(figures.postgres).toEqual(figures.sqlite);
  }, 240_000);
});

describe('--site and --team on the command line', () => {
  it('refuses a site that cannot be stored, and a new site on --resume, before anything starts', () => {
    const bad = cli(['drill', 'host', 'etc-toll-card', '--headless', '--site', '<>']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('scamdrill: --site: give a site of 1 to 40 characters\n');
    const resume = cli(['drill', 'host', '--resume', '20261201-abcdef', '--headless', '--team', 'x']);
    expect(resume.code).toBe(2);
    expect(resume.stderr).toContain('--resume keeps the site and team the drill was started with');
    expect(cli(['drill', 'host', '--help']).stdout).toContain('--site <site>');
    expect(cli(['practice', '--help']).stdout).toContain('--team <team>');
  });
});
