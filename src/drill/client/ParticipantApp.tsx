// The participant's terminal: the scammer's line, numbered answers, a reply box; own verdicts in
// coach mode; the own debrief at the end. Type a number to pick that answer, or reply in words.
import { Box, Text, useApp } from 'ink';
import { useCallback, useRef, useState } from 'react';
import { CheckForm } from '../../ink/components/CheckForm';
import { DebriefView } from '../../ink/components/DebriefView';
import { ReplyBox } from '../../ink/components/ReplyBox';
import { answerLeave } from '../../ink/leave';
import { useLineInput } from '../../ink/use-line-input';
import { useWindow } from '../../ink/use-window';
import { labelled, Wrapped } from '../../ink/components/Wrapped';
import { colon, inParens, t, type Holes, type LabelKey } from '../../words/labels';
import type { Lang } from '../../core/schema';
import { errorText } from '../words';
import type { ClientMessage } from '../protocol';
import { answerFor, initialParticipant, participantReducer, type ParticipantState } from './state';
import { maskReply } from '../web/mask';
import { useHost } from './use-host';
import { useSecondsLeft } from './use-seconds-left';
import { useKeys } from '../../ink/use-keys';

export interface ParticipantProps {
  address: string;
  code: string;
  name: string;
  /** The language until the host says the drill's (the terminal's, from the command line). */
  lang?: Lang;
}

const MARK = { caught: '✔', missed: '✘' } as const;

export function ParticipantApp({ address, code, name, lang: firstLang = 'en' }: ParticipantProps) {
  const app = useApp();
  const { state: s, lost, send } = useHost<ParticipantState>(
    address,
    // Called on each (re)connect, after the welcome has put the token in the state.
    (): ClientMessage => (s.token ? { t: 'rejoin', code, token: s.token } : { t: 'join', code, name: maskReply(name).text }),
    (st, m) => participantReducer(st, m),
    initialParticipant,
    (st) => st.phase === 'ended' || st.phase === 'kicked',
  );
  const lang = s.drill?.lang ?? firstLang;
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  // Leaving mid-drill is asked once ("Leave? y/n"); once it is over, or the host is gone, Esc just leaves.
  // Kept in a ref as well: the key after Esc may come before the render that shows the question.
  const [asking, showAsking] = useState(false);
  const askingNow = useRef(false);
  const setAsking = (on: boolean) => showAsking((askingNow.current = on));
  const over = s.phase === 'ended' || s.phase === 'kicked' || lost;
  const canAnswer = !asking && !s.check && s.phase === 'line' && !s.answered && !!s.line?.open;
  const onSubmit = useCallback((text: string) => {
    if (!s.line) return;
    const m = answerFor(text, s.line);
    if (m) send(m);
  }, [s.line, send]);
  const value = useLineInput(onSubmit, canAnswer, askingNow);
  const { columns } = useWindow();
  useKeys((input, key) => {
    if (askingNow.current) {
      if (answerLeave(input, key) === 'leave') app.exit();
      else setAsking(false);
      return;
    }
    if (key.escape || (key.ctrl && input === 'c')) {
      if (over) app.exit();
      else setAsking(true);
    }
  });
  const leaveRow = asking ? <Text bold color="yellow">{w('leaveAsk')}</Text> : null;
  const secondsLeft = useSecondsLeft(s.line?.msLeft, s.lineAt);

  if (s.check) {
    const { phase, form, intro } = s.check;
    return (
      <Box flexDirection="column">
        <CheckForm key={phase} form={form} lang={lang} intro={intro} extraHints={[{ keys: 'Esc', label: 'quit' }]} onDone={(answers) => send({ t: 'check', phase, answers })} />
        {s.error ? <Text color="yellow">{errorText(s.error, lang)}</Text> : null}
        {leaveRow}
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Text bold>{s.drill ? `${s.drill.title} — ${s.name}` : `${w('drillTitle')} — ${address}`}</Text>
      {s.checkSaved ? <Text color="green">{w('checkThanks')}</Text> : null}
      {s.phase === 'connecting' ? <Text dimColor>{w('connecting')}</Text> : null}
      {s.phase === 'waiting' ? <Text dimColor>{w('waiting')}</Text> : null}
      {s.phase === 'line' && s.line ? (
        <Box flexDirection="column" marginTop={1}>
          {s.line.gap ? <Text dimColor>{w('timePassed', { gap: s.line.gap })}</Text> : null}
          <Wrapped width={columns} spans={labelled(s.line.speaker, s.line.text, lang, { color: 'red', bold: true })} />
          {s.line.choices.map((c) => <Box key={c.n} paddingLeft={2}><Wrapped width={columns - 2} spans={[{ text: `${c.n}. ${c.text}` }]} /></Box>)}
          {canAnswer ? <ReplyBox value={value} lang={lang} columns={columns} active /> : null}
          <Text dimColor>
            {w(s.answered ? 'answered' : !s.line.open ? 'closed' : 'typeAnswer')}
            {secondsLeft !== undefined && canAnswer ? `  ${w('secondsLeft', { n: secondsLeft })}` : ''}
          </Text>
          {s.verdicts.map((v, i) => (
            <Box key={i} flexDirection="column">
              <Text color={v.verdict === 'caught' ? 'green' : 'red'}>{MARK[v.verdict]} {v.name}{colon(lang)}{w(v.verdict)}{v.critical ? inParens(w('critical'), lang) : ''}</Text>
              {/* A miss says why it was a red flag and what to do instead, as practice does. */}
              {v.verdict === 'missed' ? <Box paddingLeft={2}><Wrapped width={columns - 2} spans={[{ text: `${w('why')}${colon(lang)}${v.why}`, dimColor: true }, { text: ` ${w('todo')}${colon(lang)}${v.todo}` }]} /></Box> : null}
            </Box>
          ))}
          {s.revealed.length ? (
            <Box flexDirection="column" marginTop={1}>
              <Text bold>{w('lineFlags')}{colon(lang).trim()}</Text>
              {s.revealed.map((f) => <Wrapped key={f.id} width={columns} spans={[{ text: `• ${f.name} — ${f.todo}` }]} />)}
            </Box>
          ) : null}
        </Box>
      ) : null}
      {s.phase === 'ended' ? (s.debrief ? <Box marginTop={1}><DebriefView d={s.debrief} width={columns} /></Box> : <Text>{w('drillOver')}</Text>) : null}
      {s.phase === 'kicked' ? <Text color="red">{w('kicked')}</Text> : null}
      {s.error ? <Text color="yellow">{errorText(s.error, lang)}</Text> : null}
      {lost ? <Text color="yellow">{w('lost')}</Text> : null}
      {over ? <Text dimColor>{w('escToLeave')}</Text> : null}
      {leaveRow}
    </Box>
  );
}
