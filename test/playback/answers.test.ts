import { describe, expect, it } from 'vitest';
import { formatAnswersError, parseAnswers, parseDuration } from '../../src/answers/parse';
import { choiceNumber } from '../../src/core/reply';

const errorsOf = (text: string) => {
  const r = parseAnswers(text, 'answers.txt');
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatAnswersError);
};

const stepsOf = (text: string) => {
  const r = parseAnswers(text, 'answers.txt');
  if (!r.ok) throw new Error(r.errors.map(formatAnswersError).join('\n'));
  return r.answers.steps;
};

describe('answers files', () => {
  it('reads replies, choices and waits, each with its line number; skips blanks and comments', () => {
    expect(stepsOf('// a learner\n\nWho is this?\n#2\n  @wait 30s  \n// done\n@wait 2m\n@wait 500ms\n')).toEqual([
      { kind: 'reply', line: 3, text: 'Who is this?' },
      { kind: 'choice', line: 4, n: 2 },
      { kind: 'wait', line: 5, ms: 30_000 },
      { kind: 'wait', line: 7, ms: 120_000 },
      { kind: 'wait', line: 8, ms: 500 },
    ]);
  });

  it('accepts Windows line ends, a byte-order mark and full-width ＃ from a Chinese keyboard', () => {
    expect(stepsOf('\uFEFF＃２\r\n我不给\r\n')).toEqual([
      { kind: 'choice', line: 1, n: 2 },
      { kind: 'reply', line: 2, text: '我不给' },
    ]);
  });

  it('keeps "#hashtag", a bare "2" and backslash-escaped lines as replies', () => {
    expect(stepsOf('#scam\n2\n\\#2 is my flat\n\\@wait is what I said')).toEqual([
      { kind: 'reply', line: 1, text: '#scam' },
      { kind: 'reply', line: 2, text: '2' },
      { kind: 'reply', line: 3, text: '#2 is my flat' },
      { kind: 'reply', line: 4, text: '@wait is what I said' },
    ]);
  });

  it('allows a note after #n and @wait, but not after free text (a URL has // in it)', () => {
    expect(stepsOf('#1   // goes along\n@wait 1m30s // silence\nsee http://example.com')).toEqual([
      { kind: 'choice', line: 1, n: 1 },
      { kind: 'wait', line: 2, ms: 90_000 },
      { kind: 'reply', line: 3, text: 'see http://example.com' },
    ]);
  });

  it('names the line and says what to write instead', () => {
    expect(errorsOf('hello\n\n\n\n\n// x\n@wait soon\n')).toEqual(['answers.txt:7: "@wait soon" is not a duration; write "@wait 30s"']);
    expect(errorsOf('@wait')).toEqual(['answers.txt:1: "@wait" needs a duration; write "@wait 30s"']);
    expect(errorsOf('#0')).toEqual(['answers.txt:1: "#0" is not an answer number; answers are numbered from #1']);
    expect(errorsOf('@wait 0s')).toEqual(['answers.txt:1: "@wait 0s" waits no time at all; write "@wait 30s"']);
    expect(errorsOf('@wait 48h')[0]).toMatch(/^answers\.txt:1: "@wait 48h" is longer than a day/);
    expect(errorsOf('@pause 3s')[0]).toMatch(/^answers\.txt:1: unknown instruction "@pause"; the only one is "@wait 30s"/);
  });

  it('collects every error, not only the first', () => {
    expect(errorsOf('@wait x\nok\n@wait y')).toHaveLength(2);
  });

  it('never copies what follows an unknown instruction (it may hold a secret) into the message', () => {
    const [msg] = errorsOf('@card 6222021234567890');
    expect(msg).not.toContain('6222');
  });

  it('parses durations', () => {
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('2M')).toBe(120_000);
    expect(parseDuration('30')).toBeUndefined();
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('reads "#n" the way every front end does (the terminal screens also take a bare "2")', () => {
    for (const text of ['#2', '# 2', '＃２', '  #2  ']) expect(choiceNumber(text)).toBe(2);
    expect(choiceNumber('#12')).toBe(12);
    expect(choiceNumber('#0')).toBe(0); // a pick of an answer that does not exist, refused with a message
    for (const text of ['2', '#2 is my flat', '#scam', 'call 110']) expect(choiceNumber(text)).toBeUndefined();
    expect(choiceNumber('2', { bare: true })).toBe(2);
    expect(choiceNumber('２', { bare: true })).toBe(2);
    expect(choiceNumber('110', { bare: true })).toBeUndefined(); // a number said, not a pick
  });
});
