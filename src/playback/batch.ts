// Grade a class: one answers file per learner, each played on its own session. Pure: the caller
// reads the folder. A file that cannot be played becomes an error row, not the end of the batch.
import { errorRow, rowFromDebrief, summarize, type Grades } from '../report/grades';
import type { Catalogue, Scenario } from '../core/schema';
import { formatAnswersError, parseAnswers } from '../answers/parse';
import { play, PlaybackError, type PlaybackOptions } from './run';
import { t } from '../words/labels';
import { playHelper } from './helper';

export interface AnswersSource {
  /** The file name as shown to the reader (e.g. "answers/li-wei.txt"). */
  file: string;
  text: string;
}

/** "class/li-wei.txt" → "li-wei". */
export function learnerName(file: string): string {
  const base = file.split(/[\\/]/).at(-1) ?? file;
  return base.replace(/\.[^.]+$/, '') || base;
}

/** `role: 'helper'`: each file is a learner's advice to the simulated person (playback/helper.ts). */
export function gradeAll(scenario: Scenario, catalogue: Catalogue, sources: AnswersSource[], opts: PlaybackOptions & { role?: 'receiver' | 'helper' }): Grades {
  const playOne = opts.role === 'helper' ? playHelper : play;
  const names = sources.map((s) => learnerName(s.file));
  const rows = sources.map((src, i) => {
    // Two files with the same stem (li.txt, li.md) keep their full names apart.
    const learner = names.indexOf(names[i]!) === names.lastIndexOf(names[i]!) ? names[i]! : (src.file.split(/[\\/]/).at(-1) ?? src.file);
    const parsed = parseAnswers(src.text, src.file);
    if (!parsed.ok) return errorRow(learner, src.file, parsed.errors.map((e) => formatAnswersError({ ...e, message: t(e.code, opts.lang, e.holes) })).join('\n'));
    try {
      return rowFromDebrief(learner, src.file, playOne(scenario, catalogue, parsed.answers, opts).debrief);
    } catch (e) {
      if (e instanceof PlaybackError) return errorRow(learner, src.file, e.message);
      throw e;
    }
  });
  return {
    scenario: scenario.id,
    title: scenario.title[opts.lang],
    lang: opts.lang,
    rows,
    summary: summarize(rows, (id) => catalogue.flags[id]?.name[opts.lang] ?? id),
  };
}
