// What a bench run records, and how two runs compare. Pure: no timing, no files.

export type Better = 'lower' | 'higher';

/** One measured figure, with the floor it is judged against (if any) and its goal (if any). */
export interface Figure {
  /** Stable key, used to match figures across runs (e.g. "startup.firstFrame"). */
  id: string;
  label: string;
  value: number;
  unit: string;
  better: Better;
  floor?: { label: string; value: number };
  /** value / floor.value */
  ratio?: number;
  /** Human-readable goal, e.g. "≤ 3× node -e 0 and ≤ 300 ms". */
  goal?: string;
  /** Whether the goal is met; absent when the figure has no goal. */
  ok?: boolean;
}

export interface SectionError {
  section: string;
  message: string;
}

export interface Results {
  date: string;
  node: string;
  cpus: number;
  figures: Figure[];
  errors: SectionError[];
}

export interface Change {
  id: string;
  label: string;
  unit: string;
  before: number;
  after: number;
  /** How much worse the new run is, as a fraction: 0.25 = 25 % worse, negative = better. */
  worse: number;
  regression: boolean;
}

/** A regression is a figure more than this fraction worse than in the saved run. */
export const REGRESSION = 0.2;

/** How much worse `after` is than `before`, whichever direction is better. */
export function worseBy(before: number, after: number, better: Better): number {
  if (before === 0) return after === 0 ? 0 : better === 'lower' ? Infinity : -Infinity;
  return better === 'lower' ? after / before - 1 : (before - after) / before;
}

/** Every figure present in both runs, matched by id; regressions are those more than `threshold` worse. */
export function compare(saved: Pick<Results, 'figures'>, now: Pick<Results, 'figures'>, threshold = REGRESSION): Change[] {
  const old = new Map(saved.figures.map((f) => [f.id, f]));
  const changes: Change[] = [];
  for (const f of now.figures) {
    const o = old.get(f.id);
    if (!o || !Number.isFinite(o.value) || !Number.isFinite(f.value)) continue;
    const worse = worseBy(o.value, f.value, f.better);
    changes.push({ id: f.id, label: f.label, unit: f.unit, before: o.value, after: f.value, worse, regression: worse > threshold });
  }
  return changes;
}

/** A short text for the end of the bench output. */
export function formatChanges(changes: Change[], threshold = REGRESSION): string {
  if (!changes.length) return 'compare: no figure in common with the saved run';
  const pct = (x: number) => `${Math.round(Math.abs(x) * 100)}%`;
  const bad = changes.filter((c) => c.regression);
  const lines = changes.map((c) => `  ${c.regression ? 'REGRESSION' : '          '}  ${c.label}: ${c.before} → ${c.after} ${c.unit} (${c.worse === 0 ? 'same' : `${pct(c.worse)} ${c.worse > 0 ? 'worse' : 'better'}`})`);
  const head = bad.length
    ? `compare: ${bad.length} regression${bad.length > 1 ? 's' : ''} of more than ${threshold * 100}%: ${bad.map((c) => c.label).join(', ')}`
    : `compare: no regression of more than ${threshold * 100}%`;
  return [head, ...lines].join('\n');
}
