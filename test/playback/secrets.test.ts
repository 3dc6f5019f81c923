// Secrets a learner types into an answers file must not come out of `scamdrill play` in clear:
// not on stdout, not on stderr, not in any report file, in any format.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers';

/** Append the Luhn check digit to a card number's other digits. */
function luhn(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  });
  return body + String((10 - (sum % 10)) % 10);
}

/** Append the GB 11643 check character to the first 17 digits of a Chinese ID number. */
function chineseId(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, ch, i) => a + Number(ch) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

const CARD = luhn('622202123456789123'); // 19 digits, a UnionPay-style number
const ID = chineseId('11010519491231002');
const CODE = '730561'; // not 482913: the fixture's own scripted answers say that one
const PASSWORD = 'hunter22';
const spaced = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

/** Everything that would give a secret away: whole, spaced, or a long enough piece of it. */
const NEEDLES = [CARD, spaced(CARD), CARD.slice(0, 12), CARD.slice(4, 16), ID, ID.slice(0, 14), ID.slice(6, 17), CODE, PASSWORD];

const dir = mkdtempSync(join(tmpdir(), 'scamdrill-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ANSWERS = [
  '// every kind of secret, typed the way people type them',
  `Sure. My card number is ${spaced(CARD)} and my ID is ${ID}.`,
  `my password is ${PASSWORD}, and the code is ${CODE}`,
  // After the ending: never played, and never echoed in the note about it.
  `again: ${CARD} ${ID} ${CODE} ${PASSWORD}`,
].join('\n');

function leaksIn(text: string): string[] {
  return NEEDLES.filter((n) => text.includes(n));
}

describe('secrets typed into an answers file', () => {
  it('the check digits are right (so the classifier sees real-looking numbers)', () => {
    expect(CARD).toHaveLength(19);
    expect(ID).toHaveLength(18);
  });

  const scenario = fixture('playback', 'parcel-refund.yaml');
  const answersFile = join(dir, 'learner.txt');
  writeFileSync(answersFile, ANSWERS);

  for (const format of ['text', 'md', 'json', 'csv']) {
    it(`never appear in ${format} output, on the terminal or in the --out file`, () => {
      const out = join(dir, `report.${format}`);
      const toFile = cli(['play', scenario, '--answers', answersFile, '--format', format, '--out', out]);
      expect(toFile.code, toFile.stderr).toBe(0);
      const written = readFileSync(out, 'utf8');
      expect(written.length).toBeGreaterThan(50);
      const toTerminal = cli(['play', scenario, '--answers', answersFile, '--format', format]);
      expect(toTerminal.code, toTerminal.stderr).toBe(0);
      for (const [where, text] of Object.entries({ stdout: toFile.stdout + toTerminal.stdout, stderr: toFile.stderr + toTerminal.stderr, [out]: written })) {
        expect(leaksIn(text), `${where}:\n${text}`).toEqual([]);
      }
    });
  }

  it('never appear when a folder is graded, nor when the file has an error', () => {
    const classDir = join(dir, 'class');
    mkdirSync(classDir, { recursive: true });
    writeFileSync(join(classDir, 'ann.txt'), ANSWERS);
    writeFileSync(join(classDir, 'bo.txt'), `@card ${CARD}\n`);
    writeFileSync(join(classDir, 'cy.txt'), `${PASSWORD} ${CODE}\n#9\n`);
    for (const format of ['text', 'md', 'json', 'csv']) {
      const out = join(dir, `class.${format}`);
      const r = cli(['play', scenario, '--answers-dir', classDir, '--format', format, '--out', out]);
      expect(r.code).toBe(1); // bo and cy cannot be played
      for (const text of [r.stdout, r.stderr, readFileSync(out, 'utf8')]) expect(leaksIn(text), text).toEqual([]);
    }
  });

  it('no other file is written', () => {
    const files = readdirSync(dir).filter((f) => f !== 'class');
    expect(files.sort()).toEqual(['class.csv', 'class.json', 'class.md', 'class.text', 'learner.txt', 'report.csv', 'report.json', 'report.md', 'report.text']);
  });
});
