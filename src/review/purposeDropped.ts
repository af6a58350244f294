// "The Supplier may use the ratings …, and the reason category selected, to improve the Platform." struck of its only
// purpose reads "may use the ratings … and the reason category selected.": a use with no purpose at all, wider than
// the one the edit meant to narrow (audit184, 418 cl. 4.5). Such a strike is not made. Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/**
 * A purpose set off at the end of the sentence: ", to improve the Platform", " in order to develop …". Not ", to the
 * extent permitted by …", which qualifies the use rather than naming what it is for.
 */
const TRAILING_PURPOSE = /^,?\s+(?:in\s+order\s+)?to\s+(?!the\b)[a-z]+\b[^.;]*$/;
/** A permission to use, with its verb: "may use", "may process". */
const USE_PERMITTED = /\bmay\s+(?:use|process|analy[sz]e|exploit|access)\b/;
/** What keeps a use to a purpose after the strike: "solely", "only", another infinitive of serving. */
const STILL_LIMITED = /\b(?:solely|only|for\s+the\s+purposes?\s+of|to\s+(?:provide|perform|operate|support|deliver|maintain|secure|host|run))\b/;

/** True when the ops strike the only purpose a permission to use had, leaving the use unlimited. */
export function dropsOnlyPurpose(text: string, ops: readonly RedlineOp[]): boolean {
  return ops.some((op) => {
    if (op.kind !== 'delete' || !TRAILING_PURPOSE.test(op.text) || !/^\s*(?:[.;]|$)/.test(text.slice(op.end))) return false;
    const sentenceStart = Math.max(text.lastIndexOf('. ', op.start - 1), text.lastIndexOf('; ', op.start - 1)) + 1;
    const kept = text.slice(sentenceStart, op.start);
    return USE_PERMITTED.test(kept) && !STILL_LIMITED.test(kept);
  });
}
