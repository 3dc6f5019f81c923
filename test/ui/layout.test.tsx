// Sharing the conversation screen's rows: the transcript scrolls under a marker instead of being cut,
// the scammer's latest line always gets its rows, and the coach panel takes what is left.
import { Box, Text } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import { Countdown } from '../../src/ink/components/Countdown';
import { Transcript, transcriptRows } from '../../src/practice/components/Transcript';
import type { Item } from '../../src/practice/practice-state';
import { choiceRoom, layout } from '../../src/practice/layout';
import { CHOICE_LIST_MIN } from '../../src/practice/components/ChoiceList';
import { viewAt, viewFromBottom } from '../../src/ink/scroll';
import { renderAt, type Screen } from './render';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const LINE = "Audit passed? Good, the money has arrived. Read me your bank card number so I can register the flow. Then transfer the 20,000 to the verification account I'm sending you. It comes back within three minutes. Quickly, don't run out of time.";

describe('a transcript taller than its room', () => {
  it('shows its end, with a marker row for the rows above, and the countdown under it', async () => {
    const items: Item[] = [];
    for (let i = 0; i < 4; i++) items.push({ kind: 'line', speaker: 'Caller', text: LINE } as Item, { kind: 'you', text: 'ok I did it' } as Item);
    items.push({ kind: 'line', speaker: 'Caller', text: LINE } as Item);
    const { rows: lines, latest } = transcriptRows(items, 'en', 80);
    // The latest line: a blank row, then four rows of text.
    expect(latest).toBe(4);
    // The practice screen's shape: a title row, the transcript, the countdown, the reply row.
    screen = await renderAt(
      <Box flexDirection="column" width={80} height={16}>
        <Text>TITLE</Text>
        <Transcript rows={lines} height={13} view={viewFromBottom(lines.length, 13, 0)} lang="en" />
        <Countdown seconds={59} speaker="Caller" lang="en" />
        <Text>REPLY</Text>
      </Box>,
    );
    const rows = screen.frame().split('\n').map((r) => r.trimEnd());
    expect(rows).toHaveLength(16);
    expect(rows[0]).toBe('TITLE');
    expect(rows[1]).toBe(`… ${lines.length - 12} more lines ↑`);
    // Rows are filled to the full 80 cells (wrap.ts), so the last word lands alone on its row.
    expect(rows[12]).toMatch(/don't run out of$/);
    expect(rows[13]).toBe('time.');
    expect(rows[14]).toBe('Caller pushes on in 59s');
    expect(rows[15]).toBe('REPLY');
  });
});

describe('viewAt: a window onto rows', () => {
  it('never shows more rows than it has, and counts every row it does not show', () => {
    for (let total = 0; total < 30; total++) {
      for (let height = 1; height < 12; height++) {
        for (let top = -2; top < total + 2; top++) {
          const v = viewAt(total, height, top);
          const markers = (v.above ? 1 : 0) + (v.below ? 1 : 0);
          expect(v.end - v.start + markers).toBeLessThanOrEqual(height);
          expect(v.above + (v.end - v.start) + v.below).toBe(total);
          expect(v.above).toBe(v.start);
        }
      }
    }
  });

  it('counted from the bottom, 0 is the end and a larger count stops at the start', () => {
    expect(viewFromBottom(20, 5, 0)).toEqual({ start: 16, end: 20, above: 16, below: 0 });
    expect(viewFromBottom(20, 5, 100)).toEqual({ start: 0, end: 4, above: 0, below: 16 });
    expect(viewFromBottom(3, 5, 2)).toEqual({ start: 0, end: 3, above: 0, below: 0 });
  });
});

describe('layout: the transcript and the coach panel', () => {
  const base = { height: 16, transcript: 30, latest: 5, expanded: false };

  it('gives the panel its full rows when they fit beside the latest line', () => {
    expect(layout({ ...base, panelFull: 9, panelCompact: 3 })).toEqual({ transcript: 6, panel: 10, form: 'full' });
  });

  it('shortens the panel to a row per flag when they do not, and Tab shows it in full', () => {
    // The latest line (5 rows) and the marker above it keep 6 rows; the panel gets the other 10 at most.
    expect(layout({ ...base, panelFull: 20, panelCompact: 5 })).toEqual({ transcript: 10, panel: 6, form: 'compact', toggle: 'more' });
    expect(layout({ ...base, panelFull: 20, panelCompact: 5, expanded: true })).toEqual({ transcript: 6, panel: 10, form: 'full', toggle: 'less' });
  });

  it('never takes the latest line\'s rows for the panel', () => {
    for (const latest of [1, 5, 10, 14]) {
      for (const panelFull of [0, 3, 12, 40]) {
        for (const expanded of [false, true]) {
          const l = layout({ ...base, latest, panelFull, panelCompact: Math.min(panelFull, 6), expanded });
          expect(l.transcript + l.panel).toBe(base.height);
          expect(l.transcript).toBeGreaterThanOrEqual(Math.min(base.height, latest + 1));
        }
      }
    }
  });
});

describe('choiceRoom: the numbered answers and the latest line', () => {
  it('gives the list all its rows when the line fits above it, and else what leaves the line whole, down to a floor', () => {
    // 23 rows, 2 of them title and hints: a 4-row line under a marker needs 5, the list may take 16.
    expect(choiceRoom(10, 23, 2, 30, 4)).toBe(10);
    expect(choiceRoom(30, 23, 2, 30, 4)).toBe(16);
    // The transcript is only the line: no marker row to keep.
    expect(choiceRoom(30, 23, 2, 4, 4)).toBe(17);
    // A line as tall as the screen still leaves the list its border, one row and two markers.
    expect(choiceRoom(30, 23, 2, 40, 30)).toBe(CHOICE_LIST_MIN);
  });
});
