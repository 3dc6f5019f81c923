// `analyze` agrees with the call (issue 12, item 7), on real dialogues from the training part of
// the corpus (test/fixtures/real/README.md): a secret read out makes the request for it missed,
// never caught; a receiver who checks and exposes the caller ends with caught flags; and every flag
// the debrief lists is shown, and decided, in the transcript above it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTranscript, parseTranscript, renderText } from '../../src/analyze/index';
import { flagCounts } from '../../src/core/debrief';
import { loadLibrary } from '../../src/scenario/files';
import { fixture } from '../helpers';

const catalogue = loadLibrary().catalogue;
const analyzeFile = (name: string) => analyzeTranscript(parseTranscript(readFileSync(fixture('real', name), 'utf8')).lines, catalogue);
const run = (src: string) => analyzeTranscript(parseTranscript(src).lines, catalogue);

describe('a secret read out makes the request for it missed, never caught', () => {
  // (a request made after the secret was already given, and refused, is caught: that line was answered well)
  it('taf-1288: the code read out — every asks-code is missed', () => {
    const a = analyzeFile('teleantifraud-1288.json');
    const asks = a.verdicts.filter((v) => v.flag === 'asks-code');
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((v) => v.verdict === 'missed')).toBe(true);
    expect(a.debrief.leaked).toContain('code');
  });

  it('taf-0821: "how do I know you are not a scammer?" to the request, the card number later — asks-card is missed, decided by the reply that gave it', () => {
    const a = analyzeFile('teleantifraud-0821.json');
    const leakLine = a.lines.find((l) => l.reading?.leaks.includes('card'))!.n;
    const asks = a.verdicts.filter((v) => v.flag === 'asks-card');
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((v) => v.verdict === 'missed')).toBe(true);
    // the request the receiver first challenged (line 3, challenged on line 4) is missed by the leak
    expect(a.lines[3]!.reading!.intent).toBe('challenge');
    expect(asks.find((v) => v.line === 3)).toMatchObject({ verdict: 'missed', critical: true, decidedBy: leakLine });
  });

  it('bb-0159: doubts, then reads out the SSN, then calls it a scam — asks-personal-info is missed', () => {
    const a = analyzeFile('bothbosu-0159.json');
    expect(a.debrief.leaked).toContain('id');
    const asks = a.verdicts.filter((v) => v.flag === 'asks-personal-info');
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((v) => v.verdict === 'missed')).toBe(true);
  });

  it('a code given after a refusal and before hanging up is still missed', () => {
    const a = run(
      "caller: Read me the verification code we just sent you.\nreceiver: I won't give you the code.\ncaller: Then your account will be frozen. Read me the code now.\nreceiver: fine, it's 482913\ncaller: Thank you.\nreceiver: Actually this is a scam, I'm hanging up.\n",
    );
    expect(a.verdicts.filter((v) => v.flag === 'asks-code').map((v) => v.verdict)).toEqual(['missed', 'missed']);
    expect(a.endedBy).toBe('hangup');
  });
});

describe('a receiver who checks and exposes the caller ends with caught flags', () => {
  it('taf-0887: "how do I know you are real?", then only thanks and goodbye — every later flag is caught', () => {
    const a = analyzeFile('teleantifraud-0887.json');
    const exposed = a.lines.find((l) => l.reading?.intent === 'challenge')!.n;
    const later = a.verdicts.filter((v) => v.line > exposed);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((v) => v.verdict === 'caught')).toBe(true);
    expect(a.endedBy).toBe('firm');
  });

  it('taf-1204: declines the loan, asks how they got the number, stalls — nothing is missed', () => {
    const a = analyzeFile('teleantifraud-1204.json');
    expect(a.debrief.missed).toBe(0);
    expect(a.debrief.caught).toBeGreaterThan(0);
  });

  it('going along after exposing the caller still misses what follows', () => {
    const a = run('caller: This is your bank. Read me the code we sent.\nreceiver: You are a scammer.\ncaller: No, really, we need the code to stop the fraud.\nreceiver: OK, I trust you, what do I do?\ncaller: Install the app from the link I send.\nreceiver: hmm\n');
    expect(a.endedBy).toBe('open');
    expect(a.verdicts.filter((v) => v.line > 2).every((v) => v.verdict === 'missed')).toBe(true);
  });
});

describe('every flag the debrief lists is explained in the transcript above it', () => {
  const files = readdirSync(fixture('real')).filter((f) => f.endsWith('.json'));
  it.each(files)('%s', (f) => {
    const a = analyzeFile(f);
    const text = renderText(a);
    const transcript = text.slice(0, text.indexOf(`\n\n`));
    for (const flag of flagCounts(a.debrief)) {
      // a flag the catalogue explains: a name, why it matters and what to do instead
      expect(flag.why, flag.name).toBeTruthy();
      expect(flag.todo, flag.name).toBeTruthy();
      // shown on a caller line of the transcript
      expect(transcript).toMatch(new RegExp(`⚑ .*${flag.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    // each verdict decided by a reply that says so, or by the end of the call, which says how
    for (const v of a.verdicts) {
      if (v.decidedBy === null) expect(a.endedBy, `${v.flag}@${v.line}`).not.toBeNull();
      else expect(a.lines[v.decidedBy - 1]!.decided![v.verdict]).toBeGreaterThan(0);
    }
  });
});
