import { Box, Text } from 'ink';
import { Wrapped, labelled, tallySpans } from './Wrapped';
import { flagCounts, type Debrief } from '../../core/debrief';
import { formatMoney, scoreCountsAfter } from '../../report/text';
import { kindWord, outcomeWord, realCallNote, t, type LabelKey } from '../../words/labels';

/**
 * The end-of-practice summary: outcome, every flag in order with the safe action (a flag said on
 * several lines once, with its counts), channels, score.
 * `width` is the cells the view has; its text is wrapped to that by wrap.ts.
 */
export function DebriefView({ d, saved, width }: { d: Debrief; saved?: string; width: number }) {
  const L = (k: LabelKey) => t(k, d.lang);
  const zh = d.lang === 'zh';
  const green = d.kind === 'legitimate';
  const outcomeColor = d.outcome === 'safe' ? 'green' : d.outcome === 'unfinished' ? 'yellow' : 'red';
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Wrapped width={width} spans={labelled(L('debrief'), d.title, d.lang, { bold: true }).map((s) => ({ ...s, bold: true }))} />
      <Wrapped width={width} spans={[
        ...labelled(L('outcome'), '', d.lang, {}),
        { text: outcomeWord(d.outcome, green, d.lang), bold: true, color: outcomeColor },
        ...(d.amountLost ? [{ text: ` — ${L('amount')} ${formatMoney(d.amountLost, d.currency, d.lang)}`, color: 'red' }] : []),
        ...(d.leaked.length ? [{ text: ` — ${L('leaked')}${zh ? '：' : ': '}${d.leaked.map((k) => L(k)).join(zh ? '、' : ', ')}`, color: 'red' }] : []),
      ]} />
      <Text>
        {L('score')}{zh ? '：' : ': '}<Text bold>{d.score}/100</Text>{scoreCountsAfter(d)}
      </Text>
      {realCallNote(d, d.lang).map((note, i) => <Wrapped key={i} width={width} spans={[{ text: note, color: 'yellow' }]} />)}
      {d.endingText ? <Wrapped width={width} spans={[{ text: d.endingText, dimColor: true }]} /> : null}
      <Box marginTop={1}><Text bold>{kindWord('flags', green, d.lang)}{zh ? '：' : ':'}</Text></Box>
      {flagCounts(d).map((f, i) => (
        <Box key={i} flexDirection="column" flexShrink={0}>
          <Wrapped width={width} spans={tallySpans(f, f.name, d.lang, green)} />
          {f.missed + f.open ? <Box paddingLeft={4}><Wrapped width={width - 4} spans={labelled(L('why'), f.why, d.lang, {}).map((s) => ({ ...s, dimColor: true }))} /></Box> : null}
          <Box paddingLeft={4}><Wrapped width={width - 4} spans={labelled(kindWord('safeAction', green, d.lang), f.todo, d.lang, {})} /></Box>
        </Box>
      ))}
      {d.channels.length ? (
        <Box flexDirection="column" marginTop={1} flexShrink={0}>
          <Text bold>{L('channels')}{zh ? '：' : ':'}</Text>
          {/* A long entry wraps under its own text, not under the bullet. */}
          {d.channels.map((c) => <Box key={c.id} paddingLeft={2}><Text>• </Text><Wrapped width={width - 4} spans={labelled(c.name, c.contact, d.lang, {})} /></Box>)}
        </Box>
      ) : null}
      {saved ? <Box marginTop={1}><Wrapped width={width} spans={[{ text: saved, dimColor: true }]} /></Box> : null}
    </Box>
  );
}
