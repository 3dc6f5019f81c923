// One language per screen and per file (issue 13 §2): every screen, report and page is rendered in
// Chinese and must hold no stray Latin words (only ids, numbers, addresses, commands, key caps,
// official names and the scenario's own words), and the reverse in English: no Han characters.
// Real parts throughout: Ink frames from ink-testing-library, a drill host on 127.0.0.1, SQLite in
// a temp folder, the built CLI for `history`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeTranscript, parseTranscript, renderMarkdown, renderText } from '../../src/analyze';
import { parseAnswers } from '../../src/answers/parse';
import { reader } from '../../src/classify/reader';
import { createSession } from '../../src/core/session';
import type { Lang } from '../../src/core/schema';
import { ParticipantApp } from '../../src/drill/client/ParticipantApp';
import { TrainerConsole } from '../../src/drill/console/TrainerConsole';
import { webPage } from '../../src/drill/web/page';
import { gradeAll } from '../../src/playback/batch';
import { play, playbackRecord } from '../../src/playback/run';
import { runPlain } from '../../src/practice/plain';
import { recordPractice } from '../../src/practice/record';
import { conversationMarkdown, gradesMarkdown } from '../../src/report/markdown';
import { formatConversation, formatGrades } from '../../src/report/text';
import { loadLibrary } from '../../src/scenario/files';
import { t, wordsIn } from '../../src/words/labels';
import { launchResume, ResumeError } from '../../src/drill/launch';
import { autoTrainer, cli, loadTiny, ROOT, testHost, type TestHost } from '../drill/helpers';
import { fixture } from '../helpers';
import { fixtures, KEYS, renderPractice, scenario, tick, type Screen } from '../ui/render';
import { describeStrays, otherLanguageIn, strays, textsIn } from './stray';

const LANGS: Lang[] = ['zh', 'en'];

/** What the person types or is called, in the language under test. */
const SAID = {
  zh: { question: '你是谁？你怎么知道我的快递？', careless: '好的，验证码是739105', refuse: '我不会告诉你任何验证码', name: '李梅', long: '这是一段很长的回复'.repeat(20) },
  en: { question: 'Who are you? How do you know about my parcel?', careless: 'OK, the code is 739105', refuse: 'I will not tell you any code', name: 'Mei', long: 'this is a very long reply '.repeat(12) },
} as const;

/** The scenario's own words in the other language: allowed, they are the author's (checked by validate). */
function contentOf(lang: Lang, ...sources: unknown[]): Set<string> {
  return otherLanguageIn([...sources.flatMap((s) => textsIn(s, lang)), ...Object.values(SAID[lang])], lang);
}

function expectOneLanguage(where: string, text: string | string[], lang: Lang, allowed: Iterable<string>): void {
  const found = (Array.isArray(text) ? text : [text]).flatMap((x) => strays(x, lang, allowed));
  expect(describeStrays(where, found)).toBe('');
}

describe('the check itself', () => {
  it('finds what the field test saw on Chinese screens, and lets through what belongs there', () => {
    const seen = [
      '• 购物或快递平台的官方App: open the app yourself → My orders → Customer service / 自己打开App → 我的订单 → 联系客服',
      '1-9 or ↑↓ Enter 选择  ·  q 退出',
      '› sms/call/chat',
      '测试理赔来电 · 平台客服 +86 400 000 0000 · exam',
      '快递丢件理赔: leak, 25/100 — scamdrill history',
      '› sms  ★★  测试快递短信',
      '      → comply 0.80 · 泄露了: code',
      '（沉默 20s）',
      'Esc to leave',
    ];
    for (const line of seen) expect(strays(line, 'zh'), line).not.toEqual([]);
    const fine = [
      '1-9 / ↑↓ Enter 选择  ·  q 退出', 'a/Enter 接听  ·  d 拒接', '要移出的参加者编号：_（Enter 确认，Esc 取消）', 'Ctrl-U 清空',
      '已保存到练习记录（#2），查看：scamdrill history', '（或：scamdrill drill join 127.0.0.1:7420 --code HKTWAC --name 名字）',
      '练习识别“索要验证码”：scamdrill practice etc-toll-card（ETC卡“已失效”）', '请点击 http://etc-cn.vip/x 或 www.12321.cn', '主机内存 94.5 MB',
    ];
    for (const line of fine) expect(strays(line, 'zh'), line).toEqual([]);
    expect(strays('Outcome: safe · 得分', 'en').map((x) => x.word)).toEqual(['得分']);
    expect(strays('Score：100', 'en')).not.toEqual([]);
  });
});

