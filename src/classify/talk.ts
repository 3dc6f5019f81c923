// What the talk around a number says its label means, and the words that tell it: a gift card, a
// remote-access tool, health insurance, a phone number asked for. Read by the caller's line and the
// reply alike (secrets.ts, caller-line.ts).
import { MAX_REPLY_CHARS } from '../core/reply';
import { BANK_CARD_NAMED, type Labels } from './labels';
import { NeedChecker } from './split-regex';

/** The needs of the patterns tried on pieces of a reply (Talk.in), one scan a text for all of them. */
const NEEDS = new NeedChecker();

/**
 * A text and what it talks about, each pattern read over it once: the talk is the same for every number
 * in a reply, and a 100 kB paste holds thousands of numbers (each reading the whole text again was quadratic).
 */
export class Talk {
  private seen = new Map<RegExp, boolean>();
  constructor(readonly text: string) {}
  /** Whether the text holds a match of `re` (not a global pattern: no lastIndex). */
  says(re: RegExp): boolean {
    let v = this.seen.get(re);
    if (v === undefined) this.seen.set(re, (v = re.test(this.text)));
    return v;
  }

  private held = new Map<RegExp, boolean>();
  /**
   * Whether the text holds the words any match of `re` needs (false: `re` matches no piece of it), told once a text. Only a text longer
   * than any reply is read so (a paste, a window of one): a reply's patterns just run, with no lookups and no first use of a pattern's
   * need to work out in a fresh process.
   */
  may(re: RegExp): boolean {
    if (this.text.length <= MAX_REPLY_CHARS) return true;
    let v = this.held.get(re);
    if (v === undefined) this.held.set(re, (v = NEEDS.holds(re, this.text)));
    return v;
  }

  /**
   * Whether `re` matches the text's slice [from, to), as `re.test(text.slice(from, to))`: tried only where the text may hold a match (a
   * paste's thousands of numbers each try some hundred patterns around them, and most patterns' words are nowhere in it).
   */
  in(re: RegExp, from: number, to?: number): boolean {
    return this.may(re) && re.test(this.text.slice(from, to));
  }
}

