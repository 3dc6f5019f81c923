// practice --role helper on the Ink screen (ink-testing-library, 80×24): the learner watches the
// call, the simulated person asks, the advice is typed or picked, the coach panel says what it
// decided, and the debrief lists the advice given.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/practice/App';
import type { Lang } from '../../src/core/schema';
import { loadFixture } from '../helpers';
import { cells, KEYS, ManualClock, renderAt, tick, type Screen } from './render';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

async function helping(id: 'tiny' | 'helper', opts: { lang?: Lang; choices?: boolean } = {}) {
  const { scenario, catalogue } = loadFixture(id);
  const s = await renderAt(
    <App scenarios={[scenario]} catalogue={catalogue} scenario={scenario} defaultId={id} lang={opts.lang ?? 'en'} mode="coach" role="helper" choices={!!opts.choices} instant clock={new ManualClock()} />,
  );
  // The question is on the very first frame, drawn before the test terminal's size applies: wait for the 80-column one.
  for (let n = 0; n < 100 && !s.frame().split('\n').every((r) => cells(r) <= 80); n++) await tick(10);
  return s;
}

const fits = (frame: string) => {
  const rows = frame.split('\n');
  expect(rows.length).toBeLessThanOrEqual(24);
  for (const r of rows) expect(cells(r)).toBeLessThanOrEqual(80);
};

describe('the helper role on screen', () => {
  it('shows the call up to the question, takes typed advice, shows what it caught, and ends in the debrief with the advice', async () => {
    screen = await helping('tiny');
    const asked = await screen.waitFor('Mrs Wang (to you): He says he needs the code. Should I give it to him?');
    expect(asked).toContain('Tiny bank call · you are helping Mrs Wang');
    expect(asked).toContain('Bank: Read me the verification code we just sent.');
    expect(asked).toContain('Mrs Wang: Oh no, what should I do?');
    expect(asked).toContain('Enter advise');
    fits(asked);

    await screen.type("No, don't give him the code.\r");
    const after = await screen.waitFor('The conversation is over.');
    expect(after).toContain("You: No, don't give him the code.");
    expect(after).toMatch(/✔ caught: Asks for a verification code/);
    expect(after).toContain('Mrs Wang: I will not give you any code.');
    expect(after).toContain('For Mrs Wang: The caller gives up.');
    fits(after);

    await screen.type(KEYS.enter);
    const debrief = await screen.waitFor('Your advice, each time Mrs Wang asked:');
    expect(debrief).toContain('1. He says he needs the code. Should I give it to him?');
    expect(debrief).toMatch(/You: No, don't give him the code\. {2}\[read as: refuses\]/);
    expect(debrief).toMatch(/Outcome: safe/);
    expect(debrief).toContain('r try again');
    fits(debrief);
  });

  it('with numbered answers, in Chinese: picking going along has the person read out the code (masked), and it is missed', async () => {
    screen = await helping('tiny', { lang: 'zh', choices: true });
    const asked = await screen.waitFor('王阿姨（问你）：他说要验证码，我要不要给？');
    expect(asked).toContain('1. 验证码是482913。');
    fits(asked);
    await screen.type('1');
    const after = await screen.waitFor('对话已结束。');
    expect(after).toMatch(/✘ 漏掉：索要验证码/);
    expect(after).toContain('王阿姨：验证码是[验证码 ••••••]。');
    fits(after);
    await screen.type(KEYS.enter);
    const debrief = await screen.waitFor('王阿姨每次问你时，你的建议：');
    expect(debrief).toContain('钱财损失');
    fits(debrief);
  });

  it('a scenario\'s own questions, one after the other: going along, then refusing; the debrief lists both', async () => {
    screen = await helping('helper', { choices: true });
    // Each key waits for its line's own answers: one pressed while the old list is up would go to that list.
    await screen.waitFor("1. All right, I won't tell anyone.");
    await screen.type('1');
    await screen.waitFor('3. No. The police never ask for that.');
    await screen.type('3');
    await screen.waitFor('The conversation is over.');
    await screen.type(KEYS.enter);
    const debrief = await screen.waitFor('Your advice, each time Mrs Wang asked:');
    expect(debrief).toMatch(/1\. He says I must not tell anyone[\s\S]*✘ missed: [\s\S]*2\. He wants me to move my savings[\s\S]*✔ caught: /);
    fits(debrief);
  });

  it('Esc leaves from the advice box, with the session as it stands', async () => {
    let last: unknown;
    const { scenario, catalogue } = loadFixture('tiny');
    screen = await renderAt(<App scenarios={[scenario]} catalogue={catalogue} scenario={scenario} defaultId="tiny" lang="en" mode="coach" role="helper" choices={false} instant clock={new ManualClock()} onExit={(s) => (last = s)} />);
    await screen.waitFor('Should I give it to him?');
    await screen.type('q');
    expect(screen.frame()).toContain('q');
    await screen.type(KEYS.esc);
    expect(last).toMatchObject({ ended: false });
  });
});
