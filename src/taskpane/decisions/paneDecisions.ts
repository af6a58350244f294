// Between the pane's item statuses and the decision record: a fingerprint per finding or missing protection, the
// statuses a record gives the findings of a new analysis, the decision one user action makes, and the decisions whose
// clause is no longer found. Pure: must not import React or Office.
import type { Analysis, Finding, MissingProtection } from '../../engine/types';
import { parseDecisionRecord, type Decision } from '../../negotiation/decisionRecord';
import { clauseFingerprint, matchFingerprints, missingFingerprint, type Fingerprint } from '../../negotiation/fingerprint';
import { itemKey, type PaneTarget } from '../itemKey';
import type { ItemStatus } from '../state/itemStatus';

export function fingerprintOf(target: PaneTarget): Fingerprint {
  return 'id' in target ? clauseFingerprint(target.category, target.quote) : missingFingerprint(target.category);
}

/** The targets a decision can be about: risks and missing protections (protections present are not decided). */
export function decidableTargets(analysis: Analysis): (Finding | MissingProtection)[] {
  return [...analysis.findings.filter((finding) => finding.stance === 'risk'), ...analysis.missing];
}

/** Which recorded decision each target of this analysis carries (by index into `decisions`). */
function matches(analysis: Analysis, decisions: readonly Decision[]): { targets: PaneTarget[]; matched: Map<number, number> } {
  const targets = decidableTargets(analysis);
  return { targets, matched: matchFingerprints(targets.map(fingerprintOf), decisions.map((decision) => decision.fingerprint)) };
}

export function itemsFromDecisions(analysis: Analysis, decisions: readonly Decision[]): Record<string, ItemStatus> {
  const items: Record<string, ItemStatus> = {};
  const { targets, matched } = matches(analysis, decisions);
  for (const [at, from] of matched) {
    const status = statusOf(decisions[from]!);
    if (status) items[itemKey(targets[at]!)] = status;
  }
  return items;
}

/** Decisions no target of this analysis matches: their clause was changed beyond recognition or resolved. */
export function unmatchedDecisions(analysis: Analysis, decisions: readonly Decision[]): Decision[] {
  const used = new Set(matches(analysis, decisions).matched.values());
  return decisions.filter((_, index) => !used.has(index));
}

function statusOf(decision: Decision): ItemStatus | undefined {
  switch (decision.status) {
    case 'redlined':
      return { kind: 'redlined', positionId: decision.position ?? 'preferred' };
    case 'accepted':
      return { kind: 'accepted', reason: decision.reason ?? '' };
    case 'dismissed':
      return { kind: 'dismissed', reason: decision.reason ?? '' };
    case 'open':
      return undefined;
  }
}

export interface RecordRead {
  readonly decisions: readonly Decision[];
  /** False when the document holds a record this version must not overwrite (damaged, newer, or unreadable). */
  readonly writable: boolean;
  /** Said to the lawyer when the record could not be used. */
  readonly problem?: string;
}

export function readRecordText(text: string | null): RecordRead {
  if (text === null) return { decisions: [], writable: true };
  const parsed = parseDecisionRecord(text);
  if (parsed.ok) return { decisions: parsed.decisions, writable: true };
  return { decisions: [], writable: false, problem: `${capitalise(parsed.message)}, so it is left as it is and this session's decisions are not saved into it.` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The decision to record for a target: where it is now, and what was decided. */
export function decisionFor(
  target: PaneTarget,
  clause: string | undefined,
  decided: Pick<Decision, 'status' | 'position' | 'reason' | 'comment'>,
): Decision {
  const paragraph = 'id' in target ? target.paragraph : target.insertAfterParagraph;
  return {
    fingerprint: fingerprintOf(target),
    category: target.category,
    ...withoutUndefined(decided),
    paragraph,
    ...(clause ? { clause } : {}),
  };
}

/** The target of this analysis an item key names. */
export function targetOfKey(analysis: Analysis, key: string): PaneTarget | undefined {
  return decidableTargets(analysis).find((target) => itemKey(target) === key);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
