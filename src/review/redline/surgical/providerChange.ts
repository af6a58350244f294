// The customer's answer to a vendor's power to change its providers: "Supplier may add or replace a Model Provider by
// updating that page and notifying Customer …, and Customer's continued use … shall constitute its acceptance of the
// change". Its risk is not a policy widening the use of the data (the proviso written for policies bit on nothing: the
// lawyer audits of 193 § 7.3 and 196 § 6.1) but new providers receiving the data on notice alone, so the answer is a
// right to object before a new provider receives it, and the flow-down first. Pure: no Office, React or DOM.
import { DEEMED_ACCEPTANCE_LIMB } from '../../deemedAcceptance';
import { escapeRegExp, type SurgicalContext } from './context';
import { sentenceClose } from './grammar';
import type { Splice } from './splice';

/** "may add or replace", "may from time to time update", "may replace … or add": the vendor's power to change. */
const MAY_CHANGE = /\bmay\s+(?:(?:also|from\s+time\s+to\s+time|at\s+any\s+time)\s+)?(?:add|replace|change|substitute|update|amend)\b/i;
/** The contract's own name for what it changes: "AI Providers", "a Model Provider", "Sub-processors", "providers". */
// Starts only where a word starts (hyphens inside it included), so the search stays linear.
const PROVIDER_NOUN = /(?<![\w-])((?:[A-Z][\w-]*\s+){0,2}(?:[Pp]roviders?|[Ss]ub-?processors?))\b/;
/** The customer's say over the change is already in the sentence ("unless it objects within that period"). */
const OBJECTION = /\bobject(?:s|ed|ion|ions)?\b|\bapprov(?:e|es|al)\b|\bconsent\b/i;
/**
 * ", and Client's sole remedy if it objects to a change is to disable Sentinel Assist under Section 10": an objection
 * whose only remedy is to stop using the feature gives no say over the provider (audit87, 236 Addendum ¶5). The limb
 * goes with the objection right that replaces it. Starts at a comma, so the search stays linear. A stop inside a clause
 * number ("under Section A.6 of Exhibit A") ends nothing (413 § 9.2 was cut at "Section A").
 */
const SOLE_REMEDY_LIMB =
  /,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w-]*(?:['’]s|s['’])?\s+(?:sole|only|sole\s+and\s+exclusive|exclusive)\s+remedy\b[^;.]{0,40}?\bobject(?:[^;.]|\.(?=\d)){0,200}?(?=;|\.(?!\d)|$)/;
/**
 * ", and if Bank reasonably objects on data protection grounds, Bank's sole remedy shall be to disable the affected AI
 * Feature": the same remedy with the objection first (audit211, 465 § 7.3). Starts at a comma, so the search stays linear.
 */
const OBJECTION_THEN_SOLE_REMEDY =
  /,\s*(?:and\s+)?if\s+(?:the\s+)?[A-Z][\w-]*\s+(?:reasonably\s+)?objects?\b[^;.]{0,120}?,\s*(?:the\s+)?[A-Z][\w-]*(?:['’]s|s['’])?\s+(?:sole|only|sole\s+and\s+exclusive|exclusive)\s+remedy\b(?:[^;.]|\.(?=\d)){0,200}?(?=;|\.(?!\d)|$)/;
const soleRemedyLimb = (sentence: string): RegExpExecArray | null => SOLE_REMEDY_LIMB.exec(sentence) ?? OBJECTION_THEN_SOLE_REMEDY.exec(sentence);
const sayOver = (sentence: string): boolean => OBJECTION.test(sentence.replace(SOLE_REMEDY_LIMB, '').replace(OBJECTION_THEN_SOLE_REMEDY, ''));
/**
 * "… the hosting providers and Model Providers listed on the Licensor's sub-processor page at …, as updated from time
 * to time": a list of providers the vendor keeps changing is the same power, said in the passive (audit71, 206 § 8.3).
 */
// Starts at a comma or at the end of a word, so the search stays linear.
const LIST_UPDATED = /(?:,|(?<!\s))\s*as\s+(?:updated|amended|changed|revised)\s+from\s+time\s+to\s+time\b/i;
const LISTED = /\blisted\b/i;
/** The vendor's list of providers, changing from time to time: where it changes, or undefined. */
const listChanges = (sentence: string, updated = LIST_UPDATED, listed = LISTED): RegExpExecArray | null => {
  const change = updated.exec(sentence);
  const before = change === null ? '' : sentence.slice(0, change.index);
  return change !== null && listed.test(before) && PROVIDER_NOUN.test(before) ? change : null;
};
/**
 * "The Model Providers … are identified at https://…, as that page may be updated from time to time." beside the power
 * to change them (audit87, 236 Addendum ¶5): the same list in other words. Read only to leave the list sentence to
 * the power's; on its own such a sentence may defer to another clause's procedure ("in accordance with Section 5.2").
 */
