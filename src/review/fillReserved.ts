// "(g) [Reserved.]" for a clause on aggregated data, and then the playbook's clause on aggregated data inserted as a
// new "(j)": the lawyer audit read that as a clause moved for no reason, out of the survival list that names (g). The
// clause goes where the struck one stood, under its number. Pure: engine helpers and the review's wording.
import { applyOps } from '../engine/applyOps';
import type { ContractTerms, RedlineOp } from '../engine/types';
import { describeEdit, RESERVED } from './reviewComments';
import type { EditItem, InsertItem, ReviewItem } from './reviewItems';
import { commentWording } from './wording';

/** Whether the edit struck a clause of the same subject down to "[Reserved.]". */
function reservedFor(edit: EditItem, insert: InsertItem): boolean {
  if (!edit.ops.some((op) => op.kind === 'insert' && op.text === RESERVED)) return false;
  // "5.3 Model Training. … may use Customer Data, Usage Data and Outputs … to train …" also read as derived data: its
  // subject is the training, and the clause on statistics in its place would retitle it "Anonymous Statistics" (407).
  if (edit.findings.some((f) => f.category === 'ai-training') && insert.answers !== 'ai-training') return false;
  return edit.findings.some((f) => f.category === insert.answers) || edit.issues.some((issue) => issue.id === insert.issue.id);
}

export function fillReserved(items: readonly ReviewItem[], terms: ContractTerms): ReviewItem[] {
  const result = [...items];
  for (const insert of items.filter((item): item is InsertItem => item.kind === 'insert')) {
    const at = result.findIndex((item) => item.kind === 'edit' && reservedFor(item, insert));
    if (at < 0) continue;
    const edit = result[at] as EditItem;
    const clause = insert.number ? insert.text.slice(insert.text.indexOf(insert.number) + insert.number.length).trimStart() : insert.text;
    const ops: RedlineOp[] = edit.ops.map((op) => (op.kind === 'insert' && op.text === RESERVED ? { ...op, text: clause } : op));
    const position = insert.issue.positions.find((p) => p.id === insert.positionId);
    const reason = position ? ` ${commentWording(position.externalComment, terms)}` : '';
    const what = describeEdit(edit.original, ops);
    result[at] = {
      ...edit,
      issues: [...new Map([...edit.issues, insert.issue].map((issue) => [issue.id, issue])).values()],
      target: applyOps(edit.original, ops),
      ops,
      wordLevel: false,
      comment: { internal: `[Internal] ${what} ${insert.issue.title}: ${position?.label ?? ''}.`, external: `${what}${reason}` },
    };
    result.splice(result.indexOf(insert), 1);
    if (insert.number) closeNumberGap(result, insert.number);
  }
  return result;
}

/**
 * The number the moved clause had taken is free again: a later new clause in the same series steps back into it, or
 * the plan would insert 5.8 and then 5.10 (369, where the answer to a definition filled a reserved paragraph).
 */
function closeNumberGap(items: ReviewItem[], freed: string): void {
  const series = freed.slice(0, freed.lastIndexOf('.') + 1);
  const last = Number(freed.slice(series.length));
  if (series === '' || !Number.isInteger(last)) return;
  // Only the run of numbers given out after the freed one (5.10, 5.11, …): a number further on may be the contract's own.
  for (let next = last + 1; ; next++) {
    const index = items.findIndex((item) => item.kind === 'insert' && item.number === `${series}${next}`);
    const item = items[index];
    if (item === undefined || item.kind !== 'insert') return;
    const number = `${series}${next - 1}`;
    const renamed = (text: string) => text.split(item.number).join(number);
    items[index] = { ...item, number, text: item.text.startsWith(item.number) ? number + item.text.slice(item.number.length) : item.text, comment: { internal: renamed(item.comment.internal), external: renamed(item.comment.external) } };
  }
}
