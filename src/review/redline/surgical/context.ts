// What a surgical edit may look at: the sentence, the finding's evidence inside it and the contract's party names.
// Pure: must not import Office, React, the DOM or Node.
import type { Analysis, ContractTerms, ReviewMode, Signal } from '../../../engine/types';

export interface SurgicalContext {
  /** The sentence being edited, without any clause number. */
  readonly sentence: string;
  /** Evidence signals that fall inside the sentence, with offsets made sentence-relative. */
  readonly evidence: readonly Signal[];
  readonly terms: ContractTerms;
  /** Every name the contract uses for the vendor ("Provider", "we"), longest first. */
  readonly vendorNames: readonly string[];
  /** Whose side the review is on: the vendor's and the data holder's playbooks add carve-outs to promises. */
  readonly mode: ReviewMode;
  /** Another clause of the contract already promises deletion (unscoped): a deletion duty added here would be a second. */
  readonly deletionElsewhere?: boolean;
  /** The sentence with what earlier edits of the list struck blanked out: a word already struck vetoes no later edit. */
  readonly remaining?: string;
  /** What each defined term of the contract means ("Aggregated Data" → "statistical data … from which neither …"). */
  readonly meanings?: ReadonlyMap<string, string>;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression source matching any of the names as whole words. */
export function namesPattern(names: readonly string[]): string {
  return `(?:${names.map(escapeRegExp).join('|')})`;
}

/** Every name the contract uses for the vendor, longest first. */
export function vendorNames(analysis: Analysis): string[] {
  const names = [analysis.terms.vendor, analysis.parties.vendor, ...analysis.parties.vendorAliases].filter((name): name is string => Boolean(name?.trim()));
  // "we" in the contract's party list opens a sentence as "We".
  const capitalised = names.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
  return [...new Set([...names, ...capitalised])].sort((a, b) => b.length - a.length);
}
