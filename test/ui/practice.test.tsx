import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYS, cells, renderPractice, type Screen } from './render';
import { MAX_REPLY_CHARS } from '../../src/core/reply';

let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('incoming call', () => {
  it('shows who is calling and the keys, then the first line once answered', async () => {
    screen = await renderPractice();
    const f = screen.frame();
    expect(f).toContain('Incoming call');
    expect(f).toContain('Customer service');
    expect(f).toContain('+86 400 000 0000');
    expect(f).toContain('d decline');
    await screen.type('a');
    await screen.waitFor('is this Ms. Li');
    expect(screen.frame()).toContain('Enter send');
  });

  it('declining the call is a safe hang-up that catches the flags', async () => {
    const finished = vi.fn(() => Promise.resolve('saved'));
    screen = await renderPractice({ onFinished: finished });
    await screen.type('d');
    await screen.waitFor('declined the call');
    expect(screen.frame()).toContain('You ended the conversation.');
    await screen.type(KEYS.enter);
    const f = await screen.waitFor('Debrief');
    expect(f).toMatch(/Outcome: safe/);
    expect(f).toMatch(/✔ caught: Unexpected contact/);
    expect(f).toContain('r try again');
    expect(finished).toHaveBeenCalledTimes(1);
  });
});

describe('free-text reply', () => {
  it('typing a careless reply shows the missed flags with what to do instead', async () => {
    screen = await renderPractice();
    await screen.type('a');
    await screen.waitFor('is this Ms. Li');
    await screen.type("Yes that's me, how do I get it");
    expect(screen.frame()).toContain("Yes that's me, how do I get it");
    await screen.type(KEYS.enter);
    const f = await screen.waitFor('verification code we just sent');
    expect(f).toContain("You: Yes that's me, how do I get it");
    expect(f).toMatch(/✘ missed: Unexpected contact/);
    expect(f).toMatch(/✘ missed: Refund or compensation bigger than the loss/);
    expect(f).toContain('→ Open the shopping app yourself');
  });

  it('a pasted line with Enter in the same chunk is sent', async () => {
    screen = await renderPractice();
    await screen.type('a');
    await screen.type('ok sure\r');
    await screen.waitFor('You: ok sure');
  });

  it('a paste of three lines is one reply, sent by the Enter at its end or by the next Enter', async () => {
    // It sent the first two lines as replies of their own (issue 13 §6).
    screen = await renderPractice();
    await screen.type('a');
    await screen.waitFor('is this Ms. Li');
    await screen.type('Who are you?\nI never ordered\nanything.\r');
    const f = await screen.waitFor('You: Who are you? I never ordered anything.');
    expect(f.match(/You:/g)).toHaveLength(1);
    // Without a line break at its end the paste waits in the box.
    await screen.type('I will call\r\nthe shop');
    expect(screen.frame()).toContain('I will call the shop');
    expect(screen.frame().match(/You:/g)).toHaveLength(1);
    await screen.type(KEYS.enter);
    await screen.waitFor('You: I will call the shop');
  });

  it('backspace and Ctrl-U edit the reply; q is a letter there, Esc asks before leaving', async () => {
    const exit = vi.fn();
    screen = await renderPractice({ onExit: exit });
    await screen.type('a');
    await screen.type('quiet');
    await screen.type(KEYS.backspace);
    expect(screen.frame()).toContain('› quie');
    await screen.type(KEYS.ctrlU);
    expect(screen.frame()).not.toContain('quie');
    expect(exit).not.toHaveBeenCalled();
    // Mid-call, Esc asks once; n stays, and the reply box takes keys again.
    await screen.type('draft');
    await screen.type(KEYS.esc);
    await screen.waitFor('Leave? y/n');
    await screen.type('n');
    expect(screen.frame()).not.toContain('Leave?');
    expect(screen.frame()).toContain('› draft');
    await screen.type('!');
    expect(screen.frame()).toContain('› draft!');
    expect(exit).not.toHaveBeenCalled();
    await screen.type(KEYS.esc);
    await screen.waitFor('Leave? y/n');
    await screen.type('y');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledTimes(1));
  });

  it('Ctrl-C mid-call asks too, and a second Ctrl-C leaves; while ringing, q asks', async () => {
    const exit = vi.fn();
    screen = await renderPractice({ onExit: exit });
    await screen.waitFor('Incoming call');
    await screen.type('q');
    await screen.waitFor('Leave? y/n');
    await screen.type(KEYS.esc); // Esc answers no
    expect(screen.frame()).not.toContain('Leave?');
    await screen.type('a');
    await screen.type(KEYS.ctrlC);
    await screen.waitFor('Leave? y/n');
    expect(exit).not.toHaveBeenCalled();
    await screen.type(KEYS.ctrlC);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledTimes(1));
  });

  it('a 100 kB paste does not freeze the screen: the box keeps the reply cap and says so', async () => {
    screen = await renderPractice();
    await screen.type('a');
    const start = performance.now();
    await screen.type(`${'a'.repeat(100_000)}END`);
    expect(performance.now() - start).toBeLessThan(1000);
    const f = screen.frame();
    expect(f).not.toContain('END');
    expect(f).toContain(`${MAX_REPLY_CHARS} characters: the most a reply can hold`);
    expect(Math.max(...f.split('\n').map(cells))).toBeLessThanOrEqual(80);
  });
});

