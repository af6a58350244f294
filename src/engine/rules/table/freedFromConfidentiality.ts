// Derived data freed from the contract's duties: "The obligations in clause 7.1 do not apply to Aggregated Data, Usage
// Data, …", "nothing in this clause 6 shall restrict Talentlane's use of Usage Data or Aggregated Insights", "… and do
// not apply to Company's use of Service Data or De-identified Data under Section 5". The denial names what the vendor
// may use free of confidentiality; found in three fresh agreements by three drafters (245 § 6.2, 246 § 7.3, 247 § 7.2).
// Pure: rows over the clause frame's cues.
import type { ClauseFrame, Cue } from '../../reading/frame';
import type { Rule } from '../ruleTypes';
import { CLAIM_CONTEXT, DEFINITION_ONLY } from '../vetoes';
import { deniedConfidentiality } from '../deniedConfidential';

/** "apply to", "restrict", "limit": the verbs whose denial frees what follows from a duty. */
const FREEING_VERBS: ReadonlySet<string> = new Set(['scopeVerb', 'permissionNegated']);
const DENIALS: ReadonlySet<string> = new Set(['negator', 'negDeterminer']);
/** The vendor's own derived or usage data. */
const DERIVED_SETS: ReadonlySet<string> = new Set(['derivedData', 'usageData', 'docUsageData', 'statisticalData']);
const KEEPING_SETS: ReadonlySet<string> = new Set(['deleteVerb', 'retainVerb', 'persistVerb', 'embeddedIn']);
const VENDOR_POSSESSIVES: ReadonlySet<string> = new Set(['docVendor', 'vendorPossessive']);
/** How far the denial may stand before its verb: "nothing in this clause 6 shall restrict". */
const DENIAL_REACH = 40;

/** The derived data a denied duty frees, directly ("do not apply to Aggregated Data") or as the vendor's use of it. */
export function freedDerivedData(frame: ClauseFrame): Cue | undefined {
  // A carve-out from deletion, or one that says what the vendor keeps, is read by the retention rules.
  if (frame.cues.some((c) => KEEPING_SETS.has(c.set))) return undefined;
  for (const verb of frame.cues.filter((c) => FREEING_VERBS.has(c.set))) {
    const denied = frame.cues.some((c) => DENIALS.has(c.set) && c.end <= verb.start && verb.start - c.end <= DENIAL_REACH);
    if (!denied) continue;
    const use = frame.cues.find((c) => c.set === 'aiInstrument' && c.text.toLowerCase() === 'use of' && c.start >= verb.end && c.start - verb.end <= 40);
    // "shall restrict Talentlane's use of …": a possessive name the clause alone does not define is the vendor's too.
    const vendors = use !== undefined && (frame.cues.some((c) => VENDOR_POSSESSIVES.has(c.set) && c.end <= use.start && use.start - c.end <= 2) || possessiveOnly(frame, verb.end, use.start));
    const from = vendors ? use.end : verb.end;
    // "use of Service Telemetry": the data's own name may open with a word the vocabulary does not know.
    const next = frame.cues.filter((c) => c.start > from && (c.start - from <= 2 || (c.start - from <= 14 && !frame.text.slice(from - frame.start, c.start - frame.start).trim().includes(' '))));
    const data = next.find((c) => DERIVED_SETS.has(c.set));
    if (data !== undefined) return data;
    // "do not apply to information that is public …, or constitutes Aggregated Data or Service Data": the last kind of
    // information carved out is the vendor's derived data (277 § 8.2, 255 § 10.3).
    const carved = frame.cues.find((c) => DERIVED_SETS.has(c.set) && c.start > verb.end && namedAsKind(frame, c.start));
    if (verb.set === 'scopeVerb' && carved !== undefined) return carved;
  }
  return classedOutOfConfidence(frame);
}

/**
 * How far the data's name may end before "is not": "Aggregated Data shall not be deemed …", "Usage Data, Menu
 * Intelligence and de-identified data used in accordance with Section 5.3 are not …" (264 § 9.2).
 */
const SUBJECT_REACH = 120;

/**
 * "De-identified Data does not constitute … Confidential Information": the derived data that is the subject of a denial
 * naming confidentiality is taken out of the duty (fresh93, 295 § 3.4).
 */
function classedOutOfConfidence(frame: ClauseFrame): Cue | undefined {
  const denied = deniedConfidentiality(frame.cues, frame.text, frame.start)[0];
  if (denied === undefined) return undefined;
  const classed = frame.cues.filter((c) => c.set === 'notClassedAs' && c.end <= denied.start);
  const unbroken = (between: string) => ![';', '. ', ':'].some((mark) => between.includes(mark));
  const subjectOf = (c: Cue) =>
    classed.some((n) => c.end <= n.start && n.start - c.end <= SUBJECT_REACH && unbroken(frame.text.slice(c.end - frame.start, n.start - frame.start)));
  return frame.cues.find((c) => DERIVED_SETS.has(c.set) && subjectOf(c));
}

/** The words between are one possessive: "Talentlane's", "the Supplier's". */
function possessiveOnly(frame: ClauseFrame, from: number, to: number): boolean {
  const between = frame.text.slice(from - frame.start, to - frame.start).trim();
  const name = between.startsWith('the ') ? between.slice(4) : between;
  return name !== '' && !name.includes(' ') && (name.endsWith("'s") || name.endsWith('’s'));
}

/** "… or constitutes Aggregated Data", "… or that is Service Data": the data named as a kind of information. */
function namedAsKind(frame: ClauseFrame, at: number): boolean {
  const words = frame.text.slice(Math.max(0, at - frame.start - 20), at - frame.start).trim().split(' ');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return last === 'constitutes' || last === 'constitute' || ((last === 'is' || last === 'are') && IS_KIND_AFTER.has((words[words.length - 2] ?? '').toLowerCase()));
}
/** "that is", "or is", "which are": the words before "is" that make the data a kind of the information carved out. */
const IS_KIND_AFTER: ReadonlySet<string> = new Set(['that', 'which', 'or']);

export const FREED_RULES: readonly Rule[] = [
  {
    id: 'derived-data-freed',
    category: 'aggregated-data',
    stance: 'risk',
    severity: 'low',
    when: ({ frame }) => freedDerivedData(frame) !== undefined,
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT],
    evidence: ({ frame }) => [freedDerivedData(frame)],
  },
];
