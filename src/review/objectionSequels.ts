// "We may add or replace Sub-processors by updating the Sub-processor Page, provided that no new Sub-processor receives
// Customer Data until you have had written notice … and a reasonable opportunity to object …. If you subscribe to
// updates on that page, we will notify you …. If you reasonably object …, your only remedy is to terminate …": once
// the edit gives the customer notice and a say, notice only to subscribers and termination as the only answer to an
// objection contradict it (lawyer audit of 381 § 8.2, audit166). The condition goes, and the remedy becomes a right the
// customer has besides its objection. Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/** What the edit wrote: notice and a chance to object. */
const OBJECTION_GIVEN = /\bopportunity to object\b/i;
/** "If you subscribe to updates on that page, " before "we will notify you": notice given only to subscribers. */
const SUBSCRIBERS_ONLY =
  /(?<=\.\s)If\s+(?:you|the\s+Customer|Customer)\s+(?:subscribes?|signs?\s+up|registers?|opts?\s+in)\b[^,.;]{0,80},\s+(?=(?:we|the\s+[A-Z][\w-]*|[A-Z][\w-]*)\s+(?:will|shall)\s+(?:notify|inform|tell)\b)/g;
/** "your only remedy is to ", "Customer's sole and exclusive remedy shall be to ": the remedy that shuts out the objection. */
const ONLY_REMEDY = /\b(your|(?:the\s+)?[A-Z][\w-]{0,40}['’]s)\s+(?:sole\s+and\s+exclusive|sole|only|exclusive)\s+remedy\s+(?:is|shall\s+be|will\s+be)\s+to\s+/g;

/** The edit widened to strike what contradicts the customer's new say over the change, or undefined. */
export function withObjectionSequelsStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  if (!ops.some((op) => op.kind === 'insert' && OBJECTION_GIVEN.test(op.text))) return undefined;
  const after = Math.max(...ops.map((op) => (op.kind === 'insert' ? op.at : op.end)));
  const added: RedlineOp[] = [];
  for (const match of text.matchAll(SUBSCRIBERS_ONLY)) {
    const start = match.index ?? 0;
    if (start < after) continue;
    const end = start + match[0].length;
    // "we will notify you" now opens the sentence.
    added.push({ kind: 'delete', start, end: end + 1, text: text.slice(start, end + 1) }, { kind: 'insert', at: end + 1, text: text.charAt(end).toUpperCase() });
  }
  for (const match of text.matchAll(ONLY_REMEDY)) {
    const start = match.index ?? 0;
    if (start < after || match[1] === undefined) continue;
    const who = match[1] === 'your' ? 'you' : match[1].replace(/['’]s$/, '');
    added.push({ kind: 'delete', start, end: start + match[0].length, text: match[0] }, { kind: 'insert', at: start + match[0].length, text: `${who} may ` });
  }
  return added.length > 0 ? [...ops, ...added] : undefined;
}
