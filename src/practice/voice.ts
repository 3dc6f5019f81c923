// The scammer's voice at the terminal (practice --voice): call lines spoken through espeak-ng when it
// is installed. SMS and chat lines stay silent: they are read, not heard. The voice reaches the call
// screen through a React context (run.tsx provides it), so no screen in between carries it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createContext, useContext, useEffect, useRef } from 'react';
import type { Lang } from '../core/schema';
import type { Item } from './practice-state';

export interface Voice {
  say(text: string, lang: Lang): void;
  stop(): void;
}

const ESPEAK_VOICE: Record<Lang, string> = { en: 'en-gb', zh: 'cmn' };
/** Words a minute: espeak-ng's default is 175; slower for older listeners. */
const WORDS_A_MINUTE = 140;

/** A voice through `command` (espeak-ng), or undefined when it cannot be run here. */
export function espeakVoice(command = 'espeak-ng'): Voice | undefined {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return undefined;
  let speaking: ChildProcess | undefined;
  const stop = () => {
    speaking?.kill();
    speaking = undefined;
  };
  return {
    say(text, lang) {
      // A new line cuts the one before: the caller talks over nobody.
      stop();
      speaking = spawn(command, ['-v', ESPEAK_VOICE[lang], '-s', String(WORDS_A_MINUTE), '--', text], { stdio: 'ignore' });
      speaking.on('error', () => undefined);
    },
    stop,
  };
}

export const VoiceContext = createContext<Voice | undefined>(undefined);

/** Speak each call line once, as it appears on screen; quiet when the screen goes. */
export function useVoice(shown: readonly Item[], lang: Lang): void {
  const voice = useContext(VoiceContext);
  const said = useRef(0);
  useEffect(() => {
    if (!voice) return;
    // A new conversation on the same screen starts its transcript again.
    if (shown.length < said.current) said.current = 0;
    const fresh = shown.slice(said.current).flatMap((i) => (i.kind === 'line' && i.channel === 'call' ? [i.text] : []));
    said.current = shown.length;
    if (fresh.length) voice.say(fresh.join(' '), lang);
  }, [voice, shown, lang]);
  useEffect(() => () => voice?.stop(), [voice]);
}
