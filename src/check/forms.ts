// The two parallel forms of the before/after check (checks/form-a.yaml, checks/form-b.yaml): their
// schema and the rules that make them parallel, checked every time they are loaded. Pure: the
// caller reads the files (files.ts); this turns their text into forms or into diagnostics at
// file:line:col, the same way scenario files are reported.
import { z } from 'zod';
import { SCENARIO_KINDS, Text, type ScenarioKind } from '../core/schema';
import { diagnostic, type Descriptor, type Diagnostic } from '../scenario/diagnostics';
import { diagnosticAt, parseFile, type Located } from '../scenario/parse';
import { FORM_IDS, ITEMS_PER_FORM, type FormId } from './constants';

export type ItemKind = ScenarioKind;

const Item = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,19}$/, 'item ids are short lower-case words, like "a01"'),
  kind: z.enum(SCENARIO_KINDS),
  /** The pair this item forms with the other form's item of the same type. */
  type: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'types are lower-case words joined by dashes, like "bank-alert"'),
  channel: z.enum(['sms', 'call']),
  from: Text.optional(),
  text: Text,
  /** The answer key in words, for trainers: what gives the item away, or what makes it checkable. */
  why: Text,
});
export type CheckItem = z.infer<typeof Item>;

const FormFile = z.strictObject({ form: z.enum(FORM_IDS), items: z.array(Item).min(1) });
export interface CheckForm {
  id: FormId;
  items: CheckItem[];
}
export type Forms = Record<FormId, CheckForm>;

/** Each problem that makes the forms unusable for a before/after comparison, described once. */
const CK = {
  size: { code: 'CK001', severity: 'error', template: 'form {form} has {n} items; a form has {want} (half scams, half legitimate)' },
  balance: { code: 'CK002', severity: 'error', template: 'form {form} has {scams} scams and {legit} legitimate items; it needs {half} of each' },
  duplicateId: { code: 'CK003', severity: 'error', template: 'item id "{id}" is already used in {other}; ids are unique across both forms' },
  unmatched: { code: 'CK004', severity: 'error', template: 'item {n} of form {form} is a {what}, but item {n} of form {other} is a {otherWhat}; parallel forms pair every item by kind, type and channel' },
  formTwice: { code: 'CK005', severity: 'error', template: 'form {form} is defined twice ({other})' },
  formMissing: { code: 'CK006', severity: 'error', template: 'form {form} is missing; add checks/form-{lower}.yaml' },
} as const satisfies Record<string, Descriptor>;

export interface FormSource {
  file: string;
  text: string;
}

const shape = (i: CheckItem) => `${i.kind} ${i.channel} (${i.type})`;

/** Both forms, or the diagnostics that say why they cannot be used. */
export function parseForms(sources: readonly FormSource[]): { forms?: Forms; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const found = new Map<FormId, Located<z.output<typeof FormFile>>>();
  const ids = new Map<string, string>();
  for (const src of sources) {
    const parsed = parseFile(src.file, src.text, FormFile);
    diagnostics.push(...parsed.diagnostics);
    const located = parsed.located;
    if (!located) continue;
    const form = located.value.form;
    const other = found.get(form);
    if (other) {
      diagnostics.push(diagnosticAt(located, CK.formTwice, ['form'], { form, other: other.file }));
      continue;
    }
    found.set(form, located);
    const items = located.value.items;
    if (items.length !== ITEMS_PER_FORM) diagnostics.push(diagnosticAt(located, CK.size, ['items'], { form, n: items.length, want: ITEMS_PER_FORM }));
    const scams = items.filter((i) => i.kind === 'scam').length;
    if (scams * 2 !== items.length) diagnostics.push(diagnosticAt(located, CK.balance, ['items'], { form, scams, legit: items.length - scams, half: ITEMS_PER_FORM / 2 }));
    items.forEach((item, n) => {
      const seen = ids.get(item.id);
      if (seen) diagnostics.push(diagnosticAt(located, CK.duplicateId, ['items', n, 'id'], { id: item.id, other: seen }));
      else ids.set(item.id, `${located.file} (form ${form})`);
    });
  }
  // A form missing because its file did not parse has been reported already.
  const unparsed = diagnostics.length > 0;
  for (const form of FORM_IDS) {
    if (!found.has(form) && !unparsed) diagnostics.push(diagnostic(CK.formMissing, { file: sources[0]?.file ?? 'checks/', line: 1, col: 1 }, { form, lower: form.toLowerCase() }));
  }
  const a = found.get('A');
  const b = found.get('B');
  if (a && b) {
    // Parallel by construction: the same kind, channel and type at every position.
    b.value.items.forEach((item, n) => {
      const twin = a.value.items[n];
      if (twin && shape(twin) !== shape(item)) {
        diagnostics.push(diagnosticAt(b, CK.unmatched, ['items', n], { n: n + 1, form: 'B', what: shape(item), other: 'A', otherWhat: shape(twin) }));
      }
    });
  }
  if (diagnostics.some((d) => d.severity === 'error') || !a || !b) return { diagnostics };
  return { forms: { A: { id: 'A', items: a.value.items }, B: { id: 'B', items: b.value.items } }, diagnostics };
}
