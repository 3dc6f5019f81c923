// Scrolling for rows taller than their room, with a marker row wherever rows are hidden. Two forms:
// rows already wrapped (their count is known, so the caller lays the screen out exactly), and any
// Ink content, measured after it is drawn (a debrief, the trainer's end summary).
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Box, measureElement, Text, type DOMElement, type Key } from 'ink';
import type { Lang } from '../../core/schema';
import { t } from '../../words/labels';
import { viewAt, type View } from '../scroll';
import { Rows, type StyledSpan } from './Wrapped';
import { useKeys } from '../use-keys';

function Marker({ n, up, lang }: { n: number; up: boolean; lang: Lang }) {
  const key = up ? (n === 1 ? 'moreAboveOne' : 'moreAbove') : n === 1 ? 'moreBelowOne' : 'moreBelow';
  return n ? <Text dimColor wrap="truncate-end">{t(key, lang, { n })}</Text> : null;
}

/** Wrapped rows in exactly `height` rows, as `view` says; `bottom` puts short content at the bottom. */
export function Scrolled({ rows, height, view, lang, bottom = false }: { rows: readonly (readonly StyledSpan[])[]; height: number; view: View; lang: Lang; bottom?: boolean }) {
  return (
    <Box flexDirection="column" height={height} flexShrink={0} justifyContent={bottom ? 'flex-end' : 'flex-start'} overflow="hidden">
      <Marker n={view.above} up lang={lang} />
      <Rows rows={rows.slice(view.start, view.end)} />
      <Marker n={view.below} up={false} lang={lang} />
    </Box>
  );
}

export interface Scroll {
  ref: React.RefObject<DOMElement | null>;
  view: View;
  height: number;
  /** The content is taller than its room: the screen should say how to scroll. */
  overflows: boolean;
}

/**
 * Scroll state for content measured after drawing, moved by ↑↓ (or k/j) a row and PgUp/PgDn (or
 * Space) a page while `active`.
 */
export function useScroll(height: number, active = true): Scroll {
  const ref = useRef<DOMElement>(null);
  // Unknown until measured: nothing is shown before then, rather than rows cut with no marker.
  const [total, setTotal] = useState<number>();
  const [top, setTop] = useState(0);
  // Ink lays the content out when it draws a frame, so it is measured after each one.
  useEffect(() => {
    if (!ref.current) return;
    const h = measureElement(ref.current).height;
    if (h !== total) setTotal(h);
  });
  const view = total === undefined ? { start: 0, end: 0, above: 0, below: 0 } : viewAt(total, height, top);
  const onKey = useCallback((input: string, key: Key) => {
    const page = Math.max(1, height - 2);
    const step = key.pageDown || input === ' ' ? page : key.pageUp ? -page : key.downArrow || input === 'j' ? 1 : key.upArrow || input === 'k' ? -1 : 0;
    // Clamp here too, so that keys past the end do not pile up and have to be undone.
    if (step && total !== undefined) setTop((o) => viewAt(total, height, o + step).start);
  }, [height, total]);
  useKeys(onKey, { isActive: active });
  return { ref, view, height, overflows: (total ?? 0) > height };
}

/** Any content in `scroll.height` rows, moved by its keys, with markers for what is out of view. */
export function ScrollBox({ scroll, lang, children }: { scroll: Scroll; lang: Lang; children: ReactNode }) {
  const { view, height } = scroll;
  return (
    <Box flexDirection="column" height={height} flexShrink={0}>
      <Marker n={view.above} up lang={lang} />
      <Box flexDirection="column" height={view.end - view.start} overflow="hidden" flexShrink={0}>
        {/* Absolute: laid out (and measured) at its full height whatever the room, even none before it is measured. */}
        <Box ref={scroll.ref} position="absolute" width="100%" flexDirection="column" marginTop={-view.start} flexShrink={0}>
          {children}
        </Box>
      </Box>
      <Marker n={view.below} up={false} lang={lang} />
    </Box>
  );
}
