import { useCallback, useState } from 'react';
import { Box, type Key } from 'ink';
import type { Lang, Scenario } from '../core/schema';
import { useWindow } from '../ink/use-window';
import { HINTS, isEnter, isQuit } from '../ink/keys';
import { Hints } from '../ink/components/Hints';
import { Picker } from './components/Picker';
import { useKeys } from '../ink/use-keys';

export function PickerScreen({ scenarios, initial, lang, onPick, onQuit }: { scenarios: readonly Scenario[]; initial: number; lang: Lang; onPick(s: Scenario): void; onQuit(): void }) {
  const { columns, rows } = useWindow();
  const [cursor, setCursor] = useState(initial);
  const onKey = useCallback((input: string, key: Key) => {
    if (isQuit(input, key, false)) return onQuit();
    const n = scenarios.length;
    if (!n) return;
    if (key.upArrow || input === 'k') setCursor((c) => (c + n - 1) % n);
    else if (key.downArrow || input === 'j') setCursor((c) => (c + 1) % n);
    else if (isEnter(input, key)) onPick(scenarios[cursor]!);
  }, [scenarios, cursor, onPick, onQuit]);
  useKeys(onKey);
  return (
    <Box flexDirection="column" width={columns} height={Math.max(10, rows - 1)}>
      <Picker scenarios={scenarios} cursor={cursor} lang={lang} rows={rows} columns={columns} />
      <Hints bindings={HINTS.picker} lang={lang} />
    </Box>
  );
}
