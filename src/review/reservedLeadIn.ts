// "A.4 Model Training. Customer authorizes Parcelight to … train …, subject to the following:" reserved by the review,
// then "(a) Parcelight will not use Applicant Information … except in the form of Aggregated Data; and" left standing
// under "A.4 [Reserved.]": an item of a list whose lead-in is gone reads as a permission of its own (audit80, 223 A.4).
// The items go with their lead-in, each keeping its letter. Pure: engine types and the review's item helpers only.
import type { Paragraph, RedlineOp } from '../engine/types';
import { RESERVED, RESERVED_ITEM } from './reviewComments';
import { conformingEdit, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';

/** A lead-in that ends in a colon: the list's items follow as paragraphs of their own. */
const LEAD_IN = /:\s*$/;
/** "(a) ", "(iv) ": the marker that opens a list item. */
const ITEM_MARKER = /^\s*\((?:[a-z]|[ivx]{1,4})\)\s+/;
/** "; and", "; or", "." closing an item: kept, so the list still reads. */
const ITEM_CLOSE = /(?:;\s*(?:and|or)?|\.)\s*$/;

/** Edits reserving the items under a lead-in the review reserved, where no edit of the review already touches them. */
export function orphanedItemEdits(paragraphs: readonly Paragraph[], items: readonly ReviewItem[], choices: ReviewChoices): EditItem[] {
  const edits = items.filter((item): item is EditItem => item.kind === 'edit');
  const edited = new Set(edits.map((item) => item.paragraph));
  const reservedLeadIns = edits.filter((item) => item.target.trimEnd().endsWith(RESERVED) && LEAD_IN.test(item.original));
  return reservedLeadIns.flatMap((leadIn) => {
    const found: EditItem[] = [];
    for (let index = leadIn.paragraph + 1; index < paragraphs.length; index++) {
      const text = paragraphs[index]?.text ?? '';
      const marker = ITEM_MARKER.exec(text);
      if (!marker) break;
      if (edited.has(index)) continue;
      const close = ITEM_CLOSE.exec(text)?.[0] ?? '';
      const start = marker[0].length;
      const end = text.length - close.length;
      if (end <= start) continue;
      const ops: RedlineOp[] = [
        { kind: 'delete', start, end, text: text.slice(start, end) },
        { kind: 'insert', at: end, text: RESERVED_ITEM },
      ];
      found.push(
        conformingEdit(index, text, ops, leadIn.issues, choices.position, {
          internal: '[Internal] An item of the list whose lead-in the review deleted: reserved with it.',
          external: 'We deleted the clause this item belongs to, so the item goes with it; its letter is kept so that references still hold.',
        }),
      );
    }
    return found;
  });
}
