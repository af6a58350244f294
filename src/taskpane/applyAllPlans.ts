// Chooses what "Apply all preferred positions" changes: one preferred redline per open risk paragraph and one
// inserted clause per open missing protection, and says what it skips and why. Pure: must not import React or Office.
import type { Analysis, Finding, RedlinePlan } from '../engine/types';
import { SEVERITY_ORDER } from './severityOrder';
import type { ItemStatus } from './state/paneState';
import { itemKey, type PaneTarget } from './itemKey';
import type { Planner } from './planner';

export interface PlannedItem {
  readonly key: string;
  readonly target: PaneTarget;
  readonly plan: RedlinePlan;
  readonly issueTitle: string;
}

export interface ApplyAllSelection {
  readonly planned: readonly PlannedItem[];
  /** Findings left out, each with the reason shown in the confirmation. */
  readonly skipped: readonly { readonly target: PaneTarget; readonly reason: string }[];
}

export function applyAllPlans(plan: Planner, analysis: Analysis, items: Readonly<Record<string, ItemStatus>>): ApplyAllSelection {
  const planned: PlannedItem[] = [];
  const skipped: { target: PaneTarget; reason: string }[] = [];
  const takenParagraphs = new Set<number>();
  const open = (target: PaneTarget) => items[itemKey(target)] === undefined;
  // Most severe first, so when two findings share a paragraph the redline that matters most is the one made.
  const risks = [...analysis.findings]
    .filter((finding) => finding.stance === 'risk' && open(finding))
    .sort(bySeverity);
  for (const finding of risks) {
    if (takenParagraphs.has(finding.paragraph)) {
      skipped.push({ target: finding, reason: 'shares a paragraph with a more serious finding that is being redlined' });
      continue;
    }
    const result = plan(finding, 'preferred');
    if (result.kind !== 'planned') {
      skipped.push({ target: finding, reason: result.kind === 'no-issue' ? 'the playbook has no position for it' : result.message });
      continue;
    }
    takenParagraphs.add(finding.paragraph);
    planned.push({ key: itemKey(finding), target: finding, plan: result.plan, issueTitle: result.issue.title });
  }
  for (const gap of analysis.missing.filter(open)) {
    const result = plan(gap, 'preferred');
    if (result.kind === 'planned') planned.push({ key: itemKey(gap), target: gap, plan: result.plan, issueTitle: result.issue.title });
    else skipped.push({ target: gap, reason: result.kind === 'no-issue' ? 'the playbook has no clause for it' : result.message });
  }
  return { planned, skipped };
}

function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.paragraph - b.paragraph || a.start - b.start;
}