// Gift and prepaid cards, whose number, PIN or claim code is what a caller cashes.
// ("the numbers under the silver strip", "the card's code": what is scratched off a card, or a card's code, is a gift card's)
export const GIFT = /gift|prepaid|recharge card|airtime|top[- ]?up (?:card|voucher)|vanilla|green dot|moneypak|\bbuy (?:[a-z$0-9]+ ){0,4}cards\b|itunes|google play|steam card|razer|silver (?:strip|panel|part)|scratch|\bcard'?s codes?\b|\bcodes? (?:on|from|off) (?:the|both|each|all the) cards\b|\bredeem (?:the|your|a|this) card\b|\bserial(?: number)?,? and (?:the |its )?pin\b|充值卡|购物卡|礼品卡|e卡|卡密(?!码)/;
// ...and the words that ask for its code or PIN ("the PIN on the gift card"), in a sentence (a Steam card's, not the Steam Guard
// code a sign-in sends)
const GIFT_WORDS = 'gift|prepaid|vouchers?|recharge card|airtime|top[- ]?up (?:card|voucher)|itunes|google play|steam (?:cards?|wallet|gift)|silver (?:strip|panel|part)|scratch|under the strip|礼品卡|充值卡|购物卡';
export const GIFT_PIN_ASKED = new RegExp(`(?:pin|code|number|密码|卡密)[^.?!。？！]{0,30}(?:${GIFT_WORDS})|(?:${GIFT_WORDS})[^.?!。？！]{0,48}(?:pin|code|number|密码|卡密)`);
// Remote-access tools, and a caller's words for getting into the computer through one.
// (a meeting the person opens and shares the screen in lets the caller watch it as well: case 117)
// ("a nine-digit address on the left", "the address on the screen, nine digits": a remote tool's ID, as AnyDesk names it, not where
// one lives)
export const REMOTE_ADDRESS = /\b(?:nine|9|ten|10)[- ]digit address\b|\baddress,? (?:a|the|it'?s a|which is a) (?:nine|9|ten|10)[- ]digit (?:number|code)\b|\baddress (?:on|in|at the top of) (?:the|your) (?:screen|window)\b[^.?!]{0,12}\b(?:nine|9|ten|10) digits\b/;
export const REMOTE_TOOL = new RegExp(`(?:${REMOTE_ADDRESS.source})|${/team ?viewer|anydesk|any desk|this desk|ultra ?viewer|quick ?support|quick ?assist|logmein|todesk|rust ?desk|supremo|airdroid|splashtop|aweray|awesun|向日葵|远程(?!(?:给|帮|为|替)(?:您|你)|办理?|处理|审核|核实|登记|升级|激活|开通|解冻|冻结|注销|认证)|\bremote(?:ly)? (?:in|into|access|desktop|support|assistance|session|control|connection|thing|app|program|software|tool)\b|\b(?:connection|support|access|sharing) (?:program|app|software|tool)\b|\bconnect to your (?:computer|pc|laptop|device|screen)\b|\b(?:zoom |meeting )(?:id|number|passcode|password)\b|会议密码|\bscreen ?shar|\bshare (?:the |your |my )?screen\b|\btake control of (?:your|the)\b|\b(?:access|control) (?:your|the|my) (?:computer|pc|laptop|device|screen)s? remotely\b|屏幕共享|共享屏幕/.source}`);
// "the ID and password on your screen", "ID 1 284 556 903, password x7k2mp": what a remote tool shows (not a user's or an Apple ID)
export const ID_AND_PASSWORD = /(?<!\b(?:user|login|log-in|sign-in|apple|customer|member|account|online|banking)\s?)\bid\b(?![^.?!]{0,40}\b(?:user ?name|log-?in|sign-?in)\b)[^.?!]{0,40}\b(?:password|passcode)\b/;

// Labels whose kind the talk decides. A health plan's member ID opens a person's medical records and
// claims, as a Medicare number does: an ID where insurance is talked about (docs/labelling.md, case 89);
// a shop's member number is none. AnyDesk calls its ID an "address": a code where a remote-access tool is.
// (or care is: a clinic, a pharmacy, a dentist's or an optician's office asks for the plan's member ID)
const HEALTH = /insurance|insurer|health|medicare|medicaid|blue cross|blue shield|aetna|cigna|humana|united ?health|kaiser|anthem|tricare|bcbs|clinic|hospital|doctor|dental|dentist|vision|pharmacy|prescription|patient|medical|\bhsa\b|\brx ?(?:bin|pcn|grp)\b|subscriber|\b(?:your|the|existing|current|drug|medical) plan\b|\bcovered\b|co-?pays?\b|医保|社保|保险|医院|诊所/;
const GIFT_CARD = /gift ?cards?|prepaid card|recharge cards?|airtime (?:card|voucher)s?|top[- ]?up (?:card|voucher)s?|礼品卡|充值卡|购物卡|卡密/;
const DEVICE = /\b(?:router|modem|ipad|iphone|phone|laptop|computer|tv|device|tablet)\b|路由器|手机|电脑/;
const GROUP_NUMBER = /\bgroup(?: (?:number|no\b|#|(?:is )?(?:\d\s?){3,})|\?)/;
const MEMBER_LABEL = /^member(?: (?:id|number|no)\b|(?=[\s#:]*[a-z]?\s*\d))|^会员(?:号|卡号)/;
// ...and so does one's own insurance policy number, a health plan's or a car's (cases 99, 113): it opens the policy and its claims
const POLICY_LABEL = /^policy(?: (?:id|number|no)\b|(?=(?:'s)?[\s.…:#-]*(?:[a-z][\s-]?){0,3}\d))|^保单号?/;
// (a car's insurer is talked about by name, or by its coverage and claims; "insurance" itself is in HEALTH, read first)
const POLICY_TALK = /\bpolicy ?holder\b|\bgroup (?:number|no\b|#|\d)|\blife insurance\b|\b(?:auto|car|home|life|renters?) policy\b|\bcarrier\b|\brenewal\b|new york life|prudential|metlife|state farm|geico|allstate|progressive|liberty mutual|farmers|nationwide|usaa|coverage|premium|deductible|\bclaims?\b|declarations page|adjuster|insured|homeowners?/;
// (or whose words end at a number: "my current policy with Geico is 4417-22-8830-1")
const POLICY_VALUE = /^(?:[a-z][\s-]?){0,3}\d/;
// ...and a person's file number where care or a driving licence is talked about ("医保个人编号", "驾驶证档案编号"), not a complaint's or a staff's
const FILE_LABEL = /^(?:个人编号|档案编号)/;
const FILE_TALK = /医保|社保|驾驶证|驾照/;
const ADDRESS_LABEL = /^address\b/;
// (a device's serial is no secret; a prepaid or gift card's, "充值卡序列号 2306 1188…", "the gift card's serial number is 6041…", is
// the card's number: case 59; a barcode's number is a product's)
// An area code is a phone number's start when a phone number is asked for ("your phone number, with area code").
const AREA_LABEL = /^area code\b/;
const PHONE_TALK = /\bphone\b|\bcell\b|\bmobile\b|number to reach|call ?back|\b(?:contact|best) number|reach you|电话|手机/;

// An identity or health card talked of, and a bank's: the card named alone is the one talked of.
const BARE_CARD = /^(?:cards?(?: number| no)?|卡)$/;
const ID_CARD = /\b(?:nhis|nhif|nhi|medicare|medicaid|health|insurance|id|identity|national|ohip|nhs)(?: insurance)? card\b|医保卡|社保卡|身份证/;
// (a bank's card named, as labels.ts names one, or its account: a line that speaks of accounts still asks for an ID card's number
// where labels.ts reads a bare 卡号, so the account words are this pattern's own)
const BANK_CARD = new RegExp(`${BANK_CARD_NAMED.source}|账户|账号|\\b(?:banking|atm|visa|mastercard|amex|gift|prepaid|account)\\b`);

/** Whether the talk around `t` could decide one of its labels' kind: a member's or a policy's number named in it. */
export function talkDecides(labels: Labels, t: string): boolean {
  for (const l of labels.byEnd.values()) if (l.kind === 'not' && (MEMBER_LABEL.test(t.slice(l.at, l.at + 16)) || t.startsWith('policy', l.at))) return true;
  return false;
}

/** The labels, with a card named alone an ID's where an identity card is talked of, a member or policy number an ID's, an address a code's, an area code a phone's and a serial a gift card's where the talk (`t` or `context`) says so. */
export function withTalk(labels: Labels, t: string, context: string | (() => string)): Labels {
  if (!labels.harmlessEnds.length && !(t.includes('card') || t.includes('卡'))) return labels;
  const here = new Talk(t);
  // (the context read only if a label's kind needs it: a caller's line is then normalised only where its words decide something)
  let talk: Talk | undefined;
  const there = { says: (re: RegExp) => (talk ??= new Talk(typeof context === 'string' ? context : context())).says(re) };
  // (the talk is read, over the whole text, only when such a label is there: a paste holds thousands of others)
  let health: boolean | undefined;
  let policy: boolean | undefined;
  let remote: boolean | undefined;
  let phone: boolean | undefined;
  let changed = false;
  let idCard: boolean | undefined;
  for (const [end, l] of labels.byEnd) {
    // (a card named alone where the talk is of an identity or a health card, and of no bank's: "bring your NHIS card" · "let me read the
    // number… it's 0 4 2 7 7 1 9 3" is that card's, an ID's)
    if (l.kind === 'card' && BARE_CARD.test(t.slice(l.at, end)) && (idCard ??= (here.says(ID_CARD) || there.says(ID_CARD)) && !here.says(BANK_CARD) && !there.says(BANK_CARD))) {
      labels.byEnd.set(end, { kind: 'id', at: l.at });
      continue;
    }
    if (l.kind !== 'not') continue;
    const head = t.slice(l.at, l.at + 16);
    const healthTalk = () => (health ??= here.says(HEALTH) || there.says(HEALTH));
    // (a plan's group number beside it says a health plan too: "the member ID and group number from the card")
    const insuredId = MEMBER_LABEL.test(head) ? healthTalk() || here.says(GROUP_NUMBER) || there.says(GROUP_NUMBER)
      : (POLICY_LABEL.test(head) || (head.startsWith('policy') && POLICY_VALUE.test(t.slice(end, end + 8)))) && (head.startsWith('保单') || healthTalk() || (policy ??= here.says(POLICY_TALK) || there.says(POLICY_TALK)));
    const kind = insuredId || (FILE_LABEL.test(head) && (here.says(FILE_TALK) || there.says(FILE_TALK))) ? 'id'
      : ADDRESS_LABEL.test(head) && (remote ??= here.says(REMOTE_TOOL) || there.says(REMOTE_TOOL)) ? 'code'
      : AREA_LABEL.test(head) && (phone ??= there.says(PHONE_TALK)) ? 'phone'
      : (head.startsWith('序列号') || head.startsWith('serial')) && (here.says(GIFT_CARD) || there.says(GIFT_CARD)) && !here.says(DEVICE) && !there.says(DEVICE) ? 'card' : undefined;
    if (kind) {
      labels.byEnd.set(end, { kind, at: l.at });
      changed = true;
    }
  }
  return changed ? { byEnd: labels.byEnd, harmlessEnds: labels.harmlessEnds.filter((e) => labels.byEnd.get(e)?.kind === 'not') } : labels;
}
