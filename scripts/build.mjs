// Bundles the CLI with esbuild: one file loads far faster than hundreds of small ESM modules
// (an Ink start-up measured ≈ 0.41 s bundled, ≈ 0.75 s as tsc output, ≈ 1.5 s through tsx), and
// code splitting keeps Ink out of commands that never draw.
import { build } from 'esbuild';
import { statSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleOptions } from './bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli.js');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (process.argv.includes('--if-stale') && existsSync(out)
    && statSync(out).mtimeMs >= Math.max(newest(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs)) {
  process.exit(0);
}

// --metafile: also write dist/meta.json (what each chunk holds; bench/README.md shows how to read it).
const metafile = process.argv.includes('--metafile');

// Chunk names carry content hashes: without this, every build would leave the old ones behind.
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });

const result = await build({
  ...bundleOptions(root),
  // The drill host's reader threads (src/drill/read-pool.ts) run dist/read-worker.js.
  entryPoints: { cli: join(root, 'src/cli/main.ts'), 'read-worker': join(root, 'src/drill/read-worker.ts') },
  outdir: join(root, 'dist'),
  splitting: true,
  external: ['better-sqlite3', 'pg', 'playwright-core'],
  chunkNames: 'chunks/[name]-[hash]',
  metafile,
});
if (metafile) writeFileSync(join(root, 'dist', 'meta.json'), JSON.stringify(result.metafile));

// dist/web/mask.js: the reader's secret masking for the drill's web page (src/drill/web/mask.ts), so a
// phone masks a reply before sending it. Only the masking: the trained model stays on the host. The
// host serves this file at /mask.js (src/drill/web/assets.ts finds it); nothing comes from a CDN.
await build({
  entryPoints: [join(root, 'src/drill/web/mask.ts')],
  outfile: join(root, 'dist', 'web', 'mask.js'),
  bundle: true,
  format: 'iife',
  globalName: 'ScamdrillMask',
  platform: 'browser',
  // Phones a few years old: their browsers read ES2020.
  target: 'es2020',
  minify: true,
  // (Han characters as they are, 3 bytes each, not \uXXXX escapes of 6: the traditional-character table is most of them; served as UTF-8)
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});

// dist/library.json: the bundled scenarios checked now, so practice and play start without parsing
// YAML (src/cli/snapshot.ts). Written by the same code as the bundle, then the writer is removed.
// One writer per build process: several builds may run at once in this tree.
const writer = join(root, 'dist', `.snapshot-writer-${process.pid}.mjs`);
await build({ ...bundleOptions(root), entryPoints: [join(root, 'src/cli/snapshot.ts')], outfile: writer });
try {
  const { writeSnapshot } = await import(pathToFileURL(writer).href);
  if (!(await writeSnapshot(join(root, 'dist')))) {
    rmSync(join(root, 'dist', 'library.json'), { force: true });
    console.warn('build: the scenarios have errors, so no dist/library.json (run "scamdrill validate")');
  }
} finally {
  rmSync(writer, { force: true });
}
