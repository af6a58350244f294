// The issues list as rows of plain strings, shared by the copied table, the CSV export and the memo: where (by the
// contract's own clause numbers), what, the quote, the position we propose and its wording, and the decision.
// Pure: must not import React or Office.
import { CATEGORY_LABELS, PROTECTION_LABELS } from '../../engine/labels';
import type { Analysis, ContractTerms } from '../../engine/types';
import { fillClause } from '../../playbook/fillPlaceholders';
import type { Playbook, PlaybookIssue, PositionId } from '../../playbook/schema';
import { cardText } from '../explain/cardText';
import { displayText } from '../explain/displayText';
import { itemKey, type PaneTarget } from '../itemKey';
import { issueForTarget } from '../playbookLookup';
import { POSITION_NAMES } from '../positionNames';
import type { ItemStatus } from '../state/paneState';
import { TRIAGE_STATUS_WORDS, triageStatus } from '../triage/triage';
import type { IssueRow } from './issueColumns';

const SEVERITY_WORD = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export interface RowContext {
  readonly playbook: Playbook;
  /** The contract's own name for a paragraph ("3.3"). */
  readonly locate: (paragraph: number) => string;
}

export function issueRows(analysis: Analysis, items: Readonly<Record<string, ItemStatus>>, context: RowContext): IssueRow[] {
  const findings = analysis.findings.map((finding) => {
    const issue = issueForTarget(context.playbook, finding);
    const risk = finding.stance === 'risk';
    return {
      Clause: context.locate(finding.paragraph),
      Severity: risk ? SEVERITY_WORD[finding.severity] : finding.stance === 'neutral' ? 'For review' : 'Protection',
      Category: CATEGORY_LABELS[finding.category],
      Quote: displayText(finding.quote),
      'Why it matters': cardText(finding, issue, analysis.terms).why,
      ...(risk ? decisionCells(finding, issue, items, analysis.terms) : { 'Proposed position': '', 'Proposed wording': '', Status: finding.stance === 'neutral' ? '' : 'Present', Reason: '' }),
    };
  });
  const missing = analysis.missing.map((gap) => ({
    Clause: `new clause after ${context.locate(gap.insertAfterParagraph)}`,
    Severity: 'Missing',
    Category: PROTECTION_LABELS[gap.category],
    Quote: '',
    'Why it matters': gap.explanation,
    ...decisionCells(gap, issueForTarget(context.playbook, gap), items, analysis.terms),
  }));
  return [...findings, ...missing];
}

type DecisionCells = Pick<IssueRow, 'Proposed position' | 'Proposed wording' | 'Status' | 'Reason'>;

function decisionCells(target: PaneTarget, issue: PlaybookIssue | undefined, items: Readonly<Record<string, ItemStatus>>, terms: ContractTerms): DecisionCells {
  const status = items[itemKey(target)];
  const used: PositionId = status?.kind === 'applied' || status?.kind === 'redlined' ? status.positionId : 'preferred';
  const position = issue?.positions.find((candidate) => candidate.id === used) ?? issue?.positions[0];
  return {
    'Proposed position': position ? `${POSITION_NAMES[position.id]}: ${position.label}` : '',
    'Proposed wording': position ? fillClause(position.clause, terms) : '',
    Status: status?.kind === 'applying' ? 'Being inserted' : status?.kind === 'failed' ? 'Open (insert failed)' : TRIAGE_STATUS_WORDS[triageStatus(status)],
    Reason: status?.kind === 'accepted' || status?.kind === 'dismissed' ? status.reason : '',
  };
}
