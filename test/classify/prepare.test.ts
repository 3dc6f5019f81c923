import { describe, expect, it, vi } from 'vitest';
import { decodeModels, encodeModels, type Trained } from '../../src/classify/model/linear';

const REPLIES: Array<[string, { caller: string; flags?: string[] }]> = [
  ['好的，那我怎么提供呢？', { caller: '请提供一下银行卡号和验证码。', flags: ['asks-card', 'asks-code'] }],
  ["I'm not comfortable giving out my social security number over the phone.", { caller: 'Can you confirm your social security number?' }],
  ['在的在的，我不挂电话', { caller: '电话别挂，我们马上处理。' }],
  ['OK, the code is 482913', { caller: 'Read me the code we sent.', flags: ['asks-code'] }],
];

async function freshReader() {
  vi.resetModules();
  return import('../../src/classify/reader');
}

describe('the reader got ready as a session starts', () => {
  it('reads every reply exactly as a reader that never prepared', async () => {
    const cold = await freshReader();
    const expected = REPLIES.map(([text, context]) => cold.readText(text, context));
    const warm = await freshReader();
    await warm.reader.prepare!();
    expect(REPLIES.map(([text, context]) => warm.readText(text, context))).toEqual(expected);
  });
});

describe('the model file', () => {
  const trained: Trained = {
    spec: { classes: ['a', 'b'], bias: [0.5, -0.5], extra: { temperature: 1 } },
    rows: new Map([
      [7, Float64Array.from([1, -2])],
      [3, Float64Array.from([0.25, 0.5])],
    ]),
  };
  const scores = (bytes: Uint8Array) => Array.from(decodeModels(bytes).m!.scores({ keys: [3, 7, 9], values: [1, 2, 1] }));

  it('decodes to the same scores whether its bytes start on a 4-byte boundary or not', () => {
    const bytes = encodeModels({ m: trained });
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(scores(shifted)).toEqual(scores(bytes));
    // (each weight within half of its class's step: the largest weight over 127)
    expect(Math.abs(scores(bytes)[0]! - (0.5 + 0.25 + 2))).toBeLessThanOrEqual((1 / 127 / 2) * 3);
    expect(Math.abs(scores(bytes)[1]! - (-0.5 + 0.5 - 4))).toBeLessThanOrEqual((2 / 127 / 2) * 3);
  });

  it('says to rebuild a file of the older, sixteen-bit format rather than read it wrong', () => {
    const old = encodeModels({ m: trained });
    old.set(new TextEncoder().encode('SDRM'), 0);
    expect(() => decodeModels(old)).toThrow(/older .*npm run train/);
  });
});
