// The batch summary: one CSV row per contract with its posture, finding counts per category and severity, and the
// protections it lacks. A row carries counts, not the analysis, so a batch of thousands holds little in memory and
// a review worker sends back a few numbers. Must not import Office, the DOM globals or fs.
import { MODE_CATEGORIES, type Analysis, type CategoryId, type ReviewMode, type Severity } from '../../engine/types';

/** What the summary needs of an analysis: findings per category, risks per severity, missing protections. */
export interface SummaryCounts {
  readonly categories: Readonly<Record<string, number>>;
  readonly risks: Readonly<Record<Severity, number>>;
  readonly missing: readonly string[];
}

export type SummaryRow =
  | {
      readonly kind: 'reviewed';
      readonly file: string;
      readonly output: string;
      readonly posture: string;
      readonly counts: SummaryCounts;
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

export function summaryCounts(analysis: Analysis): SummaryCounts {
  const categories: Record<string, number> = {};
  const risks: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const finding of analysis.findings) {
    categories[finding.category] = (categories[finding.category] ?? 0) + 1;
    if (finding.stance === 'risk') risks[finding.severity] += 1;
  }
  return { categories, risks, missing: analysis.missing.map((protection) => protection.category) };
}

/** One CSV line: what a streamed summary writes, the header first and then a line per row. */
export function summaryLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function summaryCsv(rows: readonly SummaryRow[], mode: ReviewMode = 'customer'): string {
  return [summaryHeader(mode), ...rows.map((row) => rowCells(row, mode))].map(summaryLine).join('');
}

export function rowCells(row: SummaryRow, mode: ReviewMode = 'customer'): string[] {
  const columns = categoriesOf(mode);
  if (row.kind === 'failed') {
    return [row.file, 'failed', '', ...columns.map(() => ''), ...SEVERITIES.map(() => ''), '', '', '', '', row.error];
  }
  const { categories, risks, missing } = row.counts;
  return [
    row.file,
    'reviewed',
    row.posture,
    ...columns.map((category) => String(categories[category] ?? 0)),
    ...SEVERITIES.map((severity) => String(risks[severity])),
    missing.join('; '),
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
