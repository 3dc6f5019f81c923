// The participant web page on a phone (a real headless Chromium at 390×844): on a line longer than the
// screen, what comes after an answer is brought into view; the picked answer stands out; a missed
// flag says why and what to do; a reload comes back as the same person with everything they saw; the
// "saving" notice goes once the answer is stored.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sharedChromium } from '../browser';
import { afterEach, describe, expect, it } from 'vitest';
import type { DrillConnection } from '../../src/drill/client/connection';
import { autoTrainer, lockDatabase, testHost, type TestHost } from './helpers';

const LONG = join(import.meta.dirname, 'fixtures', 'drill-long.yaml');
const browser = sharedChromium();
let host: TestHost | undefined;
let trainer: DrillConnection | undefined;

afterEach(async () => {
  trainer?.terminate();
  await host?.stop();
  host = undefined;
});

const phone = () => browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Whether the element, from its top to its bottom, is on screen (or, taller than the screen, starts at its top). */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && (r.bottom <= window.innerHeight || r.top < 1);
  });

/** The choice buttons marked as picked, by their text. */
const picked = (page: Page) => page.locator('button.choice[aria-pressed="true"]').allTextContents();

describe('drill web page on a phone', () => {
  it('brings the answer, its verdicts and the revealed flags into view, marks the pick, and keeps all of it across a reload', async () => {
    host = await testHost({}, LONG);
    trainer = (await autoTrainer(host.address, host.secret, () => Infinity)).conn;
    const page = await phone();
    try {
      await page.goto(`http://${host.address}/?code=${host.host.code}`);
      await page.fill('#name', 'Mei');
      await page.click('#joinBtn');
      await page.locator('#text').filter({ hasText: 'security system flagged' }).waitFor({ timeout: 10_000 });
      // The line fills the screen: the answers start below the fold.
      expect(await inView(page, '#status')).toBe(false);

      await page.locator('button.choice', { hasText: 'Oh no, what should I do?' }).click();
      await page.locator('#status').filter({ hasText: 'Answer received' }).waitFor({ timeout: 10_000 });
      await page.locator('#verdicts li.missed').nth(2).waitFor({ timeout: 10_000 });
      expect(await inView(page, '#status')).toBe(true);
      expect(await inView(page, '#verdicts')).toBe(true);
      expect(await picked(page)).toEqual(['1. Oh no, what should I do?']);
      // A miss says why it is a red flag and what to do instead, not only its name.
      const miss = (await page.locator('#verdicts li.missed').first().innerText()).split('\n');
      expect(miss[0]).toMatch(/^Unexpected contact — missed$/);
      expect(miss[1]).toMatch(/^Why: \w/);
      expect(miss[2]).toMatch(/^Do instead: \w/);

      // The trainer reveals the line's flags: they come into view, below everything else.
      await page.evaluate(() => window.scrollTo(0, 0));
      trainer.send({ t: 'reveal' });
      await page.locator('#flags').waitFor({ state: 'visible', timeout: 10_000 });
      await expect.poll(() => inView(page, '#flags')).toBe(true);
      const seen = { verdicts: await page.locator('#verdicts').innerText(), flags: await page.locator('#flagList').innerText() };

      // Reload: no join form; the same person, on the same line, with their pick, verdicts and the revealed flags.
      await page.reload();
      await page.locator('#status').filter({ hasText: 'Answer received' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#join').isHidden()).toBe(true);
      expect(await page.locator('#title').textContent()).toBe('Long bank call — Mei');
      await page.locator('#flags').waitFor({ state: 'visible', timeout: 10_000 });
      expect(await page.locator('#verdicts').innerText()).toBe(seen.verdicts);
      expect(await page.locator('#flagList').innerText()).toBe(seen.flags);
      expect(await picked(page)).toEqual(['1. Oh no, what should I do?']);
      expect(await page.isDisabled('button.choice >> nth=0')).toBe(true);
      expect(host.host.room.roster()).toEqual([expect.objectContaining({ name: 'Mei', online: true, answered: true })]);

      // The next line: scrolled down at the flags, the person sees the new line, with nothing picked yet.
      trainer.send({ t: 'advance' });
      await page.locator('#meta').filter({ hasText: 'Line 2' }).waitFor({ timeout: 10_000 });
      expect(await inView(page, '#text')).toBe(true);
      expect(await picked(page)).toEqual([]);
      expect(await page.locator('#verdicts li').count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 40_000);

  it('says "saving" while the store is locked, and clears it once the answer is stored', async () => {
    host = await testHost();
    trainer = (await autoTrainer(host.address, host.secret, () => Infinity)).conn;
    const page = await phone();
    try {
      await page.goto(`http://${host.address}/?code=${host.host.code}`);
      await page.fill('#name', 'Lin');
      await page.click('#joinBtn');
      await page.locator('#text').filter({ hasText: 'problem with your account' }).waitFor({ timeout: 10_000 });
      const release = lockDatabase(host.dataDir);
      try {
        await page.locator('button.choice', { hasText: 'No thanks.' }).click();
        await page.locator('#error').filter({ hasText: 'Saving your answer' }).waitFor({ timeout: 10_000 });
      } finally {
        release();
      }
      await page.locator('#status').filter({ hasText: 'Answer received' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#error').textContent()).toBe('');
      expect(await picked(page)).toEqual(['3. No thanks.']);
    } finally {
      await page.close();
    }
  }, 30_000);

  it('a page whose token this drill does not know shows the join form again, code filled in', async () => {
    host = await testHost();
    const page = await phone();
    try {
      await page.goto(`http://${host.address}/`);
      await page.evaluate((code) => localStorage.setItem(`scamdrill:${location.host}`, JSON.stringify({ code, token: 'not-a-real-token-at-all' })), host.host.code);
      await page.reload();
      await page.locator('#error').filter({ hasText: 'join again with your name' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#join').isVisible()).toBe(true);
      expect(await page.inputValue('#code')).toBe(host.host.code);
      expect(await page.evaluate(() => localStorage.getItem(`scamdrill:${location.host}`))).toBeNull();
      await page.fill('#name', 'Wu');
      await page.click('#joinBtn');
      await page.locator('#text').filter({ hasText: 'problem with your account' }).waitFor({ timeout: 10_000 });
      expect(host.host.room.roster().map((r) => r.name)).toEqual(['Wu']);
    } finally {
      await page.close();
    }
  }, 30_000);
});
