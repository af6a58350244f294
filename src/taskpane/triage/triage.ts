// Triage of the findings list: the statuses a lawyer sorts by, the filters, and the order "Next issue" walks in (the
// order the list shows: risks by severity, each severity by category as they first appear, then protections and the
// terms for review).
// Pure: must not import React or Office.
import type { CategoryId, Finding, Severity } from '../../engine/types';
import { itemKey } from '../itemKey';
import { SEVERITY_ORDER } from '../severityOrder';
import type { ItemStatus } from '../state/paneState';

/** Where an issue stands in the negotiation. */
export type TriageStatus = 'open' | 'redlined' | 'accepted' | 'dismissed';

export const TRIAGE_STATUS_WORDS: Readonly<Record<TriageStatus, string>> = {
  open: 'Open',
  redlined: 'Redlined',
  accepted: 'Accepted as is',
  dismissed: 'Dismissed',
};

export type SeverityFilter = 'all' | Severity | 'protections' | 'review';

export interface TriageFilter {
  readonly severity: SeverityFilter;
  readonly category: CategoryId | 'all';
  readonly status: TriageStatus | 'all';
}

export const NO_FILTER: TriageFilter = { severity: 'all', category: 'all', status: 'all' };

export function triageStatus(status: ItemStatus | undefined): TriageStatus {
  switch (status?.kind) {
    case 'applied':
    case 'redlined':
      return 'redlined';
    case 'accepted':
      return 'accepted';
    case 'dismissed':
      return 'dismissed';
    default:
      // Being inserted, or an insert that failed, is still open: nothing has been decided yet.
      return 'open';
  }
}

export function matchesFilter(finding: Finding, status: ItemStatus | undefined, filter: TriageFilter): boolean {
  const risk = finding.stance === 'risk';
  const wanted =
    filter.severity === 'all' ||
    (filter.severity === 'protections' && finding.stance === 'protective') ||
    (filter.severity === 'review' && finding.stance === 'neutral') ||
    (risk && finding.severity === filter.severity);
  if (!wanted) return false;
  if (filter.category !== 'all' && finding.category !== filter.category) return false;
  // Protections and terms for review are not issues to decide, so a status filter leaves them out.
  if (filter.status !== 'all' && (!risk || triageStatus(status) !== filter.status)) return false;
  return true;
}

export function isFiltered(filter: TriageFilter): boolean {
  return filter.severity !== 'all' || filter.category !== 'all' || filter.status !== 'all';
}

export interface ListSection {
  /** 'high' | 'medium' | 'low' | 'protections' | 'review' */
  readonly id: Severity | 'protections' | 'review';
  readonly groups: readonly { readonly category: CategoryId; readonly findings: readonly Finding[] }[];
}

/** The list's sections in display order (risks, protections, terms for review), each by category as they first appear. */
export function listSections(findings: readonly Finding[]): ListSection[] {
  const risks = findings.filter((finding) => finding.stance === 'risk');
  const sections: ListSection[] = SEVERITY_ORDER.map((severity) => ({ id: severity, groups: byCategory(risks.filter((finding) => finding.severity === severity)) }));
  sections.push({ id: 'protections', groups: byCategory(findings.filter((finding) => finding.stance === 'protective')) });
  sections.push({ id: 'review', groups: byCategory(findings.filter((finding) => finding.stance === 'neutral')) });
  return sections.filter((section) => section.groups.length > 0);
}

/** Every finding in the order the list shows them: the order Next and Previous walk. */
export function displayOrder(sections: readonly ListSection[]): Finding[] {
  return sections.flatMap((section) => section.groups.flatMap((group) => group.findings));
}

export function filterFindings(findings: readonly Finding[], items: Readonly<Record<string, ItemStatus>>, filter: TriageFilter): Finding[] {
  return findings.filter((finding) => matchesFilter(finding, items[itemKey(finding)], filter));
}

/** The finding `step` places from `currentId` in `ordered`, or the first (last) one when none is current. */
export function stepFrom(ordered: readonly Finding[], currentId: string | undefined, step: 1 | -1): Finding | undefined {
  if (ordered.length === 0) return undefined;
  const at = ordered.findIndex((finding) => finding.id === currentId);
  if (at < 0) return step === 1 ? ordered[0] : ordered[ordered.length - 1];
  return ordered[Math.min(ordered.length - 1, Math.max(0, at + step))];
}

function byCategory(findings: readonly Finding[]): { category: CategoryId; findings: Finding[] }[] {
  const groups = new Map<CategoryId, Finding[]>();
  for (const finding of findings) groups.set(finding.category, [...(groups.get(finding.category) ?? []), finding]);
  return [...groups.entries()].map(([category, members]) => ({ category, findings: members }));
}
