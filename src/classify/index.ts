// Reading a reply: what it means (intent) and what it gives away (leaks). Pure functions.
// Two readings share one pass of normalising, language detection and secret finding:
//   classify          — the exact rules (secrets) and the hand-written cue rules (intent.ts) alone;
//   classifyInContext — the same rules weighed by the trained model (model/), with what the
//                       caller's line asked for. This is the reading every front end gets.
import type { ClassifyOptions, Reading, ReplyContext } from '../core/reader';
import { detectLang, hasLetters } from './lang';
import { normalize } from './normalize';
import { findLeaks } from './secrets';
import { readIntentAgainst, type CueMatch, type IntentReading } from './intent';
import { spokenPart } from './advice';
import { plainWords } from './plain-words';
import type { Ask } from './model/context';
import { asksOfContext, readIntentInContext } from './model/read';

export type { Leak, Reading, ClassifyOptions, ReplyLang } from '../core/reader';
export { CONFIDENT } from '../core/reader';
export { redact, mask, applyMasks } from './redact';
export { luhnValid, chineseIdValid, findLeaks } from './secrets';
export { normalize, sanitize } from './normalize';
export { detectLang } from './lang';

/** A secret given away decides the reply, whatever else it says ("no, the code is 123456"). */
const LEAK_READING: IntentReading = { intent: 'comply', confidence: 0.95 };

/**
 * What the rules read in a reply to a line asking `asks`: its language, secrets, the words it says
 * to the caller (`said`: advice in reported speech, "Tell him no.", is read as "no.", and dialect and chat
 * words in their plain forms, "冇问题" as "没问题"), the rules' intent of them, and the cues that fired
 * (evidence for the model).
 */
export function readRules(text: string, opts: ClassifyOptions = {}, asks: readonly Ask[] = [], context: ReplyContext = {}) {
  const src = typeof text === 'string' ? text : '';
  const norm = normalize(src);
  const lang = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLang(norm.text);
  // the caller's line tells which secret a bare number is and which numbers are the caller's own;
  // the person's replies before this one hold the rest of a secret read out over several, and the lines they answered
  // the request a "Go on." goes on with
  const leaks = findLeaks(src, norm, { caller: context.caller, previous: context.earlier, callers: context.callers });
  const said = plainWords(spokenPart(norm.text));
  const cues: CueMatch[] = [];
  return { said, lang, leaks, cues, rule: leaks.length ? LEAK_READING : readIntentAgainst(said, asks, cues) };
}

/** The rules' reading alone (the reader before the trained model; `npm run eval -- --rules-only`). */
export function classify(text: string, opts: ClassifyOptions = {}): Reading {
  const { lang, leaks, rule } = readRules(text, opts);
  return { ...rule, leaks, lang };
}

/** The reading of a reply to the caller's line in `context`: the rules weighed by the trained model. */
export function classifyInContext(text: string, opts: ClassifyOptions & { context?: ReplyContext } = {}): Reading {
  const asks = asksOfContext(opts.context?.caller, opts.context?.flags);
  // A reply with no word of its own ("123456") is in the language of the call: its masks and reading follow the caller's line.
  const caller = opts.context?.caller;
  const auto = !opts.lang || opts.lang === 'auto';
  const { said, lang, leaks, cues, rule } = readRules(text, auto && caller && !hasLetters(text) ? { ...opts, lang: detectLang(caller) } : opts, asks, opts.context);
  if (leaks.length) return { ...rule, leaks, lang };
  return { ...readIntentInContext(said, lang, rule, asks, cues), leaks, lang };
}