describe('numbered answers', () => {
  it('a digit picks the answer; arrows and Enter pick too', async () => {
    screen = await renderPractice({ choices: true });
    await screen.type('a');
    await screen.waitFor('1. Yes, that');
    await screen.type('1');
    await screen.waitFor('verification code we just sent');
    expect(screen.frame()).toContain('(#1)');
    // The new line's own answers must be on screen before the arrow: an arrow pressed while the
    // previous line's list is still up moves that list's cursor, and the new list starts at #1.
    await screen.waitFor("2. No. I'm hanging up.");
    await screen.type(KEYS.down);
    await screen.type(KEYS.enter);
    const f = await screen.waitFor('You ended the conversation.');
    expect(f).toContain("No. I'm hanging up. (#2)");
  });
});

describe('pressure timer', () => {
  it('counts down while you are silent, then the scammer pushes on', async () => {
    screen = await renderPractice();
    await screen.type('a');
    await screen.waitFor('pushes on in 20s');
    screen.clock.advance(5_000);
    await screen.waitFor('pushes on in 15s');
    screen.clock.advance(15_250);
    const f = await screen.waitFor('Are you there?');
    expect(f).toContain('(silence 20s)');
    expect(f).not.toContain('pushes on');
  });
});

describe('typing delay', () => {
  it('lines appear after a short delay unless --fast', async () => {
    screen = await renderPractice({ instant: false });
    await screen.type('a');
    expect(screen.frame()).toContain('is speaking');
    expect(screen.frame()).not.toContain('is this Ms. Li');
    screen.clock.advance(2000);
    await screen.waitFor('is this Ms. Li');
  });
});

describe('exam mode', () => {
  it('shows no verdicts until the debrief', async () => {
    screen = await renderPractice({ mode: 'exam' });
    await screen.type('a');
    await screen.type('yes please\r');
    const f = await screen.waitFor('verification code');
    expect(f).not.toContain('missed');
    await screen.type('no, I am hanging up\r');
    await screen.waitFor('You ended the conversation.');
    await screen.type(KEYS.enter);
    await screen.waitFor(/✘ missed: Unexpected contact/);
  });
});

describe('SMS thread', () => {
  it('opens straight on the message, no incoming-call screen', async () => {
    screen = await renderPractice({ scenarioId: 'ui-parcel-sms' });
    const f = await screen.waitFor('Your parcel is held');
    expect(f).not.toContain('Incoming call');
    expect(f).toContain('Messages: Courier text');
  });
});

