// The participant's terminal: the scammer's line, numbered answers, a reply box; own verdicts in
// coach mode; the own debrief at the end. Type a number to pick that answer, or reply in words.
import { Box, Text, useApp, useInput } from 'ink';
import { useCallback } from 'react';
import { DebriefView } from '../../ink/components/DebriefView';
import { ReplyBox } from '../../ink/components/ReplyBox';
import { useLineInput } from '../../ink/use-line-input';
import { useWindow } from '../../ink/use-window';
import { labelled, Wrapped } from '../../ink/components/Wrapped';
import { t } from '../../words/labels';
import type { ClientMessage } from '../protocol';
import { answerFor, initialParticipant, participantReducer, type ParticipantState } from './state';
import { useHost } from './use-host';
import { useSecondsLeft } from './use-seconds-left';

export interface ParticipantProps {
  address: string;
  code: string;
  name: string;
}

const MARK = { caught: '✔', missed: '✘' } as const;

export function ParticipantApp({ address, code, name }: ParticipantProps) {
  const app = useApp();
  const { state: s, send } = useHost<ParticipantState>(
    address,
    // Called on each (re)connect, after the welcome has put the token in the state.
    (): ClientMessage => (s.token ? { t: 'rejoin', code, token: s.token } : { t: 'join', code, name }),
    (st, m) => participantReducer(st, m),
    initialParticipant,
    (st) => st.phase === 'ended' || st.phase === 'kicked',
  );
  const lang = s.drill?.lang ?? 'en';
  const canAnswer = s.phase === 'line' && !s.answered && !!s.line?.open;
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

  return (
    <Box flexDirection="column">
      <Text bold>{s.drill ? `${s.drill.title} — ${s.name}` : `scamdrill drill — ${address}`}</Text>
      {s.phase === 'connecting' ? <Text dimColor>connecting…</Text> : null}
      {s.phase === 'waiting' ? <Text dimColor>{lang === 'zh' ? '等待培训师开始…' : 'Waiting for the trainer…'}</Text> : null}
      {s.phase === 'line' && s.line ? (
        <Box flexDirection="column" marginTop={1}>
          <Wrapped width={columns} spans={labelled(s.line.speaker, s.line.text, lang, { color: 'red', bold: true })} />
          {s.line.choices.map((c) => <Box key={c.n} paddingLeft={2}><Wrapped width={columns - 2} spans={[{ text: `${c.n}. ${c.text}` }]} /></Box>)}
          {canAnswer ? <ReplyBox value={value} lang={lang} columns={columns} active /> : null}
          <Text dimColor>
            {s.answered ? (lang === 'zh' ? '已收到你的回答，请等待下一句。' : 'Answer received. Wait for the next line.') : !s.line.open ? (lang === 'zh' ? '这一句已停止作答。' : 'Answers for this line are closed.') : lang === 'zh' ? '输入序号选择，或用自己的话回答，回车发送。' : 'Type a number to pick an answer, or reply in your own words; Enter sends.'}
            {secondsLeft !== undefined && canAnswer ? `  (${secondsLeft} s)` : ''}
          </Text>
          {s.verdicts.map((v, i) => (
            <Text key={i} color={v.verdict === 'caught' ? 'green' : 'red'}>{MARK[v.verdict]} {v.name}: {t(v.verdict, lang)}{v.critical ? ` (${t('critical', lang)})` : ''}</Text>
          ))}
          {s.revealed.length ? (
            <Box flexDirection="column" marginTop={1}>
              <Text bold>{t('flags', lang)}:</Text>
              {s.revealed.map((f) => <Wrapped key={f.id} width={columns} spans={[{ text: `• ${f.name} — ${f.todo}` }]} />)}
            </Box>
          ) : null}
        </Box>
      ) : null}
      {s.phase === 'ended' ? (s.debrief ? <Box marginTop={1}><DebriefView d={s.debrief} width={columns} /></Box> : <Text>{lang === 'zh' ? '演练结束。' : 'The drill is over.'}</Text>) : null}
      {s.phase === 'kicked' ? <Text color="red">{lang === 'zh' ? '培训师已将你移出本次演练。' : 'The trainer removed you from this drill.'}</Text> : null}
      {s.error ? <Text color="yellow">{s.error}</Text> : null}
      {s.phase === 'ended' || s.phase === 'kicked' ? <Text dimColor>Esc to leave</Text> : null}
    </Box>
  );
}
