// The history store on both engines (a real SQLite file in a temp folder, a real PostgreSQL
// database), fed by real sessions.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/session';
import { reader } from '../../src/classify/reader';
import { recordPractice } from '../../src/practice/record';
import { suggestScenario } from '../../src/practice/suggest';
import { getSession, listSessions, missedFlags } from '../../src/store/history';
import { openStore, type StoreChoice } from '../../src/store/open';
import { engineStores, ENGINES, everyTableText } from '../store/engines';
import { fixtures, scenario } from './render';
import { loadTiny } from '../drill/helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scamdrill-history-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const stores = engineStores();

function play(replies: (string | { choice: number })[]) {
  const s = createSession(scenario('ui-refund-call'), fixtures().catalogue, { lang: 'en', reader });
  s.start();
  for (const r of replies) s.reply(r);
  return s;
}

describe.each(ENGINES)('history store on %s', (engine) => {
  let where: StoreChoice;
  beforeEach(async () => {
    where = await stores.choice(engine, dir);
  });
  // The same store again, as the next command would open it.
  const reopen = () => openStore(where, {});

  it('saves finished sessions and lists them newest first with outcome and score', async () => {
    const careless = play(['yes please', { choice: 1 }]);
    const careful = play(['yes please', { choice: 2 }]);
    const a = await recordPractice(careless, 'coach', where);
    const b = await recordPractice(careful, 'exam', where);
    expect(a.id).toBeGreaterThan(0);
    expect(a.message).toContain(`#${a.id}`);
    const db = await reopen();
    try {
      const rows = await listSessions(db);
      expect(rows.map((r) => r.id)).toEqual([b.id, a.id]);
      expect(rows[1]).toMatchObject({ scenario: 'ui-refund-call', outcome: 'loss', mode: 'coach', amountLost: 5000 });
      expect(rows[0]).toMatchObject({ outcome: 'safe', mode: 'exam' });
      expect(rows[1]!.score).toBeLessThanOrEqual(50);
      expect(rows.map((r) => [r.site, r.team])).toEqual([['', ''], ['', '']]);
    } finally {
      db.close();
    }
  });

  it('keeps the site and team a practice was for (practice --site, --team)', async () => {
    const { id } = await recordPractice(play(['yes please', { choice: 2 }]), 'coach', where, { site: 'North branch', team: 'tellers' });
    const db = await reopen();
    try {
      expect((await listSessions(db)).find((r) => r.id === id)).toMatchObject({ site: 'North branch', team: 'tellers', outcome: 'safe' });
    } finally {
      await db.close();
    }
  });

  it('getSession returns the stored engine events and debrief for playback', async () => {
    const s = play(['yes please', { choice: 1 }]);
    const { id } = await recordPractice(s, 'coach', where);
    const db = await reopen();
    try {
      const got = await getSession(db, id!);
      expect(got?.events).toEqual(JSON.parse(JSON.stringify(s.events)));
      expect(got?.debrief.flags.map((f) => f.verdict)).toEqual(s.debrief().flags.map((f) => f.verdict));
      expect(await getSession(db, 9999)).toBeUndefined();
    } finally {
      await db.close();
    }
  });

  it('never stores a secret the trainee typed', async () => {
    const s = play(['yes please', 'the code is 482913']);
    expect(s.ended).toBe(true);
    await recordPractice(s, 'coach', where);
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).includes('482913')).toBe(false);
    const db = await reopen();
    try {
      const text = await everyTableText(db);
      expect(text).toContain('practice_sessions');
      expect(text).not.toContain('482913');
    } finally {
      await db.close();
    }
  });

  it('never stores a card read out a few digits a reply: the reply that completes it is masked and counted', async () => {
    // Four years, each harmless alone, that together are a Luhn-valid card number. The first three
    // ask back ("what do you mean?"), so the call goes on to the piece that completes the card; a
    // bare number given to a caller who asked for one reads as handing it over, and would end it.
    const { scenario: tiny, catalogue } = loadTiny();
    const s = createSession(tiny, catalogue, { lang: 'en', reader });
    s.start();
    for (const piece of ['what do you mean, 2019?', 'what department, 2024?', 'why, 1985?', '1990']) s.reply(piece);
    const replies = s.events.filter((e) => e.type === 'reply');
    expect(replies.at(-1)).toMatchObject({ text: '[card ••••]', leaks: ['card'] });
    expect(s.leaked).toContain('card');
    await recordPractice(s, 'coach', where);
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).includes('2019202419851990')).toBe(false);
    const db = await reopen();
    try {
      const text = await everyTableText(db);
      expect(text).toContain('[card ••••]');
      expect(text).not.toContain('2019202419851990');
    } finally {
      await db.close();
    }
  });

  it('tallies the flags most missed and suggests a scenario that trains the top one', async () => {
    await recordPractice(play(['yes please', { choice: 1 }]), 'coach', where);
    await recordPractice(play(['yes please', { choice: 2 }]), 'coach', where);
    const db = await reopen();
    let tallies;
    try {
      tallies = await missedFlags(db);
    } finally {
      await db.close();
    }
    const refund = tallies.find((t) => t.flag === 'refund-too-good');
    expect(refund).toEqual({ flag: 'refund-too-good', missed: 2, caught: 0 });
    expect(tallies.find((t) => t.flag === 'asks-code')).toEqual({ flag: 'asks-code', missed: 1, caught: 1 });
    const top = suggestScenario(tallies, fixtures().scenarios);
    expect(top?.scenario.id).toBe('ui-refund-call');
    expect(suggestScenario([{ flag: 'link-in-sms' }], fixtures().scenarios)?.scenario.id).toBe('ui-parcel-sms');
  });

  it('a store that cannot be used gives a message, not a crash', async () => {
    const s = play(['yes please', { choice: 1 }]);
    const notAFolder = join(dir, 'a-file');
    writeFileSync(notAFolder, '');
    // A data folder that is a file; a server address where no server listens.
    const r = await recordPractice(s, 'coach', engine === 'sqlite' ? { dataDir: notAFolder } : { store: 'postgres://postgres@127.0.0.1:1/none' });
    expect(r.id).toBeUndefined();
    expect(r.message).toMatch(/^Not saved: /);
  });
});
