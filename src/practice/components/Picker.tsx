import { Box, Text } from 'ink';
import { channelWord, t } from '../../words/labels';
import { displayWidth } from '../../report/text';
import { Wrapped } from '../../ink/components/Wrapped';
import { CHANNELS, type Channel, type Lang } from '../../core/constants';
import type { Scenario } from '../../core/schema';

/** The channel's word, padded so the stars line up in either language. */
function channelCell(channel: Channel, lang: Lang): string {
  const width = Math.max(...CHANNELS.map((c) => displayWidth(channelWord(c, lang))));
  const word = channelWord(channel, lang);
  return word + ' '.repeat(width - displayWidth(word));
}

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
            {i === cursor ? '›' : ' '} {channelCell(s.channel, lang)} {'★'.repeat(s.difficulty).padEnd(3)} {s.title[lang]}
          </Text>
          );
        })}
      </Box>
      {scenarios[cursor]?.summary ? <Box marginTop={1}><Wrapped width={columns} spans={[{ text: scenarios[cursor]!.summary![lang], dimColor: true }]} /></Box> : null}
    </Box>
  );
}
