import { Box } from 'ink';
import type { ChoiceView } from '../../core/session';
import type { Lang } from '../../core/schema';
import { wrapSpans } from '../../ink/wrap';
import { Scrolled } from '../../ink/components/Scrolled';
import type { StyledSpan } from '../../ink/components/Wrapped';
import { topShowing, viewAt } from '../../ink/scroll';

// The border and the padding take two cells on each side; the cursor mark takes two more.
const textWidth = (columns: number) => columns - 6;
const rowsOf = (c: ChoiceView, columns: number, inverse = false) => wrapSpans([{ text: `${c.n}. ${c.text}`, inverse }], textWidth(columns));

/** The fewest rows the list is given when space is short: its border, the answer under the cursor's first row, a marker above and below. */
export const CHOICE_LIST_MIN = 5;

/** Rows the whole list takes on screen, border included. */
export const choiceListHeight = (choices: readonly ChoiceView[], columns: number): number =>
  2 + choices.reduce((n, c) => n + rowsOf(c, columns).length, 0);

/**
 * The numbered answers in `height` rows, border included; a long one wraps under its own text, not
 * under the cursor mark. When they do not all fit, the answer under the cursor shows and markers say
 * how much is above and below (↑↓ move the cursor, and so the list).
 */
export function ChoiceList({ choices, cursor, active, columns, height, lang }: { choices: readonly ChoiceView[]; cursor: number; active: boolean; columns: number; height: number; lang: Lang }) {
  const rows: StyledSpan[][] = [];
  let at = { start: 0, end: 0 };
  choices.forEach((c, i) => {
    const inverse = active && i === cursor;
    const start = rows.length;
    rowsOf(c, columns, inverse).forEach((row, k) => rows.push([{ text: k === 0 && i === cursor ? '› ' : '  ', inverse: inverse && k === 0 }, ...row]));
    if (i === cursor) at = { start, end: rows.length };
  });
  const inner = Math.max(1, height - 2);
  const view = viewAt(rows.length, inner, topShowing(rows.length, inner, at.start, at.end));
  return (
    <Box flexDirection="column" flexShrink={0} borderStyle="round" borderColor={active ? 'green' : 'gray'} paddingX={1}>
      <Scrolled rows={rows} height={inner} view={view} lang={lang} />
    </Box>
  );
}
