import { Box } from 'ink';
import { verdictSpans, Wrapped } from '../../ink/components/Wrapped';
import type { Catalogue, Lang } from '../../core/schema';
import type { PanelRow } from '../practice-state';

/** The first sentence of a catalogue text: the panel has room for one. */
export function firstSentence(s: string): string {
  const m = /^.*?(?:[.!?](?=\s|$)|[。！？])/su.exec(s.trim());
  return m ? m[0] : s.trim();
}

/** Coach mode: each flag of the line just answered (red, or green on a real call), with why and what to do. */
export function FlagPanel({ rows, catalogue, lang, width }: { rows: readonly PanelRow[]; catalogue: Catalogue; lang: Lang; width: number }) {
  if (!rows.length) return null;
  return (
    <Box flexDirection="column" flexShrink={1} overflow="hidden" borderStyle="single" borderLeft={false} borderRight={false} borderBottom={false} borderDimColor>
      {rows.map((r, i) => {
        const f = catalogue.flags[r.flag];
        return (
          <Box key={i} flexDirection="column" flexShrink={0}>
            <Wrapped width={width} spans={verdictSpans(r.verdict, f?.name[lang] ?? r.flag, r.critical, lang, !!f?.green)} />
            {f && r.verdict !== 'caught' ? <Box paddingLeft={2}><Wrapped width={width - 2} spans={[{ text: firstSentence(f.why[lang]), dimColor: true }]} /></Box> : null}
            {f ? <Box paddingLeft={2}><Wrapped width={width - 2} spans={[{ text: `→ ${firstSentence(f.todo[lang])}` }]} /></Box> : null}
          </Box>
        );
      })}
    </Box>
  );
}
