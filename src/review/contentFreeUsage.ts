// '"Usage Data" means technical data about the performance and use of the Services …, but excluding Project Data', then
// "Provider may collect and use Usage Data to operate, maintain, improve and develop the Services and Provider's other
// products and services": usage data the contract itself keeps apart from the customer's data. Improving the service
// the customer buys with it is the market's norm; only the vendor's other business goes (lawyer audits 63 and 64
// marked bans on such telemetry as overreach). Pure: engine types only.
import type { Analysis, Finding, RedlineOp } from '../engine/types';
import { customerDataNames } from './namesTheData';
import { DERIVED_DATA_NAME } from './redline/surgical';
import { escapeRegExp } from './redline/surgical/context';

/** "…, but excluding Project Data", "which does not include Customer Content", "which do not contain the content of any Conversation Data" (382): a definition that leaves data out. */
const EXCLUSION = /\b(?:exclud(?:es|ing)|but\s+not|(?:does|do)\s+not\s+(?:include|contain)|not\s+including|other\s+than|contain(?:s|ing)?\s+no)\b/i;
const OTHER_DERIVED = new RegExp(DERIVED_DATA_NAME, 'i');
/** Findings that only use or improve with usage data: the ones a content-free definition answers. */
// "Service Analytics (including edit-distance statistics …) … may be used … both during and after the Term" (380 Sch 2
// ¶7): statistics named inside the usage data, and its use after the end, are the same usage data.
const USAGE_RULES = new Set(['improvement-grant', 'usage-improvement-grant', 'usage-data-grant', 'aggregated-data', 'kept-after-end']);
/** " and Provider's other products and services", " and its new offerings": the vendor's other business after the service. */
export const OTHER_BUSINESS =
  /(?<=\S)(?<!\b(?:other|current|existing|new))\s+and\s+(?:(?:its|our|their|(?:the\s+)?[A-Z][\w-]*['’]s)\s+)?(?:(?:other|new|future|current|existing)(?:\s+(?:and|or)\s+|,\s+|\s+)){1,4}?(?:products|services|offerings|technologies)(?:,?\s+(?:and|or)\s+(?:services|technologies|offerings))?/;

/**
 * The usage-data terms whose definition leaves the customer's data out, as the contract writes them; or a sentence of
 * their own that does ("Usage Data shall not include Company Data in identifiable form", audit78, 218 § 5(f)).
 */
export function contentFreeUsageTerms(analysis: Analysis, paragraphs: readonly { readonly text: string }[]): string[] {
  const data = customerDataNames(analysis);
  const leavesOut = (excluded: string) => excluded !== '' && (data.some((t) => excluded.includes(t)) || /\b(?:content|customer data)\b/.test(excluded));
  return analysis.definitions
    .filter((d) => d.denotes === 'usage-data')
    .filter((d) => {
      const cut = EXCLUSION.exec(d.meaning);
      return leavesOut(cut ? d.meaning.slice(cut.index, cut.index + 80).toLowerCase() : '') || saidToLeaveOut(d.term, paragraphs).some(leavesOut);
    })
    .map((d) => d.term);
}

/** What sentences opening on the term say it does not include: "Usage Data shall not include Company Data …". */
function saidToLeaveOut(term: string, paragraphs: readonly { readonly text: string }[]): string[] {
  const opening = new RegExp(`(?:^|[.;:]\\s+|^\\S+\\s+)${escapeRegExp(term)}\\s+(?:shall|will|does|do|must)\\s+not\\s+(?:include|contain|comprise)\\s`, 'g');
  return paragraphs.flatMap((p) => [...p.text.matchAll(opening)].map((m) => p.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80).toLowerCase()));
}

/**
 * How a finding about content-free usage data is answered: the vendor's other business struck where the sentence
 * names it, otherwise left standing. Undefined when the finding is not only about such usage data.
 */
export function contentFreeUsageAnswer(
  text: string,
  finding: Finding,
  terms: readonly string[],
  customerData: readonly string[],
): { readonly ops?: RedlineOp[]; readonly reason: string } | undefined {
  if (terms.length === 0 || !finding.rules.every((rule) => USAGE_RULES.has(rule))) return undefined;
  if (finding.category !== 'service-improvement' && finding.category !== 'aggregated-data' && finding.category !== 'survival-retention') return undefined;
  const sentence = text.slice(finding.start, finding.end);
  const named = terms.find((term) => sentence.includes(term));
  // The sentence must name nothing of the customer's own beside the usage data ("Usage Data and Project Data").
  const rest = terms.reduce((s, term) => s.split(term).join(' '), sentence);
  const lower = rest.toLowerCase();
  if (named === undefined || customerData.some((t) => namedBesideUsage(lower, t.toLowerCase()))) return undefined;
  // "Technical Data and Anonymised Data": data derived from the customer's beside it is answered as derived data.
  if (OTHER_DERIVED.test(rest)) return undefined;
  const reason = `the contract defines ${named} to leave the customer's data out; using it for the service the customer buys is the market's norm`;
  if (finding.category !== 'service-improvement') return { reason };
  const other = OTHER_BUSINESS.exec(sentence);
  if (!other) return { reason };
  const start = finding.start + other.index;
  return { ops: [{ kind: 'delete', start, end: start + other[0].length, text: other[0] }], reason: `${reason}; only the vendor's other business is struck` };
}

/**
 * Whether the sentence names the customer's data other than to leave it out: "… log-in times, but excluding the content
 * of Company Data ("Usage Data"), and may use Usage Data to improve" defines the usage data in the sentence that uses it.
 */
function namedBesideUsage(lower: string, term: string): boolean {
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
    const before = lower.slice(Math.max(0, at - 40), at);
    // "… are not Customer Data and may be used …": the sentence says the usage data is not the customer's.
    if (!EXCLUSION.test(before) && !/\b(?:is|are)\s+not\s+$/.test(before)) return true;
  }
  return false;
}
