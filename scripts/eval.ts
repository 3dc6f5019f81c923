// `npm run eval`: the reader measured on what it was never trained on.
//   held-out real split (scripts/corpus.ts: a fifth of the real dialogues), per language:
//     replies — intent accuracy, per-intent precision/recall, verdict macro-F1 (safe/unsafe/open),
//               leak recall, false leaks
//     caller lines — flag precision/recall per flag and micro overall
//   written calls (test/corpus/calls/: whole conversations written blind, in styles the real corpus
//     lacks), by round and language: the same figures, each round marked trained on or never tuned
//     against (scripts/corpus.ts, CALLS_TRAINED_ROUNDS)
//   written sets: holdout.jsonl and blind.jsonl (never tuned against); replies.jsonl and field.jsonl
//     are trained on, so their figures are shown as such.
//   secret probes (scripts/probes.ts): leak recall and false leaks on the blind written rounds the
//     detector was fixed from, by round and language.
// Options:
//   --rules-only   the reader before the trained model: the hand-written rules for replies, the
//                  catalogue's cue patterns for caller lines (the "before" figures)
// It lists no mistakes: the held-out lines are not to be tuned against (`npm run train -- --errors`
// lists the cross-validated mistakes of the training part instead).
import { classify, classifyInContext } from '../src/classify/index';
import { lineFlags } from '../src/classify/model/read';
import { flagsInLine } from '../src/classify/cues';
import { INTENTS } from '../src/core/constants';
import { loadLibrary } from '../src/scenario/files';
import { CALLS_READ_ROUNDS, CALLS_TRAINED_ROUNDS, callRound, isHeldOut, loadCalls, loadReal, loadWritten, WRITTEN_TEST, WRITTEN_TRAIN, type CallerRow, type Lang, type ReplyRow } from './corpus';
import { measureFlags, measureReplies, type PR } from './measure';
import { FIXED_THROUGH, loadProbes, measureProbes } from './probes';

export interface Reader {
  reply: (row: ReplyRow) => ReturnType<typeof classify>;
  /** `before`: the flags shown on the call's earlier lines. */
  flags: (row: CallerRow, before: ReadonlySet<string>) => readonly string[];
}

/** The trained reader: replies read against the caller's line, caller lines as analyze reads them (the caller model and the catalogue's cues). */
export function trained(): Reader {
  const { flags } = loadLibrary().catalogue;
  return {
    reply: (row) => classifyInContext(row.reply, { context: { caller: row.caller || undefined, ...row.before } }),
    flags: (row, before) => lineFlags(row.text, flags, row.first, before),
  };
}

/** The reader before the model: the rules, and the catalogue's cues for caller lines. */
export function rulesOnly(): Reader {
  const { flags } = loadLibrary().catalogue;
  return { reply: (row) => classify(row.reply), flags: (row) => flagsInLine(row.text, flags) };
}

/** The held-out rows of the real corpus, by language. */
export function heldOut(lang: Lang) {
  const real = loadReal();
  return {
    replies: real.replies.filter((r) => r.lang === lang && isHeldOut(r.dialogue)),
    callers: real.callers.filter((c) => c.lang === lang && isHeldOut(c.dialogue)),
  };
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%`.padStart(6) : '     -');

function printReplies(title: string, rows: ReplyRow[], reader: Reader) {
  const m = measureReplies(rows, reader.reply);
  console.log(`\n== ${title}: ${rows.length} replies`);
  console.log('  intent       precision  recall     n');
  for (const i of INTENTS) console.log(`  ${i.padEnd(11)}  ${pct(m.intents[i].precision)}    ${pct(m.intents[i].recall)}  ${String(m.intents[i].n).padStart(4)}`);
  console.log(`  verdict F1   ${(['safe', 'unsafe', 'open'] as const).map((v) => `${v} ${m.verdicts[v].f1.toFixed(3)}`).join('  ')}`);
  console.log(`  intent accuracy    ${pct(m.accuracy)}   (target ≥ 85%)`);
  console.log(`  verdict macro-F1    ${m.macroF1.toFixed(3)}   (target ≥ 0.90)`);
  console.log(`  leak recall        ${pct(m.leakRecall)}   (target 100%)`);
  console.log(`  false leaks        ${pct(m.falseLeaks)}   (target ≤ 1%)`);
}

function printFlags(title: string, rows: CallerRow[], reader: Reader) {
  const m = measureFlags(rows, reader.flags);
  const line = (name: string, p: PR) => console.log(`  ${name.padEnd(22)} ${pct(p.precision)}    ${pct(p.recall)}  ${String(p.n).padStart(4)}`);
  console.log(`\n== ${title}: ${rows.length} caller lines`);
  console.log('  flag                   precision  recall     n');
  for (const [f, p] of Object.entries(m.flags)) line(f, p);
  line('micro (all flags)', m.micro);
  console.log('  target: recall ≥ 85% at precision ≥ 90%');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rules = process.argv.includes('--rules-only');
  const reader = rules ? rulesOnly() : trained();
  const which = rules ? 'RULES ONLY (the reader before the model)' : 'trained reader';
  console.log(`scamdrill reader evaluation — ${which}`);
  for (const lang of ['zh', 'en'] as const) {
    const h = heldOut(lang);
    printReplies(`held-out real, ${lang}`, h.replies, reader);
    printFlags(`held-out real, ${lang}`, h.callers, reader);
  }
  const calls = loadCalls();
  for (const round of [...new Set(calls.replies.map((r) => callRound(r.id)))].sort((x, y) => x - y)) {
    const title = `written calls, round ${round}, ${CALLS_TRAINED_ROUNDS.includes(round) ? 'trained on' : CALLS_READ_ROUNDS.includes(round) ? 'not trained on (its secret misses were read for the rules)' : 'never tuned against'}`;
    for (const lang of ['zh', 'en'] as const) {
      const replies = calls.replies.filter((r) => r.lang === lang && callRound(r.id) === round);
      if (!replies.length) continue;
      printReplies(`${title}, ${lang}`, replies, reader);
      printFlags(`${title}, ${lang}`, calls.callers.filter((c) => c.lang === lang && callRound(c.id) === round), reader);
    }
  }
  for (const name of WRITTEN_TEST) printReplies(`written, never tuned against: ${name}.jsonl`, loadWritten(name), reader);
  for (const name of WRITTEN_TRAIN) printReplies(`written, trained on: ${name}.jsonl`, loadWritten(name), reader);
  if (!rules) {
    const probes = loadProbes();
    console.log(`\n== written secret probes (blind rounds; the detector was fixed from rounds 1 to ${FIXED_THROUGH}, later ones as they came): ${probes.length} replies`);
    for (const round of [...new Set(probes.map((r) => r.round))].sort((x, y) => x - y)) {
      for (const lang of ['zh', 'en'] as const) {
        const rows = probes.filter((r) => r.round === round && r.lang === lang);
        if (!rows.length) continue; // (rounds 5 on were written in English only)
        const m = measureProbes(rows);
        console.log(`  round ${round} ${lang}   leak recall ${pct(m.found / m.secrets)} (${m.found}/${m.secrets})   false leaks ${pct(m.falseLeaks / m.harmless)} (${m.falseLeaks}/${m.harmless})`);
      }
    }
  }
}
