// A large global regular expression read as its top-level alternatives, each one compiled only
// when the text holds the literal words it cannot match without. V8 compiles a regular expression
// on its first use, and the cost grows faster than its size: the cue patterns of intent.ts (up to
// 2,000 characters of alternation) cost 5–60 ms each to compile, which was most of a reply's first
// read in a fresh process. Split, a reply compiles only the few small alternatives it could match.
//
// The matches are exactly the whole pattern's: at each position a regular expression takes its
// first alternative that matches there, so merging the alternatives' own leftmost matches (the
// leftmost, and of those the earliest alternative) gives the same sequence of matches, and an
// alternative whose required words are missing from the text can match nowhere in it.

/** What any match must contain: a literal, all of several, one of several, or nothing known. */
export type Need = true | string | { all: Need[] } | { any: Need[] };

/** How many literals checking a need may look for. */
function cost(n: Need): number {
  if (n === true) return 0;
  if (typeof n === 'string') return 1;
  return ('all' in n ? n.all : n.any).reduce((s, x) => s + cost(x), 0);
}

// A sequence's needs are checked cheapest first, so most alternatives are ruled out by a literal
// or two; the long lists ("my son|daughter|…") are looked through only when the rest is there.
const all = (xs: Need[]): Need => {
  const ys = xs.filter((x) => x !== true).sort((a, b) => cost(a) - cost(b));
  return ys.length === 0 ? true : ys.length === 1 ? ys[0]! : { all: ys };
};
const any = (xs: Need[]): Need => (xs.some((x) => x === true) ? true : xs.length === 1 ? xs[0]! : { any: xs });

class Unsupported extends Error {}

const ESCAPED: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** The code units a match may start with, as a string of them, repeats allowed (null: any). */
type Heads = string | null;
const union = (a: Heads, b: Heads): Heads => (a === null || b === null ? null : a + b);
const DIGITS = '0123456789';
// (what \s matches, as ECMAScript defines white space and line terminators; units.ts's isSpaceCode reads the same set for the hot
// scans, and a test holds both to the engine's)
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
/** A class escape's code units (\d, \s, \w), or null for the others: none a match can be told from. */
const classEscape = (e: string): Heads => (e === 'd' ? DIGITS : e === 's' ? SPACES : e === 'w' ? WORD : null);
/** Ranges wider than this are read as "any" (a table of them would be no quicker to look up than to try the pattern). */
const RANGE_MAX = 256;

/** What a piece of a pattern asks of a match: the literals it must contain, the code units it may start with, and whether it may be empty. */
interface Read {
  need: Need;
  heads: Heads;
  empty: boolean;
}
const NOTHING: Read = { need: true, heads: '', empty: true };

/**
 * A reader of a regular expression's source (no u or v flag) that works out, for the whole of it and
 * for each top-level alternative, what a match must contain and where it may start. Anything it does not read exactly
 * asks for nothing (classes, lookarounds, optional parts) and may start anywhere (a negated class, ".", an escape it does not
 * know), so the answer is always a necessary condition; a construct it cannot place (a back-reference) throws Unsupported.
 */
class NeedReader {
  private at = 0;
  /** `src`: the pattern's source; `backReferences`: read one as asking for nothing (a whole pattern's need), or refuse it (a split). */
  constructor(
    private readonly src: string,
    private readonly backReferences: 'unknown' | 'unsupported' = 'unsupported',
  ) {}

  /** The top-level alternatives: their sources, and what a match of each asks (its need, where it may start, whether it may be empty). */
  top(): Array<Read & { source: string }> {
    const out: Array<Read & { source: string }> = [];
    for (;;) {
      const start = this.at;
      const read = this.sequence();
      out.push({ source: this.src.slice(start, this.at), ...read });
      if (this.at >= this.src.length) return out;
      if (this.src[this.at] !== '|') throw new Unsupported(`unbalanced ) at ${this.at}`);
      this.at++;
    }
  }

  /** The whole pattern, read as one alternation. */
  whole(): Read {
    const r = this.alternation();
    if (this.at < this.src.length) throw new Unsupported(`unbalanced ) at ${this.at}`);
    return r;
  }

  private alternation(): Read {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return {
      need: any(branches.map((b) => b.need)),
      heads: branches.reduce<Heads>((h, b) => union(h, b.heads), ''),
      empty: branches.some((b) => b.empty),
    };
  }

