// Masking secrets in a reply before it is shown, stored or printed. Masks keep nothing that
// helps rebuild the secret: codes, passwords and IDs keep nothing, a card keeps its last four
// digits (as printed on receipts), a phone number keeps nothing. Mask lengths are fixed, so even
// the length of the secret is not told. Masks are written in the reply's language.
import type { LeakKind } from '../core/schema';
import type { Leak, ReplyLang } from '../core/reader';
import { detectLang } from './lang';
import { normalize, sanitize } from './normalize';
import { findLeaks } from './secrets';

const WORDS: Record<ReplyLang, Record<LeakKind, string>> = {
  en: { card: 'card', code: 'code', id: 'id', password: 'password', phone: 'phone' },
  // 证件号 rather than 身份证: the number may be a passport or a social security number
  zh: { card: '银行卡', code: '验证码', id: '证件号', password: '密码', phone: '手机号' },
};
const DOTS: Record<LeakKind, string> = { card: '••••', code: '••••••', id: '••••', password: '•••', phone: '•••' };

export function mask(kind: LeakKind, secret: string, lang: ReplyLang = 'en'): string {
  let dots = DOTS[kind];
  if (kind === 'card') {
    // the last four only when the number is written in plain digits, 13 or more of them (a card
    // read out in words, or a short account number, keeps nothing)
    const digits = secret.replace(/\D/g, '');
    if (digits.length >= 13) dots += digits.slice(-4);
  }
  return `[${WORDS[lang][kind]} ${dots}]`;
}

/** Replace leaks (offsets into text) by their masks. */
export function applyMasks(text: string, leaks: readonly Leak[], lang: ReplyLang = 'en'): string {
  let out = '';
  let at = 0;
  for (const l of [...leaks].sort((a, b) => a.start - b.start)) {
    if (l.start < at) continue;
    out += text.slice(at, l.start) + mask(l.kind, text.slice(l.start, l.end), lang);
    at = l.end;
  }
  return out + text.slice(at);
}

export interface RedactOptions {
  /** The language of the masks; by default the reply's own. */
  lang?: ReplyLang;
  /** The person's previous replies, oldest first, to find a secret spread over them and this one (see findLeaks). */
  previous?: readonly string[];
}

/**
 * The reply with every secret masked, and terminal escapes and control characters removed
 * (so a pasted escape sequence cannot hide or rewrite anything on screen).
 */
export function redact(text: string, opts: RedactOptions = {}): string {
  const clean = sanitize(text).text;
  const norm = normalize(clean);
  const leaks = findLeaks(clean, norm, { previous: opts.previous });
  return leaks.length ? applyMasks(clean, leaks, opts.lang ?? detectLang(norm.text)) : clean;
}
