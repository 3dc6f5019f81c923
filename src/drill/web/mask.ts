// Masking a reply where it is typed: the web page runs this (scripts/build.mjs bundles it for the
// browser as dist/web/mask.js, served at /mask.js) so a secret never leaves the phone in clear.
// It is the reader's cleaning, secret finding and masking (classify/reader.ts readText) without the
// intent and its trained model: the host reads the intent from the masked text, and learns which
// kinds of secret were given away from `leaks`. The host masks again on arrival, whatever it gets.
import type { LeakKind } from '../../core/schema';
import { detectLang } from '../../classify/lang';
import { normalize } from '../../classify/normalize';
import { applyMasks } from '../../classify/redact';
import { sanitizeReply } from '../../classify/sanitize';
import { findLeaks } from '../../classify/secrets';

export interface MaskedReply {
  /** Cleaned and masked, as the host would store it. */
  text: string;
  /** The kinds of secret masked in it. */
  leaks: LeakKind[];
}

export function maskReply(text: string): MaskedReply {
  const clean = sanitizeReply(text);
  const norm = normalize(clean);
  const found = findLeaks(clean, norm);
  return {
    text: found.length ? applyMasks(clean, found, detectLang(norm.text)) : clean,
    leaks: [...new Set(found.map((l) => l.kind))],
  };
}
