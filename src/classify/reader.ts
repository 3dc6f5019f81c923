// The reader every front end hands to the core: one pass over a reply that cleans it (one
// sanitiser), detects its language, finds the secrets once, reads the intent against the caller's
// line (classifyInContext: the rules weighed by the trained model), and masks the text with the
// secrets it found (no second scan).
import type { Reader, ReadText, ReplyContext } from '../core/reader';
import { classifyInContext } from './index';
import { applyMasks, redact } from './redact';
import { sanitizeReply } from './sanitize';

export function readText(text: string, context?: ReplyContext): ReadText | null {
  const clean = sanitizeReply(typeof text === 'string' ? text : '');
  if (!clean) return null;
  const reading = classifyInContext(clean, { lang: 'auto', context });
  return {
    // Masks in the reply's language, as redact() writes them: a Chinese reply gets [验证码 ••••••].
    text: applyMasks(clean, reading.leaks, reading.lang),
    intent: reading.intent,
    confidence: reading.confidence,
    leaks: [...new Set(reading.leaks.map((l) => l.kind))],
    lang: reading.lang,
  };
}

export const reader: Reader = { read: readText, mask: redact };
