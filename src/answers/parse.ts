// Answers files: the replies of a learner who is not at the keyboard, one per line. Pure: the
// caller reads the file; this turns its text into steps or into errors with line numbers.
//
//   // a comment            ignored, like blank lines
//   Who is this?           a reply in the learner's own words
//   #2                     pick answer 2 of the numbered list
//   @wait 30s              stay silent for 30 s (also 2m, 500ms, 1m30s)
//   \#2 is my flat         a leading backslash makes the rest a reply, taken literally
//
// Reply lines may hold secrets the learner typed; they stay inside the steps and are never
// copied into an error message.
import { choiceNumber } from '../core/reply';

export type AnswerStep =
  | { kind: 'reply'; line: number; text: string }
  | { kind: 'choice'; line: number; n: number }
  | { kind: 'wait'; line: number; ms: number };

export interface Answers {
  /** The name errors and reports use for the file (as given, or "-" for standard input). */
  file: string;
  steps: AnswerStep[];
}

/** What can be wrong with a line of answers. Each code is a key of words/labels.ts, which says it in either language with `holes`. */
export type AnswersErrorCode =
  | 'answers-not-a-number' | 'answers-unknown-instruction' | 'answers-wait-needs-duration'
  | 'answers-wait-not-duration' | 'answers-wait-zero' | 'answers-wait-too-long';

export interface AnswersError {
  file: string;
  line: number;
  code: AnswersErrorCode;
  holes: Readonly<Record<string, string | number>>;
  /** In English (logs, tests); formatAnswersError takes the words of another language. */
  message: string;
}

export type AnswersParse = { ok: true; answers: Answers } | { ok: false; errors: AnswersError[] };

/** The longest silence one @wait may ask for: a day is already far past any pressure timer. */
export const MAX_WAIT_MS = 24 * 3600 * 1000;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "30s", "2m", "500ms", "1m30s", "1.5s" → milliseconds; undefined if it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(s)) return undefined;
  let ms = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  return Math.round(ms);
}

/**
 * What of a person's own words a message may repeat: text with four digits or more in it (a code,
 * a card, an ID, however spaced) is shown as "…", so no error message prints a secret.
 */
export const echoable = (text: string) => (/\d{4}/.test(text.replace(/[\s\-.]/g, '').replace(/[０-９]/g, '0')) ? '…' : text);

/** Full-width forms a Chinese keyboard produces (＃２, ＠wait) read as their ASCII twins. */
const toAscii = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A trailing `// note` after a #n or @wait (not after free text, where // may be part of a URL). */
const stripNote = (s: string) => s.replace(/\s+\/\/.*$/, '').trim();

export function parseAnswers(text: string, file = 'answers'): AnswersParse {
  const steps: AnswerStep[] = [];
  const errors: AnswersError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const fail = (code: AnswersErrorCode, holes: AnswersError['holes'], message: string) => errors.push({ file, line, code, holes, message });
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('//')) return;
    if (trimmed.startsWith('\\')) {
      const literal = trimmed.slice(1).trim();
      if (literal) steps.push({ kind: 'reply', line, text: literal });
      return;
    }
    const head = toAscii(trimmed.slice(0, 1));
    if (head === '#') {
      const n = choiceNumber(stripNote(toAscii(trimmed)));
      if (n !== undefined) {
        if (n >= 1) steps.push({ kind: 'choice', line, n });
        else fail('answers-not-a-number', { n }, `"#${n}" is not an answer number; answers are numbered from #1`);
        return;
      }
      // "#hashtag" and the like are ordinary words.
      steps.push({ kind: 'reply', line, text: trimmed });
      return;
    }
    if (head === '@') {
      const body = stripNote(toAscii(trimmed));
      const m = /^@([a-z]+)\s*(.*)$/i.exec(body);
      if (!m) {
        steps.push({ kind: 'reply', line, text: trimmed });
        return;
      }
      const [, word, arg] = m as unknown as [string, string, string];
      if (word.toLowerCase() !== 'wait') {
        fail('answers-unknown-instruction', { word }, `unknown instruction "@${word}"; the only one is "@wait 30s" (to say a line starting with @, write \\@…)`);
        return;
      }
      if (!arg) {
        fail('answers-wait-needs-duration', {}, '"@wait" needs a duration; write "@wait 30s"');
        return;
      }
      const ms = parseDuration(arg);
      const said = echoable(arg);
      if (ms === undefined) fail('answers-wait-not-duration', { arg: said }, `"@wait ${said}" is not a duration; write "@wait 30s"`);
      else if (ms <= 0) fail('answers-wait-zero', { arg: said }, `"@wait ${said}" waits no time at all; write "@wait 30s"`);
      else if (ms > MAX_WAIT_MS) fail('answers-wait-too-long', { arg: said }, `"@wait ${said}" is longer than a day; write "@wait 30s" or "@wait 5m"`);
      else steps.push({ kind: 'wait', line, ms });
      return;
    }
    steps.push({ kind: 'reply', line, text: trimmed });
  });
  return errors.length ? { ok: false, errors } : { ok: true, answers: { file, steps } };
}

/**
 * `answers.txt:7: "@wait soon" is not a duration; write "@wait 30s"` — compiler style. In another
 * language: `formatAnswersError({ ...e, message: t(e.code, lang, e.holes) })`.
 */
export function formatAnswersError(e: Pick<AnswersError, 'file' | 'line' | 'message'>): string {
  return `${e.file}:${e.line}: ${e.message}`;
}

/** Show a step as the learner wrote it, for messages: a reply is never echoed, only its line. */
export function describeStep(s: AnswerStep): string {
  if (s.kind === 'choice') return `#${s.n}`;
  if (s.kind === 'wait') return `@wait ${formatDuration(s.ms)}`;
  return 'a reply';
}

export function formatDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
