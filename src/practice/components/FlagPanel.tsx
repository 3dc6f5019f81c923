import { Box } from 'ink';
import { verdictSpans, type StyledSpan } from '../../ink/components/Wrapped';
import { Scrolled } from '../../ink/components/Scrolled';
import { truncateSpans, wrapSpans } from '../../ink/wrap';
import type { View } from '../../ink/scroll';
import { flagText } from '../../core/debrief';
import type { Catalogue, Lang, Scenario } from '../../core/schema';
import type { PanelRow } from '../practice-state';

/** The first sentence of a catalogue text: the panel has room for one. */
export function firstSentence(s: string): string {
  const m = /^.*?(?:[.!?](?=\s|$)|[。！？])/su.exec(s.trim());
  return m ? m[0] : s.trim();
}

/** full: each flag with why and what to do; compact: one row per flag, when space is short. */
export type PanelForm = 'full' | 'compact';

export interface PanelSource {
  scenario: Scenario;
  catalogue: Catalogue;
  lang: Lang;
}

const indent = (rows: StyledSpan[][]): StyledSpan[][] => rows.map((r) => [{ text: '  ' }, ...r]);

/**
 * The coach panel's rows, wrapped to `width`: each flag of the line just answered (red, or green on
 * a real call), in the words of the line that said it (a turn's own why and todo win).
 */
export function panelRows(rows: readonly PanelRow[], { scenario, catalogue, lang }: PanelSource, width: number, form: PanelForm): StyledSpan[][] {
  return rows.flatMap((r) => {
    const known = Object.hasOwn(catalogue.flags, r.flag);
    const words = flagText(catalogue, r.flag, lang, { scenario, turn: r.turn });
    const head = verdictSpans(r.verdict, words.name, r.critical, lang, !!catalogue.flags[r.flag]?.green);
    if (form === 'compact') return [truncateSpans(head, width)];
    return [
      ...wrapSpans(head, width),
      ...(known && r.verdict !== 'caught' ? indent(wrapSpans([{ text: firstSentence(words.why), dimColor: true }], width - 2)) : []),
      ...(known ? indent(wrapSpans([{ text: `→ ${firstSentence(words.todo)}` }], width - 2)) : []),
    ];
  });
}

/** The panel's rows under a rule, in `height` rows (the rule is one of them), scrolled as `view` says. */
export function FlagPanel({ rows, height, view, lang }: { rows: readonly StyledSpan[][]; height: number; view: View; lang: Lang }) {
  if (!rows.length || height < 2) return null;
  return (
    <Box flexShrink={0} borderStyle="single" borderLeft={false} borderRight={false} borderBottom={false} borderDimColor>
      <Scrolled rows={rows} height={height - 1} view={view} lang={lang} />
    </Box>
  );
}
