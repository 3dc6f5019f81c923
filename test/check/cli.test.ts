// `scamdrill check` as a trainer uses it, through the built CLI: answers files in, the report out;
// a real SQLite file in a temp folder; bad input is one line and an exit code.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersText } from '../../src/check/answers';
import { loadForms } from '../../src/check/files';
import { cli } from '../helpers';
import { strays } from '../words/stray';

const forms = loadForms().forms!;
const dir = mkdtempSync(join(tmpdir(), 'scamdrill-check-'));
const data = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An answers file for a form with `wrong` items answered wrongly (the first ones), all at confidence `sure`. */
function sheet(name: string, form: 'A' | 'B', wrong: number, sure: 1 | 2 | 3 | 4 = 3): string {
  const file = join(dir, `${name}-${form}-${wrong}.txt`);
  writeFileSync(file, answersText(forms[form].items.map((it, i) => ({ answer: i < wrong ? (it.kind === 'scam' ? 'legitimate' : 'scam') : it.kind, confidence: sure }))));
  return file;
}

const check = (...args: string[]) => cli(['check', ...args, '--data-dir', data]);

describe('taking the check from answers files', () => {
  it('saves before (form A) then after (form B) per person, and says where the report is', () => {
    const first = check('--name', 'Li', '--group', 'class-3', '--answers', sheet('li', 'A', 4));
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe('Saved: Li, form A, before training: 8 of 12 right.\nThe group report: scamdrill check --report --group class-3\n');
    const second = check('--name', 'Li', '--group', 'class-3', '--answers', sheet('li', 'B', 1));
    expect(second.stdout).toContain('Saved: Li, form B, after training: 11 of 12 right.');
  });

  it('starts someone on form B when told, and gives them form A after', () => {
    expect(check('--name', 'Wang', '--group', 'class-3', '--form', 'B', '--answers', sheet('wang', 'B', 3)).stdout).toContain('form B, before training');
    expect(check('--name', 'Wang', '--group', 'class-3', '--answers', sheet('wang', 'A', 2)).stdout).toContain('form A, after training');
  });

  it('masks a phone number typed into a name: the database never holds it', () => {
    const r = check('--name', 'Zhao 13812345678', '--group', 'class-3', '--answers', sheet('zhao', 'A', 6, 2), '--lang', 'zh');
    expect(r.stdout).toContain('已保存：Zhao [phone •••]，A 卷，培训前：答对 6 条，共 12 条。');
    const db = new Database(join(data, 'scamdrill.db'), { readonly: true });
    const rows = JSON.stringify(db.prepare('SELECT * FROM check_results').all());
    db.close();
    expect(rows).not.toContain('13812345678');
    expect(rows).toContain('Zhao [phone •••]');
  });
});

describe('the report', () => {
  it('per person before, after and change; per group the change with its interval', () => {
    const r = check('--report', '--group', 'class-3');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Group class-3: 3 people, 2 with a before and an after');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Li +67% A +92% B +\+25 +0\.\d\d +2\.\d\d$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Wang +75% B +83% A +\+8 /));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Zhao \[phone •••\] +50% A +– +– /));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Accuracy +71% → 88% +Change \+16\.7 points \(95% CI \+8\.3 to \+25\.0\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Effect size +d_z = \d\.\d\d \(95% CI /));
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  it('in Chinese, the report is Chinese but for names, ids, notation and the path to the method', () => {
    const r = check('--report', '--group', 'class-3', '--lang', 'zh');
    expect(r.stdout).toContain('class-3 组：3 人，其中 2 人前后都测了');
    expect(r.stdout).toMatch(/正确率 +71% → 88% +变化 \+16\.7 个百分点（95% 置信区间 \+8\.3 至 \+25\.0）/);
    expect(strays(r.stdout, 'zh', ['Li', 'Wang', 'Zhao', 'phone', 'A', 'B', 'd', 'z', 'docs'])).toEqual([]);
    // Two people: many resamples have no spread, so the interval for d_z has no upper bound.
    expect(r.stdout).toMatch(/d_z = \d\.\d\d（95% 置信区间 \d\.\d\d 至 ∞）/);
  });

  it('exports JSON with the method, people and groups', () => {
    const r = check('--report', '--format', 'json');
    const j = JSON.parse(r.stdout);
    expect(j.version).toBe(1);
    expect(j.method.interval).toBe('95% percentile bootstrap over people, 10000 resamples, seed 15');
    expect(j.groups[0]).toMatchObject({ group: 'class-3', people: 3, paired: 2, accuracy: { n: 2 } });
    expect(j.groups[0].accuracy.meanCi).toHaveLength(2);
    expect(j.people.find((p: { person: string }) => p.person === 'Li').change.accuracy).toBeCloseTo(25, 6);
  });

  it('exports CSV, one row per person, to a file', () => {
    const out = join(dir, 'results.csv');
    expect(check('--report', '--format', 'csv', '--out', out)).toMatchObject({ code: 0, stdout: '' });
    const csv = cli(['check', '--report', '--format', 'csv', '--data-dir', data]).stdout.split('\r\n');
    expect(csv[0]).toBe('\uFEFFgroup,person,before_form,before_taken_at,before_correct,before_accuracy,before_d_prime,before_engaged,before_converted,after_form,after_taken_at,after_correct,after_accuracy,after_d_prime,after_engaged,after_converted,change_accuracy_points,change_d_prime');
    expect(csv[1]).toMatch(/^class-3,Li,A,20\d\d-[^,]+,8,0\.6667,[\d.]+,\d,\d,B,[^,]+,11,0\.9167,[\d.]+,\d,\d,25,[\d.]+$/);
    expect(csv.filter(Boolean)).toHaveLength(4);
  });
});

describe('bad input: one line, a clear exit code', () => {
  it.each([
    [['--answers', 'x.txt'], 2, /^scamdrill: give your name with --name/],
    [['--name', 'Li'], 2, /^scamdrill: the check needs a keyboard, and standard input is not a terminal\.\nTo answer from a file .*\n {2}scamdrill check --form A --answers answers\.txt --name Li --group class-3\n$/],
    [['--report', '--name', 'Li'], 2, /^scamdrill: --report prints results; it takes no --name/],
    [['--name', 'Li', '--format', 'csv', '--answers', 'x.txt'], 2, /^scamdrill: --format(, --json)? and --out go with --report\n$/],
    [['--name', '   ', '--answers', 'x.txt'], 2, /^scamdrill: --name: give a name of 1 to 40 characters\n$/],
    [['--report', '--group', 'nobody'], 1, /^scamdrill: no check results for group "nobody"/],
    [['--name', 'Li', '--answers', 'no-such.txt'], 1, /^scamdrill: no-such\.txt: no such file\n$/],
  ])('check %j exits %i', (args, code, message) => {
    const r = check(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a wrong answers file names its lines', () => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'scam 4\nperhaps\n');
    const r = check('--name', 'Li', '--group', 'other', '--answers', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`scamdrill: the answers file has errors:\n${file}:2: not an answer; write "scam 3" or "legit 2": scam or legit, then how sure from 1 (guessing) to 4 (certain)\n`);
  });

  it('a data folder that is a file is one line', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const r = cli(['check', '--report', '--data-dir', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^scamdrill: cannot use the data folder .*a-file: it is a file, not a folder; give a writable folder/);
  });
});
