import { Text } from 'ink';
import type { Lang } from '../../core/schema';
import { t } from '../../words/labels';

/** Seconds of silence left before the scammer pushes on. */
export function Countdown({ seconds, speaker, lang }: { seconds: number; speaker: string; lang: Lang }) {
  return (
    <Text color={seconds <= 5 ? 'red' : 'yellow'} wrap="truncate-end">
      {t('pushesIn', lang, { who: speaker, n: seconds })}
    </Text>
  );
}
