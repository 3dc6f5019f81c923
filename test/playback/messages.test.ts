// What answers files, playback and a session turn down, in either language: each error carries a
// code (a key of words/labels.ts) and its holes. The English the table says is the English message
// the error has always had, and the Chinese holds no English besides what the person wrote.
import { describe, expect, it } from 'vitest';
import { parseAnswers, type Answers } from '../../src/answers/parse';
import { createSession, SessionError } from '../../src/core/session';
import { reader } from '../../src/classify/reader';
import { play, PlaybackError, playbackNotes } from '../../src/playback/run';
import { loadLibrary } from '../../src/scenario/files';
import { t } from '../../src/words/labels';
import { fixture } from '../helpers';
import { strays } from '../words/stray';

const lib = loadLibrary([fixture('playback', 'parcel-refund.yaml')]);
const scenario = lib.scenarios[0]!;

const parsed = (text: string): Answers => {
  const r = parseAnswers(text, 'answers.txt');
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.answers;
};

/** Words a Chinese reader would not expect: what they typed (@wait 30s, @pause) is theirs. */
const english = (zh: string) => strays(zh.replace(/@\w+(?: [\w.]+)?|#\d+|answers\.txt/g, ''), 'zh').map((s) => s.word);

describe('answers file errors', () => {
  it('say in the table what their English message says, and the same in Chinese', () => {
    const r = parseAnswers('#0\n@pause 3s\n@wait\n@wait soon\n@wait 0s\n@wait 48h\n@wait 4829 13s\n', 'answers.txt');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual([
      'answers-not-a-number', 'answers-unknown-instruction', 'answers-wait-needs-duration', 'answers-wait-not-duration', 'answers-wait-zero', 'answers-wait-too-long', 'answers-wait-not-duration',
    ]);
    for (const e of r.errors) {
      expect(t(e.code, 'en', e.holes)).toBe(e.message);
      const zh = t(e.code, 'zh', e.holes);
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(english(zh), zh).toEqual([]);
    }
    // What may hold a secret is never echoed, in either language.
    expect(t(r.errors[6]!.code, 'zh', r.errors[6]!.holes)).not.toContain('4829');
  });
});

describe('session errors', () => {
  it('carry a code whose English is their message', () => {
    const s = createSession(scenario, lib.catalogue, { lang: 'en', reader });
    const caught = (fn: () => unknown): SessionError => {
      try {
        fn();
      } catch (e) {
        if (e instanceof SessionError) return e;
        throw e;
      }
      throw new Error('no SessionError');
    };
    const errors = [caught(() => s.reply('hello')), (s.start(), caught(() => s.start())), caught(() => s.reply({ choice: 7 }))];
    expect(errors.map((e) => e.code)).toEqual(['session-not-started', 'session-started', 'reply-no-such-answer']);
    for (const e of errors) expect(t(e.code!, 'en', e.holes)).toBe(e.message);
    expect(t(errors[2]!.code!, 'zh', errors[2]!.holes)).toBe('没有第 7 个回答，请在 1 到 3 之间选择');
  });
});

describe('playback in Chinese', () => {
  const zh = (text: string, strict = false) => play(scenario, lib.catalogue, parsed(text), { lang: 'zh', strict });

  it('says a refused answer, answers that ran out and answers left over in Chinese', () => {
    const refused = (() => {
      try {
        zh('// first\n#7\n');
      } catch (e) {
        if (e instanceof PlaybackError) return e;
      }
      throw new Error('no PlaybackError');
    })();
    expect(refused.message).toBe('answers.txt:2: #7（在“greet”这一步）：没有第 7 个回答，请在 1 到 3 之间选择');
    expect(refused.said).toEqual({ code: 'playback-refused', holes: expect.objectContaining({ step: '#7', turn: 'greet' }) });
    expect(() => zh('#2\n', true)).toThrow(/^answers\.txt: 对话还没结束，回答就用完了（第 1 行之后，“offer”这一步还在等回答）$/);
    expect(() => zh('#3\n#1\nhello\n', true)).toThrow('answers.txt:2: 对话已经结束了（在第 1 行）；还剩 2 条回答没用上');
    expect(playbackNotes(zh('#2\n'))).toEqual(['answers.txt：对话还没结束，回答就用完了；结果记为“未完成”（请补充回答，或加上 --strict 把这种情况当作错误）']);
    expect(playbackNotes(zh('#3\n#1\n'))).toEqual(['answers.txt:2：对话已经结束了；从这里起的 1 条回答没有用上']);
  });
});
