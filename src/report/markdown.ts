// Markdown: a lesson handout of one conversation (transcript with its red flags, what each flag
// means and what to do instead), and the class table of a graded folder.
import { flagCounts } from '../core/debrief';
import type { SessionEvent } from '../core/session';
import type { Lang } from '../core/schema';
import { heading, mostMissedText, summaryCounts, type Grades } from './grades';
import { channelWord, colon, kindWord, outcomeWord, realCallNote, t, verdictWord, type LabelKey } from '../words/labels';
import type { ConversationRecord } from './record';
import { flagLookup, formatMoney, replyReading, scoreCountsAfter } from './text';

/** Inline text that Markdown must not read as markup: emphasis, code, HTML, table pipes. */
export function mdInline(s: string): string {
  // Links in a scammer's line become code spans: readable, but never a clickable link in a handout.
  return s
    .split(/((?:https?:\/\/|www\.)[^\s`<>（）()，。]*[^\s`<>（）()，。.,;:!?'"])/)
    .map((part, i) =>
      i % 2
        ? `\`${part}\``
        : part.replace(/\\/g, '\\\\').replace(/([*_`|])/g, '\\$1').replace(/\](?=[(:])/g, '\\]').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('');
}

/** A block of text as a quote; each line escaped so it cannot start a heading or a list. */
function mdQuote(s: string): string[] {
  return s.split(/\r?\n/).map((l) => `> ${mdInline(l).replace(/^(#|[-+]\s|\d+[.)]\s)/, '\\$1')}`);
}

const MARK = { caught: '✔', missed: '✘', open: '?' } as const;
/** A verdict with its mark; `green`: the flag is a real call's (see verdictWord). */
const verdictMarked = (v: keyof typeof MARK, green: boolean, critical: boolean, lang: Lang) => `${MARK[v]} ${verdictWord(v, green, critical, lang)}`;

function outcomeText(r: ConversationRecord): string {
  const d = r.debrief;
  const L = (k: LabelKey) => t(k, d.lang);
  const parts = [`**${outcomeWord(d.outcome, d.kind === 'legitimate', d.lang)}**`];
  if (d.amountLost) parts.push(`${L('amount')} ${formatMoney(d.amountLost, d.currency, d.lang)}`);
  if (d.leaked.length) parts.push(`${L('leaked')}: ${d.leaked.map((k) => L(k)).join(', ')}`);
  return parts.join(' · ');
}

function eventMd(e: SessionEvent, r: ConversationRecord, lookup: ReturnType<typeof flagLookup>): string[] {
  const lang = r.lang;
  switch (e.type) {
    case 'line': {
      const out = [...(e.gap ? [`*${mdInline(t('timePassed', lang, { gap: e.gap }))}*`, ''] : []), `**${mdInline(e.speaker)}** (${channelWord(e.channel, lang)})`, ...mdQuote(e.text)];
      if (e.flags.length) {
        const marks = e.flags.map((id) => {
          const f = lookup(e.step, id);
          const name = f?.name ?? r.catalogue.flags[id]?.name[lang] ?? id;
          return `${mdInline(name)} — ${verdictMarked(f?.verdict ?? 'open', !!r.catalogue.flags[id]?.green, !!f?.critical, lang)}`;
        });
        out.push('', `⚑ ${marks.join(' · ')}`);
      }
      return [...out, ''];
    }
    case 'reply':
      return [`**${t('you', lang)}**${e.choice ? ` (#${e.choice})` : ''} — *${mdInline(replyReading(e, lang))}*`, ...mdQuote(e.text), ''];
    case 'silence':
      return [`*${t('silenceFor', lang, { n: e.seconds })}*`, ''];
    case 'verdict':
      return [];
    case 'end':
      return ['---', '', `*${mdInline(e.text)}*`, ''];
  }
}

export function conversationMarkdown(r: ConversationRecord): string {
  const d = r.debrief;
  const L = (k: LabelKey) => t(k, r.lang);
  const out: string[] = [`# ${mdInline(d.title)}`, ''];
  out.push(`*${L('scenario')} \`${d.scenario}\`${r.source ? ` · ${L('source')}: \`${r.source.replace(/`/g, "'")}\`` : ''}*`, '');
  if (r.summary) out.push(...mdQuote(r.summary), '');
  out.push(`- ${L('outcome')}: ${outcomeText(r)}`);
  out.push(`- ${L('score')}${colon(d.lang)}**${d.score}/100**${scoreCountsAfter(d, ' ')}`);
  for (const n of realCallNote(d, r.lang)) out.push(`- ${mdInline(n)}`);
  for (const n of r.notes ?? []) out.push(`- ${mdInline(n)}`);
  out.push('', `## ${L('conversation')}`, '');
  const lookup = flagLookup(d);
  for (const e of r.events) out.push(...eventMd(e, r, lookup));

  // Each flag once, with how it went every time it came up: a handout explains, it does not tally.
  const green = d.kind === 'legitimate';
  out.push(`## ${kindWord('flags', green, r.lang)}`, '');
  for (const g of flagCounts(d)) {
    const said = g.caught + g.missed + g.open;
    const worst = g.missed ? 'missed' : g.open ? 'open' : 'caught';
    // "missed" for a flag raised once; "caught 1×, missed 2×" for one raised on several lines.
    const tally = (['caught', 'missed', 'open'] as const)
      .filter((v) => g[v])
      .map((v) => (said > 1 ? `${verdictWord(v, green, false, r.lang)} ${g[v]}${L('times')}` : verdictWord(v, green, false, r.lang)))
      .join(', ');
    out.push(`### ${MARK[worst]} ${mdInline(g.name)}`, '', `*${tally}${g.critical ? ` · ${L('critical')}` : ''}*`, '');
    out.push(`- **${L('why')}:** ${mdInline(g.why)}`, `- **${kindWord('todo', green, r.lang)}:** ${mdInline(g.todo)}`, '');
  }
  if (d.channels.length) {
    out.push(`## ${L('channels')}`, '');
    for (const c of d.channels) out.push(`- **${mdInline(c.name)}:** ${mdInline(c.contact)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function gradesMarkdown(g: Grades): string {
  const L = (k: LabelKey) => t(k, g.lang);
  const out = [`# ${mdInline(g.title)}`, '', `*${L('handoutTitle')} · ${L('scenario')} \`${g.scenario}\`*`, ''];
  out.push(`| ${L('learner')} | ${L('outcome')} | ${heading(L('caught'))} | ${heading(L('missed'))} | ${L('score')} |`, '| --- | --- | ---: | ---: | ---: |');
  for (const r of g.rows) {
    const outcome = r.outcome === 'error' ? `${L('error')}: ${mdInline(r.error ?? '')}` : L(r.outcome);
    out.push(`| ${mdInline(r.learner)} | ${outcome.replace(/\n/g, '<br>')} | ${r.caught ?? ''} | ${r.missed ?? ''} | ${r.score ?? ''} |`);
  }
  const s = g.summary;
  out.push('', `## ${L('summary')}`, '');
  out.push(`- ${summaryCounts(s, g.lang)}`);
  if (s.meanScore !== null) out.push(`- ${L('meanScore')}: ${s.meanScore}/100`);
  if (s.mostMissed.length) out.push(`- ${L('mostMissed')}: ${mdInline(mostMissedText(s))}`);
  return `${out.join('\n')}\n`;
}
