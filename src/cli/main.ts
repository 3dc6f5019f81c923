// Entry point: the only code that reads process.argv; everything else takes arguments.
import { main } from './program';

process.exitCode = await main(process.argv);
