// `scamdrill play` as a user runs it: the built CLI, real files, a real SQLite history.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse';
import { play } from '../../src/playback/run';
import { loadLibrary } from '../../src/scenario/files';
import { openSqlite } from '../../src/store/sqlite';
import { saveSession } from '../../src/store/history';
import { cli, fixture } from '../helpers';

const SCENARIO = fixture('playback', 'parcel-refund.yaml');
const answer = (name: string) => fixture('playback', 'answers', `${name}.txt`);
const dir = mkdtempSync(join(tmpdir(), 'scamdrill-play-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('scamdrill play', () => {
  it('prints the annotated transcript and the debrief', () => {
    const r = cli(['play', SCENARIO, '--answers', answer('careless')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('⚑ Asks for a verification code — ✘ missed');
    expect(r.stdout).toContain('[goes along; gave away: verification code]');
    expect(r.stdout).toContain('Outcome: money lost');
    expect(r.stderr).toBe('');
  });

  it('reads the answers from standard input with --answers -', () => {
    const r = cli(['play', SCENARIO, '--answers', '-', '--format', 'json'], { input: '#3\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'safe', ending: 'checked', source: 'stdin' });
  });

  it('answers that run out: exit 0, outcome unfinished, a note on stderr; --strict: exit 1', () => {
    const r = cli(['play', SCENARIO, '--answers', answer('unfinished'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).outcome).toBe('unfinished');
    expect(r.stderr).toMatch(/note: .*unfinished\.txt: the answers ran out before the conversation ended/);
    const strict = cli(['play', SCENARIO, '--answers', answer('unfinished'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toMatch(/^scamdrill: .*unfinished\.txt: the answers ran out before the conversation ended \(after line 3, turn "hurry" is waiting for a reply\)\n$/);
  });

  it('bad input: a clear message, exit 1, never a stack trace', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'hello\n#7\n');
    const typo = join(dir, 'typo.txt');
    writeFileSync(typo, '// x\n@wait soon\n');
    const cases: [string[], RegExp][] = [
      [['play', 'no-such-scenario', '--answers', answer('careful')], /^scamdrill: unknown scenario "no-such-scenario"; known scenarios: /],
      [['play', SCENARIO, '--answers', join(dir, 'missing.txt')], /^scamdrill: .*missing\.txt: no such file\n$/],
      [['play', SCENARIO, '--answers', dir], /is a folder; to grade every answers file in it use --answers-dir/],
      [['play', SCENARIO, '--answers', bad], /^scamdrill: .*bad\.txt:2: #7 at turn "offer": there is no answer #7; choose 1 to 3\n$/],
      [['play', SCENARIO, '--answers', typo], /^scamdrill: the answers file has errors:\n.*typo\.txt:2: "@wait soon" is not a duration; write "@wait 30s"\n$/],
      [['play', SCENARIO, '--answers', answer('careful'), '--out', join(dir, 'nowhere', 'r.txt')], /r\.txt: cannot write \(no such folder\)/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      noStackTrace(r.stderr);
    }
  });

  it('usage mistakes exit 2', () => {
    for (const args of [['play', SCENARIO], ['play', SCENARIO, '--answers', 'a', '--answers-dir', 'b'], ['play', '--answers', answer('careful')], ['play', '--session', 'abc']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      noStackTrace(r.stderr);
    }
  });

  it('--out writes the report to the file and nothing to stdout', () => {
    const out = join(dir, 'lesson.md');
    const r = cli(['play', SCENARIO, '--answers', answer('careful'), '--format', 'md', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# Lost parcel refund\n/);
  });

  it('a report names the answers file by its name, never by the folder it was read from', () => {
    // A handout made with an absolute path printed "/tmp/…/careless.txt" (issue 13 §6).
    for (const format of ['text', 'md', 'json', 'csv']) {
      const r = cli(['play', SCENARIO, '--answers', answer('unfinished'), '--format', format]);
      expect(r.stdout, format).toContain('unfinished.txt');
      expect(r.stdout, format).not.toContain(fixture('playback'));
    }
    expect(JSON.parse(cli(['play', SCENARIO, '--answers', answer('careful'), '--json']).stdout).source).toBe('careful.txt');
    expect(cli(['play', SCENARIO, '--answers', answer('careful'), '--format', 'md']).stdout).toContain('Replies from: `careful.txt`');
    expect(cli(['play', SCENARIO, '--answers', answer('careful'), '--format', 'csv']).stdout.split('\r\n')[1]).toMatch(/^careful,careful\.txt,safe,/);
  });

  it('plays in Chinese with --lang zh', () => {
    const r = cli(['play', SCENARIO, '--answers', answer('careful'), '--lang', 'zh']);
    expect(r.stdout).toContain('结果: 安全');
  });
});

describe('scamdrill play --answers-dir', () => {
  const classDir = join(dir, 'class');
  mkdirSync(classDir, { recursive: true });
  writeFileSync(join(classDir, 'ann.txt'), '#2\n#3\n');
  writeFileSync(join(classDir, 'bo.txt'), '#1\n#2\n');
  writeFileSync(join(classDir, 'README.md'), 'not a learner');
  writeFileSync(join(classDir, 'notes.md'), 'Ann was late.\n');

  it('grades every .txt file, one row per learner, and names the files it skipped on one stderr line', () => {
    const r = cli(['play', SCENARIO, '--answers-dir', classDir, '--format', 'csv']);
    expect(r.code).toBe(0);
    // A byte-order mark first, so that Excel reads the file as UTF-8; flag names for people, ids for scripts.
    expect(r.stdout.split('\r\n').slice(0, 4)).toEqual([
      '\uFEFFlearner,file,outcome,caught,missed,open,score,amount_lost,currency,missed_flags,missed_flag_ids,error',
      'ann,ann.txt,safe,4,0,0,100,0,CNY,,,',
      'bo,bo.txt,loss,0,4,0,0,4800,CNY,Unexpected contact; Knows your details; Refund bigger than the loss; Asks for a verification code,unsolicited-contact knows-your-details refund-too-good asks-code,',
      '',
    ]);
    expect(r.stderr).toBe("scamdrill: note: skipped README.md, notes.md (answers files are *.txt, never a README; for others use --glob '<pattern>')\n");
    const text = cli(['play', SCENARIO, '--answers-dir', classDir]);
    expect(text.stdout).toMatch(/ann\s+safe\s+4\s+0\s+100/);
    // notes.md was graded as a learner and pulled the class mean down to 33.3.
    expect(text.stdout).toMatch(/2 learners: 1 safe, 1 money lost\nMean score: 50\/100/);
  });

  it('the flag names are in the language of the report', () => {
    const r = cli(['play', SCENARIO, '--answers-dir', classDir, '--format', 'csv', '--lang', 'zh']);
    const bo = r.stdout.split('\r\n').find((l) => l.startsWith('bo,'))!;
    expect(bo).toMatch(/,CNY,主动找上门的来电; [^,]+; [^,]+; [^,]+,unsolicited-contact knows-your-details refund-too-good asks-code,$/);
    expect(bo.split(',')[9]).not.toMatch(/[a-z]/);
  });

  it('--glob picks other files; a pattern nothing matches says what the folder holds', () => {
    const other = join(dir, 'ans');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'di.ans'), '#2\n#3\n');
    writeFileSync(join(other, 'ed.ANS'), '#1\n#2\n');
    writeFileSync(join(other, 'list.md'), 'di, ed');
    const none = cli(['play', SCENARIO, '--answers-dir', other]);
    expect(none.stderr).toMatch(/^scamdrill: .*ans: no answers files matching \*\.txt in this folder \(it has di\.ans, ed\.ANS, list\.md; .*--glob '\*\.ans'\)\n$/);
    const r = cli(['play', SCENARIO, '--answers-dir', other, '--glob', '*.ans', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).learners.map((x: { file: string }) => x.file)).toEqual(['di.ans', 'ed.ANS']);
    expect(r.stderr).toBe("scamdrill: note: skipped list.md (answers files are *.ans, never a README; for others use --glob '<pattern>')\n");
    const empty = cli(['play', SCENARIO, '--answers-dir', other, '--glob', '*.csv']);
    expect(empty).toMatchObject({ code: 1, stdout: '' });
    expect(empty.stderr).toMatch(/no answers files matching \*\.csv in this folder \(it has di\.ans, ed\.ANS, list\.md; to grade other files give a pattern, e\.g\. --glob '\*\.ans'\)\n$/);
    expect(cli(['play', SCENARIO, '--answers', answer('careful'), '--glob', '*.ans'])).toMatchObject({ code: 2, stderr: 'scamdrill: --glob goes with --answers-dir <folder>\n' });
  });

  it('a file that cannot be played: its row says error, the others are graded, exit 1', () => {
    writeFileSync(join(classDir, 'cy.txt'), '#9\n');
    const r = cli(['play', SCENARIO, '--answers-dir', classDir, '--format', 'json']);
    rmSync(join(classDir, 'cy.txt'));
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.stdout).learners;
    expect(rows.map((x: { learner: string; outcome: string }) => `${x.learner}:${x.outcome}`)).toEqual(['ann:safe', 'bo:loss', 'cy:error']);
    expect(r.stderr).toMatch(/cy\.txt:1: #9 at turn "greet"/);
  });

  it('an empty or missing folder is an error', () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    expect(cli(['play', SCENARIO, '--answers-dir', join(dir, 'empty')]).stderr).toMatch(/no answers files matching \*\.txt in this folder\n$/);
    expect(cli(['play', SCENARIO, '--answers-dir', join(dir, 'nope')]).stderr).toMatch(/nope: no such folder/);
  });
});

describe('scamdrill play --session', () => {
  it('replays a practice saved in the history, with the same transcript a playback gives', async () => {
    const lib = loadLibrary([SCENARIO]);
    const parsed = parseAnswers(readFileSync(answer('careless'), 'utf8'), 'careless.txt');
    if (!parsed.ok) throw new Error('fixture');
    const result = play(lib.scenarios[0]!, lib.catalogue, parsed.answers, { lang: 'en' });
    const dataDir = join(dir, 'data');
    const db = openSqlite(dataDir);
    const id = await saveSession(db, { debrief: result.debrief, events: result.events, mode: 'coach' });
    await db.close();

    const r = cli(['play', '--session', String(id), '--data-dir', dataDir, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const replay = JSON.parse(r.stdout);
    const direct = JSON.parse(cli(['play', SCENARIO, '--answers', answer('careless'), '--format', 'json']).stdout);
    expect(replay.turns).toEqual(direct.turns);
    expect(replay.flags).toEqual(direct.flags);
    expect(replay).toMatchObject({ outcome: 'loss', amountLost: 4800, source: expect.stringMatching(new RegExp(`^session ${id}, `)) });

    const text = cli(['play', '--session', String(id), '--data-dir', dataDir]);
    expect(text.stdout).toContain('⚑ Rush — ✘ missed');
  });

  it('an unknown session or an empty data folder is a clear error', () => {
    const dataDir = join(dir, 'data');
    expect(cli(['play', '--session', '999', '--data-dir', dataDir]).stderr).toMatch(/^scamdrill: no saved session 999 in /);
    const r = cli(['play', '--session', '1', '--data-dir', join(dir, 'never-used')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no practice history in .*never-used/);
  });
});
