// Real calls (kind: legitimate), as a learner and a trainer read them. A careful learner, who checks
// through the official number, gets no missed flag and no false alarm; one who hangs up on 96110
// while a transfer is under way gets false alarms and the loss, and the debrief says that a false
// alarm is a cost, not a danger. Every report says "handled right" and "false alarm", never "caught".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers, type AnswerStep } from '../../src/answers/parse';
import type { Lang } from '../../src/core/constants';
import { webPage } from '../../src/drill/web/page';
import { play, playbackRecord } from '../../src/playback/run';
import { playbackJson } from '../../src/report/json';
import { conversationMarkdown } from '../../src/report/markdown';
import { formatConversation, formatDebrief } from '../../src/report/text';
import { loadLibrary } from '../../src/scenario/files';
import { cli, ROOT } from '../helpers';

const lib = loadLibrary();
const realCalls = lib.scenarios.filter((s) => s.kind === 'legitimate');
const byId = (id: string) => lib.scenarios.find((s) => s.id === id)!;

function example(id: string, learner: string): AnswerStep[] {
  const parsed = parseAnswers(readFileSync(join(ROOT, 'examples', 'answers', id, `${learner}.txt`), 'utf8'), `${learner}.txt`);
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.answers.steps;
}

const playSteps = (id: string, steps: AnswerStep[], lang: Lang) => play(byId(id), lib.catalogue, { file: 'answers', steps }, { lang });
const hangUpOn96110 = (lang: Lang) => playSteps('legit-96110', [{ kind: 'reply', line: 1, text: lang === 'zh' ? '我挂了。' : "I'm hanging up." }], lang);

describe('real calls', () => {
  it('the library has real calls to tell apart from scams', () => expect(realCalls.length).toBeGreaterThanOrEqual(6));

  for (const s of realCalls) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${s.id} (${lang}): the careful learner checks through the official channel and gets no missed flag and no false alarm`, () => {
        const { debrief } = playSteps(s.id, example(s.id, 'careful'), lang);
        expect(debrief.kind).toBe('legitimate');
        expect(debrief.outcome).toBe('safe');
        expect({ missed: debrief.missed, falseAlarms: debrief.falseAlarms, open: debrief.open }).toEqual({ missed: 0, falseAlarms: 0, open: 0 });
        expect(debrief.caught).toBeGreaterThan(0);
      });
    }
  }

  it('hanging up on 96110 while the transfer is under way: false alarms, the money gone, and a debrief that says what a false alarm costs', () => {
    const { debrief } = hangUpOn96110('en');
    expect(debrief.outcome).toBe('loss');
    expect(debrief.amountLost).toBe(50000);
    expect(debrief.falseAlarms).toBe(2);
    const text = formatDebrief(debrief).join('\n');
    expect(text).toContain('Outcome: money lost');
    expect(text).toContain('(0 handled right, 2 false alarms)');
    expect(text).toContain('This was a real call, not a scam.');
    expect(text).toMatch(/False alarms: 2 .*A false alarm is a cost, not a danger/);
    expect(text).toContain('Green flags (signs of a real call):');
    expect(text).toMatch(/✘ Never asks for a code, password or PIN — false alarm/);
    expect(text).toMatch(/What to do: You can go along/);
    expect(debrief.endingText).toMatch(/hanging up on this one is what cost the money/);
  });

  it('the same in Chinese: 误判为诈骗, and a false alarm is a cost, not a danger', () => {
    const text = formatDebrief(hangUpOn96110('zh').debrief).join('\n');
    expect(text).toContain('误判为诈骗');
    expect(text).toContain('这是一通真实来电，不是诈骗。');
    expect(text).toMatch(/误判 2 处.*误判是一种代价，不是危险/);
    expect(text).not.toMatch(/识破|漏掉/);
  });

  it('going along with a real call reads "handled right" / "做得对" and "no harm done", and says nothing of false alarms', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { debrief } = playSteps('legit-courier', [{ kind: 'choice', line: 1, n: 1 }, { kind: 'choice', line: 2, n: 1 }], lang);
      const text = formatDebrief(debrief).join('\n');
      expect(text).toContain(lang === 'zh' ? '结果: 没有损失' : 'Outcome: no harm done');
      expect(text).toContain(lang === 'zh' ? '— 做得对' : '— handled right');
      expect(text).not.toMatch(/False alarms|误判 \d/);
    }
  });

  it('a scam\'s debrief keeps its own words: caught and missed, red flags, no word of real calls', () => {
    const { debrief } = playSteps('express-refund', example('express-refund', 'careless'), 'en');
    const text = formatDebrief(debrief).join('\n');
    expect(text).toContain('Red flags:');
    expect(text).toMatch(/— missed/);
    expect(text).not.toMatch(/real call|false alarm|handled right/i);
    expect(debrief.falseAlarms).toBe(0);
  });

  it('the transcript, the Markdown handout and the JSON report all speak of green flags', () => {
    const r = playbackRecord(playSteps('legit-bank-fraud-alert', example('legit-bank-fraud-alert', 'careless'), 'en'));
    const transcript = formatConversation(r).join('\n');
    expect(transcript).toMatch(/⚑ Never asks for a code, password or PIN — ✘ false alarm/);
    const md = conversationMarkdown(r);
    expect(md).toContain('## Green flags (signs of a real call)');
    expect(md).toContain('- False alarms: 4 (signs of a real call you treated as a scam). A false alarm is a cost, not a danger');
    expect(md).toContain('*false alarm*');
    const json = playbackJson(r);
    expect(json.kind).toBe('legitimate');
    expect(json.falseAlarms).toBe(4);
    expect(json.flags.every((f) => f.green)).toBe(true);
  });

  it('the drill web page of a real call says "handled right" and "green flags"; a scam\'s keeps "caught"', () => {
    expect(webPage('en', true)).toContain('"caught":"handled right"');
    expect(webPage('en', true)).toContain('Green flags in this line');
    expect(webPage('zh', true)).toContain('"missed":"误判为诈骗"');
    expect(webPage('en')).toContain('"caught":"caught"');
  });
});

describe('the CLI on real calls', () => {
  it('list shows the kind, as a column and in --json', () => {
    const rows = JSON.parse(cli(['list', '--json']).stdout) as { id: string; kind: string }[];
    expect(rows.find((r) => r.id === 'legit-96110')?.kind).toBe('legitimate');
    expect(rows.find((r) => r.id === 'express-refund')?.kind).toBe('scam');
    const text = cli(['list']).stdout;
    expect(text).toMatch(/^legit-96110 +call +real call +★★★ +96110 calls in the middle of a transfer/m);
    expect(text).toMatch(/^express-refund +call +scam +★★★ /m);
    expect(cli(['list'], { env: { SCAMDRILL_LANG: 'zh' } }).stdout).toMatch(/^legit-courier +call +真实来电 /m);
  });

  it('validate --strict: the library, real calls included, has no error and no warning', () => {
    const r = cli(['validate', '--strict']);
    expect(r.stderr + r.stdout).not.toMatch(/warning|error SD/);
    expect(r.code).toBe(0);
  });

  it('play a real call prints the false alarms in the debrief', () => {
    const r = cli(['play', 'legit-96110', '--answers', 'examples/answers/legit-96110/careless.txt', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Outcome: money lost');
    expect(r.stdout).toMatch(/False alarms: 4 /);
  });
});
