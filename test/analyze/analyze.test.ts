import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTranscript, parseTranscript, render } from '../../src/analyze/index';
import { loadLibrary } from '../../src/scenario/files';
import { fixture } from '../helpers';

const catalogue = loadLibrary().catalogue;
const run = (src: string, lang?: 'en' | 'zh') => analyzeTranscript(parseTranscript(src).lines, catalogue, { lang });

describe('parseTranscript', () => {
  it('reads plain lines in English and Chinese, with ASCII or full-width colons', () => {
    const p = parseTranscript('caller: hello\nReceiver: hi\n骗子：你好\n受害人: 嗯\n来电:喂\n接听：哪位\nnguoi goi: x\n');
    expect(p.format).toBe('plain');
    expect(p.lines.map((l) => l.role)).toEqual(['caller', 'receiver', 'caller', 'receiver', 'caller', 'receiver', 'caller']);
    expect(p.lines[2]!.text).toBe('你好');
  });
  it('joins continuation lines and reports lines without a speaker', () => {
    const p = parseTranscript('who is this\ncaller: your parcel\nwas lost\n');
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0]!.text).toBe('your parcel was lost');
    expect(p.problems[0]).toMatch(/line 1: no speaker/);
  });
  it('reads JSON lists and TeleAntiFraud objects', () => {
    expect(parseTranscript('[{"role":"caller","content":"a"},{"role":"receiver","content":"b"}]').lines).toHaveLength(2);
    const taf = parseTranscript(readFileSync(fixture('real', 'teleantifraud-3167.json'), 'utf8'));
    expect(taf.format).toBe('json');
    expect(taf.lines[0]!.role).toBe('caller');
    expect(taf.lines[1]!.role).toBe('receiver');
    expect(parseTranscript('[{"role":"narrator","content":"x"}]').problems[0]).toMatch(/unknown speaker/);
  });
  it('says what is wrong with broken JSON', () => {
    expect(parseTranscript('[{"role": ').problems[0]).toMatch(/not valid JSON/);
  });
});

describe('verdicts', () => {
  it('a refusal catches the open flags', () => {
    const a = run("caller: Read me the verification code we just sent you.\nreceiver: I won't give you the code.\n");
    expect(a.lines[0]!.flags).toContain('asks-code');
    expect(a.verdicts.find((v) => v.flag === 'asks-code')).toMatchObject({ verdict: 'caught', critical: false, decidedBy: 2 });
  });
  it('a leak misses them, critically', () => {
    const a = run('caller: 请把验证码告诉我。\nreceiver: 验证码是三八二九一四。\n');
    expect(a.verdicts.find((v) => v.flag === 'asks-code')).toMatchObject({ verdict: 'missed', critical: true });
    expect(a.debrief.leaked).toEqual(['code']);
  });
  it('a question leaves flags open for the next reply', () => {
    const a = run('caller: Please read me the code from the text.\nreceiver: Why do you need it?\ncaller: To verify your refund.\nreceiver: This is a scam, I am hanging up.\n');
    const v = a.verdicts.find((x) => x.flag === 'asks-code')!;
    expect(v.verdict).toBe('caught');
    expect(v.decidedBy).toBe(4);
  });
  it('open flags at the end are missed, unless the receiver hung up or went to verify', () => {
    const open = run('caller: Read me the code from the text.\nreceiver: Hmm, what code?\n');
    expect(open.verdicts.every((v) => v.verdict === 'missed' && v.decidedBy === null)).toBe(true);
    const verify = run('caller: Read me the code from the text.\nreceiver: I will call my bank on the number on my card.\ncaller: Hurry, only three minutes left!\n');
    expect(verify.verdicts.every((v) => v.verdict === 'caught')).toBe(true);
    expect(verify.endedBy).toBe('verify');
  });
});

describe('a caller who pushes again', () => {
  it('carries the flag the call showed before, said in fewer words ("did you get the text?")', () => {
    const a = run('caller: Hello, this is your bank. Please read me the verification code we just sent you.\nreceiver: Hang on.\ncaller: Did you get the text?\nreceiver: Yes, one moment.\n');
    expect(a.lines[0]!.flags).toContain('asks-code');
    expect(a.lines[2]!.flags).toContain('asks-code');
    // (the same line opening a call asks for nothing)
    expect(run('caller: Did you get the text?\nreceiver: Yes.\n').lines[0]!.flags).not.toContain('asks-code');
  });
});

describe('redaction in every output', () => {
  const src = 'caller: 请提供卡号和验证码。\nreceiver: 卡号6222 0212 3456 7890 128，验证码482917，密码是一二三四五六\n';
  const secrets = ['6222 0212', '3456 7890', '482917', '一二三四五六', '123456'];
  it.each(['text', 'md', 'json'] as const)('%s never shows the secrets', (format) => {
    const out = render(run(src), format);
    for (const s of secrets) expect(out).not.toContain(s);
    expect(out).toMatch(/card|卡/);
  });
});

describe('real transcripts (TeleAntiFraud-28k and BothBosu samples)', () => {
  const files = readdirSync(fixture('real')).filter((f) => f.endsWith('.json'));
  it('has the ten TeleAntiFraud dialogues and the ones added for issue 12', () => expect(files.length).toBeGreaterThanOrEqual(16));
  it.each(files)('%s: parses, finds flags, renders', (f) => {
    const p = parseTranscript(readFileSync(fixture('real', f), 'utf8'));
    expect(p.problems).toEqual([]);
    const a = analyzeTranscript(p.lines, catalogue);
    expect(a.lang).toBe(f.startsWith('bothbosu') ? 'en' : 'zh');
    expect(a.lines.filter((l) => l.role === 'caller').some((l) => l.flags.length > 0)).toBe(true);
    for (const format of ['text', 'md', 'json'] as const) expect(render(a, format).length).toBeGreaterThan(100);
  });
  it('reads the card-and-code call as missed flags', () => {
    const a = analyzeTranscript(parseTranscript(readFileSync(fixture('real', 'teleantifraud-3167.json'), 'utf8')).lines, catalogue);
    expect(a.verdicts.filter((v) => v.flag === 'asks-code').every((v) => v.verdict === 'missed')).toBe(true);
  });
  it('reads the refusal of WeChat in 3168 as a refusal', () => {
    const a = analyzeTranscript(parseTranscript(readFileSync(fixture('real', 'teleantifraud-3168.json'), 'utf8')).lines, catalogue);
    expect(a.lines[3]!.reading?.intent).toBe('refuse');
  });
});

describe('a card read out over several receiver lines', () => {
  it('is found in the line that completes it, masked and counted', () => {
    const a = run('caller: Read me your card number, slowly.\nreceiver: wait, 2019\ncaller: go on\nreceiver: hold on, 2024\ncaller: yes\nreceiver: um 1985\ncaller: and?\nreceiver: 1990\n', 'en');
    const last = a.lines.at(-1)!;
    expect(last.text).toBe('[card ••••]');
    expect(last.reading?.leaks).toEqual(['card']);
    for (const format of ['text', 'md', 'json'] as const) expect(render(a, format)).not.toContain('1990');
  });
  it('after "Next.", a piece answers the request the caller made before: it is the card\'s, not a code', () => {
    const a = run('caller: The card number please, in three parts if easier.\nreceiver: first 4485 9118\ncaller: Next.\nreceiver: 6252\n', 'en');
    expect(a.lines.at(-1)!.reading?.leaks).toEqual(['card']);
  });
});
