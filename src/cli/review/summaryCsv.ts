// The batch summary: one CSV row per contract with its posture, finding counts per category and severity, and the
// protections it lacks. Must not import Office, the DOM globals or fs.
import { MODE_CATEGORIES, type Analysis, type CategoryId, type ReviewMode, type Severity } from '../../engine/types';

export type SummaryRow =
  | {
      readonly kind: 'reviewed';
      readonly file: string;
      readonly output: string;
      readonly posture: string;
      readonly analysis: Analysis;
      readonly applied: number;
      readonly skipped: number;
      /** False when the copy is the original byte for byte (nothing could be redlined). */
      readonly changed: boolean;
    }
  | { readonly kind: 'failed'; readonly file: string; readonly error: string };

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];
/** One column per category of the mode the batch was reviewed in. */
const categoriesOf = (mode: ReviewMode): readonly CategoryId[] => [...MODE_CATEGORIES[mode].risks, ...MODE_CATEGORIES[mode].protective];

export function summaryHeader(mode: ReviewMode = 'customer'): string[] {
  return [
    'file',
    'status',
    'posture',
    ...categoriesOf(mode),
    ...SEVERITIES.map((severity) => `risks_${severity}`),
    'missing_protections',
    'redlines_applied',
    'redlines_skipped',
    'output',
    'error',
  ];
}

export const SUMMARY_HEADER = summaryHeader('customer');

export function summaryCsv(rows: readonly SummaryRow[], mode: ReviewMode = 'customer'): string {
  const categories = categoriesOf(mode);
  return [summaryHeader(mode), ...rows.map((row) => rowCells(row, categories))].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function rowCells(row: SummaryRow, categories: readonly CategoryId[]): string[] {
  if (row.kind === 'failed') {
    return [row.file, 'failed', '', ...categories.map(() => ''), ...SEVERITIES.map(() => ''), '', '', '', '', row.error];
  }
  const { findings, missing } = row.analysis;
  const risks = findings.filter((finding) => finding.stance === 'risk');
  return [
    row.file,
    'reviewed',
    row.posture,
    ...categories.map((category) => String(findings.filter((finding) => finding.category === category).length)),
    ...SEVERITIES.map((severity) => String(risks.filter((finding) => finding.severity === severity).length)),
    missing.map((protection) => protection.category).join('; '),
    String(row.applied),
    String(row.skipped),
    row.output,
    '',
  ];
}

/** RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs a cell starting with = + - @ as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
