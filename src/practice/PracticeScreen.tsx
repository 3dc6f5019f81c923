// One conversation on screen: incoming call (or the thread), transcript, coach panel, countdown,
// reply box or numbered answers, key hints. Logic is in useSession; this wires keys to it and
// shares the rows out (layout.ts): every part is wrapped before drawing, so its height is known.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, type Key } from 'ink';
import type { Session } from '../core/session';
import { t } from '../words/labels';
import { useSession } from './use-session';
import { useVoice } from './voice';
import { useLineInput } from '../ink/use-line-input';
import { useWindow } from '../ink/use-window';
import type { Clock } from './clock';
import { HINTS, WHEN, isEnter, isQuit, type Binding } from '../ink/keys';
import { answerLeave } from '../ink/leave';
import { Hints } from '../ink/components/Hints';
import { IncomingCall } from './components/IncomingCall';
import { Transcript, transcriptRows } from './components/Transcript';
import { FlagPanel, panelRows } from './components/FlagPanel';
import { ReplyBox, replyBoxHeight } from '../ink/components/ReplyBox';
import { ChoiceList, choiceListHeight } from './components/ChoiceList';
import { Countdown } from '../ink/components/Countdown';
import { Rows } from '../ink/components/Wrapped';
import { wrapSpans } from '../ink/wrap';
import { maxTop, viewAt, viewFromBottom } from '../ink/scroll';
import { choiceRoom, layout } from './layout';
import { useKeys } from '../ink/use-keys';

export interface PracticeProps {
  session: Session;
  coach: boolean;
  choices: boolean;
  instant: boolean;
  clock?: Clock;
  onQuit(): void;
  /** The conversation is over and the person asked for the debrief. */
  onDone(): void;
}

/** Rows ↑ and ↓ move the transcript in an empty reply box. */
const ARROW_STEP = 3;

