// The comment that answers one of the other side's changes: which clause, what their change would do in the
// contract's own words, and our position. Internal comments carry the "[Internal]" mark so they can be stripped.
// Shared by the pane's Counter and `review --round2`. Pure: must not import Office, React, the DOM globals or fs.
import { fillTerms } from '../engine/explainFinding';
import { CATEGORY_TEXT } from '../engine/explanations';
import { PROTECTIVE_CATEGORIES, type CategoryId, type ContractTerms } from '../engine/types';
import { markInternal } from './internalMark';
import type { ChangeEffect } from './judgeChanges';

export interface CounterFacts {
  readonly effect: ChangeEffect;
  readonly category: CategoryId | null;
  /** The contract's own number for the clause ("3.3"). */
  readonly clause: string;
  readonly author: string;
  /** What they did: "inserted “…”", "deleted “…”". */
  readonly what: string;
}

export interface CounterPosition {
  readonly label: string;
  readonly wording: string;
}

export function counterComment(facts: CounterFacts, terms: ContractTerms, audience: 'internal' | 'external', position?: CounterPosition): string {
  const where = /^[\d(]/.test(facts.clause) ? `clause ${facts.clause}` : facts.clause;
  const meaning = facts.category ? lowerFirst(fillTerms(CATEGORY_TEXT[facts.category].allows, terms)).replace(/\.$/, '') : '';
  // A risk added to a protection's clause is a carve-out: the clause keeps its promise but opens an exception to it.
  const carveOut = facts.effect === 'adds-risk' && facts.category !== null && (PROTECTIVE_CATEGORIES as readonly string[]).includes(facts.category);
  const because = !meaning
    ? ''
    : facts.effect === 'removes-protection'
      ? ` because it takes out the promise that ${meaning}`
      : carveOut
        ? ` because it carves an exception out of the promise that ${meaning}`
        : facts.effect === 'adds-risk'
          ? ` because with it ${meaning}`
          : '';
  const ours = position ? ` Our position (${position.label}): “${position.wording}”` : '';
  const text = `We have not accepted this change to ${where}${because}.${ours}`;
  return audience === 'internal' ? markInternal(`${text} Their change, by ${facts.author}: ${facts.what}.`) : text;
}

function lowerFirst(text: string): string {
  // Keep defined terms and names capitalised: only a plain first word is lowered ("The clause…" → "the clause…").
  return /^(The|This|These|Data)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
