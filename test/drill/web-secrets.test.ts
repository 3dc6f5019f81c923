// Secrets stay on the phone: the participant web page (a real headless Chromium) masks a reply
// before sending it, with the reader's own masking built for the browser (dist/web/mask.js, from
// `npm run build`), and empties the box once sent. Checked where the secret would land: every
// message the host's WebSocket received, the frames the browser put on the wire, the host's SQLite
// file and the CSV export.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sharedChromium } from '../browser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DB_FILE } from '../../src/store/db';
import { cli, testHost, type TestHost } from './helpers';

const browser = sharedChromium();
let host: TestHost | undefined;

/** Every text message a WebSocket of this process received: the host's (no other socket is opened here). */
const received: string[] = [];
const emit = WebSocket.prototype.emit;

beforeAll(async () => {
  WebSocket.prototype.emit = function (this: WebSocket, event: string | symbol, ...args: unknown[]) {
    if (event === 'message') received.push(String(args[0]));
    return emit.call(this, event, ...args);
  };
});
afterAll(async () => {
  WebSocket.prototype.emit = emit;
});
afterEach(async () => {
  received.length = 0;
  await host?.stop();
  host = undefined;
});

/** A Luhn-valid card number and a six-digit code, as a person would type them. */
const CARD = '4111 1111 1111 1111';
const CODE = '730541';
/** A Chinese ID number with a valid check digit. */
const ID = '11010519491231002X';
const CLEAR = [CARD, CARD.replace(/ /g, ''), CODE, ID, ID.slice(0, 14)];

describe('the web page masks secrets before they leave the phone', () => {
  it('sends an ID number in a name, a card number and a code masked, empties the box, and the host never has them in clear', async () => {
    host = await testHost();
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const wire: string[] = [];
    page.on('websocket', (ws) => ws.on('framesent', (f) => wire.push(String(f.payload))));
    try {
      await page.goto(`http://${host.address}/?code=${host.host.code}`);
      // People type their ID "so the trainer knows it is me": the name is masked before it is sent too.
      await page.fill('#name', `李四 身份证${ID}`);
      await page.click('#joinBtn');
      await page.locator('#text').filter({ hasText: 'problem with your account' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#title').textContent()).toBe('Tiny bank call — 李四 身份证[证件号 ••••]');
      await page.fill('#answer', `OK, my card is ${CARD} and the code is ${CODE}`);
      await page.click('#sendBtn');
      await page.locator('#status').filter({ hasText: 'Answer received' }).waitFor({ timeout: 10_000 });
      expect(await page.inputValue('#answer')).toBe('');
      // Giving them away is still a secret given away: the verdicts say so.
      expect(await page.locator('#verdicts').innerText()).toContain('missed (secret given away)');

      const answer = received.map((m) => JSON.parse(m) as { t: string; text?: string; leaks?: string[] }).find((m) => m.t === 'answer');
      expect(answer).toMatchObject({ text: 'OK, my card is [card ••••1111] and the code is [code ••••••]', leaks: ['card', 'code'] });
      const sent = wire.join('\n');
      expect(sent).toContain('[card ••••1111]');

      const stored = (await host.store.records(host.host.drillId)).filter((r) => r.type === 'answer');
      expect(stored).toMatchObject([{ text: answer!.text, intent: 'comply', leaks: expect.arrayContaining(['card', 'code']) }]);
      const exported = cli(['drill', 'export', host.host.drillId, '--format', 'csv', '--data-dir', host.dataDir]);
      expect(exported.stdout).toContain('[card ••••1111]');
      // The database and its write-ahead log, byte for byte.
      const db = readdirSync(host.dataDir).filter((f) => f.startsWith(DB_FILE)).map((f) => readFileSync(join(host!.dataDir, f)).toString('latin1'));
      expect(db.join('')).toContain(Buffer.from('李四 身份证[证件号 ••••]').toString('latin1'));
      expect(received.find((m) => m.includes('"join"'))).toContain('[证件号 ••••]');
      for (const where of [received.join('\n'), sent, exported.stdout, ...db]) {
        for (const secret of CLEAR) expect(where).not.toContain(secret);
      }
    } finally {
      await page.close();
    }
  });

  it('masks a secret typed in traditional characters, as in Hong Kong or Taiwan, before it is sent', async () => {
    host = await testHost();
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      await page.goto(`http://${host.address}/?code=${host.host.code}`);
      await page.fill('#name', '陳大文');
      await page.click('#joinBtn');
      await page.locator('#text').filter({ hasText: 'problem with your account' }).waitFor({ timeout: 10_000 });
      await page.fill('#answer', `好，驗證碼係 ${CODE}，我身分證字號 A123456789`);
      await page.click('#sendBtn');
      await page.locator('#status').filter({ hasText: 'Answer received' }).waitFor({ timeout: 10_000 });
      const answer = received.map((m) => JSON.parse(m) as { t: string; text?: string }).find((m) => m.t === 'answer');
      expect(answer?.text).toBe('好，驗證碼係 [验证码 ••••••]，我身分證字號 [证件号 ••••]');
      for (const secret of [CODE, 'A123456789']) expect(received.join('\n')).not.toContain(secret);
    } finally {
      await page.close();
    }
  });

  it('sends nothing when the masking script did not load, and says so', async () => {
    host = await testHost();
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.route('**/mask.js', (r) => r.abort());
    try {
      await page.goto(`http://${host.address}/?code=${host.host.code}`);
      await page.fill('#name', `Wu ${ID}`);
      await page.click('#joinBtn');
      await page.locator('#error').filter({ hasText: 'could not load its secret masking' }).waitFor({ timeout: 10_000 });
      // The page opened no connection at all: the host heard nothing, and nobody joined.
      expect(received).toEqual([]);
      expect(host.host.room.roster()).toEqual([]);
      expect(await page.isVisible('#joinForm')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('serves the masking script from the host, small: the masking alone, not the trained model', async () => {
    host = await testHost();
    const r = await fetch(`http://${host.address}/mask.js`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('javascript');
    const body = Buffer.from(await r.arrayBuffer());
    // The model file alone (models/reader.bin, 4.9 MB) is far bigger than this cap, and so is a front
    // end's code (Ink and React); the masking is about 295 kB (125 kB gzipped), grown with each blind
    // round's rules (docs/security.md) and with the table that reads traditional characters as simplified
    // ones (35 kB): the cap leaves room for a few more rounds, and catches the model or a front end's code
    // bundled in by mistake.
    expect(body.length).toBeLessThan(352 * 1024);
    expect(gzipSync(body).length).toBeLessThan(150 * 1024);
    const page = await fetch(`http://${host.address}/`).then((p) => p.text());
    expect(page).toContain('<script src="/mask.js"></script>');
  });
});
