// `scamdrill graph`: the diagram module (with the scenario checks and the YAML parser behind it) is
// imported inside the action, so other commands never load it.
import { Option, type Command } from 'commander';
import type { DiagramFormat } from '../../scenario/diagram';
import type { Lang } from '../../core/constants';
import { langOption, requireScenario } from '../shared';

export function register(program: Command): void {
  program
    .command('graph')
    .argument('<scenario>', 'scenario id or file')
    .description('print a scenario as a state diagram (Mermaid or Graphviz dot)')
    .addOption(new Option('--format <format>', 'diagram language').choices(['mermaid', 'dot']).default('mermaid'))
    .addOption(langOption())
    .addHelpText('after', '\nExamples:\n  scamdrill graph express-refund\n  scamdrill graph etc-toll-card --format dot | dot -Tsvg > etc.svg')
    .action(async (id: string, opts: { format: DiagramFormat; lang: Lang }) => {
      const [{ scenario }, { diagram }] = await Promise.all([requireScenario(id), import('../../scenario/diagram')]);
      process.stdout.write(diagram(scenario, opts.format, opts.lang));
    });
}
