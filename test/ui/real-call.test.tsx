// A real call in the practice screens: the coach panel and the debrief say "handled right" and
// "false alarm", and the debrief says it was a real call and what brushing it off cost.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/scenario/files';
import { KEYS, renderPractice, type Screen } from './render';

const lib = loadLibrary();
const real = (id: string) => ({ scenarios: lib.scenarios, catalogue: lib.catalogue, scenario: lib.scenarios.find((s) => s.id === id)! });

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('a real call', () => {
  it('hanging up on 96110: false alarms in the debrief, the money gone, and why a false alarm is a cost', async () => {
    screen = await renderPractice({ ...real('legit-96110'), rows: 60 });
    await screen.type('a');
    await screen.waitFor('is this Mr. Chen');
    await screen.type("You're the scammers. I'm hanging up.\r");
    // The first reply read loads the reader's model: give it time.
    await screen.waitFor('The conversation is over.', 15_000);
    await screen.type(KEYS.enter);
    const f = await screen.waitFor('Debrief');
    expect(f).toContain('Outcome: money lost — Lost ¥50,000');
    expect(f).toContain('(0 handled right, 2 false alarms)');
    expect(f).toContain('This was a real call, not a scam.');
    expect(f).toMatch(/A false alarm is a\s+cost, not a\s+danger/);
    expect(f).toContain('Green flags (signs of a real call):');
    expect(f).toMatch(/✘ false alarm: Asks for no payment or transfer/);
    expect(f).toContain('What to do: You can go along.');
  });

  it('going along in Chinese: the coach panel says 做得对', async () => {
    screen = await renderPractice({ ...real('legit-courier'), lang: 'zh' });
    await screen.type('a');
    await screen.waitFor('捷讯快递');
    // ("好，放快递柜吧，谢谢！" is read as a stall: test/classify/context.test.ts, the known gap)
    await screen.type('可以，放快递柜就行。\r');
    const f = await screen.waitFor('做得对', 15_000);
    expect(f).toMatch(/✔ 做得对：给出你自己能核实的信息/);
    expect(f).not.toContain('识破');
  });
});
