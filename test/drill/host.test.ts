// A real host on 127.0.0.1 with scripted participants, a trainer, a SQLite file; and everything a
// room full of devices may send that it should not.
import { afterEach, describe, expect, it } from 'vitest';
import { DrillConnection, is } from '../../src/drill/client/connection';
import { runScripted } from '../../src/drill/client/scripted';
import { MAX_MESSAGE_BYTES, type ServerMessage } from '../../src/drill/protocol';
import { MAX_REPLY_CHARS } from '../../src/core/reply';
import { closeAll, autoTrainer, choices, cli, joinAs, loadTiny, testHost, type TestHost } from './helpers';
import { describeStrays, otherLanguageIn, strays, textsIn } from '../words/stray';

let host: TestHost | undefined;
const conns: DrillConnection[] = [];
afterEach(async () => {
  host = await closeAll(conns, host);
});
const track = <T extends { conn: DrillConnection } | DrillConnection>(x: T): T => {
  conns.push(x instanceof DrillConnection ? x : x.conn);
  return x;
};

describe('drill host', () => {
  it('plays a scenario to an ending with several participants, each judged on their own answers', async () => {
    host = await testHost({ leaderboard: true });
    const { address } = host;
    const code = host.host.code;
    const trainer = track(await autoTrainer(address, host.secret, () => 3));
    const play = (name: string, ...ns: number[]) => runScripted({ address, code, name, steps: choices(...ns), timeoutMs: 20_000 });
    const [ann, bo, cy] = await Promise.all([play('Ann', 1, 1), play('Bo', 1, 3), play('Cy', 3, 3)]);
    // Each person's own answers decide their ending: Ann read out the code (the loss ending), Cy's
    // "No thanks" ended Cy's call at line 1, as it would in practice; line 2 was never Cy's to answer.
    expect(ann.debrief).toMatchObject({ outcome: 'loss', caught: 0, missed: 3, score: 0, leaked: ['code'] });
    expect(bo.debrief).toMatchObject({ outcome: 'safe', caught: 1, missed: 2, score: 33 });
    expect(cy.debrief).toMatchObject({ outcome: 'safe', caught: 2, missed: 0, score: 100 });
    expect(cy.debrief!.flags.map((f) => `${f.step}:${f.id}:${f.verdict}`)).toEqual([
      '1:unsolicited-contact:caught', '1:account-problem:caught',
    ]);
    const results = trainer.messages.find((m): m is Extract<ServerMessage, { t: 'results' }> => m.t === 'results')!.results;
    expect(results.outcome).toBe('safe');
    expect(results.leaderboard!.map((p) => p.name)).toEqual(['Cy', 'Bo', 'Ann']);
    expect(results.lines[1]!.flags[0]).toMatchObject({ id: 'asks-code', caught: 1, missed: 1 });
    await host.host.ended;

    // Every verdict is in the database (three each for Ann and Bo, two for Cy), and the export says the same as the room did.
    expect(await host.store.verdicts(host.host.drillId)).toHaveLength(8);
    const csv = cli(['drill', 'export', host.host.drillId, '--format', 'csv', '--data-dir', host.dataDir]);
    expect(csv.code).toBe(0);
    // A byte-order mark first, so that Excel reads the names as UTF-8 (trim() would drop it).
    expect(csv.stdout.startsWith('\uFEFFdrill,')).toBe(true);
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('drill,participant,name,step,turn,flag,verdict,critical,answer_intent,answer_text,score,outcome,kind');
    // A row per verdict (eight), and Cy's answer to line 2, given after Cy's own call had ended:
    // no flag of Cy's is on that line, and the answer is exported all the same.
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.includes(',Ann,2,')!)).toMatch(/asks-code,missed,yes,comply,.*\[code/);
    expect(rows.find((r) => r.includes(',Cy,2,'))).toMatch(/,Cy,2,ask-code,,,,refuse,I will not give you any code\.,100,safe,/);
    for (const a of await host.store.records(host.host.drillId)) {
      if (a.type === 'answer') expect(rows.some((r) => r.includes(`,${a.pid},`) && r.includes(`,${a.step},${a.turn},`) && r.includes(`,${a.intent},`)), `${a.pid} line ${a.step}`).toBe(true);
    }
    expect(csv.stdout).not.toContain('482913');
    const json = JSON.parse(cli(['drill', 'export', host.host.drillId, '--format', 'json', '--data-dir', host.dataDir]).stdout);
    expect(json.people.map((p: { name: string; debrief: { score: number } }) => [p.name, p.debrief.score])).toEqual([['Ann', 0], ['Bo', 33], ['Cy', 100]]);
    const md = cli(['drill', 'export', host.host.drillId, '--format', 'md', '--data-dir', host.dataDir]).stdout;
    expect(md).toContain('| Cy | safe | 2 | 0 | 0 | 100 |');
  });

  it("the trainer's status gives the host's own handling time of the answers, within each participant's round trip", async () => {
    host = await testHost();
    const trainer = track(await autoTrainer(host.address, host.secret, () => Infinity));
    // Once an answer is in (the host also sends its status by itself, every tick).
    const status = async () => {
      const next = trainer.conn.next((m): m is Extract<ServerMessage, { t: 'status' }> => m.t === 'status' && m.answerMs !== undefined);
      trainer.conn.send({ t: 'status' });
      return next;
    };
    const trips: number[] = [];
    for (const [name, n] of [['Ann', 1], ['Bo', 3], ['Cy', 2]] as const) {
      const p = track(await joinAs(host.address, host.host.code, name));
      const ack = p.conn.next(is('ack'));
      const sent = performance.now();
      p.conn.send({ t: 'choose', step: 1, choice: n });
      await ack;
      trips.push(performance.now() - sent);
    }
    const { answerMs } = await status();
    expect(answerMs!.p50).toBeGreaterThan(0);
    expect(answerMs!.p50).toBeLessThanOrEqual(answerMs!.p99);
    expect(answerMs!.p99).toBeLessThanOrEqual(answerMs!.max);
    // The host's part of an answer's trip is inside it.
    expect(answerMs!.max).toBeLessThanOrEqual(Math.max(...trips));
  });

  it('exports a Chinese drill in Chinese: the Markdown has no English words of its own', async () => {
    host = await testHost({ lang: 'zh' });
    const { address } = host;
    track(await autoTrainer(address, host.secret, () => 1));
    await runScripted({ address, code: host.host.code, name: '李梅', steps: choices(2, 2), timeoutMs: 20_000 });
    await host.host.ended;
    const md = cli(['drill', 'export', host.host.drillId, '--format', 'md', '--data-dir', host.dataDir]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`# 演练 ${host.host.drillId}：小银行来电`);
    expect(md.stdout).toMatch(/场景 `drill-tiny`（诈骗），开始于 \S+，结束于 \S+。全场结果：\*\*安全\*\*。参加者：1 人。/);
    expect(md.stdout).toContain('## 逐句');
    expect(md.stdout).toContain('### 第 1 句（`greet`），1 人回答');
    expect(md.stdout).toContain('| 危险信号 | 识破 | 漏掉 | 待定 | 识破比例 |');
    expect(md.stdout).toContain('| 参加者 | 结果 | 识破 | 漏掉 | 待定 | 得分 |');
    const { scenario, catalogue } = loadTiny();
    const allowed = [...otherLanguageIn([...textsIn(scenario, 'zh'), ...textsIn(catalogue, 'zh')], 'zh')];
    // Markdown table rules and ISO times are notation; turn ids and the scenario id are ids.
    const text = md.stdout.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '').replace(/`[^`]*`/g, '');
    expect(describeStrays('drill export --format md (zh)', strays(text, 'zh', allowed))).toBe('');
  });

  it('lets a dropped participant come back with its token and carry on', async () => {
    host = await testHost();
    const { address } = host;
    const code = host.host.code;
    const trainer = track(await DrillConnection.open(host.address));
    trainer.send({ t: 'trainer', secret: host.secret });
    await trainer.next(is('trainer-ok'));
    const a = track(await joinAs(address, code, 'Ann'));
    a.conn.send({ t: 'choose', step: 1, choice: 1 });
    await a.conn.next(is('ack'));
    a.conn.terminate();

    // Back on the same line: it knows the answer is in.
    const again = track(await DrillConnection.open(address));
    const welcome = again.next(is('welcome'));
    const line = again.next(is('line'));
    again.send({ t: 'rejoin', code, token: a.welcome.token });
    expect((await welcome).pid).toBe(a.welcome.pid);
    expect(await line).toMatchObject({ answered: true, line: { step: 1 } });

    const next = again.next((m) => m.t === 'line' && m.line.step === 2);
    trainer.send({ t: 'advance' });
    expect(await next).toMatchObject({ answered: false });
    again.send({ t: 'choose', step: 2, choice: 3 });
    await again.next(is('ack'));
    const debrief = again.next(is('debrief'));
    trainer.send({ t: 'advance' });
    expect((await debrief).debrief).toMatchObject({ caught: 1, missed: 2 });
    expect((await host.store.records(host.host.drillId)).filter((r) => r.type === 'answer')).toHaveLength(2);

    const stranger = track(await DrillConnection.open(address));
    stranger.send({ t: 'rejoin', code, token: 'not-a-real-token' });
    expect(await stranger.next(is('error'))).toMatchObject({ code: 'unknown-token' });
  });

  it('answers bad messages with an error and carries on', async () => {
    host = await testHost();
    const { address } = host;
    const code = host.host.code;
    const c = track(await DrillConnection.open(address));
    const err = () => c.next(is('error'));
    let e = err();
    c.ws.send('this is not json');
    expect(await e).toMatchObject({ code: 'bad-message' });
    e = err();
    c.send({ t: 'launch-missiles' });
    expect(await e).toMatchObject({ code: 'bad-message' });
    e = err();
    c.send({ t: 'answer', step: 1, text: 'hi' });
    expect(await e).toMatchObject({ code: 'not-joined' });
    e = err();
    c.send({ t: 'advance' });
    expect(await e).toMatchObject({ code: 'not-trainer' });
    e = err();
    c.send({ t: 'trainer', secret: 'guessing-the-secret' });
    expect(await e).toMatchObject({ code: 'wrong-secret' });
    e = err();
    c.send({ t: 'join', code: 'ZZZZ', name: 'Mallory' });
    expect(await e).toMatchObject({ code: 'wrong-code' });
    e = err();
    c.send({ t: 'answer', step: 1, text: 'x'.repeat(MAX_REPLY_CHARS + 1) });
    expect((await e).message).toMatch(/text/);

    // A name full of escapes reaches the trainer clean.
    const p = track(await joinAs(address, code.toLowerCase(), '\u001b[2J\u001b[31mLi\u0007\u001b]0;pwned\u0007'));
    expect(p.welcome.name).toBe('Li');
    e = p.conn.next(is('error'));
    p.conn.send({ t: 'choose', step: 1, choice: 7 });
    expect(await e).toMatchObject({ code: 'bad-choice' });
    e = p.conn.next(is('error'));
    p.conn.send({ t: 'choose', step: 5, choice: 1 });
    expect(await e).toMatchObject({ code: 'stale-line' });
    p.conn.send({ t: 'choose', step: 1, choice: 2 });
    await p.conn.next(is('ack'));
    e = p.conn.next(is('error'));
    p.conn.send({ t: 'choose', step: 1, choice: 1 });
    expect(await e).toMatchObject({ code: 'already-answered' });

    const t = track(await DrillConnection.open(address));
    const roster = t.next(is('roster'));
    t.send({ t: 'trainer', secret: host.secret });
    const names = (await roster).participants.map((x) => x.name);
    expect(names).toEqual(['Li']);
    // Participants never hear the secret.
    expect(JSON.stringify(p.welcome)).not.toContain(host.secret);

    // A flood is throttled; a message over the size limit closes that connection only.
    const flood = track(await DrillConnection.open(address));
    const slow = flood.next((m) => m.t === 'error' && m.code === 'too-fast');
    for (let i = 0; i < 60; i++) flood.send({ t: 'ping' });
    await slow;
    const big = track(await DrillConnection.open(address));
    const closed = new Promise((r) => big.onClose(() => r(true)));
    big.ws.send('x'.repeat(MAX_MESSAGE_BYTES + 10));
    expect(await closed).toBe(true);

    // Five wrong codes and the guesser is gone.
    const guesser = track(await DrillConnection.open(address));
    const gone = new Promise((r) => guesser.onClose(() => r(true)));
    for (const g of ['AAAA', 'CCCC', 'DDDD', 'EEEE', 'FFFF']) guesser.send({ t: 'join', code: g, name: 'g' });
    expect(await gone).toBe(true);

    // The host is still fine.
    const pong = t.next(is('pong'));
    t.send({ t: 'ping' });
    await pong;
  });

  it('serves the web page at / and nothing else', async () => {
    host = await testHost();
    const page = await fetch(`http://${host.address}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('joinForm');
    expect((await fetch(`http://${host.address}/etc/passwd`)).status).toBe(404);
  });
});
