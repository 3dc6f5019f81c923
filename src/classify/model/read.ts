// The trained models at run time: loaded from models/reader.bin on first use (so `--version`,
// `list` and the first practice frame never pay for them), then a reply's intent in context and
// the red flags of a caller's line. Trained by `npm run train` (scripts/train.ts, docs/reader.md).
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Intent } from '../../core/constants';
import { SAFE_INTENTS } from '../../core/judge';
import { CONFIDENT } from '../../core/reader';
import { flagsInLine } from '../cues';
import type { CueMatch, IntentReading } from '../intent';
import { detectLang } from '../lang';
import { asksOf, topicsOf, type Ask } from './context';
import { callerFeatures, replyFeatures } from './inputs';
import { decodeModels, type Linear } from './linear';

export const MODEL_FILE = join('models', 'reader.bin');

/** The model file: in the nearest folder above this module that holds one (the repository, or the installed package when bundled in dist/). */
export function modelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const p = join(dir, MODEL_FILE);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) throw new Error(`the reader's weights (${MODEL_FILE}) are missing from the scamdrill package; reinstall it, or run "npm run train" in a checkout`);
    dir = up;
  }
}

let loaded: Record<string, Linear> | undefined;
let loading: Promise<void> | undefined;

/**
 * Load the weights without blocking: a front end calls this as a session starts, so the file is
 * read off the main thread and decoded while the person reads the caller's first line, not while
 * they wait for their first reply to be read. A read before it is done loads them at once.
 */
export function loadModels(): Promise<void> {
  loading ??= readFile(modelPath()).then((bytes) => {
    loaded ??= decodeModels(bytes);
  });
  return loading;
}

function model(name: 'intent' | 'flags'): Linear {
  loaded ??= decodeModels(readFileSync(modelPath()));
  const m = loaded[name];
  if (!m) throw new Error(`${modelPath()} holds no ${name} model; run "npm run train"`);
  return m;
}

/** Softmax probabilities of the scores divided by the temperature chosen in training. */
function softmax(s: Float64Array, t: number): Float64Array {
  let max = -Infinity;
  for (const x of s) max = Math.max(max, x / t);
  let sum = 0;
  const p = s.map((x) => {
    const e = Math.exp(x / t - max);
    sum += e;
    return e;
  });
  return p.map((x) => x / sum);
}

/** The probability of each intent for a reply (normalised text) to a caller's line asking `asks`, the rules' reading from `cues`. */
export function intentProbabilities(text: string, lang: 'en' | 'zh', rule: IntentReading, asks: readonly Ask[], cues: readonly CueMatch[]): Map<Intent, number> {
  const m = model('intent');
  const p = softmax(m.scores(replyFeatures(text, lang, rule, asks, cues)), Number(m.spec.extra.temperature ?? 1));
  return new Map(m.spec.classes.map((c, i) => [c as Intent, p[i]!]));
}

/**
 * How many times likelier than the rules' intent the model's own pick in the same group must be to
 * name the intent instead (chosen by cross-validation inside the training part: docs/reader.md).
 */
const MODEL_OVERRULES = 2;

/** A rules' reading this sure (a strong cue, nothing against it) keeps an agreeing reading from being "unclear". */
const RULES_SURE = 0.85;

/** What a reading means for the flags: caught, missed, or still open (core/judge). */
const groupOf = (i: Intent) => (SAFE_INTENTS.includes(i) ? 'safe' : i === 'comply' ? 'unsafe' : 'open');

/**
 * The reading from the model's probabilities: the model decides what the reply does to the flags
 * (safe, unsafe or open: the group with the most probability, which is the confidence), and within
 * that group the rules name the intent when they are sure of one in it (they know which safe step
 * a scenario routes on: hanging up, verifying, consulting), unless the model finds another intent
 * of the group MODEL_OVERRULES times likelier; else the model's likeliest. When the rules are sure
 * of a reading in the same group, the confidence is at least CONFIDENT. A reading the rules took
 * from what the caller asked (kept to what it forbade, told who is behind it) decides.
 */
export function decideIntent(p: ReadonlyMap<Intent, number>, rule: IntentReading): IntentReading {
  if (rule.byContext) return { intent: rule.intent, confidence: rule.confidence };
  const mass = new Map<string, number>();
  for (const [i, x] of p) mass.set(groupOf(i), (mass.get(groupOf(i)) ?? 0) + x);
  const group = [...mass].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  // the rules sure of a reading in the group the model reads: two readers agree, so it is not "unclear"
  const agreed = groupOf(rule.intent) === group && rule.confidence >= RULES_SURE;
  const confidence = agreed ? Math.max(mass.get(group)!, CONFIDENT) : mass.get(group)!;
  let intent = rule.intent;
  let best = -1;
  for (const [i, x] of p) if (groupOf(i) === group && x > best) [intent, best] = [i, x];
  const ruleSure = groupOf(rule.intent) === group && rule.confidence >= CONFIDENT;
  return { intent: ruleSure && (p.get(rule.intent) ?? 0) * MODEL_OVERRULES > best ? rule.intent : intent, confidence };
}