/** A word with its {holes} emptied: the holes are names for the program, not words to read. */
const withoutHoles = (s: string) => s.replace(/\{\w+\}/g, '');

describe('the words table', () => {
  it.each(LANGS)('holds only %s in its column', (lang) => {
    expectOneLanguage(`words/labels.ts (${lang})`, Object.values(wordsIn(lang)).map(withoutHoles), lang, []);
  });
});

describe.each(LANGS)('practice screens in %s', (lang) => {
  const allowed = contentOf(lang, fixtures().scenarios, fixtures().catalogue);
  let screen: Screen | undefined;
  const frames: string[] = [];
  const done = () => {
    frames.push(...(screen?.frames ?? []));
    screen?.unmount();
    screen = undefined;
  };

  it('the picker', async () => {
    screen = await renderPractice({ scenarioId: null, lang });
    await screen.type(KEYS.down);
    done();
  });

  it('a call in free text: ringing, typing, countdown, silence, a question, a leak, the end, the debrief', async () => {
    screen = await renderPractice({ lang, instant: false });
    // Time moves in small steps until the screen shows `text`: a timer is set by an effect that
    // may run a little after the key that caused it.
    const until = async (text: string, stepMs = 500) => {
      for (let i = 0; i < 200 && !screen!.frame().includes(text); i++) {
        screen!.clock.advance(stepMs);
        await tick(5);
      }
      return screen!.waitFor(text);
    };
    await screen.type('a');
    await until(t('pushesIn', lang, { who: lang === 'zh' ? '平台客服' : 'Customer service', n: 20 }).split('20')[0]!);
    await until(t('silenceFor', lang, { n: 20 }));
    await screen.type(SAID[lang].long);
    await screen.type(KEYS.ctrlU);
    await screen.type(`${SAID[lang].question}\r`);
    await until(lang === 'zh' ? '验证码念给我' : 'verification code we just sent');
    await screen.type(`${SAID[lang].careless}\r`);
    // The ending's own line, once it has "typed": only then does Enter open the debrief.
    await until(lang === 'zh' ? '钱被转走了。' : 'The money is gone.');
    await tick(30); // the handler of that frame, which knows the line has typed, reads the key
    await screen.type(KEYS.enter);
    await screen.waitFor(t('safeAction', lang));
    for (let i = 0; i < 30; i++) await screen.type('j');
    await screen.waitFor(t('channels', lang));
    done();
  });

  it('exam mode with numbered answers', async () => {
    screen = await renderPractice({ lang, mode: 'exam', choices: true });
    await screen.type('a');
    await screen.type(KEYS.down);
    await screen.type('1');
    await screen.type('1');
    await screen.type(KEYS.enter);
    await screen.waitFor(t('safeAction', lang));
    done();
  });

  it('a text thread, and a thread that turns into a call that is declined', async () => {
    screen = await renderPractice({ lang, scenarioId: 'ui-parcel-sms' });
    await screen.type(`${SAID[lang].careless}\r`);
    await screen.waitFor(t('over', lang));
    done();
    screen = await renderPractice({ lang, scenarioId: 'ui-text-then-call' });
    await screen.type(`${SAID[lang].question}\r`);
    await screen.waitFor(t('incomingCall', lang));
    await screen.type('d');
    await screen.type(KEYS.enter);
    await screen.waitFor(t('safeAction', lang));
    done();
  });

  it('hold no words of the other language', () => {
    expect(frames.length).toBeGreaterThan(10);
    expectOneLanguage(`practice (${lang})`, frames, lang, allowed);
  });
});

