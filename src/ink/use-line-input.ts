// A one-line reply box. The value lives in a ref so that a chunk holding text and Enter (a paste,
// tmux send-keys) is applied whole before submitting; React state only triggers the redraw. A
// paste of several lines is one reply (see editLine).
import { useCallback, useRef, useState } from 'react';
import { useInput, type Key } from 'ink';
import { editLine } from './line-edit';

/**
 * `held`: while it is true the box takes no key, from that very key on. Ink's `isActive` only takes
 * effect after the next render, so a key typed right after "Leave? y/n" appears would land in the box.
 */
export function useLineInput(onSubmit: (text: string) => void, isActive: boolean, held?: { readonly current: boolean }): string {
  const value = useRef('');
  const [, redraw] = useState(0);
  const handler = useCallback((input: string, key: Key) => {
    if (held?.current || key.escape || (key.ctrl && input === 'c')) return; // the screen handles leaving
    if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab || key.pageUp || key.pageDown) return;
    const before = value.current;
    const { value: next, submitted } = editLine(before, input, key);
    value.current = next;
    if (submitted !== undefined) onSubmit(submitted);
    if (next !== before || submitted !== undefined) redraw((n) => n + 1);
  }, [onSubmit, held]);
  useInput(handler, { isActive });
  return value.current;
}
