// The practice screen marks time passing in a thread ("Three days later") with a divider above the
// line; the rules are in test/engine/gap.test.ts, this is what the person sees.
import { afterEach, expect, it } from 'vitest';
import { loadFixture } from '../helpers';
import { renderPractice, type Screen } from './render';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

it('a divider with the time that passed stands above the next line', async () => {
  const { scenario, catalogue } = loadFixture('gap');
  screen = await renderPractice({ scenarioId: null, scenario, scenarios: [scenario], catalogue, choices: true, mode: 'exam' });
  await screen.waitFor('Like three videos');
  await screen.type('1');
  const f = await screen.waitFor('pay in 500 yuan');
  expect(f).toMatch(/── Three days later ──\s*\n\s*Group manager\S* Today's task/);
});
