// Reviews one paragraph to a fixed point: find the worst risk left, apply the playbook position to it, read the
// paragraph again, repeat until no risk the review can answer is left. Several findings in one paragraph become one
// coherent redline. Pure: engine, playbook and the planner only.
import { analyzeParagraphText } from '../engine/analyzeDocument';
import { InvariantError, type Analysis, type Finding, type Paragraph, type RedlineOp, type Severity } from '../engine/types';
import type { PlaybookIssue, PlaybookPosition, PositionId } from '../playbook/schema';
import { positionFor } from '../playbook/issueFor';
import { EditTrack } from './editTrack';
import { narrowSweep } from './sweepNarrowing';
import { planRedline } from './redline';
import type { CommentStep } from './reviewComments';

export interface ParagraphStep extends CommentStep {
  readonly finding: Finding;
  readonly kind: 'word-level' | 'sentence';
}

export interface ParagraphReview {
  readonly index: number;
  readonly original: string;
  readonly final: string;
  readonly ops: readonly RedlineOp[];
  readonly steps: readonly ParagraphStep[];
  /** Clauses the planner put in as a new paragraph after this one (a definition is narrowed by a clause after it). */
  readonly newParagraphs: readonly { readonly text: string; readonly step: CommentStep & { readonly finding: Finding } }[];
  /** Risks still read in the final text, with the reason they were left. */
  readonly left: readonly { readonly finding: Finding; readonly reason: string }[];
  readonly notes: readonly string[];
}

export interface ParagraphContext {
  readonly analysis: Analysis;
  readonly paragraphs: readonly Paragraph[];
  readonly issueFor: (finding: Finding) => PlaybookIssue | undefined;
  /** The position for a finding, or `skip` to leave it alone. */
  readonly positionFor: (finding: Finding) => PositionId | 'skip';
  readonly issueId: (id: Finding['category'] | 'model-provider-flow-down') => string | undefined;
  /** Which playbook position's clause a sentence belongs to, when a review wrote it (this one or an earlier round). */
  readonly ownPosition: (sentence: string) => string | undefined;
  /**
   * Protections the document already gives outside this paragraph (by category). A position whose clause would give
   * one of them again strikes the risky sentence instead of writing the same protection twice.
   */
  readonly provided: ReadonlySet<string>;
  /** The protective categories a position's clause gives, read by the engine in the contract's terms. */
  readonly clauseGives: (issue: PlaybookIssue, position: PlaybookPosition) => ReadonlySet<string>;
  /**
   * Issues whose whole clause this review has already written (shared across paragraphs and added to here): a
   * second risk on the same issue strikes its sentence rather than write the same clause twice.
   */
  readonly written: Set<string>;
}

/** "3.4 " at the start of a paragraph: kept when the clause is struck, so the numbering does not move. */
const CLAUSE_NUMBER = /^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+)/;

/**
 * Deletes the finding's sentence and the space after it. When that empties a numbered clause, the number stays with
 * "[Intentionally omitted.]", as a lawyer marks a deleted clause so later cross-references still hold.
 */
function strikeSentence(text: string, finding: Finding): RedlineOp[] {
  const number = CLAUSE_NUMBER.exec(text)?.[0] ?? '';
  const from = Math.max(finding.start, finding.start === 0 ? number.length : 0);
  let end = finding.end;
  while (end < text.length && /\s/.test(text[end] ?? '')) end++;
  const wholeClause = from <= number.length && text.slice(end).trim() === '';
  if (wholeClause && number) {
    return [
      { kind: 'delete', start: number.length, end: text.length, text: text.slice(number.length) },
      { kind: 'insert', at: text.length, text: '[Intentionally omitted.]' },
    ];
  }
  const start = end === text.length ? trimBack(text, from) : from;
  return [{ kind: 'delete', start, end, text: text.slice(start, end) }];
}

/** At the end of a paragraph, the space before the struck sentence goes with it. */
function trimBack(text: string, start: number): number {
  let at = start;
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
  return at;
}

/** "Customer grants Vendor a … licence to …": a grant the vendor also needs to provide the service. */
const LICENCE_GRANT = /\bgrants?\b[^.;]{0,200}?\blicen[cs]e\b/i;

/** The licence position's word-level edit of a licence that carries a training or improvement use, if it has one. */
function narrowLicence(
  finding: Finding,
  positionId: PositionId,
  context: ParagraphContext,
  current: readonly Paragraph[],
  text: string,
): { ops: readonly RedlineOp[]; issue: PlaybookIssue; position: PlaybookPosition } | undefined {
  if (finding.category === 'broad-license' || !LICENCE_GRANT.test(finding.quote)) return undefined;
  const licence: Finding = { ...finding, category: 'broad-license', playbookIssue: context.issueId('broad-license') ?? finding.playbookIssue };
  const issue = context.issueFor(licence);
  if (!issue) return undefined;
  const position = positionFor(issue, positionId);
  const plan = planRedline(licence, position, context.analysis, current);
  return plan.kind === 'word-level' && plan.targetText !== text ? { ops: plan.ops, issue, position } : undefined;
}

/** The protection that answers a grant: the grant's sentence can go once the protection is in the document. */
const COUNTERPART: Partial<Record<Finding['category'], string>> = {
  'ai-training': 'no-training',
  'service-improvement': 'no-training',
  'survival-retention': 'deletion',
};

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
/** Enough for every finding of a dense paragraph; each round answers one, so more rounds mean none is progressing. */
const MAX_ROUNDS = 10;

