// A licence that carries a training or improvement use, narrowed by the licence position's own edits rather than
// struck: the vendor also needs it to provide the service. Pure: engine and playbook types only.
import type { Analysis, Finding, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue, PlaybookPosition, PositionId } from '../playbook/schema';
import { positionFor } from '../playbook/issueFor';
import { grantsToCustomer } from './customerOption';
import { planRedline } from './redline';

/** "Customer grants Vendor a … licence to …": a grant the vendor also needs to provide the service. */
export const LICENCE_GRANT = /\bgrants?\b[^.;]{0,200}?\blicen[cs]e\b/i;

/** What the narrowing needs from the paragraph's review. */
export interface LicenceContext {
  readonly analysis: Analysis;
  readonly issueId: (category: Finding['category']) => string | undefined;
  readonly issueFor: (finding: Finding) => PlaybookIssue | undefined;
}

/** The licence position's word-level edit of a licence that carries a training or improvement use, if it has one. */
export function narrowLicence(
  finding: Finding,
  positionId: PositionId,
  context: LicenceContext,
  current: readonly Paragraph[],
  text: string,
): { ops: readonly RedlineOp[]; issue: PlaybookIssue; position: PlaybookPosition } | undefined {
  // A licence the customer receives ("grants the OEM a perpetual licence") is not narrowed: that cuts the wrong way.
  if (finding.category === 'broad-license' || !LICENCE_GRANT.test(finding.quote) || grantsToCustomer(finding.quote, context.analysis.terms.customer)) return undefined;
  const licence: Finding = { ...finding, category: 'broad-license', playbookIssue: context.issueId('broad-license') ?? finding.playbookIssue };
  const issue = context.issueFor(licence);
  if (!issue) return undefined;
  const position = positionFor(issue, positionId);
  const plan = planRedline(licence, position, context.analysis, current);
  return plan.kind === 'word-level' && plan.targetText !== text ? { ops: plan.ops, issue, position } : undefined;
}
