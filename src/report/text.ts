// Plain-text rendering of a conversation and its debrief: the line-by-line front end, playback's
// text output and anything else that prints without Ink use these.
import type { Debrief } from '../engine/debrief';
import type { SessionEvent } from '../engine/session';
import type { Catalogue, Lang } from '../scenario/schema';
import { t, type LabelKey } from './labels';

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

/** One event as printable lines, or none for events a reader need not see. */
export function formatEvent(e: SessionEvent, catalogue: Catalogue, lang: Lang, st: TextStyle = plainStyle, opts: { coach?: boolean; choices?: boolean } = {}): string[] {
  switch (e.type) {
    case 'line': {
      const out = [`${st.bold(`${e.speaker}:`)} ${e.text}`];
      if (opts.choices) out.push(...e.choices.map((c) => `  ${c.n}. ${c.text}`));
      return out;
    }
    case 'reply':
      return [`${st.bold(`${t('you', lang)}:`)} ${e.text}${e.choice ? st.dim(` (#${e.choice})`) : ''}`];
    case 'silence':
      return [st.dim(`(${t('silence', lang)} ${e.seconds}s)`)];
    case 'verdict': {
      if (!opts.coach) return [];
      const f = catalogue.flags[e.flag];
      const name = f ? f.name[lang] : e.flag;
      const mark = e.verdict === 'caught' ? st.good(`✔ ${t('caught', lang)}`) : st.bad(`✘ ${t('missed', lang)}`);
      const lines = [`  ${mark}: ${name}${e.critical ? st.bad(` (${t('critical', lang)})`) : ''}`];
      if (e.verdict === 'missed' && f) lines.push(st.dim(`    ${f.todo[lang]}`));
      return lines;
    }
    case 'end':
      return ['', st.bold(e.text)];
  }
}

export function formatDebrief(d: Debrief, st: TextStyle = plainStyle): string[] {
  const L = (k: LabelKey) => t(k, d.lang);
  const outcome = d.outcome === 'safe' ? st.good(L('safe')) : d.outcome === 'unfinished' ? st.warn(L('unfinished')) : st.bad(L(d.outcome));
  const lines = [st.bold(`— ${L('debrief')}: ${d.title} —`), `${L('outcome')}: ${outcome}`];
  if (d.amountLost) lines.push(`${L('amount')}: ${st.bad(formatMoney(d.amountLost, d.currency, d.lang))}`);
  if (d.leaked.length) lines.push(`${L('leaked')}: ${st.bad(d.leaked.map((k) => L(k)).join(', '))}`);
  lines.push(`${L('score')}: ${st.bold(`${d.score}/100`)}  (${d.caught} ${L('caught')}, ${d.missed} ${L('missed')}${d.open ? `, ${d.open} ${L('open')}` : ''})`, '', st.bold(`${L('flags')}:`));
  for (const f of d.flags) {
    const mark = f.verdict === 'caught' ? st.good('✔') : f.verdict === 'missed' ? st.bad('✘') : st.warn('?');
    lines.push(`${mark} ${f.name} — ${L(f.verdict)}${f.critical ? st.bad(` (${L('critical')})`) : ''}`);
    if (f.verdict !== 'caught') lines.push(`    ${L('why')}: ${f.why}`, `    ${L('todo')}: ${f.todo}`);
  }
  if (d.channels.length) {
    lines.push('', st.bold(`${L('channels')}:`));
    for (const c of d.channels) lines.push(`  • ${c.name}: ${c.contact}`);
  }
  return lines;
}
