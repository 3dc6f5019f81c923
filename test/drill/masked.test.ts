// The web page masks a reply before sending it (drill/web/mask.ts) and the host reads the masked
// text again (drill/masked.ts): what is stored must be what the terminal would store for the same
// typed words, with the same secrets counted as given away — and never the secret.
import { describe, expect, it } from 'vitest';
import { reader } from '../../src/classify/reader';
import { maskedReader } from '../../src/drill/masked';
import { maskReply } from '../../src/drill/web/mask';

const TYPED = [
  ['my card is 4111 1111 1111 1111 and the code is 482913', ['4111 1111 1111', '482913']],
  ['4111111111111111', ['41111111']],
  ["I won't give you the code, but my card number is 4111-1111-1111-1111", ['4111-1111']],
  ['the code is four eight two nine one three', ['four eight two']],
  ['卡号6222021234567890128，验证码是 123456', ['622202123456789', '123456']],
  ['验证码不给你，身份证号11010519491231002X', ['11010519491231002X']],
  ['my password is hunter22', ['hunter22']],
  ['Which bank? What problem?', []],
] as const;

describe('masking on the phone, reading on the host', () => {
  for (const [typed, secrets] of TYPED) {
    it(`"${typed}": the host stores and counts what the terminal would`, () => {
      const terminal = reader.read(typed)!;
      const phone = maskReply(typed);
      for (const s of secrets) expect(phone.text).not.toContain(s);
      expect(phone.text).toBe(terminal.text);
      expect(phone.leaks.sort()).toEqual([...terminal.leaks].sort());
      // The host reads the masked text: nothing new is found in the masks (a card's last four is no code).
      const host = maskedReader(reader).read(phone.text)!;
      expect(host.text).toBe(terminal.text);
      expect(host.leaks).toEqual([]);
    });
  }

  it('masks on the host what a client left in clear, beside what it masked', () => {
    const host = maskedReader(reader).read('my card is [card ••••1111] and the code is 730541')!;
    expect(host.text).toBe('my card is [card ••••1111] and the code is [code ••••••]');
    expect(host.leaks).toEqual(['code']);
  });
});
