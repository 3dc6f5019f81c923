// What the caller's line a reply answers says about the reply's numbers: which secret it asks for,
// whether it asks for a part or the rest of one, the numbers it says itself. secrets.ts reads replies
// against it.
import type { LeakKind } from '../core/schema';
import { BANK_CARD_NAMED, BUSINESS, FAMILY, OPENED_BEFORE, ID_CARD_BEFORE, type Label, type LabelKind, type Labels, SECRET_KINDS, labelBefore, scanLabels, secretOf } from './labels';
import { isHan } from './lang';
import { normalize } from './normalize';
import { EN_TENS, EN_WORDS } from './digits';
import { CHINESE_CARDINAL, cardinalValue, digitsAndGroups, findRuns, spanOf } from './numbers';
import { spelledKey, spelledOut } from './spelled-chars';
import { GIFT, GIFT_PIN_ASKED, REMOTE_ADDRESS, REMOTE_TOOL, Talk, talkDecides, withTalk } from './talk';

// Lines that only keep the person going, whole: "Mm-hm.", "Okay, go on.", "Next four.", "Read it again slowly, please.",
// "嗯，继续。", "您慢慢说。", "还有三位。" (not "And the date?", "Forget about that.", "Great, thank you.")
const GOING_ON_EN = new RegExp(`^(?:(?:${[
  'mm+-?hm+', 'm-?hm', 'uh-?huh', 'hmm+', 'ok(?:ay)?', 'yes', 'yeah', 'yep', 'right', 'sure', 'alright', 'all right', 'good', 'fine', 'and', 'then',
  'so', 'go on', 'go ahead', 'continue', 'keep going', 'carry on', 'next', 'more', 'please', 'slowly', 'quickly', 'hurry', 'again', 'sorry',
  'take your time', 'no (?:rush|hurry)', "i'?ll wait", 'i can wait', "i'?ll hold", "whenever you'?re ready", "i'?m listening", "i'?m here", 'after that', 'what else', "what'?s next", 'anything else', 'is that all', 'what was that',
  'read it', 'say it', 'say that', 'repeat that', 'one more time', 'i missed that', 'you broke up', 'go on please', 'hello', 'are you there',
  '(?:i\'?m |are you )?still (?:here|there)', 'got it', 'got that', 'so far', 'it worked', 'that worked', 'it went through', 'invalid', 'it says invalid',
  "it didn'?t work", 'wrong', 'try again',
  // (what a caller calls the person: "Go on, dear.")
  'dear', 'honey', 'sweetie', 'sweetheart', 'love', "ma'?am", 'sir', 'mate', 'buddy', 'madam', 'boss', 'bro', 'sis',
  // (or as their child, grandchild or a younger relative would: "No rush, Mom.")
  'mom', 'mum', 'mam', 'mama', 'dad', 'daddy', 'papa', 'grandma', 'granny', 'gran', 'nan', 'nana', 'grandpa', 'grandad', 'granddad', 'aunty', 'auntie', 'uncle',
  '(?:the )?(?:rest|others?|last|next|first|second|third|middle)(?: (?:part|bit|one|ones|group|few|digits|numbers|two|three|four|five|six|seven|eight|nine|ten|half))?(?: of (?:it|that|that one|them))?',
  '(?:and )?the (?:numbers|digits)',
].join('|')})[\\s,.!?…-]*)+$`);
/** The longest line that may only keep the person going: longer ones say something of their own. */
const GOING_ON_MOST = 200;
const GOING_ON_ZH = /^(?:嗯+|好+的?|对+|是的?|行|您|你|继续(?:说|念)?|接着(?:说|念)?|然后呢?|还有呢?|还有[一二三四五六七八九两几\d]位|(?:后|前|末|最后)?[一二三四五六七八九两几\d]位(?:呢|是)?|还在吗|在吗|喂|后面(?:的|几位)?(?:呢|是)?|剩下的?(?:呢)?|说|慢慢(?:来|说|念|找)?|不急|不着急|不用(?:着)?急|别(?:着)?急|(?:我|我们)?等(?:着|您|你)(?:呢)?|(?:您|你)(?:先)?找(?:一下|找)?|找到了?(?:吗|没)|没事|快点|别停|我听着|我在听|在呢|再(?:说|念|报)一遍|问(?:一下|问)|下一(?:个|张|组)|再?往下(?:念|说|报)?|再?往后(?:念|说|报)?|接着往下(?:念|说|报)?|从头(?:开始)?(?:念|说|报)?|[，。！？、…\s?!.,])+$/;

const OWN_NUMBER_ASKED = /我的?(?:电话|号码|手机号?|新号)(?:码)?(?:你|您)?(?:还)?(?:记得|记住|知道|存了|有)|(?:你|您)(?:还)?(?:记得|记住|知道|存了|有)我的?(?:电话|号码|手机号?|新号)|\b(?:do|did) you (?:still )?(?:have|remember|know|got|save) my (?:new )?(?:number|cell|phone|mobile)|\byou (?:still )?(?:have|remember|know|got|saved) my (?:new )?(?:number|cell|phone|mobile)\b/;
const CALLING_NUMBER_ASKED = /(?:打|拨|发)(?:过来|给你|给您|来)的(?:那个)?(?:电话|号码|号|短信)|来电(?:号码|显示)|(?:对方|骗子|那人|那个人)(?:的|用的|那个)(?:手机|电话)?(?:号码|号)|(?:他|她)(?:的|用的|那个)(?:手机|电话)?(?:号码|号)再(?:跟我|给我)?(?:说|报|念)一遍|\b(?:the|that) number (?:that |who |which )?(?:called|rang|texted|phoned)\b|\b(?:the|that) number (?:they|he|she|it|the [a-z]+) (?:called|rang|texted|phoned|messaged)(?: you)? from\b|\bwhat number (?:did |do )?(?:they|he|she|it|the [a-z]+) (?:call|ring|text|phone)(?:ed)? (?:you )?from\b|(?:对方|骗子|那人|那个人|他们?|她)(?:给|发给|报给|让)(?:你|您)(?:转)?的(?:那个)?(?:账号|帐号|账户|帐户|卡号|银行卡号?)|\b(?:the|that) (?:account|card)(?: number)? (?:that )?(?:they|he|she|the (?:caller|scammer|man|woman)) (?:gave|sent|texted|told) you\b/;

/**
 * What the caller's line tells about the reply's numbers. Read on first use: most replies hold no
 * number and no password, and never need it.
 */
export class CallerLine {
  private norm: string | undefined;
  private nums: string[] | undefined;
  private runs: string[] | undefined;
  private kinds: { asks: ReadonlySet<LabelKind>; last: LabelKind | undefined; harmless: boolean; sum: boolean } | undefined;
  private four: LabelKind | null | undefined;
  private rest: LabelKind | null | undefined;
  private back: string | null | undefined;
  private scanned: Labels | undefined;
  private spelt: string[] | undefined;
  private parted: boolean | undefined;
  private giftPin: boolean | undefined;
  private talk: Talk | undefined;
  private compact: string | undefined;
  private talked: string | undefined;
  private goingOn: boolean | undefined;

  /**
   * `around`: what was said before it in the call (the caller's lines and the person's replies), read only for what decides a
   * label's kind: "Could you read me the member ID from the new card?" after "…your insurance changed to Delta Dental PPO" asks for
   * a health plan's member ID, an ID (case 89).
   */
  constructor(
    readonly raw: string,
    readonly around = '',
  ) {}

  /** Normalised text. */
  get text(): string {
    return (this.norm ??= normalize(this.raw).text);
  }

  /**
   * It only keeps the person going ("Mm-hm.", "Go on.", "And the rest?", "嗯，继续。"): made of such words alone (GOING_ON_EN,
   * GOING_ON_ZH), with no number and no request of its own. A reply to it answers the request a line before made.
   */
  get continues(): boolean {
    // (read once: a reply's readings ask it again and again; and only a short line is made of such words alone)
    return (this.goingOn ??= this.text.length <= GOING_ON_MOST && (GOING_ON_EN.test(this.text) || GOING_ON_ZH.test(this.text)));
  }

  /** Whether it spells out these characters itself (a code the caller reads for the person to type). */
  spells(key: string): boolean {
    // (or writes it as one word: "enter the code TS1234", spelt back "T S one two three four"; a word's end is none, "ending 2210")
    return (this.spelt ??= spelledOut(this.text).map(([a, b]) => spelledKey(this.text.slice(a, b)))).some((k) => k.includes(key))
      || (key.length >= 4 && /\d/.test(key) && /[a-z]/.test(key) && new RegExp(`(?<![a-z0-9])${[...key].join('[\\s-]?')}(?![a-z0-9])`).test(this.text));
  }

