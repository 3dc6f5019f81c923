// The projector page (/screen) in a real headless Chromium (Debian's /usr/bin/chromium), at the
// two sizes a projector shows: the trainer secret lets it in (and nothing else does), its QR code
// decodes to the join link, a phone that follows that link joins with only a name to type, and
// the page follows the drill through the tally, the reveal and the end, speaking call lines.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { sharedChromium } from '../browser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DrillConnection, is } from '../../src/drill/client/connection';
import { closeAll, ROOT, joinAs, testHost, type TestHost } from './helpers';

/** Screenshots of each stage, for a person to look at (not compared). */
const SHOTS = join(tmpdir(), 'scamdrill-screens');
const browser = sharedChromium();
let host: TestHost | undefined;
const conns: DrillConnection[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});
afterEach(async () => {
  host = await closeAll(conns, host);
});

/** Every utterance the page hands to speechSynthesis.speak, recorded instead of spoken. */
const RECORD_SPEECH = () => {
  const spoken: { text: string; lang: string; rate: number }[] = [];
  (window as unknown as { spoken: typeof spoken }).spoken = spoken;
  const speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
  if (window.speechSynthesis) window.speechSynthesis.speak = speak;
  else Object.defineProperty(window, 'speechSynthesis', { value: { speak, cancel() {}, getVoices: () => [] } });
};
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; rate: number }[] }).spoken);

async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('#qr').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function trainer(address: string, secret: string): Promise<DrillConnection> {
  const conn = await DrillConnection.open(address);
  conns.push(conn);
  conn.send({ t: 'trainer', secret });
  await conn.next(is('trainer-ok'));
  return conn;
}

