// Round two in the pane: the other side's changes that touch AI and data terms, one item per change as a lawyer
// answers it (a deletion and its replacement together), with its verdict, place and author, how to find its revisions
// again in Word, and what Counter puts in (our position as a tracked redline, or a comment). Pure: no React, no Office.
import { analyzeDocument } from '../../engine/analyzeDocument';
import type { ClauseLabel } from '../../engine/clauseLabels';
import { planRedline } from '../../review/redline';
import { InvariantError, type Analysis, type CategoryId, type Paragraph, type RedlinePlan } from '../../engine/types';
import type { RevisionCounter, RevisionRef } from '../../host/documentHost';
import { counterComment } from '../../negotiation/counterComment';
import { judgeChanges, type ChangeEffect } from '../../negotiation/judgeChanges';
import type { RevisedParagraph } from '../../negotiation/revisions';
import { fillClause } from '../../playbook/fillPlaceholders';
import { issueForCategory, issueResolver, positionFor } from '../../playbook/issueFor';
import type { Playbook } from '../../playbook/schema';
import { issueForTarget } from '../playbookLookup';

export interface RoundTwoItem {
  readonly id: string;
  readonly paragraph: number;
  readonly clause: string;
  readonly author: string;
  readonly effect: ChangeEffect;
  readonly category: CategoryId | null;
  readonly pieces: readonly { readonly kind: 'insert' | 'delete'; readonly text: string }[];
  readonly refs: readonly RevisionRef[];
  /** The paragraph as it would read with this change rejected (what Counter redlines). */
  readonly withoutText: string;
}

export interface RoundTwoList {
  /** Their changes that touch AI and data terms, in document order. */
  readonly items: readonly RoundTwoItem[];
  /** Authors recognised as us: they made the redlines this pane inserted. Their changes are not listed. */
  readonly ours: readonly string[];
  /** Every author with a tracked change in the document. */
  readonly authors: readonly string[];
  /** Changes left out because they do not touch AI or data terms. */
  readonly otherChanges: number;
}

export function roundTwoList(
  revised: readonly RevisedParagraph[],
  paragraphs: readonly Paragraph[],
  analysis: Analysis,
  labels: readonly ClauseLabel[],
  playbook: Playbook,
  /** Redlines this pane put into the document: whoever Word says made them is us. */
  applied: readonly RedlinePlan[] = [],
  /** Authors already known to be us. */
  known: readonly string[] = [],
): RoundTwoList {
  const ours = [...new Set([...known, ...ourAuthors(revised, applied)])];
  const judged = judgeChanges(paragraphs, revised, analysis.definitions.map((definition) => definition.paragraph), { issueFor: issueResolver(playbook) });
  const byParagraph = new Map(revised.map((paragraph) => [paragraph.paragraph, paragraph]));
  const items: RoundTwoItem[] = [];
  let otherChanges = 0;
  for (const change of judged) {
    if (ours.includes(change.unit.author)) continue;
    if (!change.aiTerms) {
      otherChanges += 1;
      continue;
    }
    const segments = byParagraph.get(change.unit.paragraph)?.segments ?? [];
    const refs = change.unit.segments.map((index): RevisionRef => {
      const segment = segments[index]!;
      const type = segment.kind === 'delete' ? 'delete' : 'insert';
      const occurrence = segments.slice(0, index).filter((other) => other.kind === segment.kind && other.author === segment.author && other.text === segment.text).length;
      return { paragraph: change.unit.paragraph, type, author: segment.author ?? '', text: segment.text, occurrence };
    });
    items.push({
      id: `${change.unit.paragraph}:${change.unit.segments.join('-')}`,
      paragraph: change.unit.paragraph,
      clause: labels[change.unit.paragraph]?.text ?? `¶ ${change.unit.paragraph + 1}`,
      author: change.unit.author,
      effect: change.effect,
      category: change.category,
      pieces: refs.map((ref) => ({ kind: ref.type, text: ref.text })),
      refs,
      withoutText: change.withoutText,
    });
  }
  const authors = [...new Set(revised.flatMap((paragraph) => paragraph.segments.flatMap((segment) => (segment.author ? [segment.author] : []))))];
  return { items, ours, authors: authors.filter((name) => !ours.includes(name)), otherChanges };
}

/** Authors of insertions that are, word for word, what one of our redlines inserted in that paragraph. */
function ourAuthors(revised: readonly RevisedParagraph[], applied: readonly RedlinePlan[]): string[] {
  const inserted = new Set(applied.flatMap((plan) => plan.ops.flatMap((op) => (op.kind === 'insert' && op.text.trim().length >= 3 ? [`${plan.paragraph}:${op.text.trim()}`] : []))));
  const names = new Set<string>();
  for (const paragraph of revised) {
    for (const segment of paragraph.segments) if (segment.kind === 'insert' && segment.author && inserted.has(`${paragraph.paragraph}:${segment.text.trim()}`)) names.add(segment.author);
  }
  return [...names];
}

/**
 * What Counter puts in after rejecting the change: where the clause, as it would read then, still carries a risk, our
 * preferred position as a tracked redline of it; otherwise a comment saying why the change was rejected.
 */
export function counterFor(item: RoundTwoItem, paragraphs: readonly Paragraph[], terms: Analysis['terms'], playbook: Playbook): RevisionCounter {
  const issue = item.category ? issueForCategory(playbook, item.category) : undefined;
  const preferred = issue?.positions[0];
  const position = preferred ? { label: preferred.label, wording: fillClause(preferred.clause, terms) } : undefined;
  const what = item.pieces.map((piece) => `${piece.kind === 'delete' ? 'deleted' : 'inserted'} “${piece.text.trim()}”`).join(' and ');
  const text = counterComment({ effect: item.effect, category: item.category, clause: item.clause, author: item.author, what }, terms, 'external', position);
  const after = paragraphs.map((paragraph, index) => (index === item.paragraph ? { ...paragraph, text: item.withoutText } : paragraph));
  const analysis = analyzeDocument(after, { issueFor: issueResolver(playbook) });
  const risks = analysis.findings.filter((finding) => finding.paragraph === item.paragraph && finding.stance === 'risk');
  const risk = risks.find((finding) => finding.category === item.category) ?? risks[0];
  const riskIssue = risk ? issueForTarget(playbook, risk) : undefined;
  if (!risk || !riskIssue) return { kind: 'comment', text };
  try {
    const plan = planRedline(risk, positionFor(riskIssue, 'preferred'), analysis, after);
    return { kind: 'redline', plan: { ...plan, comment: { internal: text, external: text } } };
  } catch (error) {
    if (!(error instanceof InvariantError)) throw error;
    return { kind: 'comment', text };
  }
}

export const EFFECT_WORDS: Readonly<Record<ChangeEffect, string>> = {
  'adds-risk': 'Adds risk',
  'removes-protection': 'Removes a protection',
  'adds-protection': 'Adds a protection',
  'removes-risk': 'Removes a risk',
  neutral: 'Neutral',
};
