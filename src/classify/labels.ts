// What the words around a number say it is. A label right before a number ("卡号是", "my SSN is",
// "code:", "密码后六位是") decides its kind whatever its checksum; other words tell an amount
// ("转了", "元"), a number one calls ("打", "call"), someone else's number ("你的", "from").
// Labels are found in one scan of the reply; the other regexes run on a short window next to a
// number, never on the whole reply, so reading stays linear.
import { MAX_REPLY_CHARS } from '../core/reply';
import type { LeakKind } from '../core/schema';
import { groupEnd, headsOfSource, topAlternatives } from './split-regex';
import type { Talk } from './talk';
import { isDigitCode, isSpaceCode } from './units';

/** What a label introduces: a kind of secret, a card's expiry or security code, something harmless, or just "a number". */
export type LabelKind = LeakKind | 'expiry' | 'cvv' | 'not' | 'number';

/** Alternatives, longest first: at one position the first that matches wins ("会员卡" before "会员"). */
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

// A thing of everyday talk whose number follows it at once ("room 305", "apt. 4821", "Suite B 12", "seat #4", "the 14th
// floor, number 1408"): after a pause
// (a letter after it is a unit's, "Suite B", not "I": "To access your file I need…")
// ("my phone's in the other room... ok it's 042 518") the number is another's.
const near = (word: string) => `${word}(?=[.:]?\\s*(?:number|no(?![a-z])|id\\b|(?:phone|line)\\b|#|(?:is |was |'s )?[a-z]?\\s*\\d|(?!i\\b)[a-z](?![a-z]))|,\\s*(?:number|no(?![a-z])|#))`;
// "yes officer 318-44-2290": the officer is spoken to, the number is the person's own
const VOCATIVE = "(?:yes|yeah|yep|ok|okay|sure|alright|right|thanks|thank you|hello|hi|sorry|well|listen|look|please),? ";
// Things with a number that is nobody's secret. Listed first: at the same position the first
// alternative wins, so "order id" and "license plate" are not an ID, "security code" is a CVV.
const DEVICES = ['inspiron', 'thinkpad', 'ideapad', 'pavilion', 'hp', 'dell', 'lenovo', 'asus', 'acer', 'macbook', 'iphone', 'ipad', 'galaxy', 'pixel', 'chromebook', 'windows'];
/** A device's product line starts at `at` ("iPhone", "Dell"): a label of a model, not of a number the person gives. */
export const deviceAt = (t: string, at: number) => DEVICE_AT.test(t.slice(at, at + 12));
const DEVICE_AT = new RegExp(`^(?:${DEVICES.join('|')})\\b`);
const DEVICE_BEFORE = new RegExp(`\\b(?:${DEVICES.join('|')})$`);
// Things whose number follows at once ("room 305", "seat #4"): one alternative for all, not one apiece, for the label
// pattern is compiled on a reply's first read. (a service's or a place's public number, readings of a meter or of one's
// health, a shop's terminal; an officer or agent spoken to is no label: "yes officer 318-44-2290" is the person's own)
const NEAR_WORDS = [
  'employee', 'staff', `(?:officer|agent)(?<!\\b${VOCATIVE}(?:officer|agent))`, 'room', 'apt', 'apartment', 'flat', 'unit', 'suite', 'seat', 'platform', 'stock', 'store', 'kit',
  'lot', 'item', 'build', 'page(?<!\\b(?:that|this|the|web|login|payment|checkout) page)', 'building', 'floor', 'box(?<!\\b(?:in|on) the box)', 'form', 'permit', 'score', 'violation', 'pa', 'refund', 'file',
  'juror', 'branch', 'station', 'precinct', 'court', 'pharmacy', 'merchant', 'terminal', 'transaction', 'meter', 'sugar', 'glucose',
  'blood pressure', 'pulse', 'heart rate', 'temperature',
];
const NOT_EN = [
  near(`(?:${alt(NEAR_WORDS)})`),
  'order', 'tracking', 'waybill', 'prescription', 'rx', 'refill', 'user ?name', 'login (?:id|name)', 'log ?in(?<=my log ?in)(?! (?:password|passcode|pin|code|credentials|details))', 'user id', 'screen name', 'parcel', 'package', 'shipment', 'case(?<!lower case|upper case|in case)', 'reference(?! (?:contact |phone |mobile |cell )number)', 'ref', 'invoice', 'receipt', 'contract(?= (?:number|no\\b|#|id\\b))', 'agreement(?<=\\b(?:rental|lease|loan|service|the) agreement)(?= (?:number|no\\b|#|id\\b|was\\b|is\\b))(?!(?: number| no)? (?:is|was) my\\b)',
  // (an arrest warrant's, a regulator's or a company register's number: "confirm warrant number 7731", "FCA number 612930", "company number 08815720")
  '(?:warrant|fca|frn|company(?: registration)?)(?= (?:number|no\\b|#|reference))',
  'policy', 'claim(?! code)', 'confirmation (?:number|no)', 'conf(?= (?:number|no\\b|#))', "confirmation(?=(?:,? it'?s|:| #|#)?\\s*[a-z]?\\d)", 'booking', 'reservation', 'ticket', 'badge',
  'flight(?: [a-z]{2})?', 'train', 'bus', 'gate(?<!(?:the|side|front|back) gate)(?! (?:code|pin|keypad))', 'extension', 'ext', 'zip', 'zip code', 'postal code', 'postcode',
  'post code', 'area code', 'country code', 'qr code', 'promo code', 'coupon', 'coupon code', 'discount code',
  // (a vehicle's registration, an Irish plate too: "the reg 191-C-2318"; or a registration's reference an office's text gave, "REG 0041 7732")
  'voucher', 'uid', 'vehicle(?: reg(?:istration)?)?(?= (?:number|no\\b|#))', 'reg(?:istration)?(?= (?:number|no\\b|#|plate)| \\d{2,3}-[a-z]{1,2}-| \\d{4} \\d{4}\\b)', 'referral code', 'invitation code', 'serial', 'statement(?= (?:number|no\\b|#|\\d))', 'money order', 'title(?= (?:number|no\\b|#))', 'upc', 'barcode', 'sku', 'isbn', 'batch', 'model', 'version', 'license plate', 'plate',
  // (a part's label asked back, then its value: "Last four? 9 0 3 7")
  'street', 'road', 'avenue', 'lane', 'route', 'highway', 'last ?(?:four|4|six|6|three|3)(?: digits)?(?:\\?(?=\\s*(?:it\'?s\\s*)?\\d))?', 'check,? (?:number|no)', 'cheque', 's/n', 'vin', 'imei',
  // (this stop's: one alternative, not one apiece, as below)
  // (a customer's number, "customer ID", "customer # is 600-1471", "customer 88123", or a firm's line, "customer services, oh one one four…";
  // not a customer who came in: "sorry customer came. 270 ..")
  "listing(?= (?:number|no\\b|#|id\\b|ref))|alert(?= (?:number|no\\b|#|id\\b|ref)| (?:(?:is|was) )?\\d)|deed(?= (?:number|no\\b|#))|tax code|school code|authorization(?= (?:is|number|no\\b|#))|caller id|fax(?<!(?:my|your) fax)|letter(?= (?:number|no\\b|#|ref|id\\b))|prize(?= (?:number|no|id)\\b)|control (?:number|no)|microchip|(?:dog|pet|county|business|fishing|hunting|marriage) licen[cs]e|meter(?: readings?|(?= (?:(?:says|reads|shows|is)(?: number)?|number) \\d))|meter(?<=\\b(?:the|your|water|gas|electric|electricity) meter)", "endin(?:g|')(?: in| with)?", 'ends (?:in|with)', 'ends(?= \\d)', 'member(?:ship)?', 'customer(?=\\s*(?:#|:|number|no\\b|id\\b|ref|reference|account|acct|code|services?\\b|care\\b|support\\b|\\d))(?! reference (?:number|no)(?=[^!?]{0,80}\\bcentrelink\\b))(?<!\\bcentrelink\\b[^.!?]{0,40}customer)', 'account manager', 'sender(?=\\s*(?:id\\b|number\\b|is\\b|[:#+]|\\d))',
  'date of birth', 'birthday', 'birth ?date', 'birth year(?! backwards| reversed| in reverse)', 'year of birth', 'born', 'dob', 'address', 'live at', 'lives at', 'living at', "at(?<=\\b(?:i'?m|i am|we'?re|we are) at)(?= \\d{1,5} [a-z]+\\b(?! (?:dollars|bucks|pounds|euros|percent|am|pm|a\\.m|p\\.m|now|then|so|and|but|or|because|if|right|already|still)\\b))", 'error', 'product', 'license key',
  'product key', 'police report', 'report number', '(?:po|purchase order)(?= (?:number|no\\b|#|\\d))', 'acknowledge?ment (?:number|no|receipt)',
  // (the number a message came from, the sender's: "BISP sends from eight one seven one", "that message came from a number, oh seven five four")
  '(?:sends|sent|came|comes|texted|messaged) from(?: (?:a|the|this|that|some) (?:number|mobile|phone|line|cell))?', 'ilitoka|imetoka', // (Swahili: "came from")
  // a health plan's numbers every member shares or its office's (the group, the pharmacy's BIN and PCN, a doctor's NPI, a prior
  // authorization), and references a person is handed (a refund's, a survey's, an application's locator)
  // (one alternative each, not one apiece: the label pattern is compiled on a reply's first read)
  'rx(?:bin|pcn|grp)|(?:rx |plan )?group(?<!(?:first|second|third|fourth|next|last|other) group)(?= ?(?:number|no\\b|#|id\\b|is\\b|\\d))|student(?= (?:id|number|no)\\b)|event(?= id\\b)|employer(?= (?:code|id|number)\\b)|apple id(?= (?:password|passcode|pass)\\b)|rx group|bin|pcn|npi|credit score|prior auth(?:orization)?|survey|locator',
  // a check's number, a payment's or a chain's transaction reference, a toll tag, a bill's consumer number, an Indian postcode
  'check(?=,? ?(?:(?:was|is) )?#)', '(?:transaction|trans) (?:ref(?:erence)?|id|hash)', 'utr(?<!\\bmy utr)(?= (?:is|number|no\\b|#|\\d))', '(?:company|merchant|originator|biller|payee) id', 'readings?(?<=\\b(?:current|latest|meter|the) readings?)', 'tx ?(?:hash|id)', 'txid', 'tid', 'trx ?id', 'txn ?(?:id|ref|no)', 'wallet address',
  // loyalty and points programmes: their numbers open no account of money or care
  // a courier's name before its tracking number ("dpd 1550 3342 8871 says out for delivery")
  '(?:dpd|fedex|usps|dhl|royal mail|evri|hermes|parcelforce|auspost|australia post|canada post|purolator|yodel|ontrac)(?! code)',
  // (the bank's line to ring, "a sticker on the back of the phone with the bank number 0818 724 724"; not "my bank number")
  "bank(?:'s)? (?:phone |contact |help ?line )?number(?<=\\bthe bank(?:'s)? (?:phone |contact |help ?line )?number)",
  'honors', 'bonvoy', 'clubcard', 'nectar(?: card)?', 'air ?miles', 'aeroplan', 'flybuys', 'skymiles', 'aadvantage', 'mileage ?plus', 'frequent flyer', 'rewards', 'loyalty',
  'toll tag', 'tag(?= ?(?:#|number\\b|no\\b|id\\b))', 'transponder', 'e-?z ?pass', 'consumer', 'pincode',
  'ip(?: address)?',
  // a phone's or a computer's system with its version after it ("im on iOS 17.6.1", "Android 14"), not a number said on it
  '(?:ios|ipados|macos|android)(?= ?v?\\d{1,2}(?:\\.\\d{1,3}){0,3}(?![\\d.]|[\\s-]\\d))',
  // cards that pay nothing out: their numbers are printed on them and open no account
  'etc card', 'etc', 'library card', 'loyalty card', 'membership card', 'transit card', 'bus card', 'metro card',
  // a computer's or a phone's product line: the number after it is the model ("Dell Inspiron 15 3000")
  ...DEVICES,
];
// (快递 names a parcel's number, not a phone to take a courier's calls on: "再留个能接快递的电话")
const NOT_ZH = [
  '订单', '单号', '行李(?:牌|票|条)', '用户名', '登录名', '(?:那|这)单(?=是|\\s*\\d)', '个人编号', '档案编号', '户号', '信用代码', '备案号', '(?<!接)快递', '运单', '面单', '包裹', '案件', '案号', '编号', '工号', '警号', '警官证', '房间', '房号', '门牌',
  '分机', '车次', '航班', '座位', '邮编', '邮政编码', '区号', '尾号', '后四位', '后4位', '末四位', '最后四位', '优惠码',
  '兑换码', '邀请码', '推荐码', '二维码', '条形码', '型号', '版本', '发票', '保单(?!号)', '合同', '流水号', '凭证', '回单', '交易单号', '交易号', '受理号', '工单',
  // an office's, a bank's or a company's phone ("社区电话86523107"): theirs, to call
  '(?<!我的?|我们的?|(?:老公|老婆|爱人|丈夫|妻子|爸爸?|妈妈?|儿子|女儿|孩子|家里人|哥哥?|姐姐?|弟弟?|妹妹?)的?)(?:社区|居委会|村委会|物业|派出所|公安局|医院|学校|银行|公司|单位|办公室|官方|营业厅)的?(?=电话|号码|热线|座机)',
  // (a work licence's or a badge's number, printed for all to see: "讲解员证号是JG二零二三…")
  '(?:导游|讲解员|工作|上岗|执业|从业|资格|记者|教师|律师|医师|护士|学生)证(?:号码?|编号)?',
  '学号', '群号', '票号', '车牌', '楼', '栋', '单元(?!门(?!口))', '房间', '尾数', '游戏账号', '游戏id', '昵称', '股票代码', '基金代码', '股票', '基金', '中通', '圆通', '申通', '韵达', '顺丰', '极兔', '百世', '(?<!卡[^，。,.\\d]{0,3})邮政(?!储|银行|卡|[一那]张|的(?:卡|银行卡|那张)?[。，,.\\s])', '会员', '客服', '专员', '经理', '前台', '商家', '酒店', '短信号码', '发件人', '生日', '出生', '地址', '住在',
  'etc卡', '会员卡', '公交卡', '交通卡', '门禁卡', '加油卡', '购物卡', '积分卡', '错误代码', '错误码', '故障码', '序列号',
  // a chat handle given as one's own is no secret (docs/labelling.md case 88); a phone number given as one still is
  'qq号码', 'qq号', 'qq(?!\\s*(?:安全中心|安全|团队|官方|发|给我发))', '微信号(?!码)', '微信id', '微信(?!号码|支付|钱包|零钱|转账|红包|收款)', // (WeChat Pay, its wallet or a transfer is no handle: "'微信支付'……九、三……")
];
// (a bank's line printed on a card's back, to ring: "ring the number on the back of your card", "calling the hotline on the back of my card" name no
// security code)
const RUNG_BACK = (said: string) => `(?<!\\b(?:ring|call|phone|dial|rang|called|calling|ringing|try|tried) (?:the |that |this )?(?:numbers?|hotline|helpline|line) on the ${said})`;
// (UK carriers, whose PAC is the porting code a number's move takes, not a bank's personal access code)
const UK_CARRIERS = '(?:vodafone|o2|ee|three|giffgaff|tesco mobile|virgin mobile|virgin media|sky mobile|bt mobile|lyca|lycamobile|lebara|id mobile|smarty|voxi|talkmobile|asda mobile)';
/** English words as a label: from a word start to where the letters end ("code482913" is labelled). */
const en = (re: string) => `\\b(?:${re})(?![a-z])`;
// Each kind's English and Chinese labels. They are two regexes: compiling the English one costs a
// few milliseconds, and a reply with no Latin letter never needs it. The English one is tried at every word start: each
// alternative opens with its words and looks behind only after them ("box(?<!… the box)"), for V8 checks an alternative's
// first letters before trying it only where it opens with them (bench/README.md, "Secrets").
const LABELS: ReadonlyArray<readonly [LabelKind, string, string]> = [
  ['not', en(`(?:${alt(NOT_EN)})(?: (?:id|i d|code|number|no))?`), alt(NOT_ZH)],
  ['cvv', en('cvv2?|cvc2?|cid(?! ?(?:no\\b|number|#))|csc|(?:card )?security code(?<!(?:account |(?:sen(?:t|d|ding)|text(?:ed|ing)?) (?:you )?an? (?:wee |little |quick |new )?|(?:six|6|eight|8)[- ]digit |one[- ]time )(?:card )?security code)(?! (?:by|via|in|through) (?:text|sms|message|e-?mail)| (?:to|on) (?:your|the|my) (?:phone|mobile|cell)| on (?:the|your|my) account(?! card)| (?:was |is |has been |will be )?(?:just )?(?:sent|texted)\\b)|back code|(?:3|three)[- ]digit code|back of (?:the |my )?card' + RUNG_BACK('back of (?:the |my )?card') + '|(?:numbers?|digits?|code) on the back' + RUNG_BACK('back') + '|code (?:printed |written )?(?:on the front|above the (?:card )?number)|(?:3|three|4|four) (?:little |small )?(?:numbers|digits) (?:on|by|next to|at) (?:the )?(?:back|front|signature|strip|card)|the (?:3|three) (?:little |small )?(?:numbers|digits)(?! of)|the (?:3|three)[- ]digit(?: one| number)?(?=\\s*[?.!,]|$)|(?:3|three)[- ]digits?(?<!(?:first|last|next|middle|other) (?:3|three)[- ]digits?)(?= (?:are |is |: ?)?\\d)|signature (?:strip|panel|box)|(?:printed |written )?on the back(?! of\\b)|the back(?=\\s*(?:\\?|says|reads|has|is))|back (?:number|numbers|digits)|the (?:3|three) on the back'), '安全码|(?<!(?:医保|社保|身份证|ETC|通行)[^。！？!?]{0,16})卡背(?:面)?|(?<![写记抄贴]在[^卡，,。\\s]{1,4}|(?:医保|社保|身份证|ETC|通行)[^。！？!?]{0,16})(?:背面|背后)'],
  // (a one-time code's life, "it expires in 1 minute", "need it quick b4 it expires", "the code expires soon", Urdu's "2 minute mein expire ho
  // jata hai", is no card's expiry)
  ['expiry', en('valid from|exp|expiry|expiration(?: date)?|(?:expires|expire|expiring)(?<!\\b(?:before|b4|until|till|or) (?:it|this|that|they|the code) expires?)(?<!\\b(?:code|otp|pin|link|offer|message|sms) expir(?:es?|ing))(?<!\\b(?:sec|secs|seconds?|min|mins|minutes?|hours?|ghante) (?:mein|me|main|mai|men) expire)(?!\\s+(?:in|within|after)\\s+(?:\\d+|a|an|a few|few|one|two|three|five|ten|fifteen|thirty)\\s*(?:sec|min|hour|day))|valid (?:thru|through|until|till)|good thru'), '有效期(?:至|到)?|到期(?:日期|时间|日)?|过期(?:时间|日期)'],
  // (a card's number may be the next sentence: "Debit card. 5 4 2 4 1 8 0 0…")
  // (a brand and then digits that open as its cards' numbers do: "its amex 3 7 1 5 um 4 4 0 9 2", "Visa. Four five one nine oh two..."; not "my
  // visa 482", a visa's subclass)
  ['card', en('(?:visa|mastercard|master card|discover|amex|american express)(?<=\\b(?:the|my|our) (?:visa|mastercard|master card|discover|amex|american express))(?=:| (?:is|was|number|no\\b|#))|(?:amex|american express)[.,]?(?= ?3 ?[47](?: ?\\d){2})|visa[.,]?(?= ?4(?: ?\\d){3})|(?:mastercard|master card)[.,]?(?= ?[25](?: ?\\d){3})|discover[.,]?(?= ?6 ?[05](?: ?\\d){2})|(?:gift ?card|claim|redemption|itunes|google play|steam|razer) (?:codes?|pins?)|(?:green dot|vanilla|moneypak|paysafe|steam|google play|itunes|apple gift|amazon gift|target gift|walmart gift|ebay gift)(?: card)? (?:numbers?|codes?|pins?)|(?:(?:credit|debit|bank|atm|visa|mastercard|master card|discover|amex|gift|cash|prepaid) )?cards?(?: number| no)?(?:\\.(?=\\s*\\d(?:\\s?\\d){7}))?|(?:(?:bank|checking|savings) )?(?:account|acct|acc|a/c)(?! ?holders?\\b)(?: number| no| details)?|debit(?<=\\b(?:the|my|your|his|her) debit)(?!\\s+(?:order|note|card|orders))|routing(?: number| no)?|aba|iban|swift|sort code|ifsc(?: code)?|bsb|branch code|transit number|checking|savings'), '(?:建设|工商|农业|中国|交通|招商|邮储|浦发|民生|光大|中信|华夏|兴业|平安|广发)银行(?=\\s*(?:62|4\\d|5[1-5])\\d\\d)|卡密(?!码)|卡号|银行卡|储蓄卡|信用卡|借记卡|工资卡|存折(?:号|账号)?|账号|帐号|账户|帐户|(?<!系统|会儿|有点|很|太|好|网络?)卡(?![住顿死])'],
  // (Centrelink's Customer Reference Number is a person's, where Centrelink is named with it; a utility's is a reference)
  ['id', en("ssn|ss#|chi(?<!\\btai chi)(?: number| no)?|cid(?= ?(?:no\\b|number|#))(?: number| no)?|shanakhti(?: card)?(?: number| no)?|mbi|ein|fein|employer identification(?: number| no)?|pan(?: card)?(?: number| no)?|ppsn?(?: number| no)?|cnic(?: number| no)?|nib(?: number| no)?|indangamuntu(?: number| no)?|omang(?: number| no)?|huduma(?: namba| number| no)?|nhif(?: membership| member)?(?: number| no)?|azv(?: card)?(?: number| no)?|nis (?:number|no)|persoonsnummer|burgerservicenummer|bsn|c[eé]dula(?: number| no)?|nrc(?: number| no)?|nic(?= ?(?:number|no\\b|#|:|is\\b|\\.{2,}|…|\\d))(?: number| no)?|bvn|nin|nida(?: number| no)?|ghana card(?: number| no| pin)?|nric|fin(?: number| no)?|ic(?: number| no)?|mykad(?: number| no)?|crn|customer reference (?:number|no)(?=[^!?]{0,80}\\bcentrelink\\b)|(?<=\\bcentrelink\\b[^.!?]{0,40})customer reference (?:number|no)|ird(?: number| no)?|nhi(?: number| no)?|sss(?: number| no)?|umid|philhealth(?: number| no)?|kra pin|uhid|voter id(?: number| no)?|tax ref(?:erence)?(?: number| no)?|social(?: security)?(?: number| no| card)?|(?:national |tax )?id(?<!\\b(?:text|message|sms|e-?mail) from (?:[a-z]+ ){0,3}(?:national |tax )?id)(?: card)?(?: number| no)?|i d(?<=\\b(?:the|my|your|ur|his|her|digit|an|photo|national|tax) i d)(?![a-z])(?: card)?(?: number| no)?|medicare(?: card)?(?: number| no| id)?|mcp(?: card)?(?: number| no)?|medicaid(?: number| no| id)?|health (?:insurance )?(?:card|number)(?: number| no)?|insurance card(?<!\\bnational insurance card)(?: number| no)?|nhs (?:number|no|num)|chi(?= (?:number|no\\b|#)|,? \\d)(?: number| no)?|ohip(?: card)?(?: number| no)?|mcp(?: card)?(?: number| no)|nib (?:number|no)|nid(?: number| no| card number)?|(?<=\\b(?:my|your|his|her|their|the) )ic\\b(?: number| no)?|phn|ihi(?: number| no)?|utr(?<=\\bmy utr)|(?:unique )?tax ?payer ref(?:erence)?(?: number| no)?|aadhaar(?: number| no)?|tax file number|tfn|subscriber id|identity (?:card|number)|passport(?: number| no)?|driver'?s? licen[cs]e(?: number| no)?|(?:learner'?s?|learning|driving|instruction) permit(?: number| no)?|licen[cs]e(?<!\\b(?:software|lifetime|annual|yearly|antivirus|product|windows|premium) licen[cs]e)(?: number| no)?|dl(?= ?(?:number|no\\b|#|:|is\\b))(?: number| no)?|tin|itin|trn(?<!\\breceipt (?:says |shows |reads |has )?trn)|brp(?: number| no)?|(?:biometric )?residence permit(?: card)?(?: number| no)?|sin|national insurance(?: number| no)?|ni number|uscis(?: number| no)?|alien (?:registration )?number|a-number|green card(?: number| no)?|medical record(?: number| no)|mrn"), '身份证|身分证(?:字号)?|(?<![a-z])sfz(?:号)?|证件|身份号码|就诊卡号?|病历号|住院号|护照|驾照|驾驶证|港澳通行证|通行证|台胞证|回乡证|军官证|社保卡号?|医保卡号?|社保(?!局|中心|所|大厅|窗口|热线|电话|部门|费|开始|交|缴|报销|待遇|政策|基金)|医保(?!局|中心|所|大厅|窗口|热线|电话|部门|费|开始|交|缴|报销|待遇|政策|基金)|(?<!单位|公司|企业)参保人?(?:编号|号码?)|社会保障号码?|保单号码?'],
  ['password', en('(?:wireless|wi-?fi|network|security|wpa2?) key|disarm (?:it|the alarm|the system) with|(?:alarm|panel|arming|disarm(?:ing)?|duress) (?:code|pin)(?! ?\\d+ (?:is )?(?:flash|blink|show|error|fault))|(?:user|master) code(?= (?:on|for) (?:the|your|my) (?:alarm|panel|keypad))|(?:lock |padlock )?combo(?:nation)?(?= (?:is|was|:))|security code on (?:the|your|my) account(?! card)|(?:key ?safe|lock ?box|key ?box)(?: code| combo(?:nation)?| number| pin|(?= (?:is|was)\\b|:))|(?:gate|door|keypad|entry|front door) (?:code|pin)|(?:code|pin|passcode|number) to (?:open|unlock|get into) (?:my|the|your) (?:phone|iphone|ipad|tablet|computer|laptop|mac)|passwords?|passcode|pass code|pass word|passwd|pwd|pw|pass(?=\\s*[:=])|pass(?<!\\b(?:bus|boarding|day|season|hall|ski|transit|metro|train|guest|visitor|parking|free|gym|mountain|backstage|press|event|festival|library|annual|museum|zoo|park|vip|all-access|hall) pass)(?= is\\b)|pass(?<=\\buser(?:name)? \\S+ pass)|m-?pin|pins?(?: code| number| no)?|pac(?<!\\b' + UK_CARRIERS + ' pac)(?! to \\d)|personal access code|pass ?phrase|(?:secret|memorable|security) word|memorable (?:information|info|data|answer)|(?:login|log-in|sign-in) (?:credentials|details)|credentials'), '密码|口令|(?<![保加解])密[玛吗马]|[秘蜜]码'], // (and its slips in pinyin input: 密玛, 密吗, 秘码; an Irish bank's PAC, its personal access code)
  // (a screen that says "Your ID" or "Your Address" is a remote tool's: "It says Your ID, 418 265 903.")
  // (a carrier's number transfer PIN, made on request to move the number away, is a one-time code: case 120, and so is a UK carrier's PAC,
  // its porting code; so is a money transfer's
  // control number, MTCN, which collects the money sent)
  ['code', en('(?:duo|authenticator|authy|okta|rsa|vpn|token) (?:passcode|pass code|code|pin)|' + UK_CARRIERS + ' pac|pac(?= to \\d)|porting (?:authori[sz]ation )?code|(?:authenticator|authy|duo)(?: app)?,? (?:is |it\'?s )?(?:now |just )?(?:showing|shows|says|displays|reads)|number transfer pin|your (?:id|address)(?<=\\b(?:says|shows|reads|displays),? ["\'“‘]?your (?:id|address))(?=[^a-z\\d]{0,4}\\d)|mtcn|money transfer control number|(?:anydesk|any desk|teamviewer|team viewer|ultraviewer|todesk|rust ?desk|supremo|airdroid|quick ?assist|partner|session|desk|connection|access|remote) (?:id|address|number|code)|this desk|(?:numbers?|digits?) (?:in|from|of) (?:the |that |your )?(?:message|text|sms|e-?mail)|(?:numbers?|digits?) (?:they|it|the bank) (?:just )?(?:sent|texted)(?: you)?|one[- ]time (?:passcodes?|pass codes?|passwords?|pins?)|net ?codes?|(?:(?:verification|confirmation|one[- ]time|login|sms|text|auth(?:entication|orization)?|access|2fa|two[- ]factor|bank) )?codes?|otp|tac'), '验证码|(?<![a-z])yzm(?![a-z])|动态[码吗马玛]|校验码|短信码|确认码|授权码|动态密码|动态口令|一次性(?:密码|口令)|会议号|(?:收到|发来|短信上?)的?(?:那个|那串)?数字|(?<![号条维编邮区密尺扫a-z])码'],
  // (a carrier's name, "My T-Mobile account", names no mobile number; nor does a wallet, "My mobile money?"; but a mobile wallet's number
  // is the phone's: "MoMo 024 571 8836", "bkash 01734 582916", "the M-Pesa number")
  // ("give me the father's name and number": a way to reach someone, asked with their name; not where a thing is kept, "Aadhaar is...
  // wait, it's in the phone... four-seven-eight-two…")
  // ("try my wife Chantal… She's two five zero, five six three…": whose number it is, said as who she is, seven digits or more after it)
  // (not the way a thing is said: "I don't like to give the whole thing out over the phone. The last four is six, six, one, nine")
  ['phone', en('(?:she|he)(?:\'s| is)(?= \\d(?:[ ,.-]{0,2}\\d){6})|name and number(?<=\'s name and number)|(?<!\\b(?:in|inside) (?:the|my|this) |\\b(?:over|on|by) the )(?:(?:mobile|cell|home|work|contact) )?(?:phone|mobile(?<!\\bt-mobile)(?! money| wallet| banking)|cell|cellphone|telephone|tel)(?! banking)(?: number| no)?|my number|(?:home|house|work|landline|contact) number|landline|whatsapp(?<!\\b(?:from|on|via|by) whatsapp)(?: number| no)?|(?:m-?pesa|momo|mobile money|airtel money|orange money|tigo pesa|bkash|nagad|easypaisa|jazzcash|gcash|mpamba|telebirr|mmg)(?: number| no)(?! is (?:not|wrong))|(?:momo|airtel|orange money|tigo pesa|bkash|nagad|easypaisa|jazzcash|gcash|mpamba|ecocash|telebirr|mmg)(?: is (?:my|his|her) [a-z]+(?:\'s)?(?: own)?(?= \\d)|(?=(?: is)? \\d))|(?:call|text|reach|ring) me(?: back)?(?: (?:at|on))?|number(?= (?:that |which )?(?:we|our [a-z]+|the [a-z]+|they|he|she) (?:can|could|may|will|should) (?:call|reach|text|ring|contact)\\b)'), '手机卡|电话卡|sim卡|手机(?!银行|网银|app|客户端|支付|转账|软件|应用|屏幕)|电话(?!银行)|联系方式|座机|微信号码'],
  ['number', `${en('number|numbr|no|num')}|#`, '号码|数字'],
];

