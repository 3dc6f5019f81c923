// The helper role on screen: the call between the caller and the simulated person, who stops and
// asks the learner; the learner's advice (typed, or a numbered answer for the person to say), the
// coach panel with what the advice decided, key hints. The rows are shared out as on the practice
// screen (layout.ts), so the person's question and the advice box always show.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box, Text, type Key } from 'ink';
import type { HelperSession } from '../core/helper';
import { t } from '../words/labels';
import { useHelper } from './use-helper';
import { useLineInput } from '../ink/use-line-input';
import { useWindow } from '../ink/use-window';
import type { PracticeProps } from './PracticeScreen';
import { HINTS, WHEN, isEnter, isQuit, type Binding } from '../ink/keys';
import { Hints } from '../ink/components/Hints';
import { Transcript, transcriptRows } from './components/Transcript';
import { FlagPanel, panelRows } from './components/FlagPanel';
import { ReplyBox, replyBoxHeight } from '../ink/components/ReplyBox';
import { ChoiceList, choiceListHeight } from './components/ChoiceList';
import { Rows } from '../ink/components/Wrapped';
import { wrapSpans } from '../ink/wrap';
import { maxTop, viewAt, viewFromBottom } from '../ink/scroll';
import { choiceRoom, layout } from './layout';
import { useKeys } from '../ink/use-keys';

/** As the practice screen's, with the helper role's session. */
export type HelperProps = Omit<PracticeProps, 'session'> & { session: HelperSession };

const ADVISE: Binding[] = [{ keys: 'Enter', label: 'helperAdvise' }, { keys: 'Ctrl-U', label: 'clear' }, { keys: 'Esc/Ctrl-C', label: 'quit' }];
const WATCHING: Binding[] = [{ keys: 'Esc/Ctrl-C', label: 'quit' }];

export function HelperScreen({ session, coach, choices, instant, clock, onQuit, onDone }: HelperProps) {
  const s = useHelper(session, { instant, ...(clock ? { clock } : {}) });
  const { columns, rows } = useWindow();
  const { lang, scenario } = session;
  const { phase, shown, panel } = s.state;
  const over = phase === 'over';
  // The box takes advice once the person's question is on screen.
  const asking = !over && !s.typing && session.asking !== undefined;
  const freeText = asking && !choices;
  const options = asking && choices ? session.choices : [];
  const [cursor, setCursor] = useState(0);
  const step = session.asking?.step;
  useEffect(() => setCursor(0), [step]);
  const value = useLineInput(s.send, freeText);
  // PgUp/PgDn read back what went by; something new on screen follows the end again.
  const [scrolled, setScrolled] = useState({ shown, up: 0 });
  const up = scrolled.shown === shown ? scrolled.up : 0;

  const transcript = useMemo(() => transcriptRows(shown, lang, columns), [shown, lang, columns]);
  const flags = useMemo(() => {
    const source = { scenario, catalogue: session.catalogue, lang };
    const judged = coach ? panel : [];
    return { full: panelRows(judged, source, columns, 'full'), compact: panelRows(judged, source, columns, 'compact') };
  }, [coach, panel, scenario, session.catalogue, lang, columns]);

  const notice = s.state.notice ? wrapSpans([{ text: s.state.notice, color: 'yellow' }], columns) : [];
  // One row short of the terminal: a frame as tall as the screen makes Ink clear it every time.
  const height = Math.max(10, rows - 1);
  // Title, typing, notice and hints; then the advice box or the answers.
  const others = 1 + (s.typing ? 1 : 0) + notice.length + 1;
  const bottom = over ? 1 : choices ? choiceRoom(choiceListHeight(options, columns), height, others, transcript.rows.length, transcript.latest) : replyBoxHeight(value, lang, columns);
  const fixed = others + bottom;
  const room = layout({ height: Math.max(0, height - fixed), transcript: transcript.rows.length, latest: transcript.latest, panelFull: flags.full.length, panelCompact: flags.compact.length, expanded: false });
  const flagRows = room.form === 'full' ? flags.full : flags.compact;
  const overflows = transcript.rows.length > room.transcript;

  const onKey = useCallback((input: string, key: Key) => {
    if (isQuit(input, key, freeText)) return onQuit();
    if (key.pageUp || key.pageDown) {
      const by = (key.pageUp ? 1 : -1) * Math.max(1, room.transcript - 2);
      setScrolled({ shown, up: Math.min(maxTop(transcript.rows.length, room.transcript), Math.max(0, up + by)) });
      return;
    }
    if (over) {
      if ((isEnter(input, key) || input === ' ') && !s.typing) onDone();
      return;
    }
    if (!freeText && options.length) {
      if (key.upArrow) setCursor((c) => (c + options.length - 1) % options.length);
      else if (key.downArrow) setCursor((c) => (c + 1) % options.length);
      else if (isEnter(input, key)) s.choose(options[cursor]!.n);
      else if (/^[1-9]$/.test(input) && Number(input) <= options.length) s.choose(Number(input));
    }
  }, [freeText, over, options, cursor, s, onQuit, onDone, shown, up, room.transcript, transcript.rows.length]);
  useKeys(onKey);

  const lastLine = [...shown].reverse().find((i) => i.kind === 'line');
  const speaker = lastLine?.kind === 'line' ? lastLine.speaker : scenario.caller.name[lang];
  const hints = [...(over ? HINTS.over : !asking ? WATCHING : choices ? HINTS.choices : ADVISE), ...(overflows ? [WHEN.scroll] : [])];

  return (
    <Box flexDirection="column" width={columns} height={height}>
      <Box flexShrink={0}>
        <Text bold wrap="truncate-end">
          {scenario.title[lang]} <Text dimColor>· {t('helperHelping', lang, { who: t('helperPerson', lang) })}{coach ? '' : ` · ${t('exam', lang)}`}</Text>
        </Text>
      </Box>
      <Transcript rows={transcript.rows} height={room.transcript} view={viewFromBottom(transcript.rows.length, room.transcript, up)} lang={lang} />
      {s.typing ? <Text dimColor wrap="truncate-end">{speaker} {t(scenario.channel === 'call' ? 'speaking' : 'typing', lang)}</Text> : null}
      {room.panel ? <FlagPanel rows={flagRows} height={room.panel} view={viewAt(flagRows.length, room.panel - 1, 0)} lang={lang} /> : null}
      {notice.length ? <Rows rows={notice} /> : null}
      {over ? (
        <Text dimColor wrap="truncate-end">{t('over', lang)}</Text>
      ) : choices ? (
        <ChoiceList choices={options} cursor={cursor} active={asking} columns={columns} height={bottom} lang={lang} />
      ) : (
        <ReplyBox value={value} lang={lang} columns={columns} active={asking} />
      )}
      <Hints bindings={hints} lang={lang} />
    </Box>
  );
}
