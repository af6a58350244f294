// What an audit word does not give: an audit of fees or invoices, and a word of a name ("Lumetric Inspection GmbH",
// "the LUMIQ Quality Inspection Platform", "Inspection Results" belong to a company or product whose trade is
// inspection, and give nobody a right to inspect: agreement 270 was read as granting audits in its heading and
// definitions). Pure: reads the frame.
import type { RuleInput, Veto } from './ruleTypes';
import { affirmed, capitalised, has, reads, wordsAfter } from './queries';


/** A capitalised word beside a capitalised neighbour, mid-sentence: one word of a multi-word name. */
function inName(frame: RuleInput['frame'], start: number, end: number): boolean {
  const word = frame.text.slice(start - frame.start, end - frame.start);
  const before = frame.text.slice(0, start - frame.start).trim().split(' ').pop() ?? '';
  const after = wordsAfter(frame, end, 1)[0] ?? '';
  return capitalised(word) && before !== '' && (capitalised(before) || capitalised(after));
}

/**
 * "the visual inspection platform", "edge inspection devices", "the accuracy of visual inspection models": inspection
 * is the product's trade, named before the thing that does it (331 was read as granting audits in its preamble).
 */
const PRODUCT_NOUNS = new Set(['platform', 'platforms', 'models', 'model', 'devices', 'device', 'system', 'systems', 'software', 'cameras', 'camera', 'tools', 'tool', 'pipeline', 'pipelines', 'engine', 'engines', 'solution', 'solutions', 'stations', 'station', 'results', 'lines', 'line', 'trail', 'trails', 'log', 'logs']);
const withoutTrailingMarks = (word: string): string => {
  let end = word.length;
  while (end > 0 && ',.;:)'.includes(word[end - 1] ?? '')) end--;
  return word.slice(0, end);
};
const productModifier = (frame: RuleInput['frame'], end: number): boolean => PRODUCT_NOUNS.has(withoutTrailingMarks((wordsAfter(frame, end, 1)[0] ?? '').toLowerCase()));

export const AUDIT_WORD_IN_NAME: Veto = {
  reason: 'the audit word is part of a name or of what the product does, not a right to audit',
  when: ({ frame, predicate: p }) => p.cues.filter((c) => c.set === 'auditTerm').every((c) => inName(frame, c.start, c.end) || productModifier(frame, c.end)),
};

/** "its premises, systems, data, personnel and books and records": the word "data" or "systems" itself, not "records". */
const namesDataOrSystems = (text: string): boolean =>
  text.toLowerCase().split(' ').some((word) => word.startsWith('data') || word.startsWith('systems'));
/**
 * An audit of fees or invoices is commercial housekeeping. One that reaches the vendor's "systems, data, personnel and
 * books and records" audits the data as well (audit140: 342 § 9.4's "full and unrestricted" audit right was read as
 * commercial, and a weaker audit clause was inserted beside it).
 */
export const COMMERCIAL_AUDIT: Veto = {
  reason: 'an audit of fees or invoices is commercial, not about data',
  when: ({ frame }) => has(frame, 'commercialRecords') && !has(frame, 'customerDataTerm', 'docCustomerData') && !namesDataOrSystems(frame.text),
};

/** Words just before the data that make it what a record or report is about. */
const RECORD_WORDS = new Set(['records', 'record', 'report', 'reports', 'account', 'log', 'logs', 'register']);

/**
 * "may audit …, including by reviewing records of the creation and use of De-identified Data", "shall deliver a written
 * report describing the volume and categories of De-identified Data created …": the derived data is what the audit or
 * report is about, and nobody is given it (326 § 5.4 and D9 were read as grants of derived data and took a proviso).
 * The vendor's own permission ("may use records of usage to create Aggregated Data") is still a grant.
 */
export const DERIVED_DATA_ON_RECORD: Veto = {
  reason: 'the derived data is what audited records describe; the sentence gives nobody a right to it',
  when: ({ frame, predicate: p }) => {
    const data = p.objects.find((o) => o.kind === 'derived');
    // Only where the records are there to be audited: "will provide reports of aggregated usage data" alone is a
    // report of derived data that readers class with the data's use (the corpus labels it so).
    if (data === undefined || !has(frame, 'auditTerm') || (p.actor.side === 'vendor' && reads(p, p.modal, 'permissionModal'))) return false;
    const before = frame.text.slice(Math.max(0, data.start - frame.start - 80), data.start - frame.start).toLowerCase().split(' ');
    return before.slice(-9).some((word) => RECORD_WORDS.has(word));
  },
};

/**
 * "Lumenreel may retain copies of Client Data … as reasonably necessary for dispute resolution, audit, trust and
 * safety …": audit is one of the purposes the vendor keeps the data for, after its own permission, and gives nobody a
 * right to audit it (audit142: 337 § 4.7's retention was left alone as "also giving a protection (audit)").
 */
export const AUDIT_AS_VENDOR_PURPOSE: Veto = {
  reason: 'audit is named as a purpose the vendor may keep or use the data for, not a right to audit',
  when: ({ frame, predicate: p }) => {
    const use = affirmed(p, 'use', 'retain', 'share');
    // "Rosterlane retains Customer Inputs … for … quality assurance and audit purposes" (426 Sch. 5 ¶ 10): the vendor's
    // own practice, stated with no modal, names its purposes as a permission does.
    if (use === undefined || p.actor.side !== 'vendor' || (p.modal !== undefined && !reads(p, p.modal, 'permissionModal'))) return false;
    // "… for model evaluation, quality assurance and audit purposes": the word before "purposes" names one.
    const namesPurpose = (c: { end: number }) => frame.text.slice(c.end - frame.start).trimStart().toLowerCase().startsWith('purpose');
    return p.cues.filter((c) => c.set === 'auditTerm').every((c) => c.start > use.end && (namesPurpose(c) || p.purposes.some((q) => q.start > use.end && q.start < c.start)));
  },
};