const LIST_UPDATED_ANY_WAY =
  /(?:,|(?<!\s))\s*as\s+(?:(?:that|the|this)\s+[a-z]+\s+(?:may\s+be\s+|is\s+)?|it\s+(?:may\s+be\s+|is\s+)?)?(?:updated|amended|changed|revised)\s+from\s+time\s+to\s+time\b/i;
const LISTED_ANY_WAY = /\b(?:listed|identified|set\s+out|published|specified)\b/i;
/** A sentence that lists the providers as the vendor keeps them, without itself stating the power to change them. */
const onlyLists = (sentence: string): boolean => MAY_CHANGE.exec(sentence) === null && listChanges(sentence, LIST_UPDATED_ANY_WAY, LISTED_ANY_WAY) !== null;
/**
 * "… listed on the Trust Center (as updated from time to time). … Pitchwell may add or replace Model Providers by
 * updating the Trust Center.": where the paragraph also states the power outright, the right to object goes there
 * once, not on the list as well (audit72, 209 § G3 had the proviso twice).
 */
export const listChangeStatedElsewhere = (sentence: string, paragraph: string): boolean =>
  onlyLists(sentence) && changesProviders(paragraph.replace(sentence, ''));
/** The list sentence once the power beside it gives the customer its say: what the self-check leaves as answered. */
export const listAnsweredElsewhere = (sentence: string, paragraph: string): boolean => {
  const rest = paragraph.replace(sentence, '');
  const change = MAY_CHANGE.exec(rest);
  return onlyLists(sentence) && change !== null && PROVIDER_NOUN.test(rest.slice(change.index)) && sayOver(rest);
};
/** Whether the sentence gives the vendor a power to change its providers with no say for the customer. */
export const changesProviders = (sentence: string): boolean => {
  const change = MAY_CHANGE.exec(sentence);
  return ((change !== null && PROVIDER_NOUN.test(sentence.slice(change.index))) || listChanges(sentence) !== null) && !sayOver(sentence);
};

/** "Page", "List", "Register" after the noun: the noun names a list of providers, not one of them. */
const LIST_AFTER = /^\s*(?:Page|List|Register|Website|Site)\b/;

/** The provider's name as one of them: "AI Providers" → "AI Provider", "Sub-processors" → "Sub-processor". */
const singular = (noun: string): string => noun.replace(/s$/, '');

/**
 * The splices that give the customer its say, or undefined when the sentence is no vendor's power to change its
 * providers or already gives the customer a say. `text` is the playbook's proviso, whose word "provider" stands for
 * the contract's own name of what changes.
 */
export function objectionRight(context: SurgicalContext, text: string): Splice[] | undefined {
  const { sentence } = context;
  if (!changesProviders(sentence)) return undefined;
  const change = MAY_CHANGE.exec(sentence);
  // The vendor is who may change ("We may add …", "We list our current Model Providers … and may add …"): the last
  // party named before "may" is the vendor, never the customer. A list "as updated from time to time" is the vendor's.
  const parties = [...context.vendorNames, context.terms.customer, 'you', 'You'].filter((name) => name !== '');
  const named = change === null ? null : [...sentence.slice(0, change.index).matchAll(new RegExp(`\\b(?:${parties.map(escapeRegExp).join('|')})\\b(?![’']s)`, 'g'))].pop();
  if (change !== null && (!named || !context.vendorNames.includes(named[0]))) return undefined;
  const afterChange = change === null ? null : PROVIDER_NOUN.exec(sentence.slice(change.index));
  const noun = afterChange ?? PROVIDER_NOUN.exec(sentence);
  if (!noun?.[1]) return undefined;
  const nounEnd = (afterChange && change ? change.index : 0) + noun.index + noun[0].length;
  // "may update … the Sub-processor Page": the page lists the providers and is no provider; the contract's own word for
  // one ("sub-processor") names them (audit189, 427 § 14.3 bound an undefined "Sub-processor").
  const listed = LIST_AFTER.test(sentence.slice(nounEnd));
  const name = listed ? context.terms.subprocessor ?? singular(noun[1].trim()).toLowerCase() : singular(noun[1].trim());
  const proviso = text.replace(/\bproviders?\b/g, (word) => (word.endsWith('s') ? `${name}s` : name));
  const deemed = DEEMED_ACCEPTANCE_LIMB.exec(sentence) ?? soleRemedyLimb(sentence);
  const struck: Splice[] = deemed ? [{ start: deemed.index, end: deemed.index + deemed[0].length, text: '' }] : [];
  const at = sentenceClose(sentence);
  return [...struck, { start: at, end: at, text: `, ${proviso}` }];
}
