// Plain-text rendering of a conversation and its debrief: the line-by-line front end, playback's
// text output and anything else that prints without Ink use these.
import { flagText, type Debrief, type FlagPlace, type FlagResult } from '../core/debrief';
import type { SessionEvent } from '../core/session';
import type { Catalogue, Lang } from '../core/schema';
import { colon, kindWord, outcomeWord, realCallNote, t, verdictCount, verdictWord, type LabelKey } from '../words/labels';
import type { ConversationRecord } from './record';
import { heading, mostMissedText, summaryCounts, type Grades } from './grades';

export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
  good(s: string): string;
  bad(s: string): string;
  warn(s: string): string;
}

export const plainStyle: TextStyle = { bold: (s) => s, dim: (s) => s, good: (s) => s, bad: (s) => s, warn: (s) => s };

export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const n = amount.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  return currency === 'CNY' ? (lang === 'zh' ? `${n} 元` : `¥${n}`) : `${n} ${currency}`;
}

export interface EventTextOptions {
  /** Show each verdict as it is given (coach mode). */
  coach?: boolean;
  /** List the numbered answers under a line. */
  choices?: boolean;
  /** Known afterwards (playback, replay): mark each red flag on a line with its final verdict. */
  flagVerdicts?: FlagLookup;
  /** Say how each reply was read (its intent and any secret given away). */
  intents?: boolean;
  /** The scenario, whose own words for a flag (a turn's or its `todo`) win over the catalogue's. */
  scenario?: FlagPlace['scenario'];
}

/** The verdict of one red flag on one line (by the line's step in the conversation). */
export type FlagLookup = (step: number, flag: string) => FlagResult | undefined;

export function flagLookup(d: Debrief): FlagLookup {
  const byKey = new Map(d.flags.map((f) => [`${f.step}/${f.id}`, f]));
  return (step, flag) => byKey.get(`${step}/${flag}`);
}

/** A verdict with its mark and colour; `green`: the flag is a real call's (see verdictWord). */
const verdictMark = (v: FlagResult['verdict'], green: boolean, critical: boolean, lang: Lang, st: TextStyle) => {
  const word = verdictWord(v, green, critical, lang);
  return v === 'caught' ? st.good(`✔ ${word}`) : v === 'missed' ? st.bad(`✘ ${word}`) : st.warn(`? ${word}`);
};

/** The figures behind a score: "3 caught, 1 missed"; on a real call "3 handled right, 1 false alarm". */
export function scoreCounts(d: Debrief): string {
  const green = d.kind === 'legitimate';
  const falseAlarms = green ? d.falseAlarms : 0;
  const parts = [verdictCount('caught', d.caught, green, d.lang)];
  if (green) parts.push(verdictCount('missed', falseAlarms, true, d.lang));
  // A secret given away is a plain miss on any call.
  if (!green || d.missed > falseAlarms) parts.push(`${d.missed - falseAlarms} ${t('missed', d.lang)}`);
  if (d.open) parts.push(`${d.open} ${t('open', d.lang)}`);
  return parts.join(d.lang === 'zh' ? '，' : ', ');
}

/** "  (4 caught, 0 missed)" after a score (`gap` before it); in Chinese "（4 识破，0 漏掉）". */
export function scoreCountsAfter(d: Debrief, gap = '  '): string {
  return d.lang === 'zh' ? `（${scoreCounts(d)}）` : `${gap}(${scoreCounts(d)})`;
}

