// `drill host --check pre,post` on every client: the terminal participant, the web page in a real
// Chromium, scripted participants; after a host restart; and what the host refuses. Real host on
// 127.0.0.1, real SQLite in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../browser';
import { afterEach, describe, expect, it } from 'vitest';
import type { Response } from '../../src/check/answers';
import { loadForms } from '../../src/check/files';
import { DrillConnection, is } from '../../src/drill/client/connection';
import { ParticipantApp } from '../../src/drill/client/ParticipantApp';
import { runScripted } from '../../src/drill/client/scripted';
import { launchNew, launchResume, type Launched } from '../../src/drill/launch';
import { DrillStore } from '../../src/drill/store';
import { openSqlite } from '../../src/store/sqlite';
import { drillPhases, listChecks } from '../../src/store/checks';
import { autoTrainer, choices, cli, loadTiny } from '../drill/helpers';
import { KEYS, renderAt, tick } from '../ui/render';

const forms = loadForms().forms!;
const right = (form: 'A' | 'B', confidence: Response['confidence'] = 4) => forms[form].items.map((i) => ({ answer: i.kind, confidence }));

let open: { launched: Launched; store: DrillStore; dir: string; trainer?: DrillConnection } | undefined;
afterEach(async () => {
  open?.trainer?.terminate();
  await open?.launched.host.close();
  await open?.store.close();
  if (open) rmSync(open.dir, { recursive: true, force: true });
  open = undefined;
});

async function host(phases: ('pre' | 'post')[] = ['pre', 'post'], lang: 'en' | 'zh' = 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-drill-check-'));
  const store = await DrillStore.open(openSqlite(dir));
  const { scenario, catalogue } = loadTiny();
  const launched = await launchNew({
    scenario, catalogue, scenarioRef: 'drill-tiny', store, port: 0, bind: '127.0.0.1', tickMs: 50,
    settings: { lang, mode: 'coach', pace: { kind: 'trainer' }, branch: 'majority', leaderboard: false, anonymous: false },
    ...(phases.length ? { check: { phases, forms, db: store.db } } : {}),
  });
  open = { launched, store, dir };
  return { ...open, address: `127.0.0.1:${launched.host.port}` };
}

