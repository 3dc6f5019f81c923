// training part: leaks found / false (listed); held-out: counts only
import { classifyInContext } from './src/classify/index';
import { loadReal, isHeldOut } from './scripts/corpus';
const { replies } = loadReal();
const fig = { tr: [0, 0, 0, 0], ho: { en: [0, 0, 0, 0], zh: [0, 0, 0, 0] } as Record<string, number[]> };
for (const r of replies) {
  const kinds = new Set(classifyInContext(r.reply, { context: { caller: r.caller, earlier: r.earlier } }).leaks.map((l) => l.kind as string));
  const f = isHeldOut(r.dialogue) ? fig.ho[r.lang]! : fig.tr;
  for (const k of new Set<string>(r.leaks)) { f[0]++; if (kinds.has(k)) f[1]++; else if (!isHeldOut(r.dialogue)) console.log('TRMISS', r.id, k, r.reply.slice(0, 200)); }
  if (!r.leaks.length) { f[2]++; if (kinds.size) { f[3]++; if (!isHeldOut(r.dialogue)) console.log('TRFALSE', r.id, [...kinds], r.reply.slice(0, 200)); } }
}
console.log('train leaks', fig.tr[1], '/', fig.tr[0], 'false', fig.tr[3], '/', fig.tr[2]);
for (const l of ['en', 'zh']) console.log('heldout', l, 'leaks', fig.ho[l]![1], '/', fig.ho[l]![0], 'false', fig.ho[l]![3], '/', fig.ho[l]![2]);
