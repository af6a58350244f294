// The short texts a finding card shows: what the clause allows in one sentence, why it matters said once (the firm's
// playbook wording where it has one, else the engine's), the walk-away point and the questions for the vendor.
// The trigger words are not listed in prose: the quote emphasises them. Pure: must not import React or Office.
import { fillTerms } from '../../engine/explainFinding';
import { CATEGORY_TEXT } from '../../engine/explanations';
import type { ContractTerms, Finding } from '../../engine/types';
import type { PlaybookIssue } from '../../playbook/schema';

export interface CardText {
  /** One sentence: what the clause lets the vendor do (or promises, for a protection). */
  readonly allows: string;
  /** Why it matters, said once. */
  readonly why: string;
  readonly walkAway?: string;
  readonly questions: readonly string[];
}

export function cardText(finding: Pick<Finding, 'category' | 'stance'>, issue: PlaybookIssue | undefined, terms: ContractTerms): CardText {
  const engine = CATEGORY_TEXT[finding.category];
  const risk = finding.stance === 'risk';
  // The playbook's risk paragraph and the engine's make the same point in other words: show only one of them.
  const why = risk && issue ? issue.risk : fillTerms(engine.why, terms);
  return {
    allows: fillTerms(engine.allows, terms),
    why,
    ...(risk && issue ? { walkAway: issue.walkAway } : {}),
    questions: issue ? issue.questions : engine.questions.map((question) => fillTerms(question, terms)),
  };
}

/** The first words of a quote for a one-line card header, cut at a word boundary. */
export function firstWords(quote: string, maxLength = 70): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}
