// A use the customer itself must choose: the engine scopes such a finding "only if Client authorises it" ("If Client
// joins the Pilot Programme, Client grants … to train …"). The review keeps the option, writes its protections subject
// to it, and does not count it as a risk it wrote. Pure: engine types only.
import type { Finding, RedlineOp } from '../engine/types';
import { escapeRegExp } from './redline/surgical/context';

const AUTHORISED_ONLY = /^only if\b.*\bauthoris/i;

export const isCustomerOption = (finding: Finding): boolean => finding.stance === 'risk' && AUTHORISED_ONLY.test(finding.scope ?? '');

/**
 * The customer's option that a finding belongs to: its own, or that of another reading of the same sentence ("If you
 * enroll a project …, you grant us a perpetual licence": the licence and its term are the option's too).
 */
export const customerOptionOf = (finding: Finding, sentence: readonly Finding[]): Finding | undefined =>
  isCustomerOption(finding) ? finding : sentence.find((f) => f.start === finding.start && isCustomerOption(f));

/** "perpetual and irrevocable", "perpetual, irrevocable": the words that make a licence outlast the agreement. */
const ENDLESS_RUN = /\b(?:perpetual|irrevocable)(?:(?:,\s+and\s+|,\s+|\s+and\s+)(?:perpetual|irrevocable))*\b/i;

/**
 * Within the customer's option only the term is the lawyer's to take back: "royalty-free, perpetual and irrevocable
 * licence" loses ", perpetual and irrevocable" and the licence ends with the agreement; the option's scope stays.
 */
export function strikeEndlessTerm(text: string, finding: Finding): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  const found = ENDLESS_RUN.exec(sentence);
  if (!found) return undefined;
  const at = finding.start + found.index;
  const end = at + found[0].length;
  if (text.startsWith(', ', end)) return [{ kind: 'delete', start: at, end: end + 2, text: text.slice(at, end + 2) }];
  if (text.slice(at - 2, at) === ', ') return [{ kind: 'delete', start: at - 2, end, text: text.slice(at - 2, end) }];
  return undefined;
}

/**
 * "4.3 The OEM may, on six months' notice, require the Supplier to cease including Vehicle Data …": a sentence whose
 * subject is the customer using a right of its own. A proviso added to it ("provided that such data is aggregated …")
 * would make the customer's right conditional (lawyer audit of agreement 52); strikes of the vendor's half stay open.
 */
export function isCustomerRight(quote: string, customer: string | readonly string[]): boolean {
  const body = quote.replace(/^\s*(?:[A-Z]?\d+(?:\.\d+)*\.?|\([a-z0-9]+\))\s+/, '');
  // "Customer may opt out …" in the vendor's terms attached to Orlenbrook's own paper: any name the customer goes by.
  const name = (typeof customer === 'string' ? [customer] : customer).map(escapeRegExp).join('|');
  // "Workspace administrators may opt out …", "Customer's administrators may …": those who act for the customer.
  // "Account owners on the Plus and Advanced plans can …": the owners of the customer's account, on some plans.
  const admins = `(?:(?:${name}|your)(?:['’]s)?\\s+)?(?:(?:workspace\\s+|account\\s+|system\\s+)?(?:administrators?|admins?)|(?:workspace|account)\\s+owners?)(?:\\s+on\\s+[^.;,]{1,40}?\\s+plans?)?`;
  // "Customers on an Enterprise Plan may opt out …": the customer, as one of those on the plan it may be on.
  const onPlan = `(?:${name})s?\\s+on\\s+[^.;,]{1,40}?\\s+plans?`;
  // "An account administrator may opt out …", "Any workspace admin can …": one of them, said with its article.
  return new RegExp(`^(?:(?:the|an?|any|each)\\s+)?(?:${onPlan}|${name}|you|${admins})\\s+(?:may|can|shall\\s+be\\s+entitled\\s+to|is\\s+entitled\\s+to)\\b`, 'i').test(body);
}

/** "grants the OEM a … licence", "grants you a licence": a licence the customer receives, not one it gives. */
export function grantsToCustomer(quote: string, customer: string): boolean {
  const name = escapeRegExp(customer);
  return new RegExp(`\\bgrants?\\s+(?:to\\s+)?(?:the\\s+)?(?:${name}|you)\\b[^.;]{0,120}?\\blicen[cs]e\\b`, 'i').test(quote);
}
