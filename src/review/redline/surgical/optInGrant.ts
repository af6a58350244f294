// Turns a grant the customer makes unless it switches something off into one it makes only if it switches it on:
// "Unless your workspace owner has turned off Model Improvement, you also grant us a licence to … train …" becomes
// "If your workspace owner has turned on Model Improvement, you also grant us …". A grant the customer makes has no
// vendor "may" to negate, so opt-in is the nearest the customer's words come to the position. Pure: no Office or DOM.
import type { Analysis, Finding, RedlineOp } from '../../../engine/types';
import { escapeRegExp, namesPattern, vendorNames } from './context';
import type { Splice } from './splice';

/** "Unless you have opted out", "Unless your workspace owner has turned off X," opening the sentence. */
// "Unless the Customer opts out under item 6 of this Schedule, the Customer participates in … Program" is the same
// default enrolment (audit81, 226 Sch 2 item 5).
const OPT_OUT_OPENING =
  /^((?:\(?[a-z0-9]{1,4}(?:[.)][a-z0-9]{1,4}){0,3}[.)]?\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\.\s+)?)(Unless)\s+([^,;]{1,120}?)\b(turned\s+off|switched\s+off|disabled|opted\s+out\s+of|opted\s+out|opts\s+out\s+of|opts\s+out)\b([^,;]{0,120}),\s+(?=(?:you|the\s+customer|customer|client|licensee|(?:the\s+)?[A-Z][\w-]*)\s+(?:also\s+)?(?:grants?|participates?|is\s+enrolled|takes\s+part)\b)/i;
/** The opt-out's own mechanism cited after it ("under item 6 of this Schedule"): an opt-in does not go through it. */
const CITED_MECHANISM = /^\s*(?:under|in\s+accordance\s+with|pursuant\s+to|as\s+described\s+in)\b/i;

const ON: Readonly<Record<string, string>> = {
  'turned off': 'turned on',
  'switched off': 'switched on',
  disabled: 'enabled',
  'opted out of': 'opted in to',
  'opted out': 'opted in',
  'opts out of': 'opts in to',
  'opts out': 'opts in',
};

/** The customer's grant verbs, and the base form they take after "may": "authorises" becomes "may … authorise". */
const GRANT_BASE: Readonly<Record<string, string>> = {
  authorises: 'authorise', authorizes: 'authorize', permits: 'permit', allows: 'allow', grants: 'grant', instructs: 'instruct',
};
/** A purpose of serving the customer: a grant that carries it is the service's own licence and must not become optional. */
const SERVES_CUSTOMER = /\b(?:provid(?:e|es|ing)|perform(?:s|ing)?|deliver(?:s|ing)?|operat(?:e|es|ing)|host(?:s|ing)?|support(?:s|ing)?|maintain(?:s|ing)?)\b/i;
/** A grant already waiting on the customer's choice: nothing to turn round. */
const ALREADY_CHOSEN = /\b(?:consent|opts?[- ]in|opted[- ]in|elects?|written\s+notice|if|unless|where)\b/i;

/**
 * "… and accordingly Society authorises Corvexa to use Society Data … to train … the Models" (audit228, 499 A4.1): a
 * present grant of training by the customer, which other clauses cite ("Models trained in accordance with paragraph
 * A4.1"), becomes the customer's own option, "Society may, by written notice, authorise Corvexa to …": nothing is
 * trained until it chooses, and the clauses that cite it still read. Never where the grant also serves the customer.
 */
export function optionalGrant(text: string, finding: Finding, analysis: Analysis): RedlineOp[] | undefined {
  const customer = analysis.terms.customer;
  const names = vendorNames(analysis);
  const sentence = text.slice(finding.start, finding.end);
  if ((analysis.mode ?? 'customer') !== 'customer' || !customer || names.length === 0) return undefined;
  if (SERVES_CUSTOMER.test(sentence) || ALREADY_CHOSEN.test(sentence)) return undefined;
  // "therefore" and "accordingly" stay the contract's words; "hereby" makes a grant of the present, and "further" or
  // "also" adds one to another, which the option no longer is ("Client further may" does not read, 480 § 4.3).
  const grant = new RegExp(String.raw`\b${escapeRegExp(customer)}\s((?:(?:hereby|further|also)\s)?)((?:(?:therefore|accordingly)\s)?)(authori[sz]es|permits|allows|grants|instructs)\s(?=${namesPattern(names)}\b)`).exec(sentence);
  const base = grant && GRANT_BASE[(grant[3] ?? '').toLowerCase()];
  if (!grant || !base) return undefined;
  const dropped = grant[1] ?? '';
  const at = finding.start + grant.index + customer.length + 1;
  const verbAt = at + dropped.length + (grant[2] ?? '').length;
  const verb = grant[3] ?? '';
  // One deletion where nothing kept stands between the dropped word and the verb ("[-further grants-]").
  const from = grant[2] ? verbAt : at;
  return [
    ...(dropped && grant[2] ? [{ kind: 'delete' as const, start: at, end: at + dropped.length, text: dropped }] : []),
    { kind: 'delete', start: from, end: verbAt + verb.length, text: sentence.slice(from - finding.start, verbAt + verb.length - finding.start) },
    { kind: 'insert', at: verbAt + verb.length, text: `may, by written notice, ${base}` },
  ];
}

/** The splices, or undefined when the sentence does not open with the customer's opt-out of its own grant. */
export function optInGrant(sentence: string): Splice[] | undefined {
  const match = OPT_OUT_OPENING.exec(sentence);
  const [, number = '', unless = '', who = '', off = ''] = match ?? [];
  if (!match || !unless || !off) return undefined;
  const unlessAt = number.length;
  const offAt = unlessAt + unless.length + match[0].slice(unlessAt + unless.length).indexOf(off);
  const on = ON[off.toLowerCase().replace(/\s+/g, ' ')];
  if (!on || who.length === 0) return undefined;
  const rest = match[5] ?? '';
  // "opts in under item 6" would send the opt-in through the opt-out's procedure: the customer opts in by written notice.
  const cited = CITED_MECHANISM.test(rest);
  return [
    { start: unlessAt, end: unlessAt + unless.length, text: 'If' },
    cited ? { start: offAt, end: offAt + off.length + rest.length, text: `${on} by written notice` } : { start: offAt, end: offAt + off.length, text: on },
  ];
}
