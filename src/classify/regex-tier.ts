// V8 runs a regular expression's first match in an interpreter and compiles it to machine code on
// the second. The reader's patterns each run on every reply, so a fresh process compiled each one
// twice: a reply's first reads took 15–18 ms, the next ones 7–13 ms. Compiled once, straight to
// machine code, the same reads take about 9–15 ms and 2–3 ms (bench/secrets.ts, "fresh process").
import { setFlagsFromString } from 'node:v8';

/** Compile each regex to machine code on its first match, for the rest of this process. Called by the entry points before anything is read. */
export function compileRegexesOnce(): void {
  // a V8 flag read on each regex's compile, so setting it after start-up is safe
  setFlagsFromString('--no-regexp-tier-up');
}
