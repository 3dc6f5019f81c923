import { describe, expect, it } from 'vitest';
import { MAX_REPLY_CHARS } from '../../src/core/reply';
import { findLeaks, normalize, redact } from '../../src/classify/index';
import { READ_WINDOW, WINDOW_CONTEXT, readInWindows } from '../../src/classify/windows';

// Every number of a normalised text as a find, as a reader would return them (offsets into the original).
const numbers = (part: ReturnType<typeof normalize>) =>
  [...part.text.matchAll(/\d+/g)].map((m) => ({ start: part.start[m.index]!, end: part.end[m.index + m[0].length - 1]! }));

describe('reading a long text in windows', () => {
  it('reads any reply a person can send whole, in one go', () => {
    const text = 'The code is 482913. '.repeat(Math.ceil(MAX_REPLY_CHARS / 20)).slice(0, MAX_REPLY_CHARS);
    const parts: string[] = [];
    readInWindows(normalize(text), (p) => (parts.push(p.text), []));
    expect(parts).toHaveLength(1);
    expect(READ_WINDOW).toBeGreaterThan(MAX_REPLY_CHARS);
  });

  it('reads a long one a bounded window at a time, cut at a sentence end, and finds each number once', () => {
    const text = 'I owe 3500, the code is 482913. Call me at noon! '.repeat(2_000);
    const norm = normalize(text);
    const parts: string[] = [];
    const found = readInWindows(norm, (p) => (parts.push(p.text), numbers(p)));
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(READ_WINDOW + 2 * WINDOW_CONTEXT);
    // (every number, in order, none twice and none cut)
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(Array.from({ length: 2_000 }, () => ['3500', '482913']).flat());
  });

  it('joins a find running over a window\'s edge into one', () => {
    // (words, so the windows are cut between them; the reader finds the whole run of them in each window)
    const text = `123 ${'x '.repeat(2 * READ_WINDOW)}456`;
    const norm = normalize(text);
    let windows = 0;
    const found = readInWindows(norm, (p) => (windows++, [...p.text.matchAll(/x(?: x)*|\d+/g)].map((m) => ({ start: p.start[m.index]!, end: p.end[m.index + m[0].length - 1]! }))));
    expect(windows).toBeGreaterThan(2);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['123', 'x '.repeat(2 * READ_WINDOW).trimEnd(), '456']);
  });

  it('masks each secret of a long paste of replies, wherever a window ends', () => {
    const replies = ['好的，验证码是四八二九一三。', 'my card number is 4532 1187 0064 9913.', 'I owe 3500, call 95588 on 12/31.', 'the pin is 4417!', '身份证号 110105194912310021；'];
    let text = '';
    for (let i = 0; text.length < 5 * READ_WINDOW; i++) text += `${replies[i % replies.length]} `;
    const kinds = findLeaks(text).map((l) => l.kind);
    const n = text.split('\n').join('').match(/验证码/g)!.length;
    expect(kinds.filter((k) => k === 'code')).toHaveLength(n);
    expect(kinds.filter((k) => k === 'card')).toHaveLength(text.match(/4532 1187/g)!.length);
    expect(kinds.filter((k) => k === 'password')).toHaveLength(text.match(/4417/g)!.length);
    expect(kinds.filter((k) => k === 'id')).toHaveLength(text.match(/110105/g)!.length);
    const out = redact(text);
    for (const secret of ['四八二九一三', '4532 1187', '4417', '110105194912310021']) expect(out).not.toContain(secret);
    for (const kept of ['3500', '95588', '12/31']) expect(out.split(kept)).toHaveLength(text.split(kept).length);
  });
});
