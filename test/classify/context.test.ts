// Reading a reply against the caller's line (issue 12 §2) and the caller-line flags (§4).
import { describe, expect, it } from 'vitest';
import { classifyInContext } from '../../src/classify/index';
import { CONFIDENT } from '../../src/core/reader';
import { flagsInLine } from '../../src/classify/cues';
import { topicsOf } from '../../src/classify/model/context';
import { lineFlags } from '../../src/classify/model/read';
import { loadLibrary } from '../../src/scenario/files';

const read = (caller: string, reply: string) => classifyInContext(reply, { context: { caller } });
const { flags } = loadLibrary().catalogue;

describe('a reply is read against what the caller asked', () => {
  it('keeping to what the caller forbade is going along (guide case 6)', () => {
    expect(read('电话别挂，我们马上处理', '在的在的，我不挂电话')).toMatchObject({ intent: 'comply' });
    expect(read('这件事不要报警，也不要告诉家人', '好的 我不报警')).toMatchObject({ intent: 'comply' });
    expect(read('You must stay on the line, do not hang up.', "OK, I won't hang up.")).toMatchObject({ intent: 'comply' });
  });
  it('but not when the rest of the reply says no', () => {
    expect(read('电话别挂', '我不挂电话，但验证码我不给').intent).not.toBe('comply');
  });
  it('telling the very people the caller wants kept out is consulting them (guide case 26)', () => {
    const hush = "If you don't have 1,800, use your mum's or dad's phone, just don't tell them.";
    expect(read(hush, "I'm telling my parents right now.")).toMatchObject({ intent: 'consult' });
    expect(read(hush, "OK, I won't tell them.")).toMatchObject({ intent: 'comply' });
    expect(read('这是内部消息，别告诉家人。', '我要告诉我爸妈')).toMatchObject({ intent: 'consult' });
  });
  it('a threat to report the caller stands up to them (guide case 38), whatever 不 the condition holds', () => {
    expect(read('今天再加10万，额度今天就截止了。', '先把我的两万提出来再说，提不出来我就报警。').intent).toBe('challenge');
    // ...but beside going along, the going along acts; and hanging up comes first (case 20)
    expect(read('I can put Rachel on for you.', "Fine. Put Rachel on. But if this is some kind of scam, then I'll report it.").intent).toBe('comply');
    expect(read('你要配合调查', '你再这样我就报警了，我现在挂了').intent).toBe('hangup');
  });
  it('picking a day takes up what is arranged, thanks after it or not (guide case 11); a safe step beside it comes first', () => {
    expect(read('Come any of those mornings, whichever suits you: no hurry.', '那就周二吧，谢谢你啊小周。')).toMatchObject({ intent: 'comply' });
    expect(read('您看哪天方便？周二到周四上午都可以。', '那就周三上午吧')).toMatchObject({ intent: 'comply' });
    expect(read('Which day suits you for the engineer?', "let's do thursday, thanks")).toMatchObject({ intent: 'comply' });
    expect(read('您看哪天方便？', '周二吧，我先问问我儿子')).toMatchObject({ intent: 'consult' });
  });
  it('returning a romance caller\'s affection goes along with it (guide case 139); with a goodbye it closes the call; a safe step beside it comes first', () => {
    const line = 'Good morning, my dear. Did you sleep well? I dreamt we were walking by the sea. Since my wife passed, only you understand me.';
    expect(read(line, 'Good morning. I miss you too.')).toMatchObject({ intent: 'comply' });
    expect(read('亲爱的，早上好，昨晚睡得好吗？只有跟你我才能说说心里话。', '早上好，我也想你了')).toMatchObject({ intent: 'comply' });
    expect(read('Opo, Ma. Love you. Bye!', 'Love you too. Bye, bye.')).toMatchObject({ intent: 'stall' });
    expect(read(line, "I miss you too, but I'm telling my son about you first.")).toMatchObject({ intent: 'consult' });
  });
  // Case 147: granting what an app asks for is its step; the reading must be sure enough to move the scenario on.
  it('granting the permissions an app asks for goes along, and declining them does not', () => {
    const line = 'Welcome to RCB Security Control. To upgrade your U-shield certificate, allow: (1) read text messages (to fill in codes automatically), (2) notification access, (3) accessibility service (screen assistance).';
    const read = (reply: string) => classifyInContext(reply, { context: { caller: line, flags: ['install-app', 'screen-sharing', 'fake-official-site'] } });
    expect(read('OK, allow all three permissions.')).toMatchObject({ intent: 'comply' });
    expect(read('OK, allow all three permissions.').confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(read("Don't allow anything and delete the app.").intent).not.toBe('comply');
  });
  // "好的，谢谢" alone is a stall (guide case 17); a yes that names the step with 吧 takes the offer up.
  it('a yes with thanks to an offer to do it for the receiver is going along', () => {
    const offer = '我现在在5号楼门口，您家里有人吗？要不我给您放门口的快递柜？';
    expect(read(offer, '好，放快递柜吧，谢谢！')).toMatchObject({ intent: 'comply' });
    expect(read(offer, '好吧，我再考虑考虑吧。')).not.toMatchObject({ intent: 'comply' });
  });
  it('asking how to give what was asked for is going along (guide case 1)', () => {
    const r = read('请提供一下您的银行卡号', '好的，那我怎么提供呢？');
    expect(r.intent).toBe('comply');
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });
  it('advice in reported speech is read as the words the person would say (guide case 25)', () => {
    const asked = 'He says he needs the code from the text message. Should I give it to him?';
    expect(read(asked, 'Tell him no.')).toMatchObject({ intent: 'refuse' });
    expect(read(asked, "No, tell him you won't give him anything.")).toMatchObject({ intent: 'refuse' });
    expect(read(asked, "Tell him you'll call the bank yourself.")).toMatchObject({ intent: 'verify' });
    expect(read('他说要验证码，我要不要给？', '跟他说你要先问问儿子')).toMatchObject({ intent: 'consult' });
    // a thing to hand over, not words to say: still going along
    expect(read(asked, 'Tell him the code.')).toMatchObject({ intent: 'comply' });
  });
  it('to a line that wants the bank kept in the dark, the cover story goes along and the truth tells the bank (guide case 26)', () => {
    const audit = { caller: '请问这笔钱准备做什么用？现在有没有人在电话里指导您操作？', flags: ['lie-to-bank'] };
    expect(classifyInContext('是平台客服让我借的，他在电话里教我', { context: audit })).toMatchObject({ intent: 'consult' });
    expect(classifyInContext('自己消费用的', { context: audit })).toMatchObject({ intent: 'comply' });
    const en = { caller: 'What is the money for? Is anyone on the phone guiding you?', flags: ['lie-to-bank'] };
    expect(classifyInContext("It's for my own spending.", { context: en })).toMatchObject({ intent: 'comply' });
    expect(classifyInContext('Someone from the platform told me to take it out.', { context: en })).toMatchObject({ intent: 'consult' });
    // saying one stops goes along with nothing, whatever the model learnt of the words around it; a bare hesitation is a stall
    const redo = { caller: '还是不行，系统提示“信息有误”。您得换个平台再借：把其他贷款App的额度都借出来，照样转过去。', flags: ['repeat-operation', 'transfer-request'] };
    expect(classifyInContext("I'm stopping. I'll ask my family to come over.", { context: redo })).toMatchObject({ intent: 'consult' });
    expect(classifyInContext("I'm stopping.", { context: redo })).toMatchObject({ intent: 'refuse' });
    expect(classifyInContext('OK I will stop by the bank and send it.', { context: redo })).toMatchObject({ intent: 'comply' });
    expect(classifyInContext('hmm', { context: { caller: 'Install the app from the link I send.' } })).toMatchObject({ intent: 'stall' });
    expect(classifyInContext('uh-huh', { context: { caller: 'Install the app from the link I send.' } })).toMatchObject({ intent: 'comply' });
    // a carer's "his son", a link sent to a cousin first (the written calls of round 1)
    expect(classifyInContext("Let me ask his son first. Mr Andrew handles all the bills. I'll text him.", { context: { caller: "Yes, five minutes. Please, go to the computer now, I'll guide you step by step." } })).toMatchObject({ intent: 'consult' });
    expect(classifyInContext('Hmm, wait. Before I put any card I will send this link to my cousin Diego, he works in a bank.', { context: { caller: 'Create your account and deposit the $250 with your card.' } })).toMatchObject({ intent: 'consult' });
  });
  it('a yes to "can you hear me?" only says the line works (guide case 153): a question with it is a question, alone it is a stall', () => {
    expect(read('Hello? Hello, madam, can you hear me?', 'Yes, yes, I can hear you. Who is this?')).toMatchObject({ intent: 'question' });
    expect(read('喂，你好，能听到吗？', '能听到，有什么事吗？')).toMatchObject({ intent: 'question' });
    expect(read('喂，你好，能听到吗？', '能听到，你好。')).toMatchObject({ intent: 'stall' });
    // (what else it says still counts: a counter-offer goes along, and a yes to "is this Mr Smith?" confirms who one is)
    expect(read('yo can you hear me? i got it for a hundred', 'yeah i can hear you. a hundred and fifty is loads tho can you do like 120')).toMatchObject({ intent: 'comply' });
    expect(read('Am I speaking with Mr. Smith?', 'Yes, this is him. Who is this?')).toMatchObject({ intent: 'comply' });
  });
  it('asking the caller to do what it offered takes the offer up; saying one will not be fooled again names a scam', () => {
    // (the credit-repair scenario's mixed learner; the model alone read "cancel" as a refusal)
    expect(read('我现在就可以帮您注销，十分钟就好。', 'Oh no. Then please cancel it for me.')).toMatchObject({ intent: 'comply' });
    expect(read('I can cancel it for you right now; it takes ten minutes.', 'Oh no. Then please cancel it for me.')).toMatchObject({ intent: 'comply' });
    expect(read('我现在就可以帮您注销，十分钟就好。', '征信可不能出问题。麻烦帮我注销。')).toMatchObject({ intent: 'comply' });
    // (in a clause of its own after a comma, or after "好的，": the model alone read "好的，麻烦你…" as thanks, a stall)
    expect(read('我现在就可以帮您注销，十分钟就好。', '征信可不能出问题，麻烦你帮我注销。')).toMatchObject({ intent: 'comply' });
    expect(read('我现在就可以帮您注销，十分钟就好。', '好的，麻烦你帮我注销。')).toMatchObject({ intent: 'comply' });
    expect(read('我现在就可以帮您注销，十分钟就好。', '不用了，不用帮我注销。')).toMatchObject({ intent: 'refuse' });
    expect(read('我现在就可以帮您注销，十分钟就好。', '不用帮我注销，我自己上征信中心官网查。')).toMatchObject({ intent: 'verify' });
    expect(read('I can cancel it for you right now.', "Don't cancel anything for me. I'll call my bank.")).toMatchObject({ intent: 'verify' });
    // (the legit-police-followup scenario's careless learner: a false alarm, not a check)
    const police = "This is Officer Liu from the Xinhua Road police station, about your fraud report. I'd like you to come in to look at some photos.";
    expect(read(police, '骗子也给我打过电话，说能帮我追回钱。我不会再上当了。')).toMatchObject({ intent: 'challenge' });
    expect(read(police, "I'm not falling for it again. I'll call the station on the number on my receipt.")).toMatchObject({ intent: 'verify' });
  });
  it('a promise to pay now takes up a demand for money, in a clause of its own; not after a condition, asked, or with a doubt after it', () => {
    // (the epidemic-contact scenario's choice; the model alone read "别派车，我马上交。" as a refusal, 0.49, and "我现在就付。" too)
    const car = '周先生？要不要我把车撤了？那您现在就交498。';
    expect(read(car, '别派车，我马上交。')).toMatchObject({ intent: 'comply' });
    expect(read(car, '我现在就付。')).toMatchObject({ intent: 'comply' });
    expect(read('Mr. Zhou? Shall I cancel the car? Then pay the 498 now.', 'Okay, I will pay right now.')).toMatchObject({ intent: 'comply' });
    expect(read(car, '好的，我马上转，等等，我先问问我儿子')).toMatchObject({ intent: 'consult' });
    expect(read('你先把38万转到这个账户', '好的王总 不过38万的话按公司流程得走OA审批 您在OA上提个付款申请 批了我马上付')).toMatchObject({ intent: 'verify' });
    expect(read('Pay the 498 now.', "I'll pay right now if you give me your badge number?").intent).not.toBe('comply');
  });
  it('a secret given away decides the reply, whatever the context', () => {
    expect(read('电话别挂', '不给，验证码是482913')).toMatchObject({ intent: 'comply', leaks: [expect.objectContaining({ kind: 'code' })] });
  });
});

describe('caller lines', () => {
  it('requests phrased the common way are found', () => {
    expect(lineFlags('需要你提供银行卡号和验证码', flags, false)).toEqual(expect.arrayContaining(['asks-code', 'asks-card']));
    expect(lineFlags('请输入您的身份证号', flags, false)).toContain('asks-personal-info');
    expect(lineFlags('您需要先支付五百元手续费', flags, false)).toContain('fee-upfront');
    expect(lineFlags('加我微信，我发资料给你', flags, false)).toContain('moves-to-private-chat');
    // English said as callers outside the training corpus say it (the written calls of round 1): a last chance, gift cards
    // bought by the number, a demand to keep it between you
    expect(lineFlags('Madam, BT will not be responsible if the account is frozen. Last chance.', flags, false)).toContain('deadline-pressure');
    expect(lineFlags('We accept Apple gift cards, sir. Buy five $100 cards at Walgreens and read me the codes on the back.', flags, false)).toContain('transfer-request');
    expect(lineFlags("Any shop is fine. And keep it between us for now, it's a surprise for the team as well.", flags, false)).toContain('secrecy');
    expect(lineFlags("Please don't speak to the branch about this, we believe someone there is involved.", flags, false)).toContain('secrecy');
    // (the cue: gift cards bought before are no request to buy them)
    expect(flagsInLine('I see you bought two Amazon gift cards in May, were those for you?', flags)).not.toContain('transfer-request');
    expect(lineFlags('I need you to download AnyDesk so I can fix your computer remotely.', flags, false)).toContain('remote-control');
  });
  it('English task, tips, romance and subsidy scams are named by their own words', () => {
    expect(lineFlags("It's simple, you rate thirty hotels a day on the app and earn two to four hundred pounds a week.", flags, false)).toContain('paid-tasks');
    expect(lineFlags('Welcome to VIP tasks! Top up $500 to our merchant account and get back $650 in ten minutes.', flags, false)).toContain('paid-tasks');
    expect(lineFlags('Our analyst gives free stock tips in a WhatsApp group, members made 30% last month.', flags, false)).toContain('invest-group');
    expect(lineFlags('Good morning my queen, I dreamt of you last night. How is the weather there?', flags, false)).toContain('online-romance');
    expect(lineFlags('Baby please, I will pay you back when I come. Do this for our future.', flags, false)).toContain('online-romance');
    expect(lineFlags('Under the farmers scheme, a flood relief of Rs 18,500 is sanctioned in your name, but the payment is pending.', flags, false)).toContain('fake-subsidy');
    expect(lineFlags('Dear customer, your household has been selected for the winter heating allowance of $400.', flags, false)).toContain('fake-subsidy');
    // (and not on a genuine office's reminder, nor a task at work)
    expect(lineFlags('Your council tax rebate was paid into your account on Monday, no action is needed.', flags, false)).not.toContain('fake-subsidy');
    expect(lineFlags('Could you finish the tasks on the rota before your shift ends?', flags, false)).not.toContain('paid-tasks');
  });
  it('a line that pushes again carries the flag the call showed before (the model reads the earlier flags with the line)', () => {
    expect(lineFlags('阿姨您再看看，短信来了没有？', flags, false)).not.toContain('asks-code');
    expect(lineFlags('阿姨您再看看，短信来了没有？', flags, false, new Set(['asks-code']))).toContain('asks-code');
    // (never a flag the line gives no sign of, nor on a line too short to push anything)
    expect(lineFlags('阿姨您再看看，短信来了没有？', flags, false, new Set(['safe-account', 'remote-control']))).toEqual(lineFlags('阿姨您再看看，短信来了没有？', flags, false));
    for (const short of ['Thank you.', 'Hello?', '好的']) expect(lineFlags(short, flags, false, new Set(['asks-code', 'account-problem']))).toEqual(lineFlags(short, flags, false));
  });
  it('secrecy fires on a demand, never on reassurance', () => {
    expect(lineFlags('这件事不要告诉你的家人，也不要报警。', flags, false)).toContain('secrecy');
    expect(lineFlags("Don't tell anyone about this call, not even your bank.", flags, false)).toContain('secrecy');
    expect(lineFlags('所有信息都会保密处理，请您放心。', flags, false)).not.toContain('secrecy');
    expect(lineFlags('Your information is safe with us and will be kept confidential.', flags, false)).not.toContain('secrecy');
    expect(lineFlags("I'll keep it confidential and secure. Okay, how old are you?", flags, false)).not.toContain('secrecy');
    expect(lineFlags('Keep this confidential. Not a word to your son.', flags, false)).toContain('secrecy');
    // (a demand in the many ways callers put it: not to tell, ask, call or go to anyone, and making light of who could help)
    expect(lineFlags('这个案子是保密的，你不能告诉任何人，包括家里人，否则就是泄露案情。', flags, false)).toContain('secrecy');
    expect(lineFlags('阿姨您不要问别人，您女儿不懂这个流程的，您现在不领，赔付就作废了。', flags, false)).toContain('secrecy');
    expect(lineFlags("We believe someone at your branch is working with him. You mustn't tell the staff there.", flags, false)).toContain('secrecy');
    expect(lineFlags("Please, don't try to contact anyone else, this is a confidential matter.", flags, false)).toContain('secrecy');
    for (const demand of ['你千万莫告诉我爸妈', '你先别挂电话，也别去支队', 'Tyler asked you not to tell her.', "Your employer doesn't know our procedures."]) expect(topicsOf(demand)).toContain('secret');
    // (and never a warning to keep a code to oneself, nor "don't mention it", nor a condition)
    for (const other of ['密码验证码也千万别告诉任何人。', '别问那么多 赶紧转', "Please don't share any OTP with anyone.", "Don't mention it, happy to help.", "If you don't call back within the hour, the prize is gone."]) expect(topicsOf(other)).not.toContain('secret');
    // (in Cantonese, traditional characters or not: "唔好" is "不要", as in a reply)
    expect(topicsOf('我哋係入境處，你唔好報警，呢單案好嚴重')).toContain('secret');
    expect(topicsOf('我哋會幫你保密，你唔使擔心')).not.toContain('secret');
  });
  it('English real callers: requests, urgency and payment in their own words', () => {
    expect(lineFlags("Now, I'll need you to confirm your Social Security number and date of birth.", flags, false)).toContain('asks-personal-info');
    expect(lineFlags('Could you provide your bank account and routing number so we can deposit it?', flags, false)).toContain('asks-card');
    expect(lineFlags('Time is of the essence, ma’am.', flags, false)).toContain('deadline-pressure');
    expect(lineFlags("If we don't process the refund today, you'll miss out on the money.", flags, false)).toContain('deadline-pressure');
    expect(lineFlags('Go to the store and purchase a Green Dot card for $500.', flags, false)).toContain('transfer-request');
  });
  it("the catalogue's cues keep clear of English look-alikes", () => {
    // "treATMent" held the Chinese cue for an ATM; a hotel trip is no isolation; a credit score left alone is no threat
    expect(flagsInLine("We'll discuss your treatment options at the visit.", flags)).not.toContain('atm-guidance');
    expect(flagsInLine('去楼下的ATM机，按我说的操作。', flags)).toContain('atm-guidance');
    expect(flagsInLine('Did you book that hotel room for the beach like we discussed?', flags)).not.toContain('isolation');
    expect(flagsInLine("Your credit score won't be affected in any way.", flags)).not.toContain('credit-record-threat');
    expect(flagsInLine('If you refuse, this will hurt your credit score for years.', flags)).toContain('credit-record-threat');
    expect(flagsInLine("This won't affect your credit score.", flags)).not.toContain('credit-record-threat');
    expect(flagsInLine('Can you pick up the gift I left at reception?', flags)).not.toContain('transfer-request');
    expect(flagsInLine("If you don't want to talk now, I can call back tomorrow.", flags)).not.toContain('deadline-pressure');
    expect(flagsInLine('Please verify your recent credit card purchase at the store.', flags)).not.toContain('asks-card');
  });
  it('only flags the catalogue explains', () => {
    for (const f of lineFlags('喂，你好，这边是工商银行客服中心的，我是客服经理张伟。', flags, true)) expect(flags[f]).toBeDefined();
  });
});

describe('a reply with no word of its own is in the language of the call', () => {
  it('an ID number alone, to a Chinese caller, is masked in Chinese; to an English one, in English', async () => {
    const { readText } = await import('../../src/classify/reader');
    const zh = readText('110105194912310021', { caller: '请您提供一下身份证号码，我们帮您核实。' })!;
    expect(zh).toMatchObject({ lang: 'zh', leaks: ['id'], intent: 'comply' });
    expect(zh.text).toContain('[证件号');
    const en = readText('110105194912310021', { caller: 'Please read me your ID number so we can verify you.' })!;
    expect(en).toMatchObject({ lang: 'en', leaks: ['id'] });
    expect(en.text).toContain('[id ');
  });
});

describe('the catalogue\'s cues name a flag by what the line says, not by one round\'s words', () => {
  const cues = (line: string) => flagsInLine(line, flags);
  it('English: returns promised by the day, a trading platform of the caller\'s own, a loan forgiven, a prize won', () => {
    expect(cues('Guaranteed three percent a day, bro, I\'ve made eleven grand since September.')).toContain('guaranteed-returns');
    expect(cues('Minimum is ten thousand, which becomes twenty by spring, guaranteed.')).toContain('guaranteed-returns');
    expect(cues('Our clients doubled their money in six weeks.')).toContain('guaranteed-returns');
    expect(cues("you download from our link not the app store bc it's an institutional app")).toContain('private-platform');
    expect(cues('You could qualify for student loan forgiveness under the new federal program.')).toContain('fake-subsidy');
    expect(cues('Congrats!! You have been picked as one of our 50 winners this week.')).toContain('refund-too-good');
    expect(cues('Only 50 winners this week, so claim it now.')).toContain('deadline-pressure');
    expect(cues('If you hang up you lose your spot.')).toContain('deadline-pressure');
    expect(cues('Can you send the £400 to the account I gave you?')).toContain('transfer-request');
  });
  it('English: the same words doing something else are not the flag', () => {
    expect(cues('Accounts and items can be traded safely only on our official trading platform.')).not.toContain('private-platform');
    expect(cues("You've been chosen as one of the project's key patients; that's why I'm calling you.")).not.toContain('refund-too-good');
  });
  it('Chinese: a subsidy handed out, paid tasks, a code read out by its length, a bank flow, an upgrade, a form to fill', () => {
    expect(cues('今年有一笔新业态就业补贴，三千八百块，你符合条件，还没领呢。')).toContain('fake-subsidy');
    expect(cues('我们是抖音官方合作的点赞任务 点一个赞3块 一天轻轻松松一两百')).toContain('paid-tasks');
    expect(cues('对对对，就刚发的，六位数，麻烦你念一下，我这边急着用。')).toContain('asks-code');
    expect(cues('你在里面填身份证号、医保卡号、绑定的银行卡，再把收到的验证码填上去。')).toContain('asks-code');
    expect(cues('系统要先验证一下你的还款能力，借出来的钱会自动退回去的。')).toContain('bank-flow');
    expect(cues('您车上的ETC因为新规要进行二次认证，今天二十四点以后就失效了。')).toContain('upgrade-pretext');
    expect(cues('请您在链接里填写身份证号和姓名。')).toContain('asks-personal-info');
  });
  it('Chinese: the same words doing something else are not the flag', () => {
    expect(cues('因您填写的银行卡信息有误，放款资金已被冻结。')).not.toContain('asks-personal-info');
    expect(cues('现在给您做资金清查。把您名下所有银行卡报给我。')).not.toContain('knows-your-details');
    expect(cues('这笔流水没验证成功，资金被系统冻结了。')).not.toContain('bank-flow');
  });
});

describe('a hang-up in order to check is a check (docs/labelling.md, case 154)', () => {
  const read = (caller: string, reply: string) => classifyInContext(reply, { context: { caller } }).intent;
  it('hanging up to ring the official number is verify, in either language', () => {
    const warning = '他们都这么说：“别人打来的都是假的。”您也不用光信我。先别转，挂了电话，自己打110，或者去最近的派出所问一问。';
    expect(read(warning, '好吧，我先不转了，挂了电话自己打110问问。')).toBe('verify');
    expect(read('Sir, I need the code we just sent to confirm your identity.', "I'm gonna hang up and call the number on the back of my card")).toBe('verify');
  });
  it('a hang-up that names no check stays a hang-up', () => {
    expect(read('我们是96110，请您马上停止转账。', '你们才是骗子，我挂了。')).toBe('hangup');
    expect(read('Sir, I need the code we just sent to confirm your identity.', "You're the scammers. I'm hanging up.")).toBe('hangup');
  });
});
