// Renders issue rows as RFC 4180 CSV, guarding against spreadsheet formula injection from contract text.
// Pure: must not import React or Office.
import { ISSUE_COLUMNS, type IssueRow } from './issueColumns';

export function issuesCsv(rows: readonly IssueRow[]): string {
  const lines = [ISSUE_COLUMNS.map(csvCell), ...rows.map((row) => ISSUE_COLUMNS.map((column) => csvCell(row[column])))];
  // CRLF and a BOM make Excel open the file as UTF-8 with the right line breaks.
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet; a leading apostrophe keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
