// Spot mode's pure parts on a small fixture library (a scam, a real bank alert, a real courier):
// the simulated person's path, the names offered, the queue, the reducer, marks files, the result.
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/scenario/files';
import { MAX_LINES, NAME_OPTIONS, playCall } from '../../src/spot/call';
import { pickChoice } from '../../src/core/simulated';
import { fitMarks, parseMarks } from '../../src/spot/marks';
import { mixedQueue, spotCalls, type CallSource } from '../../src/spot/queue';
import { spotResult } from '../../src/spot/result';
import { seeded } from '../../src/core/random';
import { spotReducer, startSpot, type SpotAction } from '../../src/spot/state';
import type { Mark } from '../../src/spot/score';
import { fixture } from '../helpers';

const lib = loadLibrary([fixture('spot')]);
const sources: CallSource[] = lib.scenarios.map((scenario) => ({ scenario, catalogue: lib.catalogue }));
const byId = (id: string) => sources.find((s) => s.scenario.id === id)!;
const scam = byId('spot-scam');
const real = byId('spot-real');

describe('the simulated person', () => {
  it('answers each line with one of its numbered answers and keeps the call going', () => {
    const call = playCall(scam.scenario, scam.catalogue, { lang: 'en', rng: seeded(1) });
    expect(call.kind).toBe('scam');
    expect(call.lines[0]!.text).toBe('Hello, am I speaking with Ms. Li?');
    // Never the "I'll call the number on my card" or "Not interested" that would end the call early.
    expect(call.lines.length).toBeGreaterThanOrEqual(4);
    expect(call.end?.ending).toBe('robbed');
    const said = (id: string) => scam.scenario.turns[id]!.choices!.map((c) => c.en);
    // The last reply is the one that led to the ending.
    call.lines.forEach((l) => expect([...said(l.turn), 'The code is [code ••••••].']).toContain(l.reply));
  });

  it('gives away no secret on screen: a code read out is masked', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const call = playCall(scam.scenario, scam.catalogue, { lang: 'zh', rng: seeded(seed) });
      expect(JSON.stringify(call.lines)).not.toContain('482913');
    }
  });

  it('takes the same path for the same seed, in either language', () => {
    const path = (seed: number, lang: 'en' | 'zh') => playCall(scam.scenario, scam.catalogue, { lang, rng: seeded(seed) }).lines.map((l) => l.turn);
    expect(path(7, 'en')).toEqual(path(7, 'en'));
    expect(path(7, 'en')).toEqual(path(7, 'zh'));
    const paths = new Set(Array.from({ length: 20 }, (_, i) => path(i, 'en').join(' ')));
    expect(paths.size).toBeGreaterThan(1);
  });

  it('prefers a half-way answer or going along that leads to a line not heard yet', () => {
    const problem = scam.scenario.turns.problem!;
    for (let seed = 0; seed < 20; seed++) {
      // 1 goes along, 2 asks a question: both lead on; 3 verifies, which ends the call.
      expect([1, 2]).toContain(pickChoice(scam.scenario, problem, new Set(['hello', 'problem']), seeded(seed)));
      // With the question's line already heard, going along is the way on.
      expect(pickChoice(scam.scenario, problem, new Set(['hello', 'problem', 'hurry']), seeded(seed))).toBe(1);
    }
  });

  it('marks on a real call carry no red flag; the names offered are red flags, the line\'s own among them', () => {
    const call = playCall(real.scenario, real.catalogue, { lang: 'en', rng: seeded(3) });
    expect(call.kind).toBe('legitimate');
    for (const l of call.lines) {
      expect(l.red).toEqual([]);
      expect(l.options).toHaveLength(NAME_OPTIONS);
      for (const f of l.options) expect(lib.catalogue.flags[f]!.green).toBe(false);
    }
    for (const l of playCall(scam.scenario, scam.catalogue, { lang: 'en', rng: seeded(3) }).lines) {
      expect(l.options).toHaveLength(NAME_OPTIONS);
      expect(new Set(l.options).size).toBe(NAME_OPTIONS);
      for (const f of l.red) expect(l.options).toContain(f);
    }
  });
});

describe('every scenario of the library', () => {
  it('plays to its end, or to MAX_LINES where the recording stops, with the person answering every line before', () => {
    const bundled = loadLibrary();
    for (const scenario of bundled.scenarios) {
      for (let seed = 1; seed <= 3; seed++) {
        const call = playCall(scenario, bundled.catalogue, { lang: 'en', rng: seeded(seed) });
        expect(call.lines.length).toBeLessThanOrEqual(MAX_LINES);
        if (!call.end) expect(call.lines.length, scenario.id).toBe(MAX_LINES);
        const answered = call.end ? call.lines : call.lines.slice(0, -1);
        for (const l of answered) expect(l.reply, `${scenario.id} ${l.turn}`).toBeTruthy();
      }
    }
  });
});

