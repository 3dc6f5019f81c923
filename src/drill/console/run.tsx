// Entry for `drill host` at a terminal: the trainer console until the trainer closes it.
import { render } from 'ink';
import { guardKeyInput } from '../../ui/key-input';
import { TrainerConsole, type TrainerConsoleProps } from './TrainerConsole';

export type TrainerConsoleOptions = TrainerConsoleProps;

export async function runTrainerConsole(o: TrainerConsoleOptions): Promise<void> {
  const unguard = guardKeyInput();
  const app = render(<TrainerConsole {...o} />, { exitOnCtrlC: false });
  try {
    await app.waitUntilExit();
  } finally {
    unguard();
  }
}
