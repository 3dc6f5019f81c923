export interface ParticipantClientOptions { address: string; code: string; name: string }
export async function runParticipantClient(_o: ParticipantClientOptions): Promise<void> {
  throw new Error('the terminal client is not built yet; use --answers or the web page');
}
