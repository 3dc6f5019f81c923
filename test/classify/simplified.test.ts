import { describe, expect, it } from 'vitest';
import { classifyInContext, redact } from '../../src/classify/index';
import { lineFlags } from '../../src/classify/model/read';
import { simplified } from '../../src/classify/simplified';
import { loadLibrary } from '../../src/scenario/files';

describe('simplified: traditional characters read as simplified ones', () => {
  it.each([
    ['係唔係真嘅？我冇申請過貸款', '系唔系真嘅？我冇申请过贷款'],
    ['身分證號碼，說明書，衞生署，眾人，裡面', '身分证号码，说明书，卫生署，众人，里面'],
  ])('%s → %s', (text, plain) => {
    expect(simplified(text)).toBe(plain);
  });
  it('leaves simplified characters, and the forms Hong Kong and Taiwan list as their own standard, as they are', () => {
    for (const text of ['台湾 吃饭 什么 才 床 著名 群', '好的，我怎么提供呢？', 'ok 482913 😀']) expect(simplified(text)).toBe(text);
  });
  it('reads 帳 as an account\'s 账, as the mainland writes 账户 and 转账', () => {
    expect(simplified('安全帳戶，轉帳')).toBe('安全账户，转账');
  });
  it('keeps Cantonese characters it has no common simplified form for ("喎", "嗰")', () => {
    expect(simplified('唔好意思喎，嗰個')).toBe('唔好意思喎，嗰个');
  });
});

// A reply and the caller's line, each in traditional characters (Hong Kong, Taiwan, abroad), and the same in simplified ones.
const PAIRS: Array<[reply: string, caller: string]> = [
  ['驗證碼係 482913', '請將驗證碼讀出嚟俾我'],
  ['我的身分證字號是 A123456789', '請提供您的身分證字號'],
  ['唔該，我會自己打去銀行問清楚', '你而家即刻轉錢去安全帳戶'],
  ['我不會給你，我要打165反詐騙專線', '請提供您的銀行帳號和密碼'],
  ['好的，我怎麼提供呢？', '需要您提供銀行卡號'],
  ['我冇申請過貸款喎，你係咪打錯', '你申請嘅貸款已經批咗'],
];

describe('a reply in traditional characters', () => {
  it.each(PAIRS)('%s is read as its simplified twin', (reply, caller) => {
    const read = classifyInContext(reply, { context: { caller } });
    const twin = classifyInContext(simplified(reply), { context: { caller: simplified(caller) } });
    expect({ intent: read.intent, leaks: read.leaks }).toEqual({ intent: twin.intent, leaks: twin.leaks });
  });
  it('has a Hong Kong ID card\'s and a phone\'s number masked after Cantonese 係 ("is")', () => {
    expect(redact('我身份證號碼係 A123456(7)，電話係 9123 4567')).toBe('我身份證號碼係 [证件号 ••••])，電話係 [手机号 •••]');
  });
  it('reads a one-time password (一次性密碼, as Hong Kong banks call the texted code) as a code', () => {
    expect(classifyInContext('一次性密碼係 482913', {}).leaks.map((l) => l.kind)).toEqual(['code']);
    expect(classifyInContext('我的网银密码是 abc12345', {}).leaks.map((l) => l.kind)).toEqual(['password']);
  });
  it('has its secrets masked in the text as the person typed it', () => {
    expect(redact('好，驗證碼是 482913，我身分證字號 A123456789')).toBe('好，驗證碼是 [验证码 ••••••]，我身分證字號 [证件号 ••••]');
  });
});

describe('a caller line in traditional characters', () => {
  const { flags } = loadLibrary().catalogue;
  it.each([
    '您好，這裡是中國電信客服中心，您的手機號碼涉嫌發送詐騙簡訊，兩小時內將被停機。',
    '你而家即刻將錢轉去安全帳戶',
    '請把手機收到的驗證碼念給我，我幫您取消扣費',
  ])('%s shows the red flags of its simplified twin', (line) => {
    const read = lineFlags(line, flags, true);
    expect(read.length).toBeGreaterThan(0);
    expect(read).toEqual(lineFlags(simplified(line), flags, true));
  });
});
