import { describe, expect, it } from 'vitest';
import { MAX_REPLY_CHARS } from '../../src/core/reply';
import { dropLastGrapheme, editLine, visibleTail } from '../../src/ink/line-edit';

describe('editLine', () => {
  it('submits a pasted line that arrives with Enter in the same chunk', () => {
    expect(editLine('', 'I will call the bank myself\r')).toEqual({ value: '', submitted: 'I will call the bank myself' });
  });

  it('a paste of several lines is one reply: joined with spaces, sent only if it ends in a line break', () => {
    // Pasting three lines sent the first two as replies of their own (issue 13 §6).
    expect(editLine('', 'Who are you?\nI never ordered anything.\nI will call the shop myself.')).toEqual({ value: 'Who are you? I never ordered anything. I will call the shop myself.' });
    expect(editLine('Hel', 'lo\r\n\r\nsecond \r\n')).toEqual({ value: '', submitted: 'Hello second' });
    expect(editLine('', '你是谁？\r我没买过东西。\r')).toEqual({ value: '', submitted: '你是谁？ 我没买过东西。' });
    // A paste the terminal delivers in two chunks: the second starts where the first stopped.
    const part = editLine('', 'one\rtwo');
    expect(editLine(part.value, '\rthree\r')).toEqual({ value: '', submitted: 'one two three' });
  });

  it('submits on a lone Enter key and ignores an empty one', () => {
    expect(editLine('no thanks', '', { return: true })).toEqual({ value: '', submitted: 'no thanks' });
    expect(editLine('   ', '', { return: true })).toEqual({ value: '' });
    expect(editLine('', '\r\n\r')).toEqual({ value: '' });
  });

  it('backspace removes a whole emoji or a Chinese character', () => {
    expect(dropLastGrapheme('ok 👍🏽')).toBe('ok ');
    expect(dropLastGrapheme('不要验证码')).toBe('不要验证');
    expect(editLine('挂了👨‍👩‍👧', '', { backspace: true }).value).toBe('挂了');
  });

  it('Ctrl-U clears the line; control characters never reach the value', () => {
    expect(editLine('give me the code', 'u', { ctrl: true }).value).toBe('');
    expect(editLine('', 'a\u0007b\tc').value).toBe('ab c');
  });

  it('takes a 100 kB paste at once and keeps its start, up to the reply cap', () => {
    const big = `start${'x'.repeat(100_000)}`;
    const start = performance.now();
    const r = editLine('', `${big}\r`);
    const full = editLine('', big).value;
    const after = editLine(full, '', { backspace: true });
    expect(performance.now() - start).toBeLessThan(50);
    expect(r.submitted).toHaveLength(MAX_REPLY_CHARS);
    expect(r.submitted!.startsWith('startxx')).toBe(true);
    expect(editLine(full, 'more').value).toBe(full);
    expect(after.value).toHaveLength(MAX_REPLY_CHARS - 1);
  });

  it('shows the end of a long value without splitting a surrogate pair', () => {
    expect(visibleTail('abc', 10)).toEqual({ text: 'abc', cut: false });
    const v = visibleTail(`${'a'.repeat(10)}😀b`, 2);
    expect(v.cut).toBe(true);
    expect(v.text).toBe('b');
  });
});

describe('firstSentence (coach panel)', () => {
  it('cuts English and Chinese catalogue texts after the first sentence', async () => {
    const { firstSentence } = await import('../../src/practice/components/FlagPanel');
    expect(firstSentence('Hang up. Then call the bank, e.g. the number on the card.')).toBe('Hang up.');
    expect(firstSentence('你并没有找对方，是对方主动打来电话。骗子总是先找上门。')).toBe('你并没有找对方，是对方主动打来电话。');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });
});
