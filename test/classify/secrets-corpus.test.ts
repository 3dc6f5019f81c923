import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMasks, findLeaks, normalize, redact, sanitize } from '../../src/classify/index';

// test/corpus/secrets.jsonl (written by test/classify/secrets-corpus.ts): every line with a leak
// must be found and masked without a trace; no harmless look-alike may lose a character.
interface Row {
  text: string;
  lang: 'en' | 'zh';
  leaks: string[];
  secrets?: string[];
  /** The caller's line the reply answers, when it is read against one. */
  caller?: string;
}
const rows: Row[] = readFileSync(join(import.meta.dirname, '..', 'corpus', 'secrets.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const secrets = rows.filter((r) => r.leaks.length);
const lookAlikes = rows.filter((r) => !r.leaks.length);
const leaksOf = (r: Row) => findLeaks(r.text, undefined, r.caller ? { caller: r.caller } : {});
const kinds = (r: Row) => [...new Set(leaksOf(r).map((l) => l.kind))].sort();
// a reply read against the caller's line is masked as a front end does with that line
const masked = (r: Row) => (r.caller ? applyMasks(r.text, leaksOf(r), r.lang) : redact(r.text));
const digitsOf = (s: string) => normalize(s).text.replace(/[^\dx]/g, '');

describe('the secrets corpus', () => {
  it('holds at least 300 secrets and 300 look-alikes, in both languages', () => {
    for (const lang of ['en', 'zh']) {
      expect(secrets.filter((r) => r.lang === lang).length).toBeGreaterThan(100);
      expect(lookAlikes.filter((r) => r.lang === lang).length).toBeGreaterThan(100);
    }
    expect(secrets.length).toBeGreaterThanOrEqual(300);
    expect(lookAlikes.length).toBeGreaterThanOrEqual(300);
  });

  it('finds every secret, of the right kind (recall 100%)', () => {
    const missed = secrets.filter((r) => kinds(r).join() !== [...new Set(r.leaks)].sort().join());
    expect(missed.map((r) => `${r.text} → [${kinds(r)}], want [${r.leaks}]`)).toEqual([]);
  });

  it('leaves nothing of a secret once masked (a card keeps its last four)', () => {
    const kept: string[] = [];
    for (const r of secrets) {
      const out = masked(r);
      const outDigits = digitsOf(out);
      for (const s of r.secrets ?? []) {
        let d = digitsOf(s);
        if (r.leaks.includes('card') && d.length >= 13) d = d.slice(0, -4);
        if (out.includes(s) || (d.length >= 3 && outDigits.includes(d))) kept.push(`${r.text} → ${out}`);
      }
    }
    expect(kept).toEqual([]);
  });

  it('masks no look-alike', () => {
    const changed = lookAlikes.filter((r) => masked(r) !== sanitize(r.text).text);
    expect(changed.map((r) => `${r.text} → ${masked(r)}`)).toEqual([]);
  });
});
