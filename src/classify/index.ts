// Reading a reply: what it means (intent) and what it gives away (leaks). Pure functions.
import type { ClassifyOptions, Reading } from '../core/reader';
import { detectLang } from './lang';
import { normalize } from './normalize';
import { findLeaks } from './secrets';
import { readIntent } from './intent';

export type { Leak, Reading, ClassifyOptions, ReplyLang } from '../core/reader';
export { CONFIDENT } from '../core/reader';
export { redact, mask, applyMasks } from './redact';
export { luhnValid, chineseIdValid, findLeaks } from './secrets';
export { normalize, sanitize } from './normalize';
export { detectLang } from './lang';

export function classify(text: string, opts: ClassifyOptions = {}): Reading {
  const src = typeof text === 'string' ? text : '';
  const norm = normalize(src);
  const lang = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLang(norm.text);
  const leaks = findLeaks(src, norm);
  if (leaks.length) {
    // a secret given away decides the reply, whatever else it says ("no, the code is 123456")
    return { intent: 'comply', confidence: 0.95, leaks, lang };
  }
  const { intent, confidence } = readIntent(norm.text);
  return { intent, confidence, leaks, lang };
}
