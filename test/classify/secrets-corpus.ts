// Writes test/corpus/secrets.jsonl: secrets in every form a person can type them, and harmless
// replies that look like them (hotlines, amounts, dates, order numbers, refusals that name a
// secret). Each form is written into several different sentences, in English and Chinese; the
// values are checksum-valid unless the line is about a bad checksum. Deterministic:
//   npx tsx test/classify/secrets-corpus.ts
// One JSON object a line: {"text","lang","leaks":[kinds in order],"secrets":[each secret as written]}
// ("secrets" only on lines with a leak: the test checks none of them survives masking), and "caller"
// (the caller's line before it) on replies that are read against it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Kind = 'code' | 'card' | 'id' | 'password' | 'phone';
interface Row {
  text: string;
  lang: 'en' | 'zh';
  leaks: Kind[];
  secrets?: string[];
  caller?: string;
}

// ---- values ----------------------------------------------------------------------------------

function luhn(prefix: string): string {
  let sum = 0;
  for (let i = 0; i < prefix.length; i++) {
    let d = Number(prefix[prefix.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return prefix + String((10 - (sum % 10)) % 10);
}
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const residentId = (first17: string) => first17 + '10X98765432'[[...first17].reduce((s, c, i) => s + Number(c) * W[i]!, 0) % 11]!;
const badLast = (s: string) => s.slice(0, -1) + String((Number(s.slice(-1)) + 1) % 10);

const CODES = ['482913', '739201', '560284', '918273', '305617', '671049', '294850', '847362'];
const CARDS = [luhn('622202123456789012'), luhn('621483012345678'), luhn('622848001234567'), luhn('453201511283036'), luhn('436742001234567890'), luhn('625965123456789')];
const IDS = [residentId('11010519491231002'), residentId('44030419900307123'), residentId('32058319920815231'), residentId('31011519851022456'), residentId('51010719780615332')];

// ---- how digits can be written ------------------------------------------------------------------

const map = (s: string, f: (d: number) => string) => [...s].map((c) => (/\d/.test(c) ? f(Number(c)) : c)).join('');
const cp = (base: number) => (d: number) => String.fromCodePoint(base + d);
const ZH = '零一二三四五六七八九';
const DAXIE = '零壹贰叁肆伍陆柒捌玖';
const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const group = (s: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= s.length) break;
    out.push(s.slice(at, at + n));
    at += n;
  }
  if (at < s.length) out.push(s.slice(at));
  return out.join(sep);
};
const TENS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
/** "482913" → "forty eight twenty nine thirteen" (pairs read as numbers; 0x pairs read "oh x"). */
const pairs = (s: string, hyphen: boolean) =>
  (s.match(/\d\d/g) ?? []).map((p) => {
    const [a, b] = [Number(p[0]), Number(p[1])];
    if (a === 0) return `oh ${EN[b]}`;
    if (a === 1) return TEENS[b]!;
    return b === 0 ? TENS[a]! : `${TENS[a]}${hyphen ? '-' : ' '}${EN[b]}`;
  }).join(' ');

const CODE_FORMS: Array<(v: string) => string> = [
  (v) => v,
  (v) => [...v].join(' '),
  (v) => group(v, [3], '-'),
  (v) => group(v, [3], '/'),
  (v) => group(v, [3], ' | '),
  (v) => group(v, [2, 2], ':'),
  (v) => [...v].join('.'),
  (v) => map(v, cp(0xff10)), // full-width
  (v) => map(v, (d) => `${d}\ufe0f\u20e3`), // keycaps
  (v) => map(v, (d) => (d ? String.fromCodePoint(0x245f + d) : '⓪')), // circled
  (v) => map(v, (d) => (d ? String.fromCodePoint(0x2775 + d) : '⓿')), // negative circled
  (v) => map(v, cp(0x1d7ce)), // mathematical bold
  (v) => map(v, cp(0x1d7d8)), // double-struck
  (v) => map(v, cp(0x1d7f6)), // monospace
  (v) => map(v, cp(0x660)), // Arabic-Indic
  (v) => map(v, cp(0x6f0)), // extended Arabic-Indic (Persian)
  (v) => map(v, cp(0x966)), // Devanagari
  (v) => map(v, (d) => ZH[d]!),
  (v) => map(v, (d) => DAXIE[d]!),
  (v) => v.slice(0, 2) + map(v.slice(2, 4), (d) => ZH[d]!) + v.slice(4),
  (v) => map(v, (d) => (d === 1 ? '幺' : ZH[d]!)),
  (v) => [...v].map((c) => EN[Number(c)]).join(' '),
  (v) => pairs(v, false),
  (v) => pairs(v, true),
];

const CODE_FRAMES: Record<'en' | 'zh', string[]> = {
  en: [
    'The code is {v}', 'code: {v}', 'ok the verification code they sent is {v}', 'My OTP is {v}, hurry up please',
    'It says {v}', 'here: {v}', '{v}', 'fine. {v}', 'the text message says {v}', 'one-time code {v}',
    "I'll read it out, {v}", 'the six digits are {v}', 'OTP={v}', 'ok, got the SMS, {v}', 'um... {v}?',
    'yes the code, {v}', 'code is {v}. can I get my refund now?', 'the bank code is {v}',
  ],
  zh: [
    '验证码是{v}', '验证码：{v}', '{v}', '好的，验证码{v}', '短信里的验证码是{v}', '我收到了，是{v}', '动态码{v}，你快点',
    '我念给你：{v}', '码是{v}', '刚收到短信，{v}', '校验码 {v}', '是{v}对吧', '嗯…{v}', '行吧，验证码发你了，{v}',
    '那个码是{v}，可以退款了吗', '短信验证码 {v}',
  ],
};

// ---- rows ---------------------------------------------------------------------------------------

const rows: Row[] = [];
const secret = (text: string, lang: 'en' | 'zh', leaks: Kind[], secrets: string[]) => rows.push({ text, lang, leaks, secrets });
const harmless = (text: string, lang: 'en' | 'zh') => rows.push({ text, lang, leaks: [] });
/** Every form in two frames of each language, walking both lists so the pairs keep changing. */
function spread(forms: Array<(v: string) => string>, values: string[], frames: Record<'en' | 'zh', string[]>, kind: Kind, perForm = 2) {
  let f = 0;
  forms.forEach((form, i) => {
    for (const lang of ['en', 'zh'] as const) {
      for (let k = 0; k < perForm; k++) {
        const written = form(values[(i + k) % values.length]!);
        const frame = frames[lang][f++ % frames[lang].length]!;
        secret(frame.replace('{v}', written), lang, [kind], [written]);
      }
    }
  });
}

// codes: 24 forms × 2 languages × 2 frames
spread(CODE_FORMS, CODES, CODE_FRAMES, 'code');
// codes that only exist spoken
for (const [text, lang, s] of [
  ['the code is double five eight two triple nine', 'en', 'double five eight two triple nine'],
  ['it reads five oh two nine one seven', 'en', 'five oh two nine one seven'],
  ['code: forty-eight, twenty-nine, thirteen', 'en', 'forty-eight, twenty-nine, thirteen'],
  ['验证码是六个八', 'zh', '六个八'],
  ['验证码三个六三个九', 'zh', '三个六三个九'],
  ['是两个一四个五', 'zh', '两个一四个五'],
  ['code482913', 'en', '482913'],
  ['验证码482913收到没', 'zh', '482913'],
  ['the code is 4829', 'en', '4829'],
  ['验证码是48291736', 'zh', '48291736'],
  ['My code is 7302 and that is all you get', 'en', '7302'],
  ['4 8 2 9 1 3', 'en', '4 8 2 9 1 3'],
  ['四八二九一三', 'zh', '四八二九一三'],
  ['code 12345', 'en', '12345'],
  ['验证码是12321', 'zh', '12321'],
] as const) secret(text, lang, ['code'], [s]);

// cards: written in many ways, labelled or not; bad checksums when introduced as a card
const CARD_FORMS: Array<(v: string) => string> = [
  (v) => v,
  (v) => group(v, [4, 4, 4, 4], ' '),
  (v) => group(v, [4, 4, 4, 4], '-'),
  (v) => group(v, [4, 4, 4, 4], '/'),
  (v) => group(v, [4, 4, 4, 4], '|'),
  (v) => group(v, [4, 4, 4, 4], ':'),
  (v) => group(v, [4, 4, 4, 4], '.'),
  (v) => map(v, cp(0xff10)),
  (v) => map(v, (d) => ZH[d]!),
  (v) => map(v, (d) => DAXIE[d]!),
  (v) => group(map(v, (d) => ZH[d]!), [4, 4, 4, 4], ' '),
  (v) => [...v].map((c) => EN[Number(c)]).join(' '),
];
const CARD_FRAMES: Record<'en' | 'zh', string[]> = {
  en: ['my card number is {v}', 'card: {v}', 'the number on my card is {v}', 'Visa {v}', 'debit card {v}, is that enough?', '{v}', 'credit card no. {v}', 'ok it is {v}', 'bank card {v} please check it'],
  zh: ['卡号是{v}', '我的银行卡号{v}', '银行卡：{v}', '{v}', '信用卡号码是{v}', '储蓄卡 {v}', '这是我的卡号 {v}', '卡号{v}，你查吧', '我的卡是{v}'],
};
spread(CARD_FORMS, CARDS, CARD_FRAMES, 'card');
for (const [text, lang, s] of [
  [`My card number is ${group(badLast(CARDS[0]!), [4, 4, 4, 4], ' ')}.`, 'en', badLast(CARDS[0]!)],
  [`卡号是${badLast(CARDS[1]!)}`, 'zh', badLast(CARDS[1]!)],
  ['好的，我的银行卡号是1234567890123456。', 'zh', '1234567890123456'],
  ['那我的银行卡号是6222081234567890，这样可以吗？', 'zh', '6222081234567890'],
  ['卡号是六二二二零八零零一五八三三', 'zh', '六二二二零八零零一五八三三'],
  ['卡号陆贰贰贰零捌壹贰叁肆伍陆柒捌玖零', 'zh', '陆贰贰贰零捌壹贰叁肆伍陆柒捌玖零'],
  ['routing number 123456789, account number 9876543210', 'en', '9876543210'],
  ["My bank's routing number is 021000021 and my checking account number is 000123456789.", 'en', '000123456789'],
  ['my account number is 0012345678', 'en', '0012345678'],
  ['账号是6217 0012 3456 789', 'zh', '6217 0012 3456 789'],
  ['银行账户 62170012345678901', 'zh', '62170012345678901'],
  ['exp 12/27 cvv 123', 'en', '123'],
  ['expiry 08/26, security code 491', 'en', '491'],
  [`${group(CARDS[3]!, [4, 4, 4, 4], ' ')} 12/27 123`, 'en', '123'],
  ['valid thru 11/2028 CVC 4821', 'en', '4821'],
  ['The expiration date is 02/2025 and the CVV is 432.', 'en', '432'],
  ['有效期12/27，背面三位数是356', 'zh', '356'],
  ['安全码123', 'zh', '123'],
  ['卡背面后三位 582', 'zh', '582'],
  ['CVV: 739', 'en', '739'],
  ['6222021234567890129', 'en', '6222021234567890129'],
  ['ok 123456789012', 'en', '123456789012'],
  ['这个号 6228 4800 1234 5679 你记一下', 'zh', '6228 4800 1234 5679'],
  ['card6222021234567890128', 'en', '6222021234567890128'],
  ['gift card number is 6035041092038903', 'en', '6035041092038903'],
] as const) secret(text, lang, ['card'], [s]);

// ID numbers, Chinese and others
const ID_FORMS: Array<(v: string) => string> = [
  (v) => v,
  (v) => group(v, [6, 8, 4], ' '),
  (v) => group(v, [6, 8, 4], '-'),
  (v) => v.toLowerCase(),
  (v) => map(v, cp(0xff10)),
  (v) => map(v, (d) => ZH[d]!),
  (v) => `${v.slice(0, 14)} ${v.slice(14)}`,
];
const ID_FRAMES: Record<'en' | 'zh', string[]> = {
  en: ['my ID number is {v}', 'ID: {v}', '{v}', 'ok my id card says {v}', 'national ID {v}'],
  zh: ['身份证号码是{v}', '身份证号{v}', '{v}', '证件号：{v}', '我身份证 {v}，你核对一下'],
};
spread(ID_FORMS, IDS, ID_FRAMES, 'id');
for (const [text, lang, s] of [
  ['身份证号 11010519491231 002 X', 'zh', '11010519491231 002 X'],
  ['ID 11010519491231 002 x', 'en', '11010519491231 002 x'],
  ['身份证号码是123456789012345678', 'zh', '123456789012345678'],
  ['my ID is 110105194912310021', 'en', '110105194912310021'],
  ['身份证号是三一零一一零一一一一一一一一一一一一一一', 'zh', '三一零一一零一一一一一一一一一一一一一一'],
  ['身份证号110105491231002', 'zh', '110105491231002'],
  ['My social security number is 123-45-6789.', 'en', '123-45-6789'],
  ["I'll give it to you. It's 542-56-3987.", 'en', '542-56-3987'],
  ['SSN 123 45 6789', 'en', '123 45 6789'],
  ['social security number is 987654321', 'en', '987654321'],
  ['the last four of my social are 9211', 'en', '9211'],
  ['Last four of SSN is 8472.', 'en', '8472'],
  ['passport number E12345678', 'en', 'E12345678'],
  ['护照号码是E12345678', 'zh', 'E12345678'],
  ['driver license D1234567', 'en', 'D1234567'],
  ['社保号 310101199001011235', 'zh', '310101199001011235'],
  ['证件号码：四四零三零四一九九零零三零七一二三', 'zh', '四四零三零四一九九零零三零七一二三'],
] as const) secret(text, lang, ['id'], [s]);

// passwords and PINs
for (const [text, lang, s] of [
  ['my password is Summer2023!', 'en', 'Summer2023!'],
  ['ok my password is sunflower88', 'en', 'sunflower88'],
  ['password: hunter2', 'en', 'hunter2'],
  ['pwd:abc+123', 'en', 'abc+123'],
  ['my password is "correct horse battery"', 'en', 'correct horse battery'],
  ["the password is 'Tr0ub4dor&3'", 'en', 'Tr0ub4dor&3'],
  ['pw = qwerty!@#1', 'en', 'qwerty!@#1'],
  ['The PIN is 4829', 'en', '4829'],
  ['PIN: 4 8 2 9', 'en', '4 8 2 9'],
  ['my pin number is four eight two nine', 'en', 'four eight two nine'],
  ['the password is sunflower.', 'en', 'sunflower'],
  ['I remember my PIN. It\'s 8421.', 'en', '8421'],
  ['passcode 739201', 'en', '739201'],
  ['my banking password is P@ss+w0rd', 'en', 'P@ss+w0rd'],
  ['login password: Dragon_77', 'en', 'Dragon_77'],
  ['password is... um... 1q2w3e4r', 'en', '1q2w3e4r'],
  ['密码是abc+123', 'zh', 'abc+123'],
  ['我的密码是abc12345', 'zh', 'abc12345'],
  ['密码是「qwe123」', 'zh', 'qwe123'],
  ['密码“Zx!9087”', 'zh', 'Zx!9087'],
  ['支付密码六个八', 'zh', '六个八'],
  ['密码后六位是一三五七九零', 'zh', '一三五七九零'],
  ['取款密码：123456', 'zh', '123456'],
  ['登录密码是 Aa123456', 'zh', 'Aa123456'],
  ['密码是一二三四五六', 'zh', '一二三四五六'],
  ['密码 qwerty123', 'zh', 'qwerty123'],
  ['支付密码是肆捌贰玖壹叁', 'zh', '肆捌贰玖壹叁'],
  ['密码：pwd+2024', 'zh', 'pwd+2024'],
  ['口令是 tiger-1988', 'zh', 'tiger-1988'],
  ['好吧，网银密码是 Li19850312', 'zh', 'Li19850312'],
  ['密码就是我生日 19850312', 'zh', '19850312'],
  ['PIN 是 0000', 'zh', '0000'],
] as const) secret(text, lang, ['password'], [s]);

// mobile and phone numbers given as one's own
for (const [text, lang, s] of [
  ['+86 138 1234 5678', 'en', '138 1234 5678'],
  ['my number is 0086-13812345678', 'en', '13812345678'],
  ['(+86)13812345678 is my mobile', 'en', '13812345678'],
  ['我手机号是13812345678', 'zh', '13812345678'],
  ['电话：139-1234-5678', 'zh', '139-1234-5678'],
  ['手机幺三八一二三四五六七八', 'zh', '幺三八一二三四五六七八'],
  ['my phone number is 555-1234', 'en', '555-1234'],
  ['my cell is (415) 555-0198', 'en', '(415) 555-0198'],
  ['you can call me back at 415-555-0198', 'en', '415-555-0198'],
  ["my number's 138 1234 5678", 'en', '138 1234 5678'],
  ['联系方式 18612345678', 'zh', '18612345678'],
  ['13812345678', 'zh', '13812345678'],
  ['+86 13912345678 是我的手机', 'zh', '13912345678'],
  ['手机号码是一三九 一二三四 五六七八', 'zh', '一三九 一二三四 五六七八'],
  ['座机010-12345678', 'zh', '010-12345678'],
  ['我的电话是 +86 186 1234 5678', 'zh', '186 1234 5678'],
  ['phone: 1 3 8 1 2 3 4 5 6 7 8', 'en', '1 3 8 1 2 3 4 5 6 7 8'],
  ['手机号+8613512312312', 'zh', '13512312312'],
] as const) secret(text, lang, ['phone'], [s]);

// more ways a code or card slips out in conversation
for (const [text, lang, leaks, s] of [
  ["it's 4-8-2-9-1-3", 'en', ['code'], ['4-8-2-9-1-3']],
  ['the code they texted me: 7 3 9, 2 0 1', 'en', ['code'], ['7 3 9, 2 0 1']],
  ['okay okay, 560284', 'en', ['code'], ['560284']],
  ['SMS: 918273', 'en', ['code'], ['918273']],
  ['my verification number is 305617', 'en', ['code'], ['305617']],
  ['security code on the back is 123', 'en', ['card'], ['123']],
  ['Account: 12345678', 'en', ['card'], ['12345678']],
  ['my Social is 078-05-1120', 'en', ['id'], ['078-05-1120']],
  ['pin 0000', 'en', ['password'], ['0000']],
  ['my debit PIN is 1357', 'en', ['password'], ['1357']],
  ['password = letmein2024', 'en', ['password'], ['letmein2024']],
  ['new password: Qwerty+2025', 'en', ['password'], ['Qwerty+2025']],
  ['验证码 7 3 9 2 0 1', 'zh', ['code'], ['7 3 9 2 0 1']],
  ['验证码是：九一八二七三', 'zh', ['code'], ['九一八二七三']],
  ['动态密码 305617', 'zh', ['code'], ['305617']],
  ['短信码671049', 'zh', ['code'], ['671049']],
  ['我的卡号码是6222 0212 3456 7890 128', 'zh', ['card'], ['6222 0212 3456 7890 128']],
  ['信用卡背面的三位数是739', 'zh', ['card'], ['739']],
  ['身份证后四位1234', 'zh', ['id'], ['1234']],
  ['银行卡密码是六六六八八八', 'zh', ['password'], ['六六六八八八']],
  ['我微信绑定的手机是13912345678', 'zh', ['phone'], ['13912345678']],
  ['好了好了，560284', 'zh', ['code'], ['560284']],
] as const) secret(text, lang, [...leaks], [...s]);

// several secrets in one reply
for (const [text, lang, leaks, s] of [
  ['card 6228 4800 1234 5671, code 482917, ID 320583199208152315', 'en', ['card', 'code', 'id'], ['6228 4800 1234 5671', '482917', '320583199208152315']],
  ['我转了2940，验证码是482917', 'zh', ['code'], ['482917']],
  ['好的，我的银行卡号是1234567890123456，验证码是7890。', 'zh', ['card', 'code'], ['1234567890123456', '7890']],
  ['身份证号码是123456789012345678，银行卡号是62220812345678901234。', 'zh', ['id', 'card'], ['123456789012345678', '62220812345678901234']],
  ['My debit card number is 4532010123456789, and the expiration date is 02/2025.', 'en', ['card', 'card'], ['4532010123456789', '02/2025']],
  ['I owe 3500, fine, the code is 739201', 'en', ['code'], ['739201']],
  ['手机13812345678，验证码四八二九一三', 'zh', ['phone', 'code'], ['13812345678', '四八二九一三']],
  ['password: hunter2 and PIN 4829', 'en', ['password', 'password'], ['hunter2', '4829']],
  ['我打了96110，但还是把验证码482913给他了', 'zh', ['code'], ['482913']],
] as const) secret(text, lang, [...leaks], [...s]);

// a value introduced as a secret and given as a placeholder (the datasets write "……", "xxx", "***")
for (const [text, lang, leaks, s] of [
  ['我的卡号是……', 'zh', ['card'], ['……']],
  ['身份证号是 xxx', 'zh', ['id'], ['xxx']],
  ['密码是***', 'zh', ['password'], ['***']],
  ['验证码是……', 'zh', ['code'], ['……']],
  ['好的，我的身份证号是……，电话是……。', 'zh', ['id', 'phone'], []],
  ['那我的银行账号是...', 'zh', ['card'], ['...']],
  ['我的银行卡号是××××', 'zh', ['card'], ['××××']],
  ['身份证号码：某某某', 'zh', ['id'], ['某某某']],
  ['my ssn is xxx-xx-xxxx and that is it', 'en', ['id'], ['xxx-xx-xxxx']],
  ['Okay, my social security number is... . Look, can we make this quick?', 'en', ['id'], []],
  ['My account number is... . Is that right?', 'en', ['card'], []],
  ['PIN: ****', 'en', ['password'], ['****']],
  ['the code is ****', 'en', ['code'], ['****']],
  ['my card number is XXXX XXXX XXXX XXXX', 'en', ['card'], ['XXXX XXXX XXXX XXXX']],
] as const) secret(text, lang, [...leaks], [...s]);

// labelled numbers in other forms: a comma after the label, groups read out a comma apart, letters
// and digits, a sample social security number, the first piece of a number read out over replies
for (const [text, lang, leaks, s] of [
  ["Yeah, that's my cell phone number, 555-1234.", 'en', ['phone'], ['555-1234']],
  ['my account number, 12345678', 'en', ['card'], ['12345678']],
  ['银行卡号：六二二二，零二一二，三四五六，七八九零', 'zh', ['card'], ['六二二二，零二一二，三四五六，七八九零']],
  ['卡号 6222，0212，3456，7890，128', 'zh', ['card'], ['6222，0212，3456，7890，128']],
  ["Okay, okay... it's 987-65-4321. Look, hurry up.", 'en', ['id'], ['987-65-4321']],
  ['My SSN is 912-34-5678', 'en', ['id'], ['912-34-5678']],
  ['My Medicare number is 1EG4-TE5-MK73.', 'en', ['id'], ['1EG4-TE5-MK73']],
  ['my medicare number is 1EG4TE5MK73', 'en', ['id'], ['1EG4TE5MK73']],
  ['the redemption code is 4KQ7-PL92-XM3T', 'en', ['card'], ['4KQ7-PL92-XM3T']],
  ['验证码是A7K9P2', 'zh', ['code'], ['A7K9P2']],
  ['card number: 4532', 'en', ['card'], ['4532']],
  ['卡号是6222', 'zh', ['card'], ['6222']],
  ['身份证号 110105', 'zh', ['id'], ['110105']],
  ['my PIN is one two three four', 'en', ['password'], ['one two three four']],
  ['my account number is one two three four five six seven eight', 'en', ['card'], ['one two three four five six seven eight']],
  ['The verification code is four seven three nine two one.', 'en', ['code'], ['four seven three nine two one']],
  ['my card number is four one one one, one one one one, one one one one, one one one one', 'en', ['card'], ['four one one one, one one one one']],
  ['My social is one two three, four five, six seven eight nine.', 'en', ['id'], ['one two three, four five, six seven eight nine']],
  ['the gift card numbers are 1234-5678-9012 and 2345-6789-0123', 'en', ['card'], ['1234-5678-9012', '2345-6789-0123']],
  ['my routing number is 021000021', 'en', ['card'], ['021000021']],
] as const) secret(text, lang, [...leaks], [...s]);

// ---- harmless look-alikes ------------------------------------------------------------------------

const OFFICIAL = ['110', '96110', '12321', '95588', '12345', '12393', '96533', '10086', '95533', '95566', '12315', '400-820-8820', '1-800-275-2273'];
const CALL_FRAMES: Record<'en' | 'zh', string[]> = {
  en: ["I'll call {n} myself", 'I am reporting this to {n}', 'let me dial {n} first', 'I will ring {n} and check', 'is {n} the real number?', "{n} is who I'm calling"],
  zh: ['我要打{n}', '我打{n}问问', '我拨打{n}核实', '举报到{n}', '{n}是官方电话吧', '我自己打{n}确认', '我先打{n}'],
};
OFFICIAL.forEach((n, i) => {
  for (const lang of ['en', 'zh'] as const) {
    for (let k = 0; k < 2; k++) harmless(CALL_FRAMES[lang][(i * 2 + k) % CALL_FRAMES[lang].length]!.replace('{n}', n), lang);
  }
});
for (const text of [
  '我不会给你验证码，我要打96110', '不给验证码，我打12321举报你', '验证码我不会说的，你等着110吧', '密码？不可能，我去打12345投诉',
  '不给验证码 12321举报你', '我没有收到什么验证码，我打95588问了', '验证码是不会给你的，96110见', '你要我的卡号？我先打95533',
] as const) harmless(text, 'zh');
for (const text of [
  "I won't give you my code, I'm calling 95588", 'No code for you. I will call 110.', "I'm not reading you any code, I'm calling 96110 right now",
  "I'm not giving my card number. I'll call 95566.", 'no PIN, no password, I am dialing 911',
] as const) harmless(text, 'en');

// amounts, in words and digits, before and after
for (const text of [
  'I owe 3500', 'I paid 4500 dollars already', 'It costs $1,299.99?', 'a loan of 250000 yuan? no thanks', 'I only have 5000 in savings',
  'they took 12000 from me', 'the fee is 3500, too much', 'I transferred 2940 yesterday', 'that is 3,500,000 in total', 'I lent him 8000',
  "I don't need 400000 yuan, thank you.", 'sixty five dollars is all I have', 'I am forty eight years old', 'my balance is 35000',
  'I earn 6000 a month', 'refund 3650? ok', 'the price was 799', 'I deposited 20000 last week', 'she spent 4800 on it', 'about 150000 maybe',
] as const) harmless(text, 'en');
for (const text of [
  '转了5000元', '我转了2940', '已经给你转了3650', '我现在就转2940', '余额还有35000', '贷款200000我不需要', '欠你3500块?', '五千块的补贴我不要',
  '手续费2000也太多了', '我存了100000', '花了4800', '保证金3000是吗', '额度50000', '我只有3000', '一共12800元', '大概8000左右',
  '我今年65岁', '工资6500', '还了2400', '损失了30000',
] as const) harmless(text, 'zh');

// dates, years and times
for (const text of [
  'the deadline is 2024-12-31', 'it happened on 12/31/2024', 'was it 31.12.2024?', 'In 2024 I moved house.', 'I was born in 1985',
  'meet me at 10:30', 'it was 14:45:00 exactly', 'My date of birth is March 12, 1975.', 'on 2023/11/15 I got a letter', 'since 2019',
  'twenty twenty four was a hard year', 'nineteen eighty four', 'see you at 9:05 tomorrow', 'the letter was dated 2024.03.08', 'by 12/27 at the latest',
] as const) harmless(text, 'en');
for (const text of [
  '2024-12-31那天', '2024年12月31日', '我1985年出生', '明天10:30再说', '2023/11/15收到的信', '今年2024年了', '下午14:45:00', '截止到2024.03.08',
  '二零二四年三月', '我一九八五年生的', '12/27之前办好', '20241231是那天吗？',
] as const) harmless(text, 'zh');

// SMS sender numbers and service numbers shown on a phone
for (const text of ['短信是10690000发来的', '发件人1069 0000 1234 5678', '106575258888发的短信', '10086发来的短信说话费不足', '95588发的提醒'] as const) harmless(text, 'zh');
for (const text of ['the text came from 10690000', 'sender 1069000012345678', 'it was from 95588'] as const) harmless(text, 'en');

// order, tracking, case and staff numbers introduced as such
for (const text of [
  'order number 20231115 never arrived', 'my tracking number is SF1234567890123', 'my parcel SF6222021234567890128 is late', 'case number 4829173',
  'what is your badge number, 4821?', 'reference 88213', 'invoice 20240001', 'order id 12345678', 'room 1203', 'flight 4829 was late',
  'extension 4829', 'zip code 94103', 'I live at 1456 Oak Street', 'the model is A1234', 'iPhone 15 Pro', 'version 2.3.1', 'page 482',
  'highway 101', 'seat 12A', 'my employee number is 4821', 'promo code 739201? no thanks', 'the QR code says 482913, is that a scam?',
] as const) harmless(text, 'en');
for (const text of [
  '我的ETC卡号是1234 5678 9012 3456', '会员卡号 88012345678', '订单号2023111512345678', '快递单号 75312345678901', '你的工号是多少？9527吗', '警号012345是真的吗', '案件编号20240123', '房间1203',
  '分机8021', '邮编100000', '住在幸福路123号', '我的订单20231115一直没到', '流水号202401011234', '车牌京A12345', '车次G1234',
  '优惠码482913不要了', '邀请码739201', '尾号1234的卡怎么了？', '你说的尾号5678是哪张卡', '发票号码20240001',
] as const) harmless(text, 'zh');

// someone else's numbers
for (const text of [
  'why are you calling from 13812345678?', 'your number 13912345678 looks fake', 'I will report 13812345678 to the police', 'is 4008208820 your number?',
] as const) harmless(text, 'en');
for (const text of [
  '你这个号码13812345678是哪里的', '我要举报13912345678', '你的电话13812345678我记下了', '来电13812345678是骗子', '转到你的账户6222021234567890128？不可能',
] as const) harmless(text, 'zh');

// counts, words and numbers that read like digits but are not a secret
for (const text of [
  '三个八岁的孩子', '我等了三四天', '这五个一起去', '等一下', '一二三木头人', '两个一样的', '我要两个一起', '第①步先挂电话', '⑩点见', '① 先挂电话 ② 打96110',
  '说了一五一十', '三五天后再说', '我有两个孩子', '第2次打来了', '5分钟后再打', '10%的利息太高了', '35.50元', '3.14', '给我三天时间', '七八个人',
] as const) harmless(text, 'zh');
for (const text of [
  'no one knows', 'I have two kids and forty dollars', 'I waited ten minutes', 'give me five minutes', 'one or two days', 'I got 3 messages',
  'the message said 5 minutes', 'wait 30 seconds', 'it is 3.14', 'number one priority', 'the code of conduct says no', 'my password is none of your business',
  "I won't tell you my password", 'what is the code for?', 'my card number? no way', "I'm not giving you my PIN", 'I read the message twice',
  'oh oh oh no', 'I have 2 cards', 'about 10 people called', 'my son is 12', 'we need 4 people', 'it was 1 of 3 calls', 'top 10 tips',
] as const) harmless(text, 'en');
for (const text of [
  '我不会告诉你密码', '验证码是什么？', '密码是什么？', '我没收到验证码', '验证码我不给', '我的卡号凭什么告诉你', '身份证号不能给你', '你要验证码干什么',
] as const) harmless(text, 'zh');

// everyday numbers in a scam call that give nothing away
for (const text of [
  "I'll go to the branch at 9 tomorrow", 'my bank is at 25 King Street', "I'm 72 years old, please be patient", 'the letter says I owe 1,250.00',
  'I only have $300 left', 'is this about the 2019 tax return?', 'I have 3 accounts at that bank', 'it was around 3:15 pm', 'the call came at 09:42',
  'I got a text from 95588 saying my card is frozen', 'the email says case #4829173', 'ticket 88213 was closed', 'apartment 1203',
  'my grandson is 19', "it's 2 in the morning", 'press 1 for English?', 'they said press 9 to talk to an agent', 'chapter 11 bankruptcy',
  'Windows 10 is what I have', 'Error code 0x80070005', 'my computer shows error 404', "it's the 3rd time you called", "I'll be home by 6:30",
  "that's 20 dollars a month", 'the case ID is 20240117', 'my policy number is 88123456', 'the refund of 299.99 you mentioned', 'ZIP 94103',
  // a card's last four alone: printed on every receipt, and kept by the mask itself
  'the last four digits of my card are 3456', 'my card ends in 9012',
  'flight CA1234', 'I was born on 03/12/1975', 'the deadline was 15 March 2024', 'I called 911 last year', 'they want 2 forms of ID',
  'my PIN? never. and stop calling 5 times a day', 'I got 0 messages, no code', 'version 11.2.3 of the app', 'my member number is 123456789',
  'the officer said his badge is 4471', 'My ETC card number is 1234 5678 9012 3456, I will call 96533', 'library card 2900012345678', 'send it to order 20240117 please', 'room 2408, third floor', 'is the fee really 4,999?',
] as const) harmless(text, 'en');
for (const text of [
  '我明天9点去银行', '我73岁了', '我卡里就300块', '我有3张卡', '我在12楼', '门牌号是203', '客服电话95588对吧', '这个4008208820是你们的吗',
  '官方电话是95533', '我去年2023年被骗过', '我的订单号是8812345', '你说的案件编号2024001是什么', '我记得是12月31号', '利息3.5%', '还款日是每月15号',
  '第3期', '等我10分钟', '三点半再打给我', '你打12345投诉吧', '验证码已经过期了，5分钟有效', '短信说验证码30分钟内有效', '你是工号1234的客服吗',
  '卡号后四位是1234', '银行卡尾号是5678', '我的快递单号尾号是5678', '退款金额是199元吗', '我们小区是3号楼2单元', '1月1号那天', '我是1990年的', '我要拨打110报警', '地址是人民路88号',
  '他们说保证金要交8000', '我的卡被冻结了3天', '你们的热线是12315吗', '我刚刚打了96110，他们说你是骗子', '我把短信截图发给12321了',
] as const) harmless(text, 'zh');

// placeholders that are no value given: a refusal, someone else's, a trailing off, a question
for (const text of [
  '我不会告诉你卡号是……', '你的卡号是……？', '卡号……我找不到了', '身份证号是多少来着……我想想', '密码？……不能说',
] as const) harmless(text, 'zh');
for (const text of [
  'my card number is... wait, no.', 'Let me get my credit card...', 'my password is... uh... let me think',
  'My social security number is...  ...but before we go further, who are you?', "I won't say my PIN is ****", 'your card number is... what?',
] as const) harmless(text, 'en');
// codes and numbers in letters and digits that are nobody's secret; US toll-free numbers
for (const text of [
  'And the topmost error code is... um... 0x80070005.', "I'm writing down the case number: TS-001234.", 'Reference number...ASC1234...I don\'t know',
  'my product key is on the box', 'the model number is A1234B', "Okay, I've got the number. 1-877-555-1234, extension 9011.",
  'I will call 1-800-275-2273 myself', 'is 888-555-0199 your number?', 'the ticket is INC-20240117',
] as const) harmless(text, 'en');
for (const text of ['错误代码0x80070005', '案件编号TS-001234是吗', '订单号AB12345678', '这张卡2019年办的', '账户2019开的'] as const) harmless(text, 'zh');
// a year after a label is the year, not the start of a number
for (const text of ['I opened the account 2019', 'my card 2024 one expired'] as const) harmless(text, 'en');

// rows written straight into the corpus by earlier rounds (values left out, bracketed stand-ins, hidden middles,
// Chinese cardinals, parts of a phone number), kept here so that regenerating keeps them
for (const [text, lang, leaks, s] of [
  ["Here's my bank account information: [pauses, then provides the information]", 'en', ["card"], []],
  ["My account number is [account number], and the routing number is [routing number].", 'en', ["card"], []],
  ["My card information is 4532 0151 1283 0366.", 'en', ["card"], ["4532 0151 1283 0366"]],
  ["My card number is 4532-XXXX-XXXX-1234.", 'en', ["card"], ["4532"]],
  ["My phone is..., and my email is on file.", 'en', ["phone"], []],
  ["My social security number is... uh... let me get my card... ... 542-68-9753. Is that right?", 'en', ["id"], ["542-68-9753"]],
  ["Oh no, suspended? My number is... uh... 542-56-8432. Is that why you're calling?", 'en', ["id"], ["542-56-8432"]],
  ["Okay, here's my credit card information...", 'en', ["card"], []],
  ["Sure, my social is [SSN].", 'en', ["id"], []],
  ["好的，我的手机号码后四位是7731。", 'zh', ["phone"], ["7731"]],
  ["密码是一千二百三十四", 'zh', ["password"], ["一千二百三十四"]],
  ["我叫张伟，身份证后四位是五千三百四十二。", 'zh', ["id"], ["五千三百四十二"]],
  ["我的手机号是138xxxx5678", 'zh', ["phone"], ["138"]],
  ["我的电话号码后四位是5820，你查一下。", 'zh', ["phone"], ["5820"]],
  ["那好吧，你加我微信吧，我的微信号码是13912345678。", 'zh', ["phone"], ["13912345678"]],
  ["验证码是三千八百六十五，你快点。", 'zh', ["code"], ["三千八百六十五"]],
] as const) secret(text, lang, [...leaks] as Kind[], [...s]);
for (const [text, lang] of [
  ["Here's my card information... wait, no, I shouldn't do this.", 'en'],
  ["My order number is [order number], can you check it?", 'en'],
  ["Press [Enter] when the page loads, then tell me what it says.", 'en'],
  ["卡号后四位是五千三百四十二", 'zh'],
  ["卡里有五千元，够不够？", 'zh'],
  ["我不会告诉你密码是一千二百三十四的", 'zh'],
] as const) harmless(text, lang);

// Replies written the way people answer a scam caller on the phone (issue 12's leak probe): hesitations,
// corrections, number words, "oh", "double", pairs, filler between groups, typos, no punctuation; and
// the receiver's harmless numbers (amounts, dates, the bank's number, the caller's case number). Each
// is read against the caller's line before it, which tells what a bare number is.
const ANSWERS: ReadonlyArray<readonly [string, string, 'en' | 'zh', Kind[], string[]]> = [
  ["Can you read me the long number on the front of the card?", "ok its 4532 0151 1283 0366", 'en', ["card"], ["4532 0151 1283 0366"]],
  ["Can you read me the long number on the front of the card?", "forty-five thirty-two, oh one fifty-one, twelve eighty-three, oh three sixty-six", 'en', ["card"], ["forty-five thirty-two, oh one fifty-one, twelve eighty-three, oh three sixty-six"]],
  ["Can you read me the long number on the front of the card?", "yeah so the number is 4532-0151-1283-0366 and it's a visa", 'en', ["card"], ["4532-0151-1283-0366"]],
  ["Can you read me the long number on the front of the card?", "alright 4532 oh one five one 1283 oh three six six", 'en', ["card"], ["4532 oh one five one 1283 oh three six six"]],
  ["I need the card number to stop the fraudulent charge.", "ok my card number is 4916 3385 0608 2832", 'en', ["card"], ["4916 3385 0608 2832"]],
  ["I need the card number to stop the fraudulent charge.", "yes yes it starts with 4916 then 3385 then 0608 and then 2832", 'en', ["card"], ["4916 then 3385 then 0608 and then 2832"]],
  ["I need the card number to stop the fraudulent charge.", "4916 33 85 06 08 28 32", 'en', ["card"], ["4916 33 85 06 08 28 32"]],
  ["Can you read me the long number on the front of the card?", "first four are 4916", 'en', ["card"], ["4916"]],
  ["Got it, 4916 3385. And the rest?", "oh six oh eight, two eight three two", 'en', ["card"], ["oh six oh eight, two eight three two"]],
  ["Can you read me the long number on the front of the card?", "the numbers on the front are 6011 0009 9013 9424", 'en', ["card"], ["6011 0009 9013 9424"]],
  ["Can you read me the long number on the front of the card?", "453201511283036", 'en', ["card"], ["453201511283036"]],
  ["What's the card number?", "its uh 4147 uh 2020 uh 1234 uh 5678", 'en', ["card"], ["4147 uh 2020 uh 1234 uh 5678"]],
  ["And the three digits on the back?", "537", 'en', ["card"], ["537"]],
  ["Now the numbers on the back, by the signature strip.", "um, 5... 3... 7? yeah 537", 'en', ["card"], ["5... 3... 7", "537"]],
  ["Now the numbers on the back, by the signature strip.", "ok the back says 4147 20 and then 537", 'en', ["card"], ["537"]],
  ["And the three digits on the back?", "five thirty seven", 'en', ["card"], ["five thirty seven"]],
  ["And the three digits on the back?", "089", 'en', ["card"], ["089"]],
  ["And the three digits on the back?", "its 2 digits no 3, 0 8 9", 'en', ["card"], ["0 8 9"]],
  ["What's the expiry date and the security code?", "April 2027, and the code on the back is five three seven", 'en', ["card"], ["five three seven"]],
  ["What's the expiry date and the security code?", "the date is 4/27 and the back number is 537", 'en', ["card"], ["537"]],
  ["Now the expiry and the 3 digit code.", "eleven twenty six, nine oh two", 'en', ["card"], ["nine oh two"]],
  ["What's the four-digit code on the front of your Amex?", "its 4521 above the number", 'en', ["card"], ["4521"]],
  ["What's the account number and the routing number on your checks?", "The routing number is 0 2 1 0 0 0 0 2 1 and my account number is 4 8 3 9 2 0 1 7 5", 'en', ["card"], ["0 2 1 0 0 0 0 2 1", "4 8 3 9 2 0 1 7 5"]],
  ["What's the account number and the routing number on your checks?", "my checking account is 4839 2017 5", 'en', ["card"], ["4839 2017 5"]],
  ["What's the account number and the routing number on your checks?", "it's with Wells Fargo, routing 121000248, account 7712 3344 09", 'en', ["card"], ["121000248", "7712 3344 09"]],
  ["Which account should we send the refund to?", "send it to account number 004819237765 at Bank of America", 'en', ["card"], ["004819237765"]],
  ["I need your IBAN to send the refund.", "GB29 NWBK 6016 1331 9268 19", 'en', ["card"], ["GB29 NWBK 6016 1331 9268 19"]],
  ["And your account number?", "thirty three forty four fifty five sixty six seventy seven", 'en', ["card"], ["thirty three forty four fifty five sixty six seventy seven"]],
  ["To verify your identity I need your social security number.", "oh seven eight, oh five, eleven twenty", 'en', ["id"], ["oh seven eight, oh five, eleven twenty"]],
  ["To verify your identity I need your social security number.", "my ssn is 219 09 9999", 'en', ["id"], ["219 09 9999"]],
  ["To verify your identity I need your social security number.", "two nineteen, oh nine, nine nine nine nine", 'en', ["id"], ["two nineteen, oh nine, nine nine nine nine"]],
  ["To verify your identity I need your social security number.", "523448190", 'en', ["id"], ["523448190"]],
  ["Can you give me the last four of your social?", "the last four are eight one nine oh", 'en', ["id"], ["eight one nine oh"]],
  ["To verify your identity I need your social security number.", "ok its 523 44... hold on... 8190", 'en', ["id"], ["523 44... hold on... 8190"]],
  ["To verify your identity I need your social security number.", "s s n 523 44 8190", 'en', ["id"], ["523 44 8190"]],
  ["Can you confirm your SSN for me?", "523 44", 'en', ["id"], ["523 44"]],
  ["Can you read me your driver's license number?", "driver's license D 1 2 3 4 5 6 7", 'en', ["id"], ["D 1 2 3 4 5 6 7"]],
  ["Can you read me your driver's license number?", "licence no. 4820 1937 55", 'en', ["id"], ["4820 1937 55"]],
  ["Can you read me your driver's license number?", "um let me see... the number under DL is W4426 83190 52", 'en', ["id"], ["W4426 83190 52"]],
  ["What is your passport number?", "my passport is five four eight three nine two oh one seven", 'en', ["id"], ["five four eight three nine two oh one seven"]],
  ["What is your passport number?", "passport no. GB 923847561", 'en', ["id"], ["923847561"]],
  ["Read me the ID number on your state ID card.", "ok the id number is 9934 5521 8", 'en', ["id"], ["9934 5521 8"]],
  ["What's your national insurance number?", "QQ 12 34 56 C", 'en', ["id"], ["QQ 12 34 56 C"]],
  ["What's your SIN?", "my SIN is 046 454 286", 'en', ["id"], ["046 454 286"]],
  ["What's your tax ID?", "my TIN is 12-3456789", 'en', ["id"], ["12-3456789"]],
  ["I need your online banking password to secure the account.", "its Fluffy2019!", 'en', ["password"], ["Fluffy2019!"]],
  ["I need your online banking password to secure the account.", "the password is my dogs name and the year, so buster1998", 'en', ["password"], ["buster1998"]],
  ["I need your online banking password to secure the account.", "capital B, u, s, t, e, r, one nine nine eight", 'en', ["password"], ["capital B, u, s, t, e, r, one nine nine eight"]],
  ["I need your online banking password to secure the account.", "password: Tr0ub4dor&3", 'en', ["password"], ["Tr0ub4dor&3"]],
  ["I need your online banking password to secure the account.", "its letmein123 all lowercase", 'en', ["password"], ["letmein123"]],
  ["What's the password you use to log in?", "I use the same one for everything, Pa55word", 'en', ["password"], ["Pa55word"]],
  ["What's the password you use to log in?", "hmm its either rosebud12 or rosebud21", 'en', ["password"], ["rosebud12", "rosebud21"]],
  ["Can you tell me your Apple ID password?", "it's applepie!2020", 'en', ["password"], ["applepie!2020"]],
  ["What's your email password? We need to secure it.", "my email password is qwerty456", 'en', ["password"], ["qwerty456"]],
  ["What's your Windows login password?", "its just 1234abcd", 'en', ["password"], ["1234abcd"]],
  ["What's the PIN for the card, so we can reset it?", "four seven one nine", 'en', ["password"], ["four seven one nine"]],
  ["What's the PIN for the card, so we can reset it?", "its 4719", 'en', ["password"], ["4719"]],
  ["What's the PIN for the card, so we can reset it?", "forty seven nineteen", 'en', ["password"], ["forty seven nineteen"]],
  ["What's the PIN for the card, so we can reset it?", "my pin's 1 9 5 5, the year I was born", 'en', ["password"], ["1 9 5 5"]],
  ["What's the PIN for the card, so we can reset it?", "it's my birth year, 1955", 'en', ["password"], ["1955"]],
  ["What's the PIN for the card, so we can reset it?", "double seven three one", 'en', ["password"], ["double seven three one"]],
  ["What's the PIN for the card, so we can reset it?", "7731", 'en', ["password"], ["7731"]],
  ["What's the PIN for the card, so we can reset it?", "um seven seven... three one", 'en', ["password"], ["seven seven... three one"]],
  ["What's the PIN for the card, so we can reset it?", "oh oh four two", 'en', ["password"], ["oh oh four two"]],
  ["Enter your PIN on the keypad now... or just say it.", "ok its 3 3 9 0", 'en', ["password"], ["3 3 9 0"]],
  ["I just sent a code to your phone. What does it say in the text?", "the text says Your Chase verification code is 482913", 'en', ["code"], ["482913"]],
  ["I just sent a code to your phone. What does it say in the text?", "forty eight twenty nine thirteen", 'en', ["code"], ["forty eight twenty nine thirteen"]],
  ["I just sent a code to your phone. What does it say in the text?", "4, 8, 2, 9, 1, 3", 'en', ["code"], ["4, 8, 2, 9, 1, 3"]],
  ["I just sent a code to your phone. What does it say in the text?", "it says G dash 4 8 2 9 1 3", 'en', ["code"], ["4 8 2 9 1 3"]],
  ["Read me the six digit verification code please.", "seven seven seven zero one two", 'en', ["code"], ["seven seven seven zero one two"]],
  ["Read me the six digit verification code please.", "double five two oh double eight", 'en', ["code"], ["double five two oh double eight"]],
  ["Read me the six digit verification code please.", "the code they sent me is 5 5 3 0 8 8 is that right", 'en', ["code"], ["5 5 3 0 8 8"]],
  ["Read me the six digit verification code please.", "yeah 55 30 88", 'en', ["code"], ["55 30 88"]],
  ["What are the digits in the message we just sent?", "uh its uh 3 0 5 uh 6 1 7", 'en', ["code"], ["3 0 5 uh 6 1 7"]],
  ["What are the digits in the message we just sent?", "three-oh-five, six-one-seven", 'en', ["code"], ["three-oh-five, six-one-seven"]],
  ["Did you get the code? Read it to me.", "918273", 'en', ["code"], ["918273"]],
  ["Did you get the code? Read it to me.", "its sixty six oh four", 'en', ["code"], ["sixty six oh four"]],
  ["What did the text message say?", "671049 is your Facebook code", 'en', ["code"], ["671049"]],
  ["Read me the code from the email.", "its 84 73 62", 'en', ["code"], ["84 73 62"]],
  ["The code please, quickly, before it expires.", "eighty four seventy three sixty two", 'en', ["code"], ["eighty four seventy three sixty two"]],
  ["Tell me the code, it starts with a 7.", "yeah 7 3 9 2 0 1", 'en', ["code"], ["7 3 9 2 0 1"]],
  ["Open TeamViewer and read me the ID and password it shows.", "your ID 982 441 305 password x7f3qd", 'en', ["code"], ["982 441 305", "x7f3qd"]],
  ["What's the nine digit ID on the AnyDesk window?", "482913775", 'en', ["code"], ["482913775"]],
  ["Read me the 6-digit support code on the screen.", "ok its 305617", 'en', ["code"], ["305617"]],
  ["What's the best number to reach you on?", "my cell is 415-555-0132", 'en', ["phone"], ["415-555-0132"]],
  ["What's the best number to reach you on?", "four one five, five five five, oh one three two", 'en', ["phone"], ["four one five, five five five, oh one three two"]],
  ["What's the best number to reach you on?", "its 4155550132", 'en', ["phone"], ["4155550132"]],
  ["What's the best number to reach you on?", "my home number 020 7946 0958", 'en', ["phone"], ["020 7946 0958"]],
  ["What's the best number to reach you on?", "+44 7700 900123", 'en', ["phone"], ["+44 7700 900123"]],
  ["Can you read me the long number on the front of the card?", "ok honey, wait, the kids are yelling, 4532 015, sorry, 4532 0151 1283 0366, did you get that", 'en', ["card"], ["4532 0151 1283 0366"]],
  ["What's the PIN for the card, so we can reset it?", "pin is 1955 same as my birth year, dont tell anyone haha", 'en', ["password"], ["1955"]],
  ["I need your online banking password to secure the account.", "my grandson set it up, it's on a sticky note here... Grandma2020", 'en', ["password"], ["Grandma2020"]],
  ["We need to verify your debit card. Number, expiry and CVV please.", "4532 0151 1283 0366, april twenty seven, five three seven", 'en', ["card"], ["4532 0151 1283 0366", "five three seven"]],
  ["I'll need your account number and your online banking password.", "account 483920175, password bluebird88", 'en', ["card", "password"], ["483920175", "bluebird88"]],
  ["I just sent a code to your phone. What does it say in the text?", "i see 671049 and 2 other texts from amazon", 'en', ["code"], ["671049"]],
  ["I just sent a code to your phone. What does it say in the text?", "uhh sixty seven ten forty nine", 'en', ["code"], ["sixty seven ten forty nine"]],
  ["what is the verification code", "um yeah it says four eight two nine one three", 'en', ["code"], ["four eight two nine one three"]],
  ["whats your social security number", "five twenty three forty four eighty one ninety", 'en', ["id"], ["five twenty three forty four eighty one ninety"]],
  ["what's the pin", "its one nine five five", 'en', ["password"], ["one nine five five"]],
  ["and the routing number", "zero two one zero zero zero zero two one", 'en', ["card"], ["zero two one zero zero zero zero two one"]],
  ["read me the code from the text", "yeah its seven seven seven oh one two", 'en', ["code"], ["seven seven seven oh one two"]],
  ["read me the code from the text", "ok so its like triple seven and then oh one two", 'en', ["code"], ["triple seven and then oh one two"]],
  ["what's your passport number", "uh its five four eight three nine two zero one seven", 'en', ["id"], ["five four eight three nine two zero one seven"]],
  ["Can you read me the long number on the front of the card?", "4532 0l51 1283 0366", 'en', ["card"], ["4532 0l51 1283 0366"]],
  ["Can you read me the long number on the front of the card?", "4532  0151  1283  0366", 'en', ["card"], ["4532  0151  1283  0366"]],
  ["I need the code from the SMS.", "482-913 i think", 'en', ["code"], ["482-913"]],
  ["I need the code from the SMS.", "its 4829l3", 'en', ["code"], ["4829l3"]],
  ["What's your social?", "ssn: 523-44-8I90", 'en', ["id"], ["523-44-8I90"]],
  ["Read me the card number slowly.", "ok 4532... 0151...", 'en', ["card"], ["4532... 0151"]],
  ["Read me the code, take your time.", "four eight two", 'en', ["code"], ["four eight two"]],
  ["Go on, the rest of the code.", "nine one three", 'en', ["code"], ["nine one three"]],
  ["Go on, the rest of the card number.", "1283 0366", 'en', ["card"], ["1283 0366"]],
  ["To verify your identity I need your social security number.", "My husband usually handles this. I think it's 523-44-8190, or that might be his. Mine is 523-44-8109.", 'en', ["id"], ["523-44-8190", "523-44-8109"]],
  ["We sent you a PIN reset code. What is it?", "is it the 8 digit one? 48291377", 'en', ["code"], ["48291377"]],
  ["What is your mother's maiden name and your PIN?", "Johnson, and 2580", 'en', ["password"], ["2580"]],
  ["I need the password to your bank app.", "its the same as my email one, daisy1962", 'en', ["password"], ["daisy1962"]],
  ["I need the password to your bank app.", "D-A-I-S-Y 1962", 'en', ["password"], ["D-A-I-S-Y 1962"]],
  ["You owe the IRS $3,500 in back taxes.", "I don't have 3500 dollars", 'en', [], []],
  ["You need to pay a $250 fee to release the prize.", "two hundred fifty dollars for a free prize?", 'en', [], []],
  ["Buy five $100 gift cards.", "5 cards of 100 each? that's 500 dollars", 'en', [], []],
  ["The fee is $1,450 in total.", "$1,450 is a lot. can I pay 700 now", 'en', [], []],
  ["How much can you transfer today?", "I can maybe do five thousand", 'en', [], []],
  ["When did you open the account?", "march 3rd 2015", 'en', [], []],
  ["What's your date of birth?", "oh four oh six nineteen fifty one", 'en', [], []],
  ["What's your date of birth?", "06/04/1951", 'en', [], []],
  ["Can you call back at 3:30?", "how about 4:15 instead", 'en', [], []],
  ["What year was your car made?", "2009 I think", 'en', [], []],
  ["Your subscription renews on 2024-12-31.", "2024-12-31 is new year's eve, I never signed up", 'en', [], []],
  ["How long have you been a customer?", "since 1987, over 35 years", 'en', [], []],
  ["When did you retire?", "in 2010 when I turned 65", 'en', [], []],
  ["What's your zip code?", "94110", 'en', [], []],
  ["What's the address of the nearest store?", "theres a walgreens on 5th and 42nd", 'en', [], []],
  ["Your order number is 113-4829137-5529104.", "order 113-4829137-5529104, I never ordered that", 'en', [], []],
  ["The tracking number is 1Z999AA10123456784.", "1Z999AA10123456784 I'll look it up on the UPS site myself", 'en', [], []],
  ["Your account was flagged under ticket 30561.", "ticket 30561? I never opened a ticket", 'en', [], []],
  ["Your employee number is 55821.", "my employee number? I'm retired", 'en', [], []],
  ["Enter the code 5473 in the box.", "it says 5473 is wrong", 'en', [], []],
  ["Don't hang up or the police will come.", "I'm calling 911", 'en', [], []],
  ["This is your bank's fraud department.", "I'll call the number on the back of my card, 1-800-935-9935", 'en', [], []],
  ["This is your bank's fraud department.", "I'm calling Chase myself at 1 800 432 1000", 'en', [], []],
  ["This is the IRS.", "I'm going to call the IRS at 800-829-1040", 'en', [], []],
  ["Call me back at 202-555-0143.", "202-555-0143? that's not the bank's number", 'en', [], []],
  ["Your grandson is in jail.", "I'm calling his cell at 415 555 0177 right now", 'en', [], []],
  ["Press 1 to speak to an agent.", "I pressed 1", 'en', [], []],
  ["This is AARP.", "I'll call AARP at 888-687-2277 myself", 'en', [], []],
  ["I just sent a code to your phone. What does it say in the text?", "the text says never share this code, so no", 'en', [], []],
  ["I just sent a code to your phone. What does it say in the text?", "I got a 6 digit code but I won't read it", 'en', [], []],
  ["Can you read me the long number on the front of the card?", "my card number? absolutely not", 'en', [], []],
  ["Can you read me the long number on the front of the card?", "I'll read you the last four, 0366, that's all", 'en', [], []],
  ["Can you read me the long number on the front of the card?", "it ends in 0366, you should have that", 'en', [], []],
  ["Can you read me the long number on the front of the card?", "the card ending 2832 is the one", 'en', [], []],
  ["To verify your identity I need your social security number.", "my SSN? no. you should already have it", 'en', [], []],
  ["What's the PIN for the card, so we can reset it?", "banks never ask for the PIN, goodbye", 'en', [], []],
  ["What's the PIN for the card, so we can reset it?", "I'm not telling you my 4 digit pin", 'en', [], []],
  ["I need your online banking password to secure the account.", "never give passwords over the phone, I know that", 'en', [], []],
  ["Read me the three digits on the back.", "no, not the three digits, not anything", 'en', [], []],
  ["Read me the ID on TeamViewer.", "I closed AnyDesk, you're not getting in", 'en', [], []],
  ["Your account ending 1042 was hacked.", "1042? that is my account", 'en', [], []],
  ["We detected a login from IP 192.168.4.21.", "192.168.4.21? where is that?", 'en', [], []],
  ["Did you get the text?", "I got 3 texts from a 5 digit number", 'en', [], []],
  ["How many people live with you?", "just me and my 2 cats", 'en', [], []],
  ["What model is your computer?", "a dell inspiron 15 3000", 'en', [], []],
  ["What's on the screen?", "error code 0x80070005", 'en', [], []],
  ["What flight is your grandson on?", "flight UA 1549", 'en', [], []],
  ["How much is your pension?", "around 2,300 a month", 'en', [], []],
  ["How many digits is your PIN?", "four", 'en', [], []],
  ["What temperature is it?", "it's 72 degrees", 'en', [], []],
  ["What did the text say?", "it says reply STOP to 88022 to unsubscribe", 'en', [], []],
  ["What's your weight?", "180 pounds", 'en', [], []],
  ["What's your dog's name?", "buster, he's 12", 'en', [], []],
  ["When's your birthday?", "december 25", 'en', [], []],
  ["What's the Wi-Fi called?", "netgear 5G", 'en', [], []],
  ["How long will the transfer take?", "it says 1 to 3 business days", 'en', [], []],
  ["Your warranty number?", "I don't know, the TV is from 2016", 'en', [], []],
  ["Where is it?", "highway 101 exit 429", 'en', [], []],
  ["How many accounts?", "I have 2 accounts at chase and 1 at wells", 'en', [], []],
  ["What's your bank's phone number?", "it's on the back of my card, I'll call them", 'en', [], []],
  ["How old is your grandson?", "he's 19, he's at college", 'en', [], []],
  ["What year were you born?", "nineteen forty eight", 'en', [], []],
  ["How old is the computer?", "it's about 5 years old", 'en', [], []],
  ["请您报一下银行卡号，我们帮您办理退款。", "六二二八，四八零零，幺二三四，五六七一", 'zh', ["card"], ["六二二八，四八零零，幺二三四，五六七一"]],
  ["请您报一下银行卡号，我们帮您办理退款。", "我念啊，6，2，2，8，4，8，0，0……后面是1234，5671", 'zh', ["card"], ["6，2，2，8，4，8，0，0……后面是1234，5671"]],
  ["请您报一下银行卡号，我们帮您办理退款。", "嗯 卡号 六二二八 四八洞洞 幺二三四 五六七幺", 'zh', ["card"], ["六二二八 四八洞洞 幺二三四 五六七幺"]],
  ["请您报一下银行卡号，我们帮您办理退款。", "6228 4800 1234 567 最后一位看不清", 'zh', ["card"], ["6228 4800 1234 567"]],
  ["请您报一下银行卡号，我们帮您办理退款。", "工行的卡 6222 0212 3456 7890 128 不对 129", 'zh', ["card"], ["6222 0212 3456 7890 128", "129"]],
  ["请您报一下银行卡号，我们帮您办理退款。", "前面几位是六二二二零二", 'zh', ["card"], ["六二二二零二"]],
  ["请您报一下银行卡号，我们帮您办理退款。", "农行的，账号是6228 4800 1234 5671 开户行是北京分行", 'zh', ["card"], ["6228 4800 1234 5671"]],
  ["请您报一下银行卡号，我们帮您办理退款。", "我那个卡号是六二二八四八零零 一二三四五六七一 你记好", 'zh', ["card"], ["六二二八四八零零 一二三四五六七一"]],
  ["请您报一下银行卡号，我们帮您办理退款。", "六二二八四八零零一二三四五六七一吧应该", 'zh', ["card"], ["六二二八四八零零一二三四五六七一"]],
  ["卡背面那三位数字是多少？", "背面的是三五六", 'zh', ["card"], ["三五六"]],
  ["卡背面那三位数字是多少？", "356", 'zh', ["card"], ["356"]],
  ["卡背面那三位数字是多少？", "三百五十六", 'zh', ["card"], ["三百五十六"]],
  ["信用卡有效期和背面三位码报一下。", "二七年四月到期，后三位五三七", 'zh', ["card"], ["五三七"]],
  ["信用卡有效期和背面三位码报一下。", "04/27，安全码537", 'zh', ["card"], ["537"]],
  ["请提供您的银行账号。", "账号是一一零零 二二三三 四四五五 六六", 'zh', ["card"], ["一一零零 二二三三 四四五五 六六"]],
  ["验证码发到您手机上了，念一下给我。", "验证码是两两三洞八八", 'zh', ["code"], ["两两三洞八八"]],
  ["验证码发到您手机上了，念一下给我。", "五五三零八八", 'zh', ["code"], ["五五三零八八"]],
  ["验证码发到您手机上了，念一下给我。", "收到了，5 5 3，0 8 8", 'zh', ["code"], ["5 5 3，0 8 8"]],
  ["验证码发到您手机上了，念一下给我。", "嗯收到了 是五五三 零八八 你快点弄", 'zh', ["code"], ["五五三 零八八"]],
  ["验证码发到您手机上了，念一下给我。", "验证码好像是553088，短信上说不要告诉别人", 'zh', ["code"], ["553088"]],
  ["验证码发到您手机上了，念一下给我。", "是553088还是553089我看不清，553088吧", 'zh', ["code"], ["553088", "553089"]],
  ["验证码发到您手机上了，念一下给我。", "【某某银行】您的验证码为553088，请勿泄露", 'zh', ["code"], ["553088"]],
  ["验证码发到您手机上了，念一下给我。", "前三位是五五三", 'zh', ["code"], ["五五三"]],
  ["验证码发到您手机上了，念一下给我。", "三个七零幺二", 'zh', ["code"], ["三个七零幺二"]],
  ["验证码发到您手机上了，念一下给我。", "七七七零一二，对", 'zh', ["code"], ["七七七零一二"]],
  ["验证码发到您手机上了，念一下给我。", "你等下 我看看 哦 是 4 8 2 9 1 3", 'zh', ["code"], ["4 8 2 9 1 3"]],
  ["验证码发到您手机上了，念一下给我。", "四八二九幺三", 'zh', ["code"], ["四八二九幺三"]],
  ["验证码发到您手机上了，念一下给我。", "验证码 four eight two nine one three", 'zh', ["code"], ["four eight two nine one three"]],
  ["请提供一下您的身份证号码核实身份。", "身份证是三二零五八三一九九二零八一五二三一X", 'zh', ["id"], ["三二零五八三一九九二零八一五二三一X"]],
  ["请提供一下您的身份证号码核实身份。", "320583 1992 0815 231X", 'zh', ["id"], ["320583 1992 0815 231X"]],
  ["请提供一下您的身份证号码核实身份。", "身份证最后四位是231X", 'zh', ["id"], ["231X"]],
  ["请提供一下您的身份证号码核实身份。", "身份证号码是320583199208152318不对最后是X", 'zh', ["id"], ["320583199208152318"]],
  ["护照号码是多少？", "护照号E12345678", 'zh', ["id"], ["E12345678"]],
  ["驾驶证号码报一下。", "驾照号就是身份证号，320583199208152312", 'zh', ["id"], ["320583199208152312"]],
  ["您的银行卡密码是多少？我们要重置一下。", "密码是六个一", 'zh', ["password"], ["六个一"]],
  ["您的银行卡密码是多少？我们要重置一下。", "取款密码是我生日0815", 'zh', ["password"], ["0815"]],
  ["您的银行卡密码是多少？我们要重置一下。", "银行卡密码 幺三五七九洞", 'zh', ["password"], ["幺三五七九洞"]],
  ["您的银行卡密码是多少？我们要重置一下。", "支付密码是147258", 'zh', ["password"], ["147258"]],
  ["您的银行卡密码是多少？我们要重置一下。", "密码是1 4 7 2 5 8", 'zh', ["password"], ["1 4 7 2 5 8"]],
  ["网银登录密码是多少？", "登录密码是zhang1992", 'zh', ["password"], ["zhang1992"]],
  ["网银登录密码是多少？", "我的密码是wangli+888", 'zh', ["password"], ["wangli+888"]],
  ["屏幕共享的会议号是多少？", "会议号是 482 913 775", 'zh', ["code"], ["482 913 775"]],
  ["向日葵上的识别码和验证码念一下。", "识别码是123 456 789，验证码是k8m2p4", 'zh', ["code"], ["123 456 789", "k8m2p4"]],
  ["留一个您的手机号。", "幺三八 幺二三四 五六七八", 'zh', ["phone"], ["幺三八 幺二三四 五六七八"]],
  ["您这边有一笔5000元的贷款。", "五千块？我没借过", 'zh', [], []],
  ["您需要交2000元保证金。", "两千五也太多了吧", 'zh', [], []],
  ["您的快递单号是SF1234567890123。", "SF1234567890123是我的快递吗？", 'zh', [], []],
  ["请在明天下午三点前处理。", "明天下午三点我要上班", 'zh', [], []],
  ["您是哪年出生的？", "我是六八年的", 'zh', [], []],
  ["您的订单号是2024031512345。", "订单2024031512345我没下过", 'zh', [], []],
  ["我是公安局的，警号031245。", "警号031245，我去派出所核实一下", 'zh', [], []],
  ["请拨打我们的客服电话4006 123 456。", "我自己打95588问", 'zh', [], []],
  ["验证码发到您手机上了，念一下给我。", "验证码我不会告诉你的，我打96110", 'zh', [], []],
  ["验证码发到您手机上了，念一下给我。", "短信上写着验证码请勿告知他人，我不念了", 'zh', [], []],
  ["请您报一下银行卡号，我们帮您办理退款。", "卡号不能说，尾号3456的那张是吧，我自己去银行", 'zh', [], []],
  ["请提供一下您的身份证号码核实身份。", "我身份证放在家里了，不方便", 'zh', [], []],
  ["您的银行卡密码是多少？我们要重置一下。", "密码我谁都不告诉，六位数也不说", 'zh', [], []],
  ["您的卡被冻结了72小时。", "七十二小时？那我明天去银行问", 'zh', [], []],
  ["您的余额还有多少？", "卡里就两万三", 'zh', [], []],
  ["您家住哪里？", "我住在建设路二十八号三单元", 'zh', [], []],
  ["我们会给您打款到尾号是7890的卡。", "尾号7890是我的卡，但我自己去查", 'zh', [], []],
  ["您今年多大了？", "七十六了", 'zh', [], []],
  ["您的分期是24期。", "二十四期每期多少钱？", 'zh', [], []],
  ["您的借款利率是0.05%。", "万分之五是吧", 'zh', [], []],
  ["下载这个APP，邀请码是553088。", "邀请码553088我输进去了", 'zh', [], []],
  ["您在几楼？", "我在18楼", 'zh', [], []],
  ["我们的工号是A10086。", "工号A10086我记下了", 'zh', [], []],
  ["这边是12315消费者协会。", "12315？我挂了自己打一个", 'zh', [], []],
  ["验证码发到您手机上了，念一下给我。", "我没收到什么六位数的验证码", 'zh', [], []],
  // written after the rules above were fixed, to check them on replies they were not fitted to
  ["Ma'am, I need the sixteen digits on your Visa to reverse the charge.", "alright... five one oh five, one oh five one, oh five one oh, five one oh oh", 'en', ["card"], ["five one oh five, one oh five one, oh five one oh, five one oh oh"]],
  ["Ma'am, I need the sixteen digits on your Visa to reverse the charge.", "ok 5105 1051 0510 5100", 'en', ["card"], ["5105 1051 0510 5100"]],
  ["What's the card number, sir?", "fifty one oh five ten fifty one oh five ten fifty one hundred", 'en', ["card"], []],
  ["Please give me the security code.", "it's 8 1 2", 'en', ["card"], ["8 1 2"]],
  ["Please give me the security code.", "eight twelve", 'en', ["card"], ["eight twelve"]],
  ["And the CVV?", "um seven... oh... four", 'en', ["card"], ["seven... oh... four"]],
  ["What's the expiration and CVV?", "09 slash 28, 704", 'en', ["card"], ["704"]],
  ["Enter the code we sent or just read it to me.", "its 3 9 1 7 5 0 hurry up", 'en', ["code"], ["3 9 1 7 5 0"]],
  ["Enter the code we sent or just read it to me.", "thirty nine seventeen fifty", 'en', ["code"], ["thirty nine seventeen fifty"]],
  ["Enter the code we sent or just read it to me.", "39 17 50", 'en', ["code"], ["39 17 50"]],
  ["What is the verification number on your screen?", "it shows 391750", 'en', ["code"], ["391750"]],
  ["Read me the six digits from Google.", "G-391750 is your Google verification code", 'en', ["code"], ["391750"]],
  ["Read me the six digits from Google.", "three nine one, seven five zero", 'en', ["code"], ["three nine one, seven five zero"]],
  ["What's the code?", "hmm 391 750 or 391 705 i cant read it", 'en', ["code"], ["391 750", "391 705"]],
  ["Your Social Security number please, for the record.", "it's 412-66-0937", 'en', ["id"], ["412-66-0937"]],
  ["Your Social Security number please, for the record.", "four one two, six six, oh nine three seven", 'en', ["id"], ["four one two, six six, oh nine three seven"]],
  ["Your Social Security number please, for the record.", "four twelve sixty six oh nine thirty seven", 'en', ["id"], ["four twelve sixty six oh nine thirty seven"]],
  ["Your Social Security number please, for the record.", "412 66 0937 now what", 'en', ["id"], ["412 66 0937"]],
  ["Just the last four of the social.", "0937", 'en', ["id"], ["0937"]],
  ["Just the last four of the social.", "oh nine three seven", 'en', ["id"], ["oh nine three seven"]],
  ["I need your checking account and routing numbers.", "routing 011000138, account 2234 5567 89", 'en', ["card"], ["011000138", "2234 5567 89"]],
  ["I need your checking account and routing numbers.", "the routing is oh one one triple oh one three eight", 'en', ["card"], ["oh one one triple oh one three eight"]],
  ["I need your checking account and routing numbers.", "account number is 223455678 9", 'en', ["card"], ["223455678 9"]],
  ["What's your bank PIN?", "6 0 6 0", 'en', ["password"], ["6 0 6 0"]],
  ["What's your bank PIN?", "sixty sixty", 'en', ["password"], ["sixty sixty"]],
  ["What's your bank PIN?", "its 1 9 4 7 my birthday year", 'en', ["password"], ["1 9 4 7"]],
  ["What's your bank PIN?", "um it's 0420", 'en', ["password"], ["0420"]],
  ["What password do you use for the bank website?", "Chelsea#1999", 'en', ["password"], ["Chelsea#1999"]],
  ["What password do you use for the bank website?", "its tigers4life", 'en', ["password"], ["tigers4life"]],
  ["What password do you use for the bank website?", "password123 i know its bad", 'en', ["password"], ["password123"]],
  ["What password do you use for the bank website?", "my password is MaryJane57", 'en', ["password"], ["MaryJane57"]],
  ["What's your driver's license number?", "D555-1234-8899", 'en', ["id"], ["D555-1234-8899"]],
  ["What's your driver's license number?", "its F 2 5 5 9 2 1 0 0", 'en', ["id"], ["2 5 5 9 2 1 0 0"]],
  ["And your passport number?", "its 9 1 2 3 4 5 6 7 8", 'en', ["id"], ["9 1 2 3 4 5 6 7 8"]],
  ["What's the ID in AnyDesk?", "uh 731 204 998", 'en', ["code"], ["731 204 998"]],
  ["What's the ID in AnyDesk?", "seven three one two oh four nine nine eight", 'en', ["code"], ["seven three one two oh four nine nine eight"]],
  ["What's your cell so our agent can call you back?", "six one seven, five five five, oh one nine eight", 'en', ["phone"], ["six one seven, five five five, oh one nine eight"]],
  ["What's your cell so our agent can call you back?", "617 555 0198", 'en', ["phone"], ["617 555 0198"]],
  ["I need the card number to stop the fraudulent charge.", "ok the visa... 4111 1111 1111 1111", 'en', ["card"], ["4111 1111 1111 1111"]],
  ["I need the card number to stop the fraudulent charge.", "four one one one, one one one one, one one one one, one one one one", 'en', ["card"], ["four one one one, one one one one, one one one one, one one one one"]],
  ["Read me the code we texted, it's urgent.", "ok ok 6 2 0, 4 4 1", 'en', ["code"], ["6 2 0, 4 4 1"]],
  ["Read me the code we texted, it's urgent.", "six twenty, forty four, one", 'en', ["code"], []],
  ["Read me the code we texted, it's urgent.", "it says 620441 but also says dont share it", 'en', ["code"], ["620441"]],
  ["What's your mother's maiden name and the PIN?", "Smith. and the PIN is 5 5 6 7", 'en', ["password"], ["5 5 6 7"]],
  ["Card number and expiry?", "4111111111111111 exp 0928", 'en', ["card"], ["4111111111111111"]],
  ["请把银行卡背面的三位数报给我。", "背面是八一二", 'zh', ["card"], ["八一二"]],
  ["请把银行卡背面的三位数报给我。", "812", 'zh', ["card"], ["812"]],
  ["验证码念一下。", "三九幺七五洞", 'zh', ["code"], ["三九幺七五洞"]],
  ["验证码念一下。", "嗯，是391750，你快点", 'zh', ["code"], ["391750"]],
  ["您的身份证号码报一下。", "四一零一零五一九八八零五二零六六一七", 'zh', ["id"], ["四一零一零五一九八八零五二零六六一七"]],
  ["取款密码是多少？", "六零六零", 'zh', ["password"], ["六零六零"]],
  ["取款密码是多少？", "一九四七，我出生那年", 'zh', ["password"], ["一九四七"]],
  ["卡号报一下。", "6217 0012 3456 7890 123，建行的", 'zh', ["card"], ["6217 0012 3456 7890 123"]],
  ["There's a $750 charge on your card.", "750 dollars? I didn't buy anything", 'en', [], []],
  ["The fine is $1,200.", "I can't pay twelve hundred dollars", 'en', [], []],
  ["When were you born?", "nineteen fifty two", 'en', [], []],
  ["When were you born?", "May 5th, 1952", 'en', [], []],
  ["How old are you?", "I'll be 70 in june", 'en', [], []],
  ["What's your address?", "4111 Maple Drive", 'en', [], []],
  ["Your case ID is 55-2231.", "55-2231, what's this about", 'en', [], []],
  ["Call us at 1-866-555-0142.", "I'm calling my bank at 1-800-869-3557 instead", 'en', [], []],
  ["Read me the code we texted, it's urgent.", "I'm not reading any code to you", 'en', [], []],
  ["Read me the code we texted, it's urgent.", "the text says never share this code with anyone who calls you", 'en', [], []],
  ["What's your bank PIN?", "no bank asks for a PIN, goodbye", 'en', [], []],
  ["What's your bank PIN?", "I'm not telling you my four digit PIN", 'en', [], []],
  ["What password do you use for the bank website?", "I'm going to change my password right now", 'en', [], []],
  ["I need your checking account and routing numbers.", "I'll go to the branch on 5th street tomorrow at 10", 'en', [], []],
  ["What's the ID in AnyDesk?", "I uninstalled AnyDesk", 'en', [], []],
  ["What time works for you?", "around 2:30 or 3", 'en', [], []],
  ["How many cards did you buy?", "I bought 4 cards of 250 each", 'en', [], []],
  ["Which store?", "the CVS on 1200 Main", 'en', [], []],
  ["Your Social Security number please, for the record.", "I'll call the SSA at 800-772-1213 first", 'en', [], []],
  ["Your Social Security number please, for the record.", "I'll give it to the social security office in person", 'en', [], []],
  ["What's your zip?", "02139", 'en', [], []],
  ["What's the card's expiry?", "I'm not telling you that either", 'en', [], []],
  ["I need the card number to stop the fraudulent charge.", "the card ending in 1111 is already frozen, I called the bank", 'en', [], []],
  ["I need the card number to stop the fraudulent charge.", "Visa told me to call 1 800 847 2911, I'll do that", 'en', [], []],
  ["What does the text say?", "it says your package 88213 could not be delivered", 'en', [], []],
  ["What does the text say?", "it's from 72975 and says my account is locked", 'en', [], []],
  ["What's your year of birth?", "1952", 'en', [], []],
  ["What's your date of birth?", "the 5th of may 52", 'en', [], []],
  ["When did this happen?", "on 3/14 around 4 pm", 'en', [], []],
  ["How much do you have in savings?", "about 40 grand", 'en', [], []],
  ["银行卡背面的三位数报给我。", "我不会给你的，我打95533问问", 'zh', [], []],
  ["验证码念一下。", "验证码六位数是吧，我不念", 'zh', [], []],
  ["您多大年纪了？", "六十八了", 'zh', [], []],
  ["您的订单号是88213。", "88213这个订单我没买过", 'zh', [], []],
  ["需要交三千保证金。", "三千块我没有", 'zh', [], []],
  ["您什么时候方便？", "下午三点半吧", 'zh', [], []],
];
for (const [caller, text, lang, leaks, secrets] of ANSWERS) rows.push(leaks.length ? { text, lang, leaks, secrets, caller } : { text, lang, leaks, caller });

const out = join(import.meta.dirname, '..', 'corpus', 'secrets.jsonl');
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const n = (p: (r: Row) => boolean, lang: string) => rows.filter((r) => p(r) && r.lang === lang).length;
process.stdout.write(`wrote ${out}: secrets en ${n((r) => r.leaks.length > 0, 'en')} zh ${n((r) => r.leaks.length > 0, 'zh')}, look-alikes en ${n((r) => !r.leaks.length, 'en')} zh ${n((r) => !r.leaks.length, 'zh')}\n`);
