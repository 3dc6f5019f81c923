// A scenario's own why and todo for a flag (on the scenario, or on one turn) win over the catalogue's,
// so advice fits the line: a fake prosecutor's site is not explained with a bank's app.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/session';
import { flagCounts, flagText } from '../../src/core/debrief';
import { reader } from '../../src/classify/reader';
import { loadLibrary } from '../../src/scenario/files';
import { defaultScenarioDir } from '../../src/scenario/paths';
import { parseAnswers } from '../../src/answers/parse';
import { play, playbackRecord } from '../../src/playback/run';
import { conversationMarkdown } from '../../src/report/markdown';
import { formatConversation, formatEvent } from '../../src/report/text';

const lib = loadLibrary([defaultScenarioDir()]);
const scenario = (id: string) => lib.scenarios.find((s) => s.id === id)!;

/** A Chinese practice of `id` answered with these numbered answers, and its debrief. */
function debrief(id: string, picks: number[]) {
  const s = createSession(scenario(id), lib.catalogue, { lang: 'zh', reader });
  s.start();
  for (const n of picks) s.reply({ choice: n });
  return s.debrief();
}

describe('a flag explained in the words of its scenario', () => {
  it('police-safe-account: the fake site is the procuratorate\'s, not a bank\'s', () => {
    // Go along, ask how to know he is police, then type the ID number into the "case system".
    const d = debrief('police-safe-account', [1, 2, 2]);
    const site = d.flags.find((f) => f.id === 'fake-official-site')!;
    expect(site).toMatchObject({ turn: 'show-warrant', verdict: 'missed' });
    expect(site.why).toContain('检察院');
    expect(site.why).not.toContain('银行');
    expect(site.todo).toContain('110');
    // Elsewhere the catalogue's words still hold.
    expect(flagText(lib.catalogue, 'fake-official-site', 'zh').why).toContain('银行');
  });

  it('etc-toll-card: every fake page is ETC\'s, and the 18:00 deadline gets its own words', () => {
    // Leave the first text, ignore the second, then tap the link of the final reminder and give the plate and phone.
    const d = debrief('etc-toll-card', [4, 5, 1, 1]);
    const sites = d.flags.filter((f) => f.id === 'fake-official-site');
    expect(sites.length).toBeGreaterThan(0);
    for (const f of sites) expect(f.why).toMatch(/^ETC的名字和标志/);
    const deadlines = d.flags.filter((f) => f.id === 'deadline-pressure');
    expect(deadlines.find((f) => f.turn === 'sms-final')!.why).toContain('18:00');
    expect(deadlines.find((f) => f.turn === 'sms-supplement')!.why).toBe(lib.catalogue.flags['deadline-pressure']!.why.zh);
    // The name is the catalogue's, and quotes no words a line does not say.
    expect(deadlines[0]!.name).toBe('催促：限时要你马上办');
  });

  it('groups repeats once each, keeping a line\'s own advice as a group of its own', () => {
    const d = debrief('etc-toll-card', [4, 5, 1, 1]);
    const groups = flagCounts(d);
    expect(groups.filter((g) => g.id === 'fake-official-site')).toHaveLength(1);
    // The catalogue's deadline words (lines 1 and 2) and the 18:00 line's own.
    expect(groups.filter((g) => g.id === 'deadline-pressure').map((g) => g.caught + g.missed + g.open)).toEqual([2, 1]);
    const total = groups.reduce((n, g) => n + g.caught + g.missed + g.open, 0);
    expect(total).toBe(d.flags.length);
  });
});

describe('the reports say the scenario\'s words too', () => {
  // Leave the first text, ignore the second, then tap the final reminder's link and fill in the page.
  const answers = parseAnswers('#4\n#5\n#1\n#1\n', 'etc.txt');
  if (!answers.ok) throw new Error('answers');
  const record = playbackRecord(play(scenario('etc-toll-card'), lib.catalogue, answers.answers, { lang: 'zh' }));

  it('the handout explains the 18:00 deadline and the fake ETC page in their own words, each once', () => {
    const md = conversationMarkdown(record);
    expect(md.match(/ETC的名字和标志很容易被仿冒/g)).toHaveLength(1);
    expect(md).toContain('限定“今日18:00”');
    expect(md).toContain(lib.catalogue.flags['deadline-pressure']!.why.zh);
  });

  it('the text debrief explains the 18:00 line again, and --plain\'s coach lines give its todo', () => {
    const text = formatConversation(record).join('\n');
    expect(text).toContain('限定“今日18:00”');
    const verdict = record.events.find((e) => e.type === 'verdict' && e.flag === 'deadline-pressure' && e.turn === 'sms-final')!;
    expect(formatEvent(verdict, lib.catalogue, 'zh', undefined, { coach: true, scenario: scenario('etc-toll-card') }).join('\n')).toContain('打ETC官方客服96533');
  });
});
