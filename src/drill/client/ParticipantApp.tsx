// The participant's terminal: the scammer's line, numbered answers, a reply box; own verdicts in
// coach mode; the own debrief at the end. Type a number to pick that answer, or reply in words.
import { Box, Text, useApp, useInput } from 'ink';
import { useCallback } from 'react';
import { CheckForm } from '../../ink/components/CheckForm';
import { DebriefView } from '../../ink/components/DebriefView';
import { ReplyBox } from '../../ink/components/ReplyBox';
import { useLineInput } from '../../ink/use-line-input';
import { useWindow } from '../../ink/use-window';
import { labelled, Wrapped } from '../../ink/components/Wrapped';
import { t, type Holes, type LabelKey } from '../../words/labels';
import type { Lang } from '../../core/schema';
import { errorText } from '../words';
import type { ClientMessage } from '../protocol';
import { answerFor, initialParticipant, participantReducer, type ParticipantState } from './state';
import { useHost } from './use-host';
import { useSecondsLeft } from './use-seconds-left';

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
    (): ClientMessage => (s.token ? { t: 'rejoin', code, token: s.token } : { t: 'join', code, name }),
    (st, m) => participantReducer(st, m),
    initialParticipant,
    (st) => st.phase === 'ended' || st.phase === 'kicked',
  );
  const lang = s.drill?.lang ?? firstLang;
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const canAnswer = !s.check && s.phase === 'line' && !s.answered && !!s.line?.open;
  const onSubmit = useCallback((text: string) => {
    if (!s.line) return;
    const m = answerFor(text, s.line);
    if (m) send(m);
  }, [s.line, send]);
  const value = useLineInput(onSubmit, canAnswer);
  const { columns } = useWindow();
  useInput((input, key) => {
    if (key.escape || (key.ctrl && input === 'c')) app.exit();
  });
  const secondsLeft = useSecondsLeft(s.line?.msLeft, s.lineAt);

  if (s.check) {
    const { phase, form, intro } = s.check;
    return (
      <Box flexDirection="column">
        <CheckForm key={phase} form={form} lang={lang} intro={intro} extraHints={[{ keys: 'Esc', label: 'quit' }]} onDone={(answers) => send({ t: 'check', phase, answers })} />
        {s.error ? <Text color="yellow">{errorText(s.error, lang)}</Text> : null}
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
          <Wrapped width={columns} spans={labelled(s.line.speaker, s.line.text, lang, { color: 'red', bold: true })} />
          {s.line.choices.map((c) => <Box key={c.n} paddingLeft={2}><Wrapped width={columns - 2} spans={[{ text: `${c.n}. ${c.text}` }]} /></Box>)}
          {canAnswer ? <ReplyBox value={value} lang={lang} columns={columns} active /> : null}
          <Text dimColor>
            {w(s.answered ? 'answered' : !s.line.open ? 'closed' : 'typeAnswer')}
            {secondsLeft !== undefined && canAnswer ? `  ${w('secondsLeft', { n: secondsLeft })}` : ''}
          </Text>
          {s.verdicts.map((v, i) => (
            <Text key={i} color={v.verdict === 'caught' ? 'green' : 'red'}>{MARK[v.verdict]} {v.name}: {w(v.verdict)}{v.critical ? ` (${w('critical')})` : ''}</Text>
          ))}
          {s.revealed.length ? (
            <Box flexDirection="column" marginTop={1}>
              <Text bold>{w('lineFlags')}:</Text>
              {s.revealed.map((f) => <Wrapped key={f.id} width={columns} spans={[{ text: `• ${f.name} — ${f.todo}` }]} />)}
            </Box>
          ) : null}
        </Box>
      ) : null}
      {s.phase === 'ended' ? (s.debrief ? <Box marginTop={1}><DebriefView d={s.debrief} width={columns} /></Box> : <Text>{w('drillOver')}</Text>) : null}
      {s.phase === 'kicked' ? <Text color="red">{w('kicked')}</Text> : null}
      {s.error ? <Text color="yellow">{errorText(s.error, lang)}</Text> : null}
      {lost ? <Text color="yellow">{w('lost')}</Text> : null}
      {s.phase === 'ended' || s.phase === 'kicked' || lost ? <Text dimColor>{w('escToLeave')}</Text> : null}
    </Box>
  );
}
