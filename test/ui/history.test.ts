// The history store against a real SQLite file in a temp folder, fed by real sessions.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/session';
import { reader } from '../../src/classify/reader';
import { recordPractice } from '../../src/practice/record';
import { suggestScenario } from '../../src/practice/suggest';
import { openDb } from '../../src/store/db';
import { getSession, listSessions, missedFlags } from '../../src/store/history';
import { fixtures, scenario } from './render';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scamdrill-history-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function play(replies: (string | { choice: number })[]) {
  const s = createSession(scenario('ui-refund-call'), fixtures().catalogue, { lang: 'en', reader });
  s.start();
  for (const r of replies) s.reply(r);
  return s;
}

describe('history store', () => {
  it('saves finished sessions and lists them newest first with outcome and score', () => {
    const careless = play(['yes please', { choice: 1 }]);
    const careful = play(['yes please', { choice: 2 }]);
    const a = recordPractice(careless, 'coach', dir);
    const b = recordPractice(careful, 'exam', dir);
    expect(a.id).toBeGreaterThan(0);
    expect(a.message).toContain(`#${a.id}`);
    const db = openDb(dir);
    try {
      const rows = listSessions(db);
      expect(rows.map((r) => r.id)).toEqual([b.id, a.id]);
      expect(rows[1]).toMatchObject({ scenario: 'ui-refund-call', outcome: 'loss', mode: 'coach', amountLost: 5000 });
      expect(rows[0]).toMatchObject({ outcome: 'safe', mode: 'exam' });
      expect(rows[1]!.score).toBeLessThanOrEqual(50);
      expect(rows.map((r) => [r.site, r.team])).toEqual([['', ''], ['', '']]);
    } finally {
      db.close();
    }
  });

  it('keeps the site and team a practice was for (practice --site, --team)', () => {
    const { id } = recordPractice(play(['yes please', { choice: 2 }]), 'coach', dir, { site: 'North branch', team: 'tellers' });
    const db = openDb(dir);
    try {
      expect(listSessions(db).find((r) => r.id === id)).toMatchObject({ site: 'North branch', team: 'tellers', outcome: 'safe' });
    } finally {
      db.close();
    }
  });

  it('getSession returns the stored engine events and debrief for playback', () => {
    const s = play(['yes please', { choice: 1 }]);
    const { id } = recordPractice(s, 'coach', dir);
    const db = openDb(dir);
    try {
      const got = getSession(db, id!);
      expect(got?.events).toEqual(JSON.parse(JSON.stringify(s.events)));
      expect(got?.debrief.flags.map((f) => f.verdict)).toEqual(s.debrief().flags.map((f) => f.verdict));
      expect(getSession(db, 9999)).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('never stores a secret the trainee typed', () => {
    const s = play(['yes please', 'the code is 482913']);
    expect(s.ended).toBe(true);
    recordPractice(s, 'coach', dir);
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).includes('482913')).toBe(false);
  });

  it('tallies the flags most missed and suggests a scenario that trains the top one', () => {
    recordPractice(play(['yes please', { choice: 1 }]), 'coach', dir);
    recordPractice(play(['yes please', { choice: 2 }]), 'coach', dir);
    const db = openDb(dir);
    let tallies;
    try {
      tallies = missedFlags(db);
    } finally {
      db.close();
    }
    const refund = tallies.find((t) => t.flag === 'refund-too-good');
    expect(refund).toEqual({ flag: 'refund-too-good', missed: 2, caught: 0 });
    expect(tallies.find((t) => t.flag === 'asks-code')).toEqual({ flag: 'asks-code', missed: 1, caught: 1 });
    const top = suggestScenario(tallies, fixtures().scenarios);
    expect(top?.scenario.id).toBe('ui-refund-call');
    expect(suggestScenario([{ flag: 'link-in-sms' }], fixtures().scenarios)?.scenario.id).toBe('ui-parcel-sms');
  });

  it('a folder that cannot be written gives a message, not a crash', () => {
    const s = play(['yes please', { choice: 1 }]);
    const notAFolder = join(dir, 'a-file');
    writeFileSync(notAFolder, '');
    const r = recordPractice(s, 'coach', notAFolder);
    expect(r.id).toBeUndefined();
    expect(r.message).toMatch(/^Not saved: /);
  });
});
