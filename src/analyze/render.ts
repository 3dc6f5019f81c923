// Analysis → text, Markdown or JSON. The analysis already holds redacted text only.
import { flagCounts } from '../core/debrief';
import type { Analysis, AnalyzedLine } from './analyze';

const critical = (a: Analysis) => a.verdicts.filter((v) => v.critical).length;

export type Format = 'text' | 'md' | 'json';
export const FORMATS: readonly Format[] = ['text', 'md', 'json'];

const L = {
  en: {
    caller: 'caller', receiver: 'receiver', flags: 'red flags', caught: 'caught', missed: 'missed', critical: 'critical',
    unclear: 'unclear', open: 'still open', leaked: 'gave away', summary: 'Debrief', why: 'why', todo: 'instead',
    ended: { hangup: 'The receiver hung up: flags still open count as caught.', verify: 'The receiver went to verify: flags still open count as caught.' },
    none: 'No red flags found in the caller\'s lines.', channels: 'Official channels', line: 'line',
  },
  zh: {
    caller: '来电', receiver: '接听', flags: '危险信号', caught: '识破', missed: '漏掉', critical: '严重',
    unclear: '不明确', open: '待定', leaked: '泄露了', summary: '复盘', why: '原因', todo: '应该',
    ended: { hangup: '接听方挂断了电话：尚未判定的信号算作识破。', verify: '接听方去官方渠道核实：尚未判定的信号算作识破。' },
    none: '来电内容中没有发现危险信号。', channels: '官方渠道', line: '第',
  },
} as const;

export function render(a: Analysis, format: Format): string {
  if (format === 'json') return `${JSON.stringify(a, null, 2)}\n`;
  return format === 'md' ? renderMarkdown(a) : renderText(a);
}

function flagName(a: Analysis, id: string): string {
  return a.debrief.flags.find((f) => f.id === id)?.name ?? id;
}

function replyNote(a: Analysis, l: AnalyzedLine): string {
  const t = L[a.lang];
  const r = l.reading!;
  const parts = [`${r.intent} ${r.confidence.toFixed(2)}${r.clear ? '' : ` (${t.unclear})`}`];
  if (r.leaks.length) parts.push(`${t.leaked}: ${r.leaks.join(', ')}`);
  if (l.decided && l.decided.flags) parts.push(`${l.decided.flags} ${t[l.decided.verdict]}${l.decided.critical ? ` (${t.critical})` : ''}`);
  else if (!l.decided && (!r.clear || r.intent === 'question' || r.intent === 'stall')) parts.push(t.open);
  return parts.join(' · ');
}

export function renderText(a: Analysis): string {
  const t = L[a.lang];
  const out: string[] = [];
  for (const l of a.lines) {
    const who = l.role === 'caller' ? t.caller : t.receiver;
    out.push(`${String(l.n).padStart(3)} ${who}: ${l.text}`);
    if (l.role === 'caller' && l.flags.length) out.push(`      ⚑ ${l.flags.map((f) => flagName(a, f)).join(', ')}`);
    if (l.role === 'receiver') out.push(`      → ${replyNote(a, l)}`);
  }
  out.push('', `${t.summary}: ${a.debrief.caught} ${t.caught}, ${a.debrief.missed} ${t.missed}${critical(a) ? `, ${critical(a)} ${t.critical}` : ''}${a.debrief.leaked.length ? ` — ${t.leaked}: ${a.debrief.leaked.join(', ')}` : ''}`);
  if (a.endedBy) out.push(t.ended[a.endedBy]);
  if (!a.debrief.flags.length) out.push(t.none);
  for (const f of flagCounts(a.debrief)) {
    out.push('', `• ${f.name} (${f.caught} ${t.caught}, ${f.missed} ${t.missed})`);
    if (f.why) out.push(`  ${t.why}: ${f.why}`);
    if (f.todo) out.push(`  ${t.todo}: ${f.todo}`);
  }
  if (a.debrief.channels.length) {
    out.push('', `${t.channels}:`);
    for (const c of a.debrief.channels) out.push(`  ${c.name}: ${c.contact}`);
  }
  return `${out.join('\n')}\n`;
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\n/g, ' ');

export function renderMarkdown(a: Analysis): string {
  const t = L[a.lang];
  const out: string[] = [`# ${t.summary}`, '', `**${a.debrief.caught}** ${t.caught} · **${a.debrief.missed}** ${t.missed}${critical(a) ? ` · **${critical(a)}** ${t.critical}` : ''}${a.debrief.leaked.length ? ` · ${t.leaked}: ${a.debrief.leaked.join(', ')}` : ''}`, ''];
  if (a.endedBy) out.push(`_${t.ended[a.endedBy]}_`, '');
  out.push(`| # | | | |`, `|---|---|---|---|`);
  for (const l of a.lines) {
    const who = l.role === 'caller' ? t.caller : t.receiver;
    const note = l.role === 'caller' ? l.flags.map((f) => `⚑ ${mdEscape(flagName(a, f))}`).join('<br>') : mdEscape(replyNote(a, l));
    out.push(`| ${l.n} | ${who} | ${mdEscape(l.text)} | ${note} |`);
  }
  if (!a.debrief.flags.length) out.push('', t.none);
  for (const f of flagCounts(a.debrief)) {
    out.push('', `## ${mdEscape(f.name)}`, '', `${f.caught} ${t.caught}, ${f.missed} ${t.missed}`, '');
    if (f.why) out.push(`- **${t.why}:** ${mdEscape(f.why)}`);
    if (f.todo) out.push(`- **${t.todo}:** ${mdEscape(f.todo)}`);
  }
  if (a.debrief.channels.length) {
    out.push('', `## ${t.channels}`, '');
    for (const c of a.debrief.channels) out.push(`- ${mdEscape(c.name)}: ${mdEscape(c.contact)}`);
  }
  return `${out.join('\n')}\n`;
}
