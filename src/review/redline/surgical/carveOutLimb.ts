// Strikes, from a carve-out out of deletion ("Clause 7.2 does not apply to …", "Deletion does not reach …"), the limb
// that keeps the customer's data inside what the vendor built from it ("Portfolio Data already reflected in the Signal
// Library", "yield models already trained with your data"). Backups that roll off and records the law requires stay:
// they are the narrow carve-outs a careful lawyer accepts. Pure: must not import Office, React, the DOM or Node.
import type { Splice } from './splice';

/** The words that open the list of what a deletion clause does not reach. */
const CARVE_OUT_HEAD = /\b(?:does|do|shall|will)\s+not\s+(?:apply\s+to|extend\s+to|reach|cover)\s+/i;
/** Data already built into something: the limb the carve-out must lose. */
const BUILT_IN = /\balready\s+(?:incorporated|reflected|embedded|built|included|trained|used\s+(?:to\s+train|in\s+training))\b/gi;
/** Derived data the contract lets the vendor keep anyway ("anonymised content already incorporated into …"). */
const DERIVED = /\b(?:anonymi[sz]|aggregat|de-?identif|pseudonymi[sz]|statistic)/i;
/** Where the list ends: its sentence's stop, or a relative clause about the whole list (", all of which …"). */
const LIST_END = /;|\.(?!\d)|,\s+(?:all\s+of\s+)?which\b|,\s+each\s+of\s+which\b/g;
const CONJUNCTION = /^(?:or|and)\s+/i;

/** The last top-level comma in `text` between `from` and `to` (commas inside parentheses belong to an item). */
function lastComma(text: string, from: number, to: number): number {
  let depth = 0;
  for (let at = to - 1; at >= from; at -= 1) {
    const char = text[at];
    if (char === ')') depth += 1;
    else if (char === '(') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) return at;
  }
  return -1;
}

/** The first top-level comma in `text` between `from` and `to`. */
function firstComma(text: string, from: number, to: number): number {
  let depth = 0;
  for (let at = from; at < to; at += 1) {
    const char = text[at];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) return at;
  }
  return -1;
}

export function strikeBuiltInLimb(sentence: string, derivedTerm?: string): Splice[] | undefined {
  const head = CARVE_OUT_HEAD.exec(sentence);
  if (!head) return undefined;
  const listStart = head.index + head[0].length;
  LIST_END.lastIndex = listStart;
  const listEnd = LIST_END.exec(sentence)?.index ?? sentence.length;
  BUILT_IN.lastIndex = listStart;
  const cue = BUILT_IN.exec(sentence);
  if (!cue || cue.index >= listEnd) return undefined;
  const before = lastComma(sentence, listStart, cue.index);
  const after = firstComma(sentence, cue.index, listEnd);
  const limbStart = before < 0 ? listStart : before + 1 + (/^\s*/.exec(sentence.slice(before + 1))?.[0].length ?? 0);
  const limbEnd = after < 0 ? listEnd : after;
  const limb = sentence.slice(limbStart, limbEnd);
  if (DERIVED.test(limb) || (derivedTerm && limb.includes(derivedTerm))) return undefined;
  if (before < 0) {
    // The first item goes with the separator after it; a lone item is the whole carve-out, left to the lawyer.
    if (after < 0) return undefined;
    // "does not apply to A, or to B" loses "A, or to ": the head already says "to".
    const separator = /^\s*to\s$/i.test(head[0].slice(-3)) ? /^,\s+(?:(?:or|and)\s+)?(?:to\s+)?/ : /^,\s+(?:(?:or|and)\s+)?/;
    const rest = separator.exec(sentence.slice(after))?.[0].length ?? 0;
    return [{ start: limbStart, end: after + rest, text: '' }];
  }
  const splices: Splice[] = [{ start: before, end: limbEnd, text: '' }];
  // The last item carried the list's "or": the item before it, now last, takes it ("…, or to encrypted backups …").
  const conjunction = CONJUNCTION.exec(limb);
  const previous = after < 0 && conjunction ? lastComma(sentence, listStart, before) : -1;
  if (previous >= 0 && !CONJUNCTION.test(sentence.slice(previous + 1).trimStart())) {
    const at = previous + 1 + (/^\s*/.exec(sentence.slice(previous + 1))?.[0].length ?? 0);
    splices.unshift({ start: at, end: at, text: conjunction?.[0] ?? '' });
  }
  return splices;
}
