// `drill join --answers`: a scripted participant waits out a host that is down for a few seconds
// (killed, then brought back with --resume) and finishes the drill with its debrief.
import { describe, expect, it } from 'vitest';
import { runScripted } from '../../src/drill/client/scripted';
import { launchResume } from '../../src/drill/launch';
import { autoTrainer, choices, loadTiny, testHost } from './helpers';

describe('a scripted participant and a host outage', () => {
  it('comes back after the host has been gone for 3 s', async () => {
    const first = await testHost();
    const port = first.host.port;
    const trainer = await autoTrainer(first.address, first.secret, () => 1);
    const done = runScripted({ address: first.address, code: first.host.code, name: 'Ann', steps: choices(1, 1, 1), timeoutMs: 30_000 });
    // Ann has answered the first line; then the host goes away.
    await trainer.conn.next((m) => m.t === 'tally' && m.tally.answered >= 1);
    trainer.conn.terminate();
    await first.host.close();
    await new Promise((r) => setTimeout(r, 3000));

    const again = await launchResume({ drillId: first.host.drillId, store: first.store, load: () => loadTiny(), port, bind: '127.0.0.1', tickMs: 50 });
    const trainer2 = await autoTrainer(first.address, again.secret, () => 1);
    const result = await done;
    expect(result.debrief?.outcome).toBeDefined();
    expect(result.answered).toBeGreaterThanOrEqual(2);
    trainer2.conn.terminate();
    await again.host.close();
    await first.stop();
  }, 40_000);
});

describe('a scripted participant and no host at all', () => {
  it('gives up at once when the first connection fails', async () => {
    const t0 = Date.now();
    await expect(runScripted({ address: '127.0.0.1:1', code: 'ABCD', name: 'Ann', steps: choices(1), timeoutMs: 30_000 })).rejects.toThrow(/cannot reach the drill host at 127\.0\.0\.1:1/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
