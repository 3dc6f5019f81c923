// The debrief reads each repeated flag once (issue 13 §4): the ETC scam's fake page, missed on line
// after line, was listed in full five times (about 60 rows); now once, with its count.
import { afterEach, describe, expect, it } from 'vitest';
import { DebriefView } from '../../src/ink/components/DebriefView';
import { createSession } from '../../src/core/session';
import { flagCounts } from '../../src/core/debrief';
import { reader } from '../../src/classify/reader';
import { loadLibrary } from '../../src/scenario/files';
import { defaultScenarioDir } from '../../src/scenario/paths';
import { renderAt, type Screen } from './render';

const lib = loadLibrary([defaultScenarioDir()]);

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

/** etc-toll-card in Chinese, going along with every text and page to the end. */
function carelessDebrief() {
  const s = createSession(lib.scenarios.find((x) => x.id === 'etc-toll-card')!, lib.catalogue, { lang: 'zh', reader });
  s.start();
  for (let i = 0; i < 30 && !s.ended; i++) s.reply({ choice: 1 });
  expect(s.ended).toBe(true);
  return s.debrief();
}

describe('the debrief groups a flag said on several lines', () => {
  it('names the fake page once, with how often it was missed, its why and todo once', async () => {
    const d = carelessDebrief();
    const sites = d.flags.filter((f) => f.id === 'fake-official-site');
    expect(sites.length).toBeGreaterThanOrEqual(3);
    screen = await renderAt(<DebriefView d={d} width={80} />);
    const frame = screen.frame();
    const heads = frame.split('\n').filter((r) => r.includes('假冒官方网站或App'));
    expect(heads).toHaveLength(1);
    expect(heads[0]).toContain(`✘ 漏掉 ${sites.length}次`);
    // The why is the scenario's own (a fake ETC page, not a bank's), said once.
    expect(frame.match(/ETC的名字和标志很容易被仿冒/g)).toHaveLength(1);
    // One entry per group, and the groups count every flag the person met.
    expect(frame.split('\n').filter((r) => /^[✘✔?] /.test(r))).toHaveLength(flagCounts(d).length);
    expect(flagCounts(d).reduce((n, g) => n + g.caught + g.missed + g.open, 0)).toBe(d.flags.length);
  });

  it('keeps a line\'s own advice apart: the 18:00 deadline is its own entry', async () => {
    const s = createSession(lib.scenarios.find((x) => x.id === 'etc-toll-card')!, lib.catalogue, { lang: 'zh', reader });
    s.start();
    for (const n of [4, 5, 1, 1]) s.reply({ choice: n });
    screen = await renderAt(<DebriefView d={s.debrief()} width={80} />);
    const frame = screen.frame();
    expect(frame.split('\n').filter((r) => r.includes('催促：限时要你马上办'))).toHaveLength(2);
    expect(frame).toContain('限定“今日18:00”');
  });

  it('wraps a long official channel under its own text, not under the bullet', async () => {
    screen = await renderAt(<DebriefView d={carelessDebrief()} width={80} />);
    const rows = screen.frame().split('\n');
    const at = rows.findIndex((r) => r.startsWith('  • 银行官方客服'));
    expect(at).toBeGreaterThan(0);
    // The row after it goes on with the same entry, lined up with its first word.
    expect(rows[at + 1]).toMatch(/^ {4}\S/);
    expect(rows[at + 1]).not.toMatch(/^ {4}•/);
  });
});
