// A real store for the report tests (a SQLite data folder, or any store given), made by the program's own writers: practices played by
// playback from the example learners and saved by the history store (finished over ten weeks, at
// two sites), and drills hosted on 127.0.0.1 with scripted participants answering from the same
// files, one of them with the before/after check. Nothing is inserted by hand.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnswers } from '../../src/answers/parse';
import { loadForms } from '../../src/check/files';
import { DrillConnection, is } from '../../src/drill/client/connection';
import { runScripted } from '../../src/drill/client/scripted';
import { launchNew } from '../../src/drill/launch';
import { DrillStore } from '../../src/drill/store';
import { play } from '../../src/playback/run';
import { loadLibrary } from '../../src/scenario/files';
import { saveSession } from '../../src/store/history';
import { openSqlite } from '../../src/store/sqlite';
import type { Store } from '../../src/store/store';
import { ROOT } from '../helpers';

export const LEARNERS = ['careful', 'careless', 'mixed'] as const;
export const SCENARIOS = ['express-refund', 'etc-toll-card'] as const;

const library = loadLibrary([join(ROOT, 'scenarios')]);
export const catalogue = library.catalogue;
export const scenarioById = (id: string) => {
  const s = library.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

const answersOf = (scenario: string, learner: string) => {
  const file = join(ROOT, 'examples', 'answers', scenario, `${learner}.txt`);
  const parsed = parseAnswers(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  return parsed.answers;
};

/** The week-by-week practices: each learner on each scenario, one site per week in turn, ten weeks from 2026-09-07. */
export async function savePractices(store: Store): Promise<number> {
  let n = 0;
  for (let week = 0; week < 10; week++) {
    for (const scenario of SCENARIOS) {
      // The careful learner shows up more in later weeks: scores should rise over time.
      const learners = week < 5 ? LEARNERS : (['careful', 'careful', 'mixed'] as const);
      for (const [i, learner] of learners.entries()) {
        const r = play(scenarioById(scenario), catalogue, answersOf(scenario, learner), { lang: 'en' });
        const finishedAt = new Date(Date.UTC(2026, 8, 7 + week * 7 + i, 10));
        await saveSession(store, { debrief: r.debrief, events: r.events, mode: 'coach', finishedAt, site: week % 2 ? 'South branch' : 'North branch', team: i ? 'tellers' : 'managers' });
        n++;
      }
    }
  }
  return n;
}

const forms = loadForms().forms!;

/** One drill on 127.0.0.1, run to its end by three scripted participants on auto pace; returns its id. */
export async function runDrill(store: DrillStore, scenario: string, site: string, team: string, withCheck: boolean): Promise<string> {
  const launched = await launchNew({
    scenario: scenarioById(scenario), catalogue, scenarioRef: scenario, store, port: 0, bind: '127.0.0.1', tickMs: 50, site, team,
    // (a line moves on when everyone still on their call has answered; the timer decides only if an answer is slow: with a
    // one-second timer, on a loaded machine, a late answer once came after it and took another branch, so the two engines' drills differed)
    settings: { lang: 'en', mode: 'coach', pace: { kind: 'auto', seconds: 3 }, branch: 'majority', leaderboard: false, anonymous: true },
    ...(withCheck ? { check: { phases: ['pre', 'post'] as const, forms, db: store.db } } : {}),
  });
  const address = `127.0.0.1:${launched.host.port}`;
  // Auto pace moves on by itself, except when the room is split evenly: then this trainer picks the first tied answer.
  const trainer = await DrillConnection.open(address);
  let picked = 0;
  trainer.on((m) => {
    if (m.t === 'tally' && m.tally.tie && m.tally.step > picked) {
      picked = m.tally.step;
      trainer.send({ t: 'advance', pick: m.tally.tie[0]! });
    }
  });
  trainer.send({ t: 'trainer', secret: launched.secret });
  await trainer.next(is('trainer-ok'));
  try {
    // Before: "scam" for everything, unsure (d′ 0); after: form A's answers with 0, 2 or 4 of them turned round, sure.
    const check = (wrong: number) => ({
      pre: forms.A.items.map(() => ({ answer: 'scam' as const, confidence: 2 as const })),
      post: forms.A.items.map((item, i) => ({ answer: i < wrong ? (item.kind === 'scam' ? 'legitimate' as const : 'scam' as const) : item.kind, confidence: 4 as const })),
    });
    await Promise.all(LEARNERS.map((learner, n) => runScripted({
      address, code: launched.host.code, name: learner, steps: answersOf(scenario, learner).steps, timeoutMs: 60_000, ...(withCheck ? { check: check(2 * n) } : {}),
    })));
    await launched.host.ended;
    if (launched.check) await launched.check.settle(() => launched.host.room.roster(), 10_000, () => {});
    return launched.host.drillId;
  } finally {
    trainer.close();
    await launched.host.close();
  }
}

/** Fills a store with 60 practices and three ended drills of three people each (one with the check). */
export async function fillStore(db: Store): Promise<{ drills: string[]; practices: number }> {
  const store = await DrillStore.open(db);
  const practices = await savePractices(db);
  const drills = await Promise.all([
    runDrill(store, 'express-refund', 'North branch', 'tellers', true),
    runDrill(store, 'etc-toll-card', 'South branch', 'tellers', false),
    runDrill(store, 'express-refund', 'Community centre', 'volunteers', false),
  ]);
  return { drills, practices };
}

/** A SQLite data folder filled by fillStore. */
export async function buildDataDir(): Promise<{ dataDir: string; drills: string[]; practices: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scamdrill-report-'));
  const db = openSqlite(dataDir);
  try {
    return { dataDir, ...(await fillStore(db)) };
  } finally {
    await db.close();
  }
}
