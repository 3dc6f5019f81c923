import { Box, Text } from 'ink';
import { t } from '../../words/labels';
import type { Lang } from '../../core/schema';
import type { Binding } from '../keys';

/** The keys that work on this screen, always on the last row. */
export function Hints({ bindings, lang }: { bindings: readonly Binding[]; lang: Lang }) {
  return (
    <Box flexShrink={0}>
      <Text dimColor wrap="truncate-end">
        {bindings.map((b) => `${b.keys} ${t(b.label, lang)}`).join('  ·  ')}
      </Text>
    </Box>
  );
}
