import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headsOfSource, holds, LiteralSet, needOf, SplitRegex } from '../../src/classify/split-regex';
import { Talk } from '../../src/classify/talk';
import { isSpaceCode } from '../../src/classify/units';
import { MAX_REPLY_CHARS } from '../../src/core/reply';

/** Every match of a global pattern as the cue loops take them (an empty match steps on by one). */
function matches(re: { lastIndex: number; exec(t: string): RegExpExecArray | null }, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const same = (source: string, texts: string[]) => {
  const split = new SplitRegex(new RegExp(source, 'g'));
  for (const t of texts) expect(matches(split, t), `${source} on ${JSON.stringify(t)}`).toEqual(matches(new RegExp(source, 'g'), t));
};

describe('a pattern split into its alternatives finds the same matches as the whole pattern', () => {
  it('the earlier alternative wins where two match at the same place, the leftmost match wins overall', () => {
    same('\\bgood|\\bgoodbye\\b|bye\\b', ['goodbye', 'bye goodbye good', 'say goodbye then bye', 'nothing']);
    same('not (?:giving|sending)|\\bnot\\b|giving', ["i'm not giving it", 'giving not', 'not not giving']);
  });
  it('lookbehinds and lookaheads see the whole text, not only the match', () => {
    same('(?<!why )\\bnot\\b|(?<=[,.] )no\\b|yes(?! sir)', ['why not? not now. no, yes sir, yes', 'no. no, no']);
    same('(?<![给让])(?:我|马上)(?:去|来){0,2}(?:转|给)|不(?:会)?给', ['让我给你', '我给你', '我去来转账，不会给', '马上转']);
  });
  it('empty matches, optional parts, classes, escapes and quantifiers', () => {
    same('x*|\\.\\.\\.|…|\\?', ['a...b?…', '', 'xx?']);
    same('\\b(?:[0-9]{3,4}|\\d+)\\b|\\(\\w+\\)|[*\\[(]?click[*\\])]?', ['call 110 or (help) *click*', '[click] 95588']);
    same('a{2}b|a+|ab{0,1}c|\\{x\\}|{', ['aab aaac {x} { abc', 'ac']);
    same('\\n|\\t|end\\s*$|^start', ['start\tthe\nend  ', 'no start end']);
  });
  it('a pattern it cannot split (a back-reference, other flags) runs whole', () => {
    same('(a)\\1|b', ['aa ab b']);
    same('\\01|x', ['\u0001 01 x']);
    const ci = new SplitRegex(/Hang up|bye/gi);
    expect(matches(ci, 'HANG UP and BYE')).toEqual([
      [0, 'HANG UP'],
      [12, 'BYE'],
    ]);
  });
  it('keeps the same matches over many texts, as its compiled alternatives accumulate', () => {
    const source = '\\bno\\b|\\bnot (?:now|yet)\\b|later';
    const split = new SplitRegex(new RegExp(source, 'g'));
    const texts = Array.from({ length: 40 }, (_, i) => ['nothing', 'not now, later', 'no. not yet', `later ${i} no`][i % 4]!);
    for (const t of texts) expect(matches(split, t)).toEqual(matches(new RegExp(source, 'g'), t));
  });
  it('patterns sharing one LiteralSet find the same matches, whichever was first used on which text', () => {
    const sources = ['\\bno\\b|\\bnot (?:now|yet)\\b|later', '不(?:会)?给|验证码|马上转', 'a{2}b|ab{0,1}c|\\{x\\}', 'x*|\\.\\.\\.|…', 'yes(?! sir)|(?<=[,.] )no\\b'];
    const literals = new LiteralSet();
    const split = sources.map((s) => new SplitRegex(new RegExp(s, 'g'), literals));
    const texts = ['not now, later: 验证码不会给, aab {x}... yes', 'not now, later', '验证码不会给你，马上转', 'aab abc {x} ...', 'yes sir, no. yes', '', 'nothing 不给 …', 'not yet; aac'];
    // every pattern first meets a text another has scanned already (the first, which each matches),
    // then texts in a different order: literals are registered between scans
    for (let round = 0; round < 2; round++) {
      texts.forEach((t, i) => {
        for (let k = 0; k < split.length; k++) {
          const j = (i + k + round) % split.length;
          expect(matches(split[j]!, t), `${sources[j]} on ${JSON.stringify(t)}`).toEqual(matches(new RegExp(sources[j]!, 'g'), t));
        }
      });
    }
  });
  it('holds for random texts over the letters the patterns use', () => {
    const patterns = ['ab|a(?:b|c)d|\\bcd?\\b|d{2,}|(?<=a)b+|c(?!a)', '(?:a|b)c|a(?:bc|b)|\\b(?:ab|c)\\b|^a|d$'];
    fc.assert(
      fc.property(fc.stringMatching(/^[abcd ,]{0,24}$/), (text) => {
        const literals = new LiteralSet();
        for (const p of patterns) {
          expect(matches(new SplitRegex(new RegExp(p, 'g')), text)).toEqual(matches(new RegExp(p, 'g'), text));
          expect(matches(new SplitRegex(new RegExp(p, 'g'), literals), text)).toEqual(matches(new RegExp(p, 'g'), text));
        }
      }),
    );
  });
});

describe('what a match must contain', () => {
  it('literal words, all of a sequence, one of an alternation; nothing from optional or unknown parts', () => {
    const need = needOf(/\b(?:ask|tell) (?:my|our) (?:own )?(?:son|wife)\b|\bmy lips are sealed\b/g);
    expect(holds(need, 'i will ask my son')).toBe(true);
    expect(holds(need, 'my lips are sealed')).toBe(true);
    expect(holds(need, 'i will see you')).toBe(false);
    expect(holds(need, 'i will ask my boss')).toBe(false);
    expect(holds(needOf(/(?:a|b)?c*[xyz].\w/g), '')).toBe(true);
  });
  it('is never wrong: a text the pattern matches always holds its need', () => {
    // (a back-reference asks for nothing of its own: what its group matched)
    const patterns = [/ab+c|(?:ba|c)d?a/g, /\b(?:abc|b)(?:ca|d) ?[ab]{1,2}c/g, /(?<!a)bc|cd(?=a)|a{2}(?:b|)d/g, /(a|bc)d\1|(?<=(.))cb(?!\2)|(?<x>d)a\k<x>/g];
    fc.assert(
      fc.property(fc.stringMatching(/^[abcd ]{0,20}$/), (text) => {
        for (const p of patterns) if (new RegExp(p.source).test(text)) expect(holds(needOf(p), text)).toBe(true);
      }),
    );
  });
});

describe('where a match may start', () => {
  const heads = (re: RegExp) => {
    const units = headsOfSource(re.source);
    return units && [...new Set(units)].sort().join('');
  };
  /** The code units as a table by code unit (1: may). */
  const tableOf = (re: RegExp) => {
    const table = new Uint8Array(65536);
    for (const u of headsOfSource(re.source)!) table[u.charCodeAt(0)] = 1;
    return table;
  };
  it('the first character each alternative takes, past lookarounds, word boundaries and optional parts', () => {
    expect(heads(/(?<!我的?)(?:社区|居委会)的?(?=电话)|卡号|\b(?:card )?code|[后前]?位/y)).toBe('c位前卡后居社');
    expect(heads(/(?:\d|[a-c])x|\s*y/y)).toBe('\t\n\v\f\r y\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff0123456789abc'.split('').sort().join(''));
  });
  it('reads \\s as the engine does, code unit for code unit, as units.ts does', () => {
    // (the set is written twice, as a string for the tables and as a predicate for the hot scans: this keeps the two and V8 the same)
    const table = tableOf(/\s/y);
    for (let c = 0; c < 0x10000; c++) {
      const engine = /\s/.test(String.fromCharCode(c));
      expect(table[c] === 1, `U+${c.toString(16)}`).toBe(engine);
      expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(engine);
    }
  });
  it('says nothing where a match may start anywhere or be empty, or the pattern is not read', () => {
    for (const re of [/a|[^b]c/, /.x/, /\Wa/, /a?/, /(?=a)/, /[\x41-\x5a]/]) expect(headsOfSource(re.source), String(re)).toBeNull();
  });
  it('is never wrong: wherever the pattern matches, it starts with one of them', () => {
    const patterns = [/ab+c|(?:ba|c)d?a/y, /\b(?:abc|b)(?:ca|d) ?[ab]{1,2}c/y, /(?<!a)bc|c?d(?=a)|a{2}(?:b|)d/y, /(?:a|)(?:b?|c)d|[cd]a|(?<=(?:.))[\s]b/y];
    fc.assert(
      fc.property(fc.stringMatching(/^[abcd ]{0,20}$/), (text) => {
        for (const p of patterns) {
          const table = tableOf(p);
          for (let i = 0; i < text.length; i++) {
            p.lastIndex = i;
            if (p.test(text)) expect(table[text.charCodeAt(i)], `${p} at ${i} of ${JSON.stringify(text)}`).toBe(1);
          }
        }
      }),
    );
  });
});

describe('a pattern tried on a piece of a text, where the text is first read for what any match needs (Talk.in)', () => {
  it('matches exactly where the pattern matches the piece alone, whatever its edges cut (word boundaries, anchors, lookarounds)', () => {
    const patterns = [/\bab\b|cd$/, /^(?:a|b)c(?!d)/, /(?<=a)bc|d{2}$/, /\b(?:abc|dc)\s*$/, /ca?b+d/];
    fc.assert(
      fc.property(fc.stringMatching(/^[abcd ]{0,30}$/), fc.nat(40), fc.nat(40), (words, i, j) => {
        // (a text longer than any reply: a shorter one's patterns just run)
        const text = 'e'.repeat(MAX_REPLY_CHARS) + words;
        const talk = new Talk(text);
        const [from, to] = [MAX_REPLY_CHARS - 10 + Math.min(i, j), MAX_REPLY_CHARS - 10 + Math.max(i, j)];
        for (const re of patterns) expect(talk.in(re, from, to), `${re} on ${JSON.stringify(text.slice(from, to))}`).toBe(re.test(text.slice(from, to)));
      }),
    );
  });
});
