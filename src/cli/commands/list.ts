import type { Command } from 'commander';
import { bundledLibrary } from '../snapshot';
import { defaultLang, formatOptions, libraryOrFail, wrapFileErrors } from '../shared';
import { LANGS } from '../../core/constants';
import { hasTag } from '../../scenario/tags';
import { displayWidth, padCells } from '../../report/text';
import { kindWord } from '../../words/labels';

export function register(program: Command): void {
  const cmd = program
    .command('list')
    .description('list the scenarios: id, channel, kind (scam or real call), difficulty, title, tags');
  formatOptions(cmd, ['text', 'json'], { default: 'text', description: 'output format (json: one array)' })
    .option('--tag <tag>', 'only scenarios with this tag: a fraud type (order-brushing), an audience (students), a channel (sms) or "difficulty-2"')
    .addHelpText('after', '\nExamples:\n  scamdrill list\n  scamdrill list --tag students\n  scamdrill list --tag sms --json')
    .action(async (opts: { format: 'text' | 'json'; tag?: string }) => {
      const lib = libraryOrFail(await wrapFileErrors(bundledLibrary));
      const lang = defaultLang();
      const rows = lib.scenarios
        .filter((s) => !opts.tag || hasTag(s, opts.tag))
        .map((s) => ({ id: s.id, kind: s.kind, title: s.title, channel: s.channel, languages: [...LANGS], tags: s.tags, difficulty: s.difficulty }));
      if (opts.format === 'json') {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const w = Math.max(2, ...rows.map((r) => r.id.length));
      // "scam" or "real call" (诈骗 / 真实来电), padded to the wider of the two.
      const kindCells = Math.max(...[false, true].map((green) => displayWidth(kindWord('kindScam', green, lang))));
      const kind = (k: (typeof rows)[number]['kind']) => padCells(kindWord('kindScam', k === 'legitimate', lang), kindCells);
      for (const r of rows) {
        process.stdout.write(`${r.id.padEnd(w)}  ${r.channel.padEnd(4)}  ${kind(r.kind)}  ${'★'.repeat(r.difficulty).padEnd(3)}  ${r.title[lang]}${r.tags.length ? `  [${r.tags.join(', ')}]` : ''}\n`);
      }
      if (!rows.length) process.stdout.write(opts.tag ? `no scenario has the tag "${opts.tag}"\n` : 'no scenarios\n');
    });
}
