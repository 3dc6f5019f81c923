import { Box, Text } from 'ink';
import type { ChoiceView } from '../../core/session';
import { wrapSpans } from '../../ink/wrap';
import { Rows } from '../../ink/components/Wrapped';

// The border and the padding take two cells on each side; the cursor mark takes two more.
const textWidth = (columns: number) => columns - 6;
const rowsOf = (c: ChoiceView, columns: number, inverse = false) => wrapSpans([{ text: `${c.n}. ${c.text}`, inverse }], textWidth(columns));

/** Rows the list takes on screen, border included. */
export const choiceListHeight = (choices: readonly ChoiceView[], columns: number): number =>
  2 + choices.reduce((n, c) => n + rowsOf(c, columns).length, 0);

/** The numbered answers; a long one wraps under its own text, not under the cursor mark. */
export function ChoiceList({ choices, cursor, active, columns }: { choices: readonly ChoiceView[]; cursor: number; active: boolean; columns: number }) {
  return (
    <Box flexDirection="column" flexShrink={0} borderStyle="round" borderColor={active ? 'green' : 'gray'} paddingX={1}>
      {choices.map((c, i) => {
        const inverse = active && i === cursor;
        return (
          <Box key={c.n} flexShrink={0}>
            <Text inverse={inverse}>{i === cursor ? '›' : ' '} </Text>
            <Rows rows={rowsOf(c, columns, inverse)} />
          </Box>
        );
      })}
    </Box>
  );
}
