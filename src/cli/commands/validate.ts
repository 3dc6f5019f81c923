import type { Command } from 'commander';
import { formatDiagnostic, hasErrors } from '../../scenario/diagnostics';
import { wrapFileErrors } from '../shared';
import { EXIT } from '../errors';

export function register(program: Command): void {
  program
    .command('validate')
    .argument('[files...]', 'scenario files or folders (default: the bundled scenarios/)')
    .description('check scenario files: schema, targets, reachability, endings, flags, translations')
    .option('--catalogue <file>', 'the red-flag catalogue (default: flags.yaml beside the scenarios)')
    .option('--strict', 'treat warnings as errors')
    .addHelpText('after', '\nPrints file:line:col: problems like a compiler; exit 1 if any error.\n\nExamples:\n  scamdrill validate\n  scamdrill validate my-scenario.yaml')
    .action(async (files: string[], opts: { catalogue?: string; strict?: boolean }) => {
      const { loadLibrary } = await import('../../scenario/files');
      const lib = await wrapFileErrors(() => loadLibrary(files, opts.catalogue));
      for (const d of lib.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      const warnings = lib.diagnostics.filter((d) => d.severity === 'warning').length;
      const failed = hasErrors(lib.diagnostics) || (opts.strict && warnings > 0);
      const errors = lib.diagnostics.length - warnings;
      if (failed) {
        process.stderr.write(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
        process.exitCode = EXIT.failure;
        return;
      }
      const n = lib.scenarios.length;
      process.stdout.write(`${n} scenario${n === 1 ? '' : 's'} checked, no errors${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`);
    });
}
