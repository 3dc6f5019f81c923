// The shipped forms load, are parallel, and are not the training scenarios; broken forms are
// reported at file:line:col with their code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultChecksDir, loadForms } from '../../src/check/files';
import { parseForms } from '../../src/check/forms';
import { formatDiagnostic } from '../../src/scenario/diagnostics';
import { loadLibrary } from '../../src/scenario/files';

const { forms, diagnostics } = loadForms();

describe('the shipped forms', () => {
  it('load without a diagnostic', () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(forms).toBeDefined();
  });

  it.each(['A', 'B'] as const)('form %s has 12 items: 6 scams and 6 legitimate, 3 of each by text and 3 by call', (id) => {
    const items = forms![id].items;
    const count = (kind: string, channel: string) => items.filter((i) => i.kind === kind && i.channel === channel).length;
    expect(items).toHaveLength(12);
    expect([count('scam', 'sms'), count('scam', 'call'), count('legitimate', 'sms'), count('legitimate', 'call')]).toEqual([3, 3, 3, 3]);
  });

  it('pairs every item of A with one of B of the same kind, type and channel, in the same place', () => {
    const shape = (i: { kind: string; type: string; channel: string }) => `${i.kind}/${i.type}/${i.channel}`;
    expect(forms!.B.items.map(shape)).toEqual(forms!.A.items.map(shape));
    expect(new Set(forms!.A.items.map((i) => i.type)).size).toBe(12);
  });

  it('shares no sentence with the training scenarios', () => {
    const said = JSON.stringify(loadLibrary().scenarios);
    // A run of 8 words (English) or 16 characters (Chinese) found in a scenario would be a copied line.
    const copied: string[] = [];
    for (const item of [...forms!.A.items, ...forms!.B.items]) {
      const words = item.text.en.split(/\s+/);
      const zh = [...item.text.zh];
      for (let i = 0; i + 8 <= words.length; i++) if (said.includes(words.slice(i, i + 8).join(' '))) copied.push(`${item.id}: ${words.slice(i, i + 8).join(' ')}`);
      for (let i = 0; i + 16 <= zh.length; i++) if (said.includes(zh.slice(i, i + 16).join(''))) copied.push(`${item.id}: ${zh.slice(i, i + 16).join('')}`);
    }
    expect(copied).toEqual([]);
  });
});

describe('broken forms', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scamdrill-forms-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const shipped = { a: readFileSync(join(defaultChecksDir(), 'form-a.yaml'), 'utf8'), b: readFileSync(join(defaultChecksDir(), 'form-b.yaml'), 'utf8') };
  const report = (a: string, b: string) => {
    writeFileSync(join(dir, 'form-a.yaml'), a);
    writeFileSync(join(dir, 'form-b.yaml'), b);
    return loadForms(dir).diagnostics.map(formatDiagnostic).map((d) => d.replace(`${dir}/`, ''));
  };
  const lineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;

  it('an unknown kind is a schema error at its line', () => {
    const bad = shipped.a.replace('kind: scam', 'kind: fraud');
    expect(report(bad, shipped.b)).toEqual([expect.stringMatching(new RegExp(`^form-a\\.yaml:${lineOf(bad, 'kind: fraud')}:\\d+: error SD002: items\\.0\\.kind`))]);
  });

  it('a swapped pair breaks the parallel forms (CK004) and names both items', () => {
    const bad = shipped.b.replace(/kind: scam\n    type: pay-link\n    channel: sms/, 'kind: scam\n    type: pay-link\n    channel: call');
    expect(report(shipped.a, bad)).toEqual([`form-b.yaml:${lineOf(bad, '- id: b01')}:5: error CK004: item 1 of form B is a scam call (pay-link), but item 1 of form A is a scam sms (pay-link); parallel forms pair every item by kind, type and channel`]);
  });

  it('a kind changed upsets the balance (CK002) and the pairing; an id used twice is CK003', () => {
    const bad = shipped.b.replace('kind: legitimate\n    type: courier', 'kind: scam\n    type: courier').replace('id: b12', 'id: a12');
    const out = report(shipped.a, bad);
    expect(out.map((d) => / (CK\d+):/.exec(d)![1])).toEqual(['CK002', 'CK003', 'CK004']);
    expect(out[0]).toContain('form B has 7 scams and 5 legitimate items; it needs 6 of each');
    expect(out[1]).toContain(`form-b.yaml:${lineOf(bad, 'id: a12')}:`);
  });

  it('a missing form (CK006) or one defined twice (CK005) is said', () => {
    expect(parseForms([{ file: 'form-a.yaml', text: shipped.a }]).diagnostics.map(formatDiagnostic)).toEqual(['form-a.yaml:1:1: error CK006: form B is missing; add checks/form-b.yaml']);
    const twice = parseForms([{ file: 'x.yaml', text: shipped.a }, { file: 'y.yaml', text: shipped.a.replace(/id: a(\d\d)/g, 'id: c$1') }, { file: 'b.yaml', text: shipped.b }]);
    expect(twice.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^y\.yaml:\d+:7: error CK005: form A is defined twice \(x\.yaml\)$/)]);
  });

  it('a form with 11 items is CK001', () => {
    const cut = shipped.b.slice(0, shipped.b.indexOf('  - id: b12'));
    const out = report(shipped.a, cut);
    expect(out[0]).toMatch(/^form-b\.yaml:\d+:\d+: error CK001: form B has 11 items; a form has 12/);
  });
});
