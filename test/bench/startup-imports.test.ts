// What every start pays for (bench/README.md, "Start-up"): the static imports of dist/cli.js hold
// none of the big packages a command loads only when it runs (the YAML parser, zod, Ink, React,
// SQLite, ws), and the practice screen's own chunk adds Ink and React but no parser or schema
// library: a static import of core/schema.ts or of a parser-backed module from a command file put
// zod and yaml back into every start (and 40% more into the practice screen's first frame).
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with scripts/build.mjs, no type declarations
import { bundleOptions } from '../../scripts/bundle-options.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

/** The bundle as scripts/build.mjs makes it, in memory. */
async function bundle(): Promise<Metafile> {
  const r = await build({
    ...(bundleOptions(ROOT) as object), entryPoints: { cli: join(ROOT, 'src/cli/main.ts') }, outdir: join(ROOT, 'dist'),
    splitting: true, external: ['better-sqlite3', 'playwright-core'], chunkNames: 'chunks/[name]-[hash]', write: false, metafile: true, logLevel: 'silent',
  });
  return r.metafile;
}

/** The outputs loaded by static imports from `entry`, itself included. */
function closure(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const i of meta.outputs[f]!.imports) if (i.kind === 'import-statement' && !i.external) todo.push(i.path);
  }
  return seen;
}

/** The packages bundled into those outputs, but for the ones in `without`. */
function staticPackages(meta: Metafile, entry: string, without: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const f of closure(meta, entry)) {
    if (without.has(f)) continue;
    for (const input of Object.keys(meta.outputs[f]!.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      if (pkg) out.add(pkg);
    }
  }
  return out;
}

describe('what a start loads', () => {
  it('dist/cli.js loads only commander and xstate; the practice screen adds Ink and React, never yaml or zod', async () => {
    const meta = await bundle();
    const cli = Object.keys(meta.outputs).find((f) => f.endsWith('dist/cli.js'))!;
    const always = staticPackages(meta, cli);
    for (const heavy of ['yaml', 'zod', 'ink', 'react', 'react-reconciler', 'yoga-layout', 'ws', 'qrcode']) expect(always, heavy).not.toContain(heavy);
    expect(always).toContain('commander');
    const practice = Object.keys(meta.outputs).find((f) => Object.keys(meta.outputs[f]!.inputs).some((i) => i.endsWith('src/practice/App.tsx')))!;
    const screen = staticPackages(meta, practice, closure(meta, cli));
    expect(screen).toContain('ink');
    for (const heavy of ['yaml', 'zod', 'ws', 'qrcode']) expect(screen, heavy).not.toContain(heavy);
  });
});
