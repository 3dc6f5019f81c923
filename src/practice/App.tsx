// Which screen is showing: the scenario picker, a conversation, or its debrief. It owns the
// session for each attempt and reports finished ones to `onFinished` (the history store). In the
// helper role the conversation is a HelperSession on the helper's screen; those are not recorded.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from 'ink';
import { createSession, type Session } from '../core/session';
import { adviceRows, HelperSession } from '../core/helper';
import { reader } from '../classify/reader';
import { helperWords } from '../words/helper';
import type { Debrief } from '../core/debrief';
import type { Catalogue, Lang, Scenario } from '../core/schema';
import type { Clock } from './clock';
import { PracticeScreen } from './PracticeScreen';
import { HelperScreen } from './HelperScreen';
import { AdviceList } from './components/AdviceList';
import { DebriefScreen } from './DebriefScreen';
import { PickerScreen } from './PickerScreen';

export interface AppProps {
  scenarios: readonly Scenario[];
  catalogue: Catalogue;
  /** Start with this scenario; without it the picker opens. */
  scenario?: Scenario;
  /** Where the picker's cursor starts. */
  defaultId: string;
  lang: Lang;
  mode: 'coach' | 'exam';
  /** receiver (the default): the learner takes the call; helper: they advise a simulated person who does. */
  role?: 'receiver' | 'helper';
  choices: boolean;
  instant: boolean;
  clock?: Clock;
  /** Called once per finished conversation; resolves to a line to show (saved, or why not). */
  onFinished?(session: Session, mode: 'coach' | 'exam'): Promise<string> | undefined;
  /** Called when the person leaves, with the last session (finished or not). */
  onExit?(last: Session | HelperSession | undefined): void;
}

type Screen =
  | { kind: 'picker' }
  | { kind: 'practice'; scenario: Scenario; session: Session | HelperSession; attempt: number }
  | { kind: 'debrief'; scenario: Scenario; session: Session | HelperSession; debrief: Debrief; saved?: string; attempt: number };

export function App(props: AppProps) {
  const { exit } = useApp();
  const { scenarios, catalogue, lang } = props;
  const helping = props.role === 'helper';
  const begin = useCallback((scenario: Scenario, attempt: number): Screen => ({
    kind: 'practice',
    scenario,
    session: helping ? new HelperSession(scenario, catalogue, { lang, reader, words: helperWords }) : createSession(scenario, catalogue, { lang, reader }),
    attempt,
  }), [catalogue, lang, helping]);
  const [screen, setScreen] = useState<Screen>(() => (props.scenario ? begin(props.scenario, 0) : { kind: 'picker' }));
  // Once the first screen is up: the reader loads its weights while the person reads, not when they first reply.
  useEffect(() => void reader.prepare?.(), []);
  const initial = useMemo(() => Math.max(0, scenarios.findIndex((s) => s.id === props.defaultId)), [scenarios, props.defaultId]);

  // Each finished conversation is reported once, whether the person reads the debrief or quits.
  const reported = useRef(new WeakMap<Session, Promise<string> | undefined>());
  const finish = useCallback((s: Session | HelperSession): Promise<string> | undefined => {
    if (!s.ended || s instanceof HelperSession) return undefined;
    if (!reported.current.has(s)) reported.current.set(s, props.onFinished?.(s, props.mode));
    return reported.current.get(s);
  }, [props]);

  const quit = useCallback(() => {
    const last = screen.kind === 'picker' ? undefined : screen.session;
    if (last) finish(last);
    props.onExit?.(last);
    exit();
  }, [exit, props, screen, finish]);

  switch (screen.kind) {
    case 'picker':
      return <PickerScreen scenarios={scenarios} initial={initial} lang={lang} onPick={(s) => setScreen(begin(s, 0))} onQuit={quit} />;
    case 'practice': {
      const shared = {
        coach: props.mode === 'coach',
        choices: props.choices,
        instant: props.instant,
        ...(props.clock ? { clock: props.clock } : {}),
        onQuit: quit,
        onDone: () => {
          const { session } = screen;
          setScreen({ kind: 'debrief', scenario: screen.scenario, session, debrief: session.debrief(), attempt: screen.attempt });
          // The saved line joins the debrief once the store has answered, if the person is still on it.
          void finish(session)?.then((saved) => setScreen((now) => (now.kind === 'debrief' && now.session === session ? { ...now, saved } : now)));
        },
      };
      return screen.session instanceof HelperSession
        ? <HelperScreen key={screen.attempt} {...shared} session={screen.session} />
        : <PracticeScreen key={screen.attempt} {...shared} session={screen.session} />;
    }
    case 'debrief': {
      const i = scenarios.findIndex((s) => s.id === screen.scenario.id);
      const next = scenarios[(i + 1) % Math.max(1, scenarios.length)] ?? screen.scenario;
      const advice = screen.session instanceof HelperSession ? adviceRows(screen.session.events, screen.debrief) : undefined;
      return (
        <DebriefScreen
          debrief={screen.debrief}
          {...(screen.saved ? { saved: screen.saved } : {})}
          {...(advice ? { before: (width: number) => <AdviceList rows={advice} lang={lang} green={screen.debrief.kind === 'legitimate'} width={width} /> } : {})}
          onRetry={() => setScreen(begin(screen.scenario, screen.attempt + 1))}
          onNext={() => setScreen(begin(next, screen.attempt + 1))}
          onQuit={quit}
        />
      );
    }
  }
}
