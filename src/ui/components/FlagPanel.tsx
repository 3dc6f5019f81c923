import { Box, Text } from 'ink';
import { Para } from './Para';
import { t } from '../../report/labels';
import type { Catalogue, Lang } from '../../scenario/schema';
import type { PanelRow } from '../practice-state';

/** The first sentence of a catalogue text: the panel has room for one. */
export function firstSentence(s: string): string {
  const m = /^.*?(?:[.!?](?=\s|$)|[。！？])/su.exec(s.trim());
  return m ? m[0] : s.trim();
}

const MARK = { caught: '✔', missed: '✘', open: '?' } as const;
const COLOR = { caught: 'green', missed: 'red', open: 'yellow' } as const;

/** Coach mode: each red flag of the line just answered, with why and what to do instead. */
export function FlagPanel({ rows, catalogue, lang }: { rows: readonly PanelRow[]; catalogue: Catalogue; lang: Lang }) {
  if (!rows.length) return null;
  return (
    <Box flexDirection="column" flexShrink={1} overflow="hidden" borderStyle="single" borderLeft={false} borderRight={false} borderBottom={false} borderDimColor>
      {rows.map((r, i) => {
        const f = catalogue.flags[r.flag];
        return (
          <Box key={i} flexDirection="column" flexShrink={0}>
            <Text>
              <Text color={COLOR[r.verdict]} bold>{MARK[r.verdict]} {t(r.verdict, lang)}</Text>
              {': '}<Text bold>{f?.name[lang] ?? r.flag}</Text>
              {r.critical ? <Text color="red"> ({t('critical', lang)})</Text> : null}
            </Text>
            {f && r.verdict !== 'caught' ? <Box paddingLeft={2}><Para dimColor>{firstSentence(f.why[lang])}</Para></Box> : null}
            {f ? <Box paddingLeft={2}><Para>→ {firstSentence(f.todo[lang])}</Para></Box> : null}
          </Box>
        );
      })}
    </Box>
  );
}
