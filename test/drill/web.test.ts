// The participant web page in a real headless Chromium (Debian's /usr/bin/chromium), at phone size:
// join with the code, answer by button and in free text, see verdicts and the debrief, ride out a
// host restart.
import { sharedChromium } from '../browser';
import { afterEach, describe, expect, it } from 'vitest';
import { DrillConnection } from '../../src/drill/client/connection';
import { launchResume } from '../../src/drill/launch';
import { describeStrays, otherLanguageIn, strays, textsIn } from '../words/stray';
import { autoTrainer, loadTiny, testHost, type TestHost } from './helpers';

const browser = sharedChromium();
let host: TestHost | undefined;
let trainer: DrillConnection | undefined;

afterEach(async () => {
  trainer?.terminate();
  await host?.stop();
  host = undefined;
});

describe('drill web page', () => {
  it('joins with the code, answers, sees verdicts and its debrief', async () => {
    host = await testHost();
    // The trainer moves on only once the test has seen the verdicts: that answer ends the call, and
    // the debrief hides the line with its verdicts. Advancing at once raced the check (the verdicts
    // were sometimes already hidden when it first looked, and stayed hidden).
    trainer = (await autoTrainer(host.address, host.secret, () => Infinity)).conn;
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await page.goto(`http://${host.address}/?code=${host.host.code.toLowerCase()}`);
      await page.fill('#name', 'Mei');
      await page.click('#joinBtn');
      await page.locator('#text').filter({ hasText: 'problem with your account' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#title').textContent()).toContain('Mei');
      await page.locator('button.choice', { hasText: 'No thanks.' }).click();
      // Coach mode: the verdicts of that answer show up, then the room moves on.
      await page.locator('#verdicts li.caught').first().waitFor({ timeout: 10_000 });
      trainer.send({ t: 'advance' });
      await page.locator('#debrief').filter({ hasText: 'Score: 100' }).waitFor({ timeout: 10_000 });
      const text = (await page.locator('#debrief').textContent()) ?? '';
      expect(text).toContain('Unexpected contact');
    } finally {
      await page.close();
    }
  });

  it('is all in Chinese for a Chinese drill, from the join form to the debrief', async () => {
    host = await testHost({ lang: 'zh' });
    trainer = (await autoTrainer(host.address, host.secret, () => Infinity)).conn;
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    const seen: string[] = [];
    const look = async () => seen.push(await page.locator('body').innerText());
    try {
      await page.goto(`http://${host.address}/?code=${host.host.code}`);
      // The host names the drill's language, not the phone's.
      expect(await page.locator('label[for=name]').textContent()).toBe('你的名字');
      await look();
      await page.fill('#name', '李梅');
      await page.click('#joinBtn');
      await page.locator('#meta').filter({ hasText: '第 1 句' }).waitFor({ timeout: 10_000 });
      await look();
      await page.locator('button.choice', { hasText: '不用了。' }).click();
      await page.locator('#verdicts li.caught').first().waitFor({ timeout: 10_000 });
      await look();
      trainer.send({ t: 'advance' });
      await page.locator('#debrief').filter({ hasText: '结果：安全 · 得分：100' }).waitFor({ timeout: 10_000 });
      await look();
      const { scenario, catalogue } = loadTiny();
      const allowed = [...otherLanguageIn([...textsIn(scenario, 'zh'), ...textsIn(catalogue, 'zh')], 'zh'), host.host.code];
      expect(describeStrays('web page (zh)', seen.flatMap((text) => strays(text, 'zh', allowed)))).toBe('');
    } finally {
      await page.close();
    }
  });

  it('answers in free text, and comes back after a reload with the same identity', async () => {
    host = await testHost();
    const t = await autoTrainer(host.address, host.secret, () => 99);
    trainer = t.conn;
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`http://${host.address}/`);
      await page.fill('#code', host.host.code);
      await page.fill('#name', 'Wu');
      await page.click('#joinBtn');
      await page.locator('#text').filter({ hasText: 'problem' }).waitFor({ timeout: 10_000 });
      await page.fill('#answer', 'Which bank? What problem?');
      await page.click('#sendBtn');
      await page.locator('#status').filter({ hasText: 'Answer received' }).waitFor({ timeout: 10_000 });
      expect(await page.isDisabled('#sendBtn')).toBe(true);
      expect((await host.store.records(host.host.drillId)).filter((r) => r.type === 'answer')).toHaveLength(1);

      // Reload: the page finds its token and rejoins by itself as the same person, answer kept.
      await page.reload();
      await page.locator('#status').filter({ hasText: 'Answer received' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#join').isHidden()).toBe(true);
      expect(host.host.room.roster()).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it('says it is reconnecting while the host is down, and comes back as the same person after --resume', async () => {
    host = await testHost();
    const port = host.host.port;
    trainer = (await autoTrainer(host.address, host.secret, () => 99)).conn;
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    let again: Awaited<ReturnType<typeof launchResume>> | undefined;
    try {
      await page.goto(`http://${host.address}/?code=${host.host.code}`);
      await page.fill('#name', 'Lin');
      await page.click('#joinBtn');
      await page.locator('button.choice', { hasText: 'No thanks.' }).click();
      await page.locator('#status').filter({ hasText: 'Answer received' }).waitFor({ timeout: 10_000 });

      trainer.terminate();
      await host.host.close();
      await page.locator('#error').filter({ hasText: 'reconnecting' }).waitFor({ timeout: 10_000 });
      await new Promise((r) => setTimeout(r, 2000));

      again = await launchResume({ drillId: host.host.drillId, store: host.store, load: () => loadTiny(), port, bind: '127.0.0.1', tickMs: 50 });
      // Back in by itself (no reload): the notice goes and the host has Lin online again, answer kept.
      await page.locator('#error').filter({ hasText: /^$/ }).waitFor({ timeout: 15_000 });
      await expect.poll(() => again!.host.room.roster(), { timeout: 10_000 }).toMatchObject([{ name: 'Lin', online: true, answered: true }]);
      expect(await page.locator('#status').textContent()).toContain('Answer received');
    } finally {
      await page.close();
      await again?.host.close();
    }
  }, 40_000);
});
