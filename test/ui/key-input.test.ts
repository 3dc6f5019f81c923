// Keys reach the UI; escape sequences that are no key (pasted colour codes) do not.
import { describe, expect, it } from 'vitest';
import { keysOnly } from '../../src/ink/key-input';

describe('keysOnly', () => {
  it('drops pasted colour codes and unknown sequences, keeps the text', () => {
    expect(keysOnly('\u001b[31mred\u001b[0m alert')).toBe('red alert');
    expect(keysOnly('a\u001b[99;5~b\u001b[1;5Ic')).toBe('abc');
  });

  it('keeps the keys terminals send', () => {
    for (const k of ['\u001b[A', '\u001b[D', '\u001b[1;5C', '\u001b[H', '\u001b[F', '\u001b[Z', '\u001b[3~', '\u001b[5~', '\u001b[6;2~', '\u001b[15~', '\u001b[24~', '\u001b[[A', '\u001b', '\u001bOP']) {
      expect(keysOnly(k)).toBe(k);
    }
    expect(keysOnly('家人说这是骗子 😀')).toBe('家人说这是骗子 😀');
  });
});