export function PracticeScreen({ session, coach, choices, instant, clock, onQuit, onDone }: PracticeProps) {
  const s = useSession(session, { instant, ...(clock ? { clock } : {}) });
  useVoice(s.state.shown, session.lang);
  const { columns, rows } = useWindow();
  const lang = session.lang;
  const { phase, shown, panel } = s.state;
  const replying = phase === 'talking';
  const freeText = replying && !choices;
  const options = replying && choices ? session.choices : [];
  const [cursor, setCursor] = useState(0);
  // A new line brings new answers: put the cursor back on the first.
  const turn = session.turnId;
  useEffect(() => setCursor(0), [turn]);

  // Leaving in the middle of the call is asked once ("Leave? y/n"); once it is over, q or Esc just leaves.
  // Kept in a ref as well: the key after Esc may come before the render that shows the question.
  const [asking, showAsking] = useState(false);
  const askingNow = useRef(false);
  const setAsking = (on: boolean) => showAsking((askingNow.current = on));

  const value = useLineInput(s.send, freeText, askingNow);

  // Scrolling belongs to what is on screen: a new item follows the end again, a new panel starts short.
  const [scrolled, setScrolled] = useState({ shown, up: 0 });
  const up = scrolled.shown === shown ? scrolled.up : 0;
  const [panelState, setPanelState] = useState({ panel, expanded: false, top: 0 });
  const { expanded, top } = panelState.panel === panel ? panelState : { expanded: false, top: 0 };

  const transcript = useMemo(() => transcriptRows(shown, lang, columns), [shown, lang, columns]);
  const flags = useMemo(() => {
    const source = { scenario: session.scenario, catalogue: session.catalogue, lang };
    const judged = coach ? panel : [];
    return { full: panelRows(judged, source, columns, 'full'), compact: panelRows(judged, source, columns, 'compact') };
  }, [coach, panel, session, lang, columns]);

  const caller = session.scenario.caller;
  const channel = session.scenario.channel;
  const lastLine = [...shown].reverse().find((i) => i.kind === 'line');
  const speaker = lastLine?.kind === 'line' ? lastLine.speaker : caller.name[lang];
  const notice = s.state.notice ? wrapSpans([{ text: s.state.notice, color: 'yellow' }], columns) : [];
  const countdown = replying && !s.typing && s.secondsLeft !== undefined;
  // One row short of the terminal: a frame as tall as the screen makes Ink clear it every time.
  const height = Math.max(10, rows - 1);
  // Title, typing, notice, countdown and hints; then the reply box or the answers.
  const others = 1 + (s.typing ? 1 : 0) + notice.length + (countdown ? 1 : 0) + 1;
  const bottom = phase === 'over' ? 1 : choices ? choiceRoom(choiceListHeight(options, columns), height, others, transcript.rows.length, transcript.latest) : replyBoxHeight(value, lang, columns);
  const fixed = others + bottom;
  const room = layout({ height: Math.max(0, height - fixed), transcript: transcript.rows.length, latest: transcript.latest, panelFull: flags.full.length, panelCompact: flags.compact.length, expanded });
  const flagRows = room.form === 'full' ? flags.full : flags.compact;
  const transcriptView = viewFromBottom(transcript.rows.length, room.transcript, up);
  const flagRoom = Math.max(0, room.panel - 1);
  const flagsView = viewAt(flagRows.length, flagRoom, top);
  // PgUp/PgDn move the panel while it is open in full and taller than its room, else the transcript.
  const panelScrolls = expanded && flagRows.length > flagRoom;
  const transcriptScrolls = transcript.rows.length > room.transcript;

  const scrollTranscript = useCallback((by: number) => {
    const most = maxTop(transcript.rows.length, room.transcript);
    setScrolled({ shown, up: Math.min(most, Math.max(0, up + by)) });
  }, [transcript.rows.length, room.transcript, shown, up]);

  const onKey = useCallback((input: string, key: Key) => {
    if (askingNow.current) {
      if (answerLeave(input, key) === 'leave') return onQuit();
      return setAsking(false);
    }
    if (isQuit(input, key, freeText)) return phase === 'over' ? onQuit() : setAsking(true);
    if (phase === 'incoming') {
      if (isEnter(input, key) || input === 'a' || input === 'A') s.answer();
      else if (input === 'd' || input === 'D') s.decline();
      return;
    }
    if (key.tab) {
      if (room.toggle) setPanelState({ panel, expanded: !expanded, top: 0 });
      return;
    }
    if (key.pageUp || key.pageDown) {
      const page = (key.pageUp ? -1 : 1) * Math.max(1, (panelScrolls ? flagRoom : room.transcript) - 2);
      if (panelScrolls) setPanelState({ panel, expanded, top: viewAt(flagRows.length, flagRoom, top + page).start });
      else scrollTranscript(-page);
      return;
    }
    if (phase === 'over') {
      if (key.upArrow || key.downArrow) return scrollTranscript(key.upArrow ? ARROW_STEP : -ARROW_STEP);
      if (isEnter(input, key) || input === ' ') {
        if (s.typing) return;
        onDone();
      }
      return;
    }
    if (freeText && !value && (key.upArrow || key.downArrow)) return scrollTranscript(key.upArrow ? ARROW_STEP : -ARROW_STEP);
    if (!freeText && options.length) {
      if (key.upArrow) setCursor((c) => (c + options.length - 1) % options.length);
      else if (key.downArrow) setCursor((c) => (c + 1) % options.length);
      else if (isEnter(input, key)) s.choose(options[cursor]!.n);
      else if (/^[1-9]$/.test(input) && Number(input) <= options.length) s.choose(Number(input));
    }
  }, [freeText, phase, options, cursor, s, onQuit, onDone, value, room, panel, expanded, top, panelScrolls, flagRoom, flagRows.length, scrollTranscript]);
  useKeys(onKey);

  const head = channel === 'call' ? t('incomingCall', lang) : channel === 'sms' ? t('messages', lang) : t('chat', lang);
  const base = phase === 'incoming' ? HINTS.incoming : phase === 'over' ? HINTS.over : choices ? HINTS.choices : HINTS.reply;
  const hints: Binding[] = phase === 'incoming' ? base : [
    ...base,
    ...(room.toggle ? [room.toggle === 'more' ? WHEN.flagsMore : WHEN.flagsLess] : []),
    ...(transcriptScrolls || panelScrolls ? [WHEN.scroll] : []),
  ];

  return (
    <Box flexDirection="column" width={columns} height={height}>
      <Box flexShrink={0}>
        <Text bold wrap="truncate-end">
          {session.scenario.title[lang]} <Text dimColor>· {channel === 'call' ? caller.name[lang] : t('threadFrom', lang, { channel: head, who: caller.name[lang] })} {caller.number}{coach ? '' : ` · ${t('exam', lang)}`}</Text>
        </Text>
      </Box>
      {phase === 'incoming' ? (
        <IncomingCall name={caller.name[lang]} number={caller.number} lang={lang} />
      ) : (
        <>
          <Transcript rows={transcript.rows} height={room.transcript} view={transcriptView} lang={lang} />
          {s.typing ? <Text dimColor wrap="truncate-end">{speaker} {t(channel === 'call' ? 'speaking' : 'typing', lang)}</Text> : null}
          {room.panel ? <FlagPanel rows={flagRows} height={room.panel} view={flagsView} lang={lang} /> : null}
          {notice.length ? <Rows rows={notice} /> : null}
          {countdown ? <Countdown seconds={s.secondsLeft!} speaker={speaker} lang={lang} /> : null}
          {phase === 'over' ? (
            <Text dimColor wrap="truncate-end">{t('over', lang)}</Text>
          ) : choices ? (
            <ChoiceList choices={options} cursor={cursor} active={!s.typing} columns={columns} height={bottom} lang={lang} />
          ) : (
            <ReplyBox value={value} lang={lang} columns={columns} active={replying} />
          )}
        </>
      )}
      {asking ? <Text bold color="yellow" wrap="truncate-end">{t('leaveAsk', lang)}</Text> : <Hints bindings={hints} lang={lang} />}
    </Box>
  );
}
