// A small in-memory DocumentHost for task-pane tests: holds paragraphs, applies plans with the real applyOps,
// records every call, and can be told to fail. The simulator-backed host is exercised in the e2e tests.
import { applyOps } from '../../src/review/redline';
import type { Finding, Paragraph, RedlinePlan } from '../../src/engine/types';
import type { ApplyOptions, ApplyOutcome, DocumentHost, HostCapabilities, HostError, HostResult, RevisionCounter, RevisionRef } from '../../src/host/documentHost';
import { currentText, type RevisedParagraph } from '../../src/negotiation/revisions';

export const FULL_CAPABILITIES: HostCapabilities = {
  apiLevel: '1.8',
  tracking: true,
  comments: true,
  annotations: true,
  ooxmlRevisions: false,
  createDocument: true,
  platform: 'simulator',
};

export interface FakeHost extends DocumentHost {
  paragraphs: Paragraph[];
  readonly calls: string[];
  readonly applied: { plans: readonly RedlinePlan[]; options: ApplyOptions }[];
  readonly createdDocuments: (readonly string[])[];
  /** The decision record's XML as stored in the document, or null. */
  record: string | null;
  /** The text of every comment in the document. */
  comments: string[];
  /** Tracked changes already in the document, by paragraph; resolving one updates the paragraph's text. */
  revisions: RevisedParagraph[];
  readonly resolved: { refs: readonly RevisionRef[]; action: 'accept' | 'reject'; counter?: RevisionCounter }[];
  /** Next call of that method fails with this error (once). */
  failNext: Partial<Record<'readDocument' | 'applyPlans' | 'markFindings' | 'clearMarks' | 'selectFinding' | 'createDocument' | 'writeDecisionRecord', HostError>>;
  /** Next applyPlans puts in only its first plan, then fails with this error listing that plan as applied (once). */
  failPartway?: HostError;
}

export function createFakeHost(paragraphs: readonly string[], capabilities: Partial<HostCapabilities> = {}): FakeHost {
  const caps = { ...FULL_CAPABILITIES, ...capabilities };
  const host: FakeHost = {
    paragraphs: paragraphs.map((text) => ({ text })),
    calls: [],
    applied: [],
    createdDocuments: [],
    record: null,
    comments: [],
    revisions: [],
    resolved: [],
    failNext: {},
    async capabilities() {
      host.calls.push('capabilities');
      return caps;
    },
    async readDocument() {
      host.calls.push('readDocument');
      return failure('readDocument') ?? ok([...host.paragraphs]);
    },
    async markFindings(findings: readonly Finding[], options?: { readonly highlight?: boolean }) {
      // The suffix appears only when highlight was asked for, so the default call reads as before.
      host.calls.push(`markFindings:${findings.length}${options?.highlight ? ':highlight' : ''}`);
      return failure('markFindings') ?? ok({ method: options?.highlight ? ('highlight' as const) : ('annotations' as const), marked: findings.length });
    },
    async clearMarks() {
      host.calls.push('clearMarks');
      return failure('clearMarks') ?? ok(undefined);
    },
    async selectFinding(finding: Finding) {
      host.calls.push(`selectFinding:${finding.id}`);
      return failure('selectFinding') ?? ok(undefined);
    },
    async applyPlans(plans: readonly RedlinePlan[], options: ApplyOptions) {
      host.calls.push(`applyPlans:${plans.length}:${options.comment}`);
      const failed = failure('applyPlans');
      if (failed) return failed;
      for (const plan of plans) {
        if (host.paragraphs[plan.paragraph]?.text !== plan.originalText) {
          return { ok: false, error: { kind: 'document-changed', message: 'The paragraph has changed since the analysis.', nextStep: 'Analyse again.' } };
        }
      }
      // Bottom-up, so inserting paragraphs does not shift the anchors of plans still to apply.
      const outcomes: ApplyOutcome[] = [];
      const partway = host.failPartway;
      host.failPartway = undefined;
      for (const plan of [...plans].sort((a, b) => b.paragraph - a.paragraph).slice(0, partway ? 1 : undefined)) {
        host.paragraphs[plan.paragraph] = { text: applyOps(plan.originalText, plan.ops) };
        host.paragraphs.splice(plan.paragraph + 1, 0, ...plan.newParagraphs.map((text) => ({ text })));
        outcomes.push({ planId: plan.id, mode: plan.kind, verified: true });
      }
      if (partway) return { ok: false as const, error: { ...partway, applied: outcomes } };
      if (options.comment !== 'none' && caps.comments) host.comments.push(...plans.map((plan) => plan.comment[options.comment as 'internal' | 'external']));
      host.applied.push({ plans, options });
      return ok(outcomes);
    },
    async insertComment() {
      host.calls.push('insertComment');
      return ok(undefined);
    },
    async createDocument(lines: readonly string[]) {
      host.calls.push('createDocument');
      const failed = failure('createDocument');
      if (failed) return failed;
      host.createdDocuments.push(lines);
      return ok(undefined);
    },
    async readDecisionRecord() {
      host.calls.push('readDecisionRecord');
      return ok(host.record);
    },
    async writeDecisionRecord(xml: string) {
      host.calls.push('writeDecisionRecord');
      const failed = failure('writeDecisionRecord');
      if (failed) return failed;
      host.record = xml;
      return ok(undefined);
    },
    async removeInternalComments() {
      host.calls.push('removeInternalComments');
      const before = host.comments.length;
      host.comments = host.comments.filter((text) => !text.startsWith('[Internal]'));
      return ok(before - host.comments.length);
    },
    async readRevisions() {
      host.calls.push('readRevisions');
      return ok(host.revisions);
    },
    async resolveRevisions(refs: readonly RevisionRef[], action: 'accept' | 'reject', counter?: RevisionCounter) {
      host.calls.push(`resolveRevisions:${action}:${refs.length}${counter ? `:${counter.kind}` : ''}`);
      host.resolved.push({ refs, action, ...(counter ? { counter } : {}) });
      host.revisions = host.revisions.flatMap((paragraph) => {
        if (paragraph.paragraph !== refs[0]?.paragraph) return [paragraph];
        const answered = (segment: RevisedParagraph['segments'][number]) => refs.some((ref) => ref.type === segment.kind && ref.text === segment.text && ref.author === segment.author);
        // Accepting keeps an insertion and drops a deletion; rejecting does the opposite.
        const segments = paragraph.segments.flatMap((segment) => {
          if (!answered(segment)) return [segment];
          const keep = (segment.kind === 'insert') === (action === 'accept');
          return keep ? [{ kind: 'keep' as const, text: segment.text }] : [];
        });
        host.paragraphs[paragraph.paragraph] = { text: currentText(segments) };
        return segments.some((segment) => segment.kind !== 'keep') ? [{ ...paragraph, segments }] : [];
      });
      if (counter?.kind === 'redline') host.paragraphs[counter.plan.paragraph] = { text: counter.plan.targetText };
      return ok(undefined);
    },
    async selectRevision(ref: RevisionRef) {
      host.calls.push(`selectRevision:${ref.paragraph}`);
      return ok(undefined);
    },
    async removeDecisionRecord() {
      host.calls.push('removeDecisionRecord');
      const had = host.record !== null;
      host.record = null;
      return ok(had);
    },
  };
  function failure(method: keyof FakeHost['failNext']): { ok: false; error: HostError } | undefined {
    const error = host.failNext[method];
    if (!error) return undefined;
    delete host.failNext[method];
    return { ok: false, error };
  }
  return host;
}

function ok<T>(value: T): HostResult<T> {
  return { ok: true, value };
}
