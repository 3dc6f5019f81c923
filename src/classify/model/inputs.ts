// What each trained model reads, built the same way by the trainer and by the reader.
//   reply model: the reply's n-grams, its language, the hand-written rules' reading and the cues
//     behind it (so the rules are evidence the model weighs), what the caller asked for, and that
//     ask crossed with a few things about the reply (a negation, a question, a yes, the rules' intent): "我不挂电话" after "别挂电话"
//     reads as going along because "stay × negation" was learnt as comply.
//   caller model: the caller's line's n-grams, whether it is the caller's first line (a cold
//     call's opening is `unsolicited-contact`), the topics it names (context.ts), alone and
//     crossed with asking for something ("需要你提供…验证码" is a request for a code), and the
//     flags its call showed before it.
import { hasNegation, type CueMatch, type IntentReading } from '../intent';
import { plainTopics, type Ask } from './context';
import { addNamed, named, textFeatures, type Features } from './features';
import { plainLine } from '../plain-words';

const QUESTION = /\?|吗|呢$|what|why|how|who|which|where/;
const YES = /^(?:好|行|可以|嗯|对|是|没问题|在的|明白|知道了|ok|okay|yes|yeah|yep|sure|alright|all right|fine|of course|certainly|right)/;

const band = (c: number) => (c >= 0.75 ? 'hi' : c >= 0.6 ? 'mid' : 'lo');

/**
 * The rules' evidence, not only their verdict: the weight of the cues of each intent that fired
 * (negated ones apart), capped. A long English reply often does several things ("I'm not
 * comfortable… I'll call the bank myself… goodbye"); the rules' one reading drops all but one.
 */
function addCues(f: Features, cues: readonly CueMatch[]): void {
  const sum = new Map<string, number>();
  for (const c of cues) {
    if (!c.w) continue;
    const k = `cue:${c.intent}${c.negated ? ':neg' : ''}`;
    sum.set(k, (sum.get(k) ?? 0) + c.w);
  }
  for (const [k, w] of sum) {
    f.keys.push(named(k));
    f.values.push(Math.min(w, 6) / 3);
  }
}

/** The reply model's features: `text` normalised (lower case, digits as digits), `asks` from context.ts, `cues` the rules' trace. */
export function replyFeatures(text: string, lang: 'en' | 'zh', rule: IntentReading, asks: readonly Ask[], cues: readonly CueMatch[]): Features {
  const f: Features = { keys: [], values: [] };
  textFeatures(text, f);
  addNamed(f, `lang:${lang}`);
  addNamed(f, `rule:${rule.intent}`);
  addNamed(f, `rule:${rule.intent}:${band(rule.confidence)}`);
  addNamed(f, `rule:${rule.intent}:${lang}`);
  addCues(f, cues);
  const head = text.trimStart();
  const marks = [hasNegation(text) && 'neg', QUESTION.test(text) && 'q', YES.test(head) && 'yes'].filter((m): m is string => !!m);
  for (const m of marks) addNamed(f, `reply:${m}`);
  if (!asks.length) addNamed(f, 'ask:none');
  for (const a of asks) {
    addNamed(f, `ask:${a}`);
    addNamed(f, `ask:${a}×rule:${rule.intent}`);
    // (not × negation: "不弄了" after a request for a code taught it "comply" from replies such as
    // "不过我…"; keeping what the caller forbade is the rules' job, readIntentAgainst)
    for (const m of marks) if (m !== 'neg') addNamed(f, `ask:${a}×${m}`);
  }
  return f;
}

const WORD_OR_HAN = /[a-z0-9'’]+|[\u4e00-\u9fff]/gi;
/** The fewest words (or Han characters) a line needs to push again what the call asked before ("Did you get the text?", "还差一步"). */
const PUSH_MIN_UNITS = 3;

/**
 * The caller model's features. `before`: the flags the call showed on its earlier lines, where the line is read in its call (a
 * caller who pushes again says less than the first time: "Did you get the text?"); a line read alone has none.
 */
export function callerFeatures(line: string, first: boolean, before?: ReadonlySet<string>): Features {
  const text = plainLine(line);
  const f: Features = { keys: [], values: [] };
  textFeatures(text, f);
  addNamed(f, first ? 'line:first' : 'line:later');
  // (not on a line too short to push anything: "Thank you.", "Hello?", "好的")
  if (before && (text.match(WORD_OR_HAN) ?? []).length >= PUSH_MIN_UNITS) for (const flag of before) addNamed(f, `before:${flag}`);
  const topics = plainTopics(text);
  const request = topics.includes('request');
  for (const t of topics) {
    addNamed(f, `topic:${t}`);
    if (request && t !== 'request') addNamed(f, `request×${t}`);
  }
  return f;
}
