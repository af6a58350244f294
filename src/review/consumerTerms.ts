// Terms an individual accepts, and each playbook position as such a person would ask it. Pure: playbook and engine
// types only.
import type { ContractTerms, Paragraph } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';

/** The issue with each position worded as an individual would ask it, where the playbook gives that wording. */
export const asIndividualAsks = (issue: PlaybookIssue): PlaybookIssue => ({
  ...issue,
  positions: issue.positions.map(({ forIndividuals, ...position }) => (forIndividuals ? { ...position, ...forIndividuals } : position)),
});

/** Terms an individual accepts: written as "we" to "you", with an age limit or a parent's consent for minors. */
// An age, not a period: "at least 30 days' notice" in business terms written as "we" to "you" made them consumer terms,
// and their change clause asked for an individual's consent instead of a signed amendment (audit210, 468 § 3(c)).
const CONSUMER_SIGNS =
  /\b(?:age\s+of\s+(?:majority|\d{2})|\d{2}\s+years\s+(?:of\s+age|old)|years\s+old|(?:at\s+least|over|under)\s+1[3-8](?:\s+years)?(?![\w(%]|\s+(?:\(|days?|months?|hours?|weeks?|business|calendar|per))|parent\s+or\s+(?:legal\s+)?guardian|consumer\s+rights)\b/i;
export const consumerTerms = (paragraphs: readonly Paragraph[], terms: ContractTerms): boolean => terms.voice === 'we-you' && paragraphs.some((p) => CONSUMER_SIGNS.test(p.text));
