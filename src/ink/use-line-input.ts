// A one-line reply box. The value lives in a ref so that a chunk holding text and Enter (a paste,
// tmux send-keys) is applied whole before submitting; React state only triggers the redraw. A
// paste of several lines is one reply (see editLine).
import { useCallback, useRef, useState } from 'react';
import type { Key } from 'ink';
import { editLine } from './line-edit';
import { useKeys } from './use-keys';

/**
 * `held`: while it is true the box takes no key, from that very key on. `isActive` takes effect with the
 * next frame, so a key in the same chunk as the Esc that asks "Leave? y/n" would land in the box.
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
  useKeys(handler, { isActive });
  return value.current;
}
