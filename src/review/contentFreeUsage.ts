// '"Usage Data" means technical data about the performance and use of the Services …, but excluding Project Data', then
// "Provider may collect and use Usage Data to operate, maintain, improve and develop the Services and Provider's other
// products and services": usage data the contract itself keeps apart from the customer's data. Improving the service
// the customer buys with it is the market's norm; only the vendor's other business goes (lawyer audits 63 and 64
// marked bans on such telemetry as overreach). Pure: engine types only.
import { SWEEPS_CONTENT } from '../engine/language/documentVocabulary';
import type { Analysis, Finding, RedlineOp } from '../engine/types';
import { customerDataNames } from './namesTheData';
import { DERIVED_DATA_NAME } from './redline/surgical';
import { escapeRegExp } from './redline/surgical/context';

/** "…, but excluding Project Data", "which does not include Customer Content", "which do not contain the content of any Conversation Data" (382): a definition that leaves data out. */
const EXCLUSION = /\b(?:exclud(?:es|ing)|but\s+not|(?:does|do)\s+not\s+(?:include|contain)|not\s+including|other\s+than|contain(?:s|ing)?\s+no)\b/i;
/**
 * '"Usage Data" means technical and operational information about how the Services and devices are used and perform,
 * such as log files, feature usage, device health and error reports': records of the service's own working. Lawyer
 * audits 204 and 206 (460 § 8.3) marked a ban on improving the service with them as overreach, as 63 and 64 had for
 * usage data defined with an exclusion. Personal information about users is not such a record.
 */
const TECHNICAL_RECORDS = /^(?:(?:any|all|the)\s+)?(?:(?:technical|operational|diagnostic|performance|telemetry|system|log|usage)(?:,?\s+(?:and|or)\s+|,\s+|\s+)){1,3}(?:data|information|metadata|records|statistics)\b/i;
// Nor is a record of what users did with the AI ("interaction data with the AI Features", "acceptances, edits and
// rejections" of suggestions): audit193 (437 § 6.5) wanted such a definition narrowed, not left to serve the service.
const NOT_RECORDS = /\b(?:personal(?:ly)?|interactions?|edits|outputs?|suggestions?|AI|artificial|recordings?|transcripts?)\b/i;
/** "for any purpose, including", "for any lawful business purposes, including without limitation": a use left open. */
const OPEN_INCLUDING = /(?<![\w-])for\s+any\s+(?:lawful\s+)?(?:business\s+)?purposes?,?\s+including\s+(?:without\s+limitation\s+)?/i;
/** "for any lawful purpose", standing alone. */
const ANY_PURPOSE = /(?<![\w-])for\s+any\s+(?:lawful\s+)?(?:business\s+)?purposes?(?![\w-])(?!,?\s+including\b)/i;
/** "is not", "shall not constitute", "will not be treated as": words that deny the data is the customer's. */
const DENIES_CLASS = String.raw`\b(?:(?:is|are)\s+not|(?:shall|will|does|do)\s+not\s+(?:constitute|be\s+treated\s+as|be|form\s+part\s+of))\s+`;
const NOT_CLASSED = new RegExp(`${DENIES_CLASS}$`);
/** The same words and the classes denied: "shall not constitute Customer Data or Confidential Information". */
const DENIED_CLASS = new RegExp(`${DENIES_CLASS}[^,;.]{1,120}`, 'g');
/** A defined name for data: "Project Data", "Customer Materials". */
export const NAMED_DATA = /(?<![\w-])[A-Z][\w-]*\s+(?:Data|Materials|Content|Information)\b/g;
const OTHER_DERIVED = new RegExp(DERIVED_DATA_NAME, 'i');
/** Findings that only use or improve with usage data: the ones a content-free definition answers. */
// "Service Analytics (including edit-distance statistics …) … may be used … both during and after the Term" (380 Sch 2
// ¶7): statistics named inside the usage data, and its use after the end, are the same usage data.
// "nothing … will require Provider to delete Usage Metrics" (agreement-01 § 3.4): no duty to delete them is no risk either.
// "… and may publish Usage Data in aggregated form that does not identify Customer or any individual" (475 § 4.5):
// the same usage data, aggregated so as to identify no one (audit217 marked cutting its service uses as overreach).
const USAGE_RULES = new Set(['improvement-grant', 'usage-improvement-grant', 'usage-data-grant', 'aggregated-data', 'aggregated-data-limited', 'kept-after-end', 'no-deletion-duty']);
/**
 * " and Provider's other products and services", " and its new offerings", " and to develop new products and features"
 * (435 § 3.4): the vendor's other business after the service.
 */
