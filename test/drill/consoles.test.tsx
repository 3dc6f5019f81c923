// The terminal screens: the pure reducers, and the trainer console and participant client drawn by
// ink-testing-library against a real host (keys press real buttons: reveal, pick, advance).
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { answerFor, initialParticipant, participantReducer } from '../../src/drill/client/state';
import { ParticipantApp } from '../../src/drill/client/ParticipantApp';
import { TrainerConsole } from '../../src/drill/console/TrainerConsole';
import { closeAll, joinAs, testHost, type TestHost } from './helpers';
import type { DrillConnection } from '../../src/drill/client/connection';

let host: TestHost | undefined;
const conns: DrillConnection[] = [];
afterEach(async () => {
  host = await closeAll(conns, host);
});

const console_ = (h: TestHost) => render(<TrainerConsole url={`http://${h.address}`} joinUrl={`http://${h.address}`} code={h.host.code} drillId={h.host.drillId} secret={h.secret} lang="en" />);

const waitFor = async (frames: () => string[], re: RegExp, ms = 5000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (frames().some((f) => re.test(f))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no frame matched ${re}:\n${frames().at(-1)}`);
};

describe('drill terminal screens', () => {
  it('reads a number as a pick when the line shows numbered answers, and anything else as words', () => {
    const numbered = { step: 4, choices: [{ n: 1, text: 'Yes' }, { n: 2, text: 'No' }] };
    expect(answerFor('2', numbered)).toEqual({ t: 'choose', step: 4, choice: 2 });
    expect(answerFor('#3', numbered)).toEqual({ t: 'choose', step: 4, choice: 3 });
    expect(answerFor('Who are you?', numbered)).toEqual({ t: 'answer', step: 4, text: 'Who are you?', leaks: [] });
    // Words are masked before they are sent: the host learns what kind of secret, never the secret.
    expect(answerFor('the code is 730541', numbered)).toEqual({ t: 'answer', step: 4, text: 'the code is [code ••••••]', leaks: ['code'] });
    expect(answerFor('   ', numbered)).toBeUndefined();
    // A line with no numbered answers: "2" is something said; "#2" still asks for a pick, and the host says there is none.
    expect(answerFor('2', { step: 4, choices: [] })).toEqual({ t: 'answer', step: 4, text: '2', leaks: [] });
    expect(answerFor('#2', { step: 4, choices: [] })).toEqual({ t: 'choose', step: 4, choice: 2 });
    const s = participantReducer(initialParticipant, { t: 'line', line: { step: 1, turn: 'a', speaker: 'S', channel: 'call', text: 'x', choices: [], open: true }, answered: false });
    expect(participantReducer(s, { t: 'ack', step: 1, intent: 'refuse', verdicts: [] }).answered).toBe(true);
  });

  it('lets the trainer reveal, pick and end while a participant answers at a terminal', async () => {
    host = await testHost();
    const trainer = render(<TrainerConsole url={`http://${host.address}`} joinUrl={`http://${host.address}`} code={host.host.code} drillId={host.host.drillId} secret={host.secret} lang="en" />);
    const person = render(<ParticipantApp address={host.address} code={host.host.code} name={'\u001b[31mLi'} />);
    try {
      await waitFor(() => person.frames, /problem with your account/);
      await waitFor(() => trainer.frames, /1:Li/);
      await new Promise((r) => setTimeout(r, 50));
      person.stdin.write('3\r');
      await waitFor(() => person.frames, /Answer received/);
      await waitFor(() => person.frames, /Unexpected contact: caught/);
      await waitFor(() => trainer.frames, /refuses\s+█+ 1/);
      expect(trainer.frames.join('\n')).not.toContain(host.secret);
      trainer.stdin.write('r');
      await waitFor(() => trainer.frames, /Unexpected contact — caught by 1 of 1/);
      trainer.stdin.write('1');
      await waitFor(() => person.frames, /verification code/);
      trainer.stdin.write('e');
      await waitFor(() => trainer.frames, /y to confirm/);
      trainer.stdin.write('y');
      await waitFor(() => trainer.frames, /Drill over \(stopped\)/);
      await waitFor(() => person.frames, /Debrief: Tiny bank call/);
      expect(person.frames.join('\n')).not.toContain('\u001b[31mLi');
    } finally {
      trainer.unmount();
      person.unmount();
    }
  });

  it('shows the scenario title, and on a 1–1 tie waits for the trainer to pick instead of ending the drill', async () => {
    host = await testHost();
    const trainer = console_(host);
    try {
      await waitFor(() => trainer.frames, /Tiny bank call/);
      const [ann, bo] = [await joinAs(host.address, host.host.code, 'Ann'), await joinAs(host.address, host.host.code, 'Bo')];
      conns.push(ann.conn, bo.conn);
      ann.conn.send({ t: 'choose', step: 1, choice: 1 }); // goes along
      bo.conn.send({ t: 'choose', step: 1, choice: 3 }); // no thanks: the ending, if the room followed it
      await waitFor(() => trainer.frames, /tie: pick 1–3 \(#1 · #3\)/);
      trainer.stdin.write('\r');
      await waitFor(() => trainer.frames, /The room is split evenly/);
      await new Promise((r) => setTimeout(r, 300));
      expect(host.host.room.ended).toBe(false);
      expect(trainer.frames.join('\n')).not.toMatch(/Drill over/);
      trainer.stdin.write('1');
      await waitFor(() => trainer.frames, /verification code we just sent/);
      // A new line: the refusal that was about the tie is gone.
      expect(trainer.lastFrame()).not.toMatch(/split evenly|tie:/);
    } finally {
      trainer.unmount();
    }
  });

  it('with --branch trainer, lists the answers given for the trainer to pick from and follows the pick, not the majority', async () => {
    host = await testHost({ branch: 'trainer' });
    const trainer = console_(host);
    try {
      const [ann, bo, cy] = [await joinAs(host.address, host.host.code, 'Ann'), await joinAs(host.address, host.host.code, 'Bo'), await joinAs(host.address, host.host.code, 'Cy')];
      conns.push(ann.conn, bo.conn, cy.conn);
      ann.conn.send({ t: 'choose', step: 1, choice: 1 });
      bo.conn.send({ t: 'choose', step: 1, choice: 1 });
      cy.conn.send({ t: 'choose', step: 1, choice: 3 });
      await waitFor(() => trainer.frames, /your pick: 1–3 \(#1 · #3\)/);
      trainer.stdin.write('\r');
      await waitFor(() => trainer.frames, /This drill follows your pick/);
      expect(host.host.room.lineView()?.step).toBe(1);
      trainer.stdin.write('3');
      await waitFor(() => trainer.frames, /Drill over/);
      expect(host.host.room.results().outcome).toBe('safe');
    } finally {
      trainer.unmount();
    }
  });

  it('asks once before a participant leaves mid-drill: n stays, y leaves', async () => {
    host = await testHost();
    const person = render(<ParticipantApp address={host.address} code={host.host.code} name="Li" />);
    try {
      await waitFor(() => person.frames, /problem with your account/);
      await new Promise((r) => setTimeout(r, 50));
      person.stdin.write('\u001b');
      await waitFor(() => person.frames, /Leave\? y\/n/);
      person.stdin.write('n');
      await waitFor(() => [person.lastFrame() ?? ''], /^(?![\s\S]*Leave\?)[\s\S]*Type a number/);
      expect(host.host.room.roster()).toEqual([expect.objectContaining({ name: 'Li', online: true })]);
      // Still answering after staying (once the reply box's key handler is back).
      await new Promise((r) => setTimeout(r, 50));
      person.stdin.write('3\r');
      await waitFor(() => person.frames, /Answer received/);
      person.stdin.write('\u0003');
      await waitFor(() => person.frames, /Leave\? y\/n/);
      person.stdin.write('y');
      // Left: the client closed its connection, and the host has Li offline (answers kept).
      await expect.poll(() => host!.host.room.roster()[0]?.online, { timeout: 5000 }).toBe(false);
      expect(host.host.room.roster()[0]).toMatchObject({ name: 'Li', answered: true });
    } finally {
      person.unmount();
    }
  });
});
