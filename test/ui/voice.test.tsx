// practice --voice with the real espeak-ng (Debian's espeak-ng; .ci/run installs it): call lines are
// spoken as they appear on screen, in the practice's language and slower than espeak-ng's default;
// SMS lines are not. The command practice runs is a wrapper that starts the real espeak-ng with the
// arguments voice.ts gives it, plus -w, so the speech lands in a WAV file instead of the speakers.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/practice/App';
import { espeakVoice, VoiceContext, type Voice } from '../../src/practice/voice';
import { fixtures, renderAt, scenario, tick, type Screen } from './render';

let dir: string | undefined;
let screen: Screen | undefined;

beforeAll(() => {
  const probe = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) throw new Error('espeak-ng is not installed, and practice --voice speaks through it: apt-get install -y espeak-ng (.ci/run installs it)');
});
afterEach(() => {
  screen?.unmount();
  screen = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

interface Said {
  /** The arguments voice.ts gave espeak-ng. */
  args: string[];
  /** The speech espeak-ng made of them. */
  wav: Buffer;
}

/** A voice through the real espeak-ng, recording each utterance (its arguments and its audio) in a folder. */
function recordedVoice(): { voice: Voice; said: () => Said[] } {
  dir = mkdtempSync(join(tmpdir(), 'scamdrill-voice-'));
  const cmd = join(dir, 'espeak-ng');
  // Each utterance: its arguments, one a line, then its audio once espeak-ng has finished writing it.
  writeFileSync(cmd, [
    '#!/bin/sh',
    '[ "$1" = --version ] && exec espeak-ng --version',
    `out='${dir}'/$$`,
    'printf \'%s\\n\' "$@" > "$out.args"',
    'espeak-ng -w "$out.part" "$@" && mv "$out.part" "$out.wav"',
    '',
  ].join('\n'));
  chmodSync(cmd, 0o755);
  const voice = espeakVoice(cmd);
  if (!voice) throw new Error('espeak-ng did not start through the wrapper');
  const said = () => readdirSync(dir!).filter((f) => f.endsWith('.wav')).map((f) => ({
    args: readFileSync(join(dir!, f.replace(/\.wav$/, '.args')), 'utf8').replace(/\n$/, '').split('\n'),
    wav: readFileSync(join(dir!, f)),
  }));
  return { voice, said };
}

/** What espeak-ng was asked to say, whether or not it has finished. */
const asked = () => readdirSync(dir!).filter((f) => f.endsWith('.args')).length;

async function practise(id: string, voice: Voice, lang: 'en' | 'zh' = 'en'): Promise<Screen> {
  const lib = fixtures();
  return renderAt(
    <VoiceContext.Provider value={voice}>
      <App scenarios={lib.scenarios} catalogue={lib.catalogue} scenario={scenario(id)} defaultId={id} lang={lang} mode="coach" choices={false} instant />
    </VoiceContext.Provider>,
  );
}

/** Waits, within a bound, for `n` finished utterances. */
async function spoken(said: () => Said[], n: number, ms = 15_000): Promise<Said[]> {
  const until = Date.now() + ms;
  for (;;) {
    const s = said();
    if (s.length >= n) return s;
    if (Date.now() > until) throw new Error(`espeak-ng made ${s.length} recordings within ${ms} ms, not ${n}`);
    await tick(20);
  }
}

/** A WAV file with sound in it: the RIFF header, and audio after its 44 bytes. */
function expectSpeech(wav: Buffer): void {
  expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
  expect(wav.subarray(8, 12).toString('latin1')).toBe('WAVE');
  expect(wav.length).toBeGreaterThan(44 + 8000);
}

const lineOf = (id: string, turn: string, lang: 'en' | 'zh') => (scenario(id).turns[turn]!.say as Record<'en' | 'zh', string>)[lang];

describe('practice --voice', () => {
  it('is absent when espeak-ng cannot be run', () => {
    expect(espeakVoice(join(tmpdir(), 'no-such-espeak-ng'))).toBeUndefined();
  });

  it('speaks a call line as it appears, in English, slower than espeak-ng\'s default', async () => {
    const { voice, said } = recordedVoice();
    const text = lineOf('ui-refund-call', scenario('ui-refund-call').start, 'en');
    screen = await practise('ui-refund-call', voice);
    await screen.type('\r'); // answer the ringing call
    await screen.waitFor(text.slice(0, 20));
    const [one, ...more] = await spoken(said, 1);
    expect(more).toEqual([]);
    expect(one!.args).toEqual(['-v', 'en-gb', '-s', '140', '--', text]);
    expectSpeech(one!.wav);
    // The same words at espeak-ng's own rate (175 words a minute) take less audio.
    const usual = join(dir!, 'usual.wav');
    expect(spawnSync('espeak-ng', ['-w', usual, '-v', 'en-gb', '--', text]).status).toBe(0);
    expect(one!.wav.length).toBeGreaterThan(statSync(usual).size * 1.1);
  });

  it('speaks a Chinese call in a Mandarin voice', async () => {
    const { voice, said } = recordedVoice();
    const text = lineOf('ui-refund-call', scenario('ui-refund-call').start, 'zh');
    screen = await practise('ui-refund-call', voice, 'zh');
    await screen.type('\r');
    await screen.waitFor(text.slice(0, 6));
    const [one] = await spoken(said, 1);
    expect(one!.args).toEqual(['-v', 'cmn', '-s', '140', '--', text]);
    expectSpeech(one!.wav);
  });

  it('does not read a text message aloud, but speaks the call that follows it', async () => {
    const { voice, said } = recordedVoice();
    screen = await practise('ui-text-then-call', voice);
    await screen.waitFor('A payment of 9,800 yuan');
    await screen.type('ok\r');
    await screen.waitFor('Incoming call');
    // Nothing is spoken while the text is on screen: the ringing is the first thing to change that.
    expect(asked()).toBe(0);
    await screen.type('a');
    await screen.waitFor('This is bank security');
    const all = await spoken(said, 1);
    expect(all.map((s) => s.args.at(-1))).toEqual([lineOf('ui-text-then-call', 'call', 'en')]);
    expectSpeech(all[0]!.wav);
    expect(asked()).toBe(1);
  });
});
