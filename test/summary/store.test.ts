// Sites and teams in a real SQLite file: typed text, so cleaned and masked before it is stored (a
// phone number typed as a site is never kept in clear), filtered as stored, and refused with a
// usage error when it cannot be stored. A drill's end keeps each person's own result once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DrillStore } from '../../src/drill/store';
import { play } from '../../src/playback/run';
import { parseAnswers } from '../../src/answers/parse';
import { saveSession } from '../../src/store/history';
import { knownValues, readResults } from '../../src/store/results';
import { cli } from '../helpers';
import { catalogue, scenarioById } from './fixture';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const open = () => DrillStore.open((dir = mkdtempSync(join(tmpdir(), 'scamdrill-sites-'))));

describe('sites and teams in the store', () => {
  it('masks a secret typed into a site or team, and filters on the stored form', () => {
    const store = open();
    try {
      const answers = parseAnswers('#1\n', 'a.txt');
      if (!answers.ok) throw new Error('answers');
      const r = play(scenarioById('etc-toll-card'), catalogue, answers.answers, { lang: 'en' });
      saveSession(store.db, { debrief: r.debrief, events: r.events, mode: 'coach', site: 'Branch of Li 13912345678', team: '<b>tellers</b>' });
      saveSession(store.db, { debrief: r.debrief, events: r.events, mode: 'coach' });
      const sites = knownValues(store.db, 'site');
      expect(sites).toHaveLength(1);
      expect(sites[0]).not.toContain('13912345678');
      expect(sites[0]).toMatch(/^Branch of Li /);
      expect(knownValues(store.db, 'team')).toEqual(['btellers/b']);
      expect(readResults(store.db, { site: sites[0]! }).results).toHaveLength(1);
      expect(readResults(store.db, {}).results.map((x) => x.site)).toEqual([sites[0], '']);
    } finally {
      store.close();
    }
  });

  it("keeps each participant's own result once, however often the end is stored", () => {
    const store = open();
    try {
      store.create({ id: 'd1', scenario: 'etc-toll-card', scenarioRef: 'etc-toll-card', scenarioCopy: null, settings: { lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false }, code: 'ABCDEF', port: 0, bind: '127.0.0.1', createdAt: Date.UTC(2026, 8, 1), site: 'north', team: 'tellers' });
      const people = [{ pid: 'p1', outcome: 'safe' as const, score: 100, caught: 3, missed: 0, kicked: false }, { pid: 'p2', outcome: 'loss' as const, score: 20, caught: 1, missed: 2, kicked: true }];
      store.markEnded('d1', Date.UTC(2026, 8, 1, 1), people);
      store.markEnded('d1', Date.UTC(2026, 8, 1, 2), people);
      expect(store.get('d1')).toMatchObject({ site: 'north', team: 'tellers', endedAt: Date.UTC(2026, 8, 1, 1) });
      // The removed participant is not counted.
      expect(readResults(store.db, { site: 'north' }).results).toEqual([{ source: 'drill', at: '2026-09-01T00:00:00.000Z', scenario: 'etc-toll-card', site: 'north', team: 'tellers', drill: 'd1', outcome: 'safe', score: 100 }]);
    } finally {
      store.close();
    }
  });
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
