// `scamdrill classify`: read replies from stdin, one per line; print how each is read.
// Never prints a secret: plain output shows the redacted reply, --json only the kinds of leak.
import { Option, type Command } from 'commander';

interface Opts {
  lang: 'en' | 'zh' | 'auto';
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('classify')
    .description('read replies from stdin (one per line) and print intent, confidence and leaked secrets')
    .addOption(new Option('--lang <lang>', 'language of the replies').choices(['en', 'zh', 'auto']).default('auto'))
    .option('--json', 'one JSON object per line: {"intent","confidence","leaks":[{"kind"}]}')
    .addHelpText('after', '\nSecrets are never printed: the text is shown redacted, and JSON carries only the kind of each leak.\n\nExamples:\n  echo "I won\'t give you the code" | scamdrill classify\n  scamdrill classify --json < replies.txt')
    .action(async (opts: Opts) => {
      const { classify, redact } = await import('../../classify/index');
      const { createInterface } = await import('node:readline');
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of rl) {
        const r = classify(line, { lang: opts.lang });
        if (opts.json) {
          const out = { intent: r.intent, confidence: Math.round(r.confidence * 100) / 100, leaks: r.leaks.map((l) => ({ kind: l.kind })) };
          process.stdout.write(`${JSON.stringify(out)}\n`);
        } else {
          const kinds = r.leaks.length ? `  [${r.leaks.map((l) => l.kind).join(', ')}]` : '';
          process.stdout.write(`${r.intent} ${r.confidence.toFixed(2)}${kinds}  ${redact(line)}\n`);
        }
      }
    });
}
