// A scenario as a state diagram (Mermaid or Graphviz dot), for authors and trainers.
import { edgesOf } from './check';
import { HANGUP_ENDING, type Lang } from '../core/constants';
import type { Scenario } from '../core/schema';

export type DiagramFormat = 'mermaid' | 'dot';

interface Edge {
  from: string;
  to: string;
  label: string;
}

function edges(s: Scenario): Edge[] {
  const out: Edge[] = [];
  for (const [id, turn] of Object.entries(s.turns)) {
    const byTarget = new Map<string, string[]>();
    for (const e of edgesOf(turn)) {
      const label = e.path[0] === 'pressure' ? `silence ${turn.pressure!.after}s` : String(e.path[1]);
      byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), label]);
    }
    if (!turn.on.hangup) byTarget.set(HANGUP_ENDING, [...(byTarget.get(HANGUP_ENDING) ?? []), 'hangup']);
    for (const [to, labels] of byTarget) out.push({ from: id, to, label: labels.join(' / ') });
  }
  return out;
}

const short = (text: string, n = 40) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function diagram(s: Scenario, format: DiagramFormat, lang: Lang): string {
  const hungUp = edges(s).some((e) => e.to === HANGUP_ENDING);
  const endings = Object.entries(s.endings).map(([id, e]) => ({
    id,
    label: e.outcome === 'loss' ? `${e.outcome} ${e.amount} ${e.currency}` : e.outcome === 'leak' ? `leak: ${e.data.join(', ')}` : 'safe',
  }));
  if (hungUp) endings.push({ id: HANGUP_ENDING, label: 'safe (hung up)' });
  if (format === 'mermaid') {
    const q = (t: string) => t.replace(/"/g, '#quot;');
    const lines = ['stateDiagram-v2', `  [*] --> ${s.start}`];
    for (const [id, t] of Object.entries(s.turns)) lines.push(`  ${id}: ${q(`${id} — ${short(t.say[lang])}`)}`);
    for (const e of endings) lines.push(`  ${e.id}: ${q(`${e.id} (${e.label})`)}`, `  ${e.id} --> [*]`);
    for (const e of edges(s)) lines.push(`  ${e.from} --> ${e.to}: ${q(e.label)}`);
    return `${lines.join('\n')}\n`;
  }
  const q = (t: string) => `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = [`digraph ${q(s.id)} {`, '  rankdir=LR;', '  node [shape=box, style=rounded];', `  start [shape=point]; start -> ${q(s.start)};`];
  for (const [id, t] of Object.entries(s.turns)) lines.push(`  ${q(id)} [label=${q(`${id}\\n${short(t.say[lang])}`)}];`);
  for (const e of endings) lines.push(`  ${q(e.id)} [shape=doubleoctagon, label=${q(`${e.id}\\n${e.label}`)}];`);
  for (const e of edges(s)) lines.push(`  ${q(e.from)} -> ${q(e.to)} [label=${q(e.label)}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
