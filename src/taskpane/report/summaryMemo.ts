// The paragraphs of the summary memo opened as a new Word document: posture, open risks, missing protections and
// what was already redlined. Pure: must not import React or Office.
import { summarizePosture } from '../../engine/posture';
import type { Analysis } from '../../engine/types';
import type { ItemStatus } from '../state/paneState';
import { issueRows } from './issueRows';

export function summaryMemo(analysis: Analysis, items: Readonly<Record<string, ItemStatus>>, playbookName: string): string[] {
  const rows = issueRows(analysis, items);
  const risks = rows.filter((row) => row.Severity !== 'Protection' && row.Severity !== 'Missing');
  const missing = rows.filter((row) => row.Severity === 'Missing');
  const protections = rows.filter((row) => row.Severity === 'Protection');
  const lines = [
    'AI data terms: review memo',
    summarizePosture(analysis),
    `Playbook: ${playbookName}.`,
    `Risks found: ${risks.length}. Missing protections: ${missing.length}. Protections already present: ${protections.length}.`,
  ];
  if (risks.length > 0) lines.push('Risks');
  for (const row of risks) {
    lines.push(`${row.Severity} – ${row.Issue} (paragraph ${row.Paragraph}, ${row.Status.toLowerCase()}): "${row.Clause}" ${row['Why it matters']}`);
  }
  if (missing.length > 0) lines.push('Missing protections');
  for (const row of missing) lines.push(`${row.Issue} (${row.Status.toLowerCase()}): ${row['Why it matters']}`);
  if (protections.length > 0) lines.push('Protections already in the contract');
  for (const row of protections) lines.push(`${row.Issue} (paragraph ${row.Paragraph}): "${row.Clause}"`);
  return lines;
}
