// The terminal screens: the pure reducers, and the trainer console and participant client drawn by
// ink-testing-library against a real host (keys press real buttons: reveal, pick, advance).
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { answerFor, initialParticipant, participantReducer } from '../../src/drill/client/state';
import { ParticipantApp } from '../../src/drill/client/ParticipantApp';
import { TrainerConsole } from '../../src/drill/console/TrainerConsole';
import { testHost, type TestHost } from './helpers';

let host: TestHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

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
    expect(answerFor('Who are you?', numbered)).toEqual({ t: 'answer', step: 4, text: 'Who are you?' });
    expect(answerFor('   ', numbered)).toBeUndefined();
    // A line with no numbered answers: "2" is something said; "#2" still asks for a pick, and the host says there is none.
    expect(answerFor('2', { step: 4, choices: [] })).toEqual({ t: 'answer', step: 4, text: '2' });
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
});
