// The trainer's screen (projected): join code and address, who is in, the scammer's line, the live
// tally, the countdown; keys to reveal the red flags, advance, pick, skip, kick and end. Red flags
// stay hidden until revealed, since the room can see this screen. It talks to its own host over
// the same protocol as any remote trainer would.
import { Box, Text, useApp } from 'ink';
import { useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/schema';
import { useHost } from '../client/use-host';
import { useSecondsLeft } from '../client/use-seconds-left';
import { useWindow } from '../../ink/use-window';
import { Rows } from '../../ink/components/Wrapped';
import { Scrolled, ScrollBox, useScroll } from '../../ink/components/Scrolled';
import { topShowing, viewAt } from '../../ink/scroll';
import { wrapSpans } from '../../ink/wrap';
import { colon, inParens, outcomeWord, t, verdictCount, type Holes, type LabelKey } from '../../words/labels';
import { errorText } from '../words';
import { joinLink } from '../public-url';
import { openScreen } from '../open-browser';
import { qrRows } from '../qr';
import { liveRows } from './live';
import { initialTrainer, trainerReducer, type TrainerState } from './state';
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

type Mode = 'keys' | 'kick' | 'end';

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
  // How far the trainer moved the live view from where it starts for the current line (↑↓ PgUp/PgDn).
  const [moved, setMoved] = useState({ key: '', by: 0 });
  const scrollRef = useRef<(step: number) => void>(() => undefined);

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
    else if (key.upArrow || key.downArrow) scrollRef.current(key.upArrow ? -1 : 1);
    else if (key.pageUp || key.pageDown) scrollRef.current(key.pageUp ? -2 : 2);
  });

  const secondsLeft = useSecondsLeft(s.line?.msLeft, s.lineAt);
  const qr = useMemo(() => qrRows(joinLink(p.joinUrl, p.code)), [p.joinUrl, p.code]);

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

  const live = liveRows({
    s, lang: p.lang, green, columns, code: p.code, joinUrl: p.joinUrl, drillId: p.drillId, secret: showSecret ? p.secret : undefined,
    secondsLeft, qr: showQr ?? !s.line ? qr : undefined, note: screenNote, lost,
  });
  // The keys stay at the bottom; the rest gets the rows above them and scrolls (↑↓ PgUp/PgDn) when
  // taller, starting where the current line (or the QR code asked for) is in view.
  const keyWords = mode === 'kick' ? w('kickPrompt', { typed }) : mode === 'end' ? w('endPrompt') : w('trainerKeys');
  const plainKeys = wrapSpans([{ text: keyWords, dimColor: true }], columns);
  const keyRows = live.rows.length > height - plainKeys.length ? wrapSpans([{ text: `${keyWords} · ↑↓ PgUp/PgDn ${w('scroll')}`, dimColor: true }], columns) : plainKeys;
  const room = Math.max(1, height - keyRows.length);
  const anchor = topShowing(live.rows.length, room, live.focus.start, live.focus.end);
  const focusKey = `${s.line?.step ?? 0}/${live.focus.start}`;
  const by = moved.key === focusKey ? moved.by : 0;
  const view = viewAt(live.rows.length, room, anchor + by);
  scrollRef.current = (step: number) => {
    const delta = Math.abs(step) > 1 ? Math.sign(step) * Math.max(1, room - 2) : step;
    // From the state as the keys before left it: several keys may come before the next render.
    setMoved((m) => ({ key: focusKey, by: viewAt(live.rows.length, room, anchor + (m.key === focusKey ? m.by : 0) + delta).start - anchor }));
  };

  return (
    <Box flexDirection="column" height={height}>
      <Scrolled rows={live.rows} height={room} view={view} lang={p.lang} />
      <Rows rows={keyRows} />
    </Box>
  );
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
      <Text bold>{w(r.leaderboard ? 'leaderboard' : 'people')}{colon(lang).trim()}</Text>
      {board.slice(0, 20).map((p, i) => <Text key={p.pid}>{r.leaderboard ? `${i + 1}. ` : '  '}{p.name}{colon(lang)}{p.score}{inParens(`${verdictCount('caught', p.caught, green, lang)}${lang === 'zh' ? '，' : ', '}${verdictCount('missed', p.missed, green, lang)}`, lang)}{p.kicked ? ` ${w('removed')}` : ''}</Text>)}
      {board.length > 20 ? <Text dimColor>{w('andMore', { n: board.length - 20, id: r.drillId })}</Text> : null}
    </Box>
  );
}