describe.each(LANGS)('the line-by-line practice (--plain) in %s', (lang) => {
  it('holds no words of the other language', async () => {
    const session = createSession(scenario('ui-refund-call'), fixtures().catalogue, { lang, reader });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const finished = runPlain(session, { coach: true, choices: true, input, output });
    input.write(`${SAID[lang].question}\n`);
    input.end(`${SAID[lang].careless}\n`);
    await finished;
    const saved = await recordPractice(session, 'exam', { dataDir: mkdtempSync(join(tmpdir(), 'scamdrill-words-')) });
    expect(text).toContain(lang === 'zh' ? '复盘' : 'Debrief');
    expectOneLanguage(`--plain (${lang})`, [text, saved.message, t('practiceResult', lang, { title: session.scenario.title[lang], outcome: t('loss', lang), score: 0 })], lang, contentOf(lang, fixtures().scenarios, fixtures().catalogue));
  });
});

describe.each(LANGS)('playback reports in %s', (lang) => {
  const lib = loadLibrary([fixture('playback', 'parcel-refund.yaml')]);
  const sc = lib.scenarios[0]!;
  const said = { zh: '好的，验证码是482913，给你。', en: 'OK, the code is 482913, take it.' }[lang];
  const answers = (text: string, file: string) => {
    const parsed = parseAnswers(text, file);
    if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
    return parsed.answers;
  };
  const sources = [
    { file: 'careful.txt', text: '#2\n#3\n' },
    { file: 'careless.txt', text: `#1\n@wait 90s\n${said}\n` },
  ];

  it('the annotated transcript and the handout, and the class table', () => {
    const out: string[] = [];
    for (const s of sources) {
      const r = playbackRecord(play(sc, lib.catalogue, answers(s.text, s.file), { lang }));
      out.push(formatConversation(r).join('\n'), conversationMarkdown(r));
    }
    const grades = gradeAll(sc, lib.catalogue, sources, { lang });
    out.push(formatGrades(grades).join('\n'), gradesMarkdown(grades));
    expect(out.join('\n')).toContain(lang === 'zh' ? '（沉默 60 秒）' : '(silence 60s)');
    // The learners are named after their files.
    const learners = grades.rows.map((r) => r.learner);
    expectOneLanguage(`playback (${lang})`, out, lang, [...contentOf(lang, sc, lib.catalogue, said), ...learners]);
  });
});

describe.each(LANGS)('analyze in %s', (lang) => {
  const transcript = {
    zh: '来电: 您好，我是银行客服，您的账户有异常，请把刚收到的验证码告诉我。\n接听: 你怎么知道我的账户？\n来电: 快点，只有三分钟。\n接听: 好吧，验证码是 739105。\n来电: 再报一下你的银行卡号。\n接听: 我挂了，自己打银行电话问。\n',
    en: 'caller: Hello, this is your bank. There is a problem with your account; read me the code we just sent.\nreceiver: How do you know my account?\ncaller: Hurry, only three minutes left!\nreceiver: OK, the code is 739105.\ncaller: Now your card number.\nreceiver: I am hanging up and calling my bank myself.\n',
  }[lang];

  it('text and Markdown hold no words of the other language', () => {
    const { catalogue } = loadLibrary();
    const parsed = parseTranscript(transcript);
    const a = analyzeTranscript(parsed.lines, catalogue, { lang });
    const out = [renderText(a), renderMarkdown(a)];
    expect(out[0]).toContain(lang === 'zh' ? '提问' : 'asks a question');
    expectOneLanguage(`analyze (${lang})`, out, lang, contentOf(lang, catalogue, transcript));
  });
});

describe.each(LANGS)('history in %s', (lang) => {
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-words-history-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the listing, with --lang and by the latest practice', async () => {
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    for (const l of [other, lang]) {
      const s = createSession(scenario('ui-refund-call'), fixtures().catalogue, { lang: l, reader });
      s.start();
      s.reply(SAID[l].question);
      s.reply({ choice: 1 });
      await recordPractice(s, 'exam', { dataDir: dir });
    }
    const given = cli(['history', '--lang', lang, '--data-dir', dir], { LANG: `${other === 'zh' ? 'zh_CN' : 'en_US'}.UTF-8` });
    const latest = cli(['history', '--data-dir', dir], { LANG: 'C' });
    expect(given.code).toBe(0);
    expect(latest.stdout).toBe(given.stdout);
    const { catalogue, scenarios } = loadLibrary();
    expectOneLanguage(`history (${lang})`, given.stdout, lang, contentOf(lang, catalogue, scenarios));
  });
});

