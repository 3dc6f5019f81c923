// The esbuild options every Node bundle of this project shares: the CLI (scripts/build.mjs) and
// the Ink "hello" floor of the start-up bench (bench/startup.ts), so the floor is bundled the same way.
import { join } from 'node:path';

/** @param {string} root the package folder @returns {import('esbuild').BuildOptions} */
export function bundleOptions(root) {
  return {
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    // Ink imports react-devtools-core only when DEV is set; the stub keeps it out of the bundle.
    alias: { 'react-devtools-core': join(root, 'scripts/empty.js') },
    define: { 'process.env.NODE_ENV': '"production"' },
    // CJS dependencies bundled into ESM still call require().
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  };
}