export const OTHER_BUSINESS =
  /(?<=\S)(?<!\b(?:other|current|existing|new))\s+and\s+(?:to\s+(?:develop|build|create|design)\s+)?(?:(?:its|our|their|(?:the\s+)?[A-Z][\w-]*['’]s)\s+)?(?:(?:other|new|future|current|existing)(?:\s+(?:and|or)\s+|,\s+|\s+)){1,4}?(?:products|services|offerings|technologies)(?:,?\s+(?:and|or)\s+(?:services|technologies|offerings|features))?/;

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
      if (recordsOnly(d.meaning, data)) return true;
      return leavesOut(cut ? d.meaning.slice(cut.index, cut.index + 80).toLowerCase() : '') || saidToLeaveOut(d.term, paragraphs).some(leavesOut);
    })
    .map((d) => d.term);
}

/** A definition of the service's technical records that names none of the customer's data or content. */
function recordsOnly(meaning: string, customerData: readonly string[]): boolean {
  return TECHNICAL_RECORDS.test(meaning) && !SWEEPS_CONTENT.test(meaning) && !NOT_RECORDS.test(meaning) && !customerData.some((t) => meaning.includes(t));
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
  services = 'Services',
): { readonly ops?: RedlineOp[]; readonly reason: string; readonly answers?: string } | undefined {
  if (terms.length === 0 || !finding.rules.every((rule) => USAGE_RULES.has(rule) || rule === 'unlimited-use')) return undefined;
  if (finding.category !== 'service-improvement' && finding.category !== 'aggregated-data' && finding.category !== 'survival-retention') return undefined;
  const sentence = text.slice(finding.start, finding.end);
  // "may collect and use Usage Data for any purpose, including to operate, secure, analyse and improve the Platform"
  // (461 § 3.7): the open purpose goes and the service's own purposes stay (audit208 marked striking "improve" overreach).
  const open = finding.category === 'service-improvement' ? OPEN_INCLUDING.exec(sentence) : null;
  // "We may collect and use Usage Data for any lawful purpose" (474 § 7(d)): with no purpose of the service beside it,
  // the open purpose becomes the service's own; the clause deleted whole left no limit at all (audit215).
  const bare = finding.category === 'service-improvement' && open === null ? ANY_PURPOSE.exec(sentence) : null;
  if (finding.rules.includes('unlimited-use') && (open === null || finding.category !== 'service-improvement') && bare === null) return undefined;
  const named = terms.find((term) => sentence.includes(term));
  // The sentence must name nothing of the customer's own beside the usage data ("Usage Data and Project Data").
  const rest = terms.reduce((s, term) => s.split(term).join(' '), sentence);
  const lower = rest.toLowerCase();
  if (named === undefined) return undefined;
  // "Technical Data and Anonymised Data": data derived from the customer's beside it is answered as derived data.
  if (OTHER_DERIVED.test(rest)) return undefined;
  // "retain Project Data, Usage Data and Benchmark Data" (449 § 8.4): other data the contract names beside it.
  // (The customer's own data is weighed below: named to be left out, or beside the usage data.)
  const ownNames = [...new Set(customerData.map((t) => t.toLowerCase()))];
  const beside = ownNames.filter((t) => namedBesideUsage(lower, t));
  // "…, and Service Data shall not constitute Customer Data or Confidential Information" names others' data only to
  // deny the usage data is theirs.
  const otherNamed = (rest.replace(DENIED_CLASS, ' ').match(NAMED_DATA) ?? []).some((name) => !ownNames.includes(name.toLowerCase()));
  if (otherNamed) return undefined;
  // Said of the usage data's own definition, which may only describe records and leave nothing out by name (audit219
  // 481 § 4.3: there it was the customer's data that was defined to exclude the usage data).
  const reason = `the contract defines ${named} as records of how the service is used and performs, not as the customer's data; using it for the service the customer buys is the market's norm`;
  const joint = beside.length === 1 && finding.category !== 'survival-retention' ? jointWithUsage(sentence, named, beside[0] ?? '') : undefined;
  if (beside.length > 0 && joint === undefined) return undefined;
  if (finding.category !== 'service-improvement' && joint === undefined) return { reason };
  const other = finding.category === 'service-improvement' ? OTHER_BUSINESS.exec(sentence) : null;
  if (bare !== null && joint === undefined && other === null) {
    const start = finding.start + bare.index;
    const end = start + bare[0].length;
    const ops: RedlineOp[] = [{ kind: 'delete', start, end, text: bare[0] }, { kind: 'insert', at: end, text: `to operate, support, secure and improve the ${services}` }];
    return { ops, reason: `${reason}; only its open purpose gives way to the service's own`, answers: 'content-free-usage-open' };
  }
  const ops: RedlineOp[] = [joint, other ? { at: other.index, text: other[0] } : undefined, open ? { at: open.index, text: open[0] } : undefined]
    .filter((cut): cut is { at: number; text: string } => cut !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((cut) => ({ kind: 'delete', start: finding.start + cut.at, end: finding.start + cut.at + cut.text.length, text: cut.text }));
  if (ops.length === 0) return { reason };
  const struck = [joint ? `${beside[0]} is struck from the grant` : '', other ? "the vendor's other business is struck" : '', open ? 'the open purpose is struck' : '']
    .filter(Boolean)
    .join(' and ');
  return { ops, reason: `${reason}; only ${struck}`, answers: joint && other ? 'customer-data-and-other-business-from-usage' : joint ? 'customer-data-from-usage' : open && !other ? 'content-free-usage-open' : 'content-free-usage' };
}

/**
 * "We may use Customer Data and Usage Data to improve our Services" (460 § 8.3): the customer's data joined to the
 * usage data as one object. Striking it and its "and" leaves the usage data its use (audit206: "Strike only 'Customer
 * Data and'"). Only where the customer's data is named once, right beside the usage data.
 */
function jointWithUsage(sentence: string, usage: string, data: string): { at: number; text: string } | undefined {
  if (sentence.toLowerCase().split(data.toLowerCase()).length !== 2) return undefined;
  const before = new RegExp(`(?<![\\w-])${escapeRegExp(data)},?\\s+(?:and|or)\\s+(?=${escapeRegExp(usage)}\\b)`, 'i').exec(sentence);
  if (before) return { at: before.index, text: before[0] };
  const after = new RegExp(`(?<=\\b${escapeRegExp(usage)}),?\\s+(?:and|or)\\s+${escapeRegExp(data)}(?![\\w-])`, 'i').exec(sentence);
  return after ? { at: after.index, text: after[0] } : undefined;
}

/**
 * Whether the sentence names the customer's data other than to leave it out: "… log-in times, but excluding the content
 * of Company Data ("Usage Data"), and may use Usage Data to improve" defines the usage data in the sentence that uses it.
 */
function namedBesideUsage(lower: string, term: string): boolean {
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
    const before = lower.slice(Math.max(0, at - 40), at);
    // "… are not Customer Data and may be used …", "Service Data shall not constitute Customer Data" (495 § 5.3): the
    // sentence says the usage data is not the customer's.
    if (!EXCLUSION.test(before) && !NOT_CLASSED.test(before)) return true;
  }
  return false;
}
