// Ink's useInput, but a key always reaches the handler of the frame on screen. Ink draws a frame
// during React's commit and re-subscribes a changed handler only in a passive effect afterwards, so
// a key typed the moment a frame appears (tmux send-keys, a quick person, a test under load) went to
// the previous render's handler and was lost. Here the subscription never changes; the handler and
// `isActive` it reads are swapped in a layout effect, which runs in the same commit as the drawing.
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useInput, type Key } from 'ink';

export type KeyHandler = (input: string, key: Key) => void;

export function useKeys(handler: KeyHandler, opts: { isActive?: boolean } = {}): void {
  const latest = useRef({ handler, active: opts.isActive !== false });
  useLayoutEffect(() => {
    latest.current = { handler, active: opts.isActive !== false };
  });
  const dispatch = useCallback((input: string, key: Key) => {
    if (latest.current.active) latest.current.handler(input, key);
  }, []);
  useInput(dispatch);
}
