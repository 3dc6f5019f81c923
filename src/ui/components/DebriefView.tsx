import { Box, Text } from 'ink';
import { Para } from './Para';
import type { Debrief } from '../../engine/debrief';
import { formatMoney } from '../../report/text';
import { t, type LabelKey } from '../../report/labels';

const MARK = { caught: '✔', missed: '✘', open: '?' } as const;
const COLOR = { caught: 'green', missed: 'red', open: 'yellow' } as const;

/** The end-of-practice summary: outcome, every flag in order with the safe action, channels, score. */
export function DebriefView({ d, saved }: { d: Debrief; saved?: string }) {
  const L = (k: LabelKey) => t(k, d.lang);
  const outcomeColor = d.outcome === 'safe' ? 'green' : d.outcome === 'unfinished' ? 'yellow' : 'red';
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Text bold>{L('debrief')}: {d.title}</Text>
      <Text>
        {L('outcome')}: <Text bold color={outcomeColor}>{L(d.outcome)}</Text>
        {d.amountLost ? <Text color="red"> — {L('amount')} {formatMoney(d.amountLost, d.currency, d.lang)}</Text> : null}
        {d.leaked.length ? <Text color="red"> — {L('leaked')}: {d.leaked.map((k) => L(k)).join(', ')}</Text> : null}
      </Text>
      <Text>
        {L('score')}: <Text bold>{d.score}/100</Text>  ({d.caught} {L('caught')}, {d.missed} {L('missed')}{d.open ? `, ${d.open} ${L('open')}` : ''})
      </Text>
      {d.endingText ? <Para dimColor>{d.endingText}</Para> : null}
      <Box marginTop={1}><Text bold>{L('flags')}:</Text></Box>
      {d.flags.map((f, i) => (
        <Box key={i} flexDirection="column" flexShrink={0}>
          <Text>
            <Text color={COLOR[f.verdict]} bold>{MARK[f.verdict]} {L(f.verdict)}</Text>: <Text bold>{f.name}</Text>
            {f.critical ? <Text color="red"> ({L('critical')})</Text> : null}
          </Text>
          {f.verdict !== 'caught' ? <Box paddingLeft={4}><Para dimColor>{L('why')}: {f.why}</Para></Box> : null}
          <Box paddingLeft={4}><Para>{L('safeAction')}: {f.todo}</Para></Box>
        </Box>
      ))}
      {d.channels.length ? (
        <Box flexDirection="column" marginTop={1} flexShrink={0}>
          <Text bold>{L('channels')}:</Text>
          {d.channels.map((c) => <Box key={c.id} paddingLeft={2}><Para>• {c.name}: {c.contact}</Para></Box>)}
        </Box>
      ) : null}
      {saved ? <Box marginTop={1}><Text dimColor>{saved}</Text></Box> : null}
    </Box>
  );
}