const until = async (ok: () => boolean | Promise<boolean>, what: string, ms = 10_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('the terminal participant', () => {
  it('fills in the before-check, then the drill goes on; the answers are stored under the drill id', async () => {
    const h = await host(['pre']);
    const s = await renderAt(<ParticipantApp address={h.address} code={h.launched.host.code} name="Li" />);
    await s.waitFor('Scam or legitimate? Form A', 10_000);
    expect(s.frame()).toContain('Before we start: 12 short messages.');
    await tick(50); // the form listens for keys once it has been drawn
    for (const item of forms.A.items) {
      await s.type(item.kind === 'scam' ? 's' : 'l');
      await s.type('3');
    }
    await s.waitFor('All 12 answered.');
    await s.type(KEYS.enter);
    await s.waitFor('Thank you, your answers are saved.');
    expect(s.frame()).toContain('problem with your account');
    s.unmount();
    const stored = (await listChecks(h.store.db, h.launched.host.drillId));
    expect(stored).toEqual([expect.objectContaining({ person: 'Li', group: h.launched.host.drillId, form: 'A', phase: 'pre' })]);
    expect(stored[0]!.answers.every((a) => a.answer === a.kind && a.confidence === 3)).toBe(true);
  }, 30_000);
});

describe('the web page', () => {
  it('shows the before-check after joining and the after-check after the debrief', async () => {
    const h = await host(['pre', 'post'], 'zh');
    h.trainer = (await autoTrainer(h.address, h.launched.secret, () => 1)).conn;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
      await page.goto(`http://${h.address}/?code=${h.launched.host.code}`);
      await page.fill('#name', '李梅');
      await page.click('#joinBtn');
      await page.locator('#checkTitle').filter({ hasText: '是诈骗还是正常？A 卷' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#line').isHidden()).toBe(true);
      const fill = async (form: 'A' | 'B') => {
        expect(await page.locator('#checkSend').isDisabled()).toBe(true);
        for (const [i, item] of forms[form].items.entries()) {
          await page.check(`input[name=k${i}][value=${item.kind}]`);
          await page.check(`input[name=c${i}][value="2"]`);
        }
        await page.click('#checkSend');
      };
      expect(await page.locator('#checkItems').innerText()).toContain(forms.A.items[0]!.text.zh);
      await fill('A');
      await page.locator('#thanks').waitFor({ state: 'visible', timeout: 10_000 });
      // Then the drill: one answer that ends the call, the debrief, and the after-check on form B.
      await page.locator('button.choice', { hasText: '不用了。' }).click();
      await page.locator('#checkTitle').filter({ hasText: 'B 卷' }).waitFor({ timeout: 10_000 });
      // The debrief and the after-check arrive in two messages: wait for the debrief, don't race it.
      await page.locator('#debrief').filter({ hasText: '得分' }).waitFor({ timeout: 10_000 });
      await fill('B');
      await page.locator('#debrief').filter({ hasText: '得分' }).waitFor({ timeout: 10_000 });
      await until(() => page.locator('#check').isHidden(), 'the check to close');
    } finally {
      await browser.close();
    }
    const stored = (await listChecks(h.store.db, h.launched.host.drillId));
    expect(stored.map((r) => `${r.person} ${r.phase} ${r.form} ${r.lang}`)).toEqual(['李梅 pre A zh', '李梅 post B zh']);
  }, 60_000);
});

describe('scripted participants and the host', () => {
  it('counterbalances the forms and holds "ended" back until the after-check is in', async () => {
    const h = await host();
    h.trainer = (await autoTrainer(h.address, h.launched.secret, () => 2)).conn;
    const seen: string[][] = [[], []];
    const [li, wang] = await Promise.all(['Li', 'Wang'].map((name, n) => runScripted({
      address: h.address, code: h.launched.host.code, name, steps: choices(3), timeoutMs: 20_000,
      check: { pre: right('A'), post: right('A') },
      onMessage: (m) => seen[n]!.push(m.t === 'check' ? `check ${m.phase} ${m.form.id}` : m.t),
    })));
    expect(li!.checked).toEqual(['pre', 'post']);
    for (const s of seen) expect(s.slice(s.indexOf('debrief'))).toEqual(['debrief', expect.stringMatching(/^check post [AB]$/), 'check-saved', 'ended']);
    const forms = seen.map((s) => s.filter((x) => x.startsWith('check ')).map((x) => x.slice(-1)).join(''));
    expect(forms.sort()).toEqual(['AB', 'BA']);
    expect(wang!.errors).toEqual([]);
  }, 30_000);

  it('refuses answers that do not fit the form, a check nobody asked for, and one in a drill without checks', async () => {
    const h = await host(['pre']);
    const conn = await DrillConnection.open(h.address);
    const check = conn.next(is('check'));
    conn.send({ t: 'join', code: h.launched.host.code, name: 'Li' });
    const form = (await check).form;
    const error = () => conn.next(is('error'));
    let e = error();
    conn.send({ t: 'check', phase: 'pre', answers: form.items.slice(1).map((i) => ({ item: i.id, answer: 'scam', confidence: 2 })) });
    expect((await e).message).toBe('these answers do not fit the form: 11 answers for the 12 items of form A');
    e = error();
    conn.send({ t: 'check', phase: 'post', answers: form.items.map((i) => ({ item: i.id, answer: 'scam', confidence: 2 })) });
    expect((await e).message).toBe('no after-training check is due for you now');
    const saved = conn.next(is('check-saved'));
    conn.send({ t: 'check', phase: 'pre', answers: form.items.map((i) => ({ item: i.id, answer: 'scam', confidence: 2 })) });
    await saved;
    e = error();
    conn.send({ t: 'check', phase: 'pre', answers: form.items.map((i) => ({ item: i.id, answer: 'scam', confidence: 2 })) });
    expect((await e).message).toBe('no before-training check is due for you now');
    conn.close();
    expect((await listChecks(h.store.db, h.launched.host.drillId))).toHaveLength(1);
  });

  it('a drill without --check sends no form and refuses one', async () => {
    const h = await host([]);
    const conn = await DrillConnection.open(h.address);
    const messages: string[] = [];
    conn.on((m) => messages.push(m.t));
    const line = conn.next(is('line'));
    conn.send({ t: 'join', code: h.launched.host.code, name: 'Li' });
    await line;
    const e = conn.next(is('error'));
    conn.send({ t: 'check', phase: 'pre', answers: [{ item: 'a01', answer: 'scam', confidence: 2 }] });
    expect((await e).message).toBe('this drill has no before/after check');
    expect(messages).not.toContain('check');
    conn.close();
  });

  it('after a restart (--resume) the check goes on: no second before-check, the after-check at the end', async () => {
    const h = await host();
    let token = '';
    // Li does the before-check and leaves; then the host stops before the drill ends.
    const first = await runScripted({
      address: h.address, code: h.launched.host.code, name: 'Li', steps: [], timeoutMs: 20_000, check: { pre: right('A') },
      onMessage: (m) => void (m.t === 'welcome' && (token = m.token)),
      leaveAfter: (m) => m.t === 'check-saved',
    });
    expect(first.checked).toEqual(['pre']);
    expect((await listChecks(h.store.db, h.launched.host.drillId))).toHaveLength(1);
    await h.launched.host.close();
    const drillId = h.launched.host.drillId;
    expect((await drillPhases(h.store.db, drillId))).toEqual(['pre', 'post']);
    const resumed = await launchResume({ drillId, store: h.store, load: () => loadTiny(), port: 0, tickMs: 50, check: { phases: (await drillPhases(h.store.db, drillId)), forms, db: h.store.db } });
    open!.launched = resumed;
    const address = `127.0.0.1:${resumed.host.port}`;
    open!.trainer = (await autoTrainer(address, resumed.secret, () => 1)).conn;
    const seen: string[] = [];
    const again = await runScripted({
      address, code: resumed.host.code, name: 'Li', token, steps: choices(3), timeoutMs: 20_000, check: { post: right('B') },
      onMessage: (m) => void (m.t === 'check' && seen.push(m.phase)),
    });
    expect(again.checked).toEqual(['post']);
    expect(seen).toEqual(['post']);
    expect((await listChecks(h.store.db, drillId)).map((r) => `${r.person} ${r.phase} ${r.form}`)).toEqual(['Li pre A', 'Li post B']);
  }, 30_000);
});

describe('drill host --check on the command line', () => {
  it.each([
    [['drill', 'host', 'drill-tiny', '--headless', '--check', 'maybe'], /^scamdrill: --check "maybe": write pre, post or pre,post/],
    [['drill', 'host', '--resume', '20261201-abcdef', '--headless', '--check', 'pre'], /^scamdrill: --resume runs the check the drill was started with; leave --check out\n$/],
  ])('%j is a usage error', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
