// Machine-readable reports. The shapes here are a public interface (docs/playback-json.md):
// add fields freely, never rename or remove one without raising `version`.
import type { Debrief } from '../core/debrief';
import type { ChoiceView, SessionEvent } from '../core/session';
import type { Channel, Intent, LeakKind } from '../core/schema';
import { t } from '../words/labels';
import type { ConversationRecord } from './record';
import type { GradeRow, GradeSummary, Grades } from './grades';

export const PLAYBACK_JSON_VERSION = 1;

export interface TurnJson {
  /** caller: a line of the scammer's script; learner: a reply; silence: the learner said nothing. */
  role: 'caller' | 'learner' | 'silence';
  /** The turn id in the scenario this entry belongs to. */
  turn: string;
  /** Who speaks, in the report's language; null for silence. */
  speaker: string | null;
  /** What was said. A learner's text is as the engine kept it: secrets already masked. */
  text: string | null;
  /** Red flag ids on a caller line (their verdicts are in `flags`, matched by `step`); [] otherwise. */
  flags: string[];
  /** How a reply was read; null for caller lines and silence. */
  intent: Intent | null;
  /** Caller lines: the n-th line of the conversation (1-based). */
  step?: number;
  /** Caller lines: time that passed before this line ("Three days later"), when the scenario marks it. */
  gap?: string;
  channel?: Channel;
  /** Caller lines: the numbered answers that were offered. */
  choices?: ChoiceView[];
  /** Learner replies: the answer number picked, when one was. */
  choice?: number;
  confidence?: number;
  /** Learner replies: kinds of secret given away in this reply. */
  leaks?: LeakKind[];
  /** Silence: seconds before the scammer pushed on. */
  seconds?: number;
}

export interface PlaybackJson {
  version: number;
  scenario: string;
  /** A scam, or a real call (`legitimate`): on a real call the flags are green and `missed` ones are false alarms. */
  kind: Debrief['kind'];
  title: string;
  lang: string;
  source: string | null;
  outcome: Debrief['outcome'];
  ending: string | null;
  endingText: string | null;
  amountLost: number;
  currency: string;
  leaked: LeakKind[];
  score: number;
  caught: number;
  missed: number;
  open: number;
  /** On a real call: green flags missed because the learner brushed the caller off (a cost, not a danger); 0 on a scam. */
  falseAlarms: number;
  turns: TurnJson[];
  flags: { id: string; name: string; green: boolean; turn: string; step: number; verdict: 'caught' | 'missed' | 'open'; critical: boolean; why: string; todo: string }[];
  channels: Debrief['channels'];
  notes: string[];
}

function turnJson(e: SessionEvent, lang: ConversationRecord['lang']): TurnJson | undefined {
  switch (e.type) {
    case 'line':
      return { role: 'caller', turn: e.turn, speaker: e.speaker, text: e.text, flags: [...e.flags], intent: null, step: e.step, ...(e.gap ? { gap: e.gap } : {}), channel: e.channel, choices: e.choices };
    case 'reply':
      return { role: 'learner', turn: e.turn, speaker: t('you', lang), text: e.text, flags: [], intent: e.intent, ...(e.choice ? { choice: e.choice } : {}), confidence: e.confidence, leaks: e.leaks };
    case 'silence':
      return { role: 'silence', turn: e.turn, speaker: null, text: null, flags: [], intent: null, seconds: e.seconds };
    default:
      // Verdicts are in `flags`; the ending is in `ending` / `endingText`.
      return undefined;
  }
}

export function playbackJson(r: ConversationRecord): PlaybackJson {
  const d = r.debrief;
  return {
    version: PLAYBACK_JSON_VERSION,
    scenario: d.scenario,
    kind: d.kind,
    title: d.title,
    lang: d.lang,
    source: r.source ?? null,
    outcome: d.outcome,
    ending: d.ending ?? null,
    endingText: d.endingText ?? null,
    amountLost: d.amountLost,
    currency: d.currency,
    leaked: d.leaked,
    score: d.score,
    caught: d.caught,
    missed: d.missed,
    open: d.open,
    falseAlarms: d.falseAlarms,
    turns: r.events.flatMap((e) => turnJson(e, r.lang) ?? []),
    // Every flag of a real call is green (validator SD022).
    flags: d.flags.map((f) => ({ id: f.id, name: f.name, green: d.kind === 'legitimate', turn: f.turn, step: f.step, verdict: f.verdict, critical: f.critical, why: f.why, todo: f.todo })),
    channels: d.channels,
    notes: r.notes ?? [],
  };
}

export interface GradesJson {
  version: number;
  scenario: string;
  title: string;
  lang: string;
  learners: GradeRow[];
  summary: GradeSummary;
}

export function gradesJson(g: Grades): GradesJson {
  return { version: PLAYBACK_JSON_VERSION, scenario: g.scenario, title: g.title, lang: g.lang, learners: g.rows, summary: g.summary };
}

export const toJsonText = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
