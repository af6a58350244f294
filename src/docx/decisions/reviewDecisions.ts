// `review` writes the decision record into the reviewed copy: each redline it made is recorded as "redlined" with its
// position and comment, on top of the decisions already in the document. A record this version cannot read is left
// exactly as it was, and said so. Must not import Office, the DOM globals or fs.
import JSZip from 'jszip';
import { clauseLabels } from '../../engine/clauseLabels';
import type { Analysis, Finding, MissingProtection, RedlinePlan } from '../../engine/types';
import type { PositionId } from '../../playbook/schema';
import { markInternal } from '../../negotiation/internalMark';
import type { PlanVerdict } from '../mergePlans';
import type { DocxDocument } from '../readDocx';
import { readDecisionPart, writeDecisionPart } from './decisionPart';
import { parseDecisionRecord, serializeDecisionRecord, withDecision, type Decision } from '../../negotiation/decisionRecord';
import { clauseFingerprint, missingFingerprint } from '../../negotiation/fingerprint';

export interface ReviewedCopy {
  readonly analysis: Analysis;
  readonly plans: readonly RedlinePlan[];
  readonly verdicts: readonly PlanVerdict[];
  readonly data: Uint8Array;
}

export type RecordedCopy = { readonly ok: true; readonly data: Uint8Array; readonly note?: string } | { readonly ok: false; readonly error: string };

export async function recordReviewDecisions(
  source: DocxDocument,
  copy: ReviewedCopy,
  options: { readonly position: PositionId; readonly comments: 'internal' | 'external' | 'none'; readonly date?: string },
): Promise<RecordedCopy> {
  const applied = new Set(copy.verdicts.filter((verdict) => verdict.status === 'applied').map((verdict) => verdict.planId));
  // Nothing new to record: the copy keeps whatever record the document had, byte for byte.
  if (applied.size === 0) return { ok: true, data: copy.data };
  const existing = await readDecisionPart(source.zip, source.documentPath);
  if (!existing.ok) return { ok: false, error: `the decision record could not be read (${existing.error}); nothing was written` };
  let decisions: Decision[] = [];
  if (existing.value !== null) {
    const parsed = parseDecisionRecord(existing.value);
    if (!parsed.ok) return { ok: true, data: copy.data, note: `${parsed.message}; it was left as it is and this review's decisions were not recorded` };
    decisions = [...parsed.decisions];
  }
  const labels = clauseLabels(source.paragraphs);
  for (const plan of copy.plans) {
    if (!applied.has(plan.id)) continue;
    const target = targetOf(copy.analysis, plan);
    if (!target) continue;
    const paragraph = 'id' in target ? target.paragraph : target.insertAfterParagraph;
    const clause = labels[paragraph]?.text;
    decisions = withDecision(decisions, {
      fingerprint: 'id' in target ? clauseFingerprint(target.category, target.quote) : missingFingerprint(target.category),
      category: target.category,
      status: 'redlined',
      position: options.position,
      ...(options.comments === 'none' ? {} : { comment: options.comments === 'internal' ? markInternal(plan.comment.internal) : plan.comment.external }),
      paragraph,
      ...(clause ? { clause } : {}),
    });
  }
  const zip = await JSZip.loadAsync(copy.data);
  const before = new Map(Object.entries(zip.files));
  const written = await writeDecisionPart(zip, source.documentPath, serializeDecisionRecord(decisions));
  if (!written.ok) return { ok: false, error: `the decision record could not be written (${written.error}); nothing was written` };
  // The parts written here carry the revision date, not the clock's, so the same review gives the same bytes.
  if (options.date) for (const [name, entry] of Object.entries(zip.files)) if (before.get(name) !== entry) entry.date = new Date(options.date);
  return { ok: true, data: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } }) };
}

function targetOf(analysis: Analysis, plan: RedlinePlan): Finding | MissingProtection | undefined {
  const source = plan.source;
  return source.kind === 'finding' ? analysis.findings.find((finding) => finding.id === source.findingId) : analysis.missing.find((gap) => gap.category === source.category);
}