describe.each(LANGS)('a drill in %s: the trainer console and a terminal participant', (lang) => {
  let host: TestHost | undefined;
  afterAll(async () => host?.stop());

  /** Do something (or nothing), then wait for a frame drawn since that matches. */
  const then = async (act: (() => void) | null, frames: string[], re: RegExp, ms = 5000) => {
    // A key is read by the handler of the last render: give the new one a moment to attach.
    await tick(50);
    const from = act ? frames.length : 0;
    act?.();
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (frames.slice(from).some((f) => re.test(f))) return;
      await tick(25);
    }
    throw new Error(`no frame matched ${re}:\n${frames.at(-1)}`);
  };
  const zh = lang === 'zh';

  it('hold no words of the other language from joining to the results', async () => {
    host = await testHost({ lang });
    const props = { url: `http://${host.address}`, joinUrl: `http://${host.address}`, code: host.host.code, drillId: host.host.drillId, secret: host.secret, lang };
    const trainer = render(createElement(TrainerConsole, props));
    const person = render(createElement(ParticipantApp, { address: host.address, code: host.host.code, name: SAID[lang].name, lang }));
    try {
      await then(null, person.frames, zh ? /账户有问题/ : /problem with your account/);
      await then(() => person.stdin.write('2\r'), trainer.frames, /█ 1/);
      await then(() => trainer.stdin.write('r'), person.frames, zh ? /这句话里的危险信号/ : /Red flags in this line/);
      await then(() => trainer.stdin.write('1'), person.frames, zh ? /验证码念给我/ : /verification code we just sent/);
      await then(() => person.stdin.write(`${SAID[lang].refuse}\r`), person.frames, zh ? /已收到你的回答/ : /Answer received/);
      await then(() => trainer.stdin.write('k'), trainer.frames, zh ? /要移出的参加者编号/ : /kick participant number/);
      await then(() => trainer.stdin.write('\r'), trainer.frames, zh ? /暂停/ : /q pause/);
      await then(() => trainer.stdin.write('e'), trainer.frames, zh ? /按 y 确认/ : /y to confirm/);
      await then(() => trainer.stdin.write('y'), trainer.frames, zh ? /演练结束/ : /Drill over/);
      await then(null, person.frames, zh ? /按 Esc 离开/ : /Esc to leave/);
      // Chinese punctuation on Chinese screens: "李梅：0（…）", "这句话里的危险信号：".
      if (zh) {
        expect(trainer.frames.join('\n')).toMatch(/李梅：\d+（\d+ 识破，\d+ 漏掉）/);
        expect(person.frames.join('\n')).toContain('这句话里的危险信号：');
      }
      const { scenario: tiny, catalogue } = loadTiny();
      const allowed = [...contentOf(lang, tiny, catalogue), host.host.code];
      expectOneLanguage(`trainer console (${lang})`, trainer.frames, lang, allowed);
      expectOneLanguage(`terminal participant (${lang})`, person.frames, lang, allowed);
    } finally {
      trainer.unmount();
      person.unmount();
    }
  });
});

describe.each(LANGS)('store prune and store migrate in %s', (lang) => {
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-words-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('what they print, and their usage errors (exit 2)', () => {
    const pruned = cli(['store', 'prune', '--older-than', '365d', '--data-dir', dir, '--lang', lang]);
    expect(pruned).toMatchObject({ code: 0, stderr: '' });
    expect(pruned.stdout).toBe(`${t('pruneDone', lang, { date: new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10), sessions: 0, checks: 0, drills: 0 })}\n`);
    // A person's likely mistakes, typed in their own language.
    const errors = [
      cli(['store', 'prune', '--older-than', lang === 'zh' ? '一年' : 'a year', '--data-dir', dir, '--lang', lang]),
      cli(['store', 'prune', '--older-than', '365d', '--store', 'mysql://db.example.org/scamdrill', '--lang', lang]),
      cli(['store', 'migrate', '--from', join(dir, 'nope.db'), '--to', 'postgres://trainer@db.example.org/scamdrill', '--lang', lang]),
      cli(['store', 'migrate', '--from', join(dir, 'scamdrill.db'), '--to', join(dir, 'copy.db'), '--lang', lang]),
    ];
    expect(errors.map((e) => [e.code, e.stdout])).toEqual(errors.map(() => [2, '']));
    expect(errors[0]!.stderr).toContain(t('pruneBadAge', lang, { age: JSON.stringify(lang === 'zh' ? '一年' : 'a year') }));
    expectOneLanguage(`store (${lang})`, [pruned.stdout, ...errors.map((e) => e.stderr)], lang, lang === 'zh' ? [] : ['一年']);
  });
});

