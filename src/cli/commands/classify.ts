// `scamdrill classify`: read replies from stdin, one per line; print how each is read.
// Never prints a secret: plain output shows the redacted reply, --json only the kinds of leak.
// With --context each line is a JSON object {"caller": "…", "reply": "…"}: the reply is read
// against the caller's line ("我不挂电话" after "电话别挂" is going along, not hanging up).
import { Option, type Command } from 'commander';
import type { ReplyContext } from '../../core/reader';
import { formatOptions } from '../shared';

interface Opts {
  lang: 'en' | 'zh' | 'auto';
  format: 'text' | 'json';
  context?: boolean;
}

/** A --context line as reply and context, or a one-line reason it is not one (never quoting it: it may hold a secret). */
function contextLine(line: string): { reply: string; context: ReplyContext } | string {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return 'not JSON; write {"caller": "…", "reply": "…"}';
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return 'not a JSON object; write {"caller": "…", "reply": "…"}';
  const { caller, reply } = o as Record<string, unknown>;
  if (typeof reply !== 'string') return 'no "reply" text';
  if (caller !== undefined && typeof caller !== 'string') return '"caller" is not text';
  return { reply, context: { caller } };
}

export function register(program: Command): void {
  const cmd = program
    .command('classify')
    .description('read replies from stdin (one per line) and print intent, confidence and leaked secrets')
    .addOption(new Option('--lang <lang>', 'language of the replies').choices(['en', 'zh', 'auto']).default('auto'));
  formatOptions(cmd, ['text', 'json'], { default: 'text', description: 'output format (json: one object per line, {"intent","confidence","leaks":[{"kind"}]})' })
    .option('--context', 'each line is {"caller": "…", "reply": "…"}: read the reply against the caller\'s line')
    .addHelpText(
      'after',
      '\nSecrets are never printed: the text is shown redacted, and JSON carries only the kind of each leak.\n\nExamples:\n  echo "I won\'t give you the code" | scamdrill classify\n  scamdrill classify --json < replies.txt\n  echo \'{"caller":"电话别挂","reply":"我不挂电话"}\' | scamdrill classify --context',
    )
    .action(async (opts: Opts) => {
      const { classifyInContext, redact } = await import('../../classify/index');
      const { createInterface } = await import('node:readline');
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let n = 0;
      for await (const line of rl) {
        n++;
        const input = opts.context && line.trim() ? contextLine(line) : { reply: line, context: {} };
        if (typeof input === 'string') {
          process.stderr.write(`line ${n}: ${input}\n`);
          process.exitCode = 1;
          continue;
        }
        const r = classifyInContext(input.reply, { lang: opts.lang, context: input.context });
        if (opts.format === 'json') {
          const out = { intent: r.intent, confidence: Math.round(r.confidence * 100) / 100, leaks: r.leaks.map((l) => ({ kind: l.kind })) };
          process.stdout.write(`${JSON.stringify(out)}\n`);
        } else {
          const kinds = r.leaks.length ? `  [${r.leaks.map((l) => l.kind).join(', ')}]` : '';
          process.stdout.write(`${r.intent} ${r.confidence.toFixed(2)}${kinds}  ${redact(input.reply)}\n`);
        }
      }
    });
}