// What may stand between a label and its number. No filler is a digit, and each piece matches one
// way only, so a scan never backtracks far.
const FILL_MARKS = [
  "'s", // before the quote marks below, which would take its apostrophe alone
  '[\\s:=#"\'“”‘’「」『』()（）【】\\[\\]：\\-—_]',
  '\\.{2,}(?!\\.)', '…', '[.。](?=\\s*(?:it\\b|是))',
  '(?<=\\b(?:no|acc|acct))\\.', // "ID no.071648295", "acct. 0716…": the abbreviation's point
  "(?<=\\b(?:pin|password|passcode|code|otp|cvv|for now))\\?(?=\\s*(?:it'?s|its|it is)\\b)", // "My PIN? It's, um, two six...", "the last four for now? It's six two…": a PIN's or a code's label asked back, or a part offered, then its value (not "For the card? It's 10001" to a line that asks the ZIP)
  '[,，](?=\\s*(?:[a-z]\\s?)?\\d)', // "my cell phone number, 555-1234", "Passport is Indian passport, Z 4 4 0 8…"
  "[,，](?=\\s*(?:that'?s|it'?s|which is|is|was|number)\\b)", // "the last four of my social, that's 7 7 2 0", "for the ATM card, is 0 0 5 7"
  "(?<=\\b(?:it'?s|is|was))[,，](?=\\s*(?:um+|uh+|er+|erm)[,\\s]+\\d)", // "It's, um, two six": a filler between pauses, then digits (not "the last four, uh, 7 0 2 ... 7 0 2 5", begun again)
  '[,，](?=\\s*(?:是|为|我?(?:填|写|输|报)(?:了|的)|我?(?:输|填|报|念)一下|号码|我?先(?:发|报|说|念)|(?:你|您)?(?:等|稍等)(?:一下|一哈|下|哈|会儿?|等)(?=\\s*[,，]?\\s*我?(?:翻|找|看|查|瞧))|我?翻(?:一下|一哈|下|下子)))', // "验证码收到了，是……", "身份证号，我输的 370…", "医保卡，号码 K0739…", "卡号，我先念前面的，6230…", "身份证号啊，你等哈，我翻一下……五幺洞…"
];
// (a licence's state said before its number: "My driver's license is Florida, S 5 3 0-…")
const STATES = '(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming)';
// ("my account at First National is 3302 1187 56", "my checking at US Bank, 5 5 0 1…": where it is kept, then the value; "Your OTP for
// fund transfer of Rs 49,500 is 730...": what it is for, with its sum)
// (Hawaiian Pidgin says "is" as "stay": "An' da PIN stay 3 8 2 1."; Swahili's and Luganda's "my" comes after: "NIN yange CF5503210 4KRLA")
// (a bank named before the number, "de card is de republic bank one 4520 3318"; "de" and "da" are "the")
const FILL_EN = "\\b(?:for now(?=\\s*[?,])|(?:at|with|for) (?:[a-z&']+ ){1,3}(?:of (?:[a-z]{1,3}\\.? ?|[$€£₹])?\\d[\\d,.]* )?(?=is\\b)|(?:at|with) (?!(?:[a-z&']+ ){0,2}(?:cell|phone|mobile|landline)\\b)(?:[a-z&']+ ){0,2}[a-z&']+(?=,\\s*(?:\\d|(?:number|no)\\b))|" + STATES + "(?=,)|for (?:[a-z&']+ ){0,3}[a-z&']+(?=,\\s*it'?s\\b)|(?:[a-z&']+ ){0,2}(?:bank|credit union|building society)(?= (?:\\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)\\b)|is|was|are|were|be|stay|will be|yangu|yange|wange|would be|should be|that'?s|that is|that would be|it|its|number|numbers|numbr|num|no|nr|digits?|of|for|on|back|my|the|right here|here|goes|de|da|um+|uh+|er+|erm|hmm+|like|just|then|there|ok|okay|well|so|i think|i guess|probably|maybe|now|again|sorry|(?:last|first|akhri|aakhri|pehle) (?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten)|ke|ki|ending(?: in| with)?|ends (?:in|with)|end(?: in| with)?(?= \\d)|reads?|says?|said|came(?: in| through)?(?: as)?|asche|ashche|aise|aaya|you (?:asked|wanted|needed|requested)(?: for| about)?(?: it)?(?: before| earlier)?|underneath|below|information|info|details)\\b";
// (the label offered as a question, then its value: "俺身份证号要不要也报给恁？三四幺两两幺…")
// (or which of several came: "收到两条验证码 头一条 742913")
// (or what the person remembers of it, or that it was given wrong: "身份证我只记得后面几位 三二七四X", "卡号后面打错了 是3385 491")
// ("for now" said after the part a reply offers: "can I just give you the last four for now? It's six two one nine")
// (俺 is 我 where the north speaks: "取件码俺看看……是，五，杠，三…"; Cantonese's 咗 is 了: "银行卡 填咗 6228…")
const FILL_ZH = '(?:你|您)?(?:等|稍等)(?:一下|一哈|下|哈|会儿?|等)(?=\\s*[,，]?\\s*(?:我|俺)?(?:翻|找|看|查|瞧))|(?:我|俺)?翻(?:一下|一哈|下|下子)|(?:那|这)?一?栏(?:里|上)?|也要(?:填|写|输)[?？]?|要不要也?(?:报|说|念|发|给)(?:给|乞|俾)?(?:你|您|恁|侬|汝)?(?:们)?(?:听)?[?？]|(?:我|俺)?(?:也|都|已经|刚)?(?:填|写|输|输入|报)(?:了|的|咗)|(?:我|俺)?(?:输|填|报|念)一下|(?:我|俺)?(?:看|找|瞧|查)(?:一下|一哈|一哈子|下|看)(?:啊|哈|哦|噢)?|(?:填|输|写|报|念)(?:到|了)一半|(?:我|俺)?先(?:发|报|说|念)(?:给你)?|半截|刚(?:来|到|收到)了?|(?:来|到)(?:了|哉|嘞|咯|啦|哒|喽)|(?:发|给|告诉|报给|念给)(?:你|您)|(?:报|念|读|说)?(?:乞|俾|畀|拨)(?:你|您|汝|侬|恁)|信息|资料|前面|后面|后头|后边|开头|(?:头|第)[一二两三1-3](?:条|个)|(?:我|俺)?(?:只|就)?(?:记得|晓得)(?:的)?|(?:刚才)?(?:打|写|输|填|报)错了|全的|全号|完整的|我(?:念|报|读|说)(?:(?:给|乞|俾|畀|拨)(?:你|您|汝|侬|恁))?(?:听)?(?:一下)?|收到了|是|系|为|就是|就系|应该是|好像是|大概是|呢|啊|嗯|呃|额|哦|噢|吧|的|号码|号|码|数字|尾号|[后前末]?[一二三四五六七八九十两几\\d]{1,3}位(?:数字?|数)?|最后[一二三四五六七八九十两\\d]{1,3}位(?:数字?)?';

