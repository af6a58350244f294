// What the paragraph review knows about findings and sentences before it edits: which rules only disclose, which
// protections are weak or are promises, which risks concern the data, and which protection answers which grant.
// Pure: engine types and the review's own reading of data names.
import { dataNames, namesTheData } from './namesTheData';
import { offTarget } from './offTarget';
export { isSurvivalList, keepsRightsAlive } from './survivalList';
import type { Analysis, Finding, RedlinePlan } from '../engine/types';

/** Rules that say only that data reaches a provider, not what the provider may do with it. */
export const DISCLOSURE_RULES: ReadonlySet<string> = new Set(['third-party-ai-flow', 'third-party-ai-limited', 'ai-provider-named', 'subprocessors', 'listed-model-provider', 'provider-row']);

/** A weak protection the position replaces with a stronger one (an opt-out where the position is opt-in). */
export const WEAK_PROTECTIONS: ReadonlySet<string> = new Set(['opt-out']);
/** Promises a sentence makes that a playbook clause in its place could narrow: it is edited word by word or left. */
export const PROMISES: ReadonlySet<string> = new Set(['deletion', 'no-training', 'confidentiality']);

/** Risks about what the vendor does with the customer's data: their clause is only a fit for a sentence about it. */
export const DATA_USE: ReadonlySet<string> = new Set(['ai-training', 'service-improvement', 'aggregated-data', 'broad-license', 'survival-retention']);

export const NAMES_A_LICENCE = /\b(?:licen[cs]e[sd]?|sublicens\w*|grants?|rights?)\b/i;
/**
 * "The licence in paragraph 4 is perpetual and irrevocable in respect of Machine Data contributed before termination":
 * the sentence stretches a licence granted elsewhere and grants none itself; the playbook's licence clause in its place
 * would be a second licence, with rights the first never gave (audit138, 340 Sch 3 ¶5).
 */
export const EXTENDS_A_LICENCE =
  /^(?:\S+\s+)?(?:[A-Z][\w ]{0,40}\.\s+)?(?:the|such|that|this|each)\s+licen[cs]es?\s+(?:granted\s+)?(?:in|under|by)\s+(?:paragraph|clause|section|schedule|article)\s+[\w.()]+\s+(?:is|are|shall\s+be|will\s+be)\b/i;

/** The uses an opt-out lets the customer switch off. */
export const TRAINING_USES = new Set<Finding['category']>(['ai-training', 'service-improvement']);

/** A sentence's first words after its clause number, to tell it from the next sentence moved up by a strike. */
export const openingWords = (quote: string) => quote.replace(/^[\s\d.()a-z]{0,12}?(?=[A-Z])/, '').split(/\s+/).slice(0, 4).join(' ');

/** The protection that answers a grant: the grant's sentence can go once the protection is in the document. */
export const COUNTERPART: Partial<Record<Finding['category'], string>> = {
  'ai-training': 'no-training',
  'service-improvement': 'no-training',
  'survival-retention': 'deletion',
};

/** Feedback made of the customer's work ("ratings and corrected versions of results", "labels"): training data, not comment. */
const DATA_LIKE_FEEDBACK = /\b(?:ratings?|correct(?:ions|ed)|edits|labels?|annotations?|outputs?|results|prompts?|transcripts?|recordings?)\b/i;

/**
 * "Customer may provide comments and suggestions …, and Kurswerk may use any such feedback freely …, including to
 * improve the Models": a training or improvement reading whose only subject is the feedback the sentence licenses (a
 * feedback-use finding on the same sentence, someone said to use it, no data named) is answered by the carve-out of the
 * customer's data from the feedback clause. Striking it deletes an ordinary feedback licence.
 */
export function usesOnlyFeedback(finding: Finding, sameParagraph: readonly Finding[], customerNames: readonly string[]): boolean {
  return (
    TRAINING_USES.has(finding.category) && !finding.rules.includes('feedback-use') &&
    finding.evidence.some((e) => e.role === 'actor') && !finding.evidence.some((e) => e.role === 'object') &&
    !DATA_LIKE_FEEDBACK.test(finding.quote) && sameParagraph.some((f) => f.rules.includes('feedback-use') && f.start === finding.start) &&
    !namesTheData(finding.quote, customerNames)
  );
}

/** "… processes it under its own terms and privacy policy", "in accordance with their standard terms of business". */
const UNDER_ITS_OWN_TERMS = /\b(?:its|their)\s+(?:own|standard)\s+(?:terms|privacy|policies|conditions)\b/i;

/**
 * "… the question and the relevant Customer Data are transmitted to that provider": a sentence that only discloses
 * where the data goes stays (the customer needs to know), and the position's clause on providers goes after the
 * paragraph as a clause of its own (audit46, 115 § 5.3). A provider left to "its own terms" is a risk in the words
 * themselves, and a limit on what it receives the data for is the customer's: those keep their own answers.
 */
export function disclosureKept(plan: RedlinePlan, finding: Finding, current: string, analysis: Analysis): RedlinePlan {
  if (plan.kind !== 'sentence' || UNDER_ITS_OWN_TERMS.test(current) || offTarget(finding, true, dataNames(analysis), analysis.terms.customer, true) !== undefined) return plan;
  const clause = plan.ops.flatMap((op) => (op.kind === 'insert' ? [op.text.trim()] : [])).join(' ');
  return clause === '' ? plan : { ...plan, kind: 'inserted-paragraph', ops: [], newParagraphs: [clause] };
}


/**
 * "Termination does not affect Veritrace's rights in Aggregated Data, Usage Data, Feedback or any models …": the rights
 * the vendor keeps include its own data (statistics, usage records, feedback), which no deletion reaches; struck whole,
 * the clause took them too (audit172, 393 § 12.3). Only the limbs over the customer's data are answered.
 */
export function keepsVendorsOwnRights(sentence: string): boolean {
  return /\b(?:does|shall|will)\s+not\s+affect\b[^.;]{0,80}?\brights?\s+in\b/i.test(sentence) && /\b(?:Aggregated|Usage|Feedback|Anonymi[sz]ed|De-identified)\b/.test(sentence);
}
