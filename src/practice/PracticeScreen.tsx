// One conversation on screen: incoming call (or the thread), transcript, coach panel, countdown,
// reply box or numbered answers, key hints. Logic is in useSession; this wires keys to it.
import { useCallback, useEffect, useState } from 'react';
import { Box, Text, useInput, type Key } from 'ink';
import type { Session } from '../core/session';
import { t } from '../words/labels';
import { useSession } from './use-session';
import { useVoice } from './voice';
import { useLineInput } from '../ink/use-line-input';
import { useWindow } from '../ink/use-window';
import type { Clock } from './clock';
import { HINTS, isEnter, isQuit } from '../ink/keys';
import { Hints } from '../ink/components/Hints';
import { IncomingCall } from './components/IncomingCall';
import { Transcript } from './components/Transcript';
import { FlagPanel } from './components/FlagPanel';
import { ReplyBox } from '../ink/components/ReplyBox';
import { ChoiceList } from './components/ChoiceList';
import { Countdown } from '../ink/components/Countdown';

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

export function PracticeScreen({ session, coach, choices, instant, clock, onQuit, onDone }: PracticeProps) {
  const s = useSession(session, { instant, ...(clock ? { clock } : {}) });
  useVoice(s.state.shown, session.lang);
  const { columns, rows } = useWindow();
  const lang = session.lang;
  const { phase } = s.state;
  const replying = phase === 'talking';
  const freeText = replying && !choices;
  const options = replying && choices ? session.choices : [];
  const [cursor, setCursor] = useState(0);
  // A new line brings new answers: put the cursor back on the first.
  const turn = session.turnId;
  useEffect(() => setCursor(0), [turn]);

  const value = useLineInput(s.send, freeText);

  const onKey = useCallback((input: string, key: Key) => {
    if (isQuit(input, key, freeText)) return onQuit();
    if (phase === 'incoming') {
      if (isEnter(input, key) || input === 'a' || input === 'A') s.answer();
      else if (input === 'd' || input === 'D') s.decline();
      return;
    }
    if (phase === 'over') {
      if (isEnter(input, key) || input === ' ') {
        if (s.typing) return;
        onDone();
      }
      return;
    }
    if (!freeText && options.length) {
      if (key.upArrow) setCursor((c) => (c + options.length - 1) % options.length);
      else if (key.downArrow) setCursor((c) => (c + 1) % options.length);
      else if (isEnter(input, key)) s.choose(options[cursor]!.n);
      else if (/^[1-9]$/.test(input) && Number(input) <= options.length) s.choose(Number(input));
    }
  }, [freeText, phase, options, cursor, s, onQuit, onDone]);
  useInput(onKey);

  const caller = session.scenario.caller;
  const channel = session.scenario.channel;
  const head = channel === 'call' ? t('incomingCall', lang) : channel === 'sms' ? t('messages', lang) : t('chat', lang);
  const lastLine = [...s.state.shown].reverse().find((i) => i.kind === 'line');
  const speaker = lastLine?.kind === 'line' ? lastLine.speaker : caller.name[lang];
  const hints = phase === 'incoming' ? HINTS.incoming : phase === 'over' ? HINTS.over : choices ? HINTS.choices : HINTS.reply;

  return (
    // One row short of the terminal: a frame as tall as the screen makes Ink clear it every time.
    <Box flexDirection="column" width={columns} height={Math.max(10, rows - 1)}>
      <Box flexShrink={0}>
        <Text bold wrap="truncate-end">
          {session.scenario.title[lang]} <Text dimColor>· {channel === 'call' ? caller.name[lang] : `${head}: ${caller.name[lang]}`} {caller.number}{coach ? '' : ` · ${t('exam', lang)}`}</Text>
        </Text>
      </Box>
      {phase === 'incoming' ? (
        <IncomingCall name={caller.name[lang]} number={caller.number} lang={lang} />
      ) : (
        <>
          <Transcript items={s.state.shown} lang={lang} width={columns} maxRows={rows} />
          {s.typing ? <Text dimColor>{speaker} {t(channel === 'call' ? 'speaking' : 'typing', lang)}</Text> : null}
          {coach ? <FlagPanel rows={s.state.panel} catalogue={session.catalogue} lang={lang} width={columns} /> : null}
          {s.state.notice ? <Text color="yellow">{s.state.notice}</Text> : null}
          {replying && !s.typing && s.secondsLeft !== undefined ? <Countdown seconds={s.secondsLeft} speaker={speaker} lang={lang} /> : null}
          {phase === 'over' ? (
            <Text dimColor>{t('over', lang)}</Text>
          ) : choices ? (
            <ChoiceList choices={options} cursor={cursor} active={!s.typing} columns={columns} />
          ) : (
            <ReplyBox value={value} lang={lang} columns={columns} active={replying} />
          )}
        </>
      )}
      <Hints bindings={hints} lang={lang} />
    </Box>
  );
}
