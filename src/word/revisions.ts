// Round two in Word: reads the tracked changes already in the document paragraph by paragraph (OOXML of only the
// paragraphs whose original and current text differ, at WordApi 1.4+), and accepts or rejects one change (WordApi
// 1.6), then counters it with our redline or a comment. Written only against the officeApi subset.
import type { HostResult, RevisionCounter, RevisionRef } from '../host/documentHost';
import type { RevisedParagraph } from '../negotiation/revisions';
import { paragraphSegments } from '../negotiation/paragraphSegments';
import { descendantsW, childElements, isW, parseXml } from '../ooxml/xmlDom';
import { applyPlansTracked } from './applyPlans';
import { failed, hostError, succeeded } from './hostErrors';
import type { ParagraphSubset, RequestContextSubset, TrackedChangeSubset } from './officeApi';
import type { TextSource } from './readParagraphs';

const CHANGED = hostError('not-found', 'That change is no longer in the document as it was read; it may have been accepted or rejected already.', 'Press Review their changes again.');

export async function readRevisions(context: RequestContextSubset, level: number): Promise<HostResult<readonly RevisedParagraph[]>> {
  const paragraphs = context.document.body.paragraphs.load('items');
  await context.sync();
  let candidates = paragraphs.items.map((_, index) => index);
  if (level >= 1.4) {
    // Only paragraphs whose text differs before and after their revisions need their markup read.
    const texts = paragraphs.items.map((paragraph) => [paragraph.getReviewedText('Original'), paragraph.getReviewedText('Current')] as const);
    await context.sync();
    candidates = candidates.filter((index) => texts[index]![0].value !== texts[index]![1].value);
  }
  const markup = candidates.map((index) => paragraphs.items[index]!.getOoxml());
  if (candidates.length > 0) await context.sync();
  const revised: RevisedParagraph[] = [];
  candidates.forEach((paragraph, at) => {
    const segments = segmentsOfPackage(markup[at]!.value);
    if (segments.some((segment) => segment.kind !== 'keep')) revised.push({ paragraph, segments });
  });
  return succeeded(revised);
}

function segmentsOfPackage(ooxml: string) {
  const parsed = parseXml(ooxml);
  const body = parsed.ok ? descendantsW(parsed.dom, 'body')[0] : undefined;
  return body ? paragraphSegments(childElements(body).filter((element) => isW(element, 'p'))).segments : [];
}

interface ResolveSettings {
  readonly level: number;
  readonly source: Exclude<TextSource, 'text'>;
  readonly platform: string;
}

export async function resolveRevisions(
  context: RequestContextSubset,
  refs: readonly RevisionRef[],
  action: 'accept' | 'reject',
  counter: RevisionCounter | undefined,
  { level, source, platform }: ResolveSettings,
): Promise<HostResult<void>> {
  if (level < 1.6) {
    return failed(hostError('api-unsupported', 'This version of Word cannot accept or reject a single change from an add-in (it needs WordApi 1.6).', 'Use Go to clause, then Review › Accept or Reject in Word.'));
  }
  const first = refs[0];
  if (!first) return succeeded(undefined);
  const paragraph = await paragraphAt(context, first.paragraph);
  if (!paragraph) return failed(CHANGED);
  const changes = paragraph.getTrackedChanges().load('items/type,items/author,items/text');
  await context.sync();
  const targets = refs.map((ref) => find(changes.items, ref));
  if (targets.some((target) => target === undefined)) return failed(CHANGED);
  for (const target of targets) {
    if (action === 'accept') target!.accept();
    else target!.reject();
  }
  await context.sync();
  if (counter?.kind === 'redline') return applyCounter(context, counter, source, platform);
  if (counter?.kind === 'comment' && level >= 1.4) {
    paragraph.getRange('Whole').insertComment(counter.text);
    await context.sync();
  }
  return succeeded(undefined);
}

export async function selectRevision(context: RequestContextSubset, ref: RevisionRef, level: number): Promise<HostResult<void>> {
  const paragraph = await paragraphAt(context, ref.paragraph);
  if (!paragraph) return failed(CHANGED);
  if (level >= 1.6) {
    const changes = paragraph.getTrackedChanges().load('items/type,items/author,items/text');
    await context.sync();
    const target = find(changes.items, ref);
    if (target) {
      target.getRange('Whole').select('Select');
      await context.sync();
      return succeeded(undefined);
    }
  }
  paragraph.getRange('Whole').select('Select');
  await context.sync();
  return succeeded(undefined);
}

async function paragraphAt(context: RequestContextSubset, index: number): Promise<ParagraphSubset | undefined> {
  const paragraphs = context.document.body.paragraphs.load('items');
  await context.sync();
  return paragraphs.items[index];
}

const KINDS: Readonly<Record<string, RevisionRef['type']>> = { Added: 'insert', Deleted: 'delete' };

function find(changes: readonly TrackedChangeSubset[], ref: RevisionRef): TrackedChangeSubset | undefined {
  const same = changes.filter((change) => KINDS[change.type] === ref.type && change.author === ref.author && change.text.trim() === ref.text.trim());
  return same[ref.occurrence];
}

async function applyCounter(context: RequestContextSubset, counter: Extract<RevisionCounter, { kind: 'redline' }>, source: Exclude<TextSource, 'text'>, platform: string): Promise<HostResult<void>> {
  const applied = await applyPlansTracked(context, [counter.plan], { comment: 'external' }, { source, comments: true, known: () => undefined, platform });
  return applied.ok ? succeeded(undefined) : applied;
}
