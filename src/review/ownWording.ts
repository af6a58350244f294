// Recognises the playbook's own drafting in a contract: a sentence that is part of one of the playbook's clauses, in
// this contract's words, was put there by a review (this one or an earlier round) and is the position the lawyer
// chose, fallbacks included. It is never redlined again. Pure: engine types, the playbook and this folder only.
import type { ContractTerms } from '../engine/types';
import type { Playbook } from '../playbook/schema';
import { numberingPrefixLength } from './redline/sentenceSpan';
import { contractWording } from './wording';

/** Spacing, quote marks and a leading clause number do not make wording someone else's. */
export function normaliseWording(text: string): string {
  // The clause number goes ("6.2 ", "(b) ", "B.7 "), never a first word such as "The" in "The Supplier may".
  const trimmed = text.trimStart();
  return trimmed
    .slice(numberingPrefixLength(trimmed))
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    // The words a review adds to its own policy clause beside a clause that lets the vendor change the agreement
    // ("… and no change to any of them or to these Terms (including under Section 13.1), …": see ownTermsChange).
    .replace(/ or to (?:this|these) [A-Z][\w-]* \(including under [^)]{1,40}\),/, ',')
    .trim();
}

export interface OwnWording {
  /** Whether the sentence is part of one of the playbook's clauses, and which position's. */
  readonly positionOf: (sentence: string) => string | undefined;
  /** The issues whose whole clause a paragraph of the document already holds (inserted by an earlier round). */
  readonly issuesIn: (paragraphs: readonly { readonly text: string }[]) => Set<string>;
}

/** Sentences under this length ("Intentionally omitted.") are too common to be anyone's drafting. */
const MIN_SENTENCE = 40;

export function ownWording(playbook: Playbook, terms: ContractTerms): OwnWording {
  // A position's clause as an individual asks it ("without your express consent") is the playbook's drafting too.
  const clauses = playbook.issues.flatMap((issue) =>
    issue.positions.flatMap((position) =>
      [position.clause, ...(position.forIndividuals ? [position.forIndividuals.clause] : [])].map((clause) => ({
        text: normaliseWording(contractWording(clause, terms)),
        id: `${issue.id}/${position.id}`,
        issue: issue.id,
      })),
    ),
  );
  return {
    positionOf: (sentence) => {
      const wanted = normaliseWording(sentence);
      if (wanted.length < MIN_SENTENCE) return undefined;
      return clauses.find((clause) => clause.text.includes(wanted))?.id;
    },
    issuesIn: (paragraphs) => {
      const found = new Set<string>();
      for (const { text } of paragraphs) {
        const paragraph = normaliseWording(text);
        if (paragraph.length < MIN_SENTENCE) continue;
        for (const clause of clauses) if (paragraph.includes(clause.text)) found.add(clause.issue);
      }
      return found;
    },
  };
}
