// A deterministic trainer for the linear models of src/classify/model: logistic regression over
// sparse hashed features, softmax (one class per example: intents) or one-vs-rest sigmoids (any
// number of classes per example: flags), by AdaGrad SGD with L2 on the weights an example touches.
// Written here because no maintained npm package fits: ml-logistic-regression and the other JS
// learners take dense matrices (the training data is ~3,000 rows × ~100,000 sparse features),
// NLP.js's classifier has no way to add context features. Determinism: a seeded shuffle, a fixed
// order of every sum, and no parallelism, so the same corpus gives the same weights, bit for bit.
import type { Features } from '../src/classify/model/features';
import { seeded, shuffle } from '../src/core/random';

export interface Example {
  f: Features;
  /** One entry per class: 1 for the classes the example is (softmax: exactly one), else 0. */
  y: Float64Array;
  /** How much the example counts (default 1). */
  weight?: number;
}

export interface TrainOptions {
  loss: 'softmax' | 'sigmoid';
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export interface Weights {
  rows: Map<number, Float64Array>;
  bias: Float64Array;
}

/** The feature hashes seen in at least `minCount` examples: rarer ones are noise and bulk. */
export function frequentKeys(examples: readonly { f: Features }[], minCount: number): Set<number> {
  const count = new Map<number, number>();
  for (const e of examples) for (const k of new Set(e.f.keys)) count.set(k, (count.get(k) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= minCount).map(([k]) => k));
}

export function scoreWith(w: Weights, f: Features, k: number): Float64Array {
  const s = Float64Array.from(w.bias);
  for (let j = 0; j < f.keys.length; j++) {
    const row = w.rows.get(f.keys[j]!);
    if (!row) continue;
    for (let c = 0; c < k; c++) s[c]! += row[c]! * f.values[j]!;
  }
  return s;
}

/** Probabilities from raw scores: softmax over the classes, or a sigmoid per class. */
export function probabilities(s: Float64Array, loss: TrainOptions['loss'], temperature = 1): Float64Array {
  if (loss === 'sigmoid') return s.map((x) => 1 / (1 + Math.exp(-x)));
  let max = -Infinity;
  for (const x of s) max = Math.max(max, x / temperature);
  const e = s.map((x) => Math.exp(x / temperature - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** Train on `examples` (only the features in `keep`), `k` classes. */
export function train(examples: readonly Example[], k: number, keep: Set<number>, o: TrainOptions): Weights {
  // features as dense row numbers, numbered in order of first appearance: no map lookups inside the loop
  const index = new Map<number, number>();
  const data = examples.map((e) => {
    const rows: number[] = [];
    const values: number[] = [];
    e.f.keys.forEach((key, j) => {
      if (!keep.has(key)) return;
      let r = index.get(key);
      if (r === undefined) index.set(key, (r = index.size));
      rows.push(r);
      values.push(e.f.values[j]!);
    });
    return { rows: Int32Array.from(rows), values: Float64Array.from(values), y: e.y, weight: e.weight ?? 1 };
  });
  const w = new Float64Array(index.size * k);
  const g2 = new Float64Array(index.size * k);
  const bias = new Float64Array(k);
  const biasG = new Float64Array(k);
  const s = new Float64Array(k);
  let order = data.map((_, i) => i);
  const rand = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    order = shuffle(order, rand);
    for (const idx of order) {
      const ex = data[idx]!;
      s.set(bias);
      for (let j = 0; j < ex.rows.length; j++) {
        const base = ex.rows[j]! * k;
        for (let c = 0; c < k; c++) s[c]! += w[base + c]! * ex.values[j]!;
      }
      const p = probabilities(s, o.loss);
      for (let c = 0; c < k; c++) {
        const g = (p[c]! - ex.y[c]!) * ex.weight;
        biasG[c]! += g * g;
        bias[c]! -= (o.rate * g) / Math.sqrt(biasG[c]! + 1e-8);
        for (let j = 0; j < ex.rows.length; j++) {
          const at = ex.rows[j]! * k + c;
          const gw = g * ex.values[j]! + o.l2 * w[at]!;
          g2[at]! += gw * gw;
          w[at]! -= (o.rate * gw) / Math.sqrt(g2[at]! + 1e-8);
        }
      }
    }
  }
  const rows = new Map<number, Float64Array>();
  for (const [key, r] of index) rows.set(key, w.slice(r * k, r * k + k));
  return { rows, bias };
}
