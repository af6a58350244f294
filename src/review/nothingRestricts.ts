// "4.4 … [new: Skyloft may use Derived Data only after it has been aggregated … and shall not use it to train any
// model.] Nothing in this Agreement restricts Skyloft from using Service Data and Derived Data … to develop, market and
// commercialise its products": the vendor's "nothing restricts" sentence, left standing after the review wrote a
// restriction on the same data before it, cancels that restriction (audit163, 375 § 4.4). The sentence is made
// "Subject to the foregoing", which is what a lawyer would write; its own carve-outs stay. Pure: engine types.
import { applyOps } from '../engine/applyOps';
import type { RedlineOp } from '../engine/types';
import { addsRestriction } from './citingClauses';
import { joinOps } from './joinOps';
import type { EditItem } from './reviewItems';

/** "Nothing in this Agreement restricts", "Nothing in these Terms shall prevent": the vendor's freedom, said negatively. */
const NOTHING_RESTRICTS = /(?<=^|[.;]\s)Nothing(?=\s+in\s+th(?:is|ese)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:shall\s+|will\s+)?(?:restricts?|prevents?|limits?|precludes?)\b)/g;
/** Capitalised terms of two words or more: the defined data a sentence names ("Derived Data", "Service Data"). */
// Only from a word's first letter: otherwise the scan starts again at every capital inside a long run of letters.
const DATA_TERMS = /(?<![\w-])[A-Z][\w-]*\s+(?:Data|Content|Information|Materials)\b/g;

/** The edit with its later "Nothing in this Agreement restricts …" sentence made subject to the restriction before it. */
export function subjectToRestriction(item: EditItem): EditItem {
  if (!addsRestriction(item)) return item;
  const written = item.ops.flatMap((op) => (op.kind === 'insert' ? [op] : []));
  const restricted = new Set(written.flatMap((op) => op.text.match(DATA_TERMS) ?? []));
  if (restricted.size === 0) return item;
  for (const found of item.original.matchAll(NOTHING_RESTRICTS)) {
    const at = found.index ?? 0;
    // The sentence stands as the contract wrote it, after the words the review wrote, and names the same data.
    const end = item.original.slice(at).search(/[.;](?:\s|$)/);
    const sentence = item.original.slice(at, end < 0 ? undefined : at + end);
    const untouched = item.ops.every((op) => (op.kind === 'delete' ? op.end <= at || op.start >= at + sentence.length : op.at <= at));
    const names = (sentence.match(DATA_TERMS) ?? []).some((term) => restricted.has(term));
    // "the foregoing" must be the review's own: its words end right where this sentence begins.
    const edge = Math.max(-1, ...item.ops.map((op) => (op.kind === 'delete' ? op.end : op.at)).filter((p) => p <= at));
    if (!untouched || !names || edge < 0 || item.original.slice(edge, at).trim() !== '' || !written.some((op) => op.at <= at)) continue;
    const ops: RedlineOp[] = [
      { kind: 'delete', start: at, end: at + 'Nothing'.length, text: 'Nothing' },
      { kind: 'insert', at: at + 'Nothing'.length, text: 'Subject to the foregoing, nothing' },
    ];
    const joined = joinOps(item.ops, ops);
    if (!joined) continue;
    return {
      ...item,
      ops: joined,
      target: applyOps(item.original, joined),
      comment: { ...item.comment, external: `${item.comment.external} We made the sentence that follows subject to that restriction, so that it does not undo it.` },
    };
  }
  return item;
}
