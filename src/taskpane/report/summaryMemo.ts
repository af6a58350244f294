// The paragraphs of the summary memo opened as a new Word document: posture, then each risk by clause with the
// position we propose and where it stands, missing protections, and the protections already present.
// Pure: must not import React or Office.
import { summarizePosture } from '../../engine/posture';
import type { Analysis } from '../../engine/types';
import type { ItemStatus } from '../state/paneState';
import type { IssueRow } from './issueColumns';
import { issueRows, type RowContext } from './issueRows';

export function summaryMemo(analysis: Analysis, items: Readonly<Record<string, ItemStatus>>, context: RowContext): string[] {
  const rows = issueRows(analysis, items, context);
  const risks = rows.filter((row) => row.Severity !== 'Protection' && row.Severity !== 'Missing' && row.Severity !== 'For review');
  const forReview = rows.filter((row) => row.Severity === 'For review');
  const missing = rows.filter((row) => row.Severity === 'Missing');
  const protections = rows.filter((row) => row.Severity === 'Protection');
  const open = risks.filter((row) => row.Status === 'Open').length;
  const lines = [
    'AI data terms: review memo',
    summarizePosture(analysis),
    `Playbook: ${context.playbook.name}.`,
    `Risks found: ${risks.length} (${open} still open). Missing protections: ${missing.length}. Protections already present: ${protections.length}.`,
  ];
  if (risks.length > 0) lines.push('Risks');
  for (const row of risks) lines.push(`${row.Clause} – ${row.Category} (${row.Severity.toLowerCase()} risk): "${row.Quote}" ${row['Why it matters']} ${decision(row)}`);
  if (missing.length > 0) lines.push('Missing protections');
  for (const row of missing) lines.push(`${row.Category} (${row.Clause}): ${row['Why it matters']} ${decision(row)}`);
  if (protections.length > 0) lines.push('Protections already in the contract');
  for (const row of protections) lines.push(`${row.Clause} – ${row.Category}: "${row.Quote}"`);
  if (forReview.length > 0) lines.push('For review (neither risk nor protection)');
  for (const row of forReview) lines.push(`${row.Clause} – ${row.Category}: "${row.Quote}"`);
  return lines;
}

function decision(row: IssueRow): string {
  const status = `Status: ${row.Status}${row.Reason ? ` (${row.Reason})` : ''}.`;
  return row['Proposed position'] ? `${status} Proposed: ${row['Proposed position']} – "${row['Proposed wording']}"` : status;
}
