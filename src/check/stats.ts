// The paired effect of training on a group: mean change, Cohen's d_z (mean difference / standard
// deviation of the differences) and their 95% confidence intervals by the percentile bootstrap.
// Bootstrap rather than t: it needs no normality of the changes (with 12 items they come in steps
// of 8.3 points), and it gives an interval for d_z without the noncentral t. The seed is fixed, so
// the same results always give the same interval (docs/measuring.md, "The interval").
import { seeded } from '../core/random';

export const BOOTSTRAP = { resamples: 10_000, seed: 15, level: 0.95 } as const;

export interface PairedEffect {
  n: number;
  mean: number;
  /** Sample standard deviation of the differences (n − 1); undefined below 2 people. */
  sd?: number;
  /** mean / sd; undefined below 2 people, or when every difference is the same (sd = 0). */
  dz?: number;
  meanCi?: [number, number];
  dzCi?: [number, number];
}

export const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}


/** The q-quantile of sorted values, interpolated between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return lo === hi || a === b ? a : a + (b - a) * (pos - lo);
}

/** Every difference equal, to rounding: sd would be noise, and d_z a huge number instead of undefined. */
const flat = (xs: readonly number[]) => xs.every((x) => Math.abs(x - xs[0]!) <= 1e-9 * Math.max(1, Math.abs(xs[0]!)));

/** d_z of one sample; with no spread it is infinite in the direction of the mean (0 if none). */
function dzOf(xs: readonly number[]): number {
  const m = mean(xs);
  const s = flat(xs) ? 0 : sd(xs);
  return s > 0 ? m / s : m === 0 ? 0 : Math.sign(m) * Infinity;
}

/** Paired change of a group: each difference is one person's after − before. */
export function pairedEffect(diffs: readonly number[], o: { resamples?: number; seed?: number } = {}): PairedEffect {
  const n = diffs.length;
  if (n === 0) return { n, mean: NaN };
  const m = mean(diffs);
  if (n < 2) return { n, mean: m };
  // Differences that are all the same can leave a rounding residue (1e-16) for an sd: that is no spread.
  const s = flat(diffs) ? 0 : sd(diffs);
  const resamples = o.resamples ?? BOOTSTRAP.resamples;
  const random = seeded(o.seed ?? BOOTSTRAP.seed);
  const means: number[] = [];
  const dzs: number[] = [];
  const sample = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = diffs[Math.floor(random() * n)]!;
    means.push(mean(sample));
    dzs.push(dzOf(sample));
  }
  const tail = (1 - BOOTSTRAP.level) / 2;
  const ci = (xs: number[]): [number, number] => {
    xs.sort((a, b) => a - b);
    return [quantile(xs, tail), quantile(xs, 1 - tail)];
  };
  return { n, mean: m, sd: s, ...(s > 0 ? { dz: m / s, dzCi: ci(dzs) } : {}), meanCi: ci(means) };
}
