// The trainer's screen (projected): join code and address, who is in, the scammer's line, the live
// tally, the countdown; keys to reveal the red flags, advance, pick, skip, kick and end. Red flags
// stay hidden until revealed, since the room can see this screen. It talks to its own host over
// the same protocol as any remote trainer would.
import { Box, Text, useApp } from 'ink';
import { useRef, useState } from 'react';
import { INTENTS } from '../../core/constants';
import type { Lang } from '../../core/schema';
import { useHost } from '../client/use-host';
import { useSecondsLeft } from '../client/use-seconds-left';
import { useWindow } from '../../ink/use-window';
import { labelled, Wrapped } from '../../ink/components/Wrapped';
import { ScrollBox, useScroll } from '../../ink/components/Scrolled';
import { displayWidth, padCells } from '../../report/text';
import { kindWord, outcomeWord, t, verdictCount, type Holes, type LabelKey } from '../../words/labels';
import { errorText } from '../words';
import { joinLink } from '../public-url';
import { openScreen } from '../open-browser';
import { JoinQr } from './JoinQr';
import { initialTrainer, trainerReducer, type TrainerState } from './state';
import type { RoomPick } from '../protocol';
import { useKeys } from '../../ink/use-keys';

export interface TrainerConsoleProps {
  url: string;
  joinUrl: string;
  code: string;
  drillId: string;
  secret: string;
  lang: Lang;
  /** The drill plays a real call: its flags are green, and the words say so ("handled right"). */
  green?: boolean;
}

/** The widest intent in words, so the tally's bars start in one column. */
const intentWidth = (lang: Lang) => Math.max(...INTENTS.map((i) => displayWidth(t(i, lang))));

type Mode = 'keys' | 'kick' | 'end';

const bar = (n: number, total: number, width = 24) => '█'.repeat(total ? Math.round((n / total) * width) : 0);

