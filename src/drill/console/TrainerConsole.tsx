// The trainer's screen (projected): join code and address, who is in, the scammer's line, the live
// tally, the countdown; keys to reveal the red flags, advance, pick, skip, kick and end. Red flags
// stay hidden until revealed, since the room can see this screen. It talks to its own host over
// the same protocol as any remote trainer would.
import { Box, Text, useApp, useInput } from 'ink';
import { useState } from 'react';
import { INTENTS } from '../../core/constants';
import type { Lang } from '../../core/schema';
import { useHost } from '../client/use-host';
import { useSecondsLeft } from '../client/use-seconds-left';
import { useWindow } from '../../ink/use-window';
import { labelled, Wrapped } from '../../ink/components/Wrapped';
import { initialTrainer, trainerReducer, type TrainerState } from './state';

export interface TrainerConsoleProps {
  url: string;
  joinUrl: string;
  code: string;
  drillId: string;
  secret: string;
  lang: Lang;
}

const bar = (n: number, total: number, width = 24) => '█'.repeat(total ? Math.round((n / total) * width) : 0);

export function TrainerConsole(p: TrainerConsoleProps) {
  const app = useApp();
  const { state: s, send } = useHost<TrainerState>(p.url, () => ({ t: 'trainer', secret: p.secret }), (st, m) => trainerReducer(st, m), initialTrainer, (st) => !!st.ended);
  const [mode, setMode] = useState<'keys' | 'kick' | 'end'>('keys');
  const [typed, setTyped] = useState('');
  // The screen is projected: the secret shows only while the trainer asks for it.
  const [showSecret, setShowSecret] = useState(false);
  const { columns } = useWindow();

  useInput((input, key) => {
    if (key.ctrl && input === 'c') return app.exit();
    if (s.ended) {
      if (input === 'q' || key.escape || key.return) app.exit();
      return;
    }
    if (mode === 'kick') {
      if (key.escape) return setMode('keys');
      if (key.return) {
        if (typed) send({ t: 'kick', pid: `p${typed}` });
        setTyped('');
        return setMode('keys');
      }
      if (/^\d$/.test(input)) setTyped((v) => (v + input).slice(0, 5));
      return;
    }
    if (mode === 'end') {
      if (input === 'y') send({ t: 'end' });
      return setMode('keys');
    }
    if (key.return || input === 'a') send({ t: 'advance' });
    else if (/^[1-9]$/.test(input)) send({ t: 'advance', pick: { choice: Number(input) } });
    else if (input === 'r') send({ t: 'reveal' });
    else if (input === 's') send({ t: 'skip' });
    else if (input === 'k') setMode('kick');
    else if (input === 'e') setMode('end');
    else if (input === 't') setShowSecret((v) => !v);
    else if (input === 'q' || key.escape) app.exit();
  });

  const online = s.roster.filter((r) => r.online && !r.kicked).length;
  const tally = s.tally;
  const total = tally ? tally.answered + tally.waiting : 0;
  const secondsLeft = useSecondsLeft(s.line?.msLeft, s.lineAt);

  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>scamdrill group drill</Text>  code <Text bold color="cyan">{p.code}</Text>  join: <Text bold>{p.joinUrl}</Text>  (or: scamdrill drill join {p.joinUrl.replace(/^https?:\/\//, '')} --code {p.code} --name NAME)
      </Text>
      <Text dimColor>drill {p.drillId}{s.rssMb !== undefined ? ` · host ${s.rssMb} MB` : ''}{s.connected ? '' : ' · connecting…'} · trainer secret: {showSecret ? p.secret : 't to show'}</Text>
      <Text>
        Participants: <Text bold>{s.roster.length}</Text> ({online} online){' '}
        {s.roster.slice(-30).map((r) => `${r.pid.slice(1)}:${r.name}${r.kicked ? '✗' : r.answered ? '✓' : r.online ? '' : '(off)'}`).join('  ')}
      </Text>
      {s.line && !s.ended ? (
        <Box flexDirection="column" marginTop={1}>
          <Text dimColor>Line {s.line.step}{secondsLeft !== undefined ? ` · ${secondsLeft} s left` : ''}{s.line.open ? '' : ' · answers closed'}</Text>
          <Wrapped width={columns} spans={labelled(s.line.speaker, s.line.text, p.lang, { color: 'red', bold: true })} />
          {s.line.choices.map((c) => (
            <Box key={c.n} paddingLeft={2}>
              <Wrapped width={columns - 2} spans={[{ text: `${c.n}. ${c.text}  ` }, { text: bar(tally?.byChoice[`#${c.n}`] ?? 0, total), color: 'cyan' }, { text: ` ${tally?.byChoice[`#${c.n}`] ?? 0}` }]} />
            </Box>
          ))}
          <Box flexDirection="column" marginTop={1}>
            <Text>Answered <Text bold>{tally?.answered ?? 0}</Text> · waiting {tally?.waiting ?? 0}</Text>
            {INTENTS.filter((i) => tally?.byIntent[i]).map((i) => (
              <Text key={i}>  {i.padEnd(10)} <Text color="cyan">{bar(tally!.byIntent[i]!, total)}</Text> {tally!.byIntent[i]}</Text>
            ))}
          </Box>
          {s.revealed.length ? (
            <Box flexDirection="column" marginTop={1}>
              <Text bold>Red flags in this line:</Text>
              {s.revealed.map((f) => <Wrapped key={f.id} width={columns} spans={[{ text: `• ${f.name} — caught by ${f.caught} of ${f.caught + f.missed + f.open}` }]} />)}
            </Box>
          ) : <Text dimColor>{s.flags.length} red flag(s) in this line — press r to reveal</Text>}
        </Box>
      ) : null}
      {s.ended ? <Results s={s} /> : null}
      {s.error ? <Text color="yellow">{s.error}</Text> : null}
      <Box marginTop={1}>
        <Text dimColor>
          {s.ended ? 'q to close' : mode === 'kick' ? `kick participant number: ${typed}_ (Enter to kick, Esc to cancel)` : mode === 'end' ? 'end the drill for everyone? y to confirm' : 'Enter advance (majority) · 1-9 follow that answer · r reveal flags · s skip · k kick · e end · t secret · q pause (resume later)'}
        </Text>
      </Box>
    </Box>
  );
}

function Results({ s }: { s: TrainerState }) {
  const r = s.results;
  if (!r) return <Text>The drill is over.</Text>;
  const board = r.leaderboard ?? r.people;
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold>Drill over ({s.ended}) — room outcome: {r.outcome}</Text>
      {r.lines.map((l) => (
        <Text key={l.step}>Line {l.step}: {l.answered} answered{l.flags.length ? ' · ' : ''}{l.flags.map((f) => `${f.name} ${f.caught}/${f.caught + f.missed + f.open}`).join(' · ')}</Text>
      ))}
      <Text bold>{r.leaderboard ? 'Leaderboard' : 'People'}:</Text>
      {board.slice(0, 20).map((p, i) => <Text key={p.pid}>{r.leaderboard ? `${i + 1}. ` : '  '}{p.name}: {p.score} ({p.caught} caught, {p.missed} missed){p.kicked ? ' (removed)' : ''}</Text>)}
      {board.length > 20 ? <Text dimColor>… and {board.length - 20} more (scamdrill drill export {r.drillId})</Text> : null}
    </Box>
  );
}
