// Starts the full-screen spot drill. Loaded lazily by `scamdrill spot`, so no other command pays
// for Ink and React. The caller has already checked that stdin is a terminal.
import { renderUntilExit } from '../ink/render-until-exit';
import { SpotApp, type SpotAppProps } from './App';
import type { SpotState } from './state';

/** Run the drill until the learner leaves; resolves with where they got to. */
export async function runSpotInk(opts: Omit<SpotAppProps, 'onExit'>): Promise<SpotState | undefined> {
  let last: SpotState | undefined;
  await renderUntilExit(<SpotApp {...opts} onExit={(s) => (last = s)} />);
  return last;
}
