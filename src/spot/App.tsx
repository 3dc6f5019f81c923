// The full-screen spot drill: one call at a time, Space on a line that shows a red flag, Enter on
// one that does not; a review after each call, the result at the end. The logic is the reducer in
// state.ts; this wires keys to it and picks the view.
import { useCallback, useReducer, useRef } from 'react';
import { Box, useApp, type Key } from 'ink';
import type { Lang } from '../core/constants';
import { isEnter, isQuit } from '../ink/keys';
import { Hints } from '../ink/components/Hints';
import { useWindow } from '../ink/use-window';
import type { SpotCall } from './call';
import { SPOT_HINTS } from './keys';
import { spotResult } from './result';
import { spotReducer, startSpot, type SpotState } from './state';
import { CallView } from './CallView';
import { CallReview, ResultView } from './ReviewView';
import { useKeys } from '../ink/use-keys';

export interface SpotAppProps {
  calls: readonly SpotCall[];
  lang: Lang;
  seed: number;
  /** Called when the learner leaves, with where they got to. */
  onExit?(state: SpotState): void;
}

export function SpotApp({ calls, lang, seed, onExit }: SpotAppProps) {
  const { exit } = useApp();
  const { columns, rows } = useWindow();
  const [s, dispatch] = useReducer(spotReducer, calls, startSpot);
  // The latest state for leaving: a key handler may run before React re-renders.
  const latest = useRef(s);
  latest.current = s;

  const quit = useCallback(() => {
    onExit?.(latest.current);
    exit();
  }, [exit, onExit]);

  const onKey = useCallback((input: string, key: Key) => {
    if (isQuit(input, key, false)) return quit();
    switch (s.phase) {
      case 'line':
        if (input === ' ') dispatch({ type: 'mark' });
        else if (isEnter(input, key)) dispatch({ type: 'pass' });
        return;
      case 'naming': {
        const options = s.calls[s.call]!.lines[s.line]!.options;
        const n = Number(input);
        if (/^[1-9]$/.test(input) && n <= options.length) dispatch({ type: 'name', flag: options[n - 1]! });
        else if (isEnter(input, key)) dispatch({ type: 'name' });
        return;
      }
      case 'review':
        if (isEnter(input, key) || input === ' ') dispatch({ type: 'next' });
        return;
      case 'result':
        if (isEnter(input, key)) quit();
    }
  }, [s, quit]);
  useKeys(onKey);

  const result = s.phase === 'review' || s.phase === 'result' ? spotResult(s.calls, s.marks, seed) : undefined;
  const review = s.phase === 'review' ? result!.calls.find((c) => c.call === s.calls[s.call]) : undefined;
  return (
    // One row short of the terminal: a frame as tall as the screen makes Ink clear it every time.
    <Box flexDirection="column" width={columns} height={Math.max(10, rows - 1)}>
      {s.phase === 'line' || s.phase === 'naming' ? <CallView s={s} lang={lang} columns={columns} rows={rows} /> : null}
      {review ? <CallReview c={review} n={s.call + 1} all={s.calls.length} lang={lang} columns={columns} /> : null}
      {s.phase === 'result' ? <ResultView r={result!} lang={lang} columns={columns} /> : null}
      <Hints bindings={SPOT_HINTS[s.phase === 'review' && s.call + 1 === s.calls.length ? 'reviewLast' : s.phase]} lang={lang} />
    </Box>
  );
}