/** One event as printable lines, or none for events a reader need not see. */
export function formatEvent(e: SessionEvent, catalogue: Catalogue, lang: Lang, st: TextStyle = plainStyle, opts: EventTextOptions = {}): string[] {
  switch (e.type) {
    case 'line': {
      const out = [...(e.gap ? [st.dim(t('timePassed', lang, { gap: e.gap }))] : []), `${st.bold(`${e.speaker}:`)} ${e.text}`];
      if (opts.flagVerdicts) {
        for (const id of e.flags) {
          const f = opts.flagVerdicts(e.step, id);
          // The debrief's own name first: a replayed session keeps the words it was judged with.
          const name = f?.name ?? catalogue.flags[id]?.name[lang] ?? id;
          const green = !!catalogue.flags[id]?.green;
          out.push(`  ⚑ ${name} — ${verdictMark(f?.verdict ?? 'open', green, !!f?.critical, lang, st)}${f?.critical ? st.bad(` (${t('critical', lang)})`) : ''}`);
        }
      }
      if (opts.choices) out.push(...e.choices.map((c) => `  ${c.n}. ${c.text}`));
      return out;
    }
    case 'reply':
      return [`${st.bold(`${t('you', lang)}:`)} ${e.text}${e.choice ? st.dim(` (#${e.choice})`) : ''}${opts.intents ? st.dim(`  [${replyReading(e, lang)}]`) : ''}`];
    case 'silence':
      return [st.dim(t('silenceFor', lang, { n: e.seconds }))];
    case 'verdict': {
      if (!opts.coach) return [];
      const f = catalogue.flags[e.flag];
      const name = f ? f.name[lang] : e.flag;
      const lines = [`  ${verdictMark(e.verdict, !!f?.green, e.critical, lang, st)}: ${name}${e.critical ? st.bad(` (${t('critical', lang)})`) : ''}`];
      if (e.verdict === 'missed' && f) lines.push(st.dim(`    ${flagText(catalogue, e.flag, lang, opts.scenario && { scenario: opts.scenario, turn: e.turn }).todo}`));
      return lines;
    }
    case 'end':
      return ['', st.bold(e.text)];
  }
}

/** How a reply was read, in words: "goes along; gave away: password". */
export function replyReading(e: Extract<SessionEvent, { type: 'reply' }>, lang: Lang): string {
  const leaks = e.leaks.length ? `; ${t('gaveAway', lang)}: ${e.leaks.map((k) => t(k, lang)).join(', ')}` : '';
  return `${t(e.intent, lang)}${leaks}`;
}

export function formatDebrief(d: Debrief, st: TextStyle = plainStyle): string[] {
  const L = (k: LabelKey) => t(k, d.lang);
  const green = d.kind === 'legitimate';
  const word = outcomeWord(d.outcome, green, d.lang);
  const outcome = d.outcome === 'safe' ? st.good(word) : d.outcome === 'unfinished' ? st.warn(word) : st.bad(word);
  const lines = [st.bold(`— ${L('debrief')}: ${d.title} —`), `${L('outcome')}: ${outcome}`];
  if (d.amountLost) lines.push(`${L('amount')}: ${st.bad(formatMoney(d.amountLost, d.currency, d.lang))}`);
  if (d.leaked.length) lines.push(`${L('leaked')}: ${st.bad(d.leaked.map((k) => L(k)).join(', '))}`);
  lines.push(`${L('score')}${colon(d.lang)}${st.bold(`${d.score}/100`)}${scoreCountsAfter(d)}`, ...realCallNote(d, d.lang), '', st.bold(`${kindWord('flags', green, d.lang)}:`));
  const explained = new Set<string>();
  for (const f of d.flags) {
    const mark = f.verdict === 'caught' ? st.good('✔') : f.verdict === 'missed' ? st.bad('✘') : st.warn('?');
    lines.push(`${mark} ${f.name} — ${verdictWord(f.verdict, green, f.critical, d.lang)}${f.critical ? st.bad(` (${L('critical')})`) : ''}`);
    // A flag raised on several lines is explained once, at its first miss (again where a line has words of its own for it).
    const words = `${f.id}\n${f.why}\n${f.todo}`;
    if (f.verdict !== 'caught' && !explained.has(words)) lines.push(`    ${L('why')}: ${f.why}`, `    ${kindWord('todo', green, d.lang)}: ${f.todo}`);
    if (f.verdict !== 'caught') explained.add(words);
  }
  if (d.channels.length) {
    lines.push('', st.bold(`${L('channels')}:`));
    for (const c of d.channels) lines.push(`  • ${c.name}: ${c.contact}`);
  }
  return lines;
}

/** A whole finished (or abandoned) conversation: header, annotated transcript, debrief. */
export function formatConversation(r: ConversationRecord, st: TextStyle = plainStyle): string[] {
  const L = (k: LabelKey) => t(k, r.lang);
  const head = [st.bold(`${L('scenario')}: ${r.debrief.title} (${r.debrief.scenario})`)];
  if (r.source) head.push(st.dim(`${L('source')}: ${r.source}`));
  const lookup = flagLookup(r.debrief);
  // A blank line before each of the scammer's lines keeps one exchange together.
  const body = r.events.flatMap((e, i) => [...(e.type === 'line' && i > 0 ? [''] : []), ...formatEvent(e, r.catalogue, r.lang, st, { flagVerdicts: lookup, intents: true })]);
  return [...head, '', ...body, '', ...formatDebrief(r.debrief, st)];
}

/** The class table of a graded folder: learner, outcome, flags caught/missed, score. */
export function formatGrades(g: Grades, st: TextStyle = plainStyle): string[] {
  const L = (k: LabelKey) => t(k, g.lang);
  const header = [L('learner'), L('outcome'), heading(L('caught')), heading(L('missed')), L('score')];
  const cells = g.rows.map((r) => [r.learner, r.outcome === 'error' ? L('error') : L(r.outcome), String(r.caught ?? '–'), String(r.missed ?? '–'), r.score === null ? '–' : `${r.score}`]);
  const width = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]!))));
  const pad = (s: string, i: number) => padCells(s, width[i]!, i >= 2);
  const lines = [st.bold(`${g.title} (${g.scenario})`), '', header.map(pad).join('  '), width.map((w) => '─'.repeat(w)).join('  ')];
  g.rows.forEach((r, n) => {
    const row = cells[n]!.map(pad);
    row[1] = r.outcome === 'safe' ? st.good(row[1]!) : r.outcome === 'unfinished' ? st.warn(row[1]!) : st.bad(row[1]!);
    lines.push(row.join('  '));
  });
  const s = g.summary;
  lines.push('', summaryCounts(s, g.lang));
  if (s.meanScore !== null) lines.push(`${L('meanScore')}: ${s.meanScore}/100`);
  if (s.mostMissed.length) lines.push(`${L('mostMissed')}: ${mostMissedText(s)}`);
  for (const r of g.rows) if (r.error) lines.push('', st.bad(r.error));
  return lines;
}

/** `s` and spaces up to `width` columns (CJK counts two); `left` puts the spaces first. */
export function padCells(s: string, width: number, left = false): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return left ? gap + s : s + gap;
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
