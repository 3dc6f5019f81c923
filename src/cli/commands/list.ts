import type { Command } from 'commander';
import { bundledLibrary } from '../snapshot';
import { defaultLang, formatOptions, libraryOrFail, wrapFileErrors } from '../shared';
import { LANGS } from '../../core/constants';
import { hasTag } from '../../scenario/tags';

export function register(program: Command): void {
  const cmd = program
    .command('list')
    .description('list the scenarios: id, title, channel, languages, tags');
  formatOptions(cmd, ['text', 'json'], { default: 'text', description: 'output format (json: one array)' })
    .option('--tag <tag>', 'only scenarios with this tag: a fraud type (order-brushing), an audience (students), a channel (sms) or "difficulty-2"')
    .addHelpText('after', '\nExamples:\n  scamdrill list\n  scamdrill list --tag students\n  scamdrill list --tag sms --json')
    .action(async (opts: { format: 'text' | 'json'; tag?: string }) => {
      const lib = libraryOrFail(await wrapFileErrors(bundledLibrary));
      const lang = defaultLang();
      const rows = lib.scenarios
        .filter((s) => !opts.tag || hasTag(s, opts.tag))
        .map((s) => ({ id: s.id, title: s.title, channel: s.channel, languages: [...LANGS], tags: s.tags, difficulty: s.difficulty }));
      if (opts.format === 'json') {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const w = Math.max(2, ...rows.map((r) => r.id.length));
      for (const r of rows) {
        process.stdout.write(`${r.id.padEnd(w)}  ${r.channel.padEnd(4)}  ${'★'.repeat(r.difficulty).padEnd(3)}  ${r.title[lang]}${r.tags.length ? `  [${r.tags.join(', ')}]` : ''}\n`);
      }
      if (!rows.length) process.stdout.write(opts.tag ? `no scenario has the tag "${opts.tag}"\n` : 'no scenarios\n');
    });
}
