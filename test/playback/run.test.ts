import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/scenario/files';
import { parseAnswers, type Answers } from '../../src/answers/parse';
import { gradeAll, learnerName } from '../../src/playback/batch';
import { play, PlaybackError, playbackNotes } from '../../src/playback/run';
import { fixture } from '../helpers';

const lib = loadLibrary([fixture('playback', 'parcel-refund.yaml')]);
const scenario = lib.scenarios[0]!;
const catalogue = lib.catalogue;

const answers = (text: string): Answers => {
  const r = parseAnswers(text, 'answers.txt');
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.answers;
};
const run = (text: string, strict = false) => play(scenario, catalogue, answers(text), { lang: 'en', strict });

describe('playback', () => {
  it('plays a file to its ending and gives the debrief', () => {
    const r = run('#2\n#3\n');
    expect(r.unfinished).toBe(false);
    expect(r.debrief.outcome).toBe('safe');
    expect(r.debrief.ending).toBe('safe-end');
    expect(r.debrief.missed).toBe(0);
    expect(r.events.filter((e) => e.type === 'reply').map((e) => e.type === 'reply' && e.choice)).toEqual([2, 3]);
  });

  it('lets silence pass with @wait: the pressure timer moves the caller on', () => {
    const r = run('#1\n@wait 59s\n');
    expect(r.events.some((e) => e.type === 'silence')).toBe(false);
    const later = run('#1\n@wait 59s\n@wait 1s\n');
    expect(later.events.filter((e) => e.type === 'silence')).toEqual([{ type: 'silence', turn: 'offer', seconds: 60 }]);
    expect(later.events.at(-1)).toMatchObject({ type: 'line', turn: 'hurry' });
  });

  it('a choice number the line does not have is an error naming the answers line', () => {
    expect(() => run('// first\n#7\n')).toThrow(PlaybackError);
    expect(() => run('// first\n#7\n')).toThrow('answers.txt:2: #7 at turn "greet": there is no answer #7; choose 1 to 3');
  });

  it('answers that run out leave the outcome unfinished, with a note; --strict makes it an error', () => {
    const r = run('#2\n');
    expect(r.unfinished).toBe(true);
    expect(r.debrief.outcome).toBe('unfinished');
    expect(r.debrief.open).toBeGreaterThan(0);
    expect(playbackNotes(r)[0]).toMatch(/^answers\.txt: the answers ran out before the conversation ended/);
    expect(() => run('#2\n', true)).toThrow(/^answers\.txt: the answers ran out before the conversation ended \(after line 1, turn "offer" is waiting for a reply\)$/);
  });

  it('answers after the ending are not used: a note, or an error with --strict', () => {
    const r = run('#3\n#1\nhello\n');
    expect(r.leftover).toEqual({ line: 2, count: 2 });
    expect(playbackNotes(r)).toEqual(['answers.txt:2: the conversation had already ended; 2 answers from here on not used']);
    expect(() => run('#3\n#1\nhello\n', true)).toThrow('answers.txt:2: the conversation had already ended (at line 1); 2 answers left over');
  });

  it('plays in Chinese', () => {
    const r = play(scenario, catalogue, answers('#3\n'), { lang: 'zh' });
    expect(r.events[0]).toMatchObject({ type: 'line', speaker: '“快递客服”' });
    expect(r.debrief.endingText).toBe('App里显示快递正在派送，什么都没丢。');
  });
});

describe('grading a folder', () => {
  it('one row per learner; a file that cannot be played is an error row, not the end of the batch', () => {
    const g = gradeAll(scenario, catalogue, [
      { file: 'class/ann.txt', text: '#2\n#3\n' },
      { file: 'class/bo.txt', text: '#1\n#2\n' },
      { file: 'class/cy.txt', text: '#9\n' },
      { file: 'class/di.txt', text: '@wait soon\n' },
    ], { lang: 'en' });
    expect(g.rows.map((r) => [r.learner, r.outcome, r.caught, r.missed, r.score])).toEqual([
      ['ann', 'safe', 4, 0, 100],
      ['bo', 'loss', 0, 4, 0],
      ['cy', 'error', null, null, null],
      ['di', 'error', null, null, null],
    ]);
    expect(g.rows[2]!.error).toBe('class/cy.txt:1: #9 at turn "greet": there is no answer #9; choose 1 to 3');
    expect(g.rows[3]!.error).toBe('class/di.txt:1: "@wait soon" is not a duration; write "@wait 30s"');
    expect(g.summary).toMatchObject({ learners: 4, safe: 1, loss: 1, error: 2, meanScore: 50 });
    expect(g.summary.mostMissed[0]).toMatchObject({ learners: 1 });
  });

  it('names learners after their files', () => {
    expect(learnerName('class/li-wei.txt')).toBe('li-wei');
    expect(learnerName('王芳.txt')).toBe('王芳');
    expect(learnerName('.txt')).toBe('.txt');
  });
});