  private sequence(): Read {
    const items: Need[] = [];
    let run = '';
    const flush = () => {
      if (run) items.push(run);
      run = '';
    };
    // (a sequence starts where its first part that cannot be empty may start, or any part before it)
    let heads: Heads = '';
    let empty = true;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (empty) heads = union(heads, atom.heads);
      empty &&= atom.empty || min === 0;
      if (min === undefined && atom.char !== undefined) {
        run += atom.char;
        continue;
      }
      flush();
      if (min === undefined || min >= 1) items.push(atom.need);
    }
    flush();
    return { need: all(items), heads, empty };
  }

  /** The least number of repeats of a quantifier after an atom (undefined: none). */
  private quantifier(): number | undefined {
    const c = this.src[this.at];
    let min: number | undefined;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.at, this.at + 20));
      if (!m) return undefined; // a literal "{"
      this.at += m[0].length - 1;
      min = Number(m[1]);
    } else return undefined;
    this.at++;
    if (this.src[this.at] === '?') this.at++;
    return min;
  }

  private atom(): Read & { char?: string } {
    const c = this.src[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') return { need: true, heads: this.classHeads(), empty: false };
    if (c === '.') return { need: true, heads: null, empty: false };
    if (c === '^' || c === '$') return NOTHING;
    if (c === '*' || c === '+' || c === '?') throw new Unsupported(`nothing to repeat at ${this.at - 1}`);
    if (c !== '\\') return { need: c, char: c, heads: c, empty: false };
    const e = this.src[this.at++];
    if (e === undefined) throw new Unsupported('a trailing backslash');
    if (/[1-9k]/.test(e)) {
      // (it matches what its group did, which the group's own need already asks for; split apart, the group may be in another alternative)
      if (this.backReferences === 'unsupported') throw new Unsupported('a back-reference');
      const ref = e === 'k' ? /^<[^>]*>/.exec(this.src.slice(this.at)) : /^\d*/.exec(this.src.slice(this.at));
      if (!ref) throw new Unsupported('a back-reference');
      this.at += ref[0].length;
      return { need: true, heads: null, empty: true };
    }
    if (e === '0' && /[0-9]/.test(this.src[this.at] ?? '')) throw new Unsupported('an octal escape');
    if (e in ESCAPED) return { need: ESCAPED[e]!, char: ESCAPED[e]!, heads: ESCAPED[e]!, empty: false };
    if (e === 'b' || e === 'B') return NOTHING;
    if (/[A-Za-z0-9]/.test(e)) {
      // \d \w \s … and \x \u \c: classes or code points
      if (e === 'x' || e === 'u' || e === 'c') throw new Unsupported(`\\${e}`);
      return { need: true, heads: classEscape(e), empty: false };
    }
    return { need: e, char: e, heads: e, empty: false };
  }

  private group(): Read {
    let look = false;
    if (this.src[this.at] === '?') {
      const head = this.src.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) [this.at, look] = [this.at + 2, true];
      else if (head === '?<=' || head === '?<!') [this.at, look] = [this.at + 3, true];
      else if (head.startsWith('?<') && this.src.indexOf('>', this.at) > 0) this.at = this.src.indexOf('>', this.at) + 1;
      else throw new Unsupported(`a group (${head}`);
    }
    const read = this.alternation();
    if (this.src[this.at] !== ')') throw new Unsupported('an unclosed group');
    this.at++;
    // (a lookaround takes no characters: what it asks is not read)
    return look ? NOTHING : read;
  }

  /** Read a class after its "[": the code units it matches (null: a negated one, or one not read exactly). */
  private classHeads(): Heads {
    const start = this.at;
    while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
    if (this.at >= this.src.length) throw new Unsupported('an unclosed class');
    const body = this.src.slice(start, this.at++);
    if (body.startsWith('^')) return null;
    let out = '';
    for (let k = 0; k < body.length; k++) {
      let c = body[k]!;
      if (c === '\\') {
        const e = body[++k]!;
        const set = classEscape(e);
        if (set) {
          out += set;
          continue;
        }
        if (/[A-Za-z0-9]/.test(e) && !(e in ESCAPED)) return null; // (\b is a backspace here; \x, \u, \c, \D …: not read)
        c = ESCAPED[e] ?? e;
      }
      if (body[k + 1] !== '-' || k + 2 >= body.length) {
        out += c;
        continue;
      }
      const to = body.charCodeAt(k + 2);
      if (body[k + 2] === '\\' || to - c.charCodeAt(0) > RANGE_MAX) return null;
      for (let x = c.charCodeAt(0); x <= to; x++) out += String.fromCharCode(x);
      k += 2;
    }
    return out;
  }
}

