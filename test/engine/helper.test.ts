// The helper role's engine (core/helper-call.ts, core/helper.ts): a simulated person takes the call
// and asks the learner at the marked moments; the advice is read by the real reader, judged by the
// judge against that line's flags, and followed by the person.
import { describe, expect, it } from 'vitest';
import { reader } from '../../src/classify/reader';
import { adviceRows, HelperSession } from '../../src/core/helper';
import { moments } from '../../src/core/helper-call';
import type { Catalogue, Lang, Scenario } from '../../src/core/schema';
import { loadLibrary } from '../../src/scenario/files';
import { helperWords } from '../../src/words/helper';
import { fixture, loadFixture } from '../helpers';

const tiny = loadFixture('tiny');
const helper = loadFixture('helper');

function helping({ scenario, catalogue }: { scenario: Scenario; catalogue: Catalogue }, lang: Lang = 'en') {
  const s = new HelperSession(scenario, catalogue, { lang, reader, words: helperWords });
  s.start();
  return s;
}

/** What happened, one short line per event: who said what, and the verdicts. */
const story = (s: HelperSession) =>
  s.events.map((e) => {
    switch (e.type) {
      case 'line': return `${e.speaker}: ${e.text}`;
      case 'person': return `${e.speaker}: ${e.text}`;
      case 'ask': return `${e.speaker} asks: ${e.text}`;
      case 'reply': return `advice (${e.intent}): ${e.text}`;
      case 'verdict': return `${e.verdict}: ${e.flag}`;
      case 'end': return `end: ${e.text}`;
    }
  });

describe('the person asks at the moments', () => {
  it('with no asks: at lines carrying a flag where the harm is done, in the words table\'s question', () => {
    expect([...moments(tiny.scenario).keys()]).toEqual(['ask-code']);
    const s = helping(tiny);
    // The first line is the person's to answer: going along, as spot mode's person does.
    expect(story(s)).toEqual([
      'Bank: Hello, this is your bank. There is a problem with your account.',
      'Mrs Wang: Oh no, what should I do?',
      'Bank: Read me the verification code we just sent.',
      'Mrs Wang asks: He says he needs the code. Should I give it to him?',
    ]);
    expect(s.asking).toMatchObject({ turn: 'ask-code', step: 2, flags: ['asks-code'] });
    expect(helping(tiny, 'zh').asking?.text).toBe('他说要验证码，我要不要给？');
  });

  it('with asks: exactly the lines that have them, in their own words', () => {
    expect([...moments(helper.scenario).keys()]).toEqual(['secret', 'transfer']);
    expect(helping(helper, 'zh').asking).toMatchObject({ turn: 'secret', text: '他说这事不能告诉任何人，连我儿子都不行。是这样吗？' });
  });
});

describe('good advice', () => {
  it('catches the line\'s flags, and the person does what it says and stays safe', () => {
    const s = helping(tiny);
    s.advise("No, don't give him the code.");
    expect(story(s).slice(4)).toEqual([
      "advice (refuse): No, don't give him the code.",
      'caught: asks-code',
      'Mrs Wang: I will not give you any code.',
      'end: For Mrs Wang: The caller gives up.',
    ]);
    const d = s.debrief();
    // Judged only on the line the person asked about: the first line's flags were not the learner's.
    expect(d).toMatchObject({ outcome: 'safe', caught: 1, missed: 0, open: 0, score: 100 });
    expect(d.flags.map((f) => f.id)).toEqual(['asks-code']);
  });

  it('asking someone trusted, in Chinese: the person says the line\'s own answer for it', () => {
    const s = helping(helper, 'zh');
    s.advise({ choice: 2 });
    expect(story(s).slice(-4)).toEqual(['advice (consult): 我要先问问我儿子。', 'caught: secrecy', '王阿姨: 我要先问问我儿子。', 'end: 王阿姨的结局：对方放弃了，存款还在原处。']);
  });
});

