// `scamdrill analyze <file>`: mark red flags and judge the receiver's replies in a real transcript.
// Secrets in the transcript are redacted in every output format.
import { Option, type Command } from 'commander';
import { CliError } from '../errors';
import { formatOptions, readTextFile } from '../shared';

interface Opts {
  format: 'text' | 'md' | 'json';
  lang: 'en' | 'zh' | 'auto';
  catalogue?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('analyze')
    .argument('<file>', 'transcript: lines "caller: …" / "receiver: …" (also 骗子/来电, 受害人/接听), or JSON [{"role","content"}]; "-" for stdin')
    .description('find red flags in a real scam transcript and judge each reply (caught / missed / open)');
  formatOptions(cmd, ['text', 'md', 'json'], { default: 'text' })
    .addOption(new Option('--lang <lang>', 'language of the debrief and of the replies').choices(['en', 'zh', 'auto']).default('auto'))
    .option('--catalogue <file>', 'the red-flag catalogue (default: the bundled scenarios/flags.yaml)')
    .addHelpText('after', '\nExamples:\n  scamdrill analyze call.txt\n  scamdrill analyze dialogue.json --format md > debrief.md\n  scamdrill analyze call.txt --json')
    .action(async (file: string, opts: Opts) => {
      const src = readTextFile(file, 'transcript');
      const { parseTranscript, analyzeTranscript, render } = await import('../../analyze/index');
      const parsed = parseTranscript(src);
      for (const p of parsed.problems.slice(0, 20)) process.stderr.write(`${file}: ${p}\n`);
      if (!parsed.lines.length) throw new CliError(`${file}: no conversation found (expected lines like "caller: …" and "receiver: …", or JSON [{"role","content"}])`);
      const catalogue = await loadCatalogue(opts.catalogue);
      const analysis = analyzeTranscript(parsed.lines, catalogue, { lang: opts.lang });
      process.stdout.write(render(analysis, opts.format));
    });
}

async function loadCatalogue(file?: string) {
  // The bundled catalogue from the build's snapshot when it fits: no YAML and zod to load (~0.1 s).
  const { readSnapshot } = await import('../snapshot');
  const snapshot = file ? undefined : readSnapshot();
  if (snapshot) return snapshot.catalogue;
  const { join } = await import('node:path');
  const { parseCatalogue } = await import('../../scenario/library');
  const { CATALOGUE_FILE, defaultScenarioDir } = await import('../../scenario/paths');
  const path = file ?? join(defaultScenarioDir(), CATALOGUE_FILE);
  let text: string;
  try {
    text = readTextFile(path, 'catalogue');
  } catch (e) {
    if (file) throw e;
    process.stderr.write('scamdrill: the bundled red-flag catalogue is missing; no flags will be marked\n');
    return { flags: {}, channels: {} };
  }
  const { catalogue, diagnostics } = parseCatalogue({ file: path, text });
  if (!catalogue) throw new CliError(`the catalogue ${path} has errors (run "scamdrill validate" for details): ${diagnostics[0]?.message ?? ''}`);
  return catalogue;
}
