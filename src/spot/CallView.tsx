// The call being heard: who is calling, the lines so far with the person's replies, the line to
// judge, and the question (or the list to name the red flag from).
import { Box, Text } from 'ink';
import type { Lang } from '../core/constants';
import { wrapSpans } from '../ink/wrap';
import { labelled, Rows, Wrapped, type StyledSpan } from '../ink/components/Wrapped';
import { t } from '../words/labels';
import type { SpotState } from './state';

export function CallView({ s, lang, columns, rows }: { s: SpotState; lang: Lang; columns: number; rows: number }) {
  const call = s.calls[s.call]!;
  const caller = call.scenario.caller;
  const naming = s.phase === 'naming';
  const line = call.lines[s.line]!;
  return (
    <>
      <Box flexShrink={0}>
        <Text bold wrap="truncate-end">
          {t('spotTitle', lang)} <Text dimColor>· {t('spotCallOf', lang, { n: s.call + 1, all: s.calls.length })} · {caller.name[lang]} {caller.number}</Text>
        </Text>
      </Box>
      <Heard s={s} lang={lang} width={columns} maxRows={rows} />
      <Box flexDirection="column" flexShrink={0} marginTop={1}>
        <Text color="yellow" bold>
          {t('line', lang, { n: s.line + 1 })} · {t(naming ? 'spotNameIt' : 'spotAsk', lang)}
        </Text>
        {naming
          ? line.options.map((f, i) => <Wrapped key={f} width={columns} spans={[{ text: `${i + 1}. ${call.catalogue.flags[f]?.name[lang] ?? f}` }]} />)
          : null}
      </Box>
    </>
  );
}

/**
 * The lines up to the one being judged, newest at the bottom: each wrapped here so its height is
 * known, and only what fits drawn (the box clips the rest off the top).
 */
function Heard({ s, lang, width, maxRows }: { s: SpotState; lang: Lang; width: number; maxRows: number }) {
  const call = s.calls[s.call]!;
  const blocks: StyledSpan[][][] = [];
  call.lines.slice(0, s.line + 1).forEach((l, j) => {
    const current = j === s.line;
    const mark = s.marks[s.call]?.[j];
    const rows: StyledSpan[][] = [];
    if (l.gap) rows.push(...wrapSpans([{ text: t('timePassed', lang, { gap: l.gap }), dimColor: true }], width));
    const flagged: StyledSpan[] = mark?.marked && !current ? [{ text: ` ⚑ ${t('spotRedFlag', lang)}`, color: 'red' }] : [];
    rows.push(...wrapSpans([...labelled(l.speaker, l.text, lang, { bold: true, color: 'cyan' }), ...flagged], width));
    if (!current && l.reply !== undefined) rows.push(...wrapSpans(labelled(t('spotPerson', lang), l.reply, lang, { bold: true, color: 'green' }), width));
    blocks.push(current ? rows.map((r) => r.map((sp) => ({ ...sp, bold: true }))) : rows.map((r) => r.map((sp) => ({ ...sp, dimColor: true }))));
  });
  const drawn: StyledSpan[][][] = [];
  let used = 0;
  for (let i = blocks.length - 1; i >= 0 && used < maxRows; i--) {
    drawn.unshift(blocks[i]!);
    used += blocks[i]!.length + 1;
  }
  return (
    <Box flexDirection="column" justifyContent="flex-end" flexGrow={1} flexShrink={1} flexBasis={0} overflow="hidden">
      {drawn.map((rows, i) => (
        <Box key={blocks.length - drawn.length + i} flexShrink={0} marginTop={1}>
          <Rows rows={rows} />
        </Box>
      ))}
    </Box>
  );
}
