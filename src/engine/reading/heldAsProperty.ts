// "Outputs are Provider's sole property", "Reports shall be and remain Zentra's proprietary information": a party's
// possessive after a linking verb, before a word of property, says who owns the thing named. Pure: reading layer only.
import type { Tag, Unit } from '../language/matcher';
import { namesACompany } from './companyNames';
import type { ComposedObject } from './objects';

/** The party sets whose possessive can own (a named provider too: "are OpenAI's property"). */
const OWNER_SETS = new Set<string>([
  'vendorWe', 'vendorRole', 'docVendor', 'customerYou', 'customerRole', 'docCustomer', 'providerName', 'duaHolder', 'duaRecipient',
]);
/** Verbs that link the thing owned to its owner: "are", "shall remain", "constitute", "will become". */
const LINKING = /^(?:is|are|be|remain|remains|constitute|constitutes|become|becomes)$/;

/**
 * Each word of property that a linking verb and a party's possessive come right before (or a linking verb and "the"
 * before it, "of" and a party after it), as an ownership word. A possessive without the linking verb ("damage to
 * Customer's property", "protect Vendor's proprietary information") names what is harmed or protected: left alone.
 */
export function composeHeldAsProperty(tags: readonly Tag[], units: readonly Unit[]): ComposedObject[] {
  const composed: ComposedObject[] = [];
  for (const t of tags) {
    if (t.set !== 'propertyNoun') continue;
    const owner = units[t.first - 1];
    const party = owner?.possessive ? tags.find((p) => OWNER_SETS.has(p.set) && p.last === t.first - 1) : undefined;
    // "are VeriHire's proprietary work product": a company named by its own name owns as a party word does (blind53).
    const named = party === undefined && owner?.possessive === true && namesACompany(owner) ? owner : undefined;
    const linking = party !== undefined ? units[party.first - 1] : named !== undefined ? units[t.first - 2] : undefined;
    if (linking !== undefined && LINKING.test(linking.norm)) composed.push({ set: 'ownVerb', start: t.start, end: t.end });
    // "constitute Loadhaven Proprietary Information": the company's name before the words of property (blind95-059).
    const adjectival = party === undefined && named === undefined && owner !== undefined && !owner.possessive && namesACompany(owner) && LINKING.test(units[t.first - 2]?.norm ?? '');
    if (adjectival) composed.push({ set: 'ownVerb', start: t.start, end: t.end });
    // "are proprietary to Veristrand": a linking verb before, a party or company after.
    const to = /\bto$/i.test(t.text) ? units[t.last + 1] : undefined;
    const ownedBy = to !== undefined && (tags.some((p) => OWNER_SETS.has(p.set) && p.first === t.last + 1) || namesACompany(to));
    if (ownedBy && LINKING.test(units[t.first - 1]?.norm ?? '')) composed.push({ set: 'ownVerb', start: t.start, end: t.end });
    // "are the proprietary information of Zentra": the owner named after "of" ("the property of" is an ownership
    // word already).
    const of = units[t.last + 1];
    // "… the proprietary information of Aptivue" (blind94-069): a company by its own name too.
    const after = units[t.last + 2];
    const namedAfter = of?.norm === 'of' && (tags.some((p) => OWNER_SETS.has(p.set) && p.first === t.last + 2) || (after !== undefined && namesACompany(after)));
    if (namedAfter && owner?.norm === 'the' && LINKING.test(units[t.first - 2]?.norm ?? '')) composed.push({ set: 'ownVerb', start: t.start, end: of.end });
  }
  return composed;
}
