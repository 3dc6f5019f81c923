// How far two labellers agree (npm run kappa): the second, blind labels of about 10% of the real
// corpus (test/corpus/real/double/) against the first (test/corpus/real/*.jsonl), and the same for
// the conversations written blind (test/corpus/calls/double/ against test/corpus/calls/), as Cohen's κ for
// reply intents, for the verdict they imply, and per caller-line flag. --list prints every
// disagreement, so each one can be settled in docs/labelling.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent } from '../src/core/constants';
import { SAFE_INTENTS } from '../src/core/judge';

interface Row {
  id: string;
  lang: 'en' | 'zh';
  reply?: string;
  caller?: string;
  text?: string;
  intent?: Intent;
  leaks?: string[];
  flags?: string[];
}

const CORPORA = ['real', 'calls'].map((name) => join(import.meta.dirname, '..', 'test', 'corpus', name));
const readRows = (file: string): Row[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

/** Cohen's κ of two label sequences over the same items. */
export function cohensKappa<T>(a: readonly T[], b: readonly T[]): number {
  const n = a.length;
  if (!n) return NaN;
  const agree = a.filter((x, i) => x === b[i]).length / n;
  const labels = new Set([...a, ...b]);
  let chance = 0;
  for (const l of labels) chance += (a.filter((x) => x === l).length / n) * (b.filter((x) => x === l).length / n);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

const verdictOf = (r: Row) => (r.leaks?.length ? 'unsafe' : SAFE_INTENTS.includes(r.intent!) ? 'safe' : r.intent === 'comply' ? 'unsafe' : 'open');

function main(root: string) {
  if (!existsSync(join(root, 'double'))) return;
  console.log(`\n# ${root.slice(root.lastIndexOf('test/'))}`);
  const first = new Map<string, Row>();
  for (const f of readdirSync(root).filter((f) => f.endsWith('.jsonl'))) for (const r of readRows(join(root, f))) first.set(r.id, r);
  const list = process.argv.includes('--list');
  const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');
  const files = readdirSync(join(root, 'double')).filter((f) => f.endsWith('.jsonl')).sort();
  const byLang = new Map<string, [Row, Row][]>();
  for (const f of files) {
    const second = readRows(join(root, 'double', f));
    const pairs = second.map((b) => [first.get(b.id), b] as const).filter((p): p is [Row, Row] => !!p[0]);
    report(f, pairs);
    for (const p of pairs) byLang.set(p[0].lang, [...(byLang.get(p[0].lang) ?? []), p]);
  }
  // Each batch has its own second labeller; the language's whole double-labelled set is the figure to quote.
  if (files.length > byLang.size) for (const [lang, pairs] of [...byLang].sort()) report(`${lang}, every double file`, pairs);

  function report(name: string, pairs: [Row, Row][]) {
    const replies = pairs.filter(([a]) => a.reply !== undefined);
    const callers = pairs.filter(([a]) => a.text !== undefined);
    const ia = replies.map(([a]) => a.intent!);
    const ib = replies.map(([, b]) => b.intent!);
    console.log(`\n${name}: ${replies.length} replies, ${callers.length} caller lines labelled twice`);
    console.log(`  intent   κ ${f2(cohensKappa(ia, ib))}   agreement ${f2(ia.filter((x, i) => x === ib[i]).length / ia.length)}`);
    console.log(`  verdict  κ ${f2(cohensKappa(replies.map(([a]) => verdictOf(a)), replies.map(([, b]) => verdictOf(b))))}`);
    const leakKey = (r: Row) => [...(r.leaks ?? [])].sort().join('+') || '-';
    console.log(`  leaks    κ ${f2(cohensKappa(replies.map(([a]) => leakKey(a)), replies.map(([, b]) => leakKey(b))))}`);
    const flags = [...new Set(callers.flatMap(([a, b]) => [...(a.flags ?? []), ...(b.flags ?? [])]))].sort();
    const allA: boolean[] = [];
    const allB: boolean[] = [];
    const rows: string[] = [];
    for (const flag of flags) {
      const a = callers.map(([x]) => !!x.flags?.includes(flag));
      const b = callers.map(([, y]) => !!y.flags?.includes(flag));
      allA.push(...a);
      allB.push(...b);
      rows.push(`    ${flag.padEnd(24)} κ ${f2(cohensKappa(a, b)).padStart(5)}   (${a.filter(Boolean).length} / ${b.filter(Boolean).length})`);
    }
    console.log(`  flags    κ ${f2(cohensKappa(allA, allB))} over every (line, flag) pair; per flag (first / second):`);
    console.log(rows.join('\n'));
    console.log(`  intents confused (first → second):`);
    const confusion = new Map<string, number>();
    for (let i = 0; i < ia.length; i++) if (ia[i] !== ib[i]) confusion.set(`${ia[i]} → ${ib[i]}`, (confusion.get(`${ia[i]} → ${ib[i]}`) ?? 0) + 1);
    for (const [k, n] of [...confusion].sort((x, y) => y[1] - x[1])) console.log(`    ${k.padEnd(24)} ${n}`);
    if (list) {
      for (const [a, b] of replies) if (a.intent !== b.intent || leakKey(a) !== leakKey(b)) console.log(`  ${a.id}  ${a.intent}/${leakKey(a)} vs ${b.intent}/${leakKey(b)}  「${a.caller?.slice(0, 40)}」→「${a.reply}」`);
      for (const [a, b] of callers) {
        const x = [...(a.flags ?? [])].sort().join(',');
        const y = [...(b.flags ?? [])].sort().join(',');
        if (x !== y) console.log(`  ${a.id}  [${x}] vs [${y}]  「${a.text}」`);
      }
    }
  }
}

for (const root of CORPORA) main(root);
