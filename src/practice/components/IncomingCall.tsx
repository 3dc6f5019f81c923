import { Box, Text } from 'ink';
import { t } from '../../words/labels';
import type { Lang } from '../../core/schema';

export function IncomingCall({ name, number, lang }: { name: string; number: string; lang: Lang }) {
  return (
    <Box flexDirection="column" alignItems="center" justifyContent="center" flexGrow={1}>
      <Box flexDirection="column" alignItems="center" borderStyle="round" borderColor="green" paddingX={4} paddingY={1}>
        <Text color="green" bold>{t('incomingCall', lang)}</Text>
        <Text bold>{name}</Text>
        <Text>{number}</Text>
      </Box>
    </Box>
  );
}
