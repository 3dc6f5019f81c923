// The conversation screen's reducer on its own, fed engine-shaped events.
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/core/session';
import { initialState, reduce, type PracticeState } from '../../src/practice/practice-state';

const line = (step: number, flags: string[], channel: 'call' | 'sms' = 'call'): SessionEvent =>
  ({ type: 'line', turn: `t${step}`, step, speaker: 'Scammer', channel, text: `line ${step}`, flags, choices: [] });
const reply = (text: string): SessionEvent => ({ type: 'reply', turn: 't', text, intent: 'question', confidence: 0.9, leaks: [] });
const feed = (s: PracticeState, events: SessionEvent[], instant = true) => reduce(s, { type: 'events', events, instant });

describe('practice reducer', () => {
  it('a question leaves the line\'s flags open on the panel; the next reply decides them', () => {
    let s = feed(initialState(false), [line(1, ['asks-code', 'secrecy'])]);
    s = feed(s, [reply('why?'), line(2, ['deadline-pressure'])]);
    expect(s.panel).toEqual([
      { flag: 'asks-code', verdict: 'open', critical: false, turn: 't1', step: 1 },
      { flag: 'secrecy', verdict: 'open', critical: false, turn: 't1', step: 1 },
    ]);
    s = feed(s, [
      reply('no'),
      { type: 'verdict', flag: 'asks-code', turn: 't1', step: 1, verdict: 'caught', critical: false },
      { type: 'verdict', flag: 'secrecy', turn: 't1', step: 1, verdict: 'caught', critical: false },
      { type: 'verdict', flag: 'deadline-pressure', turn: 't2', step: 2, verdict: 'caught', critical: false },
    ]);
    expect(s.panel.map((r) => `${r.flag}:${r.verdict}`)).toEqual(['asks-code:caught', 'secrecy:caught', 'deadline-pressure:caught']);
    expect(s.open).toEqual([]);
  });

  it('the panel names a flag said on two lines once: the miss, a secret if any, the latest line\'s words', () => {
    // Issue 13: "冒充公检法或政府部门" twice in one panel, one row still open and one decided.
    let s = feed(initialState(false), [line(1, ['claims-authority', 'legal-threat'])]);
    s = feed(s, [reply('why?'), line(2, ['claims-authority', 'legal-threat'])]);
    s = feed(s, [
      reply('ok, my ID is …'),
      { type: 'verdict', flag: 'claims-authority', turn: 't2', step: 2, verdict: 'missed', critical: true },
      { type: 'verdict', flag: 'legal-threat', turn: 't1', step: 1, verdict: 'caught', critical: false },
      { type: 'verdict', flag: 'legal-threat', turn: 't2', step: 2, verdict: 'missed', critical: false },
    ]);
    expect(s.panel).toEqual([
      { flag: 'claims-authority', verdict: 'missed', critical: true, turn: 't2', step: 2 },
      { flag: 'legal-threat', verdict: 'missed', critical: false, turn: 't2', step: 2 },
    ]);
  });

  it('lines wait in the queue (typing) unless instant; a reply reveals them first', () => {
    let s = feed(initialState(false), [line(1, [])], false);
    expect(s.shown).toEqual([]);
    expect(s.queue).toHaveLength(1);
    s = feed(s, [reply('hello?')], false);
    expect(s.shown.map((i) => i.kind)).toEqual(['line', 'you']);
  });

  it('a text thread that turns into a call rings, and declining drops the unheard line', () => {
    let s = feed(initialState(false), [line(1, [], 'sms')]);
    s = feed(s, [reply('ok'), line(2, ['safe-account'], 'call')]);
    expect(s.phase).toBe('incoming');
    expect(s.shown.map((i) => i.kind)).toEqual(['line', 'you']);
    s = reduce(s, { type: 'declined' });
    expect(s.phase).toBe('talking');
    expect(s.queue).toEqual([]);
  });

  it('the end moves to "over" and keeps at most a bounded transcript', () => {
    let s = initialState(false);
    for (let i = 0; i < 300; i++) s = feed(s, [line(i, [])]);
    expect(s.shown.length).toBeLessThanOrEqual(200);
    s = feed(s, [{ type: 'end', ending: 'x', outcome: 'safe', text: 'bye' }]);
    expect(s.phase).toBe('over');
  });
});
