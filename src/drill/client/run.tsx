// Entry for `drill join` at a keyboard: draw the participant client until the person leaves.
import { render } from 'ink';
import { guardKeyInput } from '../../ui/key-input';
import { ParticipantApp } from './ParticipantApp';

export interface ParticipantClientOptions {
  address: string;
  code: string;
  name: string;
}

export async function runParticipantClient(o: ParticipantClientOptions): Promise<void> {
  const unguard = guardKeyInput();
  const app = render(<ParticipantApp {...o} />, { exitOnCtrlC: false });
  try {
    await app.waitUntilExit();
  } finally {
    unguard();
  }
}
