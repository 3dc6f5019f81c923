// practice --voice: call lines go to espeak-ng as they appear on screen, in the practice's language
// and at a slower rate; SMS lines do not; without espeak-ng the voice is simply absent. espeak-ng is
// not installed on every machine that runs the tests, so a stand-in on its command line records
// what it was asked to say.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/practice/App';
import { espeakVoice, VoiceContext, type Voice } from '../../src/practice/voice';
import { fixtures, KEYS, renderAt, scenario, tick, type Screen } from './render';

let dir: string | undefined;
let screen: Screen | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A command that answers --version and writes each other call's arguments to a log, one call per line. */
function standIn(): { voice: Voice; said: () => string[][] } {
  dir = mkdtempSync(join(tmpdir(), 'scamdrill-voice-'));
  const log = join(dir, 'said.log');
  const cmd = join(dir, 'espeak-ng');
  writeFileSync(cmd, `#!/bin/sh\n[ "$1" = --version ] && exit 0\nprintf '%s\\t' "$@" >> '${log}'\necho >> '${log}'\n`);
  chmodSync(cmd, 0o755);
  const voice = espeakVoice(cmd);
  if (!voice) throw new Error('the stand-in did not start');
  return { voice, said: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => l.replace(/\t$/, '').split('\t')) : []) };
}

async function practise(id: string, voice: Voice): Promise<Screen> {
  const lib = fixtures();
  return renderAt(
    <VoiceContext.Provider value={voice}>
      <App scenarios={lib.scenarios} catalogue={lib.catalogue} scenario={scenario(id)} defaultId={id} lang="en" mode="coach" choices={false} instant />
    </VoiceContext.Provider>,
  );
}

const eventually = async (fn: () => void, ms = 3000) => {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return fn();
    } catch (e) {
      if (Date.now() > until) throw e;
      await tick(20);
    }
  }
};

describe('practice --voice', () => {
  it('is absent when espeak-ng cannot be run', () => {
    expect(espeakVoice(join(tmpdir(), 'no-such-espeak-ng'))).toBeUndefined();
  });

  it('speaks a call line as it appears, in English at 140 words a minute', async () => {
    const { voice, said } = standIn();
    const first = scenario('ui-refund-call').turns[scenario('ui-refund-call').start]!;
    const text = (first.say as { en: string }).en;
    screen = await practise('ui-refund-call', voice);
    await screen.type(KEYS.enter); // answer the ringing call
    await screen.waitFor(text.slice(0, 20));
    await eventually(() => expect(said()).toEqual([['-v', 'en-gb', '-s', '140', '--', text]]));
  });

  it('does not read an SMS thread aloud', async () => {
    const { voice, said } = standIn();
    screen = await practise('ui-parcel-sms', voice);
    await screen.waitFor(/\S/);
    await tick(300);
    expect(said()).toEqual([]);
  });
});
