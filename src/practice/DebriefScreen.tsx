// The debrief, scrollable when it is taller than the terminal; r / n / q decide what comes next.
import { useCallback, type ReactNode } from 'react';
import { Box, type Key } from 'ink';
import type { Debrief } from '../core/debrief';
import { useWindow } from '../ink/use-window';
import { HINTS, isQuit } from '../ink/keys';
import { Hints } from '../ink/components/Hints';
import { DebriefView } from '../ink/components/DebriefView';
import { ScrollBox, useScroll } from '../ink/components/Scrolled';
import { useKeys } from '../ink/use-keys';

export interface DebriefProps {
  debrief: Debrief;
  saved?: string;
  /** Shown above the debrief, at the screen's width (the helper role's advice). */
  before?(width: number): ReactNode;
  onRetry(): void;
  onNext(): void;
  onQuit(): void;
}

export function DebriefScreen({ debrief, saved, before, onRetry, onNext, onQuit }: DebriefProps) {
  const { columns, rows } = useWindow();
  const height = Math.max(10, rows - 1);
  // Every row but the hints'.
  const scroll = useScroll(height - 1);

  const onKey = useCallback((input: string, key: Key) => {
    if (isQuit(input, key, false)) return onQuit();
    if (input === 'r' || input === 'R') return onRetry();
    if (input === 'n' || input === 'N') return onNext();
  }, [onQuit, onRetry, onNext]);
  useKeys(onKey);

  return (
    <Box flexDirection="column" width={columns} height={height}>
      <ScrollBox scroll={scroll} lang={debrief.lang}>
        {before?.(columns)}
        <DebriefView d={debrief} width={columns} {...(saved ? { saved } : {})} />
      </ScrollBox>
      <Hints bindings={HINTS.debrief} lang={debrief.lang} />
    </Box>
  );
}
