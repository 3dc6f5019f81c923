// wrapText: rows never wider than asked, Latin broken at spaces, CJK between characters, and the
// line-breaking rules a Chinese reader notices (no row starting with 。or ，, numbers kept whole).
import { describe, expect, it } from 'vitest';
import { cellWidth, wrapSpans, wrapText } from '../../src/ink/wrap';

const CLOSING = /^[。，、！？；：”’）》」』.,!?;:)\]}]/u;
const OPENING = /[“‘（《「『([{]$/u;

/** The rules every wrapped text must keep, whatever the width. */
function check(text: string, width: number): string[] {
  const rows = wrapText(text, width);
  for (const row of rows) {
    // Only a single grapheme wider than the whole row may exceed it (a CJK character at width 1).
    if ([...new Intl.Segmenter().segment(row)].length > 1) expect(cellWidth(row), JSON.stringify(row)).toBeLessThanOrEqual(width);
    expect(row).not.toMatch(/^\s|\s$/);
  }
  // Nothing is lost but the spaces rows were broken at.
  expect(rows.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  return rows;
}

describe('wrapText', () => {
  it('breaks English at spaces and fills each row', () => {
    const rows = check('Please read me the verification code we just sent you.', 20);
    expect(rows).toEqual(['Please read me the', 'verification code we', 'just sent you.']);
  });

  it('returns one row for text that fits, and an empty row for empty text', () => {
    expect(wrapText('Hello there', 80)).toEqual(['Hello there']);
    expect(wrapText('', 10)).toEqual(['']);
  });

  it('keeps hard line breaks', () => {
    expect(wrapText('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
  });

  it('breaks Chinese between characters by display width, keeping the label on the first row', () => {
    const text = '平台客服：您好，是李女士吗？您的快递丢了，我们给您双倍理赔。';
    const rows = check(text, 20);
    expect(rows[0]!.startsWith('平台客服：您好')).toBe(true);
    expect(cellWidth(rows[0]!)).toBeGreaterThanOrEqual(18);
    for (const r of rows) expect(r).not.toMatch(CLOSING);
  });

  it('never starts a row with closing punctuation nor ends one with opening punctuation', () => {
    const text = '请立即转账。不要告诉任何人，包括家人、朋友！他说：“这是《安全账户》（官方）”。好吗？';
    // From the width of the longest run that may not be broken (方）”。 is 7 cells).
    for (let width = 7; width <= 40; width++) {
      const rows = check(text, width);
      for (const r of rows.slice(1)) expect(r, `width ${width}: ${rows.join(' | ')}`).not.toMatch(CLOSING);
      for (const r of rows) expect(r, `width ${width}: ${rows.join(' | ')}`).not.toMatch(OPENING);
    }
  });

  it('keeps ASCII punctuation with the word before it', () => {
    for (let width = 8; width <= 30; width++) {
      for (const r of check('Wait, what? No (really) I will not: never.', width).slice(1)) expect(r).not.toMatch(CLOSING);
    }
  });

  it('does not split a run of digits or Latin letters inside Chinese text when it fits', () => {
    const text = '您的包裹将于3月12号送达，请回复验证码739105并确认App订单号SF1234567890。';
    for (let width = 12; width <= 50; width++) {
      const rows = check(text, width);
      const joined = rows.join('|');
      for (const run of ['12', '739105', 'App', 'SF1234567890']) expect(joined, `width ${width}`).toContain(run);
    }
  });

  it('mixes English words and Chinese on one row', () => {
    const rows = check('请打开 WeChat 钱包，找到“客服中心”再联系我们 Customer Service team。', 16);
    expect(rows.join('|')).toContain('WeChat');
    expect(rows.join('|')).toContain('Customer');
  });

  it('treats emoji and combining marks as one grapheme', () => {
    const text = '👨‍👩‍👧👍🏽é́ 你好👋世界';
    const rows = check(text, 4);
    // The family emoji (one grapheme, two cells) is never cut in the middle.
    expect(rows.some((r) => r.includes('👨‍👩‍👧'))).toBe(true);
    expect(rows.some((r) => r.includes('👍🏽'))).toBe(true);
  });

  it('at width 1 puts one grapheme on each row and loses nothing', () => {
    expect(wrapText('ab 你好', 1)).toEqual(['a', 'b', '你', '好']);
    check('一二三。四', 1);
    expect(wrapText('x', 0)).toEqual(['x']);
  });

  it('cuts a URL longer than the row, starting it on a row of its own', () => {
    const url = 'https://refund-center.example.com/claim?order=SF1234567890&token=abcdefghijklmnopqrstuvwxyz';
    const rows = check(`点击链接 ${url} 领取理赔。`, 30);
    expect(rows[0]).toBe('点击链接');
    expect(rows.slice(1).join('')).toContain(url);
    // Cut after its punctuation where it can, so the pieces read as parts of an address.
    expect(rows[1]).toBe('https://refund-center.example.');
    expect(rows).toContain('abcdefghijklmnopqrstuvwxyz 领');
  });
});

describe('wrapSpans', () => {
  it('cuts styled spans along the rows, keeping each piece its style', () => {
    const rows = wrapSpans([{ text: '平台客服：', bold: true }, { text: '您好，是李女士吗？您的快递丢了。' }], 16);
    expect(rows[0]).toEqual([{ text: '平台客服：', bold: true }, { text: '您好，' }]);
    expect(rows.map((r) => r.map((p) => p.text).join(''))).toEqual(wrapText('平台客服：您好，是李女士吗？您的快递丢了。', 16));
  });
});
