// One person's answers to a form: for each item, scam or legitimate and how sure (1 to 4). Also the
// answers-file format for scripted checks. Pure: the caller reads the file.
//
//   // form A, one line per item, in order
//   scam 4          a scam, certain
//   legit 2         legitimate, somewhat sure     (also: legitimate, real, s4, l2, 诈骗 3, 正常 1)
import type { CheckForm, ItemKind } from './forms';
import type { Lang } from '../core/schema';
import { t, type Holes } from '../words/labels';

/** How sure: 1 guessing, 2 somewhat sure, 3 fairly sure, 4 certain. */
export const CONFIDENCES = [1, 2, 3, 4] as const;
export type Confidence = (typeof CONFIDENCES)[number];
/** From this confidence up, "legitimate" on a scam item is going along with it (docs/measuring.md). */
export const SURE = 3;

export interface Response {
  item: string;
  answer: ItemKind;
  confidence: Confidence;
}

/** A response with the key it was scored against, as stored: a later edit of the form changes no result. */
export interface KeyedResponse extends Response {
  kind: ItemKind;
}

export const keyed = (form: CheckForm, responses: readonly Response[]): KeyedResponse[] =>
  responses.map((r, i) => ({ ...r, kind: form.items[i]!.kind }));

/** Whether responses answer exactly this form's items, in order; the reason if not. */
export function mismatch(form: CheckForm, responses: readonly Pick<Response, 'item'>[]): string | undefined {
  if (responses.length !== form.items.length) return `${responses.length} answers for the ${form.items.length} items of form ${form.id}`;
  const i = responses.findIndex((r, n) => r.item !== form.items[n]!.id);
  return i < 0 ? undefined : `answer ${i + 1} is for item "${responses[i]!.item}", but item ${i + 1} of form ${form.id} is "${form.items[i]!.id}"`;
}

const WORDS: Record<string, ItemKind> = {
  scam: 'scam', s: 'scam', fraud: 'scam', 诈骗: 'scam', 骗局: 'scam',
  legit: 'legitimate', legitimate: 'legitimate', l: 'legitimate', real: 'legitimate', 正常: 'legitimate', 真实: 'legitimate',
};

/** Full-width letters and digits from a Chinese keyboard read as their ASCII twins. */
const toAscii = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export interface AnswersError {
  file: string;
  line?: number;
  /** A key of words/labels.ts, which says it in either language with `holes`. */
  code: 'check-not-an-answer' | 'check-answer-count';
  holes: Holes;
  /** In English (logs, tests); formatAnswersError takes the words of another language. */
  message: string;
}

export type CheckAnswersParse = { ok: true; responses: Response[] } | { ok: false; errors: AnswersError[] };

export function parseCheckAnswers(text: string, file: string, form: CheckForm): CheckAnswersParse {
  const picked: { line: number; answer: ItemKind; confidence: Confidence }[] = [];
  const errors: AnswersError[] = [];
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, i) => {
    const s = toAscii(raw).replace(/\s+\/\/.*$/, '').trim().toLowerCase();
    if (!s || s.startsWith('//')) return;
    // The line itself is never echoed: an answers file is a person's, and errors go to logs.
    const m = /^([a-z]+|\p{Script=Han}+)\s*([1-4])$/u.exec(s);
    const answer = m ? WORDS[m[1]!] : undefined;
    if (!m || !answer) errors.push({ file, line: i + 1, code: 'check-not-an-answer', holes: {}, message: t('check-not-an-answer', 'en') });
    else picked.push({ line: i + 1, answer, confidence: Number(m[2]) as Confidence });
  });
  if (errors.length) return { ok: false, errors };
  if (picked.length !== form.items.length) {
    const extra = picked[form.items.length];
    const holes = { n: picked.length, items: form.items.length, form: form.id };
    return { ok: false, errors: [{ file, ...(extra ? { line: extra.line } : {}), code: 'check-answer-count', holes, message: t('check-answer-count', 'en', holes) }] };
  }
  return { ok: true, responses: picked.map((p, n) => ({ item: form.items[n]!.id, answer: p.answer, confidence: p.confidence })) };
}

/** An error as a line to print, in English unless `lang` says otherwise. */
export const formatAnswersError = (e: AnswersError, lang: Lang = 'en') => `${e.file}${e.line ? `:${e.line}` : ''}: ${t(e.code, lang, e.holes)}`;

/** An answers file for these responses, as parseCheckAnswers reads it (tests and examples). */
export const answersText = (responses: readonly Pick<Response, 'answer' | 'confidence'>[]) =>
  `${responses.map((r) => `${r.answer === 'scam' ? 'scam' : 'legit'} ${r.confidence}`).join('\n')}\n`;
