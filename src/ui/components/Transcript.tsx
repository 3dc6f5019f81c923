import { Box, Text } from 'ink';
import { Para } from './Para';
import { t } from '../../report/labels';
import type { Lang } from '../../scenario/schema';
import type { Item } from '../practice-state';

/** Items the transcript draws at most; older ones scroll off the top (the box clips them). */
const DRAW = 40;

/**
 * The conversation so far. The box is bottom-aligned and clips overflow, so Ink's own layout
 * (which measures wide characters correctly) decides how many of the last lines fit.
 */
export function Transcript({ items, lang }: { items: readonly Item[]; lang: Lang }) {
  return (
    <Box flexDirection="column" justifyContent="flex-end" flexGrow={1} flexShrink={1} flexBasis={0} overflow="hidden">
      {items.slice(-DRAW).map((item, i) => (
        <Box key={i} flexShrink={0} marginTop={item.kind === 'line' ? 1 : 0}>
          <ItemView item={item} lang={lang} />
        </Box>
      ))}
    </Box>
  );
}

function ItemView({ item, lang }: { item: Item; lang: Lang }) {
  switch (item.kind) {
    case 'line':
      return <Para><Text bold color="cyan">{item.speaker}:</Text> {item.text}</Para>;
    case 'you':
      return <Para><Text bold color="green">{t('you', lang)}:</Text> {item.text}{item.choice ? <Text dimColor> (#{item.choice})</Text> : null}</Para>;
    case 'silence':
      return <Text dimColor>({t('silence', lang)} {item.seconds}s)</Text>;
    case 'end':
      return <Para bold color={item.outcome === 'safe' ? 'green' : 'red'}>{item.text}</Para>;
  }
}
