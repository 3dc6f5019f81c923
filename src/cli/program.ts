// The `scamdrill` command tree and its error handling; each command loads its own modules.
import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './errors';
import { register as registerList } from './commands/list';
import { register as registerValidate } from './commands/validate';
import { register as registerGraph } from './commands/graph';
import { register as registerPractice } from './commands/practice';
import { register as registerPlay } from './commands/play';
import { register as registerHistory } from './commands/history';
import { register as registerReport } from './commands/report';
import { register as registerDrill } from './commands/drill';
import { register as registerClassify } from './commands/classify';
import { register as registerAnalyze } from './commands/analyze';
import { register as registerSpot } from './commands/spot';
import { register as registerCheck } from './commands/check';
import { register as registerStore } from './commands/store';
import { version } from './version';

export function buildProgram(): Command {
  const program = new Command('scamdrill')
    .description('Practise answering phone and SMS scammers. The computer plays the scammer; every red flag you miss is flagged.')
    .version(version, '-V, --version', 'print the version')
    .option('--no-color', 'no colours (also when NO_COLOR is set)')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .exitOverride();
  program.hook('preAction', (cmd) => {
    if (cmd.opts().color === false || process.env.NO_COLOR) process.env.NO_COLOR = '1';
  });
  registerPractice(program);
  registerPlay(program);
  registerSpot(program);
  registerList(program);
  registerValidate(program);
  registerGraph(program);
  registerHistory(program);
  registerReport(program);
  registerDrill(program);
  registerClassify(program);
  registerAnalyze(program);
  registerCheck(program);
  registerStore(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version arrive here as "errors" with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof CliError) {
      process.stderr.write(`scamdrill: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`scamdrill: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.SCAMDRILL_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return EXIT.failure;
  }
}

