import { Box } from 'ink';
import { t } from '../../words/labels';
import type { Lang } from '../../core/schema';
import type { Item } from '../practice-state';
import { wrapSpans } from '../../ink/wrap';
import { labelled, Rows, type StyledSpan } from '../../ink/components/Wrapped';

/**
 * The conversation so far. Every item is wrapped here (wrap.ts), so its height in rows is known:
 * only the newest items that can fit in `maxRows` are drawn. The box is bottom-aligned and clips
 * overflow, so the rows the other parts of the screen need push the oldest rows off the top.
 */
export function Transcript({ items, lang, width, maxRows }: { items: readonly Item[]; lang: Lang; width: number; maxRows: number }) {
  const drawn: { item: Item; rows: StyledSpan[][] }[] = [];
  let used = 0;
  for (let i = items.length - 1; i >= 0 && used < maxRows; i--) {
    const item = items[i]!;
    const rows = wrapped(item, lang, width);
    drawn.unshift({ item, rows });
    used += rows.length + gap(item);
  }
  return (
    <Box flexDirection="column" justifyContent="flex-end" flexGrow={1} flexShrink={1} flexBasis={0} overflow="hidden">
      {drawn.map(({ item, rows }, i) => (
        <Box key={items.length - drawn.length + i} flexShrink={0} marginTop={gap(item)}>
          <Rows rows={rows} />
        </Box>
      ))}
    </Box>
  );
}

/** A blank row above each of the scammer's lines. */
const gap = (item: Item) => (item.kind === 'line' ? 1 : 0);

function spans(item: Item, lang: Lang): StyledSpan[] {
  switch (item.kind) {
    case 'line':
      return labelled(item.speaker, item.text, lang, { bold: true, color: 'cyan' });
    case 'you':
      return [...labelled(t('you', lang), item.text, lang, { bold: true, color: 'green' }), ...(item.choice ? [{ text: ` (#${item.choice})`, dimColor: true }] : [])];
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
