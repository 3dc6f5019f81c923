// Filling in a form, one message at a time, as a pure reducer: the terminal check, its --plain
// version and the drill's terminal client all step through it, so the keys mean the same
// everywhere. s or l answers scam or legitimate, 1 to 4 says how sure, b goes back one step.
import type { Lang } from '../core/schema';
import { t, type LabelKey } from '../words/labels';
import type { Confidence, Response } from './answers';
import type { FormId, Phase } from './constants';
import type { CheckForm, ItemKind } from './forms';

/**
 * A form as the person answering it sees it: one language, and no answer key (the drill host sends
 * this to clients, so nothing in it may tell a scam from a legitimate message).
 */
export interface FormView {
  id: FormId;
  items: { id: string; channel: 'sms' | 'call'; from?: string; text: string }[];
}

export const formView = (form: CheckForm, lang: Lang): FormView => ({
  id: form.id,
  items: form.items.map((i) => ({ id: i.id, channel: i.channel, ...(i.from ? { from: i.from[lang] } : {}), text: i.text[lang] })),
});

export interface AnsweringState {
  /** The message being answered; equal to the number of items once all are answered (review). */
  index: number;
  answers: (Response | undefined)[];
  /** Scam or legitimate chosen for the current message, waiting for how sure. */
  pending?: ItemKind;
}

export type AnsweringAction = { type: 'kind'; kind: ItemKind } | { type: 'sure'; confidence: Confidence } | { type: 'back' };

export const startAnswering = (): AnsweringState => ({ index: 0, answers: [] });

export const isComplete = (form: FormView, s: AnsweringState) => s.index >= form.items.length;

/** The responses of a complete form, in item order. */
export const responsesOf = (form: FormView, s: AnsweringState): Response[] => form.items.map((_, i) => s.answers[i]!);

export function answering(form: FormView, s: AnsweringState, a: AnsweringAction): AnsweringState {
  const item = form.items[s.index];
  switch (a.type) {
    case 'kind':
      return item ? { ...s, pending: a.kind } : s;
    case 'sure': {
      if (!item || !s.pending) return s;
      const answers = [...s.answers];
      answers[s.index] = { item: item.id, answer: s.pending, confidence: a.confidence };
      return { index: s.index + 1, answers };
    }
    case 'back':
      if (s.pending) return { index: s.index, answers: s.answers };
      return s.index > 0 ? { index: s.index - 1, answers: s.answers } : s;
  }
}

/** What a typed key means while answering (case and full-width forms do not matter). */
export function keyAction(input: string): AnsweringAction | undefined {
  const k = input.trim().toLowerCase().replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (k === 's') return { type: 'kind', kind: 'scam' };
  if (k === 'l') return { type: 'kind', kind: 'legitimate' };
  if (k === 'b') return { type: 'back' };
  if (/^[1-4]$/.test(k)) return { type: 'sure', confidence: Number(k) as Confidence };
  return undefined;
}

export const KIND_WORDS = { scam: 'checkScam', legitimate: 'checkLegit' } as const satisfies Record<ItemKind, LabelKey>;
export const SURE_WORDS = ['checkSure1', 'checkSure2', 'checkSure3', 'checkSure4'] as const satisfies readonly LabelKey[];

/** "Your answer: scam, certain". */
export const answerWords = (r: Pick<Response, 'answer' | 'confidence'>, lang: Lang) =>
  t('checkYourAnswer', lang, { answer: t(KIND_WORDS[r.answer], lang), sure: t(SURE_WORDS[r.confidence - 1]!, lang) });

/** What the check is for, said above the first message (the same words at a terminal and in a drill). */
export const introFor = (phase: Phase, form: FormView, lang: Lang) => t(phase === 'pre' ? 'checkIntroPre' : 'checkIntroPost', lang, { n: form.items.length });
