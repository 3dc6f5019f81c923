// YAML text → typed value, with every problem located at file:line:col.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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

/** Parse and schema-check one file. Returns a value only when there were no errors. */
export function parseFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { located?: Located<z.output<S>>; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const at = { file, ...lines.linePos(e.pos[0]) };
    diagnostics.push(e.code === 'DUPLICATE_KEY' ? diagnostic(D.duplicateKey, at, {}) : diagnostic(D.yaml, at, { reason: e.message.split('\n')[0]! }));
  }
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
