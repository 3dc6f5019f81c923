// Reading a transcript: plain "caller: …" / "receiver: …" lines (English, Chinese or
// TeleAntiFraud's Vietnamese role names, ASCII or full-width colon) or JSON
// ([{role, content}], or an object holding such a list under dialogue/conversation/turns/messages).
// Pure: takes the file's text, returns lines and the problems met.

import { echoable } from '../answers/parse';
import { INTENTS, LEAK_KINDS, type Intent, type LeakKind } from '../core/constants';

export type Role = 'caller' | 'receiver';

export interface TranscriptLine {
  role: Role;
  text: string;
  /** 1-based line in the source file (plain format) or index in the JSON list. */
  source: number;
  /** JSON only: the red flags a caller line is known to carry (a scenario's own, as playback writes them). */
  flags?: string[];
  /** JSON only: a receiver line already read (playback's `intent`, `confidence`, `leaks`). */
  known?: { intent: Intent; confidence: number; leaks: LeakKind[] };
}

export interface ParsedTranscript {
  format: 'plain' | 'json';
  lines: TranscriptLine[];
  problems: string[];
}

const CALLER = ['caller', 'scammer', 'fraudster', 'suspect', 'agent', 'left', 'người gọi', 'nguoi goi', '骗子', '来电', '来电者', '来电方', '对方', '诈骗者', '嫌疑人', '左声道', '左'];
const RECEIVER = ['receiver', 'victim', 'callee', 'target', 'you', 'me', 'right', 'người nghe', 'nguoi nghe', '受害人', '受害者', '接听', '接听者', '接听方', '用户', '我', '右声道', '右'];

/** The role a speaker label stands for, or undefined. */
export function roleOf(label: string): Role | undefined {
  const l = label.trim().toLowerCase().replace(/\s+/g, ' ');
  if (CALLER.includes(l)) return 'caller';
  if (RECEIVER.includes(l)) return 'receiver';
  return undefined;
}

/** Marks around a speaker label: **caller**, [caller], (来电), 【骗子】. */
const DECOR = new Set(['*', '_', '[', ']', '(', ')', '【', '】']);
/** A label and its decoration fit in this many characters; a longer head is text, not a speaker. */
const MAX_HEAD = 48;

/**
 * "caller: text" → its role and text, or undefined. Linear in the line's length: the colon is only
 * looked for near the start, and nothing backtracks (a regular expression with two runs of \s*
 * around the label took seconds on a line of 20,000 spaces).
 */
function speakerLine(row: string): { role: Role; text: string } | undefined {
  const start = row.length - row.trimStart().length;
  const head = row.slice(start, start + MAX_HEAD);
  const colon = head.search(/[:：]/);
  if (colon < 0) return undefined;
  let label = head.slice(0, colon);
  let a = 0;
  let b = label.length;
  while (a < b && (DECOR.has(label[a]!) || /\s/.test(label[a]!))) a++;
  while (b > a && (DECOR.has(label[b - 1]!) || /\s/.test(label[b - 1]!))) b--;
  label = label.slice(a, b);
  const role = roleOf(label);
  return role ? { role, text: row.slice(start + colon + 1).trim() } : undefined;
}

export function parseTranscript(src: string): ParsedTranscript {
  const text = src.replace(/^\uFEFF/, '');
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      return parseJson(JSON.parse(trimmed));
    } catch (e) {
      if (e instanceof SyntaxError) {
        const plain = parsePlain(text);
        if (plain.lines.length) return plain;
        return { format: 'json', lines: [], problems: [`not valid JSON: ${e.message}`] };
      }
      throw e;
    }
  }
  return parsePlain(text);
}

function parsePlain(text: string): ParsedTranscript {
  const lines: TranscriptLine[] = [];
  const problems: string[] = [];
  const rows = text.split(/\r\n|\r|\n/);
  rows.forEach((row, i) => {
    if (!row.trim() || /^\s*#/.test(row)) return;
    const said = speakerLine(row);
    if (said) {
      lines.push({ ...said, source: i + 1 });
      return;
    }
    const last = lines[lines.length - 1];
    if (last) last.text = last.text ? `${last.text} ${row.trim()}` : row.trim();
    else problems.push(`line ${i + 1}: no speaker (start lines with "caller:" or "receiver:")`);
  });
  return { format: 'plain', lines, problems };
}

const LIST_KEYS = ['dialogue', 'dialog', 'conversation', 'turns', 'messages', 'transcript', 'lines'];
const ROLE_KEYS = ['role', 'speaker', 'from', 'who', 'name'];
const TEXT_KEYS = ['content', 'text', 'utterance', 'message', 'say', 'line'];

function parseJson(data: unknown): ParsedTranscript {
  let list: unknown = data;
  if (list && typeof list === 'object' && !Array.isArray(list)) {
    const obj = list as Record<string, unknown>;
    const key = LIST_KEYS.find((k) => Array.isArray(obj[k]));
    list = key ? obj[key] : undefined;
  }
  if (!Array.isArray(list)) return { format: 'json', lines: [], problems: ['JSON has no list of turns (expected [{"role","content"}] or {"dialogue": [...]})'] };
  const lines: TranscriptLine[] = [];
  const problems: string[] = [];
  list.forEach((item, i) => {
    if (typeof item === 'string') {
      const said = speakerLine(item);
      if (said) lines.push({ ...said, source: i + 1 });
      else problems.push(`turn ${i + 1}: no speaker`);
      return;
    }
    if (!item || typeof item !== 'object') {
      problems.push(`turn ${i + 1}: not an object`);
      return;
    }
    const o = item as Record<string, unknown>;
    const label = ROLE_KEYS.map((k) => o[k]).find((v) => typeof v === 'string') as string | undefined;
    const said = TEXT_KEYS.map((k) => o[k]).find((v) => typeof v === 'string') as string | undefined;
    const role = label === undefined ? undefined : roleOf(label);
    if (!role) problems.push(`turn ${i + 1}: unknown speaker ${JSON.stringify(label === undefined ? null : echoable(label))}`);
    else if (said === undefined) problems.push(`turn ${i + 1}: no text`);
    else lines.push({ role, text: said.trim(), source: i + 1, ...knownParts(role, o) });
  });
  return { format: 'json', lines, problems };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** What a JSON turn already says about itself: flags on a caller line, a reading on a receiver's. */
function knownParts(role: Role, o: Record<string, unknown>): Pick<TranscriptLine, 'flags' | 'known'> {
  if (role === 'caller') return isStrings(o.flags) ? { flags: o.flags } : {};
  const { intent, confidence, leaks } = o;
  if (typeof intent !== 'string' || !(INTENTS as readonly string[]).includes(intent)) return {};
  const kinds = isStrings(leaks) ? leaks.filter((k): k is LeakKind => (LEAK_KINDS as readonly string[]).includes(k)) : [];
  return { known: { intent: intent as Intent, confidence: typeof confidence === 'number' && confidence >= 0 && confidence <= 1 ? confidence : 1, leaks: kinds } };
}
