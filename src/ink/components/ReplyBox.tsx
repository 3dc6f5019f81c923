import chalk from 'chalk';
import { Box, Text } from 'ink';
import { t } from '../../words/labels';
import type { Lang } from '../../core/schema';
import { visibleTail } from '../line-edit';

/** The reply being typed, its end always in view (a long paste shows its last characters). */
export function ReplyBox({ value, lang, columns, active }: { value: string; lang: Lang; columns: number; active: boolean }) {
  // Two rows of text at most; Ink wraps by display width, this only bounds the work.
  const { text, cut } = visibleTail(value, Math.max(20, columns * 2 - 16));
  return (
    <Box borderStyle="round" borderColor={active ? 'green' : 'gray'} paddingX={1} flexShrink={0} flexDirection="column">
      <Text>
        <Text color="green">› </Text>
        {cut ? <Text dimColor>… </Text> : null}
        {text}
        {/* Without colour, inverse video is dropped too: draw the cursor as a character instead. */}
        {active ? (chalk.level > 0 ? <Text inverse> </Text> : <Text>▏</Text>) : null}
      </Text>
      {cut ? <Text dimColor>{t('charsHidden', lang, { n: [...value].length })}</Text> : null}
    </Box>
  );
}
