import { writeFileSync } from 'node:fs';
import { loadReal, isHeldOut } from './scripts/corpus';
const { replies, callers } = loadReal();
const zc = callers.filter((c) => c.lang === (process.env.L ?? 'zh') && !isHeldOut(c.dialogue) && c.flags.some((f) => f.startsWith('asks-') || f === 'remote-control' || f === 'move-channel'));
// deterministic shuffle
const h = (s: string) => { let x = 2166136261; for (const ch of s + 'r14') x = Math.imul(x ^ ch.charCodeAt(0), 16777619) >>> 0; return x; };
zc.sort((a, b) => h(a.id) - h(b.id));
writeFileSync(`/tmp/h/${process.env.L ?? 'zh'}-callers.txt`, zc.map((c) => `${c.id}\t${c.flags.join(',')}\t${c.text}`).join('\n'));
const zl = replies.filter((r) => r.lang === 'zh' && !isHeldOut(r.dialogue) && r.leaks.length);
writeFileSync('/tmp/h/zh-leaks.txt', zl.map((r) => `${r.id}\t${r.leaks.join(',')}\tcaller: ${r.caller}\n\treply: ${r.reply}`).join('\n'));
const el = replies.filter((r) => r.lang === 'en' && !isHeldOut(r.dialogue) && r.leaks.length);
writeFileSync('/tmp/h/en-leaks.txt', el.map((r) => `${r.id}\t${r.leaks.join(',')}\tcaller: ${r.caller}\n\treply: ${r.reply}`).join('\n'));
console.log(zc.length, zl.length, el.length);
