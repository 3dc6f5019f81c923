// Lint for structure, not style: the layers of src/ and what each may import (docs/architecture.md, "Layers").
//
// How a boundary is enforced, and why this way:
// - Between layers: import-x/no-restricted-paths. It resolves each import to a real file before
//   comparing, so `../../classify/x` from a nested folder, a re-export, a dynamic import() and an
//   `import type` are all caught, and a sub-folder that happens to share a layer's name is not.
//   (no-restricted-imports only sees the written string, and not dynamic imports.) Each layer gets
//   one zone: "from anywhere in src/ except these folders", so a new folder under src/ is off
//   limits until LAYERS names it.
// - An import the resolver cannot follow would slip past that check, so import-x/no-unresolved
//   runs on src/ too.
// - npm packages: no-restricted-imports on the written name. It checks static imports (type-only
//   ones too) and not import(), which is exactly "cli/ may load Ink, but only lazily".
// - Cycles: import-x/no-cycle over src/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const FRONT_END = ['core', 'classify', 'scenario', 'words', 'answers', 'report', 'store', 'ink', 'check'];

/** Each folder of src/ and the folders it may import besides itself; null: anything. */
const LAYERS = {
  core: [],
  classify: ['core'],
  scenario: ['core', 'classify'],
  words: ['core'],
  answers: ['core'],
  report: ['core', 'words', 'classify'],
  // The before/after check's forms, scoring and statistics: shared by `scamdrill check` and drills.
  check: ['core', 'classify', 'scenario', 'words', 'report'],
  store: ['core', 'report', 'check'],
  // `scamdrill report`: the stored results (store/results.ts rows) counted, charted and rendered; pure.
  summary: ['core', 'words', 'report', 'check', 'store'],
  ink: ['core', 'words', 'report', 'check'],
  practice: FRONT_END,
  playback: FRONT_END,
  analyze: FRONT_END,
  drill: FRONT_END,
  quiz: FRONT_END,
  spot: FRONT_END,
  cli: null,
};

// Everything in src/ sits in a layer: a folder LAYERS does not name would be bound by nothing.
for (const entry of readdirSync(join(import.meta.dirname, 'src'))) {
  if (!(entry in LAYERS)) throw new Error(`eslint.config.js: src/${entry} is not a layer; add it to LAYERS with what it may import`);
}

/** Only these layers draw with Ink (cli/ too, through import(), so commands that don't draw stay fast). */
const UI_LAYERS = ['ink', 'practice', 'drill', 'quiz', 'spot'];
const UI_PACKAGES = { regex: '^(ink|react|ink-testing-library)(/|$)', message: `only ${UI_LAYERS.map((l) => `${l}/`).join(', ')} import Ink or React (cli/ through import())` };
// core/ is pure logic: no node: modules, no I/O, no UI; its only packages are xstate and zod.
const CORE_PACKAGES = { regex: '^(?![./])(?!(xstate|zod)(/|$))', message: 'core/ imports only xstate, zod and itself: no node: modules, no I/O, no UI' };

const zones = Object.entries(LAYERS)
  .filter(([, may]) => may !== null)
  .map(([layer, may]) => ({
    target: `./src/${layer}`,
    from: './src',
    except: [layer, ...may].map((l) => `./${l}`),
    message: may.length ? `${layer}/ may import only ${may.map((l) => `${l}/`).join(', ')} (eslint.config.js LAYERS)` : `${layer}/ imports no other layer (eslint.config.js LAYERS)`,
  }));

const restrictPackages = (files, pattern) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns: [pattern] }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    // A leading underscore marks a parameter an interface requires but this implementation ignores.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
    settings: {
      // import-x follows only the extensions listed here: without .ts, no-cycle sees no graph at all.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }],
      'import-x/no-unresolved': 'error',
      'import-x/no-cycle': 'error',
    },
  },
  restrictPackages(['src/core/**'], CORE_PACKAGES),
  restrictPackages(
    Object.keys(LAYERS).filter((l) => l !== 'core' && !UI_LAYERS.includes(l)).map((l) => `src/${l}/**`),
    UI_PACKAGES,
  ),
);
