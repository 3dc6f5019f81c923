import { Box, Text } from 'ink';
import type { AdviceRow } from '../../core/helper';
import type { Lang } from '../../core/schema';
import { labelled, verdictSpans, Wrapped } from '../../ink/components/Wrapped';
import { t } from '../../words/labels';

/** The helper role's part of the debrief: each time the person asked, the advice given and the verdicts of that line's flags. */
export function AdviceList({ rows, lang, green, width }: { rows: readonly AdviceRow[]; lang: Lang; green: boolean; width: number }) {
  if (!rows.length) return null;
  return (
    <Box flexDirection="column" flexShrink={0} marginBottom={1}>
      <Text bold>{t('helperAdviceTitle', lang, { who: t('helperPerson', lang) })}{lang === 'zh' ? '：' : ':'}</Text>
      {rows.map((r, i) => {
        return (
          <Box key={i} flexDirection="column" flexShrink={0}>
            <Wrapped width={width} spans={[{ text: `${i + 1}. ${r.asked}`, dimColor: true }]} />
            <Box paddingLeft={3}>
              <Wrapped width={width - 3} spans={r.advice
                ? [...labelled(t('you', lang), r.advice.text, lang, { bold: true }), { text: `  [${t('helperReadAs', lang, { intent: t(r.advice.read, lang) })}]`, dimColor: true }]
                : [{ text: t('helperNoAdvice', lang), color: 'yellow' }]} />
            </Box>
            {r.flags.map((f, k) => <Box key={k} paddingLeft={3}><Wrapped width={width - 3} spans={verdictSpans(f.verdict, f.name, f.critical, lang, green)} /></Box>)}
          </Box>
        );
      })}
    </Box>
  );
}
