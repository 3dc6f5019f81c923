// Analysis → text, Markdown or JSON, in the analysis's language (words from words/labels.ts). The
// analysis already holds redacted text only.
import { flagCounts } from '../core/debrief';
import { t as word, type LabelKey } from '../words/labels';
import type { Analysis, AnalyzedLine } from './analyze';

const critical = (a: Analysis) => a.verdicts.filter((v) => v.critical).length;

export type Format = 'text' | 'md' | 'json';
export const FORMATS: readonly Format[] = ['text', 'md', 'json'];

/** The analysis's words: every label in its one language. */
const wordsOf = (a: Analysis) => (k: LabelKey) => word(k, a.lang);
const ENDED = { hangup: 'endedHangup', verify: 'endedVerify', firm: 'endedFirm', open: 'endedOpen' } as const;

export function render(a: Analysis, format: Format): string {
  if (format === 'json') return `${JSON.stringify(a, null, 2)}\n`;
  return format === 'md' ? renderMarkdown(a) : renderText(a);
}

function flagName(a: Analysis, id: string): string {
  return a.debrief.flags.find((f) => f.id === id)?.name ?? id;
}

function replyNote(a: Analysis, l: AnalyzedLine): string {
  const t = wordsOf(a);
  const r = l.reading!;
  const parts = [`${t(r.intent)} ${r.confidence.toFixed(2)}${r.clear ? '' : ` (${t('unclear')})`}`];
  if (r.leaks.length) parts.push(`${t('gaveAway')}: ${r.leaks.map(t).join(', ')}`);
  const d = l.decided;
  if (d && d.caught + d.missed) {
    const counts = (['caught', 'missed'] as const).filter((k) => d[k]).map((k) => `${d[k]} ${t(k)}`).join(', ');
    parts.push(`${counts}${d.critical ? ` (${t('severe')})` : ''}`);
  } else if (!l.decided && (!r.clear || r.intent === 'question' || r.intent === 'stall')) parts.push(t('stillOpen'));
  return parts.join(' · ');
}

export function renderText(a: Analysis): string {
  const t = wordsOf(a);
  const out: string[] = [];
  for (const l of a.lines) {
    out.push(`${String(l.n).padStart(3)} ${t(l.role)}: ${l.text}`);
    if (l.role === 'caller' && l.flags.length) out.push(`      ⚑ ${l.flags.map((f) => flagName(a, f)).join(', ')}`);
    if (l.role === 'receiver') out.push(`      → ${replyNote(a, l)}`);
  }
  out.push('', `${t('debrief')}: ${a.debrief.caught} ${t('caught')}, ${a.debrief.missed} ${t('missed')}${critical(a) ? `, ${critical(a)} ${t('severe')}` : ''}${a.debrief.leaked.length ? ` — ${t('gaveAway')}: ${a.debrief.leaked.map(t).join(', ')}` : ''}`);
  if (a.endedBy) out.push(t(ENDED[a.endedBy]));
  if (!a.debrief.flags.length) out.push(t('noFlagsFound'));
  for (const f of flagCounts(a.debrief)) {
    out.push('', `• ${f.name} (${f.caught} ${t('caught')}, ${f.missed} ${t('missed')})`);
    if (f.why) out.push(`  ${t('why')}: ${f.why}`);
    if (f.todo) out.push(`  ${t('todo')}: ${f.todo}`);
  }
  if (a.debrief.channels.length) {
    out.push('', `${t('channels')}:`);
    for (const c of a.debrief.channels) out.push(`  ${c.name}: ${c.contact}`);
  }
  return `${out.join('\n')}\n`;
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\n/g, ' ');

export function renderMarkdown(a: Analysis): string {
  const t = wordsOf(a);
  const out: string[] = [`# ${t('debrief')}`, '', `**${a.debrief.caught}** ${t('caught')} · **${a.debrief.missed}** ${t('missed')}${critical(a) ? ` · **${critical(a)}** ${t('severe')}` : ''}${a.debrief.leaked.length ? ` · ${t('gaveAway')}: ${a.debrief.leaked.map(t).join(', ')}` : ''}`, ''];
  if (a.endedBy) out.push(`_${t(ENDED[a.endedBy])}_`, '');
  out.push(`| # | | | |`, `|---|---|---|---|`);
  for (const l of a.lines) {
    const note = l.role === 'caller' ? l.flags.map((f) => `⚑ ${mdEscape(flagName(a, f))}`).join('<br>') : mdEscape(replyNote(a, l));
    out.push(`| ${l.n} | ${t(l.role)} | ${mdEscape(l.text)} | ${note} |`);
  }
  if (!a.debrief.flags.length) out.push('', t('noFlagsFound'));
  for (const f of flagCounts(a.debrief)) {
    out.push('', `## ${mdEscape(f.name)}`, '', `${f.caught} ${t('caught')}, ${f.missed} ${t('missed')}`, '');
    if (f.why) out.push(`- **${t('why')}:** ${mdEscape(f.why)}`);
    if (f.todo) out.push(`- **${t('todo')}:** ${mdEscape(f.todo)}`);
  }
  if (a.debrief.channels.length) {
    out.push('', `## ${t('channels')}`, '');
    for (const c of a.debrief.channels) out.push(`- ${mdEscape(c.name)}: ${mdEscape(c.contact)}`);
  }
  return `${out.join('\n')}\n`;
}
