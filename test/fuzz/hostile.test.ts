// Seeded fuzzing (fast-check) of everything that reads outside input: the scenario loader, the
// answers parser, the transcript parser and the drill protocol, the last against a real host on
// 127.0.0.1. Each property has a fixed seed and a bounded number of runs, so npm test stays a few
// seconds and a failure can be replayed. Asserted: no exception, no hang, every message one line
// with no stack trace, and no real-looking secret echoed back unmasked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/analyze/parse';
import { parseAnswers, formatAnswersError } from '../../src/answers/parse';
import { DrillConnection, is } from '../../src/drill/client/connection';
import { parseClientMessage, type ServerMessage } from '../../src/drill/protocol';
import { buildLibrary } from '../../src/scenario/library';
import { ROOT } from '../helpers';
import { testHost, type TestHost } from '../drill/helpers';

const SEED = 20261201;
const opts = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

/** Real-looking secrets: a Luhn-valid card, a checksummed ID, a verification code, a phone number. */
const SECRETS = ['4111 1111 1111 1111', '11010519491231002X', '482913', '13812345678'];
/** The digits of each, as they would show through any spacing. */
const digitsOf = (s: string) => s.replace(/\s/g, '');
const leaks = (text: string) => SECRETS.filter((s) => text.replace(/\s/g, '').includes(digitsOf(s)));

/** CPU ms spent in fn: wall time would stretch with the other test files running in parallel. */
function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const oneLine = (m: string) => !m.includes('\n') && !/\n\s+at |Error:/.test(m);

const TINY = readFileSync(join(ROOT, 'test', 'drill', 'fixtures', 'drill-tiny.yaml'), 'utf8');
const FLAGS = { file: 'flags.yaml', text: readFileSync(join(ROOT, 'scenarios', 'flags.yaml'), 'utf8') };

const secret = fc.constantFrom(...SECRETS);
const hostileWord = fc.constantFrom('constructor', '__proto__', 'toString', '*a', '&a', '<<', '{', '[', ']', '}', ':', '- ', '"', "'", '\u0000', '\u001b[2J', '\u202e', '𝕏', '验证码', '\\', '#1', '@wait', '\n', '\r', '\t', '0', '-1', '1e9');
const junk = fc.oneof(fc.string({ maxLength: 40 }), hostileWord, secret);

/** The tiny scenario with some of its lines replaced, cut, repeated or salted with hostile words. */
const mutatedScenario = fc
  .array(fc.tuple(fc.nat({ max: 60 }), fc.constantFrom('replace', 'insert', 'cut', 'double'), fc.array(junk, { maxLength: 4 })), { minLength: 1, maxLength: 6 })
  .map((edits) => {
    const lines = TINY.split('\n');
    for (const [at, how, words] of edits) {
      const i = at % lines.length;
      const text = words.join(' ');
      if (how === 'replace') lines[i] = lines[i]!.replace(/:\s.*$/, `: ${text}`);
      else if (how === 'insert') lines.splice(i, 0, text);
      else if (how === 'cut') lines.splice(i, 1 + (at % 3));
      else lines.splice(i, 0, lines[i]!);
    }
    return lines.join('\n');
  });

describe('fuzz: scenario loader', () => {
  it('mutated scenarios and raw junk give diagnostics, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedScenario, fc.string({ maxLength: 300 }), fc.array(junk, { maxLength: 30 }).map((w) => w.join(' '))), (text) => {
        let lib!: ReturnType<typeof buildLibrary>;
        expect(cpuMs(() => (lib = buildLibrary(FLAGS, [{ file: 'fuzz.yaml', text }])))).toBeLessThan(2000);
        for (const d of lib.diagnostics) expect(oneLine(d.message)).toBe(true);
      }),
      opts(150),
    );
  });
});

describe('fuzz: answers parser', () => {
  it('any text gives steps or one-line errors that never repeat a secret', () => {
    const line = fc.oneof(junk, fc.tuple(fc.constantFrom('#', '＃', '@wait ', '@', '\\', '// '), junk).map(([a, b]) => a + b), secret);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const r = parseAnswers(lines.join('\n'), 'fuzz.txt');
        if (r.ok) return;
        for (const e of r.errors) {
          const m = formatAnswersError(e);
          expect(oneLine(m)).toBe(true);
          expect(leaks(m)).toEqual([]);
        }
      }),
      opts(300),
    );
  });
});