describe('the queue', () => {
  it('with no scenarios named: a seeded shuffle of scams and real calls', () => {
    const queue = mixedQueue(sources, seeded(5));
    expect(queue.map((s) => s.scenario.kind).sort()).toEqual(['legitimate', 'legitimate', 'scam']);
    expect(mixedQueue(sources, seeded(5)).map((s) => s.scenario.id)).toEqual(queue.map((s) => s.scenario.id));
    const orders = new Set(Array.from({ length: 10 }, (_, i) => mixedQueue(sources, seeded(i)).map((s) => s.scenario.id).join(' ')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('with scenarios named: those, in that order', () => {
    expect(spotCalls([real, scam], { lang: 'en', seed: 1, mix: false }).map((c) => c.scenario.id)).toEqual(['spot-real', 'spot-scam']);
  });
});

/** Marks for every line of the calls from a rule. */
const markAll = (calls: ReturnType<typeof spotCalls>, rule: (red: string[]) => Mark) => calls.map((c) => c.lines.map((l) => rule(l.red)));

describe('the result', () => {
  it('a learner who marks every line gets a low discernment score, whatever the mix', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const calls = spotCalls(sources, { lang: 'en', seed, mix: true });
      const everything = spotResult(calls, markAll(calls, () => ({ marked: true })), seed);
      expect(everything.tally.miss + everything.tally.correctRejection).toBe(0);
      expect(everything.dPrime!).toBeLessThan(0.5);
      expect(everything.hitsMinusFalseAlarms).toBe(0);
      const careful = spotResult(calls, markAll(calls, (red) => ({ marked: red.length > 0 })), seed);
      expect(careful.dPrime!).toBeGreaterThan(2);
      expect(careful.hitsMinusFalseAlarms).toBe(100);
    }
  });

  it('has no d′ when the drill had only one kind of line', () => {
    const calls = spotCalls([real], { lang: 'en', seed: 1, mix: false });
    const r = spotResult(calls, markAll(calls, () => ({ marked: false })), 1);
    expect(r.tally.correctRejection).toBe(calls[0]!.lines.length);
    expect(r.dPrime).toBeNull();
    expect(r.hitsMinusFalseAlarms).toBeNull();
  });

  it('counts only the lines reached when the learner leaves early', () => {
    const calls = spotCalls([scam, real], { lang: 'en', seed: 1, mix: false });
    const r = spotResult(calls, [[{ marked: false }, { marked: true, name: 'asks-code' }]], 1);
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]!.lines.map((l) => l.outcome)).toEqual(['correctRejection', 'hit']);
    expect(r.tally).toMatchObject({ hit: 1, correctRejection: 1, namedWrong: 1 });
  });
});

describe('the keys (reducer)', () => {
  it('Space marks and opens the names, a name or Enter moves on; a review after each call, then the result', () => {
    const calls = spotCalls([scam, real], { lang: 'en', seed: 1, mix: false });
    let s = startSpot(calls);
    const go = (...actions: SpotAction[]) => actions.forEach((a) => (s = spotReducer(s, a)));
    // Read through a function: the compiler does not see go() change s.
    const phase = () => s.phase;
    go({ type: 'pass' });
    expect(s).toMatchObject({ call: 0, line: 1, phase: 'line' });
    go({ type: 'mark' });
    expect(s.phase).toBe('naming');
    go({ type: 'pass' }); // not a key of the naming list
    expect(s.phase).toBe('naming');
    go({ type: 'name', flag: 'claims-authority' });
    expect(s.marks[0]).toEqual([{ marked: false }, { marked: true, name: 'claims-authority' }]);
    while (phase() === 'line') go({ type: 'pass' });
    expect(s).toMatchObject({ call: 0, phase: 'review' });
    go({ type: 'next' });
    expect(s).toMatchObject({ call: 1, line: 0, phase: 'line' });
    go({ type: 'mark' }, { type: 'name' });
    expect(s.marks[1]![0]).toEqual({ marked: true });
    while (phase() === 'line') go({ type: 'pass' });
    go({ type: 'next' });
    expect(s.phase).toBe('result');
  });
});

describe('marks files', () => {
  it('reads x, x with a flag id and ., skipping comments, blank lines and notes; full-width forms too', () => {
    const parsed = parseMarks('// the scam\nx\n\nx asks-code   // the code\n.\nＸ\n。\n', 'm.txt');
    expect(parsed).toEqual({
      ok: true,
      steps: [
        { line: 2, mark: { marked: true } },
        { line: 4, mark: { marked: true, name: 'asks-code' } },
        { line: 5, mark: { marked: false } },
        { line: 6, mark: { marked: true } },
        { line: 7, mark: { marked: false } },
      ],
    });
  });

  it('reports a wrong line with its number and what to write', () => {
    const parsed = parseMarks('x\nyes\n. asks-code\n', 'm.txt');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(parsed.errors[0]!.message).toBe('"yes" is not a mark; write "x" (a red flag), "x <flag id>" (a red flag, named) or "." (no red flag)');
  });

  it('lays the marks on the lines in order: unknown names and marks past the last line are errors, missing ones a note', () => {
    const calls = spotCalls([scam], { lang: 'en', seed: 1, mix: false });
    const n = calls[0]!.lines.length;
    const steps = (text: string) => {
      const p = parseMarks(text, 'm.txt');
      if (!p.ok) throw new Error('parse');
      return p.steps;
    };
    const short = fitMarks(calls, steps('x\n'), 'm.txt');
    expect(short).toEqual({ ok: true, marks: [[{ marked: true }, ...Array.from({ length: n - 1 }, () => ({ marked: false }))]], notes: [`m.txt: 1 mark for ${n} lines; the last ${n - 1} count as not marked`] });
    const long = fitMarks(calls, steps('x\n'.repeat(n + 2)), 'm.txt');
    expect(long).toEqual({ ok: false, errors: [{ file: 'm.txt', line: n + 1, message: `the drill has ${n} lines and this is mark ${n + 1}; remove it and the 1 after it` }] });
    const green = fitMarks(calls, steps('x calls-official-number\nx no-such-flag\n'), 'm.txt');
    expect(green.ok).toBe(false);
    if (!green.ok) expect(green.errors.map((e) => [e.line, e.message.split(' is ')[0]])).toEqual([[1, '"calls-official-number"'], [2, '"no-such-flag"']]);
  });
});
