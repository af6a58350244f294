// "…, and that such processing is subject to the Model Providers' own terms", "… for abuse monitoring in accordance
// with their own published policies, which Quillstack does not control": the contract hands the customer's data to the
// model providers' own terms. The lawyer audits (audit216, 477 § 5.3; audit218, 479 § 6.2; audit219, 482 § 5.4) read
// the review's skip, "the contract binds them by its own terms", as false beside such words. The limb goes; the
// contract's own terms for the providers are left to bind them. Pure: engine types only.
import type { Finding, RedlineOp } from '../engine/types';

/**
 * The limb that defers to the providers' own terms, with an aside on them (", which … does not control"). It starts at a
 * comma or where a run of white space starts, never inside a run.
 */
const OWN_TERMS =
  /(?:,|(?<![\s,]))\s+(?:and\s+that\s+such\s+(?:processing|use|retention)\s+is\s+|which\s+is\s+)?(?:subject\s+to|in\s+accordance\s+with|governed\s+by|under)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s?\s+|their\s+|its\s+)own\s+(?:published\s+|applicable\s+|standard\s+)?(?:terms(?:\s+of\s+(?:service|use))?|policies|privacy\s+polic(?:y|ies)|terms\s+and\s+policies)(?:,\s+which\s+[^,;.]{1,100})?(?=[,;.]|$)/;

/** The strike of the limb inside the finding's sentence, or undefined where the sentence has none. */
export function providersOwnTermsLimb(text: string, finding: Finding): RedlineOp[] | undefined {
  if (finding.category !== 'third-party-ai') return undefined;
  const sentence = text.slice(finding.start, finding.end);
  const limb = OWN_TERMS.exec(sentence);
  if (!limb) return undefined;
  const start = finding.start + limb.index;
  return [{ kind: 'delete', start, end: start + limb[0].length, text: limb[0] }];
}
