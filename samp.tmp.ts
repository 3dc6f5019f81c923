import { writeFileSync } from 'node:fs';
import { loadReal, isHeldOut } from './scripts/corpus';
const { replies, callers } = loadReal();
const tr = replies.filter((r) => !isHeldOut(r.dialogue));
// whole training dialogues, English, as the dataset writes them
const byD = new Map<string, string[]>();
const all = [...callers.map((c) => ({ id: c.id, d: c.dialogue, lang: c.lang, s: 'caller: ' + c.text })), ...tr.map((r) => ({ id: r.id, d: r.dialogue, lang: r.lang, s: 'receiver: ' + r.reply + (r.leaks.length ? `   [leaks: ${r.leaks.join(',')}]` : '') }))];
for (const x of all) { if (isHeldOut(x.d) || x.lang !== (process.env.L ?? 'en')) continue; (byD.get(x.d) ?? byD.set(x.d, []).get(x.d)!).push(x.id + '\t' + x.s); }
const order = (id: string) => { const m = /-(c|r)(\d+)$/.exec(id)!; return +m[2] * 2 + (m[1] === 'c' ? 0 : 1); };
const ds = [...byD.entries()].map(([d, ls]) => [d, ls.sort((a, b) => order(a.split('\t')[0]) - order(b.split('\t')[0])).map((l) => l.split('\t')[1])] as const);
// the ones with leaks first, then others
const withLeak = ds.filter(([, ls]) => ls.some((l) => l.includes('[leaks')));
const rest = ds.filter(([, ls]) => !ls.some((l) => l.includes('[leaks')));
writeFileSync(`/tmp/h/${process.env.L ?? 'en'}-calls-leaks.txt`, withLeak.map(([d, ls]) => `## ${d}\n${ls.join('\n')}`).join('\n\n'));
writeFileSync(`/tmp/h/${process.env.L ?? 'en'}-calls-other.txt`, rest.slice(0, 400).map(([d, ls]) => `## ${d}\n${ls.join('\n')}`).join('\n\n'));
console.log(withLeak.length, rest.length, ds.length);
