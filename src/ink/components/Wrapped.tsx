import { Box, Text, type TextProps } from 'ink';
import { wrapSpans, type Span } from '../wrap';
import type { Lang } from '../../core/schema';
import { t, verdictWord } from '../../words/labels';

/** Text with Ink style props, as one piece of a wrapped paragraph. */
export type StyledSpan = Span & Omit<TextProps, 'children' | 'wrap'>;

/** Rows already wrapped by wrapSpans: one Ink row each, so Ink has nothing left to wrap. */
export function Rows({ rows }: { rows: readonly (readonly StyledSpan[])[] }) {
  return (
    <Box flexDirection="column" flexShrink={0}>
      {rows.map((row, i) => (
        <Text key={i}>
          {row.length ? row.map(({ text, ...style }, k) => <Text key={k} {...style}>{text}</Text>) : ' '}
        </Text>
      ))}
    </Box>
  );
}

/** Styled text wrapped to `width` cells by our own rules (see wrap.ts), e.g. a label and a sentence. */
export function Wrapped({ spans, width }: { spans: readonly StyledSpan[]; width: number }) {
  return <Rows rows={wrapSpans(spans, width)} />;
}

/** A label and the text after it, as spans: `平台客服：…` in Chinese, `Caller: …` otherwise. */
export function labelled(label: string, text: string, lang: Lang, style: Omit<StyledSpan, 'text'>): StyledSpan[] {
  return [{ text: lang === 'zh' ? `${label}：` : `${label}:`, ...style }, { text: lang === 'zh' ? text : ` ${text}` }];
}

const MARK = { caught: '✔', missed: '✘', open: '?' } as const;
const COLOR = { caught: 'green', missed: 'red', open: 'yellow' } as const;

/**
 * The head of a judged flag's row, as spans: `✘ missed: Asks for a code (secret given away)`; for a
 * green flag (a real call) `✘ false alarm: Tells you to call the number on your card`.
 */
export function verdictSpans(verdict: keyof typeof MARK, name: string, critical: boolean, lang: Lang, green = false): StyledSpan[] {
  const zh = lang === 'zh';
  return [
    { text: `${MARK[verdict]} ${verdictWord(verdict, green, critical, lang)}`, color: COLOR[verdict], bold: true },
    { text: zh ? '：' : ': ' },
    { text: name, bold: true },
    ...(critical ? [{ text: zh ? `（${t('critical', lang)}）` : ` (${t('critical', lang)})`, color: 'red' }] : []),
  ];
}

/** Counts of one flag's verdicts, from the lines that said it. */
export interface Tally {
  caught: number;
  missed: number;
  open: number;
  critical: boolean;
}

/**
 * The head of a flag said on several lines, read once: `✘ missed 3× · ✔ caught 1×: Fake official
 * site or app`; a flag said once reads as verdictSpans.
 */
export function tallySpans(tally: Tally, name: string, lang: Lang, green = false): StyledSpan[] {
  const said = (['missed', 'open', 'caught'] as const).filter((v) => tally[v]);
  if (tally.caught + tally.missed + tally.open === 1) return verdictSpans(said[0]!, name, tally.critical, lang, green);
  const zh = lang === 'zh';
  return [
    ...said.flatMap((v, i) => [
      ...(i ? [{ text: ' · ' }] : []),
      { text: `${MARK[v]} ${verdictWord(v, green, tally.critical && v === 'missed', lang)} ${tally[v]}${t('times', lang)}`, color: COLOR[v], bold: true },
    ]),
    { text: zh ? '：' : ': ' },
    { text: name, bold: true },
    ...(tally.critical ? [{ text: zh ? `（${t('critical', lang)}）` : ` (${t('critical', lang)})`, color: 'red' }] : []),
  ];
}
