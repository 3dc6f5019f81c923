// A chat thread that runs over days, in a drill: the time that passed ("Three days later") stands
// above the line on the participant's terminal, the trainer console and the web page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ParticipantApp } from '../../src/drill/client/ParticipantApp';
import { TrainerConsole } from '../../src/drill/console/TrainerConsole';
import { testHost, type TestHost } from './helpers';

const GAP = join(import.meta.dirname, '..', 'fixtures', 'good', 'gap.yaml');
const CHROMIUM = '/usr/bin/chromium';
let host: TestHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const waitFor = async (frames: () => string[], re: RegExp, ms = 5000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (frames().some((f) => re.test(f))) return frames().find((f) => re.test(f))!;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no frame matched ${re}:\n${frames().at(-1)}`);
};

describe('time passing in a drill', () => {
  it('the terminals and the web page show the divider above the line after the gap', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    host = await testHost({}, GAP);
    const trainer = render(<TrainerConsole url={`http://${host.address}`} joinUrl={`http://${host.address}`} code={host.host.code} drillId={host.host.drillId} secret={host.secret} lang="en" />);
    const person = render(<ParticipantApp address={host.address} code={host.host.code} name="Li" />);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      await page.goto(`http://${host.address}/?code=${host.host.code}`);
      await page.fill('#name', 'Mei');
      await page.click('#joinBtn');
      await page.locator('#text').filter({ hasText: 'Like three videos' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#gap').isHidden()).toBe(true);
      await waitFor(() => person.frames, /Like three videos/);
      await waitFor(() => trainer.frames, /1:Li/);
      await new Promise((r) => setTimeout(r, 50));
      person.stdin.write('1\r');
      await waitFor(() => trainer.frames, /✓/);
      trainer.stdin.write('1'); // the room goes along: days pass before the next line
      expect(await waitFor(() => person.frames, /── Three days later ──\s*\n\s*Group manager: Today's task/)).not.toContain('Never said');
      await waitFor(() => trainer.frames, /── Three days later ──\s*\n\s*Group manager: Today's task/);
      await page.locator('#gap').filter({ hasText: '── Three days later ──' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#text').textContent()).toBe('Today\'s task: pay in 500 yuan and get 650 back.');
    } finally {
      await browser.close();
      trainer.unmount();
      person.unmount();
    }
  });
});