/** A finding is "the same risk" across rounds when its category and its sentence's words match. */
const attemptKey = (f: Finding) => `${f.category}|${f.quote}`;

export function reviewParagraph(index: number, context: ParagraphContext): ParagraphReview {
  const paragraph = context.paragraphs[index];
  if (!paragraph) throw new InvariantError(`paragraph ${index} does not exist`);
  const track = new EditTrack(paragraph.text);
  const steps: ParagraphStep[] = [];
  const newParagraphs: ParagraphReview['newParagraphs'][number][] = [];
  const attempted = new Map<string, string>();
  const notes: string[] = [];
  const previous = context.paragraphs[index - 1];
  const read = (text: string) =>
    analyzeParagraphText(text, index, context.analysis, { issueFor: context.issueId, ...(previous ? { previous } : {}) }).filter(
      (f) => f.stance === 'risk' && context.positionFor(f) !== 'skip',
    );
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = read(track.current)
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start)
      .find((f) => !attempted.has(attemptKey(f)));
    if (!next) break;
    const own = context.ownPosition(next.quote);
    if (own !== undefined) {
      attempted.set(attemptKey(next), `the playbook's own wording (${own}), written by an earlier review`);
      continue;
    }
    // Our own clause, put in a round ago, is what the playbook asked for: it is not read as a new risk to answer.
    if (track.writtenByUs(next.start, next.end)) {
      attempted.set(attemptKey(next), 'the wording is the playbook clause this review inserted');
      continue;
    }
    const issue = context.issueFor(next);
    if (!issue) {
      attempted.set(attemptKey(next), 'the playbook has no position for it');
      continue;
    }
    const positionId = context.positionFor(next) as PositionId;
    const position: PlaybookPosition = positionFor(issue, positionId);
    // A definition that sweeps content into usage data is narrowed where it stands, not answered by a clause after it.
    const narrowed = next.rules.includes('usage-data-sweep') ? narrowSweep(track.current, next) : undefined;
    if (narrowed) {
      track.apply(narrowed);
      attempted.set(attemptKey(next), 'redlined');
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level' });
      continue;
    }
    const current = context.paragraphs.map((p, i) => (i === index ? { ...p, text: track.current } : p));
    const plan = planRedline(next, position, context.analysis, current);
    if (plan.note) notes.push(plan.note);
    if (plan.kind === 'inserted-paragraph') {
      if (context.written.has(issue.id)) {
        attempted.set(attemptKey(next), 'answered by the clause this review wrote elsewhere');
        continue;
      }
      attempted.set(attemptKey(next), 'answered by a clause after this paragraph');
      context.written.add(issue.id);
      if (!newParagraphs.some((n) => n.step.issue.id === issue.id)) {
        newParagraphs.push({ text: plan.newParagraphs.join('\n'), step: { issue, position, wholeClause: true, finding: next } });
      }
      continue;
    }
    if (plan.targetText === track.current) {
      attempted.set(attemptKey(next), 'the position found nothing to change here');
      continue;
    }
    // Only a grant whose answer is itself a protection (no training, deletion) is struck when that protection already
    // stands elsewhere; a provider flow-down or a licence is rewritten, never struck, or the service itself would go.
    const counterpart = COUNTERPART[next.category];
    const duplicate =
      plan.kind === 'sentence' &&
      (context.written.has(issue.id) || (counterpart !== undefined && context.provided.has(counterpart) && context.clauseGives(issue, position).has(counterpart)));
    if (plan.kind === 'sentence' && next.severity === 'low') {
      // A minor point (feedback, an ownership note) is not worth rewriting or striking the vendor's sentence, even where
      // a protection stands elsewhere: striking it can take the customer's own rights in the same words with it.
      attempted.set(attemptKey(next), 'low severity, and no edit of the vendor\'s own words fits');
      continue;
    }
    const narrowedLicence = duplicate ? narrowLicence(next, positionId, context, current, track.current) : undefined;
    if (narrowedLicence) {
      // A licence that also lets the vendor serve the customer is narrowed to that purpose, never struck whole.
      track.apply(narrowedLicence.ops);
      attempted.set(attemptKey(next), 'redlined');
      steps.push({ finding: next, issue: narrowedLicence.issue, position: narrowedLicence.position, wholeClause: false, kind: 'word-level' });
      continue;
    }
    if (duplicate) {
      // The contract already says this elsewhere (often because this review just wrote it): the risky sentence goes.
      const struck = strikeSentence(track.current, next);
      track.apply(struck);
      attempted.set(attemptKey(next), 'struck: the protection is already given elsewhere');
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level' });
      notes.push(`${issue.title}: the sentence was struck rather than rewritten, because the protection is already given elsewhere in the document.`);
      continue;
    }
    track.apply(plan.ops);
    if (plan.kind === 'sentence') context.written.add(issue.id);
    attempted.set(attemptKey(next), 'redlined');
    steps.push({ finding: next, issue, position, wholeClause: plan.kind === 'sentence', kind: plan.kind === 'sentence' ? 'sentence' : 'word-level' });
  }
  // Even with nothing to write, the review says why each risk was left, for the lawyer's list.
  const final = track.current;
  const left = read(final).map((finding) => ({ finding, reason: attempted.get(attemptKey(finding)) ?? 'still reads as a risk after the edit' }));
  return { index, original: paragraph.text, final, ops: track.ops(), steps, newParagraphs, left, notes };
}
