// Entry for `drill host` at a terminal: the trainer console until the trainer closes it.
import { renderUntilExit } from '../../ink/render-until-exit';
import { TrainerConsole, type TrainerConsoleProps } from './TrainerConsole';

export type TrainerConsoleOptions = TrainerConsoleProps;

export function runTrainerConsole(o: TrainerConsoleOptions): Promise<void> {
  return renderUntilExit(<TrainerConsole {...o} />);
}
