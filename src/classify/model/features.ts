// Turning a line into the sparse features the trained models read: hashed n-grams of the words
// and characters (the same extractor for both languages, so a reply that mixes them still reads),
// plus named features the caller adds (the rule reading, the context). Shared by the trainer and
// the reader, so a feature means the same thing in both. Hashes are 32-bit FNV-1a: fixed across
// machines, so `npm run train` rebuilds the same weights everywhere.

/** A feature: its hash and its value. */
export interface Features {
  keys: number[];
  values: number[];
}

/** Only the start of a very long reply is read by the model (the rules read it all): enough to decide, and linear. */
export const MODEL_CHARS = 1000;

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

const mix = (h: number, c: number) => Math.imul(h ^ c, PRIME) >>> 0;

// (a few hundred names in all, from the intents, asks, cues and flags: each hashed once)
const namedHashes = new Map<string, number>();

/** The hash of a named feature ("rule:comply", "ctx:code×neg"). */
export function named(name: string): number {
  let h = namedHashes.get(name);
  if (h !== undefined) return h;
  h = mix(OFFSET, 0x4e);
  for (let i = 0; i < name.length; i++) h = mix(h, name.charCodeAt(i));
  namedHashes.set(name, h);
  return h;
}

const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || (c >= 0x41 && c <= 0x5a);
/** Marks kept as units of their own: they carry meaning ("好的?" is not "好的"). */
const MARKS = new Set([0x3f, 0x21, 0x2c, 0x2e, 0xff1f, 0xff01, 0xff0c, 0x3002, 0x2026]);
const MARK_OF: Record<number, number> = { 0xff1f: 0x3f, 0xff01: 0x21, 0xff0c: 0x2c, 0x3002: 0x2e, 0x2026: 0x2e };

// Units: a Latin word (digits folded to 0: numbers generalise), one Han character, or a mark.
const BOS = 0x5eed5eed;
const EOS = 0x0e0d0e0d;

// Scratch space reused by every call (one reader runs at a time): no allocation per n-gram.
let keys = new Uint32Array(4096);
let units = new Uint32Array(1024);
const word = new Uint16Array(MODEL_CHARS + 2);

function push(at: number, h: number): number {
  if (at === keys.length) {
    const grown = new Uint32Array(keys.length * 2);
    grown.set(keys);
    keys = grown;
  }
  keys[at] = h;
  return at + 1;
}

/**
 * The hashed n-gram features of a text, appended to `out`: unit 1–3-grams (Han characters and
 * words alike), the first and last unit marked, and the character 3–5-grams of each Latin word
 * (so "refuse" and "refused" share evidence). Values are scaled so the block has unit length:
 * a long reply does not outweigh the named features.
 */
export function textFeatures(text: string, out: Features, ns = 0): void {
  const n = Math.min(text.length, MODEL_CHARS);
  if (units.length < n + 2) units = new Uint32Array(n + 2);
  let nu = 0;
  let nk = 0;
  units[nu++] = BOS;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      let h = mix(OFFSET, 0x57 + ns);
      let len = 0;
      word[len++] = 0x3c;
      while (i < n && isWordCode(text.charCodeAt(i))) {
        let d = text.charCodeAt(i);
        if (d >= 0x41 && d <= 0x5a) d += 0x20;
        else if (d >= 0x30 && d <= 0x39) d = 0x30;
        h = mix(h, d);
        word[len++] = d;
        i++;
      }
      units[nu++] = h;
      word[len++] = 0x3e;
      // its 3- to 5-grams shorter than the marked word: the grams at one start are each other's prefixes, so each is the last
      // one's hash mixed with one more letter (the keys are sorted below, so their order is free)
      const top = Math.min(5, len - 1);
      for (let s = 0; s + 3 <= len; s++) {
        let x = mix(mix(mix(OFFSET, 0x43 + ns), word[s]!), word[s + 1]!);
        for (let k = s + 2; k < s + top && k < len; k++) nk = push(nk, (x = mix(x, word[k]!)));
      }
      continue;
    }
    if (isHanCode(c)) units[nu++] = mix(mix(OFFSET, 0x48 + ns), c);
    else if (MARKS.has(c)) units[nu++] = mix(mix(OFFSET, 0x4d + ns), MARK_OF[c] ?? c);
    i++;
  }
  units[nu++] = EOS;
  for (let s = 0; s < nu; s++) {
    if (s > 0 && s < nu - 1) nk = push(nk, mix(units[s]!, 1));
    if (s + 1 < nu) nk = push(nk, mix(mix(mix(OFFSET, 2 + ns), units[s]!), units[s + 1]!));
    if (s + 2 < nu) nk = push(nk, mix(mix(mix(mix(OFFSET, 3 + ns), units[s]!), units[s + 1]!), units[s + 2]!));
  }
  if (!nk) return;
  const sorted = keys.subarray(0, nk).sort();
  let distinct = 0;
  for (let k = 0; k < nk; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k]!;
  const v = 1 / Math.sqrt(distinct);
  for (let k = 0; k < distinct; k++) {
    out.keys.push(sorted[k]!);
    out.values.push(v);
  }
}

/** Append a named feature with value 1. */
export function addNamed(out: Features, name: string): void {
  out.keys.push(named(name));
  out.values.push(1);
}
