// The calls of one spot drill: the scenarios asked for, or a shuffled mix of scams and real calls,
// each played once with the simulated person. Everything comes from one seed.
import type { Lang } from '../core/constants';
import type { Catalogue, Scenario } from '../core/schema';
import { playCall, type SpotCall } from './call';
import { seeded, shuffle } from '../core/random';

/** How many calls of each kind a drill with no scenarios named takes. */
export const PER_KIND = 3;

export interface CallSource {
  scenario: Scenario;
  catalogue: Catalogue;
}

/** Up to PER_KIND scams and PER_KIND real calls, shuffled together. */
export function mixedQueue(sources: readonly CallSource[], rng: () => number, perKind = PER_KIND): CallSource[] {
  const of = (real: boolean) => shuffle(sources.filter((s) => (s.scenario.kind === 'legitimate') === real), rng).slice(0, perKind);
  return shuffle([...of(false), ...of(true)], rng);
}

/**
 * The drill's calls from `seed`: with `mix`, a mixed queue drawn from the sources; otherwise the
 * sources in the order given.
 */
export function spotCalls(sources: readonly CallSource[], opts: { lang: Lang; seed: number; mix: boolean }): SpotCall[] {
  const rng = seeded(opts.seed);
  const queue = opts.mix ? mixedQueue(sources, rng) : sources;
  return queue.map((s) => playCall(s.scenario, s.catalogue, { lang: opts.lang, rng }));
}