  /** It says `word` itself, spaced, dashed or spelt otherwise ("The code is 3456- alpha- bravo- 7890" says "3456-alpha-bravo-7890"). */
  saysWord(word: string): boolean {
    if (this.text.includes(word) || (this.compact ??= this.text.replace(/[\s-]/g, '')).includes(word.replace(/[\s-]/g, ''))) return true;
    const key = spelledKey(word);
    return key.length >= 4 && this.spells(key);
  }

  /** It names a member's or a policy's number, whose kind what was said before it in the call decides, or only keeps the person going. */
  get wantsAround(): boolean {
    return this.continues || talkDecides(this.labels, this.text);
  }

  /** Its text and what was said before it in the call: what decides a reply's label's kind ("member ID" where insurance was talked about). */
  get heard(): string {
    return (this.talked ??= this.around ? `${this.text} \n ${this.around}` : this.text);
  }

  /** Whether it holds a match of `re` (read once). */
  says(re: RegExp): boolean {
    return (this.talk ??= new Talk(this.text)).says(re);
  }

  /** The labels in it. */
  get labels(): Labels {
    return (this.scanned ??= withTalk(scanLabels(this.text), this.text, this.around));
  }

  /** Whether it says a number of exactly these digits, however short ("It starts with E 4 8"). */
  saysDigits(d: string): boolean {
    return (this.runs ??= findRuns(this.text).map((r) => r.digits)).includes(d);
  }

  /** Every number of three digits or more in it, whole and by group. */
  get numbers(): string[] {
    if (this.nums) return this.nums;
    const numbers: string[] = [];
    const runs = findRuns(this.text);
    for (const [i, run] of runs.entries()) {
      for (const part of digitsAndGroups(run)) if (part.length >= 3) numbers.push(part);
      // (and runs a comma and a mark apart read on, as a number's words joined by hyphens split them: "oh-four, double-oh, seven-five"
      // → "0-4, -00, 7-5", a sort code the person says back)
      const next = runs[i + 1];
      if (next && /^[\s,-]{2,4}$/.test(this.text.slice(spanOf(run)[1], spanOf(next)[0]))) numbers.push(run.digits + next.digits);
      // (a sum with its cents, "$1,249.00", is said back without them: "for like $340 not 1249")
      if (run.seps.at(-1) === '.' && run.groups.at(-1) === 2 && run.digits.length >= 5) numbers.push(run.digits.slice(0, -2));
    }
    // (and sums and scores said in Chinese words, "五百二十", "四万八", which the person may say back in digits: "从520到700？")
    for (const m of this.text.matchAll(CHINESE_CARDINAL)) {
      const n = cardinalValue(m[0]);
      if (n !== null && n >= 100) numbers.push(String(n));
    }
    // (and thousands said in English words, which stay words where the hundreds turn to digits, "six thousand 850": "Six eight five
    // oh?" says the deposit back)
    for (const m of this.text.matchAll(THOUSANDS_SAID)) numbers.push(String(smallNumber(m[1]!) * 1000 + Number(m[2] ?? 0)));
    return (this.nums = numbers);
  }

  /**
   * Whether the line confirms `d` as right ("9237 is correct", "…your social security number are
   * indeed 9211"): a number the person gave, which the dataset's line puts before their reply, not
   * the caller's own.
   */
  confirms(d: string): { kind?: LeakKind } | undefined {
    if (!this.numbers.some((n) => n.includes(d))) return undefined;
    const t = this.text;
    for (let at = t.indexOf(d); at >= 0; at = t.indexOf(d, at + 1)) {
      if (!CONFIRMED_BEFORE.test(t.slice(Math.max(0, at - 16), at)) && !CONFIRMED_AFTER.test(t.slice(at + d.length, at + d.length + 24))) continue;
      // the secret the line names just before it ("your social security number are indeed 9211")
      const named = labelBefore(this.labels, at, 40);
      return { ...(named && SECRET_KINDS.has(named.kind) ? { kind: named.kind as LeakKind } : {}) };
    }
    return undefined;
  }

  /** The secret whose last four digits it asks for ("the last four digits of your social security number"), if any. */
  get lastFourOf(): LabelKind | undefined {
    if (this.four !== undefined) return this.four ?? undefined;
    const label = firstLabelAfter(this.text, LAST_FOUR_OF);
    // (in Chinese the number comes first: "银行卡的后四位", "身份证后四位")
    const zh = label ? undefined : LAST_FOUR_ZH.exec(this.text);
    const lead = zh ? this.text.slice(Math.max(0, zh.index - 12), zh.index) : '';
    const before = zh ? scanLabels(lead).byEnd.get(lead.length) : undefined;
    this.four = label && label.at === 0 ? label.kind : before ? before.kind : null;
    return this.four ?? undefined;
  }

  /** The secret whose rest it asks for by name ("the rest of the NI number please, then the sort code and account number", "卡号不全 后面还有7位"), if any. */
  get restOf(): LabelKind | undefined {
    if (this.rest === undefined) {
      const label = firstLabelAfter(this.text, REST_OF);
      // (in Chinese the number comes first: "卡号不全 后面还有7位")
      const zh = label ? undefined : REST_OF_ZH.exec(this.text);
      const lead = zh ? this.text.slice(Math.max(0, zh.index - 12), zh.index) : '';
      const before = zh ? scanLabels(lead).byEnd.get(lead.length) : undefined;
      this.rest = label && label.at === 0 ? label.kind : before ? before.kind : null;
    }
    return this.rest ?? undefined;
  }

  /** The secret whose next or first few digits it asks for ("give me the next three digits" of the social it names), if any: not a card's, whose pieces are printed. */
  get digitsOf(): LeakKind | undefined {
    if (!DIGITS_ASKED.test(this.raw)) return undefined;
    const kind = this.last;
    return kind && kind !== 'card' && SECRET_KINDS.has(kind) ? (kind as LeakKind) : undefined;
  }

  /**
   * The number the line reads back when it asks for the rest ("Got it, 4916 3385. And the rest?",
   * "前面是6228 4800，后面呢？"): the start of the person's number, which their reply goes on with.
   */
  get readBack(): string | undefined {
    if (this.back === undefined) {
      const runs = REST_ASKED.test(this.text) ? findRuns(this.text) : [];
      const d = runs[runs.length - 1]?.digits;
      this.back = d && d.length >= 4 ? d : null;
    }
    return this.back ?? undefined;
  }

  /** It asks for the rest or a part of a number ("and the rest?", "the next three digits", "后三位呢？"). */
  get asksPart(): boolean {
    // ("Send the rest" asks for the rest of a code where the line talks of one, not of a sum: "the code expires in 3 minutes. Send the rest")
    return (this.parted ??= PART_ASKED.test(this.text.replace(PART_SEEN, ' ')) || (REST_SENT.test(this.text) && CODE_TALK.test(this.text)));
  }

  /**
   * Whether no secret is named before the end of the sentence that asks for a part ("后面还有六位呢，您报完整。手机号就是您现在打的这个
   * 吗？": the rest is of the number begun before, not of the phone asked about after; not "I need the PIN. Just the first two.").
   */
  get partUnnamed(): boolean {
    const m = this.asksPart ? PART_ASKED.exec(this.text.replace(PART_SEEN, ' ')) : null;
    if (!m) return false;
    // (its clause: to the sentence's end, or in Chinese to a comma or a space, as chats part clauses: "麻烦把剩下的补全哦 验证码也一起发给我")
    const rest = this.text.slice(m.index).search(/[\u4e00-\u9fff]/.test(m[0]) ? /[.。!！?？，,\s]/ : /[.。!！?？]/);
    const end = rest < 0 ? this.text.length : m.index + rest;
    return ![...this.labels.byEnd.values()].some((l) => l.at < end && l.kind !== 'not' && l.kind !== 'number');
  }

  /** It asks for the code or the PIN of a gift card ("the PIN on the gift card"), which is the card's (case 59). */
  get asksGiftPin(): boolean {
    return (this.giftPin ??= GIFT_PIN_ASKED.test(this.text));
  }

  /** It asks for a sum, a time or an age ("how much is in your account?", "what time…", "有多少"). */
  get asksSum(): boolean {
    return this.named().sum;
  }

  /** The kinds of secret it names. */
  get asks(): ReadonlySet<LabelKind> {
    return this.named().asks;
  }

  /** The kind it names last: a line's request usually closes it, after what it says about other things. */
  get last(): LabelKind | undefined {
    return this.named().last;
  }

  /**
   * It asks whether the person has the caller's own number ("我的号码你记得啵？", "do you still have my number?"): the number
   * read back is the caller's, no secret of the person's.
   */
  get asksOwnNumber(): boolean {
    return OWN_NUMBER_ASKED.test(this.text);
  }

