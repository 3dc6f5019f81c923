// Key bindings as data: each screen lists the keys it answers to, and the hint line at the bottom
// is drawn from the same list, so what is shown is what works.
import type { Key } from 'ink';
import type { LabelKey } from '../words/labels';

export type Binding = { keys: string; label: LabelKey };

export const HINTS = {
  picker: [{ keys: '↑↓', label: 'move' }, { keys: 'Enter', label: 'start' }, { keys: 'q', label: 'quit' }],
  incoming: [{ keys: 'a/Enter', label: 'answer' }, { keys: 'd', label: 'decline' }, { keys: 'q', label: 'quit' }],
  reply: [{ keys: 'Enter', label: 'send' }, { keys: 'Ctrl-U', label: 'clear' }, { keys: 'Esc/Ctrl-C', label: 'quit' }],
  choices: [{ keys: '1-9 / ↑↓ Enter', label: 'choose' }, { keys: 'q', label: 'quit' }],
  over: [{ keys: 'Enter', label: 'toDebrief' }, { keys: 'q', label: 'quit' }],
  debrief: [{ keys: 'r', label: 'retry' }, { keys: 'n', label: 'next' }, { keys: '↑↓', label: 'scroll' }, { keys: 'q', label: 'quit' }],
} satisfies Record<string, Binding[]>;

/** Keys a screen lists only while they do something: scrolling what is out of view, the flags in full or one row each. */
export const WHEN = {
  scroll: { keys: 'PgUp/PgDn', label: 'scroll' },
  flagsMore: { keys: 'Tab', label: 'flagsMore' },
  flagsLess: { keys: 'Tab', label: 'flagsLess' },
} satisfies Record<string, Binding>;

/** Leave the program: Ctrl-C and Esc everywhere, q where q is not a letter being typed. */
export function isQuit(input: string, key: Key, typingText: boolean): boolean {
  if (key.ctrl && input === 'c') return true;
  if (key.escape) return true;
  return !typingText && !key.ctrl && !key.meta && (input === 'q' || input === 'Q');
}

export const isEnter = (input: string, key: Key) => key.return || input === '\r' || input === '\n';