// A script's labels are tried at one place at a time (sticky), all of them in one pattern, with the filler after a label matched on
// its own (it may always match nothing, so the whole never backtracks into the label for it). In a text longer than any reply (a
// paste) each place tries only the alternatives a match may start with its code unit: a word's start tries the few hundred words
// that open with its letter, not all of them (the pattern's alternatives are spread out once for that, too slow for a first reply).
// At one place the whole pattern takes the first alternative that matches; the alternatives that may start there, kept in their
// order, take the same one.
/** An alternative of a label: the label's index in LABELS, its source, and the code units it may start with (null: any). */
interface LabelAlt {
  label: number;
  source: string;
  heads: string | null;
}
/** Labels' alternatives as one pattern: group g of `re` is the alternatives of LABELS[labels[g - 1]] it holds. */
interface Bucket {
  re: RegExp;
  labels: number[];
}
/**
 * A pattern's alternatives, spread out as far as their order allows: "a|b" is a and b; a group of words with what follows it,
 * "(?:a|b)s", is "(?:a)s" and "(?:b)s", tried in that order as the group's are (backtracking into the group tries its next word, as
 * the next alternative does). What cannot be read is kept whole.
 */
function spread(src: string): string[] {
  const tops = topAlternatives(src);
  if (!tops) return [src];
  if (tops.length > 1) return tops.flatMap(spread);
  // (a group that opens the alternative and is not repeated: "(?:" … ")" and no quantifier after it)
  const end = src.startsWith('(?:') ? groupEnd(src, 0) : -1;
  if (end < 0 || '?*+{'.includes(src[end + 1] ?? '|')) return STARTS_BOUNDED.test(src) ? spreadAfter(src) : [src];
  const words = topAlternatives(src.slice(3, end));
  const rest = src.slice(end + 1);
  // (one word in the group is read on inside it: its words, with what follows)
  return !words ? [src] : words.length > 1 ? words.flatMap((w) => spread(`(?:${w})${rest}`)) : spread(`${words[0]}${rest}`);
}
// ("\\b(?:a|b)(?![a-z])", as en() wraps a label's words: the boundary is kept before each word)
const STARTS_BOUNDED = /^\\b\(\?:/;
const spreadAfter = (src: string) => spread(src.slice(2)).map((w) => `\\b${w}`);

class LabelScript {
  /** The filler after a label, any number of pieces. */
  readonly fill: RegExp;
  private all?: Bucket;
  private split?: { alts: LabelAlt[]; byUnit: Map<number, number[]>; anywhere: number[]; heads: Uint8Array };
  // (by code unit, sparse: a paste looks one up at each of its places)
  private readonly buckets: Array<Bucket | null> = [];

  constructor(private readonly part: 1 | 2) {
    this.fill = new RegExp(`(?:${(part === 1 ? [...FILL_MARKS, FILL_EN, FILL_ZH] : [...FILL_MARKS, FILL_ZH]).join('|')})*`, 'y');
  }

  /** Every label. */
  get whole(): Bucket {
    // group i + 1 is LABELS[i]; numbered, not named: no object per match
    return (this.all ??= { re: new RegExp(LABELS.map((l) => `(${l[this.part]})`).join('|'), 'y'), labels: LABELS.map((_, i) => i) });
  }

  /** Whether a label may start with this code unit. */
  mayStart(code: number): boolean {
    return this.spread().heads[code] === 1;
  }

  /** The alternatives a match at a place holding `code` may be, made into one pattern on first use (null: none). */
  at(code: number): Bucket | null {
    let bucket = this.buckets[code];
    if (bucket !== undefined) return bucket;
    const { alts, byUnit, anywhere } = this.spread();
    const some = byUnit.get(code) ?? [];
    const order = anywhere.length ? [...some, ...anywhere].sort((x, y) => x - y) : some;
    bucket = null;
    if (order.length) {
      const groups: string[] = [];
      const labels: number[] = [];
      for (const i of order) {
        const a = alts[i]!;
        if (labels.at(-1) === a.label) groups[groups.length - 1] += `|${a.source}`;
        else {
          groups.push(a.source);
          labels.push(a.label);
        }
      }
      bucket = { re: new RegExp(groups.map((g) => `(${g})`).join('|'), 'y'), labels };
    }
    this.buckets[code] = bucket;
    return bucket;
  }

  /** The labels' alternatives spread out, indexed by the code units they may start with (indices into alts, ascending). */
  private spread(): NonNullable<LabelScript['split']> {
    if (this.split) return this.split;
    const alts: LabelAlt[] = [];
    LABELS.forEach((l, label) => {
      for (const source of spread(l[this.part])) alts.push({ label, source, heads: headsOfSource(source) });
    });
    const byUnit = new Map<number, number[]>();
    const anywhere: number[] = [];
    alts.forEach((a, i) => {
      if (a.heads === null) anywhere.push(i);
      else for (const u of new Set(a.heads)) {
        const code = u.charCodeAt(0);
        const list = byUnit.get(code);
        if (list) list.push(i);
        else byUnit.set(code, [i]);
      }
    });
    const heads = new Uint8Array(65536).fill(anywhere.length ? 1 : 0);
    for (const code of byUnit.keys()) heads[code] = 1;
    return (this.split = { alts, byUnit, anywhere, heads });
  }
}
let labelsEn: LabelScript | undefined;
let labelsZh: LabelScript | undefined;

export interface Label {
  kind: LabelKind;
  /** Normalised index where the label starts. */
  at: number;
}

/** The labels of a reply: by the index where each one's filler ends, and where the harmless ones end. */
export interface Labels {
  /** A number starting at this index is introduced by that label ("卡号是|6222…", "code|482913"). */
  byEnd: Map<number, Label>;
  /** Ends of the labels of harmless things (orders, rooms, staff numbers), in order. */
  harmlessEnds: number[];
}

// A card that holds an ID, not a bank's (社保卡, 医保卡, 就诊卡), named before a bare 卡号 with no other card between: that number is
// the ID's ("医保卡 我找找 卡号是 幺零零 二三", "核实一下您的医保卡 卡面上有个卡号 您报一下")
// (a bank, its short name, or a card bound to a payment app: one list for the patterns below, and for talk.ts's of a bank's card)
const BANK_ZH = '银行|金融|储蓄|信用|借记|工资|工行|农行|建行|中行|招行|交行|邮储|浦发|兴业|光大|民生|中信|华夏|银联|农商|农信|商行|支付宝|微信';
export const ID_CARD_BEFORE = new RegExp(`(?:社保|医保|就诊|居民健康)卡(?:(?!${BANK_ZH}|邮政|那张|哪张|平时用|绑定|公交|交通|购物|会员|加油|门禁|积分|校园|饭|超市|手机|电话|etc)[^])*$`);
export const ID_CARD_ASKED = /(?:社保|医保|就诊|居民健康)卡/;
export const BANK_CARD_NAMED = new RegExp(`${BANK_ZH}|那张卡|哪张卡|平时用的卡|绑定的卡|\\b(?:bank|debit|credit)\\b`);
const PRINTED_ON = /\b(?:on|in) (?:the|my|your|that|this)\s+$/;
const KEPT_BY = /\b(?:behind|under|underneath|beneath|next to|beside|inside|in front of)\s+(?:my|the|a|his|her|our)\s+$/;
const UTILITY_BEFORE = /\b(?:gas|electric|electricity|energy|water|utility|utilities|power|hydro|broadband|cable|council tax) $/;
// ...or said to be on a bill: "The account number on our bill is 8802 1145 67", "…is 20-4418-337. It's printed at the top of
// every bill" (not where a bank's account is talked of)
const ON_A_BILL = /^(?:account|acct)(?: number| no)?\s+(?:on|from) (?:our|my|the|your|this) (?:last |latest |current |recent )?(?:bill|invoice)\b|\b(?:printed|shown|listed) (?:at|on) the (?:top|bottom) of (?:every|each|the|my|our) (?:bill|invoice)\b|\bon (?:every|each) (?:bill|invoice)\b/;
// (the bill in hand, just before: "I have the bill right here. The account number is 0047-3318-205.")
const BILL_BEFORE = /\b(?:the|my|our|this) (?:(?:electric|electricity|gas|water|energy|power|phone|utility|cable) )?bill\b[^!?\d]{0,28}$/;
const BANK_NEAR = /\b(?:bank|banking|checking|savings|routing|credit union|debit|direct deposit)\b/;
const HEALTH_PLAN = /\b(?:health|medical|dental|insurance|insurer|medicare|medicaid|plan|rx|bin|pcn|copay|prescription|pharmacy|hmo|ppo|blue cross|aetna|cigna|humana|kaiser)\b/;
const ONLINE_BEFORE = /\b(?:gmail|email|e-mail|google|apple|amazon|facebook|microsoft|netflix|paypal|yahoo|outlook|icloud|instagram|online|user|social media) $/;

/** An account or a card opened, set up or linked, named as something done: "when you opened the account", "that links the new account", "about opening your trading account". */
export const OPENED_BEFORE = /\b(?:opened|opening|open|closed|closing|set up|setting up|created|creating|links?|linked|linking)\s+(?:the|your|my|an?|this)\s+(?:new\s+)?(?:(?:trading|investment|demo|broker(?:age)?|wallet|crypto|forex)\s+)?$/;

const CARD_ZH = 0x5361; // 卡
const PRINTED_ZH = /^上(?:面|头|边)?(?:印|写)(?:的|着)(?:是|的是)?[\s,，:：]*/;
const HANDLE_IS = /^(?:微信|qq|wechat|whatsapp|telegram|line|viber)(?:号)?\s*(?:就是|就系|是|系|也是|也系|is|=)/;
const ADDRESS_PART = /^(?:地址|住址|栋|单元|楼|层|室|房间|房号|门牌|号楼|address|street|road|avenue|lane|apt|suite|room|floor|unit|zip|postcode|post code|postal code)/;

/** Every label in a normalised text. One pass over it per script it contains. */
export function scanLabels(t: string): Labels {
  const byEnd = new Map<number, Label>();
  if (/[a-z#]/.test(t)) scan((labelsEn ??= new LabelScript(1)), t, byEnd, enStart);
  if (/[^\x00-\x7f]/.test(t)) {
    const zh = (labelsZh ??= new LabelScript(2));
    scan(zh, t, byEnd, t.length > MAX_REPLY_CHARS ? (text, from) => zhStart(zh, text, from) : (_, from) => from);
  }
  // a harmless thing that names whose a secret is, "ETC的验证码", "the bank's app code", is no harmless label
  // an online account is no bank account ("your Gmail account login credentials"): checked here, not in the
  // pattern, whose size a fresh process pays for on its first read
  // ...and a utility's ("british gas acct 8504 221 903") is its customer reference, as an order's number is
  for (const [end, l] of byEnd) {
    if (l.kind !== 'card' || !/^(?:account|acct|acc\b|a\/c)/.test(t.slice(l.at, l.at + 7))) continue;
    const before = t.slice(Math.max(0, l.at - 16), l.at);
    if (ONLINE_BEFORE.test(before)) byEnd.delete(end);
    else if (UTILITY_BEFORE.test(before) || ((ON_A_BILL.test(t.slice(l.at, l.at + 90)) || BILL_BEFORE.test(t.slice(Math.max(0, l.at - 48), l.at))) && !BANK_NEAR.test(t.slice(Math.max(0, l.at - 48), l.at + 90)))) byEnd.set(end, { kind: 'not', at: l.at });
  }
  // a member's number of a health plan, "member i d is w 2 6 4…, the bin is 6 1 0 0 2 4", is the person's ID on the plan's
  // card (docs/labelling.md, `leaks`); a loyalty programme's stays harmless
  for (const [end, l] of byEnd) {
    if (l.kind === 'not' && t.startsWith('member', l.at) && !t.startsWith('membership', l.at) && HEALTH_PLAN.test(t.slice(Math.max(0, l.at - 120), end + 120))) byEnd.set(end, { kind: 'id', at: l.at });
  }
  // an account opened, "I set it when I opened the account. It's 2 0 1 1 8 6", is something done: the number after is another's
  for (const [end, l] of byEnd) if (l.kind === 'card' && OPENED_BEFORE.test(t.slice(Math.max(0, l.at - 24), l.at))) byEnd.delete(end);
  // a harmless thing a secret is kept by, "it was behind my library card. It says... 5 2 3, 0 9, 7 7 1 4", names no number
  for (const [end, l] of byEnd) if (l.kind === 'not' && KEPT_BY.test(t.slice(Math.max(0, l.at - 24), l.at))) byEnd.delete(end);
  // (a secret's label by where it starts: the end it has)
  const starts = new Map<number, number>();
  for (const [end, l] of byEnd) if (l.kind !== 'not' && l.kind !== 'number') starts.set(l.at, end);
  // ...but a phone named by a place or a service, "pharmacy phone 312-555-0187", is theirs (not after a part of an address: "2栋1单元 手机
  // 18980427713", "地址填了 手机158.4127.7306" are the person's)
  for (const [end, l] of byEnd) {
    // (nor a chat handle said to be the phone: "微信就系手机号，一三九…", case 88)
    const next = l.kind === 'not' && !ADDRESS_PART.test(t.slice(l.at, l.at + 11)) && !HANDLE_IS.test(t.slice(l.at, end)) ? starts.get(end) : undefined;
    if (next === undefined) continue;
    if (byEnd.get(next)!.kind === 'phone') byEnd.set(next, { kind: 'not', at: l.at });
    else byEnd.delete(end);
  }
  // ...and a secret's label whose filler says where it is printed, "my Medicare number is on the card, 1EG4-TE5-MK73", "Policy
  // number's on the card somewhere, SF 22-8871-304", names the value after the card: its own kind, not the card's
  for (const [end, l] of byEnd) {
    // ("the ID on that card is 0 4 4 1…": the card's label a word further on)
    const gap = /^th(?:at|is) /.test(t.slice(end, end + 5)) ? 5 : 0;
    const next = starts.get(end + gap);
    const held = next === undefined ? undefined : byEnd.get(next);
    if (held && (held.kind === 'card' || held.kind === 'phone') && held.kind !== l.kind && l.kind !== 'not' && l.kind !== 'number' && PRINTED_ON.test(t.slice(l.at, end + gap))) byEnd.set(next!, l);
  }
  // ...and the bare card said just after an ID's card is that card, what is printed on it its number: "医保卡号……卡上印的是，幺洞四勾…"
  // (the ID cards' ends sorted once, each bare card finding the last before it by halving: a paste may hold thousands of both)
  const idCardEnds = [...byEnd].filter(([e, x]) => x.kind === 'id' && t.slice(x.at, e).includes('卡')).map(([e]) => e).sort((x, y) => x - y);
  for (const [end, l] of idCardEnds.length ? [...byEnd] : []) {
    if (l.kind !== 'card' || end !== l.at + 1 || t.charCodeAt(l.at) !== CARD_ZH) continue;
    const e = idCardEnds[countAtMost(idCardEnds, l.at) - 1];
    if (e === undefined || l.at - e > 6 || /[。！？.!?]/.test(t.slice(e, l.at))) continue;
    const printed = PRINTED_ZH.exec(t.slice(end, end + 12));
    byEnd.delete(end);
    byEnd.set(end + (printed?.[0].length ?? 0), { kind: 'id', at: l.at });
  }
  const harmlessEnds = [...byEnd].filter(([, l]) => l.kind === 'not').map(([end]) => end).sort((x, y) => x - y);
  return { byEnd, harmlessEnds };
}

// Where an English label can start: each of its words begins at a word's start (`en`), and "#" anywhere. The label
// pattern is tried there only, not at each character: at a word's start it tries hundreds of words, and elsewhere its
// first `\b` fails, yet each try cost as much as a word's (a 100 kB paste's scan took 10 ms, 4–5 ms this way).
/** The first place at or after `from` where an English label can start (as /\b[a-z0-9]|#/ finds), or the text's length. */
function enStart(t: string, from: number): number {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === HASH || (isLowerAlnum(c) && !isWordCode(t.charCodeAt(i - 1)))) return i;
  }
  return t.length;
}
const HASH = 0x23;
const isLowerAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || isDigitCode(c);
// (\w: a letter of either case, a digit or "_"; NaN before the text's start is none)
const isWordCode = (c: number) => isLowerAlnum(c) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;

// (in a long text, Chinese labels are tried at each code unit some alternative opens with: a paste of 100,000 holds one in seven; a
// reply is tried at each place)
function zhStart(zh: LabelScript, t: string, from: number): number {
  for (let i = from; i < t.length; i++) if (zh.mayStart(t.charCodeAt(i))) return i;
  return t.length;
}

function scan(script: LabelScript, t: string, byEnd: Map<number, Label>, starts: (t: string, from: number) => number): void {
  const { fill } = script;
  const long = t.length > MAX_REPLY_CHARS;
  // (sticky: tried at each start only; after a label, its next start is looked for from its end, as a global scan goes on)
  for (let s = starts(t, 0); s < t.length; ) {
    const bucket = long ? script.at(t.charCodeAt(s)) : script.whole;
    let m: RegExpExecArray | null = null;
    if (bucket) {
      bucket.re.lastIndex = s;
      m = bucket.re.exec(t);
    }
    if (!bucket || !m) {
      s = starts(t, s + 1);
      continue;
    }
    fill.lastIndex = s + m[0].length;
    const length = m[0].length + fill.exec(t)![0].length;
    const end = s + length;
    let g = 1;
    while (m[g] === undefined) g++;
    const kind = LABELS[bucket.labels[g - 1]!]![0];
    const before = byEnd.get(end);
    // of an English and a Chinese label ending at the same place, the nearer one speaks for the number
    if (!before || before.at < s) byEnd.set(end, { kind, at: s });
    s = starts(t, s + Math.max(1, length));
  }
}

const NUMBER_ALONE = /(?<![a-z\d-])\d+(?:[/.:]\d+)*(?![a-z\d-])/;
/**
 * A harmless thing was named just before: "订单号是多少来着，2024…", "the order I placed, 8841…".
 * It names the first number after it only: in "dob 2/9/54, ss 407882619" the date is the birth's
 * (a number inside a name, "claim number 2024-CL-00981", "version 22H2, build 19045", is not another).
 */
// (or where it is kept, between: "Acknowledgement number I have written in my diary... three one two", "…I have in my phone... it's",
// "The waybill number on my email is, uh, seven-two-oh-oh-four-one"; or offered: "the acknowledgement number here if you need, three one two…")
const KEPT_GAP = /^\s*(?:(?:that |which )?(?:i|we) (?:have|had|'ve|keep|kept)(?: got)?(?: it)?(?: (?:written|saved|noted|kept|stored))?(?: down)?(?: (?:in|on) (?:my|the|our) [a-z]+)?|(?:(?:in|on) (?:my|the|our) )?[a-z]+ (?:is|was|says|reads)|if (?:you|u) (?:need|want)(?: it| them| that)?)[\s.…,:]*(?:(?:uh+|um+|er+)[\s.…,]*)?(?:(?:it'?s|it is)\s*)?$/;
const THATS_BEFORE = /\b(?:that'?s|that was|it'?s|it was) (?:me|my|the|his|her|our|just (?:my|the))\s*$/;
export function harmlessNear(t: string, labels: Labels, a: number, answering = false): boolean {
  const i = countAtMost(labels.harmlessEnds, a);
  const end = labels.harmlessEnds[i - 1];
  // (a device names no number after its sentence ends: "It just popped up on my iPad. 5 5 8, 0 3 1" is the code on it; nor anything
  // else, where the number answers a request for a secret: "the last four i guess. six oh oh nine." to a request for the SSN; a thing
  // asked back may name it, "what's your extension? 4-4-1-2?")
  const gap = t.slice(end ?? a, a);
  // (not an abbreviation's point: "apt. 4821 5567")
  if (end === undefined || NUMBER_ALONE.test(gap)) return false;
  // (nor past a code's or a password's label, nearer the number: "客服说验证码发我手机了 是621908" is the code, not the service's number;
  // a phone's, a card's or an account's label may be the harmless thing's own or only named on the way, "客服的电话是…", "the zip code on
  // the account is 70115", "尾号是……等我翻下存折哈……四四洞八")
  if (labelBefore(labels, a, a - end - 1, (l) => l.kind === 'code' || l.kind === 'password')) return false;
  if (a - end > 12) return a - end <= 56 && KEPT_GAP.test(gap);
  // (nor a thing said to be what was read before, after its sentence ends: "two three four five... no, sorry, that's me library card.
  // Here. Two nine eight one…")
  const thing = labels.byEnd.get(end);
  if (thing && /[.!?]\s/.test(gap) && THATS_BEFORE.test(t.slice(Math.max(0, thing.at - 16), thing.at))) return false;
  // (a Chinese full stop, read as ".", has no space after it: "算嘞，尔是ETC个。三八，幺勾，洞四" answers the request for the code)
  return !(/[.!?]\s/.test(gap) && DEVICE_BEFORE.test(t.slice(Math.max(0, end - 12), end)))
    && !(answering && /[.!]\s|(?<=[\u4e00-\u9fff])[.!]$/.test(gap) && !(/^\.\s*$/.test(gap) && !/[a-z]{4}$/.test(t.slice(Math.max(0, end - 4), end))));
}

/** How many of the sorted `xs` are at most `a` (found by halving). */
export function countAtMost(xs: ArrayLike<number>, a: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some end in the sorted `ends` lies at most `within` before `a`. */
export function endWithin(ends: readonly number[], a: number, within: number): boolean {
  const i = countAtMost(ends, a);
  return i > 0 && a - ends[i - 1]! <= within;
}

// Someone else's number: the caller's, the account money is sent to, the number one reports (not "打字给你 身份证…": given to the caller).
// ("ur old numbr was 07700 900 481 wasnt it": the one someone had before is theirs too)
const OTHERS = /(?:\b(?:(?:your|ur|his|her|their)(?: (?:old|new|other|real|usual|direct|main|office|work|callback|call-?back))?|the caller's|you(?:'re)? calling from|calling from|from|to)|(?:(?<![给发诉念信听俾畀])你|(?<![给发诉念俾畀])你们|他们?|她们?|对方|转到|你(?:刚才|刚刚|之前|上次)?说的|你给的|(?:你|您)(?:发|给)(?:给我)?的|(?:他|她|他们|她们|对方)(?:发|给)(?:给我|我)?的)(?:的)?(?:那个|这个|那张|这张|那|这)?|转入|汇到|打到|转给|汇给|来电|举报|the same)\s*(?:的)?\s*$/;
/** The label starting at `at` names someone else's card, account or number. */
// (a relative's, named just before, is the person's to give: "my late husband, his social was 266-40-1175", case 87)
// (and "the same password for everything" is one's own; an ID someone's, "Her social security card just came", is a relative's: no one
// knows a stranger's)
export const othersLabel = (t: string, at: number, kind?: LabelKind, talk?: Talk) => talk?.may(OTHERS) !== false && OTHERS.test(t.slice(Math.max(0, at - 16), at))
  // (a label that says whose it is, "it will come from my number 01822-306419", is the person's)
  && !/^(?:my|our) /.test(t.slice(at, at + 4))
  && !(/\b(?:his|her)\s*$/.test(t.slice(Math.max(0, at - 8), at)) && (kind === 'id' || RELATIVE_BEFORE.test(t.slice(Math.max(0, at - 48), at))))
  // ("我老伴来说。她身份证号是…": in Chinese, where the relative is named, not "那个女警察说她的证件号")
  && !(/(?:他|她)(?:的)?\s*$/.test(t.slice(Math.max(0, at - 4), at)) && RELATIVE_BEFORE.test(t.slice(Math.max(0, at - 24), at)))
  && !(/\bthe same\s*$/.test(t.slice(Math.max(0, at - 10), at)) && /^(?:password|passcode|pin)\b/.test(t.slice(at, at + 9)));

// A number the person says they will call, dial or report to ("call the sheriff's office at 555-0100"), or ring themselves by name ("I'm
// calling GTConnect on 0700 482 666 328 myself", "im ringing hmrc meself on oh three hundred…") or as whose it is ("I'm ringing your old
// number on the landline. Oh seven seven nine oh…"), or rang by whose it is ("I just phoned Mr Moyo on his usual number 0772 418 830"),
// or off the card ("I'll ring the one on the card, the oh-three-four-five"), or one a text is forwarded or sent to ("forwarding the lot
// to 7726", "Bilal sent my CNIC to 8500", "checked by sending CNIC to 8500", "send it on to 7726"; not "send it to 773-590-2861", the person's
// own for a gift to be sent to), or one a payment goes to, as a payment's prompt says it ("You are sending FJD 870.00 to 9453017", "Confirm
// payment TSh 380,000 to LIPA NAMBA 556712"), or one called by its name alone, right before it ("i am calling bkash 16247").
// (with the line named after it: "I will call Saskatoon police myself, the non-emergency, three-oh-six…"; or its start put right: "I'm
// calling your cell, the number on my fridge, six oh four... no, two five oh…")
const CALL = /(?:(?<!\b(?:you|u|they|he|she)(?: (?:can|could|should|may|will|just))? )\b(?:call|ring|phone|dial)(?:ing)? (?!(?:me|us|you|u|back)\b)(?:my [a-z]+|[a-z&'-]+) on(?: (?:his|her|their|the|its))?(?: [a-z0-9-]+)?(?: (?:number|line|cell|mobile))?(?: ending(?: in| with)?)?\s*$|\b(?:call|ring|phone|text)(?:ing)? (?:you|him|her|them) back (?:on|at) (?:your|his|her|their) (?:usual |regular |normal |old |own |other )?(?:number|mobile|cell|phone|landline|one)\b[^.!?\d]{0,12}|\b(?:phoned|called|rang|rung|texted|messaged|whatsapped|tried)(?: [a-z.']+){1,3} on (?:his|her|their) (?:usual |own |normal |real |regular |old |work |home )?(?:number|mobile|cell|phone|landline|line)\b[,:]?|\b(?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing)(?: up)? (?:the (?:one|number|line)|them|it) (?:on|off|from) (?:the back of )?(?:my|the|your) (?:debit |credit |bank )?card\b[^.!?\d]{0,24}|\b(?:reply|text|txt) (?:(?!it |that |them |me )[a-z]+ )?to|\b(?:call|calling|called|dial|dialing|dialling|dialled|dialed|ring|ringing|rang|rung|phone|text|report(?:ed|ing)? (?:it |this |that |you |them |(?:the|this|that|your) (?:text|message|number) )?to|forward(?:ed|ing)? (?:[a-z']+ ){0,3}to|(?:sent|sending|texted|smsed) (?:(?:my|the|it|this|that|a|an|his|her|their) )?(?:[a-z]+ ){0,2}to|send (?:it|them|this|that|the (?:text|message)s?) on to|send money to)(?: (?:them|the bank|the police|you|it|him|her|the [a-z]+|the (?:[a-z]+ )?[a-z]+'s(?: [a-z]+)?|the (?:[a-z]+ )?(?:office|department|station|clinic|hotline|helpline|branch|store|company|agency)))?(?: (?:back|now|right now|again|first))?(?: (?:at|on))?|\b(?:i'm|i am|and|now|i'll|i will) (?:call|calling) (?:the|their|its) (?:[a-z]+ )?(?:office|department|hotline|helpline|line|desk),|\b(?:i'm|i am|i'll|i will) (?:call|calling|text|texting|ring|ringing) (?:my )?[^\s\d.,!?']+'s (?:own |usual |regular |normal |old |new |work |home )?(?:cell|phone|mobile|number|line)(?: (?:first|now|right now|instead))?,(?: the (?:number|one)\b[^!?\d]{0,24}[.,:]?)?|\b(?:i'?m|i am|i'?ll|i will|im|ill|(?:i'?m|i am) going to|let me|lemme|gonna)(?: just)?(?: (?:hanging up|hang up|going to hang up) and)? (?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing|try|trying) (?!(?:me|you|u)\b)(?:[a-z&'-]+ ){0,3}?(?:(?:myself|meself|directly|instead|now|first) )?(?:on|at)|\b(?:call|calling|ring|ringing|phone|phoning)\b[^.!?\d]{0,30}\b(?:myself|meself)(?: (?:on|at)|,)|\b(?:i'?m|i am|i'?ll|i will|im|ill|let me|gonna|going to)(?: just)? (?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing) (?!(?:me|you|u|my|your|his|her|their|the|this|that|it|back|them|him|us)\b)[a-z&'-]+(?: (?:hotline|helpline|support|customer care|customer service))?|\b(?:i'?m|i am|i'?ll|i will|im|ill|let me)(?: just)? (?:call|calling|callin'?|ring|ringing|ringin'?|phone|phoning|dial|dialling|dialing|try|trying) (?:(?:you|him|her|them) )?(?:back )?(?:(?:on|at) )?(?:your|his|her|their|the) (?:old |new |real |own |other |usual |regular |normal )?(?:number|mobile|cell|phone|landline|one)\b(?:[^.!?\d]{0,24}|, the (?:number|one)\b[^.!?\d]{0,24})[.,:]?|\b(?:i'?ll|i will|ill|let me|lemme|gonna|going to)(?: just)? give (?:your|his|her|their|the|my) (?:old |new |real |own |other |usual |regular |normal )?(?:number|mobile|cell|phone|landline|line|one) a (?:ring|call|bell|buzz)(?: (?:first|now|right now))?[,:]?(?: the)?|(?:^|[.!?,;]\s*)(?:now |so )?(?:calling|ringing|phoning) (?!(?:me|you|u|my|your|his|her|their|the|this|that|it|back|them|him|us)\b)[a-z&'-]+(?: (?:hotline|helpline|support|customer care|customer service))?|\b(?:sending|paying|payment(?: of)?|transferring)\b(?:(?![.!?]\s)[^\n]){0,24}?\d[\d,.]*(?: ?[a-z]{2,4})? to(?: (?:lipa namba|till(?: number| no)?|paybill|merchant|account|a\/c))?|拨打|拨|打|致电|打给|打到|热线|举报到?|投诉到?|联系|回拨)(?:,? the (?:non-?emergency|non emergency|main|local|general|enquiries) ?(?:line|number|one)?,)?(?:[\d\s,-]+(?:\.{2,}|…)\s*(?:no|sorry|wait|i mean)[,.!]?\s*)?\s*(?:电话|号码)?\s*$/;
// (`talk`: t's, where the caller has it: a text without the words any call needs is not read for one at each number)
export const calledNumber = (t: string, a: number, talk?: Talk) => {
  if (talk?.may(CALL) !== false) {
    // (from the number's start, where a piece of it is read: "call the BDO hotline, (02) 8631-|8000")
    const before = withoutNumberBegun(t.slice(Math.max(0, a - 64), a));
    if ((CALL.test(before) || ORG_CALLED.test(before)) && !YOU_REACH_ME.test(before.slice(-48))) return true;
  }
  return iCallZh(t, a);
};
// (a bank or an office rung or reported to by its name, then its number: "I have called HBL 111-111-425", "Sadia is calling HBL phone
// banking 111-111-425", "I am calling SBI customer
// care right now, one eight double oh…", "reported this number to PTA complaint 0800-55055"; not someone's own, "called my son")
const ORG_CALLED = /\b(?:i(?:'ve| have| had| just)* (?:called|rang|dialled|dialed)|(?:i(?:'m| am)|[a-z]+(?:'s| is)|(?:he|she)(?:'s| is)|(?:they|we)(?:'re| are)) (?:calling|ringing|dialling|dialing)|reported (?:[a-z]+ ){0,2}to) (?:the )?(?!(?:my|his|her|your|ur|our|their|me|him|them|us|you|u|from|back|it|that|this|a|an)\b)[a-z&'-]+(?: (?:customer care|customer service|help ?line|hot ?line|complaints?(?: cell| line)?|care|helpdesk|phone ?banking))?(?: (?:right )?now)?[,:]?\s*$/;
const NUMBER_BEGUN = /(?:\(\d{1,4}\)\s*|\+?\d{1,4}[\s-])+$/;
/**
 * `s` without a number's start at its end. The pattern is tried only on the run of digits, marks and spaces `s` ends with: a
 * match is made of nothing else, so it starts there or nowhere (tried at every start of 64 characters, it was 2–3 % of a paste's read).
 */
export function withoutNumberBegun(s: string): string {
  let j = s.length;
  while (j > 0 && isNumberishCode(s.charCodeAt(j - 1))) j--;
  if (j === s.length) return s;
  return s.slice(0, j) + s.slice(j).replace(NUMBER_BEGUN, '');
}
// (digits, "(", ")", "+", "-" and white space)
const isNumberishCode = (c: number) => isDigitCode(c) || c === 0x28 || c === 0x29 || c === 0x2b || c === 0x2d || isSpaceCode(c);
/** The person says in Chinese that they call the number at a. */
export const iCallZh = (t: string, a: number) => (t.charCodeAt(a - 1) > 0x2e7f || t.charCodeAt(a - 2) > 0x2e7f) && (I_CALL_ZH.test(t.slice(Math.max(0, a - 28), a)) || I_CALLED_ZH.test(t.slice(Math.max(0, a - 8), a)) || I_CALL_CARD_ZH.test(t.slice(Math.max(0, a - 20), a)));
// "我先打我爸电话，一三九…", "我刚打了医院总机，0531-…", "我这就给我儿子打电话，1380…", "我刚打了顾总手机 就是135那个": one the person calls (not one they call
// the caller from, "我给你打电话的号码是…")
const I_CALL_ZH = /(?<!给|让|叫|联系|找|通知)我(?:先|现在|这就|马上|刚|刚才|刚刚|已经)?(?:给(?!你|您|我(?:打|拨))[^，,。.！!？?\d]{1,8})?(?:打|拨)(?!算|开|车|卡|工|个比方|不|字|款|钱|扫|印|包|扰|折|听|招呼|给你|给您|你|您)(?:了|过|通)?(?:(?:给)?(?:他|她|他们)|[^，,。.！!？?\d]{0,8}(?:电话|座机|手机|总机|热线|号码))(?:问问?|确认一下|核实一下)?(?:[，,：:\s]\s*(?:就是|号码是|号是)?|就是|号码是|号是)\s*$/;
// (or the bank's, printed on the card: "我打卡背面那个95105588问问", where 打卡 is no clocking in)
const I_CALL_CARD_ZH = /我(?:先|现在|这就|马上|自己)?(?:打|拨)(?:银行)?卡(?:背面|背后|上面?)(?:的|那个)?(?:电话|号码?|客服)?[，,：:\s]*$/;
// (or the number itself right after: "我打了一三九零四三五二二八七 小刚接的")
const I_CALLED_ZH = /(?<!给|让|叫)我(?:先|刚|刚才|刚刚|已经)?(?:打|拨)(?:了|过)\s*$/;
// ...but not one the person tells the caller to use for them: "you can text reminders to 208-555-0166"
// (or tells the caller to, as the reply opens: "Call 312.555.0148, that's me", "text to two zero six…", "If you must, text 518-302-7716"; "电话就打 138…")
/** Places and firms whose numbers are theirs to publish: a reply or a line that names one's number names no person's. */
export const BUSINESS = '(?:shop|store|company|office|clinic|doctor|prescriber|pharmacy|dealer|dealership|bank|school|hospital|practice|garage|business|agency|department|firm|restaurant|hotel|airline|insurer|provider|physician|dentist|vet)';
export const FAMILY = '(?:dad|mom|mum|father|mother|wife|husband|son|daughter|brother|sister|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|neighbou?r|friend|buddy|roommate|boyfriend|girlfriend|fianc[eé]e?|kid|child|partner|caregiver|carer|caretaker|housekeeper|nanny|babysitter)';
/** The text names one of the person's relatives or friends ("my son", "我老公"). */
export const namesRelative = (t: string) => RELATIVE_BEFORE.test(t);
const RELATIVE_BEFORE = new RegExp(`\\b(?:my|our) (?:late |ex-?)?${FAMILY}\\b|(?:我|我们)(?:的)?(?:老公|老婆|老伴|丈夫|妻子|爱人|儿子|女儿|孩子|孙子|孙女|外孙|爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥|姐|弟|妹)`);
// ...nor a relative's the person gives to be reached through: "call her 773 418 2260", "text my son at…" (case 87)
const YOU_REACH_ME = new RegExp(`\\b(?:call|text|reach|ring) (?:her|him|my ${FAMILY}|my (?:house|home|cell|mobile|phone|landline|work)(?: first)?)(?: (?:at|on))?\\W{0,3}$|` + /\b(?:(?:you|they|he|she) (?:can|could|may|should|will|'ll)|(?:the )?(?:driver|courier)(?: (?:can|could|may|should|will|'ll))?) (?:call|text|send|reach)(?: (?:me|reminders|texts|messages|them|it|those))?(?: (?:to|at|on))?\s*$|(?:^|[.!?]\s|\bor |\bif you (?:must|want|like|need(?: to)?|have to|insist),?\s)\W*(?:just\s+)?(?:please\s+)?(?:call|text|send it)(?: me| it)?(?: to| at| on)?\s*$|(?:电话|手机)(?:号码?)?(?:就|直接|可以)?(?:打|拨)\s*$|我(?:的)?(?:手机|电话)(?:号码?)?(?:(?!拨|打)[^。！？\d]){0,12}$/.source);
/** "my granddaughter's number… it's 702-418-3365": a relative's number given, or one's own, said a little before. */
// ("His number is 614-302-5581", "Will he call my cell? It's 971-208-5563", "call my house first, 207-884-3120")
// ("No, that's my old number, I changed it. Use 310-882-5146 instead.", "let me give you her number. It's Amanda, 404-719-6023")
// ("My roommate's home, call Devin at 718 555 3090")
export const FAMILY_NUMBER_BEFORE = new RegExp(`(?:\\bmy (?:${FAMILY}(?: [a-z]+)?'?s )?|\\b(?:his|her|our) (?:${FAMILY}(?: [a-z]+)?'?s )?)(?:(?:cell|mobile|home|work|phone|new|house) )?(?:number|phone|cell|line)\\b[^.!\\d]{0,40}$|\\bmy (?:old|new) (?:number|one|cell|phone)\\b[^!\\d]{0,48}$|\\bgive you (?:my|her|his) (?:[a-z]+'s )?(?:number|cell|phone)\\b[^!\\d]{0,32}$|\\b(?:my|his|her|the|our) ${FAMILY}(?:'s)?(?: [a-z]+){0,2}(?:,| is)\\s*$|\\bmine(?:'s| is)\\s*$|\\b(?:call|text|reach|ring|try|whatsapp|message) (?:me|her|him|my (?:house|home|cell|mobile|phone|landline|work|personal))\\b[^.!?\\d]{0,24}$|\\bmy ${FAMILY}, [a-z]+,? (?:at|on)\\s*$|\\b(?:call|calling|text|texting|reach|ring|ringing|try) (?:my|our) ${FAMILY}\\b[^.!?\\d]{0,40}$|\\b(?:my|our) ${FAMILY}(?:'s| is) (?:home|here|there|in|around|on site|at home)\\b[^.!?\\d]{0,12}\\b(?:call|text|reach|ring|try) [a-z]+ (?:at|on)\\s*$|(?:^|[.!?]\\s+|\\bor )(?:just\\s+)?(?:please\\s+)?(?:call|text) (?:me )?(?:(?:at|on) )?$|\\b(?:(?:the )?driver|courier|they|he|she)(?: can| could| should| may)? (?:call|text|ring)(?: me)?(?: (?:at|on))?\\s*$|\\bleave (?:a |me a )?(?:message|voicemail|text) (?:at|on)\\s*$`);

// Someone else's phone number, a little further back: "why are you calling from 138…".
// A named someone's number ("HMRC's number", "the bank's fraud line"), not a family member's, whose number the person may give for them.
const SOMEONES_NUMBER = "(?<!\\bmy (?:[a-z]+ )?[a-z]{0,12})\\b(?!(?:dad|mom|mum|father|mother|wife|husband|son|daughter|brother|sister|grandson|granddaughter|grandma|grandpa|kid|child|partner|patient)'s)[a-z]+'s (?:phone |main |fraud |help ?line |office )?(?:number|line)";
const SOMEONES_BEFORE = new RegExp(`${SOMEONES_NUMBER}\\W{0,4}$`);
/** "Ring HMRC's number, 0300 200 3300": the number at a is a named someone's. */
export const someonesNumberBefore = (t: string, a: number) => SOMEONES_BEFORE.test(t.slice(Math.max(0, a - 32), a));
// ("the call came from 800 555 1234"; not "it's from PayPal, 2 8 3…": after a comma, what the text from them says; nor a sentence on,
// "I've literally just text you from it. oh 7712 double 4 8 oh 93"; "this number" is the caller's, but "its this number 07700 900 362"
// answering a request for the mobile is the person's own; "那个号" is someone else's, not a relative's handed over, "她那个号是……幺三九…")
const NOT_MINE_NEAR = new RegExp(`(?:\\byour\\b(?! call\\b)|\\b(?:your|ur) (?:old|new|other|real|direct) (?:numbe?r|no|phone|cell|mobile|line)(?:'s| was| is)?|\\btheir\\b|call(?:ing|ed)(?: me| us| you)? from|you(?:'re| are)? text(?:ing|in'?)(?: me| us)? from|(?<!\\b(?:it'?s|its|it is|use|reach me on|call me on|text me on) )this number|that number|\\breport|${SOMEONES_NUMBER}|(?<![信听])(?:你|您)的|你这个|你们(?!(?:好|就?能|就?可以|方便))|(?:你|您)(?:的|新的?|那个)?(?:手机|电话)?号码?|给(?:你|您)(?:原来|以前|之前|老)的?那个|(?:你|您)(?:发|给)(?:我|过来)?的|我存(?:上|下|好|一下)了?|(?:已经|都)存(?:上|下|好)了|(?<![我发用到]|联系我(?:就|请|直接)?打|我现在)这个号(?!不用|停)|(?:你|您)(?:刚才|刚刚)?(?:打给我|打过来|打来|念|说|报|读)的|(?:他|她|对方|骗子|那人|那个人)(?:用来)?(?:打(?:给)?我|打过来|打来)的(?:号码|号|电话)|(?:加|添加)了?(?:他|她|对方|骗子)的?(?:微信|qq)[^，。！？,.!?\d]{0,10}(?:号码|号)|(?:对方|骗子)的?(?:微信|qq|电话|手机)[^，。！？,.!?\d]{0,10}(?:号码|号)|(?<![我发用外她]|要的|(?:我|俺)的?(?:原来|原先|以前|之前|老|旧|另外|另一个|自己|私人)的?|(?:闺女|女儿|儿子|老伴|老公|老婆|孙子|孙女|外孙|爸|妈)的?)那个号(?!不用|停)|举报|来电)[^\\n]{0,12}$|\\bfrom\\b(?! (?:my|our) (?:own )?(?:number|phone|mobile|cell|line|whatsapp)\\b)(?:(?![.!?]\\s)[^\\n,]){0,16}$`);
// (read again a little further back, where "my buddy Jim's number is" shows the someone is the person's own)
// (not where the person names it theirs just before: "微信绑的不是这个号，是我另一个号，幺三八…")
export const othersNumberNear = (t: string, a: number) => (NOT_MINE_NEAR.test(t.slice(Math.max(0, a - 24), a)) && NOT_MINE_NEAR.test(t.slice(Math.max(0, a - 40), a)) && !MY_OTHER_NUMBER_ZH.test(t.slice(Math.max(0, a - 12), a))) || saidToMe(t, a);
const MY_OTHER_NUMBER_ZH = /(?:我|俺)的?(?:另一个|另外一个|另外的?|私人的?|自己的?)(?:号|号码|手机号?|电话)[\s,，:：]{0,2}$/;
// A number the caller said earlier in the call, repeated: "you said 8812, right?", "the case number you gave me, 58-4410".
const YOU_SAID = /\byou (?:told|gave|said|read|mentioned)(?: me| us| it)?\b[^\n]{0,8}$|(?:你|您)(?:说的|给的|发的|刚才说)[^\n]{0,6}$/;
export const saidToMe = (t: string, a: number) => YOU_SAID.test(t.slice(Math.max(0, a - 32), a));

// An amount: a currency or money verb before, a unit after. "转了5000", "I owe 3500", "5000元", "3 days".
/** A sum's currency as written before its digits: its sign or its code ("$50", "USD 487.00", "Ksh 3,500"). */
// (and Botswana's pula, a bare "P" where a sum is talked of: "balance still P 212")
export const CURRENCY = String.raw`¥|￥|\$|€|£|₹|₦|₱|\b(?:rmb|cny|usd|hkd|eur|gbp|inr|rs\.?|ngn|php|zar|ghs|ghc|kes|ksh|ugx|tzs|tsh|zmw|mwk|aud|cad|nzd|sgd|myr|pkr|bdt|jmd|ttd|xcd|bwp|fjd)|\bp(?<=\b(?:balance|still|only|of|for|pay|paid|send|sent|about|just|cost|costs|worth|fee|charge|transfer|transferred) p)(?= ?\d|\s?$)`;
// (a seller's price too: "出 1500 不刀", "卖1800")
const AMOUNT_BEFORE = new RegExp(String.raw`(?:${CURRENCY}|\b(?:lakhs?|lacs?|crores?|owe[ds]?|owing|pay|paid|paying|price|cost|costs|deductible|premium|co-?pay|each|per|apiece|i'?m|i am|he'?s|she'?s|i'?ll be|makes me|turning|turned|aged?|lend|lent|borrow(?:ed)?|loan|limit|cash(?:ed|ing)? ?out|withdr(?:ew|awn|aw|awing)|took out|balance|salary|income|earn(?:ed)?|spent|spend|worth|fee|fine|total|sum|deposit(?:ed)?|transfer(?:red)?|wire[ds]?|refund(?:ed)?|lost|about|around|over|under|only|almost|nearly|age|aged|have|has|out of(?: the| my)?|like(?<=\b(?:lost|spent|paid|owed?|cost|costs|earned|made|won|borrowed|lent|sent) like))|第|有|共|总共|一共|出|卖了?|开价|要价|标价|售价|花了|借了?|贷款?|额度|欠了?|赔了?|转了?|转账|汇了?|付了?|交了?|押了?|垫了?|充了?|(?:充|转|付|交|汇|存)(?:好|完)了?|转出去了?|转走了?|充值了?|投了?|存了?|还了?|给了|损失了?|rent|(?:rent|stipend|salary|wages?|pension|allowance|bill|fee|fine|price|cost|balance|premium|income|budget)(?: is| was|'s| are| were)(?: (?:like|about|around|only|just|maybe))?|up to|down to|(?:去年|前年|今年|年时|旧年|上年)(?:还是|也是|都是|不是|是|係|系|才|就|只)?|(?:乘以?|除以|×)\s*\d+(?:\.\d+)?\s*(?:是|得|等于|=)|乘以?|除以|等于|×|余额|工资|月薪|年薪|利息|月息|年息|月入|评分|信用分|一年|一个月|到账|公积金|房贷|车贷|手续费|薪水|薪资|进账|入账|进了|收入|金额|手续费|保证金|押金|罚款|房租|租金|房贷|车贷|月供|学费|话费|电费|水费|到手|大概|大约|差不多|只有|才|将近|超过|人民币|美元|港币|扣款|扣费|扣了|扣咗|扣除|消费了?|支出|转出|可领|能领|领了|可借|能借|提现|退款|(?:余额|保证金|押金|工资|金额|额度|利息|手续费|罚款|房租|租金|学费|月供|欠款|本金)[^\d，。！？,.!?码号]{0,6}(?:是|为|剩了?|只有|才))\s?$`);
// (a currency named after, the Pacific's and Africa's too: "like 1400 tala", "500 vatu", Kenya's "1 bob")
// (not "am" that is "I am": "ID no 8821064 am a retired teacher")
// (a thousand's k and 万's w glued to the number, "5k", "3w": not a letter said after it, "…oh six one... five W", a PPS number's)
const AMOUNT_AFTER = /^[\s-]?(?:的(?:保证金|押金|手续费|服务费|罚款|会员费|解冻费|违约金|利息|本金|退款|货款|工资|房租|租金|学费|贷款|额度|补贴|红包)|待提现|可提现|待到账|已到账|保证金|押金|手续费|服务费|罚款|会员费|解冻费|违约金|(?:a|per|each) (?:month|week|year|day)\b|每(?:晚|夜|天|间|位|份|人|斤|箱)|晚(?![上饭点])|间(?![隔断])|total\b|monthly\b|and a half\b|and a bit\b|or so\b|ish\b|odd\b|give or take\b|milligrams?\b|tablets?\b|pills?\b|美元|港币|欧元|英镑|日元|元|块|蚊|万|千|百|亿|角|毛|分钟|多|左右|余|yuan|rmb|cny|usd|dollars?|bucks|quid\b|euros?|lakhs?\b|lacs?\b|crores?\b|rupees?|naira|pesos?|rand\b|ringgit|shillings?|cedis?|pounds?|(?:tala|vatu|kina|pa'anga|kwacha|pula|ugx|kes|ksh|tsh|bob)\b|(?<=\d)[kw]\b|%|％|年|月|号|日|点|分|秒|岁|米|公里|斤|克|个|次|天|人|倍|楼|层|路|(?:国|省|县)?道(?![理歉别谢])|周(?![一二三四五六日天末])|期|笔|张|条|位|名(?!字)|件|people|times|years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|am\b(?!\s+(?:a|an|not|retired|old|sure|sorry|very|still|also|your)\b)|pm\b|a\.m|p\.m|(?:st|nd|rd|th)\b(?![—–])|percent|kg|km|mg|[kmgt]b\b|mcg|ml|miles?|feet|ft|lbs?|pounds?|cubic|gallons?|litres?|liters?|kwh|kilowatts?|therms?|ccf|房间|房|室|o'clock|forms?\b|grand\b|(?:errors?|items?|files?|viruses|threats|alerts|warnings|pop-?ups|accounts|cars|kids|children|grandkids|transactions|charges|payments|orders|packages|parcels)\b|btc\b|eth\b|usdt\b|bitcoins?\b|ether\b|calls?(?! (?:me|us)\b)|messages?|texts?|digits?\b(?! (?:me|us)\b)|each\b|apiece|in the (?:morning|afternoon|evening)|tonight)/;
// A house number: "1456 Oak Street", "12 Main St".
// ("2245 West 18th Street": a direction and an ordinal may come before the street's name)
// ("1500 Broadway", "1842 North Highland": a wide street's name, a direction and a name)
// (or a compass point's letter and the street's name alone: "2208 W Elm, Apt 7C", "410 W Main.")
const STREET_AFTER = /^ (?:(?:[a-z0-9]+ ){0,2}(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl|terrace|parkway|broadway|highway|hwy|route|rte|pike|trail|circle|square)\b|(?:north|south|east|west) [a-z]{3,}|[nsew]\.? [a-z]{3,}(?=[,.]|$| (?:apt|unit|suite|ste|#)))/;
/** A unit, a currency, a sum's name or a street right after index b: "5000元", "3 days", "10%", "2999的保证金", "1456 Oak Street". */
// ("1 3 5 7 pound": a keypad's key after digits pressed one by one, not a weight or a sum)
const KEYPAD = (t: string, b: number) => /^\s?pound\b/.test(t.slice(b, b + 7)) && /\d\s\d\s\d$/.test(t.slice(Math.max(0, b - 5), b));
// A sum in thousands, no more of a number after it ("twenty-five thousand an' me must…", "thirteen thousand?"; not "three thousand nine
// hundred" read out as a card's group; "Fourteen hundred bucks"), looked for far enough to see the number go on.
const THOUSANDS_AFTER = /^[\s-]?hundred\s+(?:bucks|dollars?|pounds?|quid|euros?|rand|rupees?|shillings?|cedis?|naira)\b|^[\s-]?(?:thousand|million|billion)\b(?!\s*(?:and\s+)?(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))/;
export const unitAfter = (t: string, b: number) => (AMOUNT_AFTER.test(t.slice(b, b + 12)) && !KEYPAD(t, b)) || THOUSANDS_AFTER.test(t.slice(b, b + 24)) || STREET_AFTER.test(t.slice(b, b + 32));
// A time: "at ten fifteen", "around 6:30", "until 1030", "by like one thirty".
const TIME_BEFORE = /\b(?:at|around|about|by|until|till|before|after|past|from|between)(?: (?:like|uh|um|maybe|say|roughly))?\s*$/;
// ("at 10 tomorrow", "around 6:30")
const HOUR = /^(?:[1-9]|1[0-2])(?:[0-5]\d)?$/;
/** An hour, or an hour said again more closely after a comma: "by four, four fifteen". */
const hours = (said: string) => said.split(/,\s*/).every((piece) => HOUR.test(piece.replace(/\D/g, '')));
// ("twelve forty today", "6 15 tomorrow morning": a time by the day it is on)
const TIME_AFTER = /^\s*(?:today|tonight|tomorrow|this (?:morning|afternoon|evening))\b/;
// (no sum is written as a phone number is: "I have 845-555-0161 now")
const PHONE_WRITTEN = /^\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}$/;
// (nor one read a digit at a time, "She's 6 0 2 4 1 9 7 7 5 0": no sum or age is said so)
const DIGIT_BY_DIGIT = /^\d(?:[ .…]{1,5}\d){4,}$/;
// (nor one from a 0 another digit follows, "仲有028" after a code's start: no sum is written so)
const ZERO_LED = /^0\d/;
export const amountAround = (t: string, a: number, b: number) => unitAfter(t, b) || (AMOUNT_BEFORE.test(t.slice(Math.max(0, a - 16), a)) && !PHONE_WRITTEN.test(t.slice(a, b)) && !DIGIT_BY_DIGIT.test(t.slice(a, b)) && !ZERO_LED.test(t.slice(a, b)))
  || (hours(t.slice(a, b)) && (TIME_BEFORE.test(t.slice(Math.max(0, a - 16), a)) || (TIME_AFTER.test(t.slice(b, b + 18)) && !/^\d(?: \d){2,}$/.test(t.slice(a, b)))));

/** Words that mean a verification code is being talked about. */
export const CODE_CUE = /code|otp|verification|verify|digits|\bsms\b|\btext(?:ed)?\b|message|says|received|验证码|动态码|校验码|短信|显示|收到|(?<![号条维编邮区密尺扫a-z])码/g;
// A cue inside a refusal ("I won't give you the code", "不给验证码") is not about a number given.
// ("I'm not giving you any one-time password", "I won't give the last four of my social"; not "Oh no. My PIN is, um, 4 0…", a cry)
// (not a question asked by saying a verb twice, "要不要我把卡号报给你": 不 between the same two characters; nor "要不", "how about",
// proposing: "要不我把他社保卡号念给你")
const NEGATED = /(?:(?<=(.))(?<!要)不(?!\1)|(?<=要)不(?!要|我|咱|俺|你|就|然|这样|先)|^不|没|别|勿|\b(?:won't|will not|not|never|don't|do not|(?<!\boh )no|can't|cannot)\b)[^\n]{0,8}$|\b(?:won't|will not|not|never|don't|do not|can't|cannot) (?:be )?(?:giving|give|telling|tell|sharing|share|reading|read|saying|say)(?: (?:you|it|out))?(?: (?:any|my|the|your|that|this|a))?(?: (?:last|first) (?:four|4|two|2|three|3|six|6)(?: digits)? of(?: my| the)?)?\s*$/;
// (`talk`: t's, where the caller has it: a text holding no word of a negation is not read for one at each label)
export const negatedAt = (t: string, at: number, talk?: Talk) => talk?.may(NEGATED) !== false && NEGATED.test(t.slice(Math.max(0, at - 48), at));

/** The kinds of secret a label can name: what a value left out (a placeholder), a part or a cardinal after it is. */
export const SECRET_KINDS: ReadonlySet<LabelKind> = new Set(['card', 'id', 'password', 'code', 'phone']);
/** The secret a label names: a card's security code is the card's. */
export const secretOf = (kind: LabelKind | undefined): LeakKind | undefined => (kind === 'cvv' ? 'card' : kind && SECRET_KINDS.has(kind) ? (kind as LeakKind) : undefined);

/**
 * The label ending nearest before `at`, within `within` characters, that `accept` takes (given the label and where it ends): looked
 * up by position, not by going through every label (a 100 kB paste holds thousands).
 */
export function labelBefore(labels: Labels, at: number, within: number, accept: (l: Label, end: number) => boolean = () => true): Label | undefined {
  const ends = endsOf(labels.byEnd);
  for (let i = countAtMost(ends, at) - 1; i >= 0 && ends[i]! >= at - within; i--) {
    const l = labels.byEnd.get(ends[i]!);
    if (l && accept(l, ends[i]!)) return l;
  }
  return undefined;
}
// The labels' ends in order, sorted once a text: a look back goes through the labels in reach, not each position before (a paste
// asks thousands of times). Labels are only re-kinded or dropped once scanned, never added, so an end gone is skipped as it is met.
const ENDS = new WeakMap<Map<number, Label>, number[]>();
function endsOf(byEnd: Map<number, Label>): number[] {
  let ends = ENDS.get(byEnd);
  if (!ends) ENDS.set(byEnd, (ends = [...byEnd.keys()].sort((x, y) => x - y)));
  return ends;
}