  /** It asks for the number that called or texted the person ("你那个打过来的号码多少", "what number did they call you from?", "你把他的号码再跟我说一遍"), or the account they gave to pay into ("那人给您的账号您还记得吗"): not theirs. */
  get asksCallingNumber(): boolean {
    return CALLING_NUMBER_ASKED.test(this.text);
  }

  /** It asks for something harmless after any secret it names ("what's your date of birth?", "your zip code?"). */
  get asksHarmless(): boolean {
    return this.named().harmless;
  }

  private named() {
    if (this.kinds) return this.kinds;
    const asks = new Set<LabelKind>();
    let last: Label | undefined;
    let asked: Label | undefined;
    let harmless: Label | undefined;
    const t = this.text;
    // (a notice that says not to reply, "Bring your current licence. Do not reply to this message.", asks for nothing to be sent back)
    if (NO_REPLY.test(t)) return (this.kinds = { asks, last: undefined, sum: false, harmless: false });
    const labels = [...this.labels.byEnd.values()].sort((x, y) => x.at - y.at);
    let thing: Label | undefined;
    for (const label of labels) {
      if (label.kind === 'number') continue;
      // (a line of a few words is asked whatever its marks: "快递单号", "圆通单号" in a transcript)
      // (or it gives the number's start for the person to go on with: "the account number on your bill starts with 3 1.")
      // (a harmless thing's request within a clause's reach of it: in a transcript with no marks, "…used in a money laundering case in
      // texas and if you don't verify today … i need the number now" asks for no case number)
      const sentence = sentenceAt(t, label.at, label.kind === 'not' ? HARMLESS_REACH : SENTENCE_REACH);
      const request = t.length <= 16 || REQUEST.test(sentence) || STARTS_WITH.test(sentence);
      if (label.kind === 'not') {
        // (not "the full sixteen digits, not just the last four": a harmless thing named as not wanted)
        // (nor who the caller says they are, "我们是官方客服 可以告诉的", "this is customer service, please read it to me")
        // (nor one the caller gives, "…and then I'll give you a case number for your records")
        if (request && !NOT_WANTED_BEFORE.test(t.slice(Math.max(0, label.at - 16), label.at)) && !SELF_NAMED_BEFORE.test(t.slice(Math.max(0, label.at - 24), label.at)) && !GIVEN_BEFORE.test(t.slice(Math.max(0, label.at - 24), label.at))) harmless = label;
        // (not "the last four digits of your social": a part of the number asked for)
        thing = PART_LABEL.test(t.slice(label.at, label.at + 12)) ? undefined : label;
        continue;
      }
      // "the model of your phone": a harmless thing's holder is not asked
      // (the word that makes it the holder comes after the thing: not "asking for your Windows login password", a Windows password)
      if (thing && label.at - thing.at <= 32 && HOLDER_BEFORE.test(t.slice(Math.max(thing.at + 1, label.at - 40), label.at)) && !/[.。!！?？]/.test(t.slice(thing.at, label.at))) continue;
      // ("把对方给您打电话的号码发给我们": the number someone else rang from, theirs, asked for to stop it)
      if (label.kind === 'phone' && t.startsWith('电话', label.at) && /^电话的?号码/.test(t.slice(label.at, label.at + 5)) && CALLS_YOU_ZH.test(t.slice(Math.max(0, label.at - 10), label.at))) {
        if (request) harmless = label;
        continue;
      }
      // "take your debit card over the phone" asks for no phone number, nor "call me back with the card number", nor "got a new phone and lost
      // all my payees", nor "so our technician can check the phone", nor "it's yourself holding the phone": a handset
      if (label.kind === 'phone' && (HANDSET_BEFORE.test(t.slice(Math.max(0, label.at - 24), label.at)) && !/^phone\s*(?:number|no\b|#)/.test(t.slice(label.at, label.at + 16)) || handsetZh(t, label.at) || callItselfZh(t, label.at) || /\b(?:over|on|by) (?:the )?$/.test(t.slice(Math.max(0, label.at - 9), label.at)) || /^(?:call|text|reach|ring) me\b/.test(t.slice(label.at, label.at + 10)) || PHONE_VERB.test(t.slice(label.at, label.at + 16)))) continue;
      // ...nor "the body shop's address and phone?": a business's, asked as something harmless
      // (or "Who is your doctor? We'll need their name and phone number": theirs, the business the line just named)
      // ("派件员名字和电话都在上面", "我的电话": a courier's or the caller's own, not asked of the person)
      // ("I was setting whatsapp on my new phone…", "I need whatsapp": the app, not anyone's number; "send me your whatsapp" asks it)
      if (label.kind === 'phone' && APP_ALONE.test(t.slice(label.at, label.at + 20)) && !/\b(?:your|ur|yr|ya)\s+$/.test(t.slice(Math.max(0, label.at - 6), label.at))) continue;
      if (label.kind === 'phone' && STAFF_PHONE_ZH_BEFORE.test(t.slice(Math.max(0, label.at - 12), label.at))) continue;
      if (label.kind === 'phone' && (BUSINESS_OWNS.test(t.slice(Math.max(0, label.at - 40), label.at)) || (THEIR_BEFORE.test(t.slice(Math.max(0, label.at - 30), label.at)) && BUSINESS_NAMED.test(t.slice(0, label.at))))) {
        if (request) harmless = label;
        continue;
      }
      // "to get your new card mailed out, I just need…", "we'll send you a replacement card", "the PIN, so we can carry it over onto the new
      // card": a card to come is what the person gets, not what they are asked for (not "the new card in front of you")
      // ("we will secure your account", "I need to verify your account": what the caller says it does, no account's number asked)
      // (nor "so we'll decline it and cancel that card": a card the caller stops)
      if (label.kind === 'card' && /^account\b(?! (?:number|no\b|details|#))/.test(t.slice(label.at, label.at + 20)) && ACCOUNT_SECURED_BEFORE.test(t.slice(Math.max(0, label.at - 24), label.at))) continue;
      if (label.kind === 'card' && /^card\b(?! (?:number|no\b|details|#))/.test(t.slice(label.at, label.at + 20)) && CARD_STOPPED_BEFORE.test(t.slice(Math.max(0, label.at - 40), label.at))) continue;
      // ("我这边帮您绑定核算账户": an account the caller says it binds or checks for the person, no number asked of them)
      if (label.kind === 'card' && CALLER_DOES_ZH.test(t.slice(Math.max(0, label.at - 20), label.at))) continue;
      // ("to confirm you're the card holder": the person, not the card's number)
      if (label.kind === 'card' && /^card ?holder/.test(t.slice(label.at, label.at + 12))) continue;
      // ("钱还在您卡里，您千万别再转了", "把卡里的钱转到安全账户": the money in a card, not its number asked)
      if (label.kind === 'card' && IN_THE_CARD_ZH.test(t.slice(label.at, label.at + 8))) continue;
      if (label.kind === 'card' && NEW_CARD_BEFORE.test(t.slice(Math.max(0, label.at - 24), label.at)) && !/^card\s*(?:number|no\b|#)/.test(t.slice(label.at, label.at + 16))) continue;
      // ("somebody to … bring Mammy NIC card and clinic book", "不会弄的带身份证到村委会来": a card to be brought along, not its number asked)
      // (in Chinese an ID card too, "带身份证和存折来柜台"; in English the card brought may be read out all the same, "bring your NHIS card")
      if ((label.kind === 'card' || (label.kind === 'id' && isHan(t.charCodeAt(label.at)))) && BROUGHT_BEFORE.test(t.slice(Math.max(0, label.at - 32), label.at)) && !/^(?:card\s*(?:number|no\b|#)|[^\s]{0,4}号)/.test(t.slice(label.at, label.at + 16)) && (!isHan(t.charCodeAt(label.at)) || /^[^，。！？]{0,6}(?:到|来|去|过来)/.test(t.slice(label.at, label.at + 12)))) continue;
      // "the account PIN you set up with us when you opened the account": the account names whose PIN is asked, and opening it is
      // something done, not asked for
      if (label.kind === 'card' && (PIN_OF_AFTER.test(t.slice(label.at, label.at + 40)) || OPENED_BEFORE.test(t.slice(Math.max(0, label.at - 24), label.at)))) continue;
      // "I won't ask for your PIN or your full card number", "我们不会索要您的密码": named as not asked
      if (NOT_ASKED_BEFORE.test(t.slice(Math.max(0, label.at - 56), label.at))) continue;
      if (NOT_NEEDED_AFTER.test(t.slice(label.at, label.at + 10))) continue;
      // ("Do not share your PIN with anyone.": a warning, asking for nothing; not "don't share the code with anyone except me")
      if (DONT_SHARE_BEFORE.test(t.slice(Math.max(0, label.at - 24), label.at)) && DONT_SHARE_AFTER.test(t.slice(label.at).replace(/[.。!！?？][^]*$/, ''))) continue;
      // ("call RBC on the number on the back of your card": the bank's line printed there, neither the card nor its security code)
      if ((label.kind === 'cvv' || label.kind === 'card') && CALL_ON_BEFORE.test(t.slice(Math.max(0, label.at - 40), label.at))) continue;
      // ("新卡还没激活 收不了短信": a phone's new SIM, not a bank's card; "让报身份证和卡号 大家千万别报": named as what not to give)
      if (label.kind === 'card' && SIM_CARD_ZH.test(t.slice(Math.max(0, label.at - 3), label.at + 12))) continue;
      if (NOT_TO_GIVE_AFTER.test(t.slice(label.at, label.at + 16))) continue;
      if (label.kind === 'card' && (LOGGED_INTO_BEFORE.test(t.slice(Math.max(0, label.at - 32), label.at)) || (asks.size > 0 && MONEY_INTO_BEFORE.test(t.slice(Math.max(0, label.at - 40), label.at))))) continue;
      if (label.kind === 'id' && NAME_AS_ON_BEFORE.test(t.slice(Math.max(0, label.at - 40), label.at)) && !NUMBER_ITSELF.test(t.slice(label.at).replace(/[.。!！?？][^]*$/, ''))) continue;
      // "What's the door code so the technician can get in?": a home's code, a PIN (case 117)
      // ("the code for the front door keypad so I can pass it on to the technician", "the disarm code": the same)
      // ("核实一下您的医保卡 卡面上有个卡号 您报一下": the number of the card that holds an ID)
      // ("Just confirm your Social Security number… Can you please read me the number on your card?": a bare card after an ID named is
      // the ID's card, where no bank's is named)
      // ("I'm logging into my Facebook on my new phone and I put your number by mistake for the security code. It will come to you now,
      // six numbers": a sign-in's code a text brings, not a card's, where no card is talked of; "系统刚发了一条短信验证码给您，这是退款的安全码")
      const kind = label.kind === 'cvv' && SIGN_IN_CODE_TALK.test(t) && !CARD_TALK.test(t) ? 'code'
        : label.kind === 'code' && (HOME_CODE_BEFORE.test(t.slice(Math.max(0, label.at - 12), label.at)) || HOME_CODE_AFTER.test(t.slice(label.at, label.at + 40))) ? 'password'
        : label.kind === 'card' && t.startsWith('卡号', label.at) && ID_CARD_BEFORE.test(t.slice(0, label.at)) && !BANK_CARD_NAMED.test(t) ? 'id'
        : label.kind === 'card' && last?.kind === 'id' && /^card\b(?! (?:number|no)\b)/.test(t.slice(label.at, label.at + 12)) && !BANK_CARD_NAMED.test(t) && !GIFT.test(t) ? 'id' : label.kind;
      // ("您把卡号念一下…然后系统会给您发一个验证码", "Read me the account number, and then you'll get an OTP": a secret still to come, in the
      // sentence that asks for another; what the person reads out next is the one asked now, so the one to come is not asked yet; not
      // the phone it comes to, "你手机会收到一个验证码，报给我", nor a sentence before that asks nothing, "The PIN is set. …the system will
      // text you a one-time code.")
      if (last && last.kind !== 'phone' && COMING_BEFORE.test(t.slice(Math.max(0, label.at - 32), label.at)) && ASKS_NOW.test(t.slice(Math.max(0, label.at - 160), label.at).replace(/^[^]*[.。!！?？]/, '')) && !/[.。!！?？]/.test(t.slice(last.at, label.at))) continue;
      asks.add(kind);
      // "the PIN for the card", "your password to secure the account", "验证码发到您手机上": the thing
      // asked comes first; a secret named after it as where it is or what it is for is not asked
      // ("…a PIN reset code. I need it to secure your card.": what it is for, in a sentence of its own)
      // ("…a 6-digit verification code from Google…, please send it here so we can confirm the account is yours": what the code proves, not
      // its number)
      if (last) {
        const before = t.slice(Math.max(0, label.at - 30), label.at);
        const numbered = () => /^[a-z ]{0,24}\b(?:number|no\b|#)/.test(t.slice(label.at, label.at + 32));
        if ((PURPOSE_BEFORE.test(before) && !(VERIFY_NUMBER.test(before) && numbered())) || (PROVED_BEFORE.test(before) && !numbered())) continue;
      }
      // ("The courier will need your PIN so the card can be cancelled": the card is what the PIN is for, in the same sentence; "your
      // social security number, since the account needs to be matched": why)
      if (last && SO_THE_BEFORE.test(t.slice(Math.max(0, label.at - 24), label.at)) && !/[.。!！?？]/.test(t.slice(last.at, label.at))) continue;
      if (last && label.at - last.at <= 64 && !/[.。!！?？]/.test(t.slice(last.at, label.at)) && HOLDER_BEFORE.test(t.slice(Math.max(0, label.at - 40), label.at)) && !ANSWER_WITH_BEFORE.test(t.slice(Math.max(0, label.at - 40), label.at))) continue;
      last = kind === label.kind ? label : { ...label, kind };
      if (request) asked = last;
    }
    // ("it will provide you with a one-time password. You'll then need to provide that password to me": the one-time one)
    // (not where another password or a PIN is named: "Don't share one-time passwords. What's your online banking password?")
    // (and "I've sent a PIN to your mobile": a PIN a text brings is a one-time code)
    // (and "type your PIN, and read me the number it shows": the PIN stays in the card reader, what it shows is a one-time code)
    const oneTime = (ONE_TIME.test(t) && !OTHER_PASSWORD.test(t)) || PIN_SENT.test(t) || (PIN_NAMED_SENT.test(t) && !OWN_PIN.test(t)) || (PIN_TYPED.test(t) && SHOWN_ASKED.test(t));
    if (last?.kind === 'password' && oneTime) last = { ...last, kind: 'code' };
    if (asked?.kind === 'password' && oneTime) asked = { ...asked, kind: 'code' };
    const named = asked ?? last;
    // "what's the best number to reach you on?" names no label, and asks for a phone number; "read me
    // the nine digit number at the top" of a remote-access tool asks for its ID, a code
    // ("what number should we text the code to?" asks for the number: the code is what goes there)
    const phone = PHONE_ASKED.exec(t) ?? RELATIVES_NUMBER_ASKED.exec(t);
    // (a remote tool's "address" is its ID, not where one lives)
    const remoteAddress = REMOTE_ADDRESS.test(t);
    if (phone) asks.add('phone');
    // (the card's digits asked with its expiry or its security code, "I'll need the long number on the front and the expiry", "all sixteen
    // please, … and then the expiry and the three numbers on the back", ask for the card too)
    // (not a number of fewer digits than any card has: "it's the nine-digit number on the front" of a health card)
    else if ((!named || named.kind === 'expiry' || named.kind === 'cvv') && CARD_DIGITS.test(t) && !SHORT_NUMBER_NAMED.test(t)) asks.add('card');
    else if (!named && CHECK_READ.test(t)) asks.add('card');
    else if (!named && ((REMOTE_TOOL.test(t) && REMOTE_ID.test(t)) || TEXT_READ.test(t) || AUTH_APP_READ.test(t) || SIX_DIGITS.test(t))) asks.add('code');
    // ("Someone may be using your card… please install AnyDesk and read me the number it shows": the tool's ID is what is read, whatever
    // was named before it)
    // (a tool's ID asked for by its length is what is read wherever the other thing is named: "…9 digit address aayega wo mujhe bata dein,
    // main … aap ka account secure kar doon ga")
    const toolRead = named && !phone ? TOOL_NUMBER_READ.exec(t) : null;
    const toolWins = !!toolRead && (toolRead.index > named!.at || TOOL_ID_BY_LENGTH.test(toolRead[0]));
    if (toolWins) asks.add('code');
    // (a thing only talked about before it, "Your new card will arrive…", is not asked: the number to reach you is)
    const kind = phone && (!named || named.at > phone.index || !asked) ? 'phone' : toolWins ? 'code' : (named?.kind ?? (asks.has('code') ? 'code' : asks.has('card') ? 'card' : undefined));
    // "how much was the charge?", "what time can you get there?" ask for a sum or a time, whatever number comes back
    // (whatever holds it: "how much do you owe on the card?"; not "how many digits is the code?")
    // ("what year…", "what's the charge?" only where no secret is asked for as well)
    const howMuch = (HOW_MUCH.test(t) || (!asks.size && WHICH_SUM.test(t))) && !/\bdigits?\b|几位/.test(t);
    return (this.kinds = { asks, last: kind, sum: howMuch, harmless: howMuch || (!!harmless && !remoteAddress && (!named || harmless.at > named.at)) });
  }
}

/** It gives a number's start for the person to go on with ("the account number on your bill starts with 3 1"). */
export const STARTS_WITH = /\b(?:starts|begins|opens) with (?:a |an )?[a-z]?\s?\d/;
const ACCOUNT_SECURED_BEFORE = /\b(?:we|i|they)(?: will|'ll| can| must| need to| have to| are going to)? (?:secure|protect|block|freeze|unfreeze|unblock|restore|lock|recover|reactivate|suspend|close|check|review|monitor|verify|validate)(?:d|ing)? (?:your|the|ur) $/;
// ("just phone the practice on the usual number": to phone, no number asked)
const PHONE_VERB = /^phone (?:the|your|our|us|me|him|her|them|back|ahead|up)\b/;
const CALLER_DOES_ZH = /(?:我|我们)(?:这边|这里|这头|后台)?(?:马上|现在|就|会)?(?:帮|给|为|替)(?:您|你)(?:绑定|解绑|开通|注销|关闭|冻结|解冻|处理|激活)[^，。？！\s]{0,6}$/;
const CARD_STOPPED_BEFORE = /\b(?:we|i|they)(?:'ll|'ve)?(?: [a-z']+){0,4} (?:cancel|block|freeze|stop|lock|deactivate)(?:led|ed|d|ing)? (?:that|the|your|ur|this) $/;
const NEW_CARD_BEFORE = /\b(?:get|receive|send|mail|issue|ship|post)\s+(?:you\s+)?(?:your|a|the) (?:new|replacement) (?:[a-z]+ )?$|\b(?:over )?(?:onto|on to|to) (?:your|the) (?:new|replacement) (?:[a-z]+ )?$/;
// ("妈你把手机拿远一点看", "打开手机", "手机屏幕上": the handset held and looked at, not its number)
// (or the handset a code is sent to: "发个验证码去呢部手机", "发到你这部手机上"; or one bought or changed, "我上回买手机也是这样弄的")
const HANDSET_ZH_BEFORE = /(?:把|拿着|拿起|看看?|打开|翻开)(?:您|你)?的?$|(?:这|呢|嗰|那)部$|(?:买|换|修|摔(?:坏|烂)?了?)(?:了|过)?(?:新|部|个|台)?$/;
// ("您手机会收到一条短信", "一会儿有个yzm发你手机上": what comes to it, or onto it, not its number; not "发你手机给我", a number to send)
// ("系统会给您手机发一个六位数的兑换码", "验证码已发送至您手机，请直接回复6位数字": sent to it)
const HANDSET_ZH_AFTER = /^手机(?:上|里)?(?:拿|放|举|凑|屏幕|调|(?:会|将|马上|立刻|一会儿?|等下|就)*(?:收到|接到))|^手机(?:上)?(?:发|下发|推送)(?:一|个|条|了)/;
const SENT_ONTO = /(?:发|发到|发送到|发送至|发至|送至|传到)(?:您|你)?的?$/;
const handsetZh = (t: string, at: number) => t.startsWith('手机', at) && !t.startsWith('手机号', at)
  && (HANDSET_ZH_BEFORE.test(t.slice(Math.max(0, at - 6), at)) || HANDSET_ZH_AFTER.test(t.slice(at, at + 8)) || (SENT_ONTO.test(t.slice(Math.max(0, at - 5), at)) && /^手机(?:上|里|(?=[，,。.！!；;、\s]|$))/.test(t.slice(at, at + 3))));
// ("您拿卡的时候电话别挂", "别挂电话", "电话保持通话": the call itself, no number asked; nor one the caller will make, "到了我打你电话", nor
// one answered, "莫再接那个人的电话", nor one the person makes, "到了给我打电话")
// (but a number to leave is asked for, whatever it is to take: "再留个能接快递的电话")
const callItselfZh = (t: string, at: number) => t.startsWith('电话', at) && !LEAVE_NUMBER_ZH.test(t.slice(Math.max(0, at - 10), at)) && (/^电话(?:先|千万|可)?(?:别|不要|不能|莫|勿)挂|^电话(?:保持|一直|先)(?:着|通话|别|不要)/.test(t.slice(at, at + 8)) || /(?:别|不要|不能|莫|勿)挂(?:断|掉)?(?:了)?$/.test(t.slice(Math.max(0, at - 5), at))
  || /(?:我|我们|师傅|他|她)(?:会|再|就|先)?(?:给|打)(?:你|您)(?:打)?(?:个)?$/.test(t.slice(Math.max(0, at - 6), at)) || CALLS_YOU_ZH.test(t.slice(Math.max(0, at - 10), at)) || /(?<![直间连迎衔交承])接听?[^，,。！？\d]{0,6}$|(?:给|跟)(?:我|我们)(?:打|回)(?:个)?$/.test(t.slice(Math.max(0, at - 8), at)));
const LEAVE_NUMBER_ZH = /留(?:下|个|一个|一下)?[^，,。！？\d]{0,8}$/;
// (nor one someone else makes to the person, "对方再打电话您直接挂掉", "有人打电话说是驿站的")
const CALLS_YOU_ZH = /(?:对方|他们|那人|那个人|骗子|人家|别人|有人|陌生人)(?:要是|如果|再|又|还|会)*(?:给你|给您|跟你|跟您)?(?:打|来)(?:个|了)?$/;
const IN_THE_CARD_ZH = /^(?:银行卡|储蓄卡|存折|卡)(?:里|内)(?!号)/;
const NO_REPLY = /\b(?:do not|don'?t|please do not|pls do not) reply(?: to this (?:message|sms|text|email))?\b|请勿回复|无需回复|不用回复本?短信/;
const APP_ALONE = /^(?:whatsapp|telegram|viber|signal|imo)\b(?!\s*(?:number|no\b|num|#))/;
const HANDSET_BEFORE = /\bon (?:my|the|his|her|a) (?:new|old|other) $|\boff (?:the|your|my|his|her) $|\b(?:got|bought|have|had|lost|broke|dropped|changed|switched to)\s+(?:a\s+|my\s+|the\s+)?new\s+$|\b(?:lost|broke|dropped|cracked)\s+(?:my|the)\s+$|\b(?:check|fix|scan|clean|access|control|restart|reboot|unlock|secure|repair)(?:s|ing)?\s+(?:the|your|ur|this)\s+$|\b(?:holding|answering|picking up|picked up)\s+(?:the|your|this)\s+$/;
const STAFF_PHONE_ZH_BEFORE = /(?:(?:派件员|快递员|快递小哥|配送员|骑手|司机|客服|工作人员|专员)的?|我的|我们的)(?:名字|姓名|工号)?(?:和|跟|及|、)?$/;
const THEIR_BEFORE = /\btheir (?:(?:name|address|fax|email)(?: and| or|,)? )*$/;
const BUSINESS_NAMED = new RegExp(`\\b${BUSINESS}\\b`);
const BUSINESS_OWNS = new RegExp(`\\b${BUSINESS}'s (?:(?:name|address|fax|email|main|business|office)(?: and| or|,)? )*$`);
const ONE_TIME = /\bone[- ]time pass(?:word|code)s?\b/;
// (a PIN typed into a card reader, and the number it then shows asked for)
const PIN_TYPED = /\b(?:type|enter|key|punch) (?:in )?(?:your|the) pin\b/;
const SHOWN_ASKED = /\b(?:read|tell|give) me (?:the )?(?:number|code|digits|numbers) (?:it|that|the (?:card )?reader|the device|the screen) (?:shows|displays|gives)\b/;
// ("Nationwide will now send you a text with a passcode to approve the payment": a passcode a text brings)
const PIN_SENT = /\b(?:sent|texted|text) (?:a |you a |the )?pin\b|\bpin (?:we|i) (?:just )?(?:sent|texted)\b|\b(?:send|sends|sent|get|receive) (?:you )?a (?:text|message|sms) (?:with|containing) (?:a|the|your) (?:pin|passcode)\b/;
// ("An MTC verification PIN has been sent to your number", "…and the collection PIN", "you'll get a text with a code, it's called a PAC":
// named as one a text brings, where no card's or account's PIN is asked beside it)
const PIN_NAMED_SENT = /\bpin (?:has been|have been|was|is being|will be) (?:just )?(?:sent|texted)\b|\b(?:verification|confirmation|collection|pick-?up|delivery) pin\b|\b(?:text|sms|message)\b[^.!?]{0,48}\bpac\b/;
const OWN_PIN = /\b(?:card|atm|debit|bank|account|mpin|upi|wallet|momo|sim) pin\b|\bpin (?:for|of|on) (?:your|the) (?:card|account)\b|\batm\b/;
const OTHER_PASSWORD = /\b(?:online|banking|bank|login|account|windows|computer|e-?mail|app) (?:password|passcode)\b|\bpin\b/;
// ("我系支付宝客服，工号七零五三": who the caller says they are, then their number)
const SELF_NAMED_BEFORE = /(?:我|我们|这里|这边)(?:就)?[是系][^，。？！\s]{0,8}[，,]?$|\b(?:this is|i'?m|i am|we'?re|we are)(?: (?:the|your|an?))?[a-z ]{0,16}$/;
const GIVEN_BEFORE = /\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| can| shall)? (?:then )?(?:give|send|text|e-?mail|issue|provide|assign) you(?: with)?(?: (?:a|an|the|your|a new))?\s*$|(?:我|我们)(?:会|再|先)?给(?:你|您)(?:一个|个)?$/;
const NOT_WANTED_BEFORE = /\b(?:not|not just|not only|instead of|rather than|other than)\s+(?:the |your )?$/;
// "I need the full sixteen digits": a card's number; "the nine-digit number on the bottom left", "the numbers at the bottom of your check": a
// cheque's routing and account numbers
const CARD_DIGITS = /\b(?:full|whole|all(?: the)?) (?:sixteen|16)[- ]digits?\b|\ball (?:sixteen|16)(?= please|,|\.| and\b)|\bcard\b[^.?!]{0,30}\b(?:sixteen|16)[- ]digits?\b|\b(?:sixteen|16)[- ]digits?[^.?!]{0,20}\bcard\b|\b(?:full|whole|long) (?:card )?number on the front\b|\b(?:numbers?|digits) (?:across|along|on) the front\b|\bcard\b[^?]{0,120}\b(?:the|its) number on (?:the )?front\b|\b(?:numbers?|digits)\b[^.?!]{0,16}\b(?:on|at|along|across) the bottom(?: left)?\b(?! of (?:the|your|this|that) (?:letter|page|screen|bill|form|notice|card))|\b(?:numbers?|digits)\b[^.?!]{0,24}\b(?:of|on) (?:the|your) (?:check|cheque)\b/;
const DONT_SHARE_BEFORE = /\b(?:do not|don'?t|never|not to) (?:share|give(?: out)?|tell|disclose|reveal) (?:your |this |the |any )?$/;
const DONT_SHARE_AFTER = /\b(?:with|to) (?:anyone|anybody|others|other people|strangers)\b(?![^]*\b(?:except|but|other than|apart from|besides)\b)/;
const CALL_ON_BEFORE = /\b(?:call|ring|phone|dial|contact)(?:ing)? (?:(?:[a-z]+ ){0,3}(?:on|at) (?:the )?(?:phone |telephone )?(?:number )?|(?:the |that )?numbers? )(?:on the back of (?:your|the|my) )?$/;
// ("也不会要您在电话里报银行卡号、验证码": the things not asked listed after)
const NOT_ASKED_BEFORE = /\b(?:won'?t|will not|would never|will never|never|don'?t|do not|not going to|no need to) (?:ask|need|request|want|take|accept|collect|store|keep)(?:ing)?(?: you)?(?: for)?(?: (?!(?:but|now|so|just|please|i|we|want|need)\b)[a-z']+){0,5} $|(?:不会|不需要|不用|从不|绝不)(?:向您|向你|跟您|跟你)?(?:索要|询问|要|问)(?:您|你)?(?:的)?[^。！？，,\d]{0,16}$|(?:我们|我|咱们)(?:从来|是)?(?:不要|不收|不问)(?:您|你)?(?:的)?[^。！？，,\d]{0,8}$/; // ("我们不要验证码的": not needed)
// ("from the red, white and blue card", "on your current red, white and blue card", "off the card": a few words may describe where)
// (not "收到", "找到": "你手机收到验证码了吗" asks for the code the phone received; 去 is Cantonese for to, "发个验证码去你手机")
const HOLDER_BEFORE = /(?:\b(?:for|on|of|off|to|from|in|into|under|behind|at|with)|\bto [a-z]+|\bso (?:we|i) can [a-z]+|(?<![收得找看做拿想听遇等])到|在|往|给|(?<![过回])去)\s*(?:(?:the|your|ur|my|this|that|you|her|his|their|our)\s+)+(?:(?!(?:or|also|then|plus|your|my|the|a|an|what|which|how|can|could|would|will|do|does|please)\b)[a-z]+(?:-[a-z]+)*,?\s+){0,5}$|(?:\b(?:for|on|of|off|to|from|in|into|under|behind|at|with)|\bto [a-z]+|\bso (?:we|i) can [a-z]+|(?<![收得找看做拿想听遇等])到|在|往|给|(?<![过回])去)\s*(?:(?:the|your|ur|my|this|that|you)\s+)*(?:您|你)?(?:的)?\s*$/;
// ("your full name as on your ID": where the name is written, no number asked for; not "your legal name as it appears on your social
// security card, and the number itself")
const NUMBER_ITSELF = /\b(?:number|numbers|digits|no)\b/;
// ("…by logging in to your account on the official entry site": where to look, no account's number asked for)
const LOGGED_INTO_BEFORE = /\b(?:log(?:ging|ged)?|sign(?:ing|ed)?) ?(?:in|on)(?: ?to)? (?:your|the|my) (?:[a-z]+ )?$/;
// ("read it to me, and the one thousand eight hundred fifty goes back into your account": where money goes, after a secret asked for, no
// account's number asked; "so the refund can go to your bank account")
// (in Urdu and Hindi too: "takay raqam aap ke JazzCash account mein transfer ho sake")
const MONEY_INTO_BEFORE = /\b(?:(?:goes|go|going|gone|paid|put|sent|comes?|coming|transferred|lands?)(?: (?:straight|right|directly))? back|returned|refunded|credited|deposited)(?: back)? (?:in|into|to) (?:your|the|my) (?:[a-z]+ )?$|\b(?:refund|money|payment|payout|rebate|grant)(?: can| will| would| should)? (?:go|goes|be paid|be sent|land) (?:in|into|to) (?:your|the|my) (?:[a-z]+ )?$|\b(?:raqam|paise|paisa|rakam)(?: aap| ap| tumhare| aapke)?(?: ke| ka| ki)? (?:[a-z]+ )?$/;
const NAME_AS_ON_BEFORE = /\bnames?\b[^.?!]{0,24}\b(?:as|like) (?:it (?:is |'s )?(?:appears |written |printed |shown )?)?(?:on|in) (?:your|the|my|ur)\s+$/;
// ("…the account please also reply with your current password": what to answer with is asked for, not where a thing is held)
const ANSWER_WITH_BEFORE = /\b(?:reply|respond|answer|text back|write back|get back to (?:us|me)|come back to (?:us|me)) with (?:(?:your|ur|the|my)\s+)+(?:[a-z]+\s+){0,2}$/;
// (a sign-in's code a text brings, where no card is talked of: its "security code" is no card's)
const SIGN_IN_CODE_TALK = /\b(?:facebook|whatsapp|instagram|telegram|tiktok|snapchat|gmail|google|apple id|icloud|log(?:ging)? ?in(?:to)?|sign(?:ing)? ?in(?:to)?|new phone|texted|sms|six numbers|6 numbers|six digits|6 digits)\b|短信验证码|(?:发|来)了?一条(?:短信)?验证码/;
const CARD_TALK = /\b(?:card|visa|mastercard|amex|expiry|expiration|exp date|back of)\b|卡(?:片)?背|背面|有效期|信用卡/;
// (a phone's SIM that gets no texts, not a bank's card)
const SIM_CARD_ZH = /(?:新|手机|电话|sim ?)卡[^，,。.！!？?]{0,6}(?:收不|接不|没信号|没有信号|收短信|接短信)/i;
// (named as what no one should give: "让报身份证和卡号 大家千万别报"; not a demand to keep it from others, "千万不要给别人")
const NOT_TO_GIVE_AFTER = /^[^。.！!？?]{1,10}千万(?:别|不要|不能)(?:报|给|说|提供|透露)(?!警|案|别人|其他|任何|他人)/;
// ("…我后台帮你一键升级，张卡都唔使换", "卡也不用换": a thing the person need do nothing with, not asked for)
const NOT_NEEDED_AFTER = /^[\u4e00-\u9fff]{1,3}(?:都|也)(?:唔使|唔洗|不用|不需要|无需|没必要|不必)/;
const HOME_CODE_BEFORE = /\b(?:gate|door|lock ?box|alarm|disarm|keypad|garage)\s+$/;
const HOME_CODE_AFTER = /^code (?:for|to|on|of) (?:the|your) (?:front |back |side |garage |building'?s? )?(?:door|gate|garage|lock ?box|alarm)(?: keypad)?\b/;
const PART_LABEL = /^(?:last|ending|ends)\b|^(?:后|末|最后|尾)/;
const PIN_OF_AFTER = /^(?:(?:bank|debit|atm|credit|checking|savings) )?(?:account|acct|card)\s+(?:pin|password|passcode)\b/;
const BROUGHT_BEFORE = /\b(?:bring|carry)\b(?: (?:along|in|with you|me|us))?(?: (?:your|her|his|their|the|a|[a-z]+'?s?))?(?: [a-z]+){0,2}\s*$|(?:带|携带)(?:上|着|好)?(?:您|你)?(?:的)?(?:本人)?\s*$/;
const COMING_BEFORE = /(?:\b(?:then |after that )?(?:you'?ll|you will|we'?ll|we will|it'?ll|it will|the system will|the bank will)(?: then)? (?:get|receive|be sent|send you|text you)(?: a| an| the)?(?: new)?(?: text(?: message)? with(?: a| an| the)?)?|(?:会|将)(?:给(?:您|你))?(?:发送?|收到)(?:一(?:个|条))?(?:短信)?)\s*$/;
const SO_THE_BEFORE = /\b(?:so (?:that )?|since |because )(?:the|your)(?: [a-z]+)?\s*$/;
// (but a number to be verified is the request itself: "I just need to verify the Medicare number off your current card")
const PROVED_BEFORE = /\bso (?:that )?(?:we|i) can (?:confirm|check|validate|make sure) (?:that )?(?:the|your|this)\s*$/;
const VERIFY_NUMBER = /\b(?:need|needs|have|has|want|wants|going|got|like) to (?:verify|confirm|check)\s+(?:your|the|my|this)\s*$/;
// (or an Urdu purpose clause: "…code … isi number pe bhej dein taake raqam aap ke account mein transfer ho jaye")
const PURPOSE_BEFORE = /\b(?:to|so (?:that )?(?:we|i|(?:the )?system|the bank|the app|it|they) can|in order to) (?:secure|protect|verify|unlock|unblock|reactivate|restore|keep|fix|access|update|release|issue|send|mail|replace|cancel|block|link|connect|register|match)\s+(?:your|the|my|this|a|a new)\s*$|\b(?:taake|taki|ta ke)\b[^.!?]{0,24}$/;
const HOW_MUCH = /\bhow (?:much|many|old|long)\b|\bwhat time\b|\bwhen (?:did|do|does|will|can|is|was)\b|多少钱|有多少|多少万|几点|多大|多久|什么时候/;
// "What numbers do you see in the text?", "what does the message say?": the code a text brought
// "Both numbers from the bottom of your check": the routing and account numbers printed there
const SHORT_NUMBER_NAMED = /\b(?:[4-9]|1[0-2]|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]digit (?:number |one )?on the front\b/;
const CHECK_READ = /\b(?:numbers?|digits?) (?:at|on|from|along) the bottom of (?:your|the|a|my) (?:check|cheque)s?\b|\bbottom of (?:your|the|a|my) (?:check|cheque)s?\b[^.?!]{0,30}\b(?:numbers|digits)\b/;
const TEXT_READ = /\b(?:numbers?|digits?) (?:do |did |can )?you (?:see|get|got|have|received?) (?:in|on) (?:the|that|your) (?:text|message|sms)\b|\bwhat (?:does|did) (?:the|that) (?:text|message|sms) say\b/;
// "just read us the six digits", "里面有个六位数，您直接念给我": six digits nothing names are a one-time code, as texts send them
// (a card's, an ID's or a PIN's are named: "the last six digits of your card", "六位数的支付密码"; "快点 发过来了没 6位的": the length the
// line ends on)
const SIX_DIGITS = /\b(?:send|give|share|forward|tell)(?: me| us)? (?:the|those|these) (?:six|6) (?:numbers|digits|nos)\b|\b(?:the|those|these|that|a) (?:six|6)[- ]digits?(?: (?:number|code|one))?\b|\bread (?:me |out )?(?:the|those|these) (?:six|6) (?:numbers|digits)\b|(?:六|6)位(?:数字?|的?数|的?码)|(?:六|6)个数字|(?:六|6)位的?\s*$/;
// "Open Google Authenticator and read me the six digits under Binance": what an authenticator app shows is a one-time code
const AUTH_APP_READ = /\b(?:authenticator|authy|duo mobile|duo app)\b[^.?!]{0,40}\b(?:digits|numbers?)\b/;
const WHICH_SUM = /\b(?:what|which) year\b|\bwhat(?:'?s| is| was) the (?:charge|amount|total|balance|price|cost|fee)\b/;
// (or in the sentence after: "please install AnyDesk from Play Store, our refund officer will guide you. Tell me the 9 digit number it shows")
// (or by its length, in any language around it: "'AnyDesk' install karein aur jo 9 digit address aayega wo mujhe bata dein")
const TOOL_NUMBER_READ = new RegExp(`(?:${REMOTE_TOOL.source})(?:[^.?!。？！]|\\.(?=\\s)){0,120}?(?:\\b(?:read|tell|give|send)(?: it)?(?: out)?(?: to)?(?: me| us)? (?:the|its|that|your) (?:[a-z-]+ )?(?:number|digits|id|code|address)|\\b(?:9|nine|10|ten)[- ]digits? (?:address|id|number|code))\\b`);
const TOOL_ID_BY_LENGTH = /\b(?:9|nine|10|ten)[- ]digits? (?:address|id)\b/;
const REMOTE_ID = /\b(?:number|digits|id|address)\b|数字|号码|代码|识别码/;
// ("the best number to reach you", "where can we call you", "an emergency contact", "Send me Eddie's number", "send me Kevin from stores
// number", "Pls send the name and number of the person"; not "we've been trying to reach you", how scam calls open, nor "the name and number on
// the card")
const PHONE_ASKED = /\b(?:send|give|text|forward|share)(?: me| us)? (?!(?:the|your|my|his|her|account|card|policy|order|case|ticket|tracking|reference|member|customer|bank|routing|sort|id|ssn|pin|otp|code|invoice|receipt|serial|model)\b)[a-z]+(?:'s| from [a-z]+) (?:phone |cell |mobile |contact )?number\b|\b(?:emergency|alternate|alternative|backup|secondary|second|another) (?:contact|(?:phone )?number|phone)\b|\breference (?:contact|phone)\b|\bnext of kin\b|\bin case (?:we|i) (?:can'?t|cannot|don'?t|couldn'?t) (?:reach|get hold of|contact) (?:you|either of you)\b|\b(?:safaricom|gcash|easypaisa|jazzcash|m-?pesa|m-?paisa|mycash|ecocash|mpamba|telebirr|mmg|bkash|nagad|momo|mtn|airtel|globe|whatsapp|viber|telegram|mobile money) number\b|\b(?:number|where|how|when) (?:[a-z']+ ){0,5}(?:reach|call|contact|text) you\b|\b(?:can|could|may|should|shall) (?:we|i) (?:reach|call|contact|text) you\b|\b(?:best|callback|call back|contact) number\b|\bnumber (?:to|where|for) (?:we can |i can )?(?:send|text|reach|call)|\bnumber (?:your|the) (?:[a-z]+ ){0,2}(?:texts?|codes?|messages?|calls?|reminders?) (?:go|goes|come|comes|are sent|get sent) to\b|\bnumber for (?:appointment |the )?(?:reminders|texts|updates)\b|\bnumber (?:for|to) (?:the |a )?(?:text|code|sms)\b|\bnumber the code should\b|\b(?:what|which) number (?:should|can|do|did|would|shall|will)\b|\bwhat number are you calling from|\bnumber for your (?:husband|wife|son|daughter|spouse|partner|emergency contact)|\bemergency contact\b|\bwhat'?s (?:his|her|their) (?:phone |cell |mobile )?number\b|(?:^|[.!?]\s+)(?:[a-z]+ ){0,2}(?:(?:their|his|her|the|a) )?name and (?:phone )?number\b(?! (?:on|of|for) (?!(?:the |that |this )?(?:person|people|contact|relative|friend|family member)\b))|\b(?:names and (?:phone )?numbers|(?:their|friends'?|friend's) (?:phone )?numbers?)\b|\b(?:backup|another|alternate|second|other|registered) (?:phone )?number\b|\bnumber (?:is )?(?:(?:your|ur|the) (?:[a-z-]+ ){0,2}(?:wallet|account) )?registered\b|\bsim(?: card)? number|\bnumber on your sim\b|\b(?:give me|what'?s|what is|rest of) (?:your|ur) number\b|\b(?:your|ur) number,? please\b|\b(?:need|have|get|take) your (?:phone |cell |mobile )?number\b|^\W*(?:and )?(?:your|ur) (?:phone |cell |mobile )?number\b(?=[^.!]{0,40}\?)|\bnumber (?:i|we) can (?:follow up|reach|call|text|contact)\b|\bwho (?:can|should|do|could) (?:we|i) call\b|\b(?:which|what) (?:phone )?number\s*\?|\bnumber on file\b|\bnumber (?:including|with) (?:the )?(?:country|area) code\b|\bcall (?:this|that) number or\b|\bthis number or (?:another|a different)\b|\b(?:should|shall|can|could|may) (?:i|we) (?:put|write|use|list)(?: down)? (?:your|ur) (?:(?:phone|mobile|cell|contact) )?(?:number|no)\b|\b(?:number|nambar|no)\s+(?:de|dein|dedo|de do|do|bhej|bhejo|bhej dein|bata|batao|bata dein|likh lo|likhwa dein)\b/;

// "your mom's number", "a family member's phone", "your husband's cell"
const RELATIVES_NUMBER_ASKED = new RegExp(`\\b(?:${FAMILY}|spouse|parent|family member|relative)'?s (?:phone |cell |mobile )?(?:number|phone|cell)\\b`);

// (not money's rest: "Send the rest tomorrow morning")
// (not a span of time or a count of things: "tickets in the last five years", "the last two payments"; nor a thing that does something,
// "The first one will be reversed."; "your first 3 free tasks")
const REST_SENT = /\bsend (?:me )?the rest\b(?! of (?:the |your )?(?:money|payment|fee|amount|balance|cash))/;
const CODE_TALK = /\b(?:code|otp|pin|digits?)\b/;
const PART_ASKED = /\b(?:(?<!\b(?:send|pay|wire|transfer|bring|mail|owe|borrow|lend|get|find|raise|cover|collect) )the rest|rest of (?:it|the)|keep going|(?<!\b(?:i|we|i'll|we'll|let me|let's|can i|may i|could i) )go on(?! (?:the|to|a|an|our|your|my|their|this|that|its|line|online|holiday|vacation|leave)\b)|carry on|what comes (?:next|after)|after that(?=\s*[?？])|next (?:(?:one|two|three|four|five|six|seven|eight|nine|ten)(?! (?:years?|months?|weeks?|days?|hours?|minutes?|seconds?))|digits?|numbers?|part|characters?|group|bit)|(?:first|last|next|remaining|other|middle|final|second) (?:one(?! (?:was|is|were|i|we|you|they|will|would|has|had|should|shall|did|didn'?t|failed|went|got|gets|goes|can|could|may|might|must)\b)|two|three|four|five|six|seven|eight|nine|ten|few|[2-6]|part|half|group|bit)(?! (?:free |more |easy |simple |small |little |big )?(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|times?|calls?|payments?|transactions?|charges?|purchases?|orders?|visits?|tasks?|steps?|jobs?|items?|rounds?|levels?|games?|lessons?|questions?|people)\b)(?: digits| numbers| characters)?|remaining (?:digits|numbers|characters)|(?:need|want|missing) all (?:(?:the|[1-9]\d?|six|seven|eight|nine|ten|eleven|twelve|sixteen) )?(?:digits|numbers|characters)|lost the last)\b|后(?:面|边|头)|剩下|继续|接着|还有呢|还差|(?:发|说|报|念)(?:个|得)?完整|中间|之后|(?:前|后|最后|中间|末)(?:边|头)?(?:[一二两三四五六七八九十\d]{1,3}|几)(?:位|个数字|个)|前面几位/;
// (a part the caller says it sees is not asked for: "For security we only see the last four, three three nine one.")
// ("后面几位我这边系统能看着": the rest said to be seen already, no part asked)
const PART_SEEN = /\b(?:we|i) (?:can )?(?:only )?(?:see|have|show|got)(?: only)? the (?:last|first) (?:four|4|two|2)\b|(?:后(?:面|边|头)|剩下的?|后)那?几位[^，。！？,.!?]{0,10}?(?:看得?(?:着|到|见)|能看|有了|不用|不需要)/g;
// ("I'll read back: 4147 2021 ...?", "Four-six-five-nine, three-one-two-oh, eight-eight. Then?": the person goes on from where the caller stops)
const REST_ASKED = /\b(?:the rest|go on|keep going|continue|what comes next|and then|read(?:ing)? (?:it |that )?back)\b|(?:^|[.!,]\s*)then\s*[?？]|后面|剩下|继续|接着/;
const DIGITS_ASKED = /\b(?:next|first|remaining|other|middle) (?:two|three|four|2|3|4) (?:digits|numbers)\b|(?:前|中间|接下来的?)[两二三四234]位/i;
// ("the last four of the account holder's social", "of a parent's social": whose it is, then what)
const LAST_FOUR_OF = /\blast (?:four|4)(?: digits| numbers| characters)? (?:of|on) (?:your |the |a |an |his |her )?(?:(?!(?:card|account|acct)'s)[a-z]+(?: [a-z]+)?'s )?|(?=\b(?:card|account|acct)(?:'s)? last (?:four|4)\b)/;
/** The first label in the few words after the phrase `re` finds ("last four of your social", "the rest of the NI number"); `at` 0 is right after it. */
function firstLabelAfter(text: string, re: RegExp): Label | undefined {
  const m = re.exec(text);
  return m ? scanLabels(text.slice(m.index + m[0].length, m.index + m[0].length + 40)).byEnd.values().next().value : undefined;
}
// (a count under twenty or in tens, as a sum's thousands are said; the words' values are the reader's own, digits.ts)
const UNDER_TWENTY = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const THOUSANDS_SAID = new RegExp(`\\b((?:${Object.keys(EN_TENS).join('|')})(?:[- ](?:${UNDER_TWENTY.slice(0, 9).join('|')}))?|${UNDER_TWENTY.join('|')}|\\d{1,3}) thousand(?:,? (?:and )?(\\d{1,3})\\b)?`, 'g');
/** The value of a number under a thousand said in words or digits ("six", "forty-two", "12"). */
function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const [tens, unit] = s.split(/[- ]/);
  return EN_TENS[tens!] ? Number(EN_TENS[tens!]) * 10 + (unit ? Number(EN_WORDS[unit]) : 0) : Number(EN_WORDS[s]);
}
const REST_OF = /\b(?:rest|remainder) of (?:your |the |his |her )?/;
const REST_OF_ZH = /(?:不全|不完整|没(?:发|写|报|念)全|少了?[一二三四五六七八九两\d]?位?)[\s，,]*(?:后面|剩下)/;
const LAST_FOUR_ZH = /(?:的)?(?:后|末|最后)(?:四|4)位/;
const CONFIRMED_BEFORE = /\b(?:indeed|confirmed|verified)\s*$|(?:确认|核实)(?:是|为)?\s*$/;
// (not asked: "your son's student ID is 20318844, correct?" reads it to the person, who gave nothing)
const CONFIRMED_AFTER = /^(?:\W{0,3}(?:(?:is|are|was)\s+)?(?:correct|right|confirmed|verified|a match)\b|[，,]?\s*(?:没错|正确|对的|核对无误))(?![^.!?。！？]*[?？])/;

// A request or a question: "can you confirm your SSN, just the last four?" asks for the SSN even
// when "…to protect your account" follows it.
// ("…to verify your account" is a purpose, not a request for the account's number.)
const REQUEST = /\?|？|\b(?:please|confirm|give|provide|tell|read|needs?|what'?s|what is|what|which|reply with|send|enter|type|pop|fill|key|(?:can|could|may) (?:i|we) (?:have|get|take)|let me have)\b|请|提供|告诉|报一下|输入|填写|多少|发给(?:我|我们)|发过来/;
// (the sentence asks for something now: "Read me…", "您把卡号念一下")
const ASKS_NOW = new RegExp(`${REQUEST.source}|念|报|填|输`);

const SENTENCE_REACH = 200;
const HARMLESS_REACH = 60;
/** The sentence around index i, at most `reach` characters each side. */
function sentenceAt(t: string, i: number, reach = SENTENCE_REACH): string {
  const from = Math.max(0, i - reach);
  const head = t.slice(from, i);
  const start = from + Math.max(head.lastIndexOf('. '), head.lastIndexOf('。'), head.lastIndexOf('! '), head.lastIndexOf('！'), head.lastIndexOf('? '), head.lastIndexOf('？')) + 1;
  const end = t.slice(i, i + reach).search(/[.。!！?？]/);
  return t.slice(start, end < 0 ? i + reach : i + end + 1);
}

/**
 * The secret a caller's line asks for, as a leak's kind: a card's expiry or security code is the
 * card's, and so is the code of a gift card (docs/labelling.md, case 59).
 */
export function askedSecret(caller: CallerLine | undefined): LeakKind | undefined {
  // (a remote tool's "security code" is its code, not a card's)
  if (caller?.last === 'cvv' && REMOTE_TOOL.test(caller.text)) return 'code';
  const kind = caller?.last === 'expiry' ? 'card' : secretOf(caller?.last);
  return kind === 'code' && GIFT.test(caller!.text) ? 'card' : kind;
}