describe('debrief', () => {
  it('lists outcome, money lost, flags with safe actions, channels; r starts again', async () => {
    screen = await renderPractice({ choices: true, rows: 60 });
    await screen.type('a');
    await screen.type('1');
    await screen.type('1');
    await screen.waitFor('The money is gone.');
    await screen.type(KEYS.enter);
    const f = await screen.waitFor('Debrief');
    expect(f).toContain('money lost — Lost ¥5,000');
    expect(f).toContain('secret given away');
    expect(f).toContain('Safe action: Open the shopping app yourself');
    expect(f).toContain('Check through official channels');
    expect(f).toMatch(/Score: \d+\/100/);
    await screen.type('r');
    await screen.waitFor('Incoming call');
  });

  it('n goes to the next scenario; Esc leaves from its reply box after asking (q is a letter there)', async () => {
    const exit = vi.fn();
    screen = await renderPractice({ onExit: exit });
    await screen.type('d');
    await screen.type(KEYS.enter);
    await screen.waitFor('Debrief');
    await screen.type('n');
    await screen.waitFor('A payment of 9,800 yuan');
    await screen.type('q');
    expect(exit).not.toHaveBeenCalled();
    await screen.type(KEYS.esc);
    await screen.waitFor('Leave? y/n');
    await screen.type('y');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledTimes(1));
  });

  it('scrolls when taller than the terminal', async () => {
    screen = await renderPractice({ choices: true, rows: 16 });
    await screen.type('a');
    await screen.type('1');
    await screen.type('1');
    await screen.type(KEYS.enter);
    const top = await screen.waitFor('Debrief');
    for (let i = 0; i < 30; i++) await screen.type(KEYS.down);
    const bottom = screen.frame();
    expect(bottom).not.toContain('Debrief:');
    expect(bottom).toContain('Check through official channels');
    expect(top.split('\n').length).toBeLessThanOrEqual(15);
  });
});

describe('picker', () => {
  it('opens with the cursor on the default scenario and Enter starts it', async () => {
    screen = await renderPractice({ scenarioId: null });
    const f = screen.frame();
    expect(f).toContain('Choose a scenario');
    expect(f).toMatch(/› call .*Test refund call/);
    await screen.type(KEYS.up);
    await screen.type(KEYS.enter);
    await screen.waitFor('Your parcel is held');
  });
});

describe('a text thread that turns into a call', () => {
  it('shows the text at once, then rings; answering reveals the caller\'s line', async () => {
    screen = await renderPractice({ scenarioId: 'ui-text-then-call' });
    await screen.waitFor('A payment of 9,800 yuan');
    await screen.type('ok\r');
    const ring = await screen.waitFor('Incoming call');
    expect(ring).not.toContain('safe account');
    await screen.type('a');
    await screen.waitFor('This is bank security');
  });

  it('declining the call mid-thread hangs up safely without hearing the line', async () => {
    screen = await renderPractice({ scenarioId: 'ui-text-then-call' });
    await screen.type('ok\r');
    await screen.waitFor('Incoming call');
    await screen.type('d');
    const f = await screen.waitFor('You ended the conversation.');
    expect(f).not.toContain('safe account');
    expect(f).toMatch(/✔ caught: .*safe account/i);
  });
});

describe('fit', () => {
  it('80×24: no line wider than the terminal, no more rows than fit, in Chinese too', async () => {
    for (const lang of ['en', 'zh'] as const) {
      screen = await renderPractice({ lang });
      await screen.type('a');
      for (let i = 0; i < 6 && !screen.frame().includes(lang === 'en' ? 'money is gone' : '钱被转走'); i++) await screen.type(lang === 'en' ? 'yes ok\r' : '好的\r');
      const f = screen.frame();
      const lines = f.split('\n');
      expect(lines.length).toBeLessThanOrEqual(23);
      expect(Math.max(...lines.map(cells))).toBeLessThanOrEqual(80);
      if (lang === 'zh') expect(f).toContain('你');
      screen.unmount();
    }
    screen = undefined;
  });
});