describe('fuzz: transcript parser', () => {
  it('plain and JSON transcripts of anything parse in bounded time; problems never repeat a secret', () => {
    const row = fc.oneof(
      junk,
      fc.tuple(fc.constantFrom('caller', 'receiver', '骗子', '受害人', '**caller**', '【来电】', 'nobody'), fc.constantFrom(':', '：', ' : '), junk).map((p) => p.join('')),
      fc.nat({ max: 5000 }).map((n) => ' '.repeat(n)),
    );
    const json = fc.array(fc.record({ role: fc.oneof(fc.constantFrom('caller', 'receiver'), junk), content: fc.oneof(junk, fc.integer()) }, { requiredKeys: [] }), { maxLength: 20 }).map((x) => JSON.stringify(x));
    fc.assert(
      fc.property(fc.oneof(fc.array(row, { maxLength: 60 }).map((r) => r.join('\n')), json), (text) => {
        let p!: ReturnType<typeof parseTranscript>;
        expect(cpuMs(() => (p = parseTranscript(text)))).toBeLessThan(500);
        for (const m of p.problems) {
          expect(oneLine(m)).toBe(true);
          expect(leaks(m)).toEqual([]);
        }
      }),
      opts(300),
    );
  });
});

describe('fuzz: drill protocol', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await testHost({}, undefined, { limits: { perAddress: 1000 } });
  });
  afterAll(async () => {
    await host.stop();
  });

  const frame = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.record({
      t: fc.constantFrom('join', 'rejoin', 'answer', 'choose', 'trainer', 'advance', 'skip', 'reveal', 'kick', 'end', 'status', 'ping', 'constructor', '__proto__'),
      code: fc.oneof(junk, fc.constant('CODE')),
      name: junk,
      text: fc.oneof(junk, secret.map((s) => `my card is ${s}`)),
      step: fc.oneof(fc.integer(), fc.constant(1)),
      choice: fc.integer({ min: -2, max: 60 }),
      token: junk,
      secret: junk,
      pid: fc.constantFrom('p1', 'p2', 'constructor', '__proto__', ''),
      pick: fc.jsonValue({ maxDepth: 2 }),
    }, { requiredKeys: ['t'] }).map((m) => JSON.stringify(m)),
  );

  it('parseClientMessage reads any frame into a message or a one-line reason', () => {
    fc.assert(
      fc.property(frame, (raw) => {
        const r = parseClientMessage(raw.replace('"CODE"', JSON.stringify(host.host.code)));
        if (!r.ok) expect(oneLine(r.message)).toBe(true);
      }),
      opts(500),
    );
  });

  it('a live host answers every frame and stays up; nothing it sends repeats a secret', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 12 }), async (frames) => {
        const conn = await DrillConnection.open(host.address);
        const seen: ServerMessage[] = [];
        conn.on((m) => seen.push(m));
        try {
          for (const f of frames) conn.ws.send(f.replace('"CODE"', JSON.stringify(host.host.code)));
          // Still answering: a ping gets its pong (or the host closed this one connection on purpose).
          const pong = conn.next(is('pong'), 3000).then(() => true, () => conn.closed);
          conn.send({ t: 'ping' });
          expect(await pong).toBe(true);
        } finally {
          conn.terminate();
        }
        for (const m of seen) {
          const text = JSON.stringify(m);
          expect(leaks(text)).toEqual([]);
          if (m.t === 'error') expect(oneLine(m.message)).toBe(true);
        }
      }),
      opts(40),
    );
    // And a fresh participant still gets in.
    const ok = await DrillConnection.open(host.address);
    const welcome = ok.next((m) => m.t === 'welcome' || m.t === 'error');
    ok.send({ t: 'join', code: host.host.code, name: 'After' });
    expect(['welcome', 'error']).toContain((await welcome).t);
    ok.terminate();
  }, 60_000);
});
