import { Box, Text } from 'ink';
import { t } from '../../words/labels';
import type { Lang } from '../../core/schema';
import type { Binding } from '../keys';
import { cellWidth } from '../wrap';
import { useWindow } from '../use-window';

/** The keys that work on this screen, always on the last row: spaced out when they fit, closer when not. */
export function Hints({ bindings, lang }: { bindings: readonly Binding[]; lang: Lang }) {
  const { columns } = useWindow();
  const words = bindings.map((b) => `${b.keys} ${t(b.label, lang)}`);
  const wide = words.join('  ·  ');
  return (
    <Box flexShrink={0}>
      <Text dimColor wrap="truncate-end">
        {cellWidth(wide) <= columns ? wide : words.join(' · ')}
      </Text>
    </Box>
  );
}
