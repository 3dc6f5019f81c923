// A handout is in one language: without --lang, `play` writes it in the language the learner's
// replies are in (issue 13 §2: an English handout of a Chinese answers file mixed the two).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../drill/helpers';

const dir = mkdtempSync(join(tmpdir(), 'scamdrill-answers-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const zh = join(dir, 'zh.txt');
writeFileSync(zh, '这是什么短信？\n我不会点链接，我自己打电话问快递公司。\n');

describe('play picks the language of the replies', () => {
  it('a Chinese answers file gives a Chinese handout under an English $LANG, unless --lang says otherwise', () => {
    const md = cli(['play', 'express-refund', '--answers', zh, '--format', 'md'], { SCAMDRILL_LANG: 'en_US.UTF-8' });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## 对话经过');
    expect(md.stdout).not.toMatch(/Conversation|Replies from|Check through official channels/);
    const forced = cli(['play', 'express-refund', '--answers', zh, '--format', 'md', '--lang', 'en'], { SCAMDRILL_LANG: 'zh_CN.UTF-8' });
    expect(forced.stdout).toContain('## Conversation');
  });

  it('answers that only pick numbers keep $LANG', () => {
    const picks = join(dir, 'picks.txt');
    writeFileSync(picks, '#1\n');
    expect(cli(['play', 'express-refund', '--answers', picks], { SCAMDRILL_LANG: 'zh_CN.UTF-8' }).stdout).toContain('场景');
  });
});
