// After each call: what it was (a scam or a real call), each line's verdict, how it ended. After
// the last: the totals and the discernment score.
import { Box, Text } from 'ink';
import type { Lang } from '../core/constants';
import { Wrapped } from '../ink/components/Wrapped';
import { displayWidth, padCells } from '../report/text';
import { t } from '../words/labels';
import { callEnding, callHeading, formatTotals, isRight, lineVerdict, outcomeWord } from './report';
import type { CallResult, SpotResult } from './result';

export function CallReview({ c, n, all, lang, columns }: { c: CallResult; n: number; all: number; lang: Lang; columns: number }) {
  const width = Math.max(...c.lines.map((l) => displayWidth(outcomeWord(l.outcome, lang))));
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Text bold wrap="truncate-end">
        {t('spotCallOf', lang, { n, all })}: {callHeading(c.call, lang)}
      </Text>
      <Box flexDirection="column" marginTop={1} flexShrink={0}>
        {c.lines.map((l, j) => (
          <Text key={j} wrap="truncate-end">
            {String(j + 1).padStart(2)} {l.mark.marked ? '⚑' : ' '}{' '}
            <Text color={isRight(l.outcome) ? 'green' : 'red'}>{isRight(l.outcome) ? '✔' : '✘'} {padCells(outcomeWord(l.outcome, lang), width)}</Text>
            <Text dimColor> {lineVerdict(c.call, l, lang)}</Text>
          </Text>
        ))}
      </Box>
      <Box marginTop={1} flexShrink={0}>
        <Wrapped width={columns} spans={[{ text: callEnding(c.call, lang), dimColor: true }]} />
      </Box>
    </Box>
  );
}

export function ResultView({ r, lang, columns }: { r: SpotResult; lang: Lang; columns: number }) {
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Text bold>{t('spotResult', lang)}</Text>
      <Box flexDirection="column" marginTop={1}>
        {formatTotals(r, lang).map((line, i) => (
          <Wrapped key={i} width={columns} spans={[{ text: line, bold: i === 2 }]} />
        ))}
      </Box>
    </Box>
  );
}
