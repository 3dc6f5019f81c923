// When the conversation is taller than the screen, the oldest rows scroll off the top: the end of
// the scammer's latest line and the countdown under it both stay readable.
import { Box, Text } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import { Countdown } from '../../src/ink/components/Countdown';
import { Transcript } from '../../src/practice/components/Transcript';
import type { Item } from '../../src/practice/practice-state';
import { renderAt, type Screen } from './render';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const LINE = "Audit passed? Good, the money has arrived. Read me your bank card number so I can register the flow. Then transfer the 20,000 to the verification account I'm sending you. It comes back within three minutes. Quickly, don't run out of time.";

describe('a transcript taller than the terminal', () => {
  it('keeps the last words of the latest line and the countdown on their own rows', async () => {
    const items: Item[] = [];
    for (let i = 0; i < 4; i++) items.push({ kind: 'line', speaker: 'Caller', text: LINE } as Item, { kind: 'you', text: 'ok I did it' } as Item);
    items.push({ kind: 'line', speaker: 'Caller', text: LINE } as Item);
    // The practice screen's shape: a title row, the transcript, the countdown, the reply row.
    screen = await renderAt(
      <Box flexDirection="column" width={80} height={16}>
        <Text>TITLE</Text>
        <Transcript items={items} lang="en" width={80} maxRows={16} />
        <Countdown seconds={59} speaker="Caller" lang="en" />
        <Text>REPLY</Text>
      </Box>,
    );
    const rows = screen.frame().split('\n').map((r) => r.trimEnd());
    expect(rows).toHaveLength(16);
    expect(rows[0]).toBe('TITLE');
    // Rows are filled to the full 80 cells (wrap.ts), so the last word lands alone on its row.
    expect(rows[12]).toMatch(/don't run out of$/);
    expect(rows[13]).toBe('time.');
    expect(rows[14]).toBe('Caller pushes on in 59s');
    expect(rows[15]).toBe('REPLY');
  });
});
