// Whether an edit leaves text a lawyer would have to repair before sending: a sentence cut off after its modal ("The
// Supplier may."), a "[Reserved]" with words still after it, a doubled comma, a clause number's tail left behind. The lawyer audit of agreements 93–96
// found deletions that were never re-read as finished sentences. Pure.
import { applyOps } from '../engine/applyOps';
import type { RedlineOp } from '../engine/types';

/** A sentence that ends on a word that needs something after it. */
// "The Supplier shall not." is cut off as surely as "The Supplier may." (a ban whose verb went with the grant).
// "Client acknowledges." is cut off too: a verb of agreeing whose "that …" was struck (audit223, 490 § 5.4).
const CUT_OFF = /\b(?:(?:shall|will|must|may|can|does|do)\s+not|may|shall|will|must|can|could|should|would|to|the|a|an|and|or|of|for|with|by|from|including|such as|that|which|whose|acknowledges?|agrees?|confirms?|understands?|accepts?|warrants?|represents?)\s*[.;:]["'\u201d\u2019)]*(?=\s|$)/gi;
/** "own all right, title and interest in, whether made …": a preposition or article whose object was struck (283 § 3.7). */
// Not a shared object: "to remove data from, or to retrain, any Model" names the object once, for both. A new clause
// after the comma ("remove Programme Data from, and Clausewright may continue …") has no shared object (364 § 8.3).
const OBJECT_STRUCK = /\b(?:in|into|to|of|for|with|by|from|the|a|an)\s*,(?!\s+(?:or|and)\s+(?![A-Z]))/g;
/** "(b) [Reserved] (i) to the extent …", "[Reserved](c) of the Online Terms": a reserved clause is the whole clause. */
const RESERVED_THEN_WORDS = /\[Reserved\]\s*[(\w]/g;
/** ", ,", ", .", "( )": punctuation left touching after a strike. */
const LOOSE_PUNCTUATION = /,\s*[,.;]|\(\s*\)|;\s*[;.]/g;

/**
 * "… for compliance with the AUP.4.": a strike that stopped at the full stop inside a clause number ("Section 5.4")
 * leaves the number's tail glued to the last word (audit94, 250 § 2.5).
 */
const NUMBER_TAIL = /[A-Za-z]{2}\.\d+(?:\.\d+)*\.?(?=[\s,;:)]|$)/g;

/** "and is with respect to any Service Data …": a copula whose complement ("perpetual and irrevocable") was struck. */
const HOLLOW_COPULA = /\b(?:is|are|be|remains?)\s+(?:with\s+respect\s+to|in\s+respect\s+of|as\s+regards)\b/gi;

/**
 * "… or any models, Section 5.3 or Exhibit A, all of which …": a list of citations left with the words that cited them
 * ("developed under Section 4.3") struck (audit172, 393 § 12.3).
 */
// "… or Usage Data, clause 5.4 or the Data Use Schedule, all of which …" (369 § 12.4) is the same.
const ORPHANED_CITATIONS = /\b[A-Za-z]{3,},\s(?:[Ss]ection|[Cc]lause|Exhibit|Schedule|Article|Annex)\s[A-Z0-9][\w.]{0,12}\s(?:or|and)\s(?:the\s)?(?:[Ss]ection|[Cc]lause|Exhibit|Schedule|Article|Annex|(?:[A-Z][\w-]{0,20}\s){0,3}Schedule)\b/g;

function faults(text: string): number {
  return (
    (text.match(ORPHANED_CITATIONS)?.length ?? 0) +
    (text.match(CUT_OFF)?.length ?? 0) + (text.match(RESERVED_THEN_WORDS)?.length ?? 0) + (text.match(LOOSE_PUNCTUATION)?.length ?? 0) +
    (text.match(HOLLOW_COPULA)?.length ?? 0) + (text.match(NUMBER_TAIL)?.length ?? 0) + (text.match(OBJECT_STRUCK)?.length ?? 0)
  );
}

/** A description of the damage when the edit leaves more broken text than the paragraph had; undefined otherwise. */
export function leavesBrokenText(before: string, ops: readonly RedlineOp[]): string | undefined {
  const after = applyOps(before, ops);
  return faults(after) > faults(before) ? 'the edit would leave a broken sentence the lawyer would have to repair' : undefined;
}
