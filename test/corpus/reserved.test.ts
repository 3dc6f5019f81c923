// TeleAntiFraud-28k dialogues with _id ≤ 18, 1650–3150 or ≥ 3200 are kept aside so the project can be
// measured on calls it has never seen: none may enter the corpus or the fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const reserved = (id: number) => id <= 18 || (id >= 1650 && id <= 3150) || id >= 3200;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(jsonl?|txt|md)$/.test(f) ? [p] : [];
  });
}

describe('the TeleAntiFraud dialogues kept aside', () => {
  it('never appear in the corpus or the fixtures', () => {
    const found: string[] = [];
    for (const f of [...files(join(ROOT, 'corpus')), ...files(join(ROOT, 'fixtures'))]) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/"dialogue":\s*"taf-(\d+)"|"_id":\s*(\d+)|teleantifraud-(\d+)/g)) {
        const id = Number(m[1] ?? m[2] ?? m[3]);
        if (reserved(id)) found.push(`${f}: ${id}`);
      }
    }
    for (const f of files(join(ROOT, 'fixtures'))) {
      const m = /teleantifraud-(\d+)/.exec(f);
      if (m && reserved(Number(m[1]))) found.push(f);
    }
    expect(found).toEqual([]);
  });

  it('the corpus holds real TeleAntiFraud rows to check', () => {
    const rows = readFileSync(join(ROOT, 'corpus', 'real', 'taf-zh-A.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(rows.length).toBeGreaterThan(500);
  });
});
