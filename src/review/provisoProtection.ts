// A protection that only qualifies a grant the edit strikes: "Talentgrove may use Customer Data … to train … the
// models …, provided that … (b) the resulting models … will not be used to disclose Customer's Job Data …" (407 § 5.3)
// read as confidentiality, and the review left the training grant standing rather than lose it (audit180). With the
// grant gone there is nothing left for the proviso to limit. Pure: engine types only.
import type { Finding, RedlineOp } from '../engine/types';

/** "provided that", "provided always that", "on condition that": the words that make what follows a proviso. */
const PROVISO = /\b(?:provided(?:\s+always)?\s+that|on\s+condition\s+that)\b/i;

/**
 * True when every signal of the given protections but its actor lies inside a struck stretch, after a proviso that opens within it:
 * the protections go only because the grant they condition goes.
 */
export function onlyQualifiesStruckGrant(text: string, ops: readonly RedlineOp[], protections: readonly Finding[]): boolean {
  if (protections.length === 0) return false;
  const deletes = ops.flatMap((op) => (op.kind === 'delete' ? [op] : []));
  // The actor is the grant's own subject, named before the proviso ("Talentgrove may use …"), and so may be the data
  // ("… to use Customer Content … to train …; provided that Trussline will remove title blocks … from drawing sets",
  // 425 § 5.4 read the data with the removal): what the proviso itself says must lie in it.
  const own = (finding: Finding) => finding.evidence.filter((signal) => signal.role !== 'actor' && !(signal.role === 'object' && !PROVISO.test(text.slice(finding.start, signal.start))));
  return protections.every((finding) =>
    own(finding).length > 0 &&
    // The whole sentence goes, grant and proviso together: a proviso that also guards what a narrowed grant keeps
    // ("may create De-identified Data …, provided that … shall not attempt to re-identify") still has work to do.
    deletes.some((op) => op.start <= finding.start && finding.end <= op.end + 1) &&
    own(finding).every((signal) => deletes.some((op) => op.start <= signal.start && signal.end <= op.end && PROVISO.test(text.slice(op.start, signal.start)))),
  );
}
