// Two forms of a vendor's permission that the ban reads in their own way: the customer's authorisation ("Customer
// authorizes Vendor to use …"), and a use of the customer's own data for any purpose, which is narrowed, never banned.
// Pure: must not import Office, React, the DOM or Node.
import { escapeRegExp, namesPattern, type SurgicalContext } from './context';
import type { Found } from './grammar';
import type { Splice } from './splice';
import { numberingPrefixLength } from '../sentenceSpan';

/** ", provided that", "on condition that", ", provided such …" ("that" is often left out after the comma): a proviso. */
export const PROVISO = /\b(?:provided\s+(?:always\s+)?(?:that|however)|on\s+condition\s+that)\b|,\s*provided\s+(?=(?:such|any|each|all|the|it|they|no)\s)/i;

/**
 * "may retain, use and disclose Customer Personal Data for any business purpose permitted …, including to build …, to
 * detect security incidents …": the object (up to the open purpose) is the customer's own data, not what is derived.
 */
const OWN_DATA_FOR_ANY_PURPOSE = /^\s+(?:(?!(?:for|to)\s)[^;.]){1,80}?\sfor\s+any\s+(?:lawful\s+|business\s+|commercial\s+)?purposes?\b/i;
/**
 * "Customer therefore authorizes Trussline to use Site Imagery … to train …": the customer's authorisation is the
 * vendor's permission. The ban drops the frame and takes the "to" ("Trussline shall not use …"), keeping an inline
 * definition the rest of the contract uses (audit169, 387 § 5.2 was left standing to keep "Feedback Annotations").
 */
export function authorisedUse(context: SurgicalContext): { readonly permission: Found; readonly frame: Splice } | undefined {
  const customers = [context.terms.customer, context.terms.customer.replace(/^the\s+/i, 'The ')].filter((name) => name.length > 1);
  const frame = new RegExp(String.raw`^(?:The\s+)?(?:${namesPattern(customers)})\s+(?:(?:therefore|hereby|expressly)\s+)?(?:authori[sz]es|permits|allows)\s+(?=(?:${namesPattern(context.vendorNames)})\s+to\s+(?:use|process|analy[sz]e|include)\b)`);
  // A lead-in to a list of conditions, or an authorisation on a proviso, is answered whole, with what hangs on it.
  if (/:\s*$/.test(context.sentence) || PROVISO.test(context.sentence)) return undefined;
  const lead = numberingPrefixLength(context.sentence);
  const found = frame.exec(context.sentence.slice(lead));
  if (!found) return undefined;
  const vendor = context.vendorNames.find((name) => context.sentence.startsWith(`${name} to `, lead + found[0].length));
  if (!vendor) return undefined;
  const toStart = lead + found[0].length + vendor.length + 1;
  return { permission: { start: toStart, end: toStart + 2 }, frame: { start: lead, end: lead + found[0].length, text: '' } };
}

/** The customer's data by its umbrella term, or "Customer Personal Data": the customer's name and data, nothing derived. */
function ownData(object: string, { terms }: SurgicalContext): boolean {
  if (object.includes(terms.customerData)) return true;
  const named = new RegExp(String.raw`\b${escapeRegExp(terms.customer)}(?:['’]s)?\s+(?:[A-Z][\w-]{0,30}\s+){0,2}(?:Data|Information)\b`);
  return named.test(object) && !DERIVED_OBJECT.test(object);
}
const DERIVED_OBJECT = /\b(?:aggregat|anonymi[sz]|de-?identif|usage|statistic|telemetry|metadata|feedback|insights?\b|analytics\b)/i;

/** Whether the permission ending at `from` uses the customer's own data for any purpose: narrowed, not banned. */
export function openUseOfOwnData(context: SurgicalContext, from: number): boolean {
  const openUse = OWN_DATA_FOR_ANY_PURPOSE.exec(context.sentence.slice(from));
  return openUse !== null && ownData(openUse[0], context);
}
