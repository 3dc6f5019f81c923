// The terminal participant keeps its place across a host restart: it rejoins with the token from
// its welcome (held in the reducer state) rather than joining again as a new person.
import { rmSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';
import { ParticipantApp } from '../../src/drill/client/ParticipantApp';
import { launchResume } from '../../src/drill/launch';
import { loadTiny, testHost } from './helpers';

const until = async (ok: () => boolean, what: string, ms = 10_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

it('the terminal participant rejoins as the same person after the host restarts', async () => {
  const host = await testHost();
  const person = render(<ParticipantApp address={host.address} code={host.host.code} name="Li" />);
  let resumed: Awaited<ReturnType<typeof launchResume>> | undefined;
  try {
    await until(() => person.frames.some((f) => /problem with your account/.test(f)), 'the first line');
    await host.host.close();
    resumed = await launchResume({ drillId: host.host.drillId, store: host.store, load: () => loadTiny(), port: host.host.port, tickMs: 50 });
    const room = resumed.host.room;
    await until(() => room.roster()[0]?.online === true, 'Li back online');
    expect(room.roster()).toEqual([expect.objectContaining({ pid: 'p1', name: 'Li', online: true })]);
  } finally {
    person.unmount();
    await resumed?.host.close();
    host.store.close();
    rmSync(host.dataDir, { recursive: true, force: true });
  }
}, 20_000);
