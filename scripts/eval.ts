// Measures the reply classifier on the labelled corpora (npm run eval).
//   test/corpus/replies.jsonl  — the development corpus (tuned against)
//   test/corpus/holdout.jsonl  — written before tuning and never tuned against: the honest number
//   test/corpus/blind.jsonl    — 50 replies written after the last tuning by someone who never read the
//                                classifier: the second honest number. First measured at 88.0% intent,
//                                verdict macro-F1 0.881; one error was then fixed as a bug (withholding a
//                                secret from "anyone" read as agreeing to secrecy), nothing else tuned.
//   test/corpus/field.jsonl    — misreadings the scenario authors hit with realistic learner answers,
//                                plus variants of each pattern (fixed with general rules, so tuned against)
// --errors lists the development and field corpora's mistakes (never the holdout's).
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, CONFIDENT, type Reading } from '../src/classify/index';
import { INTENTS, type Intent, type LeakKind } from '../src/core/schema';

type Verdict = 'safe' | 'unsafe' | 'open';
interface Row {
  text: string;
  lang: 'en' | 'zh';
  intent: Intent;
  verdict: Verdict;
  leaks: LeakKind[];
}

const SAFE: readonly Intent[] = ['refuse', 'verify', 'hangup', 'challenge', 'consult'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function verdictOf(r: Pick<Reading, 'intent' | 'confidence' | 'leaks'>): Verdict {
  if (r.leaks.length) return 'unsafe';
  if (r.confidence < CONFIDENT) return 'open';
  if (SAFE.includes(r.intent)) return 'safe';
  if (r.intent === 'comply') return 'unsafe';
  return 'open';
}

function load(file: string): Row[] {
  const p = join(root, file);
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) + '%' : '    -');

function evaluate(name: string, rows: Row[], showErrors: boolean) {
  if (!rows.length) {
    console.log(`${name}: no rows`);
    return;
  }
  // warm up, then time
  for (const r of rows.slice(0, 50)) classify(r.text);
  const reps = 5;
  const t0 = performance.now();
  let readings: Reading[] = [];
  for (let k = 0; k < reps; k++) readings = rows.map((r) => classify(r.text));
  const ms = (performance.now() - t0) / (reps * rows.length);

  let intentOk = 0;
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let leaksExpected = 0;
  let leaksFound = 0;
  let clean = 0;
  let falseLeak = 0;
  const errors: string[] = [];

  rows.forEach((row, i) => {
    const r = readings[i]!;
    if (r.intent === row.intent) intentOk++;
    inc(r.intent === row.intent ? tp : fp, `i:${r.intent}`);
    if (r.intent !== row.intent) inc(fn, `i:${row.intent}`);
    const v = verdictOf(r);
    if (v === row.verdict) inc(tp, `v:${v}`);
    else {
      inc(fp, `v:${v}`);
      inc(fn, `v:${row.verdict}`);
    }
    const got = r.leaks.map((l) => l.kind);
    const remaining = [...got];
    for (const k of row.leaks) {
      leaksExpected++;
      const j = remaining.indexOf(k);
      if (j >= 0) {
        leaksFound++;
        remaining.splice(j, 1);
      }
    }
    if (!row.leaks.length) {
      clean++;
      if (got.length) falseLeak++;
    }
    if (r.intent !== row.intent || v !== row.verdict || got.join() !== row.leaks.join()) {
      errors.push(`  want ${row.intent}/${row.verdict} [${row.leaks}]  got ${r.intent} ${r.confidence.toFixed(2)}/${v} [${got}]  ${JSON.stringify(row.text)}`);
    }
  });

  const prf = (k: string) => {
    const t = tp.get(k) ?? 0;
    const p = t / (t + (fp.get(k) ?? 0));
    const r = t / (t + (fn.get(k) ?? 0));
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return { p, r, f: Number.isFinite(f) ? f : 0 };
  };

  console.log(`\n== ${name} (${rows.length} replies: ${rows.filter((r) => r.lang === 'en').length} en, ${rows.filter((r) => r.lang === 'zh').length} zh)`);
  console.log('  intent       precision  recall   n');
  for (const i of INTENTS) {
    const { p, r } = prf(`i:${i}`);
    console.log(`  ${i.padEnd(11)}  ${pct(p)}    ${pct(r)}  ${rows.filter((x) => x.intent === i).length}`);
  }
  const vs: Verdict[] = ['safe', 'unsafe', 'open'];
  const macro = vs.reduce((s, v) => s + prf(`v:${v}`).f, 0) / vs.length;
  console.log(`  verdict F1:  ${vs.map((v) => `${v} ${prf(`v:${v}`).f.toFixed(3)}`).join('  ')}`);
  const rowsOut: Array<[string, string, string]> = [
    ['intent accuracy', pct(intentOk / rows.length), '≥ 90%'],
    ['verdict macro-F1', macro.toFixed(3), '≥ 0.95'],
    ['leak recall', leaksExpected ? pct(leaksFound / leaksExpected) : '    -', '100%'],
    ['false leaks', pct(clean ? falseLeak / clean : 0), '≤ 1%'],
    ['ms per reply', ms.toFixed(4), '< 0.2'],
  ];
  for (const [k, v, target] of rowsOut) console.log(`  ${k.padEnd(17)} ${v.padStart(7)}   (target ${target})`);
  if (showErrors && errors.length) {
    console.log(`  mistakes (${errors.length}):`);
    for (const e of errors) console.log(e);
  }
}

const showErrors = process.argv.includes('--errors');
evaluate('development corpus (test/corpus/replies.jsonl)', load('test/corpus/replies.jsonl'), showErrors);
evaluate('HOLDOUT, never tuned against (test/corpus/holdout.jsonl)', load('test/corpus/holdout.jsonl'), false);
evaluate('field misreadings and variants (test/corpus/field.jsonl)', load('test/corpus/field.jsonl'), showErrors);
evaluate('BLIND, written by someone who never read the classifier (test/corpus/blind.jsonl)', load('test/corpus/blind.jsonl'), false);
