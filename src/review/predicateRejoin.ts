// 'Features designated as beta are provided "as is," may be discontinued at any time, and Talentgrove may use …': the
// sentence lists the features' predicates and closes on a clause of its own. Struck from ", and Talentgrove …" to
// the end, it left 'are provided "as is," may be discontinued at any time.' without its "and" (audit180, 407 § 5.9).
// The comma before the last predicate left becomes "and". Pure: engine types only.
import type { RedlineOp } from '../engine/types';
import { joinOps } from './joinOps';

/** A struck tail that is a clause of its own joined on: ", and Talentgrove may use …", ", and the Supplier shall …". */
const JOINED_CLAUSE = /^,\s+(?:and|or)\s+\S/;
/** The last predicate of the list before it: ', may be discontinued at any time' (a comma may sit inside a quote). */
const LAST_PREDICATE = /,(["”’]?)\s+(?=(?:may|will|shall|can|must|is|are)\s[^,;.]*$)/;

/** A verb of the sentence's own before the last predicate: 'are provided "as is,"'. */
const HAS_VERB = /\b(?:may|will|shall|can|must|is|are|was|were)\b/;

/** The ops with the comma before the last predicate left turned into "and", where a joined clause is struck to the end. */
export function rejoinPredicates(text: string, ops: readonly RedlineOp[] | undefined): RedlineOp[] | undefined {
  if (ops === undefined) return undefined;
  // Struck to the end of its sentence: only its full stop (or semicolon) follows.
  const tail = ops.find((op) => op.kind === 'delete' && JOINED_CLAUSE.test(op.text) && /^(?:[.;]|$)/.test(text.slice(op.end)));
  if (tail === undefined || tail.kind !== 'delete') return [...ops];
  const sentenceStart = Math.max(text.lastIndexOf('. ', tail.start - 1), text.lastIndexOf('; ', tail.start - 1)) + 1;
  const before = text.slice(sentenceStart, tail.start);
  const found = LAST_PREDICATE.exec(before);
  // Only a list of predicates: the words before the comma already carry the sentence's own verb, with no "and" yet.
  // "Provider's AI Policy, available at https://…, are incorporated …, and Provider may amend them": the comma closes an
  // aside in the subject, which has no verb before it; "and" there broke the sentence (audit211, 465 § 6.6).
  if (!found || /\b(?:and|or)\b/.test(before.slice(found.index)) || !HAS_VERB.test(before.slice(0, found.index))) return [...ops];
  const comma = sentenceStart + found.index;
  const quote = found[1] ?? '';
  if (ops.some((op) => (op.kind === 'delete' ? op.start <= comma && comma < op.end : op.at === comma))) return [...ops];
  const joined: RedlineOp[] = [
    { kind: 'delete', start: comma, end: comma + 1, text: ',' },
    { kind: 'insert', at: comma + 1 + quote.length, text: ' and' },
  ];
  return joinOps(joined, ops) ?? [...ops];
}
