// A group drill on a real call: the trainer console reveals green flags and counts who handled the
// line right, and the drill's export speaks of handled right and false alarms. A real host on
// 127.0.0.1, a real SQLite file, the terminal participant and the trainer console drawn by Ink.
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ParticipantApp } from '../../src/drill/client/ParticipantApp';
import { TrainerConsole } from '../../src/drill/console/TrainerConsole';
import { buildExport, formatExport } from '../../src/drill/export';
import { loadTiny, ROOT, testHost, type TestHost } from './helpers';

const REAL_CALL = join(ROOT, 'scenarios', 'legit-96110.yaml');

let host: TestHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const waitFor = async (frames: () => string[], re: RegExp, ms = 10_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (frames().some((f) => re.test(f))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no frame matched ${re}:\n${frames().at(-1)}`);
};

describe('a drill on a real call', () => {
  it('the trainer console reveals green flags, handled right by 1 of 1; the export counts false alarms', async () => {
    host = await testHost({}, REAL_CALL);
    const trainer = render(<TrainerConsole url={`http://${host.address}`} joinUrl={`http://${host.address}`} code={host.host.code} drillId={host.host.drillId} secret={host.secret} lang="en" green />);
    const person = render(<ParticipantApp address={host.address} code={host.host.code} name="Li" />);
    try {
      await waitFor(() => person.frames, /anti-fraud warning line/);
      await waitFor(() => trainer.frames, /1:Li/);
      await waitFor(() => trainer.frames, /2 green flag\(s\) in this line — press r to reveal/);
      await new Promise((r) => setTimeout(r, 50));
      person.stdin.write('1\r'); // "I've stopped. I haven't pressed confirm yet. What now?"
      await waitFor(() => person.frames, /Answer received/);
      trainer.stdin.write('r');
      await waitFor(() => trainer.frames, /Green flags in this line:/);
      await waitFor(() => trainer.frames, /Asks for no payment or transfer — handled right by 1 of 1/);
      trainer.stdin.write('e');
      await waitFor(() => trainer.frames, /y to confirm/);
      trainer.stdin.write('y');
      await waitFor(() => trainer.frames, /Li: \d+ \(2 handled right, 0 false alarms\)/);
    } finally {
      trainer.unmount();
      person.unmount();
    }
    const { scenario, catalogue } = loadTiny(REAL_CALL);
    const x = buildExport(await host.store.records(host.host.drillId), (await host.store.get(host.host.drillId))!, scenario, catalogue);
    expect(x.drill.kind).toBe('legitimate');
    const md = formatExport(x, 'md');
    expect(md).toContain('(real call)');
    expect(md).toContain('| green flag | handled right | false alarm | open | handled right share |');
    expect(formatExport(x, 'csv').split('\r\n')[1]).toMatch(/,legitimate$/);
  });
});
