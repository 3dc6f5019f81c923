// Percentiles of times in ms, and the host's own share of an answer's round trip: from the moment
// its code handles the answer to the ack sent. The load tool (load.ts) compares it with what the
// participants measure, sent → acknowledged: what is not the host's handling is the answer waiting
// before the host reads it (a busy main thread) or the ack waiting to be read (a busy client).

export interface Spread {
  p50: number;
  p99: number;
  max: number;
}

/** The p-th percentile of sorted times, to 0.1 ms. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 10) / 10;
}

export function spread(xs: readonly number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: percentile(s, 100) };
}

/**
 * The last `size` times (a burst of a 5,000-person room fits): older ones are overwritten. Kept in
 * a typed array, sorted natively: the host works them out for every trainer status, four a second.
 */
export class RecentTimes {
  private readonly times: Float64Array;
  private count = 0;

  constructor(size = 8192) {
    this.times = new Float64Array(size);
  }

  add(ms: number): void {
    this.times[this.count++ % this.times.length] = ms;
  }

  /** Undefined before the first. */
  spread(): Spread | undefined {
    if (!this.count) return undefined;
    const s = this.times.slice(0, Math.min(this.count, this.times.length)).sort();
    return { p50: percentile(s, 50), p99: percentile(s, 99), max: percentile(s, 100) };
  }
}
