// "Kestrelmark's online terms and policies do not apply to the Services unless expressly incorporated by this
// Agreement" (354 § 15.1): the contract already keeps the vendor's documents out. A document it only mentions ("the
// sources of data … are described in the Model Governance Statement, which Kestrelmark may update") then changes
// nothing, and freezing it took from the customer a description it needs kept current (audit150: rejected). A
// document the contract makes binding ("subject to the AI Policy") is still answered. Pure: engine types only.
import type { Finding, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';

/** "… terms and policies do not apply … unless expressly incorporated", "… shall not apply unless agreed in writing". */
const EXCLUDES_OUTSIDE_TERMS =
  /\b(?:terms|policies|documents?)\b[^.;]{0,80}?\b(?:do|does|shall|will)\s+not\s+(?:apply|bind|form\s+part)\b[^.;]{0,80}?\bunless\b[^.;]{0,40}?\b(?:incorporated|agreed\s+in\s+writing|signed)\b/i;
/** Words that make a document part of the deal: the finding's sentence binds the customer or the vendor to it. */
const BINDS_TO_IT = /\b(?:subject\s+to|incorporated|forms?\s+part\s+of|governed\s+by|in\s+accordance\s+with|compl(?:y|ies)\s+with|apply|applies|prevails?)\b/i;

/** The reason a policy reference is left alone, where the contract keeps outside documents out; otherwise undefined. */
export function outsideTermsExcluded(paragraphs: readonly Paragraph[], provision: string): ((finding: Finding) => string | undefined) | undefined {
  const at = paragraphs.findIndex((p) => EXCLUDES_OUTSIDE_TERMS.test(p.text));
  if (at < 0) return undefined;
  const number = numberAtStart(paragraphs[at]?.text ?? '');
  const where = number ? ` (${provision} ${number})` : '';
  return (finding) =>
    finding.category === 'policy-by-reference' && finding.paragraph !== at && !BINDS_TO_IT.test(finding.quote)
      ? `the contract already provides${where} that the vendor's outside terms and policies do not apply unless it incorporates them, and this sentence does not`
      : undefined;
}