/** The intent the model reads in context, and how sure it is (see decideIntent). */
export function readIntentInContext(text: string, lang: 'en' | 'zh', rule: IntentReading, asks: readonly Ask[], cues: readonly CueMatch[]): IntentReading {
  return decideIntent(intentProbabilities(text, lang, rule, asks, cues), rule);
}

/**
 * Each flag the caller model knows, with its probability for this line and the thresholds chosen in
 * training for the line's language (the English corpus marks flags more loosely than the Chinese):
 * `threshold` for a flag new to the call, `carried` for one already shown on an earlier line of it.
 */
export function flagProbabilities(text: string, first: boolean, before?: ReadonlySet<string>): Array<{ flag: string; p: number; threshold: number; carried: number }> {
  const m = model('flags');
  const s = m.scores(callerFeatures(text, first, before));
  const lang = detectLang(text);
  const thresholds = m.spec.extra[`thresholds:${lang}`] as number[];
  // (a model file trained before the carried thresholds: none lower)
  const carried = (m.spec.extra[`carried:${lang}`] as number[] | undefined) ?? thresholds;
  return m.spec.classes.map((flag, i) => ({ flag, p: 1 / (1 + Math.exp(-s[i]!)), threshold: thresholds[i]!, carried: carried[i]! }));
}

/**
 * The red flags the caller model reads in a line, in the model's order. `before`: the flags shown on the
 * call's earlier lines. A caller who pushes again ("ok now the other card", "the link I sent, quick") says
 * less than the first time, and means the same (docs/labelling.md: lines that push again carry what they
 * push): the model reads those flags with the line, and a flag shown before is shown again at the lower
 * threshold training chose for lines that carry one.
 */
export function callerFlags(text: string, first = false, before?: ReadonlySet<string>): string[] {
  return flagProbabilities(text, first, before)
    .filter((f) => f.p >= f.threshold || (!!before?.has(f.flag) && f.p >= f.carried))
    .map((f) => f.flag)
    .filter(demanded(text));
}

/**
 * Secrecy is a demand ("don't tell your family"), never reassurance ("信息都会保密处理"): words
 * alone (the model's n-grams, the catalogue's "保密") cannot tell them apart, so a secrecy flag
 * stands only on a line that demands it (context.ts).
 */
export const demanded = (text: string) => (flag: string) => flag !== 'secrecy' || topicsOf(text).includes('secret');

type CatalogueFlags = Parameters<typeof flagsInLine>[1];

/**
 * The red flags of a real caller's line: the caller model's, and the catalogue's cue patterns
 * (hand-written, precise, and they cover what the corpus has too few lines to learn, such as an
 * English request for a code), less the cues training found mostly wrong in the line's language
 * where the model did not agree (`cuesLeftOut`: the English cues of loan-offer fire on lines the
 * English labels call something else). Only flags the catalogue holds, in its order: the debrief
 * explains every flag it lists. `before`: the flags shown on the call's earlier lines (callerFlags).
 */
export function lineFlags(text: string, flags: CatalogueFlags, first: boolean, before?: ReadonlySet<string>): string[] {
  const lang = detectLang(text);
  const leftOut = model('flags').spec.extra.cuesLeftOut as string[] | undefined;
  const cues = flagsInLine(text, flags).filter((f) => !leftOut?.includes(`${lang}:${f}`));
  const found = new Set([...callerFlags(text, first, before), ...cues.filter(demanded(text))]);
  return Object.keys(flags).filter((f) => found.has(f));
}

// Replies to one scripted line come one after another: its asks are worked out once.
let lastCaller: { caller: string; flags: readonly string[] | undefined; asks: Ask[] } | undefined;

/** What the caller's line asked for: its flags when known, else the ones the caller model reads. */
export function asksOfContext(caller: string | undefined, flags: readonly string[] | undefined): Ask[] {
  if (!caller) return asksOf(undefined, flags);
  if (lastCaller && lastCaller.caller === caller && lastCaller.flags === flags) return lastCaller.asks;
  const asks = asksOf(caller, flags ?? callerFlags(caller));
  lastCaller = { caller, flags, asks };
  return asks;
}
