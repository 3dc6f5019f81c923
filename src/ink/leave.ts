// Leaving in the middle of something a person would lose (a drill, a practice call): the first Esc or
// Ctrl-C asks "Leave? y/n" instead of quitting. Pure, so the drill client and the practice screen
// share one rule and it is tested without Ink.
import type { Key } from 'ink';

/** While "Leave? y/n" shows: y, or Ctrl-C again, leaves; anything else (n, Esc) stays. */
export function answerLeave(input: string, key: Pick<Key, 'ctrl'>): 'leave' | 'stay' {
  return input === 'y' || input === 'Y' || (key.ctrl && input === 'c') ? 'leave' : 'stay';
}
