// After each call: what it was (a scam or a real call), each line's verdict, how it ended. After
// the last: the totals and the discernment score.
import { Box, Text } from 'ink';
import type { Lang } from '../core/constants';
import { Wrapped } from '../ink/components/Wrapped';
import { cellWidth, wrapText } from '../ink/wrap';
import { displayWidth, padCells } from '../report/text';
import { t } from '../words/labels';
import { callEnding, callHeading, formatTotals, isRight, lineVerdict, outcomeWord, sep } from './report';
import type { CallResult, SpotResult } from './result';

export function CallReview({ c, n, all, lang, columns }: { c: CallResult; n: number; all: number; lang: Lang; columns: number }) {
  const width = Math.max(...c.lines.map((l) => displayWidth(outcomeWord(l.outcome, lang))));
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Text bold wrap="truncate-end">
        {t('spotCallOf', lang, { n, all })}
        {sep(lang)}
        {callHeading(c.call, lang)}
      </Text>
      <Box flexDirection="column" marginTop={1} flexShrink={0}>
        {c.lines.map((l, j) => {
          const head = `${String(j + 1).padStart(2)} ${l.mark.marked ? '⚑' : ' '} `;
          const word = `${isRight(l.outcome) ? '✔' : '✘'} ${padCells(outcomeWord(l.outcome, lang), width)} `;
          return (
            <Text key={j}>
              {head}
              <Text color={isRight(l.outcome) ? 'green' : 'red'}>{word}</Text>
              <Text dimColor>{firstRow(lineVerdict(c.call, l, lang), columns - cellWidth(head + word))}</Text>
            </Text>
          );
        })}
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

/**
 * The text cut to one row of `width` cells, with "…" when something was cut: measured by the same
 * wrapping as every other row (wrap.ts), so a Chinese row cannot spill onto the next one.
 */
function firstRow(text: string, width: number): string {
  const rows = wrapText(text, width - 1);
  return rows.length > 1 ? `${rows[0]}…` : (rows[0] ?? '');
}
