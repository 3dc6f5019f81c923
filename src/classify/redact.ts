// Masking secrets in a reply before it is shown, stored or printed. Masks keep nothing that
// helps rebuild the secret: codes, passwords and IDs keep nothing, a card keeps its last four
// digits (as printed on receipts), a phone number keeps nothing. Mask lengths are fixed, so even
// the length of the secret is not told.
import type { LeakKind } from '../core/schema';
import type { Leak } from '../core/reader';
import { sanitize } from './normalize';
import { findLeaks } from './secrets';

export function mask(kind: LeakKind, secret: string): string {
  switch (kind) {
    case 'card': {
      const digits = secret.replace(/\D/g, '');
      // only when the digits are plain ASCII (a spelled-out card keeps nothing)
      return digits.length >= 13 ? `[card ••••${digits.slice(-4)}]` : '[card ••••]';
    }
    case 'code':
      return '[code ••••••]';
    case 'id':
      return '[id ••••]';
    case 'password':
      return '[password •••]';
    case 'phone':
      return '[phone •••]';
  }
}

/** Replace leaks (offsets into text) by their masks. */
export function applyMasks(text: string, leaks: readonly Leak[]): string {
  let out = '';
  let at = 0;
  for (const l of [...leaks].sort((a, b) => a.start - b.start)) {
    if (l.start < at) continue;
    out += text.slice(at, l.start) + mask(l.kind, text.slice(l.start, l.end));
    at = l.end;
  }
  return out + text.slice(at);
}

/**
 * The reply with every secret masked, and terminal escapes and control characters removed
 * (so a pasted escape sequence cannot hide or rewrite anything on screen).
 */
export function redact(text: string): string {
  const clean = sanitize(text).text;
  return applyMasks(clean, findLeaks(clean));
}
