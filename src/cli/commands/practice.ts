import { Option, type Command } from 'commander';
import { createSession } from '../../engine/session';
import type { Lang } from '../../scenario/schema';
import { CliError, EXIT } from '../errors';
import { langOption, requireScenario } from '../shared';

export const DEFAULT_SCENARIO = 'express-refund';

interface PracticeOpts {
  lang: Lang;
  mode: 'coach' | 'exam';
  choices?: boolean;
}

async function practice(id: string | undefined, opts: PracticeOpts): Promise<void> {
  if (process.stdin.isTTY !== true) {
    throw new CliError('practice needs a keyboard, and standard input is not a terminal.\nTo run without one, give the replies in a file:\n  scamdrill play express-refund --answers answers.txt', EXIT.usage);
  }
  const { scenario, catalogue } = requireScenario(id ?? DEFAULT_SCENARIO);
  const session = createSession(scenario, catalogue, { lang: opts.lang });
  const { runPlain } = await import('../../practice/plain');
  await runPlain(session, { coach: opts.mode === 'coach', choices: !!opts.choices, input: process.stdin, output: process.stdout });
}

export function register(program: Command): void {
  const cmd = program
    .command('practice', { isDefault: true })
    .argument('[scenario]', `scenario id or file (default: ${DEFAULT_SCENARIO})`)
    .description('practise answering a scam call or SMS at this terminal (the default command)')
    .addOption(langOption())
    .addOption(new Option('--mode <mode>', 'coach: verdicts after each reply; exam: only at the end').choices(['coach', 'exam']).default('coach'))
    .option('--choices', 'answer by number from a list instead of free text')
    .addHelpText('after', '\nExamples:\n  scamdrill\n  scamdrill practice etc-toll-card --lang zh --choices');
  cmd.action((id: string | undefined, opts: PracticeOpts) => practice(id, opts));
}
