// The caller's voice on a participant's phone (the web page in a real headless Chromium): off until
// the person switches it on, then remembered in that browser; call lines are spoken as they arrive,
// in the drill's language and slower than usual; SMS lines only on Replay. speechSynthesis.speak is
// recorded on the page instead of sounding (a headless browser has no voices to speak with).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sharedChromium } from '../browser';
import { afterEach, describe, expect, it } from 'vitest';
import type { DrillConnection } from '../../src/drill/client/connection';
import { ROOT, autoTrainer, joinAs, testHost, type TestHost } from './helpers';

const browser = sharedChromium();
let host: TestHost | undefined;
let trainer: DrillConnection | undefined;

afterEach(async () => {
  trainer?.terminate();
  trainer = undefined;
  await host?.stop();
  host = undefined;
});

interface Spoken { text: string; lang: string; rate: number }
/** Every utterance the page hands to speechSynthesis.speak, recorded instead of spoken. */
const RECORD_SPEECH = () => {
  const spoken: Spoken[] = [];
  (window as unknown as { spoken: Spoken[] }).spoken = spoken;
  const speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
  if (window.speechSynthesis) window.speechSynthesis.speak = speak;
  else Object.defineProperty(window, 'speechSynthesis', { value: { speak, cancel() {}, getVoices: () => [] } });
};
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken.map((s) => ({ ...s, rate: Math.round(s.rate * 100) / 100 })));

async function phone(): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.addInitScript(RECORD_SPEECH);
  return page;
}

async function joinOn(page: Page, name: string): Promise<void> {
  await page.goto(`http://${host!.address}/?code=${host!.host.code}`);
  await page.fill('#name', name);
  await page.click('#joinBtn');
  await page.locator('#line').waitFor({ timeout: 10_000 });
}

const FIRST = 'Hello, this is your bank. There is a problem with your account.';
const SECOND = 'Read me the verification code we just sent.';

describe('the caller\'s voice on the phone', () => {
  it('is off at first; switched on, it speaks call lines in English, slowly, and is remembered', async () => {
    host = await testHost();
    trainer = (await autoTrainer(host.address, host.secret, () => 1)).conn;
    const page = await phone();
    try {
      await joinOn(page, 'Mei');
      await page.locator('#text').filter({ hasText: FIRST }).waitFor({ timeout: 10_000 });
      expect(await page.isChecked('#voice')).toBe(false);
      expect(await page.isHidden('#replay')).toBe(true);
      expect(await spoken(page)).toEqual([]);

      await page.check('#voice');
      await page.click('#replay');
      expect(await spoken(page)).toEqual([{ text: FIRST, lang: 'en-GB', rate: 0.85 }]);

      // The next call line is spoken as it arrives.
      await page.locator('button.choice', { hasText: 'Oh no, what should I do?' }).click();
      await page.locator('#text').filter({ hasText: SECOND }).waitFor({ timeout: 10_000 });
      expect((await spoken(page)).map((s) => s.text)).toEqual([FIRST, SECOND]);

      // A reload keeps the choice: the switch is on, and the line on screen is spoken again.
      await page.reload();
      await page.locator('#text').filter({ hasText: SECOND }).waitFor({ timeout: 10_000 });
      expect(await page.isChecked('#voice')).toBe(true);
      expect(await spoken(page)).toEqual([{ text: SECOND, lang: 'en-GB', rate: 0.85 }]);

      // Off again: Replay goes, and nothing more is spoken.
      await page.uncheck('#voice');
      expect(await page.isHidden('#replay')).toBe(true);
      await page.reload();
      await page.locator('#text').filter({ hasText: SECOND }).waitFor({ timeout: 10_000 });
      expect(await page.isChecked('#voice')).toBe(false);
      expect(await spoken(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('speaks a Chinese drill in a zh-CN voice', async () => {
    host = await testHost({ lang: 'zh' });
    const page = await phone();
    try {
      await page.goto(`http://${host.address}/`);
      await page.evaluate(() => localStorage.setItem('scamdrill:voice', 'on'));
      await joinOn(page, '李梅');
      await page.locator('#text').filter({ hasText: '您好' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#voiceRow').innerText()).toContain('朗读对方说的话');
      expect(await spoken(page)).toEqual([{ text: '您好，这里是银行，您的账户有问题。', lang: 'zh-CN', rate: 0.85 }]);
    } finally {
      await page.close();
    }
  });

  it('reads an SMS line only when asked, with Replay', async () => {
    host = await testHost({}, join(ROOT, 'scenarios', 'etc-toll-card.yaml'));
    const other = await joinAs(host.address, host.host.code, 'Li');
    const page = await phone();
    try {
      await page.goto(`http://${host.address}/`);
      await page.evaluate(() => localStorage.setItem('scamdrill:voice', 'on'));
      await joinOn(page, 'Mei');
      await page.locator('#text').filter({ hasText: other.line.line.text.slice(0, 20) }).waitFor({ timeout: 10_000 });
      expect(await page.isChecked('#voice')).toBe(true);
      expect(await spoken(page)).toEqual([]);
      await page.click('#replay');
      expect((await spoken(page)).map((s) => s.text)).toEqual([other.line.line.text]);
    } finally {
      other.conn.terminate();
      await page.close();
    }
  });
});
