// Starts the Ink front end. Loaded lazily by `scamdrill practice`, so no other command pays for
// Ink and React. The caller has already checked that stdin is a terminal.
import chalk from 'chalk';
import { render } from 'ink';
import type { Session } from '../core/session';
import type { HelperSession } from '../core/helper';
import { App, type AppProps } from './App';
import { guardKeyInput } from '../ink/key-input';
import { VoiceContext, type Voice } from './voice';

export type RunOptions = Omit<AppProps, 'onExit'> & { voice?: Voice };

// Alternate screen: the practice draws over the whole terminal and leaves it as it was.
const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';

/** Run the practice UI until the person quits; resolves with the last session. */
export async function runInk({ voice, ...opts }: RunOptions): Promise<Session | HelperSession | undefined> {
  if (process.env.NO_COLOR) chalk.level = 0;
  const out = process.stdout;
  const alt = out.isTTY === true && process.env.SCAMDRILL_NO_ALT_SCREEN === undefined;
  let last: Session | HelperSession | undefined;
  if (alt) out.write(ENTER_ALT);
  const restore = () => {
    if (alt) out.write(LEAVE_ALT);
  };
  // A kill signal must not leave the terminal in the alternate screen or raw mode.
  const onSignal = () => {
    instance.unmount();
    restore();
    process.exit(130);
  };
  const unguard = guardKeyInput();
  const app = <App {...opts} onExit={(s) => (last = s)} />;
  const instance = render(<VoiceContext.Provider value={voice}>{app}</VoiceContext.Provider>, { exitOnCtrlC: false, patchConsole: false });
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    unguard();
    restore();
  }
  return last;
}
