// The room's rules without sockets: a fake clock, the tiny fixture, choices so the classifier's
// evolution cannot change the outcome.
import { describe, expect, it } from 'vitest';
import { ARRIVAL_QUIET_MS, Room, RoomError, cleanName, type RoomConfig, type RoomRecord } from '../../src/drill/room';
import { loadTiny } from './helpers';

function setup(over: Partial<RoomConfig> = {}) {
  const { scenario, catalogue } = loadTiny();
  let t = 1_000;
  const clock = { now: () => t, pass: (ms: number) => { t += ms; } };
  const config: RoomConfig = { drillId: 'd1', scenario, catalogue, lang: 'en', mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false, ...over };
  const records: RoomRecord[] = [];
  const room = new Room(config, clock.now);
  const log = <T extends { record: RoomRecord }>(c: T) => { records.push(c.record); return c; };
  return { room, clock, config, records, log };
}

describe('Room', () => {
  it('judges each person on their own answers and follows the majority', () => {
    const { room, log } = setup({ leaderboard: true });
    const a = log(room.join('Ann', 'token-aaaaaaaa')).pid;
    const b = log(room.join('Bo', 'token-bbbbbbbb')).pid;
    const c = log(room.join('Cy', 'token-cccccccc')).pid;
    expect(room.lineView()).toMatchObject({ step: 1, turn: 'greet', open: true });
    const ra = log(room.answer(a, 1, { choice: 1 }));
    expect(ra.verdicts.map((v) => v.verdict.verdict)).toEqual(['missed', 'missed']);
    log(room.answer(b, 1, { choice: 1 }));
    const rc = log(room.answer(c, 1, { choice: 3 }));
    expect(rc.verdicts.map((v) => [v.verdict.flag, v.verdict.verdict])).toEqual([['unsolicited-contact', 'caught'], ['account-problem', 'caught']]);
    expect(room.tally()).toMatchObject({ answered: 3, waiting: 0, byIntent: { comply: 2, refuse: 1 }, byChoice: { '#1': 2, '#3': 1 } });
    expect(room.majority()).toEqual({ pick: { choice: 1 } });
    log(room.advance());
    expect(room.lineView()).toMatchObject({ step: 2, turn: 'ask-code' });
    const leak = log(room.answer(a, 2, { choice: 1 }));
    expect(leak.verdicts[0]!.verdict).toMatchObject({ flag: 'asks-code', verdict: 'missed', critical: true });
    log(room.answer(b, 2, { choice: 3 }));
    log(room.answer(c, 2, { choice: 3 }));
    log(room.advance());
    expect(room.ended).toBe(true);
    expect(room.endReason).toBe('finished');
    const da = room.debriefFor(a);
    // Ann read out the code: her own answer led to the scenario's loss ending, whatever the room did.
    expect(da).toMatchObject({ outcome: 'loss', caught: 0, missed: 3, score: 0, leaked: ['code'], room: { outcome: 'safe' } });
    expect(room.debriefFor(b)).toMatchObject({ outcome: 'safe', caught: 1, missed: 2, score: 33 });
    // Cy's "No thanks" led to the safe ending at line 1: line 2 was never Cy's to catch or miss.
    expect(room.debriefFor(c)).toMatchObject({ outcome: 'safe', caught: 2, missed: 0, score: 100, ending: 'safe' });
    const res = room.results();
    expect(res.outcome).toBe('safe');
    expect(res.lines[0]!.flags.find((f) => f.id === 'unsolicited-contact')).toMatchObject({ caught: 1, missed: 2, open: 0 });
    expect(res.leaderboard!.map((p) => p.name)).toEqual(['Cy', 'Bo', 'Ann']);
  });

  it('replays its records into the same room', () => {
    const { room, config, records, log, clock } = setup();
    const a = log(room.join('Ann', 'token-aaaaaaaa')).pid;
    const b = log(room.join('Bo', 'token-bbbbbbbb')).pid;
    log(room.answer(a, 1, { choice: 2 }));
    log(room.answer(b, 1, { choice: 2 }));
    log(room.advance());
    log(room.answer(a, 2, { choice: 2 }));
    const again = Room.replay(config, records, clock.now);
    expect(again.lineView()).toEqual(room.lineView());
    expect(again.tally()).toEqual(room.tally());
    expect(again.byToken('token-bbbbbbbb')).toBe(b);
    expect(again.debriefFor(a)).toEqual(room.debriefFor(a));
    expect(() => again.answer(a, 2, { choice: 3 })).toThrow(RoomError);
  });

  it('keeps flags open after a question and decides them with the next answer', () => {
    const { room } = setup();
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    expect(room.answer(a, 1, { choice: 2 }).verdicts).toEqual([]);
    room.advance();
    expect(room.lineView()!.turn).toBe('explain');
    const r = room.answer(a, 2, { choice: 2 });
    expect(r.verdicts.map((v) => [v.verdict.step, v.verdict.flag, v.verdict.verdict])).toEqual([
      [1, 'unsolicited-contact', 'caught'], [1, 'account-problem', 'caught'], [2, 'claims-authority', 'caught'],
    ]);
  });

  it('lets the trainer pick, skip along the silence path, reveal and kick', () => {
    const { room } = setup({ branch: 'trainer' });
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    const b = room.join('Bo', 'token-bbbbbbbb').pid;
    room.answer(a, 1, { choice: 3 });
    expect(() => room.advance({ choice: 9 })).toThrow(/no answer #9/);
    room.advance({ choice: 1 });
    expect(room.lineView()!.turn).toBe('ask-code');
    room.reveal();
    expect(room.lineView()!.open).toBe(false);
    expect(() => room.answer(b, 2, { choice: 3 })).toThrow(/closed/);
    room.skip();
    expect(room.lineView()!.turn).toBe('hurry');
    room.kick(b);
    expect(() => room.answer(b, 3, { choice: 1 })).toThrow(/removed/);
    expect(room.tally()).toMatchObject({ answered: 0, waiting: 1 });
    room.end();
    expect(room.endReason).toBe('stopped');
    // Ann's "No thanks" ended her own call safely at line 1; Bo never answered and the drill stopped.
    expect(room.debriefFor(a).outcome).toBe('safe');
    expect(room.debriefFor(b).outcome).toBe('unfinished');
    expect(room.debriefFor(b).open).toBeGreaterThan(0);
  });

  it('advances by itself at auto pace: when time is up, or as soon as everyone online has answered', () => {
    const { room, clock } = setup({ pace: { kind: 'auto', seconds: 20 } });
    clock.pass(60_000); // nobody here yet: the clock has not started
    expect(room.tick()).toBeUndefined();
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    const b = room.join('Bo', 'token-bbbbbbbb').pid;
    room.setOnline(a, true);
    room.setOnline(b, true);
    clock.pass(2_000);
    expect(room.lineView()!.msLeft).toBe(18_000);
    room.answer(a, 1, { choice: 1 });
    room.answer(b, 1, { choice: 1 });
    // Line 1, someone joined 2 s ago: others may still be arriving, so it waits until arrivals go quiet.
    expect(room.tick()).toBeUndefined();
    clock.pass(ARRIVAL_QUIET_MS - 2_000);
    expect(room.tick()!.record).toMatchObject({ type: 'advance', by: 'timer', pick: { choice: 1 } });
    room.answer(a, 2, { choice: 2 });
    expect(room.tick()).toBeUndefined();
    room.answer(b, 2, { choice: 2 });
    expect(room.tick()!.record).toMatchObject({ type: 'advance', pick: { choice: 2 } });
    expect(room.lineView()!.turn).toBe('hurry');
    clock.pass(20_000);
    expect(room.tick()!.record).toMatchObject({ type: 'advance', pick: { silence: true } });
    expect(room.lineView()!.turn).toBe('ask-code');
  });

  it('at auto pace, does not wait on someone whose own answer already ended their call', () => {
    const { room, clock } = setup({ pace: { kind: 'auto', seconds: 20 } });
    const [a, b, c] = ['Ann', 'Bo', 'Cy'].map((n) => room.join(n, `token-${n.toLowerCase()}aaaaaa`).pid) as [string, string, string];
    for (const p of [a, b, c]) room.setOnline(p, true);
    clock.pass(ARRIVAL_QUIET_MS);
    // Cy's "No thanks" ends Cy's call at line 1; the room follows the other two on to line 2.
    room.answer(a, 1, { choice: 1 });
    room.answer(b, 1, { choice: 1 });
    room.answer(c, 1, { choice: 3 });
    expect(room.tick()!.record).toMatchObject({ type: 'advance', pick: { choice: 1 } });
    expect(room.lineView()!.turn).toBe('ask-code');
    room.answer(a, 2, { choice: 3 });
    expect(room.tick()).toBeUndefined();
    clock.pass(1_000);
    room.answer(b, 2, { choice: 3 });
    // Everyone still on the call has answered: the line moves on now, not 19 s later for Cy.
    expect(room.tick()!.record).toMatchObject({ type: 'advance', by: 'timer', pick: { choice: 3 } });
    expect(room.debriefFor(c)).toMatchObject({ outcome: 'safe', ending: 'safe' });
  });

  it('takes a person who hung up off the call: later lines are not theirs', () => {
    const { room } = setup();
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    const b = room.join('Bo', 'token-bbbbbbbb').pid;
    room.answer(a, 1, { text: 'I am hanging up now.' });
    room.answer(b, 1, { choice: 1 });
    room.advance({ choice: 1 });
    room.answer(b, 2, { choice: 1 });
    room.advance();
    expect(room.debriefFor(a)).toMatchObject({ outcome: 'safe', ending: 'hung-up', caught: 2, missed: 0, score: 100 });
    expect(room.debriefFor(b)).toMatchObject({ outcome: 'loss', missed: 3 });
    expect(room.results().lines[1]!.flags[0]).toMatchObject({ caught: 0, missed: 1, open: 0 });
  });

  it('does not hold earlier lines against a late joiner', () => {
    const { room } = setup();
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    room.answer(a, 1, { choice: 1 });
    room.advance();
    const late = room.join('Late', 'token-llllllll').pid;
    room.answer(late, 2, { choice: 3 });
    room.advance();
    expect(room.debriefFor(late)).toMatchObject({ caught: 1, missed: 0, score: 100 });
  });

  it('keeps names out of storage when anonymous, and cleans names', () => {
    const { room } = setup({ anonymous: true });
    const j = room.join('Li', 'token-aaaaaaaa');
    expect(j.record).toMatchObject({ type: 'join', name: null });
    expect(room.roster()[0]!.name).toBe('Participant 1');
    expect(cleanName('\u001b[31mEvil\u001b[0m\u0007 <b>')).toBe('Evil b');
    expect(() => room.join('\u001b[2J', 'token-bbbbbbbb')).toThrow(/name/);
  });
});

describe('each person is told what their own answers did', () => {
  it('someone who went along while the room got away is never told "safe", nor the room\'s story', () => {
    const { room } = setup();
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    const b = room.join('Bo', 'token-bbbbbbbb').pid;
    const c = room.join('Cy', 'token-cccccccc').pid;
    room.answer(a, 1, { choice: 3 });
    room.answer(b, 1, { choice: 3 });
    room.answer(c, 1, { choice: 1 }); // "Oh no, what should I do?"
    room.advance(); // the room said no thanks: the caller gives up
    expect(room.results().outcome).toBe('safe');
    const dc = room.debriefFor(c);
    expect(dc.outcome).not.toBe('safe');
    expect(dc.endingText).toMatch(/still going along/);
    expect(dc.endingText).not.toMatch(/gives up/);
    expect(dc.room).toMatchObject({ outcome: 'safe', text: 'The caller gives up.' });
    expect(room.debriefFor(a)).toMatchObject({ outcome: 'safe', ending: 'safe' });
  });

  it('a secret typed after the call ended for them still makes their outcome a leak', () => {
    const { room } = setup();
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    const b = room.join('Bo', 'token-bbbbbbbb').pid;
    const c = room.join('Cy', 'token-cccccccc').pid;
    for (const p of [a, b, c]) room.answer(p, 1, { choice: 2 });
    room.advance(); // explain
    room.answer(a, 2, { choice: 2 }); // Ann goes to check: her call ends there (the verify route)
    room.answer(b, 2, { choice: 1 });
    room.answer(c, 2, { choice: 1 });
    expect(room.debriefFor(a).outcome).toBe('safe');
    room.advance(); // the room goes on to ask for the code
    room.answer(a, 3, { text: 'the code is 482913' });
    room.answer(b, 3, { choice: 3 });
    room.answer(c, 3, { choice: 3 });
    room.advance();
    expect(room.debriefFor(a)).toMatchObject({ outcome: 'leak', leaked: ['code'] });
  });
});

describe('a tie waits for the trainer', () => {
  it('reports a 1–1 tie between answers that lead to different places, and Enter does not advance on it', () => {
    const { room } = setup();
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    const b = room.join('Bo', 'token-bbbbbbbb').pid;
    room.answer(a, 1, { choice: 1 }); // goes along: on to the code
    room.answer(b, 1, { choice: 3 }); // no thanks: the caller gives up
    expect(room.majority()).toEqual({ tie: [{ choice: 1 }, { choice: 3 }] });
    expect(room.tally()).toMatchObject({ answered: 2, tie: [{ choice: 1 }, { choice: 3 }] });
    expect(() => room.advance()).toThrow(expect.objectContaining({ code: 'tie' }));
    expect(room.ended).toBe(false);
    expect(room.lineView()!.step).toBe(1);
    // The trainer's pick breaks it.
    room.advance({ choice: 3 });
    expect(room.endReason).toBe('finished');
    expect(room.results().outcome).toBe('safe');
  });

  it('is no tie when the tied answers lead to the same place, nor once one answer leads', () => {
    const { room } = setup();
    const [a, b, c] = ['Ann', 'Bo', 'Cy'].map((n) => room.join(n, `token-${n}-xxxxxxxx`).pid);
    room.answer(a!, 1, { choice: 1 }); // comply → ask-code
    room.answer(b!, 1, { text: 'mmm' }); // a stall or unclear: the default route, to ask-code too
    expect(room.majority()).toEqual({ pick: { choice: 1 } });
    expect(room.tally()!.tie).toBeUndefined();
    room.answer(c!, 1, { choice: 3 }); // the safe ending: now it matters which one the room follows
    const m = room.majority();
    expect('tie' in m && m.tie).toHaveLength(3);
    expect(m).toMatchObject({ tie: [{ choice: 1 }, {}, { choice: 3 }] });
  });

  it('at auto pace, a tie holds the line past its time until the trainer picks or an answer breaks it', () => {
    const { room, clock } = setup({ pace: { kind: 'auto', seconds: 10 } });
    const [a, b, c] = ['Ann', 'Bo', 'Cy'].map((n) => room.join(n, `token-${n}-xxxxxxxx`).pid);
    for (const p of [a!, b!, c!]) room.setOnline(p, true);
    clock.pass(ARRIVAL_QUIET_MS);
    room.answer(a!, 1, { choice: 1 });
    room.answer(b!, 1, { choice: 3 });
    clock.pass(60_000);
    expect(room.tick()).toBeUndefined();
    expect(room.lineView()).toMatchObject({ step: 1, open: true, msLeft: 0 });
    // Cy answers late: no tie any more, and the line moves on at once.
    room.answer(c!, 1, { choice: 3 });
    expect(room.tick()!.record).toMatchObject({ type: 'advance', by: 'timer', pick: { choice: 3 } });
  });
});

describe('a drill that follows the trainer (--branch trainer)', () => {
  it('never moves on by the majority: Enter asks for a pick, the clock waits, and the pick decides', () => {
    const { room, clock } = setup({ branch: 'trainer', pace: { kind: 'auto', seconds: 10 } });
    const [a, b, c] = ['Ann', 'Bo', 'Cy'].map((n) => room.join(n, `token-${n}-xxxxxxxx`).pid);
    for (const p of [a!, b!, c!]) room.setOnline(p, true);
    clock.pass(ARRIVAL_QUIET_MS);
    room.answer(a!, 1, { choice: 1 });
    room.answer(b!, 1, { choice: 1 });
    room.answer(c!, 1, { choice: 3 });
    // Everyone has answered and the time is up: a majority drill would move on to the code; this one waits.
    clock.pass(60_000);
    expect(room.tick()).toBeUndefined();
    expect(room.tally()).toMatchObject({ answered: 3, trainer: [{ choice: 1 }, { choice: 3 }] });
    expect(room.tally()!.tie).toBeUndefined();
    expect(() => room.advance()).toThrow(expect.objectContaining({ code: 'pick-needed' }));
    expect(room.lineView()!.step).toBe(1);
    // The trainer follows the one who said no, against the majority.
    expect(room.advance({ choice: 3 }).record).toMatchObject({ type: 'advance', by: 'trainer', pick: { choice: 3 } });
    expect(room.endReason).toBe('finished');
    expect(room.results().outcome).toBe('safe');
  });
});

describe('what a participant is told again when they come back', () => {
  it('the answer they gave to the current line, how it was read and the verdicts it decided, with why and what to do', () => {
    const { room, config, records, log, clock } = setup();
    const a = log(room.join('Ann', 'token-aaaaaaaa')).pid;
    expect(room.ackFor(a, 1)).toBeUndefined();
    log(room.answer(a, 1, { choice: 1 }));
    const ack = room.ackFor(a, 1)!;
    expect(ack).toMatchObject({ t: 'ack', step: 1, intent: 'comply', choice: 1 });
    expect(ack.verdicts!.map((v) => [v.flag, v.verdict])).toEqual([['unsolicited-contact', 'missed'], ['account-problem', 'missed']]);
    expect(ack.verdicts![0]!.why).toMatch(/\w/);
    expect(ack.verdicts![0]!.todo).toMatch(/\w/);
    // The same after a restart: rebuilt from the stored records.
    expect(Room.replay(config, records, clock.now).ackFor(a, 1)).toEqual(ack);
  });

  it('no verdicts in exam mode', () => {
    const { room } = setup({ mode: 'exam' });
    const a = room.join('Ann', 'token-aaaaaaaa').pid;
    room.answer(a, 1, { choice: 3 });
    expect(room.ackFor(a, 1)).toEqual({ t: 'ack', step: 1, intent: 'refuse', choice: 3 });
  });
});
