// Turns the ticked items of a review into the plans the Word adapter and the .docx writer apply: one plan per
// paragraph that carries its edit and the clauses inserted after it, so no two plans ever touch the same paragraph.
// Pure: engine types and the plan id only.
import { applyOps } from '../engine/applyOps';
import { InvariantError, type Paragraph, type PlanSource, type RedlinePlan } from '../engine/types';
import { planId, textDigest } from './redline/planId';
import type { InsertItem, ReviewItem } from './reviewItems';

function sourcesOf(item: ReviewItem): PlanSource[] {
  if (item.kind === 'edit') return item.findings.map((f) => ({ kind: 'finding', findingId: f.id }));
  if (item.amends && item.amends.findings.length > 0) return item.amends.findings.map((f) => ({ kind: 'finding', findingId: f.id }));
  return 'id' in item.target ? [{ kind: 'finding', findingId: item.target.id }] : [{ kind: 'missing', category: item.target.category }];
}

const join = (parts: readonly string[]) => parts.filter((p) => p !== '').join('\n\n');

export function compilePlans(items: readonly ReviewItem[], paragraphs: readonly Paragraph[]): RedlinePlan[] {
  const byParagraph = new Map<number, ReviewItem[]>();
  for (const item of items) {
    const at = item.kind === 'edit' ? item.paragraph : item.after;
    byParagraph.set(at, [...(byParagraph.get(at) ?? []), item]);
  }
  return [...byParagraph.entries()]
    .sort(([a], [b]) => a - b)
    .map(([paragraph, group]) => {
      const text = paragraphs[paragraph]?.text;
      if (text === undefined) throw new InvariantError(`a review item points at paragraph ${paragraph}, which does not exist`);
      const edit = group.find((item) => item.kind === 'edit');
      const inserts = group.filter((item): item is InsertItem => item.kind === 'insert');
      const ops = edit?.ops ?? [];
      const covers = group.flatMap(sourcesOf);
      const first = covers[0] as PlanSource;
      const kind = edit ? (edit.wordLevel ? 'word-level' : 'sentence') : 'inserted-paragraph';
      return {
        id: planId(['review', paragraph, textDigest(text), ...group.map((item) => item.key), ...inserts.map((i) => i.text)]),
        kind,
        source: first,
        covers,
        positionId: edit ? edit.positionId : (inserts[0]?.positionId ?? 'preferred'),
        paragraph,
        originalText: text,
        targetText: applyOps(text, ops),
        ops,
        newParagraphs: inserts.map((item) => item.text),
        comment: {
          internal: join(group.map((item) => item.comment.internal)),
          external: join(group.map((item) => item.comment.external)),
        },
        ...(edit && edit.notes.length > 0 ? { note: edit.notes.join(' ') } : {}),
      } satisfies RedlinePlan;
    });
}

/** The document as it reads once every plan is accepted: edited paragraphs, and new clauses after their anchors. */
export function acceptedParagraphs(paragraphs: readonly Paragraph[], plans: readonly RedlinePlan[]): { readonly paragraphs: Paragraph[]; readonly changed: ReadonlySet<number> } {
  const byAnchor = new Map(plans.map((plan) => [plan.paragraph, plan]));
  const out: Paragraph[] = [];
  const changed = new Set<number>();
  paragraphs.forEach((p, i) => {
    const plan = byAnchor.get(i);
    if (plan && plan.ops.length > 0) changed.add(out.length);
    out.push(plan ? { ...p, text: plan.targetText } : p);
    for (const text of plan?.newParagraphs ?? []) {
      changed.add(out.length);
      out.push({ text });
    }
  });
  return { paragraphs: out, changed };
}
