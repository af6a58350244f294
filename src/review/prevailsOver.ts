// A no-training clause inserted beside clauses that still allow training reads as a contradiction (the lawyer audits of
// agreements 81–84: six of eleven failures): the new clause says which clauses it overrides ("Notwithstanding Sections
// 1.5 and 3.3, Provider shall not use …"), so the lawyer and the counterparty see what gives way. Pure: engine types
// and the wording helpers only.
import type { Analysis, CategoryId, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { isCustomerOption } from './customerOption';
import { commentWording } from './wording';

/** The grants a clause against training overrides. */
const OVERRIDDEN: readonly CategoryId[] = ['ai-training', 'service-improvement'];

/**
 * The inserted clause opened with "Notwithstanding …" naming the numbered clauses whose training or improvement grant
 * the review leaves standing (`edited` says which paragraphs it changed), with a sentence for the comment; undefined
 * when none is left or none has a number to cite.
 */
export function prevailingOver(clause: string, analysis: Analysis, paragraphs: readonly Paragraph[], edited: (paragraph: number) => boolean): { clause: string; reason: string } | undefined {
  const left = analysis.findings.filter((f) => f.stance === 'risk' && OVERRIDDEN.includes(f.category) && !isCustomerOption(f) && !edited(f.paragraph));
  const numbers = [...new Set(left.map((f) => numberAtStart(paragraphs[f.paragraph]?.text ?? '')).filter((n): n is string => n !== undefined))];
  if (numbers.length === 0 || /^Notwithstanding\b/.test(clause)) return undefined;
  const word = provisionWord(analysis.terms);
  const cited = numbers.length === 1 ? `${word} ${numbers[0]}` : `${word}s ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
  const cap = cited.charAt(0).toUpperCase() + cited.slice(1);
  const opening = /^(?:We|The|It|This)\b/.test(clause) ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause;
  return {
    clause: `Notwithstanding ${cited}, ${opening}`,
    reason: commentWording(`${cap} would otherwise still allow that use, so this clause prevails over ${numbers.length === 1 ? 'it' : 'them'}.`, analysis.terms),
  };
}
