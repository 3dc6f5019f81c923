// The practice screen shows the scammer's ack (issue 13 §3): a question answered, not the whole
// line again. The engine's rules are in test/engine/ack.test.ts; this is what the person sees.
import { afterEach, expect, it } from 'vitest';
import { loadFixture } from '../helpers';
import { renderPractice, type Screen } from './render';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

it('a question gets the short answer on screen, and the line is not said twice', async () => {
  const { scenario, catalogue } = loadFixture('ack');
  screen = await renderPractice({ scenarioId: null, scenario, scenarios: [scenario], catalogue, choices: true, mode: 'exam' });
  await screen.type('a');
  await screen.waitFor("tap 'Share screen'.");
  await screen.type('2');
  const f = await screen.waitFor("It's only so I can guide you.");
  expect(f.split('XX Chat')).toHaveLength(2);
});
