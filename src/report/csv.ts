// CSV for spreadsheets (RFC 4180): one header row, comma-separated, CRLF line ends, quoted when
// needed. Cells a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe.
import type { GradeRow } from './grades';

export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const GRADE_COLUMNS = ['learner', 'file', 'outcome', 'caught', 'missed', 'open', 'score', 'amount_lost', 'currency', 'missed_flags', 'error'];

/** One row per learner; `missed_flags` is a space-separated list of flag ids. */
export function gradesCsv(rows: GradeRow[]): string {
  return toCsv(
    GRADE_COLUMNS,
    rows.map((r) => [r.learner, r.file, r.outcome, r.caught, r.missed, r.open, r.score, r.amountLost, r.currency, r.missedFlags.join(' '), r.error?.replace(/\n/g, ' / ')]),
  );
}
