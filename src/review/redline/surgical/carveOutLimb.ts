// Strikes, from a carve-out out of deletion ("Clause 7.2 does not apply to …", "Deletion does not reach …"), the limb
// that keeps the customer's data inside what the vendor built from it ("Portfolio Data already reflected in the Signal
// Library", "yield models already trained with your data"). Backups that roll off and records the law requires stay:
// they are the narrow carve-outs a careful lawyer accepts. Pure: must not import Office, React, the DOM or Node.
import type { Splice } from './splice';

/** The words that open the list of what a deletion clause does not reach. */
// "shall not require the Supplier to delete: (a) …" lists what the deletion leaves out just the same.
// "Termination … does not affect Vendor's rights in Aggregated Data, in any models developed under Section 4.3 …": the
// rights that outlive the end list what the deletion leaves out (audit86 first run, 233 § 9.4).
const CARVE_OUT_HEAD = /\b(?:does|do|shall|will)\s+not\s+(?:apply\s+to|extend\s+to|reach|cover|require\s+(?:the\s+)?[\w-]+\s+to\s+(?:delete|destroy|erase)|affect\s+(?:the\s+)?[\w'’-]+\s+rights\s+in)\s*/i;
/** Data already built into something: the limb the carve-out must lose. */
// "any information that has been incorporated into the Talvorne Models" too (audit214, 469 Sch 1 ¶4.2 was turned round).
const BUILT_IN = /\balready\s+(?:incorporated|reflected|embedded|built|included|trained|used\s+(?:to\s+train|in\s+training))\b|\b(?:has|have)\s+been\s+(?:incorporated|embedded|reflected)\s+in(?:to)?\b/gi;
/**
 * "any model trained or tuned under paragraph 6.2", "any model, weights … created through Model Enhancement": what the
 * vendor trained with the data is the data kept in another form, whatever it is called (audit78, 219 § 11.5, 217 § 10.4).
 */
const TRAINED_WITH =
  /\b(?:trained|tuned|retrained|fine-tuned|created|built|developed)(?:\s+(?:or|and)\s+(?:trained|tuned|retrained|fine-tuned|improved|refined|enhanced))?\s+(?:under|pursuant\s+to|in\s+accordance\s+with|through|by\s+means\s+of)\b/gi;
/**
 * In a lettered item, trained "using" the data names it too ("(c) any Model … trained or improved using Corrections").
 * In a run of commas it does not: "…, to any model weights trained using Customer Data, or to Route Reports" is turned
 * round whole (audit49, 125 § 15.3).
 */
const TRAINED_USING = /\b(?:trained|tuned|retrained|fine-tuned|created|built|developed)(?:\s+(?:or|and)\s+(?:trained|tuned|retrained|fine-tuned|improved|refined|enhanced))?\s+(?:using|with|on|from)\b/i;
/** "does not require the Supplier to delete: (a) …; (b) …; or (c) …": a list of lettered items. */
const LETTERED_START = /^:?\s*\((?:a|i)\)\s/;
const LETTER = /\((?:[a-z]|[ivx]{1,4})\)\s+/g;
const MODEL = /\b(?:models?|weights|parameters|embeddings)\b/i;
/** Derived data the contract lets the vendor keep anyway ("anonymised content already incorporated into …"). */
const DERIVED = /\b(?:anonymi[sz]|aggregat|de-?identif|pseudonymi[sz]|statistic)/i;
/** Where the list ends: its sentence's stop, or a relative clause about the whole list (", all of which …"). */
// A new clause ends it too: "…, or to any Model trained …, and Tessellate shall not be required to …" (audit104, 272 § 7.3
// read the clause as one more item and left "to Platform Data, to Insights, and Tessellate shall …").
const LIST_END = /;|\.(?!\d)|,\s+(?:all\s+of\s+)?which\b|,\s+each\s+of\s+which\b|,\s+and\s+(?=[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+(?:shall|will|may|must|is|are|has|have)\b)/g;
/** "…, and Tessellate shall not be required to retrain, unlearn or destroy any such Model": a clause about the struck models. */
const SUCH_MODEL = /\bsuch\s+(?:models?|Models?|weights|parameters)\b/;
const CONJUNCTION = /^(?:or|and)\s+/i;

/** Where the clause starting at `from` ends: its semicolon or full stop (not the one inside "3.3"), or the text's end. */
function nextStop(text: string, from: number): number {
  const stop = /;|\.(?!\d)/g;
  stop.lastIndex = from;
  return stop.exec(text)?.index ?? text.length;
}

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

/** The last top-level ", or" / ", and" in `text` between `from` and `to`. */
function lastJoin(text: string, from: number, to: number): number {
  for (let at = lastComma(text, from, to); at >= from; at = lastComma(text, from, at)) {
    if (CONJUNCTION.test(text.slice(at + 1).trimStart())) return at;
  }
  return -1;
}

export function strikeBuiltInLimb(sentence: string, derivedTerm?: string): Splice[] | undefined {
  const head = CARVE_OUT_HEAD.exec(sentence);
  if (!head) return undefined;
  const listStart = head.index + head[0].length;
  // "does not require Corvane to delete or retrain any model …, or to delete Usage Data": the head's verb has a verb beside
  // it, not a list of things after it; there is no item of a list to strike (audit201, 452 § 13.4).
  if (CONJUNCTION.test(sentence.slice(listStart))) return undefined;
  if (LETTERED_START.test(sentence.slice(listStart))) return reserveLetteredItem(sentence, listStart, derivedTerm);
  LIST_END.lastIndex = listStart;
  const listEnd = LIST_END.exec(sentence)?.index ?? sentence.length;
  BUILT_IN.lastIndex = listStart;
  TRAINED_WITH.lastIndex = listStart;
  const built = BUILT_IN.exec(sentence);
  const trained = TRAINED_WITH.exec(sentence);
  const among = built && built.index < listEnd ? null : trained && trained.index < listEnd ? null : usingAmongDerived(sentence, listStart, listEnd, derivedTerm);
  if (among && among.joint !== undefined) return strikeLastItemAfterJoint(sentence, listStart, listEnd, among.joint, among.cue);
  const cue = built && built.index < listEnd ? built : trained && trained.index < listEnd ? trained : among?.cue ?? null;
  if (!cue) return undefined;
  // "Pooled Insights, Usage Metrics, or any model, weights … created through …": the last item starts at its "or", so
  // the commas inside it stay with it.
  const joined = cue !== built ? lastJoin(sentence, listStart, cue.index) : -1;
  // "Aggregated Data or to any information that has been incorporated into the Models": two items joined by "or to"
  // with no comma; the limb starts at that "or".
  const comma = joined >= 0 ? joined : lastComma(sentence, listStart, cue.index);
  const orTo = comma < 0 ? Math.max(sentence.lastIndexOf(' or to ', cue.index), sentence.lastIndexOf(' and to ', cue.index)) : -1;
  const before = orTo > listStart ? orTo : comma;
  const after = firstComma(sentence, cue.index, listEnd);
  const limbStart = before < 0 ? listStart : before + 1 + (/^\s*/.exec(sentence.slice(before + 1))?.[0].length ?? 0);
  const limbEnd = after < 0 ? listEnd : after;
  const limb = sentence.slice(limbStart, limbEnd);
  if (cue !== built && !MODEL.test(limb)) return undefined;
  if (DERIVED.test(limb) || (derivedTerm && limb.includes(derivedTerm))) return undefined;
  if (before < 0) {
    // The first item goes with the separator after it; a lone item is the whole carve-out, left to the lawyer.
    if (after < 0) return undefined;
    // "does not apply to A, or to B" loses "A, or to ": the head already says "to".
    const separator = /^\s*to\s$/i.test(head[0].slice(-3)) ? /^,\s+(?:(?:or|and)\s+)?(?:to\s+)?/ : /^,\s+(?:(?:or|and)\s+)?/;
    const rest = separator.exec(sentence.slice(after))?.[0].length ?? 0;
    return [{ start: limbStart, end: after + rest, text: '' }];
  }
  // The clause after the list that speaks of "such Model" loses what it points at with the limb, and goes with it.
  const clauseStop = after < 0 && sentence.startsWith(', and', listEnd) ? nextStop(sentence, listEnd + 1) : -1;
  const dangling = clauseStop > 0 && SUCH_MODEL.test(sentence.slice(listEnd, clauseStop));
  const splices: Splice[] = [{ start: before, end: dangling ? clauseStop : limbEnd, text: '' }];
  // The last item carried the list's "or": the item before it, now last, takes it ("…, or to encrypted backups …").
  const conjunction = CONJUNCTION.exec(limb);
  const previous = after < 0 && conjunction ? lastComma(sentence, listStart, before) : -1;
  if (previous >= 0 && !CONJUNCTION.test(sentence.slice(previous + 1).trimStart())) {
    const at = previous + 1 + (/^\s*/.exec(sentence.slice(previous + 1))?.[0].length ?? 0);
    // Two items left, neither with its own "to": "Pooled Insights or Usage Metrics", without the comma.
    const pair = lastComma(sentence, listStart, previous) < 0 && !/^to\s/i.test(sentence.slice(at));
    splices.unshift(pair ? { start: previous, end: at, text: ` ${conjunction?.[0] ?? ''}` } : { start: at, end: at, text: conjunction?.[0] ?? '' });
  }
  return splices;
}

/** Data of the vendor's own that a deletion may rightly leave alone: usage records, feedback, derived statistics. */
const VENDOR_DATA = /\b(?:usage|telemetry|feedback|metadata|analytics|logs?)\b/i;
const TRAINED_USING_ALL = new RegExp(TRAINED_USING.source, 'gi');
/**
 * "does not extend to Aggregated Data, Usage Data, Feedback or to machine learning models … trained using Customer
 * Data …": in a run of commas, the models trained "using" the data name it only where every other item is the
 * vendor's own or derived data; turned round whole, the clause would order those deleted too (audit92, 247 § 11.5).
 * Beside the customer's own things ("…, or to Route Reports") it is turned round whole (audit49, 125 § 15.3).
 */
function usingAmongDerived(sentence: string, listStart: number, listEnd: number, derivedTerm?: string): { cue: RegExpExecArray; joint?: number } | null {
  TRAINED_USING_ALL.lastIndex = listStart;
  const using = TRAINED_USING_ALL.exec(sentence);
  if (!using || using.index >= listEnd) return null;
  // "…, Feedback or to machine learning models …": the item may start at an "or" with no comma before it.
  const joined = lastJoin(sentence, listStart, using.index);
  const comma = lastComma(sentence, listStart, using.index);
  const bare = joined < 0 ? bareJoint(sentence, Math.max(listStart, comma + 1), using.index) : -1;
  const itemStart = joined >= 0 ? joined : bare;
  if (itemStart < 0) return null;
  const others = sentence.slice(listStart, itemStart).split(',').map((item) => item.replace(CONJUNCTION, '').trim()).filter((item) => item !== '');
  const vendorOwn = (item: string) => DERIVED.test(item) || VENDOR_DATA.test(item) || (derivedTerm !== undefined && item.includes(derivedTerm));
  if (others.length === 0 || !others.every(vendorOwn)) return null;
  return joined >= 0 ? { cue: using } : { cue: using, joint: bare };
}

/** Where " or " / " and " opens the last item after `from` (the space before it), or -1. */
function bareJoint(sentence: string, from: number, to: number): number {
  // The first joint after the last comma: "Feedback or to models and model weights" has its own "and" inside the item.
  const span = sentence.slice(from, to);
  const found = [span.indexOf(' or '), span.indexOf(' and ')].filter((at) => at >= 0);
  return found.length === 0 ? -1 : from + Math.min(...found);
}

/**
 * "Aggregated Data, Usage Data, Feedback or to machine learning models … trained using Customer Data …, all of which":
 * the last item goes from its "or", and the item before it, now last, takes the "or" in place of its comma.
 */
function strikeLastItemAfterJoint(sentence: string, listStart: number, listEnd: number, joint: number, cue: RegExpExecArray): Splice[] | undefined {
  const after = firstComma(sentence, cue.index, listEnd);
  const limbEnd = after < 0 ? listEnd : after;
  if (!MODEL.test(sentence.slice(joint, limbEnd))) return undefined;
  const word = CONJUNCTION.exec(sentence.slice(joint + 1))?.[0].trim() ?? 'or';
  const splices: Splice[] = [{ start: joint, end: limbEnd, text: '' }];
  const previous = lastComma(sentence, listStart, joint);
  if (previous >= 0) splices.unshift({ start: previous, end: previous + 1, text: ` ${word}` });
  return splices;
}

/**
 * "(c) any Model … trained or improved using Corrections under clause 5.4, which the Supplier shall not be obliged to
 * retrain; or (d) …": the lettered item that keeps the data inside what was built from it becomes "[Reserved]", so the
 * letters the contract cites still hold (audit80, 224 § 12.4(c)).
 */
function reserveLetteredItem(sentence: string, listStart: number, derivedTerm?: string): Splice[] | undefined {
  const starts = [...sentence.slice(listStart).matchAll(LETTER)].map((m) => ({ at: listStart + (m.index ?? 0), body: listStart + (m.index ?? 0) + m[0].length }));
  for (const [index, item] of starts.entries()) {
    const next = starts[index + 1];
    const close = sentence.slice(item.body, next?.at ?? sentence.length).search(/;|\.(?!\d)(?=\s|$)/);
    const open = close < 0 ? (next?.at ?? sentence.length) : item.body + close;
    // "(b) …, or (c) …": items run on with commas keep their separator and the list's "or" outside the item.
    const end = item.body + trimmedSeparator(sentence.slice(item.body, open));
    const text = sentence.slice(item.body, end);
    BUILT_IN.lastIndex = 0;
    TRAINED_WITH.lastIndex = 0;
    if (!(BUILT_IN.test(text) || ((TRAINED_WITH.test(text) || TRAINED_USING.test(text)) && MODEL.test(text)))) continue;
    if (DERIVED.test(text) || (derivedTerm && text.includes(derivedTerm))) return undefined;
    return [{ start: item.body, end, text: '[Reserved]' }];
  }
  return undefined;
}

/** The length of an item without the separator that runs it on to the next (", or ", ", and ", ", "). */
function trimmedSeparator(item: string): number {
  let end = item.trimEnd().length;
  for (const joint of [' or', ' and']) if (item.slice(0, end).endsWith(joint)) end -= joint.length;
  end = item.slice(0, end).trimEnd().length;
  return item.charAt(end - 1) === ',' ? end - 1 : end;
}