export function TrainerConsole(p: TrainerConsoleProps) {
  const app = useApp();
  const { state: s, lost, send } = useHost<TrainerState>(p.url, () => ({ t: 'trainer', secret: p.secret }), (st, m) => trainerReducer(st, m), initialTrainer, (st) => !!st.ended);
  // Keys can come faster than a render, and until the new render's handler is attached the old one
  // reads them: what keys change is kept in refs as well, so each key sees the one before it.
  const [mode, showMode] = useState<Mode>('keys');
  const modeNow = useRef<Mode>('keys');
  const setMode = (m: Mode) => showMode((modeNow.current = m));
  const [typed, showTyped] = useState('');
  const typedNow = useRef('');
  const setTyped = (v: string) => showTyped((typedNow.current = v));
  // The screen is projected: the secret shows only while the trainer asks for it.
  const [showSecret, setShowSecret] = useState(false);
  // The join QR code shows while people come in (until the first line), and whenever j asks for it.
  const [showQr, setShowQr] = useState<boolean | undefined>(undefined);
  const [screenNote, setScreenNote] = useState<string | undefined>(undefined);
  const { columns, rows } = useWindow();
  // The end summary gets the whole screen but the key row, and scrolls when taller: its first lines
  // (the room's outcome) would otherwise be pushed off the top of the terminal.
  const height = Math.max(10, rows - 1);
  const endScroll = useScroll(height - 1, !!s.ended);
  const w = (k: LabelKey, holes?: Holes) => t(k, p.lang, holes);
  const green = p.green ?? false;

  useKeys((input, key) => {
    if (key.ctrl && input === 'c') return app.exit();
    if (s.ended) {
      if (input === 'q' || key.escape || key.return) app.exit();
      return;
    }
    if (modeNow.current === 'kick') {
      if (key.escape) return setMode('keys');
      if (key.return) {
        if (typedNow.current) send({ t: 'kick', pid: `p${typedNow.current}` });
        setTyped('');
        return setMode('keys');
      }
      if (/^\d$/.test(input)) setTyped((typedNow.current + input).slice(0, 5));
      return;
    }
    if (modeNow.current === 'end') {
      if (input === 'y') send({ t: 'end' });
      return setMode('keys');
    }
    if (key.return || input === 'a') send({ t: 'advance' });
    else if (/^[1-9]$/.test(input)) {
      // A line without numbered answers: on a tie (or when the drill follows the trainer), the numbers pick among the readings as listed.
      const tied = !s.line?.choices.length ? (s.tally?.tie ?? s.tally?.trainer)?.[Number(input) - 1] : undefined;
      send({ t: 'advance', pick: tied ?? { choice: Number(input) } });
    }
    else if (input === 'r') send({ t: 'reveal' });
    else if (input === 's') send({ t: 'skip' });
    else if (input === 'k') setMode('kick');
    else if (input === 'e') setMode('end');
    else if (input === 't') setShowSecret((v) => !v);
    else if (input === 'j') setShowQr((v) => !(v ?? !s.line));
    else if (input === 'p') setScreenNote(openScreen(p.joinUrl, p.secret, p.lang));
    else if (input === 'q' || key.escape) app.exit();
  });

  const online = s.roster.filter((r) => r.online && !r.kicked).length;
  const tally = s.tally;
  const total = tally ? tally.answered + tally.waiting : 0;
  const secondsLeft = useSecondsLeft(s.line?.msLeft, s.lineAt);

  if (s.ended) {
    return (
      <Box flexDirection="column" height={height}>
        <ScrollBox scroll={endScroll} lang={p.lang}>
          <Results s={s} lang={p.lang} green={green} />
          {s.error ? <Text color="yellow">{errorText(s.error, p.lang)}</Text> : null}
          {lost ? <Text color="yellow">{w('lost')}</Text> : null}
        </ScrollBox>
        <Text dimColor wrap="truncate-end">{w('closeKey')}{endScroll.overflows ? `  ·  ↑↓ PgUp/PgDn ${w('scroll')}` : ''}</Text>
      </Box>
    );
  }

  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>{w('consoleTitle')}</Text>  {w('codeIs')} <Text bold color="cyan">{p.code}</Text>  {w('joinAt')}: <Text bold>{p.joinUrl}</Text>  ({w('orJoin')}: scamdrill drill join {p.joinUrl.replace(/^https?:\/\//, '')} --code {p.code} --name {w('nameHole')})
      </Text>
      <Text>{s.drill ? <Text bold>{s.drill.title}  </Text> : null}<Text dimColor>{w('drillId', { id: p.drillId })}{s.rssMb !== undefined ? ` · ${w('hostMemory', { mb: s.rssMb })}` : ''}{s.connected ? '' : ` · ${w('connecting')}`} · {w('secretIs')}: {showSecret ? p.secret : w('secretHidden')}</Text></Text>
      <Text>
        {w('participants')}: <Text bold>{s.roster.length}</Text> {w('online', { n: online })}{' '}
        {s.roster.slice(-30).map((r) => `${r.pid.slice(1)}:${r.name}${r.kicked ? '✗' : r.answered ? '✓' : r.online ? '' : w('offline')}`).join('  ')}
      </Text>
      {s.line ? (
        <Box flexDirection="column" marginTop={1}>
          <Text dimColor>{w('line', { n: s.line.step })}{secondsLeft !== undefined ? ` · ${w('secondsLeft', { n: secondsLeft })}` : ''}{s.line.open ? '' : ` · ${w('answersClosed')}`}</Text>
          {s.line.gap ? <Text dimColor>{w('timePassed', { gap: s.line.gap })}</Text> : null}
          <Wrapped width={columns} spans={labelled(s.line.speaker, s.line.text, p.lang, { color: 'red', bold: true })} />
          {s.line.choices.map((c) => (
            <Box key={c.n} paddingLeft={2}>
              <Wrapped width={columns - 2} spans={[{ text: `${c.n}. ${c.text}  ` }, { text: bar(tally?.byChoice[`#${c.n}`] ?? 0, total), color: 'cyan' }, { text: ` ${tally?.byChoice[`#${c.n}`] ?? 0}` }]} />
            </Box>
          ))}
          <Box flexDirection="column" marginTop={1}>
            <Text>{w('answeredWaiting', { answered: tally?.answered ?? 0, waiting: tally?.waiting ?? 0 })}</Text>
            {tally?.tie ? <Text bold color="yellow">{pickWords('tiePick', tally.tie, s.line.choices.length, p.lang)}</Text> : null}
            {tally?.trainer?.length ? <Text bold color="yellow">{pickWords('trainerPick', tally.trainer, s.line.choices.length, p.lang)}</Text> : null}
            {INTENTS.filter((i) => tally?.byIntent[i]).map((i) => (
              <Text key={i}>  {padCells(w(i), intentWidth(p.lang))} <Text color="cyan">{bar(tally!.byIntent[i]!, total)}</Text> {tally!.byIntent[i]}</Text>
            ))}
          </Box>
          {s.revealed.length ? (
            <Box flexDirection="column" marginTop={1}>
              <Text bold>{kindWord('lineFlags', green, p.lang)}:</Text>
              {s.revealed.map((f) => <Wrapped key={f.id} width={columns} spans={[{ text: `• ${f.name} — ${kindWord('caughtBy', green, p.lang, { caught: f.caught, all: f.caught + f.missed + f.open })}` }]} />)}
            </Box>
          ) : <Text dimColor>{kindWord('flagsHidden', green, p.lang, { n: s.flags.length })}</Text>}
        </Box>
      ) : null}
      {s.error ? <Text color="yellow">{errorText(s.error, p.lang)}</Text> : null}
      {showQr ?? !s.line ? <JoinQr link={joinLink(p.joinUrl, p.code)} /> : null}
      {screenNote ? <Text dimColor>{screenNote}</Text> : null}
      {lost ? <Text color="yellow">{w('lost')}</Text> : null}
      <Box marginTop={1}>
        <Text dimColor>
          {mode === 'kick' ? w('kickPrompt', { typed }) : mode === 'end' ? w('endPrompt') : w('trainerKeys')}
        </Text>
      </Box>
    </Box>
  );
}

/** "tie: pick 1–3 (#1 · #3)"; on a line without numbered answers the readings are numbered themselves. */
function pickWords(key: 'tiePick' | 'trainerPick', picks: readonly RoomPick[], choices: number, lang: Lang): string {
  const say = (pick: RoomPick) => ('choice' in pick ? `#${pick.choice}` : 'intent' in pick ? t(pick.intent, lang) : t('unclear', lang));
  const between = picks.map((pick, i) => (choices ? say(pick) : `${i + 1} ${say(pick)}`)).join(' · ');
  return t(key, lang, { n: choices || picks.length, between });
}

function Results({ s, lang, green }: { s: TrainerState; lang: Lang; green: boolean }) {
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const r = s.results;
  if (!r) return <Text>{w('drillOver')}</Text>;
  const board = r.leaderboard ?? r.people;
  return (
    <Box flexDirection="column">
      <Text bold>{w('drillEnded', { reason: w(s.ended ?? 'stopped'), outcome: outcomeWord(r.outcome, green, lang) })}</Text>
      {r.lines.map((l) => (
        <Text key={l.step}>{w('lineAnswered', { n: l.step, answered: l.answered })}{l.flags.length ? ' · ' : ''}{l.flags.map((f) => `${f.name} ${f.caught}/${f.caught + f.missed + f.open}`).join(' · ')}</Text>
      ))}
      <Text bold>{w(r.leaderboard ? 'leaderboard' : 'people')}:</Text>
      {board.slice(0, 20).map((p, i) => <Text key={p.pid}>{r.leaderboard ? `${i + 1}. ` : '  '}{p.name}: {p.score} ({verdictCount('caught', p.caught, green, lang)}, {verdictCount('missed', p.missed, green, lang)}){p.kicked ? ` ${w('removed')}` : ''}</Text>)}
      {board.length > 20 ? <Text dimColor>{w('andMore', { n: board.length - 20, id: r.drillId })}</Text> : null}
    </Box>
  );
}
