import { t } from '../../words/labels';
import type { Lang } from '../../core/schema';
import type { Item } from '../practice-state';
import { wrapSpans } from '../../ink/wrap';
import { labelled, type StyledSpan } from '../../ink/components/Wrapped';
import { Scrolled } from '../../ink/components/Scrolled';
import type { View } from '../../ink/scroll';

export interface TranscriptRows {
  rows: StyledSpan[][];
  /** Rows from the start of the scammer's latest line to the end: what must stay in view. */
  latest: number;
}

/**
 * The conversation so far as rows wrapped to `width` (wrap.ts), so the screen knows its height before
 * drawing it: a blank row above each of the scammer's lines, then its divider (time passing) and text.
 */
export function transcriptRows(items: readonly Item[], lang: Lang, width: number): TranscriptRows {
  const rows: StyledSpan[][] = [];
  let latestAt = 0;
  for (const item of items) {
    if (item.kind === 'line') {
      rows.push([]);
      latestAt = rows.length;
    }
    rows.push(...wrapped(item, lang, width));
  }
  return { rows, latest: rows.length - latestAt };
}

/** The conversation in `height` rows, scrolled as `view` says; a short one sits at the bottom, by the reply. */
export function Transcript({ rows, height, view, lang }: { rows: readonly StyledSpan[][]; height: number; view: View; lang: Lang }) {
  return <Scrolled rows={rows} height={height} view={view} lang={lang} bottom />;
}

function spans(item: Item, lang: Lang): StyledSpan[] {
  switch (item.kind) {
    case 'line':
      return labelled(item.speaker, item.text, lang, { bold: true, color: 'cyan' });
    case 'you':
      return [...labelled(t('you', lang), item.text, lang, { bold: true, color: 'green' }), ...(item.choice ? [{ text: lang === 'zh' ? `（#${item.choice}）` : ` (#${item.choice})`, dimColor: true }] : [])];
    case 'silence':
      return [{ text: t('silenceFor', lang, { n: item.seconds }), dimColor: true }];
    case 'end':
      return [{ text: item.text, bold: true, color: item.outcome === 'safe' ? 'green' : 'red' }];
  }
}

// Items never change once shown: wrap each once per width and language, not on every keystroke.
const cache = new WeakMap<Item, { key: string; rows: StyledSpan[][] }>();
function wrapped(item: Item, lang: Lang, width: number): StyledSpan[][] {
  const key = `${lang}/${width}`;
  const hit = cache.get(item);
  if (hit?.key === key) return hit.rows;
  // Time that passed before a line ("Three days later") is a divider row of its own above it.
  const divider = item.kind === 'line' && item.gap ? wrapSpans([{ text: t('timePassed', lang, { gap: item.gap }), dimColor: true }], width) : [];
  const rows = [...divider, ...wrapSpans(spans(item, lang), width)];
  cache.set(item, { key, rows });
  return rows;
}
