// Who receives a grant told in the passive: "… shall procure that we and our affiliates are granted a … licence to …
// User Content" names the vendor before "are granted", and the customer's side grants (qwen-lic). Pure: the units of
// the sentence only.
import type { Unit } from '../language/matcher';
import type { Action, Actor, Cue } from './frame';
import { wordIndexAt, type PredicateInput } from './predicateInput';

const PARTICIPLE: ReadonlySet<string> = new Set(['granted', 'given', 'issued']);
const BE: ReadonlySet<string> = new Set(['are', 'is', 'be', 'been', 'were', 'was']);
/** Words inside the receiving party's phrase: "we and our affiliates", "Vendor and its Affiliates". */
const PARTY_PHRASE: ReadonlySet<string> = new Set(['and', 'our', 'its', 'their', 'affiliates', 'affiliate', 'the', 'each', 'of']);
const VENDOR_SETS: ReadonlySet<string> = new Set(['vendorWe', 'vendorRole', 'docVendor', 'affiliates']);
/** How many words back from "are granted" the receiving party may start. */
const REACH = 6;

/** The vendor named right before "are granted" (and the words that join its affiliates), or undefined. */
export function passiveRecipient(input: PredicateInput, segCues: readonly Cue[], verb: Action): Actor | undefined {
  if (verb.kind !== 'grant' || !PARTICIPLE.has(verb.text.toLowerCase())) return undefined;
  const { units, offset } = input;
  const at = wordIndexAt(units, verb.start, offset);
  if (!BE.has(units[at - 1]?.norm ?? '')) return undefined;
  for (let i = at - 2; i >= Math.max(0, at - 2 - REACH); i--) {
    const unit = units[i] as Unit;
    const party = segCues.find((c) => c.start === unit.start + offset && VENDOR_SETS.has(c.set));
    if (party || unit.norm === 'we' || unit.norm === 'us') return { side: 'vendor', cue: party, passive: false };
    if (!PARTY_PHRASE.has(unit.norm)) return undefined;
  }
  return undefined;
}
