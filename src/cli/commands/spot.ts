// `scamdrill spot`: the observer's drill. Calls play between the caller and a simulated person;
// the learner marks the lines that show a red flag, at the keyboard or from a marks file.
import type { Command } from 'commander';
import type { Lang } from '../../core/schema';
import { toJsonText } from '../../report/json';
import { plainStyle, type TextStyle } from '../../report/text';
import type { CallSource, SpotCall } from '../../spot/index';
import { CliError, EXIT } from '../errors';
import { loadFrontEnd } from '../load-ink';
import { formatOptions, intOption, langOption, libraryOrFail, readTextFile, requireScenario, wrapFileErrors } from '../shared';
import { bundledLibrary } from '../snapshot';

interface SpotOpts {
  marks?: string;
  seed?: string;
  lang: Lang;
  format: 'text' | 'json';
  plain?: boolean;
}

/** A marks file plays the same calls every time unless --seed says otherwise. */
const MARKS_SEED = 1;
const MAX_SEED = 999_999_999;

async function sources(refs: string[]): Promise<CallSource[]> {
  if (refs.length) return Promise.all(refs.map(async (ref) => requireScenario(ref)));
  const library = libraryOrFail(await wrapFileErrors(bundledLibrary));
  if (!library.scenarios.some((s) => s.kind === 'legitimate')) {
    process.stderr.write('scamdrill: note: the library has no real calls yet, so this drill is scams only and cannot measure false alarms\n');
  }
  return library.scenarios.map((scenario) => ({ scenario, catalogue: library.catalogue }));
}

async function styleFor(): Promise<TextStyle> {
  if (process.stdout.isTTY !== true) return plainStyle;
  const { chalkStyle } = await import('../../report/chalk-style');
  return chalkStyle();
}

type Spot = typeof import('../../spot/index');

async function scripted(spot: Spot, calls: SpotCall[], seed: number, path: string, opts: SpotOpts): Promise<void> {
  const { fitMarks, formatMarksError, formatSpot, parseMarks, spotJson, spotResult } = spot;
  const file = path === '-' ? 'stdin' : path;
  const parsed = parseMarks(readTextFile(path, 'marks'), file);
  const fitted = parsed.ok ? fitMarks(calls, parsed.steps, file) : parsed;
  if (!fitted.ok) throw new CliError(`the marks file has errors:\n${fitted.errors.map(formatMarksError).join('\n')}`);
  const result = spotResult(calls, fitted.marks, seed);
  process.stdout.write(opts.format === 'json' ? toJsonText(spotJson(result, opts.lang)) : `${formatSpot(result, opts.lang, await styleFor()).join('\n')}\n`);
  for (const n of fitted.notes) process.stderr.write(`scamdrill: note: ${n}\n`);
}

async function run(refs: string[], opts: SpotOpts): Promise<void> {
  const marks = opts.marks;
  if (!marks) {
    if (opts.format !== 'text') throw new CliError('--format and --json are for scripted runs; give the marks with --marks <file>', EXIT.usage);
    // Decided here, once: without a terminal there are no keys to read and raw mode must not be touched.
    if (process.stdin.isTTY !== true || typeof process.stdin.setRawMode !== 'function') {
      throw new CliError(
        'spot needs a keyboard, and standard input is not a terminal.\nTo run without one, give one mark per line of the calls in a file (x, x <flag id> or .):\n  scamdrill spot express-refund --marks marks.txt',
        EXIT.usage,
      );
    }
  }
  const seed = opts.seed !== undefined ? intOption('--seed', opts.seed, 0, MAX_SEED) : marks ? MARKS_SEED : Math.floor(Math.random() * 1_000_000);
  const logic = await import('../../spot/index');
  const calls = logic.spotCalls(await sources(refs), { lang: opts.lang, seed, mix: !refs.length });
  if (!calls.length) throw new CliError('there are no scenarios to play (see "scamdrill validate")');
  if (marks) return scripted(logic, calls, seed, marks, opts);

  let state;
  if (opts.plain) {
    const { runSpotPlain } = await import('../../spot/plain');
    state = await runSpotPlain(calls, { lang: opts.lang, seed, style: await styleFor(), input: process.stdin, output: process.stdout });
  } else {
    const { runSpotInk } = await loadFrontEnd(() => import('../../spot/run'));
    state = await runSpotInk({ calls, lang: opts.lang, seed });
  }
  const result = state && logic.spotResult(state.calls, state.marks, seed);
  if (result?.calls.length) process.stdout.write(`${logic.summaryLine(result, opts.lang)}\n`);
}

export function register(program: Command): void {
  const cmd = program
    .command('spot')
    .argument('[scenario...]', 'scenario ids or files (default: a shuffled mix of scams and real calls)')
    .description('watch calls and press Space on each line that shows a red flag; scored for telling scams from real calls')
    .addOption(langOption())
    .option('--marks <file>', 'no keyboard: one mark per line of the calls, "x", "x <flag id>" or "." ("-": stdin)')
    .option('--seed <n>', 'which mix, which path through each call and which names to choose from (default: random; 1 with --marks)');
  formatOptions(cmd, ['text', 'json'], { default: 'text', description: 'with --marks: text or json' })
    .option('--plain', 'line by line: no boxes (good with a screen reader)')
    .addHelpText(
      'after',
      `
Each caller line is a hit (red flag, marked), a miss (red flag, not marked), a false alarm (no red
flag, marked: every line of a real call) or a correct rejection. Discernment is
d' = z(hit rate) - z(false-alarm rate), with 0.5 added to each count (the log-linear correction):
0 is no better than guessing (marking every line scores about 0), 1 is fair, 2 or more is good.
Beside it, hits - false alarms: the share of red-flag lines marked minus the share of the other
lines marked, in percentage points. See docs/spot.md.

Examples:
  scamdrill spot
  scamdrill spot express-refund --lang zh --seed 7
  scamdrill spot express-refund --marks marks.txt --format json
  scamdrill spot express-refund --marks /dev/null      # an empty file: every line, none marked`,
    )
    .action((refs: string[], opts: SpotOpts) => run(refs, opts));
}
