// Every bundled scenario, played by learners generated from its own answer choices, and every
// example answers file the scenario authors wrote, must end the way its name says. On a real call
// (kind: legitimate) going along or checking is right and the careless learner is the one who
// brushes the caller off: false alarms, not a loss.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/session';
import { reader } from '../../src/classify/reader';
import { RULES, SAFE_INTENTS } from '../../src/core/judge';
import { parseAnswers, type AnswerStep } from '../../src/answers/parse';
import { play } from '../../src/playback/run';
import { loadLibrary } from '../../src/scenario/files';
import type { Catalogue, Choice, Scenario } from '../../src/core/schema';
import { ROOT } from '../helpers';

const lib = loadLibrary();
const MAX_TURNS = 60;

type Pick = (choices: Choice[]) => number | undefined;
/** The first answer that goes along with the scammer or gives a secret away. */
const compliant: Pick = (cs) => cs.findIndex((c) => c.intent === 'comply' || c.leak);
/** The first answer that refuses, verifies, hangs up, challenges or consults, and leaks nothing. */
const safe: Pick = (cs) => cs.findIndex((c) => SAFE_INTENTS.includes(c.intent) && !c.leak);
/** On a real call: the first answer that checks through an official channel, and the first that brushes the caller off. */
const checking: Pick = (cs) => cs.findIndex((c) => c.intent === 'verify');
const brushingOff: Pick = (cs) => cs.findIndex((c) => RULES.legitimate[c.intent] === 'missed');

/**
 * Build a learner's answers by walking the scenario: at each line, the number of the answer
 * `pick` chooses. A line with no such answer gets a plain-words reply instead.
 */
function learner(scenario: Scenario, catalogue: Catalogue, pick: Pick, fallback: string): AnswerStep[] {
  const s = createSession(scenario, catalogue, { lang: 'en', reader });
  s.start();
  const steps: AnswerStep[] = [];
  for (let line = 1; !s.ended && line <= MAX_TURNS; line++) {
    const turn = scenario.turns[s.turnId!]!;
    const i = pick(turn.choices ?? []);
    const step: AnswerStep = i !== undefined && i >= 0 ? { kind: 'choice', line, n: i + 1 } : { kind: 'reply', line, text: fallback };
    steps.push(step);
    s.reply(step.kind === 'choice' ? { choice: step.n } : fallback);
  }
  return steps;
}

describe('every scenario, with learners generated from its choices', () => {
  it('the library has scenarios', () => expect(lib.scenarios.length).toBeGreaterThan(0));

  for (const scenario of lib.scenarios.filter((s) => s.kind === 'legitimate')) {
    it(`${scenario.id} (a real call): going along ends safe, with no flag missed and no false alarm`, () => {
      const steps = learner(scenario, lib.catalogue, compliant, 'OK, I will do what you say.');
      const { debrief } = play(scenario, lib.catalogue, { file: 'compliant', steps }, { lang: 'en', strict: true });
      expect(debrief.outcome, `ended at ${debrief.ending}`).toBe('safe');
      expect([debrief.missed, debrief.falseAlarms]).toEqual([0, 0]);
    });

    it(`${scenario.id} (a real call): checking through an official channel ends safe, with no flag missed`, () => {
      const steps = learner(scenario, lib.catalogue, checking, "I'll call the official number myself.");
      const { debrief } = play(scenario, lib.catalogue, { file: 'checking', steps }, { lang: 'en', strict: true });
      expect(debrief.outcome, `ended at ${debrief.ending}`).toBe('safe');
      expect([debrief.missed, debrief.falseAlarms]).toEqual([0, 0]);
    });

    it(`${scenario.id} (a real call): brushing the caller off every time gives false alarms`, () => {
      const steps = learner(scenario, lib.catalogue, brushingOff, "I'm hanging up now.");
      const { debrief } = play(scenario, lib.catalogue, { file: 'brushing-off', steps }, { lang: 'en', strict: true });
      expect(debrief.falseAlarms).toBeGreaterThan(0);
      expect(debrief.caught, 'nothing handled right').toBe(0);
    });
  }

  for (const scenario of lib.scenarios.filter((s) => s.kind === 'scam')) {
    it(`${scenario.id}: an all-compliant learner loses money or data and misses flags`, () => {
      const steps = learner(scenario, lib.catalogue, compliant, 'OK, I will do what you say.');
      const { debrief } = play(scenario, lib.catalogue, { file: 'compliant', steps }, { lang: 'en', strict: true });
      expect(['loss', 'leak'], `ended at ${debrief.ending}`).toContain(debrief.outcome);
      expect(debrief.missed).toBeGreaterThan(0);
    });

    it(`${scenario.id}: an all-safe learner ends safe and misses no flag`, () => {
      const steps = learner(scenario, lib.catalogue, safe, "I'm hanging up now.");
      const { debrief } = play(scenario, lib.catalogue, { file: 'safe', steps }, { lang: 'en', strict: true });
      expect(debrief.outcome, `ended at ${debrief.ending}`).toBe('safe');
      expect(debrief.flags.filter((f) => f.verdict === 'missed').map((f) => `${f.turn}/${f.id}`)).toEqual([]);
    });
  }
});

describe('the example answers files', () => {
  const dir = join(ROOT, 'examples', 'answers');
  const ids = existsSync(dir) ? readdirSync(dir).filter((id) => existsSync(join(dir, id))) : [];
  const cases = ids.flatMap((id) =>
    (['careless', 'careful'] as const).filter((kind) => existsSync(join(dir, id, `${kind}.txt`))).map((kind) => ({ id, kind })),
  );
  it('every scenario has a careless, a careful and a mixed learner', () => {
    for (const s of lib.scenarios) {
      for (const kind of ['careless', 'careful', 'mixed']) expect(existsSync(join(dir, s.id, `${kind}.txt`)), `examples/answers/${s.id}/${kind}.txt`).toBe(true);
    }
  });

  for (const { id, kind } of cases) {
    const real = lib.scenarios.find((s) => s.id === id)?.kind === 'legitimate';
    const promise = kind === 'careful' ? 'safe' : real ? 'with false alarms' : 'in a loss or a leak';
    it(`${id}/${kind}.txt ends ${promise}`, () => {
      const scenario = lib.scenarios.find((s) => s.id === id);
      expect(scenario, `examples/answers/${id} names no scenario in scenarios/`).toBeDefined();
      const parsed = parseAnswers(readFileSync(join(dir, id, `${kind}.txt`), 'utf8'), `examples/answers/${id}/${kind}.txt`);
      expect(parsed.ok && parsed.answers.steps.length, parsed.ok ? '' : parsed.errors.map((e) => `${e.line}: ${e.message}`).join('\n')).toBeTruthy();
      if (!parsed.ok) return;
      const r = play(scenario!, lib.catalogue, parsed.answers, { lang: 'en' });
      const { debrief } = r;
      const where = debrief.ending ? `ended at ${debrief.ending}` : `answers ran out at turn ${r.events.filter((e) => e.type === 'line').at(-1)?.turn}`;
      if (kind === 'careless' && real) expect(debrief.falseAlarms, where).toBeGreaterThan(0);
      else if (kind === 'careless') expect(['loss', 'leak'], where).toContain(debrief.outcome);
      else expect(debrief.outcome, `${where}; missed ${debrief.flags.filter((f) => f.verdict === 'missed').map((f) => f.id).join(', ')}`).toBe('safe');
    });
  }
});
