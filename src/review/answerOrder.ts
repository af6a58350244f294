// Which of a paragraph's open risks the review answers next. The most severe goes first, except where a narrower
// answer on the same sentence covers a broader one. Pure: engine types only.
import type { Finding, Severity } from '../engine/types';

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The finding to answer next, or undefined when none is open. In one sentence:
 * - training is answered before "for any purpose": striking ", including to train our models" keeps what a struck
 *   sentence would take (the feedback clause itself);
 * - a grant over derived data ("We may use De-identified Data for any purpose, including to train our models") is
 *   answered as derived data when that answer is word-level and leaves no training or improvement to answer: its
 *   model-development purposes go and a proviso bars training, where a ban on the whole sentence would take the
 *   statistics the customer can accept as well.
 */
export function nextToAnswer(open: readonly Finding[], derivedAnswerCoversTraining: (finding: Finding) => boolean): Finding | undefined {
  const worst = [...open].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start)[0];
  if (!worst) return undefined;
  const sameSentence = (category: Finding['category']) => open.find((f) => f.start === worst.start && f.category === category);
  if (worst.category === 'ai-training' || worst.category === 'service-improvement') {
    const derived = sameSentence('aggregated-data');
    if (derived && derivedAnswerCoversTraining(derived)) return derived;
  }
  return worst.category === 'service-improvement' ? (sameSentence('ai-training') ?? worst) : worst;
}
