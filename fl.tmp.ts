// MISS/FALSE list for a probes jsonl: npx tsx fl.tmp.ts file [lang] [round]
import { readFileSync } from 'node:fs';
import { classifyInContext } from './src/classify/index';
const [file, lang, round] = process.argv.slice(2);
let s = 0, f = 0, h = 0, fl = 0;
for (const l of readFileSync(file, 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const r = JSON.parse(l);
  if (lang && r.lang !== lang) continue;
  if (round && String(r.round) !== round) continue;
  const rd = classifyInContext(r.reply, { context: { caller: r.caller, earlier: r.earlier ?? [] } });
  const kinds = new Set(rd.leaks.map((x: any) => x.kind));
  for (const k of new Set<string>(r.leaks)) { s++; if (kinds.has(k)) f++; else console.log('MISS', k, JSON.stringify({ c: r.caller.slice(-120), e: (r.earlier ?? []).slice(-2), r: r.reply, sec: r.secrets, got: [...kinds], note: r.note })); }
  if (!r.leaks.length) { h++; if (kinds.size) { fl++; console.log('FALSE', JSON.stringify({ c: r.caller.slice(-120), r: r.reply, got: rd.leaks.map((x: any) => x.kind + ':' + r.reply.slice(x.start, x.end)), note: r.note })); } }
}
console.log(`recall ${f}/${s} ${(100 * f / s).toFixed(1)}%  false ${fl}/${h} ${(100 * fl / h).toFixed(1)}%`);
