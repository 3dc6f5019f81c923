// Entry for `drill join` at a keyboard: draw the participant client until the person leaves.
import { renderUntilExit } from '../../ink/render-until-exit';
import type { Lang } from '../../core/schema';
import { ParticipantApp } from './ParticipantApp';

export interface ParticipantClientOptions {
  address: string;
  code: string;
  name: string;
  lang?: Lang;
}

export function runParticipantClient(o: ParticipantClientOptions): Promise<void> {
  return renderUntilExit(<ParticipantApp {...o} />);
}
