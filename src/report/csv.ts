// CSV for spreadsheets (RFC 4180): one header row, comma-separated, CRLF line ends, quoted when
// needed. Cells a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe. Every
// CSV the program writes comes from toCsv.
import type { GradeRow } from './grades';

export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Excel reads a CSV without it in the system's code page, and Chinese names come out garbled. */
export const UTF8_BOM = '\uFEFF';

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return UTF8_BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const GRADE_COLUMNS = ['learner', 'file', 'outcome', 'caught', 'missed', 'open', 'score', 'amount_lost', 'currency', 'missed_flags', 'missed_flag_ids', 'error'];

/**
 * One row per learner. `missed_flags`: the flags' names in the report's language, "; " between
 * them (names have spaces); `missed_flag_ids`: the same flags by id, space-separated, for scripts.
 */
export function gradesCsv(rows: GradeRow[]): string {
  return toCsv(
    GRADE_COLUMNS,
    rows.map((r) => [r.learner, r.file, r.outcome, r.caught, r.missed, r.open, r.score, r.amountLost, r.currency, r.missedFlagNames.join('; '), r.missedFlags.join(' '), r.error?.replace(/\n/g, ' / ')]),
  );
}
