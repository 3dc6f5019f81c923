// Draw an Ink app at the keyboard until it exits: what every full-screen entry point needs around
// render(), in one place. Loaded lazily with the screen that uses it.
import chalk from 'chalk';
import { render } from 'ink';
import type { ReactElement } from 'react';
import { guardKeyInput } from './key-input';

export async function renderUntilExit(app: ReactElement): Promise<void> {
  // Ink colours through chalk, which reads --no-color but not NO_COLOR.
  if (process.env.NO_COLOR) chalk.level = 0;
  const unguard = guardKeyInput();
  const instance = render(app, { exitOnCtrlC: false });
  try {
    await instance.waitUntilExit();
  } finally {
    unguard();
  }
}
