import { describe, expect, it } from 'vitest';
import { applyMasks, chineseIdValid, classify, classifyInContext, findLeaks, luhnValid, normalize, redact } from '../../src/classify/index';

const kinds = (t: string) => classify(t).leaks.map((l) => l.kind);
/** The kinds of secret a reply gives, read against the caller's line. */
const read = (reply: string, caller: string) => classifyInContext(reply, { context: { caller } }).leaks.map((l) => l.kind);
/** The kinds of secret a reply gives in a call: `callers` the lines so far (the last one it answers), `earlier` the replies before. */
const inCall = (callers: string[], earlier: string[], reply: string) => classifyInContext(reply, { context: { caller: callers.at(-1)!, callers: callers.slice(0, -1), earlier } }).leaks.map((l) => l.kind);

/** [caller's line, earlier replies, reply, the kinds it gives away]: a review's input, kept as a test. */
type Reading = [string, string[], string, string[]];
/** Each reading, one test apiece: the reply, against its caller's line and the replies before, gives away those kinds. */
function readsEachAs(cases: Reading[]): void {
  it.each(cases)('%s → %s %s', (caller, earlier, reply, kinds) => {
    expect([...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))].sort()).toEqual(kinds);
  });
}

/** [the line, the lines the replies before answered, those replies, the reply, the kinds it gives]. */
type InCall = [string, string[], string[], string, string[]];
function readsEachInCallAs(cases: InCall[]): void {
  it.each(cases)('%s → %j', (caller, callers, earlier, reply, kinds) => {
    expect([...new Set(classifyInContext(reply, { context: { caller, callers, earlier } }).leaks.map((l) => l.kind))].sort()).toEqual(kinds);
  });
}

describe('checksums', () => {
  it('Luhn', () => {
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(luhnValid('6222021234567890129')).toBe(false);
    expect(luhnValid('4380881234567894')).toBe(true);
  });
  it('resident ID: mod 11-2 with X, plausible date', () => {
    expect(chineseIdValid('11010519491231002X')).toBe(true);
    expect(chineseIdValid('11010519491231002x')).toBe(true);
    expect(chineseIdValid('110105194912310021')).toBe(false);
    expect(chineseIdValid('110105194913310024')).toBe(false); // month 13
  });
});

describe('cards', () => {
  it('finds Luhn-valid numbers however they are written', () => {
    expect(kinds('My card number is 6222 0212 3456 7890 128.')).toEqual(['card']);
    expect(kinds('card 6214-8301-2345-6781')).toEqual(['card']);
    expect(kinds('卡号６２２７００９９８８７７６６５９')).toEqual(['card']);
  });
  // issue 12 changed this: a number introduced as a card is a leak whatever its checksum
  it('a Luhn-invalid number is a card when introduced as one; an ETC card number opens no account', () => {
    expect(kinds('My card number is 6222 0212 3456 7890 129.')).toEqual(['card']);
    expect(kinds('我的ETC卡号是1234 5678 9012 3456')).toEqual([]);
  });
  it('digits glued to letters are not a card (tracking numbers)', () => {
    expect(kinds('my parcel SF6222021234567890128 is late')).toEqual([]);
  });
});

describe('ID numbers', () => {
  it('finds valid IDs, including X and spaced groups', () => {
    expect(kinds('ID: 440304 19900307 123X')).toEqual(['id']);
    expect(kinds('身份证号码是11010519491231002X')).toEqual(['id']);
  });
  // issue 12 changed this too: introduced as an ID, it is one whatever its checksum
  it('a checksum-invalid ID is an ID when introduced as one', () => {
    expect(kinds('my ID is 110105194912310021')).toEqual(['id']);
    expect(kinds('身份证号码是123456789012345678')).toEqual(['id']);
  });
});

describe('verification codes', () => {
  it('with a code in context, or read out', () => {
    expect(kinds('The code is 482917')).toEqual(['code']);
    expect(kinds('It says 5 8 1 4 0 2.')).toEqual(['code']);
    expect(kinds('the digits are seven four one nine five two')).toEqual(['code']);
    expect(kinds('the code is double five, three, nine, one, two')).toEqual(['code']);
    expect(kinds('验证码是三八二九一四。')).toEqual(['code']);
    expect(kinds('四七零二八六')).toEqual(['code']);
    expect(kinds('幺二三四五六')).toEqual(['code']);
    expect(kinds('482917')).toEqual(['code']);
    expect(kinds('验证码是３８２９１４')).toEqual(['code']);
  });
  it('amounts, years, hotlines and order numbers are not codes', () => {
    expect(kinds("I don't need 400000 yuan, thank you.")).toEqual([]);
    expect(kinds('五千块的补贴我不要')).toEqual([]);
    expect(kinds('I will call 96533 tomorrow')).toEqual([]);
    expect(kinds('我把这条短信举报到12321。')).toEqual([]);
    expect(kinds('In 2024 I moved house.')).toEqual([]);
    expect(kinds('order number 20231115 never arrived')).toEqual([]);
    expect(kinds('我一会儿再说，三四天后吧')).toEqual([]);
  });
  it('a sum after a money verb, or a hotline after 号码/举报, is not a code', () => {
    expect(kinds('我现在就转2940')).toEqual([]);
    expect(kinds('已经给你转了3650')).toEqual([]);
    expect(kinds('这个号码我要举报到12321')).toEqual([]);
    // a code is still a code when money is mentioned too
    expect(kinds('我转了2940，验证码是482917')).toEqual(['code']);
    expect(kinds('号码是多少？验证码482917')).toEqual(['code']);
  });
});

describe('passwords and phones', () => {
  it('passwords', () => {
    expect(kinds('ok my password is sunflower88')).toEqual(['password']);
    expect(kinds('密码后六位是一三五七九零')).toEqual(['password']);
    expect(kinds('the PIN is 4 8 2 9')).toEqual(['password']);
    expect(kinds('my password is none of your business')).toEqual([]);
    expect(kinds("I won't tell you my password")).toEqual([]);
    expect(kinds('密码是什么？')).toEqual([]);
  });
  it('mainland mobile numbers', () => {
    expect(kinds('我的手机号是13812345678。')).toEqual(['phone']);
    expect(kinds('my mobile is 139-1234-5678')).toEqual(['phone']);
    expect(kinds('电话一三九一二三四零零零零')).toEqual(['phone']);
    expect(kinds('why are you calling from 13812345678?')).toEqual([]);
  });
});

describe('offsets', () => {
  it('point at the secret in the original text, through escapes and spelled digits', () => {
    const t = '\x1b[31mcode\x1b[0m: four eight two nine one seven, ok?';
    const [l] = findLeaks(t);
    expect(t.slice(l!.start, l!.end)).toBe('four eight two nine one seven');
  });
  it('several secrets in one reply', () => {
    expect(kinds('card 6228 4800 1234 5671, code 482917, ID 320583199208152315')).toEqual(['card', 'code', 'id']);
  });
});

describe('forms listed in issue 12', () => {
  it.each([
    ['+86 138 1234 5678', 'phone'],
    ['0086 13812345678', 'phone'],
    ['exp 12/27 cvv 123', 'card'],
    ['肆捌贰玖壹叁', 'code'],
    ['卡号陆贰贰贰零贰壹贰叁肆伍陆柒捌玖零壹贰捌', 'card'],
    ['4️⃣8️⃣2️⃣9️⃣1️⃣3️⃣', 'code'],
    ['④⑧②⑨①③', 'code'],
    ['𝟒𝟖𝟐𝟗𝟏𝟑', 'code'],
    ['٤٨٢٩١٣', 'code'],
    ['the code is 482/913', 'code'],
    ['验证码 482|913', 'code'],
    ['code: 48:29:13', 'code'],
    ['code482913', 'code'],
    ['the code is forty eight twenty nine thirteen', 'code'],
    ['my password is "correct horse"', 'password'],
    ['password: abc+123', 'password'],
    ['pwd:Tr0ub4dor', 'password'],
    ['身份证号 11010519491231 002 X', 'id'],
    ['验证码六个八', 'code'],
    ['routing number 123456789, account number 9876543210', 'card'],
  ])('%s', (text, kind) => {
    expect([...new Set(kinds(text))]).toEqual([kind]);
  });

  it.each([
    '我不会给你验证码，我要打96110', '不给验证码，我打12321举报你', 'I owe 3500', '转了5000元', '2024-12-31', 'In 2019 I moved',
    '短信是10690000发来的', 'order number 20231115 never arrived', 'I will call 95588', '我打12345问问', '我打12393', '96533',
  ])('never a secret: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('a secret split over two replies', () => {
  const leaks = (text: string, previous: string) => findLeaks(text, undefined, { previous: [previous] });
  it('is found from the end of the previous reply, and only its part in this reply is returned', () => {
    const [l, ...rest] = leaks('913', 'my code is 482');
    expect(rest).toEqual([]);
    expect(l).toEqual({ kind: 'code', start: 0, end: 3 });
    expect(leaks('7890 128 ok?', '卡号 6222 0212 3456').map((x) => [x.kind, x.start, x.end])).toEqual([['card', 0, 8]]);
  });
  it('reads a label from the previous reply', () => {
    expect(leaks('6222 0212 3456 7890 129', 'my card number is').map((x) => x.kind)).toEqual(['card']);
  });
  it('never returns a secret that was all in the previous reply, nor joins harmless numbers', () => {
    expect(leaks('ok', 'code 482913')).toEqual([]);
    expect(leaks('2024年再说', '我转了3500')).toEqual([]);
  });
});

describe('a number read out over up to five short replies', () => {
  const last = (pieces: string[]) => findLeaks(pieces.at(-1)!, undefined, { previous: pieces.slice(0, -1) }).map((l) => l.kind);
  it('a Luhn-valid card four digits a reply, with no label, is a card in the reply that completes it', () => {
    expect(luhnValid('4532015112830366')).toBe(true);
    expect(last(['4532', '0151', '1283', '0366'])).toEqual(['card']);
    expect(last(['0366'])).toEqual(['code']); // alone, a bare number is a code
  });
  it('after a label, whatever its checksum, over five replies', () => {
    expect(last(['ok my card number is 6222', '0212', '3456', '7890', '129'])).toEqual(['card']);
    expect(last(['身份证号', '110105', '1949', '1231', '002X'])).toEqual(['id']);
  });
  it('pieces with words around them: their numbers put together', () => {
    expect(luhnValid('2019202419851990')).toBe(true);
    expect(last(['wait, 2019', 'hold on, 2024', 'wait, 1985', '1990'])).toEqual(['card']);
    expect(luhnValid('4532015112830367')).toBe(false);
    expect(last(['card number', 'first 4532', 'then 0151', 'ok 1283', 'and 0367'])).toEqual(['code']); // no label on the pieces, no checksum: the last alone
    expect(last(['身份证号 110105', '然后 1949', '1231', '最后 002X'])).toEqual(['id']);
  });
  it('numbers in separate replies that make no card, no ID and follow no label stay apart', () => {
    expect(last(['我打了110', '2024年', '3500元'])).toEqual([]);
    expect(last(["I'm 72", 'since 2019', 'I owe 3500'])).toEqual([]);
  });
  it('a long reply in between ends the chain: what was said before it is not joined', () => {
    expect(last(['my card number is 6222', 'wait, I need to find my glasses, they are somewhere here', '2019'])).toEqual([]);
  });
});

describe('a line that only keeps the person going, after a request', () => {
  // [the reply, the line it answers, the replies before, the lines they answered]
  const read = (reply: string, caller: string, previous: string[], callers?: string[]) => findLeaks(reply, undefined, { caller, previous, callers }).map((l) => [l.kind, reply.slice(l.start, l.end)]);
  it('answers the request the lines before it go on with', () => {
    expect(read('6252', 'Next.', ['first 4485 9118'], ['The card number please, in three parts if easier.'])).toEqual([['card', '6252']]);
    expect(read('三，九，零……', '您慢慢说。', ['能收，我两个卡都在这个手机上。等一下……来了，三'], ['好的，那个号还能收到短信吗？验证码会发到那个号。'])).toEqual([['code', '三，九，零']]);
    expect(read('她说是幺九四五零二，是她的生日。', '好，您问一下。', ['密码是我老伴设的，她说是6位，我不记得了，我问问她。'], ['对了，认证成功。还有您的社保卡密码，要重置一下，原来的密码是多少？'])).toEqual([['password', '幺九四五零二']]);
    // (without the lines before, a bare number is read by its shape alone)
    expect(read('6252', 'Next.', ['first 4485 9118'])).toEqual([['code', '6252']]);
  });
  it('over several such lines, back to the request', () => {
    expect(read('6252', 'Go on.', ['first 4485', '9118'], ['The card number please, in three parts if easier.', 'Mm-hm.'])).toEqual([['card', '6252']]);
  });
  it('not past a line that says something else, nor where the line asks a thing of its own', () => {
    expect(read('6252', 'Okay.', ['first 4485 9118', 'sure'], ['The card number please.', 'And is the weather nice where you are today, sir?'])).toEqual([['code', '6252']]);
    expect(read('3 30', 'What time suits you?', ['hold on'], ['The card number please.'])).toEqual([]);
  });
  it('a number begun in the replies before stays what it began as, whatever an older line asked', () => {
    expect(read('0914.', 'Okay.', ['My husband Frank, 702 558'], ['We need a second contact on the account before the shut-off is cancelled.'])).toEqual([['phone', '0914']]);
  });
});

describe('the caller\'s line', () => {
  const leaks = (text: string, caller: string) => findLeaks(text, undefined, { caller }).map((l) => l.kind);
  it('a bare number answering a request is the secret asked for', () => {
    expect(leaks('这个…好吧，是七三四。', '请告诉我卡背面的三位数安全码')).toEqual(['card']);
    expect(leaks('ok, 4829', 'What is your PIN?')).toEqual(['password']);
    expect(kinds('ok, 4829')).toEqual(['code']); // without the question, a bare number is a code
  });
  it("the caller's own numbers are not the person's secrets, unless confirmed as theirs", () => {
    expect(leaks("I'm entering the password TGS123 now", 'The password is "TGS123". Enter it after the install.')).toEqual([]);
    expect(leaks('尾号1234那张卡吗？', '您尾号1234的银行卡被冻结了')).toEqual([]);
    expect(leaks('yes, my phone number is 555-1234', 'Is your number 555-1234?')).toEqual(['phone']);
    const account = 'Wire it to our account: the account number is 1234567890.';
    expect(leaks('You said the account number is 1234567890, right? I will do it now.', account)).toEqual([]);
    expect(leaks("Yes, I've got it. Account number 1234567890. I'll go to my bank right now.", account)).toEqual([]);
    expect(leaks('Yes, my account number is 1234567890, how did you know?', account)).toEqual(['card']);
  });
  it('a quoted word a little after a password label is the password', () => {
    expect(leaks('And my administrator password is... let me think for a second... it\'s "ilovepuppies".', 'Can you give me your password?')).toEqual(['password']);
    expect(kinds('My password? I won\'t tell you. Call me "grandma" if you like.')).toEqual([]);
  });
});

describe('what the caller asked for, as the reader reads it', () => {
  it('the secret the line asks for last decides a bare number, not an earlier one it mentions', () => {
    const caller = "I'm going to give you a special code to call our verification department. Can you please give me the last four digits of your social security number?";
    expect(read('Okay... The last four digits are 9211. What happens now?', caller)).toEqual(['id']);
    expect(read('ok, 4829', 'What is your PIN?')).toEqual(['password']);
  });
  it('the secret of the request decides, not a word said after it', () => {
    const caller = 'Can you also confirm your social security number, just the last four digits, please? This is just a security measure to protect your account.';
    expect(read("It's 9211. Now can we wrap this up?", caller)).toEqual(['id']);
  });
  it('the start of the number asked for, said to be its start, is that secret', () => {
    expect(read('Okay... I think it starts with 542... is that right?', 'Just confirm your social security number, and we will take care of the rest.')).toEqual(['id']);
    expect(read('前三位是542，后面的我记不清了。', '请提供一下您的身份证号码。')).toEqual(['id']);
    expect(read('it starts with 2020, the year I opened it', 'Just confirm your social security number.')).toEqual([]);
  });
  it('a bracketed stand-in answering a request is the secret asked for; a stage direction is not', () => {
    expect(read("Sure, it's [SSN].", 'Can you confirm your social security number?')).toEqual(['id']);
    expect(read('[laughs] Nice try.', 'Can you confirm your social security number?')).toEqual([]);
  });
  it('a card-length number is a card even when the line asks for an ID', () => {
    expect(read('I have the gift card. The number is 1234 5678 9012 3456', 'We need your social security number to issue the new one.')).toEqual(['card']);
  });
  it('a purpose after the request does not make it a request for another secret', () => {
    const caller = 'Can you please provide the last four digits of your social security number and your current address? This will help me to verify your account.';
    expect(read('Alright, the last four digits are 9211. And my current address is 1456 Oak Street.', caller)).toEqual(['id']);
  });
  it('three digits answering a request for an ID are its start; two are not, unless the line asks for a few digits', () => {
    expect(read("Okay, okay... I think it's... uh... 542... no, wait... 845.", 'Can you please tell me your social security number?')).toEqual(['id', 'id']);
    expect(read("I'm 72, dear.", 'Can you please tell me your social security number?')).toEqual([]);
    const next = 'I need the rest of your social security number. Can you please give me the next three digits?';
    expect(read("Okay... I think it's... 17. Yes, that's it!", next)).toEqual(['id']);
    expect(read('I have 2 kids, 12 and 17.', 'How old are your children?')).toEqual([]);
  });
  it("a remote-access tool's ID and password are a code; the computer's own sign-in password stays a password", () => {
    const tool = "You should see a window with an ID and password. Can you read those out? That's what I need to remote in.";
    expect(read("Yeah, it's 842 019, and the password is 4732.", tool)).toEqual(['code', 'code']);
    expect(read('It says my ID is 542 119 876 and the password is 2489.', 'Download TeamViewer; you will get an ID and password to share with me.')).toEqual(['code', 'code']);
    expect(read('My password is "ilovepuppies".', "Can you tell me your laptop's administrator password so I can access it remotely?")).toEqual(['password']);
    expect(read('My SSN is 123-45-6789.', 'Download TeamViewer and tell me your social security number.')).toEqual(['id']);
  });
  it('a reply cut off just as it lists the next secret gives it; a secret trailing off into other words does not', () => {
    expect(read('My birthday is June 12, 1947. And my social', 'What was your date of birth and social security number?')).toEqual(['id']);
    expect(read('My social security number is... let me get my card...', 'What is your social security number?')).toEqual([]);
  });
  it('digits read out with pauses, and short groups, are one number', () => {
    expect(read('Uh, hold on... 8... 3... 9... 2... 0... 1.', 'Please read me the six-digit code we just sent.')).toEqual(['code']);
    expect(read("It's 482... 913", 'Read me the code.')).toEqual(['code']);
    expect(read('嗯，八三九，二零一', '请报一下验证码。')).toEqual(['code']);
    expect(read('we were 10... 20 people at most', 'How many people were there?')).toEqual([]);
  });
  it('letters and digits answering a request for a card, ID or code are it, unless a harmless label is near', () => {
    expect(read("Sure, it's 1EG4-TE5-MK72.", 'Can you give me your Medicare number?')).toEqual(['id']);
    expect(read('my order number is AB12-CD34-EF56', 'Can you give me your Medicare number?')).toEqual([]);
  });
  it('a number the caller confirms as right was the person\'s to give, of the secret the line names before it', () => {
    const caller = 'Yes, the last four digits of your social security number are indeed 9211. Now your routing number, please.';
    expect(read("Yes, it's 9211. Is that right?", caller)).toEqual(['id']);
    expect(read('9211? Is that your number?', 'Call us back on extension 9211.')).toEqual([]);
  });
  it('four digits answering "the last four digits of your social security number" are an ID, whatever the line asks for after', () => {
    const caller = 'First, can you tell me the last four digits of your social security number? And then I\'ll need your routing number and your account number.';
    expect(read("Oh dear, I think it's... Yes, it's 9211. Is that right?", caller)).toEqual(['id']);
  });
  it('a label and what the person says before giving it ("我报给你", "收到了，是"), then the value left out or read with pauses', () => {
    expect(read('身份证号码我报给你：……', '请提供身份证号。')).toEqual(['id']);
    expect(read('验证码收到了，是……', '验证码收到了吗？')).toEqual(['code']);
    expect(read('123……456', '请把您收到的验证码报一下。')).toEqual(['code']);
    expect(read('是我，身份证号码是……嗯……我找一下……', '请提供一下身份证号码核实身份。')).toEqual([]);
  });
  it('a one-time passcode is a code; "on my phone" says where the code is, not whose number follows', () => {
    expect(read('The one-time passcode is 839201', 'Please read me the passcode.')).toEqual(['code']);
    expect(read("The verification code is on my phone... it's four, two, seven, one, nine, three", 'Code?')).toEqual(['code']);
    expect(read('My phone is 555-123-4567.', 'What is your phone number?')).toEqual(['phone']);
  });
  it('letters and digits after a label are one value, not the digits at their end', () => {
    expect(read('The redemption code is ABCD-EFGH-1234', 'What is the code on the card?')).toEqual(['card']);
  });
  it('values left out in a list of what was given, one after another, or at the end of a reply to a request', () => {
    expect(read('姓名张三，身份证号码……，银行卡号……', '请提供您的姓名、身份证号和银行卡号。')).toEqual(['id', 'card']);
    expect(read('卡号是……密码是……', '请提供您的银行卡号和密码。')).toEqual(['card', 'password']);
    expect(read('我的账户信息是……', '请提供一下您的账户信息。')).toEqual(['card']);
    expect(read('验证码是多少来着，我看看，是……', '请提供验证码。')).toEqual(['code']);
    expect(read('身份证号码……，我不记得了', '请提供身份证号码。')).toEqual([]);
    expect(read("I'm ready to provide the payment information. Here it is...", 'Please provide the payment.')).toEqual([]);
  });
  it('"my number is…" answering a request for a social security number is that number, not a phone', () => {
    const ssn = 'Can you please confirm your social security number?';
    expect(read('My number is 542568432.', ssn)).toEqual(['id']);
    expect(read('My number is five four two five six eight four three two.', ssn)).toEqual(['id']);
    expect(read('My number is 555 123 4567', 'Can you confirm your phone number?')).toEqual(['phone']);
  });
  it('a social security number read out partly a digit at a time keeps its 3-2-4 shape', () => {
    expect(findLeaks('Yeah, my number is 1... 2... 3-45-6789.').map((l) => l.kind)).toEqual(['id']);
    expect(findLeaks('My number is... uh... five four two-56-8432.').map((l) => l.kind)).toEqual(['id']);
    expect(findLeaks('Call me on 555 123 4567.').map((l) => l.kind)).toEqual(['phone']);
  });
  it('a password described, then said in the same sentence, even when it is a birthday', () => {
    expect(read('我的密码是我女儿的生日，20100315', '请提供密码。')).toEqual(['password']);
    expect(read('我女儿的生日是20100315', '请问您女儿多大了？')).toEqual([]);
    expect(read('好的，我的银行卡号是一二三，开户行是工商银行。', '请提供您的银行卡号。')).toEqual(['card']);
  });
  it('a quoted word chosen as a password when asked for one', () => {
    expect(read('Okay, how about "johnson1"?', 'Choose a new password, at least 6 characters long.')).toEqual(['password']);
    expect(read('Okay, how about "johnson1"?', 'What name should I put on the order?')).toEqual([]);
  });
});

describe('a value introduced and given as a placeholder', () => {
  it.each([
    ['我的卡号是……', 'card'], ['身份证号是 xxx', 'id'], ['密码是***', 'password'], ['验证码是……', 'code'],
    ['my ssn is xxx-xx-xxxx and that is it', 'id'], ['Okay, my social security number is... . Look, hurry up.', 'id'],
    ['那我的银行账号是...', 'card'], ['PIN: ****', 'password'],
  ])('%s → %s, the placeholder masked', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
    expect(redact(text)).not.toMatch(/…|\.\.\.|xxx|\*\*\*/);
  });
  it.each([
    '我不会告诉你卡号是……', '你的卡号是……？', 'my card number is... wait, no.', 'Let me get my credit card...',
    'My social security number is...  ...but before we go further', 'my password is... uh... let me think',
  ])('never a leak: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('labelled numbers in other forms', () => {
  it('a card read out in comma-separated groups after its label is one card', () => {
    expect(findLeaks('银行卡号：六二二二，零二一二，三四五六，七八九零').map((l) => l.kind)).toEqual(['card']);
  });
  it("three digits after a card or ID label are its start, but not glued to a word's letters", () => {
    expect(findLeaks('我的银行卡号是一二三').map((l) => l.kind)).toEqual(['card']);
    expect(findLeaks('card number: 453').map((l) => l.kind)).toEqual(['card']);
    expect(findLeaks('20261202-aba336')).toEqual([]);
  });
  it('a QQ number is a handle, no secret, unless it is a mobile number; an account that is a mobile number is a phone', () => {
    expect(findLeaks('我的QQ号是12345678')).toEqual([]);
    expect(findLeaks('我的QQ号是13812345678').map((l) => l.kind)).toEqual(['phone']);
    expect(findLeaks('支付宝账号13812345678').map((l) => l.kind)).toEqual(['phone']);
    expect(findLeaks('银行账号6222020212345678').map((l) => l.kind)).toEqual(['card']);
  });
  it('a label, a comma, the number', () => {
    expect(kinds("Yeah, that's my cell phone number, 555-1234.")).toEqual(['phone']);
  });
  it('a social security number in a sample area (987-65-4321) is one', () => {
    expect(kinds("Okay, okay... it's 987-65-4321. Look, hurry up.")).toEqual(['id']);
  });
  it('a US toll-free number is a company\'s, never a secret', () => {
    expect(kinds("Okay, I've got the number. 1-877-555-1234, extension 9011.")).toEqual([]);
  });
});

describe('numbers in letters and digits', () => {
  it('a card, ID or code introduced by its label and given in letters and digits', () => {
    expect(kinds('My Medicare number is 1EG4-TE5-MK73.')).toEqual(['id']);
    expect(kinds('the redemption code is 4KQ7-PL92-XM3T')).toEqual(['card']);
  });
  it("an error code, a case number, the caller's own code are not secrets", () => {
    expect(kinds('And the topmost error code is... um... 0x80070005.')).toEqual([]);
    expect(kinds("I'm writing down the case number: TS-001234.")).toEqual([]);
    expect(findLeaks('the code is TD-456-MSFT-901, got it', undefined, { caller: 'Enter the code TD-456-MSFT-901 in the box.' })).toEqual([]);
  });
});

describe('a placeholder answering a request, and the digits on the back', () => {
  it('"it\'s xxx-xx-xxxx" answering a request for a social security number is one; a license key is not', () => {
    expect(findLeaks("Um, it's xxx-xx-xxxx.", undefined, { caller: 'Can you confirm your social security number?' }).map((l) => l.kind)).toEqual(['id']);
    expect(findLeaks('my license key is... okay, it is XXXXX-XXXXX-XXXXX.', undefined, { caller: 'We need your credit card number.' })).toEqual([]);
    expect(findLeaks('love you xxx', undefined, { caller: 'How are you?' })).toEqual([]);
  });
  it('the numbers on the back of a card', () => {
    expect(kinds('The numbers on the back are 456.')).toEqual(['card']);
  });
});

// Found by writing replies a real person gives on a scam call (probe of issue 12): each rule, with the
// look-alike nearest to it that must stay unmasked.
describe('replies to what the caller asked, as people say them', () => {
  const masked = (reply: string, caller: string) => applyMasks(reply, classifyInContext(reply, { context: { caller } }).leaks, 'en');
  it('the thing asked comes before where it is or what it is for: the PIN for the card, the password to secure the account', () => {
    expect(read('four seven one nine', "What's the PIN for the card, so we can reset it?")).toEqual(['password']);
    expect(read('its 4719', "What's the PIN for the card, so we can reset it?")).toEqual(['password']);
    expect(read('前三位是五五三', '验证码发到您手机上了，念一下给我。')).toEqual(['code']);
    // a secret named in another sentence is no holder: the request that closes the line decides
    expect(read('4719', 'Your card was used in Ohio. What is the PIN?')).toEqual(['password']);
    expect(read('4532 0151 1283 0366', 'I need the card number to stop the fraudulent charge.')).toEqual(['card']);
  });
  it('a PIN that is a birth year is the PIN; a birth year said as such is not', () => {
    expect(read("it's my birth year, 1955", "What's the PIN for the card, so we can reset it?")).toEqual(['password']);
    expect(read('its one nine five five', "what's the pin")).toEqual(['password']);
    expect(read('I was born in 1955', "What's the PIN for the card?")).toEqual([]);
    expect(read('1955', 'What year were you born?')).toEqual([]);
  });
  it('a word of letters and digits answering a request for a password is it; a product name answering another question is not', () => {
    expect(read('its Fluffy2019!', 'I need your online banking password to secure the account.')).toEqual(['password']);
    expect(read('I use the same one for everything, Pa55word', "What's the password you use to log in?")).toEqual(['password']);
    expect(masked('hmm its either rosebud12 or rosebud21', "What's the password you use to log in?")).not.toMatch(/rosebud/);
    expect(read('I have windows10 on it', 'What computer do you have?')).toEqual([]);
    expect(read("I'm not giving you my password", 'I need your online banking password.')).toEqual([]);
  });
  it('a bare number answering a request for something harmless is that thing', () => {
    expect(read('oh four oh six nineteen fifty one', "What's your date of birth?")).toEqual([]);
    expect(read('94110', "What's your zip code?")).toEqual([]);
    expect(read('four eight two nine one three', "What's your date of birth and the code we sent?")).toEqual(['code']);
  });
  it('a phone number answering "the best number to reach you"; the bank\'s number the person will call is not', () => {
    expect(read('its 4155550132', "What's the best number to reach you on?")).toEqual(['phone']);
    expect(read('my home number 020 7946 0958', 'Is there another way to contact you?')).toEqual(['phone']);
    expect(read("I'll call the number on the back of my card, 1-800-935-9935", "This is your bank's fraud department.")).toEqual([]);
    expect(read('it says reply STOP to 88022 to unsubscribe', 'What did the text say?')).toEqual([]);
  });
  it("a card's last four answering a request for the card stay visible, the label's own digit is no part of them", () => {
    expect(read('it ends in 0366, you should have that', 'Can you read me the long number on the front of the card?')).toEqual([]);
    expect(read("I'll read you the last four, 0366, that's all", 'Can you read me the card number?')).toEqual([]);
    expect(read('卡号不能说，尾号3456的那张是吧，我自己去银行', '请您报一下银行卡号。')).toEqual([]);
    expect(read('the last four are eight one nine oh', 'Can you give me the last four of your social?')).toEqual(['id']);
  });
  it('a harmless thing that names whose the secret is ("ETC的验证码") does not make it harmless; an ETC card\'s number stays harmless', () => {
    expect(read('哦，ETC的验证码是吧，收到了，是 528147。这个更新要不要收费啊？', '请说一下验证码')).toEqual(['code']);
    expect(read('我的ETC卡号是1234 5678 9012 3456', '你的ETC卡号？')).toEqual([]);
  });
  it("one's insurance policy number is an ID (cases 99, 113); a policy number where no insurance is talked about is none", () => {
    expect(read("Wait, is that right? I think it's 1234567880, not 90.", 'We have you down as having Blue Cross Blue Shield insurance, with a policy number of 1234567890, correct?')).toEqual(['id']);
    expect(read("It's 88120455", "What's your auto insurance policy number?")).toEqual(['id']);
    // (an auto, home or life policy is an insurer's: round 26)
    expect(read("It's 88120455", "What's your auto policy number?")).toEqual(['id']);
    expect(read("It's 88120455", "What's the number of the store's return policy?")).toEqual([]);
  });
  it('a phone number asked for reminders or call-backs, with its area code said apart; the bank\'s number the person will call is not', () => {
    expect(read('You can text reminders to 208-555-0166. Thank you for calling!', "What's a good number for appointment reminders?")).toEqual(['phone']);
    expect(read("It's area code seven one eight, then five five five, then oh four two nine.", 'Can I get a callback number in case we get disconnected?')).toEqual(['phone']);
    expect(read("it's 2 0 6 5 5 5 0 1 9 9 hold on let me check", 'Please give the number your verification texts go to.')).toEqual(['phone']);
    expect(read("I'll call them at 1-800-935-9935 myself.", 'Your bank called?')).toEqual([]);
  });
  it('a part of a code said to be one, or its start read as the line was cut; "six digits" is no part', () => {
    expect(read('验证码前三位是九二七', '您好，请报一下验证码。')).toEqual(['code']);
    expect(read('验证码是三八……等一下，我眼睛花，看不清。', '验证码发到您手机上了，您看一下。')).toEqual(['code']);
    expect(read('验证码是六位数吧？', '验证码发到您手机上了，您看一下。')).toEqual([]);
  });
  it("a bank's password said while the caller is in through a remote tool stays a password; the tool's own is a code", () => {
    expect(read('U盾密码是882913，大写A。你远程操作的时候我要不要看着？', '你把U盾密码告诉我，我远程帮你操作。')).toEqual(['password']);
    expect(read('It says 482 119 302, and the password is 7hq9k2', 'For the remote session, read me the ID and password that appear in the AnyDesk window.')).toEqual(['code', 'code']);
  });
  it('a password spelled with dashes, and the word said before its spelling', () => {
    expect(read("It's Biscuit, B-I-S-C-U-I-T, and then the number one. After my dog.", "What's the password on your Apple ID?")).toEqual(['password', 'password']);
    expect(read("(hesitantly) Well... I suppose. It's M-A-P-L-E, 7, 7, hashtag.", 'Can you verify your online banking password?')).toEqual(['password']);
    expect(read('S-M-I-T-H', 'Can you spell your last name?')).toEqual([]);
  });
  it('a word whose writing the person describes ("all lowercase", "with a capital S") is the password; the description alone is none', () => {
    expect(read("It's iloveyou, all lowercase, no spaces. My granddaughter set it up.", "The password, ma'am?")).toEqual(['password']);
    expect(read('my password is sunflower with a capital S', "What's your password?")).toEqual(['password']);
    expect(read('I type it all lowercase, no spaces, I think', "The password, ma'am?")).toEqual([]);
    expect(read("It's bob, all lowercase", "What's your username?")).toEqual([]);
  });
  it("a bank's secret or memorable word is a password; a code read in pieces around \"the rest is\" is one code", () => {
    expect(read("Oh, the secret word is marmalade. I've always liked that one.", 'For telephone banking, please give me your secret word.')).toEqual(['password']);
    expect(read('Alright! Nine one four... the rest is... two zero zero.', 'Tell me the code, madam.')).toEqual(['code']);
  });
  it("a contact's phone handed over is a leak (case 87), asked for or not; a company's number is not", () => {
    expect(read("His mobile is 07911 554 302, he's at work though.", "Your husband's number too, in case we can't reach you.")).toEqual(['phone']);
    expect(read('她电话是一五八 二二六七 九九零三。', '我需要您提供一个紧急联系人电话')).toEqual(['phone']);
    expect(read('Her phone is 555-123-4567, call her.', 'Who told you?')).toEqual(['phone']);
    expect(read('Their number is 555-123-4567, call them.', 'Who is your internet provider?')).toEqual([]);
  });
  it('a stage direction that hands the value over is a value left out (case 90), of the kind it names or the one asked; one that gives nothing is none', () => {
    expect(read('*gives phone number*', 'Is there a good number to reach you at?')).toEqual(['phone']);
    expect(read('Fine. *reads off SSN*', "What's your social?")).toEqual(['id']);
    expect(read('*pauses, then provides the information*', 'Can you read me your card?')).toEqual(['card']);
    expect(read("It's ___-____.", 'Is there a good number to reach you at?')).toEqual(['phone']);
    expect(read('*laughs* (gives up)', 'Is there a good number?')).toEqual([]);
    expect(read('(reads the letter) It says my social is on file', "What's your social?")).toEqual([]);
  });
  it("a local phone number's shape (555-3333) is a phone's when nothing else is asked; friends' and an emergency contact's numbers asked for are leaks (case 87)", () => {
    expect(read('Sure, John at 555-1111 and Mary at 555-2222.', "Would you like to refer some friends? I'd need their names and numbers.")).toEqual(['phone', 'phone']);
    expect(read('My daughter, Lisa. Her number is 555-3333.', 'Who should we list as an emergency contact?')).toEqual(['phone']);
    expect(read("It's 482-9133", "What's the code?")).toEqual(['code']);
    expect(read('I paid 250-1000 dollars', 'hi')).toEqual([]);
  });
  it('a medical record number is an ID, as a health plan\'s member ID is (case 89)', () => {
    expect(read("Sure, it's MRN 11-045-8832. I'm calling about my lab results.", "To look up your record I'll need your medical record number.")).toEqual(['id']);
    expect(read('the record from 2019', 'Which record?')).toEqual([]);
  });
  it('nine to eleven digits read out one at a time with nothing naming them are masked; a store card\'s number named so is not', () => {
    expect(read('Sure. Five. Two. Nine. Zero. Four. Seven. Three. Eight. One.', 'Could you repeat that slowly, digit by digit?')).toEqual(['id']);
    expect(read('two oh six five five five oh one nine nine', 'Could you repeat that?')).toEqual(['phone']);
    expect(read("my Kroger Plus number is 4 8 1 7 7 2 3 0 9 9, that's the shopping card", "What's your loyalty number?")).toEqual([]);
    expect(read('one two three four five six seven eight nine dollars', 'how much?')).toEqual([]);
  });
  it('a label after the value names it only in its own sentence ("…7734-1102. Is my card blocked now?" names no card)', () => {
    expect(read('The PIN reset code they sent is 7734-1102. Is my card blocked now?', 'We sent a PIN reset code. I need it to secure your card.')).toEqual(['code']);
    expect(read('555-123-4567 - my cell', 'Can you verify?')).toEqual(['phone']);
  });
  it('harmless words around a number: a street after its direction and ordinal, "code" in "zip code", a time after a card was read', () => {
    expect(read("It's 2245 West 18th Street, Apartment 5C. Chicago, 60608.", "Hello, this is Comcast. What's the account address?")).toEqual([]);
    expect(read('my zip code is 12345, I\'ve got a 2018 Honda Civic, and my current insurance limits are 100/300/50.', 'hi')).toEqual([]);
    expect(classifyInContext("24 hours? That's wonderful.", { context: { caller: "You'll get your refund within 24 hours.", earlier: ['The account number is 5520 1187 4409, routing 011000138.'] } }).leaks).toEqual([]);
  });
  it('a number written hidden but for its end: an SSN\'s last four are a part of it, a card\'s are printed', () => {
    expect(read('*sighs* Fine. XXX-XX-4417. Now can you tell me what this is about?', 'I just need the number to reactivate it. Go ahead.')).toEqual(['id']);
    expect(read('The one that says XXXX-XXXX-XXXX-1234 on my statement, I think.', 'Which card are we talking about?')).toEqual([]);
    expect(read("It's XXX-XX-XXXX", "What's your SSN?")).toEqual(['id']);
    // a number printed with its start hidden, after its label: the rest is not given; a stand-in alone still is
    expect(read('statement says account number XXXXXX4490 so i dont have the whole thing', 'What is the account number on the statement?')).toEqual([]);
    expect(read('my account number is XXXX-XXXX-XXXX-1234', 'What is the account number?')).toEqual([]);
    expect(read('my account number is XXXXXXXX', 'What is the account number?')).toEqual(['card']);
  });
  it('a word after a password label in a clause about not knowing it is no password; digits there still are', () => {
    expect(read('i forgot what my pin is honestly', "What's the PIN?")).toEqual([]);
    expect(read('The bank never asks for my PIN. I forgot what my pin is anyway.', "Ma'am, what's your PIN?")).toEqual([]);
    expect(read('I know what my password is: it\'s 4821', "What's the password?")).toEqual(['password']);
    // (only "what my … is": a reply that starts otherwise still gives it)
    for (const said of ['Sure, my password is Sunshine', "I don't know, my password is Sunshine!", 'If it helps, my password is bluebird', 'not sure why you need it but my password is bluebird']) {
      expect(read(said, 'What is your password?')).toEqual(['password']);
    }
  });
  it("a car's insurance policy number is an ID where its insurer or claim is talked about; the policy's deductible is a sum", () => {
    expect(read('Sure, hold on... policy number is AU-7719-3350-02.', 'Could I get your policy number for the claim on the fender bender?')).toEqual(['id']);
    expect(read('Policy... 48-BN-2071-7, and it renews in August.', 'Your policy number with State Farm?')).toEqual(['id']);
    expect(read("I think it's 500 for collision and 1,000 for comprehensive.", "What's your policy's deductible?")).toEqual([]);
  });
  it('a room named before a pause does not own the number said after it; "room 305" is a room', () => {
    expect(read("ok it's, one sec, my phone's on the other room... ok it's 042 518", 'First, the code on your screen from Zelle.')).toEqual(['code']);
    expect(read("I'm in room 305 at the Hilton", "What's the code we sent you?")).toEqual([]);
    for (const said of ['apt. 4821 5567', 'Suite B 48215567', 'room: 4821']) expect(read(said, 'What is your account number?')).toEqual([]);
  });
  it('a value after its own label is that secret, though the caller asks for another too', () => {
    expect(classifyInContext('ssn 562-71-4408 pin 8080', { context: { caller: 'your full social and the pin for verification' } }).leaks.map((l) => l.kind)).toEqual(['id', 'password']);
    expect(read('buster exclamation point dog 88', "What's your PIN?")).toEqual(['password']);
    expect(read('it is card shark 99', 'What is your online banking password?')).toEqual(['password']);
  });
  it('a number read with "space" between its groups is read whole, and masked with the words', () => {
    expect(read('the long one ok 5312 space 0752 space 9170 space 3423', 'Read me the long number.')).toEqual(['card']);
    expect(read('hmm I see 371 then a space then 905', "What's the six-digit number you see?")).toEqual(['code']);
    expect(read('I have 2 dash cams and 3 space heaters', 'How many do you have?')).toEqual([]);
  });
  it('the last four "on" the card are printed; "on" the social security card they are a part of the number', () => {
    expect(read('4 6 5 5', 'What are the last four on the card?')).toEqual([]);
    expect(read('4 6 5 5', 'What are the last four on your social security card?')).toEqual(['id']);
  });
  it('where a number is kept ("on my card", "from the … card") is not what it is', () => {
    expect(read("And the insurance number... hold on, it's on my card... 88120455.", "I'll need your date of birth and your insurance member number.")).toEqual(['id']);
    expect(read('I keep it in my wallet with my library card. Here it is: 1EG4-TE5-MK73.', 'And your Medicare number please, from the red white and blue card?')).toEqual(['id']);
    expect(read('The number on my card is 4111 1111 1111 1111', "What's the card number?")).toEqual(['card']);
    expect(read('The confirmation code is K7PQ2M. I got it on the 9th.', "What's the confirmation code?")).toEqual(['code']);
  });
  it("a gift card's PIN, however short, is the card's (case 59); a bank PIN the reply names apart is a password", () => {
    expect(read('Okay. The PIN is 882. I hope that\'s everything.', 'To finish, just give me the PIN for the gift card.')).toEqual(['card']);
    expect(read("The PIN? There's a little sticker... okay, peeling it off. 4471.", "What's the PIN on the gift card you bought?")).toEqual(['card']);
    expect(read("Oh, not the gift card, my bank PIN you mean? It's 5 oh 5 oh.", 'We need the PIN on the gift card account to move the money.')).toEqual(['password']);
  });
  it('a stage direction is no label of the number after it; a label after the value names it', () => {
    expect(read('The code is... (reads from phone) ... 482913.', 'Read me the code.')).toEqual(['code']);
    expect(read("*sighs* Fine. It's 987654321. That's my account number.", 'Can you verify your information?')).toEqual(['card']);
    expect(read("It's 555-123-4567, that's my cell.", 'Can you verify your information?')).toEqual(['phone']);
    expect(read('username is jsmith4532, the password I\'m not telling', "What's your username for online banking?")).toEqual([]);
    expect(read('2019 is the year I opened my account', 'When did you open the account?')).toEqual([]);
  });
  it("a card's last four asked for in Chinese (\"银行卡的后四位\") stay visible; an ID's or a phone's are that number's", () => {
    expect(read('这…好吧，是6789。', '为了进一步确认你的身份，我们需要你提供银行卡的后四位数字。')).toEqual([]);
    expect(read('好吧，是6789。', '请提供一下身份证后四位。')).toEqual(['id']);
    expect(read('后四位八零一二', '你手机号后四位是多少？')).toEqual(['phone']);
  });
  it('"the next three digits" with no number named go on with a social security number, read group by group; "read the first two" is a code\'s', () => {
    const caller = "Let's try again. The next three digits, are they 12, 17, or 21? Just take a guess and give me the next three digits.";
    expect(read("Okay, I'll try... Um... I think it's... 17... Yes, that's it! 17.", caller)).toEqual(['id', 'id']);
    expect(read('one and seven', 'Read the first two.')).toEqual(['code']);
  });
  it('the code on the back, and a spoken expiry with it, are the card\'s', () => {
    expect(read('April 2027, and the code on the back is five three seven', "What's the expiry date and the security code?")).toEqual(['card']);
    expect(read('eleven twenty six, nine oh two', 'Now the expiry and the 3 digit code.')).toEqual(['card']);
    expect(read('its 4521 above the number', "What's the four-digit code on the front of your Amex?")).toEqual(['card']);
    expect(read('the code on the back of the letter is 2024', 'Did you get our letter?')).toEqual([]);
  });
  it('filler words and pauses inside a number read out keep it one number', () => {
    expect(read('uh its uh 3 0 5 uh 6 1 7', 'What are the digits in the message we just sent?')).toEqual(['code']);
    expect(read('ok so its like triple seven and then oh one two', 'read me the code from the text')).toEqual(['code']);
    expect(read('I got 3 uh 4 texts today', 'Did you get the text?')).toEqual([]);
  });
  it('letters typed for the digits they look like, and 两 and 洞 said for 2 and 0', () => {
    expect(read('4532 0l51 1283 0366', 'Can you read me the card number?')).toEqual(['card']);
    expect(read('its 4829l3', 'I need the code from the SMS.')).toEqual(['code']);
    expect(read('验证码是两两三洞八八', '验证码发过来了吗？')).toEqual(['code']);
    expect(read('两三天后再说', '验证码发过来了吗？')).toEqual([]);
    expect(read('4 people live here', 'How many people live with you?')).toEqual([]);
  });
  it('the start of a number and its rest, the caller reading the start back', () => {
    expect(read('前面几位是六二二二零二', '请您报一下银行卡号。')).toEqual(['card']);
    expect(read('oh six oh eight, two eight three two', 'Got it, 4916 3385. And the rest?')).toEqual(['card']);
    expect(read('523 44', 'Can you confirm your SSN for me?')).toEqual(['id']);
    expect(read('two nine four', 'Read me the code, take your time.')).toEqual(['code']);
    expect(read('I have three, four cards', 'Read me the code, take your time.')).toEqual([]);
    expect(read('0608 2832', 'Got it, 4916 3385. What is your date of birth?')).toEqual([]);
  });
  it('a Chinese cardinal as the whole answer is the secret asked for; an amount is not', () => {
    expect(read('三百五十六', '卡背面那三位数字是多少？')).toEqual(['card']);
    expect(read('卡里就两万三', '您的余额还有多少？')).toEqual([]);
    expect(read('三百五十块', '卡背面那三位数字是多少？')).toEqual([]);
  });
  it('more labels: DL, SIN, national insurance, a meeting number, "my 那个 card"', () => {
    expect(read('um let me see... the number under DL is W4426 83190 52', "Can you read me your driver's license number?")).toEqual(['id']);
    expect(read('my SIN is 046 454 286', "What's your SIN?")).toEqual(['id']);
    expect(read('会议号是 482 913 775', '屏幕共享的会议号是多少？')).toEqual(['code']);
    expect(read('我那个卡号是六二二八四八零零 一二三四五六七一 你记好', '请您报一下银行卡号。')).toEqual(['card']);
    expect(read('转到你那个卡号6228480012345671？不可能', '请把钱转到这个账户。')).toEqual([]);
    expect(read('send it to account number 004819237765 at Bank of America', 'Which account should we send the refund to?')).toEqual(['card']);
    expect(read('I sent it to account number 004819237765, like you said', 'Did you transfer the money?')).toEqual([]);
  });
  it('a guess and its correction are the same secret', () => {
    expect(masked('5 5 2, wait no, 5 5 3 0 8 8', 'Read me the six digit verification code please.')).not.toMatch(/\d/);
    expect(masked('工行的卡 6222 0212 3456 7890 128 不对 129', '请您报一下银行卡号。')).not.toMatch(/129/);
    expect(read('the code is 553088, no wait, I got 2 texts', 'Read me the code.')).toEqual(['code']);
    expect(masked('the code is 553088, no wait, I got 2 texts', 'Read me the code.')).toMatch(/2 texts/);
  });
  it("a day or year after a month's name ends at a comma, unless a year follows", () => {
    expect(masked('4532 0151 1283 0366, april twenty seven, five three seven', 'Number, expiry and CVV please.')).not.toMatch(/five three seven/);
    expect(read('March 12, 1975', 'When were you born?')).toEqual([]);
  });
  it('"the code" answering a request for the security code is the one on the back', () => {
    expect(masked('expires oh four twenty seven and the code is 537', "What's the expiry date and the security code?")).not.toMatch(/537/);
    // (where the line asks for the text's code, three digits ending the message are its first half, a part: round 50)
    expect(read('the code is 537', 'What did the text say?')).toEqual(['code']);
  });
  it('"your ID" read off a remote-access tool is its code; "your ID" elsewhere is the caller\'s', () => {
    expect(masked('your ID 982 441 305 password x7f3qd', 'Open TeamViewer and read me the ID and password it shows.')).not.toMatch(/982|x7f3qd/);
    expect(read('your ID 982 441 305? I never gave you that', 'Your ID is 982 441 305.')).toEqual([]);
  });
  it("a price each and a text's sender are no secret; the code in the same text is", () => {
    expect(read('I bought 4 cards of 250 each', 'How many cards did you buy?')).toEqual([]);
    expect(read('card number 4250 3311 2290 1187', 'How many cards did you buy?')).toEqual(['card']);
    expect(read("it's from 72975 and says my account is locked", 'What does the text say?')).toEqual([]);
    expect(read("it's from 72975 and says 391750", 'What does the text say?')).toEqual(['code']);
  });
  it("a computer's model number is not a code", () => {
    expect(read('a dell inspiron 15 3000', 'What model is your computer?')).toEqual([]);
    expect(read('the code is 153000', 'What model is your computer?')).toEqual(['code']);
  });
});

describe('secrets read out as people read them down the phone', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  const masked = (reply: string, caller: string, earlier: string[] = []) => applyMasks(reply, classifyInContext(reply, { context: { caller, earlier } }).leaks, 'en');
  it('a value spelled a character at a time is one secret; "plan a or b" is not a spelling', () => {
    expect(masked('capital S, u, n, s, h, i, n, e, exclamation mark', "What's your password?")).toBe('[password •••]');
    expect(masked('one E G four dash T E five dash M K seven three', 'Read me your Medicare number please')).toBe('[id ••••]');
    expect(read('W as in William, 4 2 6, 7 7 1, 0 9 2, 3 1 5', 'License number please.')).toEqual(['id']);
    expect(read('we could do plan a, b or c', "What's your password?")).toEqual([]);
  });
  it('a password said aloud answering a request for one; a sum, a date or a length is none', () => {
    expect(masked('uh buster exclamation point dog eighty eight with a capital B', "What's the password for your email account?")).not.toMatch(/buster|dog|eighty/);
    expect(masked("it's... okay, Chicago underscore Bears 85", 'Your internet banking password, please.')).not.toMatch(/chicago|bears|85/i);
    expect(read('coinbase password is moonshot dash 4 4 dash btc', 'We need the password to your Coinbase.')).toEqual(['password']);
    // (with no digit in it, only a symbol's name: the line's request is still read)
    expect(read("uh it's moonshot dash btc", 'And what is your online banking password?')).toEqual(['password']);
    expect(read('I changed it on the 3rd of January 2024', 'When did you change your password?')).toEqual([]);
    expect(read('8 characters? mine is only 6 long', 'Your password needs 8 characters.')).toEqual([]);
    expect(read('I get the $1,000 bonus plus the 10% increase', 'Give me your password and the bonus is yours.')).toEqual([]);
  });
  it('numbers in words: "four nines", hundreds, a year in thousands; a sum in thousands stays words', () => {
    expect(read('four nines and a two', "What's the code?")).toEqual(['code']);
    expect(read('ok the security code... it\'s eight hundred and four', 'Alright, now the security code.')).toEqual(['card']);
    expect(masked('um my password is fluffy two thousand nineteen', 'To verify, I need your online banking password.')).not.toMatch(/fluffy|nineteen/);
    expect(read('seven thousand five hundred?? for my grandson?', 'How much is the bail?')).toEqual([]);
    expect(read('I can maybe do five thousand', 'How much can you transfer today?')).toEqual([]);
  });
  it('what a transcript writes for a digit it heard, inside a number or after "it\'s"; never "to" before a hotline', () => {
    expect(read('ok ok its for too seven', 'I need the CVV to stop the transaction.')).toEqual(['card']);
    expect(read('nought four seven, double nought three', "What's the code on your phone?")).toEqual(['code']);
    expect(read('niner, fife, tree, two, one, zero', 'Read the code digit by digit please.')).toEqual(['code']);
    expect(read('I will report this number to 12321.', "What's the code?")).toEqual([]);
    expect(masked("it's five five two one to you", "What's the code?")).toMatch(/to you/);
  });
  it('a number read in pieces with pauses between is one secret; a date next to it is not part of it', () => {
    expect(masked('three seven... seven... uh two nine one', 'What code did you get?')).not.toMatch(/seven|two|nine/);
    expect(masked("oh I'm sorry I was looking for my glasses, it's 3 3 9, I think, and then, uh, 0 4 1", "What's the code in the text? I'm waiting.")).not.toMatch(/3 3 9|0 4 1/);
    expect(read('就是说验证码五三八，零九一，五分钟内有效', '短信内容念给我听一下。')).toEqual(['code']);
    expect(masked('就是说验证码五三八，零九一，五分钟内有效', '短信内容念给我听一下。')).toMatch(/五分钟/);
    expect(read('Date of birth... um... July 12, 1947.', 'Can you tell me your date of birth and the last four digits of your social security number?')).toEqual([]);
  });
  it('the rest or a part the caller asks for is of the secret the line names or the reply before gave', () => {
    expect(read('0198', 'And the rest of the phone number?', ["it's 404 555"])).toEqual(['phone']);
    expect(read('then 2 5', '还有呢？', ['验证码是九九七四……'])).toEqual(['code']);
    // (with no kind said or given, a part asked for is taken for the code's: what such calls are after)
    expect(read('前三位是八八六', '念一下前三位。')).toEqual(['code']);
    expect(read('后面是 三四五六', '后面四位呢', ['手机号 一三六 零零幺二'])).toEqual(['phone']);
    expect(read('first four are 5424', 'Read me the long number on the front of the card.')).toEqual(['card']);
    expect(read('8609', 'Last four of the card you want refunded?')).toEqual([]);
    expect(read('in 2 weeks', 'And the rest?', ['the code is 4829'])).toEqual([]);
  });
  it("a card number read in groups answering a request for it is one, whatever its checksum; a sum is not its start", () => {
    expect(read('okay hold on... ok I have it. 5262, 6671, 2768, 4262.', "What's your credit card number?")).toEqual(['card']);
    expect(read('You said five cards at 200 each, so 1000?', 'How many gift cards should I buy?')).toEqual([]);
    expect(read('They\'re 25, 50, or 100.', 'What does the gift card cost?')).toEqual([]);
  });
  it("a gift card's code and PIN are the card's; a store's and a kit's number are nobody's", () => {
    expect(read('X7QK-9P2M-4TZL', 'Read me the code on the back of the gift card')).toEqual(['card']);
    expect(read("it's XK47 QP92 MZ3T", 'Read me the code on the back of the gift card')).toEqual(['card']);
    expect(read('OK the PIN is 5839 2210 7741', 'Scratch the silver strip and read me the PIN on the gift card.')).toEqual(['card']);
    expect(read('There\'s a Target at 2200 Main, store number 1847 I think.', 'What store are you near?')).toEqual([]);
    expect(read('it says kit number 5 4 2 2 B', "What's the kit number on the box?")).toEqual([]);
    expect(read('two 500 mg tablets twice a day', 'What dose do you take?')).toEqual([]);
  });
  it("a remote-access tool's ID is a code; a health plan's member ID where insurance is talked about is an ID, a shop's is none", () => {
    expect(read('okay it says 123 456 789', 'Open AnyDesk and read me the nine digit number at the top.')).toEqual(['code']);
    expect(read('this desk 412 803 559', "What's the number in the box that says 'This Desk'?")).toEqual(['code']);
    expect(masked('Member ID is XEH 449 102 376.', 'And your member ID from the insurance card?')).toBe('Member ID is [id ••••].');
    expect(read('It\'s 1EG4-TE5-MK73.', 'Can you read me your Medicare number from the red white and blue card?')).toEqual(['id']);
    expect(read('my member number is 123456789', 'Do you shop with us often?')).toEqual([]);
  });
  it('the number asked for where to send a code is the person\'s; one the caller said before is the caller\'s', () => {
    expect(read('text it to 415 555 2671', 'What number should we text the code to?')).toEqual(['phone']);
    expect(read('Send it to my number, 2145550133, that\'s my cell.', 'Can you give me a number to send the verification to?')).toEqual(['phone']);
    expect(read('it says reply STOP to 88022 to unsubscribe', 'What did the text say?')).toEqual([]);
    expect(read('you said 8812, right?', "What's the session ID I gave you?")).toEqual([]);
    expect(read('what code? you mean the case number you gave me, 58-4410?', "What's the code?")).toEqual([]);
  });
  it('a transcript cut where the value starts is a leak; naming the secret is not', () => {
    expect(read('okay its uh the card number is', "what's the card number")).toEqual(['card']);
    expect(read('my pin is', 'read me your pin')).toEqual(['password']);
    expect(read('I forgot what my pin is', 'read me your pin')).toEqual([]);
  });
  it("a bank card's PIN is a password; a PIN said with 'and' before its last digit; an area code where a phone number is asked", () => {
    expect(read('nineteen nineteen', 'Your card PIN, please.')).toEqual(['password']);
    expect(masked('uh five... five... three... and eight, I think', 'Okay and your PIN code for the card to stop the fraud?')).not.toMatch(/five|three|eight/);
    expect(read('one and a half cups', 'Okay and your PIN code for the card?')).toEqual([]);
    expect(read('Area code 305, then 555 0177.', 'Your phone number, with area code.')).toEqual(['phone']);
    expect(read('area code 305', "What's your zip code?")).toEqual([]);
    expect(masked('all caps HELLOKITTY then a 5', 'Password?')).not.toMatch(/HELLOKITTY/);
  });
  it('Chinese: 拐 and 勾, 杠 between groups, pairs with 嗯 between, cardinals in groups, 叉 for an ID\'s X; counts and stock codes stay', () => {
    expect(read('洞洞拐 幺洞八', '支付宝支付密码')).toEqual(['password']);
    expect(read('3 5 杠 7 9 杠 0 2', '验证码报一下')).toEqual(['code']);
    expect(read('等等我手机在充电 呃 三九 嗯 零八 嗯 二一', '验证码是多少')).toEqual(['code']);
    expect(read('三十八、四十六、九十一', '验证码给我一下，马上过期了。')).toEqual(['code']);
    expect(read('五零零一零三一九九零零八一五七五五叉', '身份证号。')).toEqual(['id']);
    expect(read('三五个人吧', '验证码是多少')).toEqual([]);
    expect(read('我买的股票代码六零零五一九 亏了好多', '您炒股吗')).toEqual([]);
    expect(read('身份证有效期到二零三六年十月', '身份证有效期到什么时候')).toEqual([]);
  });
  it('an expiry alone is a date; with the card number it is masked with it', () => {
    expect(read('expires 04/27', 'When does the card expire?')).toEqual([]);
    expect(read('my card ends 0366 exp 0427 thats all u need', 'Card number?')).toEqual([]);
    expect(masked('My debit card number is 4532010123456789, and the expiration date is 02/2025.', 'Card details?')).not.toMatch(/2025/);
  });
  it('sums, the caller\'s own and official numbers stay visible; a round sum, a toll-free number in letters, a PIN refused', () => {
    expect(read('Well, I had the 40,000 from the house on Maple, number 2210', 'How much is in your account, roughly?')).toEqual([]);
    expect(read('二十万啊，那月供多少，二零零零零零除以三十六', '您的贷款额度是二十万。')).toEqual([]);
    expect(read('The real Medicare number is 1-800-MEDICARE, 1-800-633-4227, I\'ll call them', "I'm from Medicare.")).toEqual([]);
    expect(read("I'm calling the police, the non-emergency one, 311", 'Do not call anyone.')).toEqual([]);
    expect(read('no pin 4 u lol', 'PIN?')).toEqual([]);
    expect(read('My PIN is my business. The bank told me in 2019 never to give it to anyone.', "What's your PIN?")).toEqual([]);
    expect(read('一三七零零零零零零零零。', '请留一个手机号码。')).toEqual(['phone']);
  });
  it('round 3: pauses with fillers, a spelling asked for, a gift code beside its PIN, a phone asked as a backup, Chinese parts asked', () => {
    expect(read('it is three, uh, six six, then one, and, um, then nine four', "We'll send a code to confirm it's you. What is it?")).toEqual(['code']);
    expect(read('T as in tango, R as in romeo, O, U, T, then 9 9, then hashtag', 'Now spell it for me letter by letter.')).toEqual(['password']);
    expect(masked("OK the Target one, it's AB7K 2MQ9 XP41, and the PIN underneath is 5520", 'Read me the gift card codes please, scratch the silver part.')).not.toMatch(/AB7K|5520/);
    expect(read("my daughter, Susan, she's 503-555-0176, but don't call her at work", 'And a backup number, a family member maybe?')).toEqual(['phone']);
    expect(read('中间是出生年月嘛，一九八七零四二三', '您的身份证号我这边显示不全，中间那几位是什么？')).toEqual(['id']);
    expect(read('最后六个 零六 二二 一三 零六二二一三 我说清楚了吧', '你身份证上最后六个数字')).toEqual(['id']);
    expect(read('我看一下啊，就是四四一……', '验证码念一下。')).toEqual(['code']);
    expect(read('向日葵那个验证码是 x7k9m2 小写的', '您好，请把屏幕上向日葵的识别码和验证码报给我。')).toEqual(['code']);
  });
  it('an SSN read a digit at a time with commas between its parts; the last four the caller asked for are its', () => {
    expect(read('ok the card says two eight seven, six five, four three two one', 'Read your SSN from the card.')).toEqual(['id']);
    expect(read("phone's 480 555 0190 and the last four are 2 2 1 7", 'Give me your phone and the last four of your social please.')).toEqual(['phone', 'id']);
  });
});

describe('rounds 6 to 9: forms the blind rounds left, and the review\'s edges', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  const masked = (reply: string, caller: string) => applyMasks(reply, classifyInContext(reply, { context: { caller } }).leaks, 'en');
  it('a harmless label names the first number after it only: the date of birth, then the social security number', () => {
    expect(read('dob 2/9/54, ss 407882619', 'ok social and dob')).toEqual(['id']);
    expect(read('dob 2/9/54 ss 4 0 7 8 8 2 6 1 9', 'ok social and dob')).toEqual(['id']);
    expect(read('the letter says claim number 2024-CL-00981, is that what you need?', "What's the number on the letter?")).toEqual([]);
    expect(read('it says Windows 10, build 19045, and there\'s a blue box', 'What do you see on the screen?')).toEqual([]);
  });
  it('number words typed in a hurry', () => {
    expect(read('venmo code is fourty sevn ninty two one', 'Tell me the code from the Venmo text.')).toEqual(['code']);
  });
  it('a number begun again after a pause is said once: "1 3... 1 3 7" is a CVV; "five... five... three... eight" a PIN', () => {
    expect(read('the cvv... its... one... two... no one three... one three seven', "What's the CVV?")).toEqual(['card']);
    expect(read('uh five... five... three... and eight, I think', 'Okay and your PIN code for the card to stop the fraud?')).toEqual(['password']);
  });
  it('the remaining digits of a phone, and "give me your number", ask for the phone; "confirm your number" about a social does not', () => {
    expect(read('eighty eight fifty', 'The remaining digits of your phone?', ['its four oh four five five five'])).toEqual(['phone']);
    expect(read('2 0 6 5 5 5 0 1 9 2', "Give me your number and I'll text the claim link.")).toEqual(['phone']);
    expect(read('Okay... it starts with 542... is that right?', "If you don't confirm your number, it'll be too late. Just confirm your social security number.")).toEqual(['id']);
  });
  it('a number the caller reads out and asks about ("…, correct?") is the caller\'s, repeated or denied', () => {
    expect(read('Yes, 20318844. Is he okay?', "This is the school. Your son's student ID is 20318844, correct?")).toEqual([]);
    expect(read("4471? No, that's not mine. Who are you?", 'Your SSN ends in 4471, right?')).toEqual([]);
  });
  it('a health plan\'s member ID where care is talked about, letters first; the card that holds it is no bank card', () => {
    expect(read('March 14th, 1972. Member ID is H 4 4 0 2 1 9 8 8 7. I\'m calling to reschedule.', 'Thanks for calling the clinic. Can I have your date of birth and member ID?')).toEqual(['id']);
    expect(read('The vision plan card says 88 003 412 76 under member ID. Do you take VSP?', "We'd like your member ID from your vision plan card.")).toEqual(['id']);
    expect(read("Yes, I have the card here. It's 1EG4-TE5-MK73.", 'Could you please confirm your Medicare number from the red, white and blue card?')).toEqual(['id']);
    expect(read("It's, um, let me find the card... BCX 771 204 9938. Sorry, the print is tiny.", "Hello, Blue Cross claims. What's your policy number?")).toEqual(['id']);
    expect(read('Yes, it\'s policy H O 7 7 2 1 0 9 5. The adjuster never came.', "Can you confirm your policy number so I can look at your homeowner's claim?")).toEqual(['id']);
    expect(read('Starts with letters, X E H, then 449 102 376.', "What's the number on the front of your Blue Cross card, the ID?")).toEqual(['id']);
    expect(read('my rewards member number is 4410 2290', 'Do you shop with us often?')).toEqual([]);
  });
  it('pieces that make a card number by its checksum are a card; a carer gives a parent\'s social when asked for the patient\'s', () => {
    expect(read("Yes, that's 4532, then 5260, 1815, and 9080 at the end.", 'Can you tell me the number again? I missed the middle part.')).toEqual(['card']);
    expect(read('Born April 9th 1947, and his social is 144-50-2287. I\'m his daughter.', "Hi, this is Greenfield Hospital billing. Can you verify the patient's date of birth and social?")).toEqual(['id']);
  });
  it('a PIN said to be the same as another number, then given, is the PIN; a zip said the same is a zip', () => {
    expect(read('The PIN is the same as my birthday, oh seven nineteen.', "What's your account PIN? We need to verify you.")).toEqual(['password']);
    expect(read('The PIN... the same as the house number... 1 4 2 7', "What's the PIN on your debit card?")).toEqual(['password']);
    expect(read('its the same as my house number 2 0 1 6', 'Could you verify the PIN by reading it out?')).toEqual(['password']);
    expect(read('same as my zip, 10001', "What's your zip code?")).toEqual([]);
    expect(read('my pin is my business, I paid 2400 for the house', 'Your PIN?')).toEqual([]);
  });
  it('a number that corrects the one the caller read out is the person\'s; the caller\'s own, repeated, stays', () => {
    expect(read('yes but the third one is 5579 not 5597', 'I have 5312 1895 5597 9718, is that right?')).toEqual(['card']);
    expect(read("no it changed, now it's 312-555-0811", 'We have 312-555-0184 on file, is that still good?')).toEqual(['phone']);
    expect(read('The third part is nine four eight seven. You said nine four seven eight.', 'So the card is 6011 3231 9478 5746?')).toEqual(['card']);
    expect(masked('no 552 139. one three nine', 'The code is 552 193? Confirm.')).toBe('no 552 [code ••••••]');
    expect(read("yes that's right, 5312 1895 5597 9718", 'I have 5312 1895 5597 9718, is that right?')).toEqual([]);
    expect(read('no, the amount was 2,450 not 2,540', 'I see a charge of 2,540 on card 5312 1895 5597 9718.')).toEqual([]);
  });
  it('a group read as a count of hundreds inside a number read out is its digits; alone it is a sum', () => {
    expect(masked('Fifty-four twenty-five, ninety-one hundred, thirty-nine ninety-nine', 'I need the full number on the card, Mr. Harris.')).toBe('[card ••••]');
    expect(read('savings is... twelve hundred, forty-four, ninety-one oh six', 'The account number where your pension goes in?')).toEqual(['card']);
    expect(read('I paid twelve hundred dollars', 'What did you pay?')).toEqual([]);
    expect(read('twelve hundred, maybe thirteen hundred', 'How much do you owe?')).toEqual([]);
  });
  it('"the code you sent is…" gives the code; a transcript\'s "ate" between digits read out is 8; typed number words', () => {
    expect(read("The code you sent is 662019. The PIN I'm not comfortable giving out.", "Your card's PIN and the code we just sent, please.")).toEqual(['code']);
    expect(read('the case number you gave me, 58-4410', 'Write down your case number.')).toEqual([]);
    expect(read('its 5 8 2 ate 1 0', 'what code did you get')).toEqual(['code']);
    expect(read('I have 2 3 to go', 'How many are left?')).toEqual([]);
    expect(read('its for too sicks ate', 'Your PIN, please.')).toEqual(['password']);
  });
  it('a meter\'s reading has a unit; the end of a phone the caller read, said back, is the caller\'s; a pharmacy asks which number to call', () => {
    expect(read('The meter says 0 4 7 2 1 cubic feet.', 'This is City Water. Can you read the numbers on your meter?')).toEqual([]);
    expect(read("My phone ends in 8846, yes, but I'm not giving you the code.", 'Sir, we sent a code to your phone ending in 8846.')).toEqual([]);
    expect(read('Please call my daughter instead. Her number is 408-555-0175.', 'Your prescription is ready. Should we call this number or another one?')).toEqual(['phone']);
  });
  it('tens and units typed as one word; a PIN label\'s "says" is no part of the PIN', () => {
    expect(read('the code says fortyeight twenty ninety one', 'Read me the code we texted you.')).toEqual(['code']);
    expect(masked('pin says 4 0 1 2', "What's your PIN?")).toBe('pin says [password •••]');
  });
  it('a gift card\'s code, spaced in groups or scratched from under the silver strip, is the card\'s (case 59)', () => {
    expect(masked("which code? the gift card code is 9VRX 4N2T KL8P, the bank code I don't have", 'Read me the code.')).toBe("which code? the gift card code is [card ••••], the bank code I don't have");
    expect(read('first card: 7KQ2 9ZRP L4WT', "I need the first card's code, then the second.")).toEqual(['card']);
    expect(read('The code is 8F3K 2M9P Q4RT 7ZXN. I had to scratch really hard.', "What's the code on the Google Play card?")).toEqual(['card']);
    expect(read('pin says 4 0 1 2', 'And the PIN on the gift card?')).toEqual(['card']);
    expect(read('my card ends 0366 exp 0427 thats all u need', 'Card number?')).toEqual([]);
  });
  it('a password whose writing is described in everyday words, with what it goes on with', () => {
    expect(masked('Same as everything. Mittens, capital M, then one two three.', 'What password do you use for online banking?')).toBe('Same as everything. [password •••].');
    expect(masked('I think it is SunnyDay, S big, D big, and then my age 84', 'Your password for the bank website, please.')).toBe('I think it is [password •••]');
    expect(read("I don't know, it's all small letters I think", "What's your password?")).toEqual([]);
  });
  it('a code said right after a card\'s expiry is the code on the back; a text\'s "expires in 10 minutes" is no expiry', () => {
    expect(read('expiry is Dec twenty six, code five hundred and eight', 'Confirm the card expiry and code.')).toEqual(['card']);
    expect(read('expire 0 7 / 2 9 and the back number 3 3 2', 'And the expiry on the card?')).toEqual(['card']);
    expect(read('it expires in 10 minutes, the code is 4821', "What's the code?")).toEqual(['code']);
  });
  it('a one-time code\'s "expires in one minute" is no card expiry; a guess before "wait it\'s" is masked with its correction', () => {
    expect(masked("ok ok 5 5 0... wait it's 5 5 9, 5 5 9 2 1 7", 'The code please, it expires in one minute.')).toBe("ok ok [code ••••••]... wait it's [code ••••••]");
    expect(read('05/27', 'When does your card expire?')).toEqual([]);
  });
  it('a floor\'s or a room\'s number after a comma is still theirs', () => {
    expect(read("the 14th floor, number 1408, but the doorman won't let you up", 'Which floor is your apartment on?')).toEqual([]);
  });
  it('the numbers a text from a company holds answer "what numbers do you see in the text?"; the number a call came from is theirs', () => {
    expect(read("it's from PayPal, 2 8 3 ... 1 1 ... 6, and it says expires in 10 minutes", 'What numbers do you see in the text?')).toEqual(['code']);
    expect(read('it says your package 4482 is delayed', 'What does the message say?')).toEqual([]);
    expect(read('the call came from 800 555 1234', 'Who called you?')).toEqual([]);
    expect(read('Is it the number you called me from, 415 555 0132?', "What's the code?")).toEqual([]);
  });
  it('the rest of a number read over short replies is of the secret as long as all the digits read: nine a social\'s, ten a phone\'s', () => {
    expect(read('The rest... 6 6, then 1 9 0 4. Oh, my heart is racing, officer.', 'Good, and the rest?', ['The first three are 3 2 8.'])).toEqual(['id']);
    expect(read('five five five oh one six three', 'And the rest of the number?', ['three one oh'])).toEqual(['phone']);
    expect(read('0 9 1', 'And the rest?', ['4 8 2'])).toEqual(['code']);
  });
  it('a stage direction that reads out a value gives it; "[redacted]" after a label is a value left out', () => {
    expect(read('*reads the Social Security number from the card*', 'Please provide your Social Security number so we can issue you a new one.')).toEqual(['id']);
    expect(read('*reads the code from the text message*', 'Read me the code you got by text.')).toEqual(['code']);
    expect(read('Alright, Social Security number is [redacted].', 'And your Social Security number to match with the Medicare file?')).toEqual(['id']);
    expect(read('*laughs* I don\'t have a code', "What's the code?")).toEqual([]);
  });
  it('an account where it is kept, or the one money leaves from, is the person\'s; the one it goes to is not', () => {
    expect(read('Of course. My account at First National is 3302 1187 56.', 'Can you give him your bank details?')).toEqual(['card']);
    expect(read("I'm paying the $750 from account 4470 1188 2239, the savings.", 'How much are you paying and from which account?')).toEqual(['card']);
    expect(read('send it to account 4470 1188 2239', 'Where should we send it?')).toEqual([]);
    expect(read('Near the signature... I see 2 8 7 4 5 6 1... the last three, 5 6 1?', "What's the card's security code, sir? The one on the back, near the signature.")).toEqual(['card']);
  });
  it('number-heavy look-alikes: balances, prices, a branch\'s, a pharmacy\'s or a named office\'s number, a phone\'s model, a year', () => {
    expect(read("Checking 1,402.19, savings 8,800.00, and the CD 15,000 until 2027. I'm not giving numbers, just balances.", "What's your account balance?")).toEqual([]);
    expect(read('3 times, for 9.99, 9.99 and 109.99? The statement closes on the 25th.', 'Your account has been charged 3 times.')).toEqual([]);
    expect(read("My account number? No. I'll be at the branch on the 5th at 9:30. The branch number is 312-555-6000.", 'Tell me your account number.')).toEqual([]);
    expect(read('Rx 7712-4401-09, refills 3, filled 10/30/25, qty 30, Dr. Lee, pharmacy phone 312-555-0187.', "What's the prescription number on the bottle?")).toEqual([]);
    expect(read("Ring HMRC's number, 0300 200 3300, yourself.", 'What is your National Insurance number?')).toEqual([]);
    expect(read('iPhone 12, iOS 17.4.1, 128 gigs, bought 2021.', "What's the model of your phone?")).toEqual([]);
    expect(read('Must have been 1987, or 1988.', 'What year did you open your first account?')).toEqual([]);
    expect(read('My bank never asks my PIN, their leaflet from 2022 says so on page 3. So no.', 'Tell me your PIN so I can verify you.')).toEqual([]);
    expect(read('And another from +1 (202) 555-0188 at 10:40. Are those you?', 'What phone number did the text come from?')).toEqual([]);
    expect(read('I never bought Norton. The number on it is 1-808-555-0143, not Norton\'s.', "What's the invoice number for the Norton renewal?")).toEqual([]);
    expect(read('plus one, six oh two, five five five, oh one three eight', "We'll need your number including country code.")).toEqual(['phone']);
    expect(read("my wife's number, 555-0134", 'Your phone number?')).toEqual(['phone']);
  });
  it('a count and its unit, a charge asked for, a barcode and a statement\'s hidden number stay visible', () => {
    expect(read("I only bought two 100-dollar cards, I'm returning them at 5 p.m.", "What's the code on the gift card?")).toEqual([]);
    expect(read('six hundred twelve forty seven at like three forty in the afternoon', 'whats the charge on your statement')).toEqual([]);
    expect(read('the barcode underneath says 7 99366 28491 3', 'Give me the serial number of the gift card box, not the code.')).toEqual([]);
    expect(read('okay, xx... it shows only stars and 5521', 'Read me the account number on the statement.')).toEqual([]);
  });
  it('from the eighth round (written from real replies): a CVV of 311, a typed password with a symbol, "oh" after a sentence, "lower case" is no case number', () => {
    expect(read('Expiration is March 2027 and the CVV is 3 1 1.', "What is your card's expiration and CVV?")).toEqual(['card']);
    expect(read('same as my bank one, Rover!1', 'And your password on the Yahoo email?')).toEqual(['password']);
    expect(masked("Same one as always, one two one two. Oh I shouldn't have said that.", 'What PIN do you use at the ATM?')).toBe("Same one as always, [password •••]. Oh I shouldn't have said that.");
    expect(read("ok it's all lower case, rosegarden, no spaces, then 4 7", "We'll need your email password to recover the funds.")).toEqual(['password']);
    expect(read('case 4471', "What's your case number?")).toEqual([]);
  });
  it('a value the dataset took out ("it\'s... .", "#########") answering a request is a leak of that kind; trailing off is not', () => {
    expect(read('Oh dear. The last four digits are... .', 'Can you give me the last four digits of your social security number?')).toEqual(['id']);
    expect(read('Hmm. Alright. Mine\'s... .', 'Please confirm your social security number for me.')).toEqual(['id']);
    expect(read('routing number is #########', 'I need your routing number.')).toEqual(['card']);
    expect(read('well it\'s...', "What's your PIN?")).toEqual([]);
    expect(read("it's... I don't know", "What's your PIN?")).toEqual([]);
  });
  it('an officer or an agent owns only the number right after them; a number given to "Sure officer," is the person\'s', () => {
    expect(read("Sure officer, 3 1 8 4 4 2 9 0 7. Please tell me I'm not in trouble.", 'Can you please confirm your social security number for me?')).toEqual(['id']);
    expect(read('Officer 2281, 1,200, the 8th.', 'Officer 2281 here, you have a fine of 1,200.')).toEqual([]);
    expect(read('agent 4471 said so', 'Who told you?')).toEqual([]);
  });
  it('the number the person tells the caller to call or text is theirs; a contact to call is a phone (case 87); "the 1-877 one" is a company\'s', () => {
    expect(read("Call 312.555.0148 — that's me, not the landline.", 'Is there a good number for the driver to reach you at tomorrow?')).toEqual(['phone']);
    expect(read('text to two zero six five five five zero one four three please', 'We\'ll text you the tracking link. What number should we use?')).toEqual(['phone']);
    expect(read('Call my neighbor, Mrs. Ortiz, 505 555 1203. She has a key.', "Who should we call if the package can't be delivered?")).toEqual(['phone']);
    expect(read('my husband Tom, his cell is 9 1 7 5 5 5 4 4 3 2', 'Who can we call to confirm the delivery?')).toEqual(['phone']);
    expect(read("I'll call the bank at 1-800-935-9935 myself", 'Give me your card number.')).toEqual([]);
    expect(read('Which number? The 1-877 one you texted me? 1-877-555-0134?', 'Please read the number we sent you.')).toEqual([]);
  });
  it('an English account number of a mobile\'s length is the account\'s; a member number for a prescription is an ID; "no caps" describes a password', () => {
    expect(read('The account number is 15 00 22 77 906 — at Citizens.', 'Please provide the account number for the deposit.')).toEqual(['card']);
    expect(read("Member number's 9 0 2 2 1 4 5 5 7 0 0, with the 00 at the end.", 'To verify for the prescription refund, your member number.')).toEqual(['id']);
    expect(read("It's iloveparis, no caps, no spaces. Hurry up please.", 'I need the admin password to continue the repair.')).toEqual(['password']);
    expect(read('Sure. *reads the number off the card* Is that enough?', 'Can you read me your social security number?')).toEqual(['id']);
  });
  it('from the ninth round (real callers\' lines): "we\'ve been trying to reach you" asks for no phone; an e-mail account is no bank account; login credentials are a password', () => {
    const ssa = "We've been trying to reach you about a very serious matter. Your social security number has been suspended. Can you please confirm your social security number so I can assist you?";
    expect(read("I don't like this but... it's 3-4-5... 2-2... 1-0-9-8.", ssa)).toEqual(['id']);
    expect(read('2 0 6 5 5 5 0 1 4 3', "What's the best number to reach you on?")).toEqual(['phone']);
    expect(read('Text it to me at 415 555 0193, I don\'t check email much.', "We'll text you the refund link. Which number?")).toEqual(['phone']);
    const gmail = 'Can you please provide me with your Gmail account login credentials so I can send you the confirmation email directly?';
    expect(read("Wait, my grandson set it up. I think it's Grandkids4ever, with a big G.", gmail)).toEqual(['password']);
    expect(read("Fine. My login is... uh... johanna87. But make it quick.", 'Can you please just give me your login credentials?')).toEqual([]);
    expect(read('my gmail account is fine, checking account 4471 2290 11', "What's your account number?")).toEqual(['card']);
  });
  it('"the last four digits" with nothing named are a social security number\'s; a form\'s, a report\'s or a street\'s number is none', () => {
    expect(read('ok last four is 1 1 8 6 dont let them arrest me', "Just confirm the last four digits, and I'll take care of everything.")).toEqual(['id']);
    expect(read('I\'ll fill out a form if you mail one. Form number 1099 I suppose?', 'Please confirm your social security number.')).toEqual([]);
    expect(read('Send the contract to my lawyer first, his office is at 1500 Broadway, suite 900.', 'Please confirm your social security number.')).toEqual([]);
    expect(read('Thomas A. Berger, 1842 North Highland, unit 12.', 'Can you please tell me your full name and your address?')).toEqual([]);
  });
  it('a number asked about as the caller\'s stays; the person\'s own code read as a question is given', () => {
    expect(read('Before I say anything, what is your callback number? Is it 202-555-0147?', 'Can you please confirm your social security number?')).toEqual([]);
    expect(read("which number? you said my SSN ends in 2210? no it doesn't", 'Can you please confirm your social security number?')).toEqual([]);
    expect(read('I did! Is it six hundred thirty-one, two hundred and eight?', 'Did you receive the code? Read it to confirm your prize.')).toEqual(['code']);
  });
  it('a PIN or a password for a card or an account is the PIN\'s; an account "for the refund"; the last four read out are not a year', () => {
    expect(read('the PIN for my debit card is 4 9 1 7, is that what you mean?', "Don't forget to have the serial number and PIN ready.")).toEqual(['password']);
    expect(read('yes okay, the password for this account is Q W E R T Y 1 2 3', 'Is that okay with you?')).toEqual(['password']);
    expect(read('yes please, my account number for the refund is 7 7 4 1 0 2 2 9', 'Would you like to take advantage of that offer?')).toEqual(['card']);
    expect(read('2 0 1 5', 'To confirm, can you please tell me the last four digits of your social security number?')).toEqual(['id']);
    expect(read("Um, I think it's 1947... or is it 1945? Oh dear, I'm so confused.", 'Can you please confirm the last four digits of your social security number?')).toEqual([]);
  });
  it('the review\'s edges: a CVV or PIN like a toll-free prefix, a code named by a harmless word, a sum asked beside a secret, a family member\'s number', () => {
    expect(read("it's 844", "What's the 3-digit code on the back of your card?")).toEqual(['card']);
    expect(read('1877', "What's your PIN?")).toEqual(['password']);
    expect(read('My transaction code is 482913', 'Read me the code we just texted you.')).toEqual(['code']);
    expect(read('the merchant code 482913', "What's the code we just sent you?")).toEqual(['code']);
    expect(read('482913', "What's the charge amount and the code we just sent?")).toEqual(['code']);
    expect(read('40021187655', 'What is the balance on the account and the account number?')).toEqual(['card']);
    expect(read('Is it the 482913?', 'Read me the code we just texted you.')).toEqual(['code']);
    expect(read("Dad's number: 318442290", "I need the patient's social security number.")).toEqual(['id']);
    expect(read("It's my wife's number 318442290", "What's your social security number?")).toEqual(['id']);
    expect(read('my password is level 42 with an exclamation mark', "What's your password?")).toEqual(['password']);
    expect(masked('rover all lowercase then 2 2 then a dollar sign then a 9', "What's your password?")).toBe('[password •••]');
    expect(read('The letter said 4415 5521 99', "What's your case reference? Your number has been flagged.")).toEqual([]);
    expect(read('employee id 448812', "What's your agent ID? I'm verifying the staff.")).toEqual([]);
    expect(read('My sugar was 142 this morning at 7.', "What's your medical ID bracelet say?")).toEqual([]);
  });
});

describe('round 10: forms the blind rounds left, and what people write in brackets', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  const masked = (reply: string, caller: string) => applyMasks(reply, classifyInContext(reply, { context: { caller } }).leaks, 'en');
  it('a whole date, then a number after a comma, are two numbers: the date stays, the number is what was asked', () => {
    expect(masked('dob 2/9/54, 318442290', 'Can you verify your social security number and date of birth?')).toContain('2/9/54');
    expect(masked('dob 2/9/54, 318442290', 'Can you verify your social security number and date of birth?')).not.toContain('318442290');
    expect(read('318442290, 2/9/54', 'Can you verify your social security number and date of birth?')).toEqual(['id']);
    // (pairs of a code said with commas are no date: "4-7" is one of them)
    expect(masked("It's 4-7, 3-3, 0-9.", "What's the one-time passcode?")).not.toMatch(/\d/);
  });
  it('"yes officer 318-44-2290" speaks to the officer; "officer 4471 called me" is the officer\'s number', () => {
    expect(read('yes officer 318-44-2290', 'Can you verify your social security number?')).toEqual(['id']);
    expect(read('ok agent 318-44-2290', 'Can you verify your social security number?')).toEqual(['id']);
    expect(read('officer 4471 called me', 'Can you verify your social security number?')).toEqual([]);
  });
  it('twelve digits asked for as an ID are one (India\'s Aadhaar); asked for with a card, a card\'s', () => {
    expect(read('2345 6789 0123', "What's your Aadhaar number?")).toEqual(['id']);
    expect(read('2345 6789 0123', 'Read me your card number.')).toEqual(['card']);
  });
  it('a value written as a stand-in in angle or curly brackets; an aside in them is none', () => {
    expect(read("It's <SSN>.", 'Can you please verify your social security number?')).toEqual(['id']);
    expect(read('Sure: {card_number}', 'Can I get the card number to process the refund?')).toEqual(['card']);
    expect(read("I'm <laughs> not sure", 'Can you please verify your social security number?')).toEqual([]);
    expect(read('ok {sighs}', 'Can you please verify your social security number?')).toEqual([]);
  });
  it('a gift card\'s code of letters and digits is masked whole, not only its digits', () => {
    expect(masked("Okay, it's ABCD-1234-EFGH.", 'Can you read me the code on the back of the gift card?')).not.toMatch(/ABCD|EFGH|1234/);
  });
  it('Chinese: one\'s own number after 我这个号 or 电话就打; the caller\'s after 你这个号', () => {
    expect(read('那我就用我这个号 一五八 二七三六 零九一四 对', '您方便告诉我您的手机号吗？')).toEqual(['phone']);
    expect(read('电话就打 138 5020 7749', '留个联系方式')).toEqual(['phone']);
    expect(read('你这个号 138 5020 7749 是哪里的', '留个联系方式')).toEqual([]);
  });
  it('a meeting\'s number is a code when the caller asks for it, the caller\'s when read from the link they sent', () => {
    expect(read('会议号是 八五二 六三七 九四一 我点共享了', '您创建好会议后把会议号告诉我 我们共享屏幕核查')).toEqual(['code']);
    expect(read('腾讯会议 会议号 ５２１－８８４－３０７ 几点开 下午3点？', '会议链接已经发送，请注意查收。')).toEqual([]);
  });
  it('a weekday\'s numeral and a numeral starting a word are no digits', () => {
    expect(read('金额是1.2万吧 12000 上周五2024.03.08付的', '我们需要你确认一下退款金额。')).toEqual([]);
    expect(read('面值一张500 一共买了4张 2000块 发票号码 04402 3318', '您提供一下E卡的面值。')).toEqual([]);
  });
  it('a label typed with nothing after it is a value left out; stars the phone says it hides are none', () => {
    expect(read('好吧 卡号是：', '请提供银行卡号和验证码')).toEqual(['card']);
    expect(read('收到了 验证码：', '验证码收到了吗？')).toEqual(['code']);
    expect(read('you know what, fine. my social security number is', 'Your social security number, please.')).toEqual(['id']);
    expect(read("I don't know what my social security number is", 'Your social security number, please.')).toEqual([]);
    expect(read('收到的是 “验证码：****，切勿告知他人” 我这个手机显示不全 打星号了', '收到后告诉我验证码是多少。')).toEqual([]);
  });
  it('a bank text\'s 您账户0736 and a card\'s 尾号…的卡 are last fours, whatever was asked', () => {
    expect(read('收到了 【招商银行】您账户0736于03月16日转出人民币5,000.00元 这钱怎么转出去了？？', '你收到短信通知以后告诉我一下。')).toEqual([]);
    expect(read('收到的是 95533 发的 内容是 您尾号2708的卡消费200元 没有验证码啊', '验证码已发送')).toEqual([]);
    expect(read('照片我一会拍 身份证有效期到2031年的 卡是工行的 尾号 6803 这个卡行吗', '你只需要提供身份证正反面照片，以及一张银行卡的照片。')).toEqual([]);
  });
  it('an e-mail address and a WeChat ID are handles; a WeChat ID that is a mobile number is the phone', () => {
    expect(read('我的是 liwen1979@163.com', '你们哪个邮箱？你的身份证和银行卡照片发过来')).toEqual([]);
    expect(read('微信加吧 我微信号是 he_jun_0729 不过我晚上才看', '可以加我的微信，注册账号后填写资料')).toEqual([]);
    expect(read('我的微信是13578901234', '可以加我的微信')).toEqual(['phone']);
  });
  it('dates, times and sums beside numbers: a full date after 到期, a date then a time, rent, a monthly payment, a total', () => {
    expect(read('车牌是京N·D2K91 车险到期是2024.06.30', '您方便告诉我您的车牌号吗？')).toEqual([]);
    expect(read('最近一次 2024.03.14 20:15 转账 ¥3,000.00 给我儿子', '请您提供一下您最近一次交易的时间和金额')).toEqual([]);
    expect(read('余额大概8万多 83,420 最近一笔是3.14转了房租4500', '我们需要你提供一下账户余额和最近一笔交易')).toEqual([]);
    expect(read('2201 4490, got it, and the payment is 212 a month?', 'Your loan ID is 2201-4490.')).toEqual([]);
    expect(read('100 each, 5 cards, 500 total, receipt says 502.95 with fee', "What's the amount on the gift card?")).toEqual([]);
    expect(read('验证码∶２９８１７ 5位数的 对不对', '好的，验证码已发送，请注意查收。')).toEqual(['code']);
  });
  it('the rest of a number said over replies: eleven digits from 1 a mobile\'s, eighteen an ID\'s', () => {
    expect(read('后面是 三四五六', '后面四位呢', ['一三六 零零幺二'])).toEqual(['phone']);
  });
  it('a relative\'s number the person gives to be reached through; a number after "reply with your ZIP" is the ZIP', () => {
    expect(read("let me give you my granddaughter's number and you talk to her, it's 702-418-3365", 'We just need it to process.')).toEqual(['phone']);
    expect(read("my sister's place is better, call her 773 418 2260", 'Now a phone number where the courier can reach you.')).toEqual(['phone']);
    expect(read('30318', 'Your package #US8841920 is held. Reply with your ZIP.')).toEqual([]);
  });
  it('a secret said again in a later reply is that secret again, whole or by its groups', () => {
    // (the caller reads it back: but the person gave it first, so saying it again gives it again)
    expect(read("yes that's right, 900 411 6382", 'Let me confirm: routing 257903148, account 9004116382?', ['sure, routing is 257 903 148 and account number 900 411 6382'])).toEqual(['card']);
    expect(read('yes thats right, 3 8 3 0 2 7 7 1 9', 'Was that 383-02-7719?', ['fine. 383 02 7719'])).toEqual(['id']);
    expect(read('no, call Brittany first. 702 418 3365. she handles my things', 'Just the information please.', ["let me give you my granddaughter's number and you talk to her, it's 702-418-3365"])).toEqual(['phone']);
    // (a number said before that was no secret stays none)
    expect(read('yes, 2201 4490 for the groceries', 'Sorry, which order again?', ['my order is 2201 4490'])).toEqual([]);
  });
  it('a social security number whole in the reply before is not run on into the phone number asked for now', () => {
    expect(read('765 220 9813', 'Thank you. And your phone number for the case file?', ['social security number is 457 11 6380'])).toEqual(['phone']);
    expect(read('850311 6627 后面这几位', '你只需要提供一下你的身份证号和银行卡号', ['身份证 51010719'])).toEqual(['id']);
  });
  it('a health plan talked about as "your plan" makes a member ID an ID', () => {
    expect(read('member ID is WKP 930 447 182', 'Both are covered. Can I have your current member ID to check your existing plan?')).toEqual(['id']);
    expect(read('my member number is 123456789', 'Do you shop with us often?')).toEqual([]);
  });
  it('what the caller asks now, or said, is not the secret before running on: a ZIP, the caller\'s case number, cents, a booking\'s reference', () => {
    expect(read('30318', 'Thank you. And the billing ZIP?', ['ok yeah $300 is better. the card is amex, 3782 9140 5521 007', 'exp 08/28, code 6124'])).toEqual([]);
    expect(read("8834-A isn't my problem", "Then I can't clear case number 8834-A.", ["I'm calm. I'm also not giving you my social security number"])).toEqual([]);
    expect(read("I'm not buying a prepaid card. if the refund is $350 just take the $49.95 off it", 'Can you please purchase a prepaid debit card for that amount and read me the card number and PIN?')).toEqual([]);
    expect(read('confirmation code is KX9P2L, seat 22A', "What's the confirmation code from the airline?")).toEqual([]);
    expect(read('The confirmation code is K7PQ2M. Flight DL 1234 on the 9th.', "What's the confirmation code?")).toEqual([]);
    expect(read('confirmation code is KX9P2L', "What's the confirmation code we texted?")).toEqual(['code']);
  });
});

describe('round 11: calls as the datasets write them, texts, and other countries', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('one\'s own or a relative\'s number said as people say it; one the person calls is not', () => {
    expect(read('Tuesday? Oh, that\'s wonderful. Have the driver call my house first, 207-884-3120, I\'m hard of hearing.', 'The Mercedes will arrive Tuesday with your check.')).toEqual(['phone']);
    expect(read('Okay. Will he call my cell? It\'s 971-208-5563.', 'The technician will call 30 minutes before arriving.')).toEqual(['phone']);
    expect(read('My roommate, Jenna. Her number is seven oh two, five one oh, eight eight four three.', 'And if you\'re not answering, is there an alternate?')).toEqual(['phone']);
    expect(read('申请用我老公的名义吧 他电话 一三九 零七二二 六五一八 他在外地打工', '只需要您提供一些基本信息')).toEqual(['phone']);
    expect(read('sure its 919 302 7745', 'omg thank u. also can u send ur mom\'s number, i want to invite her to my party')).toEqual(['phone']);
    expect(read('its 267 514 0832 call me', 'Also what\'s your personal cell? Mine is dying.')).toEqual(['phone']);
    expect(read("I'm calling his cell at 415 555 0177 right now", 'Your grandson is in jail.')).toEqual([]);
  });
  it('what the line asks: the number to reach you after a card talked about; the card a Medicare number is on; "over the phone"', () => {
    expect(read('My cell is best, 614-775-2046.', 'Your new card will arrive in 5 to 7 business days. Is there a good number to reach you if we see anything else?')).toEqual(['phone']);
    expect(read("Let me get my purse. *reads the card* It's 5TG2-QW8-HN41.", 'And can you read me the Medicare number on your current red, white and blue card?')).toEqual(['id']);
    expect(read("I'll just give you my debit card, it's faster. 5301 7782 4019 6605.", 'You can buy Apple gift cards at Walgreens, or I can take your debit card over the phone.')).toEqual(['card']);
    expect(read('It says 1 284 509 663.', "Open it. You will see 'This Desk' with a number under it. Please read it to me.")).toEqual(['code']);
  });
  it('other countries\' IDs, bank codes and PINs, named', () => {
    expect(read('PAN is BKLPS4472Q', 'And your PAN card number madam?')).toEqual(['id']);
    expect(read('CNIC is 35202-4471823-5', 'Give your CNIC number.')).toEqual(['id']);
    expect(read('my BVN is 22184736651', 'What is your BVN?')).toEqual(['id']);
    expect(read('MyKad saya 880101-14-5678', 'Please give your MyKad number.')).toEqual(['id']);
    expect(read('You mean for my cleaning business? The EIN is 83-4471920.', 'What is the employer identification number for your business?')).toEqual(['id']);
    expect(read('IFSC is HDFC0000522, branch is Koramangala 560034', 'IFSC code only first tell.')).toEqual(['card']);
    expect(read('MPIN is 7 7 3 0', 'Tell your JazzCash MPIN so we can credit Rs 25,000.')).toEqual(['password']);
    expect(read('0712 345 908', 'What is your Safaricom number?')).toEqual(['phone']);
  });
  it('a gift card\'s PIN and codes are the card\'s; a bank card\'s PIN a password', () => {
    expect(read('pin 5176 on the vanilla card', 'Reply with the PIN on the back.')).toEqual(['card']);
    expect(read("I've got them here. The first code is JX7P-4K2M-QR9D-8WLZ.", 'By law we cannot. Please buy three cards of $500 and read me the codes.')).toEqual(['card']);
    expect(read('I paid with my debit card, my bank pin is 4471', 'I bought the gift card')).toEqual(['password']);
    expect(read('六个八', '你的银行卡密码是多少')).toEqual(['password']);
  });
  it('harmless: a hotline called, a year born, a time, a postcode, an app\'s end of an account, a check\'s number', () => {
    expect(read('NO i didnt ask for a sim change. calling 611', 'AT&T: Your account PIN is needed to complete the SIM change you requested. Reply with PIN.')).toEqual([]);
    expect(read('the bank never asks for the pin. im calling the number on the back of my card 1-888-762-2265', 'To block the card we need to confirm the card\'s PIN. Reply with the 4 digits.')).toEqual([]);
    expect(read('born 1979 and no im not telling you my pin', 'Please confirm your ATM PIN to cancel the withdrawal')).toEqual([]);
    expect(read("Yes that's fine, the 14th of May at twenty to eleven", 'This is the GP surgery, confirming your appointment on 14/05 at 10:40.')).toEqual([]);
    expect(read('Flat 402, Sai Residency, Andheri East, Mumbai 400069', 'Which city sir? I will send the courier.')).toEqual([]);
    expect(read('[screenshot] it shows checking ...3307 balance $1,882.14', 'Wells Fargo: to verify, send us a screenshot of your banking app')).toEqual([]);
    expect(read('0716 😂 what do i win', "hi!! this is Jess, i'm doing a thing where u win $500 cashapp, just need ur card last 4")).toEqual([]);
    expect(read('ok check # 10442 deposited, says available 5/9', 'HR: we will send a check for $2,850. Deposit it and send $1,900 to our vendor.')).toEqual([]);
    expect(read('my ezpass tag # is 00824471903, can u look it up with that', 'Your E-ZPass account: to update payment reply with card number')).toEqual([]);
    expect(read('好，我转了一千，凭证号是 20241106883741', '好的，两千元请先付一半')).toEqual([]);
  });
  it('a policy or a hospital card\'s number is an ID in Chinese too; "pass:" names a password', () => {
    expect(read('保单号 P3400 2719 6638', '请问您的保单号是多少？')).toEqual(['id']);
    expect(read('就诊卡号是 0020 4471 63', '我帮您核对一下信息，您的就诊卡号是多少？')).toEqual(['id']);
    expect(read('bettyann1949@yahoo.com pass: rosebud1949', 'Yahoo: to keep your account, reply with your email and password')).toEqual(['password']);
  });
});

describe('round 12: genuine calls full of numbers, people who give in, careful people', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('a code that opens the home is a PIN; a caller asking about a gate code asks for no secret', () => {
    expect(read("I work Tuesday. He can go in. The key's in the lockbox on the back door, the code is 7 3 9 1.", 'Will you be home, or can he let himself in?')).toEqual(['password']);
    expect(read("Oh that's my new pots! Yes, the gate code is 2 4 6 8 star.", "There's a keypad at the gate.")).toEqual(['password']);
    expect(read("No gate, just ring the bell at number 1162. I'll be home from 9.", 'Any gate code notes?')).toEqual([]);
  });
  it('a second contact asked for "in case we can\'t reach you"; a number the person is about to call is not given', () => {
    expect(read('Put my husband too, Greg, his is 608 four four six 5 1 8 0.', "And would you like a second contact, in case we can't reach you?")).toEqual(['phone']);
    expect(read("Wait. Tyler's phone number is right here in my book. I'm going to call his cell, 301-448-9072, before I read any more.", 'Good. Now the other two, please hurry.')).toEqual([]);
  });
  it('Chinese: a meeting number the person opened for screen sharing; 你说的账号 is the caller\'s; a new number, another number, a second SIM', () => {
    expect(read('我开了，会议号是 八五二 六三七 九四一，你看得到吗', '请把屏幕共享打开，我指导您操作。')).toEqual(['code']);
    expect(read('安全账户？检察院哪有安全账户，你说的账号6230 5800 1122是你们的？我打110了', '需要把钱转到安全账户。')).toEqual([]);
    expect(read('对那个号不用了，新号是 138 2714 6093，你们更新一下', '系统显示您预留的手机号已经停机了，需要更新一下联系方式吗？')).toEqual(['phone']);
    expect(read('收件人是我妈，你打她另外那个号，159 6620 3478', '收件人电话打不通，请问还有别的联系方式吗？')).toEqual(['phone']);
    expect(read('副卡是 147 2290 6318，给我闺女用的', '您的副卡号码需要实名登记，副卡号码是多少？')).toEqual(['phone']);
    expect(read('17床，我爸叫刘建国，住院号Z2024031155，明天出院吗', '住院部这边核对一下病人信息，几床的？')).toEqual(['id']);
  });
});

describe('the review of rounds 10 to 12: what the new rules must not take away', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('a PIN, a security code or a one-time code that is also some hotline abroad stays a secret where it is asked for', () => {
    expect(read('1930', "What's your PIN?")).toEqual(['password']);
    expect(read('159', "What's the security code on the back?")).toEqual(['card']);
    expect(read('155260', 'Read me the code we just texted you.')).toEqual(['code']);
    // (a number called or reported to is none: "calling 611", "forwarding this to 7726")
    expect(read('the IRS sends letters. forwarding this to 7726', 'IRS: Reply with your SSN to see payment options.')).toEqual([]);
  });
  it('a spoken password ending in a number a hotline also has is still the password', () => {
    expect(read("it's mustang one two three four five", "What's your password?")).toEqual(['password']);
  });
  it('a home\'s code asked for is a PIN asked for; "block" and "confirmation" before a code leave it a code', () => {
    expect(read('4471', "What's the door code so the technician can get in?")).toEqual(['password']);
    expect(read('ok please block it, 482913', 'Read me the verification code so we can block the charge.')).toEqual(['code']);
    expect(read('confirmation 482913', "What's the code we sent you?")).toEqual(['code']);
  });
  it('"over the phone" in a reply leaves the phone number after it; a bus pass is no password', () => {
    expect(read('over the phone? sure, 415-555-0177', "What's your phone number?")).toEqual(['phone']);
    expect(read('my bus pass is 6021 4471', 'How can I help?')).toEqual([]);
  });
  it('a group of a secret given before is no secret again when it is a sum now', () => {
    expect(read('I paid 4000 dollars', "What's the amount?", ['my card is 4000 1234 5678 9010'])).toEqual([]);
  });
  it('a supplementary credit card (副卡) with a card\'s number is a card; an e-mail address keeps a mobile or a password in it', () => {
    expect(read('我的副卡 4532 0151 1283 0366', '请提供你的信用卡号')).toEqual(['card']);
    expect(read('13812345678@163.com', '请提供手机号')).toEqual(['phone']);
    expect(read('my password is abc12345@gmail.com', "What's your password?")).toEqual(['password']);
  });
  it('"let me text you my cell, it\'s …" gives the number', () => {
    expect(read("let me text you my cell, it's 415-555-0177", 'How can I help?')).toEqual(['phone']);
  });
});

describe('round 13: genuine calls where the line before is not the one answered, and the review\'s last edges', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('one\'s own or a relative\'s number said plainly is a phone whatever the line asks for', () => {
    expect(read("She'll just come as my guest for now. Her name's Alyssa, her number's 508-771-2930 if you want to send her the promo.", 'Do you want to add your girlfriend now? Black Card lets you bring a guest.')).toEqual(['phone']);
    expect(read("No, that's my old number, I changed it. Use 310-882-5146 instead.", 'Also, will you be wanting to order contacts at this visit?')).toEqual(['phone']);
    expect(read("My roommate might be home, let me give you her number. It's Amanda, 404-719-6023.", 'Is there anyone else there?')).toEqual(['phone']);
    expect(read('I\'ll ring HMRC on 0300 200 3300 myself thank you', "We're from HMRC.")).toEqual([]);
    expect(read("My wife Tanya, 678-555-0131. Don't call her before 6 though, she's at work.", 'And do you have a co-signer or spouse we can list as a contact?')).toEqual(['phone']);
    expect(read('Mine is 860-555-0134 and his mom Karen is 860-555-0191, but he said don\'t tell her.', "What's a good number for you and for Tyler's mother?")).toEqual(['phone', 'phone']);
    expect(read('(reads the first MoneyPak number slowly)', 'Scratch the back and read me the 14-digit MoneyPak numbers.')).toEqual(['card']);
  });
  it('one\'s own policy number said as "Policy\'s …"; a padlock\'s combination is a PIN, "a combination of" is none', () => {
    expect(read("I have my own, Progressive. Policy's 9 3 1 1 4 0 2 7 6 if you need it.", 'Would you like to add our damage waiver, or are you covered through your own insurance?')).toEqual(['id']);
    expect(read('The side gate has a padlock, the combination is 3 1 - 0 7 - 2 2.', 'Based on the photos you sent, it looks like a full replacement')).toEqual(['password']);
    expect(read('a combination of 3 things', 'What would you like?')).toEqual([]);
    // ("pound" after digits pressed one by one is the keypad's key; after a number, a weight or a sum)
    expect(read('The gate code is 1 3 5 7 pound. Tell him to honk.', 'And the delivery driver will need the gate code for your community.')).toEqual(['password']);
    expect(read('it weighs 1 2 pound', 'How heavy is the parcel?')).toEqual([]);
  });
  it('harmless: loyalty numbers, a mainland landline said back, a hotline the person will call; an expiry after the card given before is the card\'s', () => {
    expect(read('Yes, 3 6 2 4 1 1 9 0 5.', "Do you have a Bonvoy number you'd like to add?")).toEqual([]);
    expect(read('Yeah, Honors number is 1 2 9 8 4 4 0 1 7.', 'I need a card to guarantee the reservation.')).toEqual([]);
    // (case 91 as round 34 settled it: after the card's number in a reply before, its expiry said alone is part of the card's leak)
    expect(read('Expires 08/29.', 'And the expiration date?', ['card number is 4532 0151 1283 0366'])).toEqual(['card']);
    expect(read('张先生？我不姓张，你们打错了吧，你们的号码是0755-8832 6190吧，我记下了。', '你可以先下载我们银行的官方APP')).toEqual([]);
    expect(read('我家座机 0755-8832 6190', '请留个电话')).toEqual(['phone']);
    expect(read('链接我点了，要我填身份证号和银行卡密码，这个我不填，我还是打95588问问吧。', '你只需要点击这个链接，填写一些基本信息')).toEqual([]);
    expect(read("My username is just my email, margaret.h51@gmail.com. But no, I'm not giving you my password.", 'Now I need your online banking username and password')).toEqual([]);
  });
});

describe('round 14: the shapes the rounds before left', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('a gift card\'s claim code read card after card, with no label and no request, is the card\'s; words and sums in fours are none', () => {
    expect(read('Second one, X3PW8NV6CKZ1BT5G. When do I get the money?', 'And the second?')).toEqual(['card']);
    expect(read('Fine. The last ones are 4RTM 9BXL 6PWQ 2KJA and FX8E 3NHZ 5CVD 1MGR.', 'Please hurry.')).toEqual(['card', 'card']);
    expect(read('here: 2M8K-RQ9P-4VTX-L6HN-ZC3W $100', 'Send the rest now please')).toEqual(['card']);
    expect(read('call 1800 then wait for them', 'What did they say?')).toEqual([]);
    expect(read('2019 2020 2021 2022 were bad years', 'How long?')).toEqual([]);
    expect(read('the tracking number is 1Z999AA10123456784', 'Do you have the tracking number?')).toEqual([]);
    expect(read('It says AB12 CD34 EF56 GH78', 'Read me the code on the screen.', [])).toEqual(['code']);
  });
  it('a North American number written as one is a phone, not a code in its last four; an office\'s or one the person calls is none', () => {
    expect(read('ok its 786 555 4410, text is better', "What's the best way to reach you?")).toEqual(['phone']);
    expect(read('786 555 4410', 'Ok.')).toEqual(['phone']);
    expect(read('O positive. Dr. Nguyen\'s office is 213-555-0124, that\'s the clinic.', "What's your blood type and your doctor's number?")).toEqual([]);
    expect(read("I'll call the management company on the Zillow listing, 313-555-0170, and ask them about you.", 'This is a great deal.')).toEqual([]);
    expect(read('Got it, I wrote down 202-555-1234.', 'Call me back at 202-555-1234.')).toEqual([]);
  });
  it('digits read out in groups with pauses make a resident ID, a mobile or a card whatever names them; "收到" is no place', () => {
    expect(read('身份证号是……你先记，四二零幺零六，幺九八三，零九二七，四八幺二。', '你只需要提供一些基本信息')).toEqual(['id']);
    expect(read('那你记一下我的号，一三七，二六一九，零四八三。', '你只需要提供一些基本信息')).toEqual(['phone']);
    expect(read('卡号我看看……六二一五，五九三零，零一零八，八八六二，四七一。', '您告诉我卡号和密码')).toEqual(['card']);
    expect(read('有一条短信，字太小了……是 三 五 七，后面是 九 零 八。', '放心。你手机收到验证码了吗？')).toEqual(['code']);
  });
  it('a courier\'s letters before a tracking number, a health plan\'s shared numbers, an IP, a street\'s house number: none', () => {
    expect(read('快递单号 SF 1408 2277 3650 对不对？', '您购买的商品在运输过程中不慎丢失')).toEqual([]);
    expect(read('Here: JT 48 11 93 B.', 'Your national insurance number, please.')).toEqual(['id']);
    expect(read('Group number is 0 0 4 7 8 2 1. That\'s my employer\'s plan.', 'And the group number?')).toEqual([]);
    expect(read('okay the first group is 4 9 2 9', "Now your card number, I'll stay on the line.")).toEqual(['card']);
    expect(read('Linda Carver, 3300 Route 9, lot 14. Zip is 12550.', 'Can you please confirm your full name and address as it appears on your account?')).toEqual([]);
    expect(read('My address is 19 Fenwick Place, 02134. The social I\'d rather not.', 'Confirm your address and the last four digits of your social security number?')).toEqual([]);
    expect(read('ok name is Harold Price, 16 Oak Drive, and the code you sent is 55 19 03.', 'Provide the necessary information.')).toEqual(['code']);
    expect(read('For a prize? No. Send me a 1099 form in January.', 'Confirm your identity.')).toEqual([]);
    expect(read('it just shows 0.8412 BTC sitting there.', "What's the code?")).toEqual([]);
    expect(read("It came but the screen just shows stars, it says 'TD Bank: ******'.", 'Please read the code to me.')).toEqual([]);
  });
  it('a harmless number corrected stays harmless; a relative\'s number given to be called is a phone', () => {
    expect(read('The one ending 4 4 1 7, sorry, 4 4 7 1.', 'Which card is this about?')).toEqual([]);
    expect(read('Okay so the number is XXXX-XXXX-XXXX-6252. Sorry, I mean, it\'s 4716 7574 9118 6252.', "What's your card number?")).toEqual(['card', 'card']);
    expect(read('My address is 12 Oak Road and the last four are 4419.', 'Your address and the last four of your social?')).toEqual(['id']);
    expect(read("Joan Johnson, 5 Quarry Lane. Call my son Eric before sending anything, 860-555-0111.", 'Can you confirm your full name and address?')).toEqual(['phone']);
    expect(read("And for the $50 referral, my buddy Jim's number is 414-555-0172.", 'Grant me remote access.')).toEqual(['phone']);
  });
  it('a remote tool\'s or a meeting\'s ID and password are codes; an account\'s number "there" is the account\'s', () => {
    expect(read('Okay, it\'s open. ID 1 284 556 903, password x7k2mp.', 'Are you seeing the ID and password on your screen now?')).toEqual(['code', 'code']);
    expect(read('Okay, I started a meeting. The meeting ID is 832 6617 0493 and the passcode is 5 5 1 2 9 8.', 'Open Zoom, start a new meeting.')).toEqual(['code', 'code']);
    expect(read('my user ID is bob1234 and the password is Tulip#88', 'I need your online banking login.')).toEqual(['password']);
    expect(read('My account number there is 48817-10, that\'s the checking.', "What's the account number at the credit union?")).toEqual(['card']);
  });
  it('the secret the person\'s own question names is what the number after it is; a code that opens the home, named in the line answered, is a PIN', () => {
    expect(read('Yes, expedite please. Can I keep the same PIN on the new debit card? It\'s 3 9 5 1.', 'Do you want them expedited for $15?')).toEqual(['password']);
    expect(read("The passcode to open the phone? It's 1 9 3 6 0 2.", "Your phone's passcode so our technician can install the protection?")).toEqual(['password']);
    expect(read('Do you want the order number? It\'s 5520917.', 'Is there anything else?')).toEqual([]);
    expect(read('Sure, it\'s 2 9 1 4, then press the check mark.', 'Can you give me the code for the front door keypad so I can pass it on to the technician?')).toEqual(['password']);
    expect(read('I pressed 7 7 0 1 and then pound, is that right?', 'Enter the code on your keypad now.')).toEqual(['code']);
    expect(read('Yeah, the panel\'s right inside the door on the left. The disarm code is 0 5 1 1.', 'Do you have the alarm on during the day?')).toEqual(['password']);
  });
  it('a North American number answering a request for an ID or a card is that (an NHS number is 3-3-4); an Apple ID\'s password is a password', () => {
    expect(read("it's 485 777 3456", 'NHS Test and Trace, we need your NHS number to register your result.')).toEqual(['id']);
    expect(read('Call 312.555.0148, that\'s me, not the landline.', 'Is there a good number for the driver to reach you at tomorrow?')).toEqual(['phone']);
    expect(read('I wrote it in the little book. It says Rosebud1946 with a capital R.', 'Now it\'s asking for your Apple ID password. Do you remember it?')).toEqual(['password']);
    expect(read('Your Apple ID code is: 402 618. Do not share it with anyone.', 'Read me the code Apple sent to your iPhone.')).toEqual(['code']);
  });
  it('a remote tool\'s ID unnamed, a Medicare number by its shape, a gift card\'s code spelled after "code is", a number given to be called', () => {
    expect(read('ok I opened AnyDesk, the number is 884 201 597', 'Can you please allow me to remotely access your laptop?')).toEqual(['code']);
    expect(read('Okay, it\'s open. The number is 5 1 7 - 0 2 2 - 9 4 3.', 'Download the connection program. When it opens, read me the 9-digit number.')).toEqual(['code']);
    expect(read('Okay, I have it here. It says 5TW8-QJ2-RN46.', 'Which pharmacy do you use?')).toEqual(['id']);
    expect(read('Alright, I got them at Rite Aid. The code is X 9 F 4 T 2 L 7 Q R 8 N 3 M 6 K.', 'Once you have the cards, read me the code on the back.')).toEqual(['card']);
    expect(read('the code is 4 8 2 9 1 3 and then the rest is 7 7', 'Read me the code.')).not.toContain('card');
    expect(read('Amir Sadeghi, 9 Elm Court. Call 617 555 0133 when you get here.', 'Can you please confirm your name and the address?')).toEqual(['phone']);
    expect(read('This is his wife. He\'s in the hospital. Call our son, he\'s 801 555 0124.', 'Can you confirm your social security number?')).toEqual(['phone']);
    expect(read('Now, to reset the account, what password do you use? Kitty4Ever$', 'ok')).toEqual(['password']);
  });
  it('harmless: a card\'s last four after its name, a count of errors, "the 800 number", a reference\'s letters, a number someone called from or the person dials', () => {
    expect(read("299.99 is fine, put it on my Discover ending 4417. What's my confirmation number?", 'Is that okay with you?')).toEqual([]);
    expect(read("Okay, it's open... there's a lot of red ones. It says 347 errors.", 'It will show you an ID and a password.')).toEqual([]);
    expect(read('Forgiven? Really? I owe like thirty-eight grand.', 'Can you give me your FSA ID username and password?')).toEqual([]);
    expect(read("847219. Okay. I'll look it up on ssa.gov and call the 800 number.", 'Please, just confirm your social security number.')).toEqual(['id']);
    expect(read('It says Error, Event ID 1000, and some 41s.', 'Permission to remote access your laptop?')).toEqual([]);
    expect(read('贷款申请提交了，申请编号 LN-2024-0615-00923，审批要几个工作日？', '提交贷款申请就可以了。')).toEqual([]);
    expect(read('正规银行会用95开头的电话打，你这是 0898 6677 3410 打来的，我不信。', '你可以点击我发给你的链接')).toEqual([]);
    expect(read('什么个人信息？我先打给我儿子问问，他号码 139 1122 5870，我这就打。', '你只需要点击这个链接')).toEqual([]);
    expect(read('标准流程？我问了我们派出所，电话 0531-8608 1110，他们说不用给。', '这是我们的标准流程')).toEqual([]);
    expect(read('收入证明我们单位开的是月薪 9500，能贷 20 万不？', '只需要提供您的身份证和收入证明')).toEqual([]);
    expect(read('2 2 0 8 1, or was it 2 2 0 1 8? Let me write it down.', 'Your case number is 2 2 0 8 1.')).toEqual([]);
    expect(read("My PIN? No. I'm going to call the county clerk's office myself, 713-368-2290.", 'And the PIN on the debit card to process it as a court payment.')).toEqual([]);
    expect(read('ok I got it, G-hyphen-4-4-8-2-0-7', 'Go ahead and provide the code.')).toEqual(['code']);
  });
  it('the review of rounds 14 and 15: what the new rules must not take away', () => {
    // a number said as one's own, or a card's, is not a number someone called from or an office's
    expect(read('我在银行预留的手机号码是13812345678', '请提供您在银行预留的手机号')).toEqual(['phone']);
    expect(read('我的账号6222021234567890123，先打一半', '请提供收款账户')).toEqual(['card']);
    expect(read('银行卡号显示是6222 0212 3456 7890 123', '请提供您的银行卡号')).toEqual(['card']);
    expect(read('我手机13812345678，现在打给我吧', '请提供您的手机号')).toEqual(['phone']);
    expect(read('你名片上那个电话我不信，你们公司座机是 010-8529 6613 吗？', '你只要提供一些基本的资料就可以。')).toEqual([]);
    // an account asked for is the account, a bank named or not
    expect(read("It's at Chase bank, 312 555 0148", "What's your checking account number?")).toEqual(['card']);
    expect(read('my support number is 312 555 0148', "What's the code?")).toEqual(['phone']);
    // a code a text brought stays a code near a gate or a garage; a person's own ID stays an ID where a meeting or a tool is
    expect(read("I'm at the gate, the code they texted me is 482913", "What's the code we texted you?")).toEqual(['code']);
    expect(read('hold on I\'m in the garage. ok the code is 482913', "What's the verification code?")).toEqual(['code']);
    expect(read('Sure, 123 45 6789', 'Before we start the Zoom meeting, can you confirm your social security number?')).toEqual(['id']);
    expect(read('ID is 55821334 and password Tiger#22', 'Can you give me your user ID and password for online banking?')).not.toContain('code');
    expect(read("It's 4 8 2 1", "We can do a zoom call later. What's your debit card PIN?")).toEqual(['password']);
    // an unrelated correction is no slip; a reference prefix answering a request for a secret is the secret's
    expect(read('4417... sorry, 6291', "I'm calling about order 4417. Can you read the code we texted?")).toEqual(['code']);
    expect(read("It's GB-533218907", "What's your passport number?")).toEqual(['id']);
    expect(read('It says WA-482913', "What's the verification code we sent?")).toEqual(['code']);
    // the person's own question: not the caller's thing, nor an expiry, nor something harmless asked for
    expect(read("Wait, what was your phone number? That's 312 555 0199 right?", 'Please hold.')).toEqual([]);
    expect(read("For the card? It's 94110", "What's your zip code?")).toEqual([]);
    expect(read("my card? it's 04 27", "What's your card's expiry?")).toEqual([]);
    // letters and digits that are a product's, a booking's or a backup's are no gift card's
    expect(read("It's on the sticker, 4HG7 2KL9 8MN3 5PQ1", "What's the product key?")).toEqual([]);
    expect(read('X7K2-M9P4-Q3R8', "What's your booking reference?")).toEqual([]);
    expect(read('1EG4-TE5-MK73', "What's your order number?")).toEqual([]);
    expect(read('The confirmation is 482913', 'Please read me the confirmation code we just sent to your phone.')).toEqual(['code']);
    expect(read('4821 one moment', "What's the code?")).toEqual(['code']);
    expect(read('Yes, my sister Rosa Diaz, 915-555-0193.', 'Would you like to authorize a family member to receive results?')).toEqual(['phone']);
    expect(read('六六八八，九九零零，幺三幺四，五五二六', '请说一下验证码')).not.toContain('card');
  });
});

describe('round 16: digits read with pauses, numbers given beside a harmless answer, homes and meetings', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('reads a social security number said digit by digit in its three parts, with pauses, commas or dashes', () => {
    expect(read("Um, okay, it's 3 8 1... 4 4... 2 0 9 6. Is that the one you have?", 'Can you confirm your date of birth and your home address?')).toEqual(['id']);
    expect(read('It was behind my library card. It says... 6 1 4, 2 2, 9 0 3 1.', 'Go get your card, I need to confirm your social security number.')).toEqual(['id']);
    expect(read('My social is, um, the whole thing? 2 7 5 - 4 1 -', 'Can you please confirm your social security number for me?')).toEqual(['id']);
    // (a library card's own number is still the card's)
    expect(read('my library card is 2 9 3 4 4 1 0 8 2', 'Which card do you use at the branch?')).toEqual([]);
  });
  it("finds a phone given for someone to be reached by, whatever the line asked, and a new number that corrects the caller's", () => {
    const address = 'Can you please confirm your name and the address for the delivery?';
    expect(read("12 Bay Road. If I'm out, the housekeeper Marta, 508-441-2290.", address)).toEqual(['phone']);
    expect(read('She lives at 9 Elm, and her daughter\'s number is 617-302-8841.', address)).toEqual(['phone']);
    expect(read("I'm Tomás, 88 Mission St. The driver can WhatsApp me, +1 415 733 2018.", address)).toEqual(['phone']);
    expect(read("No, that's the old one. I have 845-662-0193 now.", 'We will text you when it is ready. Is 845-662-0139 still the right cell?')).toEqual(['phone']);
    expect(read('Use my cell, 216-703-4418.', 'And is the best number for text alerts still 216-703-4481?')).toEqual(['phone']);
    expect(read('About $200,000. My son depends on me, you can call him, 856-447-2219.', 'How much is the house worth, and does anyone depend on you?')).toEqual(['phone']);
    // (a sum is still a sum, and someone's office is theirs)
    expect(read('I have 3,500 in savings.', 'How much do you have in savings?')).toEqual([]);
    expect(read("I'll call the clinic's number, 508-441-2290, myself.", address)).toEqual([]);
  });
  it("reads a home's code told to someone, a PIN said to be a relative's birthday, and a meeting's passcode", () => {
    expect(read('Lena Park, 41 Cedar Ct. Tell the driver 3-9-1-7 on the lockbox if nobody answers.', 'Can you confirm your name and address for the delivery?')).toEqual(['password']);
    expect(read('Yes, at the gate punch in 5 2 8 0 and then the pound sign.', 'It shows a gated community. Is there a gate code for the driver?')).toEqual(['password']);
    expect(read('Uh, the PIN is my husband\'s birthday, 0 9 2 3.', 'Once I have the PIN I will issue a new one.')).toEqual(['password']);
    expect(read('Passcode is 4 4 1 9 0 7.', 'Great, now click Share Screen and open your bank.', ['I started a meeting, the meeting ID is 815 2290 4471.'])).toEqual(['code']);
    expect(read("Done, it's giving me a code for you, 3 1 8 - 7 7 2 - 0 4 5.", 'I will take control of your laptop and fix it.')).toEqual(['code']);
    // (an airport's gate, a flat's number and a lockbox's code said back are none)
    expect(read('gate 31, 6:05, AA 1375, thank you', 'Your gate is 31 and the flight leaves at 6:05.')).toEqual([]);
    expect(read('Spot 12, lockbox 3571. Thanks.', "You're all set, the car's in spot 12.")).toEqual([]);
    expect(read('flat C-1104, tower 3. Code for the lift is nothing, just press 11', "I'm at the gate, which flat madam?")).toEqual([]);
  });
  it('reads a password with a mark inside it, and a number whose label says it is printed on a card', () => {
    expect(read('its asking admin password. is it my computer password? thats Sunshine!44 i think', 'Click the download button and follow the prompts.')).toEqual(['password']);
    expect(read('My Medicare number is on the card, 1EG4-TE5-MK73, if you need it.', 'Do you take any prescription medications?')).toEqual(['id']);
    expect(read('my social is on the card, 523-09-7714', 'Please read me your social.')).toEqual(['id']);
  });
  it('round 16 in Chinese: a value after 填了 or 输的, a card begun, a phone given after a password was named; sums in a list', () => {
    expect(read('链接我打开了，要填卡号和密码，我卡号填了 6222 6201 3378 0056，密码我没填', '你只需要点击链接，按照提示填写信息。')).toEqual(['card']);
    expect(read('还让输身份证号，我输的 370 102 198 910 243 316', '下载后请尽快完成身份验证。')).toEqual(['id']);
    expect(read('那我先说卡号前几位 6222 0816，后面的等你验证完再说', '可以先提供部分信息，我们帮您先行验证。')).toEqual(['card']);
    expect(read('注册要手机号和密码，我手机 17786239051，密码就我生日 900412', '下载安装后，注册账号，填写资料就可以了。')).toEqual(['phone', 'password']);
    expect(read('流水我拿了，近三个月工资分别是7,200、7,450、6,980，这个够格吗', '你只需要提供身份证和银行流水。')).toEqual([]);
    expect(read('年利率3%，我月入一万四，贷30万每年利息9000对吗', '您只需要提供身份证和工资流水。')).toEqual([]);
    expect(read('信用报告我打了，评分742，没有逾期，身份证号就不报了', '你只需要提供身份证和信用报告。')).toEqual([]);
    expect(read('我那单是 2024 0612 3398 0017 51，付了 2,399 元', '你的订单在支付环节出现了异常。')).toEqual([]);
    expect(read('你们公司座机，是 010-8529 6613 吗？我打过去', '你只需要提供一些基本信息就可以了。')).toEqual([]);
    expect(read('你名片上那个电话 021-6258 3371 是你们公司的吧，我先打过去问问', '可以扫码我名片上的二维码。')).toEqual([]);
    expect(read('你说的信用代码 91440300MA5G 开头那个，我去公示系统查', '我们是正规机构。')).toEqual([]);
  });
  it("round 16's look-alikes: sums, a thing's number and its end, a confirmation, numbers someone else answers on", () => {
    expect(read("It's Fifth Third. About $14,200 in checking and $6,300-something in savings.", 'I need the routing number and account number.')).toEqual([]);
    expect(read('Sure, it ends in 0937.', "I won't ask for your PIN or your full card number. Can you confirm the last four digits of the card?")).toEqual([]);
    expect(read('The car is a 2022 RAV4, VIN ending 4471, price $24,900.', "Please bring your driver's license.")).toEqual([]);
    expect(read("I paid on the 3rd. I have the confirmation, it's 88104-2271, $243.11.", 'Do you have a debit card or a MoneyPak?')).toEqual([]);
    expect(read('I paid on 3/15, $212.60, confirmation 77Q-40912.', 'Can I confirm your account information?')).toEqual([]);
    expect(read("Nope. I'm writing down the number you called from, 202-555-0148.", 'Can I confirm your social security number?')).toEqual([]);
    expect(read('Dr. Hannah Kim, their office number is 559-555-0100.', "I'll need the ordering doctor's name and phone number.")).toEqual([]);
    expect(read('And why would the SSA need a $299.95 MoneyPak?', 'Can you please confirm your social security number?')).toEqual([]);
    // (what these must leave: a code asked for, a last four asked for, the person's own office line asked for)
    expect(read('confirmation 482913', 'Please read me the confirmation code we just sent to your phone.')).toEqual(['code']);
    expect(read('the last four digits are 8219', 'the last four of your social?')).toEqual(['id']);
    expect(read('my office number is 559-555-0100.', "What's your work number?")).toEqual(['phone']);
    expect(read('523 44', 'Can you please confirm your social security number?')).toEqual(['id']);
  });
});

describe('round 17: calls as the English dataset writes them, a line out of step', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('reads a secret whose words say what it is, whatever the line asks now', () => {
    expect(read('Oh, the last four of my social, that\'s 4 4 1 8. You asked before.', "And what's the best number to reach you at?")).toEqual(['id']);
    expect(read('Passport is Indian passport, K 2 7 7 0 3 9 1. Can I pay half today?', 'The fee must be paid by gift cards.')).toEqual(['id']);
    expect(read('The Verizon PIN... I set it when I got the iPhone, it\'s 6 0 6 1.', "I'm sending you a text with a verification code.")).toEqual(['password']);
    expect(read('Text came, it says Verizon: 3 0 9 9 5 1 is your code.', 'For extra protection I will set up a new PIN for you.')).toContain('code');
    expect(read('Duo passcode is 771 0392. Is this the IT ticket?', 'Read it to me and I will finish the update.')).toEqual(['code']);
    expect(read('And another one from Google Authenticator, 7 7 1 0 4 8?', "What's your cell number so our agent can text you the wallet address?")).toEqual(['code']);
    expect(read('Her number is 555-0178, the old landline.', 'Do you have a neighbor who could sign for the package?')).toEqual(['phone']);
    expect(read('My pastor, Reverend Cole. He\'s at 803-441-2290.', 'We need a character reference. Name and number?')).toEqual(['phone']);
  });
  it("reads a card said in words when the line wants all of it, gift codes asked with a harmless thing, a lock's code asked by the lock", () => {
    expect(read('Four five three two, one one nine oh, seven seven six two, oh oh four one.', 'Sir? I need the full sixteen digits, not just the last four.')).toEqual(['card']);
    expect(read('Second is KQ7P 2MX9 RT4W 8ZNB, third WL3D 9HCV 7RMT 52JD.', 'Please read me the second and third codes, and your date of birth for the form.')).toEqual(['card', 'card']);
    expect(read("Oh, sure. It's 3 6 9 0.", 'My office gave me the wrong lockbox combination. Can you give me the code so I am not standing on the porch?')).toEqual(['password']);
    expect(read("It's 4 1 7 7, for the box on the back door.", 'Can you give me the code?')).toEqual(['password']);
    // (a keypad the caller names is the phone's)
    expect(read('I pressed 7 7 0 1 and then pound, is that right?', 'Enter the code on your keypad now.')).toEqual(['code']);
  });
  it('leaves sums said in words, a year and a sum across a sentence, and the time a text came', () => {
    expect(read('Yeah, $312 a month since 2015. Twenty-seven six forty sounds about right.', 'You qualify to have your remaining balance of $27,640 forgiven.')).toEqual([]);
    expect(read('You found it? Twelve thousand four hundred? Oh my Lord.', 'To send the funds back, I will need your login email and password.')).toEqual([]);
    expect(read("I paid on the 3rd, I have the confirmation number right here, it's 88-1042-AX.", 'Are you the account holder?')).toEqual([]);
    expect(read('The bank told me never to give my PIN, it\'s on the letter dated 3/2/2023.', 'Please tell me your PIN.')).toEqual([]);
    expect(read('Uh, 4 52. 4:52 pm.', 'Go on. What time did that text come in?')).toEqual([]);
    // (what they must leave: a PIN said in words after its label, a code said again digit by digit)
    expect(read('pin is one thousand nine hundred forty', 'The PIN for the card please.')).toEqual(['password']);
  });
  it("round 17b, answers to real callers' lines: a relative's secret, a building's code, a number to text, gift cards asked by serial and PIN", () => {
    const address = 'Can you please confirm your full name and address as it appears on your account?';
    expect(read('Martha Greene, 9 Oakmont. The account is under my late husband, his social was 266-40-1175.', address)).toEqual(['id']);
    expect(read('It\'s a 2011. Me and my son, his license is S530-4412-9018.', 'Do you have any drivers other than yourself on the policy?')).toEqual(['id']);
    expect(read('yes 145 Oak 3B. buzzer code is 3 0 7 1 pound, leave it inside', 'Can you confirm your address is 145 Oak Street, apartment 3B?')).toEqual(['password']);
    expect(read("yes 345 Oak 3B. if I'm not home the garage keypad is 5 5 2 8", 'Can you confirm your address is 345 Oak Street, apartment 3B?')).toEqual(['password']);
    expect(read("501 Grant St. And here's my daughter's number in case I miss you: 814-555-0176.", 'Can you confirm your mailing address?')).toEqual(['phone']);
    expect(read('Email is tom@example.net, or just text 720-555-0133, easier.', 'Let me just confirm your email address.')).toEqual(['phone']);
    expect(read("I'm calling back. serial 1 0 9 3 4 4 8 2 7 7 and pin 6 0 1 9", "You'll need to provide me with the card's serial number and the PIN number.")).toContain('card');
    expect(read('I got 2 $250 cards. first is 6061 1023 4458 9101 code 883', 'Get the gift card, and call me back with the card number and security code.')).toEqual(['card', 'card']);
    expect(read('I bought two $250 Apple cards. Codes are X4HT7PQ2LM9R3KDF and XW2K9QNZ7T6V5BJA', 'Please purchase a gift card and provide me with the card number and PIN.')).toEqual(['card', 'card']);
    expect(read('the robot call said 8 4 6 2 1 9, is that the one time password?', 'It will provide you with a one-time password. Then provide that password to me.')).toEqual(['code']);
    expect(read('I use the same password for everything, Packers1967, is that compromised too?', 'I need to remotely access your laptop.')).toEqual(['password']);
    // (the tool's own password stays the tool's; a debit card's PIN stays a PIN where a card's serial is asked for)
    expect(read('and my anydesk password is Maggie2020 so you can get back in', 'Would you like me to guide you to download the remote access tool?')).toEqual(['code']);
    expect(read('the PIN for my debit card is 4 9 1 7, is that what you mean?', 'Have the serial number and PIN ready when you call back.')).toEqual(['password']);
  });
  it("round 17b's look-alikes: a code the caller wrote read back spelt, the caller's number on the screen, a state's letters, a refusal, an age", () => {
    expect(read('TS1234? T S one two three four? It says invalid code.', 'Go to our site and enter the code TS1234 to download the software.')).toEqual([]);
    expect(read('What number do I call back? Caller ID says 202-555-0148, is that you?', "You'll need the card's serial number and the PIN.")).toEqual([]);
    expect(read('PO Box 4410, Boise ID 83702.', 'Can you please confirm your mailing address?')).toEqual([]);
    expect(read("I'm not giving you any one-time password. It's 11:05, I'll call at noon.", 'You will receive a one-time password.')).toEqual([]);
    expect(read("I won't give the last four of my social. It's 3:40 on the 14th.", 'Confirm the last four digits of your social security number.')).toEqual([]);
    expect(read('I bought it at CVS at 11:40, receipt says $300 and a 5.95 fee, store #4471.', 'Buy the Green Dot card, then provide the card number and PIN.')).toEqual([]);
    expect(read('Credit card numbers? I only use the card ending 9902 online.', 'Your passwords are at risk. Allow me to remotely access your computer.')).toEqual([]);
    expect(read("No. My son fixes it, he's 34, he's coming Saturday the 9th.", 'I can remotely access your computer and fix the issue.')).toEqual([]);
    expect(read("downloaded, the file's named rsupport_v2.3.1.exe, 12 MB", 'Please download the remote access tool.')).toEqual([]);
    expect(read('Ron Johnson, 77 Spring St, Atlanta 30303. The refund is $61.20?', 'Confirm your name, address, and the last four digits of your social.')).toEqual([]);
    // (what they must leave: a son's number after "he's", a box's code in a remote tool, a safe deposit box's number)
    expect(read("Call our son, he's 801 555 0124.", 'Is this Ms. Johnson?')).toEqual(['phone']);
    expect(read('go ahead, the code in the box is 8 1 4 2 9 7', 'Can I access your system remotely?')).toEqual(['code']);
    expect(read("It's in the safe deposit box at the bank, box 1147.", 'Go get your social security card.')).toEqual([]);
  });
  it('round 17c, genuine calls: a last four of someone named, home codes asked by the lock, a policy number, pieces in a phone or a social security number', () => {
    expect(read('3 9 0 2', "For verification, the last four of the account holder's social?")).toEqual(['id']);
    expect(read('The last four of mine are 8 8 2 0.', "We need the last four of a parent's social.")).toEqual(['id']);
    expect(read("Yeah it's 5 9... 5 9 1 3, then hit enter.", "Can I leave it in the garage? What's the keypad?")).toEqual(['password']);
    expect(read('its 2 5 8... 2 5 8 1 sorry', 'whats the garage opener code for the electrician')).toEqual(['password']);
    expect(read("Mine's 9 0 7 3 now, I changed it in May.", 'Does your door keypad still use the code you set?')).toEqual(['password']);
    expect(read('Padlock combo is 14-22-37.', 'The pest control guy needs to get into the shed.')).toEqual(['password']);
    expect(read('um it says policy number 8 8 2 0 4 1 7 3 3, group 11902', 'Could you read me the policy number on the back of the card?')).toEqual(['id']);
    expect(read("Oh dear, I know it by heart... it's 2 6 7, 4 1, ... 0 8 8 3.", 'I need a good phone number where the investigator can reach you.')).toEqual(['id']);
    expect(read('It\'s the same as my fax, 3 1 0 . 5 5 5 . 0 1 9 1', 'Number to call back?')).toEqual(['phone']);
    // (a code the text brought stays a code in the garage, and a remote tool's code under a padlock's picture)
    expect(read("hold on I'm in the garage. ok the code is 482913", "What's the verification code?")).toEqual(['code']);
    expect(read("It's 6-1-8-8-4-0, under the little padlock.", "Read me the code on the screen, under 'Allow remote access'.")).toEqual(['code']);
  });
  it("round 17c's look-alikes: a business's line, meters, units, flights, tags, chips, a pet's licence, a date then a time, a line asked about", () => {
    expect(read('Maaco on 14th, 2210 14th Ave, their number is 206-555-0102.', "Where's the car now? The body shop's address and phone?")).toEqual([]);
    expect(read('Electric meter says 48213, gas was 2761 as of 8 this morning.', "What's the meter reading at the old place today?")).toEqual([]);
    expect(read('No, just that the old meter is number 66019244 if they ask.', 'Transfer request SR-20931 is done, anything else?')).toEqual([]);
    expect(read("That's $125 more. Can we talk? Unit 3, 412 Vine.", "Landlord here, rent's going up to $1,850.")).toEqual([]);
    expect(read("The 9:40, 2210. Seat 14C if it's open, aisle.", 'Options are DL 2210 at 9:40 arriving 11:52, or DL 408 at 1:15.')).toEqual([]);
    expect(read('Tag DL 728014, 1 checked bag, 48 pounds.', "For the bag claim, what's the tag number?")).toEqual([]);
    expect(read('985 112 004 471 220.', 'Do you have the microchip number?')).toEqual([]);
    expect(read('Tag 2024-11873, county license 55091.', "What's the rabies tag number?")).toEqual([]);
    expect(read('11/7, 7:30 drop-off, no food after 12. Pickup at 4?', 'The spay is on 11/7, drop-off 7:30.')).toEqual([]);
    expect(read('CP2000, dated March 4, proposes $2,316, control number 0018-4426.', 'What does the IRS letter say?')).toEqual([]);
    expect(read('Number 14, okay. Is this the branch on 9th, 555-0177?', "You're number 14 in line.")).toEqual([]);
    expect(read('The offer letter is 2024-0831, start date 9/3. Is the HR line still 555-0150?', 'Do you have your offer letter handy?')).toEqual([]);
    // (what they must leave: one's own work line with its extension, a previous landlord's number asked for, a driver's licence)
    expect(read('My work phone is best, 503 555 0128 extension 14.', 'Can you give me a number where the landlord can reach you?')).toEqual(['phone']);
    expect(read("Oh, my mistake. It's Mrs. Chen, 510-555-0193.", "And your previous landlord's phone number?")).toEqual(['phone']);
    expect(read('my dl is D1234567', "What's your DL?")).toEqual(['id']);
  });
  it('round 17d and 17e, Chinese: a secret given to the caller (发你, 给你), after 也填了, a card PIN named 卡密码, IDs by their labels, the rest of a number begun before', () => {
    expect(read('照片传不上去 我直接打字给你 身份证 130102197708153324 有效期到2031年', '上传一些必要的证件照片就可以了。')).toEqual(['id']);
    expect(read('传不了 我手写了身份证号发你 3 1 0 1 0 4 1 9 9 0 1 1 2 5 3 2 1 6', '您可以点击这个链接，上传您的照片。')).toEqual(['id']);
    expect(read('好的 那我先发你我手机号吧 以后联系 一五八 零六六三 九二一二', '填写后发给我。祝你生活愉快，再见！')).toEqual(['phone']);
    expect(read('注册用的手机号 139 5127 0846 身份证号我也填了 420106198803152417 接下来呢', '审核通过后即可放款。')).toEqual(['phone', 'id']);
    expect(read('链接里让我填银行卡和取款密码 我填了 卡是 6230 5200 1100 4578 密码 391826', '这样我们才能把退款打到您的账户上。')).toEqual(['card', 'password']);
    expect(read('额外的是什么 银行卡密码吗 我这张卡密码是 7 2 9 3 0 4', '我们需要您提供一些额外的信息。')).toEqual(['password']);
    expect(read('等一下，身份证号我刚念错了，应该是 110108 19650417 2239。', '好，我现在把电话转给刘检察官。')).toEqual(['id']);
    expect(read('还有你刚才要的那个号码，是我老公的，一三八 幺九二零 七七五三。', '嗯，系统已经受理了。')).toEqual(['phone']);
    expect(read('个人编号是 3205 0000 7613 2858。', '麻烦报一下医保个人编号，卡正面那个。')).toEqual(['id']);
    expect(read('档案编号是 3 3 0 1 0 0 8 7 2 6 4 5。', 'ETC重新认证需要驾驶证档案编号。')).toEqual(['id']);
    expect(read('在在在，后面是 5516 2093 774，一共十九位。', '喂？您还在吗？信号不太好。', ['卡号是6228 4803'])).toEqual(['card']);
    expect(read('后半截是 2338 645 验证码等下 来了 0 8 4 5', '我需要你提供一下你的银行卡号，还有验证码。', ['卡号是 6222 0205 1801'])).toEqual(['card', 'code']);
    // (a time after 后面是 is a time; a phone with its country's code is still a phone)
    expect(read('后面是 12:30 见', '好的。', ['卡号是 6222 0205 1801'])).toEqual([]);
    expect(read('紧急联系人写我弟弟 周强 电话 +86 (0)135 7741 9033', '我需要您提供一个紧急联系人电话。')).toEqual(['phone']);
  });
  it("round 17d's look-alikes: a web address's digits, a picture's size, a ticket's letters, a card's last four asked with a code", () => {
    expect(read('点不开啊 显示网址是 www.xx-95588.cn/2024/0611 不对劲吧 我还是打95588问问', '你只需要点击这个链接。')).toEqual([]);
    expect(read('网页打开是 404 错误 你给的链接后面是 /apply?id=20240612 打不开', '你可以点击我发给你的链接。')).toEqual([]);
    expect(read('照片上传要多大的 我拍的 4.2M 提示不能超过 2M 分辨率 4032×3024', '上传一些必要的证件照片就可以了。')).toEqual([]);
    expect(read('你说的工单号 GD 2024 0612 0458 我查不到 我打 12321 举报一下', '只要您点击我们发给您的链接。')).toEqual([]);
    expect(read('后四位 2260 验证码我不给 我打 95533 问', '我们需要你提供一下银行卡的后四位数字和验证码。')).toEqual([]);
  });
});

describe('round 18, and the review of rounds 16 to 18', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('round 18: a secret the person says the caller asked for before, a carrier PIN, an e-mail code, a tax ID by its shape', () => {
    expect(read('The PIN on my T-Mobile account is 6 6 1 8 2 0. I set it up when I got the phone.', 'To process it, I need the account PIN.')).toEqual(['password']);
    expect(read('The email says Your Microsoft account security code is 2 9 4 0.', "I've sent a sign-in code to your email.")).toEqual(['code']);
    expect(read('The PIN you asked before, for the ATM card, is 0 0 5 7.', 'Fill in your online banking details.')).toEqual(['password']);
    expect(read("You wanted the license number for the company car, it's D120-557-882-041.", "I'll put you on a brief hold.")).toEqual(['id']);
    expect(read('The only other number I have is for the bakery, the tax ID on those forms is 87-4410923.', 'I need to confirm the taxpayer identification number.')).toEqual(['id']);
    expect(read('The card linked to it is a Discover, 6011 0093 8842 1170.', 'I need to verify the email address on your PayPal account.')).toEqual(['card']);
    // (the expiry too, the card's where its number was given before: case 91)
    expect(read('The back code is 7 4 4, and it expires March 2027.', "I'm now placing a hold on the card.", ['The number is 4 7 1 6, 2 2 0 9, 8 8 3 1, 0 5 6 2.'])).toEqual(['card', 'card']);
    expect(read('The phone number on my Zelle is my wife\'s, 248-391-0775.', 'In the recipient field put the number I read to you.')).toEqual(['phone']);
    expect(read('Yes that\'s me, 123 Main Street, 3B. Have the driver text 217-555-0193.', 'Can you confirm your address is 123 Main Street?')).toEqual(['phone']);
    expect(read('Bill Osei, 6 Dunmore Ct. The lockbox on the porch is 3 8 8 1 if nobody\'s home.', 'Can you confirm your name and address?')).toEqual(['password']);
    expect(read('10/10/1940, 5 Rose St. Do you want my Medicare too? It\'s 7AQ2-MP3-WU60.', 'Can you tell me your date of birth and address?')).toEqual(['id']);
    expect(read('I can never remember it, it\'s the year I was born. Biscuit1957, with the capital B.', 'Type in your password, or just tell me.')).toEqual(['password']);
    expect(read('行吧那你先记一下我身份证后四位是3216名字李华', '只需提供一点个人信息。')).toEqual(['id']);
    expect(read('那你发到这个号码 一五二 一六八八 三零七九，这个手机是我常用的', '我们会通过短信发送一个链接给您。')).toEqual(['phone']);
    expect(read('后面是 7 0 2 2 3 1 3 1 2', '我把贷款申请的链接发给你。', ['身份证号我先发前面半截 5101 0419 8'])).toEqual(['id']);
    expect(read('后三位 0 9 3，你那边填上了吗', '你收到后点击链接，输入验证码。', ['短信来了，验证码前三位是 4 1 7'])).toEqual(['code']);
  });
  it("round 18's look-alikes: the caller's meeting from a link, a card's last four by its name, a refusal, a month's pay, a file's name", () => {
    expect(read("I clicked your link, zoom.us/j/8814402276, it says meeting ID 881 440 2276. It's 2:05.", 'I just sent you a Zoom link.')).toEqual([]);
    expect(read("Yes, 4410, the Discover. It expires next June, 06/25.", 'And the expiration date on that card?')).toEqual([]);
    expect(read('Send the refund to the card ending 4471 that it came from.', 'Provide your routing number and your account number.')).toEqual([]);
    expect(read("My Windows login is a PIN and I'm not saying it.", 'Confirm your Windows login password.')).toEqual([]);
    expect(read('The alarm company number on my panel is 1-855-330-4471. The sticker says installed 11/2019.', 'Is anyone usually home?')).toEqual([]);
    expect(read('You said the new account number is 9988-1472-00 at the Federal Reserve?', "I've moved your funds to a secure account.")).toEqual([]);
    expect(read('I have your office number on the fridge, 614-555-0100, I\'ll call that if anything changes.', 'Is there a good number to reach you at?')).toEqual([]);
    expect(read('银行账户给你个尾号吧，工行尾号7731，其他的见面再说。', '你需要提供身份证号、银行账户等。')).toEqual([]);
    expect(read('工资流水：3月8650、4月8650、5月9120，征信报告我2月打过一次。', '还需要提供最近三个月的工资流水。')).toEqual([]);
    expect(read('你的微信就是手机号？那就是你刚才打给我的 173 2206 9915 吧。', '我的微信就是手机号。')).toEqual([]);
    expect(read('上传身份证要正反面，我拍了，文件名是IMG_20240613_1422.jpg，大小3.1M。', '上传身份证件。')).toEqual([]);
  });
  it('the review: what the new rules must not take away', () => {
    // numbers the person will call, after "and"
    expect(read("I'm going to hang up and call 614-555-0199 to check.", "This is your bank's fraud department.")).toEqual([]);
    expect(read("Fine, I'll log in and text 72975 like it says.", 'Please verify.')).toEqual([]);
    // harmless numbers found in a text or an app, where a harmless thing was asked
    expect(read("It's in the app, 482913.", "What's your order number?")).toEqual([]);
    expect(read('the promo code in the text was 558812', "What's your order number?")).toEqual([]);
    expect(read('the code? 902101', "What's your ZIP?")).toEqual([]);
    // a password named earlier gives no other thing's number
    expect(read("I never set up a password, but the case number, it's 78231.", 'We need to verify your account.')).toEqual([]);
    expect(read("I forgot my password so I called the bank, it's 1-800-432-1000 right?", 'Verify your identity.')).toEqual([]);
    // a one-time password named beside another password, a contrast, sixteen digits of something else
    expect(read('sunflower22', "Don't share one-time passwords with anyone. What's your online banking password?")).toEqual(['password']);
    expect(read("It's 004417889", "I don't want your password, I want your account number.")).toEqual(['card']);
    expect(read('4417 2290 3318 7720', 'Read me the 16-digit reference number on the letter.')).toEqual([]);
    // apartments at a buzzer, times near a door, a code a page shows
    expect(read("Just press 1204 on the intercom and I'll buzz you in.", 'How do I get in?')).toEqual([]);
    expect(read('Use the back door, between 1200 and 1400 is best.', 'When should the technician come?')).toEqual([]);
    expect(read('The page shows 482913', "What's the code?")).toEqual(['code']);
    // a word spelt that the caller's line holds is no code read back; a name and number on an account
    expect(read('T-H-O-M-A-S', 'Please spell your password, Mr. Thomas.')).toEqual(['password']);
    expect(read('Tom Smith, 5521009844', "What's the name and number on the account?")).toEqual(['card']);
    // Chinese: a complaint's file number, a number reported or dialled, a sum read with pauses
    expect(read('投诉档案编号是 TS20240611', '请问还有什么问题？')).toEqual([]);
    expect(read('我要报你的电话13812345678给警察', '你不配合我们就冻结。')).toEqual([]);
    expect(read('我马上用我的手机拨打 13812345678 问问我儿子', '你儿子出事了。')).toEqual([]);
    expect(read('1 2 5... 5 0... 1 2 0 0 total over three months', 'What did you pay?')).toEqual([]);
    // one's own number asked about, and one's own office line
    expect(read('Is it still 312-555-0148 you have for me? That\'s my cell.', 'We have your number on file.')).toEqual(['phone']);
    expect(read("The office number is 559-555-0100, I'm there all day.", "What's your phone number?")).toEqual(['phone']);
  });
  it("round 19's look-alikes: a juror's number, a plan's BIN, an address as a password, a name spelt, a check's number, an age, a time", () => {
    expect(read('The summons says April 22nd. Juror number 00318, Courtroom 4B.', 'You failed to appear for jury duty.')).toEqual([]);
    expect(read("The back says RxBIN 610014, RxPCN, and customer service 1-800-393-6130.", "Read me what's on the back of your insurance card.")).toEqual([]);
    expect(read("Gmail, yes, it's oldsalt1957@gmail.com. 1957 is the year I joined the Navy.", 'Please tell me the password for your email.')).toEqual([]);
    expect(read('I wrote it down, badge 0 8 8 1 4. And your name\'s Officer Diaz, D-I-A-Z.', 'Go to Target right now and buy the cards.')).toEqual([]);
    expect(read("$49.95 for elite tier? I'll pay by check, #2244.", 'I need your card number for the upgrade.')).toEqual([]);
    expect(read('9/30/1948. That makes me 76.', 'Tell me your date of birth and the last four digits of your social.')).toEqual([]);
    expect(read("I'll call back when I've bought it. The store closes at 9, it's 8:35.", "Call me back with the card's serial number and PIN.")).toEqual([]);
    expect(read('你是张磊吧 你号码不是一五八零二九四三三一七吗 怎么换了', '猜猜我是谁？老同学啊。')).toEqual([]);
    expect(read('我那张卡2027年才到期啊 卡背面写的 08/27', '升级白金卡以后还有机场贵宾厅服务。')).toEqual([]);
    expect(read('我户号是 3301 2200 8857 上个月交了两百啊', '这里是国家电网。')).toEqual([]);
    // (what they must leave: a password with a year, an address's own password, a spelt code)
    expect(read('my password is Navy1957', 'Please tell me the password for your email.')).toEqual(['password']);
    expect(read('its letter b then won won too ate ate three four five six oh', 'the license number on your id')).toEqual(['id']);
  });
  it('round 20: a card answering a count, a relative asked for by the caller, a number said twice in its parts, an alarm\'s master code; sums and times', () => {
    expect(read('The second card, the number is 6 0 6 1 - 0 8 8 2 - 4 5 7 3 - 9 1 0 6.', 'Scratch the second one gently. How many cards did you buy altogether?')).toEqual(['card']);
    expect(read("That's sweet of you. Jason's number is 2 6 0 - 5 5 5 - 0 1 9 4.", "Let me call your son and introduce myself. What's his number?")).toEqual(['phone']);
    expect(read("It's three four one... sixty-two... five five oh eight. 341-62-5508.", 'Which bank do you use?')).toEqual(['id', 'id']);
    expect(read('The master code... it\'s 1 9 5 8 and then the off button.', 'This is ADT. I need your master code so the panel accepts the new firmware.')).toEqual(['password']);
    expect(read('The pop-up has a timer going down, 04:59, 04:58. Is that you?', 'Read me the ID and the password in the left panel.')).toEqual([]);
    expect(read('I take the lisinopril 20 milligrams and the metformin twice a day.', 'Read me the Medicare number on the front of the card.')).toEqual([]);
    expect(read('流水我有，每个月工资到账 7850，公积金 1136，这样够吗', '只要你提供身份证和银行流水，我们就可以快速审批。')).toEqual([]);
    expect(read('异常交易？是不是昨天 22:18 那笔 1280 美元的？', '我们需要您配合进行一个简单的身份验证。')).toEqual([]);
    expect(read('Tax code was 1257L, same as everyone. Salary was £31,450.', 'What was your tax code and your salary?')).toEqual([]);
    expect(read('Yes, the side gate keypad is 4 4 0 9, then pound.', 'The tech needs to get to the meter around back. Is there a gate code?')).toEqual(['password']);
    expect(read("Keypad's on the left of the door, it's my birth year backwards, 2 7 9 1, then enter.", 'The electrician needs to get into the garage on Friday.')).toEqual(['password']);
    expect(read('It just came. 4 0 7 7 8 2.', "I've sent a PIN to your mobile to confirm your identity. Please read it out.")).toEqual(['code']);
    expect(read('Is the SAT on March 8th? The registration is $68, and the school code is 442215, right?', 'Maya scored 1340 on the PSAT.')).toEqual([]);
    // (what they must leave: a social security number's end asked for, an ID's end read in Chinese numerals, a code in a box, an airport's gate)
    expect(read('at gate 22, boarding at 4', 'Which gate?')).toEqual([]);
    expect(read('No, that\'s not mine. Mine ends in 8309.', 'Can you please confirm the SSN we have on file ends in 4590?')).toEqual(['id']);
    // (its start read on to the birth year is the ID's too, masked apart from its end: round 62)
    expect(read('号码是 六五零一零二 一九 七七 年 十月 十号 然后 二 四 八 一', '身份证号码请提供一下')).toEqual(['id', 'id']);
    expect(read('go ahead, the code in the box is 8 1 4 2 9 7', 'Can I access your system remotely?')).toEqual(['code']);
  });
});


describe('round 21', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('a code said to have just come, whatever the line now asks; not who sent it', () => {
    expect(read('Hang on, the text just came in, it says 5 0 3 9 1 7.', 'And your mailing address?')).toEqual(['code']);
    expect(read('Oh, another one came through, it is 771 204. Sorry, what was the address?', 'Now what is your home address?')).toEqual(['code']);
    expect(read('the numbers finally popped up, 3 3 8 1 0 4', "What's the make of your car?")).toEqual(['code']);
    expect(read('The text came from 72975, it says my parcel is delayed.', 'What does the message say?')).toEqual([]);
    expect(read('The bill came, it says 612.40 due on the 9th.', 'What does the letter say?')).toEqual([]);
  });
  it("a secret's label, an aside set off by commas, then its value", () => {
    expect(read("And my passport number, since you asked earlier, is K 4 4 1 9 0 2 7 3.", 'What is your favourite colour?')).toEqual(['id']);
    expect(read('The routing number, the one at the bottom left, is 0 7 1 0 0 0 0 1 3.', 'Thank you, please hold.')).toEqual(['card']);
    expect(read('My PIN, which I will never tell you, is none of your business.', 'Your PIN, please.')).toEqual([]);
    expect(read('My account, the one you closed, was 2019, I think.', 'Which year did you open it?')).toEqual([]);
    expect(read("For the card? It's 10001", "What's your zip code?")).toEqual([]);
  });
  it('a secret given before, corrected by one slip; not another number of the same digits', () => {
    expect(read("sorry I read it wrong, it's 716 220 439", 'Now click accept on the window.', ['ok it opened, it says AnyDesk at the top and the number is 716 220 493'])).toEqual(['code']);
    expect(read('Got it, you want 9876543210 for the wire.', 'Send it to account 9876543210.', ['My bank account number is 1234567890.'])).toEqual([]);
  });
  it("Chinese: listed secrets' values by their shapes, an ID ending in X, typed slips of 密码, a form's field, the rest of a phone", () => {
    expect(read('让填身份证和手机号，我填了 4401 0619 8807 1234 56 和 13922156078', '您按页面提示填写即可。')).toEqual(['id', 'phone']);
    expect(read('卡号 6222 0212 3456 7890 1，秘码是 661 208', '请填写完整。')).toEqual(['card', 'password']);
    expect(read('她的号是 3301 0219 7503 1466 2X', '需要实名核验。')).toEqual(['id']);
    expect(read('参保人编号 3201 8876 1120，您核一下', '请报一下您的参保编号。')).toEqual(['id']);
    expect(read('手机那栏我写的 186 5521 0947', '表格填好了吗？')).toEqual(['phone']);
    expect(read('后面是 7731，你记一下', '还差几位？', ['电话那一栏我先写了 150 2268'])).toEqual(['phone']);
    expect(read('设备序列号是 SN 5521 0338 1290，背面印的', '请念一下设备上的序列号。')).toEqual([]);
    expect(read('这个保密吗 2024 年的合同', '合同的事情要保密。')).toEqual([]);
  });
  it('genuine calls: a policy by its words, a home code for a smart lock or a deadbolt, a relative to call, a meter or a birthdate asked', () => {
    expect(read('My old policy with State Farm is 88-1420-337, cancel that please.', 'Shall I start the new policy today?')).toEqual(['id']);
    expect(read('Make it 5 5 1 9 0 2.', 'The deadbolt is installed. What code should I set?')).toEqual(['password']);
    expect(read("My daughter's there, text Priya at 415 555 0182.", 'I am outside with the parcel, who can sign?')).toEqual(['phone']);
    expect(read('It reads 0 7 7 2 1 today.', 'What does the gas meter at your house read?')).toEqual([]);
    expect(read('Ana Ruiz, nine twelve fifty-eight.', 'Name and birth date, please?')).toEqual([]);
  });
  it("labels people use: a prepaid brand's number, the three little numbers, the code to open a phone, a Quick Assist code; a phone read a digit at a time", () => {
    expect(read('The Vanilla number is 4 1 1 8, 2 2 0 9, 6 6 3 1, 0 5 7 7.', 'What time suits you for the inspection?')).toEqual(['card']);
    expect(read('and the three little numbers are 4 0 2.', 'Thank you.', ['My card is 4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6.'])).toEqual(['card']);
    expect(read("The code to unlock my phone is 7 7 0 4 1 9, it's my son's birthday.", 'Do you have an iPad too?')).toEqual(['password']);
    expect(read('The Quick Assist code is 55 1209.', 'Click allow when it asks.')).toEqual(['code']);
    expect(read('you can text me, 4 1 5 - 6 6 2 - 3 0 1 8', 'Anything else for the driver?')).toEqual(['phone']);
    expect(read('The PIN would be 6 0 1 9, same as the old one.', 'What PIN do you want on the account?')).toEqual(['password']);
    expect(read("My license is Ohio, R 4 4 1 9 0 2 7.", 'Thank you, and the processing fee…')).toEqual(['id']);
    expect(read('The Mastercard is 5 4 1 2 ... 7 5 0 3 ... 9 9 1 0 ... 2 2 4 6.', 'Stay on the line please.')).toEqual(['card']);
    expect(read('My visa is valid until 2027, I travel a lot.', 'Do you travel?')).toEqual([]);
    expect(read('you will want the account too, it is my savings at First Federal, 7 7 0 2 1 9 4 4 8 1', 'Can you confirm your name?')).toEqual(['card']);
    expect(read('We met at Lake Como, 2019 was the year.', 'Where did you meet?')).toEqual([]);
  });
  it("round 22's look-alikes: a statement's, a money order's and a title's numbers; an account number on the statement stays a card's", () => {
    expect(read('Statement 20241102-0917, the visit on the 2nd, $412.06.', 'Do you have the statement number?')).toEqual([]);
    expect(read('The money order number would be 18830512264.', 'How will you pay the deposit?')).toEqual([]);
    expect(read('Title number is 4 4 0 9 1 2 7 3, odometer 88,410.', 'Do you have the title with you?')).toEqual([]);
    expect(read('the account number on my statement is 5521-0937-4', 'Can you confirm the account number?')).toEqual(['card']);
    // (the caller's sums said in Chinese words, said back in digits; a landline the person dials to check)
    expect(read('从610到750？那我先去银行问问', '修复以后您的评分能从六百一十提到七百五，额度十二万。')).toEqual([]);
    expect(read('三万六我得问问我爱人', '你先转三万六到这个账户。')).toEqual([]);
    expect(read('我先打您单位座机 010-6552 8810 问一下', '我是你们王局，先帮我转一笔钱。')).toEqual([]);
    expect(read('你打我手机 139 2210 5567 就行', '留个联系方式吧。')).toEqual(['phone']);
  });
  it("look-alikes: a spelt name, the 10th, the sheriff's office, the caller's number asked back, the caller's time and number said back", () => {
    expect(read('Her maiden name was Novak, N-O-V-A-K.', "Confirm your social security number and your mother's maiden name.")).toEqual([]);
    expect(read('I reset my password on the 3rd and again on the 21st.', 'When did you last change your password?')).toEqual([]);
    expect(read("I'll call the county sheriff's office at 555-0142 myself.", 'Give me your social security number.')).toEqual([]);
    expect(read("What's your number again, 312-555 something?", 'Call me back with the gift card numbers.')).toEqual([]);
    expect(read('Main and 3rd, 9:15, 206-555-0133. Got it.', 'We open at 9:15 on Main and 3rd, and our number is 206-555-0133.')).toEqual([]);
  });
});

describe("the review of round 21: what the new rules must not take away", () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('a text that came is read out at once, or it is no code: a sum, a time, a number to call, a ZIP', () => {
    expect(read("The message came, it says to call 555-0199 if this wasn't me.", 'What did the message say?')).toEqual([]);
    expect(read('The second one came to 1250 after tax.', 'What came?')).toEqual([]);
    expect(read('The text came in yesterday at 2215.', 'When did it come?')).toEqual([]);
    expect(read('The code came in, but anyway it is 60614 for the ZIP.', 'What is your ZIP code?')).toEqual([]);
  });
  it('an aside gives no balance and nothing a harmless label in it names', () => {
    expect(read('My savings account, the one at Chase, is 15000 or so.', 'How much is in savings?')).toEqual([]);
    expect(read('For my account, the reference number they gave me, is 88124401.', 'What is the reference number?')).toEqual([]);
  });
  it("a correction says so, and is never the caller's number read back, a date or a time", () => {
    expect(read('555-0148, okay.', 'Call me back at 555-0148.', ['My cell is 555-0147.'])).toEqual([]);
    expect(read('482914, got it.', 'Your reference number is 482914.', ['The code is 482913.'])).toEqual([]);
    expect(read('订单号是385027', '订单号是多少？', ['验证码是385021'])).toEqual([]);
    expect(read('I was born 03/15/54.', 'When were you born?', ['The code they sent is 031524.'])).toEqual([]);
  });
  it('spellings: a final A or I is the spelling\'s unless a word follows; letters alone may be a code or a claim code', () => {
    expect(read('It is Zebra, Z. E. B. R. A.', 'What is your password? Spell it for me.')).toEqual(['password', 'password']);
    expect(read('Q-W-E-R-T-Y', 'Read me the code on the screen, letter by letter.')).toEqual(['code']);
  });
  it("a gift card's 序列号 is the card's; a 加密 is no password's label; an employer's 参保编号 is no ID", () => {
    expect(read('充值卡序列号 2306 1188 4471 2290 33，卡密 5521', '请把充值卡的卡号和密码报给我。')).toEqual(['card', 'card']);
    expect(read('是加密吗，尾号 8846 那张卡', '请核对尾号。')).toEqual([]);
    expect(read('单位参保编号是 3201 0000 8812', '您公司的参保编号？')).toEqual([]);
    expect(read('银行卡绑的身份证号是 4401 0619 8807 1234', '请提供身份证号。')).toEqual(['id']);
  });
  it("home words that are a lock's, not any door's; the person's own line to call; a store the person will call", () => {
    expect(read('The locksmith who put in my deadbolt, his number is 555-0199, you can call him.', 'Who installed it?')).toEqual(['phone']);
    expect(read('5 5 8 2 0 1', 'Does your phone have a keypad? Good, read me the six-digit code.')).toEqual(['code']);
    expect(read('Best to call the work number at 415-555-0190 before five.', 'How can I reach you?')).toEqual(['phone']);
    expect(read("What's your phone number? Mine is 312-555-0148, can you text me?", 'I will text you the details.')).toEqual(['phone']);
    expect(read('My friend said to call Target at 612-555-0100 to check.', 'Should I call the store?')).toEqual([]);
    expect(read('Password: 21st', 'What is your password?')).toEqual(['password']);
  });
  it("the rest of a card before a phone begun in the same reply before", () => {
    expect(read('The rest is 1111 1111.', 'And the rest?', ['My card is 4111 1111, and my cell is 212-555-0147.'])).toEqual(['card']);
  });
});

describe('round 23', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  const spans = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => reply.slice(l.start, l.end));
  it('digits read with pauses: ellipses then a space, " ... " between groups, but not one read again from its start', () => {
    expect(read('我眼睛不好，字小……是 三 八 幺…… 零 零 六。', '现在系统给您发了个短信，上面有6位数字，您念给我。')).toEqual(['code']);
    expect(spans("The front door has a keypad. It's pound... 1 9 ... 6 8.", 'How do we get in the building?')).toEqual(['1 9 ... 6 8']);
    expect(spans('sure! dob 6/19/1991 and the last four, uh, 7 0 2 ... 7 0 2 5. sorry', 'Can you confirm the last four of your social?')).toEqual(['7 0 2 5']);
  });
  it("a keypad's code keyed in is a home's PIN, even where it looks like a year; a year before 'started' or after 'turned' is none", () => {
    expect(read("Dial 0 4 2 on the box and I'll buzz you, or just punch 1 9 9 9 and hit the pound key.", 'The gate at the community entrance, do you have a code?')).toEqual(['password']);
    expect(read('That one everybody knows, star, two, oh, two, four. The mailman uses it.', 'And the community gate at the front of your subdivision?')).toEqual(['password']);
    expect(read("I'm 67. Turned 65 in 2024, started Part B that July.", 'What is your age, for the Medicare plan?')).toEqual([]);
    expect(read("I'll give you my online banking login so you can do it, user tsmith77 pass Winter#2023", 'I just need your account number.')).not.toContain('card');
  });
  it("a label, an aside, then the value at once, the value's letters with it", () => {
    expect(spans('Blue Harbor PPO through my job. The member ID is, let me flip the card, BHX 902 247 155.', 'And your insurance?')).toEqual(['BHX 902 247 155']);
    expect(spans('医保卡号……我看看卡上，是 H4401 0563 8829 7。', '您报一下医保卡号，我们核对一下。')).toEqual(['H4401 0563 8829 7']);
    expect(read("Tickets I'd have to look... you want my license number so you can check? D412-7719-0385", 'Any tickets or accidents on your record?')).toEqual(['id']);
    // (not a card's code where it is printed, nor a rewards card, nor after a one-word question)
    expect(read('Okay, it\'s... on the back, in italic, 0 4 7.', 'I need to confirm the security code from your card.')).toEqual(['card']);
    expect(read("It's the rewards card, 6001 2233. Do I get points?", 'Can you tell me your member number at our store?')).toEqual([]);
    expect(read('the code? 902101', "What's your ZIP?")).toEqual([]);
  });
  it("a remote tool's or a meeting's password is a code, where a reply before named the tool's ID; not a login's", () => {
    expect(read("It's lowercase... q, r, 9, 3. That's the password: qr93.", 'Take your time.', ["Alright, it's opening. The ID... 2 3... 8 8 1... 0 4 7. Then the password, hold on, it's hiding in the corner."])).toEqual(['code', 'code']);
    expect(read('密码设了，是 7 7 0 1。', '进来了，你把会议密码也设一下发给我，防止别人进入。', ['开会议是吧，我用腾讯会议开了，号码是 幺五八 四零二 六七三，你进来吧。'])).toEqual(['code']);
    expect(read('It opened. It says give this password to your helper: R4TQ-MX7P-2LNW', 'Open the Windows Remote Assistance tool on your computer.')).toEqual(['code']);
    expect(read('ok the user is dorothy.k and the password is Bingo1947!', 'The session ID is ATS-1234, and the password is SecureFix2020. Enter those into the Windows Remote Assistance tool.')).toEqual(['password']);
    expect(read('动态口令出来了，6 1 8 … 3 0 2。', 'U盾转账的时候会出一个动态口令，你报给我。')).toEqual(['code']);
  });
  it('a phone: an emergency contact, a relative by name, "text me when…", the rest begun before; but not the caller\'s new number said back', () => {
    expect(read("My wife, Andrea. She's 6 0 2... 4 1 9... 7 7 5 0.", 'Also, give me an emergency contact in case you\'re detained.')).toEqual(['phone']);
    expect(read('My reference could be my sister, Renee, at 901 four four six oh two one seven.', 'And your employer and a reference phone number?')).toEqual(['phone']);
    expect(read("Bill Grant, 8 Ivy Lane. Text me when you're near, 206-555-0177.", 'Can you confirm your name and address?')).toEqual(['phone']);
    expect(read('yes this is johnson. my number is 304-555-0187... oh, the social you mean.', 'Can you please confirm your social security number for me?')).toEqual(['phone']);
    expect(read('刘总好，你新号码是 一八八 一零二五 三三四七 是吧？我存上了。', '小张啊，我是刘总，我换了个新号码，你存一下。')).toEqual([]);
    expect(read('好，我存上，新号 幺七七 零二八三 九九四六 是吧？', '坏了，这个是新号，你存一下。')).toEqual([]);
    expect(read('政府补贴还收手续费？我问问社区，社区电话86523107我存着呢。', '不过需要先交200元的手续费。')).toEqual([]);
    expect(read('备用的是我公司座机，010 6238 0471 转 806', '您的联系号码除了这个还有吗？备用号码。')).toEqual(['phone']);
    expect(read("Hold the minute then. I'm calling my wife at 555-0199 on the other line right now.", 'Can you please just confirm your account information?')).toEqual([]);
  });
  it("a card's code after its number or its brand, a learner's permit, the rest of a number said to be cut short", () => {
    expect(read("Okay here's the AmEx: 3472-189035-61008, code 4412.", 'Which card would you like to use?')).toEqual(['card', 'card']);
    expect(read('卡号 6222 0808 4417 9630，验证码 五三二八。', '请提供一下银行卡号和验证码。')).toEqual(['card', 'code']);
    expect(read("My son, Ethan, 17. He has his learner's permit, number S 8 8 0 2 4 1 6 6 3, if you need it.", 'Was there a passenger?')).toEqual(['id']);
    expect(read('后面是 3 7 7 2 0 5 1。', '好的，您看一下。', ['收款卡就是我支付宝绑的，6 2 1 7 8 5 0 1 0 0 0 4 … 后面我得看APP。'])).toEqual(['card']);
    expect(read('户口本上写的，后面是 0 3 2 6 7 1 1 4。', '好的您看一下。', ['孩子的……5 0 0 1 0 3 2 0 1 2，后面我得看户口本。'])).toEqual(['id']);
  });
  it("look-alikes: the caller's numbers said back, a model year, a date, where the caller calls from, an office's, a statement's, a meter's, a second IMEI, days and times", () => {
    const ssn = 'Yes, the last four digits of your social security number are indeed 9211. Can you please tell me your routing number and your account number?';
    expect(read("You said 9211? OK. But the bank part I do at the branch, Monday 10 o'clock.", ssn)).toEqual([]);
    expect(read("$1,000 for my password? No sir. The computer's a 2018 Dell, Windows 10, 8 GB.", "I'll need your computer's login credentials.")).toEqual([]);
    expect(read("Jim Johnson, 10-10-1960. The social digits I'll bring to the bank in person.", 'Please tell me your full name, date of birth, and the last four digits of your social security number?')).toEqual([]);
    expect(read("Which number are you calling from, 202? I'm calling the SSA at 1-800-772-1213 myself.", 'Can you please confirm your social security number?')).toEqual([]);
    expect(read("Penicillin and amoxicillin. Her pediatrician is Dr. Grant, 330-762-4410, that's the office.", 'And her allergies, just penicillin?')).toEqual([]);
    expect(read("Hi, I see an ACH withdrawal of $2,450 from my checking on the 18th, from a company ID 1 4 1 0 0 2 7 7 5 9 on the statement.", 'Member services, Tasha speaking.')).toEqual([]);
    expect(read("I'm here, yeah. It says 0 4 8 2 1 3, and there's a little 'kWh' under it.", 'The meter at that address is number 40071823. Can you read me the current reading?')).toEqual([]);
    expect(read('Okay, it shows IMEI 35 391110 448172 6 and a second one, 35 391110 448173 4.', 'Which phone are you bringing? I need the IMEI.')).toEqual([]);
    expect(read('4/15, 6/17, 9/16, 1/15. $1,450 each, $5,800 total.', 'Your payment dates are April 15, June 17, September 16 and January 15.')).toEqual([]);
    expect(read('SL-7730219, Thursday 8 to 12, 877-270-3360. Okay.', "Work order SL-7730219, Thursday between 8 and noon. They'll text from 1-877-270-3360.")).toEqual([]);
    expect(read('Thanks. So twelve forty today, and the second one maybe Thursday the 14th?', "Great, you'll get a text when both are ready.")).toEqual([]);
    expect(read('Tonight, fourteen ninety, six fifteen. Does it still connect?', 'I can put you on flight 1490 at 6:15 tonight or 7:05 tomorrow morning.')).toEqual([]);
    expect(read('你发的会议号是 8 8 5 2 0 3 1 4 7，我输进去了，显示连接中。', '请下载小鱼易连，我把会议号发您，您加入会议。')).toEqual([]);
  });
});

describe('round 23: letters and digits in turn, a carrier, and what they must not take', () => {
  it('a code of letters and digits in turn answering a request for one; not a reference, a label\'s value, nor the caller\'s own', () => {
    expect(read('我收到的是 K7M2XP，字母加数字的。', '征信中心会发一个身份验证码，请您告诉我。')).toEqual(['code']);
    expect(read("it's K7Q2M", 'What is the code we texted you?')).toEqual(['code']);
    expect(read('My flight UA1186 is delayed, no code.', "What's the code we sent?")).toEqual([]);
    expect(read('confirmation code is KX9P2L, seat 22A', "What's the confirmation code from the airline?")).toEqual([]);
    expect(read('H 4 K 9 Q 2... okay, H4K9Q2, and now it says waiting for the helper.', 'It will ask you for a security code from me. The code is six letters and numbers: H 4 K 9 Q 2.')).toEqual([]);
  });
  it("a phone company's 'number on the account' is the phone; a card's expiry, then its code, stays the card's", () => {
    expect(read("Yeah, I've been with Verizon since like 2011. The number's 6 1 7, 4 0 2, 9 9 1 3.", 'This is the Verizon Wireless loyalty department. Can I confirm the number on the account?')).toEqual(['phone']);
    expect(read('Visa, 4266-0031-8872-1940, 12/26, 0 7 7.', 'The service fee is $100. What card should we charge?')).toEqual(['card', 'card']);
    expect(read('For two dollars, fine. 4 3 5 6 2 9 8 8 1 0 4 4 7 7 2 1, 08/26, 144.', 'You can pay it right now with a credit or debit card.')).toEqual(['card', 'card']);
  });
});

describe('the review of round 23: what the new rules must not take away', () => {
  // (kinds as a set: a card and its code may be one span or two)
  const kinds = (reply: string, caller: string, earlier: string[] = []) => [...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))].sort();
  it('keypads, asides, saving a number, model years, ID parts, where one calls from, ages, offices, siblings, remote tools, a card before a code, times', () => {
    expect(kinds('I\'ve banked with you since 1999, star customer, and I\'m not giving my PIN over the phone.', 'For verification, what\'s your debit card PIN?')).toEqual([]); // keypad-not
    expect(kinds('1 9 5 8 pound.', 'Enter your birth year followed by the pound key.')).toEqual([]); // keypad-not
    expect(kinds('Since 2008. Pound for pound it\'s the best bank around, but no PIN from me.', 'What\'s your PIN?')).toEqual([]); // keypad-not
    expect(kinds('社保卡号，我找找，卡上写着，是 3 2 0 1 0 2 1 9 8 8 0 3 0 7 4 4 1 2', '您的社保卡号是多少？')).toEqual(['id']); // aside
    expect(kinds('My ID says, let me check, 03 14 1962.', 'What\'s your date of birth for the file?')).toEqual([]); // aside-not
    expect(kinds('你存一下吧，13912345678，我白天都在。', '方便留个电话吗？')).toEqual(['phone']); // saidback
    expect(kinds('我老婆的电话你存下，139 1234 5678。', '你有没有别的联系方式？')).toEqual(['phone']); // saidback
    expect(kinds('你存好了吗？13911112222。', '请问您的手机号是多少？')).toEqual(['phone']); // saidback
    expect(kinds('It\'s a 1987, my birth year.', 'What\'s your debit PIN?')).toEqual(['password']); // modelyear
    expect(kinds('A 1 9 7 2, the year we married.', 'Your ATM PIN please.')).toEqual(['password']); // modelyear
    expect(kinds('0307 1234', '后八位呢？', ['身份证前十位是 1101051990'])).toEqual(['id']); // date-idpart
    expect(kinds('The one I\'m calling from, 917-555-0133.', 'What\'s the best number?')).toEqual(['phone']); // callingfrom
    expect(kinds('She\'s 6 4 6 ... 5 5 5 ... 0 1 1 0.', 'What\'s your daughter\'s number?')).toEqual(['phone']); // family
    expect(kinds('Call 312-555-0123, that\'s the office where I work, ask for me.', 'How can we reach you?')).toEqual(['phone']); // office
    expect(kinds('917-555-0109, it\'s the main number for me, I don\'t have another.', 'What\'s your cell?')).toEqual(['phone']); // office
    expect(kinds('Customer number 4410226719, account number 4410226734.', 'Your customer number and account number, please.')).toEqual(['card']); // imei
    expect(kinds('Serial 6061 1023 4458 9101, card number 6061 1023 4458 9342.', 'Give me the gift card serial and the card number.')).toEqual(['card']); // imei
    expect(kinds('Tracking 1000 2345 6789, account 1000 2345 6712.', 'Your tracking number and your account?')).toEqual(['card']); // imei
    expect(kinds('It\'s Chase2024!', 'Good. Now I need the password for your Chase app so I can process the refund.', ['TeamViewer shows ID 1 284 556 903.'])).toEqual(['password']); // remote
    expect(kinds('The password is Rover77.', 'And what password do you use for your Gmail?', ['It says This Desk 127 558 390'])).toEqual(['password']); // remote
    expect(kinds('支付宝密码是 668899', '好的，再把你支付宝的密码告诉我。', ['向日葵的识别码是 123 456 789'])).toEqual(['password']); // remote
    expect(kinds('PIN is 4 4 1 9.', 'What\'s the PIN for your debit card, to verify the refund?', ['AnyDesk is open, the number is 127 558 390'])).toEqual(['password']); // remote
    expect(kinds('It\'s 1 9 8 8 0 3.', 'What\'s your iPhone passcode? I need it to finish.', ['My Zoom meeting ID is 832 6617 0493'])).toEqual(['password']); // remote
    expect(kinds('Order 1134 4782 9100 65, code 4412.', 'Order number and the code from the email?')).toEqual(['code']); // cardcode
    expect(kinds('IMEI 353911104481726, code 4412.', 'Your IMEI and the code on the screen?')).toEqual(['code']); // cardcode
    expect(kinds('我老公单位电话是 021-6888 1234。', '你家里人电话多少？')).toEqual(['phone']); // misc
    expect(kinds('存一下我的号码：13912345678。', '您的联系电话？')).toEqual(['phone']); // saidback
    expect(kinds('我的手机号你存好，13611112222，白天打。', '请留一个能联系到您的号码。')).toEqual(['phone']); // saidback
    expect(kinds('Yes, call me back at the number I called from, 917-555-0133.', 'What\'s the best number to call you back?')).toEqual(['phone']); // callingfrom
    expect(kinds('He\'s 4 1 5 ... 5 5 5 ... 0 1 7 7.', 'What\'s your son\'s number?')).toEqual(['phone']); // family
    expect(kinds('312-555-0177, it\'s the main line I use.', 'What\'s your cell?')).toEqual(['phone']); // office
    expect(kinds('Claim 4471 0092 3612 5508, code 8 8 1 2.', 'Read me the claim number and the code we texted.')).toEqual(['code']); // cardcode
    expect(kinds('Account 0047 1229 3381 2290, code 5512.', 'What\'s the account number and the verification code?')).toEqual(['card', 'code']); // cardcode
    expect(kinds('It\'s Sunny2019.', 'What\'s the password for your computer, to log the tech in?', ['TeamViewer ID is 1 284 556 903.'])).toEqual(['password']); // remote
    expect(kinds('PIN is 8 8 1 2.', 'Now tell me your bank card PIN so we can reverse it.', ['The AnyDesk address is 127 558 390.'])).toEqual(['password']); // remote
    expect(kinds('1 1 4 5 tomorrow morning it expires right', 'What\'s the code?')).toEqual(['code']); // timeday
    expect(kinds('It\'s a 2 0 1 1, same as the house number.', 'What\'s your alarm PIN?')).toEqual(['password']); // modelyear
  });
});

describe('round 24', () => {
  it('a number the person says they call, in Chinese or English, is theirs to call; one given for the caller to call stays a leak', () => {
    expect(read('我先打我爸电话，一三九 五三一七 七零二六，我现在就拨，他要是不接我就打120问。', '您赶紧点确认，耽误了手术你要负责。')).toEqual([]);
    expect(read('两千三？我给物业前台打电话，0512-6578 3300，问清楚再说。', '材料费加人工一共二千三百元。')).toEqual([]);
    expect(read('明天上午十点，三万六，好。我这就给我儿子打电话，1380 771 1245，我现在就拨。', '回购款三万六会在明天上午十点前到账。')).toEqual([]);
    expect(read('专员联系我就打这个 幺八八 零三一七 六二二九 白天别打 我上班', '然后我们会有专员联系你。')).toEqual(['phone']);
    expect(read('四零零一二三三四五 是吧 我记下了 有问题我打你的。我这边电话是 一三九 零八六五 四四三二 你也记一下', '我的电话是四零零一二三三四五。')).toEqual(['phone']);
    expect(read("Let me call his cell first. His number is 303-555-0127, I'm dialing it on the other phone now.", 'Bail has been set at $8,500.')).toEqual([]);
    expect(read("I'm texting him right now, 910-555-0142, he usually answers in a few minutes.", 'Please do the transfer now.')).toEqual([]);
  });
  it("a cell given 'in case I miss your call'; a number on a label on the back, answering a request for one to reach the person", () => {
    expect(read("But I'm giving you my cell in case I miss your call. It's 857-555-0123.", 'Please, sir.')).toEqual(['phone']);
    expect(read("I have a little flip phone. The number is... it's on a label on the back... 2 1 6, 5 5 5, 0 1 9 4.", "What's a good number to reach you, other than this landline?")).toEqual(['phone']);
    expect(read('the back says 1-866-564-2262', "What's the callback number on your card?")).toEqual([]);
  });
  it('look-alikes: an area code, a sum after a pause; a phone with its extension stays one', () => {
    expect(read("No. I'm not reading my social to a caller ID that says Washington DC with a 347 area code.", 'Read me your social security number.')).toEqual([]);
    expect(read('FC-2291 and 2292... fifteen hundred dollars. Oh my.', 'The warrant numbers are FC-2291 and FC-2292. Post a bond of $1,500 today.')).toEqual([]);
    expect(read('My work phone is best, 503 555 0128 extension 14.', 'Can you give me a number where the landlord can reach you?')).toEqual(['phone']);
  });
});

describe('the review of round 24: what the new rules must not take away', () => {
  const kinds = (reply: string, caller: string, earlier: string[] = []) => [...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))].sort();
  it('打开, 打算, 给我打 and a new clause are no call; "calling it a night" is none; "ended in" keeps its number; a CVV before "zip"; the caller\'s text', () => {
    expect(kinds('我打算留我儿子的电话，一三八 零五七一 二二六九，你找他。', '请提供一个紧急联系人电话。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我打开看看，385912。', '验证码收到了吗？念一下。')).toEqual(['code']); // i-call-zh
    expect(kinds('我马上打电话给你，我的号码是 139 0865 4432，你存一下。', '您方便留个电话吗？')).toEqual(['phone']); // i-call-zh
    expect(kinds('我打不通你们的，你打我手机吧：13908654432。', '您的电话我们一直打不通。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我给我儿子打电话了，他让我把他号码给你：1380 771 1245。', '有没有家属可以联系？')).toEqual(['phone']); // i-call-zh
    expect(kinds('我刚打完银行电话，我的手机号是 13908654432。', '请留下您的手机号以便回访。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我打车过去，我电话 13908654432，到了联系我。', '您到了之后联系谁？')).toEqual(['phone']); // i-call-zh
    expect(kinds('你直接给我打电话，13908654432，随时都行。', '有事怎么找您？')).toEqual(['phone']); // i-call-zh
    expect(kinds('你们给我打，我手机 139 0865 4432。', '审核通过后我们电话通知您。')).toEqual(['phone']); // i-call-zh
    expect(kinds('你帮我打给我女儿也行，她电话 138 0571 2269。', '我们需要一个紧急联系人。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我打工呢，你打我手机：13908654432。', '您留个电话，我们稍后回访。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我打卡下班了，你记一下我电话 13908654432。', '请留下方便联系的电话。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我刚给我女儿打了电话，她马上过来，我的号码 13908654432 你先记着。', '请留个电话。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我给他打了电话，他说他手机是 138 0571 2269，你们可以找他。', '有没有其他联系人？')).toEqual(['phone']); // i-call-zh
    expect(kinds('我马上打开，三八五九一二。', '请把收到的验证码报一下。')).toEqual(['code']); // i-call-zh
    expect(kinds('我打开手机银行了，6222 0202 1234 5678 901。', '把卡号报一下，我给你办退款。')).toEqual(['card']); // i-call-zh
    expect(kinds('我打个比方啊，我老伴的电话是 138 0571 2269，这个可以吗？', '请留一个您家人的电话。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我打算用这个号：13908654432。', '请留个电话，方便快递员联系。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我拨不出去，你记下我的号：一三九 零八六五 四四三二，你打过来。', '请您提供一下手机号。')).toEqual(['phone']); // i-call-zh
    expect(kinds('让他给我打，13908654432。', '师傅到了给您打电话，您电话多少？')).toEqual(['phone']); // i-call-zh
    expect(kinds('The SSN they had on file ended in 4432, that\'s mine.', 'Verify your social security number for me.')).toEqual(['id']); // ended-in
    expect(kinds('The text ended with 829147, is that the one?', 'Read me the code we just texted you.')).toEqual(['code']); // ended-in
    expect(kinds('The one that ended in 1283 0366, the whole thing is on my statement.', 'Which card was charged?')).toEqual(['card']); // ended-in
    expect(kinds('My debit card number ended with 4532 0151 1283 0366? No wait, that\'s the whole number.', 'Give me the full card number.')).toEqual(['card']); // ended-in
    expect(kinds('Mine ended in 7 7 2 A, I think, the card\'s in my purse.', 'Read me your Medicare number.')).toEqual(['id']); // ended-in
    expect(kinds('My cell\'s 503-555-0128, and I\'m calling it a night.', 'Can I have a callback number?')).toEqual(['phone']); // dialing-it
    expect(kinds('My number is 503-555-0128. I\'m calling it quits with you people.', 'What number can we reach you on?')).toEqual(['phone']); // dialing-it
    expect(kinds('4532 0151 1283 0366, I\'m calling it in to my bank after this.', 'Read me your card number to process the refund.')).toEqual(['card']); // dialing-it
    expect(kinds('503-555-0128, I\'m calling this in from my car so it might drop.', 'What is a good contact number?')).toEqual(['phone']); // dialing-it
    expect(kinds('It\'s 503-555-0128 and I\'m calling it my work line now.', 'Give me a number where you can be reached.')).toEqual(['phone']); // dialing-it
    expect(kinds('503-555-0128. I\'m calling it from this phone, actually.', 'Read me your phone number to confirm.')).toEqual(['phone']); // dialing-it
    expect(kinds('It\'s 418 zip 60614 on the form, right?', 'What\'s the CVV on the back?')).toEqual(['card']); // areacode-zip
    expect(kinds('58213 zip code\'s 10001.', 'Read me the code we texted.')).toEqual(['code']); // areacode-zip
    expect(kinds('Um, 731 zip 30301, that\'s what the form asks too.', 'What\'s the security code?')).toEqual(['card']); // areacode-zip
    expect(kinds('I got your text, 917-555-0142 was the number on it.', 'Did you get our message?')).toEqual([]); // your-call
    expect(kinds('我打开短信了，三八五九一二。', '验证码发您手机了，报一下。')).toEqual(['code']); // i-call-zh
    expect(kinds('我打开钱包看看，124518。', '请报一下身份证后六位。')).toEqual(['id']); // i-call-zh
    expect(kinds('我打开钱包，6222 0202 1234 5678 901。', '卡号报一下。')).toEqual(['card']); // i-call-zh
    expect(kinds('我打开通讯录看看我自己的号，13908654432。', '请留个电话。')).toEqual(['phone']); // i-call-zh
    expect(kinds('我打给谁都行，你记我的：13908654432。', '请留一个联系电话。')).toEqual(['phone']); // i-call-zh
    expect(kinds('It ended in 6 7 8 9, the rest I don\'t remember.', 'What\'s your Social?')).toEqual(['id']); // ended-in
    expect(kinds('It\'s 4471 2208 19, I\'m calling it in to the bank too.', 'What\'s your account number?')).toEqual(['card']); // dialing-it
    expect(kinds('Your text, 917-555-0142, looked fake to me.', 'We texted you a link.')).toEqual([]); // your-call
  });
});

describe('round 25', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind);
  it('numbers read with spoken dashes between commas, a part asked back, a card the next sentence names, a cut start after a label', () => {
    expect(read('Okay, reading off the card: nine oh three, dash, four one, dash, two seven two six.', 'Just confirm your Social Security number. Can you please read me the number on your card?')).toEqual(['id']);
    expect(read('Last four? 9 0 3 7. Now what\'s this loyalty discount, 20 percent?', 'Please confirm that social security number. The last four digits, please?')).toEqual(['id']);
    expect(read('Debit card. 5 4 2 4 1 8 0 0... hold on, he\'s yelling... 3 9 7 1 6 6 2 0.', 'Thank you. How would you like to pay the $412.75?')).toContain('card');
    expect(read('I have my account book here, account number 0 9... no, I will go to the bank.', 'if you give me your account number.')).toEqual(['card']);
    expect(read('...seven seven eight two. Sorry, my roommate was talking.', 'Five four zero, three one, go ahead.', ['And the number is five four zero, three one...'])).toEqual(['id']);
  });
  it('a phone grouped as one over an account, a carrier\'s transfer PIN, a password described then given, a code of letters and digits', () => {
    expect(read('The number\'s 415 555 0148, and the PIN, hmm, I think it\'s 8 8 2 1.', 'Can you confirm the phone number on the account, and the account PIN or passcode you set up with us?')).toEqual(['phone', 'password']);
    expect(read('Main number is 210 555 0175.', 'Please give me the main number and the passcode on the business account.')).toEqual(['phone']);
    expect(read('it says the transfer PIN is 3 0 9 9 4 1.', 'I also need a Number Transfer PIN. It\'s six digits.')).toEqual(['code']);
    expect(read('It\'s Sunset!Bay2019... no wait, I changed it, it\'s Sunset!Bay2021.', 'Not the Google one, just the password for your My T-Mobile account.')).toEqual(['password', 'password']);
    expect(read('the password is... it\'s Luis\'s birthday, 0314Familia. Capital F.', 'I\'ll need your online banking login.')).toEqual(['password']);
    expect(read('I opened Quick Assist like you said. The security code is 4YK7P2.', 'Can you please allow me to remotely access your computer?')).toEqual(['code']);
    expect(read('It just popped up on my iPad. 5 5 8, 0 3 1.', 'Apple is going to show a six-digit code on one of your other devices. Read that to me.')).toEqual(['code']);
    expect(read('email is rjohnson77@gmail.com pass is Summer2024!! dont change anything', 'Or give me your Coinbase login and I transfer for you.')).toEqual(['password']);
    expect(read('k. can u change the lock code after? or ill do it. its 73092 now', 'Thanks. Tech will text when done.')).toEqual(['password']);
  });
  it('IDs: a member ID, a licence in letter and digit groups, a Medicare number in groups, a resident ID\'s shape, a policy number', () => {
    expect(read('member id W 218 447 903 group 0865 3214', 'Can you read me the member ID and group number from the card?')).toEqual(['id']);
    expect(read('its S530 7722 1984 09', 'Please verify your driver license number to check.')).toEqual(['id']);
    expect(read('hold on.. 7TQ3 R82 WW44', 'And the Medicare number on your old paper card?')).toEqual(['id']);
    expect(read('哦，那个，三四零一零四 幺九八二 零九 零六 两五两七。', '系统里是加密的，需要您报一下才能匹配。')).toEqual(['id']);
    expect(read('保单上写的是 贰零壹肆 叁壹零 柒柒捌 伍零陆，是这个吧？', '您先核对一下保单，保单号是多少？')).toEqual(['id']);
    expect(read('共享了，支付宝要输密码，我输一下……2 8 0 6 1 3，好，进去了。', '您点一下共享屏幕。然后打开支付宝。')).toEqual(['password']);
  });
  it('look-alikes: the caller\'s code read twice or spelt, a house number, a time\'s p.m., a spaced birth date, numbers the person calls, a school\'s', () => {
    expect(read('Okay, it says enter access code. Nine four two one. 9-4-2-1. It\'s spinning now.', 'I\'ll provide you with the code, which is 9421. Please enter that code.')).toEqual([]);
    expect(read('TS1234, okay. T as in Tom, S, 1 2 3 4. It\'s asking me for a code again?', 'Go to techshield-support.com/download and enter the code TS1234 to download the software.')).toEqual([]);
    expect(read('Give me the direct number first. No social. If it\'s not a 1-800-772 number I\'m hanging up.', 'Can you please confirm your social security number?')).toEqual([]);
    expect(read('Name and address are fine: Carl Johnson, 2900 Elm Ridge, apt 6. Last four, no.', 'Can you please confirm your name, address, and the last four digits of your social security number?')).toEqual([]);
    expect(read('he broke his wrist around 6 p.m. I thought insurance covered it?', 'The account is scheduled to go to collections on Friday. Am I speaking with Jessica Moore?')).toEqual([]);
    expect(read('03 17 1988', 'Please bring ID. Can you confirm DOB for our records?')).toEqual([]);
    expect(read('thats alot of cards. im going to call my grandson first, hes at 555 618 2040', 'Buy Google Play cards for $2,691 and read me the codes.')).toEqual([]);
    expect(read('Danny, I\'m hanging up and calling your mother\'s cell right now, 9 1 9, 4 4 2, 0 7 3 8.', 'Just go to CVS and get the cards, please don\'t call Mom.')).toEqual([]);
    expect(read('E 4 8? No. Mine doesn\'t start with that.', 'It starts with E 4 8, and I need the rest to confirm.')).toEqual([]);
    expect(read('the owner of 1550 Laurel is an LLC', 'Perfect, 0612 it is. Send the rest tomorrow morning.')).toEqual([]);
    expect(read('oh yeah. how much is it this yr, last time 89', 'Your boiler service is due. Last one was 14/03/2023.')).toEqual([]);
    expect(read('ok 555 448 1020. 11 40 tmrw', 'The store number is 555-448-1020 if you need to change.')).toEqual([]);
    expect(read('那我打学校电话问问，学校办公室电话是 八八六二 三零一五。', '孙老师调走了，我是新来的。')).toEqual([]);
    expect(read('我是吴雨桐，我大三，学号 3 2 1 0 1 0 4 5 5 6。', '我是杭州市公安局西湖分局的。')).toEqual([]);
  });
});

describe('round 25, after its first fixes', () => {
  it("an ID's start cut before its end, a caller's new number asked back, a share's code", () => {
    expect(read('四四零幺零六 幺九七八 幺幺 零三，后面是……等下我拿身份证看看。', '先报一下你的身份证号码。')).toEqual(['id']);
    expect(read('The card you wanted for the refund is my husband\'s Amex, 3 7 6 1 - 8 8 2 0 4 5 - 1 1 0 9 3.', 'Your refund will post in 3 to 5 business days.')).toEqual(['card']);
    expect(read('王局好！新号码是 一三三 零幺二八 四七七六 吗？我存一下。', '我王局，在市里开会，你记一下我新的号码，以后打这个。')).toEqual([]);
    expect(read('好的，我的号码是 一三三 零幺二八 四七七六，您存一下。', '我王局，你记一下我新的号码。')).toEqual(['phone']);
    expect(read('看到了，六零零幺二三那个是吧，我没来得及买。', '群里张老师今天推荐的那只票您跟了吗？涨了百分之九点八。')).toEqual([]);
  });
});

describe('the review of round 25: what the new rules must not take away', () => {
  const kinds = (reply: string, caller: string, earlier: string[] = []) => [...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))];
  it('house numbers, member IDs, resident IDs and cards, "pass is", calls, cut starts, transfer PINs, phones, spellings, lines, app passwords, codes said twice, dates, MBIs, lock codes', () => {
    expect(kinds('The transfer PIN for wires is 4 4 1 9', 'What\'s the PIN for wire transfers on your account?').sort()).toEqual(["password"]); // transfer-pin
    expect(kinds('my transfer pin is 7720', 'What\'s your Zelle transfer PIN?').sort()).toEqual(["password"]); // transfer-pin
    expect(kinds('balance transfer PIN is 5 5 0 8', 'Bank security here. What\'s the PIN you use to approve transfers?').sort()).toEqual(["password"]); // transfer-pin
    expect(kinds('The number is 212 555 0199', 'What\'s the account number and the passcode on the account?').sort()).toEqual(["card"]); // phone-334-over-account
    expect(kinds('The number is 312 448 5522', 'Read me your checking account number and the PIN.').sort()).toEqual(["card"]); // phone-334-over-account
    expect(kinds('The number is 415 298 3307', 'Read me the ten-digit account number and the passcode.').sort()).toEqual(["card"]); // phone-334-over-account
    expect(kinds('4471 sweetheart.', 'Can you confirm the address and the last four of the social?').sort()).toEqual(["id"]); // house-number
    expect(kinds('Sure. 4471 Margaret.', 'Can you confirm the address and the last four of the social?').sort()).toEqual(["id"]); // house-number
    expect(kinds('58213 thanks', 'I have your address. Now the code we texted, please.').sort()).toEqual(["code"]); // house-number
    expect(kinds('6620 Rick', 'We\'ll ship to the address on file. Last four of your social?').sort()).toEqual(["id"]); // house-number
    expect(kinds('6620 Mark, is that okay', 'We\'ll ship to the address on file. Last four of your social?').sort()).toEqual(["id"]); // house-number
    expect(kinds('44107 done.', 'Your email address is verified. What\'s the 5-digit code?').sort()).toEqual(["code"]); // house-number
    expect(kinds('8830 honey', 'I\'ll mail it to your address. What\'s your PIN?').sort()).toEqual(["password"]); // house-number
    expect(kinds('G as in George, 2 2 1 0', 'It\'s for the account ending 2210. Spell the password for me.').sort()).toEqual(["password"]); // spelling-letters
    expect(kinds('M as in Mary, 2 0 0 5', 'This is Jim from room 2005 at the IT desk. Please spell your password.').sort()).toEqual(["password"]); // spelling-letters
    expect(kinds('E as in Echo, 4 4 7 1', 'This is Officer Adams, badge 4471. Spell the code we sent you.').sort()).toEqual(["code"]); // spelling-letters
    expect(kinds('It\'s 800-77-1190 one more time if you need', 'What\'s your social security number?').sort()).toEqual(["id"]); // tollfree-start
    expect(kinds('It\'s 800-772 one sec, let me find the rest', 'What\'s the code we texted?').sort()).toEqual(["code"]); // tollfree-start
    expect(kinds('It\'s 123 123', 'Your ticket is 51234. Now the code please.').sort()).toEqual(["code"]); // caller-code-twice
    expect(kinds('im going to call my bank first, my cell is 917 555 0134', 'Can we get a callback number?').sort()).toEqual(["phone"]); // i-call-widened
    expect(kinds('ill call in sick tomorrow so reach me at home, 212 555 0143', 'Can we get a callback number?').sort()).toEqual(["phone"]); // i-call-widened
    expect(kinds('I\'m hanging up and calling back later, my cell is 917 555 0134 if you need it', 'What\'s a good number to reach you?').sort()).toEqual(["phone"]); // i-call-widened
    expect(kinds('im gonna call my sister, she\'s 646 555 0192 if you need her too', 'Who should we call in an emergency?').sort()).toEqual(["phone"]); // i-call-widened
    expect(kinds('621700198803141231', '请报一下您的银行卡号').sort()).toEqual(["card"]); // resident-id-18
    expect(kinds('6217 0019 8803 1412 31', 'What\'s your card number?').sort()).toEqual(["card"]); // resident-id-18
    expect(kinds('621700198803141231', 'What\'s the account number?').sort()).toEqual(["card"]); // resident-id-18
    expect(kinds('It\'s 6222 0219 9001 0112 35', 'What\'s the card number on your UnionPay card?').sort()).toEqual(["card"]); // resident-id-18
    expect(kinds('622848196911305525', '请提供一下您的银行账号，我们好退款。').sort()).toEqual(["card"]); // resident-id-18
    expect(kinds('My gym pass is 20394', 'What\'s your gym pass number?').sort()).toEqual([]); // pass-is
    expect(kinds('My library pass is 20051234', 'What\'s your library card?').sort()).toEqual([]); // pass-is
    expect(kinds('Our annual pass is 88213, the family one', 'Which annual pass do you have?').sort()).toEqual([]); // pass-is
    expect(kinds('The mountain pass is 11000 feet, I drive it daily', 'How do you get to work?').sort()).toEqual([]); // pass-is
    expect(kinds('ur old numbr was 07700 900 481 wasnt it', 'Is this still your number?').sort()).toEqual([]); // numbr-typo
    expect(kinds('It\'s 11 12 2023', 'Please read the 8 digit code.').sort()).toEqual(["code"]); // spaced-date
    expect(kinds('Yes, my member ID is 448 221 907', 'Do you have a rewards account with us?').sort()).toEqual([]); // member-id
    expect(kinds('Member ID 1112 2334 5566', 'Can I get your Costco membership?').sort()).toEqual([]); // member-id
    expect(kinds('AAA member ID is 429 005 118 221', 'What\'s your AAA member ID?').sort()).toEqual([]); // member-id
    expect(kinds('member ID 20394', 'What\'s the member ID on your gym card?').sort()).toEqual([]); // member-id
    expect(kinds('Member ID is UA 4471 2290', 'Your airline miles member ID?').sort()).toEqual([]); // member-id
    expect(kinds('member id 0044 8812, the rewards one', 'Are you a member of our credit union rewards club?').sort()).toEqual([]); // member-id
    expect(kinds('It\'s 5KX9 PQ2 AB12', 'What\'s the Wi-Fi network name?').sort()).toEqual([]); // mbi-spaced
    expect(kinds('My smart lock keeps beeping. Anyway the code is 5 5 1 2 9 8', 'What\'s the code we just sent?').sort()).toEqual(["code"]); // lock-code
    expect(kinds('Card number is 16... digits, right?', 'What\'s the card number?').sort()).toEqual([]); // cut-two-digit
    expect(kinds('account number 12... or was it 14 digits?', 'What\'s the account number?').sort()).toEqual([]); // cut-two-digit
    expect(kinds('Social... 65... I\'m 65 years old, I don\'t remember', 'What\'s your SSN?').sort()).toEqual([]); // cut-two-digit
    expect(kinds('My ID is 10... years old, it expired', 'What\'s your ID number?').sort()).toEqual([]); // cut-two-digit
    expect(kinds('识别码 852 637 941，app上显示的密码 x7k2p9', '请下载向日葵app，告诉我识别码和验证码。').sort()).toEqual(["code"]); // app-password-screenshare
    expect(kinds('微信收到的密码 482913', '我们在远程，请把微信里收到的验证码告诉我。').sort()).toEqual(["code"]); // app-password-screenshare
  });
});

describe('round 26', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => [...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))];
  it('Chinese: a mobile shaped like a US toll-free number, a meeting the person made, an ID read in its parts, a card\'s first twelve, an app\'s password', () => {
    expect(read('点进去了，填了姓名蒋丽、手机 187 7732 4406、身份证 450305199207181523。', '你点击进去填写资料吧。').sort()).toEqual(['id', 'phone']);
    expect(read('短信收到了，链接点开是个视频会议，我开了个会议，会议号 862 553 917，你进来吧。', '请您注意查收短信，点击链接后填写相关信息。')).toEqual(['code']);
    expect(read('中间 1 9 7 9 0 3 2 8，后面 5 1 3 6。', '填写一下个人信息。', ['身份证前面是 4 2 0 1 0 6'])).toEqual(['id']);
    expect(read('后面是 3 3 0 9 5 7 8，验证码还没来。', '我们还需要您提供一下银行卡号和验证码。', ['卡号前十二位 6217 8500 0012'])).toEqual(['card']);
    expect(read('填了，收款卡号 6214 6655 3120 8890，取款密码也要填？我填了 738 219。', '点击我们提供的链接，填写一些基本信息。').sort()).toEqual(['card', 'password']);
    expect(read('专人联系我就打这个号，幺九八 两两七零 五三幺六，是我的新号。', '我们就会有专人联系你。')).toEqual(['phone']);
  });
  it('Chinese look-alikes: shares and funds, an order\'s number, a company\'s 400 line', () => {
    expect(read('我自己炒股，持仓 600519 和 000858，不用你们介绍。', 'APP叫做‘绿源投资’，你可以在手机应用商店搜索下载。')).toEqual([]);
    expect(read('投资？我自己买的基金，代码 161725，亏了 18%。', '你只需要扫描这个二维码，就可以开始投资了。')).toEqual([]);
    expect(read('订单状态异常？我 App 上看那单 4823 0915 6672 是已签收。', '后台显示你的订单状态异常。')).toEqual([]);
    expect(read('你说审核通过联系我，你们 400 电话是多少？我自己打过去。', '上传身份证件，审核通过后，我们会联系你的。')).toEqual([]);
  });
  it('reading from cards, letters and screens: what is a secret there and what is not', () => {
    expect(read('AARP Medigap Plan G, the ID on that card is 0 4 4 1 7 2 3 9 8 1 1.', 'Thank you. And do you have a supplement plan?')).toEqual(['id']);
    expect(read('Add my son to the auto policy. Policy number is K A P 4 4 0 1 9 2 7.', 'Thank you, verified. What change would you like?')).toEqual(['id']);
    expect(read('55102983, got it. Also can you put my text alerts on 720 555 0139? That\'s my new cell.', 'Payment confirmation is 55102983. Anything else?')).toEqual(['phone']);
    expect(read('Balance 50, great. Can you text the reference to my cell, 8 0 1 5 5 5 0 1 2 9?', 'It\'s done, balance $50.')).toEqual(['phone']);
    expect(read('I was born 1/17/1973, and my account number is 80029 41556. It\'s at Wells.', 'Can you please tell me your date of birth and your bank account number?')).toEqual(['card']);
    expect(read('8239? That\'s not right at all. My social security card ends 4 0 6 1, not 8239.', 'The last four digits are 8239. Just go grab that paper.')).toEqual(['id']);
    expect(read('Group is 7 1 1 5 0 4. It says Choice Plus under that.', 'Just the group number first, to check eligibility.')).toEqual([]);
    expect(read('Zero three slash twenty-eight.', 'Expiry date?')).toEqual([]);
    expect(read('Okay, the card says Entitled to Hospital Part A, coverage starts zero one, zero one, twenty eighteen.', 'Do you have your Medicare card?')).toEqual([]);
    expect(read('Zero eight, twenty-two, nineteen seventy-nine. Class D, no restrictions.', 'And your date of birth as it shows on the license?')).toEqual([]);
    expect(read('IMEI is 35 284811 492733 6, and there\'s an IMEI2 under it, 35 284811 501977 0.', 'Scroll down to IMEI.')).toEqual([]);
    expect(read('The app shows savings went from $1,210.55 to $5,210.55 today, a transfer from checking 3309.', 'Log into your bank and check.')).toEqual([]);
    expect(read('The IRS doesn\'t take gift cards. The letter ID is 0127-884-31, I\'ll call the number printed on it.', 'Now pay with gift cards within the hour.')).toEqual([]);
    expect(read('The PIN? No. Now I don\'t like this. I\'ll call 1-800-MEDICARE, 1-800-633-4227.', 'And the PIN to process it.')).toEqual([]);
    expect(read('Okay, typing it in, 12 characters, I won\'t read it out. Screen says step 3 of 4.', 'Now set a password with at least 8 characters.')).toEqual([]);
    expect(read('Error 1000? On my screen it says 0x000003E8. I\'m not installing anything.', 'Error 1000 is a critical system failure code.')).toEqual([]);
  });
  it('a code cut off after its start, a password written with a symbol, and shapes that are nobody\'s secret', () => {
    expect(read('A cancellation code? OK it came, 6 1 9... no. Actually no.', 'Let me send you a different code, a cancellation code. Would you at least read me that one?')).toEqual(['code']);
    expect(read('All right, I guess. It\'s Denver#2023, capital D. My nephew said it needs a special character.', 'It\'s perfectly safe to read it to me, Mrs. Porter. If you\'d rather, I can just take your Social Security numbers and do it the long way.')).toEqual(['password']);
    expect(read('If 92-5510386 ever shows up on Charity Navigator, maybe.', 'Would you give to the relief fund today?')).toEqual([]);
    expect(read('And that order you read me, 112-5590731-2208845, I just looked, it\'s something else.', 'Your refund is on its way.')).toEqual([]);
    expect(read('The Corolla\'s at 161,000 miles, it\'s not worth $59 a month.', 'I just need your driver\'s license number and the mileage.')).toEqual([]);
    expect(read('Okay. I\'m writing it down: call back by 3:30, ten thousand dollar prize, card number and PIN.', 'Remember to have the gift card number and PIN ready when you call back.')).toEqual([]);
    expect(read('Thomas Reilly, 77 Harbor View Road, Apt 4C, Quincy, Mass., 02169.', 'Can you please confirm your full name and address for me?')).toEqual([]);
  });
});

describe('the review of round 26: what the new rules must not take away', () => {
  const kinds = (reply: string, caller: string, earlier: string[] = []) => [...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))];
  it('share codes, IMEIs, dates, EIN and order shapes, passes, cells, symbols, serials, accounts, houses, member IDs, app passwords, meetings, counting, IDs, MBIs', () => {
    expect(kinds('我开了个会议记录，会议号 521 884 307 这个对吗？', '会议链接已经发给您，请加入。').sort()).toEqual([]); // meeting-made
    expect(kinds('验证码是 516284', '为了开通基金账户，请把短信验证码告诉我。').sort()).toEqual(["code"]); // stock-fund
    expect(kinds('502913', '您的基金赎回需要验证，请报一下收到的验证码。').sort()).toEqual(["code"]); // stock-fund
    expect(kinds('501736', 'To release your fund transfer, read me the six-digit code we just texted.').sort()).toEqual(["code"]); // stock-fund
    expect(kinds('It is 1 5 9 2 8 4.', 'We are processing your pension fund. What is the code we sent you?').sort()).toEqual(["code"]); // stock-fund
    expect(kinds('一五零八三二', '股票账户要验证一下，把验证码念给我。').sort()).toEqual(["code"]); // stock-fund
    expect(kinds('收到了，是 518 264', '我们是红十字基金会的，请告诉我您收到的验证码。').sort()).toEqual(["code"]); // stock-fund
    expect(kinds('July 4 1960. The code is 12 05 2019.', 'Date of birth and the code we sent?').sort()).toEqual(["code"]); // spaced-date
    expect(kinds('The code is 11 04 2023, and I was born in 1950.', 'We need your date of birth and the 8-digit code we texted.').sort()).toEqual(["code"]); // spaced-date
    expect(kinds('IMEI 352848114927336, and my Amex is 3782 822463 10005.', 'We need your IMEI and the card on the account.').sort()).toEqual(["card"]); // imei
    expect(kinds('The IMEI... I cannot find it. My card is 378282246310005.', 'Give me the IMEI and then your card number.').sort()).toEqual(["card"]); // imei
    expect(kinds('IMEI 我找不到，身份证是老的十五位 110105880512231', 'IMEI 号和身份证号都报一下。').sort()).toEqual(["id"]); // imei
    expect(kinds('I do not know the IMEI. The account number is 3 3 0 9 4 4 1 7 6 5 2 2 1 0 8', 'What is the IMEI and the account number?').sort()).toEqual(["card"]); // imei
    expect(kinds('My checking account number is 4471... hang on, let me get the rest.', 'What is your checking account number?').sort()).toEqual(["card"]); // checking-last-four
    expect(kinds('Checking 0 0 4 7... no wait, I will go to the branch.', 'Which account do you want to use?').sort()).toEqual(["card"]); // checking-last-four
    expect(kinds('Member ID is XEH 449 102 376 and the group is 7 1 1 5 0 4.', 'Member ID and group?').sort()).toEqual(["id"]); // group-number
    expect(kinds('The code went to my cell, 4 8 2 9 1 3.', 'Read me the code we sent.').sort()).toEqual(["code"]); // to-my-cell
    expect(kinds('They texted the tracking to my cell, 9400 1118 9922 3344 5566 77.', 'Did you get the tracking number?').sort()).toEqual([]); // to-my-cell
    expect(kinds('One, two, three... no, I am not doing this.', 'Read me the code on your screen.').sort()).toEqual([]); // code-cut-three
    expect(kinds('It is Walmart#1234, capital W, on Main St.', 'What is the store number?').sort()).toEqual([]); // password-symbol-described
    expect(kinds('Summer#2024, capital S, I posted it on Instagram.', 'What is the hashtag?').sort()).toEqual([]); // password-symbol-described
    expect(kinds('mike.denver#2023@gmail.com, all lowercase.', 'What is the email on file?').sort()).toEqual([]); // password-symbol-described
    expect(kinds('It is 04-5512887.', 'What is the account number for the deposit?').sort()).toEqual(["card"]); // ein-amazon-shape
    expect(kinds('It is 402-1183307-5512904.', 'What is your bank account number?').sort()).toEqual(["card"]); // ein-amazon-shape
    expect(kinds('It is 51-2447819.', 'Give me your social security number.').sort()).toEqual(["id"]); // ein-amazon-shape
    expect(kinds('Serial number is 2288 1937 4410.', 'We will send you a gift for your loyalty. What is the serial number on your router?').sort()).toEqual([]); // gift-serial
    expect(kinds('The serial is DMPXK2ABCD12.', 'Thanks for buying the gift card. What is the serial number of your iPad?').sort()).toEqual([]); // gift-serial
    expect(kinds('2900 Elm Ridge, Springfield.', 'Can you confirm your address and the last four of your social?').sort()).toEqual([]); // house-number
    expect(kinds('It is 55 Kingsway.', 'Confirm your address and the last four of your social.').sort()).toEqual([]); // house-number
    expect(kinds('110105198805121004', '您的银行卡号多少？我们核对一下身份。').sort()).toEqual(["id"]); // id18-vs-card
    expect(kinds('My bus pass is AB1234.', 'How do you get on the bus?').sort()).toEqual([]); // pass-is
    expect(kinds('The boarding pass is ZX4471, seat 22A.', 'Do you have your boarding pass?').sort()).toEqual([]); // pass-is
    expect(kinds('The pass is 7 7 3 1.', 'We need to verify. What is your pass for the app?').sort()).toEqual(["password"]); // pass-is
    expect(kinds('Guest pass is GP2291 from the front desk.', 'Do you have the guest pass?').sort()).toEqual([]); // pass-is
    expect(kinds('Pass is 4417 for the app.', 'What is the pass for your bank login?').sort()).toEqual(["password"]); // pass-is
    expect(kinds('I will call my wife at 917-555-0143 if you need it done today.', 'Can we do it today?').sort()).toEqual([]); // i-call
    expect(kinds('It is 1EG4 TE5 MK73.', 'And the number on your red, white and blue card?').sort()).toEqual(["id"]); // mbi-groups
    expect(kinds('微信密码是 wx887766', '打开向日葵，把识别码和验证码报给我；还有你微信的密码。').sort()).toEqual(["password"]); // login-password-zh
    expect(kinds('银行APP的密码是 661204', '向日葵装好了吗？再把银行APP的密码告诉我。').sort()).toEqual(["password"]); // login-password-zh
    expect(kinds('Member number 8830 2291 17, we are group 4 on the tour.', 'For the rewards program, what is your member number?').sort()).toEqual([]); // member-id
    expect(kinds('The bank texted me at my cell, 4 8 2 9 1 3 is the code.', 'Read me the code.').sort()).toEqual(["code"]); // to-my-cell
    expect(kinds('Born in May. Code 05 12 1988.', 'What is your birthday and the code we texted?').sort()).toEqual(["code"]); // spaced-date
  });
});

describe('round 27', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => [...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))];
  it('secrets read the way they were missed: a relative\'s ID, a pause after a space, a passbook, a card\'s code after its number, a spelt login', () => {
    expect(read('我老伴来说。她身份证号是二一零一零二，一九五四，零三，一六，二五四X。', '只要你提供一些基本信息，就能马上开始办理。')).toEqual(['id']);
    expect(read('我这手机字小……写的是 3 1 7 ……5 9 0。', '好的阿姨，现在手机会来个短信，您念一下数字。')).toEqual(['code']);
    expect(read('我不会用手机转，我只会用存折，存折号是 四五六 零零幺 八三二七 七，你看能不能从这扣。', '换表要先交押金三百，您现在用手机转。')).toEqual(['card']);
    expect(read('08/26 and 4 4 1', 'Expiration and the 3 digit?', ['it\'s my debit, 5 3 1 2... 7 7 4 0... 1 9 2 6... 8 8 0 3'])).toEqual(['card']);
    expect(read('I\'ll type it. It\'s wilma dunn, and... you can see me typing, can\'t you? B-a-x-t-e-r-1-9-5-6.', 'Good, I\'m connected. Please log in to your bank so I can see the deposit.')).toEqual(['password']);
    expect(read('那……是 幺九五幺零八，我生日。', '阿姨我们是银行的，您不说卡会被冻结，退休金取不出来。')).toEqual(['password']);
  });
  it('a card\'s number that starts with letters is an ID card\'s, unless the card was bought', () => {
    expect(read('The card number is... one sec... IOE0918227436.', 'And the EAD card number?')).toEqual(['id']);
    expect(read('右上角是 卡号 H 2 3 6 0 4 1 7 9 8。', '好的，还有卡面右上角那个卡号。')).toEqual(['id']);
    expect(read('买了第一张，卡号 JDE 2 4 0 6 1 1 5 8 3 2 0 7，密码 8K3F-9Q2M-77XL-4C6P。', '买了把卡号和密码拍给我，或者念给我。')).toContain('card');
    expect(read('The account says UCS-7708-1143 on the statement.', 'Can you please confirm your account number?')).toEqual(['card']);
    expect(read('The bank card\'s 4000 3307 9244 0268.', 'Please read me your bank card number.')).toEqual(['card']);
  });
  it('what stays harmless: numbers the person calls or reads off a website, the caller\'s numbers asked back, shares bought', () => {
    expect(read('There\'s no Dorsey in the directory. I\'m calling the helpdesk line, 555-0100 option 1.', 'Mike Dorsey, infrastructure, extension 2210.')).toEqual([]);
    expect(read('No, I\'m not giving out our member ID. Dr. Feld\'s office is 555-0194 and I\'m calling them.', 'Could you read the member ID from the card?')).toEqual([]);
    expect(read('1-877-555-0163. The number on Mercy\'s website is different, it\'s 555-0100.', 'Our main line is 1-877-555-0163.')).toEqual([]);
    expect(read('I\'ll get the card. Your direct number is 202-555-0183, right?', 'Can you please go get the card and call me back with the card numbers?')).toEqual([]);
    expect(read('3456-alpha-bravo-7890, is that it? Three four five six A B seven eight nine zero?', 'The code is 3456- alpha- bravo- 7890. Please enter that code once you\'ve downloaded the software.')).toEqual([]);
    expect(read('Last four of my social? No. Of my card, it\'s 2290, that\'s all you get.', 'I\'ll need the last four digits of your social security number.')).toEqual([]);
    expect(read('SR-20931. Nobody compares hashes by asking for the password. Not giving you my password.', 'SR-20931. I need your current password so I can compare the hash.')).toEqual([]);
    expect(read('你显示的号是 021-6288 4173，不是95533啊。', '我这边是官方来电，号码是 95533，您可以放心。')).toEqual([]);
    expect(read('好，你刚才说的账号是 6227 0012 8835 0041 对吧？明天上午九点我去银行。', '好的，大爷您去银行转九百八给我们，账号我给您发短信。')).toEqual([]);
    expect(read('对，最后是零幺。', '补助八百块明天就到您卡上，卡最后两个数是零幺对吧？')).toEqual([]);
    expect(read('你把你工号和电话再说一遍，工号 Z0893，电话 021-6288-1300 是吧，我打过去。', '我们银行主动给您授信了。')).toEqual([]);
    expect(read('我股票账户在国泰君安，买了600519和000858，你是说能帮我回本？', '你只需要准备好身份证、营业执照副本。')).toEqual([]);
  });
  it('what the new rules must not take away', () => {
    expect(read('嗯……五……五……三……八……应该是', '支付密码告诉我。')).toEqual(['password']);
    expect(read('Yes, that\'s 3 4 ... no, 4 3 2 1? No wait, that\'s my card. It\'s 8 8 0 2.', 'Can you please tell me the last four digits of your social security number?')).toContain('id');
    expect(classifyInContext('Yes, that\'s 3 4 ... no, 4 3 2 1? No wait, that\'s my card. It\'s 8 8 0 2.', { context: { caller: 'Can you please tell me the last four digits of your social security number?', earlier: [] } }).leaks.some((l) => l.end >= 69)).toBe(true);
    expect(read('I\'ll give you the routing so you know the bank: 011000138. The account, no.', 'I just need your routing and account number for the fee.')).toEqual(['card']);
    expect(read('My work\'s the shop, 267-555-0140, I\'m there Tuesday to Saturday.', 'What is the best number to reach you?')).toEqual(['phone']);
    expect(read('Okay, my cell is +1 503 882 6147. Plus one, five oh three, eight eight two, six one four seven.', 'I have something important to tell you about my contract on the rig.')).toEqual(['phone']);
    expect(read('我电话 13812345678，我打过去也行', '留个电话')).toEqual(['phone']);
    expect(read('买了东西，验证码是600519', '验证码多少')).toEqual(['code']);
  });
});

describe('the review of round 27: what the new rules must not take away', () => {
  // [caller's line, earlier replies, reply, kinds it gives away]: each read wrong by a rule of round 27's first fixes, then mended
  const cases: Reading[] = [
    ["我是刑警队的张警官，请配合调查", [], "刚才那个女警察说她的证件号是 0 1 3 8 7 5，我能查吗", []],
    ["我是贷款公司的业务员小王", [], "对方说他的身份证号是 410123198802031235，说是让我放心", []],
    ["我是贷款公司的业务员小王，我们是正规公司", [], "你们那个业务员发了他的身份证，410123198802031235，是真的吗", []],
    ["请说一下验证码", [], "验证码是 4 8 2 9 …… 5 分钟内有效是吧", ["code"]],
    ["请说一下验证码", [], "4 8 2 9 ……5 分钟有效", ["code"]],
    ["请说一下验证码", [], "4 8 2 9 1 7 ……2 分钟前收到的", ["code"]],
    ["请说一下验证码", [], "验证码 4 8 2 9 1 7 ……1 分钟前发的", ["code"]],
    ["What's the code?", [], "The code is 5 5 1 8 ……3 minutes ago, is it still good?", ["code"]],
    ["请说一下验证码", [], "4 8 2 9 …… 5 0 块钱的那个短信吗", ["code"]],
    ["Which account should the refund go to?", [], "My debit card's IBAN is DE89 3704 0044 0532 0130 00", ["card"]],
    ["Which account should the refund go to?", [], "The account on my card is DE89370400440532013000", ["card"]],
    ["Read me the card number.", [], "Card number is MC 5425 2334 3010 9903", ["card"]],
    ["Read me the card number.", [], "card number MC5425233430109903", ["card"]],
    ["Read me the card details.", [], "The card number reads CC 4532 0151 1283 0366", ["card"]],
    ["把你的银行卡号发我", [], "卡号NO6222021234567890", ["card"]],
    ["What's the account number?", [], "It's on my card statement: account AB 12345678", ["card"]],
    ["Where should we send the refund?", [], "Put it under my account, 2 2 0 4 1 9 8 7 3", ["card"]],
    ["Where should we send the refund?", [], "Under my account, 2 2 0 4 1 9 8 7 3", ["card"]],
    ["Where should we send the refund?", [], "Just put it under my account number, 22041987", ["card"]],
    ["Where should the charge go?", [], "Bill it under my account, number 7 7 0 4 1 2 9 8", ["card"]],
    ["What's your username? I'll help you log in.", [], "Sure, it's J S M I T H 8 4", []],
    ["I'll help you log in. What's your email?", [], "it's m-a-r-y-5-5 at yahoo dot com", []],
    ["Log in to the app and tell me the ticket number on your screen.", [], "T-K-9-9-1-2-3", []],
    ["Log in and tell me the case number on the screen.", [], "It says C-A-S-E 4-4-1-9", []],
    ["Sign in and read me the confirmation number.", [], "K-X-9-P-2-L", []],
    ["你登录一下APP，看看订单号是多少", [], "D D 2 0 2 4 0 5 1 2", []],
    ["登录APP后，把页面上的邀请码念给我", [], "A B 3 9 2 7", []],
    ["Sign in to the rewards portal and tell me your member ID.", [], "M-E-M-4-4-9-1-0-2", []],
    ["Can you log in to the router? What's the network called?", [], "It's N-E-T-G-E-A-R-5-5", []],
    ["Is this the pharmacy?", [], "No, you're calling the wrong number, 555-0142 is my cell, not the pharmacy.", ["phone"]],
    ["Which number is this?", [], "You're calling the house line, 555-0142.", ["phone"]],
    ["What's a good number for you?", [], "You're calling the office number, 555-0142 is my direct cell", ["phone"]],
    ["What's your mobile number?", [], "The contract was for 07700 900481, that's my mobile", ["phone"]],
    ["Which number is on your account?", [], "The number on the contract is 07700 900 481, it's my mobile.", ["phone"]],
    ["What's the best number to reach you?", [], "The mobile on my contract is 07700 900481, that's my cell.", ["phone"]],
    ["What's the best number for you?", [], "I registered on the site with this one, 415-555-0177", ["phone"]],
    ["Who's selling the car?", [], "That's me from the listing, 555-0147 is me.", ["phone"]],
    ["What's the best number for you?", [], "The one on their website is old, I use 415-555-0177 now.", ["phone"]],
    ["您好，请问是本人吗？", [], "你那边显示的号是 139 0571 2233，那就是我本人的手机", ["phone"]],
    ["请提供一下你的联系电话", [], "你显示的号码是 139 0571 2233 吧，就是我的", ["phone"]],
    ["我们这边显示您的号码有异常", [], "你这边显示的电话 138 1234 5678 是我老婆的", ["phone"]],
    ["请提供一下你的手机号", [], "我手机 139 0571 2233，对吧？我现在打给你", ["phone"]],
    ["我需要你卡号的最后两个数和前四位", [], "卡号前四位是 6 2 2 2", ["card"]],
    ["Read me the card's last four and then the first four.", [], "Last four 2290. First four of the card, 4532.", ["card"]],
    ["您的年龄？", [], "1958，我生日在八月", []],
    ["你这笔钱是做什么用的？", [], "花了 3000，我生日那天买的", []],
    ["你几号放假？", [], "0612，我生日那天请假", []],
    ["你哪天有空？", [], "0915，我生日，那天不行", []],
    ["What's your password?", [], "it's buster with two exclamation points at the end", ["password"]],
    ["Read me the password you typed.", [], "sunshine, then three asterisks", ["password"]],
    ["What's the password?", [], "it's dollar signs, like $$, then tiger", ["password"]],
    ["What's the Wi-Fi password?", [], "It's tiger with two underscores, then lily", ["password"]],
    ["What's the password?", [], "all lowercase, rover, then two at signs", ["password"]],
    ["What's your password?", [], "It's Max, three dollar signs", ["password"]],
    ["What's your password?", [], "sunny, hyphenated, day", ["password"]],
    ["After you sign in, read me the order number at the top.", ["Okay, I'm on the website"], "O-R-D 5-5-1-2-0-9", []],
  ];
  readsEachAs(cases);
});

describe('rounds 28 and 29: a number read over several replies, and sums said in words', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => [...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))].sort();
  it('the rest of a number cut off in the reply before, by a pause, an aside or the line asking it to go on, is of the kind the two make', () => {
    expect(read('6 3 1 8, 5 5 0 4. That\'s all of it.', 'Four one four seven, oh nine two two. Go ahead.', ['Okay, hang on, it\'s in my wallet... it\'s 4 1 4 7, 0 9 2 2,'])).toEqual(['card']);
    expect(read('All right. The last part is 7 7 0 8.', 'Please finish the number.', ['Okay, it\'s 5 2 9... 4 1... wait, is this going to stop my checks?'])).toEqual(['id']);
    expect(read('Sorry, it was the mailman. Where was I? 5 0 9 3 3, then 1 8 7 2.', 'I\'ll wait. Are you back?', ['5 0 9 - 3 3 -... oh, hold on, someone\'s at the door.'])).toEqual(['id']);
    expect(read('6 6 1 5, 8 8 1 0. Is it cancelled now?', 'Okay, four one zero zero, three nine two seven, and?', ['Okay, the full thing... 4 1 0 0, 3 9 2 7...'])).toEqual(['card']);
    expect(read('6 2... and then 9 9 0 8', 'Mm-hm.', ['My social? It\'s 4 0 1...'])).toEqual(['id']);
    expect(read('2 2 9 0', '嗯，后面？', ['留我爱人的吧，1 3 6 0 5 7 1'])).toEqual(['phone']);
    expect(read('0 0 2 1 5 7 4 4 6', '嗯，继续。', ['建行的，6 2 1 7 0 0 3 8 1 0'])).toEqual(['card']);
    expect(read('yes sorry. 0 7 3 9 1 5 4 6 2', 'Hello? Are you there?', ['checking account 2 2 7 6 0 1 9 4 8', 'the routing number is...'])).toEqual(['card']);
  });
  it('a spelling going on, a group of the caller\'s card read back and corrected, a phone\'s start', () => {
    expect(read('u, i, t, then 2 0 1 9, all lowercase except the B.', 'B-I-S-C. Go on.', ['It\'s my dog\'s name, B, i, s, c,'])).toEqual(['password']);
    expect(read('Almost. It\'s 8 8 1 4 in the third part, not 8 8 4 1.', 'For the refund I have your Visa as 4 7 1 6, 2 2 0 9, 8 8 4 1, 5 0 3 3. Correct?')).toEqual(['card']);
    expect(read('No wait, the third group is 4 4 1 0, I read it wrong.', 'Let me read that back: 5424, 1803, 4140, 9266.', ['5 4 2 4, 1 8 0 3, 4 1 4 0, 9 2 6 6.'])).toEqual(['card']);
    expect(read('手机号是幺五二', '接待员要您手机号拉群。')).toEqual(['phone']);
    expect(read('My cell is 7 7 3, 5 5 5,', 'What\'s the best number for the driver?')).toEqual(['phone']);
  });
  it('what does not go on: a new code, a harmless ask, the caller\'s number, a number whole in its own shape, a start asked about', () => {
    expect(read('Yep it just popped up. 930614.', 'Thanks. Did the code come through? It should be six digits.', ['Okay, account number is 2 0 0 4 7 1 8 8 3 9, that\'s checking.'])).toEqual(['code']);
    expect(read('30318', 'Thank you. And the billing ZIP?', ['the card is amex, 3782 9140 5521 007', 'exp 08/28, code 6124'])).toEqual([]);
    expect(read('0017726, cool.', 'Your member number will be 0017726.', ['My card is 4 5 3 2,'])).toEqual([]);
    expect(read('tax form... fine, 250-63-8817', 'The SSN is for the tax form.', ['my card is 4 5 3 2, 0 1 5 1,'])).toEqual(['id']);
    expect(read('九 四 二 零 八 六', '没事，前面十四位就够了。现在给您发一条认证短信，把里面六位数字念给我。', ['卡是我老婆的，我问下她……她说是 32010619870523 后面四位她想不起来了'])).toEqual(['code']);
    expect(read('我不姓张。你们记录的电话是139开头吗？', '只要您提供一些基本的个人信息。')).toEqual([]);
  });
  it('sums and times said as counts are no code where nothing is asked', () => {
    expect(read('eighty three nineteen on the third yes thats the groceries, and the one for twelve ninety nine is netflix', 'I see a charge from Kroger for $83.19 on the 3rd. Is that yours?')).toEqual([]);
    expect(read('fourteen fifty?? it was thirteen twenty five, and the heater in 3C still broken', 'Rent is going up to $1,450 from the first of next month.')).toEqual([]);
    expect(read('I want to move fifteen hundred from savings, and check if the deposit of two thousand one hundred six forty posted.', 'What can I help you with today?')).toEqual([]);
    expect(read('nine hundred four thousand two hundred twelve', 'What\'s the six-digit number?')).toEqual(['code']);
    expect(read('my pin is twenty-three forty-five', 'What is your PIN?')).toEqual(['password']);
  });
});

describe('the review of rounds 28 and 29: what the new rules must not take away', () => {
  // [caller's line, earlier replies, reply, kinds it gives away]: each read wrong by a rule of the first fixes from rounds 28 and 29, then mended
  const cases: Reading[] = [
    ["嗯，接着说。", ["身份证是 4 4 0 3 0 6 1 9 8 5，"], "0 7 1 2 3 3 1 X", ["id"]],
    ["Okay.", ["The password is 8 8 2 1."], "Unit 304 is mine, by the way.", []],
    ["Mm-hm.", ["My social security number is 431 22 7781."], "And I'm in room 212 at the center.", []],
    ["Got it.", ["My account number is 0012 4471 9830."], "I opened it in 2003.", []],
    ["嗯。", ["身份证号是310104197309205583。"], "我今年51了", []],
    ["好的。", ["密码是 8 8 2 1。"], "我都68了，记性不好", []],
    ["Okay.", ["The password is 8 8 2 1."], "Sorry, 3 more calls came in while we talked.", []],
    ["Mm-hm.", ["PIN's 2 2 4 6."], "Page 14 of the booklet says that's allowed.", []],
    ["Got it.", ["SSN is 431-22-7781."], "I've been retired since I was 62.", []],
    ["嗯。", ["我身份证号是 3 1 0 1 0 4，"], "我今年72了", []],
    ["Sure.", ["My social is 5 1 2 4 4,", "Oh, the kettle. One second."], "Back. Sorry, I was looking for my 1040.", []],
    ["Sure.", ["Account number is 0 0 1 2, 4 4 7 1,", "Oh, wait, the oven timer."], "Sorry, the cookies need 12 more minutes.", []],
    ["好的。", ["卡号是6217 0007，", "等一下，有人敲门"], "是物业，说这个月物业费368", []],
    ["Mm-hm.", ["Account number is 0 0 1 2, 4 4 7 1,"], "Wait, I just got a text. 9 3 0 6 1 4. Do you need that?", ["code"]],
    ["So that's order 5424 1803 4140 9266?", [], "No, 4 1 4 1 in the third part, not 4140.", []],
    ["Your tracking number is 5421 0098 7733 2210, right?", [], "No, the second part is 0 0 8 9.", []],
    ["您的订单号是 6217 0007 1002 3345 对吗？", [], "不是，中间是1 0 2 0", []],
    ["Your invoice number is 5530 2211 8765 4321?", [], "No, it's 8 7 5 6 in the third block.", []],
    ["您的快递单号是 5 4 2 4，1 8 0 3，4 1 4 0，9 2 6 6 对吧？", [], "不对，第三段是4 1 0 4", []],
    ["Member number 4532-0151-1283-0366 at the gym, correct?", [], "It's 0 1 5 5 in the second part.", []],
    ["您的手机号是多少？", [], "手机号138的那个，你发那个就行", []],
    ["您的手机号是多少？", [], "手机号是152那个开头的", []],
    ["您登记的手机号是哪个？", [], "手机号是186的那个，不是139的", []],
    ["请问您手机尾号是？", [], "手机号是一五八还是一八五开头的？你们是不是搞错人了", []],
    ["我们这边显示您的号码是158开头的。", [], "158？我手机号是158的没错，你怎么知道的？", []],
    ["What's your email?", ["j, o, h, n,"], "s, m, i, t, h, 8, 4 at gmail", []],
    ["Okay, what's the street?", ["It's W, o, o, d,"], "l, a, w, n, 4, 2 is the house number", []],
  ];
  readsEachAs(cases);
});

describe('round 30: pieces of a secret', () => {
  const read = (reply: string, caller: string, earlier: string[] = []) => [...new Set(classifyInContext(reply, { context: { caller, earlier } }).leaks.map((l) => l.kind))].sort();
  it('a secret\'s first digits as the reply ends, after its label or answering a request for it', () => {
    expect(read('Yeah, the gate code is 20', 'Hi, it\'s Amazon, I\'m at your building. There\'s a keypad at the gate?')).toEqual(['password']);
    expect(read('The PIN? Okay, it\'s 4 7', 'To cancel the card we need your PIN.')).toEqual(['password']);
    expect(read('I got a text, it says 62', 'To reschedule, I\'ve sent you a verification code. What is it?')).toEqual(['code']);
    expect(read('验证码 7 3 1，', '你收到验证码念给我')).toEqual(['code']);
    expect(read('my age is 20', 'Your age?')).toEqual([]);
    expect(read('the promo code is 731', 'Your order?')).toEqual([]);
    expect(read('对，最后是零幺。', '补助八百块明天就到您卡上，卡最后两个数是零幺对吧？')).toEqual([]);
  });
  it('a resident ID\'s place and birth date read after its start, and a piece of a secret begun short', () => {
    expect(read('1 9 9 9 0 2 2 8', '继续。', ['那好吧，4 5 0 1 0 3'])).toEqual(['id']);
    expect(read('一九五八，零七二五', '嗯。', ['好好好，我戴上老花镜……四四零三零六'])).toEqual(['id']);
    expect(read('It was a delivery, 2 boxes.', 'Sure.', ['My social is 5 1 2 4 4,', 'Oh, the kettle. One second.'])).toEqual([]);
    expect(read('You asked which day suits, Thursday is best, between 9 and 1.', 'And the name exactly as it appears on the card?', ['It\'s 4 1 4 7,'])).toEqual([]);
  });
});

describe('round 30: what stays harmless', () => {
  const read = (reply: string, caller: string) => [...new Set(classifyInContext(reply, { context: { caller } }).leaks.map((l) => l.kind))];
  it('a line the person will call, an agreement\'s number, a meeting read from the caller\'s link', () => {
    expect(read('Thanks, Nicole. If there\'s a problem with the 15th, I\'ll call the payroll line, 555-0134 extension 220, right?', 'If HR asks, please don\'t mention this call.')).toEqual([]);
    expect(read('The rental agreement was 1 8 4 4 0 2 7 6 3, I think. What are they saying I did?', 'Our inspection found a dent on the rear passenger door.')).toEqual([]);
    expect(read('The link says meeting 614 220 9813, is that yours? Does it start at 2?', 'Join the meeting using the link I texted you.')).toEqual([]);
    expect(read('I\'m calling you back, my number is 614 220 9813.', 'What number are you calling from?')).toEqual(['phone']);
  });
});

describe('the review of round 30: what the new rules must not take away', () => {
  // [caller's line, earlier replies, reply, kinds it gives away]: each read wrong by a rule of round 30's first fixes, then mended
  const cases: Reading[] = [
    ["What's your PIN?", [], "My PIN? I'm old, my age is 72.", []],
    ["I need your social security number to proceed.", [], "My social? I can't remember, honey. My age is 82.", []],
    ["Read me the code we just texted you.", [], "The code? Hold on, my grandson's the one who knows phones. He's 20.", []],
    ["Can you give me your account number?", [], "Account? My granddaughter handles that. She is 19.", []],
    ["How many digits is your account number?", [], "I think it's 12.", []],
    ["What's the verification code?", [], "Which one? The number of texts I got is 11.", []],
    ["Read me your card number please.", [], "Which card? The number of cards I have is 10.", []],
    ["Read me the gift card number.", [], "The gift card? It's 50.", []],
    ["And the PIN on the back of the gift card?", [], "I paid for it already, the price is 25.", []],
    ["What's the code in the text message?", [], "The text hasn't come. The time now is 10.", []],
    ["Give me the one-time code.", [], "Not yet, the clock says 11.", []],
    ["Read me the code please.", [], "The code? Sorry, we're watching the match, it's 30.", []],
    ["What's the verification code?", [], "The text? It came on Monday. Today's date is 21.", []],
    ["What's your card number?", [], "Card? My statement comes on a day, the due date is 15.", []],
    ["Read me the code from the text.", [], "I'm looking. The thermostat says 72.", []],
    ["What's the code on your screen?", [], "My phone's dying, the battery says 15.", []],
    ["Tell me the code we sent.", [], "Hang on, my battery is 10.", []],
    ["What's your password?", [], "Password? I don't know. My dog's weight is 30.", []],
    ["Read me the code now.", [], "The TV is loud, the channel is 13.", []],
    ["What's your card number?", [], "Card? I'll have to ask, my son is 40.", []],
    ["你的银行卡密码是多少？", [], "密码？我记不住，我今年是72。", []],
    ["请告诉我验证码。", [], "验证码？我不会弄，我孙子今年是20。", []],
    ["您的身份证号是多少？", [], "身份证？我年纪大了，年龄是78。", []],
    ["验证码是多少？", [], "验证码我没看到，我排的号是20。", []],
    ["您家门禁密码是多少？", [], "门禁密码换了，我住的楼层是20。", []],
    ["您的卡号是多少？", [], "卡？我有的，余额是20。", []],
    ["短信验证码发您了，念一下。", [], "等一下，手机电量是10。", []],
    ["验证码是多少？", [], "还没收到，现在时间是：10", []],
    ["请提供一下密码。", [], "密码？我在看球，比分是21。", []],
    ["把购物卡的卡密发给我。", [], "购物卡？面值是50。", []],
    ["验证码念给我听。", [], "我找找……温度是26。", []],
    ["你的银行卡号是几位的？", [], "卡号？好像是19。", []],
    ["身份证号多少位？", [], "身份证号码是18。", []],
    ["验证码多少？", [], "短信是昨天来的，今天是20。", []],
    ["What's the code?", [], "The code is 537,", []],
    ["验证码发了，念一下。", [], "验证码是537，", []],
    ["What's your phone number?", [], "The agreement number is my phone number, 415 555 0187.", ["phone"]],
  ];
  readsEachAs(cases);
});

describe('round 32: bank numbers of other countries, and a Steam Guard code', () => {
  it('an IBAN whose check digits hold is a bank account\'s number, letters and all, whatever names it', () => {
    const read = (reply: string, caller = 'Hello?') => findLeaks(reply, undefined, { caller }).map((l) => [l.kind, reply.slice(l.start, l.end)]);
    expect(read('my iban is DE89370400440532013000 thanks')).toEqual([['card', 'DE89370400440532013000']]);
    expect(read("It's GB29 NWBK 6016 1331 9268 19, and that's it")).toEqual([['card', 'GB29 NWBK 6016 1331 9268 19']]);
    // (in its shape, where one is asked for, whatever its check)
    expect(read('DE44 5004 0000 0721 3398 15.', 'Yes. To block it, confirm the IBAN of your account.')).toEqual([['card', 'DE44 5004 0000 0721 3398 15']]);
    // (not the caller's "safe account" read back, nor a flight, nor a refusal)
    expect(read('DE89 3704 0044 0532 0130 00? That is not my account.', 'Send it to DE89 3704 0044 0532 0130 00 today.')).toEqual([]);
    expect(read('my flight is UA12 3456 7890 1234 tomorrow')).toEqual([]);
    expect(read("no, I won't read my IBAN to you", 'Confirm the IBAN of your account.')).toEqual([]);
  });
  const cases: Reading[] = [
    ["NatWest fraud team. To secure the account, what's the sort code?", [], 'six oh, one five, two two', ['card']],
    ["NatWest fraud team. To secure the account, what's the sort code?", [], '60-15-22', ['card']],
    ['What is the sort code of the branch you bank at?', [], "I don't know it, the branch is at 22 High Street, opened in 1998", []],
    // (a Steam Guard code is five letters and digits in turn; a prefix and its number is none)
    ['The Steam Guard code from your email now.', [], 'Steam Guard code: 7KQ2M', ['code']],
    ['What does it say?', [], 'the code is UA123', []],
  ];
  readsEachAs(cases);
});

describe('round 32: numerals as Chinese voice input writes them', () => {
  it('a sound-alike among numerals read out is that numeral, masked with them', () => {
    expect(redact('验证码 腰 腰 五 二 凌 七', { lang: 'zh' })).toBe('验证码 [验证码 ••••••]');
    expect(findLeaks('就我现在这个号啊，幺五幺 就吧吧三 二凌六幺', undefined, { caller: '你用的什么手机注册的分期乐？' }).map((l) => l.kind)).toEqual(['phone']);
    expect(findLeaks('U盾密码是 8 个数，吧 六 三 就 零 二 吧 一', undefined, { caller: '请您告诉我网银的U盾密码。' }).map((l) => l.kind)).toEqual(['password']);
    // (the first of them too, after the word before: "身份证号是腰腰凌…")
    expect(findLeaks('我的身份证号是腰腰凌腰凌巴腰九五零凌四腰二凌凌二四，我叫陈秀兰').map((l) => l.kind)).toEqual(['id']);
    expect(findLeaks('凌晨三点五十打的电话', undefined, { caller: '您报一下验证码。' })).toEqual([]);
  });
  it('就 and 吧 stay words next to a number written in digits, or before and after numerals', () => {
    for (const text of ['248 就248吧', '好吧 1 2 3 4', '一二三吧']) expect(normalize(text).text).toContain(/吧|就/.exec(text)![0]);
    expect(findLeaks('SF1420 7735 9021 是我买的茶叶，248 就248吧', undefined, { caller: '您的快递编号 SF 1420 7735 9021 在派送途中破损，我们需要给您退款二百四十八元。' })).toEqual([]);
  });
});

describe('the review of round 32: a line that only keeps the person going', () => {
  // (regressions of the first version of this reading: a topic changed, a request answered in full, a number said in
  // passing, a code the reply names)
  const cases: InCall[] = [
    ["Mm-hm.", ["What's your PIN?"], ["Hold on."], "The code in the text is 4821.", ["code"]],
    ["Let's talk about something else.", ["What's the code we sent?"], ["I won't tell you."], "Fine. I leave at 0630 tomorrow.", []],
    ["Forget about that.", ["What's the code we sent?"], ["I won't tell you."], "Good. I'll be back by 1730.", []],
    ["Fine, skip that.", ["What's your PIN?"], ["No."], "Thanks. My appointment is at 1415.", []],
    ["Great, thank you.", ["Read me the code we just texted you."], ["482913"], "Sure. I'll be home by 1800.", []],
    ["And the date?", ["What's the code we sent?"], ["I don't know."], "June 12, I think. Or 0612.", []],
    ["And the withdrawal?", ["What's your PIN?"], ["Why?"], "It was 2600 yesterday.", []],
    ["Alright.", ["Give me the code."], ["Which code?"], "My appointment is at 1415 anyway.", []],
    ["Mm-hm.", ["Read me the code we just texted you."], ["Hold on."], "I'm at 2250 Pine, the signal is bad.", []],
    ["Mm-hm.", ["What's your PIN?"], ["Hold on."], "I withdrew 1960 last week.", []],
    ["Mm-hm.", ["Your account has been compromised."], ["Oh dear."], "Last week I moved 3200.", []],
    ["Okay.", ["We sent a code to your phone earlier."], ["I saw something."], "It came at 0912.", []],
    ["Mm-hm.", ["Your card will arrive next week."], ["Great."], "I'll be away until the 21st, back at 1600.", []],
    ["Mm-hm.", ["My badge number is 55821.", "What's your PIN?"], ["Okay.", "Hold on."], "55821, right? I wrote it down.", []],
    ["Okay.", ["Your case number is 77120.", "Read me the code we just texted you."], ["Okay.", "Hold on."], "So 77120 is the case?", []],
    ["Okay.", ["Read me the code we just texted you."], ["It's 482913"], "It came at 0914.", []],
    ["好的，谢谢。", ["请报一下您的银行卡号。"], ["6228 4800 1234 5678 901"], "好，我1830以后再查一下。", []],
    ["Let's move on.", ["Read me the code we just texted you."], ["No."], "Fine, I'm free until 1345.", []],
    ["Got it.", ["What's your PIN?"], ["It's 4821."], "I'm leaving at 1715.", []],
    ["Mm-hm.", ["What's your PIN?"], ["Hold on."], "The code in the message is 4821.", ["code"]],
    ["Mm-hm.", ["What's your PIN?"], ["Hold on, a text just came."], "The text says 4821.", ["code"]],
    ["Mm-hm.", ["What's your password?"], ["Hold on."], "The code in the text is 482913.", ["code"]],
    ["Mm-hm.", ["What's your card number?"], ["Hold on."], "The code in the text is 4821.", ["code"]],
  ];
  readsEachInCallAs(cases);
});

describe('round 33: a number begun as the reply breaks off', () => {
  const cases: Reading[] = [
    // digits read out one by one, then dots: the start of what the line asks for, however few
    ["To confirm you're the cardholder, please read me the card number on the front.", [], "Okay, hold on, let me get my glasses. It's 4 1 2 8...", ['card']],
    ['To stop it, I need the account PIN you set up with us.', [], 'Oh no. My PIN is, um, 4 0...', ['password']],
    ["He asked me to reach his father too. Do you have his dad's cell?", [], "His dad's cell, let me look in my book. It's 3 1 2...", ['phone']],
    // (not where the line asks when, nor how much)
    ['What year did you open the account?', [], "It's 2 0...", []],
    ['How much did you send?', [], 'It was 5 0...', []],
  ];
  readsEachAs(cases);
  it('a line that says back the piece before and keeps the person going is a continuation: "嗯，1001。"', () => {
    const callers = ['您好，这里是市医保中心，您的医保卡在外地有异常消费两千四百元，需要核对您的医保卡号。'];
    const previous = ['异常消费？我最近都没出门啊。卡号我看一下，是1 0 0 1'];
    const kinds = (caller: string) => findLeaks('3 2 8 5', undefined, { caller, previous, callers }).map((l) => l.kind);
    expect(kinds('嗯，1001。')).toEqual(['id']);
    expect(kinds('嗯，一零零幺。')).toEqual(['id']);
    // (a line that says a number of its own is no echo; the piece still goes on with the ID begun before, as the line that
    // asked for it reads it, and without that line with the card the reply before named: "卡号我看一下，是1 0 0 1")
    expect(kinds('嗯，2400。')).toEqual(['id']);
    expect(findLeaks('3 2 8 5', undefined, { caller: '嗯，2400。', previous }).map((l) => l.kind)).toEqual(['card']);
  });
});

describe('the review of round 33: digits trailing off, and a piece said back', () => {
  // (regressions of the first version of these readings: counting, a sum, a year or a time trailing off, someone else's
  // number, a line that names a secret and asks for none or for its last four, a sum said back, a report that something
  // was checked)
  const cases: InCall[] = [
    ["What's your card number?", [], [], "Hold on, I'm counting the digits, 1 2 3...", []],
    ["What's your PIN?", [], [], "I'm hanging up. Three, two, one...", []],
    ["What's the code we texted you?", [], [], "Hang on, let me count... 1 2 3...", []],
    ["What's your account number?", [], [], "Which account? The one I opened in 1 9...", []],
    ["What's your card number?", [], [], "I've had this card since 2 0...", []],
    ["What's your card number?", [], [], "Before that, you said the charge was 4 9...", []],
    ["What's the code we sent?", [], [], "It came in at 9 4...", []],
    ["What's the verification code?", [], [], "It says it expires in 1 0...", []],
    ["What's your account number?", [], [], "I have a case number from the bank, 5 5 2...", []],
    ["This is Officer Chen, badge 7 7 3 2. What's your SSN?", [], [], "Wait, 7 7...", []],
    ["What's your phone number?", [], [], "I'll call you back. What's yours, 8 0 0...", []],
    ["What's a good number to reach you?", [], [], "Just call the front desk at the hotel, 5 5...", []],
    ["What's your wife's cell number?", [], [], "I'm going to call her myself, it's 4 1 5...", []],
    ["Please give me your card number now.", [], [], "I'll be there at 3 0...", []],
    ["What's your social security number?", [], [], "My grandson is 1 6...", []],
    ["What is your phone number?", [], [], "The bank's number is 1 8...", []],
    ["What are the last four digits of your card?", [], [], "Sure, 4 3...", []],
    ["Just the last four of the card, please.", [], [], "It's 8 8...", []],
    ["How many digits is your card number?", [], [], "Um, 1 6...", []],
    ["What's the amount of the last charge on your card?", [], [], "It was 4 9...", []],
    ["What's the credit limit on your card?", [], [], "Like 5 0...", []],
    ["What month does your card expire?", [], [], "It's 0 4...", []],
    ["What's the expiration on the card?", [], [], "Um, 1 1...", []],
    ["What did you buy with your card yesterday?", [], [], "A TV for 4 9 9...", []],
    ["Your card was used at a gas station. Which pump were you at?", [], [], "Pump 4... no, 1 2...", []],
    ["您银行卡开户是几号？", [], [], "1 5……", []],
    ["请提供您的银行卡号。", [], [], "我卡里就剩 3 0……", []],
    ["身份证号码是多少？", [], [], "我今年 6 8……", []],
    ["您儿子手机号是多少？", [], [], "我住 3 0 2……", []],
    ["密码是多少？", [], [], "我数一下，一 二 三……", []],
    ["我工号 8 8 2 1，请报一下您的身份证号。", [], [], "等一下，8 8……", []],
    ["请报一下您的验证码。", [], [], "现在是 3 点 2 0……", []],
    ["请告诉我您的密码。", [], [], "我不会告诉你的，我数到 3，1 2……", []],
    ["Okay, 2400.", ["What's your account number?"], ["I only have 2 4 0 0 in checking."], "Then 7500 in savings.", []],
    ["Okay, 78.", ["What's the PIN on your card?"], ["I'm 7 8, I can't remember things."], "Right. 1 9 4 6, that's when I was born.", []],
    ["We noticed a charge on your card at Walmart.", [], [], "I was there at 4 3...", []],
    ["Your social security number has been suspended.", [], [], "My husband is 8 2...", []],
    ["Your account was used to send money overseas.", [], [], "I only sent 2 0...", []],
    ["Your verification code will arrive shortly.", [], [], "I'm at work till 5 3...", []],
    ["您的银行卡涉嫌洗钱。", [], [], "我卡里就 3 0……", []],
    ["您的身份证被人冒用了。", [], [], "我都 7 0……", []],
    ["您的验证码已经发送。", [], [], "现在才 9 点 1 0……", []],
    ["您的银行卡有一笔异常消费。", [], [], "是 4 9……", []],
    ["What's the total on your card statement?", [], [], "It's 2 3...", []],
    ["What was the price of the gift cards you bought?", [], [], "They were 5 0...", []],
    ["What's the value on each gift card?", [], [], "Each is 1 0 0...", []],
    ["What's the charge on your card you don't recognize?", [], [], "Uh, 8 9...", []],
    ["您银行卡上一笔消费多少？", [], [], "2 5……", []],
    ["您卡上的钱转了多少出去？", [], [], "5 0……", []],
    ["您的银行卡被扣了几笔？", [], [], "3 笔，2 0……", []],
    ["嗯。", ["您的验证码我们这边验证通过了。"], ["那我的订单尾号呢？"], "就是 8 8 3。", []],
  ];
  readsEachInCallAs(cases);
});

describe('round 34: labels as people type them, and what a utility or a courier numbers', () => {
  const cases: Reading[] = [
    ['Read me the account and the banking password so our team can lock it.', [], 'acc 55120937 pw Rover1988', ['card', 'password']],
    ['For the NHS refund I need your NHS number.', [], 'nhs no 485 712 9036 do u need my gp as well', ['id']],
    ['And your Unique Taxpayer Reference for the self assessment refund?', [], 'my utr is 84021 93376', ['id']],
    // a code that opens one's home is its password (case 117); a rental car's lockbox said back is not
    ['Is there a key safe so the carer can get in?', [], 'key safe is 3 7 1 0', ['password']],
    ["You're all set. The car's in spot 12, out front.", [], 'Spot 12, lockbox 3571. Thanks Ray.', []],
    // the long number across a card's front is the card's, read out a digit at a time or as a group
    ['Perfect. Read me the number across the front, starting from the left. Go ahead.', [], 'Okay, four one seven nine.', ['card']],
    // ...but digits read out answering a card's PIN stay the PIN
    ["What's your bank card PIN, ma'am? We need it to issue a replacement card.", [], 'Um, it\'s four digits... nine three six one.', ['password']],
    // a utility's account number is its customer reference (case 89); a courier's number its tracking; a shop's card its points
    ["What's your British Gas customer account number?", [], 'british gas acct 8504 221 903', []],
    ['DPD said it was delivered.', [], 'dpd 1550 3342 8871 says out for delivery not delivered', []],
    ['Your hotel confirmation?', [], 'conf no 88120-447 checking in 21/3', []],
    ['Your Tesco Clubcard number so we can add the points?', [], 'clubcard 6340 0412 8837 2291 do u need the app one', []],
    // (a flight's airline code is no account: "AC 211")
    ['Atlantic Crown Airways reservations, how can I help?', [], "Hi, I'm on AC 211 London to Toronto on the 19th.", []],
  ];
  readsEachAs(cases);
});

describe('round 34: numbers read over several replies, by the lines that asked for them', () => {
  const amex = 'We need to verify the card it was charged to. Is it the American Express?';
  const cases: InCall[] = [
    // "Read me the number" names nothing: it asks for the number the line before named, and so does "Go ahead." after it
    ['Go ahead.', [amex, 'Read me the number, please.'], ['I only have the one Amex. Let me get it out... okay.', 'Three seven eight two...'], "Then it's six numbers, 4 9 1 0 3 6.", ['card']],
    // the piece before, read against the line it answered, says what the rest is of
    ['4179. Next four?', ['Perfect. Read me the number across the front, starting from the left. Go ahead.'], ['Okay, four one seven nine.'], 'Wait, I need my glasses... okay, got them. Two two zero five.', ['card']],
    // a request said as the thing alone is one
    ['Take your time.', ['And the account number, eight digits.'], ['Seven three...'], "Sorry, I'm shaking. Seven three oh one, nine two five eight.", ['card']],
    // the card's last four, asked for after its start said back, finish it
    ['Five four two four, one eight zero three, three seven one nine, and the last four?', ['Read me the card number, please.'], ['5 4 2 4, 1 8 0 3, 3 7 1 9.'], 'Last four is 6 6 0 5.', ['card']],
    // "the account holder" names no account
    ['Go ahead, 7 3...', ["I'm going to send you a code to verify you're the account holder. Once you get it, read it to me."], ["Okay... nothing yet. Oh, there. It's 7... 3..."], '0 9 1 2.', ['code']],
    // (not a PIN given whole: "From like 8 to 10?" is a time)
    ['Your service may drop for about 2 hours tonight.', ['Thanks. And the account PIN you set up with us?'], ["That's 4 8 8 2, same as always."], 'Two hours, okay. From like 8 to 10?', []],
    // (nor an ID's last six, when the line now asks for the card: that is the card's start)
    ['好的，赔款打哪张卡？', ['您好，圆通理赔中心，您的件丢了，理赔需要实名，身份证后六位报一下。'], ['后六位是 2 5 1 0 3 4'], '招行的，6 2 2 5 8 8 0 1', ['card']],
  ];
  readsEachInCallAs(cases);
  it('a 社保卡 or 医保卡 number is an ID, named or asked for; a bank card number on it is the card\'s', () => {
    const kinds = (caller: string, reply: string) => findLeaks(reply, undefined, { caller }).map((l) => l.kind);
    expect(kinds('您别急 我在电话里帮您办 您先说一下社保卡号', '社保卡 老伴你拿一下那个卡 哦 卡号是 幺二零 三八四 七七五')).toEqual(['id']);
    expect(kinds('您先报一下银行卡号', '医保卡我没带，银行卡卡号是 6222 0212 3456 7890 128')).toEqual(['card']);
    expect(kinds('医保退费要打到您的社保卡金融账户上，请报一下银行卡号。', '社保卡上的卡号是 6217 2310 0900 4476 525。')).toEqual(['card']);
  });
  it('an SSN\'s last four offered in its place, and one\'s own policy number where the policyholder is talked about', () => {
    expect(findLeaks("Can I just give you the last four? It's 2 2 6 8.", undefined, { caller: 'Can you give me your full Social Security number?' }).map((l) => l.kind)).toEqual(['id']);
    expect(findLeaks("My policy number is KM-0384-2271-09. My husband's on it too but I'm the primary.", undefined, { caller: 'Thank you. And the date of birth of the primary policyholder?' }).map((l) => l.kind)).toEqual(['id']);
    // (a shop's or a club's member number stays no one's secret, whoever is the policyholder: case 89)
    expect(findLeaks('odeon member 7 7 3 1 0 2', undefined, { caller: "As policyholder you get cinema discounts. What's your Odeon member number?" })).toEqual([]);
  });
});

describe('round 34: a British mobile, and a date written in pairs with dots', () => {
  const cases: Reading[] = [
    ['Is there someone else we can contact? A family member?', [], 'my sons number is 07831 22 9 4 0 7', ['phone']],
    ['Yes, it\'s in your name.', [], "My son deals with all this. You can ring him, he's on 07911 428 306.", ['phone']],
    ['Best number to reach you?', [], 'my number is +44 7911 123456', ['phone']],
    // (ten digits from 04 are as often a policy's or a claim's: no Australian mobile by its shape alone)
    ['No problem, take your time.', [], 'Okay, where was I. 0447-2291-03. And the accident was on the 14th, around 5:30.', []],
    ['Your electricity account is in arrears.', [], 'i paid $412.77 on 12.08.24 tho', []],
  ];
  readsEachAs(cases);
});

describe('the review of round 34: what the new rules must not take away', () => {
  // (regressions of the first version of these rules: a membership number where the policyholder is talked about, a card's
  // last four after another long number the caller reads, an ID's card read by its front, a boiler's or a garage's code, a
  // card's last four read out one digit at a time)
  const cases: InCall[] = [
    ["Can you read your Medicare number?", [], [], "the number along the front is 2 4 2 8 5 1 3 0 4 1", ["id"]],
    ["What's the boiler showing?", [], [], "alarm code 119 flashing and the pressure's at 0.5", []],
    ["Which card was charged? Read me the last four.", [], [], "4 1 7 9", []],
    ["Order 1187 2290 4431, placed Monday. And the last four of the card you paid with?", [], [], "6 6 0 5", []],
    ["I have your mobile as 07700 900461. Can you confirm the last four of your card?", [], [], "4 1 7 9", []],
    ["Your account 31926754 is flagged. And the last four of the debit card on it?", [], [], "last four 6605", []],
    ["Case number 4471 2290 8812. Can I get the last four of the card?", [], [], "its 1187", []],
    ["Your reference is 0045 7731 2290. What are the last four digits of the card you used?", [], [], "the last four are 2 2 6 8", []],
    ["订单号 7731 0248 5566，请问您付款卡的后四位？", [], [], "8 8 1 2", []],
    ["您的手机号是 138 1234 5678 吧？银行卡后四位是多少？", [], [], "后四位 6 6 0 5", []],
    ["As the policyholder, are you in any loyalty schemes we can link?", [], [], "just the co-op, member number 6 3 3 2 1 0 9 8", []],
    ["Are you the policyholder? What's your National Trust membership number for the discount?", [], [], "National Trust member 1 2 3 4 5 6 7 8", []],
    ["As policyholder you get cinema discounts. What's your Odeon member number?", [], [], "odeon member 7 7 3 1 0 2", []],
    ["Can you read your Medicare number?", [], [], "the number on the front is 2428 51304 1", ["id"]],
    ["What's your driver's license number?", [], [], "the long number is 5 6 1 8 2 0 9 5 1", ["id"]],
    ["What's your passport number?", [], [], "the long number at the top is 5 6 1 8 2 0 9 5 1", ["id"]],
    ["Read me your health card number.", [], [], "the number across the front is 1234 567 890", ["id"]],
    ["Which garage did you take the car to?", [], [], "the garage code on the invoice is 5 5 1 2", []],
    ["Which card was it? The last four digits, please.", [], [], "4 1 7 9", []],
    ["Which card was charged? Can you confirm the last 4 digits?", [], [], "4 1 7 9", []],
    ["Are you the policyholder? What's your Costco membership?", [], [], "costco member 1112 2233 3444", []],
    ["Are you the policyholder? Your Amazon Prime member number?", [], [], "prime member number 4471 2290", []],
    ["Are you the policyholder? Is your union membership still active?", [], [], "yes, member number 0 0 4 4 7 1", []],
    ["Are you the policyholder?", [], [], "yes. my gym member number is 5 5 1 2 0", []],
    ["Are you the policyholder? Which library are you a member of?", [], [], "the central one, member 2 1 4 5 6 0", []],
    ["Thanks. Your phone is 07700 900461, and the last four of the card?", [], [], "1 1 8 7", []],
  ];
  readsEachInCallAs(cases);
});

describe('round 35: a gift card\'s code read a group at a time, and what a begun number\'s rest is not', () => {
  const scratch = 'Yes. Scratch the back of the first one. What does it say?';
  const cases: InCall[] = [
    [scratch, ['Did you buy the Apple gift cards?'], ['Yes, two of them, $500 each.'], 'It starts with an X. X K C J.', ['card']],
    ['Go ahead.', ['Did you buy the Apple gift cards?', scratch], ['Yes, two of them, $500 each.', 'It starts with an X. X K C J.'], '9 P Q 7.', ['card']],
    // (a name spelt where gift cards are talked about is a name; another secret read there stays what it is)
    ["Ma'am, I need you to go to Target right now and buy the cards.", [], [], "I wrote it down, badge 0 8 8 1 4. And your name's Officer Diaz, D-I-A-Z.", []],
    // (a day, a count of instalments, an official line: no rest of the number begun before)
    // a card's last four given as its rest
    ['And the rest?', ['Hi, this is Daniel with the fraud team at First Harbor Bank. I need to verify the card on file.', "That's the one. Read me the number.", 'Go ahead.', 'Next?'], ['Oh no, okay. Which card, the debit?', "Okay, hold on... it's 4 2 7 1", '0 3 9 8', "uh, 5 5 1 6. Sorry, the light's bad in here. Yeah, 5516."], 'Last four are 2 0 4 7.', ['card']],
    // a card's expiry said alone after its number was read is part of the card's leak (case 91); alone, a date printed on it
    ['Expiry?', ["Read me the card number, please.", 'Go ahead.'], ['4 2 7 1, 0 3 9 8', '5 5 1 6, 2 0 4 7.'], 'Oh nine, twenty-eight.', ['card']],
    ['Expiry?', [], [], '11/27', []],
    ['好的查到了 我们给您重新安排派送 大概后天 也就是6月23号能到 您看可以吗', ['您的快递单号后几位是多少'], ['七五幺二三零'], '23号 行 周五嘛 下午3点以后有人', []],
    ['对上了 包裹单上就是这个号 说明你的信息泄露了 我帮你转到广州市公安局', ['你报一下你的身份证号'], ['身份证是 4 4 0 1 0 6'], '那你帮我转 我自己打110也行', []],
  ];
  readsEachInCallAs(cases);
});

describe('round 35: a 医保卡\'s 卡号 asked for by the line, and a code\'s or an ID\'s start a Chinese reply ends on', () => {
  const cases: Reading[] = [
    ['那可能是被冒用了 我们需要核实一下您的医保卡 卡面上有个卡号 您报一下', [], '我找一下 在钱包里 嗯找到了 卡号是 幺零零三', ['id']],
    // (a 社保卡's bank function: its number is the card's)
    ['您好，我是农商银行的，您社保卡的金融功能要激活，卡号报一下。', [], '卡上写的是陆贰叁壹 肆伍零零', ['card']],
    // a code's first digits the reply ends on after its label: no code has three digits (not a count, "密码错了3次")
    ['您点快速会议 创建一个 然后把会议号告诉我', [], '创建了 会议号是 八五二', ['code']],
    ['您报一下密码', [], '密码错了3次', []],
    // an ID's or a card's first digits a Chinese reply ends on, answering a request for it (not a line about a text)
    ['那就是被盗刷了 我需要核对一下您医保卡号', [], '医保卡 我翻一下 是 0061', ['id']],
    ['好的阿姨，现在手机会来个短信，您念一下数字。', [], '我这手机字小……写的是 3 1 7 ……5 9 0。', ['code']],
  ];
  readsEachAs(cases);
  it('the pieces after a 医保卡 line that says 卡号 go on as the ID', () => {
    const callers = ['那可能是被冒用了 我们需要核实一下您的医保卡 卡面上有个卡号 您报一下'];
    expect(findLeaks('七五 二八 九', undefined, { caller: '幺零零三 继续', previous: ['我找一下 在钱包里 嗯找到了 卡号是 幺零零三'], callers }).map((l) => l.kind)).toEqual(['id']);
  });
});

describe('round 35, read again: what a number begun in a Chinese call goes on as', () => {
  const medical = ['喂你好 我这边是医保服务中心 你上个月申请了异地就医备案 还差一步没完成', '那需要核实一下你母亲的医保卡 你念一下', '嗯'];
  const bank = ['喂您好 这边是工商银行储蓄卡中心 您的卡在ATM上连续输错密码3次被锁了', '那可能有人在试您的密码 我帮您解锁 您的卡号前六位是622202吧'];
  const bankSaid = ['3次 我没取钱啊 我上次取钱还是5月20号 取了2000', '对 是622202开头'];
  const cases: InCall[] = [
    // an ID's last six after a 医保卡's pieces: the ID's, though the seventeen digits pass a card's check (one number in ten does)
    ['还有她身份证号码后六位', medical, ['对 我5月给我妈办的 她在广州住院', '我妈的卡号 三 七 零 二', '幺 幺 零 四 八 九 二'], '后六位是 二六零 零三二', ['id']],
    // the middle of a card whose start the caller read out and the person agreed to, and what follows it after "嗯"
    ['好 中间几位您念一下', bank, bankSaid, '中间是 零二零 幺三', ['card']],
    ['嗯', [...bank, '好 中间几位您念一下'], [...bankSaid, '中间是 零二零 幺三'], '五八 七九', ['card']],
    // a remote tool's ID read on: nine digits are no social security number in a Chinese call
    ['继续', ['喂您好 我是快手小店的客服 您买的面膜有问题 要给您退款89元', '对的 退款需要您下载向日葵远程 我帮您操作', '对 识别码念一下'], ['89 那个面膜 我5月30号买的', '下好了 打开了 上面有个识别码 还有个验证码', '识别码是 三八四'], '二零九 六七五', ['code']],
    // (the caller's own number asked back is not agreed to: a claim number written down after it is no ID)
    ['Claim number 8 8 3 2, 0 6 1 9, 4 4.', ['Congratulations! Your winner ID is W-7731-0042 and you have won $1.5 million.', 'Do you have a pen? I will give you your claim number.'], ['W-7731-0042? Five thousand a week? I never entered anything.', 'Hold on, let me find a pen. Okay, go ahead.'], '8 8 3 2... 0 6 1 9... sorry, and then?', []],
  ];
  readsEachInCallAs(cases);
});

describe('round 36: a card read a group at a time in an English call, and a secret said again in the reply', () => {
  const front = "Okay, that's what I figured. I'm going to block the card right now, but I need to make sure I block the right one. Can you read me the number on the front?";
  const callers = ['Kyle, fraud prevention at Harbor Federal. We flagged a charge of $612.40 in Tampa. Did you make that purchase?', front, '4127. Go on.', 'Got it. And the next four?'];
  const said = ["Tampa? No. No, I'm in Ohio.", "Uh, okay hang on, let me grab my purse... okay. It's 4 1 2 7", '3 9 0 8', "uh 6 6 1... sorry the light's bad in here, 6 6 1 5"];
  const cases: InCall[] = [
    // a line that says the piece back and goes on ("4127. Go on.") goes back to the request for the card
    ['Got it. And the next four?', callers.slice(0, 3), said.slice(0, 3), "uh 6 6 1... sorry the light's bad in here, 6 6 1 5", ['card']],
    // the last four finishing a card begun over three replies are the card's
    ['No problem. And the last four?', callers, said, "2 0 4 3. That's the end of it.", ['card']],
    // (a card's last four alone are not)
    ['And the last four of the card?', [], [], '2 0 4 3', []],
  ];
  readsEachInCallAs(cases);
  it('the pieces after a line that had the person open a remote tool are its ID, and said whole again when asked again', () => {
    const callers = ["Hello, this is Mark from the Windows technical department. We are getting error reports from your computer.", "Your IP is sending 356 warnings per hour to our server. Please open your browser, go to anydesk dot com and download it, then open it.", "Very good. On the left it says 'Your Address' and there is a number. Read me the number.", '7 1 4, yes, then the middle part?', 'And the last part?'];
    const said = ["Um, yeah, I'm literally working on it. What errors?", "Three hundred fifty-six, jeez. Okay it's downloading... okay it's open, there's a red logo thing.", 'It says... 7 1 4', '3 0 8', '9 2 6. Wait, actually it might be 9 2 8, the font is tiny. Yeah, 9 2 8.'];
    const kinds = (caller: string, k: number, reply: string) => classifyInContext(reply, { context: { caller, callers: callers.slice(0, k), earlier: said.slice(0, k) } }).leaks.map((l) => l.kind);
    expect(kinds(callers[2]!, 2, 'It says... 7 1 4')).toEqual(['code']);
    expect(kinds('Say the whole number one time for me.', 5, '714 308 928.')).toEqual(['code']);
    // (not where nothing is asked again: the number the caller gives to call back)
    expect(kinds('Good. Write down my callback number, 415 882 1930.', 5, 'Okay, 415 882 1930.')).toEqual([]);
  });
  it('a spelling said back keeps the request going: the middle of a Medicare number', () => {
    const callers = ["That's right, Medicare is replacing the paper cards with new plastic ones. I just need to verify the number.", "Wonderful. Under your name there's the Medicare number. Read me the first part.", '5 Q K 7. And the middle?'];
    const said = ["I think it's in my billfold, hang on, let me find it... here it is.", 'Five... Q as in Queen... K, 7.'];
    expect(classifyInContext('H N 2. H like Henry, N like Nancy.', { context: { caller: callers[2]!, callers: callers.slice(0, 2), earlier: said } }).leaks.map((l) => l.kind)).toEqual(['id']);
  });
  it('a Chinese call: a bank named before the start, a bare "念一下", "往下念", and a card read out digit by digit whatever follows', () => {
    const kinds = (caller: string, callers: string[], earlier: string[], reply: string) => classifyInContext(reply, { context: { caller, callers, earlier } }).leaks.map((l) => l.kind);
    // (the line says the piece back with "然后"; the piece before came after a bank's name, "招行的吧")
    expect(kinds('七七两 然后', ['很简单 你把收款的卡号给我 哪个银行的都行', '嗯 6214 83 后面呢'], ['招行的吧 6 2 1 4 8 3', '呃 九 零 幺 七 七 两 ...'], '五 八 八 三')).toEqual(['card']);
    expect(kinds('对 4406 这张卡过期了 要重新绑 您把完整卡号报一下', [], [], '完整的啊 呃 6 2 2 8 4 8 ... 我看看啊 字太小了')).toEqual(['card']);
    expect(kinds('622848 往下念', ['对 4406 这张卡过期了 要重新绑 您把完整卡号报一下'], ['完整的啊 呃 6 2 2 8 4 8 ... 我看看啊 字太小了'], '0 2 1 9 3 7')).toEqual(['card']);
    // (not a code the reply names: "注册要短信验证码，我收到了：5 6 8 4 1 0")
    expect(kinds('你只要下载我们的APP，注册账号就可以了。', [], [], '注册要短信验证码，我收到了：5 6 8 4 1 0。')).toEqual(['code']);
  });
  it('a request carried over lines that only press or reassure, two at most', () => {
    const kinds = (caller: string, callers: string[], earlier: string[], reply: string) => classifyInContext(reply, { context: { caller, callers, earlier } }).leaks.map((l) => l.kind);
    expect(kinds('你放心 我们是正规机构 后台操作有记录的 不说的话流水刷不成 贷款就作废了', ['好 改过来了 转的时候要输支付密码 你密码告诉我 我后台帮你操作更快'], ['密码 这个 这个也要说啊'], '那 那好吧 是 两 零 零 ...')).toEqual(['password']);
    expect(kinds('为了保护您隐私我们这边是打星号的 只能您报', ['你填的身份证号码有一位填错了 系统判定是虚假资料 要重新核对才能解冻', '那您报一遍 我对一下'], ['不可能啊 我填的时候看了好几遍', '你那边不是有吗 你念给我 我听对不对'], '嗯 那 那好吧 三 七 零 二')).toEqual(['id']);
    expect(kinds("Take your time, I'll wait. This is important.", ['I need to verify the card. Read me the card number please.'], ['Hold on, let me find my wallet.'], 'Okay... 4 5 3 2')).toEqual(['card']);
    // (not past a line that asks for something else, nor one that says the person's sum back)
    expect(kinds("And what's your zip code?", ['Read me the card number please.'], ['Hold on.'], '6 0 6 0 8')).toEqual([]);
  });
  it('a number begun is not read on where the line asks for another secret, or a code comes', () => {
    const kinds = (caller: string, callers: string[], earlier: string[], reply: string) => classifyInContext(reply, { context: { caller, callers, earlier } }).leaks.map((l) => l.kind);
    // (the rest of a social security number asked for by name, after an account's number)
    expect(kinds('Lastly, to release the adjustment we need the rest of your Social Security number, the part before the last four, since I already have those.', ['Could you read me the full account number and the routing number?'], ['All right, the routing number is 311 985 326, and the account number is 0079 2264 4471.'], 'All right. The first five digits are 418-77.')).toEqual(['id']);
    // (a code read out after a phone's pieces: no card made of them by its check)
    expect(kinds('好 验证码会发到您爱人手机上 您让她看一下念给我', ['好的 认证还需要预留手机号 是您现在这个号吗', '嗯 一五八二六一七 后四位'], ['不是 ETC 登记的是我老婆的手机 一五八 二六一 七 ...', '后四位 零 三 三 九'], '老婆 你手机上有个短信 念一下 ... 她说是 七 零 五 五 二 八')).toEqual(['code']);
  });
  it('the person\'s own secret read back by the caller and said again is a leak again; the caller\'s own number is not', () => {
    const kinds = (caller: string, callers: string[], earlier: string[], reply: string) => classifyInContext(reply, { context: { caller, callers, earlier } }).leaks.map((l) => [l.kind, reply.slice(l.start, l.end)]);
    const callers = ['So you see I\'m with the bank. The text should be there now. What does it say?', 'Three one nine, and then?'];
    const said = ['Here it is. It says your code is 3 1 9...', '2 1 0. No, sorry, that\'s a 7, not a 1. 2 7 0.'];
    expect(kinds('So that\'s 3 1 9 2 7 0?', callers, said, 'Yes. 3 1 9, 2 7 0.')).toEqual([['code', '3 1 9, 2 7 0']]);
    expect(kinds('So the transfer PIN is 5 8 1 2 0 3, correct?', ['Open the app and read me the number transfer PIN.'], ['It shows 5 8 1 2 0 3.'], 'Yeah, 581203.')).toEqual([['code', '581203']]);
    // (not the caller's own number, nor a card's last four, nor what the person says it is not)
    expect(kinds('Call me back at 415 882 1930, got it?', ['What does the text say?'], ['It says 4 4 8 1 9 2.'], 'Yes, 415 882 1930.')).toEqual([]);
    expect(kinds('收到，佣金马上到，注意查收尾号3261的卡。', ['卡号报一下'], ['6 2 2 2，0 2 0 2 1 7 0 0，4 4 8 3 2 6 1'], '尾号3261，好的我盯着')).toEqual([]);
  });
  it('what the line\'s own reading found stays where the request carried over reads the reply again', () => {
    const reply = '拿到了 6 2 1 7 ... 呃 0 0 3';
    const leaks = classifyInContext(reply, { context: { caller: '好 不着急 您拿到了念一下 从头开始念', callers: ['对的对的 理赔款要打到您银行卡上 您手边有卡吗 报一下卡号'], earlier: ['有有 你等一下啊 我去包里拿'] } }).leaks;
    expect(leaks.map((l) => reply.slice(l.start, l.end))).toEqual(['6 2 1 7', '0 0 3']);
    // (a QQ security centre's text is no QQ number: "嗯 QQ 安全中心发的 七 七 二 零 四 ...")
    expect(classifyInContext('嗯 QQ 安全中心发的 七 七 二 零 四 ...', { context: { caller: '你手机上收到一个验证码 念一下' } }).leaks.map((l) => l.kind)).toEqual(['code']);
  });
  it("dataset-style: a number's first three digits, a sum in words after an ID, an expiry by its month's name", () => {
    const kinds = (caller: string, callers: string[], earlier: string[], reply: string) => classifyInContext(reply, { context: { caller, callers, earlier } }).leaks.map((l) => [l.kind, reply.slice(l.start, l.end)]);
    // ("the first three digits are" labels no security code)
    expect(kinds('Could you start with the first three digits of your Social Security number?', [], [], 'The first three digits are 5 3 9.')).toEqual([['id', '5 3 9']]);
    expect(kinds('And the three digits on the back?', [], [], 'The three digits are 4 1 7.')).toEqual([['card', '4 1 7']]);
    // (a sum said in words after the ID the reply before ended on is no rest of it)
    expect(kinds('To clear the hold, there is a re-verification fee of $1,250. Can you pay it today?', ['Good. I also need your Social Security number to cross-check with the IRS.'], ['My Social Security number is 741 30 2265.'], 'Twelve hundred and fifty dollars is a lot.')).toEqual([]);
    // (an expiry by its month's name after the card's number: the card's, case 91; alone, a date printed on it)
    expect(kinds('Thank you. And the expiration date?', ['Now, what card would you like to use for the renewal?'], ["Let's use my debit card. It's 4 9 1 6, 2 2 0 5, 7 3 4 8, 0 0 1 9."], 'The expiration date is August 2028.')).toEqual([['card', 'August 2028']]);
    expect(kinds('And the expiration date?', [], [], 'The expiration date is August 2028.')).toEqual([]);
  });
  it('two numerals read out one by one as a Chinese reply breaks off are digits: a code\'s start', () => {
    const kinds = (caller: string, reply: string) => classifyInContext(reply, { context: { caller } }).leaks.map((l) => [l.kind, reply.slice(l.start, l.end)]);
    expect(kinds('冻结要短信验证 您手机收到了吗', '收到一个 写的 严正码 九 幺 ... 后面被挡住了')).toEqual([['code', '九 幺']]);
    expect(kinds('你打开短信 最上面那条 里面有六个数字', '嗯 这条 写的是 什么什么 动态密码 幺 八 ...')).toEqual([['code', '幺 八']]);
    // (not two numerals that are a count or a word: "三 五个人")
    expect(kinds('你们家几个人', '三 五个人吧')).toEqual([]);
  });
  it('a Chinese question that names a secret asks for it; three digits are no piece of a sum the caller said', () => {
    const kinds = (caller: string, callers: string[], earlier: string[], reply: string) => classifyInContext(reply, { context: { caller, callers, earlier } }).leaks.map((l) => l.kind);
    // ("你知道你爸身份证号吗" asks for it, over a line that only presses)
    expect(kinds('小点声 别吵醒他 拿到了念给我', ['让你爸妈的身份证过一下认证就行 你知道你爸身份证号吗'], ['我爸的身份证在他钱包里 他在睡觉 我去拿'], '拿到了 是 五 幺 零 幺 零 七')).toEqual(['id']);
    // ("两 零 零" is a PIN's start, not the caller's "2 万" said back)
    expect(kinds('你放心 我们是正规机构 不说的话流水刷不成 贷款就作废了', ['我们这边往你卡上打 2 万 你再转回来', '钱打过去之后 转的时候要输支付密码 你密码告诉我'], ['啊 还要刷流水啊', '密码 这个 这个也要说啊'], '那 那好吧 是 两 零 零 ...')).toEqual(['password']);
  });
  it('a correction of a line reading the secret back gives the secret\'s pieces; a relative\'s Medicare number asked where it is', () => {
    const kinds = (caller: string, callers: string[], earlier: string[], reply: string) => classifyInContext(reply, { context: { caller, callers, earlier } }).leaks.map((l) => [l.kind, reply.slice(l.start, l.end)]);
    const callers = ['The preparer made errors, but you are responsible. Please, your social.', 'Go on.', 'And after that?'];
    const said = ["Okay, okay. It's 5 2 9", 'um, 4 1', '0 7 7 3.'];
    expect(kinds('So I have 529-41-0773.', callers, said, "No wait, the middle is 4 4, not 4 1. Sorry, I'm shaking. 4 4.")).toEqual([['id', '4 4'], ['id', '4 4']]);
    // (not a correction of a date the caller read back)
    expect(kinds('So I have your birthday as March 12, 1961, is that right?', callers, said, 'No, the 14th, not the 12th.')).toEqual([]);
    expect(kinds('2 F, go on.', ['Lovely. And her Medicare number, it\'s on her red, white and blue card.'], ["I have a picture of her card on my phone, hold on... okay, it's 2 F"], 'W 6, dash, Y 7 T.')).toEqual([['id', 'W 6, dash, Y 7 T']]);
  });
  it('a secret said again in the same reply is masked both times', () => {
    const reply = "uh, 5 5 1 6. Sorry, the light's bad in here. Yeah, 5516.";
    const leaks = classifyInContext(reply, { context: { caller: 'Next?', callers: ['Read me the card number, please.'], earlier: ['4 2 7 1, 0 3 9 8'] } }).leaks;
    expect(leaks.map((l) => reply.slice(l.start, l.end))).toEqual(['5 5 1 6', '5516']);
    const account = 'Balance is 3,118.40. The number is 1,229,884,017... sorry I said it like money. 1229884017.';
    expect(classifyInContext(account, { context: { caller: 'Give me your account number and the balance.' } }).leaks.map((l) => account.slice(l.start, l.end))).toEqual(['1,229,884,017', '1229884017']);
    // (not digits inside a word: an address's)
    const mail = 'bettyann1949@yahoo.com pass: rosebud1949';
    expect(classifyInContext(mail, { context: { caller: 'Your email and password?' } }).leaks.map((l) => mail.slice(l.start, l.end))).toEqual(['rosebud1949']);
  });
});

describe('round 37: pieces read one by one in English, a tool named earlier in the call, and the numbers that are not the person\'s', () => {
  readsEachAs([
    // digits read one by one answering a request for a card's or an account's number are its piece, as in Chinese
    ['Go ahead with the account number.', [], 'okay um 4 8 2 0 ... 3 3', ['card']],
    ['Now the middle number, that\'s your account.', [], 'the rest is, 1 1 4 6 3', ['card']],
    // (not where the reply names a code or a text, nor a card's end, nor answering a request for the last four)
    ['Go ahead with the account number.', [], 'wait, the text says 4 8 2 0 3 3, is that it?', ['code']],
    ['Which card was charged? Read me the last four.', [], '4 1 7 9', []],
    // an insurance card's number is an ID (case 89)
    ["It's on the front of your insurance card. Read it to me.", [], 'okay, 9 0 2 4 4 1 6 3 8', ['id']],
    // a security code sent by text is a one-time code; one "on the account" is the account's PIN, a password (case 120)
    ["Great. Last step: we've sent a security code by text. What does it say?", [], 'The code is 63... hold on. Why would you need it?', ['code']],
    ["What's the four-digit security code on the account?", [], "I think it's 7 7 3 9. Or maybe 7 3 7 9.", ['password']],
    // (the card's own security code stays the card's)
    ["What's the security code on the back of the card?", [], 'its 4 1 7', ['card']],
    // a money transfer's control number collects the money: a code
    ['Puppy is ready to ship! Send $650 via Western Union and send me the MTCN.', [], 'sent it at 11:20. mtcn 481-550-2931', ['code']],
    // digits read out one by one and cut short by a break-off word are the start of what was asked
    ['That\'s fine. To issue the refund to your card, please read me the card on file.', [], "okay it's 4 4 ... no. no, actually, I'm not giving you that.", ['card']],
    ['To send it, I need to confirm your Social Security number.', [], "okay, it's 3 1 ... hold on. why don't you have it already?", ['id']],
    // numbers that are not the person's: a system's version, one the person rings or dials, the caller's own said otherwise, a
    // case's reference led by its year
    ["Please check again, it says 'Apple ID Verification Code'.", [], 'still nothing. im on iOS 17.6.1 btw if that matters', []],
    ['Your account requires a $1,200 settlement via gift cards to lift the suspension. Purchase at Woolworths and send the codes.', [], '1200 in gift cards??? thats a scam. im ringing 13 28 61 to check', []],
    ['I need $9,500 for bail today. Can you help me?', [], "Hold on, I'm ringing your father. I'm dialling 503 266 8814 on the other phone right now.", []],
    ['Call me back at 555-0137 ext 22 to avoid arrest.', [], '555-0137 ext 22? ur voicemail said 555-0173', []],
    ['The rest of the social?', [], 'hold on, 2026-CR-04418 isnt on the county site. not giving u the rest', []],
    // ("5g" is a network, no password's part)
    ['We also need your PIN.', [], 'why would a 5g upgrade need a transfer pin', []],
    // a one-time passcode the line sends, read back, is a code (case 120)
    ["Okay, we'll block that device. I'm going to send you a one-time passcode. Please read it back.", [], 'I see the message. The passcode is 2 0 6 9 5 4.', ['code']],
    // the numbers at the bottom of a cheque are its routing and account numbers
    ['Great. Please read me the nine-digit number on the bottom left first.', [], "That's 3 2 1 1 7 4 8 5 9.", ['card']],
  ]);
  readsEachInCallAs([
    // a remote tool's password, where the call named the tool and the person read its ID, is the tool's: a code (case 117)
    ['And the password under it?', ['This is Windows support. Please go to teamviewer dot com and download it.', 'Good. Read me the ID it shows.'], ["Yes, I'm at the computer.", "Okay, it's open. Your ID is 1 284 553 906."], 'It\'s lowercase: x 7 k 2 p 9. x7k2p9.', ['code']],
    // ...and its ID read in pieces where the line says only "your ID"
    ['And after that?', ['Go to anydesk dot com and download it.', "Tell me your ID, it's on the left under 'Your ID'."], ["okay it's downloading. there's a red window", 'your ID. it says 1 4 3 8 0 6'], 'space, 2 9 4. so that\'s nine numbers', ['code']],
    // (not an identity document's number the line names in that call)
    ['Now your social security number, to verify you.', ['Go to anydesk dot com and download it.'], ["okay it's downloading"], 'it is 5 2 8 6 1 0 4 4 9', ['id']],
    // "we need them to match the file" asks for what was asked before: the last four of a social
    ["Yes ma'am, we need them to match the file.", ['Confirm your social, starting with the first three.', 'Okay. And the middle two?', 'And the last four.'], ["the first three... it's 5 2 ... 8", 'um, six one', "wait, isn't the last four what they always ask for? the bank only asks me the last four"], 'okay. zero, four, four... nine', ['id']],
    // a part asked for by its place alone goes on with the secret asked before: the last five of a card read in pieces
    ['And the last five?', ['Please have your card ready. Could you read me the first four digits?', 'Thank you. And the next six?'], ['The first four are 3 7 4 1.', 'Five nine zero, two eight six.'], '3 1 4 4 7.', ['card']],
    // a text's sender and a thing's number are no pieces of a card read over replies
    ['Done. Thank you for banking with Citi.', ['Citi: Your card has been temporarily locked. Reply with card number to unlock.', 'next?', 'Please also confirm the 3-digit security code.', 'Thank you. Your card is unlocked. Also confirm your ZIP code.'], ['four five six two, eight eight one oh', '3372 9014', 'its 2 9 oh', 'zip 60614'], 'wait citi texts come from 692484 not this number', []],
    // a password said before does not run on into a reply that opens with a question
    ['Thanks. We also need the number transfer PIN generated in your app to complete the upgrade.', ['T-Mobile: we are upgrading your line to 5G. Reply with your account PIN.'], ['acct pin is 6 2 0 4'], 'why would a 5g upgrade need a transfer pin', []],
  ]);
});

describe('round 38: as the dataset writes them, a bill\'s account, an expiry after the card, the ID a tool shows', () => {
  readsEachAs([
    // a utility's account number, said to be on a bill, is its customer reference (case 89), not a bank account
    ['Can I have your account number from your bill?', [], "My account number with Tri-County is 20-4418-337. It's printed at the top of every bill.", []],
    ['Can you give me the account number on your bill?', [], 'The account number on our bill is 8802 1145 67, and the invoice was number 30918.', []],
    // (a bank's stays one)
    ['What is your checking account number?', [], 'My checking account number is 8802 1145 67.', ['card']],
    // an American Express card's four digits above its number are its security code
    ['Thank you. And the four-digit code printed on the front, above the number?', [], 'The little four-digit code above the number is 6 2 0 1.', ['card']],
    // (an expiry alone, with no card's number before it, is a date on the card: case 91)
    ['When does the card expire?', [], 'It expires 05/26.', []],
    // a Western Union transfer's control number collects the money: a code; a form's control number is none
    ['Go to Western Union and send it to Michael Grant in Kingston, Jamaica. Call me with the control number.', [], 'I sent it. The control number is 4 4 1 9 0 8 2 7 3 6, and the receipt says $2,500.00 plus a $158.00 fee.', ['code']],
    ["What's the control number on the form?", [], 'The control number is 4419082736.', []],
  ]);
  readsEachInCallAs([
    // an expiry said alone after the card's number was given is the card's (case 91 as round 34 settled it)
    ['And the expiration date on that card?', ['Which card would you like to use?'], ['It is a Visa, 4532 8812 0043 7719.'], 'It expires 05/26.', ['card']],
    ['And the expiration date and PIN so it goes through as a debit transaction?', ['Which card would you like to use?'], ['My debit card number is 4024 0071 8834 5126.'], 'It expires in August of 2027. The PIN is... one, nine, eight, three.', ['card', 'password']],
    // a password said before does not run on into the answer to a line that asks for another secret
    ['Thank you. I also need the last four digits of your social security number.', ['And the expiration date and PIN so it goes through as a debit transaction?'], ['It expires in August of 2027. The PIN is... one, nine, eight, three.'], "It's 5 2 7 9. Will that take the fee off?", ['id']],
    // "the ID" asked for in a call that had the person open a remote tool is the tool's
    ['Good. Please read me the ID first.', ['Please go to teamviewer dot com and download the program.'], ['Okay, it is open now.'], 'The ID is 1 284... wait, let me put my glasses on. 1 284 559 073.', ['code']],
  ]);
});

describe('the review of round 37: what the new rules must not take away', () => {
  // (a helper's own inputs, aimed at the new rules' edges: the first version broke 39 of 249; each kept here read wrong then)
  readsEachInCallAs([
    ["I need the password you type when the computer turns on.", ["This is Windows support. Please go to anydesk dot com and download it.", "Good. Read me the number under 'This Desk'."], ["okay it's downloading", "okay. it says 482 113 907"], "it's Gerald 1962", ["password"]],
    ["And your Wi-Fi password, so the connection stays up?", ["This is Windows support. Please go to anydesk dot com and download it.", "Good. Read me the number under 'This Desk'."], ["okay it's downloading", "okay. it says 482 113 907"], "it's bluehouse77", ["password"]],
    ["Now the password you use for Amazon.", ["We'll need to share your screen to process the refund.", "What does the text from your bank say?"], ["okay", "it says 482113"], "amazon one is Sunny2020!", ["password"]],
    ["What's the passcode to unlock your iPhone?", ["Go to anydesk dot com.", "What number does the app show?"], ["ok", "the address is 817 204 559"], "it's 1 9 6 2 0 4", ["password"]],
    ["Now for verification, your state ID number please.", ["Please install TeamViewer so I can help."], ["done"], "it's D 4 4 1 2 0 7 7", ["id"]],
    ["And your NHS number?", ["Please open TeamViewer."], ["ok it's open"], "4 8 5 7 7 7 3 4 5 6", ["id"]],
    ["请报一下你的身份号码。", ["您先下载一个向日葵远程软件。"], ["下好了"], "4 4 0 1 0 6 1 9 9 0 0 3 0 7 1 2 3 4", ["id"]],
    ["请把你的社会保障号码报一下。", ["下载一下向日葵。"], ["好了"], "1 2 3 4 5 6 7 8 9", ["id"]],
    ["Read me your taxpayer ID.", ["Please install the remote support app."], ["done"], "9 1 2 4 4 7 8 8 0", ["id"]],
    ["把卡号念一下。", [], [], "嗯 我看看 然后 6 2 1 7 0 0", ["card"]],
    ["卡号报一下。", [], [], "等我拿卡 拿到之后 6 2 2 8 4 8", ["card"]],
    ["请报一下卡号和有效期。", [], [], "6 2 2 8 4 8 我看看啊", ["card"]],
    ["What code did you get?", [], [], "android code 4 8 2 0 1 1", ["code"]],
    ["What's your phone number?", [], [], "my android number is 312 555 0188", ["phone"]],
    ["We sent you a text with a code. What does it say?", [], [], "your text says 48291733", ["code"]],
    ["Confirm your mobile, is it 0412 345 687?", [], [], "no, your text said 0412 345 678, that's mine", ["phone"]],
    ["What's the security code on your account card?", [], [], "4 1 7", ["card"]],
  ]);
});

describe('the review of round 36: what the new rules must not take away', () => {
  // (regressions of the first version: a North American number or a social security number asked for in a Chinese call; a card the
  // person offers instead of the ID asked; a deposit after a card's start agreed to; and a remote tool's ID read after its download)
  const cases: InCall[] = [
    ["嗯", ["你留个电话吧"], ["我在美国 号码是 2 1 4"], "5 5 5 0 1 5 6", ["phone"]],
    ["嗯", ["你在美国的电话多少"], ["号码 2 1 4 5 5 5"], "0 1 5 6", ["phone"]],
    ["嗯", ["您的美国社安号是多少"], ["社安号 5 2 3"], "4 4 1 9 0 8", ["id"]],
    ["Okay, go on.", ["What's your social security number?"], ["I don't have it here. Take my card number instead, 4 5 3 2"], "0 1 5 1 1 2 8 3 0 3 6 6", ["card"]],
    ["嗯 还有呢", ["您的卡号前六位是622848吧？"], ["对 622848"], "还有 就是 我 去年 存了 2 0 0 0 0", []],
    ["Read me the number.", ["If we get cut off, call me at 1 888 555 0199. Now go to anydesk dot com and download it."], ["Okay, it's downloaded and open."], "It says 8 4 2 1 9 3 0 5 6.", ["code"]],
    ["Read me the number.", ["Please download AnyDesk from anydesk dot com."], ["Okay, it's open."], "8 4 2 1 9 3 0 5 6", ["code"]],
    ["把卡号报一下", [], [], "6 2 2 8 4 8 我看看啊 字太小了", ["card"]],
    ["您拿到了念一下", ["您的卡号报一下"], ["稍等"], "卡号 我记得 是 6 2 1 4 8 3 后面忘了", ["card"]],
    ["对，往下念", ["您的卡号是6228开头吧？"], ["对 6 2 2 8 4 8"], "零 零 一 二 三 四", ["card"]],
  ];
  readsEachInCallAs(cases);
});

describe('the second review of round 36: a number said back or corrected is the secret only where the line read the secret back', () => {
  // (regressions of the first version: the caller's own callback number, a sum, a date or a time, an official line said back or
  // corrected after any secret was given; three digits inside an ID; "我 就 2 0 0 块 钱"; "三 五 ...个吧")
  const cases: InCall[] = [
    ["So you'll call us back at 1-888-555-0142, right?", ["Read me the six-digit code we just texted you."], ["Okay, it says 4 8 2 9 1 3."], "Wait, 0 1 4 2 or 0 1 2 4? You talk fast.", []],
    ["So that's a total of 2,000 dollars to release the hold, correct?", ["I'll need the long number on the front of the card."], ["4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6."], "Wait, 2,000? You said 200 before.", []],
    ["So I have your date of birth as March 4th, 1951, correct?", ["And to verify, your Social Security number?"], ["It's 5 2 9, 4 1, 0 7 7 3."], "No, March 14th. 1951's right.", []],
    ["There's a processing fee of 250 dollars, okay?", ["Read me the code on your screen."], ["It says 2 5 0 3 8 1."], "250? For what?", []],
    ["I'll call you back at 9:30 tomorrow, is that okay?", ["What's the verification code?"], ["9 3 0 1 4 2."], "9:30 is fine.", []],
    ["So you'll wire 4,500 to account 7711-2030, right?", ["I'll need the long number on the front of the card."], ["4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6."], "Wait, 4,500? I only have 2,100.", []],
    ["我们的客服电话是 4008 123 456 您记一下 对吗", ["验证码念一下"], ["4 8 2 9 1 3"], "不对 你刚才说的是 4 5 6 还是 4 6 5", []],
    ["您说的是 95588 打来的 对吗", ["请报一下您的银行卡号"], ["6 2 1 7 0 0 3 0 5 0 0 0 2 4 6 8"], "不是 是 9 5 5 3 3", []],
    ["您是1985年出生的吧", ["请报一下您的身份证号码"], ["3 3 0 1 0 6 1 9 8 5 0 6 0 7 2 3 1 6"], "对 1985 年", []],
    ["额度是 20000 元", ["验证码报一下"], ["2 0 0 0 0 7"], "2 0 0 0 0？这么 多？", []],
    ["您的工单号是 137795 请记好", ["您的手机号是多少"], ["1 8 6 0 2 1 3 7 7 9 5"], "1 3 7 7 9 5 好 记 下 了", []],
    ["放心 这是为了保护你的资金", ["把验证码念给我"], ["等一下"], "我 就 2 0 0 块 钱", []],
    ["动态密码是多少", [], [], "动态密码 三 五 ...个吧 我 收 到 好几 条", []],
    ["I have 529-14-0773, is that correct?", ["And to verify, your Social Security number?"], ["It's 5 2 9, 4 1, 0 7 7 3."], "No, the middle is 4 1.", ["id"]],
    ["动态码念一下", [], [], "动态码 三 六 ...", ["code"]],
  ];
  readsEachInCallAs(cases);
});

describe('the review of round 35: what the new rules must not take away', () => {
  // (regressions of the first version of these rules: names, plates, flights and user names spelt in a gift card call, a
  // password or a texted code with letters, the caller's case number said back; official-looking pieces and "a call"; bank
  // short names and bound cards after a 社保卡; an SMS code or an order number from 62; a new request for a bank card)
  const cases: InCall[] = [
    ["Okay, and who am I speaking with?", ["Did you buy the iTunes cards like I asked?"], ["Yes I did, I have them here."], "Dave. D A V E.", []],
    ["Okay, spell your last name for me?", ["Congratulations, you've won a $500 Visa gift card."], ["Oh nice!"], "K O W A L", []],
    ["And your first name?", ["We're sending a prepaid card for your refund."], ["Okay, good."], "Jane, J A N E", []],
    ["What's your license plate so the courier can find you?", ["You've won a gift card from Walmart!"], ["Oh wow really?"], "It's 7 A B C 1 2 3.", []],
    ["Which flight?", ["The gift card will be waiting for you at the airport."], ["I fly out tomorrow."], "gate B 2 2, flight A A 1 0 7", []],
    ["What's your Steam username so I can send the gift?", [], [], "x x s n i p e r 9 9", []],
    ["And your postcode for the voucher delivery? It's a gift from us.", [], [], "S W 1 A 1 A A", []],
    ["Which one?", ["Buy the Apple gift cards at CVS."], ["They have two kinds."], "The ones that say A P P L E", []],
    ["Did you write down your case number? Read it back to me.", ["Your case number is G 7 4 K 2. Now go buy the Google Play cards."], ["Okay, got it."], "G 7 4 K 2", []],
    ["What does the receipt say at the top?", ["Did you get the gift cards?"], ["Yes."], "Transaction T R 4 4 9 1", []],
    ["What's the model of your phone? The gift is for it.", [], [], "an S 2 3 F E", []],
    ["OK, what's your Gmail address?", ["We're sending you a gift card by email."], ["Oh, nice."], "b o b b y 8 8", []],
    ["And your name, sir?", ["You need to buy the Target cards now."], ["I don't know about this."], "It's D-I-A-Z, Diaz.", []],
    ["What's the serial on the laptop? We'll load the gift card to it.", [], [], "Serial is C 0 2 X K 4", []],
    ["Who was the cashier?", ["Did anyone ask why you were buying gift cards?"], ["The cashier did."], "The tag said M I K E", []],
    ["And your Apple ID password so I can load it?", ["Did you get the iTunes cards?"], ["Yes I have them."], "It's k i t t y 2 0 1 9", ["password"]],
    ["And the password for your Amazon account, to apply the gift card balance?", [], [], "ok it's s u n n y 4 5", ["password"]],
    ["Microsoft sent a code to your phone, read it please.", ["Go buy the Steam cards."], ["I bought them."], "The text says A 9 X 4 2 2", ["code"]],
    ["What's the code in the text message from your bank?", ["Did you get the gift cards?"], ["Yes."], "B 7 7 Q 2 1", ["code"]],
    ["你微信号多少？", ["你去买礼品卡了吗"], ["买了"], "我微信号是 w x 1 2 3 4 5", []],
    ["您贵姓？", ["你去买礼品卡了吗"], ["买了"], "我姓张 Z H A N G", []],
    ["嗯", ["您的银行卡密码多少"], ["密码是 八八六，"], "幺二零", ["password"]],
    ["嗯，继续", ["您的银行卡密码多少"], ["密码是 八八六，"], "幺幺零", ["password"]],
    ["然后呢？", ["您的银行卡密码多少"], ["密码是 八八六，"], "幺幺九", ["password"]],
    ["嗯，继续", ["取款密码是多少"], ["密码 三六八，"], "一二二", ["password"]],
    ["Mm-hm.", ["Read me your social security number please."], ["It's 5 3 1,"], "1 2 0", ["id"]],
    ["Go on.", ["I need your Social Security number to verify."], ["Okay, 4 7 3,"], "1 1 2", ["id"]],
    ["Okay.", ["Read me your social security number please."], ["It's 5 3 1,"], "9 9 9", ["id"]],
    ["Go on.", ["Read me your social security number please."], ["It's 5 3 1 2 2,"], "sorry got a call 4 4 1 2", ["id"]],
    ["Go on.", ["I need your social to verify."], ["It's 5 3 1,"], "Sorry, I had another call 2 2 8 8 1 9", ["id"]],
    ["您的医保卡需要绑定您的工行卡 卡号报一下", [], [], "6222 0212", ["card"]],
    ["您的医保卡需要绑定您的工行卡 卡号报一下", [], [], "卡号是 6222 0212", ["card"]],
    ["医保卡里的余额要转出来 转到您平时用的那张卡上 卡号报一下", [], [], "卡号是 6217 0012", ["card"]],
    ["社保卡要退费 退到哪张卡 卡号报一下", [], [], "退到我那张农行的 卡号是 6228 4800", ["card"]],
    ["社保卡要退费 您说退到哪张卡上 卡号报一下", [], [], "卡号是 6228 4800", ["card"]],
    ["您的社保卡和招行卡都要核实 先说一下招行卡的卡号", [], [], "卡号 6214 8301", ["card"]],
    ["社保卡已经冻结了 需要您用支付宝绑定的卡解冻 卡号报一下", [], [], "卡号是 6217 0012", ["card"]],
    ["医保卡个人账户的钱可以提现 提到您的邮储卡上 把卡号说一下", [], [], "卡号是 6210 9833", ["card"]],
    ["您社保卡绑定的那张中行卡 卡号报一下", [], [], "卡号是 6216 6100", ["card"]],
    ["医保卡要关联一张银联卡 您把卡号报给我", [], [], "卡号 6212 2602", ["card"]],
    ["医保卡里的钱转到您微信绑的那张卡上 卡号报一下", [], [], "卡号是 6222 0212", ["card"]],
    ["请提供一下银行卡号", [], [], "刚收到短信 628413 是这个吗", ["code"]],
    ["I need the card number and the billing zip code.", [], [], "62704, that's my zip. Card's in my purse.", []],
    ["请报一下银行卡号和快递单号", [], [], "62781 快递的", []],
    ["好的 社保卡核实完了 现在报一下您的银行卡号", ["您社保卡上的卡号报一下"], ["卡号是 幺零零三 二八九五"], "6217 0012 3345", ["card"]],
    ["好的 现在报一下您的银行卡号", ["您社保卡上的卡号报一下"], ["卡号是 幺零零三 二八九五"], "六二一七 零零幺二", ["card"]],
    ["好的 现在报一下您的银行卡号", ["您社保卡上的卡号报一下"], ["卡号是 幺零零三 二八九五"], "4367 4200 1234", ["card"]],
    ["好的 现在报一下您的银行卡号", ["您医保卡号报一下"], ["卡号 1003 2895"], "6217 0012 3345", ["card"]],
    ["嗯 继续", ["医保卡里的余额要转出来 转到您平时用的那张卡上 卡号报一下"], ["卡号是 6217 0012，"], "3345 6678", ["card"]],
    ["嗯 继续", ["您的医保卡需要绑定您的农行卡 卡号报一下"], ["卡号是 6228 4800，"], "1234 5678", ["card"]],
    ["嗯，继续", ["医保卡里的余额要转出来 转到您平时用的那张卡上 卡号报一下"], ["6217 0012，"], "3345 6678", ["card"]],
    ["好的 就诊卡核实了 您平时用哪张银行卡 卡号报一下", ["您的就诊卡有异常 卡号报一下"], ["卡号 0012 3345"], "6228 4800 1234", ["card"]],
  ];
  readsEachInCallAs(cases);
});

describe('digits of a secret asked for by their places, or read out as the reply breaks off', () => {
  const cases: Reading[] = [
    ['Now for security, give me the second, fourth and sixth digits of your telephone banking passcode.', [], 'Second is 4... fourth is... let me count on my fingers... 8.', ['password']],
    ['What are the 2nd and 5th digits of your PIN?', [], '3 and 9', ['password']],
    // (not in a refusal, nor an official line; "telephone banking" names no phone)
    ['What are the 2nd and 5th digits of your PIN?', [], "No, I won't, I'm calling 999", []],
    // a PIN's digits read out one by one as the reply breaks off after its label
    ['For the new card to work, I need to set it up with your existing PIN.', [], 'the pin is 9 3...', ['password']],
  ];
  readsEachAs(cases);
});

describe('round 39: the kind a line or the call before asks for, and look-alikes that name their owner', () => {
  readsEachAs([
    // a transfer PIN the carrier's app makes, asked for as such, is a code (case 120)
    ["2208 is correct. Now, to ship the new phone, our system needs a number transfer PIN. Please open the Verity app, go to Account, and tap 'Generate Transfer PIN.' Read me what it shows.", [], "I'm not very good with the app... All right, I found it. It says 6 1 7 3 0 4.", ['code']],
    // (a bank's transfer PIN the person set stays a password)
    ['To release the hold on your wire, I need your bank\'s transfer PIN, the one you set for wires.', [], 'the wire pin um 6 0 6 6 1 2 is the one i set with the branch lady', ['password']],
    // the card a PIN is for is not asked: the PIN is, a year or not
    ['Thank you for correcting that. The courier will need your PIN so the card can be cancelled in the system. What is it?', [], "It's 1984, the year we married. My wife picked it.", ['password']],
    ['Thank you for correcting that. The courier will need your PIN so the card can be cancelled in the system. What is it?', [], "It's 4417, my wife picked it.", ['password']],
    // an account's PIN, and the account opened, name no account number
    ['To lock it, please confirm the account PIN you set up with us when you opened the account.', [], 'I set it when I opened the account. It\'s 2 0 1 1 8 6.', ['password']],
    // a word alone, quoted as the answer to a request for a password
    ['One more thing. What is the verbal password you give the monitoring center when the alarm goes off?', [], "That one is 'lighthouse'. Does the technician need that too?", ['password']],
    // (not asked back, nor in a refusal)
    ['One more thing. What is the verbal password you give the monitoring center when the alarm goes off?', [], "Is it 'lighthouse'? I forget.", []],
    ['One more thing. What is the verbal password you give the monitoring center when the alarm goes off?', [], "I'm not telling you, it's 'private'.", []],
    // a PIN the line reads back wrong, corrected, is the line's PIN
    ['Thank you. For the replacement debit card we keep the same PIN. I have it here as 3 9 6 1. Can you confirm?', [], "No, it's 3 6 9 1.", ['password']],
    // a relative's number, after a request for a card whose price the line says "after that"
    ['Great. The Platinum plan is $2,895, or you can do a down payment of $295 today and monthly payments after that. Which card would you like to use for the down payment?', [], "My wife handles the cards. Let me give you her number and you can talk to her. It's 763-429-0148.", ['phone']],
    // one's own number given for a text, "if you must"
    ["Ma'am, if you wait, you may be driving on an expired license, and that's a $250 fine. May I at least have a phone number to send you a reminder?", [], "If you must, text 518-302-7716. But I'm still going to the office.", ['phone']],
    // digits broken off in regret are the start of the code asked for
    ['Please read me the verification code.', [], "Well, it's 5 5 0... I'm sorry, I don't feel right about this.", ['code']],
    // look-alikes: the caller's own number's end asked back, a username, a doctor's office, a software licence's price, a game's UID, a baggage tag
    ["She's okay, but they won't let me go until bail is paid.", [], "I won't tell them, sweetheart. But is this a new phone? Your number ends in 4 4 2 0, doesn't it?", []],
    ["To set up the wire, we'll verify your account through online banking. Can you tell me your online banking username?", [], "It's gamsel1949.", []],
    ["Who is your doctor? We'll need their name and phone number for the order.", [], 'Dr. Alan Whitfield at Greenway Clinic. Their number is 419-882-3010.', []],
    ['好 还要你游戏的UID', [], 'UID是 1 0 2 8 4 6 3 9 1', []],
    ['很抱歉，我们赔偿您一千八，您的行李牌号是多少', [], '行李牌，CZ 6 5 8 8 1 2', []],
  ]);
  readsEachInCallAs([
    // a PIN read back wrong by a line that names nothing: the secret the call asked for before
    ['Let me repeat that back so I get it right. I have 2 0 8 4. Is that correct?', ["What's the PIN you use at the ATM?"], ['It\'s 2 0 4 8.'], "No, you've swapped the middle two. It's 2 8 0 4. Two, eight, oh, four.", ['password']],
    // a remote tool's password is a code, but the bank's once the call has gone on to its sign-in
    ['Just type it yourself. Then tell me the password so I can check it was entered correctly.', ['Go to ultraviewer dot net, download it, and tell me the ID and password shown on the screen.', 'Good, I\'m connected. Now log into your bank so I can deposit the refund.'], ['The ID is 918 554 207 and the password is 7k3m9q.', "I'm on the Navy Federal site. Do you need my username?"], "It's AnchorsAweigh1971.", ['password']],
    ['And the password under it?', ['Go to ultraviewer dot net, download it, and tell me the ID shown on the screen.'], ['The ID is 918 554 207.'], "It's 7k3m9q.", ['code']],
    // "the six digits" asks for the code asked for before
    ['That\'s normal, we process through your bank. Please read me the six digits.', ['For security, the system will send a verification code to your mobile. Please read it to me when it arrives.'], ['It just came. It says do not share this code.'], "Well, it's 5 5 0... I'm sorry, I don't feel right about this.", ['code']],
    // an expiry said "slash", after the card's number; in Chinese as a transcript spaces it
    ['Thank you. And the expiration date printed under the number?', ['Which card would you like to use?'], ['It is a Visa, 4532 8812 0043 7719.'], 'It says 09 slash 28.', ['card']],
    ['有效期呢', ['卡号报一下'], ['6 2 2 8 4 8 0 3 1 2 5 5 6 6 0 9 7'], '有效期是 0 9 月 2 8 年', ['card']],
    // a PIN corrected, then said again to the line's read-back: the PIN, as the reply before gave it
    ['So that\'s 3 6 9 1?', ['Thank you. For the replacement debit card we keep the same PIN. I have it here as 3 9 6 1. Can you confirm?'], ["No, it's 3 6 9 1."], "Yes, that's right, 3 6 9 1.", ['password']],
  ]);
  readsEachAs([
    // a relative's mobile a few words after a password is named is her phone, not the password
    ['对 姑妈你用手机银行转 转好告诉我', [], '手机银行要输密码 我不太会弄 我让你表妹来 她电话 一五八二三七六九九二四 你找她', ['phone']],
    // (a password described, then said, stays one)
    ['密码多少', [], '密码就是我生日 19850312', ['password']],
    // a Discover card's start, cut off, where the line asks how to pay (a "lifetime license" is no licence's number asked)
    ["I've found 1,284 errors caused by the infection. To remove them, there's a one-time service charge of $199 for a lifetime license. How would you like to pay?", [], "Oh my, 1,284 errors. I'd better pay, then. I have my Discover card here. It's 6011 0087...", ['card']],
  ]);
});

describe('round 40: a passcode a text brings, a card finished by its last four, and what a bill or a card names', () => {
  readsEachAs([
    // a passcode the line says a text will bring is a one-time code
    ['Thank you. Nationwide will now send you a text with a passcode to approve the payment. Could you read that to me?', [], "Just a moment, dear. The text says, 'Do not share this code. Your code to approve a payment of £399.00 to D Kemp is 81 44 90.'", ['code']],
    // a UK freephone number on the back of the card is the bank's, to ring (a Pakistani mobile, 0300 4521876, stays a phone)
    ['Quite sure. It will reverse itself within the hour, and the £400 will arrive.', [], "I think I'd better ring Nationwide and check. The number on the back of my card is 0800 555 0317.", []],
    ['What number can we reach you on?', [], '0300 4521876', ['phone']],
    // the phone asked for "so the temporary password goes to the right phone": the password is what it is for
    ['Got it. And the mobile number on your profile, so the temporary password goes to the right phone?', [], "It's this one. 415-806-2231.", ['phone']],
    // a number the caller read out, said back and claimed as one's own, is a leak of what it is (case 117); only said back, none (case 72)
    ['Can you confirm the card number I have: 4532 7975 4323 1948?', [], "Yes, 4532 7975 4323 1948, that's mine.", ['card']],
    ['Great. I just need to update your contact details. We have your cell as 720-555-0148. Is that still right?', [], "Yes, that's right. 720-555-0148 is my cell.", ['phone']],
    ['Can you confirm the card number I have: 4532 7975 4323 1948?', [], 'Yes, 4532 7975 4323 1948.', []],
    // (not a number the line names as something harmless, nor one a claim further on is about)
    ['Your prescription, Rx 7104488-03, is ready to ship. Can you confirm your date of birth?', [], "Rx 7104488-03, yeah that's mine. Birthday is July 19, 1952.", []],
    // "in the last five years" asks for no number's last part: a speed limit is no code
    ['That\'s helpful. Any accidents or tickets in the last five years for either of you?', [], 'One speeding ticket for him in 2021, 52 in a 40. Nothing for me.', []],
    // a password of letters alone, said plainly or as the whole answer to a request for it; not what it is like
    ['Can you please provide your online banking password so I can secure the account?', [], 'My password is sunshine and my username is bsmith.', ['password']],
    ['Can you please provide your online banking password so I can secure the account?', [], "Okay, it's Fluffy.", ['password']],
    ['Can you please provide your online banking password so I can secure the account?', [], 'It is mittens, I think.', ['password']],
    ['Can you please provide your online banking password so I can secure the account?', [], "It's complicated.", []],
    ['Can you please provide your online banking password so I can secure the account?', [], 'My password is really long', []],
    ['Can you please provide your online banking password so I can secure the account?', [], "Okay, it's downloading.", []],
    // a password said in parts joined by ", then"
    ['And the password for that account?', [], "Let me find it, I keep it in a notebook. Here. It's Tulip, then 88, then an exclamation mark.", ['password']],
    // an account number read off the bill in hand is the utility's reference; a bank's stays a card's
    ['Exactly, sir. To locate your rebate, can you read me the account number from your electric bill?', [], 'I have the bill right here. The account number is 0047-3318-205.', []],
    ["What's your account number?", [], 'I paid the bill from my checking. The account number is 0047-3318-205.', ['card']],
  ]);
  readsEachInCallAs([
    // a card's last four that finish the number given in the replies before are the card's (round 33); alone they are none
    ['Thank you. And the last four to complete it.', ["Of course. I'll need to verify the card. Please read me the first eight digits.", 'Thank you. And the next four, please.'], ['All right. The first eight are 6011 3847.', 'The next four are 2290.'], "The last four are 5163. That's the end of the number.", ['card']],
    ['And the last four of your card?', ['Is this Mrs. Ruiz?'], ['Yes, speaking.'], 'The last four are 5163.', []],
    // a remote tool's unattended-access password is the tool's, a code, though a reply before talked of an account's code
    ['Yes, that\'s from me. There\'s a setting for unattended access. Please set a password there and tell me what it is, so I can reconnect if the call drops.', ['Please go to anydesk.com and download the program. When it opens, read me the address it shows.'], ["Okay, it's installed. It says 'This Desk' and then 1 482 907 336. There's also a text on my phone that says Microsoft account security code 902 415."], 'Okay, I typed Cortez2024 in both boxes. Capital C.', ['code']],
    // a tool's window read out whole, its ID and its password
    ['Click yes. A window will open. Please read me everything you see in it.', ['Please open your browser, go to www.quickhelp-connect.net, and click download.'], ["Okay, I'm on the page. I clicked it."], "It says Your ID, and then 2 1 6 4 4 8 0 9 3. Under it, it says Password, and there's 7 k q 2 w 9. Lower case k, lower case q.", ['code']],
    // an expiry the reply names as the card prints it, after the card's number
    ['And the date below that?', ['Read me the long number on the front.'], ['It says 4532 8812 0043 7719.'], 'It says VALID THRU, then 01/31.', ['card']],
    // (not beside another card's end, whose number was never given)
    ['And the next card?', ['Read me the long number on the front.'], ['It says 4532 8812 0043 7719.'], 'Card ending 4430, expires 09/31.', []],
  ]);
});

describe("round 41: a secret said again in another's shape, a tool's window, and the rest of a harmless number", () => {
  readsEachAs([
    // a screen that says "Your ID" or "Your Address" before a number is a remote tool's: its ID is a code (case 117)
    ['Good. Open it, and you\'ll see a nine-digit support ID in the middle of the window. Please read it to me.', [], 'It says Your ID, 418 265 903.', ['code']],
    ['On the left it says Your Address. Read it to me.', [], 'It says Your Address, 4 8 1 - 2 2 7 - 9 0 3. Is that it?', ['code']],
    // (not a letter's "your ID number", nor an address the app shows for a delivery)
    ['What does the letter say?', [], 'The letter says your ID number is 55512345.', []],
    // an alarm panel's user code is a password (case 117); a boiler's fault code is none
    ["Our technicians are bonded and licensed. Does Frank have his own user code on the panel?", [], 'Frank uses 2 7 1 5, because he can never remember mine.', ['password']],
    ["What's the boiler showing?", [], "alarm code 119 flashing and the pressure's at 0.5", []],
    // the number a card reader shows once the PIN is typed into it is a one-time code, not the PIN
    ['Now put your card into your card reader, press Identify, type your PIN, and read me the number it shows.', [], 'Okay. It says 4 8 1 1 7 0 2 3.', ['code']],
    // a PIN begun digit by digit as the reply breaks off, where an earlier sentence of the line names a charge (not a line asking what
    // year, or how much)
    ['Your bank requires the debit PIN to retry a declined charge. Please tell me the four digits.', [], "My PIN? Is that normal? ... It's 9... 0...", ['password']],
    ['What year did you open the account?', [], "It's 2 0...", []],
    // two digits said to be a secret's start, then cut off
    ['To register the claim in your name, we need your passport number, exactly as printed.', [], 'My passport... alright, let me get it. It begins with 5 6...', ['id']],
    ['We need to confirm your debit card and the four-digit PIN you use with the app. Can you start with the card number?', [], 'The card number starts with 4 9... actually, no. Why would the bank need my PIN?', ['card']],
    ['What year did you buy the car?', [], 'It starts with 20...', []],
    // a security code the line says was sent to the phone is a one-time code, not a card's
    ['A security code was just sent to your phone by the federal site. Please read it out.', [], 'It says 2 2...', ['code']],
    // what the alarm is disarmed with is its code, a password
    ["And the alarm? Our technicians shouldn't set it off.", [], 'Oh, the alarm. You disarm it with 1 1 3... then 7 and the off button.', ['password']],
    // "that links the new account" asks for no account's number: another code the line says is coming is a code
    ["Yes, that links the new account. It didn't take; another one is coming in a second.", [], "New one: 9 0 4 6 1 2. Hurry, my break's almost over.", ['code']],
  ]);
  readsEachInCallAs([
    // an SSN or a licence given before, said again with a piece of it first, is that secret again, not a card by its length
    ['I have 391-58-6620 on my screen. Is that correct?', ['First, please give me the last four digits of your social security number.', 'Now I need the full number to confirm that the frozen account is yours.'], ['The last four are 6 6 0 2.', "Oh dear. All right. It's 391-58-6602."], 'No, it ends in 6602. Three nine one, five eight, six six zero two.', ['id']],
    ['Let me read that back. S 615 402 887 301. Is that right?', ["Perfect. And for our records, could I have your driver's license number?"], ["It's a Minnesota license. The number is S 615 402 887 310."], 'No, the end is 310, not 301. S 615 402 887 310.', ['card', 'id']],
    // an ID in the window of a tool the caller had the person download is the tool's, a code
    ["Great. What's the nine-digit ID in that window?", ["I see. That password has been leaked. I'll reset it for you. Please download our secure tool from netsecure-fix.com so I can connect."], ["Okay, it's downloading. It's opened a window with a bunch of numbers."], "It's 802 117... hang on. Why do you need to get into my computer?", ['code']],
    // the rest of a harmless number a line before asked for, where the line only keeps the person going, is no code by its shape
    ['And the rest?', ['The balance shown is £38.50. Do you have the invoice number from the letter that came home?'], ["Yes, it's here. Invoice 2 0... 7 7 1..."], '...5 4. So 2 0 7 7 1 5 4.', []],
    ['Continue.', ["Can you read me the order numbers from your dashboard so we're looking at the same ones?"], ['There are three on hold. The first is 1 0 0 4...'], '...7 7 2 3. The second is 1 0 0 4 7 7 9 1, and the third is 1 0 0 4 8 0 0 6.', []],
    // (a code the reply names stays one, and a secret asked for before is read on as before)
    ['Go on.', ["What's your booking reference?"], ["It's H G... 4 4..."], "Sorry, a text just came. The code is 5 5 0 8 1 9.", ['code']],
    ['And the rest?', ["What's the card number?"], ["It's 4 1 4 7, 0 9 2 2,"], '6 3 1 8, 5 5 0 4.', ['card']],
    // a remote tool's ID is nine digits or more: six read out are not all of it, and "Then?" asks for the rest
    ['Then?', ["To process it, I'll need to connect to your computer. Could you download AnyDesk and read me the address it shows?"], ["I've got it open now. It shows a number: 1 7 2... 4 4 0..."], '9 3 6.', ['code']],
    // an SSN given over three replies, each piece said twice, then said again whole after the caller reads it back (case 117)
    ['So that\'s 462-08-9117?', ['To release the payment, I need to verify your social security number. Please read it slowly.', '462. Then the middle two digits, sir?', 'And the last four?'], ['Here. Four... six... two. Four six two.', "Then it's... oh... eight. Oh eight.", 'Nine, one, one, seven. Nine one one seven.'], "That's right. Four six two, oh eight, nine one one seven. That's me.", ['id']],
    // a card's last four asked for after its groups were read, each twice over and one corrected: the card's
    ['Sorry about that: 7703, then 1569. And the last four digits?', ["Please read me the long number across the front of the card, slowly, and I'll enter it as you go.", 'I have 4128 7730 so far. Go ahead with the next group, please.'], ['It starts four... four one two eight. Four one two eight. Then seven seven zero three. Did you get that? Seven seven zero three.', "No, no, it's seven seven zero three. Zero three at the end. Then the next is one five... one five six nine."], "The last is two two four zero. Two two four zero. That's all of it, there's no more.", ['card']],
    // an expiry said in words, "oh eight slash twenty-eight", after the card's number: the card's (case 91)
    ['Very good. And the expiration date, please?', ['Please read me the long number across the front of the card.'], ['4128 7703 1569 2240.'], 'It says good thru oh eight, twenty-eight. Oh eight slash twenty-eight.', ['card']],
    // a PIN said to be a date, then its digits, and said again when the caller reads it back
    ['When the courier arrives, put the card in an envelope. So the new card keeps the same PIN, what is your PIN?', [], [], "My PIN is my late husband's birthday. Nine... twenty-six. Oh nine two six. Is that all right to say?", ['password']],
    ["Did you say oh nine two six, ma'am?", ['So the new card keeps the same PIN, what is your PIN?'], ["My PIN is my late husband's birthday. Nine... twenty-six. Oh nine two six. Is that all right to say?"], "Yes, oh nine two six. Walter's birthday, September the 26th. I never forget it.", ['password']],
    // (a birthday alone stays a date)
    ['And your date of birth?', [], [], "It's my birthday next week, the 26th. I was born 09/26/1951.", []],
    // a PIN said to be a date with the date's digits right after ("birthday, oh three one five"): the PIN
    ['To change it, I need to know your current PIN so I can deactivate it.', [], [], "My PIN is my late husband's birthday, oh three one five. But I've never told anybody that.", ['password']],
    // the social security number asked for "since the account needs to be matched": the account is why, not what is asked
    ["The form also asks for your social security number, since the account needs to be matched with your tax records.", [], [], "Can't you see it in the account? Fine, it's 5 3 9 0 2 7 1 4 6, and please hurry.", ['id']],
    // "I have my card. It's 2 1 7..." answering a request for the social security number: the SSN card's
    ['I need to make sure we are talking about the same number. Please read me your social security number, slowly.', [], [], "Okay, okay, I have my card. It's 2 1 7...", ['id']],
    // a code read from a text whose sender is named "FSA ID" is a code; "same sender" before it names no number
    ["Thank you. It's asking for a two-step verification code that was just sent to your phone.", [], [], "Hang on. Okay, text from FSA ID: 5 5 9 2 8 1.", ['code']],
    ["That code didn't go through in time. I've requested another one. What does the new text say?", [], [], 'Seriously? Okay, new one, same sender. 0 7 3 3 4 8.', ['code']],
    ['What does the text say?', [], [], 'sender 1069 0000', []],
    // a code's first three digits read off the screen, or as it came, as the reply ends
    ['Open it and read me the six digit code for Coinbase.', [], [], 'Okay, it says 4 8 1', ['code']],
    ["First, I'll send a verification code to your registered phone. Please read it to me once it arrives.", [], [], "Okay... it's here. 2 9 0.", ['code']],
    ["You'll get a text from us with a six-digit code. Read it to me so I can cancel the wire.", [], [], 'Hang on, it just buzzed. Four eight two', ['code']],
    // where the person is, "I'm at 1418 Elm", is an address
    ["We're sending a courier for the card at 6 p.m.", [], [], "Six o'clock. I'm at 1418 Elm, the blue house.", []],
    // the first of the two numbers at the bottom of a check is its routing number
    ['No, at the bottom of the check there are two numbers. Read me the first one, nine digits.', [], [], "The bottom... okay there's like a weird symbol and then 0 7 1 9", ['card']],
    // an American Express card's fifteen digits grouped 4-6-5 are a card's, not an old resident ID's
    ['You can pay it at drop-off, or I can take it over the phone now.', [], [], "Let's do it now so drop-off is quicker. It's Amex, 3782 641905 21007.", ['card']],
    // an SSN begun digit by digit as the answer breaks off, though its digits are a hotline's; not an emergency line the reply calls
    ['Thank you. The system also needs your Social Security number to link the new card.', [], [], "It's 2 1 1... wait. Why do you need it?", ['id']],
    ["What's your social security number?", [], [], "9 1 1... no, I'm calling the police.", []],
    // a number transfer PIN read off the app's screen is a code (case 120)
    ['Please go into the My Verizon app and generate a number transfer PIN, then read it to me.', [], [], "Okay, I'm in the app. Account, number transfer... it says PIN 3 9 1 7 0 5, valid for seven days.", ['code']],
    // a plan's member ID where its RxBIN is asked for too: a health plan's, an ID
    ['Could you read me the member ID and the RxBIN from the card?', [], [], 'The member ID is H 6 1 9 4 3 0 2 8 5. The RxBIN is 610812... no, 610821.', ['id']],
    // a date of birth said twice, the year ending a sentence, answering a request for it: a date ("Before I go on" asks nothing to go on)
    ['Yes, it is. Before I go on, could you confirm your date of birth for me?', [], [], 'Sure. February 14th, 1962. Oh-two, fourteen, sixty-two.', []],
    // "the number on your card" after an ID named in the line is the ID's card: its number is the ID
    ['Just confirm your Social Security number. Can you please read me the number on your card?', [], [], "Okay... I think it's... uh... 542198765. Is that right?", ['id']],
    ['This is the Medicare benefits office. To mail your new card I need the number on your red, white and blue card.', [], [], "Let me find it. Okay, it's 1, E, G, 4", ['id']],
    // (not where a bank's card or a gift card is named)
    ["What's your SSN, and the number on your debit card?", [], [], 'It is 4532 7975 4323 1948.', ['card']],
    // one's own account's number is the account's whatever its start; an SSN's 3-2-4 grouping is an SSN's whatever its start
    ['Can you please tell me your bank details?', [], [], 'I bank with First National Bank. My account number is 8881105202.', ['card']],
    ['Please confirm your social security number and date of birth.', [], [], "Okay, it's 106-28-2898. Look, can we wrap this up?", ['id']],
    // (a toll-free number on the back of the card stays the bank's)
    ['What is your card number?', [], [], 'the number on the back of my card is 1-800-935-9935', []],
    // a business's main line, and a relative's cell the person says she is calling herself, are no leak (case 87)
    ["One last thing for income verification. Is there a number for your employer's HR department?", [], [], "It's the main line at Hennepin Tool and Die, 612-555-0140. Ask for Debbie in HR.", []],
    ['I just need the rest of the ID and a card for the $750.', [], [], "I'm calling Richard's cell first, 617-244-9038, right now on my other phone.", []],
    // (her own, handed over, stays a phone)
    ["What's the best number to reach you?", [], [], 'My cell is 617-244-9038.', ['phone']],
    // a listing's or a deed's number is no code
    ['I have a family who would like to purchase both plots for $12,400.', [], [], 'I have the deed somewhere, and the deed number is OH-1998-0447, if that helps.', []],
    ['Hello, this is Gregory Lang. You enquired about my two-bedroom flat on Ashford Road.', [], [], "Yes, that's right, listing number 5 5 3... 2 0 9 on the website.", []],
    // a gift card's PIN asked for again by a line that names only the PIN is the card's, as the reply before gave it (case 59); one the
    // reply names stays what it says
    ['Your little one was loud there. Read me the PIN once more?', ['Great. Scratch the silver strip on the back and read me the PIN.'], ["Scratching it... it's 2 8 6 3 1 0 4 5. Can you freeze them now?"], '2 8 6 3... 1 0 4 5. Twenty-eight, sixty-three, ten, forty-five.', ['card']],
    // a card's three-digit security code the caller reads back and the person says again is the card's again (case 117)
    ['Let me read the last part back to be sure: expiry March 2027, security code 915. Is that right?', ['And the expiry date and the security code on the back, please?'], ['The expiry date is March of 2027, and the security code is 9 1 5.'], "Yes, that's right. The security code is 9 1 5.", ['card']],
    // a line that says a piece back with its letter and goes on ("Yes, I have S 5 3 0. Continue.") goes on with the licence asked for
    ['And is there anything after that?', ["I'll need your driver's licence number to find the record.", 'Yes, I have S 5 3 0. Continue.'], ["It's S... 5 3 0...", '2 1 9 4, 4 8 0 6.'], "There's one more group I missed: 1 5.", ['id']],
  ]);
  it('reads a number said twice over, after a pause, as that number twice', () => {
    const reply = 'Okay, it called and the robot voice said the code twice. It was... two, six, four, eight, one, five. Two six four eight one five.';
    const spans = findLeaks(reply).map((l) => [l.kind, reply.slice(l.start, l.end)]);
    expect(spans).toEqual([['code', 'two, six, four, eight, one, five'], ['code', 'Two six four eight one five']]);
  });
});

describe('round 44: transcripts with no marks, a brand before its digits, and numbers that are the caller\'s or an office\'s', () => {
  readsEachAs([
    // a card brand and then digits that open as its cards do is the card's start (not a visa's subclass)
    ['This offer expires today.', [], 'well okay its amex 3 7 1 5 um 4 4 0 9 2', ['card']],
    ['What kind of visa do you hold?', [], 'my visa 482, the work one', []],
    // a code begun and stopped, in a transcript with no marks, answering a request for it (or what an authenticator app shows)
    ["I'm sending you a verification code. Please read it back to confirm you're the account holder.", [], 'okay um i got it its five seven two', ['code']],
    ['Open Google Authenticator and read me the six digits under Binance.', [], 'okay its 3 0 6 oh no it changed hold on', ['code']],
    ['What year did you buy it?', [], 'okay its 2 0 1 hold on', []],
    // a money transfer's control number, sent just now on the line's request, is a code (round 37)
    ['Send $750 to Carlos Mendez in Kingston, Jamaica, and call me back with the control number.', [], 'okay i sent it the control number is 8 3 1 uh 4 0 2 7 7 1 9', ['code']],
    ['What does the form say at the top?', [], 'the control number is 8 3 1 4 0 2 7 7 1 9', []],
    // a gift card's code spelt out is the card's (case 59)
    ['Are you back? Scratch the back of the first card and read me the code.', [], 'okay um the first one the code is x k 4 7 dash 9 p q r dash 2 m 8 t', ['card']],
    // the caller's numbers said back in one breath, and an office's line, are no leak
    ['Tracking number 9 2 0 0 1 9 0 3 4 7 2 9 8 1. The redelivery fee is $2.99.', [], 'nine two oh oh one nine oh three four seven two nine eight one and two ninety nine okay', []],
    ['And your doctor\'s name and office number?', [], 'doctor patel her office is 3 0 5 8 8 1 0 2 2 0', []],
    ["There's no time for that.", [], 'im calling her now on 512 3 3 0 8 1 2 4 hold on', []],
    // a utility bill's account number the line gives the start of, where it says it never takes card numbers
    ["That wasn't us, we never take card numbers by phone. For the priority form, the account number on your bill starts with 3 1.", [], 'um 3 1 0 0 4 7 2 2 8 9', []],
    // an arrest warrant's, a regulator's and a company register's numbers are none; a card read off "that page" is a card
    ['Madam, obstructing a police investigation is an offence.', [], 'Then you will not mind if I ring 101 and ask Charing Cross to confirm warrant number 7731.', []],
    ["It's our settlement account. All our clients use it.", [], 'I have just looked up FCA number 612930, and it belongs to a building society in Leeds, not to you.', []],
    ['The fee covers our legal costs.', [], 'I have just found company number 08815720. It was dissolved in 2019.', []],
    ["To refund the 640 I'll need the card number you entered.", [], 'You already have it from that page: 4921 8830 1175 6402. I do not see why you need me to read it.', ['card']],
    // a PIN made from a date and written as the date, answering a request for the PIN (not a date said back to another question)
    ['Now, to deactivate the card, please tell me your four-digit PIN.', [], 'It is easy to remember because it is my wedding anniversary, the fourteenth of July, so 14/07.', ['password']],
    ['When did you open the account?', [], 'It was the fourteenth of July, so 14/07 is the date.', []],
    // a UK National Insurance number is an ID, not a sort code's pairs (nor a flight and a seat: "ZH9802 32C")
    ['And finally your National Insurance number for the tax wrapper.', [], 'It is JL 70 41 88 B.', ['id']],
    ['What did the airline send you?', [], 'ZH9802 32C, and the order is fine, what time should I be at the airport', []],
    // a Windows login password the screen asks for is a password (not a Windows product's number); a gift card's claim codes given where
    // a PIN is asked are the card's
    ['Thank you, I\'m connecting now. The screen is asking for your Windows login password to continue.', [], "It's the same one I use for everything, Buttercup2! with a capital B. Oh, maybe I shouldn't have said that.", ['password']],
    ["Don't forget to have the serial number and PIN ready when you call back.", [], 'I bought the Google Play cards. the codes are 8HQX-2K9T-4MPL-7WRZ and 3NVF-6D2J-9QYC-1BHA', ['card']],
    ['Perfect. The door code and address will come by text on July 11th.', [], 'July 11th, great. Thanks, Sandra!', []],
    // an account number whose start is a Chinese SMS sender's, 106, in a reply with no Chinese in it
    ['Okay.', [], 'account number 1065 4498 207', ['card']],
    // a wallet's recovery phrase read out where the line asks for it is a password (case 121); everyday words of the list are no phrase
    ["For a full recovery we need your wallet's recovery phrase, the twelve words.", [], 'okay it says um apple river tiger blanket', ['password']],
    ['Read me your seed phrase.', [], 'please just wait a moment', []],
    ['Read me your seed phrase.', [], 'what about that, you know what, i will never tell you', []],
    ['Hello?', [], 'abandon ability able about above absent absorb abstract absurd abuse access accident', ['password']],
    ['Hello?', [], 'apple river tiger blanket', []],
    // a PIN said as a birthday's digits in Chinese numerals, after the payment password's label, to a line asking for it
    ['好的 付款页面要输支付密码 六位数', [], '支付密码 呃 是我生日 九八零四幺二', ['password']],
    // the social security card's number read off its back is the ID the line asks for, not a security code
    ['我这边可以帮您线上激活 先核对信息 您旧社保卡的卡号是多少', [], '社保卡号啊 我看一下卡背面 是 H 三四 二九〇 幺六八 七', ['id']],
    // the caller's account, read off the chat or the text the line says it sent, and a claimed son's old number asked back, are no leak
    ['那先转三万 回头我给你 对方账号我发你微信上了', [], '嗯 收到了 是 6222 0210 0304 7781 是吧 户名李海涛', []],
    ['好的 现在需要你把500转到我们的理赔对公账户 系统才能打款 账户我发短信给你', [], '嗯 我看到短信了 收款账户 6230 5821 0099 3716 浙江中通', []],
    ['感冒了 嗓子哑 我手机掉水里了 这是同学的手机 你存一下这个号', [], '你以前的号 幺五二 什么 后面是 六六零八 对吧', []],
    // ...but one's own card to receive a loan on, and one's own company's account, are leaks
    ['好的 收款银行卡报一下', [], '收款卡用工行的 62122 61602 00438 8950', ['card']],
    ['对公账户报一下', [], '对公账户是 3100 1866 1510 5000 8812 开户行是建行上海分行', ['card']],
    // round 46: a Chinese mobile's start to a line asking for the phone (not a time, a year, or someone's old number asked back); a
    // password the person changed it to; a bank's name before a card's digits (not before its hotline); a sum pending withdrawal
    ['好的 手机号呢 就是您现在接电话这个吗', [], '不是 这个是我工作的号 私人的是 一三九 零五', ['phone']],
    ['好的 手机号呢', [], '下午三点到五点吧，或者晚上七点半以后，15:30 也行', []],
    ['你存一下这个号', [], '你以前的号 幺五二 什么 后面是 六六零八 对吧', []],
    ['要做完三单才能一起返 不然前面的钱都取不回来了', [], '哦 那我改一下密码 你们刚才不是拿我密码付的吗 我改成 幺二幺二零九 了 你别再动了', ['password']],
    ['原路退回要15个工作日 走银行卡马上到', [], '那行吧 建设银行 6217', ['card']],
    ['您把验证码告诉我', [], '那我就打官方电话，中国银行 95566，我现在就挂了打。', []],
    ['好 我付款了 你去看一下', [], '看到了 显示 7300 待提现', []],
    ['那是我现在的老婆 你快点吧 急用', [], '我先打给你那个旧号问问 一三六九 幺二四 八八零九', []],
    // one's own number the caller read back, claimed ("is still my cell"); a utility's account number "from your last bill" is none
    ["That's understandable. Is 720-555-0193 still the best number to reach you?", [], 'Yes, 720-555-0193 is still my cell.', ['phone']],
    ['To link the two, can you read me your old account number from your last bill?', [], 'Sure. The old one is 3 0 4 4 1 9 2 6 7 1.', []],
    // "the next 72 hours" asks for no part of a number
    ["Please don't use your card or log in until we call you back over the next 72 hours.", [], 'Tomorrow between 10 and 11, got it. My balance should still be about $12,600, right?', []],
  ]);
  readsEachInCallAs([
    // "the next eight" after a card's first eight asks for its rest
    ['Okay, and the next eight?', ['Go ahead with the card number.'], ['okay its four five three two uh zero one nine eight'], 'seven seven six oh two two four one', ['card']],
    // a password said again, corrected, after the line says it was wrong, is a new one read whole, and stays the bank's after a remote tool
    ['It says wrong password.', ['What is the nine-digit number under This Desk?', 'Please log in to your Chase online banking so I can process the refund.'], ['this desk okay um 8 1 7 4 4 2 0 9 6', 'okay im logging in the username is jsmith48 and the password is uh sunflower 7 7'], 'oh sorry its sunflower double 7 with an exclamation', ['password']],
    // the caller's contract number said back after a card's code is not the card's rest
    ["You're all set. Your contract number is VSC 7 7 2 0 4.", ['And the four digit code on the front.'], ['okay its tiny um six six oh two'], 'v s c seven seven two oh four got it', []],
    // a health plan's member ID the line asks for, where insurance was talked about a line before, is an ID (case 89)
    ['Could you read me the member ID from the new card? We only have the old one.', ['Great. Our system shows a change in your insurance to Delta Dental PPO. Is that still current?'], ['yeah delta dental through my wifes job'], 'uh sure one sec its 0 0 9 4 4 1 7 2 3 0 1', ['id']],
    ['Could you read me the member ID from the new card? We only have the old one.', ['Thanks for shopping with us. Do you have our store card?'], ['yes the blue one'], 'uh sure one sec its 0 0 9 4 4 1 7 2 3 0 1', []],
    // a password said after a remote tool's, to a line that asks for the computer's, is the computer's; a National Insurance number after
    // a licence is an ID, not the licence's rest
    ['Thank you, I\'m connecting now. The screen is asking for your Windows login password to continue.', ['Please go to teamviewer.com and download the QuickSupport program, then tell me your ID and password.'], ["Okay, it's open. The ID is 1 284 559 603, and the password is 7k4m2x."], "It's the same one I use for everything, Buttercup2! with a capital B.", ['password']],
    ['And finally your National Insurance number for the tax wrapper.', ['Let me read the licence back: E L L I S 6 0 5 1 4 2 M E 9 I J.'], ['Yes: ELLIS605142ME9IJ. That is correct.'], 'It is JL 70 41 88 B.', ['id']],
    // the recovery phrase's words read on after lines that ask for no other secret
    ['Next four.', ["For a full recovery we need your wallet's recovery phrase, the twelve words.", 'Ready when you are.'], ['i have it on a card in the drawer hold on', 'okay it says um apple river tiger blanket'], 'sugar lemon uh cannon frost', ['password']],
    // a payment password in numerals after a six-digit code the reply before gave is the password, not the code's card-long rest
    ['好的 付款页面要输支付密码 六位数', ['好的 现在支付宝会发一个验证码 你念给我'], ['支付宝发的 验证码 6 0 5 8 1 3 说五分钟有效'], '支付密码 呃 是我生日 九八零四幺二', ['password']],
    // a reply's own "member ID" where a line before named the health plan is an ID (case 89)
    ['Please read me the member ID on the front.', ['Hello, this is Blue Cross member services calling about your plan.'], ['Yes, I have the card here.'], 'It says member ID X Y P 8 8 3 0 1 9 4 5 2.', ['id']],
    // a line that only asks back the word the reply stopped on goes on from the request before it
    ['Dash?', ['And your social security number.'], ['5 3 0 dash uh 6 2 dash'], 'sorry 1 1 8 7', ['id']],
    // a remote tool named in a transcript's spelling ("ultra viewer"): its password is the tool's, a code
    ['And the password?', ['We\'ll refund it. Please download the tool at ultraviewer dot net.', 'Read me the ID and password in the window.'], ['ultra viewer okay um its installing', 'the id is 2 1 9 uh 4 4 8 oh 1 6'], 'password is 8 8 2 1 f k no wait its k f', ['code']],
  ]);
});

describe('the rest of a number after an aside, to a line that only keeps the person going', () => {
  readsEachInCallAs([
    // an aside that names the number begun ("我这个卡号太长了"), then its next groups and its last four to "不着急", "嗯 继续"
    ['好的 不着急', ['对的 退款要走银行 您把收款的卡号报一下', '6217 然后'], ['那行吧 建设银行 6217', '然后 呃 我这个卡号太长了 你等下 我找张纸'], '0012 8834', ['card']],
    ['嗯 继续', ['对的 退款要走银行 您把收款的卡号报一下', '6217 然后', '好的 不着急'], ['那行吧 建设银行 6217', '然后 呃 我这个卡号太长了 你等下 我找张纸', '0012 8834'], '5590 那个 这就是后四位了', ['card']],
    ['Take your time.', ['Can you read me the card number?', 'Okay.'], ['my card number is 4532 0151', 'hold on, this card number is so small, let me get my glasses'], '1128 3036', ['card']],
    // not to a line that asks something else, and not after an aside that names another secret
    ['What year did you open it?', ['Can you read me the card number?', 'Okay.'], ['my card number is 4532 0151', 'hold on, this card number is so small, let me get my glasses'], '2019', []],
  ]);
});

describe('round 47: numbers the person rings, who the caller says they are, and pieces of a secret', () => {
  readsEachAs([
    // a number the person says they ring themselves, by name, or a piece of one read after its area code, is theirs to publish
    ['Then give me your bank sort code and account number and we\'ll take it by direct debit.', [], 'no mate im not giving you me bank details im ringing hmrc meself on oh three hundred two hundred three three one oh', []],
    ['Then give me your mobile so we can ring you back.', [], 'ring me on oh seven seven nine oh four three one nine one two', ['phone']],
    ["Mum, it's me! Please, I'm stressed enough.", [], "Hang on. I'm ringing your old number on the landline. Oh seven seven nine oh, four three one nine one two.", []],
    // an account read out with pauses that fall as a social security number's groups, to a line that asks for the account, is the account
    ['And the account number?', [], 'Account is... three three eight, four one... nine oh six two.', ['card']],
    ['And your social, please.', [], 'my account, um, 338-41-9062', ['id']],
    // the caller's reading of one's card said back and claimed in Chinese is the card (case 117); said back to ask, or a game account, none
    ['收到了，卡号是 6214 6656 0038 2719 对吗？', [], '6214 6656 0038 2719 对的对的 就是这个', ['card']],
    ['收到了，卡号是 6214 6656 0038 2719 对吗？', [], '6214 6656 0038 2719 对吗 我看看', []],
    ['您的游戏ID是 58830217 对吧', [], '58830217 对，是我的号，一百零五级', []],
    // a UnionPay card's start, six digits from 62, where the line asks for the card's number by name
    ['邮政的可以，您把卡号念一下', [], '我拿老花镜 … 六二一七 九九 …你等会 卡放抽屉里了', ['card']],
    ['验证码发到您手机了 念一下', [], '六二一七 九九', ['code']],
    // a phone's area code written as one, as the reply breaks off, answering a request for the number (a part counts)
    ['Thank you. And the best callback number for the driver?', [], "Um, it's 937... wait, you called me, you already have it.", ['phone']],
    ['Thank you. And the best callback number for the driver?', [], "Um, it's 2019... no wait, I changed it.", []],
    // a recovery phrase's words typed a message a line, where the line asks for the phrase
    ['Great. To link the bot, open Trust Wallet > Settings > Wallets > Show Secret Phrase and send me the 12 words in order', [], 'ok its\nmaple orbit\nsilent', ['password']],
    // a code's first digits that run on ("678") are no counting; of a code and a phone asked for, the code where the reply names it
    ['那这样，你给我个验证码，我用你手机号在顺丰那边做个担保', [], '担保要我验证码？ 收到一个 678 … 算了 我不发 你这就是骗子', ['code']],
    ['Read me the code, please.', [], 'One, two, three... no, I am not doing this', []],
    // one's mobile after one's address is one's own; a place's phone after its name is the place's
    ['对，通过了。你把收货地址和手机号发我，我今天顺丰发', [], '地址 成都市武侯区丽都路88号 2栋1单元 手机 18980427713 收件人 周', ['phone']],
    ['What number should the driver use?', [], 'pharmacy phone 312-555-0187, they know me', []],
    // a count out of a total, and the short code a text is reported to, are none
    ['Thank you Liam! Finish tasks 1-40 today. You have earned NZ$86.40 commission in training 🎉', [], 'done 40/40 🔥 balance says 86.40', []],
    ['Please do not call, our lines are busy. Reply with card number to secure', [], 'on hold with lloyds now, they say they never sent this. the number you text from is 07723 118 402, reporting that to 7726', []],
    // a toll-free number said "one eight hundred, …", the number on the back of one's card, a bank rung after hanging up: theirs
    ['Your son is mistaken. Stay on the line.', [], "No, I'm going to hang up and call the CRA at one eight hundred, nine five nine, eight two eight one, like it says on their website.", []],
    ['If you don\'t confirm the parcel will be returned and you will be charged £25', [], 'ringing the number on the back of my card now 03457 404 404. and ur blocked', []],
    ['Mr Nguyen, if you don\'t pay today...', [], "I'm hanging up and ringing Commonwealth on 13 22 21.", []],
    ['Please read me the card number.', [], 'the number on the back of my card is 4532 0151 1283 0366', ['card']],
    // an office's number, named as theirs after the office ("call Dr. Patel's office, they handle my Medicare stuff. Their number's…")
    ["It's a one-time fee, sir. If you don't pay, your benefits may be suspended until you get the new card.", [], "Look, call Dr. Patel's office, they handle my Medicare stuff. Their number's 727-461-3300.", []],
    ['Can I have a number to reach you on?', [], 'Their number is 727-461-3300, my son and his wife, call them', ['phone']],
    // the caller's sort code and account said back in one breath, the second begun or whole; the caller's number asked about and guessed at
    ['My landlord. Sort code 04-00-04, account 18822793.', [], '04-00-04, 188... hold on let me get a pen. 04 00 04, 18822793, that right?', []],
    ['Please send it to my account.', [], '04-00-04, 18822793, that right?', ['card']],
    ["Mum I need a favour, I've got a bill to pay today and my banking app's on the old phone.", [], "Hang on, what's your old number then? Is it oh seven seven nine oh, something nine one two?", []],
    // a code's first two or three digits read out as the reply breaks off or refuses, answering a request for it (a part counts); a bank's
    // NetCode is a one-time code
    ["Great. I'm going to send a NetCode to your phone. Once I've got it I can block the payments.", [], 'ok its come through its eight two hang on it says this netcode is to add a new payee', ['code']],
    ['您打过去也是转到我这边 您把验证码念一下就好了', [], '短信上是 三七 算了 我不念了', ['code']],
    ['对对 您点一下借出来 系统会给您发一个验证码 您把验证码告诉我 我这边给您做个绑定', [], '好的好的 收到了 是 八 三 九', ['code']],
    // (not a count, nor what the line asks for that is no code)
    ['您打过去也是转到我这边 您把验证码念一下就好了', [], '我是 三七粉 吃多了 算了', []],
    ['How many cards do you have with us?', [], "it's two hang on", []],
    // in Chinese, a secret's first digits however grouped, then a pause or words that stop, answering a request for it; "动态吗" is a
    // voice input's slip for 动态码
    ['三姨我看不到您的手机，您自己登进去，转账的时候输支付密码就行，密码发我', [], '支付密码是六位那个？ 188 … 我想不起来了', ['password']],
    ['好的借记卡也行，那您把卡的取款密码报一下，系统激活要用', [], '取款密码？这个也要？ 八八…不行吧 银行说密码谁都不能给', ['password']],
    ['局里要建一个工作群，你手机会收到一个验证码，报给我拉你进群', [], '哦 收到了 是 三 八 五 …呃 这个写的是微信 登录验证码', ['code']],
    ['您今年多大年纪了 把年龄报一下', [], '七十二 … 你问这个干嘛', []],
    // a phone's last four answering a request for them (only a card's last four are none), and digits added to the start the line says
    ['取消需要核实您的信息 您的手机号尾号是多少', [], '尾号 二二六幺', ['phone']],
    ['您的银行卡尾号是多少', [], '尾号 二二六幺', []],
    ['这是我们外呼专线 您的号码是幺三五开头的对吧', [], '对 幺三五 幺八四 哎 你不是有吗', ['phone']],
    ['您的号码是幺三五开头的对吧', [], '对 是幺三五开头', []],
    // thirteen digits answering a request for an ID alone are an ID (South Africa's, Pakistan's), whatever a card's check says
    ['Yes sir. I just need to verify you. Your ID number please.', [], "It's eight one oh three one five, five oh eight nine, oh eight two.", ['id']],
    ['Your ID or your card number, either is fine.', [], "It's 8103155089082.", ['card']],
    // an ID that opens with a letter (a Singapore NRIC), in pieces, answering a request for it; its last four characters, ending on a letter
    ['We need you to say it for the recording, madam. Full NRIC.', [], 'Okay lah. S8742... 156... J.', ['id']],
    ['Madam, we also need to verify the last four characters of your NRIC for the customs declaration.', [], 'Last four ah... 5 6 0 H.', ['id']],
    // (not a line that asks for nothing, nor a word with digits in it)
    ["We're a division contracted by the FBI. Your case number is IC3-2024-11829.", [], 'My IC3 complaint number is different, it starts with I2403.', []],
    ['Your ID number please.', [], "It's on my iPhone15 somewhere", []],
    // a harmless thing named in the sentence before names no number that answers a request for a secret; asked back, it may
    ["Great. The technician will need to test the panel remotely before he arrives. What's your disarm code?", [], "The disarm code? Well, it's the same as my late husband's birthday. Oh-four-one-nine. Then you press off.", ['password']],
    ['Can you please tell me your social security number or the last four digits of it?', [], 'the last four i guess. six oh oh nine.', ['id']],
    ['My extension is 4412 if we get cut off. Now, your card number?', [], "what's your extension? 4-4-1-2? let me write that down", []],
    // a card's brand, a sentence before digits that open as its cards do
    ['To stop the disconnection you need to pay now. We take Visa or Mastercard.', [], 'Fine, fine, Visa. Four five one nine oh two...', ['card']],
    // the bank the account is at, then the account's start, answering a request for it
    ['Alright ma. Then give me your bank account for the 2.5 million transfer.', [], 'Access Bank, zero six nine... no, I will give it when the money is ready.', ['card']],
    // a phone's recharge card is a prepaid card: its PIN is the card's (case 59)
    ['To activate the prize, load a 5,000 naira recharge card and send me the PIN so the system can register your line.', [], 'The PIN is 4829 1033 7561 4068 2.', ['card']],
    // a sum in lakhs is a sum, whatever the line asks for
    ['Okay. Now open PhonePe and send ₹3,80,000 to the account I give. Enter your UPI PIN.', [], 'Three lakh eighty? That is all my savings.', []],
    // a clothing size ("L码") names no code; a chat group's number is no secret
    ['您好 我是淘宝店铺客服 您购买的一件羽绒服 因为甲醛超标 我们给您双倍退款', [], '羽绒服是买了一件 黑色的L码 一百九十九', []],
    ['是这样 学校要统一订一套寒假资料 每人三百八十元 我拉您进个家长群', [], '三百八 好的 之前那个群号是 七二六幺 零八八三五 不是那个吗', []],
    // a relative's number the person says after it they call themselves is no leak; handed over, it is (case 87)
    ['对 就那辆 姐你转到我同事卡上 我发给你', [], '那我先给你妈打个电话 我小姨号码 幺五零 八八三二 幺零四六 我自己打', []],
    ['对 就那辆 姐你转到我同事卡上 我发给你', [], '我小姨号码 幺五零 八八三二 幺零四六 你打给她', ['phone']],
    // a code said a digit at a time, then again as one, is that code twice, not a card's length
    ['系统给您发了验证码 我这边需要您念一下 系统核验', [], '四 七 幺 六 零 二 四七幺六零二', ['code']],
  ]);
  readsEachInCallAs([
    // a PIN's digits or a memorable word's letters by their places, where the line asks for places and a line a little before for the secret
    ['Understood, we only need three digits of it, the 1st, 3rd and 5th, the way the website asks.', ['To cancel the payee we need your online banking PIN.'], ['My full PIN? I was told never to give that out.'], 'Oh yeah, the website does ask that alright. First is 2, third is 9, fifth is... 0.', ['password']],
    ["It's just the refund authorisation, I can't see the whole word, only three letters.", ['And your memorable word, please.'], ['The whole thing? Hmm.'], 'oh okay, 2nd is R, 4th is... M, and 6th is... uh, N', ['password']],
    ["It's just the refund authorisation, I can't see the whole word, only three letters.", ['What is the name of your first school?'], ['St Mary\'s.'], 'oh okay, 2nd is R, 4th is... M, and 6th is... uh, N', []],
    // a mobile whole, to a line that now asks for it, is no rest of the card's security code the reply before gave
    ['Please also confirm your mobile number so the driver can text you a time slot', ['Expiry date and the 3 digits on the back (CVV)'], ['exp 08/27\ncvv 3 1 9'], '07700 900984', ['phone']],
    // a line that only keeps the person going, after one that names a secret of theirs alone ("还有您的查询密码"): the secret asked
    ['对 是六位', ['好的 还有您的查询密码'], ['查询密码是六位的吧 跟取款的不一样'], '那我不记得了 好像是 幺二三三二幺 吧 我也记不清', ['password']],
    // an ID's last four, its X too, to a line that asks for them after the ID's start
    ['后四位呢', ['之前的表弄丢了 还有孩子的身份证号我登记一下 报名要用'], ['孩子的身份证我找一下户口本 嗯 是 三七零二零二 二零幺四 零五二八'], '后四位 幺二三X', ['id']],
    // a line that says what was given failed ("that doesn't match", "It says incorrect") asks again for it, whatever it asks with it
    ['Hmm, that doesn\'t match. Are you sure?', ['To verify you I need the last four of your social security number.'], ['last four, 3 9 5 1'], 'sorry, 3915. my mistake', ['id']],
    ['Hmm, that doesn\'t match. Are you sure?', ['What year did you open the account?'], ['it was 2019'], 'sorry, 2018. my mistake', []],
    // an official line the person calls is no piece of the card begun in the reply before
    ['好的我等您', ['您好 补偿款打到您卡上 请提供卡号'], ['卡号啊 6214 8520 哦稍等 我老婆在叫'], '她说航班取消航空公司会发短信的 我先打国航九五五八三问一下', []],
    ["Ma'am, if you go to branch it will take 3 to 5 banking days and the 45,000 will be gone.", ['One more, the system will ask for your online banking password to confirm the reversal.'], ['My password? Sorry po, my officemate said you should never ask for that.'], 'Then I will call the BDO hotline, (02) 8631-8000. Thank you po.', []],
    // a line that says who the caller is ("我们是官方客服") asks for no harmless thing: the code the line before asked for is still asked
    ['那是系统默认的提示 我们是官方客服 可以告诉的 很快就关闭了', ['好的 我们给您发了一个验证码 这个验证码是关闭服务用的 您在共享里不要动 直接念给我'], ['验证码 你不是看得到我屏幕吗 上面写的 不要告诉任何人'], '那 那好吧 是 三八 零六 幺二', ['code']],
  ]);
});

describe('a password spelt piece by piece, commas between', () => {
  const masked = (reply: string, caller: string) => applyMasks(reply, classifyInContext(reply, { context: { caller } }).leaks, 'en');
  it('masks every piece, not only its digits', () => {
    const m = masked("Okay, it's capital M, marisa, one nine six eight, exclamation mark.", "What's the password you use for online banking?");
    expect(m).not.toMatch(/marisa|one nine|exclamation/);
    expect(masked("It's capital R, Rosie, oh six oh six. Rosie was my cat.", "Tell me the password and I'll reset it.")).not.toMatch(/R, Rosie, oh six/);
    expect(masked('It\'s star, two, five...', "What's the gate code so the officer can come in?")).not.toMatch(/star|two|five/);
  });
  it('leaves a list that says nothing of how a password is written', () => {
    expect(masked("it's our anniversary, 0 6 1 4", "What's the PIN on your card?")).toBe("it's our anniversary, [password •••]");
    expect(masked('Spot 14, east lot, row C. Got it.', 'The car is in spot 14 in the east lot.')).toBe('Spot 14, east lot, row C. Got it.');
  });
});

describe('a number with a hesitation after a comma', () => {
  const read = (reply: string, caller: string) => classifyInContext(reply, { context: { caller } }).leaks.map((l) => [l.kind, reply.slice(l.start, l.end)]);
  it('is one number: "4-1-2, uh, 6-6, uh... 0-9-3-8"', () => {
    expect(read("My social? It's 4-1-2, uh, 6-6, uh... 0-9-3-8. Is that needed?", "I'll need your Social Security number.")).toEqual([['id', '4-1-2, uh, 6-6, uh... 0-9-3-8']]);
    expect(read('7 3 1, uh, 0 0 9...', 'And the account number?')).toEqual([['card', '7 3 1, uh, 0 0 9']]);
  });
  it('but a list said with "then" after a comma is still read item by item', () => {
    expect(read('It was 9:47 am from 800-555-0123, then 9:52, then 10:03.', 'Can you tell me the time of the call you got from us?')).toEqual([]);
  });
});

describe('"信你的", "听你的": trusting the caller, not naming the caller\'s number', () => {
  it('the number after them is the person\'s own', () => {
    const caller = '下载这个app 注册的时候用你手机号 邀请码填CL888 这个是我们官方合作平台 很安全的';
    expect(read('我还是信你的注册好了手机号用的一三九一五八二六零四七', caller)).toEqual(['phone']);
    expect(read('好吧听你的 手机号是13915826047', caller)).toEqual(['phone']);
    // (the caller's own number, said back, stays theirs)
    expect(read('你的手机号是13915826047吗', '有事打我手机13915826047')).toEqual([]);
  });
});

describe('the written calls of round 2: a remote tool\'s "address", and 7726', () => {
  it('a nine-digit "address" the caller has read out is a remote tool\'s ID, a code', () => {
    expect(read("Em, it's 4 1 8, 2 2 7, 9 0 3. Is Dad going to get charged for this or what?", "Lovely. There's a nine-digit address on the left hand side there, read that out to me.")).toEqual(['code']);
    expect(read('its three eight one uh two two oh nine four six', 'perfect now you will see your address a nine digit number please read me that number')).toEqual(['code']);
    // (a home address asked for stays harmless)
    expect(read("It's 4182 Elm Street, apartment 9.", "What's your address, so the courier can come by?")).toEqual([]);
  });
  it('a scam text reported to 7726 gives nothing; a PIN of 7726 is still a PIN', () => {
    expect(read('just spoke to the real hsbc. theres no payee. reported this number to 7726', 'Reply with the code to secure your account.')).toEqual([]);
    expect(read('7726', "What's your PIN?")).toEqual(['password']);
  });
});

describe('the written calls of rounds 2 and 3: whose number it is, a spaced "i d", an ID in comma groups', () => {
  const card = 'I can take the card details over the phone. Can I have the long number on the front of the card?';
  it('a relative\'s number, in any country\'s shape, is a phone even where a card was asked for', () => {
    expect(read("Wait, my husband has the card, he is at work. I give you his number, you call him? It's 0 4 1 2, 5 5 8, 3 0 9.", card)).toEqual(['phone']);
    expect(read('My husband has the card. His number is 0412 558 309.', card)).toEqual(['phone']);
    expect(read('Email is gohkiansengfish at hotmail dot com. My wife ah, 9 1 2 7... 6 6 0 4. Call her after 3.', 'Can I get your email, and a contact for your wife also?')).toEqual(['phone']);
    // (nine digits answering a request for a social security number are that; a number of the caller's put right is not a phone)
    expect(read("It's my wife's number 318442290", "What's your social security number?")).toEqual(['id']);
    expect(read("Hmm, I think that's wrong. Mine is 1234567880, I just checked the card.", 'Our records show your policy number as 1234567890.')).not.toContain('phone');
  });
  it('eleven digits from 1 in an English reply to a request for an account are the account, not a mainland mobile', () => {
    const account = "Capitec, perfect. Read me the account number, and then you'll get an OTP, just read that to me to confirm it's you.";
    expect(read("Okay, it's one five four, two eight… eight one nine, three three zero.", account)).toEqual(['card']);
    // (a North American number with its 1 stays a phone)
    expect(read('+1 (720) 555-0112', "What's the number on your account?")).toEqual(['phone']);
  });
  it('a code still to come, in the sentence that asks for the card, leaves the card asked now', () => {
    expect(read('卡号啊……等哈，我去拿眼镜……六二二八，四八……哎呀这个字好小哦，看不清楚。', '好的阿姨，您把卡号念一下，我帮您核对是不是扣费绑定的那张，然后系统会给您发一个验证码。')).toEqual(['card']);
    // (a code that comes to the phone, or in a sentence of its own, is the one asked)
    expect(read('哦 收到了 是 三 八 五 九 二 七', '你手机会收到一个验证码，报给我')).toEqual(['code']);
    expect(read('Here it is, 9 4 7 7 1 5.', 'The PIN is set. To complete activation, the system will text you a one-time code. Please read it to me.')).toEqual(['code']);
  });
  it('an ID spoken as "i d", and a health service\'s number, are IDs', () => {
    expect(read('the i d is four one two nine nine eight three seven zero and the password is uh x seven k two p', 'great now read me the nine digit i d and the password it shows on the screen')).toEqual(['id', 'password']);
    expect(read("right, CHI number's 1 2 0 3 8 5 4 4 7 1.", 'Can I take your CHI number, or your date of birth and postcode?')).toEqual(['id']);
    expect(read("so i d like to know who you are", 'Can I take your name?')).toEqual([]);
  });
  it('a resident ID read in its three parts with commas is one ID, masked whole', () => {
    const said = '拿来了拿来了，四幺零三二二，幺九五二零八幺五，三幺七六……';
    const leaks = classifyInContext(said, { context: { caller: '好，快一点。' } }).leaks;
    expect(leaks.map((l) => [l.kind, said.slice(l.start, l.end)])).toEqual([['id', '四幺零三二二，幺九五二零八幺五，三幺七六']]);
  });
  it('an "oh" that exclaims is no zero, and a card\'s end said "endin\'" is printed on receipts', () => {
    expect(read("one eighty six oh my i don't know if i have that on the card right now", 'the duty is one eighty six and it has to be paid today, can you pay by card')).toEqual([]);
    expect(read("Got it. Account endin' in five five two one. Now, my wife does the books.", 'Take your time, hon.')).toEqual([]);
    expect(read('four nine oh oh two one', 'read me the code')).toEqual(['code']);
  });
});

describe('the written calls of round 4: a tool\'s address on the screen, a card in four-digit groups, and what is no secret', () => {
  it('the address on the screen, nine digits, is a remote tool\'s ID', () => {
    expect(read('Allow... okay. It says eight three oh, one one four, six two seven.', 'Yes, click Allow, and then read me the address on the screen, nine digits.')).toEqual(['code']);
    expect(read("It's 14 Elm Street", "What's the address on the screen, nine digits?")).toEqual([]);
  });
  it('a nineteen-digit card read four digits at a time with commas is one card, masked whole; four codes in a row are not', () => {
    const said = '卡号我直接在会议里打出来吧，六二一七，零零零二，六四八零，一五七三，九二六。验证码……还没来呢。';
    const leaks = classifyInContext(said, { context: { caller: '现在您打开银行APP，理赔款要打到您卡上，需要填一下卡号，然后系统会发一个验证码过来，您念给专员。' } }).leaks;
    expect(leaks.map((l) => [l.kind, said.slice(l.start, l.end)])).toEqual([['card', '六二一七，零零零二，六四八零，一五七三，九二六']]);
    expect(read('六六八八，九九零零，幺三幺四，五五二六', '请说一下验证码')).not.toContain('card');
  });
  it('the bank\'s number on the back of the card, rung, is no card code', () => {
    expect(read('不弄了。要提额我自己打卡背面的95555问，收车了去招行网点也中。', '周师傅，额度提了对您跑车周转也方便啊，那您至少把验证码……')).toEqual([]);
  });
  it('an office\'s initials spelt are no gift card\'s code; a few letters given as the answer still are', () => {
    expect(read('google play cards? for a tax bill? thats not how h m r c works is it', 'now go to the nearest tesco and buy google play cards worth two thousand pounds')).toEqual([]);
    expect(read("it's x k q p", 'read me the code on the back of the card')).toEqual(['card']);
    expect(read('The first four letters are g-a-r-d, then some numbers I can\'t remember.', 'Just give me the first part of the password then.')).toEqual(['password']);
  });
  it('a sum the line named, asked back, is no code; digits read out unsure still are', () => {
    expect(read("Ha? Twelve fifty? No, no, I didn't buy anything in Leeds.", 'We\'ve spotted a payment of twelve hundred and fifty pounds to an electronics store in Leeds. Did you make that payment?')).toEqual([]);
    expect(read('4829?', 'read me the code, the payment is pending')).toEqual(['code']);
  });
});

describe('the written calls of round 5: a Medicare number asked by name, a time and a sum said loosely, a bill\'s reference pressed for', () => {
  const read = (reply: string, caller: string, earlier: string[] = [], callers: string[] = []) => classifyInContext(reply, { context: { caller, earlier, callers } }).leaks.map((l) => l.kind);
  const medicare = "Now if the new one's not activated by Friday your benefits could lapse, so I just need to verify the Medicare number off your current card, the letters and numbers on the front.";
  it('a Medicare number the line needs to verify is an ID, though the card holding it is named after it', () => {
    expect(read('Okay. It\'s, uh, 5-K-T-2... W-J-8, N-P-4-1.', `Yes sir, the paper cards are being phased out so the doctors can scan them. ${medicare}`)).toEqual(['id']);
    // (a card named only as where the PIN is used stays no request of the card: the PIN is asked)
    expect(read('my pin is 4417', 'We need to secure the account. What\'s the PIN for your card?')).toEqual(['password']);
  });
  it('a time with a filler before it is no ID, and a sum taken "out of the" balance is no card', () => {
    expect(read('yeah marco\'s on the list he can be there by like one thirty', 'sure just so you know whoever comes has to be on his pickup list and show id at the desk')).toEqual([]);
    expect(read("he can be there by like one thirty", "What's your ID number?")).toEqual([]);
    expect(read('630?? cant u just take it out of the 4200', 'To release the funds you must first pay 15% personal income tax = 630 USDT.')).toEqual([]);
  });
  it('nine digits off a utility bill, after the caller only pressed, are the bill\'s reference, not a social security number', () => {
    const callers = ["this is the disconnection department at pacific gas and electric, a technician is scheduled to disconnect your power", 'to stop the disconnection you need to make a payment today can you give me the account number on your bill so i can pull up the returned payment'];
    const earlier = ["what? we paid that. we're on autopay every month", 'hold on hold on let me find it'];
    expect(read("okay it's four one seven seven two two oh nine five... wait it says right here on the bill pg and e will never call", 'okay take your time but the technician is already on the way', earlier, callers)).toEqual([]);
    // (one the reply names is still the secret it names)
    expect(read("okay my social is four one seven seven two two oh nine five", 'okay take your time but the technician is already on the way', earlier, callers)).toEqual(['id']);
  });
});

describe('the written calls of round 6: a relative the caller is told to ring, the secret the reply names of two asked, a new handset', () => {
  it('a relative\'s number the caller is told to ring is given (case 87); one the person rings is not', () => {
    expect(read('我老公今天在家 你打他电话 一三八 五七一二 六六零九 姓陈', '那我明天再给你送 或者你留个家里人的电话 家里有人的话我今天就送过去')).toEqual(['phone']);
    expect(read('我先打您办公室座机 0571-8702 3316 确认一下', '您核实一下')).toEqual([]);
    expect(read('我打我老公电话 13857126609 问问', '留个电话')).toEqual([]);
  });
  it('of the card number and the PIN asked, the one the reply opens by naming is what it reads out, in part too', () => {
    const line = 'to protect your money we need to take your card in as evidence, so i need you to confirm the card number and your pin so we can cancel it';
    expect(read("the card number, hold on, let me find my glasses. it's four six five eight, two one...", line)).toEqual(['card']);
    expect(read("it's four six five eight", line)).toEqual(['password']);
    // (not where the card named is the thing, not its number, nor where the number named is said not to be given)
    expect(read('卡是我老婆的，我问下她……她说是 32010619870523 后面四位她想不起来了', '好的，还需要持卡人的身份证号码。')).toEqual(['id']);
    expect(read('链接里卡号我没输。验证码倒是来了，叫我告诉你？是 7 7 0 3 2 8。', '你点击链接后需要输入你的银行卡号和验证码')).toEqual(['code']);
  });
  it('"got a new phone" names a handset, not a number asked: the account number answering the line is the account', () => {
    expect(classifyInContext('04-00-04 then 81736625, its under L Okafor', { context: { caller: 'legend. send us ur sort code n acc number again, got a new phone and lost all my payees' } }).leaks.map((l) => l.kind)).toEqual(['card', 'card']);
    expect(read('A new number? Your old one was 404-555-01... what, you tell me the end of it.', 'Grandma, it\'s me, I got a new phone, I dropped the old one in the lake. This is my new number now. Can you save it?')).toEqual([]);
  });
});

describe('the written calls of round 7: a bank\'s number on a card\'s back, a relative\'s number asked with the name, a health plan\'s member ID, a number read back to its owner', () => {
  it('the bank\'s short number "卡后面的" is one the person rings, never masked; the card read after those words is the card', () => {
    expect(read('好啦，多谢喔。我等一下还是会打卡后面的95533问看，你莫见怪。', '要是有人自称公检法或者银行，让您把钱转到什么安全账户，都是骗子，直接挂电话。')).toEqual([]);
    expect(read('卡后面的六二二二 零二幺零 零四三三 八七五幺 六二七', '您把卡号念一下')).toEqual(['card']);
  });
  it('"the father\'s name and number" asks for a phone: the number given after the name is his', () => {
    expect(read('His name Chua Kok Wee. Number is 9638 2074.', "Can you give me the father's name and number, so I can inform the general office?")).toEqual(['phone']);
    // (a courier asking for "your full name and phone number" still asks for the phone)
    expect(read('Tom Baker 614 880 3927', 'FedEx: Pls reply with your full name and phone number for the driver.')).toEqual(['phone']);
  });
  it('a member ID where a health plan is talked of is the ID on its card; a loyalty programme\'s stays harmless', () => {
    expect(read('okay member i d is w two six four four one eight three zero nine and um the bin is six one oh oh two four', "i'll need the member i d and the r x bin and group numbers on the front")).toEqual(['id']);
    expect(read('my clubcard member number is 634004 1122', 'anything else?')).toEqual([]);
  });
  it('a number read back to a caller who asks whether the person has theirs is the caller\'s; the person\'s own, said as "mine", is not', () => {
    expect(read('记得咯，贴在电视柜上的，一三七，三二一零，八八九五，是啵？', '下次再有，你就打我电话，莫用他给的号码。我的号码你记得啵？')).toEqual([]);
    expect(read('I have it, and mine is 0412 555 019', 'do you still have my number?')).toEqual(['phone']);
  });
  it('a sum "and a bit" is no code; an invoice number asked with "can I have" is harmless', () => {
    expect(read('Twenty-one and a bit, yeah. Grand.', "You have twenty-one thousand in the savings, is that right? I'll send another code to move it across.")).toEqual([]);
    expect(read('uh yeah hi its um i n v zero zero four four one eight two', 'thank you for calling paypal billing support can i have the invoice number on the email you received')).toEqual([]);
  });
});

describe('the written calls of round 8: an expiry said by its word after the card, a piece of a number asked back', () => {
  it('"Expires oh six, twenty-seven" after the card read out is the card\'s, though the line asks for the code on the back too (case 91)', () => {
    const line = 'Lovely. And the expiry date, and the three numbers on the back next to the signature strip.';
    const earlier = ['Five two one seven... two nine four six... oh, these numbers are that small... eight eight oh three, one one five nine.'];
    const callers = ['Yes please, the whole sixteen digits, nice and slowly.'];
    expect(classifyInContext("Expires oh six, twenty-seven. The back one's... hmm.", { context: { caller: line, earlier, callers } }).leaks.map((l) => l.kind)).toEqual(['card']);
    // (alone, with no card before, it is a date printed on the card; and answering a line that asks for the code alone, it lags behind)
    expect(read("Expires oh six, twenty-seven. The back one's... hmm.", line)).toEqual([]);
    expect(classifyInContext('Anthony J Russo, expires 02/28.', { context: { caller: 'Thank you. And the security code on the back?', earlier, callers } }).leaks).toEqual([]);
  });
  it('the start of the son\'s old number asked back to test the caller is no leak (case 118); the whole number handed over is (case 87)', () => {
    expect(read('见到喇见到喇，真系你！你旧号码系咪一三九…尾号四四零二嗰个吖？我要问清楚先。', '妈，见到我未啊？系咪我？你睇我后面就系我宿舍张床。')).toEqual([]);
    expect(read('不说不说。对了，你原来的号 一五八零二六七三九幺五 还用不用了？', '好，妈你别跟我爸说啊。')).toEqual(['phone']);
  });
});

describe('the written calls of round 9: a door, an ID\'s last six with its X, a phone\'s tail owned, a sum come in, a phrase by its places', () => {
  it('the number after "单元门是", answering a line that asks the door\'s password, is that password; a number after a unit stays an address', () => {
    expect(read('单元门是 幺九零六 井号 我们这栋都是这个', '客气啥 对了 他要是进不去单元门 单元门那个密码多少来着 我老忘')).toEqual(['password']);
    expect(read('我住3单元 1902', '你住几单元几号？')).toEqual([]);
  });
  it('five digits and an X are an ID\'s last six wherever they stand, as a list\'s entry with no label', () => {
    expect(read('接龙 3. 陈思雨 市场部 12月11号 21002X', '可以的 家属按团检价598/人 现场自己付就行')).toEqual(['id']);
    expect(read('订单12月11号到 编号 21002', '')).toEqual([]);
  });
  it('a phone\'s last four the line reads out, owned ("是我的"), are a phone leak; a card\'s last four owned are none (case 72)', () => {
    expect(read('对对 六六三二 是我的 哪个寄的啊', '取件码短信可能被拦截了 你手机尾号是不是六六三二')).toEqual(['phone']);
    expect(read('yes 4417 is mine', 'Is your card ending in 4417?')).toEqual([]);
  });
  it('a sum said back as come in, where the line says it sent money and asks for nothing, is no code; a code said after "收到了" still is', () => {
    expect(read('收到了 二二八零 谢谢王阿姨 这两年麻烦您了', '好 转了 两千四 水电我从里面扣了一百二 你查一下 收到跟我说一声')).toEqual([]);
    expect(read('收到了 482913', '验证码发你了 收到跟我说一声')).toEqual(['code']);
  });
  it('a card named alone where the line talks of a health card is that card\'s number, an ID; beside a bank card it stays a card', () => {
    const line = "You can call the clinic's front desk on 030 277 1450. And when you come, please bring your NHIS card.";
    expect(read("Yes, I have the card here... let me read the number to you so you have it: it's 0 4 2 7 7 1 9 3.", line)).toEqual(['id']);
    expect(read('the card is 4532 7975 4323 1948', 'bring your medicare card and the debit card you pay with')).toEqual(['card']);
  });
  it('a wallet\'s words read by their places, "第一个是 apple 第二个 ocean", answering a request for the recovery phrase, are a password', () => {
    const line = '是的 老用户回馈 无需任何费用 打开链接后导入钱包 输入12个助记词验证持有人身份 系统自动打款';
    expect(read('哦 那行吧 我试试 第一个是 apple 第二个 ocean 后面几个我得翻下备忘录', line)).toEqual(['password']);
    expect(read('哦 那行吧 我试试 第一个是 apple 第二个 ocean', '你好 在吗')).toEqual([]);
  });
});

describe('the written calls of round 10: an alert\'s reference, a card read a group too many', () => {
  it('"its alert four seven one one" to a bank\'s fraud team asking for the alert number is no secret; a code after "alert," still is', () => {
    expect(read('hi yeah a marcus called me about my card its alert four seven one one', 'this is dana can i get the alert number if you have one')).toEqual([]);
    expect(read('i got an alert, the code is 482913', 'read me the code')).toEqual(['code']);
  });
  it('a UnionPay card read four digits at a time with a group too many is one card; four codes in a row stay four', () => {
    const line = '对，ETC是绑定银行卡扣费的，认证要核对您的扣款卡。填完点提交，系统会发一个验证码，您把验证码填进去就认证成功了。';
    expect(read('得咧，额一个一个输啊。六二一七，零零零零，四一二三，八五五六，九零二七……输完咧。', line)).toEqual(['card']);
    expect(read('六六八八，九九零零，四一二三，八五五六', '验证码报一下')).toEqual(['code', 'code', 'code', 'code']);
  });
  it('a relative\'s number said to be theirs after asking leave to call him, "can i call his father first", is handed over (case 87); one the person is calling stays theirs', () => {
    const line = 'thats fine maam go to your bank now and if they ask tell them its for a home repair dont mention jacob';
    expect(read('can i call his father first his number is four one two five five five zero one eight six', line)).toEqual(['phone']);
    expect(read("I'm going to call him right now, his number's 440-555-0166, it's on the fridge.", line)).toEqual([]);
    expect(read("I'm calling his cell at 415 555 0177 right now", line)).toEqual([]);
  });
  it('a gift card\'s PIN of letters and digits after its label stays the card\'s, not read again as a password said aloud (case 59)', () => {
    const line = "Excellent, Mr. Johnson! Once I receive the PIN number, I'll process the refund and issue your new social security number immediately.";
    expect(read('I have the gift card. PIN number is X7K4-99QB-21.', line)).toEqual(['card']);
    expect(read('My bank PIN is X7K4 and the card is at home.', line)).toEqual(['password']);
  });
});

describe('the written calls of round 11: a secret begun after a pressing line, an address said aloud, a pidgin "is"', () => {
  it('a code begun and broken off answers the request two pressing lines before ("please hurry, the transfer releases…" asks for nothing by name)', () => {
    const callers = [
      'You will receive a one-time code from Chase, please read it to me so I can cancel the transfer.',
      'Ok Dana, please hurry, the transfer releases in 5 minutes.',
      'That message is automatic, it is for outside people. I am Chase internal so it is safe to share with me. Only 3 minutes left.',
    ];
    const earlier = ['k one sec waiting for it', 'got it but it says we will never ask for this code, do not share it with anyone even chase ???'];
    expect(inCall(callers, earlier, 'ok its 3 0 9 ... wait no. im gonna call the number on the back of my debit card')).toEqual(['code']);
    // (a line that names what it wants still asks for that: "please send the receipt")
    expect(inCall([callers[0]!, 'Ok, please send the receipt of the transfer.'], ['k one sec'], 'ok its 3 0 9 ... wait no.')).toEqual([]);
  });
  it('"i need the number now" in a transcript with no marks asks for the number asked before, not for the "case" named far back in the line', () => {
    const callers = [
      'thank you for calling the social security administration my name is officer james cole can i get your social security number to verify your identity',
      "sir your number was used in a money laundering case in texas and if you don't verify today your benefits will be frozen and a warrant issued i need the number now",
    ];
    expect(inCall(callers, ['suspended? what for'], "uh okay it's four four nine... uh wait i got to get my card hold on")).toEqual(['id']);
    expect(read('its 4 4 1 9 0 2', 'what is your case number please')).toEqual([]);
  });
  it('a number in an e-mail address said aloud is the address\'s, not the card the line asks for (case 65)', () => {
    const line = "can you tell me the email on the amazon account and the last four digits of the card you have on file";
    expect(read('uh the email is robert dot hanley fifty two at yahoo dot com and the card ends in seven seven three one', line)).toEqual([]);
    expect(read('Email is bobw at gmail, and the password is b-o-b-w, one nine six two, hashtag.', "What's your email login?")).toEqual(['password']);
  });
  it('things counted ("twenty-two accounts", "118 payments") are no part of the SSN the line asks for', () => {
    const line = 'There are twenty-two bank accounts opened under your name. Can I have the last four of your Social to pull up the case?';
    expect(read('I don\'t even have a car. What do you mean twenty-two accounts?', line)).toEqual([]);
    expect(read('ok its 4 4 1 9', line)).toEqual(['id']);
    expect(read("I've been on the PSLF plan for 118 payments, 2 more to go.", 'I just need the last four of your social to pull up your loans.')).toEqual([]);
  });
  it('Hawaiian Pidgin\'s "stay" for "is": a gift card\'s PIN after it is the card\'s (case 59)', () => {
    const line = "Perfect. Now scratch the silver off the back and read me the numbers, startin' with the five hundred card.";
    expect(read("Okay... da first one stay 6 1 4 3, 9 9 0 2, 7 7 5 8, 1 4 0 6. An' da PIN stay 3 8 2 1.", line)).toEqual(['card', 'card']);
    expect(read('ok. will the pin stay 2 9 0 3 or do i get a new one', 'A new card will arrive in 5 to 7 days.')).toEqual(['password']);
  });
});

describe('the written calls of round 12: a code typed whole as a chat message\'s last word, then broken off', () => {
  it('"ok its 48⏎wait it says google voice verification code" gives the code\'s start; a message that goes on with thanks does not', () => {
    expect(read('ok its 48\nwait it says google voice verification code, dont share it with anyone', 'read me the code')).toEqual(['code']);
    expect(read('ok its 48\nthanks', 'read me the code')).toEqual([]);
    expect(read('its 48\nwait how old are you', 'how old is your son?')).toEqual([]);
  });
});

describe('the written calls of round 13: a Chinese code begun and broken off, a line that names a secret and asks nothing, what a code proves', () => {
  it('"收到了，七七三……等下" and "验证码啊 呃 收到了 是四 七 幺 等等" give the code\'s start; a received sum does not', () => {
    expect(read('收到了，七七三……等下，它写的是贷款申请，我冇申请贷款啊？', '好的，验证码收到了吗？')).toEqual(['code']);
    expect(read('验证码啊 呃 收到了 是四 七 幺 等等 这个短信上写的是借呗借款确认 你不会是要给我借钱吧', '到时候有一个验证吗发到您手机上 您念给我就行')).toEqual(['code']);
    expect(read('收到了，三百块……等下，怎么少了？', '好的，验证码收到了吗？')).toEqual([]);
  });
  it('a line that names the account only as what is at stake asks for nothing, so a code begun after it answers the line before', () => {
    const callers = ['You will get a text with a six-digit code in a second, read it to me so I can stop the payment.', 'Ma\'am, the thieves could be emptying your account right now, every minute counts.'];
    expect(inCall(callers, ['The text says never share this code with anyone.'], 'Oh god. Okay. 5 5...')).toEqual(['code']);
    expect(inCall([callers[0]!, 'Your account is what I am protecting. Please read me the account number.'], ['The text says never share this code with anyone.'], 'Oh god. Okay. 5 5 1 2 0 9 4 4')).toEqual(['card']);
    // (a secret said to be required is asked for)
    expect(inCall(['Can you confirm your full address and postcode?', 'Thank you. The scheme rules also require your National Insurance number.'], ["It's 14 Wellington Terrace, Stockport."], "Here it is: JT 62 08 41 B.")).toEqual(['id']);
  });
  it('"…so we can confirm the account is yours" names what the code proves, not a number it asks for', () => {
    const google = "You'll get a 6-digit verification code from Google in a moment, please send it here so we can confirm the account is yours. Thanks";
    expect(inCall([google, 'Thanks. It should have arrived now, it starts with G-'], ['hi! sure one sec'], 'yep its G-508')).toEqual(['code']);
    expect(read('ok its 4417 2290 1183', 'Read me the code so we can confirm your account number.')).toEqual(['card']);
  });
});

describe('the written calls of round 14: a code said to go on, a time, a hotline the person will ring', () => {
  it('"来了来了，四八二，后面是……哎" gives the code\'s start, read as the rest is about to follow', () => {
    const line = '系统会给您手机发一个六位验证码，您把验证码告诉我，我确认一下是您本人操作。';
    expect(read("好，你等一下，额看一下短信……来了来了，四八二，后面是……哎，这短信上写着'请勿泄露给他人'，咋回事？", line)).toEqual(['code']);
    expect(read('来了，四八二，后面是', line)).toEqual(['code']);
    expect(read('来了，三百块，后面是什么意思', line)).toEqual([]);
  });
  it('"at three a.m., I was…" is a time, not a value spelt out', () => {
    const line = "I'll only ask yes or no questions, and then you can hang up and call the number on the back of your card.";
    expect(read("No. I was on the floor at three a.m., I was literally hanging an IV. That's not me.", line)).toEqual([]);
    expect(read('The password is b, x, three, m, k.', 'Read me the password please.')).toEqual(['password']);
  });
  it('"It says four... ay, wait": a code\'s first digit said as a word answering a request for it, then broken off', () => {
    expect(read("It says four... ay, wait, my husband just walked in. Héctor, ven, it's immigration--", 'Yes, read me the code so I can confirm the link with the federal account.')).toEqual(['code']);
    expect(read("It's three... wait, let me check my diary.", 'What time suits you for the engineer?')).toEqual([]);
    expect(read('It says four... ay, wait', 'Hi, is this Maria?')).toEqual([]);
  });
  it('a hotline the person will ring themselves, "我自己打入境处热线问 二八二四 六一一一", is not theirs to keep', () => {
    const line = '黄小姐 呢个系标准程序 你唔信可以打去公安热线核实 你而家唔讲 我哋只可以当你唔合作';
    expect(read('我唔打你俾嘅号码 我自己打入境处热线问 二八二四 六一一一 你等我电话啦', line)).toEqual([]);
    expect(read('我唔打你俾嘅號碼 我自己打入境處熱線問 二八二四 六一一一', line)).toEqual([]);
    expect(read('好 我打给你 验证码是 二八二四 六一', '验证码念一下')).toEqual(['code']);
  });
});

describe('the written calls of round 15: a form read aloud, a price, a code typed in two messages, a sum on the screen', () => {
  it('"身份证号……身份证号……" reads a field\'s name off a form; a label with its value left out still gives it, in a list or as the whole reply', () => {
    const line = '您别急，我给您发个链接，您点进去重新激活就行，填一下身份证号、银行卡号和预留手机号。';
    expect(read('中，你发吧……我这手机，链接在哪儿呢……噢，这儿呢。身份证号……身份证号……', line)).toEqual([]);
    expect(read('我看一下卡……医保卡号是一零零二三四五六七八九', '需要核对一下您的医保卡号。')).toEqual(['id']);
    expect(read('姓名张三，身份证号码……，银行卡号……', line)).toEqual(['id', 'card']);
    expect(read('密码……', '您的银行卡密码是多少？')).toEqual(['password']);
  });
  it('a price haggled over is a sum, where the line asks for no secret', () => {
    expect(read('1200吧 包邮 最低了', '那1100可以吗 我看你标的1250')).toEqual([]);
    expect(read('改好了 1200 你拍吧', '行 那我拍了 你改下价')).toEqual([]);
    expect(read('482913', '那1100可以吗 我看你标的1250')).toEqual(['code']);
    expect(read('1200', '你好')).toEqual(['code']);
    expect(read('4829 包邮', '验证码发我一下 我确认付款')).toEqual(['code']);
    // (a card's number named in the reply is no price: "it is asking for the long card number, I have put in 4929")
    const card = 'Well I suppose £35 is less trouble than going to court. I scanned the code with my phone and it is asking for the long card number, I have put in 4929 but it keeps timing out';
    expect(read(card, 'Pay now at the reduced price of £35.')).not.toEqual([]);
  });
  it('a code typed in two chat messages, the second corrected, is masked in both', () => {
    const lines = ['登了 要手机验证码 你看下收到没 发我一下', '快点 验证码一分钟就过期了', '还有三位呢'];
    expect(inCall(lines.slice(0, 2), ['等下 刚来'], '482')).toEqual(['code']);
    const second = '917 啊不对 是913 看错了hhh';
    const got = classifyInContext(second, { context: { caller: lines[2]!, callers: lines.slice(0, 2), earlier: ['等下 刚来', '482'] } });
    expect(applyMasks(second, got.leaks)).not.toMatch(/917|913/);
    expect(inCall(['你好 switch还在吗 多少钱'], [], '482')).toEqual([]);
  });
  it('"喏，有了……幺三五……哎不对" gives the code\'s start, to a line that asks to read "the six digits" sent', () => {
    const lines = ['喂，老板娘啊？我刚注册个账号，手机号填错一位，填成你的号了，验证码发你那儿去了，你帮我看一下呗。', '对对对，就刚发的，六位数，麻烦你念一下，我这边急着用。'];
    expect(inCall(lines, ['验证码？你等等，我看看……'], "喏，有了……幺三五……哎不对，上头写着'支付宝，你正在登录'……登录？")).toEqual(['code']);
  });
  it('"it says nineteen hundred and ninety?" is a sum on the screen, not a password, however the line named one', () => {
    const line = 'Now madam, I will open your online banking so you can see the refund arriving. Please log in for me, I will not look at your password.';
    expect(read("There, I've logged in. Ooh, what's that, it says nineteen hundred and ninety? That's not right, is it?", line)).toEqual([]);
    expect(read("it's nineteen hundred and ninety", "What's your PIN?")).toEqual(['password']);
  });
});

describe('the written calls of round 16: a code begun and finished, a card after a pause, a sum said back, a handset named', () => {
  it('"二八" to "后面两位是多少" finishes the code begun as "是四七一九，后面两个字太小了"; the handset held is no phone asked for', () => {
    const lines = ['人没事妈。我微信也登不上了，要找个好友辅助验证，你等下会收到一条短信验证码，你发给我就行。', '很简单，收到短信把里面的数字发给我就行，很快的。', '妈你把手机拿远一点看，后面两位是多少'];
    expect(inCall(lines, ['啥验证，妈不懂这个，你说咋弄就咋弄', '收到了，是四七一九，后面两个字太小了妈看不清，'], '二八，😂😂眼睛不行了，')).toEqual(['code']);
    expect(read('13912345678', '把手机号报一下')).toEqual(['phone']);
    expect(read('七八，差不多吧', '你们那边大概来了几个人？')).toEqual([]);
  });
  it('a code begun to a line that only says the text was sent ("已经发过去了，您看一下短信") is its start', () => {
    const lines = ['能退的，家长您别急。我这边给您走未成年人退款流程，系统会给您手机发一个六位数的验证码，您收到以后念给我。', '已经发过去了，您看一下短信。'];
    expect(inCall(lines, ['行，你发吧，俺看着。'], '等会儿哈，俺眼神不好，找找老花镜……来了来了，是……三八二……')).toEqual(['code']);
  });
  it('"验证码是，七七三，，，不对" gives the code\'s start, commas for the pause', () => {
    expect(read('收到了，验证码是，七七三，，，不对，这上面写着工商银行，转账，怎么是转账的，', '没关系阿姨，您稍后会收到一条验证码短信，把验证码回复过来即可完成升级。')).toEqual(['code']);
  });
  it('a card to be mailed out is not the card asked for: the Medicare number on the current card is', () => {
    const line = 'Wonderful. So to get your new card mailed out, I just need to verify the Medicare number on your current card and your date of birth, real quick here.';
    expect(read('Four, T-W-nine, E-K-two, M-R-seven-three.', line)).toEqual(['id']);
    expect(read("Okay, it's 4024 0071 5582 3319.", 'Do you have the new card in front of you? Read me the number on the front.')).toEqual(['card']);
  });
  it('a card\'s start read after "take your time, just don\'t hang up" answers the request for the card, whatever its length looks like', () => {
    const lines = ['Lovely. So to release it to you I just need the long number of the card you want it paid onto, and the expiry.', "No problem, take your time, just don't hang up or the collection slot drops off the system."];
    expect(inCall(lines, ["Right. Hold on, let me find me wallet... Margaret! Where's me wallet?"], "No, no, I'm not hanging up, I'm here. Right, it's, er, four six five nine, two two one zero, eight...")).toEqual(['card']);
  });
  it('"Three hundred and ninety-five... oh, I don\'t know" says the fee back and exclaims: no number read out', () => {
    const line = 'Now, there is a one-off recovery fee of three hundred and ninety-five pounds, which is refundable once your funds are released. We can take that by card today.';
    expect(read("Three hundred and ninety-five... oh, I don't know. I lost so much already.", line)).toEqual([]);
    expect(read("It's three nine five... oh, five two", 'What is the code we texted you?')).toEqual(['code']);
  });
  it('the bureau named ("我们就是医保局的") asks for no ID', () => {
    expect(read('九幺四六二八', '不用打那个 我们就是医保局的 冻结要短信验证 您手机收到了吗')).toEqual(['code']);
  });
});

describe('the written calls of round 17: a card with its expiry, a code quoted from a text, a code said first, the number that called', () => {
  it('"we only see the last four… I\'ll need the long number on the front and the expiry" asks for the card, not a part of it', () => {
    const line = "For security we only see the last four, three three nine one. So I'll need the long number on the front and the expiry, and then you'll get a text with a code to confirm the refund, just read that back to me.";
    expect(read("Okay, it's four nine seven six, uh, two two zero one...", line)).toEqual(['card']);
    expect(read('Last four is 3 3 9 1.', 'Can you give me the last four of the card?')).toEqual([]);
  });
  it('"your WhatsApp code: 318-…" quoted from the text gives the code\'s start', () => {
    expect(read("ok i got a text... it says 'your WhatsApp code: 318-… don't share this code with anyone'", 'send me the code pls')).toEqual(['code']);
  });
  it('"三九七 嗯 等会" opens the reply with the code\'s start, read in numerals, then breaks off', () => {
    expect(read('三九七 嗯 等会我媳妇在旁边说验证码不能给人', '好的收到了现在系统给您发了一条验证码您把六位数字念给我')).toEqual(['code']);
    expect(read('三九七 嗯 等会我媳妇在旁边说验证码不能给人', '您这个月跑了多少单')).toEqual([]);
  });
  it('the number that called, asked for to warn a group, is not the person\'s', () => {
    expect(read('0755 2361 8890 说是滴滴风控部的', '@老赵 你那个打过来的号码多少 发群里大家拉黑')).toEqual([]);
    expect(read('0755 2361 8890', '您留一个联系电话吧')).toEqual(['phone']);
  });
});

describe('the written calls of round 18: a sum lost, a code typed as the reply opens', () => {
  it('"my cousin lost like 900" is a sum, not a code', () => {
    expect(read('nah. my cousin lost like 900 on one of these hotel rating things. im out', 'ok send 60 now and ill cover the rest for u this time')).toEqual([]);
  });
  it('"48 1.. hold on" opens the reply with the code\'s start, typed, then breaks off', () => {
    expect(read('48 1.. hold on it says dont share this code with anyone', 'Great, reply with the code so I can unlock your payouts')).toEqual(['code']);
    expect(read('48 1.. hold on', 'How many followers do you have?')).toEqual([]);
  });
});

describe('the written calls of round 19: numbers the caller said before, a PIN begun, an "oh" that exclaims', () => {
  it('a sum or a reference an earlier line of the caller said, said back, is none; named as the person\'s own, it is theirs', () => {
    const task = ['Start with $50 by e-transfer, you get $65 back in 10 min.', 'Congrats you got $65! Task 2: a combined order of $480.'];
    expect(inCall([...task, 'You can send $200 now and borrow the rest from a friend.'], ['ok sent the 50??', '480?? i dont have that'], 'can i at least get my 65 back')).toEqual([]);
    expect(inCall(['I sent £5,950 which includes £750 for the mover.', 'Here are the mover\'s details: sort code 09-01-28, acc 44102837.'], ['is that normal'], 'theres nothing pending. no 5950, nothing')).toEqual([]);
    expect(inCall(['接下来是福利单 充值128做单 返佣168', '姐 你触发了连单 还差两单'], ['那我充128试试'], '我就充了128 咋又要充 把我那128退我')).toEqual([]);
    const ssn = ['I have your social security number on file as 331-70-4826. Can you repeat it back?', 'Please look at your card and tell me whether it matches.'];
    expect(inCall(ssn, ['331-70-4826? You read it to me.'], 'Yes, my social security number is 331-70-4826, so that matches.')).toEqual(['id']);
  });
  it('"the rest" of a sum to borrow asks for no part of a number', () => {
    expect(read('can i at least get my 65 back', 'You can send $200 now and borrow the rest from a friend. You must finish within 2 hours.')).toEqual([]);
  });
  it('a PIN begun in words and cut off with "hmm" is its start', () => {
    expect(read("My ATM PIN? It's two nine... hmm, no. The bank always says don't tell anyone the PIN.", 'I also need your card PIN to unlock the account, the four digits you use at the ATM.')).toEqual(['password']);
  });
  it('"its 48 3.." opens the reply with the code\'s start', () => {
    expect(read('its 48 3.. hang on it says dont share this code with anyone??', 'ok sent it. whats the code')).toEqual(['code']);
    expect(read('its 48 3.. hang on', 'how many rooms does the house have?')).toEqual([]);
  });
  it('"Oh, 2:35" exclaims: no zero before a time', () => {
    expect(read("Oh, 2:35. Okay, that's actually better. FJ 411, 2:35, yes, I can make it.", 'Your flight FJ 411 now departs Nadi at 2:35 p.m. instead of 10:10 a.m. Are you still able to travel at the new time?')).toEqual([]);
    expect(read('Oh, 2:35. Okay.', 'What is the code we sent you?')).toEqual([]);
  });
  it('a card\'s 尾号 with 那张卡 after it is its last four, no leak, whatever label came before', () => {
    expect(read('好的好的 我下礼拜二上午过去 带身份证跟存单是吧 是尾号3306那张卡吧', '三年期现在是1.75% 您想了解别的产品就来网点我给您讲')).toEqual([]);
  });
});

describe('the written calls of round 20: new labels, a password after a filler or an e-mail, an ID begun, a card before a weekday', () => {
  it('a Jamaican TRN and a British BRP are IDs; a receipt\'s TRN is none', () => {
    expect(read('Di TRN is one one two... four seven oh... hmm. Wait deh.', 'I just need her TRN and the bank account where the benefit will be paid.')).toEqual(['id']);
    expect(read('ok its ZX 4127836', 'Kindly send the BRP number now, the case officer closes files at 5pm today.')).toEqual(['id']);
    expect(read('I bought one, $100, at CVS store 8821. The receipt says TRN 00422-991-38 and activation approved.', 'Did you buy the gift cards?')).toEqual([]);
  });
  it('a password after "Password\'s, uh," is given, cut off or not; what the call is ("it\'s fraud") is no password', () => {
    expect(read("Bank of America, yeah. Password's, uh, Fenway... no, hold on. Why's Amazon need my bank password?", 'Log in to your Bank of America app and tell me your online banking password.')).toEqual(['password']);
    expect(read("My wife says hang up, she says bKash never calls for PIN, it's fraud. I'm cutting the phone.", 'Sir? Sir, the PIN, three and then?')).toEqual([]);
    expect(read("Oh, you can keep the same PIN, that's thoughtful. It's 7 2 3 1.", 'And your four-digit PIN for the debit card?').length).toBe(1);
  });
  it('the word after the login e-mail is the password asked for with it', () => {
    expect(read('lunaloomco@gmail.com / M00nph@se!22\ncode im still waiting on', 'Reply here with your login email, password and the 6-digit code and our team will submit the appeal for you')).toEqual(['password']);
    expect(read('lunaloomco@gmail.com and the code is coming', 'Reply here with your login email, password and the 6-digit code')).toEqual([]);
  });
  it('"ok got it. 583" is the code\'s start', () => {
    expect(read('ok got it. 583', 'doordash will text u a code, just send it back here so we can match it to ur account')).toEqual(['code']);
  });
  it('digits begun as a resident ID begins are the ID, where the line asks for it with a card or a phone', () => {
    expect(read('填身份证就行是吧 410523 1990', '点链接进去填一下身份证号和银行卡就行')).toEqual(['id']);
    expect(read('身份证……等我拿一下。三六零七三二，幺九六八零四……', '您报一下身份证号码，再留个常用的手机号，审批员会联系您。')).toEqual(['id']);
    expect(read('13802657731', '您报一下身份证号码，再留个常用的手机号')).toEqual(['phone']);
  });
  it('a card read in fours is no sum, whatever follows ("117 周五")', () => {
    expect(read('我有建行卡 直接发群里行不 6217 0033 8812 4590 117 周五我上白班走不开', '已经有建行卡的到人事科登记一下卡号就行')).toEqual(['card']);
  });
  it('a meeting the caller says they make and send is theirs, said back; one the person opens is theirs to give', () => {
    expect(read('行吧 下好了 点进来了 会议号 613 902 758 是这个吧', '只能专员远程协助 您先下载腾讯会议 我这边建好会议 链接发您 点进来就行')).toEqual([]);
    expect(read('好了 会议号 613 902 758', '您下载腾讯会议，然后开一个会议，把会议号发给我，我这边连进去帮您操作。')).toEqual(['code']);
  });
});

describe('the written calls of round 21: Swahili digits, a cut marked with a dash, a case number given, an ID begun, a part of the number begun before', () => {
  it('digits said in Swahili are digits', () => {
    expect(read('The message has come. The number is... sita, tatu, tisa... nane, moja, sifuri.', 'I will send you a cancellation code by SMS, please read it to me.')).toEqual(['code']);
    expect(read('Frozen? Ai, no, I need that money for fare. Okay... it is tisa, saba—', 'your M-Pesa account will be frozen in thirty minutes unless you confirm your M-Pesa PIN')).toEqual(['password']);
    expect(read('Sita is my sister, she lives in Mombasa.', 'Who else lives with you?')).toEqual([]);
  });
  it('a line that gives the person a case number asks for no harmless number', () => {
    expect(read("Okay, hold on, his card's in the drawer here... one-nine-three, four-four... wait, why don't you got it?", "I'll need to verify his Social Security number, all nine digits, and then I'll give you a case number for your records.")).toEqual(['id']);
    expect(read('the refund number they gave me is R 7 space 4 4 space 1 9', 'Did they give you a refund number?')).toEqual([]);
  });
  it('a code begun after "来哒" or after "前三个"', () => {
    expect(read("来哒来哒，九二……咦，这短信写嘞'您正在登录某某借款，验证码请勿告知他人'？借款？", '我这边给你手机发一个验证码，你收到以后报给我，我帮老人家在系统里认证。')).toEqual(['code']);
    expect(read('验证码来了 前三个 5 8 2', '会收到一个验证码 您念给我 我这边后台同步解除异常')).toEqual(['code']);
  });
  it('a phone number read in pieces to a request for it is the phone\'s, not a code', () => {
    expect(read("It's seven, seven, five... ono, lua... sorry, six, two... one, eight.", "Very simple! I just need your WhatsApp number and I'll add you to our task group with your mentor.")).toEqual(['phone']);
  });
  it('a resident ID begun after the reply names it is the ID', () => {
    expect(read('中 那我先报个身份证你帮我查查有没有我 220104 1962', '@老宋 可以的 档案不在本地也能办 您先来服务站登记 我们帮您调档')).toEqual(['id']);
  });
  it('the rest asked for in a sentence that names nothing is of the number begun before, not of a phone asked about after', () => {
    const callers = ['条件很简单，有身份证、有银行卡就行。您报一下身份证号码，再留个常用的手机号，审批员会联系您。', '钟先生，后面还有六位呢，您报完整。手机号就是您现在打的这个吗？'];
    expect(inCall(callers, ['身份证……等我拿一下。三六零七三二，幺九六八零四……'], '幺二，二六，三幺。手机就是这个号，我冇第二个手机。')).toEqual(['id']);
    const pin = ['That\'s the one. Read me the number.', 'Last thing, to reset it I need the PIN. Just the first two.'];
    expect(inCall(pin, ["Okay, hold on... it's 4 2 7 1 0 3 9 8 5 5 1 6 2 0 4 7"], 'Um, 8 and 1.')).toEqual(['password']);
  });
});

describe("the written calls of round 22: a gift card's code typed with dots, a tool's address, six digits asked for, the caller's number begun back, chat notes", () => {
  it("a gift card's claim code typed a dot between its fours is the card's", () => {
    expect(read('first one X7RT.99KP.L2MN.4QZ8', 'Great! Send the codes please, the donors are waiting')).toEqual(['card']);
    expect(read('go to www1.ab12.cd34.com', 'Great! Send the codes please, the donors are waiting')).toEqual([]);
  });
  it("a remote tool's number read from under 'Your Address' is the tool's, a code", () => {
    const callers = ['Go to anydesk dot com and download the app, it\'s totally safe, we use it with all our customers.', "Great. You'll see a nine-digit number under 'Your Address.' Read that to me, please."];
    expect(inCall(callers, ["Okay... it's downloading... okay, it's open."], 'It says... one two three, four five eight, seven seven zero.')).toEqual(['code']);
  });
  it('six digits nothing names, asked for, are a code; "手机会收到" is the handset', () => {
    expect(read("Three, eight... hang on, it says 'this is your SumUp login code, never share it with anyone.'", 'Lovely, just read us the six digits.')).toEqual(['code']);
    expect(read('点了点了。短信……来了来了，您听着啊，幺洞三，呃，幺洞三……', '然后您手机会收到一条短信，里面有个六位数，您直接念给我，我这边给您录系统里做关闭验证。')).toEqual(['code']);
    expect(read('Three, eight, one.', 'Read me the last six digits of your card.')).toEqual(['card']);
  });
  it("the start of the caller's own number said back is the caller's, whatever a reply before began", () => {
    const line = 'Now send the twenty-five dollars to this EcoCash number, zero seven seven one, four four eight, two nine three, name Mukuru Agent Harare.';
    expect(inCall(['I need your son\'s UK phone number to update the record.', line], ["His number, wait, it's in my phone... plus four four, seven seven double-oh, nine double-oh, four one two."], 'Zero seven seven one, four four eight... Mukuru Agent?')).toEqual([]);
  });
  it("a flight's number where flying is talked of is no ID", () => {
    const line = "Just enter both your names, passport numbers and your card details on the claim page and we'll book your flights.";
    expect(read("we're already flying out nov 3rd tho lol, BA 2491 to male. can u just do the resort part?", line)).toEqual([]);
    expect(read("it's BA 2491", 'What is your passport number?')).toEqual(['id']);
  });
  it('a digit the recogniser wrote as "too" after a said dash', () => {
    expect(read("it says your WhatsApp code four one eight dash too oh seven don't share this code with others", 'thank u!! its the one that just came thru')).toEqual(['code']);
  });
  it("Action Fraud's number is official", () => {
    expect(read('forwarding this to action fraud 0300 123 2040', 'Please send it today and reply with the confirmation')).toEqual([]);
  });
  it("a chat app's note in brackets is no value left out, after an ID begun in the reply before", () => {
    expect(inCall(['只需要填写姓名 身份证号 银行卡号和预留手机号 当天到账', '不用在这发 您在链接里填就行'], ['[语音转文字] 好的那我在这里说是吧身份正号是330105195703 后面几位我找一下身份证'], '[语音转文字] 我儿子说这个网址不对住建局的网站是gov点cn结尾的他叫我别填了')).toEqual([]);
    expect(read('卡号是[卡号]', '卡号多少')).toEqual(['card']);
  });
});

describe("the written calls of round 23: digits joined by dashes, a gift card's group typed whole, a licence asked two lines before, a one-time code's name, readings off a courier's page", () => {
  it('a Medicare number begun with dashes between its characters', () => {
    expect(read("Okay, it says, uh, one-E-G-four...", "to mail the new chip card we just need to verify his Medicare number, it's on the red, white and blue card, starts with a number and a letter.")).toEqual(['id']);
    expect(read('my e-mail is fine, x-ray done', 'what is your password?')).toEqual([]);
  });
  it("the next two of a social security number, said 'Two-one', are no date", () => {
    const callers = ['This is Officer Daniel Reeves.', 'Can you confirm your Social Security number for me?', 'Three-eight-four, okay, go ahead, the next two.'];
    expect(inCall(callers, ['Yeah, this is Walt.', "It's, uh, three-eight-four..."], "Two-one. And then, uh, hold on, my wife's hollering something from the kitchen.")).toEqual(['id']);
  });
  it("a gift card's code group typed whole, asked for as the rest of the code", () => {
    const callers = ['I want to surprise the teachers with $50 Amazon gift cards, 8 of them.', 'Please use your own, scratch the backs and send me photos or type the codes here.', 'Thanks. Send the rest of that code and the other 3 quickly'];
    expect(inCall(callers, ['heres the first one 7XQM-4RT2'], 'PL9K\nwait my husband says principals dont do gift card stuff from gmail. hang on')).toEqual(['card']);
    expect(inCall(callers, ['heres the first one 7XQM-4RT2'], 'got 2 more at 10am')).toEqual([]);
  });
  it('a licence asked for two lines before, given after a line that asks nothing', () => {
    const callers = ["Lyft Driver Compliance: Your annual background check renewal is due. Reply with your driver's license number and DOB within 48 hrs to keep driving.", "Yes this is Lyft. The state now requires annual renewal. Drivers who don't renew will be deactivated Friday."];
    expect(inCall(callers, ['is this lyft? i did my background check in march'], 'ok fine its D418-7720-5531 no wait D418-7720-5513')).toEqual(['id', 'id']);
  });
  it("a social security number's digits with slashes between its parts", () => {
    expect(read('the site wont take my ssn, can i text it here? 4 4 1 / 0 9 / 2 2 6 7', "Enter the parent's SSN and a debit card to receive the deposit.")).toEqual(['id']);
    expect(read('we moved in on 12/09/2021', "Enter the parent's SSN and a debit card to receive the deposit.")).toEqual([]);
  });
  it('a code named as one, come while the card was asked for, is the code; a PIN begun in digits and broken off', () => {
    expect(inCall(['嗯，最后一位呢？还有卡背面的三位安全码也报一下，还差最后一步，您手机马上会收到一个验证码。'], ['卡号是……六二二五，七六零零，三四八八，幺九二……'], '最后一位是……等歇，倷要安全码做啥？……验证码来哉，六八……哎，勿对，我勿报哉。')).toEqual(['code']);
    expect(read('支付密码 3 6 不对 关个会员要支付密码干嘛', '好的已连接 现在打开微信支付 输一下支付密码 我帮您解除免密扣款')).toEqual(['password']);
  });
  it("a meeting number the caller sends, and a courier's phone read off the courier's page, are not the person's", () => {
    expect(read('好……下好了。会议号八八六……是你发的这个吧，进去了，共享也点了。', "您在应用商店搜'云会议'，下载以后点'加入会议'，会议号我短信发给您，进去以后点'共享屏幕'。")).toEqual([]);
    expect(read('……嗯，查到了，林国栋，电话尾号八八二六，对个。那三点钟等你。', '理解理解。你在顺丰小程序里用运单号查一下，派件员名字和电话都在上面，跟我这个号对得上就是我。')).toEqual([]);
    expect(read('个人信息我先报一部分吧，手机后四位 7718', '你只需要提供一些基本的个人信息，我们就能为你办理。')).toEqual(['phone']);
  });
});

describe("the written calls of round 24: an SSN begun in a meeting's chat, a social security card's bank card, a password told by its make-up, a deduction read off a text", () => {
  it("a social security number begun, asked for by name where a screen is shared, is the ID, not a tool's code", () => {
    expect(read('ok its 219-46-', 'Tap Share Screen, then open your Huntington app and log in. For agent verification also type your social security number in the Zoom chat')).toEqual(['id']);
    expect(read('id:1 720 558 314 pass:x7k2pq', 'Hello from HP support. Your printer driver is corrupt. Please open TeamViewer and give me ID and password.')).toEqual(['code', 'code']);
  });
  it('a card named before "我看一哈啊" is the card, whatever the line asked last', () => {
    // (named at a sentence's start, each piece after it is the card's)
    expect(read('收到了收到了。卡号……我看一哈啊，六二幺七 零零幺二，四九五三……', '您点开，填一下您收款绑定的那张银行卡的卡号，还有身份证号，系统就自动认证了。')).toEqual(['card', 'card']);
    // (still looking, nothing given: no stand-in for it)
    expect(read('是我，身份证号码是……嗯……我看一下……', '请提供一下身份证号码核实身份。')).toEqual([]);
  });
  it('the card on a social security card that the line calls a bank card is a card', () => {
    expect(read('社保卡上的卡号我看下 6214 6656 0038 ... 后面的字磨掉了看不清', '好的王老先生，还需要绑定社保卡上的银行卡号，方便报销款到账')).toEqual(['card']);
  });
  it('letters whose case is told, and what follows them, are a password begun; not in a refusal', () => {
    const line = '您先登录支付宝，把登录密码告诉我，我在后台帮您操作，您就不用自己弄了。';
    expect(read('密码啊……我的密码是我生日加……呃，hb，小写的，然后九九……', line)).toEqual(['password']);
    expect(read('密码不能说，hb小写的那个不给', line)).toEqual([]);
  });
  it('a sum a text says was taken is no code, and a date opens no number begun before', () => {
    expect(read('又来一条短信 写着扣款3200 你们不是认证吗 咋扣我钱', '师傅验证码已过期 系统显示您卡里余额不足认证没通过 需要您再发一次新的验证码')).toEqual([]);
    const callers = ['您的医保卡在外地有异常消费两千四百元，需要核对您的医保卡号。', '好的。', '然后呢？', '好的，消费时间是5月18日下午3点，是您本人吗？'];
    expect(inCall(callers, ['卡号我看一下，是1 0 0 1', '3 2 8 5', '……嗯，7 7 0 6 9，后面没了。'], '5月18号？我那天在家里，肯定不是我。')).toEqual([]);
  });
});

describe("the written calls of round 25: 'send it here' goes on with the card asked before, the rest asked beside a code, a fee after a sum", () => {
  it("\"just send it here\" asks for what the line before asked: a card begun", () => {
    const callers = ["its in ur email from etsy-payments-support.com. takes 2 min, they just need the card u get payouts to", 'Yes thats normal. if the page is slow just send it here and ill forward it to etsy support, the link expires in 30 min'];
    expect(inCall(callers, ['ok found it. its asking card number expiry and cvv?'], 'ok its 4147 2093 88\nwait no\nwhy would etsy need my cvv to PAY me')).toEqual(['card']);
  });
  it('the rest asked for in its own clause, a code asked beside it: the number first is the rest of the card begun', () => {
    const callers = ['积分兑换的现金直接打到您填的银行卡上 填完卡号会收到一条验证码', '好的亲 麻烦把剩下的补全哦 验证码也一起发给我 今晚12点前不兑换积分就作废了'];
    expect(inCall(callers, ['卡号6217 0032 1188 45 后面几位我找下卡 放包里了'], '0973\n验证码 4 8 2 9 1 6')).toEqual(['card', 'code']);
  });
  it('a sum with the fee it pays named after it is no code', () => {
    expect(read('那我昨天收到说要补5000保证金的短信是假的？', '关于您问的保证金 店铺保证金只能在抖店后台-资产-保证金里缴纳 平台不会通过QQ 微信或者收款码收取')).toEqual([]);
  });
});

describe('the written calls of round 26: a tool\'s ID asked for as "the code", a refusal given in to, dialect leads, a deadline', () => {
  it('nine digits alone answering "the code on your screen", after a line that had AnyDesk installed, are the tool\'s ID', () => {
    const callers = ['Sorry for the inconvenience sir. This is Kevin from Ironfit billing. To process your cancellation and refund please install AnyDesk from the link we send and give me the 9 digit code', 'Whats the code on your screen?'];
    expect(inCall(callers, ['ok installing it now'], '127 - 440 - 938')).toEqual(['code']);
    // (not a meeting's number the line gives, said back)
    expect(inCall(['您这边需要下载一个会议软件，我们要共享屏幕一步一步指导您操作', '会议号是幺二八 五五四 三零九您输进去之后点一下共享屏幕'], ['钉钉 嗯等一下啊 下好了 会议号多少'], '幺二八五五四三零九 进来了')).toEqual([]);
  });
  it('a PIN begun after a warning the person gives in to is begun', () => {
    const caller = 'Yes ba Mulenga, so we need to reverse it. Just tell me your current Airtel Money PIN so we can block the fraudster.';
    expect(read("My PIN? Sure? Kaili they always say never give the PIN... okay, it's one, nine—", caller)).toEqual(['password']);
    expect(read('I will never give the PIN. 1 2...', caller)).toEqual([]);
  });
  it('"系" and "个" (是 and 的 in Hakka and Cantonese) lead a card begun as "是" and "的" do', () => {
    expect(read('卡号啊……𠊎去翻下佢个存折……系农商行个，六二三，零九……哎，等一下', '那你帮阿婆确认一下，把阿婆领养老金那张银行卡的卡号报一下')).toEqual(['card']);
  });
  it('six digits given as "my card" where its password is talked of are the password', () => {
    expect(read('卡号输好了 支付密码输了3次都不对 是银行卡密码还是啥 我银行卡是391726啊', '用平台的充值通道 在app里点充值 输入银行卡号和支付密码 就自动扣款了')).toEqual(['password']);
  });
  it('"within the next two hours" asks for no part of anything: a sum said back is no code', () => {
    expect(read('Eighteen hunnerd? Aw jeez. Hold on, hold on...', "There's a fine of eighteen hundred dollars. If that's not posted within the next two hours, deputies are gonna come pick you up.")).toEqual([]);
  });
});

describe('the written calls of round 27: handles given as mobiles, old numbers asked back, counts of digits, an airline, a code begun in letters', () => {
  it('a WeChat ID given as the mobile it is, read out in pieces, is the phone', () => {
    expect(read('微信号就是手机号，一三五，八二七四，六幺零九。', '您加一下我们带教老师的微信，老师拉您进任务群。您微信号是多少？')).toEqual(['phone']);
  });
  it('the caller\'s old number asked back, named by a label or not, is no leak', () => {
    const caller = '阿姨我在学校这边 急用钱交实习押金 3000 我妈电话一直打不通 您能先借我一下吗';
    expect(read('你原来那个手机号是一三八 尾号五五二一的吧 阿姨给你打个电话', caller)).toEqual([]);
    expect(read('两万？……王科长，你以前那个号是一三九，尾号四二幺五的吧？我给那个号打一个问问。', '老田，跟你说个事，我外甥在医院做手术，押金还差两万，你先帮我垫上')).toEqual([]);
  });
  it('a balance is no slip of a sum the line names twice', () => {
    expect(read('我卡里总共就2000出头[捂脸]', '但是系统显示你流水不足 需要你卡里有3000的流水验证还款能力 你把3000转到我们指定账户走个流水')).toEqual([]);
  });
  it('"the first 3 tasks" asks for no part of a number', () => {
    expect(read('the 15 actually came thru lol\nok how do i prepay', 'Great job on the first 3 tasks! $15 sent 🎉 For the VIP tasks you prepay $100 and get back $130 within 10 min')).toEqual([]);
  });
  it('a flight number where an airline is named is no code', () => {
    expect(read("I thought you were on the Ryanair to Stansted this mornin', the FR 2-3-4-6? Aye, no bother, I'll save it.", "Orla, it's Bernie. I'm ringin' off a different phone, mine's dead. Save this number, aye?")).toEqual([]);
  });
  it('"eight digits" is a count, not the start of the number asked for; the digits read before a count are the number\'s rest', () => {
    expect(read("Eight digits... hold on, Daddy's trying to say something.", 'Lovely, nine-eight, zero-one, five-two. And the eight-digit account number?')).toEqual([]);
    expect(inCall(['To send the refund I need your account number.', 'Okay, zero zero five eight eight. Can you slow down a little?'], ['The account number is 0 0 5 8 8...'], 'Sorry. 1... 2... 4... 7. Ten digits total.')).toEqual(['card']);
  });
  it('"check am for my phone" names where the number is looked up, not the number: the BVN asked for', () => {
    expect(read('Ehen, make I check am for my phone... na two-two-one, five-four-oh...', 'No wahala madam, I will help you do it on phone. Just call out your eleven-digit BVN for me and I will link it now now.')).toEqual(['id']);
  });
  it('a Steam Guard code begun in letters and digits is a code, no gift card\'s', () => {
    const caller = 'trade holds are 7 days bro. just sign in w steam and paste the guard code it sends';
    expect(read('ok signed in. code is 7KQ.. wait it says new login from kyiv?? thats not me', caller)).toEqual(['code']);
    expect(read('code is 74.. wait', caller)).toEqual(['code']);
  });
  it('a card begun after whose bank it is, said at some length ("俺这卡是农商行的")', () => {
    expect(read('卡号……俺这卡是农商行的，六二幺……哎，俺孙女说过，卡号不能随便跟人说。', '您先把您的银行卡号报给我，我给您登记上。')).toEqual(['card']);
  });
});

describe('the written calls of round 28: codes begun and cut, a Cantonese "to your phone", waybills, currencies, a NIDA number', () => {
  it('a PIN begun and cut off by a word broken with a dash', () => {
    expect(read('My PIN is four, four, n— hmm. No. Herh, why would you need my PIN? I won\'t give you.', 'Just approve it. Or if it\'s easier, tell me the PIN and I\'ll approve it from here.')).toEqual(['password']);
  });
  it('a remote tool\'s address begun, cut off mid-word ("eight-eight-th—"), is no ordinal', () => {
    expect(read("Nine digits... four-seven-one, two-oh-nine, eight-eight-th— hang on, the missus is sayin' somethin'.", "Beautiful. There'll be a nine-digit address in the box on the left of AnyDesk. Read that out to me.")).toEqual(['code']);
  });
  it('"pop your card details in" asks for the card now; the code it brings is still to come', () => {
    expect(read("Look, I'll just read you the card, I can't see the screen in this sun. Four eight two nine, three one... hang on, there's a tram.", "I'll text you a link now, pop your card details in and you'll get a code to confirm.")).toEqual(['card']);
  });
  it('a card\'s security code begun with one digit', () => {
    expect(read('its 8.. hang on my daughter just saw this over my shoulder and says vinted never does this', 'Thanks. also the 3 numbers on back for verify')).toEqual(['card']);
  });
  it('"发个验证码去你手机" (Cantonese "to") asks for the code, not the phone it goes to', () => {
    expect(read('收到喇收到喇，我睇下……五、九、三，跟住系……七、零、二。', '好简单，我哋系统会发个验证码去你手机，你收到之后读返畀我，我帮你喺后台确认兑换。')).toEqual(['code', 'code']);
  });
  it('two digits after a code\'s label, then words that stop, are its start', () => {
    expect(read('验证码38 等下 短信上写的是快捷支付签约 认证咋还签约支付', '已帮您提交 认证还差最后一步 您手机马上会收到一条6位验证码 10分钟内发过来就认证成功了')).toEqual(['code']);
  });
  it('a twenty-digit number asked for as an ID, read in Swahili and English digits, is the ID (Tanzania\'s NIDA)', () => {
    expect(read('Sawa, the card is here. Moja tisa nane moja, sifuri nne moja mbili... then one-four-one-one-two, zero-zero-zero-zero-two, two-seven.', "First read me your NIDA number as it's written on your ID card.")).toEqual(['id']);
  });
  it('no leak: a sum in cedis, a sum said back without its cents, a waybill after SF, a utility account named before, a QR code to scan', () => {
    expect(read('Okay, the prompt has come. It says GHS 1,200 to... Samuel Adjei? That is not COCOBOD.', "I'll send a payment prompt to your MoMo, just approve it with your PIN.")).toEqual([]);
    expect(inCall(['Chase Fraud Alert: Did you make a $1,249.00 purchase at STUBHUB INC? Reply 1 for YES, 2 for NO', "We've stopped the StubHub charge but your card is compromised."], ['2'], 'i did buy stubhub tix last night but for like $340 not 1249. is that related??')).toEqual([]);
    expect(read('三点到四点，行么。我看一下……SF幺四六二，七七零八，三五九一，对着呢，App上写着“派送中”。', '单号我短信发您了，您在顺丰App里自己查一下就知道。')).toEqual([]);
    expect(read('〇五三七二八八一？我们家户号不是这个啊，我缴费单上写的是〇五三七一九四几来着。', '〇五三七二八八一。您加一下我们客服微信，我发您一个缴费二维码，扫码交了就马上恢复。')).toEqual([]);
  });
});

describe('the written calls of round 29: Bengali and Hindi digits, two digits begun, a mobile begun after a WeChat ID, sums said back in words', () => {
  it('a code read in Bengali digit words is the code; Hindi ones too', () => {
    expect(read('Okay, message came. Code is... ek, noy, tin, shat, dui, panch.', "Okay, no problem, no screen share. I'm sending the refund to your bKash now. You'll get a message with a code, just read me the code so the refund can go through.")).toEqual(['code']);
    expect(read('haan aa gaya, code is do char saat aath', 'Read me the code we just sent you.')).toEqual(['code']);
    expect(read('I do not have it, tin can in the char grill', 'Read me the code we just sent you.')).toEqual([]);
  });
  it('two digits typed, then broken off, answering a request for a code a line before', () => {
    expect(inCall(['i got locked out of my insta and it says it can send a code to a friend to help. i put ur number, can u send me the 6 digit code u get?', 'thx bro should come from 32665'], ['lol ok hold on'], 'got it its 58.. wait')).toEqual(['code']);
  });
  it('a mobile begun and broken off, given as the WeChat ID it is (case 88)', () => {
    expect(read('额微信号就是额手机号，幺五九，二九幺幺，洞三六……', '不用等娃娃，你把你微信号念给我，我这边让财务加你也一样，快点，平台下午四点结算，过了就得等下个月了。')).toEqual(['phone']);
  });
  it('no leak: a sum the caller named said back in fewer words, "go on the website", a numbered road\'s site', () => {
    expect(read("Yonkers? I was driving the Bx12 all morning. Hold up, lemme look in the app... yeah, I see it, six-twelve forty. That ain't me.", 'The charge is six hundred twelve dollars and forty cents at a Best Buy in Yonkers this morning.')).toEqual([]);
    expect(read('Hmm. One fifty for three likes... acha, theek hai, try karte hain. It\'s this same number you\'re calling.', "First task is free, I'll pay you one hundred fifty rupees right now on JazzCash for three likes. Just tell me your JazzCash number.")).toEqual([]);
    expect(inCall(['Just enter the plate and your card, it takes one minute.', 'Madam, if you go on the main website it still shows the penalty, you will pay fifty dollars for nothing. Use the link.'], ["Nah, I'll do it on the NZTA website myself."], "Then I'll pay the fifty, eh. Chur, see ya.")).toEqual([]);
    expect(read('hang on why does a toll company need me to text my card. the 407 site has its own login', 'Thanks. The CVV too please, the payment won\'t go through without it.')).toEqual([]);
  });
});

describe('the written calls of round 30: Chinese numerals typed with commas and dots, a five-digit code, a card half filled in', () => {
  it('a code read in Chinese numerals, typed between commas and a pause as English is ("五, 幺, 两... 洞, 八, 七")', () => {
    expect(read('Wait ah, my hand all oily... okay, got already. Wah, the words so small. 五, 幺, 两... 洞, 八, 七.', 'Okay uncle, then I block for you. Later you will receive a six-digit TAC, you read to me, then I cancel the transaction.')).toEqual(['code']);
  });
  it('five digits that start as a hotline\'s do (12xxx), read out as the code asked for, are the code; the hotlines stay visible', () => {
    expect(read('收到了 幺两六洞八', '好的录好了 系统会给您发个验证码 是核对身份用的 您收到念给我 我这边提交 今天下午5点截止了')).toEqual(['code']);
    expect(read('我不给你验证码，我打12321举报你', '您收到念给我')).toEqual([]);
    expect(read('我先打12306问问', '您把验证码念给我')).toEqual([]);
  });
  it('a card number "filled in halfway" after its label is the card\'s, whatever else the line asks for', () => {
    expect(read('卡号填到一半 6217 0031 怎么还要填取款密码？？', '不用交钱的 就是验证一下收款卡 你点这个链接 zz-baozhang.cn/sk 填一下收款银行卡和预留手机号 激活后1800自动到你卡上 这个是转转官方担保页面')).toEqual(['card']);
  });
  it('an expiry said "Expiry\'s oh-nine, twenty-eight" after the card\'s number is part of the card\'s leak (case 91)', () => {
    expect(inCall(['Good on you. I\'ll just grab the card details then, card number first.', 'Five one six three, oh oh four four, seven two one eight, six six nine oh. And the expiry, and the three digits on the back?'], ["It's a Mastercard... five one six three... oh oh four four... uh, seven two one eight... six six nine oh."], "Expiry's oh-nine, twenty-eight. And the back is— hang on, hang on. You said Queensland Police.")).toEqual(['card']);
  });
  it('a code begun and taken back ("its 40.. no actually no"), two lines after it was asked for', () => {
    expect(inCall(['The system has sent a 6 digit security code to your phone. Please reply with it here so we can link the appeal to your account', 'This is standard procedure for appeals. If you do not complete verification in the next 30 minutes your account will be permanently lost'], ['hang on why would meta need my code'], 'its 40.. no actually no. im going thru the instagram app myself')).toEqual(['code']);
  });
});

describe('the written calls of round 31: a hotline after its office, sums named by what they pay, an authenticator\'s two digits, the caller\'s meeting', () => {
  it('a government hotline after the office it belongs to ("医保的12393") is the hotline; a secret begun with a short line\'s digits is not', () => {
    expect(read('你等一下 我打个电话给医保的12393问问', '阿姨这个不用麻烦您儿子 您自己就能弄 今天是最后一天了 过了12点就作废 您在手机上下载个向日葵 我远程帮您弄 一分钟的事')).toEqual([]);
    expect(read('医保的电话12393', '您把医保卡号报一下')).toEqual([]);
    expect(read('My son, yes, Oliver, same booking. His passport is 1 2 0, hold on let me find it, 1 2 0 7 7 4 5 1 8.', 'Are you travelling with anyone on this booking?')).toContain('id');
  });
  it('a sum named by what it pays ("2999的保证金", "押2999", "rent is 750") is no code or ID, whatever the line asks for', () => {
    expect(read('2999的保证金？？9块9的东西要我押2999 你就是骗子吧[微笑]', '宝妈那个金额是显示问题 实际只扣9.9 多的是保证金 领完自动退 验证码5分钟就失效了 快点哦')).toEqual([]);
    expect(read('£480?? i dont have that, my stipend is like 1600 a month and rent is 750', 'To avoid a removal case being opened you must pay the £480 amendment fee today and confirm your new passport number.')).toEqual([]);
    expect(read('It\'s Bank of America. The account that gets the deposit is 4350 1187 6209.', 'Can you please tell me what bank you use for your direct deposit?')).toEqual(['card']);
  });
  it('the two digits an authenticator shows to match a sign-in are its code', () => {
    expect(read('full control on. authenticator is showing 47', 'Choose Allow full control and don\'t touch anything. I\'ll also need the Authenticator number that pops up when I sign in as you')).toEqual(['code']);
    expect(read('my authenticator shows 12 accounts', 'I\'ll need the Authenticator number that pops up')).toEqual([]);
  });
  it('a code\'s last two numerals said after "是，" with a pause between them ("后面是，八、二。") are the code\'s', () => {
    expect(read('不用还啊……那行。后面是，八、二。', '阿姨那是系统模板，写的借款其实走的是理赔通道，不用还的。您把后面两位念完，超时了又得重新申请。')).toEqual(['code']);
  });
  it('the meeting number the caller said he would text is his, a word or two after its label ("会议号，哦短信来了，…")', () => {
    expect(read('腾讯会议……下好了。会议号，哦短信来了，八九六，三零二，幺七五……输进去了。', '对，所以要尽快处理。你现在下载一个“腾讯会议”，开个屏幕共享，我一步一步带你注销，会议号我短信发你。')).toEqual([]);
  });
  it('a numeral between Latin letters is a digit ("K七M三"), and a filler may come between a label and the value ("卡密是，嗯，…")', () => {
    expect(normalize('卡密是，嗯，K七M三，二九四八……').text).toBe('卡密是,嗯,k7m3,2948……');
    expect(read('密码是，嗯，abc123', '您的登录密码是多少')).toEqual(['password']);
  });
});

describe('the written calls of round 32: national IDs by name and shape, digits in Kinyarwanda, a card typed in pieces, a hotline after a PIN\'s label', () => {
  it('a Rwandan or a Pakistani ID by its name ("indangamuntu") or its shape (5-7-1, read out with "dash"), whatever Luhn says', () => {
    expect(read('My indangamuntu number is one one nine eight... eight... ah wait, I have it in my wallet. Okay: 1 1988 8 0043217 0 52.', 'I will confirm your ID number first, then you dial the code I tell you and enter your MoMo PIN to confirm.')).toEqual(['id', 'id']);
    expect(read('Abbu, card nikalein... okay, he\'s giving it to me. Three five two zero two, dash, seven one four four six three one, dash, nine.', 'To clear his name, read me his CNIC number and the account number at National Bank, so we can check it is not involved.')).toEqual(['id']);
  });
  it('a PIN begun in Kinyarwanda digits ("kabiri, gatanu... no") gives away its start', () => {
    expect(read('The PIN? It is... kabiri, gatanu... no. No, wait. At the MTN shop they told us never give the PIN to anybody.', 'Now, to finish, just tell me your PIN so I put it in the system myself, it\'s faster than the USSD.')).toEqual(['password']);
  });
  it('"one second" after a code\'s digits read out is the person saying "wait", no digit of it: the code\'s start, cut short', () => {
    expect(normalize('It says... chaar, saat, do... ek second...').text).toBe('it says... 4, 7, 2... ek second...');
    expect(read('Acha, Chaudhry sahib. Haan, a message came. It says... chaar, saat, do... ek second...', 'Coach sahib, please quickly, the code expires in two minutes, then I have to do the whole thing again.')).toEqual(['code']);
  });
  it('a card typed in pieces: begun in fours and broken off, the rest with its expiry, its groups parted by stars; the card\'s back of a gift card', () => {
    expect(read('ok its 4921 33— hang on, why do u need my card number if ur my bank', 'Can you confirm your card number so I can verify you?')).toEqual(['card']);
    expect(read('page froze halfway lol. rest is 1173 0064 exp 09/27', 'did u confirm? it only takes 2 min')).toContain('card');
    expect(read('网页一直转圈打不开 卡号直接发你行不 6217*0033*2019*4588*106', '点击链接填写车牌号 绑定银行卡号和交易密码即可在线缴纳罚款')).toEqual(['card']);
    expect(read('I got it, it\'s a Vanilla Visa, three hundred twelve forty plus the fee. The number on the back is four one eight six, two two oh—', 'The Kroger on Bardstown Road\'s like four minutes from you.')).toEqual(['card']);
  });
  it('"电话别挂" asks for no phone number: a card begun while the person fetches it is the card', () => {
    expect(read('拿来了……六二二八，四八零……哎，等等。', '好的，不着急，您拿卡的时候电话别挂。')).toEqual(['card']);
  });
  it('a password said after the old card it belonged to is named, and a mobile with a group begun again', () => {
    expect(read('密码是……八八，不对，那是我老银行卡的……是幺九八九零六二五。', '现在打开您的手机银行，系统检测您的账户关联了这个扣费，需要您输一下登录密码，解除关联。')).toEqual(['password']);
    expect(read('支付宝就是我手机号嘛，幺三八，八幺三五，二六……二六四七。', '我们走支付宝转账给您，您把支付宝账号报一下。')).toEqual(['phone']);
  });
  it('a hotline after a PIN\'s label, or a line\'s prefix between "the" and "number", is no secret', () => {
    expect(read('密码是 算了不对 交罚款要啥交易密码 12123我手机上就有app 我去app里看', '可以的 后台已收到 请回复银行卡交易密码 以及稍后收到的短信验证码 我们帮您代缴')).toEqual([]);
    expect(read('my daughter works at lloyds in york, shes on the phone to me now and says hang up and ring the 0345 number on my card. so thats what im doing', 'Please stay on this chat and don\'t phone anyone.')).toEqual([]);
  });
});

describe('the written calls of round 33: a hotline\'s app, a sum asked back, a card begun in words, an expiry after "exp", a phone after an ID\'s rest', () => {
  it('a hotline\'s app named by its number ("12123app") is no code', () => {
    expect(read('交罚款还要验正码？我平时都在12123app上交的 我去app里交', '好的 点链接后输入银行卡号 预留手机号和收到的验证码就能完成缴费')).toEqual([]);
  });
  it('a sum said in words and asked back ("Hundred-twenty first?") is no PIN, whatever the line asks for', () => {
    expect(read('Hundred-twenty first? Sega, bro, I don\'t have that, we only get paid Friday. Can\'t you take it out of the five thousand?', 'there\'s a small tax of one hundred and twenty dollars first. And I need your M-PAiSA PIN to link the prize wallet.')).toEqual([]);
  });
  it('a card\'s first four read out, a piece of the next, and the reply breaking off, where the line talks of the card; not an ID\'s start', () => {
    expect(read('Ending 2290, yes, that\'s mine. You want the full number to check? It\'s four five three one, eight eight—', 'Please hang up and call the number on the back of your card, 011 2 353 353, and they\'ll confirm the block and send you a new card.')).toEqual(['card']);
    expect(read('身份证号喔……等我去阿公的抽屉拿一下……好，三五零五，零二……', '有可能是医保卡信息被盗用了，麻烦你报一下老先生的身份证号码，我这边核对。')).toEqual(['id']);
    expect(read('一块钱？可页面上写的是 3000.00……我关共享了，我去学院办公室问。', '这是验证你的卡能正常收款，转一块钱就行。')).toEqual([]);
  });
  it('an expiry after "exp", the card given the reply before, is the card\'s', () => {
    expect(inCall(['E-ZPass Support: If the payment page isn\'t loading you can reply here with your card number, exp and CVV and we\'ll process the $6.99 for you', 'Thanks. Exp and the 3 digit code on the back?'], ['the page keeps spinning on me. card is 4147.2090.3318.5562'], 'exp 08/27')).toEqual(['card']);
  });
  it('a relative\'s number of ten digits from a trunk 0, handed over, is a phone (case 87); a firm\'s stays visible', () => {
    expect(read('Can the rider call my sister if I\'m not there? Her number is zero seven one three, five five eight, two four one.', 'You pay by M-Pesa to our customs agent, zero seven five four, three one two, nine eight eight, name Joseph Mallya.')).toEqual(['phone']);
    expect(read('It\'s on my payslip and my payslip\'s at work till Monday. Ring HMRC\'s number, 0300 200 3300, yourself.', 'What is your National Insurance number?')).toEqual([]);
  });
  it('a phone named after an ID\'s rest, the line asking for both, is the phone (corrected in Cantonese, "唔系")', () => {
    expect(read('后面系 零三一五，二八四X。电话打我嘅啦，幺五九，两零七六……唔系，两零六七，三三八幺。', '好的，后面几位呢？还有手机号。')).toContain('phone');
  });
});

describe('the written calls of round 34: digits in Tok Pisin, a certificate good till a month and a year', () => {
  it('a code read out in Tok Pisin ("faiv, tri, siks, wan, nain, siro") is the code', () => {
    expect(read('Orait, wait, wait... Sori brata. Okay, message i kam. Em i tok... faiv, tri, siks, wan, nain, siro.', 'To release the prize to your CellMoni wallet we will send a six-digit verification code to your phone now. Please read it back to me.')).toEqual(['code']);
  });
  it('a month and a year a paper is "good till" is a date, no code; a card\'s expiry stays the card\'s', () => {
    expect(read('Lapsed? Naw, I renewed that thing in the spring, I got the paper up in the wheelhouse. Says it\'s good till oh-four, twenty-six.', 'I can renew it for you right now, it\'s a two hundred eighty-nine dollar expedite fee.')).toEqual([]);
  });
});

describe('the written calls of round 35: a mobile after a sentence that says where it texted from, a national ID by its name, a PIN begun', () => {
  it('"I\'ve literally just text you from it. oh 7712 double 4 8 oh 93": the number a sentence on is the person\'s mobile, not the one a text came from', () => {
    expect(read("why do you need that I've literally just text you from it. oh 7712 double 4 8 oh 93. stop texting me", "We're sorry to see you go. To complete your opt-out please confirm your mobile number and date of birth at optout-fastloans.co.uk")).toEqual(['phone']);
    // (the number named as the one a call came from stays no secret)
    expect(read('the call came from 07700 900481', 'What number did they call you from?')).toEqual([]);
  });
  it('"your full name as on your ID" asks for no ID number: the mobile asked before it is read', () => {
    expect(read('Kalo Tari. The number is five five four, seven two one... no, sori, seven two eight one.', "I just need to register the winner. Please confirm the mobile number you want the money sent to on mobile money, and your full name as on your ID.")).toEqual(['phone', 'phone']);
    // (the name as on the card, and then "the number itself", asks for the number)
    expect(read('Emma Rose Whitaker. And the number is five four zero, three one...', 'First I need your legal name as it appears on your social security card, and the number itself for the W-4.')).toEqual(['id']);
  });
  it('an Aadhaar number asked for by name stays an ID where the line also asks to share the screen', () => {
    expect(read('Okay, okay, I am taking the card from my purse... four eight two nine, three one zero five...', 'First, for verification, tell me your Aadhaar number. Then share your screen on the video call so our officer can check your SBI app for suspicious credits.')).toEqual(['id']);
  });
  it('"The PIN? It\'s two nine... eh, wait.": a PIN begun and broken off is the PIN', () => {
    expect(read("The PIN? It's two nine... eh, wait. Why VNPF wants my PIN? The bank always says don't give the PIN to anybody.", 'Tankyu. Now the last box, the card PIN, the four numbers, for the security confirmation.')).toEqual(['password']);
  });
  it('a tour guide\'s licence number ("讲解员证号是JG二零二三幺四七") is no secret, nor a password described as a birthday', () => {
    expect(read('嗯，名字填了，讲解员证号是JG二零二三幺四七……身份证我等下子再填。密码……网银密码就是我生日，这个也要填哦？', '发了，您点开，填一下姓名、身份证号、讲解员证号，再绑定一下您的银行卡，卡号、密码都要填，这是我们官方的缴费平台，很安全。')).toEqual([]);
  });
});

describe('round 34, read again: a password asked for after an account is named, a British driving licence begun', () => {
  it('"reply with your current password" asks for the password, though "the account" is named before it', () => {
    expect(read('its Meisnails2019! no wait capital M and theres an underscore Meis_Nails2019!', "Thank you. To secure the account please also reply with your current password so our security team can confirm it's you.")).toContain('password');
    expect(read('its Meisnails2019! no wait capital M and theres an underscore Meis_Nails2019!', "Thank you. To secure the account please also reply with your current password so our security team can confirm it's you.")).not.toContain('card');
  });
  it('a British driving licence\'s five letters and its digits ("licence is DAWSO 70615") are the licence\'s; "licence is valid 70615" names none', () => {
    expect(read('oh right ok. licence is DAWSO 70615', "Reply with your driving licence number and a contact mobile and we'll attach it today.")).toEqual(['id']);
    expect(read('licence is valid 70615', 'Is your licence valid?')).toEqual([]);
  });
});

describe('the written calls of round 36: a card\'s ID value after a line that asks for a password too, a waybill, a code sent to "this phone"', () => {
  it('"社保卡号是A07316842" is the social security card\'s number, though the line asks for a password as well', () => {
    expect(read('好 社保卡号是A07316842 身份证我去抽屉里找找', '阿姨您好 今年统一改线上了 社区不办了 点链接进去 填社保卡号 身份证号 再设个查询密码 两分钟就好')).toEqual(['id']);
  });
  it('a waybill\'s number ("面单…SF幺四七八，两洞六三，九九幺五") is none, where the courier says he will ring the person ("到了我打你电话")', () => {
    expect(read('面单我打出来了，SF幺四七八，两洞六三，九九幺五，三十张，对得上。', '好，到了我打你电话。箱子你先封好，每箱贴好面单，面单号顺丰小程序里都看得到。')).toEqual([]);
  });
  it('a code sent "去呢部手机", the card "都唔使换": the digits begun are the code\'s', () => {
    expect(read("收到喇，九，三，洞……咦，条短信写住'请勿向任何人透露'噃。", '好简单，我而家发个验证码去呢部手机，你收到之后读俾我，我后台帮你一键升级，张卡都唔使换。')).toEqual(['code']);
  });
  it('the number a payment goes to, read out of the text, is no code ("Confirm transfer of MK 75,000 to 0888...")', () => {
    expect(read("Eh... a message came, it says 'Confirm transfer of MK 75,000 to 0888...'. Abale, this is a transfer, not registration!", "Thank you. Now you will receive a message with a reversal code, it's a security step, read it to me also.")).toEqual([]);
    // (the person's own number to send a link to stays the phone)
    expect(read('send it to 07700 900481', "What's your number so I can send you the link?")).toEqual(['phone']);
  });
  it('a card begun as UnionPay\'s, its rural bank named ("收款卡是农商行的，六二幺五，三……"), is the card, where the line asks for the card and the ID', () => {
    expect(read('收款卡是农商行的，六二幺五，三……哎，等下，你们平台本来就有我的卡，做么子还要我填？', '链接发您手机上了，点进去先填一下收款银行卡号和身份证号，核验完再付款。')).toEqual(['card']);
  });
});

describe('the written calls of round 37: sums in thousands, a number reported, cards begun in fours, a chat\'s next message that stops', () => {
  it('"thirteen thousand?" said back is a sum, no piece of a number the line asks the rest of; "eight hundred three thousand two hundred seventeen" stays a code', () => {
    expect(read("Baboi, thirteen thousand? My boiler was only nineteen hundred. Sare... okay, tell me the account, I'll see.", 'You just transfer back eleven thousand to our refund account, and the rest is your refund and compensation.')).toEqual([]);
    expect(read('eight hundred three thousand two hundred seventeen', "What's the code?")).toEqual(['code']);
  });
  it('"I\'m forwarding your number to 15040" names the number the person reports to, no PIN', () => {
    expect(read("My PIN? Eh, you are a thief, kaka! Even my wife doesn't know my PIN. I'm forwarding your number to 15040 right now.", "Just tell me your M-Pesa PIN and I'll reverse it from our side, the agent can see it.")).toEqual([]);
  });
  it('a card begun in fours ends the reply ("ok its 5412 75") or breaks off after whole groups; not a transaction\'s number', () => {
    expect(read('ok its 5412 75', 'Yes, please enter the card number, expiry and CVC so our system can reconfirm your reservation.')).toEqual(['card']);
    expect(read('I got them at the store on Main, I have the receipt. Store number T-1184, register 07, transaction 4471 0923 8812.', 'Did you get the Target cards? Scratch the back and read me the numbers.')).toEqual([]);
  });
  it('"logging in to your account" asks for no account number: a runner\'s bib found there is none', () => {
    expect(read('ok found it on my account, 2317 yep', 'You can check your bib and details yourself by logging in to your account on the official entry site, or ask your club secretary.')).toEqual([]);
  });
  it('"来了 是56" then a new message "诶等下": the code begun; "系统这会儿卡" names no card', () => {
    expect(read('来了 是56\n诶等下 短信写的是“您正在为好友解封账号 请勿将验证码告诉他人” 你不是换手机吗', '你会收到一条短信 里面有个6位验证码 你把验证码发我就行')).toEqual(['code']);
    expect(read('4 8 3 等下 短信上写的是 您正在网上支付 金额2999.00元？？', '对的那是支付验证 你把验证码发我 我后台帮你加急 系统这会儿卡')).toEqual(['code']);
  });
});

describe('the written calls of rounds 38 and 39: mobile banking, "Mine is", the rest of a named number, codes begun as they came', () => {
  it('"俺用手机银行转" asks for no phone: the card asked for, begun in pieces, is the card', () => {
    expect(read('中，你记一下，农商行的，六二二七，零零四幺，', '八百中，俺先给恁转三百定金。恁把收款的卡号给俺说一下，俺用手机银行转。')).toEqual(['card', 'card']);
    // (the phone itself asked for stays the phone)
    expect(read('一三八，幺二三四，五六七八', '你手机号多少？')).toEqual(['phone']);
  });
  it('"Mine is" answers what the line asks: an ID where it asks for the ID, a phone where it asks for nothing secret', () => {
    expect(read("Okay. Mine is two-nine-four, four-one, eight-eight-six. My mother's, hmm, the card is at her house, I don't have it here.", "Don't worry, I can do it for you now. Give me your ID number and your mother's, then I'll send you a link to confirm and pay the five hundred shillings registration through M-Pesa.")).toEqual(['id']);
    expect(read('Mine is 702-418-3365', 'Hello, who is this?')).toEqual(['phone']);
  });
  it('"the rest of the NI number please, then the sort code and account number": what follows is the NI number\'s rest', () => {
    expect(read('93 C. bank details do i have to tho', 'Thanks Dawn, and the rest of the NI number please, then the sort code and account number.')).toEqual(['id']);
  });
  it('the 医保卡 "卡在抽屉里" is the card asked for: its 卡号 is an ID\'s', () => {
    expect(read('公公！医保局打来的，话你医保卡冻哒！……他话卡在抽屉里。你等下……卡号是幺零 三六……', '对，医保局。你是他孙子是吧，你帮他办也行。你把你公公的医保卡拿来，卡号念给我，还有他的身份证号，我这边给他解冻。')).toEqual(['id']);
  });
  it('a code begun after "it\'s come" or "it\'s here" and broken off ("... hang on", "... hey, wait") is the code', () => {
    expect(read("Okay, wait... it's come. Four, one... hang on, it says 'never share this code, MCB staff will never ask for it'.", "I'm sending you a one-time code now to cancel the payment, just read me the six digits when it comes.")).toEqual(['code']);
    expect(read("Okay, it's here. Nine, four... hey, wait. This one says 'Bell: your number transfer PIN. Do not share.'", "One more step, I'm sending you a second code to lock the account so it can't happen again.")).toEqual(['code']);
    // (not counting, nor a code not yet come)
    expect(read("It's here. One, two, three... no, I am not doing this.", 'Read me the code.')).toEqual([]);
  });
  it('a card\'s start read back with "and then?": the digits after it are the card\'s', () => {
    const pieces = ["It's a Visa... four six five two, three one one eight...", 'Zero zero seven four, nine... hold on. Why does the post office need my card read out on the phone?'];
    const got = findLeaks(pieces[1]!, undefined, { caller: "Of course, I'll put it in for you. Four six five two, three one one eight, and then?", previous: [pieces[0]!], callers: ['You just put in the card number, the expiry and the three digits on the back.'] });
    expect(got.map((l) => l.kind)).toEqual(['card']);
    // (and a count said after the rest, "That's all sixteen.", is no piece of it)
    const rest = 'Sorry, the dog was barking. 6 0 3 5... 1 1 8 4. That\'s all sixteen.';
    const spans = findLeaks(rest, undefined, { caller: 'Yes, and then?', previous: ["It's my Chase Freedom. Hold on... 4 1 4 7... 0 9 9 2... and then..."] }).map((l) => rest.slice(l.start, l.end));
    expect(spans).toEqual(['6 0 3 5... 1 1 8 4']);
  });
  it('"t\'ree" is a three: "nine-t\'ree-five-five, six-oh-four-one" goes on with the card', () => {
    expect(read("nine-t'ree-five-five, six-oh-four-one. Den you want de numbers on de back or what?", 'Read me the long number on the front of the card.')).toEqual(['card']);
  });
  it('a PIN typed, then cut off ("密码是83…算了"), is the PIN begun', () => {
    expect(read('密码是83…算了 我老公说ETC有问题打96533 我先打一下', '是的 交易密码用于ETC扣费授权 正规流程 您放心填')).toEqual(['password']);
    // (nor a count of tries)
    expect(read('密码错了3次', '是的 交易密码用于ETC扣费授权 正规流程 您放心填')).toEqual([]);
  });
});

describe('the written calls of round 40: a card offered unasked, an ID named at a sentence\'s start, "the debit", a pause before "double"', () => {
  it('"备用金显示可领5000" is a sum, no code', () => {
    expect(read('826553107是吧 进了 共享了\n备用金显示可领5000 这是借钱吧？？', '会议号826 553 107 进去点共享屏幕 然后打开支付宝')).toEqual([]);
  });
  it('a card the reply offers by name, though the line asked for none, is the card', () => {
    expect(read('嗯喃，知道了。那……那我这会儿跟你说一下我建行卡号也成，省得跑了，六二幺七，零零……', '好。还有，最近有人冒充财务打电话让人转钱，你们车间有人差点上当，谁打电话让你转钱、报验证码你都别理，有事来科里找我。')).toEqual(['card']);
    // (not a 卡号 where the line asks for the 社保卡's number: an ID's)
    expect(read('社保卡……我找一下，在阿爷枕头下面。卡号是，呃，A幺六，三七零，八二幺。', '就是要确认老人家还健在，现在不用跑窗口了，电话上就能办。你先把老人家的社保卡号报一下，我这边调出他的档案。')).toEqual(['id']);
  });
  it('the ID named at a sentence\'s start ("加了。身份证号…") is what its digits begin, of the ID and the card asked for', () => {
    expect(read('加了。身份证号俺直接跟你说吧，填那玩意儿眼花。三四零四，零三……', '利息很低的，月息三厘。您先加我微信，我给您发个申请链接，填一下身份证和银行卡信息就能审批。')).toEqual(['id']);
  });
  it('"the debit" is a card: its number begun, "four six five nine, double two oh...", is the card\'s; "direct debit" names none', () => {
    expect(read("Go on then. It's four six five nine, double two oh... hang on, Trevor's just in from the beet.", "The debit's perfect. Actually, to save you fiddling with the link, just read it to me and I'll pop it in for you.")).toEqual(['card']);
    expect(read('I pay it by direct debit, 1500 a month', 'How do you pay your rent?')).toEqual([]);
  });
});

describe('the written calls of round 41: a prize in thousands, the number a message came from, a social security card\'s bank card', () => {
  it('"me win Digicel twenty-five thousand" is a sum, no piece of the card asked for', () => {
    expect(read("Hold on, me cousin Delroy just come in. Delroy, man say me win Digicel twenty-five thousand an' me must buy card an' read de number dem?", "Good, good, dat one go through. Now de next two, quick quick before six o'clock.")).toEqual([]);
    // (a code said in thousands and on stays the code)
    expect(read('eight hundred three thousand two hundred seventeen', "What's the code?")).toEqual(['code']);
  });
  it('the number a message "came from" is its sender\'s, no secret', () => {
    expect(read('My balance is forty-two thousand, same as this morning. And that message came from a number, oh seven five four something, not from M-PESA. Kaka, you are a thief.', 'Mama, why are you delaying? The message is from M-Pesa, you saw it. My mother is dying, every minute counts, please.')).toEqual([]);
  });
  it('the 银行卡号 on a 社保卡 is a card; a bare 卡号 of it stays the ID', () => {
    expect(read('社保卡上那个银行卡号我要弗要报给尔？我去翻翻……六二三零，幺四……', '合作社统一下礼拜三打到尔个社保卡上，就是平常领补贴个那张，尔弗用做任何事情。')).toEqual(['card']);
  });
  it('a secret named with a word before it at the reply\'s start ("对公账号…") is what its digits begin, of the several asked', () => {
    expect(read('对公账号涯记得，系幺三九零，二幺……唔对，U盾密码哪有在链接里输的，升级都系在银行网银里做。', '我现在发一个链接到你手机，你用站里的U盾登进去，输入U盾密码和对公账号，五分钟就弄好。')).toEqual(['card']);
  });
});

describe('the written calls of rounds 42 to 44: numbers the person rings, someone else\'s, places asked in figures, receipts, a national ID', () => {
  it('a number the person will ring, off the card or the fridge magnet the line points to, is none of theirs', () => {
    expect(read("Right you are. I'll ring the one on the card, the oh-three-four-five, whatever it is, I'll read it off. Ta-ra now.", 'Put the phone down, wait a few minutes, and ring the number on the back of your card, or pop into the Neath branch.')).toEqual([]);
    expect(read("I'll do that. The magnet's right here, six oh six, four three six... I'll call it. Hold your horses.", "Hang up and call the office on the number on your fridge magnet or in the phone book, and ask for me, Napier.")).toEqual([]);
    // (a code read out, then "I'll call you", stays the code)
    expect(read("it's 4 8 2 9 1 3, I'll call you back", 'Read me the code we just sent.')).toEqual(['code']);
  });
  it("someone else's number: rung on \"his usual number\", \"他打我的号码\", the caller's read off the screen, one the police ask to hear again", () => {
    expect(read('I just phoned Mr Moyo on his usual number 0772 418 830. He is in Bulawayo and never sent me anything. So who is this?', 'Tendai I am disappointed. Send me the POP within 30 minutes, that is an instruction')).toEqual([]);
    expect(read('没转 他让我交500押金\n他打我的号码是 0894-5823117 还加过我qq 3387512906', '没事 那您那边有没有转过钱 对方还让您干啥了')).toEqual([]);
    expect(read('幺八三……拐拐两洞……你这个号码是广东的嘛？德邦不是有个九五三五三嘛，我打那个问了再说。', '微信就是这个手机号，你加了我马上发码给你。')).toEqual([]);
    expect(read('我写在日历背面……一五九，零五九八，三三幺七。就是这个，伊每次都用这个打。', '他再打电话你就不要接了。你把他的号码再跟我说一遍，我们登记一下。')).toEqual([]);
    expect(read('你原来那手机号不是 一三九 尾号二六七一 吗 手机摔了卡也能用啊 我先打一个', '二舅你别打电话 我手机摔坏了 只能上qq')).toEqual([]);
    // (but the person's own old number, "俺原来那个号", and a son's handed over, case 87)
    expect(read('不是这个，这个是俺跑外卖的号。京东绑的是俺原来那个号，一八七，三幺九洞，六两五五。', '先核实一下，你京东账号绑定的手机号是多少？是不是现在接电话的这个？')).toEqual(['phone']);
    expect(read('伊的手机号码是 +65 9 1 7 3 4 0 2 8，侬自家打过去问问伊嘛', '就是你儿子，你把他的手机号报给我，我们核实。')).toEqual(['phone']);
  });
  it('a PIN\'s digits asked for by their places in figures ("digits 2, 4 and 6") and given by place', () => {
    const got = classifyInContext('2nd is 9, 4th is 1 and the 6th.. 6', { context: { caller: 'One more step to lock the account: digits 2, 4 and 6 of your 365 Online PIN please' } }).leaks;
    expect(got.map((l) => l.kind)).toEqual(['password', 'password', 'password']);
    expect(got.map((l) => l.start)).toEqual([7, 17, 33]);
  });
  it('a password said to be a birthday ("是我生日 1 1 0 9 1 4") where the line asks for it; a birthday asked for stays a date', () => {
    expect(read('知道 是我生日 1 1 0 9 1 4\n我转了98', '解冻要zfb付98元解冻金 领完皮肤一起退给你\n你妈妈支付宝密码知道吗')).toEqual(['password']);
    expect(read('我生日是 110914', '你生日是哪天')).toEqual([]);
  });
  it("a payment's receipt (\"TID\", \"confirmation QFT92LM0X1\") is none; a confirmation code the line asks for is the code", () => {
    expect(read('sent 20,000 from easypaisa, TID 0427 5519 3301. screenshot', 'Transfer to our custody account Meezan Bank 0210 4455 9910, title KT Securities, and send screenshot to me')).toEqual([]);
    expect(read('nimetuma 14,500 ✅ confirmation QFT92LM0X1', 'Total fee KSh 14,500 payable by M-Pesa Paybill 522533 Acc HASSAN. Pay by Friday to secure your slot')).toEqual([]);
    expect(read('confirmation QF2T92LM', 'read me the confirmation code we sent')).toEqual(['code']);
  });
  it('a national ID asked for by its name stays the ID, read long or from "Ammi\'s card"; a card\'s last four stay harmless', () => {
    const cnic = "Yes, beta Naveed. To release the payment, just tell me your mother's CNIC number for verification, I will enter it in the system.";
    expect(read("Walaikum salam. Ji, Ammi's card... five four four oh oh, dash, eight one two... three six seven... two one, dash, two.", cnic)).toEqual(['id']);
    expect(read("I'll give you the last four of my card, 4 4 1 9, and that's it.", 'Can you please tell me the last four digits of your social security number?')).toEqual([]);
  });
  it("the rest of a card the line says is short (\"卡号不全 后面还有7位\"); a National Insurance number begun with its letters", () => {
    expect(read('后面是 3 3 8—1 4 7 6\n身份证在我婆娘那 她去镇上了 等她回来', '卡号不全 后面还有7位 身份证号也发一下 财政系统核对要用')).toEqual(['card']);
    expect(read("Hang on, it's on my payslip somewhere... here we are. J-K, forty-four, ninety-one...", 'I just need to confirm your National Insurance number, so the payment goes to the right person, and then the sort code and account number.')).toEqual(['id']);
  });
  it('a remote tool\'s ID (RustDesk) and a transfer\'s MTCN read as a phone\'s shape are codes', () => {
    expect(read('ID 284 553 907. now it is asking accept or not', 'Sir open RustDesk and tell the 9 digit ID showing on screen, then press Accept when it comes')).toEqual(['code']);
    expect(read('sent $1000. the number is 318 442 9075. the lady at the counter ask me if I know the person', 'Yes with K. Petrov. Send me the MTCN number when done so the captain can collect')).toEqual(['code']);
  });
  it("a number the caller read out, claimed as the person's (\"is mine\"), though the line also names a case", () => {
    expect(read('yes 700314-12-5528 is mine. i only have BSN and Maybank', 'Your IC 700314-12-5528 is linked to a money laundering syndicate. This case is SULIT, do not inform anyone. Confirm this is your IC and which banks you have accounts with')).toEqual(['id']);
  });
  it('a code the line asks for while money "goes back into your account" is the code; the account is where money goes', () => {
    expect(read('Okay, okay, wait... it came. It says... eight four two...', "I will send a reversal code to your phone from BSP. When it comes, read it to me, and the one thousand eight hundred fifty goes back into your account.")).toEqual(['code']);
  });
  it('harmless look-alikes: a sum said back in digits, a text\'s sender\'s start, a licence\'s expiry year first', () => {
    expect(read('Six eight five oh? Sharon does all that through Xero, mate.', "The supplier's chasing the deposit, six thousand eight hundred and fifty. They've changed banks, so I'll text you the new details")).toEqual([]);
    expect(read('短信是来了，一个幺零六九开头的号发的……这网址咋长得怪模怪样的', '链接我这就给您发过去了，您看一下短信。')).toEqual([]);
    expect(read('等下 我开店宝app里咋没看到啥提醒\n资质那一栏显示“正常” 有效期到2026.03', '链接里填号码就行 填完会收到一条验证码 也填进去 就认证完成了')).toEqual([]);
  });
  it('a password named in a reply before does not run on into words of this one where the line now asks for a code', () => {
    expect(inCall(['Login to Maybank2u and tell me the username and password', 'Received. You will get a TAC from Maybank now, send it to me quickly'], ['ok username is jenny_pnpg and password Kinabalu@70'], 'wait the TAC sms says transfer RM 48,000 to MUHD FAIZ. you said it is for protection??')).toEqual([]);
  });
});

describe('the written calls of round 45: a sort code said back, where a harmless number is kept, numbers rung back, a PIN\'s rest', () => {
  it("a sort code the caller read out in hyphened words, said back, is the caller's", () => {
    expect(read("Oh-four double-oh seven-five... hang on, our Liam's just come in from work, I'm gonna ask him, he does all this.", "I need you to send back six hundred and eighty-four to our reconciliation account, otherwise it gets flagged as fraud against your name. Sort code's oh-four, double-oh, seven-five.")).toEqual([]);
  });
  it('a harmless number\'s name, then where it is kept, then the number ("Acknowledgement number I have written in my diary...")', () => {
    expect(read("Very good. Acknowledgement number I have written in my diary... three one two, four oh seven, five five. I'll bring everything.", 'For release you have to come to the station with your bank passbook, Aadhaar copy and the acknowledgement number of the complaint.')).toEqual([]);
  });
  it('a number the person rings back on, "your usual mobile", "your old one"', () => {
    expect(read("Sir, sorry, I'll just call you back on your usual mobile, the oh seven seven one I have saved. One minute, Sir.", "Nirosha, there's no time for all that. I am authorising you. Do it now and I'll sign when I come back.")).toEqual([]);
    expect(read('£640?? thats a lot jord. let me just ring your old one first, 07825 114 903', 'can u pay it for me and ill send it back monday? ill send u the landlords details')).toEqual([]);
  });
  it("a Bangladeshi NID by its name is an ID", () => {
    expect(read('walaikum assalam. ok. NID 461 722 8890. photo I will send when I go home', 'We can give 3 lakh taka business loan. Please send your NID number and photo.')).toEqual(['id']);
  });
  it("the rest of a PIN the line asks for, said to be a birthday (\"后面还有0817 我生日\")", () => {
    expect(read('哦 后面还有0817 我生日 你再试试', '登不上啊 提示密码错误 后面还有吧')).toEqual(['password']);
  });
  it('a round sum sent to someone, in a question why a PIN is wanted, is none; a code sent stays the code', () => {
    expect(read("wait. why you need my MPIN to send me 1000? I'm closing this and uninstalling", 'Press allow and then enter your MPIN, I will not see it.')).toEqual([]);
    expect(read("ok I'll send you 482913 now", 'read me the code')).toEqual(['code']);
  });
  it('a sum in thousands whose hundreds are half read ("forty-nine thousand nine hundred ninety-nine")', () => {
    expect(read("Wait, this message is saying 'transaction of rupees forty-nine thousand nine hundred ninety-nine'... this is not KYC!", 'One more OTP will come, system needs double verification, please tell that also.')).toEqual([]);
  });
});

describe('the written calls of round 46: an old number rung, a code in chat letters or Cantonese, a receipt, a vehicle\'s number', () => {
  it('the caller\'s old number the person will ring ("那我给您原来那个号打个电话哈 138尾号2296那个") is none of theirs', () => {
    expect(read('那我给您原来那个号打个电话哈 138尾号2296那个', '钉钉我手机上没装 来不及了 你先转 回头我给你补签字 出了事我担着')).toEqual([]);
  });
  it('a code named in chat letters ("yzm") or begun with its rest unreadable, and one that came, in Cantonese, then broken off', () => {
    const line = '领的时候会有个验证码 发我这边核对一下';
    expect(read('yzm 三八一 后面几位看不清 屏幕摔裂了[捂脸]', line)).toEqual(['code']);
    expect(read('验证码 三八一 后面几位看不清', line)).toEqual(['code']);
    expect(read('来了来了……係，四、七、二……等阵先', line)).toEqual(['code']);
  });
  it('an M-Pesa receipt ("SIK4TR9QP2 confirmed") and a vehicle\'s number are none', () => {
    expect(read('i have sent. the message says SIK4TR9QP2 confirmed', 'Send the KES 8,000 to our verification Paybill 522318, account 4021. It is refunded to you together with the loan within 10 minutes.')).toEqual([]);
    expect(read('Link came. Fastag dash kyc dash nhai dot in. Okay, vehicle number I typed, KL zero eight B Q... card also I put. Now it is asking OTP.', 'I am sending one link by SMS, open it and update KYC, enter your vehicle number and your debit card for one rupee verification. Then you will get OTP.')).toEqual([]);
  });
});

describe('words between a label and its value, put back (they cost no time: docs/reader.md, "A try not kept")', () => {
  it('a code that "came" ("码来了"), read with corrections, is the code', () => {
    expect(read('零钱有三百多块。码来了，是二八五，六……六幺……不是，六七幺。', '您点钱包，看一下零钱余额有多少，然后我这边会给您发一个关闭验证码，您收到念给我。')).toEqual(['code', 'code']);
  });
});

describe('the written calls of round 47: numbers rung or forwarded to, a number set right, hours, a phone that keeps a thing', () => {
  it('a number a text is forwarded to, or a firm rung by its name right before its number, is none of the person\'s', () => {
    expect(read('£49 up front for a loan? lad at the depot got done exactly like that. forwarding the lot to 7726 and blocking you', 'A one-off £49 insurance fee secures your loan today.')).toEqual([]);
    expect(read('my roommate says this is the loan fraud from the news. i am calling bkash 16247 to stop it', 'Please do it again with Payment option, Tk 5,000 again.')).toEqual([]);
  });
  it('a number said not to be the caller\'s ("this 0996 741 220 isn\'t saved as yours"), or a scammer\'s WeChat\'s, is none', () => {
    expect(read("Madam this 0996 741 220 isn't saved as yours, and you are the one who always says never skip the portal. Is this really you?", 'Just do it and keep it between us for now.')).toEqual([]);
    expect(read('是有个说是天津海关的 让我加他微信配合调查 号码是00852 6173 2290 我还没转钱', '【天津市反诈中心】请不要向任何人转账，不要透露验证码。')).toEqual([]);
  });
  it('hours said as a span ("eight to eleven"), or a sum said back to a line that names "the first one", are no code', () => {
    expect(read('Monday seventeenth, eight to eleven. Okay ma. The drops, I\'ll bring both.', 'You can come Monday, the seventeenth, morning between eight and eleven.')).toEqual([]);
    expect(read('again? the 38 is already gone from my Steward Bank account, I saw the sms.', 'Payment failed. Try once more with the EcoCash option, USD 38 again. The first one will be reversed.')).toEqual([]);
    expect(read('the code is eight to one four', 'read me the code')).toEqual(['code']);
  });
  it('an ID "in the phone" is no phone\'s number; "mobile money" names no phone', () => {
    expect(read("Okay, I'll cooperate. Aadhaar is... wait, it's in the phone... four-seven-eight-two, six-six-zero-one... and, ah, nine-three-five-four.", 'Your Aadhaar is linked to a money laundering case. For your protection I need to verify it.')).toEqual(['id', 'id']);
    expect(read("My mobile money? Okay, okay... it's 5 8 3... no sorry, 5 8 8, 1 2 0.", "I'm Africell staff, so it's fine to give me the PIN. If you don't, your line will be cut tonight and your mobile money also.")).not.toContain('phone');
  });
  it('a reading set right or begun again is of one secret, of one kind', () => {
    expect(read('实名的咯。手机号是一八九，七三拐洞，五二一六……哦不对，五二六一，六一结尾。', '填一下名字、身份证、手机号。对了，您这个号码是本人实名的吧？您报一下手机号，我先备注。')).toEqual(['phone', 'phone']);
    expect(read('四三幺洞……四三幺洞二六，一九五八，洞七……洞七二三，后头是幺幺拐，X。', '对，你一边输一边念给我听，我这边同步帮你核对，免得输错了。').every((k) => k === 'id')).toBe(true);
    expect(read("My cell is 205-339-1178. No, 1187. The eight and seven, I always flip them.", 'We\'ll also need a phone number where we can text you the confirmation.')).toEqual(['phone', 'phone']);
  });
});

describe('the written calls of round 48: a helpline, a short code texted, the caller\'s old number asked about', () => {
  it('a number named as the only helpline, or one a text was sent to ("sent my CNIC to 8500"), is none', () => {
    expect(read('na. my husband just came home, he says bKash never calls on whatsapp and 16247 is the only helpline. i am closing the app', 'Now type your PIN on the screen, we will reset it.')).toEqual([]);
    expect(read('Bilal sent my CNIC to 8500 like the TV advert. reply came card is active, 4 family members. you are fraud', 'If the card is blocked you will pay for the operation yourself')).toEqual([]);
    expect(read('Sure, send it to 773-590-2861.', 'What cell number should we send it to?')).toEqual(['phone']);
  });
  it('the caller\'s old number asked about ("你原来那个号是139 3887后面2206吧") is none of the person\'s', () => {
    expect(read('你原来那个号是139 3887后面2206吧 我给你打过去', '在开会不方便打电话 你转到我表哥卡上就行 建设银行 6217 0028 7000 3316 542 王小勇 明天一早就还你')).toEqual([]);
  });
  it('a waybill\'s number with where it is kept between ("The waybill number on my email is, uh, …") is none', () => {
    expect(read("I'll bring my driver's licence. The waybill number on my email is, uh, seven-two-oh-oh-four-one, if you need it.", 'Just bring a photo ID, we check it against the waybill, that\'s all.')).toEqual([]);
  });
});

describe('the written calls of round 49: a police line rung, the number that rang, the caller\'s own said back', () => {
  it('a number the person will ring themselves ("call the Whitehorse detachment myself, six-six-seven…") is none', () => {
    expect(read("Nope. I'm gonna call the Whitehorse detachment myself, six-six-seven, five-five-five-five, and ask them if there's any warrant.", 'Do not hang up and do not contact anyone, this is a sealed federal matter.')).toEqual([]);
  });
  it('the number that rang, asked for by whoever takes the report ("the number they rang from"), is none', () => {
    expect(read("Hang on, it's in me recent calls... here. Oh-two, eight-one-five-oh, four-four-seven-one.", "Good on you. Have you still got the number they rang from? I'll add it to the report.")).toEqual([]);
  });
  it('the caller\'s own number asked about ("您这个号码是 0755 2368 1190 吗？") is none', () => {
    expect(read('转么事公安局？你这个号码是幺拐洞，幺两三幺……打过来的，电信客服么样用个手机号打？', '我现在帮您转接到武汉市公安局江汉分局，您跟警官说明情况。')).toEqual([]);
    expect(read('6216 6101 0000 3758 442，宏达贸易……记下了。您这个号码是 0755 2368 1190 吗？', '审批回来补，你先转，账号 6216 6101 0000 3758 442，户名深圳市宏达贸易有限公司。')).toEqual([]);
  });
});

describe('the written calls of round 50: a code begun in a chat message, a remote tool read over pauses, pieces of the card asked', () => {
  it('"code is 583" as a message ends, answering a request for the code, is its first half; "The code is 537," said whole is not', () => {
    expect(read('ok downloaded it. code is 583', 'Read me the code we just sent.')).toEqual(['code']);
    expect(read('装好了 卡号输进去了 验证码是359', '您好 我是反诈中心专员 安装安全版后打开 按提示输入您的银行卡号和手机收到的验证码 进行资金保护认证')).toEqual(['code']);
    expect(read('The code is 537,', "What's the code?")).toEqual([]);
    expect(read('zip code is 902', 'Read me the code we just sent.')).toEqual([]);
  });
  it('the nine-digit number a remote tool shows, asked for by its length and read over pauses, is a code', () => {
    const callers = ["Hello, this is Ryan calling from BT technical department. Your internet IP address has been compromised by hackers overseas.", "Go on the Play Store and download AnyDesk, it's the red icon, it's the support tool we use.", "That's normal, just press allow on all of them. Then at the top there's a nine-digit number, read me that out."];
    expect(inCall(callers, ['Whit do I need tae do?', "Right... hing on, it's downloadin'."], "Allowed, aye. The number's... one four two, eight oh six... nine nine one.")).toEqual(['code']);
  });
  it('the password under a tool\'s ID read out over pauses is the tool\'s, a code', () => {
    const callers = ['BT Broadband Security: your home router has been hacked and your bank details are at risk. Are you near your computer now?', 'Go to www.teamviewer.com and download QuickSupport, then tell me the ID and password it shows so I can remove the hackers.', 'Thank you Mrs Edwards, and the password underneath?'];
    expect(inCall(callers, ["Yes I'm sat at the laptop now.", 'Right. It says Your ID 1 487 ... 220 ... 915'], 'password is k7 then a little m then 4 x 9. is that a capital X or little, its little')).toEqual(['code', 'code']);
  });
  it('a Sri Lankan NIC named before a pause is an ID, not a card', () => {
    expect(read('NIC... six eight one, two four five, seven seven oh, V.', 'To register you now I need your NIC number and the bank account where the money should go.')).toEqual(['id']);
  });
  it('a PIN asked "so system can match your account" asks for the PIN, not the account', () => {
    expect(read('ok the first two digits are 7 3', 'Now final step, your bKash PIN so system can match your account. Just tell me, I will input for you.')).toEqual(['password']);
  });
  it('pieces of the card the line asks for stay the card, or the ID the ID, whatever it names last', () => {
    expect(new Set(read('卡是农商银行个，六二三幺，五八零七……等一记，后头有车在打喇叭……四幺九三，两六八八。', '您别急，点短信里的链接，填一下车主姓名、身份证号，还有绑定ETC扣费的银行卡号和预留手机号，提交就完成重新认证了。'))).toEqual(new Set(['card']));
    expect(new Set(read('我这个老年机，点不开链接哦。我医保卡号念给你嘛，是……一零零二，三七八五……', "您用手机打开我们发给您的链接，进'国家医保服务平台'，输入医保卡号和身份证号，再绑定一张银行卡解冻。"))).toEqual(new Set(['id']));
  });
  it('a number a text is being sent to, or a text sender\'s start, is none', () => {
    expect(read('Bilal says sehat card is checked by sending CNIC to 8500, not like this. we will go to the DHQ hospital counter tomorrow', 'Quickly tell the code, it expires in 2 minutes.')).toEqual([]);
    expect(read('短信係收到咯……发个号码係一零六九开头个，唔似医保局个号码哦。', '链接我已经发过去了，你打开看一下。')).toEqual([]);
    expect(read('It came from a number starting with 1069, weird', 'Read me the code.')).toEqual([]);
    expect(read('1069', 'Read me the code.')).toEqual(['code']);
  });
});

describe('the written calls of round 51: a code begun and cut off, keyed in as said, numbers the person will call or was called from', () => {
  it('a code\'s first digits read one by one and cut off ("with you in a sec", "……汝等一下") are a part of it', () => {
    expect(read('Hang on, hands are all batter... yep, got it. Eight two... four... with you in a sec, love! ...sorry, eight two four.', "I've just sent a verification code to your phone, it's six digits. Read that back to me and I'll lock the number.")).toContain('code');
    expect(read('又来一条……五、八、八……汝等一下，我老妈问我跟底侬讲电话。', '阿公，刚才那个码您念错了一位，系统没通过。我重新给您发一条，您慢慢念，一个一个念。')).toEqual(['code']);
  });
  it('a PIN keyed in as it is said ("我按，三、八、六……") is a part of it', () => {
    expect(read('输密码哦……要得，我按，三、八、六……等哈，按错了一个……', '您听到提示音以后输入您的取款密码，系统核对完就解冻了。')).toEqual(['password']);
  });
  it('a new SIM "that cannot get texts" is no bank card, and "6位的" asks for the code', () => {
    expect(read('来了来了 736 2..等下 我妈喊我吃饭', '哎呀别问了 新卡还没激活 收不了短信 快点 发过来了没 6位的')).toEqual(['code']);
  });
  it('numbers the person will call, was called from, or asks the caller about are none', () => {
    expect(read('lemme call BTC on 225-5282 and ask them bout this promo first', "Sorry sir, BTC policy, fees can't be deducted from prizes for tax reasons.")).toEqual([]);
    expect(read("Yeah, got a text, reckoned it was spam. What number's this, oh four double-one...? Mate, I'm in Hedland.", 'We sent you an SMS with the payment link, did you get that?')).toEqual([]);
    expect(read('Passbook... yes, number is there, zero four six one, two three two... something. I will call that and then come Saturday morning.', 'The branch number is printed on your passbook if you want to check first.')).toEqual([]);
    expect(read('我前天也接了一个 说是农业局的 我没理他\n号码是0912-3356 7801 你看是不是这个', '前两天有人冒充镇农经站的给几户打电话 说补贴要补登记 让报身份证和卡号 大家千万别报 接到了跟我说一声')).toEqual([]);
    // (a call taken names no number the person then calls their own)
    expect(read('我接到一个电话，我电话是13812345678', '请问您的手机号')).toEqual(['phone']);
  });
});

describe('the written calls of round 52: a sign-in\'s "security code", a sort code after fillers, numbers the caller gave or the scammers use', () => {
  it('a "security code" a sign-in sends by text is a one-time code, not a card\'s', () => {
    expect(read('Aue, you always losing things. Okay wait... yes, a text just came. It\'s four seven two...', "I'm logging into my Facebook on my new phone and I put your number by mistake for the security code. It will come to you now, six numbers. Can you send it to me or just read it?")).toEqual(['code']);
    expect(read('the security code is 482', "What's the expiry date and the security code on the back of the card?")).toEqual(['card']);
  });
  it('a secret named with fillers before its digits is of its name: the sort code\'s, the Medicare card\'s', () => {
    expect(read("Right, it's come through. Name's in, birthday... account number, eight five, two oh, one one, four seven, and the sort code's, er, thirty, nineteen, seventy-one. Pressed submit.", 'I\'m texting you a link now, you just open it and put in your name, date of birth and your bank details.')).toEqual(['card', 'card']);
    expect(read("Righto. Do you need me Medicare number? I've got the card here, it's two six oh one, four...", 'Can you bring your glucose meter and your tablets in their boxes?')).toEqual(['id']);
  });
  it('the caller\'s numbers said back one after another, or the scammers\' number told to whoever warns, are none', () => {
    expect(read("Four two seven one. Oh one four one, four nine six... No. I'll phone 101 myself from the house phone.", "It's four two seven one, Govan. You can call me back on oh one four one, four nine six, two two eight three, ask for DC Fraser.")).toEqual([]);
    expect(read('好的好的 他们昨天还发微信让我今天去签合同 我不去了 他们那电话是0311-8977 4026', '对方再打来您别接，也别给他们说银行卡号和验证码。')).toEqual([]);
    expect(read('我老公在家 他电话是13912345678', '请提供一个家属电话')).toEqual(['phone']);
    expect(read('好，我收车了就拍乞汝。汝这个号是幺八九洞……后面几个我开车看无清，等下我翻通话记录加汝。', '加我微信发给我，我今天就给您走审批。我微信就是这个手机号。')).toEqual([]);
  });
});

describe('the written calls of round 53: a code read off a text, a mobile wallet\'s number, numbers named before or as a line\'s start', () => {
  it('a code\'s three digits read one at a time off the text are a part of it; the card\'s where the line asks for the card\'s code', () => {
    expect(read("Right. It says, er, 'Lloyds, your code is' seven, four, nine, and then summat about never share this code.", "Our system'll send you a one-time passcode by text in a second, just read it out to me.")).toEqual(['code']);
    expect(read("Um, 4929... 1283... 5517... 6602, it runs out in July of '27, and the code is four-one-nine.", 'The number, expiry, and code from the card, please.')).toEqual(['card', 'card']);
  });
  it('a mobile wallet\'s number is the phone\'s; "My number?" before digits names the phone asked', () => {
    expect(read('done, screenshots sent. name Abdul-Rahman Issahaku, MoMo 024 571 8836', 'Send your MoMo name and number.')).toEqual(['phone']);
    expect(read('My mobile money?', 'Send your MoMo name and number.')).toEqual([]);
    expect(read('My number? Oh seven seven, four one... wait. My son is saying it is a cheating call.', 'Then give me your number, I will link it to yours and the OTP will come to you instead.')).toEqual(['phone']);
  });
  it('a card begun in fours to a fee taken over the phone is the card; eight digits with no trunk\'s 0 to a line asking the ID and a phone are the ID', () => {
    expect(read("Och, just do it with you now. Hold on till I get my purse out of the good handbag... Right. It's four six five nine, three one oh two...", "I can process the new GHIC for you now over the phone. It's a nineteen ninety-nine processing fee and it's posted out in five working days.")).toEqual(['card']);
    expect(new Set(read('mine is 22407195. no sorry 22407159. Wambui\'s card I have to look for, she is at the shamba', "Send your National ID number, your wife's ID number and the M-Pesa number to link for contributions."))).toEqual(new Set(['id']));
  });
  it('a harmless thing\'s long number offered, and a line named by its start, are none', () => {
    expect(read("Yes sir, that's me. I have the acknowledgement number here if you need, three one two oh four, oh oh seven five, eight one six two.", 'This is about the complaint you registered on the cybercrime portal on the twelfth.')).toEqual([]);
    expect(read('Tunde is here now, he says MTN does not collect money for promo and their promo messages come from short codes not 0902 number. he says I should not pay', 'Pay to Access Bank 0791224560, MTN Promo Claims.')).toEqual([]);
  });
});

describe('the written calls of round 54: a sum in a bank\'s text, a wallet and a card named, a code begun in Chinese, the caller\'s number in Cantonese', () => {
  it('a sum with its currency in a code\'s text, and a card\'s "valid to" date, are none', () => {
    expect(read("the message say 'OTP for USD 487.00 at MERCH-PAY LTD'. That is not no 12 dollars!!", 'A one time code will come from your bank, send it here to confirm the EC$12.50.')).toEqual([]);
    expect(read("Expired? No it hasn't, love. I've got it right here, says valid to oh-nine twenty-seven.", "Our system's showing your current Medicare card has expired, and the replacement can't be posted until you confirm your details.")).toEqual([]);
  });
  it('a bKash number is the phone\'s; a card begun at a bank named is the card, not the ID the line names last', () => {
    expect(read('done ✅ [3 screenshots]. bkash 01734 582916', 'Then send your bKash number to receive 150 taka')).toEqual(['phone']);
    expect(read('农行的 6228-4801-2283-9\n打错了打错了 是6228-4801-2238-9561-079\n藤县支行', '您把领补贴的银行卡号、开户行和您本人身份证号发我，我这边给您录入系统')).toEqual(['card', 'card']);
  });
  it('a code\'s digits typed one by one, then a break in Chinese, answer a line whose phone is one bought', () => {
    expect(read('收到了 4 7 9\n等下 短信写的是“您正在登录闲鱼账号，验证码请勿告诉他人”？？', '新号都这样 平台防骗的 我上回买手机也是这样弄的\n你看下收到没 6位数')).toEqual(['code']);
  });
  it('the caller\'s old number asked about in Cantonese is none', () => {
    expect(read('唔系我死板啊……你旧嗰个号唔系一三八，二七六五，四四幺七咩？跌落水都补得返张卡㗎。我而家打过去睇下先。', '钉钉我喺外面登唔到啊，唔好咁死板，我返嚟补。你转咗先。')).toEqual([]);
  });
});

describe('the written calls of round 55: numbers the caller texts from or a firm answers on, a code seen in Chinese', () => {
  it('the number a text came from, a firm\'s helpline, and a mobile number named by its start are none', () => {
    expect(read("my PIN? they tell us at the branch never give PIN to nobody. and this number you textin from, +1 242 813 5590, aint no Scotia number", 'Please send the full 16 digits and your PIN so I can block the Florida device.')).toEqual([]);
    expect(read('bKash helpline is 16247, they dont message from a 01893 mobile number. OTP dibo na bhai, I know this game', 'It is from Daraz bhai, refund of your old order. Code is coming now, 6 digit, read it to me fast')).toEqual([]);
  });
  it('a code\'s digits typed after "看着了" answering a request for the code are a part of it', () => {
    expect(read('等会儿啊 老花镜没戴…\n看着了 4 8 1', '您打开支付宝，搜“备用金”点开通，系统会给您发个验证码，您把验证码发我这边，我帮您绑定理赔通道')).toEqual(['code']);
  });
});
describe("the written calls of round 56: numbers rung or read back, a prefix named, a mobile broken into, sums topped up", () => {
  readsEachInCallAs([
    ['Thanks Gwenllian. We\'ve declined the payment and blocked that card to keep your money safe. A replacement will arrive in 3-5 working days. If you\'d like to talk to us, please call the number on the back of your card. We\'ll never ask you to move money.', ['Barclays: Did you just try to pay £389.99 to CURRYS ONLINE with your debit card ending 4417? Reply Y if it was you or N if it wasn\'t. We\'ll never ask for your PIN, passcode or full card number by text.'], ['N'], 'Thank you. I\'ve just rung 0345 734 5345 off the back of the card and a very patient young man confirmed it is all blocked. Diolch yn fawr.', []],
    ['Shop card is blocked, long story with the bank. I\'m in a meeting with the owners now and can\'t talk. Just do it quick please', ['Hi Marisol its Johnny. This is my new number, my phone went in the water at Fort Bay this morning 🙄 You at the shop?', 'Good. Need a quick favour. Get 5 Apple gift cards of $100 from Big Rock Market for the charter guests, they want them as tips before they fly out tonight. Scratch the backs and send me photos, I pay you back Friday. Keep it between us, don\'t want the others asking 😅'], ['Morning boss! yes at the desk, the 10 o\'clock divers just checked in', '$500 for tips?? Why not just put it on the shop card like always'], 'I\'ll give your old number a ring first, 416 3378, it was ringing fine when I tried it at 9', []],
    ['Sir your pension account ending 0917. SBP new directive requires re-verification every 6 months. Kindly share the card number and CNIC so our officer can complete it remotely, otherwise your pension will not be credited this month.', ['HBL ALERT: Dear Customer, your account has been temporarily BLOCKED due to pending biometric re-verification as per SBP directive. To unblock call our officer at 0306-5518842 or reply with your debit card number and CNIC.'], ['I did my biometric at the Jhelum Cantt branch in March. Which account is blocked? I have two.'], 'Young man, you will get neither my card number nor my CNIC. HBL\'s own number is 111-111-425 and I am ringing it now.', []],
    ['That is our verification system, normal. Deposit the RM1,500 within 30 minutes or your application is cancelled and you are blacklisted in CTOS.', ['Hi Jason, this is Rachel from Kredit Kilat Sdn Bhd. Your loan application of RM15,000 from our Facebook form is APPROVED ✅ Only 2.5% interest. Which bank should we disburse to?', 'Congrats Jason! Before disbursement our system must check your account flow. Please log in to Maybank2u through our secure portal kredit-kilat.my/m2u and send us your username and password so the system can verify.', 'Thank you. System shows the account number was keyed in wrongly, so your RM15,000 is now frozen. To unfreeze, deposit RM1,500 into our verification account to show repayment ability. It will be returned together with the loan.'], ['wah so fast. Maybank. for my wedding in Dec 😅', 'username jtiong88, password Durian@2019.. eh no i changed it last month, Durian@2024', 'wait maybank just sms me \'new device registered to Maybank2u\'. you all using my password ah?? scammers'], 'blacklist me lah. calling maybank 1-300-88-6688 now to freeze everything and change password. dont msg me again', []],
    ['Yes sir! To release your prize a $75 processing & delivery fee is required. Buy 3 BTC top-up cards of $25 and send the PIN numbers here. Prize delivered to Marsh Harbour tomorrow.', ['BTC Customer Appreciation 🎉 Congratulations! Your number was selected in our Abaco Rebuild Draw. You have won $5,000 cash + a Samsung Galaxy S24. Reply CLAIM to receive your prize.'], ['fr?? 😳 5 grand??'], 'why cant yall just take the 75 out the 5 grand', []],
    ['你有这个警惕是对的。我们不会在电话里要你转钱，也不要你报卡号、验证码。你报案回执上有我们所里的值班电话，你可以自己打过去问，找贺警官。', ['喂，是李志勇吧？我是大祥区公安分局城西派出所的民警，我姓贺。你上个月十二号来所里报的那个刷单被骗八千三的案子，我们追回了一部分，三千二百块。'], ['追回来哒？……你莫又是来骗我的啵？上回就是打电话讲返钱骗起走的。'], '要得，回执我找到哒，上头是零七三九开头的那个座机吧？', []],
    ['没事 有多少先转多少 剩下的找朋友借一下 流水做够就行\n今天下午五点前不做的话 额度自动收回 还会上报征信 以后哪家都贷不了', ['张鹏您好，我是【度小满金融】信贷审核员，工号DX0371😊\n您在我们平台申请的 80000 元借款已初审通过，年化3.6%，分36期，月供2300左右\n请提供一下收款的银行卡号，绑定后放款', '好的 后面几位也发一下哦 卡号要完整才能绑定', '收到✅\n系统提示：您的银行卡流水不足，放款失败，80000元已被冻结在审核账户😟\n需要您做一笔流水，验证还款能力，转8000到下面的监管账户，验证完跟贷款一起打给您\n户名：郑州鑫汇商贸有限公司\n账号：4100 1523 0100 5069 8877\n开户行：河南省农村信用社'], ['中 建行的 6217 0025 1003 先发前面这几位 后面的我去宿舍拿卡看一下', '0987 4462 13 就这些了', '8000？？俺要有8000还贷啥款啊😂 卡里就剩三千多'], '那俺先转三千 账号是4100 1523 0100 5069 8877 对吧', []],
    ['半小时来不及 你手机银行就能转\n我在包间 电话不方便接 出了事我担着', ['小周 我顾建华 这是我新qq 原来那个不怎么用了 加一下', '我在上海跟客户吃饭 说话不方便\n宁波那家刷丝供应商的货款 今天要先付38万\n账号我一会儿发你', '审批回头我补 客户这边催得紧 你先付\n这事先别跟王会计说 她嘴碎'], ['顾总好😊 已通过', '顾总 38万比较大 按流程要走钉钉审批 您在钉钉上发起一下 我这边马上付', '我这会儿在建行柜台排队办社保的事 半小时以后回厂里弄'], '我刚打了顾总手机 就是135那个 他说他就在楼上办公室 根本没去上海 你到底是谁😠', []],
    ['行 听哥的 充完截图给我 我帮你下单', ['国庆哥 早安☀️ 昨晚梦见你带我去看海了 北戴河的海是不是特别蓝呀💕', '好呀😘 等我忙完这阵子\n对了哥 我舅舅在香港做黄金期货的 最近有内部数据 我跟着做了一礼拜赚了四万多 [图片]\n你要不要也试试 以后咱俩结婚的钱就有了', '很简单的 下载这个平台 金盛国际 jsgj-app.com\n我舅舅说是香港持牌的 很安全\n你先充一万试试 我带你操作'], ['早啊宝贝 等你来了带你去鸽子窝看日出 包吃包住 哈哈', '四万？这么多 这咋弄的 我不懂这个', '一万有点多 先充三千试试'], '充好了 3000 你看下', []],
    ['真的，好多宝妈都在做。您先用手机号在我们的任务平台注册，我把链接短信发给您。您手机号是现在这个吗？报一下我帮您登记。', ['喂，您好，是钟女士吧？我这边是抖音电商推广部的，看您之前在平台上浏览过宝妈兼职的信息。我们现在招在家做点赞关注的兼职，一单三块，一天做两个钟能拿一两百，不收押金。'], ['点赞就有钱？真个假个啊……𠊎两个细人仔在屋下，出唔得门做工，若系真个就好哩。仰般做？'], '系这只号。一五幺，两三八拐……细妹，莫吵！……四洞勾六。', ['phone']],
    ['收到没 收到没\n快点 几分钟就失效了', ['在不在 急！！！', '我qq被限制登录了 要好友辅助验证😭\n一会儿有个yzm发你手机上\n你把那6位数发我就行 求求了🙏'], ['在 咋了 xswl你咋这么急', '哦哦 好 等下'], '收到了 4 8 2... 等下 短信上写的是 您正在进行手机号换绑 ？？', ['code']],
    ['Thank you Rra. We need all 9 digits please, then press Accept when it asks.', ['FNB Botswana Fraud Dept: Dumela Rra Kagiso. We detected a login to your online banking from a new device in Johannesburg at 02:14 this morning. Was this you? Reply YES or NO.', 'Don\'t worry Rra, we will secure your account. Please install AnyDesk from Play Store so our technician can check the phone, then send us the 9 digit number it shows.'], ['NO. I was sleeping at the cattle post. What must I do', 'My niece Boitumelo put it for me. The number is 482 119'], '073. Now it says allow full control of this device. Boitumelo is asking why the bank wants to control my phone', ['code']],
  ]);
});

describe("the written calls of round 57: a wallet's number, a card's rest after its start read back, an ID said twice, a label in Min", () => {
  readsEachInCallAs([
    ['Still here, Paddy. Four-six-five-nine, three-one-two-oh, eight-eight. Then?', ['Hi, Patrick? Mark Harrington here, senior account manager with Quantum Edge Capital in London. You left your details on our page on Sunday evening, about the Bitcoin trading, the one from the Martin Lewis article. Have you got five minutes?', 'It\'s very real, Paddy. Our AI platform trades the movements for you, and our clients are averaging between thirty and forty percent a month, zero risk, because the system uses stop-losses. To open the account it\'s a minimum deposit of two hundred and fifty pounds, and I\'ll manage it for you personally.', 'Simple. I\'ll take the card payment over the phone now and set up your login. Can I get the long number on the front of your debit card?'], ['Aye, I seen that thing on the Facebook. Was it real, like, or is it one of them scams? The fella turning two hundred and fifty into eight grand.', 'Thirty percent a month? Sure the credit union gives me about nothin\'. Right, two-fifty, I could do that, I\'ve a car on the ramp but go on. How do I pay it?', 'Hold on till I get the wallet out of the jacket... Right. Four six five nine... three one two oh... eh, eight eight... you still there?'], 'Eight eight four oh, and the last bit\'s seven one one six. Expires oh nine twenty-eight.', ['card']],
    ['I\'m sorry sir, the tax has to be cleared first, it\'s the Reserve Bank rule. Many winners from Nadi already claimed today. Also, which number is your M-PAiSA wallet registered to, is it this one or a different number?', ['Bula, good afternoon! Am I speaking with Mr. Sanjay Prasad? This is Ana calling from Vodafone Fiji, M-PAiSA promotions department. Congratulations, sir! Your number has been selected in our Bula Bonanza draw and you\'ve won five thousand Fiji dollars cash!', 'Vinaka, sir. All active M-PAiSA customers are automatically entered, so you didn\'t need to do anything. To release the prize we just need a registration and tax fee of one hundred and eighty dollars, which you send by M-PAiSA to our promotions agent. Then the five thousand goes straight into your wallet within one hour.'], ['Eh? Five thousand dollars? What draw is this, bhai? Hold on, let me pull the van over.', 'One eighty... Bhai, I\'m a driver, eh, one eighty is two airport runs. Can\'t you take it out from the five thousand and send me the rest?'], 'Not this one, this is my work phone. My M-PAiSA is on the other one... nine two seven... four four eight one. Nine two seven, four four eight one.', ['phone']],
    ['The committee has accepted it for review. You need to come to the Secretariat in person on Monday, between nine and twelve, to room four. Bring your NIC, your bank passbook and the doctor\'s letter for your wife. You don\'t have to pay anything, and nobody will ask you for money.', ['Hello, good morning. Is this Mohamed Rifkhan from Division twelve? This is Thevaki, development officer at the Kalmunai Divisional Secretariat. I\'m calling about the Aswesuma appeal you submitted in July.'], ['Yes madam, Rifkhan speaking. Yes, I gave the appeal form, my wife is sick and the boat is not going out these months. Is it approved?'], 'Monday, nine to twelve, room four. Madam, shall I tell you my NIC number now itself, so you can check? It is one nine six nine... oh three two... four one oh seven eight. One nine six nine oh three two four one oh seven eight.', ['id']],
    ['Thank you. The transaction was declined and your card ending 7730 is now blocked. To order a replacement, call RBC on the number on the back of your card. Do not share your PIN with anyone.', ['RBC Fraud Alert: Did you attempt a purchase of USD 412.60 at BESTBUY.COM with card ending 7730 on 11-Apr? Reply Y for yes or N for no. RBC will never ask for your PIN or passcode by text.'], ['N'], 'ok. i out on the flats with clients til 4, will call them after. can i still use my scotiabank card for gas', []],
    ['MINISTRY OF AGRICULTURE AIP 2024/25: Dear farmer, you have been selected to receive fertilizer coupon (1 bag NPK, 1 bag Urea). To register reply with full name, village and National ID number. Registration closes today.', [], [], 'Zikomo kwambiri! Chikondi Banda, Kanyama village, TA Kachindamoto, Dedza. ID number is X9K4', ['id']],
    ['林先生，我们已经给您手机发了一条短信，里面有个认证链接，您点开按页面提示填一下车主姓名、身份证号和绑定扣费的银行卡号，最后输入收到的验证码，就认证成功了。', ['您好，这里是福建高速闽通卡ETC客服中心，请问是闽A车牌尾号三七八的车主林先生吗？系统显示您的ETC认证信息已经过期，今天之内不重新认证，明天上高速就会被拦截，没办法自动扣费。'], ['是我是我。过期咯？我前年正月才去办的嘛……那该怎样弄啊？我下晡还要跑一单长乐机场，袂使耽误咯。'], '短信……有咯有咯，一个链接。伊这字野细，我在开车，等红灯嘞。汝帮我填好无？卡号我念乞汝：六二幺七，洞洞三二……', ['card']],
    ['可以的林先生，我帮您在后台填。您继续念，后面还有十一位。', ['您好，这里是福建高速闽通卡ETC客服中心，请问是闽A车牌尾号三七八的车主林先生吗？系统显示您的ETC认证信息已经过期，今天之内不重新认证，明天上高速就会被拦截，没办法自动扣费。', '林先生，我们已经给您手机发了一条短信，里面有个认证链接，您点开按页面提示填一下车主姓名、身份证号和绑定扣费的银行卡号，最后输入收到的验证码，就认证成功了。'], ['是我是我。过期咯？我前年正月才去办的嘛……那该怎样弄啊？我下晡还要跑一单长乐机场，袂使耽误咯。', '短信……有咯有咯，一个链接。伊这字野细，我在开车，等红灯嘞。汝帮我填好无？卡号我念乞汝：六二幺七，洞洞三二……'], '后面是……八八四，幺九五，六六七……洞八。好咯，卡上印着的我都念了。身份证也要念无？', ['card']],
    ['去你开卡的那个银行柜台，带身份证打就可以。还有阿姨，最近可能会有人打电话给你，说能帮你追回被骗的钱，要你先交手续费，或者报银行卡号、验证码，那都是骗子，我们公安不会问你要这些。', ['胡秀英阿姨是吧？我是分宜县公安局城东派出所的彭警官，你上礼拜四来所里报的那个刷单被骗六千八的案子，我们已经立案了，打电话跟你讲下进展。', '钱我们在跟银行协调冻结，能追回多少现在还讲不好。你明天上午抽空来所里一趟，把你当时转账的截图，还有银行卡流水打印一份带过来，补个材料签个字。'], ['彭警官啊！那钱追不追得回来咯？我天天睡不着觉。', '要得，明朝上昼九点钟我就过来。流水要去哪里打咯？'], '晓得了晓得了。哎呀，昨天下午是有个人打过来，讲是么哩\'追损中心\'的，讲交两千块就能帮我追回来，我还冇理他。号码是一七零开头的，要不要报给你们？', []],
  ]);
});

describe("the written calls of round 58: a number called, an account someone else gave, an NIB begun, a mobile given as 'this number', a code after a first try taken back", () => {
  readsEachInCallAs([
    ['对，您把识别码和下面的验证码念给我。', ['喂，您好，是雷秀兰女士吗？我这边是中国农业银行客服中心的，您的农行手机银行今天要升级到新版本，旧版本今晚十二点以后就不能用了，到时候卡里的钱转不出来也收不了款。', '您别急，我们远程帮您升级。您先在应用商店搜\'向日葵\'，下载下来打开，我这边连上您的手机帮您操作。'], ['啊？今晚就伓能用了？我紫菜摊收钱都靠手机个……那汝讲怎样升级？', '向日葵……下好了，打开了，上面有蜀串数字，写个\'识别码\'。'], '识别码是……幺二三，哦伓是，幺二八，四五洞，拐拐六……下面那个……等一下，我孙子放学回来了。', ['code']],
    ['Hi Dawn, Priya from Evri Claims here. The claims page is down for maintenance this morning so I can do it for you by text. Can you confirm your full name and the mobile number you want the compensation linked to?', [], [], 'Dawn Hirst. its this number 07700 900 362', ['phone']],
    ['妈我真是小刚 狗名我记岔了 你别磨叽了 原来那个号别打了 卡坏了打不通', ['妈 是我 小刚 我手机摔坏了 这是我新微信 旧的登不上了', '人没事 妈 我这个月房租还没交 房东催好几回了 你先给我转3500 直接转房东卡上 别跟我爸说 他知道又该骂我了', '妈你先看看微信零钱和银行卡加起来够不够 不够找我姨借点 户名王丽华 卡号6228 4803 3319 6782 915 农行的 房东在门口等着呢', '妈你咋这么多事 房东是他媳妇的卡 狗叫大黄呗 快点吧我这边急死了'], ['小刚啊 咋摔的 人没事吧😳', '3500啊 妈手里哪有那么多闲钱 都在定期里', '王丽华是谁 你不是说房东姓赵 是个老爷们吗 对了 你小时候咱家那条狗叫啥', '咱家狗叫虎子 你连狗叫啥都不知道 你到底是谁'], '我打了一三九零四三五二二八七 小刚接的 在宿舍打游戏呢 你个骗子 我报警了', []],
    ['好。那个“辅导员”给您的收款账号您截个图发我，我们报上去冻结。钱没转出去吧？', ['陈姐 我是新兴派出所社区民警孙立军 反诈中心刚推过来预警 您手机今天接了好几个境外号码的电话 还装了个叫“安心会议”的app 是不是有人让您转钱？', '陈姐先别去银行！这是冒充老师的诈骗。您先用您手机里原来存的号给闺女本人打个电话，确认她在哪。那个app先卸了。'], ['是 有个说是我闺女学校辅导员 说我闺女住院了要交两万押金 我正往银行走呢', '打了 闺女在宿舍呢 啥事没有 那个app我删了'], '没转 还没来得及 截图[图片] 他给的卡号是6212 2613 0005 8827 439 户名周建平', []],
    ['Yes sir this is the Ministry of Social Services relief programme. The website is slow today so I can register you right here. Send your NIB number and date of birth.', ['GOVT OF THE BAHAMAS: Cat Island households qualify for a $1,500 Hurricane Resilience Grant. Claim within 24hrs at bs-resilience-grant.org Reply STOP to opt out'], ['This real? My roof still have the blue tarp from Dorian'], 'NIB is 1 0 4 5 7 ... hold on let me get the card out the drawer my eyes not so good', ['id']],
  ]);
});

describe("the written calls of round 59: a code after a whole mobile two replies before, the caller's number read on, a card's rest after words that break in, a card offered by name, a deposit's sum", () => {
  readsEachInCallAs([
    ["那个是系统显示，您不用管，领出来之后我们后台会自动帮您还掉，不收您一分钱利息。您点'立即领取'，系统会给您发一个六位数的验证码，您念给我，我帮您绑定理赔通道。", ['喂，请问是林秀珠林女士吗？我这边是拼多多售后理赔中心的，工号幺洞拐三。您这个月五号买的那台九阳空气炸锅，厂家通报说这一批次温控有问题，有起火的隐患，我们这边要给您办理退款，另外按三倍货款给您赔偿。', "您别着急，因为是厂家直赔，走的是支付宝的理赔通道。您先打开支付宝，首页搜'备用金'，点进去，系统会先把理赔款六百八十四块打到您的备用金里，您看到了跟我说一声。", '对对，就是这个账号。您点进备用金那个页面，是不是显示额度了？显示多少？'], ['哎呀，会起火？我买来正用无几摆，放在厨房底块……三倍？咁好？那爱障生退？', '等下，我戴个老花镜……支付宝啊，我个支付宝账号就是我个手机号，一三五，幺拐……唔是，一三五拐幺，四四洞八，勾六。汝看下是唔是这个？', "有，写两千块……但是伊底下写'借款'，还有'日利率'喔，这是借钱个物件呀？"], '噢……来了，我念乎汝听哦：八、三……（阿弟，汝去顾下店，有人爱买鱿鱼）……三、洞、拐、五。', ['code']],
    ['小应啊，我胡总，我原来个手机今日落到水里，弗好用了，尔先存记这个新号。我等记要尔帮我办个事干。', [], [], '胡总啊？尔个声音样般有点哑哑个……好个，我存起来。尔这个号是幺三八，洞五拐勾，后头几位是两四……两四六一是吧？', []],
    ["你先下载一个叫'星推'的APP，是我们内部的任务平台，应用商店搜不到的，我发链接给你。注册好了先做三单点赞试一下，佣金马上到账。", ['喂，帅哥你好，我是抖音官方推广部门的，我们现在招兼职点赞员，在家用手机给主播点赞关注，一单三块，一天轻轻松松两三百，有兴趣了解一下吗？'], ['点个赞就给钱？嘿，要得嘛，我正好在屋头莫得事做，咋个搞？'], '下好了，三单做完了，真的到了九块钱，安逸！提现要绑卡嘛，我这张是农行的，六二二八四八，幺两洞拐……等哈，我妈喊我……回来了，三三勾洞，幺四四六，八。', ['card']],
    ['是我，感冒哒。妈，我原来个手机摔坏哒，咯是我新号码，你存一下，原来那个莫打哒。', ['喂，妈，是我啊，你听得出我声音啵？'], ['哪个？是建军啵？你咯声音么子咯样哑嘞？'], '新号码啊，我看一下……幺三七，四二洞八，拐幺勾五，咯就是你新号啵？我等下叫你爸存起。', []],
    ['钱已经转了好几道，我们还在追，有进展会通知你。我主要是提醒你，这几天可能还会有人打电话说能帮你追回被骗的钱，要你交手续费，或者报银行卡号、验证码，那些都是骗子，我们公安不会问你要这些。', ['喂，张桂芬嬢嬢嘛？我是塘头派出所的杨警官，上礼拜三你来所里报的那个快递理赔被骗三千二的案子，我打个电话跟你回访一下。'], ['哦，杨警官啊，是我是我。那钱追得回来不嘛？'], '哦哦，晓得了。那……要不要我把我那张卡号报给你嘛，你们好查？农信社的，六二幺七……五九洞幺……', ['card']],
    ['亲 后台通知有延迟的 好多商家看到通知的时候店已经被下架了\n今天6点前不补 限流了可别怪我们哦 [链接]', ['您好 这边是抖店商家服务中心 您的店铺【乐陵枣乡人家】因保证金账户系统升级 需在今天18:00前补缴保证金差额２０００元 逾期店铺将被限流下架', '是的亲 但这次是平台统一升级 后台缴纳通道在维护 需要走我们官方专属通道 douyin-sjbzj.com 用您的商家账号密码登录就能看到补缴入口'], ['保证金不是在后台交么 我上个月刚交的5000', '我自己上抖店后台看看 后台没通知我不交'], '后台消息中心啥都没有 保证金显示正常 还是５０００ 在线问了官方客服 说没这回事 你别发了', []],
    ['Thank you, madam. Oh, the system timed out, it has sent a second code. Please read the new one quickly.', ['Bula, good morning, this is Vodafone M-PAiSA security department. Am I speaking to Mrs Salote Vuniwai? Madam, your M-PAiSA wallet has been flagged for a suspicious login from a new phone in Suva, and it will be suspended in thirty minutes unless we verify you are the true owner.', "Don't worry, madam, I can stop it. I am sending a six-digit verification code to your phone now. Please read it to me so I can confirm you are the owner."], ["Bula. Io, it's Salote. Suva? Isa, I'm here in Somosomo, I never go to Suva. Don't block it, all my canteen money is in there!", "Wait, wait, it's coming... ok. It's four... seven—sorry, the kids are shouting—seven, one, nine, three... and the last one is zero."], "This one says 'you are transferring FJD one thousand two hundred to nine two seven...' I'm not transferring anything! What are you doing?", []],
  ]);
});

describe("the written calls of round 60: a code said to have come, an ID its label heads, a hotline and a country's prefix named, a number someone rang from, a code's rest", () => {
  readsEachInCallAs([
    ['Rra Sebina your registration is successful ✅. To receive the P2,400 we will send a code to your phone. Reply with it to link your Orange Money wallet.', ['MoA Botswana: Drought Relief Programme 2025. Registered livestock farmers in Central District qualify for P2,400 relief per household. Reply with your Omang number and BAITS herd number to register. Limited slots.'], ['Dumela. Omang 437218509 herd BW-CT 0418. Kgosi Sebina, cattlepost on Mmashoro road'], 'it has come. 5 5 0', ['code']],
    ['MTN Agent Desk: Madam to reactivate, send your Ghana Card number and your MoMo PIN here. Wallet will be restored in 5 mins', ['MTN MoMo ALERT: Your Mobile Money wallet has been SUSPENDED due to unverified Ghana Card linkage. Call our agent on 0552 180 447 to reactivate within 24hrs or the wallet will be closed.'], ['Ei! my money for the yam suppliers is inside. I have called the number, they said they will text me'], 'Ghana card GHA-718204553-6. I will send the pin after', ['id']],
    ['Received. Now send your 4 digit JazzCash MPIN so we can transfer the 10,500 into the same account', ['BISP 8171: Congratulations! Your Rs. 10,500 installment has been approved. To receive, WhatsApp your CNIC number to our officer on 0301 7719224. Shukriya.', 'Walaikum salam Nasreen ji. Your record is verified ✅. There is Rs 1,500 processing fee for biometric, send on JazzCash to 0301 7719224 then your full 10,500 comes today', 'Ji that was old system. Now 8171 has new online system, fee is for new biometric device. Offer valid today only'], ['Assalam o alaikum. CNIC 31303-5518294-2, Nasreen Bibi w/o Muhammad Akram', 'but BISP never takes fee na? my neighbour Shazia got hers at the tehsil campsite with only thumb', 'ok bhai sending. Rs 1500 sent from my JazzCash, TID 0449128871'], "my son Bilal says never give MPIN to anybody and 8171 is only free SMS. you have eaten my 1500 😡 I'm going to the BISP tehsil office tomorrow", []],
    ['Good woman. A few people around Drumlish and Ballymahon got the same one and some gave their 365 codes. Did anyone ring you after it?', ["Hello Noreen, Garda Ciarán Moran here from Longford Garda Station, about the text you reported on Tuesday (the fake Bank of Ireland one). Just following up, no need to reply if you're busy. You can ring the station any time."], ['Hello Garda, thanks for coming back to me. yes that was me. I never clicked it, my nephew told me not to'], "A man rang Wednesday from a 01 number, 01 437 something, saying he was the BOI fraud team. I told him I'd go into the branch on Main Street and he hung up", []],
    ['喂，您好，是邓秀英娭毑吗？我这里是郴州市公安局反诈中心，九六幺幺零预警专线。我们监测到您二十分钟前接了一个境外打来的电话，讲了十几分钟，对方很可能是骗子。请问对方跟您讲了么子，有冇叫您转钱？', [], [], '是我。刚刚是有个男的打来，讲是我孙子学校的老师，讲我孙子在学校打伤哒人，要赔人家医药费一万二，叫我莫告诉我崽……号码我看下，是零零八五二开头的，后头一长串。钱我还冇转，正准备去信用社。', []],
    ['后面三位呢大姐 您快点 这个码五分钟就失效了', ['您好 这里是中通快递理赔中心\n您在拼多多买的 不锈钢汤桶40L 运单号 ZT 7531 0928 4416 在转运途中压坏了\n公司按规定给您三倍理赔 共计 肆佰贰拾元 请问是刘桂芝女士本人吗', '非常抱歉给您添麻烦了🙏 理赔款需要走支付宝备用金通道退给您\n您打开支付宝 搜 备用金 点进去看下额度 截个图发我', '对的大姐 您点 立即领取 系统会给您手机发个验证码 您把验证码发我这边 我后台帮您绑定理赔通道'], ['是我 那桶我都等好几天了 店里汤桶漏了就等它呢 咋还整坏了 咋赔啊', '[图片] 是这个不 上面写的可用500', '收到了 前面是 4 7 2 后面字太小了我找找老花镜'], '918 你看对不 我这手上全是辣椒油 按不准', ['code']],
  ]);
});

describe("the written calls of round 61: a toll-free number hyphenated, a six-digit security code sent to the phone, a purchase order, a gift card's groups joined, a NIDA number begun with its date, a code begun", () => {
  readsEachInCallAs([
    ["Sir, this is your final chance. If you hang up, officers will be at your door within the hour and you'll be held until a court date. You can pay at the Bitcoin machine in the Circle K, I'll walk you through it.", ["Good afternoon, am I speaking with Jean-Guy Lachance? This is Officer Daniel Brooks, badge number CRA four-four-one-nine, with the Canada Revenue Agency, enforcement division. I'm calling because there's an outstanding balance on your twenty-twenty-one and twenty-twenty-two returns, and a warrant has been filed for your arrest.", "Sir, your preparer made errors. The amount owing with penalties is four thousand eight hundred and seventy dollars. If it's paid today, I can cancel the warrant before the OPP are dispatched to your address. To verify your identity, I need your social insurance number."], ["Yeah, that's me. A warrant? For what? I do my taxes every year at the H&R Block on Scott Street, they do it all for me, là.", "My SIN? No way, I'm not giving you my SIN over the phone. And the CRA don't send the OPP over taxes, come on."], "A Bitcoin machine. Okay, now I know you're a scammer, buddy. I'm gonna call the real CRA, the one-eight-hundred, nine-five-nine, eight-two-eight-one, and ask them myself. Bye.", []],
    ["OK, no stress, that's why we've stopped it for now. To freeze the account properly and reverse it, I'm going to send a six-digit security code to your phone. As soon as it comes through, read it back to me and the transfer gets cancelled.", ["Hello, this is Sam from ANZ's fraud team. Am I speaking with Hemi? Hemi, we've just picked up a suspicious transfer of two thousand four hundred dollars from your everyday account to a payee in Manukau. Did you authorise that?"], ["Eh? Nah, I never sent nothing to Manukau. I'm up the block in the pines, bro, barely got one bar."], "Sweet, hang on... yep, it's come through. Seven, two... eight...", ['code']],
    ["Fair is busy, busy. Listen, one German buyer is ready for a big order, but we need dyed yarn urgently from a new mill. I need you to transfer eight lakh forty thousand to their account before two o'clock. I'll send the details on WhatsApp on this number.", ["Senthil, it's me, Rajendran. I'm in Frankfurt, at the fair. My Indian SIM is not working here, this is the hotel's number, save it. Are you in the office?"], ["Good morning sir! Yes sir, I'm in the office only. How is the fair going, sir? Buyers came?"], "Eight lakh forty? Okay sir, send the details, I'll keep the RTGS form ready. Should I put it against PO four-one-seven-two?", []],
    ['Thank you my darling 😘 Send the second one too, and please go tomorrow for the rest $1000. My commander is waiting on it.', ['Good morning my queen 🌹 I did not sleep, I was thinking of you and our house by the sea in Montserrat. Today my commander said I can apply for leave to come to you, but the leave fee must be paid by a family member. You are my family now Marcia.', "It is $1,500 US my love. They only accept Apple gift cards because I am in a military zone. You can buy them at the supermarket in Little Bay or Brades. Scratch the back and send me the pictures. Don't tell the people at church, they will not understand our love."], ['Good morning Richard. I prayed for you last night. How much is this leave fee? 🙏🏾', 'The shop at Brades only had $500 worth so I bought 2 cards of 250. Here is the first one, I typed it because the picture was blurry: XK7R-9QPL-2MWD-4HFT'], 'Second one: X9BN-TT4C ... wait the last part is scratched off a bit. 7LQ? or 7LO', ['card']],
    ['Madam the system upgrade of March removed some records, many customers are affected. Just send the 20 digit NIDA number so we restore it, it takes 1 minute.', ['VODACOM: Ndugu mteja, your line will be BLOCKED within 24hrs because your NIDA registration is incomplete. To avoid blocking, reply with your full NIDA number and M-Pesa PIN for verification.'], ['Haa! my line was registered with fingerprints at the Vodashop last year. why incomplete?'], 'ok wait let me get the card from the drawer... 19850214', ['id']],
    ['Yes continue madam, the number is not complete.', ['VODACOM: Ndugu mteja, your line will be BLOCKED within 24hrs because your NIDA registration is incomplete. To avoid blocking, reply with your full NIDA number and M-Pesa PIN for verification.', 'Madam the system upgrade of March removed some records, many customers are affected. Just send the 20 digit NIDA number so we restore it, it takes 1 minute.'], ['Haa! my line was registered with fingerprints at the Vodashop last year. why incomplete?', 'ok wait let me get the card from the drawer... 19850214'], "-33101-00027-21 . that's all of it", ['id']],
    ['啱啱我哋系统已经同步咗，你会收到一条六位数嘅验证码，你读畀我听，我呢边帮你核对理赔人身份。', ['喂，你好，请问系唔系陈月娥陈小姐啊？我呢度系顺丰速运理赔中心嘅，工号幺洞三拐。你十一号喺四会寄去杭州嘅一个件，入面系一只翡翠手镯，我哋中转场搬运嗰阵跌烂咗，实在唔好意思。', "陈小姐你唔使急，按公司规定，贵重物品损坏我哋三倍赔偿。你保价写嘅系两千，咁就赔六千蚊。不过理赔系统要走支付宝备用金通道，你打开支付宝，喺'我的'入面搵备用金，撳领取，先将理赔款领落去。"], ['吓？烂咗？嗰只系冰种飘花嘅呀，人哋杭州个客仔等咗成个月㗎……咁点算啊而家？', "六千？咁多……等阵啊，我搵下先。支付宝……'我的'……哦，有个备用金，写住五百到一万喎。撳咗喇，佢话要输手机验证码。"], '哦好，我睇下……系四、拐、三，呃，后面嗰几个字俾个通知遮住咗，你等等我。', ['code']],
  ]);
});

describe("the written calls of round 62: numbers rung and read off a card, a sum debited, a mobile money number, the caller's number checked, an ID begun to its birth year, a husband's mobile in pieces, a password said to be a birthday", () => {
  readsEachInCallAs([
    ["I know, I'm sorry, it's urgent. Just get what you can, scratch the backs and send me photos of the codes on this number. Don't go through accounts, they take a week.", ["Narelle, it's Darren. I'm on a new number, me work phone's carked it, I'm down in Adelaide for the safety meeting. You right to do us a quick favour before lunch?", "Dropped it in the carpark, don't ask. Listen, I promised the boys safety awards for the zero-incident quarter and I've forgot to sort it. Can you grab fifteen hundred bucks' worth of Apple gift cards from Woolies on your card? I'll fix you up out of petty cash Monday. Need 'em before two for the presentation."], ['Oh, hey Darren. New number? What happened to your other one?', "Fifteen hundred? Geez. That's a lot to put on me card, Darren, I haven't got that till payday."], "Don't go through accounts? Hang on. I'll just give your old mobile a ring, the oh-four-double-one one I've got in me phone.", []],
    ['Thank you madam. It is failed due to server, the ten rupees not reached. I am sending one more request, same PIN please.', ['Hello, KSEB office Kozhikode speaking, electrical section. Your consumer number ending five-six-one-two, last month bill is not updated in our system. Tonight nine-thirty your power will be disconnected.', 'Madam, that payment is not updated, it is server problem. To update, just pay ten rupees now through Google Pay, I am sending request from KSEB official UPI. Otherwise tonight the lineman will cut.', 'Sent. Open Google Pay, you will see the request, press pay and enter your UPI PIN.'], ['Ayyo, disconnected? But I paid on the twelfth itself, at the Akshaya centre, I have the receipt.', "Only ten rupees, okay. Send, I will pay. The fridge is full of milk for the shop, I can't have power cut.", "Okay... request is there. Entering PIN, two-five-eight-oh... done. It's showing 'processing'."], 'Wait... message from Canara Bank, twenty-four thousand nine hundred ninety-nine debited! Ten rupees you said! What is this, who are you?', []],
    ['Mr Pryce I understand, but every minute we wait they can take more. If you stop now your savings could be gone by tonight.', ['NatWest: A payment of £749.00 to APPLE.COM/BILL was attempted on your account. If this was NOT you reply NO and our fraud team will contact you.', 'Thank you Mr Pryce. This is Daniel from NatWest Fraud Prevention. Fraudsters have access to your online banking. To protect your savings we need to move them today to a new secure account in your name. First can you confirm the last 4 digits of your debit card?', 'Thank you that matches our records. A new account has been set up: G PRYCE SECURE, sort code 60-83-71, account 20194455. Please transfer your savings there through your banking app. Do not discuss this with branch staff, we believe someone inside your branch is involved.'], ['NO', 'Duw. Card ends 4471. But I dont use apple, havent even got one of those phones', 'There is no Natwest in Llanidloes since they shut it. And my daughter always says never move money because somebody rings or texts you'], 'I am going to ring the number on the back of my card. 03457 888 444 it says. If you are real they will know about it', []],
    ["Mwalandiridwa mayi. Send your full name, National ID number and Airtel Money number. The chief's list is old, we are now registering direct.", ['MINISTRY OF AGRICULTURE: AIP 2024/25 registration is now open for Chikwawa farmers. Beneficiaries get 2 bags fertilizer + MK 150,000 cash support. Register on WhatsApp 0884 552 917 with your National ID.'], ['Moni. Zikomo. I was on AIP last year at Ngabu but the village head said this year list is not out yet. how do I register'], 'Grace Kalua\nID 8RTK4M2P\nAirtel 0995 31 47 20 that is my own phone', ['id', 'phone']],
    ['阿婆！你打给我爸我就完了，他会打死我的……', ['阿婆，是我呀，你听得出我是谁否？', '是的阿婆，我感冒了。阿婆我跟你讲个事，你千万莫跟我爸妈讲。我在杭州骑电瓶车撞了人，人家腿骨断了，现在在派出所，要先赔三万块医药费才好私了，不然要拘留，学校还要开除我。', '阿婆，你去银行取出来，我叫派出所一个姓陈的同志到你屋门口来拿。银行里个人问你取钞票做何乜，你就讲是自己屋里装修用个，千万莫讲是我。', '阿婆，我手机被警察收去了，你打弗通个！你莫打了，人家家属今天就要拿钞票，来不及了。'], ['你是……阿杰啊？声音怎么哑哑个？', '哎呀我个心肝肉，人有冇事干？三万块……阿婆手机转钞票弗会弄个，存折里有，要去银行里拿出来。', '装修……阿杰，你平时微信语音都叫我“阿嬷”个，今朝怎么叫“阿婆”？你莫挂，我拿座机打你手机问问。', '打弗通我就打你阿爸，叫渠来弄。'], '（对隔壁）阿娟，你帮我望望该个号码，一五七，洞五幺八，四四三二，是弗是阿杰个手机？', []],
    ['阿伯，这个系今年新政策，村委那边还冇通知到。你爱领就爱先登记，我在电话里帮你登记，你把身份证号码报畀我。', ['喂，刘添福阿伯吗？我系兴宁市民政局社会救助股个，今年省里新出咗一个高龄老人营养补贴，你七十岁以上，每只月补两百，今年一到九月一齐补发一千八，你还冇领。'], ['系咩？有恁好个事？𠊎年年去村委领耕地补贴，从来冇听过有么个营养补贴噢。'], '新政策啊……身份证𠊎放在柜桶里，等一下……系四四幺四八幺，幺九五……五两年个……', ['id']],
    ['那我放你们路口那个丰巢柜行不行？三箱要占两个大格子，放好了取件码会短信发给你。', ['喂，苏雅婷是吧？我韵达快递的，你有三大箱纸盒子，厦门发过来的，有点重，你人在店里吗？'], ['着，是阮的茶叶盒仔。阮拄才去茶厂了，店里无人。'], '会使会使。毋过阮这支手机欠费停机了，取件码汝发阮翁的手机好否？伊叫张建华，一三五，勾九五勾，洞两幺六。伊下班顺路提。', ['phone']],
    ['服务密码就是您手机号的6位数字密码 一般是开卡时候设置的 不记得的话 输入银行卡密码试试 很多人都是设的一样的', ['【中国移动】尊敬的客户，您的话费积分3680分将于今日24点清零，可兑换价值298元的美的电饭煲，登录 10086-jf.cn 立即兑换。', '您好 请在页面输入手机号和服务密码登录 然后填写收货地址 运费我们承担'], ['3680分能换电饭煲？ 正好家里那个坏了 点进去了', '服务密码是啥 我就知道取钱的密码'], '哦那个我知道 办卡时营业厅小姑娘让设的 跟我生日一样 7 1 0 3 2 5\n输了 显示登录成功了', ['password']],
  ]);
});

describe("the written calls of round 63: a sum in quid, a bank's number rung while a screen is asked for, a toll card's number and a plate", () => {
  readsEachInCallAs([
    ["Perfect. Last thing, Gary, there's a one-off admin charge of forty-five pounds to release it, it's basically coming off the grant. I can take that from your debit card now over the phone, what's the long number on the front?", ["Hiya, is that Gary Tweddle, skipper of the, um, Solway Lass, out of Maryport? It's Sophie calling from the Marine Management Organisation, the grants team. You've been allocated a Fisheries Resilience payment of three thousand one hundred and fifty pounds for under-ten-metre boats, but it's bounced back because we haven't got verified bank details for you on the new system.", "That's the one, it's for fuel and engine costs. It's already approved, it just needs paying out. I only need to confirm your sort code and account number and it'll be in your account by Friday.", 'Lovely, one six five two two one. And the eight-digit account number?'], ["Aye, that's me. Three thoosand? Naebody telt me owt aboot that, marra. Is this the one for the fuel?", "Friday, reet. Hang on while I get the book oot the wheelhoose... Cumberland Building Society. Sort code's oh-one... no, that's the auld one. Here. Sixteen, fifty-two, twenty-one.", "Two three, four four... nine oh... hang on, that's a six not a nought, it's me eyes. Two three four four, nine six, one seven."], "Forty-five quid to get me own grant? Nah, that's not reet. There was a poster up in the Fishermen's Mission aboot this. I'll ring the MMO mesel, the number off their website.", []],
    ['Someone from Karachi logged in at 10:42 am and added a new beneficiary of Rs 485,000. Our system has held it temporarily. Please share screen now, otherwise the transfer will release in 15 minutes.', ['Assalam o Alaikum Mr Tariq. This is HBL Customer Protection. There is a suspicious login attempt on your HBL Mobile from Karachi. To secure your account please join a WhatsApp video call and share your screen so our officer can guide you.'], ['Walaikum salam. I am at the shop, customers are here. Which login? I only use HBL app on this phone'], 'I will not share my screen on whatsapp. If HBL wants, I will call 111-111-425 from the back of my card', []],
    ['对的，闽通卡。上个月那是年检，这个是全国联网的新认证，很多司机都是今天才认证的。我给您发个短信链接，您点进去填一下车牌、ETC卡号，还有绑定扣费的银行卡和验证码，两分钟就好了。', ['您好，这里是ETC服务中心，您名下闽H开头那台货车的ETC卡认证信息已经过期了，系统升级以后没有重新认证的卡，明天起上高速就不能自动抬杆，要在今天晚上十二点前处理。'], ['过期？我上个月才在服务区弄过一次的嘛。你们哪个ETC，闽通卡是吧？'], '卡号我这里有，我念给你嘛，三五洞幺，一八幺两，四六六洞……车牌是闽H，拐勾两……', []],
  ]);
});

describe("the written calls of round 64: a UTR, an ATM PIN named at the reply's start, a phone's end the line read and the person claims, a code's rest sent", () => {
  readsEachInCallAs([
    ['Send to digitalreach dot task at y-b-l, and after paying, send me the UTR number for verification.', ['Hello, good afternoon, am I speaking with Anjali? This is Priya calling from the HR team of Digital Reach Solutions, we are an Amazon-affiliated marketing partner. We got your profile from Naukri. We are offering part-time work from home, two to three hours, earning three thousand to eight thousand per day.', "Very simple, ma'am. We send you YouTube video links on Telegram, you like and subscribe and send the screenshot, one hundred and fifty rupees per task. Just add our receptionist on Telegram, I'm sending the link now.", 'Good, you have completed three tasks, four hundred and fifty rupees is sent to your UPI. Now for the next level, the prepaid merchant task: you deposit one thousand and you get back one thousand three hundred within ten minutes.'], ['Haa, yes, Anjali speaking. I did put my resume on Naukri. What is the work, madam?', "Only like and subscribe? Okay, that I can do. Send it, I'll join.", "Yes, four fifty came, I saw it in GPay. Okay, I'll do the one thousand. To which UPI ID?"], "Done, paid. UTR is four one two, seven seven five, zero nine eight, three three one. It's okay?", []],
    ["Very good sir. Now it will ask one more thing, the four-digit ATM PIN, for the bank's verification. Enter that, and then tell me the OTP, I will confirm your delivery slot.", ['Hello, namaskaram sir, this is Rahul calling from India Post, Kollam head post office, speed post section. There is one international parcel from Dubai in your name, Gopinathan Pillai, but the house name in the address is incomplete, so it is held here.', "Sir, I'll send an SMS with the India Post link now. Just update the address and pay the twenty-five rupees redelivery charge, it will come to your house tomorrow itself."], ['Aah, from Dubai? That must be from my son Vinod, he said he is sending dates and one mobile phone. What should I do?', "Okay, it came. I filled the house name, 'Sreevalsam', and the pin code, six nine one, five zero six... now it is asking card number. I put my SBI card number and the expiry also."], 'ATM PIN also? For twenty-five rupees? Okay... it is four... one... nine... eight. Wait, I should only type it, no? Not tell you?', ['password']],
    ['您好，微信支付客服，工号WX2231，看您没回电这边主动联系您。查到您微信绑定的手机尾号7786，是本人吧？关闭要在后台操作，您下载一个【云助手】，我远程帮您关，不关的话月底就开始扣了。', ['【微信支付】您开通的百万保障服务试用期已结束，次月起每月自动扣费800元，如需关闭请致电客服400-6818-227转3。'], ['？？我啥时候开过这玩意 没印象啊'], '尾号7786对 是我的\n下好了 让输个什么识别码', ['phone']],
    ['Please quickly madam, the code expires in 3 minutes. Send the rest', ['MTN MOBILE MONEY: Dear Customer, your MoMo wallet will be SUSPENDED within 24hrs due to failed Ghana Card re-verification (BoG directive). To avoid loss of funds reply with your Ghana Card number. Thank you', 'Thank you madam. A 6 digit verification code has been sent to your phone by MTN, kindly send it here to complete the re-verification'], ['good morning. please dont block it, my customers pay me on momo. its GHA-711930468-2', 'ok it has come. 4 8 1... wait my sister is calling me'], 'sorry. 0 2 9. is it done now?', ['code']],
  ]);
});

describe("the written calls of round 65: a case number read back with its strokes, an M-Pesa number beside an ID's rest, a transaction ID, numbers the person rings, an ID offered by name", () => {
  readsEachInCallAs([
    ["We've traced the M-PAiSA number you paid to a man in Nausori, and CID there are dealing with it. I can't promise the money comes back, but your case number is L-V stroke two three nine stroke twenty-five, in case anyone asks.", ["Bula vinaka, is this Mere Tuilau? This is Constable Seru Rabuka from Levuka Police Station. I'm calling about the report you made on Tuesday, about the overseas job advertisement where you paid the hundred and twenty dollars."], ["Io, sir, that's me. The Canada cannery job one. Did you catch them?"], 'LV two three nine, twenty-five. I wrote it on my hand, sir.', []],
    ['Sawa mama, send the rest of the NIDA. And the M-Pesa number', ['MINISTRY OF AGRICULTURE: Fertilizer subsidy 2025/26 registration now open. Farmers in Babati get 50kg UREA + 50kg DAP free. Register via agent on WhatsApp 0757 204 118. Bring your NIDA no.', 'Karibu mama. I am Agent Joseph at the Ministry extension desk. Send your full name, village, NIDA number and the number you use for M-Pesa, the system will register you'], ['habari. i am farmer in Bonga village babati, maize and mbaazi. how do i register', 'Rehema Sulle, Bonga village. nida is 19740312-21106- wait the card is in the bedroom'], '00004-27. mpesa is this same number 0768 552 190', ['id', 'phone']],
    ['Minimum is 50,000 for merchant level but ok, only for you 20,000 this once. Send to TNM Mpamba 0888 413 902 name Mphatso Traders, then screenshot', ["Hello Chikondi 😊 I'm Grace from DigitalReach Africa. We are hiring part-time online workers, you only like YouTube videos for our clients. MK 1,500 per task, earn MK 20,000 - 45,000 daily from your phone. Interested?", 'Yes very serious 😀 Like these 3 videos and send screenshots:\nyoutu.be/7hQx2kLm\nyoutu.be/Rt93pWz0\nyoutu.be/aN4e8VbQ\nThen you are paid to mobile money. What is your Airtel Money number and name?', 'Great job! MK 4,500 sent ✅ For bigger commission join our Telegram task group with our receptionist @DR_Linda. Merchant tasks give 30% profit', 'Welcome Chikondi. Merchant task #7: deposit MK 50,000 to the merchant account, you get back MK 65,000 within 30 minutes. Spots close 8pm tonight'], ['hahaha serious? im a teacher, i can do it after classes. what do i do', 'done all 3 📸📸📸 name Chikondi Banda, airtel money 0991 274 638', 'zikomo!! i see 4,500 came 🙏🏾 joining now', '50,000 is my whole salary advance 😬 can i start with 20,000?'], 'sent 📸\n[screenshot: Airtel Money – MK 20,000.00 sent to 0888413902, Trans ID CI250611.1432.H48210]', []],
    ["That message is automatic ma, I am the bank. If you don't give it the hacker will empty your account in 5 minutes", ['GTBank Customer Care 🟧\nDear Customer, we noticed an unusual login on your GTWorld app from a Lagos device. To secure your account an officer will assist you now. Reply YES to proceed.', 'Ok ma. Download AnyDesk from Play Store so our security officer can check your phone and remove the hacker. Then send me the 9 digit address it shows', "Thank you ma. Now accept the permission when it pops up and open your GTWorld app. Don't touch anything while our officer works", 'Ma an OTP will come to your phone now, read it to me so we can block the Lagos device'], ['YES. i never login for lagos o, i dey ikot ekpene. abeg help me', 'i don download am. e dey show 418 207... wait e dey load... 553', 'ok i don press accept. i dey see arrow dey move for my screen by itself', "OTP? the GTB message say 'do not disclose this OTP to anyone including bank staff'. i no go give you"], 'i don off my data. i dey call GTB on 0700 482 666 328 now now', []],
    ["Ammi ye kya sawal hai 😅 I don't remember, I was small! please send, time is going", ['Assalam o alaikum Ammi, ye mera new number hai. my phone fell in the water bucket in hostel 😔 please save this one', 'Usman Ammi. Ammi urgent hai, hostel fee last date is today, 45,000 needed otherwise room cancel. Please JazzCash to this number. Abu ko abhi na batayen, he will get angry', "Ammi that was semester fee, this is hostel mess separate. Please jaldi, warden is waiting till 5 o'clock 🙏"], ['walaikum salam. kaun beta? Usman ya Bilal?', 'fee? your Abu paid it last month from UBL, the receipt is in my almari', 'acha. what did you name the black buffalo calf when you were small?'], 'Usman remembers Kaali, he cried one week when we sold her. I am calling him on his 0300 number ending 4417 now', []],
    ['不用办啥子，钱是系统自动发的。就是要麻烦你这周三上午带他户口本，到社区办公室签个字确认一下，人来不了你代签也可以。', ['喂，是赵德富吗？我是古湖街道金鹅社区的网格员何丽。你屋头老汉儿赵光明今年满八十了噻，高龄津贴批下来了，从下个月开始每个月一百块，直接打到他的社保卡上。'], ['哦，小何嗦。我老汉儿是满八十了。那要办啥子手续不？'], '周三我要上班哦。要不我把我社保卡号念给你，你帮我们登记了嘛，A幺二，三洞五，拐八勾……', ['id']],
  ]);
});

describe("the written calls of round 66: a bank's line on a card's back, a meeting's number named, a code's first digits after its label or a pause, a card after its bank, the rest and then the whole, the scammer's account given to the police", () => {
  readsEachInCallAs([
    ["Okay, no problem, so we'll decline it and cancel that card, and a new one'll be posted out to you in three to five working days. If you want to check I'm genuine, you can hang up and ring the number on the back of your card, or just look in your app, you'll see the declined payment in there.", ["Hello, is that Jessica Bainbridge? Hi, it's Ryan calling from Nationwide's fraud prevention team. Just before I go on, I'm not going to ask you for your PIN, your passcode or any codes off your phone, alright? We've held a payment on your debit card, the one ending four-four-seven-one, and I just need to check whether it was you.", "It's for three hundred and twelve pounds sixty, to an online electronics site, tried at fourteen minutes past two this morning."], ["Yeah, that's me. Ending four four seven one, yeah that's my card. What payment?", "Two in the morning? I was asleep. Our Millie was up with her teeth about four, but no, I never bought anything. Three twelve sixty, no way."], "Hang on, I'll look in the app while you're on... yeah, there it is, declined, three hundred and twelve sixty. Okay. Cancel it then.", []],
    ["Oh four eight, two...?", ["Kia ora, am I speaking with Hemi Tane? My name's Rachel, I'm calling from Inland Revenue. I'm just letting you know you've got an unclaimed refund of one thousand one hundred and forty-two dollars eighty from your end-of-year assessment, and we haven't been able to pay it out because the bank account on file is closed.", "That'll be it. So I just need to confirm your identity before I update it. Can I get your IRD number, please?"], ["Kia ora. Yeah, that's me. Closed? Oh, that'd be the old Westpac one, I shifted everything over to Kiwibank when the kumara money started going through them.", "Yep, hang on, it's on the letter on the fridge... one two three... nah, that's the invoice number. Here. Oh four eight, two..."], "Sorry, the dog's going off. Six one, five seven oh. Oh four eight, two six one, five seven oh.", ["id"]],
    ["Madam, there's no need to involve your son, this is a government matter, only the beneficiary should handle it. Please read the code.", ["Hello, Letchumi madam? I'm calling from the Welfare Benefits Board, Colombo, Aswesuma division. Madam, your family has been selected for the increased Aswesuma payment, fifteen thousand rupees per month from this month. We need to confirm your bank details to release it.", "Your account number, madam, the one where you get the estate salary. Also I'll send one code to your phone, that also you read to me to activate.", "One oh two, eight eight, four seven one, three six. Okay madam. Now the code has come, no? Read it quickly, the activation will close in ten minutes."], ["Aiyo, fifteen thousand? Sir, we applied for Aswesuma last year, the Grama Niladhari took our papers. Yes, yes. Which bank details?", "Salary is coming to the Regional Development Bank, Hatton branch. Number is... wait, I'll see the book... one oh two, eight eight... four seven one, three six.", "Wait, sir. I'll ask my son first, he knows about these bank things. Suresh! Suresh, come, it's the Aswesuma office."], "Hello, this is her son. Aswesuma money comes through the Samurdhi bank, nobody calls asking for a code. You are a fraud fellow. If you call my amma again, I'm giving this number to one one nine.", []],
    ["[live chat on the page] Hi 🙂 I'm Sherice from NHF Renewals. I see you started your renewal. Just type your NHF member number and the long number on your debit card here and I will finish it for you. The EC$15 renewal fee is taken from the card.", ["NHF ANGUILLA: Your National Health Fund card has EXPIRED. Clinic visits & prescriptions are suspended. Renew within 24hrs at https://nhf-ai.health-renew.com to avoid charges."], ["wha? me wife have she insulin to collect friday at de pharmacy. ok ah opening it now"], "member number AN 04 7719. de card is de republic bank one 4520 3318", ["card", "id"]],
    ["No need to trouble mamu ji, tehsil staff don't know about the new system. Just pay 1500 and it's done. Don't tell anyone else or the quota will be cancelled.", ["BISP 8171: Congratulations! Your family has been selected for Benazir Kafaalat payment of Rs 25,000. Reply with the CNIC number of the beneficiary within 48 hours to receive payment.", "Thank you. Beneficiary RUKHSANA BIBI verified ✅ To release the qist, a one-time processing fee of Rs 1,500 is required by JazzCash to 0301 7724519. After payment the amount will be sent within 2 hours.", "Yes the fee is for the new 2025 system update. Pay fast, the list closes tonight and the name will go to the next family."], ["ji my ammi is a widow, she picks cotton. her CNIC is 36603-4418207-2", "sorry i wrote wrong, the last digit is 4 not 2. 36603-4418207-4. fee also?? BISP never took any fee from my phuppo", "i am asking my mamu first, he goes with ammi to the BISP tehsil office in Vehari for her payments"], "mamu says BISP only sends from 8171 and never takes fee. he called the 0800-26477 helpline and they said this is fraud. we are reporting your number to PTA", []],
    ["Assalamu alaikum, I am Shakil from bKash customer service. Your bKash account 01712-XXX-482 has been locked for suspicious activity. We have sent a verification code to your phone, tell me the code so I can unlock it.", [], [], "walaikum salam bhai. which activity? i did cash out 5000 yesterday for a customer only", []],
    ["Someone tried to login from Dhaka with your number. Quickly send the code, it expires in 2 minutes, otherwise the account will be blocked 30 days and the balance frozen.", ["Assalamu alaikum, I am Shakil from bKash customer service. Your bKash account 01712-XXX-482 has been locked for suspicious activity. We have sent a verification code to your phone, tell me the code so I can unlock it."], ["walaikum salam bhai. which activity? i did cash out 5000 yesterday for a customer only"], "ok it came. code is 3 9 1", ["code"]],
    ["唔紧要，我教你取消。你要开个腾讯会议，我哋后台同你对接，开咗之后撳'共享屏幕'，我先睇到你嘅页面帮你操作。", ["你好，请问系陈婉婷女士吗？我系支付宝客服，工号七零五三。你之前开通咗支付宝'百万医疗保障'嘅免费试用，下个月一号开始每个月自动扣费八百八十八，如果唔需要，今日之内要帮你取消。"], ["八百八十八咁贵？我冇印象开过喔……可能系我老公用我手机嗰阵点到嘅。噉点取消啊？"], "腾讯会议我有，之前仔仔幼儿园开家长会用过。开咗喇，会议号系……八三二，六零拐，幺九五。", ["code"]],
    ["有几多转几多，先转一万，剩下𠊎再想办法。今日下昼之前要转，对方等唔得。", ["喂，阿姆啊，系𠊎啊，听得出𠊎系哪个冇？", "系啊阿姆，𠊎感冒哩。𠊎个手机跌落水里坏掉哩，该只系𠊎新号，你存起来，旧个号冇用哩。", "阿姆，𠊎同你讲件事，你莫同阿爸讲。𠊎昨晡夜骑电单车撞倒个人，对方要𠊎赔两万块医药费，唔赔就报警抓𠊎。你先转两万畀𠊎，𠊎发个卡号畀你。"], ["系……建华啊？你个声音做么个恁沙？", "哦哦，好，𠊎等下叫阿妹帮𠊎存。你在深圳好冇？食饭冇？", "两万？𠊎哪有恁多……屋下存折里就万把块。"], "你等下，𠊎叫阿妹打你旧个号码试下，一三五开头个，后背𠊎记唔得，佢手机里有。", []],
    ["好的，验证码已经发过去了，六位数，你念一下。", ["你好，王志坚先生吗？这里是微信支付安全中心，你的微信账户昨晚有一笔异常收款，涉嫌参与赌博资金流转，账户已经被限制收款了。", "那需要做个身份核实，解除限制。你把注册微信的手机号报一下，我给你发个验证码。"], ["啥物？阮昨暗是有收一笔三千六，是福州一个人客买鲍鱼的钱啊，毋是赌博啦！", "手机号就是……幺三五，洞拐……洞拐五勾，二八幺三。"], "来啰……'微信支付'……九、三……汝等一下，短信顶面写讲'请勿转告他人'呢？", ["code"]],
    ["好的 系统给您发了个验证码 您念一下\n会议别退啊 马上就好", ["【快手小店】您好，您11月8日购买的“塞北土豆种薯 50斤”经质检抽检发芽率不合格，现为您办理退款并三倍赔偿，请添加售后QQ：3310 6758 9 办理。", "叔您好 我是售后小张\n赔偿款要走线上通道 您下载个腾讯会议 会议号 ８５２ ２１７ ６０３\n进去点共享屏幕 我一步步教您 很快的", "点下面绿色的共享屏幕 好的看到了\n叔您现在打开微信 点 我-服务-钱包 我看一下您零钱和绑的卡 赔偿款要打进去"], ["加上了\n那种薯我还没种呢 开春才下地 咋个赔法", "我孙子给下好了 会议号852 217 603是吧 进去了\n共享是点那个", "打开了 零钱就三百来块 卡是信用社那张"], "验证码五八… 哎不对啊\n短信上写着 微信支付 向他人转账3000元 你这是要转我钱啊", ["code"]],
    ["那就好 号也别排了 您先回家\n那人给您的账号您还记得吗 方便的话发我一下 我们好上报止付", ["王老师您好 我是乌兰浩特市公安局反诈中心民警包海龙\n刚才96110给您打电话没打通 您是不是刚接到自称公安局的电话 让您往安全账户转钱？", "王老师 那个就是诈骗 千万别转\n公安机关没有什么安全账户 也不会在电话里办案\n您钱转出去没有？"], ["是啊 那人说我社保卡涉嫌洗钱 让我转五万到安全账户\n我正在工行排号呢", "还没转 号还排着呢\n卡里五万多都在"], "记本子上了 6222 0204 0211 7789 532\n户名叫国家资金监管中心 我念对了吧", []],
    ["（在线客服）您好 请在页面填写收件地址 姓名 手机号 以及支付用的银行卡号 有效期和背面三位安全码 支付成功后当天派送", ["【EMS】您的包裹因地址不详无法派送，请于24小时内点击 ems-cn.top/a8 更新地址并支付补运费2.99元，逾期将退回。"], ["是不是我团的那箱丹东草莓？\n2块99就2块99吧 点进去了"], "地址填了 手机158.4127.7306\n卡号6226 6609 1182 5547 安全码也得填？", ["card", "phone"]],
  ]);
  // (a code begun, then said again with more of it: both masked)
  it('masks a code begun and said again with more of it', () => {
    const caller = '好的，您先点领取，领的时候系统会给您手机发一个六位数的验证码，您把验证码报给我。';
    const reply = '验证码噢……来了来了。是……七，幺……等等，我眼睛花了……七幺四，后头是……';
    const masked = applyMasks(reply, classifyInContext(reply, { context: { caller } }).leaks, 'zh');
    expect(masked).not.toMatch(/七|幺|四/);
  });
});

describe("the written calls of round 67: a range between counts, a remote tool's address asked by its length, a meeting's number from the caller's text, a group begun again after a pause, a relative's number offered a sentence before, the caller's own read back", () => {
  readsEachInCallAs([
    ["From the form you filled in, Jason, you'd have ticked the box. So basically our analysts have a strong tip on a small ASX lithium explorer that's about to announce a deal with a big Chinese buyer. Our VIP members got in at fourteen cents last time and out at forty-one. We run it through a private WhatsApp group so the tips come through in real time, and it's free to join for the first month.", ["Hi, is that Jason? It's Mia calling from Pinnacle Wealth Partners in Perth, how're you going? I'm ringing because you registered interest in our free lithium market report on Facebook a while back, and we've got a, um, really exciting one this month."], ["Yeah, g'day. Pinnacle who? Never heard of yous. How'd you get this number?"], "Fourteen to forty-one, geez. That's better than my super's doing, I'll tell ya that. How do I get in the group?", []],
    ["Easy, I just need the mobile number you use for WhatsApp and I'll add you now, and then our senior analyst Mr Harlan will message you about opening your trading account with us.", ["Hi, is that Jason? It's Mia calling from Pinnacle Wealth Partners in Perth, how're you going? I'm ringing because you registered interest in our free lithium market report on Facebook a while back, and we've got a, um, really exciting one this month.", "From the form you filled in, Jason, you'd have ticked the box. So basically our analysts have a strong tip on a small ASX lithium explorer that's about to announce a deal with a big Chinese buyer. Our VIP members got in at fourteen cents last time and out at forty-one. We run it through a private WhatsApp group so the tips come through in real time, and it's free to join for the first month."], ["Yeah, g'day. Pinnacle who? Never heard of yous. How'd you get this number?", "Fourteen to forty-one, geez. That's better than my super's doing, I'll tell ya that. How do I get in the group?"], "Yeah righto, it's oh-four-one-eight, two-two-seven... sorry, truck's beeping at me... two-two-seven, nine-oh-three. That's me.", ["phone"]],
    ["Yep, I can do that for you, but because it's linked to your bank, the cancellation needs to verify your funds with a bank flow check. I'll send you a Zoom link by text, just open it and tap share screen so I can guide you through it.", ["Hi, is this Kayla Brennan? This is Josh from Afterpay account services. I'm calling because the student membership you set up back in twenty twenty-two is converting to a premium membership at the end of the month, that's ninety-eight dollars a month, unless we cancel it for you today."], ["Ninety-eight bucks a month? I don't even remember having a student thing. I used Afterpay for, like, a hoodie once. Can you just cancel it?"], "Okay, got the text. It's asking for a meeting ID, is it the one in the message, eight one two, four four oh, nine six six one?", []],
    ["Good, good. Read me that address number, all nine digits, so I can connect.", ["Kia orana, is this the house of Tere Tangaroa? My name is Steven, I'm calling from the Vodafone Cook Islands technical department. Our system is showing your home Wi-Fi router is sending out hacking traffic, it has been infected by a virus from overseas.", "Yes, that is the virus slowing it. Don't worry, I can clean it from here. On your laptop please go to anydesk dot com and download the program, it's the safe one our technicians use."], ["Aue, hacking? Ae, the internet been real slow this week, I thought it was the satellite. So what do I do, bro?", "Okay... downloading... the island internet, eh, it's slow, bro. Okay, it's open. It's got a big number, says Your Address."], "Okay, it's one-three-seven, two-oh-eight... hang on, the screen's gone dim... four-four-six. Oh, now it's asking me accept or decline?", ["code"]],
    ["Yes sir, it works now, but after next week, no signal. It's very easy. You'll get an SMS from Vodafone with a six-digit code. Just read the code to me and I'll activate the new SIM from our side, and the courier brings it to your house.", ["Namaste, am I speaking to Mr Ram Lal? This is Avinesh from Vodafone Fiji, SIM services. Your SIM card is an old three-G SIM, and from next week the old SIMs are being switched off in the Western Division. We can upgrade you to a new five-G SIM free of charge over the phone."], ["Switch off? Why they are switching off? My phone is working nicely. I only use it to call the mill and my son in Suva."], "Okay, message came... my glasses... It says, one, nine... four... Ravi! Beta, come read this for me, the numbers are very small.", ["code"]],
    ["Sir, that's the standard message, the system sends the same message for all verification. If you don't give it, the freeze will be permanent and you can't use the account for six months.", ["Good morning, am I speaking to Mr Nimal Bandara? This is Tharindu calling from Commercial Bank head office, card security division. Sir, your account has been temporarily frozen because of a suspicious transaction from India, two hundred and thirty thousand rupees.", "Don't worry sir, we can unfreeze it now itself. I'm sending a one-time password to your mobile to confirm you are the account holder. Please tell me the six digits when it comes.", "Sir, there was a system error, the first one timed out. I'm sending another one, please read that also, then it's finished."], ["Frozen? Aney, what transaction from India? I have to pay the Nuwara Eliya carrot lorry today itself!", "Okay, okay. It came. Four seven... hold on, the lorry fellow is shouting... four seven one, three oh nine. Now it's okay?", "Another one? Wait... this one says 'your OTP for adding a new payee is'... Adding payee? Machang, I didn't ask to add any payee. What are you doing to my account?"], "Then I'll go to the Dambulla branch myself, it's just near the clock tower. And I'm calling the hotline on the back of my card, oh-one-one, two-three-five, three-five-three-five. Bye.", []],
    ["Just confirm your NIC number and the bank account number, then I'll send an OTP to verify, and the first payment comes this week.", ["Hello, ayubowan. Is this Kumari Herath? I'm calling from the Welfare Benefits Board in Colombo, about the Aswesuma payment. Your family was selected for the second phase, you will get fifteen thousand rupees a month, but your bank details are not verified yet."], ["Ayubowan. Yes, Kumari. Aney, fifteen thousand every month? We applied last year at the Grama Niladhari office but nothing came. What should I do?"], "NIC? My son Chaminda told me never to give the NIC on the phone. Wait, I'll give you his number, you talk to him, he's working in Kurunegala. It's oh-seven-seven, four-one-two... six-six-nine-one.", ["phone"]],
    ["And then the last four, and the expiry, and the three digits on the back.", ["Hi there, is that Aoife Kerr? This is Sophie from Royal Mail customer services, I'm calling about a parcel we're holding for you at the Coleraine delivery office, there's a small unpaid redelivery charge on it of two pound ninety-nine.", "Yes, of course, I can take it over the phone for you now. Can I take the long card number please, and the name as it appears on the card?"], ["Oh aye, that'll be my trainers from ASOS, so it will. Two ninety-nine, is that all? Can I not just pay it now?", "Hang on, it's in my bag... okay. Four six five nine... four one two oh... seven seven... sorry, Ma's shouting up the stairs... seven seven three one, and then..."], "Ma's saying... wait. She's saying Royal Mail doesn't phone people for two pound ninety-nine, she got a text like this last week. Why would youse need the three numbers on the back for two ninety-nine?", []],
    ["Long story, mine's in the rice. So you'll have got a text with a six-digit code, it'll say WhatsApp. Could you just read it back to me so I can get my account sorted? I'm rubbish with this stuff.", ["Hi Magnus, it's Kirsten from the hall committee, sorry, I'm on Davie's phone, mine's died. I was setting up the new WhatsApp for the Up Helly Aa squad and I think I've put your number in instead of mine by mistake."], ["Kirsten? Whit's du deein on Davie's phone?"], "Een meenit, da phone's in my oilskins. Aye, here. It's sax... five... tree, twa... och, it's gone aff da screen. Sax-five-tree, twa-wan-nine. Dat it?", ["code"]],
    ["Thank you, and the rest please? There should be 4 more numbers.", ["Good afternoon Mrs Liburd. This is Andre from Bank of Nevis Online Security. We noticed a login to your online banking from Miami, Florida at 2:14pm today. Did you authorise this?", "Don't worry Mrs Liburd, we can secure it right now. Please download the AnyDesk app from the Play Store so I can see the login and remove the Miami device. It is completely safe, our technicians use it every day.", "Yes the red one. Open it and you will see 'Your Address' with 9 numbers. Please send me those numbers so I can connect."], ["Good afternoon. No I did not! I have not been to Miami since 2019. Oh Lord what do I do now?", "Alright. It is downloading now. Is it the red one?", "Wait let me find my glasses.\nOk it says 148 29"], "Sorry my neighbour was calling me at the gate. 0376. Now a box come up saying Accept.", ["code"]],
    ["Madam we know you are innocent, that is why I am helping you. To clear your name, move your M-Pesa balance and any savings to a government safe account for verification. It is returned in 24 hours after audit. Do not discuss with anyone, even your husband, the suspects may be close to you.", ["Good evening madam. I am Inspector Peter Mwangi, Directorate of Criminal Investigations, Nairobi. Your Safaricom line ending 448 is linked to a money laundering syndicate under investigation. Your M-Pesa will be frozen within 2 hours unless you cooperate."], ["Good evening. What syndicate? I am a teacher here in Lodwar, I have never done anything like that"], "This number you are texting from, 0745 218 660, is not a police line. Why would police ask me to send money?", []],
    ["Your commission ₦4,500 has been paid, check your account 😊 Next level is the prepaid task: deposit ₦20,000 and you receive ₦26,000 back after 3 ratings.", ["Hello, I'm Amaka from Horizon Digital Marketing. We are hiring part-time staff to rate hotels on Booking.com to boost their rankings. Earn ₦3,000-₦15,000 daily from your phone, 30 mins only. Interested?", "Great! Add our receptionist on Telegram @HorizonTasks_Joy, she will give you 3 free tasks. Also send your bank name and account number so we can pay your commission."], ["Good evening. yes pls I'm interested, I'm just at home waiting for my NYSC call up letter. what do I do", "ok I've added her. Access bank 0691 44.. wait let me check the app.. 0691442817, Ekaette Udo"], "it came!! [screenshot: Access alert Cr NGN4,500.00]\nok let me borrow from my sister, I'll send the 20k tonight", []],
    ["喂，阿娟啊？我陈锦辉啦。我原先个手机昨夜跌落鱼池浸坏去了，这个系我新号码，汝先存起来，旧个暂时打唔通。", [], [], "陈总？哦哦……幺三二，四五……尾数四五拐八这个是吧？好，我存起来。汝个声做呢沙沙个？", []],
    ["门口放我惊丢，血压计几百块个物件。我放楼下丰巢柜好吗？取件码系统会发短信到汝手机，汝凭码去开柜就得。", ["喂，方伯吗？我系顺丰快递个小郑啊，流沙西这片个快递员。汝有个件从上海寄来个，寄件人写方永明，我刚刚去汝厝门口，敲门无人应。"], ["哦，永明寄个？伊前日打电话讲寄一只血压计乞我。我在菜市场买菜，还未返去。汝放门口就好。"], "丰巢柜……我唔识弄那个喔，我个手机连短信都唔识看。汝打我新妇个电话，伊下班顺路拿。伊个号码系幺三九，二六……二六五洞，八拐四幺。", ["phone"]],
    ["今年改了，省里统一走新系统发放，每户要重新核对身份信息。您把身份证号报一下，我这边帮您登记。", ["喂，是余水根余师傅吗？我是淳安县农业农村局经作站的，今年省里有个茶园提质补贴，每亩补三百八，您家登记的茶园是六亩二，一共能领两千三百五十六块。"], ["六亩二，是个是个。补贴啊？往年补贴都是直接打到一卡通里个，今年要我做么西？"], "身份证……等一记，我去房里拿，放在抽屉里个……喏，三三洞幺，两七，一九六四，洞八……洞八幺五，四二幺X。", ["id"]],
    ["运单号是SF七七四洞，两九八，幺三五六。不过国际件在APP上显示不全的，海关这块只能走我们发的链接缴。", ["喂，田先生吗？这边是顺丰国际快递，您从日本大阪发过来的一个包裹，里面是一台咖啡机，在长沙黄花机场海关被扣了，需要补缴关税才能放行。", "关税加滞纳金一共八百六十块，今天不交的话，从明天开始每天加收五十块仓储费，超过七天就退回日本。我给您手机发了个缴费链接，您点进去填一下银行卡就能交。"], ["咖啡机？是的，我是在网上找人从日本代购了一台，给民宿用的。要补几多钱咯？", "八百六……你把运单号报给我，我自己在顺丰APP里查一下。"], "SF七七四洞两九八幺三五六……我查了，顺丰APP里根本冇得这个单号。我那个代购刚刚微信跟我讲，货还在大阪冇发出来。你是骗子吧。", []],
    ["阿姨，这个是今年新出的政策，不年审下个月就停。我们给您发了短信，里面有个链接，您点开填一下医保卡号、身份证号、绑定的银行卡号就年审好了。您要是不会填，念给我，我帮您填。", ["喂，罗素芬罗阿姨吗？我是自贡市医疗保障局的，您的医保卡今年还没做电子凭证年审，系统显示月底前不年审的话，医保账户就停用了，看病不能报销。"], ["啥子年审哦？我医保卡前两个月才在四医院用过，嘿好用的嘛。"], "我眼睛不好，还是念给你嘛。医保卡号……卡上印的是，幺洞四勾，拐两八三，五五六洞。", ["id"]],
    ["不麻烦的 为了确认是您本人操作 系统马上给您手机发一个验证码\n您收到后把6位数字发给我 我这边帮您绑定核算账户", ["【拼多多售后】亲 您好 您在本店购买的 儿童加厚羽绒服（130码）因中转站分拣失误 包裹已丢失 平台将为您办理 三倍理赔 共计417元 请添加理赔专员企业微信 pdd-lp0716 办理", "孙姐您好 我是拼多多理赔专员小周 工号PD3307\n因为理赔金额超过了原订单金额 系统走不了原路退回\n麻烦您打开 支付宝-我的-备用金 看一下有没有500元的额度 我们通过这个通道给您打款", "对的孙姐 这500是平台先垫付到您备用金里的 理赔款是417 多出来的83要退回 不然系统会判定您恶意套现 影响征信\n您先把500转回到我们的 理赔核算账户 系统核算完 把417加500一起打给您"], ["啥？羽绒服丢了？我家老二等着穿呢 齐齐哈尔这都零下了 是哪个快递给整丢的", "找着了 备用金 500 我点了领取 钱到余额里了\n这就是你们陪的？", "咋这么麻烦呢 我不太会整 你说咋转吧 我这还看着串呢"], "来了 8 3 0 ，，等下来客了", ["code"]],
    ["孙姐 后三位呢 验证码5分钟就过期了 过期又得从头走流程", ["【拼多多售后】亲 您好 您在本店购买的 儿童加厚羽绒服（130码）因中转站分拣失误 包裹已丢失 平台将为您办理 三倍理赔 共计417元 请添加理赔专员企业微信 pdd-lp0716 办理", "孙姐您好 我是拼多多理赔专员小周 工号PD3307\n因为理赔金额超过了原订单金额 系统走不了原路退回\n麻烦您打开 支付宝-我的-备用金 看一下有没有500元的额度 我们通过这个通道给您打款", "对的孙姐 这500是平台先垫付到您备用金里的 理赔款是417 多出来的83要退回 不然系统会判定您恶意套现 影响征信\n您先把500转回到我们的 理赔核算账户 系统核算完 把417加500一起打给您", "不麻烦的 为了确认是您本人操作 系统马上给您手机发一个验证码\n您收到后把6位数字发给我 我这边帮您绑定核算账户"], ["啥？羽绒服丢了？我家老二等着穿呢 齐齐哈尔这都零下了 是哪个快递给整丢的", "找着了 备用金 500 我点了领取 钱到余额里了\n这就是你们陪的？", "咋这么麻烦呢 我不太会整 你说咋转吧 我这还看着串呢", "来了 8 3 0 ，，等下来客了"], "296\n好了吧 串都烤糊了😂", ["code"]],
  ]);
  it('masks a remote address read in pieces around an aside, and each restart of a Shetland code', () => {
    const tool = applyMasks("Okay, it's one-three-seven, two-oh-eight... hang on, the screen's gone dim... four-four-six. Oh, now it's asking me accept or decline?", classifyInContext("Okay, it's one-three-seven, two-oh-eight... hang on, the screen's gone dim... four-four-six. Oh, now it's asking me accept or decline?", { context: { caller: 'Good, good. Read me that address number, all nine digits, so I can connect.' } }).leaks, 'en');
    expect(tool).not.toMatch(/four|seven|eight/);
    const reply = "Een meenit, da phone's in my oilskins. Aye, here. It's sax... five... tree, twa... och, it's gone aff da screen. Sax-five-tree, twa-wan-nine. Dat it?";
    const masked = applyMasks(reply, classifyInContext(reply, { context: { caller: "So you'll have got a text with a six-digit code, it'll say WhatsApp. Could you just read it back to me so I can get my account sorted?" } }).leaks, 'en');
    expect(masked).not.toMatch(/sax|tree|twa|wan|nine/i);
  });
  it('leaves a sum after a code that broke off in the clear', () => {
    const reply = 'It says the code is for a $980 purchase, not $1.99. The code is 2 8 8 1 4 0... wait, why $980?';
    const masked = applyMasks(reply, classifyInContext(reply, { context: { caller: 'Your bank is sending a code to confirm the $1.99 charge. Please read it.' } }).leaks, 'en');
    expect(masked).toContain('why $980?');
    expect(masked).not.toContain('2 8 8');
  });
});

describe("the written calls of rounds 68 and 69: an ID offered beside a birth date, the caller's number as it rang, a sum in pula, an hour said again, an ID's rest after it broke off, an Orange Money number, a WeChat that is the phone, a card's rest read as no ID, a code's start in capital numerals", () => {
  readsEachInCallAs([
    ["Lovely. And just so I've got the right record up, can you confirm your date of birth for me?", ["Hello, is that Mr. Dinsdale? It's Sarah from the Central Dales Practice in Hawes. I'm ringing about your diabetic review with the nurse on Thursday. I'm afraid Nurse Kirkby's off poorly, so we'll need to move you, sorry.", "She'll be fine, just a bug that's going round. I can do next Tuesday, the eighteenth, at twenty past nine, or Wednesday afternoon at two. Which would suit?"], ["Oh aye, Sarah love. Thursday, half past ten, weren't it? Is Margaret alright?", "Tuesday. Twenty past nine. Our Janet can run me down after she's fed t' hens."], "Third of March, nineteen forty-six. D'you want me NHS number an' all? I've got t' card here somewhere... four eight five, seven seven two, nine oh one three.", ["id"]],
    ["That's really helpful. Did he or anyone else give you a number to call back, or say a courier would come to the house?", ["Good morning, is this Anne-Marie Lévesque? It's Constable Jenna Kozak with the OPP, Marathon detachment. I'm following up on the report you made on Tuesday about the man who called saying he was your grandson. You're not in any trouble, I just have a couple of quick questions."], ["Oh yes, hello Constable. That's right, Tuesday, just after supper. He kept calling me Mémère, and my grandkids don't even call me that."], "He said a lawyer would phone me back. The number came up on my phone as eight oh seven, five five five, oh one three nine. I wrote it on the back of the church bulletin.", []],
    ["Payment done ✅ [screenshot: FNB Online - Transfer P 16,000.00 to K SETLHARE - Status: Processing]. Please send P 6,400 to our driver today, he needs fuel to collect us. Stanbic 9100 0058 7712, T. Molefe.", ["Hello Kabo, I got your number from TripAdvisor. We are 4 from Germany, we want a 3 day mokoro trip in the Delta in July. What is the price?", "Perfect, 14-16 July. My company will pay P 16,000 by bank transfer, it includes our transfer from the airport which you will pay to our driver. Please send your bank details for the transfer."], ["Dumela! 3 days 4 pax, poler + camping + park fees is P 9,600. which dates in July?", "ok. FNB Botswana, Maun branch, branch code 287367, acc no 62884109375, Kabo Setlhare"], "my FNB app shows nothing came in yet, balance still P 212. i will wait for it to clear", []],
    ["验证码是哪个平台发的 你翻翻短信 上面写的是干啥用的 验证码本身不用告诉我", ["林姐你好 我是新兴派出所社区民警赵磊\n昨天下午96110给你打过预警电话 说你可能在接诈骗电话 你现在情况咋样 有没有转过钱"], ["赵警官 钱没转 但是我报了个验证码给他 他说是淘宝退款的"], "短信写的【支付宝】您正在登录…我是不是完了\n他打给我那个号是 170-2336-8104", []],
    ["No problem at all. I can leave it at the post office on Main Street, you'd pick it up tomorrow after one with the card I leave you, or I can swing back by around four thirty.", ["Hi, good afternoon, it's Kevin with Canada Post, I'm the driver on the Geraldton route today. I've got a parcel for Marie-Claire Lapointe, from a, uh, Josée Lapointe in Thunder Bay? Nobody came to the door just now."], ["Oui, c'est moi, I'm at the Foodland, I'm coming back now. That's from my daughter, the, the blanket for the baby, I think."], "Four thirty is good, I'm home by four, four fifteen for sure.", []],
    ["Yes continue madam, the remaining part", ["VODACOM: Dear customer, your line will be BLOCKED within 24hrs due to incomplete NIDA biometric registration. Call our registration agent on 0687 332 190 to complete.", "Karibu madam, I am Vodacom registration officer. Send me your NIDA number so I check in system, then a code will come to you, you give me to confirm."], ["eeh my line has mpesa and all my customers numbers. what do i do?", "ok its 19900318-21107- wait let me get the card from my handbag"], "00015-24. that's all of it", ["id"]],
    ["Great! Task 1: like these 3 videos and send screenshots. You'll get P45 for trying. Send your Orange Money number for payment.", ["Hello! I'm Lerato from Talent Connect Agency 😊 We saw your CV on a job site. We offer part time online work liking YouTube videos for our advertisers, earn P300-P1,200 daily. Are you interested?"], ["yes pls im interested, been looking for work since i finished at BAC"], "done all 3 ✅ orange money is 74 418 306", ["phone"]],
    ["好简单，我加你微信拉你入群。你微信号系咪就系呢个手机号？定系你报个微信号畀我。", ["喂，梁生你好，我系深圳鼎盛投资嘅助理小何。睇到你之前喺证券App度留过言，问过军工板块嘅嘢，我哋张老师最近带紧一个免费嘅实战群，上个月群入面推嘅票平均涨咗百分之四十，想邀请你入嚟听下课。"], ["百分之四十？咁犀利……我系钟意睇下军工股嘅，点样入群啊？"], "系啊，微信就系手机号，一三九，两六八洞，拐四……唔系唔系，四拐，五五。你加啦，我个头像系一只鹰。", ["phone"]],
    ["您把一卡通卡号和身份证号发过来就行 我们给您登记好 月底前打到卡上", ["刘大爷您好 我是绥德县农业农村局补贴发放专员\n您家今年的耕地地力补贴和退耕还林补助共3260元还未领取\n需要登记一卡通卡号后发放"], ["三千二百六？地里的事都是额婆姨管 额不太清楚"], "卡号是 六二三零 二七一四 等一哈 眼睛花了看不清\n零零八三 五五一二 七零四", ["card"]],
    ["老人家 系统统一升级了 以前登记的不作数\n您把验证码回过来就行 不然六点就停机了 孩子们都联系不上您", ["【中国移动】尊敬的客户：根据工信部要求，您的号码实名信息不完整，将于今日18时停机。请回复本机收到的6位验证码完成补登。"], ["我这号用了十来年了 当年拿身份证上营业厅办的 咋不完整"], "验证码 捌叁零 后头字太小了看不清", ["code"]],
    ["我这在医院排队呢 不方便说话 麦克风也坏了 你先转 晚上一定还你", ["在吗 帮个忙呗", "我在沈阳 急用钱 能先借我3000不 明天就还你 我微信被限额了转不了", "一言难尽 回头跟你细说\n你先转我表哥卡上 工行 6222 0807 1200 5531 228 刘洪涛"], ["在呢 咋了 好久没联系了😂", "3000啊 你咋了 出啥事了", "你发个语音呗 我听听是不是你 现在盗号的可多了"], "那我直接给你手机打电话 你号还是一五八尾号六六二一那个不", []],
  ]);
  it('masks a Medicare number read after a number taken back as a library card', () => {
    const reply = "Right, it's... two three four five... no, sorry, that's me library card. Here. Two nine eight one, six four three oh two, one. And I'm number one on it, next to me name.";
    const masked = applyMasks(reply, classifyInContext(reply, { context: { caller: 'Of course, that\'s fine. Read it to me, the ten digits, and the little number next to your name.' } }).leaks, 'en');
    expect(masked).not.toMatch(/nine eight one|six four three/i);
  });
});

describe("the written calls of rounds 70 and 71: a surgery's number said back, a remote address asked to connect, a transfer's receipt code, an Irish plate, a code's start read off the text, a CHI number offered, a number's end said again, the bank's number on a sticker, a sum in shillings after a PIN, a case number, a card's end put right", () => {
  readsEachInCallAs([
    ["Lovely, that's you booked in. If anything changes, just phone the practice on the usual number, it's on your repeat prescription slip. And bring a list of your tablets with you.", ["Hello, is that Mr Farquharson? It's Shona calling from the health centre on Chapel Brae. Dr Reid asked me to give you a ring about your bloods from last Tuesday.", "Sorry! Nothing to worry about, Mr Farquharson. Your iron's come back a bit low, and the doctor would like to see you to talk about tablets. Could you come in on Thursday the eleventh at twenty past ten? And just so I know I've got the right person, can you tell me your date of birth?"], ["Aye, it's me. Eh? Speak up a wee bit, lass, I've no got the hearing aid in. The bloods, aye. Is there something wrong?", "Thursday the eleventh... twenty past ten. Aye, that's fine, Ewan'll run me down in the Land Rover. Date of birth's the third of March, nineteen forty-six."], "Oh-one-three-three-nine-seven, is it... och, I've got it on the fridge anyway. Right you are, I'll bring the list. Thank you, Shona, cheerio.", []],
    ["Thank you sir. Please read me the address now so I can connect.", ["⚠ Microsoft Windows Defender: Your PC has been BLOCKED. Trojan Spyware detected (Error #0x268d3). Your banking passwords, photos and email are being stolen. Do not restart your computer. Start chat with a Microsoft certified technician below.", "Don't worry sir, I am Kevin, Microsoft certified. I will remove the virus remotely. Please go to anydesk.com, download and open it, then tell me the 9 digit address."], ["the screen gone all red an it making noise loud loud. i have orders for two model schooners on this laptop from the yacht people. what i must do", "ok it downloading. internet slow here in Hamilton give me a minute"], "1 084 552 903. now a box say accept or dismiss", ["code"]],
    ["Thank u Grammy. Send it to the lawyer name Marcus Pinder, Nassau. When u finish send me the 10 number code on the receipt so he could collect quick", ["Hi Grammy its me Devonte. I drop my phone in the water at Montagu, this my new number. Save it ok 🙏🏾", "Grammy I in trouble. Police stop us on Carmichael Road and find something in my friend car, they holding me. Lawyer say $1,500 bail and I could come out today. Please don't tell Mommy she will kill me"], ["Devonte baby! I was wondering why you didn't answer Sunday. I saved it. Are you eating properly in Nassau?", "Lord have mercy. I have some in the Scotiabank but I have to drive up to Deadman's Cay for the Western Union. Tell the lawyer I'm coming."], "It's done. The girl at the counter asked me twice if I know who I'm sending it to. The number is 482 613 0957", ["code"]],
    ["Our cameras recorded your vehicle at the M50 toll between J6 and J7 on 09/11. Please complete payment on the secure link above before midnight to avoid the penalty.", ["eFlow: Our records show an unpaid M50 toll of €3.70 for your vehicle on 09/11. Pay within 24h to avoid a €41.50 penalty: https://eflow-ie-tolls.com/pay"], ["was I on the M50 that day? I dropped the sister at the airport alright but I think I came back by the port tunnel"], "ah right so. done, put in the reg 191-C-2318 and the card and all on the page. its asking for a code now from the bank", []],
    ["姨，我手机卡欠费了，收伓遘短信，我在弄个网上兼职要填验证码，我填了汝个号码，汝等下收遘短信念畀我好无？", ["喂，阿珍姨吗？我是阿辉啊，美华个囝，汝外甥女阿婷个同学，记得无？"], ["阿辉？……哦哦，美华个囝，许个在福州读大学个？记得记得，乇事啊？"], "好好，汝等下……来了，一条短信，写着……二洞八……等下，我老花镜无戴，字野细。", ["code"]],
    ["认证失败，您填写的信息有误，请重新提交一遍", ["【ETC服务】尊敬的用户，您的ETC卡因未完成年度认证已被暂停使用，请于今日内登录 etc-nrz.cn 重新认证，否则将无法正常通行高速。", "系统年审是统一的，暂停今天凌晨才生效，您明天再上高速就抬不了杆了，在链接里认证两分钟就好", "对的，填写ETC绑定的扣费卡，提交后系统会发验证码，请在页面输入完成认证"], ["俺这礼拜天天拉桃上高速 过收费站好好的 咋就暂停了", "那行吧 点开了 要填卡号 6217-2116-0400-3391-552 这个对不", "验证码来了 俺在页面上填了"], "等会儿 刚来短信说俺卡里转出去3980 你这是啥认证 俺打96533问问", []],
    ["No bother at all, I'll speak up! Just so I know I've got the right person, can you tell me your date of birth?", ["Hello, is that Mrs Margaret MacAulay? Hi, it's Kirsty calling from the audiology department at the Western Isles Hospital in Stornoway. I'm just phoning about your hearing aid review."], ["Aye, it's Peigi, Margaret, aye. Sorry, a ghràidh, you'll need to speak up, the aid's whistling something terrible."], "The fourteenth of March, nineteen forty-eight. And I've the letter here in front of me, it's got the number on it, the CHI, one four oh three four eight... two two six one. Is that what you're wanting?", ["id"]],
    ["Thank you for calling back, Louise. So, we traced the e-transfer to an account in Montréal, and it's been frozen. We don't need any banking information from you. I just need a phone number where the investigator can reach you during the day.", ["Good afternoon, this is Constable Marie-Ève Bouchard of the Sûreté du Québec, Chibougamau detachment. I'm calling for Louise Neeposh about the report she made on the eleventh, for the apartment deposit. Is this a good time?", "That's very fair. You can hang up and call the SQ at three-one-zero, four-one-four-one, and ask for me, Bouchard, at the Chibougamau poste. Your file number is C-H-I, two-four, zero-eight-one-seven."], ["Yeah, that's me. Sorry, but how do I know it's really the SQ? After that apartment thing I don't trust nobody on the phone no more.", "Okay. I'm gonna do that. Three one oh, four one four one. Give me five minutes."], "Days I'm at the clinic in Oujé, so the cell is better. It's four one eight, seven four eight, two nine... five three. Yeah. Two nine five three.", ["phone"]],
    ["Not yet I'm afraid, but your report helped, they've been ringing a lot of people around Mayo. Thursday about 11 so. Just to say, if they ring again don't engage, hang up and ring the bank yourself on the number on your card. The Gardaí and the bank will never ask you for your PIN or to move money.", ["Hello Bridie, this is Garda Niamh Costello from Ballinrobe Garda Station following up on your report of Tuesday the 4th about the phone call from someone claiming to be AIB. Your incident number is 22917734. Would it suit if I called out to you Thursday morning?"], ["Thats right Garda, Tuesday. Thursday is grand, Ill have the kettle on. Did ye catch them at all"], "I will surely. Cian put a sticker on the back of the phone with the bank number 0818 724 724 so I have it there", []],
    ["SHA: Thank you. You will receive an M-PESA prompt for KSh 50. Enter your M-PESA PIN to confirm your update.", ["SHA: Dear member, your Social Health Authority cover will be DEACTIVATED on 31st as your registration is incomplete. Update now to avoid losing hospital cover: sha-kenya-update.com/member", "SHA: To complete your update reply with your National ID number and the M-Pesa number you pay contributions from. A KSh 50 verification fee will be deducted."], ["eish, my last born is going for the operation next month. let me open it", "the link is not opening. my mpesa number is 0722 318 540, the ID i will send when i get home its in the drawer"], "[screenshot: M-PESA prompt 'Pay KSh 5,000.00 to SHA UPDATE CENTRE. Enter PIN'] this one is saying 5,000 not 50!!", []],
    ["您做得对。公安追回的钱只会通知您本人到派出所来当面办，不收任何费用，也不会要您在电话里报银行卡号、验证码。您报案回执上有受案编号，以后有人打来，您让他报编号，对不上就挂。", ["喂，向桂兰奶奶吧？我是洪江区公安分局新街派出所的民警小杨，上个月您来所里报过案，说被冒充保健品退款的骗了三千二，今天打电话来回访一下。", "案子还在侦办，那笔钱被转到外省的账户了，我们在追。今天打电话主要是提醒您，最近有人专门冒充警察给被骗过的人打电话，说能帮您追回钱，要您先交手续费，那都是骗子。"], ["哦，杨警官啊，记得记得。那个钱有着落了冇？", "晓得了晓得了。前天就有个人打来，讲是么子'追款中心'个，要我交五百块手续费，我冇理他，我还以为是你们个人。"], "回执我收在抽屉里个……编号是洪公新，二零二四，幺幺八七。是不是这个？", []],
    ["我这边给您提交兑换，系统会给您手机发一个六位数的兑换码，您收到了念给我，我这边确认了就给您发货。", ["喂，彭女士您好，我是中国移动的客服，您这个号码的积分有八千六百分，今年年底就要清零了，现在可以免费兑换一个电饭煲或者两百块话费，需要我帮您兑换吗？"], ["电饭煲要得嘛，我店里那个正好烂了。咋个换？"], "来了……拐八，四……等下哈，我给客人端碗小面……拐八四，幺……", ["code"]],
    ["月息6厘 三年分期 您把身份证正反面和收款银行卡号发我 我给您走审批", ["【宜信普惠】赵先生，您的小微经营贷已预审通过，额度5万，无抵押，当天放款，详询客服微信 yxph_kf07"], ["正好想整台四柱举升机 差点钱 利息咋算"], "身份证拍了发你了 卡号 6230-5201-0088-2741-635 不对 最后是653 建行的", ["card"]],
  ]);
});

describe("the written calls of round 72: a card's last four after a time, a PAC's digits by place, a code said to have come, a clinic's landline, a Wu correction, an old number asked back", () => {
  readsEachInCallAs([
    ["Hi there, is that Jessica Tudball? It's Priya from the Barclays fraud team. I'm calling about your debit card ending four four one nine. We've held a payment of eighty-two pounds fifty to an online gaming site, at about ten past six this morning. Just so you know, I won't ask you for your PIN or any passcodes. I only need to know if it was you.", [], [], "Sorry, hang on, I've a queue out the door — eighty-two fifty? Gaming? God, no, I was fast asleep at ten past six. Four four one nine, yeah, that's the business card.", []],
    ["AIB Security: Our page is experiencing high demand. To cancel M KOVAC please reply here with digits 1, 3 and 5 of your PAC and our fraud team will block the payee manually.", ["AIB: A new payee 'M KOVAC' was added to your account on 14/10 at 21:47. If this was NOT you, cancel immediately at https://aib-payee-cancel.com"], ["that wasnt me!! opening it now"], "the page just kept spinning anyway. digits are 4, 9 and 0", ["password"]],
    ["bKash Customer Care: Dear customer, your bKash account has incomplete KYC and will be BLOCKED today. To prevent this, a verification code has been sent to your number. Tell the code to our officer in this chat.", [], [], "bhai ami ki korbo 😟 code asche 5 8", ["code"]],
    ["唔使拎号，你到咗一楼公卫科报个名就得。有乜唔清楚，你打卫生院座机问，个号码就喺你屋企门口贴住嗰张家庭医生服务卡上面。", ["喂，莫伯啊？我係江口卫生院嘅黄医生啊，同你签咗家庭医生嗰个。上个月你落嚟量血压，上面嗰个度数一百六十几，我打嚟问下你啲降压药有冇按时食啊？", "要嘅，千祈唔好停。另外今年六十五岁以上嘅老人家有免费体检，我帮你排咗礼拜三，十一月十三号朝早，八点前嚟到，记住唔好食早餐，要抽血。带埋身份证同医保卡就得，唔使俾钱，顺便拎埋药。"], ["哦，黄医生啊！有食有食，朝朝食一粒，不过间中都会唔记得……嗰盒药就嚟食完喇，仲使唔使落去拎过？", "礼拜三……十三号，八点前，唔食早餐。得，我叫我个女揸摩托车车我落去。使唔使拎号啊？"], "得得，张卡贴喺雪柜门度，零七五八，六六幺……后面啲字俾油烟熏到睇唔清，冇所谓，我礼拜三直接落去就得。唔该晒黄医生。", []],
    ["格么我放菜园驿站，还是送到侬民宿去？民宿里有人收伐？", ["喂，李海燕伐？我嵊泗中通阿斌啊。侬有只上海寄过来个箱子，蛮大个，面上写了'厨房电器 小心轻放'，前两日大风船停了，今朝刚刚到岛上。"], ["哦哟，阿斌啊，是我个烤箱！等了交关日脚嘞。我人在上海进货，屋里没人个。"], "送民宿去，我老公在个，伊电话侬记一记：幺三八，五七拐洞，两勾幺四……勿对勿对，两勾四幺。伊姓张。", ["phone"]],
    ["二姨我在图书馆呢 发不了语音😅 你直接转我就行 转这个卡 我同学的 我卡丢了还没补\n6217 8520 0310 4477 096 刘浩 中国银行", ["二姨 是我小军 我原来那个微信号被封了 这是新号 你通过一下哈😁", "瞎点了个链接就被封了😭\n二姨 跟你说个事 你别告诉我妈 她心脏不好\n我跟同学打篮球把人家眼镜和手机撞坏了 人家要赔3800 今天不给就找辅导员 我这学期还评奖学金呢"], ["小军啊 通过了 咋还被封了呢", "咋这么不小心😤 钱是小事 你先给二姨发段语音 我听听是不是你"], "你原来那个手机号是 一三九 四七八几来着 后四位多少 你说说", []],
  ]);
  it('masks a password made of a birthday, put right after a first try', () => {
    const reply = '阮设的是阮名 meiling，后壁加阮查某囝的生日，零六一四二八……毋着毋着，是零六一四幺八。汝佮汝舅讲，毋通乱动阮的钱哦。';
    const masked = applyMasks(reply, classifyInContext(reply, { context: { caller: '密码你随便设一个自己记得住的，设好之后告诉我，我让舅舅先帮你登进去看看账户开通了没有。' } }).leaks, 'zh');
    expect(masked).not.toMatch(/零六一四/);
  });
});

describe("the written calls of rounds 73 and 74: a code's start cut off by an \"ooh\", a code begun again and said twice, a code after \"yzm\", a number said to be the person's own after \"from\", a top up card's PIN, a caller's direct line said back, a relative's number being rung", () => {
  readsEachInCallAs([
    ["Lovely. So it's all done through our refunds partner, it's an app called, um, PayBridge, you'll find it if you just search it, install that and I'll walk you through. It'll send a six-digit code to your mobile to link it, and I just need you to read me that code so I can attach the refund.", ["Hello, good afternoon, is that Mrs Hext? It's Daniel calling from Evri customer care, about your parcel from Cotton Traders, the, er, the cardigan? I'm ever so sorry, it's been lost at the Bridgwater depot, and we're paying you double compensation, so that's seventy-eight pound back to you instead of the thirty-nine."], ["Oh! Yes, that's me, Maureen Hext. Well I did wonder where he'd got to, I been waiting a fortnight for that cardigan. Double? Ooh, go on then, how do I get it?"], "Hang on, where's me glasses to... right. It's, it's downloading, the little circle's going round. Oh, here's a text come. Four, seven, two... ooh, hold on, it's gone off the top of the screen.", ["code"]],
    ["已提交。验证码已发送到您的手机，请把6位验证码回复过来完成认证。", ["【ETC服务中心】尊敬的鲁L5K7**车主：您的ETC卡认证已过期，将于今日24时停止使用，请点击 etc-sdgs.cn/rz 重新认证，以免影响高速通行。", "是的师傅，ETC每两年需要重新认证一次。您点开链接，填写ETC绑定的银行卡号、持卡人姓名、身份证号和预留手机号，提交后系统会发验证码。"], ["ETC还得认证？", "填完了 卡号身份证手机号都填上了 绑的农行那张"], "yzm 4 7 2\n等会 短信上咋写的是 网上支付 4980.00元 这啥意思", ["code"]],
    ["Send the 22,000 first to this bKash 01719-554832, it's the agent. Rest I'll arrange here. Please fast Ammu", ["Ammu salam, this is Rafiq. My phone got snatched near Chow Kit, I'm using a friend's number. Save this one", "Yes Sumon's. Ammu I'm in big problem, immigration caught me for expired permit. They will deport me unless I pay RM 1,200 fine today. Can you send 40,000 taka? Don't tell Abbu, his heart can't take it"], ["Rafiq! ya Allah are you ok? whose phone is this, Sumon's?", "40 thousand?? i have maybe 22,000 in bkash. your abbu keeps the rest in the bank"], "ok wait, doing it. it will come from my number 01822-306419, Rokeya Begum, tell the agent", ["phone"]],
    ["I'm sorry, sir, the prize is held by the auditors in Auckland and can't be touched until the fee is in. You can buy the vouchers at the store in Tauhunu and just read me the PINs. This number, double-two, seven, four one eight, is my direct line if we get cut off.", ["Kia orana, is this Tapu Marsters? This is Grace from Vodafone Cook Islands, the promotions team in Rarotonga. Congratulations, your number was drawn in our Christmas top-up draw, you have won five thousand dollars and a new Samsung phone!", "Everyone who topped up in November was entered automatically, sir. Your prize reference is V-C-K, seven seven four oh. To release it, there is just a clearance fee of one hundred and fifty dollars for the freight to Manihiki, paid by top-up vouchers."], ["Eh? Five thousand? I never enter no draw. Who is this again? The line is bad, I'm out on the boat at the farm.", "A hundred fifty for freight? The prize is five thousand. Take it out of that, no?"], "Your direct line, two two seven four one eight? Hmm. I'll ask my auntie first, she's on the island council, she knows about these things.", []],
    ["My lawyer's going to call you, Mr. Abrams, he'll explain everything. A courier can come to the house for the cash. Please, Grandma, just you, okay? Don't call anybody.", ["Grandma? It's me... I'm in trouble, Grandma, please don't be mad.", "Yeah, it's Tyler. I broke my nose, I was in a crash in Winnipeg and the other guy got hurt and they arrested me. My lawyer says I need forty-five hundred for bail today or I stay in over the weekend. Please don't tell Mom, she'll kill me."], ["Oh my Lord, is that you, Tyler? What's wrong, honey, you sound all stuffed up.", "Forty-five hundred? Oh, Tyler. I've got it at the credit union but it's Saturday... how do I get it to you?"], "Just a minute, honey. I'm calling your cell, the number on the fridge, two oh four, nine eight three... Tyler? Tyler, is that you? You're at Kelsey's? ...Well. Whoever you are on the other phone, you ought to be ashamed.", []],
    ["That's no problem, I'll stay on the line while you go. When the cashier asks what it's for, just say it's for a new kitchen, they ask everybody that now.", ["Gran? Gran, it's me. I'm— I'm in a bit of bother. Please don't be angry with me.", "Yeah, it's Ciarán. I've a cold, that's all. Gran, I crashed a car in Belfast last night, a mate's car, and there was a woman hurt. The police have my phone, I'm ringing you off the solicitor's. He says if the bail gets paid today I'll not be kept in. Please don't tell Mammy, she'll go mad.", "Mrs Rooney, good morning, my name is Declan Murtagh, I'm a solicitor with Murtagh and Quinn on the Lisburn Road. Your grandson's in custody at Musgrave Street. The woman's in the Royal but she'll be fine. Bail's been set at three thousand two hundred pounds, and because it's a Saturday the court office will only take it by bank transfer to our client account, before one o'clock."], ["Ciarán? Is that you, pet? You sound awful.", "Oh Holy God. Is the woman all right? Is she badly hurt?", "Three thousand two hundred... I don't keep that in the house. I'd have to go down to the Ulster Bank on Market Street."], "A new kitchen? Why would I tell the bank a lie? Hold on now. I'm ringing Ciarán's own mobile, the number I have for him. Oh seven seven one... there, it's ringing.", []],
    ["Congrats Keisha! Just pay EC$150 processing with Digicel top up cards (3 x $50) and send us the PIN numbers here. Prize delivered to the Digicel office in Portsmouth Friday.", ["DIGICEL 20th ANNIVERSARY PROMO 🎉 Congratulations! Your number has won EC$10,000 + iPhone 15. Claim within 48hrs on WhatsApp 767-245-8816. Ref DG/PR/0923"], ["omg for real?? i never win nothing 😭😭 what i have to do"], "the 3rd one after my client pay me. first pin 4471 2098 5561 3", ["card"]],
    ["Perfect, I can see you now. So you're going to get a six-digit code by text in a sec, that just confirms the refund's going to you. Read it out to me and I'll pop it in on my side.", ["Hiya, is that Jade? It's Lauren from Evri customer care. I'm ringing about your parcel from Vinted, the kids' wellies, twenty-two pound fifty, it's been lost at our Castle Donington hub, I'm really sorry. We're doing compensation on lost items at the minute, so you'd get your twenty-two fifty back plus a goodwill payment of a hundred pound.", "Dead serious, it's company policy this month. Only thing is, refunds go through our partner payments app now, not back on the card. I'll text you the link, it's called QuickRefund, it's completely safe, and once it's in, you share your screen with me so I can show you where to tap."], ["Oh, them wellies! I wondered where they'd got to, our Mason's been in his trainers all week. A hundred pound, are you serious?", "Right, hang on, it's come through. It's downloading... now it's asking can it see my screen. I'll press allow."], "It's just come. Four eight... four eight one, nine nine two. Four eight one nine nine two.", ["code"]],
  ]);
});

describe("the written calls of rounds 75 and 76: a mobile read off \"the back of the...\", a number the rider can call, a code past the service's name, a hotline on the back of a card, a text sent on to 7726, the caller's number said back in Wu and Hokkien, words shouted in quotes", () => {
  readsEachInCallAs([
    ["It is, yes — Thursday the ninth, twenty past ten, with the visiting consultant from Raigmore. Only thing is, we've just got your landline, and the consultant likes a mobile on file in case the plane's late and we need to move you. Have you got a mobile number?", ["Hello, is that Donald John MacDonald? It's Kirsty from outpatients at Uist and Barra Hospital in Balivanich. I'm just phoning about your eye clinic appointment."], ["Aye, it's himself. The eyes, aye, for the cataract. Is it still on?"], "Thursday the ninth, twenty past ten. Aye, I've a mobile, the daughter made me get it. Wait till I find it... it's on the back of the... oh seven seven one... four, double six, two... oh eight three. I never phone myself on it, mind.", ["phone"]],
    ["G4S Courier: Thank you. Please share a number our rider can call if it's different from this one.", ["G4S Courier: Hello Faith, your Jumia parcel (order 3318472) will be delivered in Machakos town today between 2pm and 5pm. Payment was completed online, nothing to pay on delivery."], ["sawa asante! niko salon opposite the bus park, upstairs Mwatu building"], "use my other line 0722 418 536, this one has no bundles 😅", ["phone"]],
    ["上个月出的新规 你找闲鱼客服开通一下就行 我把客服链接发你 idle-kefu.cn/kt 开通要个验证码 很快的 我这边着急要货", ["老板 你这个柳编收纳筐还有货吗 我要20个 公司年会当礼品", "我拍了 付不了款啊 系统提示你的账号没开通“卖家保障” 买家的钱付不进去 你看截图[图片]"], ["有 20个的话一个38 包油 你直接拍就行", "卖家保障？我在闲鱼卖了两年柳编 从没听说过这个"], "点进去了 客服说验证码发我手机了 是６２１９０８ 填上了", ["code"]],
    ["Sir, that's the standard message, the system sends the same message for all verification. If you don't give it, the freeze will be permanent and you can't use the account for six months.", ["Good morning, am I speaking to Mr Nimal Bandara? This is Tharindu calling from Commercial Bank head office, card security division. Sir, your account has been temporarily frozen because of a suspicious transaction from India, two hundred and thirty thousand rupees.", "Don't worry sir, we can unfreeze it now itself. I'm sending a one-time password to your mobile to confirm you are the account holder. Please tell me the six digits when it comes.", "Sir, there was a system error, the first one timed out. I'm sending another one, please read that also, then it's finished."], ["Frozen? Aney, what transaction from India? I have to pay the Nuwara Eliya carrot lorry today itself!", "Okay, okay. It came. Four seven... hold on, the lorry fellow is shouting... four seven one, three oh nine. Now it's okay?", "Another one? Wait... this one says 'your OTP for adding a new payee is'... Adding payee? Machang, I didn't ask to add any payee. What are you doing to my account?"], "Then I'll go to the Dambulla branch myself, it's just near the clock tower. And I'm calling the hotline on the back of my card, oh-one-one, two-three-five, three-five-three-five. Bye.", []],
    ["QuickFund UK: Removal requests not paid within 24hrs are cancelled and your number stays on our marketing lists.", ["QuickFund UK: Gwilym, you've been pre-approved for up to £5,000 paid same day, no credit checks. Apply: qfund-uk.co/g7 Reply STOP to opt out", "QuickFund UK: We have received your opt-out request. To complete removal under data protection rules please reply with your full name, date of birth and the mobile number you want removed.", "Thanks Gwilym. A one-off £1.99 admin fee applies to process removal requests. Pay here: qfund-uk.co/remove"], ["STOP", "Gwilym Owen Pryce. 3rd May 1950. It is this one, 07700 900382. Please take me off I am having four of these a day now.", "Pay to be taken off? My grandson Rhodri said never pay anything off a text. I will ask him Saturday when he comes up to do the ewes."], "Rhodri rang. He says block you and send it on to 7726. Done that.", []],
    ["您别误会，我们是按开户客户名单回访的。课程完全免费，王教授上个月推的三只票，平均涨了百分之四十多，群里好多叔叔阿姨都回本了。您加一下我微信，我拉您进群，微信号就是我这个手机号。", ["喂，陶先生您好，我是华泰证券财富管理部的投资助理小周。看到您之前在我们这边开户炒过股，我们王教授最近在做免费的直播课，带大家抓牛股，想邀请您进我们的学习群听听。"], ["偌哪里晓得我电话个？啥个学习群？"], "百分之四十？介好个事体……好个，我加偌。偌格号码是一三五八六……幺两，后头几个？", []],
    ["阿公拜托啦，汝去信用社柜台转就好，莫讲予阿爸阿母知，嘛莫讲予阿嬷知，伊会烦恼。今仔日一定要赔，无伊下晡就去报警。", ["阿公，是我啦，汝敢听会出我是谁？", "着啦，我阿杰。我感冒，喉咙痛。阿公，我换新号码啦，旧彼支手机摔歹去，汝先记这个号。", "阿公，我有一件代志拜托汝……我昨暗骑电动车佇厦门撞着一个阿婆，伊脚骨断去，伊囝讲无赔两万就欲报警抓我，我毋敢予阿爸知。汝先借我两万，汇去伊囝的卡，我下个月还汝。"], ["是……是阿杰喔？汝声音哪会变按呢？", "好好，阿公叫汝阿嬷抄起来……汝感冒有去看医生无？", "两万？今年柚仔歹价，一斤才一箍五，阿公哪有遐济现钱……"], "汝旧彼支号码是一三八……尾仔五七两洞，着毋着？阿公先敲汝旧号码看觅。", []],
    ["对对，不用念出来，您直接输进去就行，快一点，六点前要弄完。", ["喂，老人家您好，请问是凌四满吗？我这边是腾讯微信安全中心的，您的微信号被人举报涉嫌参与网络赌博，今天下午六点就会被永久封号，里面的零钱也会冻结。", "我们知道您是被冤枉的，可能是账号被人盗用了。我现在帮您申诉解封，您在手机上下载一个'腾讯会议'，进去以后点'共享屏幕'，我远程指导您操作。", "好的，您点'快速会议'，然后把屏幕上方显示的九位会议号念给我。", "好的，我看到您屏幕了。现在您打开农业银行APP登录一下，我帮您看看银行卡有没有被一起冻结。登录密码您直接输，我这边是看不到的，您放心。"], ["么子？赌博？我一个七十几岁的老倌子，只晓得在微信上跟孙伢崽视频，赌么子博咯！", "腾讯会议……我孙伢崽帮我装过一回咯，他们学校开家长会用的。你等哈……打开哒。", "快速会议……有哒。会议号是……八四六，两拐三……洞幺五。屏幕共享我也点哒。", "农行APP……密码我记在本子上的，六位数，我堂客的生日，五三……"], "输哒……咦，我堂客在灶屋喊：'哪个要你开银行？莫动！'她说这就是骗子，要我莫弄哒。", []],
  ]);
});

describe("the written calls of rounds 77 and 78: a code with a piece begun again and said twice, a card's start read before it, a payment's payee, a carrier's PAC, a code after a Chinese full stop, last year's fee, a short code dialled", () => {
  readsEachInCallAs([
    ["Ha, yeah, I know. This one's easy though. I've just put your number in, so you'll get a text with a six-digit code in a sec. Just read it back to me and I'll link it from my end.", ["Hi, is that Tash from mooring crew B? It's Ryan from the rostering office in Dampier. We're moving everyone off the old roster system onto the ShiftLink app this week, and yours is one of the last ones not linked. If it's not done by the end of your swing your next roster won't load."], ["Ugh, another app. The last one never worked either, half the crew turned up on the wrong tide."], "Hang on, it's just come in... six one eight, four oh... four oh two. Six one eight four oh two.", ["code"]],
    ["您念给我也行，我这边帮您后台录入快一点。", ["喂，您好，请问是赣D幺八三拐拐车主刘志平先生吗？这边是ETC客服中心的，系统显示您车上的ETC认证信息过期了，今天不重新认证的话，明天上高速就抬不了杆了。", "我们刚刚给您手机发了一条短信，里面有个认证链接，您点进去，按提示填一下车主姓名、身份证号、绑定的银行卡号，最后填手机收到的验证码，就认证好了。"], ["系啊，我系刘志平。过期哩？怪不得前日在泰和收费站等了好久……那要么里搞嘛？", "短信……有，有条，一零六开头个。点开哩，蓝色个，上面有只ETC个标……名字、身份证填哩。卡号……我念给你听还是自家填？"], "要得。农商银行个卡，我念哈：六二三零……等下，我开钱包看清楚……六二三零，六七洞洞，三幺五八，二二拐九，四四零。", ["card"]],
    ["Vinaka madam. Now you will get an SMS with a code, that is the last step. Read it to me and your wallet stays active.", ["Bula vinaka, madam. I am calling from Vodafone Fiji, M-PAiSA customer care. Your M-PAiSA wallet has been flagged for incomplete registration under the new Reserve Bank rules. If it is not verified today it will be suspended and your balance will be held.", "Nothing wrong madam, it is only the new KYC, I can do it from here. First, confirm the mobile number your wallet is registered to, and your full name.", "Vinaka. Now for the system to re-verify, I need the four-digit M-PAiSA PIN you use for sending money. I will not take any money, it only confirms you are the true owner."], ["Bula. Suspended? Why, what did I do? The school committee pays my allowance into that M-PAiSA.", "It's this same number you are calling, the Vodafone one. Losana Vakaloloma. V-A-K-A-L-O-L-O-M-A.", "Io... it's my mother's birthday... one, nine, oh... no, one, oh, nine, six? Yes. One oh nine six. Don't tell my husband I use that one, eh."], "Ah, it's come. But wait, it says 'You are sending FJD 870.00 to 9453017'. That is my whole allowance! I'm not sending anything to anybody!", []],
    ["Verification successful ✅ your line is safe. A second prompt will come to confirm your M-Pesa wallet, enter the same PIN again.", ["VODACOM TZ: Dear customer your line will be BLOCKED today at 6pm due to incomplete NIDA biometric verification. Call our agent on 0745 210 338 to verify now.", "Ndugu I am agent Baraka from Vodacom. The new TCRA system upgrade requires all lines to re-verify, even old ones. To save your line and your M-Pesa money I will send a verification prompt now. Enter your M-Pesa PIN when it comes.", "Endelea ndugu, the last 2 numbers, quickly before the session times out"], ["mimi nilisajili na NIDA last year kwa agent wa Vodacom pale stendi. why blocked?", "sawa imekuja. 4 7", "0 9. done"], "hii prompt inasema 'Confirm payment TSh 380,000 to LIPA NAMBA 556712'. lipa namba ya nani hii?", []],
    ["It's very easy, Mama, I do it from here. I will send you a message with a code number, you tell me the code and your SIM is upgraded straight away, you don't need to go anywhere.", ["Kia orana, this is Vodafone Cook Islands, the network team in Rarotonga. We are upgrading all the Northern Group islands to the new 4G, and your SIM card must be upgraded or it will stop working."], ["4G on Penrhyn? Aue. The internet here is so slow, only the Wi-Fi at the school works properly. What do I do?"], "Okay, wait, my glasses... the message came. It says your Vodafone PAC is... six one, nine nine, oh four. Six one nine nine oh four.", ["code"]],
    ["好的，录入了。现在系统给您发了一个六位验证码，您报给我，认证就完成了。", ["喂，您好，是浙K拐幺三八二的车主吴根生吧？我是浙江高速ETC服务中心的，您的ETC卡认证信息过期了，今天不重新认证，明天上高速就抬不了杆，还会按逃费处理。", "很简单，我给您手机发了一条短信，里面有个认证链接，您点进去，填车牌号、身份证，还有绑定ETC的那张银行卡，几分钟就好。", "对，卡号要填完整。或者您直接念给我，我这边后台帮您录，快一点。"], ["啊？我明朝还要拉一车香菇到福建去嘞，弗好抬杆格话走弗了。葛么样弄嘞？", "链接……有嘞有嘞，“ETC在线认证”。车牌填好嘞，银行卡要填全部啊？卡号我记弗牢，要去车上拿卡。", "卡拿来嘞，农商行个。六二三一，五六八七……弗对弗对，五六拐八，两零幺九，四四三零，后头还有三个，幺幺六。"], "验证码……来嘞。短信上写个“请勿告知他人”嘞……算嘞，尔是ETC个。三八，幺勾，洞四。", ["code"]],
    ["姜阿姨您好，我是东关街道社区网格员孙倩。2026年度城乡居民医保开始缴费了，个人缴费400元，截止到12月31日。您家登记了您和叔叔两个人，可以在“爱山东”App或者微信“潍坊医保”公众号自己交，也可以来社区服务站，我们帮您操作。", [], [], "小孙啊 咋又涨了 去年不是380吗", []],
    ["From my MTN line boss, it's showing in your account now. Please hurry, my supplier is waiting since morning. If you can't send, give me your MoMo PIN and MTN will reverse it from their side.", ["Payment received for GHS 2,500.00 from KWAME OSEI. Current Balance: GHS 2,731.40. Transaction ID: 59831772046. Fee charged: GHS 0.00. Reference: supplier goods", "Hello boss, please I'm Kwame, I sent you 2500 by mistake, it was for my supplier in Tamale. Please help me and send it back to 0551 384 920, God bless you 🙏"], ["who sent me this 2500? i don't know any Kwame Osei", "which number you send it from? the message don't show any number"], "i dialled *170# myself. balance is GHS 231.40, nothing came in. and MTN don't need anybody PIN to reverse. go and find work", []],
  ]);
});

describe("the written calls of rounds 79 and 80: a card's rest said to be more, a Postal Savings card, a Cantonese ask for the ID, an Aadhaar's rest then the whole, a PAN's letters, an Eswatini PIN, a Sri Lankan NIC, an OTP's purpose and sum, a password's case told first", () => {
  readsEachInCallAs([
    ["卡号位数不对 您看看卡上后面是不是还有", ["【度小满金融】王磊您好，您的信用评估已通过，可借额度50000元，年化利率低至7.2%，无需抵押，最快当天到账，添加客服QQ 3304917725办理。退订回T", "您好 我是度小满放款专员 只要身份证和一张本人银行卡 放款直接打到卡上 先把卡号发我登记一下"], ["真能借5万？我最近是却钱 要啥条件", "建行的 6217 0033 5010 2298"], "哦 后面还有331 刚才手指头挡住了", ["card"]],
    ["那也没关系奶奶，我直接给您退到银行卡上。您把银行卡号念一下，还有您的身份证号码，我这边登记。", ["喂，你好，请问是段凤英女士吗？我是淘宝的售后客服。您上个月在我们店买的那个'彩虹电热毯'，质检发现有漏电的安全隐患，现在召回，要给您三倍退款，一共两百六十七块。", "对的奶奶，有隐患，您先莫用了。退款要走理赔流程，您加一下我们理赔专员的微信，他拉您进理赔群，在群里给您退。"], ["嗯，是我。电热毯……是我孙子帮我在手机上买的，现在天天晚上都在用呢，咋个了，会漏电？", "微信我不会弄哦，我这个手机就会接电话。"], "卡在抽屉头，你等哈……找到了，邮政的。六二幺洞，九八……后面的数字磨掉了，看不清楚。", ["card"]],
    ["得 唔急 你慢慢揾", ["妈 年廿八嘅动车票开抢喇 我帮你同阿爸喺12306买埋 防城港北去南宁东 你发身份证号码畀我 我添加乘车人"], ["好 你等阵 我揾下张身份证 喺抽屉度"], "450602 1968", ["id"]],
    ["Six six, go on. And sir, this is a confidential national matter. Don't tell your family members, and don't cut the call. Switch on your video and stay in the room alone.", ["Hello, am I speaking to Mr. Raghavan Srinivasan? I am calling from FedEx courier, Andheri branch, Mumbai. One parcel booked in your name to Taiwan is stopped by customs sir. Inside there are five passports, three credit cards and two hundred grams MDMA.", "Sir, it is booked with your Aadhaar number and your mobile number only. Maybe somebody has misused it. I am connecting you to Mumbai Cyber Crime Branch, you explain to them, otherwise FIR will be filed in your name today itself.", "Good afternoon Mr. Raghavan, I am Inspector Vikram Rathod, Cyber Crime Branch, Mumbai. Your Aadhaar is linked to a money laundering case of six crore rupees. To check whether you are involved, I need to verify your Aadhaar number. Tell me the twelve digits."], ["Parcel? Taiwan? I have not sent any parcel anywhere, sir. I don't know anybody in Taiwan even. Some mistake.", "FIR-aa? Aiyo. Seri, seri, connect. I am a retired Tamil teacher sir, thirty-four years in service, I have not done anything wrong.", "Yes sir, yes sir. I am taking the card from the almirah. It is... four eight two one, six six..."], "Six six zero three, then nine one seven five. Four eight two one, six six zero three, nine one seven five. Sir, my wife is asking who is on the phone, what shall I tell her?", ["id"]],
    ["Very good madam. Only for verification, tell me your PAN card number and one alternate mobile number, any relative.", ["Vanakkam madam, I am Priya calling from Bajaj Finserv personal loan department. You have got our SMS yesterday, no? You are pre-approved for a personal loan of three lakh rupees, without any documents, interest only one percent."], ["SMS? Yes yes, one message came. Three lakh-aa? Actually I need money for my daughter's marriage in Thai month. What I have to do?"], "PAN card... wait, it is in the bureau. Ah, here. B, K, R, P, L... four two seven... four two seven one, M. And my brother Senthil number, nine eight four four three, one two six oh seven.", ["id", "phone"]],
    ["Welcome Make 😊 Send your full names, Personal ID Number (PIN), where you work and one reference contact number.", ["FASTCASH ESWATINI 💰 Loans up to E25,000 in 2 hours! No payslip, no CRB check. Civil servants & informal traders welcome. WhatsApp 7943 2218 to apply."], ["Sawubona. I need E8,000 for my children's school fees. what do you need from me?"], "Phindile Shongwe. PIN 820416 1200 537. I sell vegetables at Mbabane market. reference is my brother Sipho seven six eight five, three zero two one", ["id", "phone"]],
    ["Vanakkam. This is Aswesuma Welfare Benefits Board, Jaffna District office. Your 3rd quarter payment Rs 15,000 is on hold because your bank details are incomplete. Send your NIC number and bank account today to update.", [], [], "Vanakkam sir. NIC 586142377V. account is in Peoples Bank Kopay", ["id"]],
    ["Ok amma. Now you will get an OTP from the bank to confirm. Tell me the 6 numbers quickly, system closes at 4pm today.", ["Vanakkam. This is Aswesuma Welfare Benefits Board, Jaffna District office. Your 3rd quarter payment Rs 15,000 is on hold because your bank details are incomplete. Send your NIC number and bank account today to update.", "Thank you amma. Account number also please, and the name as in passbook"], ["Vanakkam sir. NIC 586142377V. account is in Peoples Bank Kopay", "wait I take passbook. 091200 163384, name S. Sivapackiam. sorry sorry 163385 not 84, the 5 looks like 4"], "message came. 'Your OTP for fund transfer of Rs 49,500 is 730...' why transfer? my Aswesuma is only 15000", ["code"]],
    ["真乖。那个平台是我舅舅在新加坡做的，内部通道，稳赚不赔，我上个月赚了三十多万。你不会操作没事儿，你把登录密码告诉我，我用我电脑帮你盯盘。", ["亲爱的，下班了没？我今天在工地上待了一整天，就想着你。上回跟你说那个平台，你注册了没有？"], ["刚收摊儿，岛上今天俄罗斯人不多。注册了，昨晚上我儿子睡了我整的，整到半夜。"], "密码啊……是俩小写字母m、l，后边是我闺女生日，洞幺两八。你可别乱整啊，里边我就充了五千块试试。", ["password"]],
  ]);
});

describe("the written calls of round 81: a code's start broken off by 然后…… or by what the text says, 'came' in Hindi, last year's fee in dialect, the bank's number on the card rung, a web address spelt, a short code dialled, an NHIF number", () => {
  readsEachInCallAs([
    ["对对，您点领取，钱到了以后我们这边要核对一下，我让您开一个屏幕共享，就是在支付宝对话框里有个'共享屏幕'，您点开，我这边看着帮您操作，不然您一个人操作容易出错。然后您手机上收到一条验证码，念给我听一下。", ["喂，你好，请问是黄桂英黄女士吧？我这边是中通快递理赔中心的，您十二号在拼多多买的一个电饭煲，从广州发过来的，我们转运的时候给弄丢了，跟您说声对不住啊，我们这边给您走一个理赔。", "是这样的，电饭煲是一百二十九块，我们按三倍给您赔，赔三百八十七块。不过理赔要走支付宝的备用金通道，您打开支付宝，首页搜'备用金'，点进去领一下五百块，领了以后我再教您怎么操作退款。"], ["啊？电饭煲丢了啊？我还说么子还冇到。嗯嗯是我，是我买嘀，那哪么赔咯？", "三倍？箇么多啊。等下子，我店里来人了……好，支付宝是吧，我搜一下，备用金……嗯，看到了，上面写'最高可借五百'。"], "领到了领到了，五百块到我余额里了。验证码啊……我看一下，嗯，来了，是四七幺，然后……哎你等一下，我眼睛花了，拿眼镜。", ["code"]],
    ["张姐 我是和平街社区网格员小马 你家三口人2027年度的城乡居民医保还没交哈 截止12月31号 今年每人410", [], [], "410？年时还是380咧 一年比一年贵", []],
    ["好的审核中，您手机马上会收到一条验证码短信，念给我就完成提额了", ["【晋商银行信用卡中心】尊敬的持卡人，您用卡记录良好，可申请临时提额至50000元，有效期3天，详询专属客服微信jsyh-kf66。", "您好，我是晋商银行信用卡中心客服8023号。麻烦提供一下卡号、有效期和卡背面三位安全码，系统给您做提额审核", "还差卡背面签名栏最后三位数字"], ["加上了 咋提 快些说 店里忙", "卡号 六二五九 零六五零 二二八一 四四七三 有效期二八年三月", "幺九八"], "短信上写着验证码不要告诉任何人 包括银行工作人员 我不念了 我打卡背面那个95105588问问", []],
    ["That card got declined, sorry. I'll text you a secure link now to update your payment details, it only takes a minute, and your cover's back on straight away. If it's not done by midnight we have to cancel the policy.", ["Hi, it's Mia from RACQ Insurance, calling about your car insurance on the Hilux. Your renewal payment on the twentieth didn't go through, so at the moment you're not covered."], ["Not covered? It should've come off my Visa, the one ending two two three one."], "Righto, it's come through. R-A-C-Q dash renew dot com? That's not the normal RACQ site, is it?", []],
    ["Please dada hurry, the hospital wants the money before 12. You saw the M-Pesa message na?", ["Habari dada, samahani I have sent you Tsh 45,000 by mistake, it was for my mother's bill at Benjamin Mkapa hospital. Please kindly return it to this number 0754 318 226, Mungu akubariki 🙏"], ["Pole kaka. Wait let me check"], "I have checked M-Pesa mini statement *150*00#. Hakuna 45,000 that came, balance is same as morning. That sms is not from M-Pesa", []],
    ["Monday 1/12 is available at 9:30am. Please confirm, and send your NHIF membership number so we update the file.", ["Benjamin Mkapa Hospital: Dear BARAKA LUKUMAY, your appointment at the Eye Clinic is on Thu 27/11 at 8:00am, Block B. Bring your NHIF card and referral letter. To change the date reply to this number."], ["Habari. Thursday I will be travelling to Singida. Can I come next week Monday?"], "Yes monday 9:30 ok. NHIF no. 02-4417-5590-31 (from the card)", ["id"]],
    ["IFSC not needed I found it. Now one OTP will come on your mobile from DBT, read it to me, then Rs 10,000 will credit.", ["Namaskar, I am calling from Block Agriculture Office Mirik. Your name is in the Krishak Bandhu list for Rs 10,000 extra flood relief for orange farmers. Do you have SBI or Central Bank account?", "Yes that's why government sanctioned. Tell me the account number and IFSC, I will enter in the DBT portal now itself, today is last date."], ["Central Bank, Mirik branch sir. Flood relief? Last monsoon my whole orange garden slid down", "account 3 1 4 5 - 0 8 8 2 - 7 1 9 3. IFSC I don't know, it is on passbook, wait"], "haan OTP aaya. 6 2 9 ... it is also saying do not share with anyone", ["code"]],
  ]);
});

describe("the written calls of round 82: a Chinese mobile that a North American toll-free line's shape shares, a card's rest to a line asking for it whole, a police line named after the call, a code's start before its rest is said unreadable", () => {
  readsEachInCallAs([
    ["很简单，您先加一下我们带教老师的微信，她会把您拉到任务群里。您的微信号是多少？我让老师加您。", ["您好，我们是抖音官方推广部的，现在招聘居家兼职，给商家视频点赞关注，一单三块钱，一天轻轻松松一两百，不收任何费用，您有兴趣了解一下吗？"], ["点赞也给钱啊？我在家看孩子，倒是有工夫。咋弄啊？"], "我微信就是手机号，一八三三一七幺洞九二六。", ["phone"]],
    ["正规公司做推广的 不是刷单哈😊 先做3单试试 佣金秒结。留个手机号我给你开个账号", ["同学你好～看你在校园兼职群里，我们招抖音点赞员，关注一个博主给3块，一天轻松一两百，宿舍里就能做，感兴趣吗😊"], ["真的假的 点个赞就给钱？？"], "18774650392 先试下咯", ["phone"]],
    ["卡号发完整 还有身份证号", ["【蜀信e贷】汉源县农户专享：凭身份证即可申请5-20万无抵押贷款，不看征信，当天到账，详询微信sxed-8866", "好的大哥，八万没问题，月息很低。把姓名、身份证号和收款银行卡号发我，给你录系统"], ["你好 加你了 我想贷八万 明年多栽点花椒", "杨光明 卡是农信的 6214 6512"], "0001 3377 852 身份证我等哈拍给你", ["card"]],
    ["We need to match it, ma'am. This is a confidential investigation, you can't tell your roommates or your parents in China. Tonight you should check into a hotel alone so we can do a video statement, and to clear your name you'll move your savings into a secure government account until the case is closed.", ["Hello, this is Kevin from Canada Post, the parcel centre in Saskatoon. A package under your name, Zhang Wei, was stopped by Canada Border Services in Vancouver. Inside there are eleven fake passports and some bank cards. Your address on Cumberland Avenue is on the label.", "I understand, ma'am, a lot of students are victims of identity theft right now. I can transfer you directly to Constable Harris at the RCMP so he can open a file and protect you. Should I put you through?", "RCMP, Constable Harris speaking. Ms. Zhang, your social insurance number was used to open an account at a bank in Vancouver that's part of a money laundering investigation. I need you to read me your SIN so I can confirm it matches the one on file."], ["What? I did not send any package. I don't know anything about passport, I am student at U of S.", "Okay... yes, please transfer me, I need to explain this is not me.", "Money laundering? Oh my god. Okay, it's nine four seven... two one three... wait. Why police need my number? You already have it, no?"], "Hotel alone and move my money? No. My roommate says police never ask money like this. I will call Saskatoon police myself, the non-emergency, three-oh-six, nine-seven-five, eight-three-hundred.", []],
    ["Walaikum salam uncle. I am Officer Sabbir, bKash head office. I'm sending a verification code to your phone now, tell me the 6 digit code to release the hold.", ["bKash: Tk 25,000 remittance from UK is on HOLD in your account due to KYC mismatch. To release, contact bKash Care Officer 01864552019 within today."], ["Assalamu alaikum. Abdul Hannan here, Amberkhana. amar fua'r taka from Birmingham? kila release korbo bolo"], "ok wait.. 3 8 1 ... the rest letters are very small. 7 0 5?", ["code"]],
  ]);
});

describe("the written calls of round 83: a one-time security code, a phone held or a call answered that asks no number, a nine-digit number on a health card's front, Aruba's AZV number and persoonsnummer, a Sri Lankan NIC by its shape (and a relative's number the courier will ring, which stays a phone)", () => {
  readsEachInCallAs([
    ["婆婆，那是骗子！公安局从来不会喊人转钱到安全账户。这笔钱我们已经帮您止付了，您莫再转了，也莫再接那个人的电话。", ["向婆婆您好，我是吉首农商银行乾州支行的小舒，您上个月来我们这里办过社保卡激活的，还记得吧？刚刚系统看到您手机银行上有一笔五万块钱要转到广东一个私人账户，被我们拦下来哒，想问一下是不是您自己转的。"], ["是我转的啊，有个公安局的人港我卡涉嫌洗钱，要我转到安全账户去查……"], "骗子啊？他还港等哈要给我发个么子验证码……哦，来哒来哒，短信上是幺九三，四洞八，你要不要？", ["code"]],
    ["Okay, don't worry, we've stopped that one, but there's a second attempt pending. To block the card and reverse it I'm going to send you a one-time security code. When it comes through just read it back to me so I can confirm it's yourself holding the phone.", ["Hello, this is Conor from the AIB fraud prevention team. Am I speaking with Mrs. Mairéad Doyle? We've flagged a payment of eight hundred and sixty-four euro to a merchant in Lithuania on your debit card ending four-four-one-nine. Did you authorise that?"], ["Lithuania? I did not! Sure I was at the mart in Enniscorthy all morning. Oh God."], "Right, right. Hold on now... it's after coming in. It's five, seven, tree...", ["code"]],
    ["Okay, it's the nine-digit number on the front. Just read it slow, this site's picky.", ["Hi Auntie Marg, it's Jenna. I'm on the eHealth site trying to book your eye appointment in Regina like we talked about on Sunday. Do you have your health card handy?"], ["Oh, Jenna, you're a dear. Hang on, it's in my purse by the door... okay, got it."], "Nine... oh, I need my readers. Four, one, two... seven, seven, oh... nine, eight, three. That's it.", ["id"]],
    ["Bon dia, AZV Servicio here 👋 The update page is giving error for many clients today. Send me your AZV number and persoonsnummer here and I update it for you", ["AZV Aruba: Bo carta di AZV ta bloqueado pa falta di actualisacion. Update your details within 48 hrs to keep your coverage: https://azv-aruba-update.com"], ["ohh no my son have doctor appointment friday 😩 ok doing it now"], "AZV nr is 2318 4470, the persoonsnummer i need to look on my cedula wait", ["id"]],
    ["Ok. Also the persoonsnummer pls, and the card number for the Afl. 25 reactivation fee", ["AZV Aruba: Bo carta di AZV ta bloqueado pa falta di actualisacion. Update your details within 48 hrs to keep your coverage: https://azv-aruba-update.com", "Bon dia, AZV Servicio here 👋 The update page is giving error for many clients today. Send me your AZV number and persoonsnummer here and I update it for you"], ["ohh no my son have doctor appointment friday 😩 ok doing it now", "AZV nr is 2318 4470, the persoonsnummer i need to look on my cedula wait"], "persoonsnummer 19900417 03. why i have to pay 25 florin? AZV never charge me nothing", ["id"]],
    ["Sir NIC has 9 numbers and V. Send the full NIC and the account number", ["ASWESUMA: Your family is eligible for additional payment Rs.15,000 (Phase 2). Register before 5pm today: aswesuma-gov.lk-pay.info -Welfare Benefits Board", "Dear beneficiary, site is busy. Send your NIC number, bank name and account number here, our officer will register you directly"], ["link not opening. how to register? we are already getting aswesuma from the GN", "NIC 742811 56... account is BOC Kandapola, number i have to find the passbook"], "742811563V. sorry no 742811536V my son says i typed wrong. account number my son says dont give, GN office will pay like always", ["id"]],
    ["没事，我们两个人送。到时候您要是不在，我直接打您家里人电话吧，您给我留一个？", ["喂，是吴淑芬吴阿姨吗？我顺丰快递的，我姓陈。您有个大件，从厦门寄过来的，上面写的按摩椅，挺重的，要本人签收，您现在在家里吗？", "那好，我大概四点半到你们那个小区，荔园新村七号楼是吧？几楼啊，有电梯吗？"], ["按摩椅？哦哦，是阮囝买的，伊在厦门上班，讲过要给我寄一个。我现在在木兰溪边走路，厝里有阮老公在。", "对对，七号楼五〇二，没电梯哦，五楼要扛上去，辛苦汝啦。"], "好，打阮老公，伊姓黄，电话一三九，五〇六……等一下我看手机里存的……五〇六幺，二八七三。伊耳朵有点背，汝讲大声点。", ["phone"]],
  ]);
});

describe("the written calls of round 84: a card's start to a line asking for all sixteen and the three on the back", () => {
  readsEachInCallAs([
    ["Yes, all sixteen please, Valerie, and then the expiry and the three numbers on the back.", ["Hello, is this Mrs Valerie Brandt? Congratulations, Valerie, this is Nathan from the IGA Customer Rewards Centre. You've been drawn as a winner in our national shopper draw, for a five thousand dollar IGA gift card and a Weber barbecue, because you're one of our loyal customers at Katanning IGA.", "That's right, that's how you were entered. Now to release the prize we just need to cover the, uh, the freight on the barbecue and the insurance on the card, that's forty-nine ninety-five, and I can take that off your card today. Have you got your card handy?"], ["Oh my goodness! Me? I never win anything. I do my shopping there every Thursday.", "Forty-nine ninety-five, well that's not too bad. Hang on, it's in my purse... here. It's a Mastercard, five two, um, one seven... do you need all of the numbers?"], "Five two one seven, three... Oh, here's my grandson Kane. Kane, it's the IGA, I've won a barbecue! He wants the phone.", ["card"]],
  ]);
});

describe("an older round's code read again: a security code the caller is sending, its first two digits as the text comes in, and a WhatsApp code a text brought (a text from WhatsApp asks for no WhatsApp number)", () => {
  readsEachInCallAs([
    ["check ya messages its from WhatsApp, 6 numbers. I was setting up my new phone and put your number by mistake 🤦🏾‍♂️", ["Yo Teddy wassup bro, sorry to bother, I sent a 6 digit code to your number by mistake, could you send it to me pls"], ["Shawn? what code. I ent get nothing"], "ok it reach now. 391", ["code"]],
    ["thank uuu xx its the one from whatsapp", ["hey hun its Jen from Thursday tempo group 🏃‍♀️ sorry random q, I accidentally put your number in when I was setting up whatsapp on my new phone, you'll get a 6 digit code by text, can u send it to me pls"], ["haha classic jen. hang on"], "ok its 394", ["code"]],
    ["Hi Órla, Ciarán here from Bank of Ireland Fraud Prevention. We've paused the new device but whoever added it has your login. I'm sending you a security code now, send it back to me here so I can confirm you're the account holder and remove the device.", ["BOI: A new device (iPhone 15) was added to your 365 Online account at 21:42. If this was NOT you reply NO and our Fraud Team will contact you on WhatsApp."], ["NO. i didnt add anything, i have a samsung"], "ok its come in. 48", ["code"]],
  ]);
});

describe("the written calls of round 85: a wee security code sent by text, a refund to go to the bank account after an IRD number asked, a Ghana Card and a grandson's MoMo number, an ATM card's number named just before, a room's price a night", () => {
  readsEachInCallAs([
    ["Right, don't you worry, that's exactly why we're calling. I've put a hold on it from our end here at the bank, but to cancel it fully the system's sending you a wee security code by text now. Can you read me that code when it comes through? It'll be six numbers.", ["Hello there, is that Mrs Peigi MacNeil? It's Daniel here from the Bank of Scotland fraud team. We've had a payment flagged on your debit card ending four four one seven, six hundred and forty-nine pounds ninety-nine at a Currys in Manchester, just this morning. Was that yourself?"], ["Manchester? Och, no, no. I've not been further than Oban since the spring, a ghràidh. Six hundred pound, dear me. No, that wasn't me at all."], "Oh, right you are. Hang on till I find my glasses... that's them. Aye, there's a text just come. It says, um, four, one, nine...", ["code"]],
    ["Awesome. So first, can you read me your IRD number, and then I'll send a link to your phone to log into myIR so the refund can go to your bank account.", ["Hi, is that Kieran Walsh? This is Anna from Inland Revenue. You overpaid tax in the twenty twenty-four year and you're due a refund of one thousand one hundred and forty-six dollars twenty. I just need to confirm a few details with you to release it."], ["Oh sweet, yeah, that's me. A grand? Mean. I did change jobs that year, so that'd make sense."], "Yeah, hang on, it's on my payslip somewhere... here. It's 124 668 307.", ["id"]],
    ["Madam the number is not complete. Send all the digits as written on the card", ["Ministry of Gender, Children & Social Protection (LEAP Programme): Dear beneficiary, you have been selected for the 2025 LEAP Northern Region Support Grant of GHS 1,800. To receive your grant reply with your full name, Ghana Card number and MoMo number."], ["Ayishetu Abdulai. ghana card GHA-7125"], "GHA-712584093-6. the momo is my grandson own 0541 229 870", ["id", "phone"]],
    ["Don't worry madam. Open the link, enter your CMCHIS card number, Aadhaar and the bank debit card linked, for ₹1 verification. You will get OTP, send it here to activate", ["CMCHIS Alert: Your Chief Minister's Comprehensive Health Insurance e-card is BLOCKED due to pending e-KYC. Update within 24 hours to continue free treatment: http://cmchis-ekyc.in/update"], ["my husband hernia operation next month in GKNM under this card only. what to do now?"], "I don't have debit card, only Indian Bank ATM card. number is 6070 8400", ["card"]],
    ["老板你好 在小红书上看到你家民宿 7月19到22号 要4间房 我们公司团建 有没有", [], [], "有的 四间都要家庭房的话380一晚 三晚一共4560 先付一半定金就行", []],
  ]);
});

describe("the written calls of round 86: a daughter's number handed over (她那个号), the 12333 app named in quotes, a card's rest to a line that asks to be rung, a sum in hundreds of bucks, a Wi-Fi key, a NIDA number and its end, a colleague's number asked by name", () => {
  readsEachInCallAs([
    ["行，那您把您闺女的电话说一下，我给您登记上，复查结果出来了也跟她说一声。", ["喂，是刘振山大爷吧？我是六道河镇卫生院的，我姓赵。上礼拜您来咱这儿做的那个老年人免费体检，结果出来了，血糖有点儿高，想让您有空再过来抽个空腹血复查一下。", "对，空腹血糖八点几，不算忒高，您别紧张。复查也不要钱，您哪天早上不吃饭过来就行，这礼拜下礼拜都行，带上医保卡。"], ["卫生院的？哦哦，是，上礼拜二我是去了，跟我们村好几个老头儿坐班车一块儿去的。血糖高啊？", "那我明儿个早上就过去，坐七点那趟班车。我这眼神儿不好，你们要是有啥事儿，直接给我闺女打电话也行。"], "她那个号是……幺三九，三幺四幺，零八六二。对，就这个，她叫刘艳红，在兴隆县城上班。", ["phone"]],
    ["你好，我是人社局的，你爷爷的养老金认证过期了，我给你手机发个链接，你点开按提示操作一下，绑卡的时候输一下卡号和密码。", ["喂，是那丹珠老爷子吧？我是围场县人社局养老保险股的。您今年的养老金资格认证还没做，月底之前不做的话，下个月养老金就停发了。", "对，每年都得弄一回。老爷子，您家里有年轻人没有？让他接电话，我给他发个链接，按提示刷个脸，再绑一下领养老金那张卡就行。"], ["啥？你大点儿声，我耳朵背……认证？去年不是我孙女搁手机上给我弄了吗？", "有，我孙女在屋呢。丫头，你过来，人社局的找你。"], "养老金认证在'掌上12333'APP里就能做，去年我就是在那上边给我爷弄的，从来不用绑卡输密码。你发的链接我不点，我自个儿上12333给他弄。", []],
    ["好的大爷，卡号后面的也发一下。登记完您去那吉镇上找个信用社的ATM，到了给我打电话，我教您操作激活补贴", ["【阿荣旗农牧局】郭振山您好，您去年购置玉米收获机的农机购置补贴8600元已审批，因系统升级需本人确认领取，请联系农机站王科长 13847061392", "郭大爷，我是王科长。补贴直接打您卡上，您把领补贴的银行卡号和身份证号发我，我给您登记"], ["我是郭振山 去年是买了个二手收割机 补贴咋领 我不会整手机", "身份证一五零七二一一九五七零六一二 后面几个我得找找 卡是信用社那个 六二二四 五二零零"], "后面是 三七一九 零零八二 幺五二 我闺女说礼拜六拉我上镇里", ["card"]],
    ["That's just a pre-authorisation hold, mate, it drops off straight away. Read me the rest of the code quick before it times out.", ["G'day, it's Linkt customer service calling about an unpaid toll on your account. We sent you a text on Monday about a trip on the Logan Motorway, eleven dollars eighty-five. It's now overdue, so there's an admin fee, and if it's not sorted by five o'clock today it goes to a hundred and eighty-five dollar penalty notice.", "No worries, I can take that over the phone for you right now. Total's twenty-one eighty-five with the admin fee. Can I grab the long number on the front of your card?", "Yep, keep going.", "Beauty. And the three digits on the back. Then you'll get a text from CommBank with a code to approve it, just read that out to me and you're all done."], ["Oh yeah, nah, I did get a text. I was down in Brissie for the footy a few weeks back, probably went under one of them gantries. How do I pay it?", "Yeah hang on, wallet's in the ute. ... Righto. It's a CommBank one. Five two one seven, four one double-oh,", "Eight eight three two, six oh nine one. Expiry's oh-seven, twenty-seven.", "Three four nine. ... Yep, text's just come. It's one nine... hang on. It says I'm approving a payment of one thousand four hundred and eighty dollars. Fourteen eighty? You said twenty-one bucks."], "Nah. Nah, I'm not reading that out to ya. Fourteen hundred bucks ain't a hold. I'm ringing CommBank and getting this card stopped.", []],
    ["Okay, please go to the router, the black box, and on the bottom there is a sticker. Read me the network name and the wireless key so I can change it from our end.", ["Hello sir, I am calling from Tbaytel technical department. Our system is showing your internet router is sending out hacking signals, somebody is using your connection. We need to secure it right now, before your service is cut off."], ["Hacking signals? Well, the internet's been slow as molasses, I'll give you that. What do I gotta do?"], "Hang on, I gotta get down on the floor here. ... Okay. Network's Tbaytel dash four one C nine. And the key is, capital K, seven, h, r, two, m, nine, x, p, four. No vowels in that thing, eh.", ["password"]],
    ["VODACOM: Dear customer, your line 0767 *** 412 is not verified with NIDA biometrics and will be BLOCKED today at 18:00. To verify, reply with your NIDA number. Customer Care: 0745 220 913", [], [], "Habari. NIDA yangu 19870415-33107-00002", ["id"]],
    ["Asante Mr Baraka. The number is not complete, please send the remaining digits.", ["VODACOM: Dear customer, your line 0767 *** 412 is not verified with NIDA biometrics and will be BLOCKED today at 18:00. To verify, reply with your NIDA number. Customer Care: 0745 220 913"], ["Habari. NIDA yangu 19870415-33107-00002"], "samahani, -21 mwisho. so line iko safe now?", ["id"]],
    ["Good. In a meeting with a supplier from POS, can't talk. Need you to do a transfer of TT$18,600 to the supplier account before 11, I'll send details. Also send me Kevin from stores number, I need him to load the van.", ["Hi Shivani, Mr Ramsaran here. Using my other number, main phone acting up. Save this one. You in office?"], ["Morning Mr Ramsaran, yes I here. saved 👍"], "Kevin is 868-752-4419. For the transfer I need the payment voucher signed, Miss Lutchman say no transfer without it", ["phone"]],
    ["Safi! Send me Eddie's number, I'll call him when we pass Shinyanga", ["Dada Joyce, nimepanda Happy Nation bus saa 12 asubuhi from Magufuli terminal, we reach Nyegezi around saa 2 usiku. I'm coming with the baby. Can someone pick us?"], ["Karibu sana! I'm at work till saa 3 usiku but Eddie can pick you, he has the bajaji"], "Eddie ni 0756 881 230. tell him ni wewe dada yangu, he doesn't pick unknown numbers", ["phone"]],
  ]);
});

describe("the written calls of round 87: a sum the line names in yuan said back, a sum worked out (400乘3是1200), a card named by its last four in hand, an NIS number", () => {
  readsEachInCallAs([
    ["做得好～9元已经发你了。接下来带你进任务群做“福利单”，充值98元做单，完成返还128元，这个是新人专享的哦", ["亲，在吗？看到你在文成宝妈群里，我们这边招抖音点赞员，在家用手机就能做，一单3元，一天轻松一两百，不收任何费用哦😊", "真的呀，很多宝妈都在做，我发你三个视频试试，点完截图给我，马上发你9元红包"], ["点赞就有钱？真的假的", "好滴 那我试试"], "要先充钱啊？98…我先问问我老公", []],
    ["没关系，带户口本或者身份证原件也行，我这边系统能查到的。", ["项阿姨好，我是村里网格员小项。明年的城乡居民医保开始交了，一个人400块，12月31号前交好就行。可以在支付宝或者浙里办上自己交，也可以带社保卡到村委会，我帮您弄。", "可以的，明天上午九点到十一点我都在村委会，您把三个人的社保卡带过来当场交，现金扫码都可以。身份证号什么的不用在微信上发给我。"], ["我弗会弄支付宝个 你帮我弄行否 我阿爸阿妈也要交", "我阿爸个社保卡寻弗着了 咋弄"], "好个 明天上午我带过来 400乘3是1200对否", []],
    ["Affinity Credit Union fraud line, Ashley speaking. Oh, hi Karen, thanks for calling back through. So that six hundred and forty-nine at Best Buy, was that you?", ["Hi, this is Ashley calling from Affinity Credit Union's fraud monitoring team. May I speak with Karen Desjarlais, please?", "That's a very fair question. I won't be asking you for your card number, your PIN or any codes, and I'm not asking you to move any money. I'm just calling about a purchase on your Visa ending four four zero six, six hundred and forty-nine dollars at Best Buy online this morning. If you'd rather, you can hang up and call us back on the number on the back of your card."], ["Speaking. How do I know you're Affinity, though? I've had three of these calls this month.", "Yeah, I'd rather. I'll call the number on my card. Hang on."], "No, that wasn't me. The four four oh six is right here in my purse.", []],
    ["Thank you Mr Browne. To process the deposit we need your NIS number and your bank account number. The grant is paid direct, no need to come to the office.", ["Good day. This is Ms. Ollivierre from the Ministry of National Mobilisation, Social Development. You are listed for the La Soufriere Recovery Grant of EC$3,500 for farmers in the red zone. Kindly confirm your full name and district."], ["Yes mam is Clement Browne, Sandy Bay. I lose 2 acre dasheen and banana in the ash. Thank God"], "NIS no is 0 4 7 1 2 9 ... wait lemme check the card good. 0471296", ["id"]],
  ]);
});

describe("the written calls of round 88: the old number of someone with a new one, said whole, handed over (case 118), and a relative's number rung with its start put right", () => {
  readsEachInCallAs([
    ["对对，奶奶，我是小军。我感冒了。我原来那个手机掉了，这个是我新号码，你存一下，原来那个号莫打了。", ["喂，奶奶，是我啊，你猜我是哪个？"], ["哪个哦？……是小军吗？声音有点哑。"], "啊？手机掉了啊？你原来那个号是幺五拐，七七八幺，两洞六九嘛，那个不要了？", ["phone"]],
    ["Shikamoo mama, ni mimi Juma. I changed my number, this is my new one. My old phone fell in the water at the hostel 😩", [], [], "Marahaba mwanangu. eeh why didnt you tell me. so your old number 0754 318 226 is dead completely?", ["phone"]],
    ["The cops took my phone, this is my lawyer's phone. His name's Mr. Bennett, he'll tell you how to get the cash to him, a courier can pick it up from your house this afternoon. Grandpa, please, I don't want to stay in here overnight.", ["Grandpa? It's me. I'm... I'm in real trouble, please don't be mad.", "Yeah, it's Tyler. I broke my nose, that's why. I was in an accident in Grande Prairie, I hit a lady's car and they found weed in the truck, and the cops are holding me. My lawyer says bail's four thousand five hundred. Can you help me? Please don't tell Mom and Dad, they'll kill me."], ["Tyler? Is that you, Tyler? You sound funny.", "Holy smokes. Are you hurt bad? Where are you calling from, this isn't your cell."], "Hold on, son. I'm calling your cell, the number on my fridge, six oh four... no, two five oh, seven eight five, four four one two. If you don't pick up, I'll know.", []],
    ['小王，我是你们李总，这是我新号码，你存一下。', [], [], '李总好，您这个号码是 一八二 幺零零七 三六五五 对吧？我存上了。', []],
  ]);
});

describe("a WhatsApp code in Hinglish: forwarded to a 'mila?' that only asks whether it came, its start as 'haan aya 318 ...', its rest to 'baqi 3 bhi bhejo na'", () => {
  readsEachInCallAs([
    ["mila? jaldi bhejo yaar I'm logged out", ["Sanam! AOA, Areeba here. yaar I sent my whatsapp code to your number by mistake, 6 digit wala, plz forward it jaldi 🙏"], ["walaikum salam Areeba! ruko checking"], "haan aya 318 ... wait screen lock ho gayi", ["code"]],
    ["baqi 3 bhi bhejo na", ["Sanam! AOA, Areeba here. yaar I sent my whatsapp code to your number by mistake, 6 digit wala, plz forward it jaldi 🙏", "mila? jaldi bhejo yaar I'm logged out"], ["walaikum salam Areeba! ruko checking", "haan aya 318 ... wait screen lock ho gayi"], "274. but likha hai 'do not share this code'. tum theek ho na?", ["code"]],
  ]);
});

describe("the written calls of round 89: a code's start to a line that says the card's rest is seen, an ID's rest after a piece begun again, a pickup code the station's text sent, a subsidy paid in and its sums said back", () => {
  readsEachInCallAs([
    ["没事儿，后面几位我这边系统能看着。验证码发过去了，您看一下短信，六位数，念给我。", ["喂，您好，请问是李桂芹女士吗？我这边是中通快递理赔中心的，工号幺零八三。您上个月二十六号在淘宝买的那个小太阳电暖气，从哈尔滨发往塔河的，转运的时候给弄丢了，实在不好意思啊。", "您别着急，我们这边按三倍给您理赔，一共五百六十七块。不过现在理赔要走支付宝的备用金通道，您打开支付宝，搜'备用金'，点进去领一下，领完我们再给您核销。", "对，那五百是先给您的理赔款。不过系统显示您支付宝开通了一个商家保障服务，这个不关的话每个月要扣您八百块钱。您现在下载一个'云视讯'，新建一个会议，把会议号报给我，再点一下共享屏幕，我一步一步教您关。", "好的，我已经进来了，看到您屏幕了。您支付宝这边流水不够，关不了，得做一下银行流水。您打开邮储银行APP，把您那张卡的卡号念一下，一会儿收到的验证码也念给我，我这边给您核销。"], ["啊？丢了？我说咋这些天一点动静没有呢。嗯呐，是我，那玩意儿一百八十九块钱呢，那咋整啊？", "你等会儿啊，店里来人买烟了……行了行了，支付宝我打开了，搜备用金是吧？出来个五百，这就是你们赔的呗？", "一个月扣八百？那可不行，我这小卖店一个月才挣几个钱儿。下完了……会议号是三幺七，五五两，零八九，你进来吧。", "卡号啊……你等我找找，六二一七，九九幺……不对，这是我家老头儿那张。我的是六二一七，九九两零，幺八三四……后边儿那几位磨没了，看不清。"], "来了来了，是……四八，七……哎不对，这短信上咋写着'您正在申请借款'呢？借款？我没借钱啊！", ["code"]],
    ["后边四位呢，赵师傅？", ["喂，赵德福老师傅吧？我是大兴安岭地区人社局养老保险科的，姓孙。今年你们林业系统退休的都得做养老金资格认证，您这还没做呢，月底前不做，下个月养老金就停发了。", "今年政策改了，全省统一线上认证，社区不管这个了。我这边直接给您登记，您把身份证号报一下。"], ["啊，是我是我。认证？往年不都是社区给整吗，今年咋还得自个儿弄？", "行，你等我找找老花镜……两三两拐两两，幺九五四，洞三……洞三幺六，后边儿是……"], "两洞拐幺。我在蒙克山瞭望塔上干了三十来年，报数都这么报，你听明白没？", ["id"]],
    ["哈哈那得赶紧拿 别捂坏了 对了你取件码多少来着 我这边出库得扫一下", ["【菜鸟驿站】您的圆通包裹已到满洲里五道街菜鸟驿站，取件码8-2-3017，营业时间9:00-20:00，请凭取件码及时领取。", "丽娟姐 你那个圆通的是个大箱子 挺沉的 架子上搁不下 给你放门口地上了 来了跟我说一声就行"], ["好的 晚上下班去取", "行 谢了啊 我妈从哈尔滨给寄的酸菜跟粘豆包 贼沉"], "8-2-3017 我七点多到", ["code"]],
    ["@所有人 各位乡亲，今年的草原生态保护补助奖励资金已经打到各户的“一卡通”上了，禁牧补助每亩7.5元，草畜平衡每亩2.5元。大家去信用社或者用手机银行查一下，有问题来嘎查委员会找我。最近有冒充财政局打电话让去取款机“领补贴”的，都是骗子，别理。", [], [], "收到 我家的查了 到了 4860", []],
    ["乌力吉大哥 你家是780亩禁牧 算下来该是5850 你那数不对吧 是不是还有一笔 你把存折带上 明天来嘎查我给你对一下", ["@所有人 各位乡亲，今年的草原生态保护补助奖励资金已经打到各户的“一卡通”上了，禁牧补助每亩7.5元，草畜平衡每亩2.5元。大家去信用社或者用手机银行查一下，有问题来嘎查委员会找我。最近有冒充财政局打电话让去取款机“领补贴”的，都是骗子，别理。"], ["收到 我家的查了 到了 4860"], "我再看看 哦 是两笔 一笔4860 一笔990 加一块5850 对着呢", []],
  ]);
});

describe("the written calls of rounds 89 and 91: a key box's code said again after the caller said it back (still the person's), and a bank's or a regulator's line called by its name", () => {
  readsEachInCallAs([
    ["Will do. Love you, bye.", ["Mum, it's me. I've locked myself out again, I left my keys in Dad's Land Rover and he's gone out to MPA. What's the code for the key box by the peat shed?", "Two seven one one, got it. Ta. Want me to put the tatties on for tea?"], ["Liam! Again? Honestly. It's, um, it's your gran's birthday, one nine four two. No wait, we changed it after the Bensons' break-in. It's two seven one one now.", "Yes please, and the mutton's in the fridge. And lock up after you this time."], "Bye, love. Two seven one one, and don't write it on your hand.", ["password"]],
    ["Sir, that is system error, don't worry, it will be refunded. I am sending one more request to reverse it, just enter the PIN again.", ["Hello sir, I am calling from HPSEBL electricity office, Shimla. Your last month bill is not updated in our system, so tonight at nine-thirty your connection will be disconnected. Kindly pay ten rupees for updating.", "Sir, payment is received but not updated, that is why. I am sending you one UPI collect request of ten rupees from HPSEBL Update, just accept it and enter your UPI PIN, it will update immediately.", "Sent sir. Aa gaya PhonePe pe? Just enter the PIN and it is done."], ["Arre bhai, I paid the bill on Paytm only, on the fifth. Fourteen hundred and something it was.", "Accha theek hai, ten rupees only na. Send it. I am in the shop, customers are standing, jaldi karo.", "Haan, came. Which PIN, ATM wala? It is same only... four zero nine one... ho gaya. Wait, it is showing nine thousand nine hundred ninety? Bhai, this is not ten rupees!"], "No no no, I am not entering anything now. I am calling SBI customer care right now, one eight double oh, one two three four.", []],
    ["Thank you sir, card verified ✅. Now you will get an SMS code, tell me it to complete", ["Assalamualaikum Ch. Rasheed sahib. This is Officer Naveed, State Bank of Pakistan Complaint Cell. Your HBL ATM card is not biometric verified, as per new SBP rule it will be blocked today. Please keep card in hand.", "Sir SIM and ATM are different. I am verifying on system now. Read me the 16 digit number on front of card, then 3 digit code on back.", "Take your time sir. Also tell the back 3 digit number and the 4 digit PIN so system matches your biometric"], ["ji card is with me. but i already did thumb for SIM at Jazz franchise, is this different?", "hold on.. 4 2 1 0 3 6 ... eyes weak, my grandson reads it normally", "back number 7 1 9. PIN is our house number ulta, 4 0 2 1"], "This is his son Tariq. Abba is 72. You took his card details, I have called HBL 111-111-425 and his card is blocked now. shame on you", []],
    ["Ur choice sir. PTA will also blacklist ur CNIC, no new SIM on ur name for 5 years", ["SCOM Alert: Dear user, as per PTA directive all SIMs not re-verified will be BLOCKED within 24 hrs. Reply with ur CNIC no. and the 4-digit code we send to complete re-verification. Helpline 0355-5109933", "Code will come shortly sir. First send CNIC number for record then code. Otherwise ur number will be closed and balance lost", "Sir its genuine SCOM, ur SIM blocks tonight. Dont waste time going to franchise, it takes 3 days. Just send CNIC here, takes 1 minute"], ["which code? I didnt get any code", "SCOM never sends msgs like this from a 0355 mobile number. my brother works at SCOM exchange in Jutial, this is fraud", "then let it block. not sending anything"], "reported this number to PTA complaint 0800-55055", []],
  ]);
});

describe("the written calls of rounds 89 to 91: Bhutan's CID number (no card's CID), Pakistan's CNIC as the shanakhti card and its rest, and what a text says, quoted, after a password is named", () => {
  readsEachInCallAs([
    ["Good morning sir. This is DHL Express Thimphu. A parcel booked under your CID to Bangkok was stopped at Paro airport customs. It contains 3 fake passports and 500g drugs. The case is forwarded to Royal Bhutan Police. Please confirm your CID number.", [], [], "I never sent any parcel to Bangkok in my life. My CID no.11506001234, you check properly.", ["id"]],
    ["BISP 8171 Alert: Congratulations! Your Benazir Kafaalat payment Rs 25,500 has been released. To receive send your CNIC number to this number. -Govt of Pakistan", [], [], "Asalam alikum. I am Zubaida Bibi widow from Chehla Bandi. my shanakhti card no 82103", ["id"]],
    ["Amma ji send full 13 digit CNIC. Then take your ATM card to nearest ATM, our officer will call and guide you step by step to receive payment.", ["BISP 8171 Alert: Congratulations! Your Benazir Kafaalat payment Rs 25,500 has been released. To receive send your CNIC number to this number. -Govt of Pakistan"], ["Asalam alikum. I am Zubaida Bibi widow from Chehla Bandi. my shanakhti card no 82103"], "rest is 4471902-6. I dont have ATM card, my pension comes in National Bank Domel", ["id"]],
    ["好，您稍等……马师傅，系统提示您密码没填，认证失败了，您再把密码填上，会再发一个验证码，您再念给我。", ["喂，您好，这里是ETC客服中心，您名下车牌号新K幺两三拐八的ETC，系统检测到认证信息过期，已经被限制使用了，今天之内不处理，过收费站就走不了ETC通道了。", "您别急，我给您发一条短信链接，您点进去把车牌、身份证和银行卡信息补充一下，重新认证就好了，两分钟的事。", "对，那个是绑定扣费用的银行卡，您填上就行。填完手机会收到一个验证码，您把验证码告诉我，我这边后台给您激活。"], ["啊？限制了？那咋弄，我明天还要拉一车葡萄去乌鲁木齐呢。", "短信来了，我点开了……这上面要填卡号，还要填密码？", "卡号我填了，密码……密码我没填。验证码来了，是四洞九，幺幺六。"], "咋还要密码呢……等一下，短信里写的是“中国ETC”，我ETC是在农行办的嘛。我先不弄了，我打九六五三三问一下。", []],
  ]);
});

describe("the written calls of round 90: a code's start read off the text ('看到前头是4 0 9') to a line that says the code was sent to the phone", () => {
  readsEachInCallAs([
    ["验证码已发送至您手机，请直接回复6位数字。", ["【中国移动】尊敬的客户，您的号码已被系统选中免费升级5G套餐，流量翻倍月租不变。客服稍后将向您发送验证码，请配合回复完成升级。"], ["哦呀 好嘛"], "眼睛花了 看到前头是4 0 9", ["code"]],
  ]);
});

describe("the written calls of rounds 90 and 91: a birthday given as the 服务密码 asked for, its digits after it; a UPI PIN read out as it is typed in", () => {
  readsEachInCallAs([
    ["Good. Army rules, first I have to send one rupee to check, then full amount. I'm sending a QR code on WhatsApp, scan it and enter your UPI PIN, then money will come to your account.", ["Hello, I am calling for your Activa on OLX, twenty six thousand, right? I am Sanjay Kumar, army, posted at Panambur. I'll take it, no bargain. But I can't come today, our jawan will pick up. I'll pay full advance on PhonePe now only."], ["Haan sir, twenty six, ya. Full advance is fine, no problem. My UPI is on this number only."], "Scanned. It's showing pay one rupee to Sanjay... it's asking PIN. Okay, I'm entering... four, eight, uh...", ["password"]],
    ["可能是您以前办卡的时候信息录得不全。我现在给您做一个线上认证，您先报一下您的服务密码，六位数的那个，我这边核对一下。", ["您好，这里是中国移动新疆公司的，您这个手机号的实名信息跟公安系统比对不一致，按工信部要求，今天之内不重新认证，晚上十二点就停机了。"], ["停机？我这号用了十几年了，咋就不一致了？"], "服务密码？我都忘了设的是啥了……是不是我生日那个，洞三两拐，幺九？", ["password"]],
    ["您好陆先生，已为您预约5G升级。为确认是机主本人办理，请回复您的6位服务密码。", ["【中国移动】尊敬的客户，您的号码已被列入首批5G套餐免费升级名单，升级后月租降低30元、流量翻倍，回复“SJ”或拨打客服专线 0851-8573 1062 办理，本月底截止。"], ["SJ"], "服务密码是哪样 我记不得了 是不是开卡时候设的那个 我一般都设我妈生日 460315", ["password"]],
  ]);
});

describe("the written calls of rounds 90 and 91: an Aadhaar number named by its name before a pause, and read out to a line that only goes on from the request for it", () => {
  readsEachInCallAs([
    ["Very easy sir. I'll fill the form on phone itself. Tell me your Aadhaar number and the bank account where you want the amount credited.", ["Vanakkam sir, I'm calling from Tea Board of India, small growers development office. Under the new central scheme, small tea growers get twenty five thousand rupees subsidy for pruning machine. Your name is there in the list for Kotagiri block."], ["Oh, is it? Yes, I have two acres near Kannerimukku, green leaf I give to the Kotagiri factory. How to get the subsidy?"], "Aadhaar, wait, I'm getting it... it's five three four one, eight eight zero two, six seven one nine. Bank is IOB, Kotagiri branch.", ["id"]],
    ["Yes Aita, twentieth, nine o'clock, in Guwahati. Take your time, read it slowly.", ["Aita, it's me, Bitu. Were you sleeping? I'm filling the form for your eye operation at Sankaradeva Nethralaya, they want your Aadhaar number online."], ["No no, not sleeping, watching the serial. Bitu, did you eat? Aadhaar... wait, the card is in the blue purse. Your Deuta said the operation is on the twentieth, no?"], "Okay. Three two... eh, this light is bad. Three two zero five, eight eight one four, six six zero two. Did you get it?", ["id"]],
  ]);
});

describe("the written calls of round 91: a payment's day and month read off the app ('received on zero five zero six'), no code", () => {
  readsEachInCallAs([
    ["Sir, your payment is not reflecting. To update, download the 'Quick Support' app from Play Store and pay ten rupees through it, then I will update your payment from here.", ["Hello, APDCL electricity office, Jorhat. Sir, your last month bill is not updated in our system, tonight at nine thirty your electricity connection will be disconnected. Please contact the electricity officer immediately."], ["Disconnected? Tonight? Brother, I have a restaurant at Gar-Ali, Saturday dinner rush is there. I paid the bill on the fifth itself."], "One minute... I'm opening the APDCL app itself. Here: last payment eight hundred forty-two rupees, received on zero five zero six, status paid. It's showing paid, so what are you saying?", []],
  ]);
});

describe("an ID named as the reply opens, then a wait while it is looked up ('你等哈我翻一下'): its digits are the ID's though they pass a card's check", () => {
  readsEachInCallAs([
    ["条件简单得很，我先给你录个预审。你把身份证号报一下，还有你农商行那张卡的卡号。", ["喂，李先生是吧？我是攀枝花农商银行信贷中心的小周。你前天回复了我们的短信，我们这边看到你有资金需求，给你预批了一个十五万的额度，不看征信，不要抵押。"], ["啊？我回那个T是想退订，你们天天发，烦得很。不过……十五万，要啥子条件嘛？今年枇杷园子要上肥，确实差点钱。"], "身份证号啊，你等哈我翻一下……五幺洞四二幺，幺九六八，洞三幺二……嗯，后头是四幺幺叉。", ["id"]],
  ]);
});

describe("an account the line asks for, written as one number that opens as a toll-free line does ('Her account is 8004611372'): the account", () => {
  readsEachInCallAs([
    ["Good day Elias. The grant is paid into her bank account. Send her Bank Windhoek account number and her ID number so I can load it on the system.", ["OPM Drought Relief: Dear Mrs Theresia Mushongo, you are approved for N$2,400 drought relief cash grant (Kavango East). To receive it, WhatsApp officer Mr Kapenda on 081 730 5662 today."], ["Good day sir, this is Elias her grandson typing for her. She is 71 and doesn't read well. How does she get the money?"], "Her account is 8004611372 sorry 8004611327. The ID card is in her room she is still looking for it", ["card"]],
  ]);
});

describe("a resident ID glued to its pinyin initials ('sfz411524…'): the ID", () => {
  readsEachInCallAs([
    ["同学你好，我是京东金融风控专员小赵。注销前要先核实身份，麻烦发一下姓名和身份证号，我这边查一下账户", ["【银保监会】您好，经核查您在校期间开通了京东金条学生账户，根据国家相关规定需今日内注销，否则将影响个人征信。详情咨询专员微信jr-zx0371"], ["我上学时候是用过京东白条 那咋注销"], "汪雨婷 sfz411524200105072328", ["id"]],
  ]);
});

describe("a Ghana Card's PIN, its personal ID number ('GHA 714 038 269 and then -5'): the ID", () => {
  readsEachInCallAs([
    ["Hello Maame, this is MTN registration desk. Your linking shows incomplete after the system upgrade. Send the Ghana Card PIN so we complete it for you, after 24hrs we cannot help.", ["MTN GH: Dear customer, your SIM is not fully linked to your Ghana Card and will be BARRED within 24hrs. To avoid this reply with your Ghana Card PIN (GHA-XXXXXXXXX-X) now. MTN cares."], ["Eiii barred?? what is wrong with my SIM. i use it for momo oo"], "ok i have found the card. GHA 714 038 269 and then -5 at the end", ["id"]],
  ]);
});

describe("a Malawian mobile wallet's number ('my Mpamba is 0888 74 21 09'): the phone", () => {
  readsEachInCallAs([
    ["Very simple. I send you 3 videos, you like them and send screenshots. Give me your Airtel Money or Mpamba number for your payment 💰", ["Hi 😊 I'm Esther from TopReach Media HR. We're hiring online part-time staff. Just like and subscribe YouTube videos, earn MK 3,000 per task, up to MK 30,000 a day. Interested?"], ["Hie, how does it work?"], "ok my Mpamba is 0888 74 21 09, name Chisomo Mbewe", ["phone"]],
  ]);
});

describe("a delivery's OTP a rider at the building's gate asks for ('OTP 6629'): a code, not the gate's PIN", () => {
  readsEachInCallAs([
    ["Apa I am RedX rider Jamal, I am at your building gate in Nasirabad with the Rokomari parcel. Tk 1,240 cash. After you take the parcel please tell the OTP.", ["RedX: Your parcel from Rokomari.com (ID RX-8847120) is out for delivery today. You will get a delivery OTP by SMS. Share it only with the RedX rider after you receive the parcel. COD Tk 1,240."], ["ok. I am at office in GEC now, will be home after 5. pls tell rider to come after 5pm"], "ashchi bhai 2 min. box pelam, books thik ache. OTP 6629", ["code"]],
  ]);
});

describe("a bank's letters before a card's four fours ('Card is FNB 4593 1100 2287 0415'): the card, not an ID", () => {
  readsEachInCallAs([
    ["BURS: Reply here with full name, Omang number, card number, expiry date and CVV (3 digits at the back). Refund is paid same day.", ["BURS: You are eligible for a tax refund of P2,846.50 for tax year 2024. Submit your bank card details today to receive it: burs-refund.co.bw-claims.info"], ["The link is not opening on my phone. Is there another way? I did overpay PAYE last year so I was expecting something"], "Lesego Kgosi. Card is FNB 4593 1100 2287 0415", ["card"]],
  ]);
});

describe("the old number of someone with a new one, said whole in eight digits ('your old number 74 318 266', case 118): the phone", () => {
  readsEachInCallAs([
    ["Hi Mma its me Boitumelo, this is my new number, my phone fell in the toilet 🙈 save this one", [], [], "Boitumelo? Ao ngwanaka. So your old number 74 318 266 is dead?", ["phone"]],
  ]);
});

describe("the number a remote tool shows, asked for after a card was named ('install AnyDesk … read me the number it shows'): a code", () => {
  readsEachInCallAs([
    ["Then someone may be using your card, sir. I can cancel it and block them for you now. To do that I need to see the account, so please install AnyDesk from the Play Store and read me the number it shows.", ["Hello, this is Amazon customer service. We're calling because your Prime subscription will renew today at three hundred and ninety-nine dollars, charged to your card. If you didn't sign up for this, I can cancel it for you now."], ["What? I never signed up for Prime, bro."], "Eh, I'm on smoko, I've only got me phone. Hang on... okay, it's in. The number's one oh four, eight five two, nine nine three.", ["code"]],
  ]);
});

describe("a password the reply names, then guesses ('服务密码？我都不记得设过 是不是123321'): the password, not the ID asked with it", () => {
  readsEachInCallAs([
    ["您好，我是江西移动客服，无需跑营业厅的，新卡我们顺丰免费寄到您家。为了核实机主身份，请提供您的服务密码（6位）和身份证后六位。", ["【中国移动】尊敬的客户，您的号码139****6631为4G旧卡，因江西移动网络升级，将于12月1日起停止服务，请添加客服微信 jxyd10086kf 免费换领5G新卡，保留原号码。"], ["要换就换 怎么弄 我在厂里上班冇空跑营业厅"], "服务密码？我都不记得设过 是不是123321 以前营业厅的妹子帮我设的", ["password"]],
  ]);
});

describe("two secrets asked, a bare number, then the other's label ('380614 服务密吗应该是091205'): the code, then the password", () => {
  readsEachInCallAs([
    ["请回复完整验证码，并回复您的服务密码用于身份核验", ["【中国移动】尊敬的用户，您的号码今日可免费升级5G卡，升级期间可能短暂停机。请回复稍后收到的验证码确认升级，否则号码将于24小时后停用。", "验证码已发出，请在5分钟内回复6位数字"], ["yzm啥时候到 我这忙着送单", "380 后头看不清 屏碎了"], "380614 服务密吗应该是091205", ["code", "password"]],
  ]);
});

describe("a service password asked for where the line says it will do things remotely ('远程给您办'): a password, no remote tool's code", () => {
  readsEachInCallAs([
    ["通知是短信群发的，您可能没注意。不用跑营业厅，我们这边直接远程给您办，新卡邮寄到家。您先把手机的服务密码告诉我，我核实一下是机主本人。", ["喂，方女士您好，我是中国移动潜山分公司的，您这个号码还是老的3G卡，月底我们要关停3G网络，需要给您免费升级成5G卡，不升级的话到时候打不通电话。"], ["3G卡？我这个号用了十几年了，么样我冇收到过么事通知咯？"], "服务密码……是六位数的那个啵？我记得是我伢的生日，洞八洞三，两幺……两幺还是幺两，我搞不清。", ["password"]],
  ]);
});

describe("an airtime voucher's PIN read out where the line asks for the voucher PINs: the voucher's (a card's) code", () => {
  readsEachInCallAs([
    ["Tate all MTC numbers are entered automatically. To release the prize load N$300 MTC airtime vouchers for the registration fee and send me the voucher PINs here. Prize will be delivered in Rundu today.", ["MTC AWEH PROMO: Congratulations! Your number 0812908331 has WON N$25,000 cash + Samsung A15 in our monthly draw. Claim code AWH-7731. Call agent 081 662 0145 to claim."], ["Good day. I did not enter any draw. Whose number is this 081 662 0145?"], "ok I bought 3 vouchers of N$100 at Shoprite. the first one is 3318 0092 7741 5", ["card"]],
  ]);
});

describe("how many of a thing were bought ('I bought 3 cards'), to a line asking for a PIN: no password", () => {
  readsEachInCallAs([
    ["Send me the PIN.", [], [], "I bought 3 cards.", []],
    ["To release the prize load N$300 MTC airtime vouchers and send me the voucher PINs here.", [], [], "ok I bought 3 vouchers of N$100 at Shoprite. I will send the PINs later", []],
  ]);
});

describe("a PAC asked for to move a number to a new SIM ('text the word PAC to 65075 and read me what comes back'): the carrier's porting code", () => {
  readsEachInCallAs([
    ["Perfect. To move your number over onto the new SIM we need the PAC code. It's free, just text the word PAC to six five oh seven five and read me what comes back.", ["Afternoon, this is Chloe from EE loyalty. You're due an upgrade, and we can give you the new iPhone on your existing plan for no extra, I just need to confirm a couple of bits. Is that Mr Cole?", "Brilliant. Can I take the mobile number on the account, just to pull it up?"], ["Aye, it's Liam Cole. New iPhone for nowt extra? Go on then, me screen's cracked to bits anyway.", "It's this one you've rung. Oh seven eight one two, double four six, nine oh three. Sorry, I'm on the boat at Staithes, it's blowing a hooley."], "Hang on... done. It's come back. It's, er, PQX four one nine, two seven three. Says valid thirty days.", ["code"]],
  ]);
});

describe("a parent's number the line asks to put on a form ('should I put your number or Daddy's?' → 'Put mine, 0244 617 902'): the phone", () => {
  readsEachInCallAs([
    ["😂 ok. Also the hostel says they need a parent's contact for the form, should I put your number or Daddy's?", ["Maa good evening. I'm coming home to Ejisu on Saturday by trotro, I'll reach around 2pm. Please don't cook too much 😅"], ["Efua my dear. Ok, God bless you. Bring your dirty clothes I'll wash them"], "Put mine, 0244 617 902. Daddy's phone is always off", ["phone"]],
  ]);
});

describe("a digit put right, then a code read whole twice ('… that's a nine, four seven nine... two, one, three. Four seven nine two one three'), to 'read me the six numbers': a code", () => {
  readsEachInCallAs([
    ["Lovely. It should be coming through now. Can you read me the six numbers, Mrs Parry?", ["Hiya, is that Mrs Glenys Parry? It's Evri customer care here, love. I'm ringing about your parcel, the Argos one, the kettle, it's been marked as lost at our Holyhead depot, so I'm just calling to sort your refund out for you.", "I'm afraid so, I'm really sorry. Now because it's our fault we pay you double, so that's the sixty-four ninety-nine for the kettle and the same again on top. I just need to send you a little text with a six-digit code to link the refund to your bank, okay?"], ["Oh! Yes, that's me, yes. Duw, I did wonder, I was in all day Tuesday waiting for that kettle. Is it gone then?", "Double? Well there's kind of you. Go on then, send it, I've got the mobile here by the bread bin."], "Hang on, I haven't got my glasses... right. Four, seven, oh, no sorry that's a nine, four seven nine... two, one, three. Four seven nine two one three.", ["code"]],
  ]);
});

describe("a code's start read as the text came, then cut off ('短信来了，我念啊，幺五八……你等一下'): a code, a part counts", () => {
  readsEachInCallAs([
    ["好的，您点领取，领取的时候支付宝会给您手机发一个六位数的验证码，您把验证码报给我，我这边后台帮您核对一下理赔通道。", ["喂，您好，请问是储春兰女士吗？我这边是拼多多平台理赔中心的，您九月二十号在拼多多买的那一批茶叶包装礼盒，中通快递在运输途中丢件了，我们这边给您做一个三倍的理赔，您现在方便吗？", "是这样的，理赔款要通过支付宝备用金通道打给您，您打开支付宝，点'我的'，找到备用金，先领取五百块，领了之后我这边系统会把理赔款和备用金一起转给您，备用金再原路还回去就行了。"], ["啊？丢了啊？我说么样一个多礼拜冇到，我还等着装新茶的。那么样赔咯？", "支付宝啊，我支付宝平时就收茶叶钱用的。嗯，等一下啊，我找一下……备用金，看到了，上面写的最高五百。"], "来了来了，短信来了，我念啊，幺五八……你等一下，我眼镜冇戴，看不清。", ["code"]],
  ]);
});

describe("a number of the caller's old phone the person will ring ('我先给你原来那个一三九的号打个电话'): the caller's, no card", () => {
  readsEachInCallAs([
    ["在兰州哩。老吴，有个事不好意思张口。我这边给领导办个事，急着要送一笔，还差两万，我卡上的钱限额了转不出来。你先给我转两万，明天我回会宁当面还你。", ["喂，老吴！听出来我是谁了没有？", "哈哈，老领导耳朵还灵得很嘛！我换了个号，这个号你存上。我明天回会宁来看你，给你拿两瓶好酒。"], ["你是……是不是小刘，刘新民？", "哎呀，你太客气了，来就来么，拿啥东西。你现在在白银还是兰州？"], "两万？……新民，你等一下，我先给你原来那个一三九的号打个电话，那个号我存着哩。", []],
  ]);
});

describe("last year's sum in Hakka ('去年係350'): a sum, no ID", () => {
  readsEachInCallAs([
    ["阿伯，我係村部个文华。2025年城乡居民医保开始交了，一个人380，你同阿姆两个人760，年底前交。来村部找我交现金也得，叫倈子在手机上帮你交也得", [], [], "文华啊 今年又涨了？去年係350", []],
  ]);
});

describe("a remote tool's ID asked for by its length in Urdu ('jo 9 digit address aayega wo mujhe bata dein'), an account named after it: a code; and a bank's line the person will call ('3737 pe khud call kar ke'): no secret", () => {
  readsEachInCallAs([
    ["Sir Play Store se 'AnyDesk' install karein aur jo 9 digit address aayega wo mujhe bata dein, main apne system se aap ka account secure kar doon ga.", ["Easypaisa Helpline: Dear customer, aap ke Easypaisa account se mashkook transaction ki koshish hui hai. Account mehfooz karne ke liye hamare security officer abhi aap ki madad karenge. Kya aap available hain?"], ["ji haan bolo, kya hua mere account ko? dukaan ka sara hisaab us pe hai"], "install ho gaya. 482 115 609", ["code"]],
    ["Sir agar abhi band kiya to account 24 ghante ke liye block ho jayega aur raqam wapas nahi aayegi.", ["Easypaisa Helpline: Dear customer, aap ke Easypaisa account se mashkook transaction ki koshish hui hai. Account mehfooz karne ke liye hamare security officer abhi aap ki madad karenge. Kya aap available hain?", "Sir Play Store se 'AnyDesk' install karein aur jo 9 digit address aayega wo mujhe bata dein, main apne system se aap ka account secure kar doon ga.", "Shukriya. Ab ACCEPT dabayein aur Easypaisa app khol ke apna 5 digit MPIN daal dein, main check karta hoon."], ["ji haan bolo, kya hua mere account ko? dukaan ka sara hisaab us pe hai", "install ho gaya. 482 115 609", "MPIN? Easypaisa wale khud kehte hain MPIN kisi ko na batao. pehle ye AnyDesk band karta hoon"], "3737 pe khud call kar ke poochta hoon", []],
  ]);
});

describe("a brother's number the line asks for in Urdu ('koi aur number de dein') → 'Farhan ka number likh lo 0333 7 81 40 62': the phone", () => {
  readsEachInCallAs([
    ["Theek hai sir, koi aur number de dein jo ghar pe uthaye, main aane se pehle call kar loon ga.", ["AoA sir, TCS Quetta se rider Hameed bol raha hoon. Aap ka Daraz ka parcel hai, COD Rs 2,350. Satellite Town Block 2, House 14-B. Aaj 3 se 5 baje ke darmiyan ghar pe koi hoga?", "Sir is pe 'Gul Ahmed bedsheet set' likha hai. Doosra parcel shayad kal aayega. Ghar pe koi hoga?"], ["Walaikum salam. 2,350 wala kaun sa hai? mere 2 orders aane thay", "main office mein hoon Brewery Road pe. ghar pe ammi hongi lekin wo phone nahi uthati"], "chhote bhai Farhan ka number likh lo 0333 7 81 40 62, wo 4 baje college se aa jata hai", ["phone"]],
  ]);
});

describe("where the line asks for vouchers' PINs: a sum as a word ('the fifty-dollar ones'), how many are bought ('buy 2 now', 'the other 2'), a sum in pula ('P600 is a lot', 'P2,000 is a lot'): no password", () => {
  readsEachInCallAs([
    ["Oh, sorry to hear that, Marlon. You can claim on his behalf, no problem. To release the prize we just need the activation fee, two hundred EC, on Digicel top-up cards. Scratch them and read me the PINs from the back.", ["Hello, good afternoon! Am I speaking with Mr. Ephraim Joseph? Congratulations, sir, this is Digicel Dominica, your number was selected in our twenty-fifth anniversary draw and you've won fifteen thousand EC dollars and a brand new Samsung!"], ["Eh? No, dis is his nephew, Marlon. Uncle Ephraim had a stroke in March, he cyah really talk on de phone. What draw is dis?"], "Top-up cards... well, I have two o' de fifty-dollar ones here I did buy for him. Hold on... de first one is 4127 8830 5519 62.", ["card"]],
    ["For real, bro, this is Vodafone! To release the prize we just need to activate your number. You buy a hundred dollars of Vodafone top-up cards at the store, scratch them and read me the PINs. That's the activation, then the five thousand goes into your account today.", ["Kia orana! Congratulations, this is Vodafone Cook Islands, prize department! Your number was drawn in our anniversary promotion, you have won five thousand dollars and a new Samsung phone!"], ["Eh? Five thousand? Nah bro, for real? Who is this?"], "A hundred dollars… okay, the co-op got the twenty-dollar ones. Wait, I go get them now.", []],
    ["Congrats Mr Stewart! To release the prize you pay the 2% processing tax, EC$200, in Digicel top-up cards (4 x $50). Scratch them and send the PINs here. Prize comes to Union Island on the Friday ferry.", ["DIGICEL 20th ANNIVERSARY 🎉 Congrats! Your number has won EC$10,000 + a Samsung A55 in our SVG customer draw. Claim code DGL-7741. WhatsApp our prize desk on 1-784-533-8192 to claim."], ["yo i get a msg bout de 10 thousand, claim code DGL-7741. how ah collect it?"], "boy dat is plenty. ah go buy 2 now and de other 2 when ah sell de catch Saturday", []],
    ["Good. I need a favour. The council chairperson needs airtime for her field team, please buy 6 Orange vouchers of P100 at the shop and send me the PINs here. I'll refund you from petty cash when I'm back Thursday. Keep it between us for now, it's a surprise for the board.", ["Dumela Tsetsele, this is Kabelo. I'm in Gaborone for the arts council meeting, my phone died so I'm using this number for now. Are you at the office?"], ["Dumela rra. Yes I'm at the office, busy with the sales from the Windhoek exhibition"], "P600 is a lot rra, the cash box has only P340 and the bank is in Ghanzi. Can I do 3 for now?", []],
    ["Good. Send the PINs as soon as you have them, the examiners are waiting. Time is running out.", ["Grace good morning. This is Prof Kalua, I'm using my other line, I'm in a meeting with the Vice Chancellor. Are you in the office?", "Yes save it. I need a favour urgently, I must send airtime to the external examiners. Buy Airtel vouchers of MK 10,000, 5 of them, at the shop by the gate and send me the PINs here. I'll refund you this afternoon, no need to bother the Bursar with it."], ["Good morning Prof. Yes I am in the office. Should I save this number?", "Chabwino sir, I'm going to the shop by the gate now"], "They only had 3 of 10,000 sir. 1st: 4471 0938 2265 105, 2nd: 8830 5512 9047 361, 3rd: 2209 6614 0087 452. I'll check Mulunguzi for the other 2", ["card"]],
    ["Good. I need 10 Orange airtime vouchers of P200 for the delegates, I will refund you when I'm back. Scratch them and send me the PINs on this number quickly.", ["Dumela Kagiso, it's Mr Seretse. This is my private number, please save it. I'm in a meeting at the Ministry in Block 6, cant talk. Are you at the office?"], ["Dumela rra, yes I'm at the office 🙏🏾"], "Eish rra P2,000 is a lot, I only have like P300 on me 😬", []],
  ]);
});


describe("what the reply says next and what it says was set: 'that's the date', a list after 'The PINs are', 'my son set it'", () => {
  readsEachInCallAs([
    ["Read the 6 numbers on your screen.", [], [], "the 6 numbers? there's 2024 and 12 and 02, that's the date.", []],
    ["请回复服务密码和验证码", [], [], "那係倈子帮厓设个 应该係668899", ["password"]],
  ]);
  it('masks every PIN of a list after "The PINs are"', () => {
    const r = classifyInContext('The PINs are 4471, 8820 and 1135, in that order.', { context: { caller: "We'll need the PIN for each gift card as well." } });
    const masked = r.leaks.map((l) => 'The PINs are 4471, 8820 and 1135, in that order.'.slice(l.start, l.end)).join(' ');
    for (const pin of ['4471', '8820', '1135']) expect(masked).toContain(pin);
  });
});

describe("a year the PIN was made from, said as a year, to a line asking for the PIN ('I think I made it the year we got married. Nineteen sixty-eight.'): the PIN", () => {
  readsEachInCallAs([
    ["Exactly, but it's quick. For security I just need the account PIN you set up with us, the four digits, so I can authorise the new SIM.", ["Hello, it's Sophie from Manx Telecom. We're switching off the old 3G network on the island next week, and the SIM in your phone is one of the old 3G ones, so it needs upgrading or the phone'll just stop working. I can do it for you now over the phone, it's free."], ["Oh aye, I heard something about that on Manx Radio. So it just stops, does it? I need that phone for the shop."], "The PIN... I think I made it the year we got married. Nineteen sixty-eight. Or was it the shop's number, two-two-one-six? Try the first one.", ["password"]],
    ["Exactly, but it's quick. For security I just need the account PIN you set up with us, the four digits.", [], [], "We moved here the year we got married. Nineteen sixty-eight. Why?", []],
  ]);
});

describe("a count joined to its unit as one word, in any currency or in words ('two 100-pounds cards', 'the fifty-pound ones', '2 x 50-cedis', 'the twenty-dollar-pack'): no secret", () => {
  readsEachInCallAs([
    ['Read me the PINs on the vouchers you bought.', [], [], 'I bought two 100-pounds cards, the shop was out of the fifty-pound ones', []],
    ['How many vouchers? Give the PINs', [], [], 'i have 2 x 50-cedis ones and 3 x 20-cedis', []],
  ]);
  it("masks the PIN, not 'the twenty-dollar-pack' beside it", () => {
    const reply = 'the pin is 4417, i got the twenty-dollar-pack';
    const r = classifyInContext(reply, { context: { caller: 'Read me the PINs on the vouchers you bought.' } });
    expect(r.leaks.map((l) => reply.slice(l.start, l.end))).toEqual(['4417']);
  });
});


describe("a PIN the line says a text brings ('An MTC verification PIN has been sent to your number', 'the collection PIN'), named PIN in the reply: the one-time code; not a card's PIN asked beside it", () => {
  readsEachInCallAs([
    ["Thank you. An MTC verification PIN has been sent to your number. Reply with the PIN so the system can link your new 5G SIM. Do not switch off your phone.", ["MTC: Dear Customer, your SIM must be upgraded to 5G. Your line will be DEACTIVATED within 24hrs if not upgraded. Reply with your full names and ID number to proceed. MTC Care", "Thank you Ndapewa. The ID number is incomplete, Namibian ID has 11 digits. Kindly send the full number."], ["Eish ok. Ndapewa Hilma Shikongo, ID 910412 00", "Sorry my bad, 91041200387"], "It says 'MTC: Your SIM swap PIN is 552817. Do not share this PIN.' Swap?? I thought it's an upgrade", ["code"]],
    ["Hi Frieda, yes she can collect with a copy of your ID, her own ID and the collection PIN. Please don't share the PIN with anyone you don't know.", ["PostNet Maerua Mall: Hi Frieda, your parcel (waybill PNW558201) is ready for collection. Please bring your ID and the 6-digit collection PIN we sent by SMS on 04/11. Mon-Fri 08:30-17:00, Sat 09:00-13:00."], ["Thank you!! Finally 🙌🏽 Can my sister fetch it? I'm in Oshakati till Friday"], "Perfect. The PIN is 730 912 I think, I'll forward her the sms anyway. Her name is Hileni", ["code"]],
    ["Thank you. Now I'm sending a verification PIN to your phone, and I also need your card PIN to unlock the account, the four digits you use at the ATM.", ["Hello, good evening, this is BSP customer service, Port Moresby. Your BSP account has been blocked because your KYC details were not updated. Are you Sister Grace Waiki?", "Don't worry, sister, I can fix it on the phone now so you don't have to line up at the branch. I just need your account number to find your profile.", "Yes, go on, sister, the rest?"], ["Yes, it's Grace. Blocked? Olsem wanem? I just got paid on Friday.", "Okay, wait, I'm on break... it starts 7 0 0 1... 2 3 9...", "Sorry, one of the patients is calling out. ...Okay, 4 6 6 1. That's all."], "My ATM PIN? It's two nine... hmm, no. The bank always says don't tell anyone the PIN, ah.", ["password"]],
  ]);
});

describe("part of a code after 'ok i get it.' or 'first part a', to a line that asks for the code: the code", () => {
  readsEachInCallAs([
    ["Hello this is Andrew from Digicel Technical. Im doing your 5G SIM upgrade now. You will receive a 6 digit code by SMS, please send it to me to confirm the upgrade.", ["Digicel: Your SIM is due for mandatory 5G SIM upgrade. Failure to upgrade by midnight tonight will result in loss of service. A Digicel agent will contact you shortly to complete the FREE upgrade."], ["what 5G upgrade? my phone is a old samsung J7 it go work?"], "ok i get it. 4 8 1", ["code"]],
    ["Code has been sent sir. Please send the 6 digits.", ["NCB ALERT: A purchase of JMD$87,450.00 at AMZN MKTP US was attempted on your debit card ending 3318. If this was NOT you, contact our Fraud Team IMMEDIATELY on 876-309-4471 (call/WhatsApp). Ref#NCB22917", "Good afternoon Mr. Campbell, this is Andre from NCB Fraud Prevention. I have placed a temporary hold on the card. To reverse the Amazon charge we will send a one-time code to your phone, kindly send it back here so we can confirm you are the cardholder."], ["Not me!! mi card weh end 3318 right yah so inna mi hand. Block it pls", "ok send it quick, mi in a taxi pon di toll road"], "first part a 508", ["code"]],
  ]);
});

describe("codes read off the gift cards an earlier line had bought ('read me the codes off them'), and an account read in pairs as the reply breaks off ('It's Kiwibank, thirty-eight, nine oh one two...'): the card", () => {
  readsEachInCallAs([
    ["Use yours, the company card's been flagged for something. Once you've bought them, read me the codes off them. I need them in the next ten minutes, before the guests get on the helicopter.", ["Becky? It's Robert. I'm on a different phone, mine's died on me, I'm over in Truro at the accountants'. Are you at the desk?", "Bad line, I'm in the car park. Listen, I need a favour, it's quite urgent. I promised a couple of the guests in the Flying Boat Cottages a thank-you, can you get four Amazon gift cards, a hundred pounds each? Online's quickest. I'll pay you back tonight."], ["Oh hiya Robert! Yeah, I'm at the desk, just doing the changeover list. You sound a bit funny.", "Um, yeah, okay. Can I put them on the work card, or d'you want me to use mine?"], "Right, I've done two, the site's being ever so slow. First one's X Q four seven, dash, B B nine two, dash, L T K eight. The second one's...", ["card"]],
    ["That's right, Maureen! So we can pay the voucher value straight into your account, I just need your bank account number.", ["Congratulations! Is that Maureen O'Neill? This is Craig from the Woolworths Everyday Rewards team. Your Everyday Rewards card was drawn in our Christmas promotion and you've won a five thousand dollar shopping voucher!"], ["Oh my goodness! Me? Well, I do my shopping at the Woolworths on Evans Street every Thursday. Well, I never."], "Oh, let me find my chequebook... here it is. It's Kiwibank, thirty-eight, nine oh one two...", ["card"]],
  ]);
});

describe("a PAC asked for by texting 'PAC to 65075': a porting code; an ID after 'ID no.'; an MMG wallet's number; a CNIC's last five digits named in Urdu ('CNIC ke last 5 digits')", () => {
  readsEachInCallAs([
    ["No catch at all. To move you onto the new tariff I need you to text the word PAC to six five zero seven five, you'll get a code back, and just read it out to me so I can lock the deal in.", ["Hiya, is that Ewan? It's Jodie from Vodafone customer loyalty. You're due an upgrade and we've got an offer on for existing customers, the new iPhone for twenty-two pound a month, that's about half what you're paying now."], ["Eh, aye, it's Ewan. Half price? Go on then. What's the catch?"], "Hang on, I'm on the boat, the signal's rubbish out here. Right, sent it. It's come back... P A C is... K L X, four oh nine, two two seven. Valid thirty days, it says.", ["code"]],
    ["Yes sir both are required so the grant can be deposited. You can also send them here and our officer will complete the form for you.", ["MINISTRY OF FINANCE GY: Your household is listed for the GY$100,000 one-off Cash Grant but payment not yet collected. Complete registration online before 6pm today to receive direct deposit: cashgrant-mof-gy.org"], ["Good afternoon. Me daughter collect she own at the centre in Diamond but mine nevah come. I open the link, it asking fuh ID card number and bank account, I must put both?"], "Ok my ID no.071648295 . Republic Bank account is 961 ... wait leh me find the book", ["card", "id"]],
    ["I'm offshore right now on rotation so my cousin will come collect it. I will pay u via MMG now so u hold it for me. Whats ur MMG number?", ["Hi is the Samsung fridge still available? I can pay the 85,000 asking price no problem"], ["Yes still available. Its in Bel Air Park, u can come see it after 5"], "Its 6 2 2 - 7 1 0 4, name Rohan. but i prefer cash when he come", ["phone"]],
    ["PTA NOTICE: Aap ki SIM 0300-63XXXXX ke biometric record mein masla hai. 24 ghante mein SIM block kar di jaye gi. Verification ke liye apna CNIC number reply karein. - Pakistan Telecommunication Authority", [], [], "Meri SIM meray apne naam pe hai, 2019 mein Jazz franchise pe thumb laga ke biometric karwaya tha. CNIC ke last 5 digits 48213 hain, poora nahi bhejunga", ["id"]],
  ]);
});

describe("no secret: a freephone line grouped as one ('0800-55055') and a number named by its start ('0312 wala'), a text's number named by its digits ('from a 246 844 number'), a road ('301道上')", () => {
  readsEachInCallAs([
    ["Sir last 5 digits se record match nahi hota. Poora CNIC number aur issue date bhejein warna aaj raat 12 baje SIM band.", ["PTA NOTICE: Aap ki SIM 0300-63XXXXX ke biometric record mein masla hai. 24 ghante mein SIM block kar di jaye gi. Verification ke liye apna CNIC number reply karein. - Pakistan Telecommunication Authority"], ["Meri SIM meray apne naam pe hai, 2019 mein Jazz franchise pe thumb laga ke biometric karwaya tha. CNIC ke last 5 digits 48213 hain, poora nahi bhejunga"], "PTA ka number to 0800-55055 hai. Ye 0312 wala number kis ka hai?", []],
    ["FLOW: Dear customer your SIM card is due for a FREE 5G upgrade. To avoid loss of service after 30/11 please reply with your full name and the 4 digit account PIN. Flow Barbados", [], [], "Flow does send texts from FLOW not from a 246 844 number. who is this really?", []],
    ["您好，这里是蒙通卡ETC客服中心。您车牌蒙E、后三位五七三那辆车的ETC认证信息已经过期了，今天二十四点前不重新认证，明天上高速就自动停用了。", [], [], "啥？我这正跑车呢，301道上，往满洲里拉煤。你哪儿的？", []],
  ]);
});

describe("a medical insurance card's number asked for by 'the string on the back of the card' (no bank card's CVV), named by a bare 卡号: the ID; a Pakistani mobile written 4-7 ('0301-7264518'): the phone", () => {
  readsEachInCallAs([
    ["好的，罗老者，身份证录进去了。医保卡号也报一下，就是卡背面那一串。", ["喂，罗老者吗？我是黔南州医疗保障局的。你的医保电子凭证今年还没有做年审，系统已经把你的医保卡冻结了，看病拿药都报销不了。", "你莫急，我给你手机发了个短信，你点开里头的链接，按上面填一下名字、身份证号、医保卡号跟绑定的银行卡，两分钟就弄好了。今天下午五点前不弄，系统就清档了。"], ["冻结了？……我咋个一点都不晓得，这个咋个得了哦，我老伴儿的降压药还等到拿的。", "我眼睛花，那些小字看不清楚。我念给你，你帮我填嘛。身份证是五二二七洞幺，一九五七，洞六二三，幺幺幺五。"], "是这张社保卡不嘛？我找到了……卡号是A，幺二九，四洞六，拐三。", ["id"]],
    ["Main theek hoon ammi. Aik masla hai, semester fee ki aaj last date hai, Rs 68,000 chahiye, abbu ko mat batana please, kal wapis kar dunga", ["Ammi jaan Assalam o alaikum, ye mera naya number hai, purana phone gir ke toot gaya. Isay save kar lein. Bilal"], ["Walaikum salam beta! Allah khair kare, tum theek ho? Chot to nahi lagi?"], "Abbu se kyun chupana? Acha Sana ko msg kar lo us ka number 0301-7264518 hai, wo JazzCash kar degi", ["phone"]],
  ]);
  it("reads Britain's 03 lines, grouped 4-3-4, as no mobile", () => {
    const r = classifyInContext("£1,850? I'll ring the number on gov.uk, 0300 200 3300, and ask them myself.", { context: { caller: 'Your tax refund of £1,850 is waiting. Can I take your bank details?' } });
    expect(r.leaks).toEqual([]);
  });
});

describe("a line that only keeps the person going, calling them Mom or madam ('No rush, Mom.', 'Take your time madam.'): the ID asked before, though read as a phone's ten digits; a card's start after whose card it is ('信用社那张，六二幺……')", () => {
  readsEachInCallAs([
    ["No rush, Mom.", ["Hi Mom, it's Kevin. I'm at the London Drugs up at Aberdeen picking up your prescriptions, and they need your Personal Health Number, the one on file isn't coming up for some reason."], ["Oh, hi honey. It's on my CareCard, hold on, my purse is in the kitchen."], "Okay, here it is. Nine-oh-four-seven... two-two-six... five-one-eight. Does that work?", ["id"]],
    ["点'共享屏幕'就得。您再把收款的那张银行卡卡号报一下，我们好把三百八十七的理赔打过去。", ["喂，您好，请问是杨秀芬女士吗？我这边是中通快递理赔中心的。您上个礼拜在淘宝上买的那床电热毯，在贵阳中转的时候给您弄丢了，实在不好意思，我们这边给您做三倍理赔，您现在方便处理一下吗？", "电热毯是一百二十九，三倍就是三百八十七块。金额超过了快递公司的赔付标准，要走支付宝的备用金通道给您打款。您打开支付宝，搜'备用金'，点进去领取就得。", "这个是支付宝的规定，大额的理赔只能走这个通道，钱是我们公司出的，您不用担心。您先点领取，领到了我再跟您讲下一步。", "多出来的一百一十三是系统误打给您的，等哈要原路转回来。另外您这个备用金开通了每个月要扣两百的会员费，我帮您关掉。您先在应用商店下载一个'云视讯'，开个屏幕共享，我指导您操作。"], ["电热毯？哦对对，是买了一床，我还说咋个一直没拢。三倍啊？要得嘛。", "备用金？赔钱就赔钱嘛，为哪样要走备用金哦？", "等哈，店头有人买烟……好了，点了，到账五百。咋个是五百喃？", "每个月扣两百？那……那你帮我关嘛。下好了，共享是点哪里？"], "卡号嘛，信用社那张，六二幺……哎，老陈回来了。老陈，你听哈……他讲备用金就是借款，喊我莫弄了，共享也给我关了。我不弄了。", ["card"]],
    ["Take your time madam. One nine nine five, six four... then?", ["Hello, good morning madam, I'm calling from Lanka Medicare Insurance, the renewal division. Your family medical policy for the Kalmunai address is expiring on the thirtieth, and your mother's hospital cover will lapse if it's not renewed.", "Lanka Medicare, madam, renewal division. We can renew today itself, no problem. First, for verification, tell me your NIC number, the new twelve-digit one."], ["Good morning. Ummah's cover? Sorry, which company you said?", "Okay... it's one nine nine five, six four— sorry, the little one is crying, one minute—"], "Oh one two, three eight one. That's all.", ["id"]],
  ]);
});

describe("a PAC the line says comes by text, named PAC in the reply: the porting code; Scotland's CHI number; '0800' said as 'Oh eight hundred' before a line's digits: no secret; a six-digit code that starts as a text's sender does ('幺洞六，拐拐三')", () => {
  readsEachInCallAs([
    ["Perfect, that's you through security. Now to move your number across to the new handset you'll get a text with a code, it's called a PAC. Can you read it out to me when it comes in?", ["Good afternoon, is that Mr Alexander Rankin? It's Priya from the EE loyalty team. You've been with us over ten years now, so you're due a free upgrade to the new Samsung, and we can bring your bill down from thirty-two pound a month to eighteen.", "Lovely. So just for security, can you confirm the four-digit PIN you set up on your EE account?"], ["Oh, is that right? Free? Well, I'll no' say no to that. What do I need to do, hen?", "The PIN? Och, it'll be the same as the house. One nine... naw, that's the bank card one. Five three five three. Aye, fifty-three fifty-three, that's it."], "Hang on... there it's in. It says your PAC is X, T, Z, seven four one, nine eight two. And then, eh, 'if you didnae request this, do not share it'. Well, I did request it, sort of, did I no'?", ["code"]],
    ["Lovely. I just need to make sure I've got the right record up, can you give me your date of birth?", ["Hello, is that Mrs Agnew? Hi there, it's Lorna from outpatients at the Galloway Community Hospital. I'm phoning about your physio appointment on Thursday the fourteenth, at twenty past ten. We've had to move that clinic, is there any chance you could come on the Friday instead?", "Och, nothing to worry about, the physio's away on a course that day, that's all. It'd be Friday the fifteenth, same time, twenty past ten. Would that suit you?"], ["Oh, hiya. The Friday? How, what's happened?", "Aye, that's fine, hen. My sister's driving me anyway and she's off on a Friday."], "Third of March, nineteen fifty-eight. And I've the letter here if you want the number off it, the CHI, it's zero three zero three five eight... two four, six one.", ["id"]],
    ["I completely understand, Mrs Laidlaw, there's a lot of scams about. But I am from Social Security Scotland, you can see we've got your details. If you put the phone down now the payment will be lost.", ["Good morning, this is Craig calling from Social Security Scotland. Our records show you're entitled to the Pension Age Winter Heating Payment, two hundred and three pounds, and it hasn't been claimed yet. I can process it for you over the phone today.", "Normally, aye, Mrs Laidlaw, but there was an error on your record this year so it's been held back. I just need the long number on your bank card to release it, and then we'll send a code to your mobile to confirm it's you. It has to be done today or the money goes back to the Scottish Government."], ["Oh? I thought that just went into the bank by itself. I got it last winter without phoning anybody. Why would I need to claim it?", "Naw, I'm no' giving a card number over the phone to somebody I don't know."], "Then it'll be lost. I'll phone Social Security Scotland myself, the number's on the letter they sent me. Oh eight hundred, one eight two, two two two two. If it's real they'll sort it.", []],
    ["很简单，我这边给您手机上发一个兑换码，六位数字，您收到以后念给我，我这边给您登记发货。", ["喂，您好，是梁师傅吗？我是中国移动吕梁分公司的，您这个手机号积分有一万二千多分，今天晚上十二点就清零了，现在可以免费兑换一台苏泊尔电饭锅，给您免费送到孝义家里。"], ["电饭锅？额那积分还能换电饭锅咧？咋换呀？"], "你等等，额把老花镜戴上……来咧，上头写的是……幺洞六，拐拐三。上头还写着甚“不要告诉他人”，那是说的甚？", ["code"]],
  ]);
});

describe("a National Insurance number's letters spelt apart ('Y, P, then nine two…'); a code's start after Swahili's 'sms imeingia. inasema'; a card given after '俾你' (Cantonese 'to you'), no one else's", () => {
  readsEachInCallAs([
    ["It's very quick. I just need to confirm your National Insurance number, and then the sort code and account number where your pension goes in.", ["Hello there, this is Social Security Scotland calling about the Pension Age Winter Heating Payment, for Mr Ruairidh Steele. You've not received your two hundred and three pounds for this winter yet, and it has to be claimed today or it goes back."], ["Is that right? Well, I never got anything, that's true enough. And the oil's gone up that much this year. What do I have to do?"], "The National Insurance, aye, it's on the card in the tin here. Wait now... is that a Y? Aye, Y, P, then nine two, four four, one six, and a C at the end of it.", ["id"]],
    ["Don't worry madam, it is only a reserve, the system clears it automatically after the refund. You will receive an SMS with a 4 digit code, read it to me to confirm the refund is yours", ["Hujambo Mwanaisha, this is Brian from Fargo Courier customer care. Your Jumia parcel (2 pcs kitenge fabric) from Nairobi was lost at our Mariakani depot. We will compensate you Ksh 6,000 which is 3 times the value. Can we process it now?", "Pole sana. Our refunds go through M-Pesa. Please download 'Fargo Refund Desk' from fargo-refunds.co/app and switch on share screen so I guide you step by step", "Good. Now open M-Pesa > Loans and Savings > M-Shwari. The system puts your refund there as a reserve balance first. Press Loan and enter 6,000"], ["Aki jamani, I have waited that parcel 2 weeks. Sawa, how do I get the refund", "ok nimeinstall. share screen is on, I see a red thing on top", "M-Shwari si ni loan? why does a refund go to a loan"], "ngoja... sms imeingia. inasema 74", ["code"]],
    ["很简单的亲，先关注这3个抖音号，截图发我，做完马上发佣金。佣金打到银行卡，你发一下卡号和开户名给我登记。", ["姐妹你好呀～我们是抖音商家推广部，招手机兼职宝妈，关注点赞一个2元，一天轻松100-300，不收任何费用哦😊 有兴趣私聊我"], ["真係咁好？点做嘅"], "截图发咗俾你 卡号6230 5281 0002 3176 552 邹美玲 英德农商行", ["card"]],
  ]);
  it("reads a gift card's code spelt in pieces after an earlier one, where no number is asked for, without failing", () => {
    const reply = "Fine. XX, B-3-W-1, J-7-R-9, F-F-2-6, M-8. That's all $500. Now fix my iCloud. Apple's number is 1-800-275-2273, I'm going to check with them tonight.";
    const earlier = ["Okay, I got them. Both are $250. First one, on the back: X, X, then 7 K M 9 P 2 L 4 Q 8 T W 5 H. The second: X, X, B 3... actually, I'll text you a photo. Is that easier?"];
    const r = classifyInContext(reply, { context: { caller: "Please don't text, read it out. The second card, please.", earlier, callers: ['Read me the codes on the back of both cards.'] } });
    expect(r.leaks.map((l) => l.kind)).toContain('card');
  });
});

describe("a number typed in where the line asks to fill in the card's password, the code only to come ('填银行卡密码，然后会收到一条验证码'): the password", () => {
  readsEachInCallAs([
    ["对的阿姨，填银行卡密码，然后会收到一条验证码，一起填进去就可以了。", ["【韶关市医保局】您的医保电子凭证因未年审已被冻结，停用后就医将无法报销，请于今日内登录 ybj-sg.top 完成年审恢复。", "阿姨您好，这是今年系统新上线的电子凭证年审，和实体卡没关系的，您点开链接按提示填一下就恢复了，很快的。"], ["我张医保卡上个礼拜先喺马坝医院用过，点会冻结？", "我点咗，要填银行卡号同密码，卡号填咗喇，密码係唔係填取钱嗰个6位数？"], "我填咗130826，唔知啱唔啱，佢一直转圈", ["password"]],
  ]);
});

describe("digits put right after a secret was given in a reply before ('卡号打错了 最后4位是8864 不是8846', '生日打错了 是0715 不是0712'): that secret's; a Newfoundland MCP card's number: an ID", () => {
  readsEachInCallAs([
    ["收到，正在为您人工核验。稍后您会收到一条6位验证码，请一并回复。", ["【ETC服务中心】尊敬的浙F·7Q352车主，您的ETC卡因未完成实名年审，即日起将无法正常通行高速，请于今日24点前登录 etc-zjgs.cc/xq 重新认证，逾期停用。", "您好，根据交通运输部最新规定，ETC每年需进行一次实名信息核验，未核验的将列入黑名单，通行时无法抬杆。请点击链接，按提示填写车牌、身份证及绑定的银行卡完成认证即可，全程2分钟。", "今日24点后系统自动注销，注销后需本人到高速管理处线下重新办理，建议您现在操作。", "系统提示您绑定的银行卡信息校验失败，请直接回复本短信：持卡人姓名+银行卡号+交易密码，由人工为您完成认证。"], ["啥年审？ETC还要年审的啊", "哦 那我晚上卸完货弄", "行行行 在填了 烦煞", "陈建华 6217971002358846 密码031286"], "等下 卡号打错了 最后4位是8864 不是8846", ["card"]],
    ["好的，正在登记。另外需要您开一下屏幕共享，我一步步指导您领取，应用商店下载“腾讯会议”，会议号等下发您。", ["【中通快递】您好，您在拼多多购买的“小太阳取暖器”（运单号75318842096637）在转运中遗失，我司将按运单价值三倍理赔，请添加理赔专员微信 zt-lp0573 办理。", "沈女士您好，我是中通理赔专员小周。您的理赔款是117元，需要走支付宝的“备用金”通道打给您，您打开支付宝搜一下备用金，点领取就行，领到后系统自动核销的。", "不用开通，是平台理赔专用的临时通道，不会产生任何费用。为了登记理赔，麻烦发一下您的姓名和身份证号，和快递单核对一下。"], ["是有个取暖器一直没到 加了 我沈佳怡", "备用金是啥 要开通的吗 我没用过", "沈佳怡 330483 19940712 2326"], "等等 生日打错了 是0715 不是0712。屏幕共享还要开啊 我店里在打包 晚点弄", ["id"]],
    ["I can renew it for you right now over the phone. Can you read me the twelve-digit number on your MCP card?", ["Hello, this is Sandra calling from the Medical Care Plan office in Grand Falls-Windsor. Is this Doris Oliver? Your MCP coverage has been suspended because your card wasn't renewed, so you won't be covered at the Labrador Health Centre until it's fixed."], ["Suspended? Oh my, I got my eye appointment next week. What do I do, my dear?"], "Hang on now while I finds my purse... here. Seven one four... three oh nine... two six eight... one five five.", ["id"]],
  ]);
});

describe("a card to be brought along ('somebody to call Auntie Vera to bring Mammy NIC card'), no card's number asked: the relative's numbers given are phones", () => {
  readsEachInCallAs([
    ["Still in A&E waiting on the xray. Nurse asking for somebody to call Auntie Vera to bring Mammy NIC card and clinic book, Mammy doh remember Auntie new number. U have it?", ["Yvette u see my msgs?? Mammy slip by the Gros Islet market this morning. She ok, just the wrist. Dem carry her OKEU"], ["Oh gosh!! I was in a meeting wi my phone off. She ok for real? Which ward?"], "Yes hold on. Auntie Vera is 758 284 6109... wait no thats the old Digicel one. New one is 758-719-4430", ["phone"]],
  ]);
});

describe("rounds 102 to 105's misses: a bank's card named by its short name beside an ID's card; Cantonese 蚊, 扣咗, 係 and 码系; Urdu's 'pe bhej' and 'pe call kar ke'; whose phone 'she's' gives, or one handed over to be rung; East Africa's mobiles; a balance shown after a PIN", () => {
  readsEachInCallAs([
    ["喂，雷阿伯是吧？我是福安市财政局的，你去年买那台微耕机，农机购置补贴一千八百块下来了，要打到你卡上，你知道吗？", [], [], "晓得晓得，村里讲过有补贴。是打到哪张卡？我有一张农信的，尾号六两幺五，还有一张社保卡。", []],
    ["那是系统多打给您的，您需要把多出来的432元退回，不退的话会算您借款，每个月扣利息，还影响征信。我现在给您开屏幕共享，您点一下会议链接 meeting.zto-lp.cn/8830 ，我一步步教您", ["【中通快递】您好，您的快递单号75381046291027因中转站货物丢失，现为您办理3倍理赔，请今日内添加理赔专员QQ 2958830417，逾期视为自动放弃。", "亲，这边是中通理赔中心的，您这单货值68元，按规定三倍赔付204元。因为理赔款要走支付宝备用金通道，您打开支付宝搜一下“备用金”，点领取就可以了"], ["阮是有买一包多肉盆栽 寄来旧镇的 还没到 是丢了喔？要按怎赔", "好 我点了 它讲领取500 这是啥 我才买68箍"], "屏幕共享是啥 我不会用 手机刚来一个验证码 47 后面还有", ["code"]],
    ["Two five zero, six one four, three eight two nine, got it. He'll be out your way between ten and two.", ["Hi, it's Purolator calling, Dave from the depot out on Ongman Road. I've got a package for a Marcel Gagnon, coming from Lee Valley, needs a signature. Our driver tried on Tuesday but nobody was home at the house on Tabor Boulevard.", "Can't, I'm afraid, it's over the value for leaving it. I can have him try again tomorrow, or you can grab it from the depot, we're open till five-thirty. If you want, give me a cell and the driver'll call before he comes."], ["Oh yeah, that'll be my wood planes. Sorry, we're both at work all day. Can't he just leave it at the door?", "Yeah, do tomorrow. Call my cell, it's two five zero, six one four, three eight... three eight two nine."], "Great. If I don't pick up, try my wife Chantal, she's home at lunch. She's two five zero, five six three, oh oh four one.", ["phone"]],
    ["Mubarak ho baji, aap ka naam list mein hai ✅. Bas Rs 1,500 file charges is number pe JazzCash kar dein, raqam aaj hi aap ke account mein aa jaye gi.", ["BISP Benazir Kafaalat Program 🇵🇰 Mubarak ho! Aap ki Rs 25,000 ki nayi qist jari ho chuki hai. Raqam hasil karne ke liye apna CNIC number is number pe WhatsApp karein. Helpline 0341-8171000", "Ji baji ye 2025 ka naya survey hai, Gujranwala district ke 3,200 naye ghar shamil hue hain. CNIC bhejein, hum abhi check kar ke batate hain."], ["Walaikum salam. Sach mein? pichli dafa survey mein tou hamara naam nahi aya tha", "34101-5528147-2. Nasreen Akhtar zauja Muhammad Aslam, Gondlanwala Road"], "1500 kis baat ke? TV pe tou kehte hain BISP koi fees nahi leta. Main apna CNIC 8171 pe khud bhej ke dekhti hun", []],
    ["Malik ko baad mein bata dena, ye urgent hai warna order cancel ho jaye ga. Abhi bhejo aur receipt ka screenshot yahan bhejo.", ["Assalam o alaikum Imran. Ye mera naya number hai, purana wala kharab ho gaya hai. Save kar lo. - Ch. Tariq", "Imran, Sialkot wale supplier ko copper wire ka advance Rs 85,000 aaj 3 baje se pehle bhejna hai. Account details bhej raha hun. Main meeting mein hun, call nahi utha sakta."], ["Walaikum salam sir. Ji save kar lia hai", "Sir itni payment ke liye Malik sahib ka sign chahiye hota hai. Voucher bana ke purchase file mein laga deta hun, woh approve kar dein tou bhej dun ga"], "Sir ek minute, main aap ke purane number 0300-6412785 pe call kar ke confirm kar leta hun", []],
    ["验证成功，还差最后一步，需要验证卡内余额，请再回复一次新收到的验证码。", ["【粤通卡ETC】尊敬的车主，您的ETC认证已过期，即日起将无法正常通行，请尽快登录 etc-yuetong.cn/vip 重新认证。", "系统升级后所有车主都要重新绑定银行卡，打开链接填写车牌、银行卡号、预留手机号，验证后即可恢复通行。", "系统提示认证失败，需要二次验证，请把刚收到的6位验证码直接回复本号码。"], ["我架货车粤G3K27Q上礼拜先过完湛江收费站 点会过期", "填咗 卡号手机号都填好咗", "382 915"], "点解又要 我手机啱啱收到短信话扣咗我4980蚊！！你哋係骗子", []],
    ["Thank you. Reversal is in progress. Do not use your MoMo for 24hrs and do not go to any MTN agent or service centre, it will cancel the reversal", ["Hallo madam sorry i have sent you 150,000 by mistake it was school fees for my son at Nkoma, please help me send it back i am begging you. God will bless you", "MTN MoMo: Dear customer, a reversal of UGX 150,000 has been lodged on your account by JOSEPH WAMBEDDE. To stop your SIM and MoMo account being BLOCKED within 1hr confirm the reversal by replying with your 5 digit MoMo PIN."], ["Eh, which money? am in the market now i have not checked", "Please dont block my line i use it for my business. My pin is 40982"], "ok. but now my balance is showing 0?? i had 13,600 there for stock", []],
    ["Walaikum salam baji. Record check kar liya hai, aap ki 2 qisten pending hain total Rs 21,000. Aap ke number pe JazzCash ka 4 hindson wala code aaye ga woh isi number pe bhej dein taake raqam aap ke account mein transfer ho", ["BISP 8171: Mubarak ho! Aap ki Benazir Kafaalat ki qist Rs 10,500 jari ho gayi hai. Raqam wasool karne ke liye apna CNIC number is number pe SMS karein. Shukriya"], ["Asalam o alaikum. mera cnic 31202-5583917-4 hai. meri pichli qist bhi nahi ai thi"], "ji aya hai 7291", ["code"]],
    ["王阿姨，我村里小王。2026年度城乡居民医保开始交了，个人交420元，12月31号前交好，明年看病才能报销。可以在浙里办或者丰收互联APP里自己交，不会弄的带身份证到村委会来，我们帮你弄。", [], [], "420啊 去年好像是380 咋又涨了", []],
    ["Sir your daughter doesn't know bank procedures. Just the last 3 digits and the code behind the card, otherwise the Rs 74,500 is gone forever.", ["HBL Alert: Your debit card is temporarily blocked due to suspicious transaction of Rs 74,500 in Lahore. If not done by you call HBL Security Department immediately 0311-8624077.", "Sir I am Officer Bilal from HBL Security. To unblock and reverse the Rs 74,500, please confirm your 16 digit card number and CNIC for verification.", "Yes sir, continue please, remaining 8 digits and the expiry"], ["Lahore?? I have not gone to Lahore this whole year. my pension is in that account, what should I do?", "card number 4221 6090 .. wait let me put on my glasses", "3318 7.. ek minute, my daughter Sadia has come, she is saying HBL never asks card number on phone"], "Sadia is calling HBL phone banking 111-111-425 from her phone, they will tell us", []],
    ["Also please confirm the number we should use for SMS reminders is still this one.", ["Mnazi Mmoja Health Centre: Habari Fatma. Reminder: baby Amani's measles-rubella vaccine is due Thursday 18 Dec. Clinic opens 8am, bring the RCH clinic card. Huduma ni bure.", "A mild cough is usually fine, the nurse will check her before the injection. If she has high fever, come another day that week."], ["Asante nurse. Amani has a small cough since Sunday, can she still get it?", "sawa, tutakuja Thursday asubuhi mapema"], "yes this one, and add my husband Hassan 0767 118 452, mine is off sometimes", ["phone"]],
    ["看到了何姐。系统刚发了一条短信验证码给您，这是退款的安全码，您念给我，我这边帮您确认", ["【快递理赔中心】何女士您好，您在拼多多购买的吹风机（订单尾号8817）在运输途中丢失，现按平台规定为您办理三倍理赔共267元，请添加理赔专员微信 zt-lipei0760 办理，24小时内未处理视为自动放弃。", "何姐您好，我是中通理赔专员小陈，工号ZT0762。您的件在佛山转运中心丢失了，理赔款要走支付宝备用金通道给您，您打开支付宝搜“备用金”点领取，到账后多出的部分退回给我们就可以", "退233就可以。您下载一个“飞聊会议”，我开共享教您操作，防止转错，会议号我这边发您"], ["系咪真㗎？我系买咗个风筒，等咗成个礼拜都未到。加咗你喇", "领咗喇，真系到咗500蚊喎😮 咁我要退返几多畀你？", "装好喇，入咗去，撳咗共享，你睇唔睇到？我铺头仲有客喺度，快啲啦"], "等阵，我睇下……码系 六零二，后面几个字俾个通知遮住咗", ["code"]],
    ["好的。最后一步输入该卡6位支付密码完成认证，页面是银行级加密的，请放心输入", ["【粤通卡】尊敬的车主：您的ETC车载设备认证已失效，将于今日24时停止使用，请及时登录 ytk-etc.cc 重新认证，以免影响高速通行。", "您好，这边是粤通卡在线客服。车牌号填您粤C那个，银行卡填ETC绑定扣费的那张卡号，填完系统会发验证短信给您", "对的梁先生，后面几位也要填完整，不然认证不了"], ["点认证啊？个网页要我填车牌同银行卡，我揸货车嘅唔识搞呢啲", "卡号系咪张农行卡正面嗰串数？6228 4802 7731 我先填咗呢几个", "4560 178，填晒喇"], "密码都要填？……咪住，系我阿女生日 〇九一二〇六，系咪填落呢格", ["password"]],
    ["认证成功。稍后会有一条动态码短信，回复给我们完成最后核验即可", ["【粤通卡】尊敬的车主：您的ETC车载设备认证已失效，将于今日24时停止使用，请及时登录 ytk-etc.cc 重新认证，以免影响高速通行。", "您好，这边是粤通卡在线客服。车牌号填您粤C那个，银行卡填ETC绑定扣费的那张卡号，填完系统会发验证短信给您", "对的梁先生，后面几位也要填完整，不然认证不了", "好的。最后一步输入该卡6位支付密码完成认证，页面是银行级加密的，请放心输入"], ["点认证啊？个网页要我填车牌同银行卡，我揸货车嘅唔识搞呢啲", "卡号系咪张农行卡正面嗰串数？6228 4802 7731 我先填咗呢几个", "4560 178，填晒喇", "密码都要填？……咪住，系我阿女生日 〇九一二〇六，系咪填落呢格"], "咩认证成功啊？农行啱啱发短信话我张卡扣咗4980！你哋系咪骗子嚟㗎？", []],
  ]);
  it('keeps the look-alikes of these apart', () => {
    const read = (caller: string, reply: string) => classifyInContext(reply, { context: { caller } }).leaks.map((l) => [l.kind, reply.slice(l.start, l.end)]);
    // (a number the person asks to be rung on is theirs; one they ring or text is not)
    expect(read('PIN ke aakhri do digit batayein', 'Mera number 03001234567 pe call karna')).toEqual([['phone', '03001234567']]);
    expect(read('PIN ke aakhri do digit batayein', 'Mein 4444 pe call kar raha hoon')).toEqual([]);
    // (a person's number handed over to be rung, not an office's; "she's" with seven digits or more, not an age)
    expect(read('Who else can we call?', "Gord's number is 250-962-4770, you could call him.")).toEqual([['phone', '250-962-4770']]);
    expect(read('Who else can we call?', "The clinic's number is 250-962-4770, you could call them.")).toEqual([]);
    expect(read('How old is your mother?', "She's 65.")).toEqual([]);
    // (a password said aloud after its label is still one; what a balance shows is not)
    expect(read('What is your PIN?', 'my pin is sunflower 7')).toEqual([['password', 'sunflower 7']]);
    // (an ID card held to read its number is asked for; one to bring along is not: its number in the reply is the person's own only if asked)
    expect(read('您别着急，我们先帮您冻结。需要核实身份，您拿着身份证念一下号码。', '好好好，我戴上老花镜……四四零三零六')).toEqual([['id', '四四零三零六']]);
  });
});

describe("a PIN said to be a house's number; a harmless number the line began, read on; a national ID off its card, longer than a phone, whatever Luhn says; a code's start after Cantonese '收到咗 係'; an ID's last four with its X; a number a Swahili text came from", () => {
  readsEachInCallAs([
    ["Perfect. Can you confirm your date of birth and the four digit account PIN you set up with Bell?", ["Hi there, it's Kevin from Bell Mobility loyalty. You've been with us eleven years so you qualify for fifty percent off an upgrade on your plan. Just a couple quick security questions, okay?"], ["Fifty percent? Sure, what do you need?"], "June ninth, sixty-two. And the PIN's, uh, it's my old house number, one one... one one four seven.", ["password"]],
    ["Ha, fair enough. I'm not after anything, I just need to know where the driveway is. The consignment number's on your Bunnings email if you wanna check, it starts with two four zero.", ["Hi, it's Troy, the StarTrack driver. I've got a parcel for a Leanne Whyte, big box from Bunnings, I'm out on the Flinders Highway but I can't find number forty-two."], ["Is this a scam? I've had three of them fake delivery texts this week."], "Yeah, okay, I see it. Two four zero, eight eight one. It's the gate with the old anchor on it, just past the silos.", []],
    ["Murakoze Mama. The number is not complete. Please send all 16 digits as written on your ID card.", ["MTN Rwanda: Muraho! Your line will be blocked TODAY at 18:00 for incomplete SIM registration (RURA directive). Reply with your National ID number to keep your line and MoMo active."], ["Yego mwana wanjye, ni 1 1958 7 0034"], "Mbabarira, my eyes. 1 1958 7 0034521 0 45 ni iyo", ["id"]],
    ["好的亲，共享好了。您手机马上收到一条验证码，是取消会员用的，您直接念给我就行，千万别退出页面，三分钟内有效。", ["【极兔速递】亲，您在拼多多购买的防晒衣（运单号JT3086 1274 5590）在湛江转运中心遗失，我司按三倍赔偿您129元，请添加理赔专员微信 jt-lipei066 办理。", "您好亲，我是极兔理赔专员小陈。系统显示您的支付宝开通了备用金功能，赔偿款需要走备用金通道，您打开支付宝搜'备用金'，点领取500元，我这边给您核对。", "亲您这边多领了，而且系统显示您之前误开通了极兔VIP会员，不取消每个月自动扣费800元，还会影响征信。我现在帮您取消，您在微信视频里点共享屏幕，我指导您操作。"], ["真嘅咩 我件衫冇咗？好啦 我加你", "领咗 五百到账啦 但系我件衫先43蚊咋喔", "吓死 我冇开过乜嘢会员啊 好好好 点样共享"], "收到咗 係847", ["code"]],
    ["后面四位呢？……好，查到了。你名下有一张工商银行的卡涉嫌一起洗钱案，涉案金额一百二十万。为了证明你的清白，你需要把卡里的钱转到我们的安全账户接受清查，查完会退还给你。这是保密案件，不能告诉任何人，包括你父母。你现在找一个没人的地方，比如宾馆，我们要跟你视频做笔录。", ["喂，你好，这里是顺丰速运，你有一个从鸡西寄往广州的包裹，在海关检查的时候发现里面有十二本护照和一些违禁药品，寄件人用的是你的身份信息，你知道这个事吗？", "那可能是你的身份信息被人盗用了。这个事情比较严重，我给你转接鸡西市公安局刑侦支队，你跟警官说明一下情况。……喂，你好，我是鸡西市公安局刑侦支队的，警号洞三幺两拐六。现在需要核实你的身份，你身份证号报一下。"], ["啥？我没寄过包裹啊，我都半年没上快递点了。", "警官，我真没寄过。我身份证号是二三洞三洞二，幺九九九，洞四幺五……"], "后四位是两幺三X。啥？洗钱？我卡里就三千多块钱，还是我上个月的工资……我得给我爸打个电话。", ["id"]],
    ["Please mama hurry, the hospital has refused to start the drip until they pay 🙏", ["QGH7K2L9PX Confirmed. You have received Ksh3,500.00 from JOHN OTIENO 0722481306 on 14/5/24 at 10:42 AM. New M-PESA balance is Ksh3,612.00.", "Habari mama, pole sana. I am John, I have sent you 3500 by mistake, it was for my mother's hospital bill in Kisumu. Please send it back to 0722481306 I beg you 🙏"], ["john otieno ni nani? sijui mtu huyo", "niko na customer sasa hivi, baadaye"], "nimecheck mpesa yangu. hakuna 3500 iliingia, balance ni 112 tu. na hiyo message ilitoka 0711 203 587 sio MPESA. wewe ni mwizi", []],
  ]);
  it('keeps a card paid with a card where the line asks for the social security number', () => {
    const reply = "WINNER12345, got it. Social is 588-12-0764 and I'll pay the 400 with 4532 7701 2298 4415.";
    const r = classifyInContext(reply, { context: { caller: 'To release the prize I need to verify your identity with your Social Security number, as on your card.' } });
    const read = r.leaks.map((l) => [l.kind, reply.slice(l.start, l.end)]);
    expect(read).toContainEqual(['id', '588-12-0764']);
    expect(read).toContainEqual(['card', '4532 7701 2298 4415']);
  });
});

describe("rounds 108 and 109's misses: a code's start said twice over, its rest after 'other half'; a password's start broken off; a card's start no month begins, to a line asking for it and its expiry; a licence by its own name; the WhatsApp code 'typed your number wrong' asks for; an account after a branch's name; a code read off the phone it came to; Pakistan's mobiles in fours; a warning that asks for no card or phone", () => {
  readsEachInCallAs([
    ["阿姨您别着急，按照规定我们给您三倍赔偿，一百一十七块，直接退到您微信零钱里。我这边给您手机发一条验证码，您把验证码念给我，我这边给您登记理赔。", ["喂，您好，请问是李桂兰女士吗？我这边是中通快递理赔中心的，您在拼多多上买的一条加绒保暖裤，从义乌发往永城演集镇的，在转运中心给弄丢了，实在抱歉啊。"], ["啊？丢了？俺是买了条裤子，三十九块钱嘞，俺说咋恁些天还没到。那咋弄啊？"], "中中，恁等一下啊，俺找找老花镜……来了来了，短信来了。是幺……洞……拐，幺洞拐。", ["code"]],
    ["对，阿姨，后面还有三位，您接着往下念。", ["喂，您好，请问是李桂兰女士吗？我这边是中通快递理赔中心的，您在拼多多上买的一条加绒保暖裤，从义乌发往永城演集镇的，在转运中心给弄丢了，实在抱歉啊。", "阿姨您别着急，按照规定我们给您三倍赔偿，一百一十七块，直接退到您微信零钱里。我这边给您手机发一条验证码，您把验证码念给我，我这边给您登记理赔。"], ["啊？丢了？俺是买了条裤子，三十九块钱嘞，俺说咋恁些天还没到。那咋弄啊？", "中中，恁等一下啊，俺找找老花镜……来了来了，短信来了。是幺……洞……拐，幺洞拐。"], "后头是四、四、两。恁说这钱啥时候能到俺微信上啊？", ["code"]],
    ["中了，登记上了。你现在就去ATM机，插上卡以后屏幕上让你输密码，你先把六位密码跟我说一下，我这边提前给你核对。", ["喂，是张建国吧？我是夏邑县财政局农机补贴办的，姓刘。你去年在会亭镇买那台旋耕机，国家有一千八百块钱的农机购置补贴还没领，今天是最后一天了。", "你带上你那张农商银行的卡，到镇上的ATM机那儿，到了我电话里一步一步教你操作。你先把卡号给我念一下，我这边给你登记上。", "对对，后面的接着念，念完了我这边就给你登记上。"], ["哦，是有这个事儿，俺去年秋里买嘞，一台五千多。补贴还没发？那中啊，咋领？", "卡号啊？恁等会儿，俺去柜子里拿……六二三零，五九，呃……这字太小了，五九八二，幺幺洞六……", "后头是三拐四五，两洞幺，最后一个是八。"], "密码是俺孙女给俺设嘞，她嘞生日，洞六幺……哎，不对，俺孙女说过密码谁都不能给。恁是财政局嘞，要俺密码弄啥？", ["password"]],
    ["阿姨，公安局不会让任何人往安全账户转钱，这是典型的电信诈骗。钱还在您卡里，您千万别再转了，对方再打电话您直接挂掉。", ["孙阿姨您好，我是盘锦银行兴隆台支行的客户经理小郑。您今天上午在手机银行往外地一个账户转五万块钱，我们系统给拦下来了，想跟您确认一下，这笔是您本人要转的吗？"], ["是我转的呀，公安局的同志让转的，说我这卡涉案了，得转到安全账户清查……咋给拦下了呢？"], "啊？真是骗子啊？那我……我还把卡号都跟他说了，你看是不是这张，六二幺四，八三两九，洞五……", ["card"]],
    ["好的，您报取件码就行，我们不要验证码的，有人打电话说是驿站要码的您别理。", ["【韵达快递】您的快件已到游埠镇韵达驿站（游埠老街口小卖部隔壁），取件码8-3-2217，凭码取件，营业时间8:00-19:00。", "大伯您好，我是游埠驿站的小叶。包裹寄件人写的是金华的吴丽芳，面单上写的是保健品，应该是您家里人寄的，您不放心可以问一下家里人再来拿。"], ["啥个东西？哪个寄来个？", "哦 丽芳是我外甥囡 那是渠寄个 我下半日来拿"], "好个好个 8 3 2217 我记牢了", ["code"]],
    ["Thank you. That transaction's stopped. Now I need to cancel that card and issue you a new one, so read me the full card number off the front, and the expiration.", ["Hi, this is Jason with the Ohio Valley Bank fraud prevention team. We just flagged a debit card purchase for eight hundred forty-two dollars at a Walmart in Columbus. Did you authorize that?", "Okay, don't worry, we're going to block it. I'm sending a verification code to your phone right now to confirm you're the card holder. Can you read it to me when it comes in?"], ["What? No! That ain't me, I'm at work here in Gallipolis, I ain't been to Columbus since Easter. Somebody's got my card?", "Hold on, it's buzzin'... okay, it says OVB, your code is six one, uh, six one nine, four four zero. Six one nine four four zero."], "Okay, it's four three one... wait. Wait a minute. It says right here on the back, call this number if your card's lost or stolen. Why don't I just call that?", ["card"]],
    ["Yes ma'am, that's the one. To release it, open the link, confirm your identity with your Maine driver's license number, and enter the bank account you want it deposited to. The claim window closes at midnight tonight.", ["Hi, this is Mark with Maine Revenue Services, the rebate processing unit. Our records show you're eligible for the eight hundred fifty dollar winter energy relief payment, but it hasn't been claimed yet. We texted you a link yesterday, did you get it?"], ["Oh. I got a text, yeah, I figured it was spam. Eight-fifty? Is that the one the governor did last winter?"], "I'm drivin' to a client's right now, can I just give it to you? My license is, um, hang on, it's in my wallet... okay. Seven four one, two oh nine, six. Seven four one two oh nine six.", ["id"]],
    ["Yes yes that one. I was setting whatsapp on my new phone and typed your number wrong. Just send the 6 numbers plz, my mother is admitted in DHQ and I need whatsapp", ["Assalam o alaikum sister, sorry to disturb. By mistake my 6 digit code has gone to your number, plz send it to me its urgent 🙏"], ["Walaikum salam. which code? I just got a whatsapp msg"], "ok wait.. 481", ["code"]],
    ["?? send full code sister", ["Assalam o alaikum sister, sorry to disturb. By mistake my 6 digit code has gone to your number, plz send it to me its urgent 🙏", "Yes yes that one. I was setting whatsapp on my new phone and typed your number wrong. Just send the 6 numbers plz, my mother is admitted in DHQ and I need whatsapp"], ["Walaikum salam. which code? I just got a whatsapp msg", "ok wait.. 481"], "sorry light went, load shedding 😅 other half is 0 7 3", ["code"]],
    ["Yes madam, teachers are approved 😊 K20,000 at 5% only, pay in 12 months. Send your NRC photo, payslip and your bank account number where we deposit.", ["KASAMA QUICK CASH: Civil servants get loans K5,000-K50,000 in 1 hour. No collateral, no payslip check. WhatsApp 0975661204 now!"], ["Good morning. I am a teacher at Kasama Girls. can i get K20,000? what are the conditions"], "I have sent the NRC and payslip photos. Account is Zanaco Kasama branch 0281447390150", ["card"]],
    ["Thank you. Record found: Mst. Naseem Bibi, Tehsil Okara. A 6 digit verification code is sent to this number from 8171, please share it to release payment to your nearest JazzCash.", ["BISP 8171: Mubarak! Your Benazir Kafaalat instalment of Rs 25,000 has been released. To receive the amount send your CNIC number on this number. Offer valid till today only."], ["AoA. My mother is widow she is registered in BISP since 2019. Her CNIC 35302-4418276-2"], "ji code aya hai on ammi phone.. 5 8 2 .. wait", ["code"]],
    ["Ji mess wala daal chawal 😅. Ammi your number was off whole day, I called 5 times", ["Ammi AoA, I reached hostel. Daewoo was 1 hour late from Lahore 🙄 Abbu ko bata dein"], ["Walaikum salam beta, shukar hai. I will tell your abbu. Did you eat?"], "My old Ufone sim stopped working, I got new Zong sim. Save this 0318 7740 265. Delete the old one", ["phone"]],

  ]);
  it('masks a code said twice over, both times', () => {
    const reply = '来了来了，短信来了。是幺……洞……拐，幺洞拐。';
    const r = classifyInContext(reply, { context: { caller: '我这边给您手机发一条验证码，您把验证码念给我，我这边给您登记理赔。' } });
    expect(r.leaks.map((l) => [l.kind, reply.slice(l.start, l.end)])).toEqual([['code', '幺……洞……拐'], ['code', '幺洞拐']]);
  });
  it("keeps a branch's phone and a relative's mobile what they are", () => {
    const branch = "My account number? No. I'll be at the branch on the 5th at 9:30. The branch number is 312-555-6000 if you want to meet me there.";
    expect(classifyInContext(branch, { context: { caller: 'Tell me your account number.' } }).leaks).toEqual([]);
    const reply = 'passport A04518832. DOB 3 march 2000. family contact my brother Sohel 01827 449 016';
    const r = classifyInContext(reply, { context: { caller: 'Send your passport number, date of birth and one family contact number for the file' } });
    expect(r.leaks.map((l) => [l.kind, reply.slice(l.start, l.end)])).toEqual([['id', 'A04518832'], ['phone', '01827 449 016']]);
  });
});

describe("rounds 110 and 111's misses: a number to leave for a courier's calls; a mobile's start asked back; a number the person rings as it rings; a relative's number said again in part; a card named by its last four in hand; a notice that says not to reply; a memorable word's letters by their places; a code 'coming now'; Uganda's NIN in fours; a mobile glued to its wallet's name", () => {
  readsEachInCallAs([
    ["不用您转账，货到付款，我们直接给您寄到家。您家是观堂镇哪个村？再留个能接快递的电话，您这个老年机收不着短信。", ["喂，是李凤芝阿姨吗？我这边是鹿邑县人民医院慢病回访中心的，您上个月在我们内分泌科住过院，血糖查出来十二点多，对吧？现在控制得咋样？", "阿姨，我们这有个国家中医药管理局推荐的降糖特效药，祖传秘方做的，吃三个疗程就能根治，以后都不用打胰岛素了。原价四千八，您是我们医院的老病号，给您按两千九百八。"], ["哎，是是，住了八天。血糖还是下不来，打着胰岛素嘞，天天扎针可受罪。", "能根治？那可好了。两千九百八……那咋给你钱？"], "观堂镇大李庄，进村第三家，门口有棵大椿树。电话你记俺儿媳妇的，一五幺，三拐六……后头几个俺得看看墙上写的。", ["phone"]],
    ["可以的，帮您备注留到周六（12月13日），来的时候报取件码就行。", ["【菜鸟驿站】您的中通包裹已到浦北县小江街道越州路兔喜驿站，取件码3-2-4017，营业时间8:00-21:00，请凭取件码领取。"], ["我喺张黄做嘢 礼拜六先返得小江 可唔可以帮我留多两日"], "好 3-2-4017 记低咗 礼拜六去攞", ["code"]],
    ["一万三也行，剩下的我再想办法。你去信用社柜台转，账号我发你，是对方家属的。柜台要是问，你就说是给亲戚看病的", ["奶奶，我是小峰，我手机摔坏了，这是我同学的号。我在杭州出了点事，你先别跟我爸妈讲", "我骑电瓶车把人家撞了，人家腿骨折了，要赔2万块医药费，不然就报警，我就要被学校开除了。奶奶你先借我，我过年还你"], ["小峰啊 么个事 尔莫吓奶奶", "2万块啊 奶奶卡里只有一万三 是养老个钱"], "小峰 尔原来个号是弗是一三九开头个 尾巴是几号", []],
    ["Mr. Fletcher, this is attorney Robert Greene, I'm representing your grandson. His bail's been set at eight thousand dollars. I can send a bonded courier to your home this afternoon to collect it in cash. This is a confidential matter, so please don't discuss it with the family.", ["Pappaw? It's me… it's Tyler. I'm in a real bad spot, I— I wrecked the car up in Columbus and they got me in jail. My nose is broke, that's why I sound funny.", "I'm okay, I'm okay. Listen, there's a lawyer here, Mr. Greene, he's gonna talk to you about the bail. Please, Pappaw, don't tell Mom and Dad, they'll kill me."], ["Tyler? Lord have mercy, son, are you hurt bad? What happened?", "Alright, alright, put him on."], "Eight thousand? I ain't got that kind of money layin' around the house. Now hold on. I'm callin' that boy's cell, I got it wrote down right here on the icebox. Three oh four, six three four, oh one nine three… it's ringin'.", []],
    ["We partner with several platforms to help beginners. The group is on WhatsApp and it's free to join. What's the best number to add you?", ["Good evening, Mr. Lambert? My name is Jennifer Lin, I'm an assistant to Professor David Chen at Capital Growth Academy. You opened a brokerage account on Robinhood last month, and we're inviting new investors to our free stock study group. The professor's picks have been averaging thirty percent a month."], ["Thirty percent a month? Lord, my pension don't make that in a year. How'd you know I opened that thing? My grandson set it up for me."], "I don't do the WhatsApp, but my wife Sharon's got it on her phone for talkin' to her sister in Ohio. Her number's three oh four, four two five… eight eight, one six. Four two five, eight eight one six.", ["phone"]],
    ["Thank you sir. To block the transaction we have sent you a 6-digit reversal code. Share it here within 2 minutes otherwise the amount will be debited", ["HBL Fraud Prevention: Dear Khalid Mehmood, a transaction of Rs.185,000 is in process from your HBL debit card ending 4471 at ALFATAH ELECTRONICS LAHORE. If not you reply NO to stop it."], ["NO. I am in Sargodha, never been to Alfatah"], "HBL itself sends message never share OTP with anyone even HBL staff. why you need it? my card 4471 is in my wallet right here", []],
    ["A&B Transport Board: Dear Dwayne Francis, your driver's licence expires on 05/12/2025. Renew at the Transport Board, Factory Road, Mon-Fri 8:30am-3pm. Bring your current licence. Do not reply to this message.", [], [], "It cover the taxi badge too or only the licence? I'm a taxi man, TX 412", []],
    ["Right, that's what we thought. It looks like your online banking's been compromised, so I'm going to block it for you, but first I have to make sure I'm speaking to the account holder. Can you give me the second and the fifth characters of your memorable information?", ["Good afternoon, is that Mrs Margaret Dodds? It's Daniel calling from the Lloyds fraud prevention team. We've flagged a payment of eight hundred and forty-nine pounds to a company called Zentrix Digital Limited, going out of your current account this morning. Did you authorise that payment, madam?"], ["Eeh no, pet, I never. I only use the card at the Co-op and Barter Books, and the chemist on Bondgate."], "Oh aye, hang on, I've got it written in the back of me diary... Right. The second one's an A. And the fifth... one, two, three, four, five... that's a B. B, like Bamburgh.", ["password"]],
    ["Thank you Ms Alexander, this is agent Kelvin from the Fraud Unit. To block the transaction and secure your card we will send a one-time reversal code to your phone. Please send it here once received.", ["1st National Bank Fraud Unit: Hello Ms. Alexander, a card transaction of EC$2,150.00 at BEST BUY USA was flagged on your debit card ending 7731. If this was NOT you reply NO and an agent will assist."], ["NO!! that was not me. I in Vieux Fort whole day"], "ok its coming now... 4 8 1", ["code"]],
    ["Dear customer send your NIN and the names on your national ID then I update on the system", ["MTN UGANDA: Dear customer your SIM 0772xxx418 will be BLOCKED today at 6pm due to incomplete NIN verification (UCC directive). Contact our agent on WhatsApp 0706 339 120 to verify and avoid disconnection."], ["Hello am Okello Emmanuel, i got msg that my line will be blocked. What should i do, i use that line for mobile money for my garage"], "CM9204 5102 LKRE. Okello Emmanuel", ["id"]],
    ["Great! Like these 3 videos and send screenshots. After, send your mobile money number and registered names for payment 💰", ["Hello dear, I am Sharon from Horizon Digital Marketing Kampala. We are hiring part-time workers to like YouTube videos. Earn UGX 5,000 per task, up to 150,000 per day from your phone. Are you interested?"], ["Yes am interested. I finished S6 and am just at home in Nagongera. What do i do"], "Done all 3 👍 airtel0752904417 names Owor Daniel", ["phone"]],

  ]);
  it("masks a place's digit and the number word it is said as", () => {
    const reply = "The passcode, I've got it written in my little book... third one's a seven and the fifth is a two.";
    const r = classifyInContext(reply, { context: { caller: 'Thank you. For the online side, could you give me the third and fifth digits of your security passcode?' } });
    expect(r.leaks.map((l) => [l.kind, reply.slice(l.start, l.end)])).toEqual([['password', 'seven'], ['password', 'two']]);
  });
  it("keeps the caller's own policy number, read back in groups, the caller's", () => {
    const r = classifyInContext('P二洞二三 洞八八幺六六？ 没有啊 我没买过平安的', { context: { caller: '你好，这里是平安保险，你名下有一份百万保障，保单号是P20230881166，请问是你开通的吗？' } });
    expect(r.leaks).toEqual([]);
  });
});

describe("rounds 112 and 113's misses: a WeChat bound to the person's other number; a price said as a count after what is paid; a code the card holder is sent; a remote tool's ID read first in part; an ID's start as the reply ends; a card named with its bank and kind; a meeting's number with a phone keyboard's hyphens; a card of the Postal Savings Bank", () => {
  readsEachInCallAs([
    ["很简单，我先加您微信，把您拉到我们的任务群里，带教老师会一步一步教您。您微信号是多少？", ["喂，你好，是刘女士吗？我这边是抖音商家运营部的，我们现在招一批线上兼职，在家用手机给商家点赞关注，一单三块钱，一天能做几十单，好多带娃的宝妈都在做。您有兴趣了解一下吗？"], ["点个赞就给钱？……我正哄娃睡觉哩，你小声说，具体咋弄？"], "微信绑的不是这个号，是我另一个号，幺三八，三五九幺，四拐两洞。你加吧，写个备注，说是干啥的。", ["phone"]],
    ["Hello, this is Kevin from Amazon customer care. We're calling about a Prime membership renewal of three hundred ninety-nine dollars and ninety-nine cents that's set to charge to your account tonight. Did you authorize that, ma'am?", [], [], "Three hundred and ninety-nine? No I did not, I pay the little monthly one, fourteen ninety-nine. Lord. How do I stop it?", []],
    ["Okay, don't worry, I'm going to block that card and reverse the charge. I'm sending a one-time verification code to your phone right now to confirm you're the card holder. Once you get it, just read it back to me.", ["Hi, this is Daniel with the Arvest Bank fraud prevention department. Am I speaking with Kayla? We flagged a purchase on your debit card ending in eight eight one two, six hundred forty-nine dollars at a Best Buy in Houston, Texas. Did you make that purchase?"], ["Houston? No, I'm in Rogers, I been at the ball field all afternoon. That's not me. Oh my gosh, what do I do?"], "Okay hold on, Brayden, get down off of there. Sorry. Okay it came. It's six one...", ["code"]],
    ["Six one, okay, go ahead.", ["Hi, this is Daniel with the Arvest Bank fraud prevention department. Am I speaking with Kayla? We flagged a purchase on your debit card ending in eight eight one two, six hundred forty-nine dollars at a Best Buy in Houston, Texas. Did you make that purchase?", "Okay, don't worry, I'm going to block that card and reverse the charge. I'm sending a one-time verification code to your phone right now to confirm you're the card holder. Once you get it, just read it back to me."], ["Houston? No, I'm in Rogers, I been at the ball field all afternoon. That's not me. Oh my gosh, what do I do?", "Okay hold on, Brayden, get down off of there. Sorry. Okay it came. It's six one..."], "Six one nine, four oh two. Wait, this text says do not share this code, Arvest will never call you for it.", ["code"]],
    ["Thank you Mr Harris. I am Kevin from Flow technical dept. Please download AnyDesk from the Play Store so I can clean the malware off your phone and router. It is safe, all Flow technicians use it.", ["FLOW Customer Care: Dear customer, our system detected malware activity from your home internet line in Codrington. Your service will be suspended today. Reply YES for a free technician assist."], ["YES. de internet been slow since last week"], "ok i download it. it showing a number 1 3 9 ... wait it say 139 552 870. u want dat?", ["code"]],
    ["MTN Uganda SIM Registration: Dear customer your line is flagged for NIN mismatch (UCC directive) and will be barred tonight at 12 midnight. To avoid this confirm your NIN here.", [], [], "But I did registration in 2022 at the MTN shop in town. ok its CM9604", ["id"]],
    ["Sir it is system update issue. Open link, enter vehicle no, CNIC and debit card for Rs 1 verification charge, then enter the OTP. Do it today otherwise e-challan will be issued.", ["NHA M-TAG: Your M-Tag account linked with vehicle LES-4471 is BLOCKED due to negative balance & unverified owner. Vehicles will be fined Rs 20,000 at toll plaza. Verify now: mtag-nha-verify.com"], ["Yes my truck has M-Tag but I recharged 5000 last week at Pindi Bhattian interchange. How is it negative?"], "Ok wait my son is opening it on his phone. Card is Meezan debit 5378 4210", ["card"]],
    ["先生您好 系统显示是您本人账户开通的 可能之前看直播误点了。不取消每月扣800 还会影响征信。我这边帮您取消 您下载一下腾讯会议 开个会 屏幕共享我指导您", ["【抖音支付】您于2023年开通的“百万保障”服务免费期已到期，将从下月起每月自动扣费800元，如非本人意愿，请添加企业微信“抖音客服-小雅”办理取消。"], ["wtf 我啥时候开过这个 我没开过"], "下好了 会议号852‑637‑941 你进来嘛 快点哈我等哈要跑车", ["code"]],
    ["您好，这里是度小满金融，您之前在我们平台申请的5万元贷款已审批通过，年化3.6%，无抵押，请提供收款银行卡号放款", [], [], "对头 上个月在手机上点过 收款卡邮政的6217996730018844215户名刘建军", ["card"]],

  ]);
  it("masks a remote tool's ID read first in part, then whole", () => {
    const reply = 'ok i download it. it showing a number 1 3 9 ... wait it say 139 552 870. u want dat?';
    const r = classifyInContext(reply, { context: { caller: 'Please download AnyDesk from the Play Store so I can clean the malware off your phone and router.' } });
    expect(r.leaks.map((l) => [l.kind, reply.slice(l.start, l.end)])).toEqual([['code', '1 3 9'], ['code', '139 552 870']]);
  });
  it('keeps a year and an e-mail address that open as a secret does unmasked', () => {
    const reply = 'FTC registration 872341, fine. Email\'s karen.w.54@aol.com, and my social is 549-03-6172.';
    const r = classifyInContext(reply, { context: { caller: 'I need your email and your Social Security number to file the report.' } });
    expect(r.leaks.map((l) => reply.slice(l.start, l.end))).not.toContain('54');
  });
});

describe("round 116's misses: a card of the Postal Savings Bank counted ('邮政一张'), and set right to a line that asks its balance; a code's start said as one after it came, then 'ruko'; a CNIC's first part after 'card number'; a number a text came from, in Urdu", () => {
  readsEachInCallAs([
    ["寄件人登记的是你的身份证，可能被人冒用了，要查清楚。这是保密案件，不能告诉家人，否则按泄密处理。你名下有哪些银行卡？卡号发我核查资金", ["钟德才是吧？我是广州市公安局白云分局刑警大队李警官，警号031572。你名下一个寄往马来西亚的包裹里查出17张银行卡和违禁药品，你涉嫌洗钱，现在依法对你进行调查。"], ["乜嘢包裹？我从来冇寄过马来西亚"], "只有邮政一张 6217995820003164882", ["card"]],
    ["你再核对一遍，系统里查到的尾数对不上。卡里现在有多少钱？", ["钟德才是吧？我是广州市公安局白云分局刑警大队李警官，警号031572。你名下一个寄往马来西亚的包裹里查出17张银行卡和违禁药品，你涉嫌洗钱，现在依法对你进行调查。", "寄件人登记的是你的身份证，可能被人冒用了，要查清楚。这是保密案件，不能告诉家人，否则按泄密处理。你名下有哪些银行卡？卡号发我核查资金"], ["乜嘢包裹？我从来冇寄过马来西亚", "只有邮政一张 6217995820003164882"], "睇错咗 係6217 9958 2000 3146 882 卡里有七万二 係我做泥水攒个", ["card"]],
    ["Shukriya. Ab Daraz ki taraf se aap ke number pe 6 digit verification code aaye ga, woh bata dein taake refund process ho jaye", ["Assalam o Alaikum Sana ji, Daraz Customer Care se baat kar raha hoon. Aap ne 9 Nov ko jo Air Fryer (order #182093347) liya tha uska batch defective nikla hai, company aap ko Rs 8,500 full refund + Rs 2,000 compensation de rahi hai.", "Refund direct bank account mein jaye ga. Apna bank ka naam, account title aur account number bhej dein."], ["Walaikum salam. Han air fryer liya tha, waise theek chal raha hai. Refund kaise milega?", "Meezan bank Narowal branch. Title Sana Batool. acc no 02150101884493"], "code aya hai 551... ruko ye to Meezan ka hai aur likha hai payment of Rs 49,000??", ["code"]],
    ["BISP 8171: Mubarak ho! Aap ki Benazir Kafaalat ki qist Rs 10,500 jaari ho chuki hai. Raqam wasool karne ke liye apna CNIC number is number par SMS karein. Govt of Pakistan", [], [], "Walaikum assalam beta. Main Naseem Bibi Zafarwal se. Mera card number 34502-", ["id"]],
    ["Pura CNIC number likhein, 13 hindse. Aur jis mobile pe raqam chahiye woh bhi", ["BISP 8171: Mubarak ho! Aap ki Benazir Kafaalat ki qist Rs 10,500 jaari ho chuki hai. Raqam wasool karne ke liye apna CNIC number is number par SMS karein. Govt of Pakistan"], ["Walaikum assalam beta. Main Naseem Bibi Zafarwal se. Mera card number 34502-"], "34502-6618290-4 . paise isi number pe bhej dena beta", ["id"]],
    ["Maine JazzCash kar diye hain aap ke number pe, check karein. Ghalti se 1,53,000 chale gaye 😅 please Rs 18,000 wapis bhej dein is number pe 0308-5512297", ["AoA bhai OLX pe aap ki CD 70 2019 model dekhi, Rs 1,35,000 final? Main Sialkot cantt mein posted hoon, khud nahi aa sakta. Payment advance JazzCash kar deta hoon aur apna banda bhej doon ga"], ["Ji 1,35,000 final hai. Theek hai advance bhej dein, bike ghar pe hai Baddomalhi road, makan 14"], "Mere JazzCash app mein koi payment nahi aayi. Sirf ek SMS aaya hai kisi 0300 wale number se", []],
    ["Bhai JazzCash ka system slow hai 2-3 ghante mein show hoga, SMS hi proof hai. Ghar mein emergency hai, 18,000 abhi bhej dein please", ["AoA bhai OLX pe aap ki CD 70 2019 model dekhi, Rs 1,35,000 final? Main Sialkot cantt mein posted hoon, khud nahi aa sakta. Payment advance JazzCash kar deta hoon aur apna banda bhej doon ga", "Maine JazzCash kar diye hain aap ke number pe, check karein. Ghalti se 1,53,000 chale gaye 😅 please Rs 18,000 wapis bhej dein is number pe 0308-5512297"], ["Ji 1,35,000 final hai. Theek hai advance bhej dein, bike ghar pe hai Baddomalhi road, makan 14", "Mere JazzCash app mein koi payment nahi aayi. Sirf ek SMS aaya hai kisi 0300 wale number se"], "Asli JazzCash ka SMS 8558 se aata hai, 0300 se nahi. Nice try bhai 😂", []],

  ]);
  it("keeps a card the line sent, read back to it, unmasked", () => {
    expect(classifyInContext('看到了 六二二二 零二幺零 零二五二 八幺九三 七七二 是吧 这个是外地的卡啊', { context: { caller: '我微信发你了 你看一下' } }).leaks).toEqual([]);
  });
});

describe("rounds 114 and 115's misses: a pickup code read with 杠 said between its parts; a code's start before its rest is begun and broken off; a relative's old number handed to one who said the phone was broken; a card's end typed 'end'; Uganda's NIN with its letters last; a PIN's label asked back, then its start; a registration's reference", () => {
  readsEachInCallAs([
    ["行，我下午三点多送货顺路，给您捎过去。您是屏山街西头那家吧？取件码在短信里，到时候您跟我对一下就中。", ["喂，您好，是王秀梅吧？我是屏山镇兔喜驿站的，您有个韵达的快递到了，一箱，怪沉的，上头写的是苏州寄来的。您今天能来拿不？"], ["是俺的，是俺闺女从苏州寄的衣裳。俺腿脚不好，恁能给俺送家来不？"], "是哩，西头，门口有棵大槐树那家。取件码俺看看……是，五，杠，三，杠，二零八四。", ["code"]],
    ["对对，就是蓝色那个。您搜到备用金以后点进去，上面显示五百块，您点领取。领了以后这五百块先到您零钱里，等会儿多出来的那部分再从您这退回去就行了。然后系统会给您手机发一个六位数的验证码，您念给我，我这边给您核销理赔单。", ["喂，您好，请问是马桂兰马女士吗？我这边是中通快递理赔中心的，工号幺三七五。您上个礼拜在拼多多上买的一箱洗衣液，从义乌发过来的那个，在我们兰州转运中心给弄丢了，实在是不好意思啊。", "您别着急，这个件是我们的责任，按规定给您三倍赔偿。洗衣液是八十九块钱，我们给您赔两百六十七。不过理赔要走支付宝的备用金通道，您打开支付宝，在搜索框里搜“备用金”，我一步一步教您。"], ["啊？丢了？我说咋一直不到呢，我还给那个店家问了两回。那咋弄呢？", "三倍？那好么。你等一下，我把老花镜戴上……支付宝是这个蓝的吧，打开了。"], "嗯，来了来了，验证码是……八三洞，后面是……哎呀这个字太小了，你等一下，我拿远些看。", ["code"]],
    ["没事 奶奶 学校要交实训的资料费3600 今天下午截止 我钱不够 你先帮我转给我们辅导员 我发卡号给你 莫跟我爸讲 他又要骂我", ["奶奶 我是小杰 我手机摔坏了 这是同学帮我弄的新QQ 你加一下"], ["小杰啊 手机咋个摔坏了嘛 你人莫得事哇"], "你原来那个号13908264417咋个打不通 我刚刚打了的", ["phone"]],
    ["Hello Mr Gumbs, Shane from NCBA security team. We stop the BestBuy charge but the fraudster still have your card details. To cancel the card and issue a new one we are sending a 6 digit code to your phone, read it back to me to confirm you are the account holder.", ["NCBA ALERT: A transaction of US$1,249.00 at BESTBUY.COM was attempted on your debit card ending 5520. If this was NOT you reply NO and our security team will contact you."], ["NO"], "Hold on man I under a car. Which card you talking bout, the debit end 5520 or my visa?", []],
    ["Good news from PDM Masaka City. Your name NALWOGA TEOPISTA is approved for Parish Development Model fund UGX 1,000,000 under Kimaanya parish SACCO. To receive, send your NIN and MTN MoMo number to the Parish Chief office on 0789 335 120.", [], [], "Webale nnyo mwana wange. Yes I am Nalwoga Teopista. NIN yange CF5503210 4KRLA. MoMo is this same line", ["id"]],
    ["Thanks, Aisha. Last thing, your PIN, so I can lock the card to you only.", ["Hi, is this Aisha? This is Nathan from the Westpac fraud prevention team. We've just declined a payment of nine hundred and ninety-nine dollars to Apple dot com on your card ending four-four-oh-two. Was that you?", "It looks like your card details were skimmed. To stop it I need to confirm you're the cardholder. Can you read me the three-digit code on the back of the card?"], ["What? No! I've got like two hundred bucks in there. Has my card been hacked?", "Um, yeah, okay... it's seven one eight."], "My PIN? It's, um, two six... wait. My mum always says never give out your PIN. Why would Westpac need that?", ["password"]],
    ["Yes, come with a letter from your LC1 and the registration number from the SMS you got when you registered. The officer will confirm with your fingerprints.", ["NIRA: Dear KUGONZA JOSEPH, your National ID card is ready for collection at NIRA Hoima District Office. Bring your registration slip (Form 3). Collection is FREE. Mon-Fri 8am-5pm."], ["Thank you. I lost the slip when the rain entered my house 🙁 can i still collect?"], "Ok i have the sms, the number is REG 0041 7732. I will come on tuesday", []],

  ]);
  it('masks the NIN to its last letters', () => {
    expect(redact('NIN yange CF5503210 4KRLA. MoMo is this same line')).not.toMatch(/KRLA|5503/);
  });
  it("still reads a code said with a dash between its parts in digits, '5 杠 3'", () => {
    expect(read('取件码是5，杠，3，杠，2084。', '取件码到时候您跟我对一下')).toEqual(['code']);
  });
});

describe("rounds 117 and 118's misses: a text's words quoted with the code's label in them; a PIN's start after its label and an aside, where the line asks the ID too; a card's rest asked for after its start ('卡号后面几位'); an SSN's last four after 'over the phone'; a code's start typed as it came ('it come. 48'); Scots numerals; Centrelink's Customer Reference Number; a code's start to a line that says it has been sent; not a sum one starts with", () => {
  readsEachInCallAs([
    ["好的，服务密码校验成功。系统现在给您发了一条六位数的验证码，您看一下念给我，念完就补登记好了。", ["喂，您好，这里是中国移动通渭分公司。您这个手机号码实名信息没有及时补登记，今天晚上十点以后就要停机了，停机以后号码就收回了。", "阿姨您别着急，我在电话里就能帮您补登记。您先把您的服务密码告诉我，就是您办卡的时候设的那个六位数。"], ["啊？要停机？那咋办哩？我娃们都打这个号呢。", "服务密码？那是我孙子给我设的么，我想一下……好像是我的生日，五八，洞三幺九……哦不对不对，五八幺两幺九，十二月十九的。"], "你等哈，我把眼镜戴上……来了，写的是'验证码四拐九，两洞六'，后头还有些字，写的'您正在办理携号转网，请勿泄露'……", ["code"]],
    ["好，对上了。最后一步，您社保卡的密码报一下，系统里要验证。", ["喂，朱秀兰吗？这里是息县人社局养老保险中心，您今年的养老金资格认证还没做，不认证下个月养老金就停发了。", "今年改了，不用照相了，俺在电话里就给您办。您把身份证号报一下。"], ["啥认证？往年都是俺夏庄村里小王拿手机给俺照个相就中了。", "身份证号俺背不过，俺拿着身份证念啊……四幺幺五两八幺九四六幺幺两洞洞两两六。"], "密码……那是俺老头子在世的时候定嘞，八八六……", ["password"]],
    ["好的车主，卡号后面几位也发一下，再发一下这张卡的支付密码，系统核验身份用，核验完马上恢复", ["【闽通卡】尊敬的车主，您的ETC闽通卡实名信息未完成补录，将于今日23:59失效，失效后高速通行按最高费率收取。请登录 etc-mintong.top 补录信息。", "车主您好，近期系统升级，旧卡需重新绑定扣款银行卡，未绑定的明天起在柘荣收费站无法抬杆。页面上填车牌号和扣款卡就行，两分钟搞定。"], ["前天才拉太子参跑了一趟福州 ETC都好好的 怎么就要失效", "页面打不开 我直接发你 车牌闽J·3K729 卡是农商行的 6223 2940 0115"], "后面是7731 902 密码311258 快点 我还要去装货", ["card", "password"]],
    ["I believe you, ma'am, and that's why I'm calling. Somebody may have stolen your identity. To clear your name I need to confirm your Social Security number against what was in the package.", ["Ma'am, this is Sergeant Wes Calloway with the Horry County Police Department. We intercepted a package at the Port of Charleston addressed to you on Ocean Lakes Drive. It had eleven fake passports in it and two bank cards in your name."], ["Oh Lord, passports? Sergeant, I ain't ordered nothin' from overseas, I don't even have a passport."], "Well, I don't like to give the whole thing out over the phone. The last four is six, six, one, nine. Is that enough?", ["id"]],
    ["Good afternoon Ms. Wheatley, this is Kevin Penn, Republic Bank Fraud Prevention, Road Town. We have placed a hold on the $1,480. To reverse it and secure your account we are sending a 6 digit verification code to this phone now, kindly send it back here so we confirm you are the card holder.", ["REPUBLIC BANK (BVI): A debit of USD 1,480.00 to AMZN MKTP US on your card ending 7712 is pending. If this was NOT you reply NO and a Security Officer will contact you shortly."], ["NO!! i aint buy nothing from amazon"], "ok hold on im at work at Leverick Bay… it come. 48", ["code"]],
    ["Don't worry, you won't lose anything. But your account details have been compromised, so we'll set up a new safe account to protect your savings. First I need to confirm the account. Can you read me the sort code and account number off your card?", ["Good afternoon, this is Mark from the Bank of Scotland fraud team. Am I speaking to Mr Alexander Cowie?", "Mr Cowie, we've stopped two payments on your current account this morning, one for nine hundred and eighty pounds to Currys in Manchester and one for four hundred and fifty. Did you authorise those?"], ["Aye, that's me. Fit's adee?", "Manchester? Na, na, I've nae been further than Aiberdeen since the spring. Fit dae I dee?"], "Hing on, ma specs... Right. Sort code's eichty, twinty-twa, saxty.", ["card"]],
    ["It normally does, but your file's missing some details so it was held. I just need to verify your National Insurance number and then I can release it today.", ["Good morning, I'm calling from Social Security Scotland about the Pension Age Winter Heating Payment. Our records show you're eligible for a one-off payment of three hundred pounds that hasn't been claimed yet. Is that Mr Douglas Stewart?"], ["Aye, it's Doug. Three hunner? I thocht that came in automatic."], "Hing on, it's on ma pension letter. S... J, twa-sax, one-fower, aicht-three, C.", ["id"]],
    ["That's why I'm calling, love. It'll go into your account this week. I just need your Customer Reference Number to find your file. It's on any Centrelink letter, nine numbers and a letter.", ["Hello, this is Sarah from Services Australia, Centrelink. I'm calling about the one-off cost of living support payment of seven hundred and fifty dollars, you've been approved as a pension card holder. Am I speaking with Maureen?"], ["Yeah, this is Maureen. Seven fifty? Nobody told me about that."], "Hang on, I got a letter here somewhere... here it is. Three oh four, one eight seven, two six five, K.", ["id"]],
    ["It has been sent now sir, please check and send fast", ["Excise & Taxation Punjab: Token tax for your vehicle (reg. ending 318) is unpaid for 2024-25. Pay Rs 1,450 within 48 hrs to avoid Rs 5,000 penalty & vehicle blocking: https://epay-punjab-gov.pk-tax.site", "Sir that receipt is of last year. System shows 2024-25 outstanding. Pay through the link with debit card, takes 2 minutes", "Yes sir we will process from here. Send CVV also and the OTP you will receive"], ["I paid the token at the Excise office in Layyah in August. Receipt is in my shop", "Page is not opening properly on my phone. Can I send card here? UBL debit 4921 7720 1183 6650 exp 03/28", "CVV 2 0 7. OTP not come yet"], "8 8 1... ruko, this says Rs 49,800 to PAYMAX, not 1450", ["code"]],
    ["Just click the link. After joining you get our app 'ASL Pro Trader' to open account. Minimum Rs 20,000, profit guaranteed or money back", ["Assalam o Alaikum! Join 'PSX Profit Club VIP' run by Arif Habib Securities senior analyst. Daily sure-shot stock calls, members earning 30-40% monthly. Free joining today only: chat.whatsapp.com/Kx9PSXvip"], ["30-40% monthly?? How do I join, is there a minimum?"], "20k is a lot for me yaar. Can I start with 5000?", []],

  ]);
  it("reads a sum's middle digits as no number of the caller's ('$1,480' then 'it came. 48'); a phone's start to a line that texted as the phone's", () => {
    expect(read('it came. 48', "We are sending a 6 digit verification code to your phone about the $1,480 hold, read it back to me")).toEqual(['code']);
    expect(read("It's oh four... hang on. Oh four two nine, double three one, eight oh six.", 'We tried to text you the reminder but it bounced back. Have you got a new mobile number we can pop on your file?')).not.toContain('code');
  });
});

describe("rounds 119 and 120's misses: a birthday as the password in 额 and 𠊎, and to a line that says what such a thing is set to; a card's rest counted whole by the reply ('一共十九位'); a card after 填咗; a code's start after 'Found it.' and 'an sms has come'; not a number a text came from ('from a 242-8 cell number')", () => {
  readsEachInCallAs([
    ["你打开京东金融APP，点'我的'，做一下人脸识别。然后把你京东支付的六位支付密码告诉我，我这边后台帮你核验注销。", ["您好，是魏鹏同学吗？我是京东金融的客服，您在大学期间开通过一个京东白条学生账户，现在国家出台政策，学生账户要统一注销，不注销的话会影响你的征信，以后买房买车都贷不了款。"], ["白条？大学时候好像是开过，买了个耳机。那咋注销？"], "支付密码？就是额平时买东西输的那个？是额生日……九八零三，后头两位你等下，额想一下是不是改过。", ["password"]],
    ["您设过的，一般是6位数字，很多人设的是生日，您想一下", ["【中国移动】尊敬的客户：您的号码实名登记信息不完整，根据工信部要求，须在48小时内完成二次实名认证，逾期将暂停通信服务。回复1由客服协助办理。", "您好，这里是中国移动韶关分公司实名认证专席，工号3672。为核实机主身份，请提供您的身份证号码后六位及手机服务密码"], ["1", "sfz后六位 162017 服务密码𠊎好似冇设过"], "哦 系𠊎老婆生日 零九 二六 八三", ["password"]],
    ["嗯，接着报。", ["喂，是方宏才吧？我这边是寿县财政局农机补贴办的。你去年在保义镇买了台久保田收割机，农机购置补贴一万二批下来了，你还没领。", "今年系统升级了，要你本人到ATM上激活补贴账户才能打进去。你先把一卡通的卡号报一下，我这边先登记。"], ["是买了台收割机 补贴不是直接打到一卡通上的吗", "一卡通啊 你等哈 我找找 在存折上… 六二三零 五八二零"], "幺四零零 三六七二 九九八 一共十九位 对吧", ["card"]],
    ["拍了付款了，但是闲鱼提示你的账户没开通担保交易，钱被冻结了，截图你看。你点这个链接找闲鱼官方客服开通一下就能收款 https://xianyu-kf.cc/db", ["在吗 你那台雅迪电动车还在不 1800可以的话我直接拍"], ["喺度 1800得 你拍啦 我喺乳城镇 可以自己过嚟睇车"], "点咗 系闲鱼客服 叫我填收款银行卡 填咗 6228 4809 3377 1205 916", ["card"]],
    ["Good afternoon Ms. Knowles, this is Kevin from FirstCaribbean Fraud Prevention. The charge is pending. Log in through the secure link with your online banking user ID and password and we will cancel it right away. It is our official site.", ["CIBC FirstCaribbean: A purchase of USD 1,249.99 at BESTBUY.COM was attempted on your debit card ending 3380. If this was not you, verify your identity within 2 hours to stop the charge: fcib-secure-verify.com/bs"], ["I didnt buy nothing from best buy. who is this?"], "FirstCaribbean website is cibcfcib.com not that thing. And why the bank texting me from a 242-8 cell number??", []],
    ["The WhatsApp one chacha, it says 'Your WhatsApp code' and numbers. Just send me the numbers", ["Assalam o alaikum chacha jan, Imran here from Riyadh. This is my new Saudi number, save it. Old Jazz number is closed.", "All good chacha. I was making WhatsApp on this new number and by mistake I put your number, a 6 digit code has come on your phone. Please send me that code quickly"], ["Walaikum salam puttar! How are you, how is the job at the company? Your chachi was remembering you", "Which code puttar? Many messages come on this phone I dont understand"], "Found it. 5 8 2", ["code"]],
    ["Ok I take it at 3M. I will send my brother to pick it in Kasese. For payment Jiji has a new safe payment, they will send you a code to confirm you are the seller. Send me the code when it comes.", ["Hello, I saw your Bajaj Boxer 2019 on Jiji, UGX 3.2M. Is it still available? I am in Fort Portal, I can pay today."], ["Yes its available boss. Logbook is there, engine very fine. 3.2 slightly negotiable"], "ok an sms has come. 738", ["code"]],

  ]);
});

describe("rounds 121 and 122's misses: an ID's label offered as a question, then its value ('俺身份证号要不要也报给恁？'); a code's rest after 仲有; an ID's start asked of another ('阿爸嘅呢？') that a card's check passes by chance; a CVV's start after 'Three digit is'; a PIN's start after which one it is ('the one I use for everything'), or said to be its first two; Hindi digits read on from the reply before; an account's number to a line that also asks its balance; a remote tool's number asked in the sentence after the tool; not a price ('3600一口价'), nor a grandson's number read from the book to ring him", () => {
  readsEachInCallAs([
    ["好。为了保护你的资金，你要把卡里的钱转到我们公安的安全账户里，审查完了原路退回。你现在去县城找个宾馆开个房间，一个人待着，手机别关，我们视频给你做笔录。", ["喂，是李德华吗？我是上海市公安局浦东分局的民警，警号拐洞两幺三五。我们破获了一个洗钱案子，嫌疑人交代，用你的身份证在上海办了一张银行卡，流水两百多万。", "我知道你可能是被冒用了，所以才给你打电话。现在要给你做资金清查，证明你卡里的钱都是干净的。这是秘密侦查，不能跟任何人说，包括你家里人。", "你名下现在有几张卡？都是哪个银行的？把你常用的那张卡号报给我，我这边先登记。", "嗯，继续。"], ["啥？俺这辈子都木去过上海，俺咋会搁上海办卡？", "那……那俺该咋配合？", "就一张，临泉农商银行的，搁长官支行办的，俺卖化肥收钱都用这张。卡号是六二三洞，六五八八……", "幺两洞四，三三拐九，幺洞五。"], "开宾馆？恁等等，俺店里还有人来拉化肥嘞……俺身份证号要不要也报给恁？三四幺两两幺，幺九六六洞三……", ["id"]],
    ["后面三位呢姐？验证码五分钟就失效，快点哦。", ["【中通快递】您好，您在拼多多购买的晒蚝网（单号78319402556）在转运中心丢失，我司按货款三倍理赔，请添加理赔专员微信 zt-lp0715 办理。", "是的亲，您的货款41元，三倍赔付123元。因为理赔通道升级，先给您发放500元备用金，打开支付宝搜“备用金”点领取，领到后把多出的377元转回给我们就可以了。", "亲，您刚刚操作错了，系统显示您同时开通了支付宝会员服务，每个月自动扣费800元，必须今天注销。下载“瞩目”会议，会议号 8871 2203 69，进去后点共享屏幕，我一步步教您。", "姐，不能等了，今天不处理明天就扣第一期800，您现在进会议就行，几分钟的事。", "看到了。现在支付宝会给您发一个验证码，您把验证码报给我，我在后台帮您注销。"], ["加咗你啦 系咪真系赔三倍啊", "领咗 500蚊入咗 点转返俾你", "哎呀我而家喺蚝排度 信号好差 等我返到屋企先啦", "入咗啦 点咗共享 你睇到未", "嚟咗嚟咗 係497"], "仲有028 咁样得未啊", ["code"]],
    ["好的。我公司采购走对公，闲鱼单笔有限额，你加我微信 gzcg_lin88，我在“闲鱼担保交易”平台下单，你点我发的链接收款就行。", ["老板，你闲鱼上挂的程村蚝干还有吗？我要20斤，发广州，价钱按你挂的180一斤没问题。"], ["有 今年新晒嘅 20斤3600 包顺丰"], "直接喺闲鱼拍咪得啰 我改价俾你 3600一口价", []],
    ["收到 阿爸嘅呢？", ["阿妈，我帮你同阿爸买1月25号湛江西去深圳北嘅高铁飞，12306要加乘客，你将你同阿爸嘅身份证号发我下", "唔急，你慢慢揾，拍张相或者打字发我都得"], ["好 等我搵下个身份证 喺柜桶度", "我嘅 440881196504173O27 个O系零嚟嘅 打错咗"], "你阿爸嘅我记得前面系44088119621103 后面唔记得 等佢饮茶返嚟先", ["id"]],
    ["Got it. And the three digit security code on the back, and then I'm gonna send you a verification code by text to confirm the payment, I'll need you to read that back to me too.", ["Hi, this is Tasha with Kansas Turnpike toll services, I'm calling about the text we sent you? You have an outstanding toll balance of six dollars and eighty-five cents on your plate.", "It's from I-35 down by Wichita on the fourteenth, a little after six p.m. It's all cashless now, it reads your plate. So if it's not paid by five o'clock today there's a fifty dollar late fee, and it can go on your Missouri registration. I can take care of it right now, I just need the card number.", "Okay, four one four seven, zero nine two two, go ahead."], ["What text? I don't think I got a text. What toll is this for?", "Oh, the wedding. Yeah, we drove down for my cousin's wedding. Ugh, fine, I don't want no fifty dollar fee. Hang on, wallet's in the truck... okay. It's a Visa, four one four seven, uh, zero nine two two...", "Uh, six eight three oh, and then five five one, wait, five five one nine. Expires oh nine, twenty-eight."], "Three digit is four four... hang on. Why do you need a text code? My bank texts me when somebody's doin' something fishy. Actually, I'm gonna stop. I'll go on the K-TAG website myself and pay it there if it's real.", ["card"]],
    ["I'm okay, the other lady's okay. Here, my lawyer wants to talk to you. ...Hello ma'am, this is attorney Michael Stein. Tyler's bail is set at eight thousand dollars. If we post it today the charges can be reduced and it stays off his record. A courier can come by your house to pick up the cash this afternoon.", ["Grandma? It's me. I'm, I'm in trouble, Grandma.", "Yeah, it's Tyler. I got a bad cold and I busted my nose. Grandma, I was in a car accident down in Madison, and the police say I was over the limit, so I'm in jail. Please don't tell Mom and Dad, they'll kill me."], ["Tyler? Is that you, honey? You sound awful stuffed up.", "Oh my Lord. Are you hurt bad? Is the other person okay?"], "Eight thousand dollars. Oh my. Well, before I do anything I'm gonna call Tyler's cell phone. I got it right here in my book, seven one five, six three one, four four oh two.", []],
    ["Yep, I can freeze it right now. I just need to verify you're the account holder, so go ahead and give me the account PIN you set up with us, the four-digit one.", ["Hey, is this Kyle? This is Jordan from UScellular account security. We got a request about twenty minutes ago to transfer your number, six oh eight, seven eight five, to another carrier. Was that you?"], ["No! That wasn't me. I'm on shift at Gundersen right now. Can you stop it?"], "Uh, it's... the one I use for everything, one nine... hang on, hang on. Why don't you guys have that? You're UScellular.", ["password"]],
    ["Complete number sir. And how much balance is in it?", ["AoA. This is TCS Head Office Karachi. A parcel booked on your CNIC to Dubai has been stopped at customs, it contains 4 passports and narcotics. Your case is being transferred to FIA Cyber Crime Wing, stay available on WhatsApp.", "Haji sahib this is Inspector Kashif Mehmood, FIA Cyber Crime Multan. Your CNIC is also linked with 3 bank accounts used in money laundering. Tell me which bank you have and the account number so we check if you are victim or accused. Do not discuss with family, this is a secret investigation."], ["Walaikum salam. beta I have not sent any parcel to Dubai. I am 68 years old man, I dont even go to TCS", "Ji Inspector sahib. I have only one account, Meezan bank Shahi Road branch. Number is 0107 0101"], "0107 0101 8834 52. about 6 lakh, my pension and plot money", ["card"]],
    ["Amma ji please send complete number, remaining 8 digits. Your payment is waiting.", ["BISP 8171: Congratulations! Your Benazir Kafaalat payment of Rs 25,000 has been released. To receive, send your CNIC number to this number. Today only."], ["AoA ji. my cnic is 31303"], "char char panch chhe saat aath ek, last mein 2. beta my daughter says 8171 paisa khud aata hai", ["id"]],
    ["Verified ✅ Now last step, enter your 4 digit MPIN so the system re-link your account with CNIC. Send it here.", ["JazzCash Alert: Your account will be BLOCKED today due to incomplete biometric verification as per SBP directive. Call JazzCash helpline 0309-6612437 or reply here to complete verification.", "Sir this is Arslan from JazzCash verification dept. Your CNIC biometric is expired on our system. I am sending a 4-digit code, tell me the code to verify your number, it will take 1 minute."], ["ye kya hai? my account is working fine, I sent 2000 to my brother yesterday", "ok code aya hai 4 7 1 9"], "first two are 2 and 7. wait why you need my pin, jazzcash msg always says never share mpin with anyone", ["password"]],
    ["Refund comes to JazzCash or bank card. For fast processing please install AnyDesk from Play Store, our refund officer will guide you. Tell me the 9 digit number it shows", ["Assalam o Alaikum madam, I am from TCS Kohat. Your Daraz parcel (pressure cooker Rs 6,499) was damaged in our Peshawar warehouse. Daraz will refund you double, Rs 12,998. Are you Shabana ji?"], ["Ji I am Shabana. I was waiting for it since last week. Double refund? How will it come"], "Installed. It shows 481 229 073", ["code"]],

  ]);
  it.each([
    ['我卡里还有3000，够不够', []],
    ['还有0815', ['code']],
  ] as const)('%s → %j', (reply, kinds) => {
    expect(read(reply, '后面四位呢？验证码五分钟就失效')).toEqual(kinds);
  });
  it('a 一 typed after a price starts a word, no digit of it', () => {
    expect(kinds('我改价俾你 3600一口价')).toEqual([]);
    expect(normalize('3600一口价').text).toBe('3600一口价');
  });
});

describe("rounds 123 and 124's misses: a part offered 'for now', then given; a code come in Cantonese (收到喇) and Bislama ('hem i kam'), its rest asked as the count left ('3 aur', 'Narafala 3?') or after a line that says it 'expires soon'; an ID after 'ID no' with 'am' (I am) after it, or asked as '要你们两个的身份证号码' and read in pieces, or ending on its letter ('five W'), or its end after 身份证后头是; a PIN asked to be carried 'onto the new card'; not a sum in tala, nor a count after a line's 'first 3 free tasks'", () => {
  readsEachInCallAs([
    ["Awesome! I just need to get your onboarding started. Can I get your full legal name, your date of birth, and your Social Security number for the W-4?", ["Hi, is this Kaylee? This is Brittany, I'm a recruiter with Prairie Staffing Solutions, and your name came up for a remote data entry position we're filling. Twenty-eight dollars an hour, flexible hours, no interview needed."], ["Oh wow, um, yeah, this is Kaylee. I'm in between classes, but yeah, I'm definitely interested. What do I need to do?"], "Kaylee Ann Brooks, March third, two thousand four. Um, can I just give you the last four for now? It's six two one nine. I'll do the rest on the form.", ["id"]],
    ["Tankyu! Mi Jeffrey long Digicel upgrade team. Naoia bae system i sendem wan 6 digit code long namba blong yu, plis givim kwik long mi blong activatem new SIM. Code i valid 5 minit nomo.", ["DIGICEL VANUATU: Halo customer, yu SIM card i no upgrade yet. All old 3G SIM bae switch off long 30 June. FREE upgrade to 4G, yu keepem same namba. Reply YES to start and our agent bae help yu."], ["YES"], "ok hem i kam. 471", ["code"]],
    ["Tankyu sista, mi nidim ol 6 namba. Narafala 3?", ["DIGICEL VANUATU: Halo customer, yu SIM card i no upgrade yet. All old 3G SIM bae switch off long 30 June. FREE upgrade to 4G, yu keepem same namba. Reply YES to start and our agent bae help yu.", "Tankyu! Mi Jeffrey long Digicel upgrade team. Naoia bae system i sendem wan 6 digit code long namba blong yu, plis givim kwik long mi blong activatem new SIM. Code i valid 5 minit nomo."], ["YES", "ok hem i kam. 471"], "sori 9 0 2. wait why message i talem se DONT SHARE THIS CODE?", ["code"]],
    ["SAFARICOM: Dear customer, your M-PESA account will be SUSPENDED within 24hrs due to incomplete KYC details as per CBK directive. To update call our agent on 0745 381 920 or reply with your full names & ID number.", [], [], "Kiprono arap Sang ID no 8821064 am a retired teacher pls dont block my mpesa my pension comes there", ["id"]],
    ["Uncle poora number bhejen, 9 digit hain. 3 aur.", ["JazzCash Helpline: Respected customer, our system detected that your JazzCash app is outdated and your wallet will be frozen tonight. Our technical officer will update it for you free. Please install AnyDesk from Play Store and send us the 9 digit number it shows.", "Uncle Play Store kholen, upar search mein 'AnyDesk' likhen aur Install dabayen. Khul jaye to jo number dikhe woh yahan bhej dein."], ["Beta mujhe ye sab nahi aata. Kahan se install karun?", "Install ho gaya. number hai 482 119"], "730. ab?", ["code"]],
    ["鸡让隔壁婶子帮着喂一下就行。爸你慢慢念，我记一下。", ["爸，是我，小梅。我跟你港，过年的票我帮你跟妈抢，你们腊月二十五来上海过年，我在12306上给你们买高铁票，要你们两个的身份证号码。"], ["哦，小梅啊。你妈港在家喂鸡走不开……票你先抢，我去把身份证拿来。"], "我的是三四洞拐两两，幺九五八，幺幺洞三……后头四位是幺五幺拐。你妈的我等下念，她身份证在她包里。", ["id"]],
    ["对的亲，点进去领取500，领完系统会发一条验证码给您，您把验证码发给我这边核销就可以了", ["【中通快递】何小姐您好，您在拼多多购买的家用电水壶（运单号75312648809152）在转运途中丢失，现为您办理三倍理赔，请添加理赔专员微信 zt-lp0752 处理。", "亲，您好～理赔款要走支付宝备用金通道发放的哦。您打开支付宝搜索“备用金”，领取500元后截图给我，系统确认后连同三倍赔偿一并到账"], ["哦 怪唔得等咗成个礼拜都未到 咁点赔啊", "等我睇下 … 搵到喇 上面写住“最高可借5万” 系咪呢个"], "收到喇 482…等阵 条短信跳咗落去 906", ["code"]],
    ["Two minutes. Just confirm your PPS number for me so I can bring up the file.", ["Hi, is that Darragh Fahy? It's Laura here from the Revenue Commissioners, the PAYE section. Our records show you overpaid tax in 2022, so you're due a refund of one thousand one hundred and forty-six euro."], ["Ah, deadly, yeah that's me. I'm in work at the minute though, will it take long?"], "Yeah, it's eight three two, oh six one... five W.", ["id"]],
    ["Thank you Trevor. And the four-digit PIN, so we can carry it over onto the new card and you won't have to learn a new one.", ["Hello, this is Ryan from the Commonwealth Bank security team. Am I speaking with Mr Trevor Banks? We've detected your debit card details on a data breach list from an online retailer, so we need to cancel the card and send you out a new one.", "It was a big online clothing site, we're not allowed to name it. To make sure the new card goes to the right person I just need to confirm the long number on your current card, and the expiry."], ["Oh, strewth. Yes, it's Trevor. Which retailer was that, then?", "Righto, got it here. Five two one seven, three nine oh four, six six one two, oh eight five three. Expires oh nine, twenty-seven."], "Oh, that's handy. It's one nine... hang on, the bank's always on about never telling anyone the PIN. Are you sure about this?", ["password"]],
    ["No problem Ms Leota. Pls be quick the code expires soon 🙏", ["BSP Samoa: A login to your BSP Internet Banking was attempted from a new device (Auckland, NZ) at 9:42am. If this was NOT you reply NO and our Security Team will contact you. Do not ignore this message.", "Talofa Ms Leota, Sione here from BSP Security Team. We have blocked the login for now. To secure your account we must verify you are the owner, we just sent a 6 digit code to your phone. Pls reply with it within 5 mins or the account will be locked for 48hrs."], ["NO!! thats not me, i been at work since 7", "ok hold on im dropping the kids at school"], "its 4 8 1", ["code"]],
    ["Its Ioane mum lol. Listen I need a favour, my rent is due today and my new bank card hasnt come yet. Can you send NZ$850 to my flatmate's account, I'll pay you back Friday when I get paid", ["Hi Mum its me, this is my new number. My phone fell in the water at Piha lol 🙈 save this one and delete the old one ok"], ["Ioane? or is this Fiti 😅"], "850 NZ is like 1400 tala son. I only have the church money for Sunday", []],
    ["Thank you. Your card ending 5521 is now blocked. To get a new card please visit any ANZ branch with photo ID, or call us on the number on the back of your card.", ["ANZ Samoa: We declined a purchase of USD 389.00 at AMZN Mktp US on your Visa Debit card ending 5521 at 3:14am. If this was you reply Y. If not, reply N and we will block the card. ANZ will never ask for your PIN or a code."], ["N"], "ok faafetai. will my pay still go in on friday? its only like 200 tala in there now", []],
    ["Great! Join our Telegram group here t.me/tiktokearnke254 and message the receptionist for your first 3 free tasks 😊", ["Hi 👋 I'm Faith from TikTok Marketing Kenya. We are hiring part-time, just like videos and earn Ksh 50 per like, up to Ksh 3,000 daily. Interested?"], ["Eeh niko interested, niko Machakos Uni na sina kazi ya holiday. Inafanywa aje?"], "Nimejoin. Nimefanya tatu na nimepata 150 kwa M-Pesa 😮", []],
    ["好的，您慢慢找，卡号也一起拿出来念一下。", ["喂，何春梅女士吗？我是华容农商银行风控中心的，您尾号四三八二的卡刚刚在深圳有一笔九千八百块的消费，是您本人操作的吗？", "那就是卡被盗刷了，我们要马上给您冻结。为了确认是您本人，请您报一下身份证号码和卡号，我这边核对。"], ["冇啊！我人在华容，卡在我荷包里，哪门在深圳用哒？", "身份证……四三零六二三，幺九六三，洞五幺拐……后头我要找一下身份证，放在柜子里的。"], "找到哒。身份证后头是四二六幺。卡号六二幺五，三九零洞，幺二八五，拐四三八二。", ["card", "id"]],

  ]);
  it.each([
    ['2208 W Elm, Apt 7C, Garland TX 75040.', "What's the delivery address?", []],
    ["Oh, that's handy. It's one nine... hang on", 'And the four-digit PIN, so we can carry it over onto the new card.', ['password']],
    ["It's a Visa debit, 4485 1290 3376 0014, expiring 02/28", 'this offer expires when we hang up. Do you have a card in your wallet?', ['card']],
    ['Meet me at 10 am at the branch', 'When can you come in?', []],
  ] as const)('%s → %j', (reply, caller, kinds) => {
    expect([...new Set(read(reply, caller))]).toEqual(kinds);
  });
});

describe("rounds 125 and 126's misses: a code glued to its label ('验证码471'), its rest after 'customer came', its start in Hindi numerals after it came ('saat teen paanch...'), asked where the money is to go in Urdu; a daughter's number to a line asking 'the name and number of the person'; an SIN to a line that says 'your file I need'; an ID's end the person remembers ('我只记得后面几位'); a card's end put right ('卡号后面打错了'); not a sum after a PIN's label ('my PIN for eleven dollars'), nor '1 bob'", () => {
  readsEachInCallAs([
    ["Thank you. And I'll need the three-digit code on the back, and the PIN you use at the ATM so it goes through as debit.", ["Hi, this is a courtesy call from RiverLink toll services. Our records show an unpaid toll of eleven dollars and seventy cents from the Lincoln Bridge in Louisville, and a thirty-five dollar late fee will be added tonight if it isn't paid.", "They normally do, ma'am, but yours came back undeliverable. I can take care of it right now over the phone so you don't get the late fee. What card would you like to use?", "Go ahead ma'am, I've got four two seven one, oh six three oh."], ["Well, we did go up to Norton's for my sister's surgery back in September. I figured them tolls come in the mail.", "Let me get my pocketbook. It's the Community Trust card... four two seven one, oh six three oh...", "Eight eight one nine, two two four five. It expires oh-seven, twenty-eight."], "Now why would you need my PIN for eleven dollars? My boy works at the bank in Hazard and he always says don't never give nobody your PIN.", []],
    ["Thank you sir, we need all 6 digits pls. Only received 3.", ["BSP Security: A purchase of FJD 1,249.00 at ALIEXPRESS on your Visa Debit ending 4417 is pending. If this was NOT you reply NO and our fraud officer will contact you. Ref FR-20931", "Hi Mr Ravinesh, Amit here from BSP Fraud Dept. We have put the $1,249 on hold temporarily. To cancel it fully and secure your account we are sending a one-time code to your mobile. Pls send it back here within 5 mins or the payment will go through.", "Sir the code has been sent to your phone. Pls reply with the 6 digits quickly, only 2 mins left."], ["NO not me!! i never buy from aliexpress", "ok wait im at the counter", "ok its 518"], "sorry customer came. 270 .. wait the msg says do not share this code with anyone incl BSP staff??", ["code"]],
    ["Vinaka. Dr Kumar also asks if someone will come with you, your eye check is the same day and drops will be put in. Pls send the name and number of the person.", ["Labasa Hospital SOPD: Bula Sereana, reminder of your Diabetes Clinic review on Thurs 14 Aug at 9.00am, Block B. Pls bring your clinic book and all your medicines. Reply 1 to confirm or call 881 1444 to change. Vinaka."], ["1"], "Io my daughter Mere will bring me. her number is 9247318, she work at Westpac in town", ["phone"]],
    ["Thank you Mzee. Final step, an M-PESA prompt of Ksh 1 will come to confirm your account. Enter your M-PESA PIN to complete. Without it the cover stops.", ["SHA NOTICE: Dear member, your Social Health Authority cover will be SUSPENDED due to incomplete migration from NHIF. Update within 24hrs to avoid losing hospital services: sha-ke-update.com/migrate", "Dear member, open the link and fill your ID number, SHA number and phone. If the link is hard reply here with your National ID No. and full names and we update for you."], ["I am going for my dialysis at Aga Khan Kisumu on tuesday. what do i do??", "JOSEPH OUMA ONYANGO ID 1044 7729. sorry it is 10447792. my eyes 👓"], "The prompt has come but it is saying pay 1,500 to SHA SERVICES not 1 bob. is it correct?", []],
    ["【ETC服务中心】已收到，认证需核验持卡人身份，系统已向您银行预留手机号发送6位验证码，请直接回复验证码完成认证。", ["【ETC服务中心】尊敬的湘通卡用户，您的ETC因未完成年度实名认证已被限制通行，今日24时后将停用，请尽快登录 etc-hn.xyz 完成认证，以免影响高速通行。", "【ETC服务中心】系统本月统一升级，未认证车辆将陆续限制通行。如链接无法打开，可直接回复车牌号+ETC绑定的银行卡号，客服人工为您认证。"], ["限制通行？我昨天下午4点多送柚子去桂林还过了收费站的 怎么就限制了", "链接是打不开 湘M·5K372 卡是农商行的 6230 9011 0027 3358 491"], "刚才卡号后面打错了 是3385 491不是3358 491  验证码603114", ["card", "code"]],
    ["您好，我是快手领奖专员小雅。为核实中奖人身份，请提供您的姓名、身份证号和收货地址。", ["【快手官方】恭喜您！您在'嘉禾伴嫁歌'直播间参与的宠粉抽奖中获得二等奖：苹果手机一台+现金5888元🎉 请添加领奖客服QQ 2874651093 登记领取，24小时内有效"], ["真的呀 我昨晚是在那个直播间看了的 要怎么领"], "李冬梅 嘉禾县袁家镇大塘村12号 身份证我只记得后面几位 三二七四X 前面的我去拿来看", ["id"]],
    ["Ma'am, there are unreported amounts, and because you are a permanent resident this can affect your status in Canada. To access your file I need to verify your Social Insurance Number.", ["Hello, this is Officer Daniel Brooks from the Canada Revenue Agency. We're calling about your tax returns for the last three years. There is an irregularity and a file has been opened under your name. Am I speaking with Marites Dela Cruz?"], ["Yes, that's me. Naku, what irregularity? I always file with the H&R Block on Main Street."], "Okay, okay, sorry po. It's... seven four six, two one eight...", ["id"]],
    ["Seven four six, two one eight, and the last three?", ["Hello, this is Officer Daniel Brooks from the Canada Revenue Agency. We're calling about your tax returns for the last three years. There is an irregularity and a file has been opened under your name. Am I speaking with Marites Dela Cruz?", "Ma'am, there are unreported amounts, and because you are a permanent resident this can affect your status in Canada. To access your file I need to verify your Social Insurance Number."], ["Yes, that's me. Naku, what irregularity? I always file with the H&R Block on Main Street.", "Okay, okay, sorry po. It's... seven four six, two one eight..."], "Three three... wait. Why do you need my SIN if you're CRA? You should have it already, no?", ["id"]],
    ["Shukriya. Aap ka CNIC verify ho gaya hai. Aap ke number par 4 hindson ka code aaye ga, woh isi number par bhej dein takay raqam aap ke JazzCash account mein transfer ho sake.", ["BISP 8171: Mubarak ho! Aap ki Benazir Kafaalat ki qist Rs 25,000 jari ho chuki hai. Raqam hasil karne ke liye apna CNIC number is number par SMS karein. Helpline 0343-7718171"], ["38403-4419027-6"], "code aya hai. saat teen paanch... aagay nazar nahi aa raha ainak nahi mil rahi", ["code"]],
    ["亲，系统理赔通道维护中，理赔款需要走支付宝备用金通道发放哦～您打开支付宝-我的-备用金，点领取500元，领取后会有个验证码，发我核实一下就到账啦", ["【极兔速递】您好，您在拼多多购买的九阳电饭煲（运单号JT3108 2264 5519）在郴州转运中心遗失，我司按三倍赔付，理赔请加专属客服QQ：2983317740"], ["加了 是我买的电饭煲 等了一个礼拜都冇到 怎么赔"], "领了 验证码471", ["code"]],

  ]);
});
