// What a caller's line is about, read two ways from one table:
//   - the things it names (a code, a card, an app, staying on the line…) and whether it asks for
//     something: evidence for the caller model, which decides the red flags;
//   - the kinds of ask a reply is read against (a code, personal details, money, an app or link,
//     staying on the line, keeping it secret, an offer, confirming who you are, whether it is heard): from the line's
//     red flags (a scenario's own, or the caller model's) and from the things it names.
// This file is the one place that says which flag or cue asks for what.

import { plainLine } from '../plain-words';

export const ASKS = ['code', 'details', 'money', 'app', 'stay', 'secret', 'offer', 'confirm', 'claim', 'hear'] as const;
export type Ask = (typeof ASKS)[number];

const BY_FLAG: Record<string, Ask> = {
  'asks-code': 'code',
  'asks-card': 'details',
  'asks-password': 'details',
  'asks-personal-info': 'details',
  'transfer-request': 'money',
  'fee-upfront': 'money',
  'pay-to-resolve': 'money',
  'safe-account': 'money',
  'atm-guidance': 'money',
  'bank-flow': 'money',
  'repeat-operation': 'money',
  'install-app': 'app',
  'link-in-sms': 'app',
  'fake-official-site': 'app',
  'screen-sharing': 'app',
  'remote-control': 'app',
  'moves-to-private-chat': 'app',
  'reply-to-unsubscribe': 'app',
  'invest-group': 'app',
  secrecy: 'secret',
  isolation: 'secret',
  'lie-to-bank': 'secret',
  'loan-offer': 'offer',
  'guaranteed-returns': 'offer',
  'refund-too-good': 'offer',
  'fake-subsidy': 'offer',
  'miracle-cure': 'offer',
  'reserve-fund-loan': 'offer',
  'impersonates-staff': 'claim',
  'claims-authority': 'claim',
  'account-problem': 'claim',
  'legal-threat': 'claim',
  'knows-your-details': 'claim',
};

/**
 * A demand to keep it from others: not to tell, ask, call, contact or go to anyone, or a line that makes light of the people
 * who could help. Never reassurance ("信息都会保密处理": `reassure` below), "don't mention it", a condition ("if you don't call
 * back…"), nor a warning to keep a code to oneself ("验证码千万别告诉任何人").
 */