describe('projector page', () => {
  it('refuses anyone without the trainer secret: 403 and one line', async () => {
    host = await testHost();
    for (const path of ['/screen', '/screen?key=', `/screen?key=${'0'.repeat(32)}`]) {
      const r = await fetch(`http://${host.address}${path}`, { redirect: 'manual' });
      expect(r.status, path).toBe(403);
      const body = await r.text();
      expect(body).toContain('This page is for the trainer');
      expect(body).not.toContain(host.secret);
      expect(body.trim().split('\n')).toHaveLength(1);
    }
    // A cookie not from this host's secret does not open it either.
    const r = await fetch(`http://${host.address}/screen`, { headers: { cookie: `scamdrill-screen-${host.host.port}=nope` } });
    expect(r.status).toBe(403);
  });

  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    it(`follows a drill at ${viewport.width}×${viewport.height}: QR to join, tally, reveal, end, and speaks call lines`, async () => {
      host = await testHost({ leaderboard: true });
      const page = await browser().newPage({ viewport });
      await page.addInitScript(RECORD_SPEECH);
      const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${viewport.width}-${name}.png`) });
      try {
        await page.goto(`http://${host.address}/screen?key=${host.secret}`);
        // The secret is swapped for a cookie: it is not left in the address bar on the projector.
        expect(new URL(page.url()).search).toBe('');
        await page.locator('#title').filter({ hasText: 'Tiny bank call' }).waitFor({ timeout: 10_000 });
        const link = `http://${host.address}/?code=${host.host.code}`;
        expect(await decodeQr(page)).toBe(link);
        expect(await page.locator('#code').textContent()).toBe(host.host.code);
        await shot('1-lobby');

        // A phone follows the QR link: the code is already there, only the name is typed.
        const phone = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
        await phone.goto(link);
        expect(await phone.inputValue('#code')).toBe(host.host.code);
        await phone.fill('#name', 'Mei');
        await phone.click('#joinBtn');
        await phone.locator('#text').filter({ hasText: 'problem with your account' }).waitFor({ timeout: 10_000 });

        // The first line is on the projector in large type, styled as a call, and spoken in English.
        const text = 'Hello, this is your bank. There is a problem with your account.';
        await page.locator('#text').filter({ hasText: text }).waitFor({ timeout: 10_000 });
        expect(await page.getAttribute('#line', 'class')).toBe('call');
        await expect.poll(() => spoken(page)).toEqual([{ text, lang: 'en-GB', rate: expect.closeTo(0.85, 5) }]);
        const size = await page.locator('#text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(size).toBeGreaterThanOrEqual(40);
        // No text under 19 px (24 px type at 1280×720 is ~0.8 of that in the smallest print).
        const smallest = await page.evaluate(() => Math.min(...Array.from(document.querySelectorAll('body *'))
          .filter((e) => (e as HTMLElement).offsetParent && Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim()))
          .map((e) => parseFloat(getComputedStyle(e).fontSize))));
        expect(smallest).toBeGreaterThanOrEqual(19);

        // Answers make bars; the trainer reveals the flags, with why.
        const other = await joinAs(host.address, host.host.code, 'Wu');
        conns.push(other.conn);
        await phone.locator('button.choice', { hasText: 'No thanks.' }).click();
        other.conn.send({ t: 'choose', step: 1, choice: 1 });
        await page.locator('#answered').filter({ hasText: 'Answered 2 · waiting 0' }).waitFor({ timeout: 10_000 });
        expect(await page.locator('#tally li').allTextContents()).toEqual(expect.arrayContaining(['#11', '#31']));
        // One each for answers that lead to different places: a tie, and the room waits for the trainer.
        await page.locator('#tie').filter({ hasText: /^Tie \(#\d · #\d\): waiting for the trainer's pick$/ }).waitFor({ timeout: 10_000 });
        expect((await page.locator('#tie').textContent())!.match(/#\d/g)!.sort()).toEqual(['#1', '#3']);
        await shot('2-tally');
        const t = await trainer(host.address, host.secret);
        t.send({ t: 'reveal' });
        await page.locator('#flags li').first().waitFor({ timeout: 10_000 });
        const flags = await page.locator('#flags').innerText();
        expect(flags).toContain('caught by 1 of 2');
        expect(flags).toContain('Do instead: ');
        await shot('3-reveal');

        // The room follows the majority... a tie here, so the trainer picks answer 1: the next line.
        t.send({ t: 'advance', pick: { choice: 1 } });
        await page.locator('#text').filter({ hasText: 'verification code' }).waitFor({ timeout: 10_000 });
        expect(await page.isHidden('#tie')).toBe(true);
        await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual([text, 'Read me the verification code we just sent.']);
        expect(await page.isHidden('#reveal')).toBe(true);

        t.send({ t: 'end' });
        await page.locator('#outcome').filter({ hasText: 'Drill over (stopped)' }).waitFor({ timeout: 10_000 });
        expect(await page.locator('#missed li').count()).toBeGreaterThan(0);
        expect(await page.locator('#boardList li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Mei: \d+$/)]));
        await shot('4-end');
        await phone.close();
      } finally {
        await page.close();
      }
    }, 40_000);
  }

  it('shows an SMS line without reading it, reads it on Replay, and stays quiet when muted', async () => {
    host = await testHost({}, join(ROOT, 'scenarios', 'etc-toll-card.yaml'));
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(RECORD_SPEECH);
    try {
      await page.goto(`http://${host.address}/screen?key=${host.secret}`);
      const p = await joinAs(host.address, host.host.code, 'Li');
      conns.push(p.conn);
      await page.locator('#line.sms').waitFor({ timeout: 10_000 });
      await page.waitForTimeout(300);
      expect(await spoken(page)).toEqual([]);
      await page.click('#replay');
      expect((await spoken(page)).map((s) => s.text)).toEqual([p.line.line.text]);
      await page.click('#voice');
      expect(await page.locator('#voice').textContent()).toBe('Voice off');
      expect(await page.getAttribute('#voice', 'aria-pressed')).toBe('false');
    } finally {
      await page.close();
    }
  });

  it('says the trainer picks, in a drill that follows the trainer', async () => {
    host = await testHost({ branch: 'trainer' });
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(`http://${host.address}/screen?key=${host.secret}`);
      const p = await joinAs(host.address, host.host.code, 'Li');
      conns.push(p.conn);
      p.conn.send({ t: 'choose', step: 1, choice: 3 });
      await page.locator('#answered').filter({ hasText: 'Answered 1 · waiting 0' }).waitFor({ timeout: 10_000 });
      await page.locator('#tie').filter({ hasText: 'The trainer picks the answer to follow' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#tie').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
