// The issues list as rows of plain strings, shared by the copied table, the CSV export and the memo.
// Pure: must not import React or Office.
import { CATEGORY_LABELS, PROTECTION_LABELS } from '../../engine/labels';
import type { Analysis } from '../../engine/types';
import type { ItemStatus } from '../state/paneState';
import { itemKey } from '../itemKey';
import type { IssueRow } from './issueColumns';


const SEVERITY_WORD = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export function issueRows(analysis: Analysis, items: Readonly<Record<string, ItemStatus>>): IssueRow[] {
  const findings = analysis.findings.map((finding) => ({
    Severity: finding.stance === 'protective' ? 'Protection' : finding.stance === 'neutral' ? 'For review' : SEVERITY_WORD[finding.severity],
    Issue: CATEGORY_LABELS[finding.category],
    Paragraph: String(finding.paragraph + 1),
    Clause: finding.quote,
    'Why it matters': finding.explanation,
    Status: statusWord(items[itemKey(finding)]),
  }));
  const missing = analysis.missing.map((gap) => ({
    Severity: 'Missing',
    Issue: PROTECTION_LABELS[gap.category],
    Paragraph: `after ${gap.insertAfterParagraph + 1}`,
    Clause: '',
    'Why it matters': gap.explanation,
    Status: statusWord(items[itemKey(gap)]),
  }));
  return [...findings, ...missing];
}

function statusWord(status: ItemStatus | undefined): string {
  switch (status?.kind) {
    case undefined:
      return 'Open';
    case 'applying':
      return 'Being inserted';
    case 'applied':
      return `Redlined (${status.positionId})`;
    case 'dismissed':
      return `Dismissed: ${status.reason}`;
    case 'failed':
      return 'Insert failed';
  }
}
