import { Box, Text } from 'ink';
import type { ChoiceView } from '../../core/session';
import { Wrapped } from '../../ink/components/Wrapped';

/** The numbered answers; a long one wraps under its own text, not under the cursor mark. */
export function ChoiceList({ choices, cursor, active, columns }: { choices: readonly ChoiceView[]; cursor: number; active: boolean; columns: number }) {
  // The border and the padding take two cells on each side; the cursor mark takes two more.
  const width = columns - 6;
  return (
    <Box flexDirection="column" flexShrink={0} borderStyle="round" borderColor={active ? 'green' : 'gray'} paddingX={1}>
      {choices.map((c, i) => {
        const inverse = active && i === cursor;
        return (
          <Box key={c.n} flexShrink={0}>
            <Text inverse={inverse}>{i === cursor ? '›' : ' '} </Text>
            <Wrapped width={width} spans={[{ text: `${c.n}. ${c.text}`, inverse }]} />
          </Box>
        );
      })}
    </Box>
  );
}
