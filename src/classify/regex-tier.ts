// V8 runs a regular expression's first match in an interpreter and compiles it to machine code on
// the second. The reader's patterns each run on every reply, so a fresh process compiled each one
// twice: a reply's first reads took 15–18 ms, the next ones 7–13 ms. Compiled once, straight to
// machine code, the same reads take about 9–15 ms and 2–3 ms (bench/secrets.ts, "fresh process").
import { setFlagsFromString } from 'node:v8';

/**
 * Compile each regex to machine code on its first match, for the rest of this process. Called once by the CLI's entry
 * point, on its main thread, before anything is read or any reader thread starts: V8's flags are the process's, so the
 * drill host's reader threads compile the same way (setting a flag while other threads run can crash the process).
 */
export function compileRegexesOnce(): void {
  // (a flag V8 reads at each regex's compile)
  setFlagsFromString('--no-regexp-tier-up');
}
