import { Box, Text } from 'ink';
import { t } from '../../words/labels';
import { Wrapped } from '../../ink/components/Wrapped';
import type { Lang, Scenario } from '../../core/schema';

const CHANNEL = { call: 'call', sms: 'sms ', chat: 'chat' } as const;

export function Picker({ scenarios, cursor, lang, rows, columns }: { scenarios: readonly Scenario[]; cursor: number; lang: Lang; rows: number; columns: number }) {
  // A window of the list around the cursor when there are more scenarios than rows.
  const fit = Math.max(3, rows - 8);
  const first = Math.min(Math.max(0, cursor - Math.floor(fit / 2)), Math.max(0, scenarios.length - fit));
  const shown = scenarios.slice(first, first + fit);
  return (
    <Box flexDirection="column" flexGrow={1} flexShrink={1} overflow="hidden">
      <Text bold>scamdrill — {t('pickTitle', lang)}</Text>
      <Box flexDirection="column" marginTop={1}>
        {shown.map((s, j) => {
          const i = first + j;
          return (
          <Text key={s.id} inverse={i === cursor} wrap="truncate-end">
            {i === cursor ? '›' : ' '} {CHANNEL[s.channel]} {'★'.repeat(s.difficulty).padEnd(3)} {s.title[lang]}
          </Text>
          );
        })}
      </Box>
      {scenarios[cursor]?.summary ? <Box marginTop={1}><Wrapped width={columns} spans={[{ text: scenarios[cursor]!.summary![lang], dimColor: true }]} /></Box> : null}
    </Box>
  );
}
