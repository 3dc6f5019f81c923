// The build-time snapshot of the bundled library (dist/library.json) must be the library itself.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FILE, writeSnapshot } from '../../src/cli/snapshot';
import { loadLibrary } from '../../src/scenario/files';
import { defaultScenarioDir, scenarioFiles } from '../../src/scenario/paths';

describe('library snapshot', () => {
  it('holds exactly what parsing the bundled scenarios gives, and a hash of every source file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scamdrill-snap-'));
    expect(await writeSnapshot(dir)).toBe(true);
    const snap = JSON.parse(readFileSync(join(dir, SNAPSHOT_FILE), 'utf8'));
    expect(snap.library).toEqual(loadLibrary());
    expect(snap.sources.map((s: { name: string }) => s.name)).toEqual(['flags.yaml', ...scenarioFiles(defaultScenarioDir()).map((f) => basename(f))]);
  });
});