/** What any match of a regular expression must contain; `true` when nothing is known. */
export function needOf(re: RegExp): Need {
  if (/[iuvy]/.test(re.flags)) return true;
  try {
    return any(new NeedReader(re.source, 'unknown').top().map((b) => b.need));
  } catch (e) {
    if (e instanceof Unsupported) return true;
    throw e;
  }
}


/**
 * A pattern's top-level alternatives' sources, in order (null: an unbalanced group). A plain scan: the labels' thousands are split on
 * the first long text a process reads, and the reader above takes several times as long.
 */
export function topAlternatives(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return null;
    else if ((c === '|' && depth === 0) || c === undefined) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  return depth === 0 ? out : null;
}

/** Where the group opened at `open` closes (the index of its ")"), or -1. */
export function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the "]" closing the class opened at `open`. */
function classEnd(src: string, open: number): number {
  let i = open + 1;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i;
}

/**
 * The code units a match of a pattern's source (no flags) may start with, past lookarounds, word boundaries and optional parts; null
 * when it may start anywhere or match nothing at all, or the source is not read. Most alternatives of a word list are told by their
 * first character (one alternative, opening with a character that is itself), with no reading.
 */
export function headsOfSource(source: string): string | null {
  // (a word boundary first matches nothing: "\\bcard" starts with c)
  const at = source.startsWith('\\b') ? 2 : 0;
  if (LITERAL_HEAD.test(at ? source.slice(at) : source) && topAlternatives(source)?.length === 1) return source[at]!;
  try {
    const { heads, empty } = new NeedReader(source, 'unknown').whole();
    return empty ? null : heads;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
// (a first character that is itself, with no quantifier after it that could leave it out)
const LITERAL_HEAD = /^[^\\()[\]{}.^$|*+?][^*?{]/;

/** A test of whether a text holds a need, compiled once (null: nothing to check). */
type Gate = ((text: string) => boolean) | null;

/** How a gate tells that literals are in the text: by looking (`includes`), or from a LiteralSet's scan. */
interface LiteralTest {
  /** The literal is in the text. */
  one(literal: string): (text: string) => boolean;
  /** One of the literals is. */
  any(literals: readonly string[]): (text: string) => boolean;
}

const byIncludes: LiteralTest = {
  one: (l) => (t) => t.includes(l),
  any: (ls) => (t) => {
    for (const l of ls) if (t.includes(l)) return true;
    return false;
  },
};

/**
 * `holds` for one need, as a tree of closures: each alternative is checked on every reply of every
 * cue, and a closure per node runs faster than walking the need's objects (whose shapes differ).
 */
function gateOf(need: Need, lit: LiteralTest): Gate {
  if (need === true) return null;
  if (typeof need === 'string') return lit.one(need);
  if ('all' in need) {
    const gs = need.all.map((n) => gateOf(n, lit)).filter((g): g is NonNullable<Gate> => g !== null);
    if (gs.length === 0) return null;
    if (gs.length === 1) return gs[0]!;
    if (gs.length === 2) {
      const [g0, g1] = gs as [NonNullable<Gate>, NonNullable<Gate>];
      return (t) => g0(t) && g1(t);
    }
    return (t) => {
      for (const g of gs) if (!g(t)) return false;
      return true;
    };
  }
  if (need.any.every((n) => typeof n === 'string')) return lit.any(need.any as string[]);
  const gs = need.any.map((n) => gateOf(n, lit));
  if (gs.some((g) => g === null)) return null;
  return (t) => {
    for (const g of gs) if (g!(t)) return true;
    return false;
  };
}

/** Slots of the table of literals by their first two code units (a power of two). */
const SLOTS = 1 << 14;
const slotOf = (c0: number, c1: number) => ((c0 * 31) ^ c1) & (SLOTS - 1);

/**
 * The literals of many split patterns, all found in a text by one scan. Each pattern used to look
 * for its own (a regular expression of its literals per cue, then `includes` per alternative): some
 * hundred searches of every reply. Here a text is read once, each position looked up by the two
 * code units that start it, and every gate is a lookup. A literal is registered when its pattern is
 * first split (on first use), which makes the next scan read the text again.
 */
export class LiteralSet {
  private readonly ids = new Map<string, number>();
  /** Literals of one code unit: id + 1 by its code (0: none). */
  private readonly single = new Int32Array(65536);
  /** Longer ones by a hash of their first two code units (different pairs may share a slot: each is checked). */
  private readonly slots: Array<Array<{ literal: string; id: number }> | undefined> = new Array(SLOTS);
  /** 1 where some literal starts with this code unit: most positions of a reply are skipped with one read. */
  private readonly heads = new Uint8Array(65536);
  /** seen[id] = 1 if the literal is in the text last scanned. */
  private seen = new Uint8Array(256);
  private found: number[] = [];
  private text: string | undefined;

  /** The literal's id, registered if new. */
  private add(literal: string): number {
    let id = this.ids.get(literal);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(literal, id);
    if (id >= this.seen.length) {
      const grown = new Uint8Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    const c0 = literal.charCodeAt(0);
    this.heads[c0] = 1;
    if (literal.length === 1) this.single[c0] = id + 1;
    else (this.slots[slotOf(c0, literal.charCodeAt(1))] ??= []).push({ literal, id });
    this.text = undefined;
    return id;
  }

  /** Gates that read the last scan (the pattern scans the text first). */
  readonly test: LiteralTest = {
    one: (literal) => {
      const id = this.add(literal);
      return () => this.seen[id] === 1;
    },
    any: (literals) => {
      const ids = Int32Array.from(new Set(literals), (l) => this.add(l));
      return () => {
        const seen = this.seen;
        for (let i = 0; i < ids.length; i++) if (seen[ids[i]!] === 1) return true;
        return false;
      };
    },
  };

  /** Find which registered literals `text` holds (nothing to do if it was the last text scanned). */
  scan(text: string): void {
    if (text === this.text) return;
    const seen = this.seen;
    for (const id of this.found) seen[id] = 0;
    this.found.length = 0;
    this.text = text;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c0 = text.charCodeAt(i);
      if (this.heads[c0] === 0) continue;
      const one = this.single[c0]! - 1;
      if (one >= 0 && seen[one] === 0) {
        seen[one] = 1;
        this.found.push(one);
      }
      if (i + 1 === n) break;
      const list = this.slots[slotOf(c0, text.charCodeAt(i + 1))];
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const { literal, id } = list[k]!;
        if (seen[id] === 0 && text.startsWith(literal, i)) {
          seen[id] = 1;
          this.found.push(id);
        }
      }
    }
  }
}

/** Literals one of which any text holding `need` holds (null: none known), as few as can be told. */
function keysOf(need: Need): string[] | null {
  if (need === true) return null;
  if (typeof need === 'string') return [need];
  if ('all' in need) {
    let best: string[] | null = null;
    for (const n of need.all) {
      const k = keysOf(n);
      if (k && (!best || k.length < best.length)) best = k;
    }
    return best;
  }
  const out: string[] = [];
  for (const n of need.any) {
    const k = keysOf(n);
    if (!k) return null;
    out.push(...k);
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Whether `text` holds what `need` asks for (as a split pattern checks it). */
export function holds(need: Need, text: string): boolean {
  const gate = gateOf(need, byIncludes);
  return gate === null || gate(text);
}

interface Branch {
  source: string;
  /** What a text must hold for the branch to match in it (null: nothing known). */
  gate: Gate;
  /** How many literals its need looks for: once compiled, a branch with a long list is cheaper to run than to check. */
  cost: number;
  re: RegExp | undefined;
}

/** Above this many literals, a compiled branch is run without checking its need first (checking is a lookup each with a LiteralSet: cost 0). */
const CHECK_MAX = 8;

/**
 * A global regular expression with the interface the cue loops use (lastIndex, exec): the same
 * matches, found by its top-level alternatives, each compiled on the first text that could hold it.
 * Patterns it cannot split (other flags than g, back-references) run whole. A pattern is never
 * switched back to whole later: that compile would land on some later reply (a drill answer) all
 * at once, for every cue; checking the alternatives costs a few hundredths of a millisecond a reply.
 */
export class SplitRegex {
  lastIndex = 0;
  /** The alternatives, read on first use (null: the pattern runs whole). */
  private branches: Branch[] | null | undefined;
  // the current scan: its text, and each branch's next match at or after `from` (null: none)
  private text: string | undefined;
  private from = 0;
  private next: Array<RegExpExecArray | null | undefined> = [];
  /**
   * Whether the text holds one literal of each alternative's need (null: some alternative needs
   * nothing known): a text without any holds no alternative's need, told by one native scan (or
   * by the shared LiteralSet's) instead of a check per alternative — what most cues on most
   * replies come to.
   */
  private keys: Gate = null;

  /** `literals`: a set shared by many patterns (read once per text); without it, each looks for its own. */
  constructor(
    readonly re: RegExp,
    private readonly literals?: LiteralSet,
  ) {}

  private split(): Branch[] | null {
    if (this.re.flags !== 'g') return null;
    try {
      const top = new NeedReader(this.re.source).top();
      if (top.length === 1 && top[0]!.need === true) return null;
      const keys: string[] = [];
      for (const b of top) {
        const k = keysOf(b.need);
        if (!k) {
          keys.length = 0;
          break;
        }
        keys.push(...k);
      }
      const lit = this.literals?.test ?? byIncludes;
      if (keys.length && this.literals) this.keys = lit.any(keys);
      else if (keys.length) {
        const re = new RegExp([...new Set(keys)].map(escapeRe).join('|'));
        this.keys = (t) => re.test(t);
      }
      return top.map((b) => ({ source: b.source, gate: gateOf(b.need, lit), cost: this.literals ? 0 : cost(b.need), re: undefined }));
    } catch (e) {
      if (e instanceof Unsupported) return null;
      throw e;
    }
  }

  /** As RegExp.prototype.exec of the whole pattern with the global flag, from lastIndex. */
  exec(text: string): RegExpExecArray | null {
    if (this.branches === undefined) this.branches = this.split();
    if (!this.branches) {
      this.re.lastIndex = this.lastIndex;
      const m = this.re.exec(text);
      this.lastIndex = this.re.lastIndex;
      return m;
    }
    const from = this.lastIndex;
    if (from > text.length) return this.fail();
    if (text !== this.text || from < this.from) {
      this.literals?.scan(text);
      if (this.keys && !this.keys(text)) return this.fail();
      this.text = text;
      for (let i = 0; i < this.branches.length; i++) {
        const b = this.branches[i]!;
        this.next[i] = b.gate === null || (b.re && b.cost > CHECK_MAX) || b.gate(text) ? undefined : null;
      }
    }
    this.from = from;
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < this.branches.length; i++) {
      let m = this.next[i];
      if (m === null) continue;
      if (m === undefined || m.index < from) {
        const b = this.branches[i]!;
        b.re ??= new RegExp(b.source, 'g');
        b.re.lastIndex = from;
        m = this.next[i] = b.re.exec(text);
        if (!m) continue;
      }
      if (!best || m.index < best.index) best = m;
    }
    if (!best) return this.fail();
    this.lastIndex = best.index + best[0].length;
    return best;
  }

  private fail(): null {
    this.lastIndex = 0;
    this.text = undefined;
    return null;
  }
}

/**
 * Whether a text holds what any match of a pattern needs, for many patterns and one text at a time: the patterns' literals are found by
 * one scan of the text (a LiteralSet), each pattern's need then a lookup. A pattern tried on pieces of a text can match in none of them
 * where the whole text lacks its need (a match in a piece is in the text; lookarounds and word boundaries ask for nothing here).
 */
export class NeedChecker {
  private readonly literals = new LiteralSet();
  private readonly gates = new Map<RegExp, Gate>();

  /** Whether `text` holds the need of `re` (true where nothing is known of it). */
  holds(re: RegExp, text: string): boolean {
    let gate = this.gates.get(re);
    if (gate === undefined) this.gates.set(re, (gate = gateOf(needOf(re), this.literals.test)));
    if (gate === null) return true;
    this.literals.scan(text);
    return gate(text);
  }
}
