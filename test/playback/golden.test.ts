// Reports compared with reviewed golden files. After a deliberate change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run test/playback/golden.test.ts
// and read the diff: these files are what a learner or trainer actually gets.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse';
import { gradeAll } from '../../src/playback/batch';
import { play, playbackRecord } from '../../src/playback/run';
import { gradesCsv } from '../../src/report/csv';
import { gradesJson, playbackJson, toJsonText } from '../../src/report/json';
import { conversationMarkdown, gradesMarkdown } from '../../src/report/markdown';
import { formatConversation, formatGrades } from '../../src/report/text';
import { loadLibrary } from '../../src/scenario/files';
import type { Lang } from '../../src/core/schema';
import { fixture, ROOT } from '../helpers';

const lib = loadLibrary([fixture('playback', 'parcel-refund.yaml')]);
const scenario = lib.scenarios[0]!;

function golden(name: string, actual: string): void {
  const path = join(ROOT, 'test', 'golden', 'playback', name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${path}; write it with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

function record(name: string, lang: Lang) {
  const parsed = parseAnswers(readFileSync(fixture('playback', 'answers', `${name}.txt`), 'utf8'), `${name}.txt`);
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return playbackRecord(play(scenario, lib.catalogue, parsed.answers, { lang }));
}

describe('golden reports', () => {
  for (const [name, lang] of [['careful', 'en'], ['careless', 'en'], ['unfinished', 'en'], ['careless', 'zh']] as const) {
    it(`${name} (${lang}): text, Markdown and JSON`, () => {
      const r = record(name, lang);
      golden(`${name}.${lang}.txt`, `${formatConversation(r).join('\n')}\n`);
      golden(`${name}.${lang}.md`, conversationMarkdown(r));
      golden(`${name}.${lang}.json`, toJsonText(playbackJson(r)));
    });
  }

  it('a graded folder: text, Markdown, JSON and CSV', () => {
    const sources = ['careful', 'careless', 'unfinished'].map((n) => ({ file: `${n}.txt`, text: readFileSync(fixture('playback', 'answers', `${n}.txt`), 'utf8') }));
    sources.push({ file: 'typo.txt', text: '#2\n#9\n' });
    const g = gradeAll(scenario, lib.catalogue, sources, { lang: 'en' });
    golden('class.txt', `${formatGrades(g).join('\n')}\n`);
    golden('class.md', gradesMarkdown(g));
    golden('class.json', toJsonText(gradesJson(g)));
    golden('class.csv', gradesCsv(g.rows));
  });
});
