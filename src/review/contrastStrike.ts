// Strikes the half of a sentence after its turn (", but …", "; however, …", ", and Vendor may …"), mending what the
// strike leaves: a lettered list's last "and", a series' "and", a comma splice. Pure: engine types and helpers only.
import { applyOps } from '../engine/applyOps';
import type { Finding, RedlineOp } from '../engine/types';

/**
 * ", but …" / "; however, …" / ", although …": the turn after which a sentence takes back what its first half gave; also "; and all
 * rights in such data belong to Supplier", a second clause joined on after a semicolon, and ", so by using the app you
 * agree that we may …", a consent deemed from use (", but subject to clause 2.3, …" qualifies what follows; it turns nothing) (not ", so we may use …", whose first half says nothing alone), , and we may keep …" or ", and Vendor may thereafter use …", a second permission joined on, ", and any general improvements … shall be owned by CadenceCare", a claim to what the use makes (300 § 12.5), and "… and does not require us to remove …", a duty denied.
 */
const CONTRAST = /(?:,|;)\s+(?:but(?!\s+not\b|\s+(?:only\s+)?subject\s+to\b)|however,?|(?:al)?though|provided,?\s+however,?\s+that|except\s+that)\s+|;\s+(?:and|or)\s+|,\s+so\s+(?=by\s)|,\s+and\s+(?=(?:we|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+may\s)|,\s+and\s+(?=(?:any|all)\s[^,;.]{1,120}?\s(?:shall|will)\s+(?:be\s+owned\s+by|belong\s+to|vest\s+in)\s)|(?:,|(?<=\S))\s+and\s+(?=(?:does|do|will|shall)\s+not\s+require\b)/gi;

/** The lead-in of a list of things denied: "shall not", "will never", "may not:". */
const BAN_LEAD = /\b(?:shall|will|must|may|can|does|do)\s+(?:not|never)\b|\bcannot\b|\bwon[’']t\b/i;

/**
 * "shall not (a) sell …; (b) …; or (c) combine …, except …": every item of a ban is a use forbidden, so striking one
 * (or striking from its "; or") allows it; the risk there is an item's exception, which the playbook's edits strike.
 */
export function banList(sentence: string): boolean {
  const first = /(?<!\w)\((?:[a-z]|[ivx]{1,4})\)\s+/.exec(sentence);
  if (first === null) return false;
  const lead = sentence.slice(0, first.index);
  // "Training Datasets shall be (a) pseudonymised …; (b) stored in a segregated environment …; and (c) retained for no
  // longer than three years": the items of a duty are safeguards, and striking one removes it (lawyer audit of 90).
  return BAN_LEAD.test(lead) || DUTY_LEAD.test(lead.trimEnd());
}

/** A lead-in that ends on the duty its items complete: "shall be", "must". */
const DUTY_LEAD = /\b(?:shall|must|will)(?:\s+(?:be|ensure\s+that|procure\s+that))?:?$/i;

/**
 * "Customer may withdraw at any time, but withdrawal will not require Vendor to remove …": only the words after the
 * last turn are struck when that alone takes the risk away; the customer keeps what the first half gives.
 */
export function strikeContrast(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  const turns = [...sentence.matchAll(CONTRAST)];
  const turn = turns[turns.length - 1];
  if (turn?.index === undefined || turn.index < 12) return undefined;
  // "shall not (a) sell …; or (c) combine …": in a list of things denied, "; or" joins one more denial, no contrast.
  if (/^;\s+(?:and|or)\s+$/.test(turn[0]) && banList(sentence)) return undefined;
  const lastItem = lastLetteredItem(sentence, turn.index, turn[0], finding.start);
  if (lastItem) return stillRisky(applyOps(text, lastItem)) ? undefined : lastItem;
  const stop = /[.;:]\s*$/.exec(sentence)?.index ?? sentence.length;
  const start = finding.start + turn.index;
  const end = finding.start + stop;
  if (end <= start + turn[0].length) return undefined;
  // ", and we may use Service Data to operate, bill for, secure, … and develop our Services": a permission the service
  // itself needs goes only with its vendor purposes, never whole (the audits' overreach).
  if (SERVES.test(text.slice(start, end))) return undefined;
  // ", although we may still use it to produce your own Agronomic Insights and to create Aggregated Data": the use
  // for the customer's own benefit stays, and only the vendor's own purpose after it goes (lawyer audit of 71).
  const own = FOR_THE_CUSTOMER.test(text.slice(start, end)) ? VENDOR_PURPOSE_LAST.exec(text.slice(start, end)) : null;
  if (own) {
    const cut: RedlineOp[] = [{ kind: 'delete', start: start + own.index, end, text: text.slice(start + own.index, end) }];
    return stillRisky(applyOps(text, cut)) ? undefined : cut;
  }
  if (FOR_THE_CUSTOMER.test(text.slice(start, end))) return undefined;
  // "Keystead does not assign … any right in Outputs, but grants Customer a non-exclusive licence to use Outputs …":
  // the turn grants the customer its rights; struck, the denial stood alone (auditPatterns167, once the vendor's
  // templates in the outputs no longer read as owning them).
  if (GRANTS_THE_CUSTOMER.test(text.slice(start, end))) return undefined;
  const mends = [...lastItemJoin(sentence, turn.index, turn[0], finding.start), ...spliceMended(sentence, turn, finding.start)];
  // "…, but LumenRad shall not be required to remove …, and the credit under Section B.1 shall be prorated
  // accordingly": a clause of its own after the risk, which the strike need not take (audit106, 274 B.5 lost the
  // credit's proration without a word in the comment).
  const after = NEXT_CLAUSE.exec(text.slice(start + turn[0].length, end));
  if (after) {
    const short: RedlineOp[] = [...mends, { kind: 'delete', start, end: start + turn[0].length + after.index, text: text.slice(start, start + turn[0].length + after.index) }];
    if (!stillRisky(applyOps(text, short))) return short;
  }
  const ops: RedlineOp[] = [...mends, { kind: 'delete', start, end, text: text.slice(start, end) }];
  return stillRisky(applyOps(text, ops)) ? undefined : ops;
}

/** ", and the credit under Section B.1 shall be prorated": a clause joined on with its own subject and verb. */
const NEXT_CLAUSE = /,\s+and\s+(?=(?:the|its|any|each|all|such|[A-Z][\w-]*)\b(?:[^,;.]|\.(?=\d)){0,60}?\b(?:shall|will|must|is|are)\b)/;

/** ", this DPA shall not apply to it": a clause joined by a bare comma, which the struck ", and …" was the last of. */
const BARE_COMMA_CLAUSE = /^(?:this|that|the|such|its|it|[A-Z][\w-]*)(?:\s+[\w-]+){0,3}\s+(?:shall|will|may|must|can|does|do|is|are)\b/;

/** Whether the words end on "and", "or" or "but" (string ends, not a pattern anchored at the end: linear on long text). */
const endsWithConjunction = (words: string): boolean => {
  const last = words.trimEnd().split(' ').pop() ?? '';
  return last === 'and' || last === 'or' || last === 'but';
};

/**
 * "… ceases to be Customer Personal Data, this DPA shall not apply to it, and Lexitrace may retain …": three clauses
 * whose "and" the strike takes; the two left are joined by "and", not a comma (audit107, 276 DPA 6.3 was left a
 * comma splice).
 */
function spliceMended(sentence: string, turn: RegExpMatchArray, offset: number): RedlineOp[] {
  if (!/^,\s+and\s/.test(turn[0]) || turn.index === undefined) return [];
  const comma = sentence.lastIndexOf(', ', turn.index - 1);
  if (comma < 0 || !BARE_COMMA_CLAUSE.test(sentence.slice(comma + 2, turn.index)) || endsWithConjunction(sentence.slice(0, comma))) return [];
  // "Upon termination, Vendor shall delete …" is one clause after its opening phrase: the words before the comma must
  // be a clause of their own, with a verb.
  const before = sentence.slice(sentence.lastIndexOf(', ', comma - 1) + 1, comma);
  if (!/\b(?:shall|will|may|must|can|is|are|was|were|has|have|does|do|ceases?|becomes?|remains?)\b/.test(before)) return [];
  return [{ kind: 'insert', at: offset + comma + 2, text: 'and ' }];
}

/** ", in each case subject to the Addendum": a qualifier of every item of the list, which stays when one item goes. */
const EACH_ITEM_QUALIFIER = /,\s+in\s+(?:each|every|all)\s+cases?\b/;
const LETTER = /(?<!\w)\((?:[a-z]|[ivx]{1,4})\)\s+/g;

/**
 * "to (a) provide …; (b) troubleshoot …; (c) evaluate …; and (d) improve … the Models, in each case subject to the
 * Addendum": the last lettered item goes with its "; and", the "and" moves to the item now last ("; and (c)"), and a
 * qualifier of every item stays (the lawyer audit of 85 found both lost with the item).
 */
function lastLetteredItem(sentence: string, turnAt: number, turn: string, offset: number): RedlineOp[] | undefined {
  const join = /^;\s+(and|or)\s+$/.exec(turn);
  if (!join || !/^\((?:[a-z]|[ivx]{1,4})\)\s/.test(sentence.slice(turnAt + turn.length))) return undefined;
  const letters = [...sentence.slice(0, turnAt).matchAll(LETTER)];
  const previous = letters[letters.length - 1];
  if (previous?.index === undefined || letters.length < 2) return undefined;
  const stop = /[.;:]\s*$/.exec(sentence)?.index ?? sentence.length;
  const qualifier = EACH_ITEM_QUALIFIER.exec(sentence.slice(turnAt, stop));
  const end = qualifier ? turnAt + qualifier.index : stop;
  return [
    { kind: 'insert', at: offset + previous.index, text: `${join[1]} ` },
    { kind: 'delete', start: offset + turnAt, end: offset + end, text: sentence.slice(turnAt, end) },
  ];
}

/** An auxiliary that opens an item of a series of verb phrases ("takes effect …, does not apply …, and does not …"). */
const AUXILIARY_ITEM = /^(?:does|do|did|is|are|was|were|will|shall|may|must|can|has|have)\b/;

/**
 * "takes effect within 30 days, does not apply to X, and does not require us to remove …": struck from ", and", the
 * series still needs its "and" before what is now its last item ("…, and does not apply to X"). Only where the
 * item kept last and the item struck both open with an auxiliary, so a comma of another kind is never touched.
 */
function lastItemJoin(sentence: string, turnAt: number, turn: string, offset: number): RedlineOp[] {
  if (!/^,\s+and\s+$/.test(turn)) return [];
  const struckItem = sentence.slice(turnAt + turn.length);
  // The comma that opens the kept item, past the commas of a list inside it ("does not apply to A, B or C").
  let comma = sentence.lastIndexOf(', ', turnAt - 1);
  while (comma >= 0 && !AUXILIARY_ITEM.test(sentence.slice(comma + 2, turnAt))) comma = sentence.lastIndexOf(', ', comma - 1);
  if (comma < 0 || !AUXILIARY_ITEM.test(struckItem)) return [];
  return [{ kind: 'insert', at: offset + comma + 2, text: 'and ' }];
}

/** A purpose of serving the customer: "to operate, bill for, secure", "to provide the Services". */
export const SERVES = /\bto\s+(?:provide|operate|deliver|perform|support|maintain|host|secure|bill)\b/i;
/** "to produce your own Insights", "for you": a use for the customer's own benefit. */
const FOR_THE_CUSTOMER = /\byour\s+own\b|\bfor\s+you\b/i;
/** "but grants Customer a … licence", "but grants you the right": a grant to the customer in the turn. */
const GRANTS_THE_CUSTOMER = /\bgrants?\s+(?:to\s+)?(?:the\s+)?(?:Customer|Client|Licensee|Subscriber|you)\b/;
/** " and to create Aggregated Data" closing a list of uses: the vendor's own purpose, last. */
const VENDOR_PURPOSE_LAST = /(?:,|(?<=\S))\s+and\s+to\s+(?:create|develop|improve|train|build|refine|enhance|compile)\b[^,;]*$/i;