describe('bad advice', () => {
  it('misses the flags; the person goes along and hands over what was asked for, masked', () => {
    const s = helping(tiny);
    s.advise('Yes, give him the code.');
    expect(story(s).slice(5)).toEqual(['missed: asks-code', 'Mrs Wang: The code is [code ••••••].', 'end: For Mrs Wang: 5,000 yuan leaves your account.']);
    expect(s.debrief()).toMatchObject({ outcome: 'loss', amountLost: 5000, caught: 0, missed: 1, leaked: ['code'] });
    expect(JSON.stringify(s.events.filter((e) => e.type === 'person'))).not.toContain('482913');
  });
});

describe('a question or a pause', () => {
  it('leaves the flags open; the person keeps to it, and asks again when the line comes back, where the next advice decides both', () => {
    const s = helping(tiny);
    s.advise({ choice: 2 }); // "Wait a moment."
    expect(s.judge.open.map((o) => `${o.step}:${o.flag}`)).toEqual(['2:asks-code', '4:asks-code']);
    // On the line they are not asked about, they keep to the advice; then the code line comes back.
    expect(story(s).slice(5)).toEqual([
      'Mrs Wang: Wait a moment.',
      'Bank: Quickly, you only have three minutes!',
      'Mrs Wang: Let me think about it.',
      'Bank: Read me the verification code we just sent.',
      'Mrs Wang asks: He says he needs the code. Should I give it to him?',
    ]);
    s.advise('No. It is a scam, hang up.');
    expect(s.debrief().flags.map((f) => `${f.step}:${f.verdict}`)).toEqual(['2:caught', '4:caught']);
    expect(s.debrief().outcome).toBe('safe');
  });

  it('advice it cannot make out leaves the person unsure: the line takes its default route', () => {
    const s = helping(tiny);
    s.advise({ known: { intent: 'comply', confidence: 0.3 }, text: 'hmm, maybe' });
    // No verdict after the advice: the person hesitates, and the line takes its default route.
    expect(story(s).slice(4, 7)).toEqual(['advice (comply): hmm, maybe', 'Mrs Wang: Um… I am not sure.', 'Bank: Quickly, you only have three minutes!']);
  });
});

describe('the debrief\'s advice', () => {
  it('lists each question, the advice given and the verdicts of that line\'s flags', () => {
    const s = helping(helper);
    s.advise({ choice: 1 }); // "All right, I won't tell anyone."
    s.advise("No, don't move any money.");
    expect(adviceRows(s.events, s.debrief()).map((r) => [r.turn, r.advice?.intent, r.flags.map((f) => `${f.id}:${f.verdict}`)])).toEqual([
      ['secret', 'comply', ['secrecy:missed']],
      ['transfer', 'refuse', ['safe-account:caught', 'transfer-request:caught']],
    ]);
    expect(s.debrief()).toMatchObject({ outcome: 'safe', caught: 2, missed: 1 });
  });
});

describe('a real call', () => {
  const spot = loadLibrary([fixture('spot')]);
  const real = { scenario: spot.scenarios.find((x) => x.id === 'spot-real')!, catalogue: spot.catalogue };

  it('with none of those flags, the person asks once, at the first line with flags; checking is right, brushing off a false alarm', () => {
    const s = helping(real);
    expect(s.asking).toMatchObject({ turn: 'not-you', text: 'What do you think? What should I do?' });
    s.advise("Call the number on the back of your card and check.");
    expect(s.debrief()).toMatchObject({ kind: 'legitimate', outcome: 'safe', missed: 0, falseAlarms: 0 });
    const brushed = helping(real);
    brushed.advise('It is a scam, hang up on them.');
    expect(brushed.debrief().falseAlarms).toBe(2);
  });
});

describe('every scenario of the library', () => {
  const lib = loadLibrary();
  it.each(['en', 'zh'] as const)('in %s: going along misses flags; hanging up misses none; the person never goes round a loop alone', (lang) => {
    for (const scenario of lib.scenarios.filter((x) => x.kind === 'scam')) {
      for (const [advice, missed] of [['Yes, do what he says.', true], [lang === 'en' ? 'Hang up.' : '挂掉电话。', false]] as const) {
        const s = helping({ scenario, catalogue: lib.catalogue }, lang);
        for (let n = 0; n < 20 && !s.ended; n++) s.advise(advice);
        expect(s.ended, `${scenario.id} ${advice}`).toBe(true);
        expect(s.debrief().missed > 0, `${scenario.id} ${advice}`).toBe(missed);
      }
    }
  });
});
