// Model-based tests: xstate/graph finds a path to every state of every scenario's machine; from
// each state every kind of reply is tried, and the conversation is then driven to an ending by the
// shortest way out. Every transition is thus exercised through a real Session, and every run must
// end with a consistent debrief. (Simple paths explode combinatorially on the 20-turn scenarios.)
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { createSession } from '../../src/core/session';
import { compile, type ConversationEvent as DrillEvent } from '../../src/core/conversation';
import { edgesOf } from '../../src/scenario/check';
import { loadLibrary } from '../../src/scenario/files';
import { HANGUP_ENDING, INTENTS, type Catalogue, type Scenario } from '../../src/core/schema';
import { fixture } from '../helpers';

type Step = DrillEvent | { type: 'silence' };
const reply = (intent: DrillEvent['intent'], extra: Partial<DrillEvent> = {}): DrillEvent => ({ type: 'user.reply', intent, confidence: 0.9, leaks: [], ...extra });
const LEAK = reply('comply', { leaks: ['code'] });
const UNCLEAR = reply('comply', { confidence: 0.2 });

function stepsFrom(scenario: Scenario, turn: string): Step[] {
  return [...INTENTS.map((i) => reply(i)), LEAK, UNCLEAR, ...(scenario.turns[turn]?.pressure ? [{ type: 'silence' as const }] : [])];
}

/** For each turn, the step that leads to an ending soonest through the scenario's own routes. */
function wayOut(scenario: Scenario): Map<string, Step> {
  const dist = new Map<string, number>([...Object.keys(scenario.endings), HANGUP_ENDING].map((e) => [e, 0]));
  const best = new Map<string, Step>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, turn] of Object.entries(scenario.turns)) {
      for (const e of edgesOf(turn)) {
        const d = (dist.get(e.target) ?? Infinity) + 1;
        if (d < (dist.get(id) ?? Infinity)) {
          const key = String(e.path[1]);
          dist.set(id, d);
          best.set(id, e.path[0] === 'pressure' ? { type: 'silence' } : key === 'leak' ? LEAK : key === 'default' ? UNCLEAR : reply(key as DrillEvent['intent']));
          changed = true;
        }
      }
    }
  }
  return best;
}

function run(scenario: Scenario, catalogue: Catalogue, prefix: Step[]) {
  let next: DrillEvent | undefined;
  const s = createSession(scenario, catalogue, {
    lang: 'en',
    reader: { read: (text) => ({ text, intent: next!.intent, confidence: next!.confidence, leaks: [...next!.leaks], lang: 'en' }), mask: (t) => t },
  });
  const apply = (step: Step) => {
    if (step.type === 'silence') s.advance(s.msUntilPressure!);
    else {
      next = step;
      s.reply('(scripted)');
    }
  };
  s.start();
  const steps = [...prefix];
  for (const step of prefix) if (!s.ended) apply(step);
  const out = wayOut(scenario);
  for (let guard = 0; !s.ended && guard < 200; guard++) {
    const step = out.get(s.turnId!)!;
    steps.push(step);
    apply(step);
  }
  return { s, steps };
}

function check(scenario: Scenario, catalogue: Catalogue) {
  const machine = compile(scenario);
  const states = getShortestPaths(machine, {
    events: (snap) => stepsFrom(scenario, String(snap.value)).filter((e): e is DrillEvent => e.type !== 'silence') as never,
    serializeState: (snap) => String(snap.value),
  });
  const endings = new Set<string>();
  let runs = 0;
  for (const path of states) {
    const prefix = path.steps.slice(1).map((st) => st.event as DrillEvent);
    const at = String(path.state.value);
    for (const step of scenario.turns[at] ? stepsFrom(scenario, at) : [undefined]) {
      const { s, steps } = run(scenario, catalogue, step ? [...prefix, step] : prefix);
      runs++;
      const label = `${scenario.id}: ${steps.map((e) => (e.type === 'silence' ? 'silence' : e.leaks.length ? 'leak' : e.confidence < 0.6 ? 'unclear' : e.intent)).join(' → ')}`;
      expect(s.ended, label).toBe(true);
      const d = s.debrief();
      endings.add(d.ending!);
      const presented = s.events.reduce((n, e) => n + (e.type === 'line' ? e.flags.length : 0), 0);
      expect(d.flags.length, label).toBe(presented);
      expect(d.open, label).toBe(0);
      expect(d.caught + d.missed, label).toBe(d.flags.length);
      if (d.flags.some((f) => f.critical)) expect(d.leaked.length, label).toBeGreaterThan(0);
      if (d.leaked.length) expect(d.outcome, label).not.toBe('safe');
      if (d.outcome === 'safe') expect(d.score, label).toBe(d.flags.length ? Math.round((100 * d.caught) / d.flags.length) : 100);
      else expect(d.score, label).toBeLessThanOrEqual(50);
    }
  }
  return { runs, endings };
}

const bundled = loadLibrary();
const tiny = loadLibrary([fixture('good', 'tiny.yaml')]);

describe('every transition of every scenario leads to an ending with a consistent debrief', () => {
  it('the library is not empty', () => expect(bundled.scenarios.length).toBeGreaterThan(0));
  it.each([...bundled.scenarios.map((s) => [s.id, s, bundled.catalogue] as const), ['tiny', tiny.scenarios[0]!, tiny.catalogue] as const])('%s', (_id, scenario, catalogue) => {
    const { runs, endings } = check(scenario, catalogue);
    expect(runs).toBeGreaterThan(Object.keys(scenario.turns).length);
    for (const e of Object.keys(scenario.endings)) expect(endings, `ending "${e}" is reached`).toContain(e);
  });
});
