import { describe, expect, it } from 'vitest';
import { classifyInContext } from '../../src/classify/index';
import { plainWords } from '../../src/classify/plain-words';

describe('plainWords: dialect and chat words in their plain forms, for reading intent', () => {
  it.each([
    ['冇问题，要得', '没问题，好的'],
    ['俺不知道恁是谁', '我不知道你是谁'],
    ['侬覅急，我晓得了', '你不要急，我知道了'],
    ['点解要我畀钱？唔该你讲清楚', '为什么要我给钱？谢谢你讲清楚'],
    ['嘎哈呀，咋整', '干什么呀，怎么办'],
    ['idk wat u mean, im gonna call my bank', "i don't know what you mean, im going to call my bank"],
    ['nah i cannae do that, dinnae call again', "no i can't do that, don't call again"],
    ["i'm fixin' to call my son. i been fixin' cars all day", "i'm going to call my son. i been fixing cars all day"],
    ["i'm ringin' yer mobile masel, ye can wait", "i'm ringing your mobile myself, you can wait"],
  ])('%s → %s', (text, plain) => {
    expect(plainWords(text)).toBe(plain);
  });
  it('leaves words that mean other things elsewhere, and parts of longer words, as they are', () => {
    for (const text of ['我们关系很好，联系方式发你了', '额度是五万吗', '沒關係', 'the data is in my ukulele case', 'usually dismal', "the word 'in' and 'yin'"]) expect(plainWords(text)).toBe(text);
  });
  it('reads secrets from the reply as written: a code after dialect words is still masked', () => {
    const reply = '冇问题，验证码系 482913';
    const read = classifyInContext(reply, { context: { caller: '您把验证码念一下' } });
    expect(read.leaks.map((l) => [l.kind, reply.slice(l.start, l.end)])).toEqual([['code', '482913']]);
  });
});