const SECRECY_DEMANDED = new RegExp(
  [
    // "你不能告诉任何人", "您不要问别人", "你千万莫告诉我爸妈", "也别去支队", "别打了"
    /(?<!(?:验证码|密码|口令|卡号)[^，。！？]{0,4})(?:千万)?(?:不要|别|不能|不可以|不准|不许|莫|勿要?|不用|不必|没必要)(?:再|到处)?(?:告诉|跟|和|对|让|同|问(?![那这]么多)|找|联系|透露|泄露|声张|惊动|打给|打电话|打(?:了|那个|这个)?(?![扰架折工车卡款钱字印开算])|麻烦|往外|在\S{1,4}里说|把电话给|报警|通知|商量|去(?:银行|派出所|公安|支队|大队|网点|营业厅|柜台))/.source,
    /不方便让(?:其他人|别人|家人|旁人)|(?:报警|问了?\S{0,4})(?:也)?(?:没用|反而麻烦)|跟\S{1,4}(?:讲|说)了?反而|(?:要|必须|注意|务必|替我|帮我)保密|是保密的|保密案件/.source,
    // "您女儿不懂这个流程", "她懂什么"
    /(?:他|她|他们|儿子|女儿|闺女|孙子|孙女|弟弟|哥哥|姐姐|妹妹|家人|家里人|老伴|爸妈|父母|朋友|室友|同事|孩子|年轻人|老公|老婆|亲戚)[^，。！？,.!?]{0,6}(?:不懂|不了解|不清楚|管不了|帮不了|懂什么|哪知道)/.source,
    // "Please, don't try to contact anyone else", "and don't call your bank", "You mustn't tell the staff", "asked you not to tell her"
    /(?:^|[,.!?;:—–-]\s*|\b(?:please|and|so|just|but|also|now|sir|ma'?am|okay|ok)\s+)(?:don'?t|dont|doan|do not|never) (?:(?:try|attempt|go|need) to |even )?(?:tell|inform|mention(?! it\b)|involve|discuss|speak to|talk to|call|phone|ring|contact|ask|bother|consult|go to|listen|report|check|loop)\b/.source,
    /\byou don'?t (?:call|tell|contact) (?:the|anyone|nobody|your)\b|\bnot (?:be )?shared with\b|\basked (?:you|us|me) not to\b|\bno time to (?:text|call|tell|ask|check)\b|\b(?:he|she|they) won'?t know\b/.source,
    /\b(?:mustn'?t|must not|shouldn'?t|should not|not to|no need to|without) (?:tell(?:ing)?|inform(?:ing)?|mention(?:ing)?|involve|involving|discuss(?:ing)?|speak(?:ing)? to|talk(?:ing)? to|contact(?:ing)?|ask(?:ing)?|bother(?:ing)?|call(?:ing)? (?:anyone|them|her|him|the|your))\b/.source,
    /\bshare (?:this|the) (?:information|matter|call|offer|details)\b|\b(?:if|once) you (?:tell|talk to|report|involve|call (?!me\b|us\b|back\b))/.source,
    // "your employer doesn't know our procedures", "Bilal is not needed", "the branch can't help with this"
    /\b(?:is|are) not needed|\byou don'?t need (?:your|him|her|them|anyone)\b|\b(?:he|she|they|your \w+) (?:doesn'?t|does not|don'?t|do not) (?:know|understand)\b|\b(?:can'?t|cannot) help (?:you )?with\b/.source,
    /(?<!\b(?:i|we)(?:'ll| will| need to| have to| must) )keep (?:this|it) (?:between|to yourself|confidential|secret|quiet)|between (?:us|you and me)/.source,
  ].join('|'),
  'i',
);

/** Things a caller's line names, each with the ask it stands for in a reply's context (null: none). */
const TOPICS: Array<[topic: string, ask: Ask | null, re: RegExp]> = [
  ['code', 'code', /验证码|动态码|校验码|短信码|verification code|security code|one[- ]time (?:code|password|pin)|\botp\b|\bcode\b/i],
  ['card', 'details', /卡号|银行卡|信用卡|储蓄卡|账号|账户号|card (?:number|details|info)|account (?:number|details|info)|routing number|debit card|credit card|\bcvv\b|expiration date/i],
  ['identity', 'details', /身份证|姓名|名字|出生|住址|地址|手机号|电话号码|个人信息|social security|\bssn\b|date of birth|full name|address|driver'?s licen[cs]e|passport|personal (?:information|details)/i],
  ['password', 'details', /密码|password|passcode|\bpin\b/i],
  ['money', 'money', /转账|汇款|转到|转入|打款|付款|支付|缴纳|充值|交钱|交费|缴费|付钱|掏钱|打钱|交了?\d|transfer|wire|send (?:the |us |me )?(?:money|funds|payment)|payment|gift cards?|bitcoin|crypto|prepaid|\bpay\b/i],
  ['fee', 'money', /手续费|保证金|押金|费用|服务费|解冻费|激活费|工本费|\bfees?\b|processing charge/i],
  ['install', 'app', /下载|安装|软件|应用|\bapp\b|download|install|software/i],
  ['link', 'app', /链接|网址|网站|网页|点击|二维码|扫码|\blinks?\b|website|\burl\b|\bclick|qr code/i],
  ['chat', 'app', /微信|qq|加我|好友|call me (?:back )?(?:at|on)|my (?:direct )?(?:number|line|extension) is|whatsapp|telegram|text me/i],
  ['remote', 'app', /远程|共享屏幕|屏幕共享|向日葵|teamviewer|anydesk|remote (?:access|control|desktop|session)|control (?:your|the) (?:computer|screen|device|phone)|screen ?shar/i],
  ['secret', 'secret', SECRECY_DEMANDED],
  ['reassure', null, /(?:会|将|都会|给你|为你|予以)保密|保密处理|信息安全|放心|请放心|don'?t worry|rest assured|safe with us|completely (?:safe|secure|legitimate)|i assure you/i],
  ['stay', 'stay', /别挂|不要挂|不能挂|保持通话|不要中断|别断|don'?t hang up|do not hang up|stay on the line|stay with me|keep (?:the|this) line|remain on the line/i],
  ['urgent', null, /马上|立刻|立即|尽快|赶紧|今天之内|今天内|\d+\s*(?:分钟|小时)|过期|逾期|冻结|immediately|right away|right now|urgent|as soon as possible|within (?:the next )?\d+|expire|deadline|hurry|quickly|act now/i],
  ['offer', 'offer', /贷款|额度|低息|利息|收益|回报|理财|投资|补贴|赔偿|退款|中奖|奖金|免费|\bloans?\b|interest rate|returns?\b|invest|profit|refund|compensation|grant|prize|you(?:'ve| have) won|reward|free\b/i],
  // an offer to do it for the receiver ("I can cancel it for you right now", "我现在就可以帮您注销",
  // "要不我给您放门口的快递柜？", "shall I put it in the locker?"): a yes takes it up
  ['for-you', 'offer', /(?:帮|替|给)(?:您|你)(?:注销|处理|办理|取消|解决|关闭|解冻|退|放|送|寄|存)|\b(?:shall i|should i|want me to|do you want me to) (?:put|leave|drop|deliver|bring|send)\b|\b(?:i can|i'll|i will|let me|shall i|should i|want me to) (?:cancel|fix|handle|process|remove|close|sort out|take care of|unfreeze|refund)\b[^.?!]{0,40}\bfor you\b/i],
  ['confirm', 'confirm', /(?:是|请问).{0,8}(?:先生|女士|小姐|本人)(?:吗|嘛|么)|是不是.{0,8}(?:先生|女士|本人)|(?:is this|am i speaking (?:to|with)|are you) (?:mr|ms|mrs|miss|the (?:account|card) ?holder)\b|confirm (?:your|that you)|verify your (?:name|identity|date of birth|address)/i],
  ['staff', 'claim', /客服|银行|公司|平台|快递|保险|经理|专员|工作人员|运营商|customer (?:service|support)|support team|department|representative|\bagent\b|this is [a-z]+ from|calling from/i],
  ['authority', 'claim', /警察|公安|警官|民警|法院|检察院|派出所|police|officer|detective|\birs\b|court|government|administration|\bfbi\b|sheriff|warrant/i],
  // whether the line is heard ("can you hear me?", "能听到吗？"): a yes to it goes along with nothing (case 153)
  ['hear', 'hear', /\bcan you hear me\b|\bhear me (?:ok(?:ay)?|alright|all right|now|clearly)\s*\?|能听到吗|听得到吗|听得见吗|能听见吗|听到了吗|听得清吗|能听清吗|听到我说话吗/i],
];

/** Words that ask the receiver to do something. */
const REQUEST = /需要(?:你|您)|请(?:你|您)|麻烦|(?:你|您)(?:需要|要|得|必须|只需要|只要|可以|先)|提供|告诉我|报一下|念一下|发给我|输入|填写|can you|could you|would you|please|i need you to|you need to|you must|you(?:'ll| will)? have to|go ahead and|just need|i'?ll need/i;

/** The topics a caller's line names, and "request" when it asks for something. */
export const topicsOf = (line: string): string[] => plainTopics(plainLine(line));

/** The topics of a line already in its plain words (plainLine), as the caller model has it. */
export function plainTopics(text: string): string[] {
  const found = TOPICS.filter(([, , re]) => re.test(text)).map(([t]) => t);
  if (REQUEST.test(text)) found.push('request');
  return found;
}

/** The kinds of ask of a caller's line: from its red flags and the topics it names. In ASKS order. */
export function asksOf(caller: string | undefined, flags: readonly string[] | undefined): Ask[] {
  const asks = new Set<Ask>();
  for (const f of flags ?? []) {
    const a = BY_FLAG[f];
    if (a) asks.add(a);
  }
  const text = caller && plainLine(caller);
  // (a topic whose ask is known already is not looked for: several name the same ask)
  if (text) for (const [, a, re] of TOPICS) if (a && !asks.has(a) && re.test(text)) asks.add(a);
  return ASKS.filter((a) => asks.has(a));
}
