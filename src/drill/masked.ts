// Reading what a client masked before sending it (web/mask.ts): the host reads and masks it again,
// but a card's mask keeps the card's last four digits ("[card ••••1111]"), and read again those
// four look like a short code ("[card ••••[code ••••••]]", a code "given away"). So the reader here
// sees each card mask without its digits, and they are put back in what it returns. Only four
// digits a mask can hold pass unread: exactly what masking a card keeps anyway.
import type { Reader } from '../core/reader';
import { LANGS } from '../core/constants';
import { mask } from '../classify/redact';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What each language's card mask starts with, before its four digits and "]": "[card ••••". */
const HEADS = LANGS.map((lang) => escape(mask('card', '0000000000000', lang).slice(0, -5))).join('|');
const CARD_MASK = new RegExp(`(${HEADS})(\\d{4})\\]`, 'g');
const HIDDEN = '••••';
const CARD_MASK_HIDDEN = new RegExp(`(${HEADS})${HIDDEN}\\]`, 'g');

/** `fn` on the text with its card masks' digits hidden, and the digits put back in what it gives. */
function shielded<T>(text: string, fn: (hidden: string) => T, textOf: (r: T) => string, withText: (r: T, text: string) => T): T {
  const tails: string[] = [];
  const hidden = text.replace(CARD_MASK, (_m, head: string, tail: string) => {
    tails.push(tail);
    return `${head}${HIDDEN}]`;
  });
  const r = fn(hidden);
  if (!tails.length) return r;
  // The reader leaves the hidden masks as they were (no digits, nothing to find), in order.
  let i = 0;
  return withText(r, textOf(r).replace(CARD_MASK_HIDDEN, (m, head: string) => (i < tails.length ? `${head}${tails[i++]}]` : m)));
}

/** `reader`, for text a client masked: card masks keep their digits and are not read again. */
export function maskedReader(reader: Reader): Reader {
  return {
    read: (text, context) => shielded(text, (t) => reader.read(t, context), (r) => r?.text ?? '', (r, t) => r && { ...r, text: t }),
    mask: (text) => shielded(text, reader.mask, (t) => t, (_r, t) => t),
  };
}
