// Files that are not UTF-8 text — a scenario or answers file saved as GBK (the default on Chinese
// Windows), a Word document, binary junk — are refused by name instead of read as nonsense.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'scamdrill-enc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// "tiny" re-encoded by hand: every Chinese character as GBK bytes is not valid UTF-8.
const GBK_NI_HAO = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]); // 你好 in GBK
const tiny = join(ROOT, 'test', 'fixtures', 'good', 'tiny.yaml');

function gbkScenario(): string {
  const text = readFileSync(tiny, 'utf8');
  const file = join(dir, 'tiny.yaml');
  // Replace the first Chinese text with GBK bytes; the rest of the file is ASCII-compatible.
  const at = text.search(/[\u4e00-\u9fff]/);
  expect(at).toBeGreaterThan(0);
  writeFileSync(file, Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), GBK_NI_HAO, Buffer.from(text.slice(at + 1), 'utf8')]));
  return file;
}

const notUtf8 = (stderr: string, file: string) => expect(stderr.trim()).toMatch(new RegExp(`^scamdrill: .*${file.replace(/[.]/g, '\\.')}: not UTF-8 text; save it as plain text in UTF-8`, 'm'));

describe('files that are not UTF-8', () => {
  it('validate: a GBK scenario is an error, not "no errors"', () => {
    const file = gbkScenario();
    const r = cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('not UTF-8 text');
    expect(r.stdout).not.toContain('no errors');
  });

  it('play: a GBK or binary answers file', () => {
    const gbk = join(dir, 'answers-gbk.txt');
    writeFileSync(gbk, Buffer.concat([Buffer.from('#1\n'), GBK_NI_HAO, Buffer.from('\n')]));
    const bin = join(dir, 'answers.docx');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x0a, 0x23, 0x41]));
    for (const f of [gbk, bin]) {
      const r = cli(['play', tiny, '--answers', f]);
      expect(r.code).toBe(1);
      notUtf8(r.stderr, f);
      expect(r.stdout).toBe('');
    }
  });

  it('analyze: a GBK transcript', () => {
    const f = join(dir, 'call.txt');
    writeFileSync(f, Buffer.concat([Buffer.from('caller: '), GBK_NI_HAO, Buffer.from('\nreceiver: ok\n')]));
    const r = cli(['analyze', f]);
    expect(r.code).toBe(1);
    notUtf8(r.stderr, f);
  });
});
