// Entry point: the only code that reads process.argv; everything else takes arguments.
import { compileRegexesOnce } from '../classify/regex-tier';
import { main } from './program';

compileRegexesOnce();

// `scamdrill list | head`: a reader that stops early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv);
