// Derived data freed from the contract's duties: "The obligations in clause 7.1 do not apply to Aggregated Data, Usage
// Data, …", "nothing in this clause 6 shall restrict Talentlane's use of Usage Data or Aggregated Insights", "… and do
// not apply to Company's use of Service Data or De-identified Data under Section 5". The denial names what the vendor
// may use free of confidentiality; found in three fresh agreements by three drafters (245 § 6.2, 246 § 7.3, 247 § 7.2).
// Pure: rows over the clause frame's cues.
import type { ClauseFrame, Cue } from '../../reading/frame';
import type { Rule } from '../ruleTypes';
import { CLAIM_CONTEXT, DEFINITION_ONLY } from '../vetoes';

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
    const vendors = use !== undefined && frame.cues.some((c) => VENDOR_POSSESSIVES.has(c.set) && c.end <= use.start && use.start - c.end <= 2);
    const from = vendors ? use.end : verb.end;
    const next = frame.cues.filter((c) => c.start > from && c.start - from <= 2);
    const data = next.find((c) => DERIVED_SETS.has(c.set));
    if (data !== undefined) return data;
  }
  return undefined;
}

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