describe.each(LANGS)('the drill web page in %s', (lang) => {
  it('its HTML and the words its script shows', () => {
    const html = webPage(lang);
    expect(html).toContain(`<html lang="${lang}">`);
    const words = JSON.parse(/var W = (\{.*?\});\n/.exec(html)![1]!) as Record<string, string>;
    const shown = html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<script>[\s\S]*?<\/script>/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(amp|lt|gt|quot);/g, ' ');
    expectOneLanguage(`web page (${lang})`, [shown, ...Object.values(words).map(withoutHoles)], lang, []);
    expect(words.line).toBe(t('line', lang));
  });
});

describe.each(LANGS)('what the commands say in %s', (lang) => {
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-words-cli-'));
  let host: TestHost | undefined;
  afterAll(async () => {
    await host?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `drill join --answers`, run as a person runs it (the built CLI), while this process hosts the drill. */
  const joinWithAnswers = (address: string, code: string, file: string) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'drill', 'join', address, '--code', code, '--name', SAID[lang].name, '--answers', file, '--timeout', '30'], {
        env: { ...process.env, NO_COLOR: '1', LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (c) => resolve({ code: c, out }));
    });

  it('drill join --answers, and --resume of a drill that is running, ended or unknown', async () => {
    host = await testHost({ lang });
    const trainer = await autoTrainer(host.address, host.secret, () => 1);
    try {
      // While the host runs, a second one for the same drill is turned down.
      const running = await launchResume({ drillId: host.host.drillId, store: host.store, load: () => loadTiny() }).catch((e: unknown) => e);
      expect(running).toBeInstanceOf(ResumeError);
      const file = join(dir, 'answers.txt');
      writeFileSync(file, '#3\n');
      const joined = await joinWithAnswers(host.address, host.host.code, file);
      expect(joined.code).toBe(0);
      expect(joined.out).toContain(t('joinedAs', lang, { n: 1, answered: 1 }));
      const ended = await launchResume({ drillId: host.host.drillId, store: host.store, load: () => loadTiny() }).catch((e: unknown) => e);
      const unknown = await launchResume({ drillId: '20261130-0ddba1', store: host.store, lang, load: () => loadTiny() }).catch((e: unknown) => e);
      const said = [running, ended, unknown].map((e) => (e as Error).message);
      expect(said).toEqual([
        t('resumeRunning', lang, { id: host.host.drillId, port: host.host.port }),
        t('resumeEnded', lang, { id: host.host.drillId }),
        t('resumeNoDrill', lang, { id: '20261130-0ddba1' }),
      ]);
      const { scenario: tiny, catalogue } = loadTiny();
      expectOneLanguage(`drill join --answers and --resume (${lang})`, [joined.out, ...said], lang, [...contentOf(lang, tiny, catalogue), host.host.drillId]);
    } finally {
      trainer.conn.close();
    }
  });

  it('check --answers with a file it cannot read', () => {
    const file = join(dir, 'check.txt');
    writeFileSync(file, 'scam 4\nmaybe 3\n');
    const bad = cli(['check', '--form', 'A', '--answers', file, '--name', SAID[lang].name, '--lang', lang, '--data-dir', dir]);
    writeFileSync(file, 'scam 4\n'.repeat(3));
    const short = cli(['check', '--form', 'A', '--answers', file, '--name', SAID[lang].name, '--lang', lang, '--data-dir', dir]);
    expect([bad.code, short.code]).toEqual([1, 1]);
    expect(bad.stderr).toContain(t('answersFileErrors', lang));
    expect(short.stderr).toContain(t('check-answer-count', lang, { n: 3, items: 12, form: 'A' }));
    // The form's letter is its name in both languages.
    expectOneLanguage(`check --answers (${lang})`, [bad.stderr, short.stderr], lang, ['A']);
  });
});
