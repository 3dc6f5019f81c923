// How every drill client comes back after the line drops: the terminal participant, the trainer
// console, scripted participants and the web page (which gets the list written into its script).
// A restarted host (`drill host --resume`) takes a trainer some seconds to start, so each try waits
// a little longer (250 ms more, at most 3 s), about 75 s in all, before the client gives up and
// says so.

/** The wait before each try to come back, in order; when they are used up, the client gives up. */
export const RECONNECT_DELAYS_MS: readonly number[] = Array.from({ length: 30 }, (_, i) => Math.min(3000, 250 * (i + 1)));

/** The wait before try number `tried + 1` after a drop, or undefined: stop trying. `most` caps the tries. */
export function reconnectDelay(tried: number, most = RECONNECT_DELAYS_MS.length): number | undefined {
  return tried < most ? RECONNECT_DELAYS_MS[tried] : undefined;
}
