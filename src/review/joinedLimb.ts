// "Clausewright may assign this Agreement to … a successor …, and any rights granted to Clausewright in respect of
// Subscriber Data … shall pass to such successor": a clause of its own joined on at the end of a sentence about something
// else carries the risk alone. It goes, from its ", and", and the sentence it was joined to stands (audit230, 503 § 12.2
// lost the vendor's ordinary right to assign, and a data licence took its place). Pure: engine types only.
import { applyOps } from '../engine/applyOps';
import type { Finding, RedlineOp } from '../engine/types';

/** ", and any rights …", ", and all licences …", ", and such data …": a joined clause with a subject of its own. */
const JOINED = /,\s(?:and|provided\s+further\s+that)\s(?=(?:any|all|the|such|each|its)\s)/g;
/** The joined clause's own verb: "shall pass", "will survive", "may be used". */
const OWN_MODAL = /\b(?:shall|will|may|must)\b/;
/** Words naming data, which the sentence's main clause must not carry for the limb to carry the risk alone. */
const NAMES_DATA = /\b(?:Data|Content|Information|Materials|Inputs?|Outputs?)\b/;

export function joinedLimbStrike(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  const joins = [...sentence.matchAll(JOINED)];
  const join = joins[joins.length - 1];
  if (!join || join.index === undefined) return undefined;
  const main = sentence.slice(0, join.index);
  const limb = sentence.slice(join.index);
  // The limb runs to the sentence's full stop or semicolon.
  const trimmed = limb.trimEnd();
  const close = /[.;]/.test(trimmed.slice(-1)) ? trimmed.length - 1 : -1;
  // The sentence before it is a clause of its own (not "Sections 6 and 7, and the licence in Section 4, shall survive"),
  // and the limb is one clause, not the first of several joined on ("…, and the ratings …, and Client may stop …").
  if (close < 0 || !OWN_MODAL.test(main) || !OWN_MODAL.test(limb) || /,\s(?:and|or)\s/.test(limb.slice(2)) || NAMES_DATA.test(main.replace(/^\S+\s/, ''))) return undefined;
  // The finding's objects all lie in the limb: the main clause is about something else.
  const at = finding.start + join.index;
  if (finding.evidence.some((s) => s.role === 'object' && NAMES_DATA.test(s.text) && s.start < at)) return undefined;
  const end = at + close;
  const ops: RedlineOp[] = [{ kind: 'delete', start: at, end, text: text.slice(at, end) }];
  return stillRisky(applyOps(text, ops)) ? undefined : ops;
}
