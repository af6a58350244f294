// "12.2 Fernhollow may modify this Agreement by posting a revised version …": beside a clause that lets the vendor
// change the agreement itself on notice, an inserted clause saying that no policy "and no change to any of them" widens
// the use of the data leaves the main route open. The lawyer audits of 317, 319 and 324 each listed the change clause
// as missed: a posted revision of the Terms could take back every edit the review made. The inserted clause names the
// change clause and covers changes to the agreement too. Pure: engine types and the review's own helpers only.
import type { Analysis, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { escapeRegExp } from './redline/surgical/context';
import { commentWording } from './wording';

/** What the inserted clause says of changes, and the contract's name for itself just before it. */
const CHANGES_TO_POLICIES = /\breferred to in (this [A-Z][\w-]*|these [A-Z][\w-]*), and no change to any of them,/;

/** "may modify", "reserves the right to amend", "may from time to time update": a right to change, not a duty. */
export const CHANGE_RIGHT = String.raw`(?:may|can|reserves?\s+the\s+right\s+to)\s+(?:(?:at\s+any\s+time|from\s+time\s+to\s+time|unilaterally)\s+)?(?:modify|amend|update|change|revise|vary|replace)`;

/** "the AI Addendum", "this Data Schedule": a part of the agreement, which a change to changes the agreement. */
const PART_OF_AGREEMENT = String.raw`(?:[A-Z][\w-]*\s+){0,3}(?:Addendum|Schedule|Exhibit|Annex)`;

/** "Saltmarsh may amend these terms": the agreement calling itself its terms, whatever its defined name (377 § 15.3). */
const OWN_TERMS = String.raw`[Tt]erms(?:\s+and\s+conditions)?`;

/** "Quillmark may amend these Subscription Terms": the terms under a name of their own, which "these" makes this document's. */
const NAMED_OWN_TERMS = String.raw`these\s+(?:[A-Z][\w-]*\s+){1,2}Terms`;

/** A change that needs both parties' signatures is no unilateral change. */
const NEEDS_BOTH = /\bsigned\s+by\s+(?:both|each\s+of\s+the|the|all)\s+part(?:y|ies)\b|\bmutual(?:ly)?\s+(?:written\s+)?agree/i;

/** A clause giving the vendor a power to change the agreement: where, its number, and what it calls what it changes. */
export interface ChangeClause {
  readonly paragraph: number;
  readonly number: string;
  /** Just after the agreement's name in the power ("We may modify these Terms|"). */
  readonly at: number;
  /** "these Terms", "this Addendum": the agreement as the power names it. */
  readonly named: string;
}

/**
 * The number of the first clause whose vendor may change the agreement itself ("We may update these Terms …",
 * "Quillmark may modify this Agreement …"), or undefined. Only the vendor's own right counts: "This Agreement may be
 * amended only in writing signed by both parties" changes nothing alone.
 */
export function ownTermsChangeClause(analysis: Analysis, paragraphs: readonly Paragraph[]): ChangeClause | undefined {
  const vendors = [analysis.terms.vendor, ...analysis.parties.vendorAliases, 'We']
    .filter((name, at, all) => name.length > 1 && all.indexOf(name) === at)
    .map(escapeRegExp);
  const agreement = escapeRegExp(analysis.terms.agreement.replace(/^(?:this|these|the)\s+/i, ''));
  const change = new RegExp(
    String.raw`(?:^|[.;:]\s+|^[\w.()]+\s+)(?:the\s+)?(?:${vendors.join('|')})\s+${CHANGE_RIGHT}\b[^.;]{0,40}?\b((?:this|these|the)\s+(?:${agreement}|${PART_OF_AGREEMENT}|${OWN_TERMS})|${NAMED_OWN_TERMS})\b`,
  );
  for (let index = 0; index < paragraphs.length; index++) {
    const text = paragraphs[index]?.text ?? '';
    if (NEEDS_BOTH.test(text)) continue;
    const found = change.exec(text);
    const number = found ? numberAtStart(text) : undefined;
    if (found && number !== undefined) return { paragraph: index, number, at: found.index + found[0].length, named: found[1] ?? '' };
  }
  return undefined;
}

/**
 * The inserted policy clause widened to the agreement's own changes ("… referred to in these Terms, and no change to
 * any of them or to these Terms (including under Section 13.1), will expand …"), with a sentence for the comment; or
 * undefined where the contract has no such clause, the review edits it already, or the clause is worded otherwise.
 */
export function coveringOwnTermsChanges(
  clause: string,
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  edited: (paragraph: number) => boolean,
): { clause: string; reason: string } | undefined {
  const said = CHANGES_TO_POLICIES.exec(clause);
  const found = said ? ownTermsChangeClause(analysis, paragraphs) : undefined;
  if (!said || !found || edited(found.paragraph)) return undefined;
  const cited = `${provisionWord(analysis.terms)} ${found.number}`;
  const widened = `referred to in ${said[1]}, and no change to any of them or to ${said[1]} (including under ${cited}),`;
  return {
    clause: clause.slice(0, said.index) + widened + clause.slice(said.index + said[0].length),
    reason: commentWording(`${cited.charAt(0).toUpperCase()}${cited.slice(1)} allows changes to ${said[1]}, so this clause covers them too.`, analysis.terms),
  };
}
