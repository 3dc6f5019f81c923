// The reader every front end hands to the core: one pass over a reply that cleans it (one
// sanitiser), detects its language, finds the secrets once, reads the intent against the caller's
// line (classifyInContext: the rules weighed by the trained model), and masks the text with the
// secrets it found (no second scan).
import type { Reader, ReadText, ReplyContext } from '../core/reader';
import { classifyInContext } from './index';
import { loadModels } from './model/read';
import { applyMasks, redact } from './redact';
import { sanitizeReply } from './sanitize';

export function readText(text: string, context?: ReplyContext): ReadText | null {
  const clean = sanitizeReply(typeof text === 'string' ? text : '');
  if (!clean) return null;
  const reading = classifyInContext(clean, { lang: 'auto', context });
  const found = reading.leaks.length > 0;
  return {
    // Masks in the reply's language, as redact() writes them: a Chinese reply gets [验证码 ••••••].
    text: found ? applyMasks(clean, reading.leaks, reading.lang) : clean,
    intent: reading.intent,
    confidence: reading.confidence,
    leaks: found ? [...new Set(reading.leaks.map((l) => l.kind))] : [],
    lang: reading.lang,
  };
}

// One short, ordinary exchange in each language, read twice while a session starts: it compiles
// the code paths and the common cue alternatives every reply goes through (V8 compiles a regular
// expression to bytecode on its first run and to machine code on its second), so the person's
// first reply pays only for what is particular to it.
const WARM_UP = [
  { caller: 'Hello, this is customer service. Can you confirm your name?', reply: 'Yes, speaking. What is this about?' },
  { caller: '您好，这里是客服，请问是您本人吗？', reply: '是我，什么事？' },
];

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Get the reader ready while a session starts (Reader.prepare): the weights read off the main
 * thread, then the warm-up exchanges, one per turn of the event loop so a key pressed meanwhile is
 * not held up long. Never rejects: a missing weights file is reported by the first read.
 */
export async function prepareReader(): Promise<void> {
  try {
    await loadModels();
  } catch {
    return;
  }
  for (const w of [...WARM_UP, ...WARM_UP]) {
    await nextTurn();
    readText(w.reply, { caller: w.caller });
  }
}

export const reader: Reader = { read: readText, mask: redact, prepare: prepareReader };
