// What a reply means: cue phrases in English and Chinese, weighed, with negation.
// Cues match on substrings of the normalised text (Chinese has no spaces to split on, and
// Intl.Segmenter cuts 验证码 into 验证|码), each with a weight: 3 strong, 2 medium, 1 weak.
// A negated cue turns into another intent ("I won't send it" is a refusal, "don't hang up" is not
// a hang-up). The decision prefers a clear safe reply over a weak "ok", and says "unclear" (low
// confidence) when safe and unsafe signals fight without a winner.
import type { Intent } from '../core/schema';
import type { Ask } from './model/context';
import { LiteralSet, SplitRegex } from './split-regex';

type Weight = 1 | 2 | 3;
type Neg = { intent: Intent; w: Weight } | null;

interface Cue {
  re: RegExp;
  intent: Intent;
  w: Weight;
  /** What the cue means when negated; undefined = never negated (the cue carries its own "not"). */
  neg?: Neg;
  lang: 'en' | 'zh';
  /** Read in a text of any script; otherwise only in one that has the cue's letters (Latin for English, Han for Chinese). */
  any?: true;
}

export interface IntentReading {
  intent: Intent;
  confidence: number;
  /** Read from what the caller's line asked, or from a pattern as exact (readIntentAgainst), so it decides, as a secret given away does. */
  byContext?: true;
}

// A threat to report the caller if the story does not hold (guide case 38): "提不出来我就报警", "or I'll call the police". It
// stands up to the caller, bringing nobody in (the 不 of "提不出来" is the condition's, never the report's); a cue, and with
// nothing going along beside it, the reading (readIntentAgainst).
const REPORT_IF_ZH = /(?:我|那我|我们)?就(?:去|要)?(?:报警|举报你|告你)|(?:不然|否则|要不然?)(?:我)?(?:就)?(?:去|要)?(?:报警|举报你)/g;
const REPORT_IF_EN = /\b(?:or (?:else )?|otherwise |then )i(?:'ll| will| am going to|'m going to|'m gonna) (?:call the police|report (?:you|this|it))\b/g;
// Returning the caller's affection ("I miss you too", "我也想你"): it takes up the relationship a romance script builds (guide case
// 139); said with a goodbye ("Love you too. Bye, bye.") it closes the call, a stall (case 5)
const AFFECTION_RETURNED = /\b(?:miss|love) (?:you|u|ya) (?:too|as well|more)\b|我也(?:好|很)?(?:想|爱|喜欢)你/;
const GOODBYE = /\b(?:bye|goodbye|good night|talk (?:to you )?(?:later|soon)|see (?:you|ya))\b|再见|拜拜|晚安/;
// Picking a day or a time ("那就周二吧", "周三上午吧", "let's do tuesday", "thursday works"): it takes up what was arranged (guide case 11:
// the part that acts decides, whatever thanks come after it)
const PICKS_TIME = /(?:^|[,，。.!！\s])(?:那就|就)?(?:(?:下)?(?:周|星期|礼拜)[一二三四五六日天](?:上午|下午|早上|晚上)?|明天(?:上午|下午|早上|晚上)?|后天(?:上午|下午|早上|晚上)?)(?:吧|行|可以|好了)|\b(?:let'?s (?:do|say|go with)|i'?ll (?:take|come on|do)) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)(?: (?:morning|afternoon|evening))? (?:works|is (?:good|fine|best)|suits me)\b/;

// ---------- English ----------
const FAMILY_EN =
  '(?:son|sons|daughter|daughters|husband|wife|kids?|children|family|mum|mom|mother|dad|father|parents|brother|sister|grandson|granddaughter|grandchildren|grandkids|nephew|niece|friends?|neighbou?r|colleagues?|partner|spouse|uncle|aunt|lawyer|accountant|cousin|child|boy|girl|other half)';
/** People one asks before acting: family and friends, and the doctor, manager, relatives... */
const PEOPLE_EN =
  `(?:${FAMILY_EN.slice(3, -1)}|relatives|relations|in-laws|grandma|grandpa|granny|grandparents|doctor|gp|physician|pharmacist|manager|supervisor|line manager|boss|team leader|teacher|carer|caregiver|nurse|pastor|priest|vicar|financial advi[sc]er|advi[sc]er|social worker)`;
/** A named or titled person: "Mr. Chen", "Dr Wang", "Uncle Li". */
const NAMED_EN = '(?:mr|mrs|ms|miss|dr|doctor|uncle|auntie|aunt|grandpa|grandma|director|professor|manager|teacher|old|little)\\.? [a-z]+';
const ORG_EN =
  '(?:bank|card issuer|courier|delivery company|company|insurer|insurance company|hospital|health (?:bureau|insurance)|medical insurance(?: bureau)?|etc|toll (?:company|office)|highway|platform|shop|store|broker|brokerage|securities firm|hr|boss|manager|employer|office|school|landlord|phone company|carrier|telecom|china mobile|police station|cdc|community office|pharmacy|seller|merchant|customer service)';
const ACT_EN =
  '(?:transfer|wire|send|pay|deposit|move|give|read|tell|click|open|tap|install|download|fill|scan|enter|type|buy|order|invest|join|apply|sign|get|take|put|register|log|share|forward|add|withdraw|borrow|accept|follow|bring|insert|press|unlock|activate|claim|collect|cancel|close|top up|screen ?share|verify it for you|do it|do that|do as|go ahead|grab|fetch|purchase)';
const AUX_EN =
  "(?:i'?ll|i will|i'?ve|i have|i'?m|i am|let me|i can|i could|i just|i already|i'd|we'll|we will|ok|okay|sure|fine|alright|yes|yeah|then|now|so|gonna|going to|i'll just|i'll go|i'm going to)";

