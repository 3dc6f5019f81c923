import chalk from 'chalk';
import { Box } from 'ink';
import { t } from '../../words/labels';
import { MAX_REPLY_CHARS } from '../../core/reply';
import type { Lang } from '../../core/schema';
import { visibleTail } from '../line-edit';
import { cellWidth, wrapSpans } from '../wrap';
import { Rows, type StyledSpan } from './Wrapped';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The box's rows: the end of the reply, about two rows of it, so the cursor (at the end) stays in
 * view; a long paste shows its last characters after "…" and a row with its length. Wrapped here
 * (wrap.ts), so the screen knows the box's height before drawing it.
 */
export function replyRows(value: string, lang: Lang, columns: number, active: boolean): StyledSpan[][] {
  // The border and padding take two cells on each side, the cursor one more.
  const width = Math.max(4, columns - 5);
  // Bound the work by characters first, then keep what fits in two rows by width.
  const { text: tail, cut: long } = visibleTail(value, width * 2);
  let text = tail;
  let room = width * 2 - 4;
  if (cellWidth(text) > room) {
    const kept: string[] = [];
    for (const { segment } of [...graphemes.segment(text)].reverse()) {
      room -= cellWidth(segment);
      if (room < 0) break;
      kept.unshift(segment);
    }
    text = kept.join('');
  }
  const cut = long || text !== tail;
  const prompt: StyledSpan = { text: '› ', color: 'green' };
  // Wrapping drops a row's trailing spaces: an empty box keeps its prompt's as it is.
  const rows = text ? wrapSpans<StyledSpan>([prompt, ...(cut ? [{ text: '… ', dimColor: true }] : []), { text }], width) : [[prompt]];
  // Without colour, inverse video is dropped too: draw the cursor as a character instead.
  if (active) rows.at(-1)!.push(chalk.level > 0 ? { text: ' ', inverse: true } : { text: '▏' });
  const count = t(value.length >= MAX_REPLY_CHARS ? 'replyFull' : 'charsHidden', lang, { n: [...value].length });
  return cut ? [...rows, [{ text: count, dimColor: true }]] : rows;
}

/** Rows the box takes on screen, border included. */
export const replyBoxHeight = (value: string, lang: Lang, columns: number): number => 2 + replyRows(value, lang, columns, true).length;

/** The reply being typed, its end always in view. */
export function ReplyBox({ value, lang, columns, active }: { value: string; lang: Lang; columns: number; active: boolean }) {
  return (
    <Box borderStyle="round" borderColor={active ? 'green' : 'gray'} paddingX={1} flexShrink={0} flexDirection="column">
      <Rows rows={replyRows(value, lang, columns, active)} />
    </Box>
  );
}
