// The conversations written blind (test/corpus/calls/), in rounds: each measured by `npm run eval` as it
// came, then trained on once a later round measures. Each row must be what the eval reads (a reply after
// the caller's line it answers, a known intent, red flags from the catalogue), and only the rounds listed
// may reach training.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS_TRAINED_ROUNDS, callRound, loadCalls, loadReal } from '../../scripts/corpus';
import { INTENTS, LEAK_KINDS } from '../../src/core/constants';
import { loadLibrary } from '../../src/scenario/files';

describe('the conversations written blind', () => {
  const calls = loadCalls();
  it('hold replies and caller lines in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      expect(calls.replies.filter((r) => r.lang === lang).length).toBeGreaterThan(100);
      expect(calls.callers.filter((c) => c.lang === lang).length).toBeGreaterThan(100);
    }
  });
  it("label every reply with a known intent and kinds of secret, and every caller line with the catalogue's red flags", () => {
    const { flags } = loadLibrary().catalogue;
    expect(calls.replies.filter((r) => !INTENTS.includes(r.intent) || r.leaks.some((k) => !LEAK_KINDS.includes(k)))).toEqual([]);
    // (red flags only, as in the real corpus: a genuine caller's green flags are for scenario lines)
    expect(calls.callers.flatMap((c) => c.flags.filter((f) => !flags[f] || flags[f].green).map((f) => `${c.id}: ${f}`))).toEqual([]);
  });
  it("read each reply after the caller's line just before it in its conversation", () => {
    const dir = join(import.meta.dirname, 'calls');
    const wrong: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      const last = new Map<string, string>();
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim())) {
        const r = JSON.parse(line) as { id: string; dialogue: string; text?: string; caller?: string };
        if (r.text !== undefined) last.set(r.dialogue, r.text);
        else if (r.caller !== (last.get(r.dialogue) ?? '')) wrong.push(r.id);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('are trained on only for the rounds listed, and every other round is measured, never trained on', () => {
    const trained = loadCalls('trained');
    const measured = loadCalls('measured');
    expect(trained.replies.length + measured.replies.length).toBe(calls.replies.length);
    expect(trained.replies.every((r) => CALLS_TRAINED_ROUNDS.includes(callRound(r.id)))).toBe(true);
    expect(measured.replies.some((r) => CALLS_TRAINED_ROUNDS.includes(callRound(r.id)))).toBe(false);
    // (none is a real dialogue: the held-out split is the real corpus's alone)
    const real = new Set(loadReal().replies.map((r) => r.dialogue));
    expect(calls.replies.filter((r) => real.has(r.dialogue))).toEqual([]);
  });
  it('keep the latest round out of training: there is always a round that measures the reader blind', () => {
    const latest = Math.max(...calls.replies.map((r) => callRound(r.id)));
    expect(CALLS_TRAINED_ROUNDS).not.toContain(latest);
  });
});
