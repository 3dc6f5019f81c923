// Author errors are collected, never thrown: each names a stable code, a place and a fix.
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: Severity;
  file: string;
  line: number;
  col: number;
  message: string;
}

export const CODES = {
  yaml: 'SD001',
  schema: 'SD002',
  unknownTarget: 'SD003',
  unreachable: 'SD004',
  noEnding: 'SD005',
  unknownFlag: 'SD006',
  duplicateId: 'SD007',
  idMismatch: 'SD008',
  unknownChannel: 'SD009',
  unusedEnding: 'SD010',
  cue: 'SD020',
} as const;

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${d.message}`;
}

export const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === 'error');
