// A linear model over hashed features, and the file that holds the trained ones. The weights are
// stored quantised to 8 bits, each class on its own scale (its largest weight is 127), beside the
// sorted feature hashes, so the file loads with one read and no parsing of numbers (a few
// milliseconds, see bench/), and a lookup reads a bucket of the sorted keys. Eight bits a
// class read the held-out split and the written calls as sixteen on one scale did, within 0.4
// points (docs/reader.md, "The weights' size"), in half the bytes. File layout: "SDR8", u32 header
// length, header JSON (names, biases, scales, and each model's extra settings), padding to 4
// bytes, then per model its keys (u32) and weights (i8), each padded to 4 bytes.
import type { Features } from './features';

export interface LinearSpec {
  /** The classes scored: intents for a softmax, flags for one-vs-rest. */
  classes: string[];
  bias: number[];
  /** Settings chosen in training: the softmax temperature, each flag's threshold per language, the catalogue cues left out. */
  extra: Record<string, number | number[] | string[]>;
}

/** The top bits of a feature hash that pick its bucket: 65,536 buckets, about one or two keys each. */
const BUCKET_BITS = 16;
const SHIFT = 32 - BUCKET_BITS;

export class Linear {
  /**
   * Where each bucket's keys start in the sorted keys (the hashes are spread evenly, so a bucket holds a key or two): a
   * lookup reads two neighbouring starts and a key or two beside each other. Built in one pass over the sorted keys,
   * which a fresh process does in well under a millisecond; an open-addressing table took 10–20 ms to fill.
   */
  private readonly starts: Uint32Array;

  constructor(
    readonly spec: LinearSpec,
    /** Sorted feature hashes. */
    readonly keys: Uint32Array,
    /** keys.length × classes rows, weight = value × its class's scale. */
    readonly weights: Int8Array,
    readonly scales: readonly number[],
  ) {
    // each bucket's first row, an empty bucket then taking the next one's start
    const starts = new Uint32Array((1 << BUCKET_BITS) + 1).fill(keys.length);
    for (let row = keys.length - 1; row >= 0; row--) starts[keys[row]! >>> SHIFT] = row;
    for (let b = (1 << BUCKET_BITS) - 1; b >= 0; b--) if (starts[b + 1]! < starts[b]!) starts[b] = starts[b + 1]!;
    this.starts = starts;
  }

  private row(key: number): number {
    const b = key >>> SHIFT;
    for (let r = this.starts[b]!, end = this.starts[b + 1]!; r < end; r++) if (this.keys[r] === key) return r;
    return -1;
  }

  /** The raw score of every class. */
  scores(f: Features): Float64Array {
    const k = this.spec.classes.length;
    // (summed in each class's steps, then scaled once)
    const s = new Float64Array(k);
    for (let j = 0; j < f.keys.length; j++) {
      const row = this.row(f.keys[j]!);
      if (row < 0) continue;
      const v = f.values[j]!;
      for (let c = 0; c < k; c++) s[c]! += this.weights[row * k + c]! * v;
    }
    for (let c = 0; c < k; c++) s[c] = this.spec.bias[c]! + s[c]! * this.scales[c]!;
    return s;
  }
}

/** Trained weights before quantising: one row of class weights per feature hash. */
export interface Trained {
  spec: LinearSpec;
  rows: Map<number, Float64Array>;
}

const MAGIC = 'SDR8';
// (the sixteen-bit file before it, which a checkout older than its code may still hold)
const OLD_MAGIC = 'SDRM';
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The bytes of a model file holding these models, in a fixed order: the same weights give the same bytes. */
export function encodeModels(models: Record<string, Trained>): Uint8Array {
  const names = Object.keys(models).sort();
  const parts: { keys: Uint32Array; weights: Int8Array }[] = [];
  const header: Record<string, { spec: LinearSpec; scales: number[]; n: number }> = {};
  for (const name of names) {
    const { spec, rows } = models[name]!;
    const k = spec.classes.length;
    const keys = Uint32Array.from([...rows.keys()].sort((a, b) => a - b));
    const max = new Array<number>(k).fill(0);
    for (const r of rows.values()) for (let c = 0; c < k; c++) max[c] = Math.max(max[c]!, Math.abs(r[c]!));
    const scales = max.map((m) => (m > 0 ? m / 127 : 1));
    const weights = new Int8Array(keys.length * k);
    keys.forEach((key, i) => {
      const r = rows.get(key)!;
      for (let c = 0; c < k; c++) weights[i * k + c] = Math.round(r[c]! / scales[c]!);
    });
    parts.push({ keys, weights });
    header[name] = { spec: { ...spec, bias: spec.bias.map(round) }, scales, n: keys.length };
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = Math.ceil((8 + json.length) / 4) * 4;
  const size = parts.reduce((s, p) => s + p.keys.byteLength + Math.ceil(p.weights.byteLength / 4) * 4, start);
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  let at = start;
  for (const p of parts) {
    out.set(new Uint8Array(p.keys.buffer), at);
    at += p.keys.byteLength;
    out.set(new Uint8Array(p.weights.buffer), at);
    at += Math.ceil(p.weights.byteLength / 4) * 4;
  }
  return out;
}

/** The models in a model file's bytes; throws on a file that is not one. */
export function decodeModels(bytes: Uint8Array): Record<string, Linear> {
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (magic === OLD_MAGIC) throw new Error('an older scamdrill model file (16-bit weights); run "npm run train" to rebuild it');
  if (magic !== MAGIC) throw new Error('not a scamdrill model file');
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as Record<string, { spec: LinearSpec; scales: number[]; n: number }>;
  // the typed views need 4-byte alignment: a file read whole starts its own buffer, a pooled Buffer may not (then copy)
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const buf = own.buffer;
  let at = own.byteOffset + Math.ceil((8 + len) / 4) * 4;
  const out: Record<string, Linear> = {};
  for (const name of Object.keys(header).sort()) {
    const { spec, scales, n } = header[name]!;
    const keys = new Uint32Array(buf, at, n);
    at += n * 4;
    const weights = new Int8Array(buf, at, n * spec.classes.length);
    at += Math.ceil(weights.byteLength / 4) * 4;
    out[name] = new Linear(spec, keys, weights, scales);
  }
  return out;
}
