// Reports of the helper role: the call with the person's answers and questions, the learner's
// advice, and a summary of each piece of advice and the flags it decided. Events a practice call
// also has are drawn by text.ts and json.ts; this adds the person's part.
import { adviceRows, type AdviceRow, type HelperEvent } from '../core/helper';
import type { Catalogue, Lang } from '../core/schema';
import type { SessionEvent } from '../core/session';
import { colon, t, verdictWord } from '../words/labels';
import { playbackJson, type PlaybackJson, type TurnJson } from './json';
import type { ConversationRecord } from './record';
import { flagLookup, formatDebrief, formatEvent, plainStyle, type EventTextOptions, type TextStyle } from './text';

/** A helper-role conversation as a report's input. */
export type HelperRecord = Omit<ConversationRecord, 'events'> & { events: readonly HelperEvent[] };


/** The steps of the lines the person asked about: the only lines whose flags the learner is judged on. */
const askedSteps = (events: readonly HelperEvent[]) => new Set(events.flatMap((e) => (e.type === 'ask' ? [e.step] : [])));

/**
 * Events as a practice report has them: a line the person did not ask about shows no flags (the
 * learner was not asked about it), and the person's own part is left to formatHelperEvent.
 */
function asSessionEvent(e: HelperEvent, asked: ReadonlySet<number> | undefined): SessionEvent | undefined {
  if (e.type === 'person' || e.type === 'ask') return undefined;
  return e.type === 'line' && asked && !asked.has(e.step) ? { ...e, flags: [] } : e;
}

/** One event as printable lines: the person's answer and question here, the rest as text.ts prints a practice call. */
export function formatHelperEvent(e: HelperEvent, catalogue: Catalogue, lang: Lang, st: TextStyle = plainStyle, opts: EventTextOptions & { asked?: ReadonlySet<number> } = {}): string[] {
  if (e.type === 'person') return [`${st.bold(`${e.speaker}:`)} ${e.text}`];
  if (e.type === 'ask') return [st.warn(`${t('helperToYou', lang, { who: e.speaker })}${colon(lang)}${e.text}`)];
  const s = asSessionEvent(e, opts.asked);
  return s ? formatEvent(s, catalogue, lang, st, opts) : [];
}

/** Each time the person asked: their question, the advice and how it was read, the verdicts of that line's flags. */
export function formatAdvice(rows: readonly AdviceRow[], lang: Lang, green: boolean, st: TextStyle = plainStyle): string[] {
  if (!rows.length) return [];
  const lines = [st.bold(`${t('helperAdviceTitle', lang, { who: t('helperPerson', lang) })}${lang === 'zh' ? '：' : ':'}`)];
  rows.forEach((r, i) => {
    lines.push(`${i + 1}. ${st.dim(r.asked)}`);
    const advice = r.advice ? `${r.advice.text}${st.dim(`  [${t('helperReadAs', lang, { intent: t(r.advice.read, lang) })}]`)}` : st.warn(t('helperNoAdvice', lang));
    lines.push(`   ${st.bold(`${t('you', lang)}:`)} ${advice}`);
    for (const f of r.flags) {
      const word = verdictWord(f.verdict, green, f.critical, lang);
      lines.push(`   ${f.verdict === 'caught' ? st.good(`✔ ${word}`) : f.verdict === 'missed' ? st.bad(`✘ ${word}`) : st.warn(`? ${word}`)}${colon(lang)}${f.name}`);
    }
  });
  return lines;
}

/** The whole helper-role conversation: header, annotated call, the advice given, the debrief. */
export function formatHelperConversation(r: HelperRecord, st: TextStyle = plainStyle): string[] {
  const head = [st.bold(`${t('scenario', r.lang)}: ${r.debrief.title} (${r.debrief.scenario}) — ${t('helperHelping', r.lang, { who: t('helperPerson', r.lang) })}`)];
  if (r.source) head.push(st.dim(`${t('source', r.lang)}: ${r.source}`));
  const asked = askedSteps(r.events);
  const opts = { flagVerdicts: flagLookup(r.debrief), intents: true, asked };
  const body = r.events.flatMap((e, i) => [...(e.type === 'line' && i > 0 ? [''] : []), ...formatHelperEvent(e, r.catalogue, r.lang, st, opts)]);
  const advice = formatAdvice(adviceRows(r.events, r.debrief), r.lang, r.debrief.kind === 'legitimate', st);
  return [...head, '', ...body, '', ...advice, ...(advice.length ? [''] : []), ...formatDebrief(r.debrief, st)];
}

/** The person's part of the call: `person` answers the caller, `asks` asks the learner. */
export interface PersonTurnJson {
  role: 'person' | 'asks';
  turn: string;
  speaker: string;
  text: string;
  choice?: number;
}

export interface HelperJson extends Omit<PlaybackJson, 'turns'> {
  role: 'helper';
  turns: (TurnJson | PersonTurnJson)[];
  advice: AdviceRow[];
}

/**
 * The playback JSON (docs/playback-json.md) with `role: "helper"`, the advice, and two more kinds
 * of turn: `person` (the simulated person's answer to the caller) and `asks` (their question to the learner).
 */
export function helperJson(r: HelperRecord): HelperJson {
  const asked = askedSteps(r.events);
  const base = playbackJson({ ...r, events: r.events.flatMap((e) => asSessionEvent(e, asked) ?? []) });
  const practiced = [...base.turns];
  const turns = r.events.flatMap((e): (TurnJson | PersonTurnJson)[] => {
    if (e.type === 'person') return [{ role: 'person', turn: e.turn, speaker: e.speaker, text: e.text, ...(e.choice ? { choice: e.choice } : {}) }];
    if (e.type === 'ask') return [{ role: 'asks', turn: e.turn, speaker: e.speaker, text: e.text }];
    // The base report has a turn for each line and reply, in order.
    return e.type === 'line' || e.type === 'reply' ? [practiced.shift()!] : [];
  });
  return { ...base, role: 'helper', turns, advice: adviceRows(r.events, r.debrief) };
}
