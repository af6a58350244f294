// Which of a paragraph's open risks the review answers next. The most severe goes first, except where a narrower
// answer on the same sentence covers a broader one. Pure: engine types only.
import type { Finding, Severity } from '../engine/types';

/** The sentence makes derived data itself ("may create aggregated statistics …"), rather than using data de-identified. */
const MAKES = /\b(?:create|creates|creation|compile|compiles|compilation|aggregate|aggregates|aggregation|generate|generates|generation|produce|produces|production|derive|derives|derivation)\b/i;

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The finding to answer next, or undefined when none is open. In one sentence:
 * - training is answered before "for any purpose": striking ", including to train our models" keeps what a struck
 *   sentence would take (the feedback clause itself);
 * - a grant over derived data ("We may use De-identified Data for any purpose, including to train our models") is
 *   answered as derived data when that answer is word-level and leaves no training or improvement to answer: its
 *   model-development purposes go and a proviso bars training, where a ban on the whole sentence would take the
 *   statistics the customer can accept as well; where that answer would leave the training, training goes first.
 */
/** What the derived-data answer (a word-level proviso or a whole-sentence clause) does to the training beside it. */
export type DerivedAnswer = 'word-level, covers training' | 'word-level, leaves training' | 'sentence';

/** Uses a narrowed licence answers as well. */
const TRAINING_OR_DERIVED: ReadonlySet<string> = new Set(['ai-training', 'service-improvement', 'aggregated-data']);

export function nextToAnswer(open: readonly Finding[], derivedAnswer: (finding: Finding) => DerivedAnswer, usesOnlyDerived: (finding: Finding) => boolean = () => false): Finding | undefined {
  const worst = [...open].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start)[0];
  if (!worst) return undefined;
  const sameSentence = (category: Finding['category']) => open.find((f) => f.start === worst.start && f.category === category);
  // "You grant us a worldwide … licence … to host, copy … your Business Data … for Service Operations", where the
  // defined purposes include training: the licence narrowed to the service answers the training too, and a clause
  // on training in the sentence's place would take away the licence the service runs on (audit190, 429 § 5.2).
  // "… own … the Kestrelwood Models, including all enhancements …, whether or not developed using Subscriber Data,
  // Prompts, Outputs …": the ownership's reach over the customer's data and outputs is struck first, which answers the
  // outputs named inside it; striking the vendor's own enhancements would not (audit193, 437 § 10.1).
  const reach = open.find((f) => f.start === worst.start && f.rules.includes('ownership-reaches-customer-data'));
  if (reach && worst.category === 'output-ownership') return reach;
  const licence = TRAINING_OR_DERIVED.has(worst.category) ? sameSentence('broad-license') : undefined;
  if (licence && licence.stance === 'risk') return licence;
  if (worst.category === 'ai-training' || worst.category === 'service-improvement') {
    const derived = sameSentence('aggregated-data');
    if (derived && derivedAnswer(derived) === 'word-level, covers training') return derived;
  }
  // "The Supplier shall own all rights in Derived Data and may … commercialise Derived Data for any purpose": an
  // improvement read in a use of the derived data alone is the derived data's to answer. The improvement's own clause
  // in the sentence's place may speak of something else (at fallback 2, models tuned for the customer: agreement 02
  // § 3.3), where the derived-data clause sets the standard for the very data the sentence uses.
  if (worst.category === 'service-improvement' && !sameSentence('ai-training') && usesOnlyDerived(worst)) {
    const derived = sameSentence('aggregated-data');
    if (derived && derivedAnswer(derived) === 'sentence') return derived;
  }
  // "may create Anonymised Data and use it to improve … models": the derived-data proviso would leave the training,
  // so the training is answered first, in its own words ("but shall not use it to improve …"). So too where the
  // derived-data answer is a clause in the sentence's place and the sentence makes no derived data, only trains on
  // data that is de-identified: "may use de-identified audio recordings … to train … models" became a clause about
  // statistics (audit68, 198 § 4.6).
  if (worst.category === 'aggregated-data') {
    const training = sameSentence('ai-training');
    const answer = training && derivedAnswer(worst);
    if (training && (answer === 'word-level, leaves training' || (answer === 'sentence' && !MAKES.test(worst.quote)))) return training;
  }
  return worst.category === 'service-improvement' ? (sameSentence('ai-training') ?? worst) : worst;
}
