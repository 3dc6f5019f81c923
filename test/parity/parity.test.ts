// The same answers, given through a practice Session, a one-person drill Room and `analyze` (as a
// transcript), must get identical verdicts for every flag: there is one judge, and this holds it to
// that for every scenario's careless, careful and mixed example learners, in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTranscript, parseTranscript } from '../../src/analyze/index';
import { parseAnswers, type AnswerStep } from '../../src/answers/parse';
import type { Lang } from '../../src/core/constants';
import type { Catalogue, Scenario } from '../../src/core/schema';
import type { SessionEvent } from '../../src/core/session';
import { Room } from '../../src/drill/room';
import { play } from '../../src/playback/run';
import { loadLibrary } from '../../src/scenario/files';

const lib = loadLibrary();
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples', 'answers');
const LEARNERS = ['careless', 'careful', 'mixed'];

/** A verdict as every front end must agree on it: the n-th scammer line, the flag, the verdict. */
type Judged = string;
const judged = (line: number, flag: string, verdict: string, critical: boolean): Judged => `${line}:${flag}:${verdict}${critical ? ':critical' : ''}`;

function steps(id: string, learner: string): AnswerStep[] {
  const parsed = parseAnswers(readFileSync(join(EXAMPLES, id, `${learner}.txt`), 'utf8'), `${learner}.txt`);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.answers.steps;
}

function viaPractice(scenario: Scenario, catalogue: Catalogue, answers: AnswerStep[], lang: Lang) {
  const r = play(scenario, catalogue, { steps: answers, file: 'answers' }, { lang });
  return { result: r, verdicts: r.debrief.flags.filter((f) => f.verdict !== 'open').map((f) => judged(f.step, f.id, f.verdict, f.critical)).sort() };
}

/** One person alone in a drill room, the trainer following the room's answer each time. */
function viaDrill(scenario: Scenario, catalogue: Catalogue, answers: AnswerStep[], lang: Lang) {
  let t = 0;
  const room = new Room({ drillId: 'parity', scenario, catalogue, lang, mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false }, () => t);
  const pid = room.join('Solo', 'token-parity-1').pid;
  for (const step of answers) {
    if (room.ended) break;
    const line = room.lineView()!;
    if (step.kind === 'wait') {
      // Silence in practice moves on once per pressure timer that falls due in the wait.
      let left = step.ms;
      for (let turn = scenario.turns[line.turn]; turn?.pressure && turn.pressure.after * 1000 <= left && !room.ended; turn = scenario.turns[room.lineView()?.turn ?? '']) {
        left -= turn.pressure.after * 1000;
        room.skip();
      }
      t += step.ms;
      continue;
    }
    room.answer(pid, line.step, step.kind === 'choice' ? { choice: step.n } : { text: step.text });
    room.advance();
  }
  const d = room.debriefFor(pid);
  return { room, debrief: d, verdicts: d.flags.filter((f) => f.verdict !== 'open').map((f) => judged(f.step, f.id, f.verdict, f.critical)).sort() };
}

/** The practice transcript as a JSON call transcript, caller lines carrying their flags. */
function viaAnalyze(events: readonly SessionEvent[], catalogue: Catalogue, lang: Lang) {
  const turns: object[] = [];
  for (const e of events) {
    if (e.type === 'line') turns.push({ role: 'caller', content: e.text, flags: e.flags });
    if (e.type === 'reply') turns.push({ role: 'receiver', content: e.text, intent: e.intent, confidence: e.confidence, leaks: e.leaks });
  }
  const a = analyzeTranscript(parseTranscript(JSON.stringify(turns)).lines, catalogue, { lang });
  // analyze numbers lines in the transcript; count the scammer's lines instead, as the others do.
  const callerOrdinal = new Map(a.lines.filter((l) => l.role === 'caller').map((l, i) => [l.n, i + 1]));
  return a.verdicts.map((v) => judged(callerOrdinal.get(v.line)!, v.flag, v.verdict, v.critical)).sort();
}

describe('one judge: practice, a one-person drill and analyze give the same verdicts', () => {
  const ids = readdirSync(EXAMPLES).filter((id) => lib.scenarios.some((s) => s.id === id));
  it('covers every scenario of the library', () => {
    expect(ids.sort()).toEqual(lib.scenarios.map((s) => s.id).sort());
  });
  for (const id of ids) {
    const scenario = lib.scenarios.find((s) => s.id === id)!;
    for (const learner of LEARNERS) {
      for (const lang of ['en', 'zh'] as const) {
        it(`${id} / ${learner} / ${lang}`, () => {
          const answers = steps(id, learner);
          const practice = viaPractice(scenario, lib.catalogue, answers, lang);
          expect(practice.result.unfinished, 'the example learner reaches an ending').toBe(false);
          const drill = viaDrill(scenario, lib.catalogue, answers, lang);
          expect(drill.verdicts).toEqual(practice.verdicts);
          expect(drill.debrief.outcome).toBe(practice.result.debrief.outcome);
          expect(drill.debrief.ending).toBe(practice.result.debrief.ending);
          // analyze judges a transcript as a scam call: it has no scenario kind to learn that a call
          // was real (its green flags would read as red), so real calls are held to practice = drill only.
          if (scenario.kind === 'scam') expect(viaAnalyze(practice.result.events, lib.catalogue, lang)).toEqual(practice.verdicts);
        });
      }
    }
  }
});
