// The debrief, scrollable when it is taller than the terminal; r / n / q decide what comes next.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Box, measureElement, useInput, type DOMElement, type Key } from 'ink';
import type { Debrief } from '../core/debrief';
import { useWindow } from '../ink/use-window';
import { HINTS, isQuit } from '../ink/keys';
import { Hints } from '../ink/components/Hints';
import { DebriefView } from '../ink/components/DebriefView';

export interface DebriefProps {
  debrief: Debrief;
  saved?: string;
  onRetry(): void;
  onNext(): void;
  onQuit(): void;
}

export function DebriefScreen({ debrief, saved, onRetry, onNext, onQuit }: DebriefProps) {
  const { columns, rows } = useWindow();
  const height = Math.max(10, rows - 1);
  const viewport = height - 1;
  const [offset, setOffset] = useState(0);
  const [contentHeight, setContentHeight] = useState(0);
  const content = useRef<DOMElement>(null);
  useEffect(() => {
    if (content.current) setContentHeight(measureElement(content.current).height);
  });
  const maxOffset = Math.max(0, contentHeight - viewport);

  const onKey = useCallback((input: string, key: Key) => {
    if (isQuit(input, key, false)) return onQuit();
    if (input === 'r' || input === 'R') return onRetry();
    if (input === 'n' || input === 'N') return onNext();
    const step = key.pageDown || input === ' ' ? viewport - 1 : key.pageUp ? -(viewport - 1) : key.downArrow || input === 'j' ? 1 : key.upArrow || input === 'k' ? -1 : 0;
    if (step) setOffset((o) => Math.min(maxOffset, Math.max(0, o + step)));
  }, [onQuit, onRetry, onNext, viewport, maxOffset]);
  useInput(onKey);

  return (
    <Box flexDirection="column" width={columns} height={height}>
      <Box flexDirection="column" height={viewport} overflow="hidden" flexShrink={0}>
        <Box ref={content} flexDirection="column" marginTop={-offset} flexShrink={0}>
          <DebriefView d={debrief} width={columns} {...(saved ? { saved } : {})} />
        </Box>
      </Box>
      <Hints bindings={HINTS.debrief} lang={debrief.lang} />
    </Box>
  );
}
