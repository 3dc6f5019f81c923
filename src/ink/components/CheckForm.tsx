// One form of the before/after check, a message at a time: the message, then scam or legitimate,
// then how sure; a review at the end, where Enter hands the answers over. Used by `scamdrill check`
// and by the drill's terminal client; fits 80×24. Leaving (Esc) is the caller's key.
import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import { answering, answerWords, isComplete, keyAction, KIND_WORDS, responsesOf, startAnswering, SURE_WORDS, type FormView } from '../../check/answering';
import type { Response } from '../../check/answers';
import type { Lang } from '../../core/schema';
import { channelWord, t, type Holes, type LabelKey } from '../../words/labels';
import { isEnter, type Binding } from '../keys';
import { useWindow } from '../use-window';
import { Hints } from './Hints';
import { Wrapped } from './Wrapped';
import { useKeys } from '../use-keys';

export interface CheckFormProps {
  form: FormView;
  lang: Lang;
  /** Shown above the first message: what this check is for. */
  intro?: string;
  /** The caller's own keys (like Esc to leave), listed after the form's. */
  extraHints?: readonly Binding[];
  active?: boolean;
  onDone: (responses: Response[]) => void;
}

const KIND_KEYS: Binding[] = [{ keys: 's', label: KIND_WORDS.scam }, { keys: 'l', label: KIND_WORDS.legitimate }];
const SURE_KEYS: Binding[] = SURE_WORDS.map((label, i) => ({ keys: String(i + 1), label }));
const BACK: Binding = { keys: 'b', label: 'checkBack' };
const SAVE: Binding = { keys: 'Enter', label: 'checkSave' };

export function CheckForm({ form, lang, intro, extraHints = [], active = true, onDone }: CheckFormProps) {
  const [s, setS] = useState(startAnswering);
  // The state as of the last key: several keys can arrive in one chunk (a fast typist, a paste,
  // tmux send-keys), and each must see the one before it.
  const latest = useRef(s);
  const { columns } = useWindow();
  const w = (k: LabelKey, holes?: Holes) => t(k, lang, holes);
  const done = isComplete(form, s);
  useKeys((input, key) => {
    let st = latest.current;
    const keys = key.backspace || key.delete || key.leftArrow ? ['b'] : isEnter(input, key) ? ['\r'] : [...input];
    for (const k of keys) {
      if (k === '\r' || k === '\n') {
        if (isComplete(form, st)) return onDone(responsesOf(form, st));
        continue;
      }
      const action = keyAction(k);
      if (action) st = answering(form, st, action);
    }
    latest.current = st;
    setS(st);
  }, { isActive: active });

  const header = (
    <Box justifyContent="space-between">
      <Text bold>{w('checkTitle', { form: form.id })}</Text>
      {!done ? <Text dimColor>{w('checkItemOf', { n: s.index + 1, all: form.items.length })}</Text> : null}
    </Box>
  );
  if (done) {
    return (
      <Box flexDirection="column">
        {header}
        <Text>{w('checkReview', { n: form.items.length })}</Text>
        <Box flexDirection="column" marginY={1}>
          {responsesOf(form, s).map((r, i) => <Text key={r.item}>{`${String(i + 1).padStart(3)}. `}{answerWords(r, lang)}</Text>)}
        </Box>
        <Hints bindings={[SAVE, BACK, ...extraHints]} lang={lang} />
      </Box>
    );
  }
  const item = form.items[s.index]!;
  const earlier = s.answers[s.index];
  return (
    <Box flexDirection="column">
      {header}
      {intro && s.index === 0 ? <Wrapped width={columns} spans={[{ text: intro, dimColor: true }]} /> : null}
      <Box marginTop={1}>
        <Text dimColor>{channelWord(item.channel, lang)}{item.from ? ` · ${item.from}` : ''}</Text>
      </Box>
      <Box paddingLeft={2} marginBottom={1}>
        <Wrapped width={columns - 2} spans={[{ text: item.text }]} />
      </Box>
      {earlier && !s.pending ? <Text dimColor>{answerWords(earlier, lang)}</Text> : null}
      <Text bold>{s.pending ? `${w(KIND_WORDS[s.pending])} · ${w('checkHowSure')}` : w('checkQuestion')}</Text>
      {/* The answers are a line of their own, never cut short like the hint line may be. */}
      <Box marginLeft={2} marginBottom={1} columnGap={3} flexWrap="wrap">
        {(s.pending ? SURE_KEYS : KIND_KEYS).map((b) => <Text key={b.keys}><Text bold color="cyan">{b.keys}</Text> {w(b.label)}</Text>)}
      </Box>
      <Hints bindings={[...(s.index > 0 || s.pending ? [BACK] : []), ...extraHints]} lang={lang} />
    </Box>
  );
}
