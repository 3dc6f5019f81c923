// Reading an answer the web page masked before sending it (web/mask.ts). The host reads and masks
// it again, but a card's mask keeps the card's last four digits ("[card ••••1111]"), and read again
// those four look like a short code ("[card ••••[code ••••••]]", a code "given away"). So the
// reader here sees each card mask without its digits, and they are put back in what it returns.
// Only four digits a mask can hold pass unread: exactly what masking a card keeps anyway.
import type { Reader } from '../core/reader';
import { LANGS } from '../core/constants';
import { mask } from '../classify/redact';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What each language's card mask starts with, before its four digits and "]": "[card ••••". */
const HEADS = LANGS.map((lang) => escape(mask('card', '0000000000000', lang).slice(0, -5))).join('|');
const CARD_MASK = new RegExp(`(${HEADS})(\\d{4})\\]`, 'g');
const HIDDEN = '••••';
const CARD_MASK_HIDDEN = new RegExp(`(${HEADS})${HIDDEN}\\]`, 'g');

/** `reader`, for text masked by the page: card masks keep their digits and are not read again. */
export function maskedReader(reader: Reader): Reader {
  return {
    read(text, context) {
      const tails: string[] = [];
      const hidden = text.replace(CARD_MASK, (_m, head: string, tail: string) => {
        tails.push(tail);
        return `${head}${HIDDEN}]`;
      });
      const read = reader.read(hidden, context);
      if (!read || !tails.length) return read;
      // The reader leaves the hidden masks as they were (no digits, nothing to find), in order.
      let i = 0;
      return { ...read, text: read.text.replace(CARD_MASK_HIDDEN, (m, head: string) => (i < tails.length ? `${head}${tails[i++]}]` : m)) };
    },
    mask: reader.mask,
  };
}
