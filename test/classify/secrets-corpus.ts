// Writes test/corpus/secrets.jsonl: secrets in every form a person can type them, and harmless
// replies that look like them (hotlines, amounts, dates, order numbers, refusals that name a
// secret). Each form is written into several different sentences, in English and Chinese; the
// values are checksum-valid unless the line is about a bad checksum. Deterministic:
//   npx tsx test/classify/secrets-corpus.ts
// One JSON object a line: {"text","lang","leaks":[kinds in order],"secrets":[each secret as written]}
// ("secrets" only on lines with a leak: the test checks none of them survives masking).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Kind = 'code' | 'card' | 'id' | 'password' | 'phone';
interface Row {
  text: string;
  lang: 'en' | 'zh';
  leaks: Kind[];
  secrets?: string[];
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
  ['好的，我的身份证号是……，电话是……。', 'zh', ['id'], []],
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
  ['the redemption code is 4KQ7-PL92-XM3T', 'en', ['code'], ['4KQ7-PL92-XM3T']],
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

const out = join(import.meta.dirname, '..', 'corpus', 'secrets.jsonl');
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const n = (p: (r: Row) => boolean, lang: string) => rows.filter((r) => p(r) && r.lang === lang).length;
process.stdout.write(`wrote ${out}: secrets en ${n((r) => r.leaks.length > 0, 'en')} zh ${n((r) => r.leaks.length > 0, 'zh')}, look-alikes en ${n((r) => !r.leaks.length, 'en')} zh ${n((r) => !r.leaks.length, 'zh')}\n`);
