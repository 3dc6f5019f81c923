import { Option, type Command } from 'commander';
import { diagram, type DiagramFormat } from '../../scenario/diagram';
import type { Lang } from '../../core/schema';
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
      const { scenario } = await requireScenario(id);
      process.stdout.write(diagram(scenario, opts.format, opts.lang));
    });
}