const EN: Array<Omit<Cue, 'lang'>> = [
  // hang up
  { re: /\bhang(?:ing)? up\b|\bhung up\b|\bhangs up\b|\bput(?:ting)? the phone down\b|\bend(?:ing)? (?:this|the) (?:call|conversation|chat)\b|\bblock(?:ing|ed)? (?:you|your number|this number|this account)\b|\*click\*|\[hangs up\]|\bi'?m done\b|\bthis conversation is over\b|\bwe'?re done\b/g, intent: 'hangup', w: 3, neg: { intent: 'stall', w: 1 } },
  { re: /\b(?:good ?)?bye(?:-bye)?(?: then| now)?\b(?=[.!\s]*$)/g, intent: 'hangup', w: 3 },
  { re: /\bgood ?bye\b|\bbye\b/g, intent: 'hangup', w: 2 },
  // challenge
  { re: /\bscam(?:mer|mers|ming|s)?\b|\bfraud(?:ster|sters|ulent)?\b|\bcon ?artists?\b|\bliars?\b|\blying\b|\bfake\b|\bphishing\b|\bswindl\w*|\bcheat(?:er|ers|ing)?\b|\bbogus\b|\bsketchy\b|\bshady\b|\bdodgy\b|\bsuspicious\b|\bimpersonat\w*|\bcriminals?\b|\bcrook\b|\bnonsense\b|\brubbish\b|\bbullshit\b|\bthieves\b|\bthief\b|\btrick(?:ing|ery)?\b|\bhoax\b/g, intent: 'challenge', w: 3, neg: { intent: 'question', w: 1 } },
  { re: /\bnice try\b|\bi know (?:what|who) you\b|\byou(?:'re| are) not (?:from|the|a real|really|actually|my|who)\b|\b(?:real |genuine |the )?(?:police|officers?|banks?|couriers?|companies|government|bosses|hospitals?|insurers?|doctors?|brokers?|officials?) (?:don'?t|do not|never|wouldn'?t|would never|won'?t) (?:call|ask|text|phone|contact|use|request|need|send|do|work)\b|\breal (?:police|officers?|banks?|couriers?|companies|government|bosses|hospitals?|insurers?|doctors?|brokers?|officials?) (?:don'?t|do not|never|wouldn'?t|would never|won'?t)\b|\bcon(?:ning)? me\b|\btrying to (?:con|trick|cheat|scam|fool|rob)\b|\bno (?:real |legit(?:imate)? |proper )?(?:bank|police(?:man)?|officer|company|courier|government|boss|insurer|hospital|broker|official)s? (?:would|will|ever|asks?)\b|\bnot falling for\b|\b(?:would|will|do(?:es)?) never (?:call|ask|text|send|request|phone|contact|do this|do that|ask for)\b|\bi'?m not (?:stupid|an idiot|a fool|that naive|naive|falling|born yesterday)\b|\bnot born yesterday\b|\bno such thing\b|\bdoes(?:n'?t| not) exist\b|\bhow (?:do|can|would|could) i know (?:you|this|that|it'?s)\b|\bprove (?:it|that|you)\b|\bpretend(?:ing)? to be\b|\bwho are you really\b|\byou (?:people|guys) again\b|\bi know this trick\b|\bsounds too good\b|\btoo good to be true\b/g, intent: 'challenge', w: 3 },
  // verify
  { re: new RegExp(`\\b(?:call|calling|ring|phone|contact|check with|checking with|confirm with|verify with|email|message|visit) (?:my|the|our|your) (?:own |real |actual |usual )?${ORG_EN}\\b`, 'g'), intent: 'verify', w: 3, neg: { intent: 'comply', w: 1 } },
  { re: /\bofficial (?:[a-z]+ )?(?:app|website|site|hotline|number|channels?|customer service|account|line|page|store)\b|\b(?:number|hotline) (?:on|printed on|on the back of) (?:my|the)\b|\b(?:call|dial|ring|phone|contact|try|calling|dialling|dialing)(?: the)?(?: hotline| number| police on)? (?:96533|95588|955\d\d|110|12393|12333|12345|12315|10086|95518|95519|95511)\b|\bin person\b|\bat the counter\b|\bfront desk\b|(?<!re-)\bverif(?:y|ied|ying)\b|\bdouble[- ]check\b|\blook (?:it|this|that) up\b|\bgoogle (?:it|the number|that)\b|\busual number\b|\bnumber i (?:have|know|saved|got|'ve got|have got)\b|\b(?:number|contact) on (?:my|the|her|his|our) (?:letter|card|bill|statement|contract|agreement|invoice)\b|\bcall (?:them|him|her|it|the bank) back (?:on|at|myself)\b|\bcall back (?:on )?the (?:official|real|number)\b/g, intent: 'verify', w: 3, neg: { intent: 'comply', w: 1 } },
  { re: /\b(?:go|going|head|heading|walk|drive|pop|stop|come|went) (?:down |over |round |in )?(?:to|by|into) (?:the|a|my|our) (?:local |nearest )?(?:bank|branch|counter|service (?:centre|center|hall)|toll station|highway (?:office|service)|post office|hospital|insurance (?:office|bureau)|office|company|clinic|pharmacy|social security|store|shop|police station|dmv)\b|\b(?:pay|do|sort|settle|handle) (?:it|this|that|them) (?:at|in) (?:the|a) (?:post office|bank|branch|counter|store|shop)\b|\bcheck (?:it |this |that )?(?:myself|for myself|on my own|directly|independently|first|with them|through)\b|\bcheck (?:my|the) (?:order|account|app|balance|statement|policy|records?|status|etc|bill|orders|delivery|tracking|insurance)\b|\b(?:log ?in(?:to| on| in)?|sign in(?:to| on)?|open) (?:the|my) (?:own )?(?:\w+ ){0,2}(?:app|website|site|portal|account|banking)\b/g, intent: 'verify', w: 2, neg: { intent: 'comply', w: 1 } },
  { re: /\bcheck (?:in|on|at|through|via) (?:the|my|our|a)\b|\bcheck with (?!my |our |(?:mr|mrs|ms|miss|dr|doctor|uncle|auntie|aunt)\b)[a-z]+|\b(?:check|look|see|view)\b[^,.;!?\n]{0,40}\b(?:myself|app|website|site|official|hotline)\b|\b(?:call|calling|ring|contact|phone|visit) (?:the|my|our) (?:[a-z]+ ){0,2}(?:centre|center|office|bureau|hotline|branch|station|committee|department|clinic|hospital|company)\b/g, intent: 'verify', w: 3, neg: { intent: 'comply', w: 1 } },
  { re: /\b(?:go|going|head|heading|walk|walking|went|come|coming) (?:in|inside|into the (?:bank|branch))(?: and| to)? (?:ask|check|talk|speak)\b|\bask (?:the )?(?:bank )?(?:staff|clerk|teller|counter staff|cashier)\b/g, intent: 'verify', w: 3, neg: { intent: 'comply', w: 1 } },
  { re: /\b(?:96533|95588|955\d\d|110|12393|12333|12345|12315|10086)\b/g, intent: 'verify', w: 1, neg: null, any: true },
  { re: /\bmyself\b|\bon my own\b|\bcheck\b/g, intent: 'verify', w: 1, neg: null },
  // consult
  { re: new RegExp(`\\b(?:ask|asking|talk to|talk with|speak to|speak with|tell|telling|check with|checking with|consult|discuss (?:it|this|that) with|run (?:it|this|that) (?:by|past)|call|calling|ring|ringing|phone|phoning|text|message|wait for|wait until|wait till|let|see what|have|get|show (?:it|this|that|these|those|them|(?:the|these|this|those|my) [a-z]+) to|(?:send|forward) (?:it|this|that|(?:the|this|that) [a-z]+) to|show) (?:my|our|his|her|their) (?:own )?${PEOPLE_EN}\\b|\\b(?:ask|asking|check with|checking with|talk to|speak to|speak with|tell|telling|call|calling|ring|consult|show (?:it|this|that|these|them|(?:the|these|this|those|my) [a-z]+) to) ${NAMED_EN}\\b|\\bpass (?:it|this|that) (?:on )?to (?:him|her|them|my)\\b|\\bask (?:someone|somebody|around|at the bank|at the branch|the bank(?: branch)?|the branch|a lawyer|people)\\b|\\bask (?:at )?(?:the|my|our) (?:[a-z]+ ){0,2}(?:office|committee|centre|center|bureau|branch|station|counter|desk|doctor|pharmacist)\\b`, 'g'), intent: 'consult', w: 3, neg: { intent: 'comply', w: 2 } },
  { re: /\breport(?:ing|ed|s)?\b|\b12321\b|\b96110\b|\banti-?fraud\b|\b(?:call|calling|tell|telling|ask|asking|go to|going to|contact|check with|phone|ring|get|with) (?:the )?(?:local )?(?:police|cops)\b/g, intent: 'consult', w: 3, neg: { intent: 'comply', w: 2 } },
  { re: new RegExp(`\\bmy ${PEOPLE_EN}\\b`, 'g'), intent: 'consult', w: 1, neg: null },
  { re: /\b(?:ask|asking|check with|talk to|speak to|wait for) (?:her|him|them)\b/g, intent: 'consult', w: 2, neg: { intent: 'comply', w: 2 } },
  // refuse
  { re: /\bnot interested\b|\bno,? thanks?\b|\bno,? thank you\b|\bno way\b|\babsolutely not\b|\bdefinitely not\b|\bof course not\b|\bcertainly not\b|\bno chance\b|\bnot a chance\b|\bforget (?:it|about it)\b|\bleave me alone\b|\bstop (?:calling|texting|messaging|bothering|contacting)\b|\bdon'?t (?:call|text|message|contact|bother) me\b|\btake me off\b|\bremove me\b|\bi (?:refuse|decline)\b|\bi'?ll pass\b(?! (?:it|this|that|on))|\bi (?:don'?t|do not) (?:need|want) (?:a |any |the |your |to |that |this |it)?|\bi (?:didn'?t|did not|never|have not|haven'?t|do not|don'?t) (?:apply|applied|order|ordered|buy|bought|request|requested|sign(?:ed)? up|lose|lost|make|made|own|use) (?:for |any|a |an |anything|one|it|that|this|the)?|\bnothing doing\b|\bnope\b|\bnah\b|\bnot doing (?:that|it|this)\b|\bnot happening\b|\bwrong (?:number|person)\b|\bthat'?s not me\b|\bnot (?:giving|sending|paying|telling|clicking|transferring|installing|downloading|buying)\b|\b(?:won'?t|will not|not) get (?:a|one|any) (?:cent|penny|dime|yuan|dollar)\b|\bnot (?:a|one) (?:cent|penny)\b|\bi wouldn'?t\b(?= *[.!]|$)|\bkeep my money\b|\bnot (?:really |very |at all )?comfortable (?:with|sharing|giving|providing|proceeding|doing|disclosing)\b|\b(?:hesitant|reluctant) to (?:share|give|provide|disclose|proceed)\b|\b(?:i'?d|i would) rather not\b|\bprefer not to\b|\bi don'?t do (?:online |mobile )?(?:payments?|transfers?|banking|that|this|loans?)\b/g, intent: 'refuse', w: 3 },
  // "oh no" is dismay, not a refusal
  { re: /(?<!\boh )\bno\b|\bnever\b|(?<!why )\bnot\b/g, intent: 'refuse', w: 1 },
  // comply
  { re: new RegExp(`\\b${AUX_EN} (?:(?!not\\b|never\\b|don'?t\\b)[a-z']+ )?${ACT_EN}`, 'g'), intent: 'comply', w: 3, neg: { intent: 'refuse', w: 3 } },
  { re: new RegExp(`\\b(?:transferr?(?:ed|ing)|wired|sending|sent|paying|paid|deposited|clicked|opened the link|installed|downloaded|filled (?:it|in|out)|scanned|entered|typed|withdrew|inserted|replied (?:t|1|y|yes|td))\\b`, 'g'), intent: 'comply', w: 3, neg: { intent: 'refuse', w: 3 } },
  { re: /\b(?:give|send|tell|read|transfer|pay|click|install|download|wire) (?:you|it|them|the|that|this|money|my(?! (?:son|daughter|husband|wife|family|kids?|children|mum|mom|dad|parents|friends?)))\b|\bhere(?:'s| is| are) (?:the|my|it)\b|\bthe code is\b|\bthe number is\b|\bmy (?:card|account|id|pin) (?:number )?is\b|\b(?:which|what) (?:bank )?(?:account|card|number|bank|app|link|website|details|information|info) (?:should|do|shall|must|can|to)\b|\bwhat (?:do|should|shall) i (?:need to |have to )?(?:do|fill|enter|type|press|pay|send)\b|\blet'?s (?:do it|go|start)\b|\bdo it\b|\bhow (?:do|should|can|would) i (?:transfer|pay|send|install|download|apply|claim|get|do|buy|order|join|register|unlock|fix|sign|receive|withdraw|cancel|open|log)\b|\btell me (?:what|how|where) to\b|\bwhere (?:do|should) i (?:send|pay|transfer|go|click|sign)\b|\b(?:at|in front of|go(?:ing)? to|heading to|near) (?:the|an) atm\b|\bnearest atm\b|\b(?:i|we) (?:want|would like|'d like|need) (?:to (?:buy|order|join|invest|apply|get|claim|receive|try|sign up)|the (?:loan|refund|subsidy|medicine|tips?|compensation|money|package|product))\b|\bsign me up\b|\bcount me in\b|\bgo ahead\b|\bsounds good\b|\bplease (?:help|do|send|process|refund|proceed|go ahead|tell me|guide|cancel|fix|handle|take care of)\b|\b(?:do|cancel|fix|handle|process|take care of) (?:it|this|that|them) for me\b|\bi trust you\b|\bwill do\b|\bright away\b|\bas you (?:say|said)\b|\bwhatever you say\b|\b(?:need|want|like) me to (?:transfer|pay|send|wire|install|download|click|fill|enter|read|give)\b|\bdo (?:what|as|whatever) you (?:say|said|tell|told)\b|\b(?:get|find|grab|fetch|look for|got) (?:my|the) (?:card|id|bank ?card|passbook|bank ?book|code|wallet|id card)\b|\bcheck (?:my|the) (?:phone|messages?|texts?|sms|inbox)\b|\bkeep (?:it|this) (?:secret|quiet|between us|confidential|to myself)\b|\bthat'?s (?:great|wonderful|good news)\b|\bwhat a relief\b|\bi(?:'m| am) (?:ready|here|in(?=[.!,]|$))|\bdone\b|\bsend (?:it\b|me (?:the|your) (?:link|app|account|form|qr|details|number))/g, intent: 'comply', w: 3, neg: { intent: 'refuse', w: 3 } },
  { re: /\bi(?:'m| am) doing (?:it|this|that)\b|\b(?:it'?s|it is|this is) my own (?:transfer|payment|decision|money|choice|business|idea)\b|\b(?:nobody|no one) (?:asked|told|forced|made|is making) me (?:to|do)\b|\bof my own (?:free )?(?:will|accord)\b|\b(?:come|drop|stop|pop)(?: (?:by|over|round|around|in))? (?:tomorrow|today|tonight|this (?:afternoon|evening|morning|weekend)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at (?:\d|noon)|next|any ?time|whenever)\b|\bsee you (?:then|tomorrow|at \d|on [a-z]+day)\b|\byou can come\b|\b(?:reply|replying|text back|texting back|texted back|send back|answer|answering)(?: (?:with|it))? ["']?(?:t|td|y|yes|1)["']?(?![a-z0-9'])/g, intent: 'comply', w: 3, neg: { intent: 'refuse', w: 3 } },
  // (and granting what an app or a caller's tool asks for, "OK, allow all three permissions.", "enable it": the caller's step, case 147)
  { re: /\b(?:transfer|wire|send|pay|give|tell(?! (?:anyone|anybody|no one|a soul|(?:my|our) (?:son|daughter|husband|wife|family|kids?|children|mum|mom|dad|parents|friends?)))|share|click|tap|install|download|fill|scan|enter|type|buy|invest|join|apply|insert|provide|hand over|move|forward|read out|sign|allow(?! me\b)|enable|grant|turn on|switch on)\b|\batm\b/g, intent: 'comply', w: 2, neg: { intent: 'refuse', w: 3 } },
  { re: /\b(?:yes|yeah|yep|yup|ok|okay|sure|alright|all right|fine|correct|that'?s me|it'?s me|speaking|this is (?:she|he|me)|i see|understood|of course|certainly|no problem|thanks|thank you|right|great|good|please|got it|oh dear|oh no)\b/g, intent: 'comply', w: 1, neg: { intent: 'refuse', w: 1 } },
  // question
  { re: /\?/g, intent: 'question', w: 2, any: true },
  { re: /\b(?:how did you (?:know|get|find)|how do you know|who gave you|where did you get|are you (?:from|with|calling from)|which (?:\w+ )?(?:police station|station|bank|company|department|branch|office) (?:are you|is this|did you say)|did you say)\b/g, intent: 'question', w: 3, neg: null },
  { re: /\bwhy (?:would|should) i\b/g, intent: 'refuse', w: 2 },
  { re: /\b(?:what|why|how|who|which|where|when|whose|is it|are you|do you|does|can you|could you|would you)\b/g, intent: 'question', w: 1 },
  // stall
  { re: /\b(?:wait|hold on|hang on|one (?:sec|second|moment|minute)|just a (?:sec|second|moment|minute)|give me (?:a|some) (?:sec|second|moment|minute|time|minutes)|later|call (?:me |you )?back|busy|in a meeting|driving|at work|let me think|think about it|thinking|not (?:right )?now|get back to you|tomorrow|not sure|i don'?t know|reply later|no idea|not (?:convenient|a good time)|bad time|let me see|can'?t talk|can'?t hear|hello|maybe|perhaps|confused|confusing|slow down|repeat|say that again|let me find my glasses|my glasses|battery|signal|in the shower|cooking|not home|next week|some other time|need (?:some )?time|i'?ll think|let me get back|eating|sleeping|not at home|at the doctor)\b/g, intent: 'stall', w: 2, neg: null },
  { re: /\b(?:hmm+|umm*|uh+|erm|er|well|ah|eh|huh)\b|\.\.\.|…/g, intent: 'stall', w: 1, neg: null, any: true },
];

// ---------- Chinese ----------
const FAMILY_ZH =
  '(?:儿子|女儿|闺女|老公|老婆|丈夫|妻子|爱人|媳妇|爸爸|妈妈|爸|妈|父母|孩子|家人|家里人|家属|家里|孙子|孙女|外孙|朋友|同事|邻居|兄弟|姐姐|妹妹|哥哥|弟弟|亲戚|律师|老伴|子女|小孩|别人|任何人|其他人)';
/** People one asks before acting: family, and a titled or named person (陈经理, 王医生, 李主任). */
/** The secrets a scammer asks for, as a reply names them. */
const SECRET_ZH = '(?:验证码|校验码|动态码|密码|口令|卡号|银行卡|身份证号?|账号|个人信息)';
const PERSON_ZH = `(?:${FAMILY_ZH.slice(3, -1)}|亲戚|亲人|民警|社区民警|(?:隔壁|楼下|楼上|对门|邻居)?(?:(?![你您我他她它的这那个])[\u4e00-\u9fa5])?(?:经理|主任|医生|大夫|老师|领导|老板|主管|科长|处长|局长|书记|会计|师傅|阿姨|叔叔|大爷|大妈|大姐|大哥|总))`;
const ZH_VERB =
  '(?:寄|转账|转钱|转给|转过去|转了|转|汇款|汇钱|汇|打钱|付款|付钱|付|交钱|交费|交押金|交|给|发给|发|告诉|报给|报|念给|念|说给|读给|提供|透露|点开|点进去|点链接|点击|点|下载|安装|装|填写|填|扫码|扫|输入|输|开通|办理|办|买|投资|投(?![诉票降])|借|贷|申请|领取|领|操作|登录|注册|加群|入群|进群|加|共享屏幕|屏幕共享|退)';

const ZH: Array<Omit<Cue, 'lang'>> = [
  // hang up
  { re: /挂了|挂掉|挂电话|我挂|先挂|要挂|挂断|拉黑|屏蔽|拜拜|再见|不聊了|不说了|不跟你(?:说了|讲了|聊|废话|扯|啰嗦|多说)|没空(?:跟|和|陪)你|删(?:了|掉)?(?:你|好友)|结束(?:通话|对话)/g, intent: 'hangup', w: 3, neg: { intent: 'stall', w: 1 } },
  { re: /别挂|不要挂|先别挂|等等再挂|不挂/g, intent: 'stall', w: 1 },
  // challenge
  { re: /骗子|诈骗|骗人|骗我|骗钱|骗谁|你骗|行骗|被骗|骗局|是骗|假的|假冒|冒充|钓鱼|忽悠|套路|可疑|不靠谱|不正规|骗术|骗|传销|非法/g, intent: 'challenge', w: 3, neg: { intent: 'question', w: 1 } },
  { re: /别装了|装什么|少来|我不信|不相信|鬼才信|信你才怪|不可能是真的|不会(?:再)?(?:上当|被骗|信你|相信)|(?:公安|警察|银行|法院|检察院|领导|老板|医保局|医院|快递公司|客服|政府|国家|药店|券商|证券公司|疾控)(?:局|中心)?(?:是|的人|根本)?(?:不会|从来不|才不会|怎么会|哪会|不可能|没有)|哪有(?:这样|这种|这么|什么)|没有(?:什么)?安全账户|安全账户(?:是假的|根本|不存在)|你不是(?:银行|警察|公安|客服|快递|我们|我|真的|正规)|你根本不是|不存在的|天上(?:不会)?掉馅饼|当我傻|我又不傻|我不傻|别想骗|想得美|你到底是谁|演得|神经病|滚|有病/g, intent: 'challenge', w: 3 },
  // doubting the caller pointedly (docs/labelling.md, decided case 4): "我怎么知道你是真的客服？", "这不太正规吧"
  { re: REPORT_IF_ZH, intent: 'challenge', w: 3, neg: null },
  { re: REPORT_IF_EN, intent: 'challenge', w: 3, neg: null },
  { re: /怎么(?:知道|确认|确定|相信|判断|保证)[^,.!?;\n]{0,12}(?:真|安全|可靠|正规|合法|骗|不是)|不太(?:正规|合理|靠谱|可信|对劲)/g, intent: 'challenge', w: 3, neg: null },
  // verify
  { re: /核实|核对|查证|证实|官方|官网|客服电话|客服热线|(?:打|拨打|联系|致电|找)(?:一下)?(?:我的|我们)?(?:银行|开户行|发卡行|快递公司|保险公司|医保局|社保局|公司|单位|学校|老板|领导|人事|财务|平台|券商|证券公司|卫健委|疾控|社区|居委会|客服|运营商|高速|交通部门)|(?:打|拨打|拨|联系|致电|问)(?:一下)?(?:官方)?(?:客服)?(?:电话)?(?:955\d\d|96533|12393|12333|12345|12315|10086|95518|95519|110)(?!\d)|营业厅|柜台|网点|亲自|当面|本人去|自己(?:去|来|再)?(?:查|看|打|问|登录|登|核实|确认|联系|处理|办|去)|(?:登录|打开|上)(?:官方)?(?:app|网银|手机银行|淘宝|京东|支付宝|微信|拼多多|官网|国家医保服务平台|医保app|个人所得税)|手机银行|原来的号码|平时的号码|(?:回拨|打回)(?:官方|银行|原号)|确认一下|查清楚|问清楚|搞清楚|弄清楚/g, intent: 'verify', w: 3, neg: { intent: 'comply', w: 1 } },
  { re: /进去问|(?:问|找)(?:一下|问)?(?:银行的?)?(?:工作人员|柜员|大堂经理|保安)/g, intent: 'verify', w: 3, neg: { intent: 'comply', w: 1 } },
  { re: /(?:去|到|上)(?:一趟)?(?:银行|营业厅|医保局|社保局|高速|收费站|服务区|公司|医院|药店|社区|单位)|查一下|查查|我查/g, intent: 'verify', w: 2, neg: { intent: 'comply', w: 1 } },
  { re: /自己|955\d\d|96533|12393|12333|12345|12315|10086|(?:^|[^\d])110(?!\d)/g, intent: 'verify', w: 1, neg: null, any: true },
  // consult
  { re: new RegExp(`(?:问问|问一下|问下|问过|问了|问|商量|说一声|说一下|讲一下|告诉|打个电话给|打电话给|打给|联系|等|叫|找|请教)(?:一下)?(?:我|我的|我们|我们家)?${PERSON_ZH}|(?:跟|和|给|让)(?:我|我的|我们)?${PERSON_ZH}[^,.!?;\\n]{0,6}(?:商量|说|讲|打|问|确认|核实|看看|决定|处理)|${PERSON_ZH}(?:回来|下班|在家)`, 'g'), intent: 'consult', w: 3, neg: { intent: 'comply', w: 2 } },
  { re: /报警|(?:去|到|上)派出所|派出所(?:报案|问)|找警察|问警察|告诉警察|警察来|反诈|96110|12321|举报|投诉|(?:去|到)(?:银行|网点|营业厅|社区|居委会|街道|村委会|物业)(?:问|咨询)|问(?:问|一下)?(?:银行|网点|柜台|社区|居委会|街道|村委会|物业|民警|医生|药剂师)|咨询/g, intent: 'consult', w: 3, neg: { intent: 'comply', w: 2 } },
  { re: new RegExp(`我${FAMILY_ZH}`, 'g'), intent: 'consult', w: 1, neg: null },
  { re: /派出所|警察局/g, intent: 'consult', w: 2, neg: null },
  { re: /(?:问问|问一下|问下|商量)(?:他|她|他们)/g, intent: 'consult', w: 2, neg: { intent: 'comply', w: 2 } },
  { re: /你是哪(?:个|里|家)|你(?:们)?是(?:哪|什么)(?:个|里|单位|部门)|你怎么知道|你从哪|谁给你|你哪来/g, intent: 'question', w: 3, neg: null },
  // refuse
  { re: /不(?:用|要|需要|必要)了|不用(?!问|核实|查|确认|打|报|告诉)[^,.!?]{0,4}了|不需要|不(?:会)?动|一分(?:钱)?(?:都|也)不|(?:都|也)不(?:进|去|要|买|给|转|点)|不感兴趣|没兴趣|不办|不借|不贷|不申请|不买|不要|不去|不参加|不投|不领|不退|不弄|不操作|拒绝|算了|免了|别(?:再)?(?:打|发|来|找|烦)(?:了|来|我)?|不用(?:你)?(?:管|操心|帮)|没(?:有)?(?:申请|买|订|网购|贷款|借|点|下过单|寄|办)|我没有(?:快递|包裹|贷款|ETC|etc|买|订)|不是我|打错了|不接受|不给|不转|不汇|不点|不下载|不装|不填|不告诉(?!(?:别人|任何人|家人|家里|我的家人|其他人))|不提供|不扫|不输|不透露|不念|不报|不发|休想|做梦|没门|免谈|门都没有|不可能给|不会给|不会转|不会告诉(?!(?:别人|任何人|家人|家里|我的家人|其他人))|不会点|不会下载|不用了|不必了|没钱|暂时(?:没有|不需要|不用)|没(?:有)?(?:这个|这方面的?|什么|资金|贷款|投资|理财)?(?:需要|需求)|不行|不可以|不同意|不相信|不信|(?:不|别|甭)(?:想|要|用|会|再)?(?:回(?:复|信|消息|短信|电话)?(?![来去家头国])|理(?!解|由|论|赔|财))|不(?:承)?认(?!识|真|得|为|证|可|同|定|出|错|字)|不(?:会|再)?确认|不(?:会|能|想|要|可能)?(?:跟|和|给|对|向)(?:你|您)(?:们)?(?:核对|确认|核实|说|讲|报|提供|透露)(?!了)/g, intent: 'refuse', w: 3 },
  { re: new RegExp(`(?:不|没|别|绝不)(?:会|能|想|要|可能|敢|再|肯|用)?(?!办法)${ZH_VERB}(?!(?:别人|任何人|家人|家里|其他人))`, 'g'), intent: 'refuse', w: 3 },
  // withholding a secret from anyone is a refusal, whoever else is named: "验证码我不会告诉任何人"
  { re: new RegExp(`${SECRET_ZH}[^,.!?;\\n]{0,8}(?:不|绝不|决不)(?:会|能|可能)?(?:告诉|给|说|透露|念|报)|(?:不|绝不|决不)(?:会|能|可能)?(?:告诉|给|透露|念|报)[^,.!?;\\n]{0,8}${SECRET_ZH}`, 'g'), intent: 'refuse', w: 3 },
  { re: /(?:^|[,.!?\s])不了(?:不了)?(?=[,.!?\s]|$)|不(?:会|能|可能)?(?:在|跟你|对你)?(?:电话里|电话上|这里|网上)(?:说|讲|报|告诉|办|转|给|操作)/g, intent: 'refuse', w: 3 },
  { re: /不用|^不$|^不[,.!]/g, intent: 'refuse', w: 1 },
  // comply
  { re: new RegExp(`(?<![给让叫帮替跟和向对])(?:我|马上|这就|现在|立刻|立即|赶紧|已经|就|那|那我|好|行|可以|我来|我去|我先|我要|我会|我能|我想)(?:去|来|先|就|再|也|还|给你|帮你){0,2}${ZH_VERB}`, 'g'), intent: 'comply', w: 3, neg: { intent: 'refuse', w: 3 } },
  { re: /转账|转钱|转过去|转给你|转了|转完|汇款|汇过去|打钱|付款|付了|交钱|交费|交押金|交保证金|(?:给|发给|发|告诉|报给|念给|说给|读给)(?:你|您)(?!.{0,2}(?:打|举报))|验证码(?:是|为|:)|(?:点|点了|点开|打开)(?:了)?(?:链接|网址|那个)|点进去|点了|点开了|下载(?:了|好了|完了|好)|安装(?:了|好)|装(?:了|好了)|填(?:了|好了|写|完)|扫(?:码|了|一下)|输入|开通|插卡|插了卡|卡插|(?:到|在)(?:atm|取款机|柜员机)(?:了|前|旁边|这)|最近的(?:atm|取款机)|开了?房间|开房|把[^,.!?]{0,8}(?:转|汇|给|发|告诉|交|寄)|给我(?:寄|发)(?:药|链接|二维码|过来|吧)|寄(?:过来|给我)|(?:转|汇|打)(?:到|去)?哪(?:里|儿|个)?|回复了?(?:t|1|td)|照你说的|听你的|按你说的|都听你|照做|(?:怎么|如何)(?:操作|弄|办|办理|转|填|申请|领|退|下载|开通|做|买|付|交|输入|登录|注册|共享|理赔|退款|开户|贷款|解冻|恢复|认证|领取|投资|入群|加群)|要怎么做|我该怎么|我应该怎么|下一步|然后呢|接下来|要(?:买|投资|办理?|申请|领|参加|入群|加入|订)|我买|买(?:两|几|一|了)|下单|入群|加群|加你|进群|(?:帮我|给我)(?:办|弄|开通|退|申请|处理|解冻|注销|关闭|取消|解除)|领取|马上(?:办|弄|去|处理|来)|这就(?:去|办|弄|来)|我(?:找|拿)(?:一下)?(?:卡|身份证|银行卡|手机|存折)|(?:查|看|找)(?:一下|一眼)?(?:短信|验证码)|账户是|账号是|记(?:一下|下)?(?:账号|卡号|账户|地址|链接|号码)|(?:订单号|单号|微信号?|qq号?|手机号|电话号码?|地址|名字|姓名)(?:是|为|:)|(?:链接|二维码|账号|账户|app)(?:发过来|发我|发给我)|保密|不告诉(?:别人|任何人|家人)|谢谢(?:你|您)(?:了|啊)?(?:，|,)?(?:太好了|帮忙)|太好了|太感谢|(?:我)?相信你|麻烦你了|辛苦了/g, intent: 'comply', w: 3, neg: { intent: 'refuse', w: 3 } },
  // following the caller's lead (decided case 9 and the examples of comply): "警官我配合", "别挂 我听你的"
  { re: /听你的|我配合|配合(?:你|您)|一定配合/g, intent: 'comply', w: 3, neg: { intent: 'refuse', w: 3 } },
  // wanting it already, liking the offer, inviting the visit, owning the transfer, replying T, asking for the link
  { re: /(?:正|正好|刚好|本来就|早就)(?:想|要|打算|需要|缺|准备)|(?:听着|听起来|看着|看起来|感觉)(?:挺|很|还|蛮|真)?(?:不错|好|划算|合适|便宜|可以)|(?:挺|很|真|蛮)(?:划算|便宜|合适)|(?:来|过来|上门|来我家|上门来)吧|(?:欢迎|随时)(?:来|过来|上门)|(?:自己|本人)[^,.!?，。！？]{0,4}?(?:消费|用|买|花|转|操作|办|申请|决定|同意|要)的|(?:回|回复|发|短信回)(?:个|了|一个|一下)?\s*["“'「]?(?:t|td|y|1|退订)(?![a-z0-9])|(?:再)?发(?:一下|一遍|下)?(?:链接|网址|二维码|账号|app)/g, intent: 'comply', w: 3, neg: { intent: 'refuse', w: 3 } },
  { re: /填|转账|汇款|付款|付钱|点开|点击|下载|安装|扫码|输入|告诉你|给你|买|atm|取款机|柜员机/g, intent: 'comply', w: 2, neg: { intent: 'refuse', w: 3 }, any: true },
  { re: /(?:^|(?<=[\s,.!?;:、\n]))(?:好的?|好吧|好啊|行|行吧|可以|嗯+|对|对的|对对|是的?|是我|没问题|知道了|明白|谢谢|收到|ok|okay|哦|噢|嗯嗯|在的|我是)/g, intent: 'comply', w: 1, neg: { intent: 'refuse', w: 1 }, any: true },
  // question
  { re: /吗|什么|为什么|为啥|怎么(?!(?:操作|弄|办|办理|转|填|申请|领|退|下载|开通|做|买|付|交|输入|登录|注册|共享|理赔|退款|开户|贷款|解冻|恢复|认证|领取|投资|入群|加群|提供|参与|参加|配合|赔|报名|加入))|哪|谁(?![都也])|多少|几(?:个|天|号|点|位)|是不是|有没有|能不能|可不可以|会不会|啥/g, intent: 'question', w: 2, neg: null },
  // 呢 ends statements as often as questions ("我正想装修呢"): weak on its own
  { re: /呢/g, intent: 'question', w: 1, neg: null },
  // stall
  { re: /等一?下|等等|稍等|等会|一会|回头|晚点|晚些|改天|再说|考虑|想想|想一想|在忙|忙着|很忙|开会|开车|上班|不方便|没空|不知道|不清楚|听不清|没听清|信号不好|再说一遍|慢点|明天|过几天|我看看|看一下|找找|找一下|眼镜|呃|(?:^|[,.!?\s])额+(?=[,.!?\s…]|$)|这个嘛|没带|不在家|在外面|吃饭|睡觉|洗澡|想一下/g, intent: 'stall', w: 2, neg: null },
  // not understanding is a weaker hesitation: "为什么是英文的？我看不懂" stays a question
  { re: /不太懂|不懂|糊涂/g, intent: 'stall', w: 1, neg: null },
];

// ---------- phrases read whole ----------
// A phrase whose words would mislead when read one by one: "I won't tell anyone" agrees to the
// caller's demand for secrecy (the "not" belongs to the demand), "so they stop texting" is the
// purpose of replying T, "还没付呢" is "not yet", "give you a call" gives nothing. These are
// matched first; cue matches overlapping them are not read. intent null = the phrase means nothing.
type Claim = Omit<Cue, 'lang' | 'intent' | 'neg'> & { intent: Intent | null; lang: 'en' | 'zh' };
const NEG_EN = "(?:won'?t|will not|wouldn'?t|would not|never|not|don'?t|do not|shan'?t)(?: ever)?";
const SECRET_EN = '(?:code|pin|password|passcode|number|card|account|details|id)';
const RECIPIENT_EN = `(?:anyone|anybody|a soul|no one|nobody|him|her|them|(?:my|our|the|his|her) (?!${SECRET_EN}\\b)[a-z-]+|${NAMED_EN})`;
const WHO_ZH = `(?:谁|任何人|别人|外人|其他人|旁人|${PERSON_ZH})`;
const CLAIMS: Claim[] = [
  // agreeing to keep it secret (a secret's recipient other than "you"; "never tell anyone my PIN" is not agreement)
  { re: new RegExp(`\\b${NEG_EN} (?:tell|inform|mention (?:it|this|that|anything) to|say (?:a word|anything|a thing)(?: (?:about (?:it|this|that) )?to)?|breathe a word(?: to)?|talk about (?:it|this|that) (?:to|with)) ${RECIPIENT_EN}\\b(?! (?:my|the|your|our) ${SECRET_EN}\\b)(?![^,.!?;\\n]{0,60}\\?)|\\b${NEG_EN} (?:say|breathe) a word\\b(?![^,.!?;\\n]{0,60}\\?)|\\bmy lips are sealed\\b`, 'g'), intent: 'comply', w: 3, lang: 'en' },
  // ("验证码我不会告诉任何人", "不告诉别人我的密码": the thing kept back is a secret, so it is a refusal)
  { re: new RegExp(`(?<!${SECRET_ZH}[^,.!?;\\n]{0,8})(?:${WHO_ZH}(?:都|也)不(?:会)?(?:告诉|说|讲|提|透露)|(?:对|跟|和|给|向)${WHO_ZH}(?:都|也)?不(?:会)?(?:说|讲|提|透露)|不(?:会|能)?(?:告诉|跟|和|对|向)${WHO_ZH}(?:说|讲|提|透露)?)(?!(?:我的|你)?${SECRET_ZH})(?![^,.!?;\\n]{0,60}(?:\\?|吗))`, 'g'), intent: 'comply', w: 3, lang: 'zh' },
  // the purpose of a step, not a refusal: "reply T so they stop texting", "回个T，让它别再发了"
  { re: /\bso (?:that )?(?:they|it|he|she|you|the [a-z]+)(?:'ll| will| would)? (?:stop|quit|no longer|don'?t|won'?t|never)\b(?: [a-z']+){0,2}/g, intent: null, w: 1, lang: 'en' },
  { re: /(?:让|好让|叫|使)(?:它|他|她|他们|它们|对方|这个号|他们家)(?:别|不要|不再|再也不|以后不)(?:再)?(?:发|打|来|骚扰|烦)/g, intent: null, w: 1, lang: 'zh' },
  // not yet done is not a refusal: "还没付呢", "I haven't paid yet"
  { re: new RegExp(`还没有?${ZH_VERB}?`, 'g'), intent: 'stall', w: 2, lang: 'zh' },
  { re: /\b(?:haven'?t|have not|hasn'?t|has not|not) (?:[a-z']+ ){0,2}yet\b/g, intent: 'stall', w: 2, lang: 'en' },
  // not being able to read or follow is hesitation, not refusal: "I can't read it"
  { re: /\b(?:can'?t|cannot|couldn'?t|could not|unable to|don'?t know how to) (?:read|understand|see|hear|follow|figure (?:it|this|that) out|make (?:it|this|that) out)\b/g, intent: 'stall', w: 1, lang: 'en' },
  // a call offered to the caller gives nothing away: "could I give you a call?"
  { re: /\bgive you a (?:quick |short )?(?:call|ring|buzz)\b/g, intent: null, w: 1, lang: 'en' },
  { re: /给(?:你|您)(?:们)?打(?:个|一个)?电话/g, intent: null, w: 1, lang: 'zh' },
  // an action asked about, not done: "why do I have to pay a fee?", "what happens if I don't transfer?",
  // "为什么要我先交钱？", "转到你说的账户安全吗？" ("how do I pay?" and "why should I?" are not these)
  { re: /\bwhy (?:do|does|did|is|are|must|has|have|need|will|would (?!i\b)|should (?!i\b)|can'?t|won'?t)\b[^.!?\n]{0,60}\?|\bwhat (?:happens|will happen|would happen|if)\b[^.!?\n]{0,60}\?|\b(?:if|is it (?:safe|ok|okay|normal|necessary) to|(?<!\b(?:what|how|where|which|when|who) )(?:do i (?:have|need) to|must i))\b[^.!?\n]{0,60}\?/g, intent: 'question', w: 3, lang: 'en' },
  { re: /(?:为什么|为啥|凭什么|干嘛|干什么)[^.!?\n]{0,30}\?|(?:要是|如果|假如|万一)[^.!?\n]{0,20}(?:会怎么样|怎么办|会怎样|会不会|吗)|[^.!?\n]{0,20}(?:安全|可靠|靠谱|正规|合法|有风险)吗|是干(?:嘛|什么)用的/g, intent: 'question', w: 3, lang: 'zh' },
  // a past payment described, not made: "why not refund the way I paid?"
  { re: /\b(?:the way|how|what|where|when) (?:i|we) (?:originally |already |first )?(?:paid|sent|transferred|bought|ordered|wired)\b/g, intent: null, w: 1, lang: 'en' },
];

const CUES: Cue[] = [...EN.map((c) => ({ ...c, lang: 'en' as const })), ...ZH.map((c) => ({ ...c, lang: 'zh' as const }))];

// Each pattern is matched by its alternatives (split-regex.ts: the same matches), so a first read
// compiles only the few small alternatives the reply could match, not every cue whole.
// All of them share one LiteralSet: a reply is read once for every literal any alternative needs.
const LITERALS = new LiteralSet();
const CLAIM_SCANS = CLAIMS.map((c) => ({ ...c, re: new SplitRegex(c.re, LITERALS) }));
const CUE_SCANS = CUES.map((c) => ({ ...c, re: new SplitRegex(c.re, LITERALS) }));

const EN_NEG = /(?:\b(?:not|never|no|cannot|refuse to|without|nobody|no one)|n't|\bdont|\bwont|\bcant)\b(?:\W+\w+){0,4}\W*$/;
const EN_NEG_EXCEPT = /\b(?:no problem|not a problem|why not|why don'?t you|no worries|no doubt|not only|if not|not sure|no idea|don'?t worry|don'?t know|can'?t wait|oh no)\b/g;
const ZH_NEG = /(?:不|没|别|甭|勿|莫|未|绝不|休想)[^不没别]{0,5}$/;
const ZH_NEG_EXCEPT = /不好意思|不过|不然|没问题|没事|不错|不客气|差不多|要不|不知道|不如|不管|没关系|不得了|不一定|不太懂|不懂|不清楚|不方便/g;
/** Whether a normalised reply says "not" anywhere, leaving out the phrases where it means nothing ("没问题", "no worries"). */
export function hasNegation(t: string): boolean {
  const rest = t.replace(ZH_NEG_EXCEPT, ' ').replace(EN_NEG_EXCEPT, ' ');
  return /[不没别甭]|\b(?:no|not|never|cannot|nothing|nobody)\b|n't\b|\b(?:dont|wont|cant)\b/.test(rest);
}
const CLAUSE_BREAK = /[,.!?;:\n，、。！？；：…]|\bbut\b|\bhowever\b|\bthough\b|\bactually\b|但是|但|可是|不过|然而|还是/g;
const SAFE: Intent[] = ['verify', 'hangup', 'consult', 'challenge', 'refuse'];

/** The text before pos that can negate a cue; a "not" inside a phrase read whole belongs to that phrase. */
function negWindow(t: string, from: number, pos: number, claimed: Uint8Array | null): string {
  if (!claimed) return t.slice(from, pos);
  let w = '';
  for (let i = from; i < pos; i++) if (!claimed[i]) w += t[i];
  return w;
}

function isNegated(t: string, pos: number, clauseStart: number, lang: 'en' | 'zh', claimed: Uint8Array | null): boolean {
  if (lang === 'en') {
    const w = negWindow(t, Math.max(clauseStart, pos - 40), pos, claimed).replace(EN_NEG_EXCEPT, ' ');
    return EN_NEG.test(w);
  }
  const w = negWindow(t, Math.max(clauseStart, pos - 6), pos, claimed).replace(ZH_NEG_EXCEPT, '');
  return ZH_NEG.test(w);
}

interface Signal {
  w: number;
  pos: number;
}

/** One cue that fired: for debugging the cue lists (`explainIntent`). */
export interface CueMatch {
  intent: Intent;
  w: number;
  text: string;
  negated: boolean;
}

/** Which cues fire on a normalised reply, and what they count as. */
export function explainIntent(t: string): CueMatch[] {
  const trace: CueMatch[] = [];
  readIntent(t, trace);
  return trace;
}

/** Read the intent of a normalised reply. */
export function readIntent(t: string, trace?: CueMatch[]): IntentReading {
  const text = t.trim();
  if (!text) return { intent: 'stall', confidence: 0 };
  if (/^[*\[(]?click[*\])]?[.!]*$/.test(text)) return { intent: 'hangup', confidence: 0.8 };
  // the unsubscribe trap of loan SMS: replying "T" or "1" goes along with the sender
  if (/^(?:t|td|y|1|2|退订|是)$/.test(text)) return { intent: 'comply', confidence: 0.7 };
  if (/^(?:n|no)[.!]*$/.test(text)) return { intent: 'refuse', confidence: 0.8 };

  // clause starts, for negation windows
  const breaks: number[] = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) breaks.push(m.index + m[0].length);
  let bi = 0;
  const clauseStartOf = (pos: number) => {
    // binary search the last break <= pos
    let lo = 0;
    let hi = breaks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (breaks[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    bi = lo;
    return breaks[bi]!;
  };

  const sig = new Map<Intent, Signal>();
  const add = (intent: Intent, w: number, pos: number) => {
    const s = sig.get(intent);
    if (!s || w > s.w) sig.set(intent, { w, pos });
    else if (w === s.w) s.pos = Math.max(s.pos, pos);
  };

  // A cue of one language is read only in a text with that language's letters: a Chinese reply never
  // runs (so never compiles) the English patterns, which would cost a first read ~100 ms.
  const has = { en: /[a-z]/.test(text), zh: /[\u4e00-\u9fff]/.test(text) };

  // claimed[i] = 1 where a phrase read whole covers unit i
  let claimed: Uint8Array | null = null;
  for (const c of CLAIM_SCANS) {
    if (!has[c.lang]) continue;
    c.re.lastIndex = 0;
    let guard = 0;
    for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
      if (m[0].length === 0) {
        c.re.lastIndex++;
        continue;
      }
      if (++guard > 200) break;
      claimed ??= new Uint8Array(text.length);
      claimed.fill(1, m.index, m.index + m[0].length);
      if (c.intent) add(c.intent, c.w, m.index);
      trace?.push({ intent: c.intent ?? 'stall', w: c.intent ? c.w : 0, text: m[0], negated: false });
    }
  }
  const isClaimed = (a: number, b: number) => {
    if (!claimed) return false;
    for (let i = a; i < b; i++) if (claimed[i]) return true;
    return false;
  };

  for (const cue of CUE_SCANS) {
    if (!cue.any && !has[cue.lang]) continue;
    cue.re.lastIndex = 0;
    let guard = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text)) {
      if (m[0].length === 0) cue.re.lastIndex++;
      if (++guard > 200) break; // a huge paste: enough evidence
      if (isClaimed(m.index, m.index + m[0].length)) continue;
      const negated = cue.neg !== undefined && cue.neg !== null && isNegated(text, m.index, clauseStartOf(m.index), cue.lang, claimed);
      const intent = negated ? cue.neg!.intent : cue.intent;
      const w = negated ? cue.neg!.w : cue.w;
      add(intent, w, m.index);
      trace?.push({ intent, w, text: m[0], negated });
    }
  }
  // did the reply go on to comply after its question had ended? ("为什么？…我交" but not "你怎么知道我买了？")
  const q = sig.get('question')?.pos ?? -1;
  const c = sig.get('comply')?.pos ?? -1;
  const qEnd = q >= 0 ? text.indexOf('?', q) : -1;
  return decide(sig, qEnd >= 0 && c > qEnd);
}

function decide(sig: Map<Intent, Signal>, complyAfterQuestion: boolean): IntentReading {
  const w = (i: Intent) => sig.get(i)?.w ?? 0;
  const comply = w('comply');
  const safeMax = Math.max(...SAFE.map(w));
  const question = w('question');
  const stall = w('stall');

  if (safeMax >= 2 && (safeMax >= comply || safeMax >= 3) && !(question >= 3 && safeMax < 3)) {
    const intent = SAFE.find((i) => w(i) === safeMax)!;
    return { intent, confidence: comply >= 2 ? 0.75 : 0.9 };
  }
  // a question about the caller ("how did you get my number?") is a question, whatever it mentions
  // ...unless a firm step comes after the question ("why do I need to? OK fine, I'll pay")
  if (question >= 3 && comply >= 3 && complyAfterQuestion) return { intent: 'comply', confidence: 0.75 };
  if (question >= 3) return { intent: 'question', confidence: 0.8 };
  if (comply === 2 && (question >= 2 || stall >= 2)) {
    // a bare verb inside a question or a stall ("ATM is far, maybe later")
    return { intent: stall >= 2 ? 'stall' : 'question', confidence: 0.6 };
  }
  if (comply >= 2) {
    return { intent: 'comply', confidence: safeMax >= 1 ? 0.65 : question || stall ? 0.8 : 0.9 };
  }
  if (safeMax === 1) {
    const intent = SAFE.find((i) => w(i) === 1)!;
    if (comply === 1) return { intent: question ? 'question' : stall ? 'stall' : intent, confidence: 0.45 };
    if (question >= 2) return { intent: 'question', confidence: 0.6 };
    if (stall >= 2) return { intent: 'stall', confidence: 0.6 };
    return { intent, confidence: intent === 'refuse' ? 0.7 : 0.5 };
  }
  if (comply === 1) {
    if (question) return { intent: 'question', confidence: 0.7 };
    if (stall >= 2) return { intent: 'stall', confidence: 0.7 };
    return { intent: 'comply', confidence: stall ? 0.6 : 0.75 };
  }
  // "can you call back later?" is a stall in the form of a question
  if (question >= 2 && stall >= 2) return { intent: 'stall', confidence: 0.65 };
  if (question >= 2) return { intent: 'question', confidence: 0.85 };
  if (stall >= 2) return { intent: 'stall', confidence: 0.8 };
  if (question) return { intent: 'question', confidence: 0.6 };
  if (stall) return { intent: 'stall', confidence: 0.5 };
  return { intent: 'stall', confidence: 0.3 };
}

// ---------- read against the caller's demand ----------
// Not doing what the caller told you not to do is going along with them (docs/labelling.md,
// decided case 6): "我不挂电话" after "电话别挂", "好的 我不报警" after "不要报警", "I won't tell
// anyone" after "keep this between us". Each pattern is the negated act a demand of that kind forbids.
// The cover story a caller tells the receiver to give (lie-to-bank: "just say it's for your own
// spending") keeps the secret too.
const OBEYS: Partial<Record<Ask, RegExp>> = {
  stay: /(?:不|不会|没|别|先别|不要)(?:挂|断)|\b(?:i won'?t|i will not|i'?m not|i am not|not going to|i'?m not going to) hang(?:ing)? up\b|\bi'?m (?:still )?(?:here|on the line)\b/g,
  secret: /(?:不|不会|没|绝不|决不)(?:去)?(?:报警|告诉|说出去|透露|声张|找警察|跟(?:别人|任何人|家人|家里人?)说)|\bi (?:won'?t|will not|wouldn'?t) (?:tell|call the police|report|say a word|mention)\b|(?:自己|个人|家里|日常)(?:消费|花|用|开销|装修|周转)|\bfor (?:my own|personal|my|our|household|home) (?:spending|use|expenses?|purchases?|shopping|renovations?|needs)\b/g,
};

// Saying who is behind it to whoever asks, or telling the very people the caller wants kept out,
// breaks the secret (guide case 26): "是平台客服让我借的，他在电话里教我" to the bank's audit, "I'm telling my
// parents right now" to "just don't tell them", are bringing them in, like asking them.
const TELLS_ZH = `(?:我(?:要|会|这就|马上|现在就?|得|先|去)|我们(?:要|这就|去))(?:去)?(?:告诉|跟|和|问问?)(?:我|我的)?(?:${FAMILY_ZH.slice(3, -1)}|领导|银行|警察)|我(?:要|这就|马上|现在就?|去)报警`;
const TELLS_EN = `\\b(?:(?:i'?m|i am) (?:going to |gonna )?(?:tell(?:ing)?|call(?:ing)?|ask(?:ing)?)|i(?:'ll| will) (?:tell|call|ask)) (?:my ${FAMILY_EN}|the (?:police|bank))\\b`;
const DISCLOSES: Partial<Record<Ask, RegExp>> = {
  secret: new RegExp(`${TELLS_ZH}|${TELLS_EN}|(?:客服|平台|有人|别人|他|她|他们|对方|那个人|骗子|警官|警察)[^，。,.!?！？]{0,8}(?:让|叫|教|要求|指导|逼)我|在电话(?:里|上)(?:教|指导|让|叫)我|\\b(?:someone|somebody|a man|a woman|a guy|customer service|(?:the|a) platform|(?:an|the) agent|he|she|they)\\b[^,.!?]{0,40}\\b(?:told|asked|instructed|made|is telling|was telling|(?:is|was) (?:guiding|coaching|instructing)|guided|coached) me\\b`),
};

// Taking up what the caller offered to do, in so many words: a yes, then the step itself with 吧
// ("好，放快递柜吧，谢谢！", "行，那就办吧"). The thanks after it do not make it a stall; "好吧，我再考虑考虑吧"
// and "好，不用了吧" are no go-ahead.
const TAKES_UP: Partial<Record<Ask, RegExp>> = {
  // (or asks the caller to do what it offered, "Oh no. Then please cancel it for me.", "麻烦帮我注销", as a clause of its own, "征信可不能出问题，
  // 麻烦你帮我注销": not "no need to cancel it for me", "不用帮我注销")
  // (a promise to pay now, as a clause of its own, "别派车，我马上交。", "Okay, I'll transfer the money right now.": not after a
  // condition, "批了我马上付", nor asked, nor with a safe step or a doubt after it, "我马上转，等等，我先问问我儿子")
  money: /(?:^|[，,。！!；;\s])(?:好的?|行|那|嗯|可以)?[，,\s]*(?:我|那我)?(?:马上|现在就?|这就|立刻|立马|赶紧)(?:去|给你们?|给您)?(?:交|转|付|汇|打款|打钱|缴|充|买)(?![^，,。.!?！？]*[吗?？])(?!.*(?:问问|商量|核实|报警|考虑|想想|等等|算了|不转|不交|不付|挂了|骗|不对|先问|打电话问|110|反诈))|(?:^|[.,!;]\s*)(?:(?:ok(?:ay)?|alright|all right|fine|yes|yeah|sure)[,\s]+)*i(?:'ll| will|'m going to| am going to|'m gonna)? (?:pay|send|transfer|wire|buy)(?: (?:it|the money|the fee|them|that|you|the cards?|the gift cards?))? (?:right )?(?:now|away|today|immediately|straight away|right away)\b(?![^.!?]*\?)(?!.*(?:\bbut\b|\bif\b|\bwait\b|\bactually\b|\bask my\b|\bcheck with\b|\bthe bank\b|\bpolice\b|\bscam|\bnot sure\b|\bafter\b|\bonce\b))/,
  offer: /^(?:好|行|可以|嗯|成)[的啊呀吧，,\s]*(?!.*(?:想想|考虑|算了|不用|不要|不需要|再说|等等|等一下|问问|商量|别|不))[^，,。.!?！？]{1,10}吧|(?<!\b(?:don'?t|do not|not|no need to|never)\s(?:\w+\s)?)\b(?:please|pls|then|just|go ahead and|yes,?|ok(?:ay)?,?)\s+(?:please\s+)?(?:cancel|close|fix|sort out|handle|process|remove|unfreeze|unlock|activate|refund|upgrade|reset|clear|do)\b(?: (?:it|that|this|them|the [a-z]+))? for me\b(?!\s*\?)|(?:^|[，,。；;]\s*)[^，,。.!?！？]{0,6}(?<!不用|不要|别|不需要|不必)(?:麻烦|请)?(?:你|您)?帮我(?:把[^，,。.!?！？]{1,8})?(?:注销|取消|关闭|解冻|处理|办理|办一下|弄一下|退了|升级)(?![^，,。.!?！？]*[吗?？])/,
};

// Saying one will not be fooled again ("我不会再上当了", "I'm not falling for it again"): the call named a scam, case 29's challenge.
const NOT_AGAIN = /(?:不会|不能|别想|休想)再(?:上当|被骗|受骗|上(?:你们?|你们这些人)的当)|\b(?:i'?m not|i won'?t|i will not|not) (?:gonna |going to )?(?:fall(?:ing)? for (?:it|this|that|your [a-z]+)|be(?:ing)? (?:fooled|scammed|cheated|tricked|conned)) (?:again|twice)\b/;
const CHALLENGES: IntentReading = { intent: 'challenge', confidence: 0.85, byContext: true };
/** The safe steps case 20 puts before a challenge. */
const FIRST_SAFE: readonly Intent[] = ['hangup', 'verify', 'consult'];
/** Going along, decided by what the reply keeps to or takes up (a shared reading: none is changed once made). */
const GOES_ALONG: IntentReading = { intent: 'comply', confidence: 0.85, byContext: true };
const SAFE_READ = (r: IntentReading) => r.confidence >= 0.6 && SAFE.includes(r.intent);

/** A reply that is only a hesitation ("hmm", "um…", "er"): a stall, whatever was asked (not "mm-hm", "uh-huh", "嗯", which say yes). */
/** The person saying they stop what the caller has them doing ("I'm stopping", "I'll stop here"; not "I'll stop by the bank", "stop calling"). */
const STOPS = /\b(?:i'?m|i am|i'?ll|i will|i'?m going to|i am going to|gonna) stop(?:ping)?(?: (?:here|now|this|it|right now|right here|there))?(?![a-z]| (?:by|at|in|off|on)\b)/;
// (saying one hears, and greeting back)
const HEARS = /\b(?:yes|yeah|yep|yup|uh-huh|mm-?hm+|hello|hi|hey|sorry)\b|\bi (?:can )?hear you(?: (?:fine|ok(?:ay)?|now|clearly|loud and clear|just fine))?\b|\bloud and clear\b|(?:能|可以)?听(?:得)?(?:到|见|清)了?|喂|你好|您好/g;
const HESITATION_ONLY = /^\s*(?:h+m+|u+m+|u+h+|e+r+m*)(?:[\s.,!?…-]+(?:h+m+|u+m+|u+h+|e+r+m*))*[\s.,!?…-]*$/;

/**
 * The rules' reading of a normalised reply to a caller's line asking `asks`: a reply that tells
 * who is behind the secret is consulting; one that keeps to what the caller forbade is compliance,
 * unless the rest of it says no ("我不挂电话，但验证码我不给"). The cues that fired go to `trace`
 * when given (the reply model weighs them: model/inputs.ts).
 */
export function readIntentAgainst(t: string, asks: readonly Ask[], trace?: CueMatch[]): IntentReading {
  if (HESITATION_ONLY.test(t)) return { intent: 'stall', confidence: 0.85, byContext: true };
  // a yes to "can you hear me?" only says the line works (case 153): what else the reply says decides, a question or nothing
  // ("Yes, yes, I can hear you. Who is this?", "能听到，有什么事吗？", "能听到，你好。")
  if (asks.includes('hear')) {
    const rest = t.replace(HEARS, ' ');
    if (!/[\p{L}\p{N}]/u.test(rest)) return { intent: 'stall', confidence: 0.85, byContext: true };
    // (its cues go to the trace only where this reading stands: else the whole reply is read below, and they would count twice)
    const cues: CueMatch[] = [];
    const reading = readIntent(rest, cues);
    if (reading.intent === 'question' && reading.confidence >= 0.7) {
      trace?.push(...cues);
      return { ...reading, byContext: true };
    }
  }
  // saying one stops ("I'm stopping. I'll ask my family to come over.") goes along with nothing: the safe step it names, else a refusal
  if (STOPS.test(t)) {
    const rest = readIntent(t.replace(STOPS, ' '), trace);
    return SAFE_READ(rest) ? { ...rest, byContext: true } : { intent: 'refuse', confidence: 0.85, byContext: true };
  }
  for (const a of asks) if (DISCLOSES[a]?.test(t)) return { intent: 'consult', confidence: 0.85, byContext: true };
  for (const a of asks) if (TAKES_UP[a]?.test(t)) return GOES_ALONG;
  // a threat to report decides, unless the rest goes along (case 38: "Fine. Put Rachel on. But if this is a scam…" is comply) or
  // takes a safe step that comes first (case 20: hanging up, verifying, consulting)
  for (const re of [REPORT_IF_ZH, REPORT_IF_EN]) {
    re.lastIndex = 0;
    if (!re.test(t)) continue;
    re.lastIndex = 0;
    const cues: CueMatch[] = [];
    const rest = readIntent(t.replace(re, ' '), cues);
    if (cues.some((c) => c.intent === 'comply' && !c.negated && c.w > 0)) break;
    return SAFE_READ(rest) && FIRST_SAFE.includes(rest.intent) ? rest : CHALLENGES;
  }
  // one will not be fooled again decides as a threat to report does, unless the rest takes a safe step that comes first
  if (NOT_AGAIN.test(t)) {
    const rest = readIntent(t.replace(NOT_AGAIN, ' '));
    return SAFE_READ(rest) && FIRST_SAFE.includes(rest.intent) ? rest : CHALLENGES;
  }
  // affection returned decides, unless the rest takes a safe step ("I miss you too, but I'm asking my son first")
  if (AFFECTION_RETURNED.test(t) && !GOODBYE.test(t)) {
    const rest = readIntent(t.replace(AFFECTION_RETURNED, ' '), trace);
    return SAFE_READ(rest) ? rest : GOES_ALONG;
  }
  // a day picked decides, unless the rest takes a safe step ("周二吧，我先问问我儿子")
  if (PICKS_TIME.test(t)) {
    const rest = readIntent(t.replace(PICKS_TIME, ' '), trace);
    return SAFE_READ(rest) ? rest : GOES_ALONG;
  }
  for (const a of asks) {
    const re = OBEYS[a];
    if (!re) continue;
    re.lastIndex = 0;
    if (!re.test(t)) continue;
    re.lastIndex = 0;
    const rest = readIntent(t.replace(re, ' '), trace);
    return SAFE_READ(rest) ? rest : GOES_ALONG;
  }
  return readIntent(t, trace);
}
