// YAML text → typed value, with every problem located at file:line:col.
import { isMap, isPair, isScalar, LineCounter, Parser, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { diagnostic, DIAGNOSTICS as D, type Args, type Descriptor, type Diagnostic } from './diagnostics';
import { MAX_YAML_ALIASES } from './limits';

export type PathKey = string | number;

/** A parsed file that can still point back into its source. */
export interface Located<T> {
  file: string;
  value: T;
  at(path: readonly PathKey[], opts?: { key?: boolean }): { line: number; col: number };
}

function nodeAt(doc: Document, path: readonly PathKey[], key: boolean): Node | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) return undefined;
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return undefined;
      node = key && i === path.length - 1 ? pair.key : pair.value;
    } else {
      node = (node as { items: unknown[] }).items[Number(seg)];
    }
  }
  return node as Node | undefined;
}

export function locate<T>(file: string, doc: Document, lines: LineCounter, value: T): Located<T> {
  return {
    file,
    value,
    at(path, opts = {}) {
      // The deepest node that exists: a missing key is reported at the map that lacks it.
      for (let n = path.length; n >= 0; n--) {
        const node = nodeAt(doc, path.slice(0, n), n === path.length && !!opts.key);
        if (node?.range) return lines.linePos(node.range[0]);
      }
      return { line: 1, col: 1 };
    },
  };
}

/** A diagnostic at the node `path` names in this file (its key, with `key`). */
export function diagnosticAt<T extends string>(src: Located<unknown>, d: Descriptor<T>, path: readonly PathKey[], args: Args<T>, opts?: { key?: boolean }): Diagnostic {
  return diagnostic(d, { file: src.file, ...src.at(path, opts) }, args);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'unrecognized_keys') return `${where}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    const last = issue.path[issue.path.length - 1];
    const what = last === 'en' || last === 'zh' ? `missing the ${last === 'en' ? 'English' : 'Chinese'} text (every line needs en and zh)` : `missing "${String(last)}"`;
    return `${issue.path.slice(0, -1).join('.') || 'file'}: ${what}`;
  }
  return `${where}${issue.message}`;
}

function aliasReason(message: string, name: string | undefined): string {
  if (/excessive alias/i.test(message)) return `aliases (*name) expand more than ${MAX_YAML_ALIASES} times; write the repeated parts out, or use fewer aliases`;
  return `an alias *${name ?? '…'} has no anchor &${name ?? '…'} before it; define the anchor first or write the value out`;
}

const firstLine = (e: YAMLError) => e.message.split('\n')[0]!;

/** Where the closing character of each opener goes. */
const CLOSE_HINT: Record<string, string> = {
  '[': 'put a ] after the last item',
  '{': 'put a } after the last key: value',
  '"': 'put a " at the end of the text',
  "'": "put a ' at the end of the text",
};

/** A quoted scalar's source ends with its own closing quote, not an escaped one nor the opening one. */
function quoteClosed(src: string): boolean {
  const q = src[0]!;
  const body = src.trimEnd().slice(1);
  // Inside "…" a quote is escaped by an odd run of backslashes; inside '…' by doubling it.
  if (q === '"') return /(^|[^\\])(\\\\)*"$/.test(body);
  return /'*$/.exec(body)![0].length % 2 === 1;
}

type Opener = { offset: number; char: string };

/** The first bracket or quote that is never closed, as the parser's syntax tree sees the text. */
function unclosedOpener(text: string, before: number): Opener | undefined {
  const found: Opener[] = [];
  const walk = (t: unknown): void => {
    if (!t || typeof t !== 'object') return;
    if (Array.isArray(t)) return t.forEach(walk);
    const tok = t as { type?: string; offset: number; source?: string; start?: { source?: string }; end?: { type: string }[] };
    if (tok.type === 'flow-collection' && !tok.end?.some((e) => e.type === 'flow-seq-end' || e.type === 'flow-map-end')) {
      found.push({ offset: tok.offset, char: tok.start?.source ?? '[' });
    }
    if ((tok.type === 'double-quoted-scalar' || tok.type === 'single-quoted-scalar') && !quoteClosed(tok.source ?? '')) {
      found.push({ offset: tok.offset, char: tok.source![0]! });
    }
    Object.values(tok).forEach(walk);
  };
  walk([...new Parser().parse(text)]);
  return found.filter((f) => f.offset <= before).sort((a, b) => a.offset - b.offset)[0];
}

/**
 * One syntax error as one diagnostic. A bracket or quote left open is reported where it opens,
 * which is where the author must look; the parser only notices lines later.
 */
function syntaxDiagnostic(file: string, text: string, lines: LineCounter, e: YAMLError): Diagnostic {
  const open = unclosedOpener(text, e.pos[0]);
  if (!open) return diagnostic(D.yaml, { file, ...lines.linePos(e.pos[0]) }, { reason: firstLine(e) });
  return diagnostic(D.yaml, { file, ...lines.linePos(open.offset) }, { reason: `this ${open.char} is never closed; close the ${open.char} opened here: ${CLOSE_HINT[open.char]}` });
}

/** Parse and schema-check one file. Returns a value only when there were no errors. */
export function parseFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { located?: Located<z.output<S>>; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0])[0];
  // After a syntax error the parser reads the rest of the file out of step and reports token after
  // token as unexpected (thousands of lines for one missing bracket): the first error alone.
  if (syntax) return { diagnostics: [syntaxDiagnostic(file, text, lines, syntax)] };
  const diagnostics = [...doc.errors, ...doc.warnings].map((e) => {
    const at = { file, ...lines.linePos(e.pos[0]) };
    return e.code === 'DUPLICATE_KEY' ? diagnostic(D.duplicateKey, at, {}) : diagnostic(D.yaml, at, { reason: firstLine(e) });
  });
  if (diagnostics.length) return { diagnostics };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    // yaml throws a ReferenceError for an alias bomb and for an alias with no anchor before it.
    if (!(e instanceof ReferenceError)) throw e;
    const name = /: (\S+)$/.exec(e.message)?.[1];
    const at = name ? text.indexOf(`*${name}`) : -1;
    return { diagnostics: [diagnostic(D.yaml, { file, ...(at >= 0 ? lines.linePos(at) : { line: 1, col: 1 }) }, { reason: aliasReason(e.message, name) })] };
  }
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    const loc = locate(file, doc, lines, raw);
    for (const issue of result.error.issues) {
      const key = issue.code === 'unrecognized_keys';
      const path = key ? [...issue.path, issue.keys[0]!] : issue.path;
      diagnostics.push(diagnosticAt(loc, D.schema, path as PathKey[], { issue: describeIssue(issue) }, { key }));
    }
    return { diagnostics };
  }
  return { located: locate(file, doc, lines, result.data), diagnostics };
}
