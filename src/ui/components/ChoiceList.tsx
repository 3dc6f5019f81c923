import { Box, Text } from 'ink';
import type { ChoiceView } from '../../engine/session';

export function ChoiceList({ choices, cursor, active }: { choices: readonly ChoiceView[]; cursor: number; active: boolean }) {
  return (
    <Box flexDirection="column" flexShrink={0} borderStyle="round" borderColor={active ? 'green' : 'gray'} paddingX={1}>
      {choices.map((c, i) => (
        <Text key={c.n} inverse={active && i === cursor}>
          {i === cursor ? '›' : ' '} {c.n}. {c.text}
        </Text>
      ))}
    </Box>
  );
}
