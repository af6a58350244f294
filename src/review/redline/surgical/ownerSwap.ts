// Ownership of outputs moved from the vendor to the customer in the vendor's own sentence: "vests in Provider" becomes
// "vests in Customer", and what only made sense with the vendor as owner goes with it. Pure: must not import Office,
// React, the DOM or Node.
import { namesPattern, type SurgicalContext } from './context';
import type { Splice } from './splice';

const OWNS = '(?:owns|shall own|will own|retains ownership of|shall retain ownership of|is the (?:sole )?owner of|shall be the (?:sole )?owner of)';
const VESTS = '(?:vests?|shall vest|remains?|shall remain)\\s+(?:solely\\s+|exclusively\\s+)?(?:in|with)\\s+(?:the\\s+)?';
const LICENCE_BACK = '(?:,\\s+and|;\\s+and|,)\\s+(?:hereby\\s+)?(?:grants|licenses|licences)\\s+';

/**
 * "…, regardless of whether any of the same are developed using or with reference to Customer Content": the words that
 * stretch the vendor's ownership of its own product over what is made with the customer's data. Struck, the vendor
 * keeps its product and the customer's data keeps the protections the rest of the contract gives it.
 */
function reachStruck(sentence: string, customerData: string): Splice[] | undefined {
  const reach = new RegExp(`(?:,|(?<!\\s))\\s+(?:regardless\\s+of\\s+whether|whether\\s+or\\s+not|irrespective\\s+of\\s+whether|even\\s+if|including\\s+where)\\b[^;.]*?\\b${namesPattern([customerData])}\\b[^;.,]*`).exec(sentence);
  return reach ? [{ start: reach.index, end: reach.index + reach[0].length, text: '' }] : undefined;
}

/** The splices that make the customer the owner, or undefined when the sentence names no vendor as owner. */
export function swapOwner(context: SurgicalContext): Splice[] | undefined {
  const vendor = namesPattern(context.vendorNames);
  const { sentence, terms } = context;
  // "vests in Provider" is read forwards: a lookbehind before the name would be tried backwards from every
  // position of the sentence, which over a long run of spaces takes time growing with its square.
  const owner = new RegExp(`\\b(${vendor})(?=\\s+${OWNS}\\b)`).exec(sentence) ?? new RegExp(`${VESTS}(${vendor})\\b`).exec(sentence);
  if (!owner?.[1]) return undefined;
  const ownerStart = owner.index + owner[0].length - owner[1].length;
  // "Tallyhorn owns … the Platform, the AI Features, Usage Data and all improvements …, regardless of whether any of
  // the same are developed using Customer Content": what is owned first is the vendor's own product. Handing it to the
  // customer would be absurd; the lawyer narrows such a clause by what it says of the customer's data.
  const head = sentence.slice(ownerStart + owner[1].length, ownerStart + owner[1].length + 120);
  const product = `(?:${namesPattern([terms.services])}|Platform|Software|Services?|Technology|Products?|Solution|Application)`;
  if (new RegExp(`^[^;.]*?\\b(?:of|to|owns?)\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?${product}\\b`).test(head)) return reachStruck(sentence, terms.customerData);
  // "The Supplier shall own" becomes "Client shall own" where the contract writes its customer without "the".
  const article = /\b[Tt]he\s+$/.exec(sentence.slice(Math.max(0, ownerStart - 4), ownerStart));
  const articled = terms.articled?.includes(terms.customer) ?? false;
  const from = article && !articled ? ownerStart - article[0].length : ownerStart;
  // "vest in Cohortline" becomes "vest in the Trust" where the contract writes its customer with "the".
  const name = articled && !article ? `${ownerStart === 0 ? 'The' : 'the'} ${terms.customer}` : terms.customer;
  const splices: Splice[] = [{ start: from, end: ownerStart + owner[1].length, text: name }];
  // "owns … Custom Models, Halden Models and Derived Learnings": the vendor's own models keep their owner.
  const owned = sentence.slice(ownerStart, ownerStart + (sentence.slice(ownerStart).search(/[;.]|,\s+and\s/) + 1 || sentence.length - ownerStart));
  const own = new RegExp(`,\\s+(?:${vendor})\\s+[A-Z][\\w-]*(?=\\s+and\\s|,)|\\b(?:${vendor})\\s+[A-Z][\\w-]*,\\s+(?=[A-Z])`).exec(owned.slice(owner[1].length));
  if (own) {
    const at = ownerStart + owner[1].length + own.index;
    splices.push({ start: at, end: at + own[0].length, text: '' });
  }
  // "…, and to the extent Customer has any rights, Customer hereby assigns them to Provider" contradicts the new owner.
  const assignment = new RegExp(`,\\s+and\\s+[^;.]{0,200}?\\bassigns?\\b[^;.,]{0,120}?\\bto\\s+(?:the\\s+)?(?:${vendor})\\b`).exec(sentence.slice(ownerStart));
  if (assignment) splices.push({ start: ownerStart + assignment.index, end: ownerStart + assignment.index + assignment[0].length, text: '' });
  // "…, including by way of present assignment of future rights": with the owner swapped nobody is left assigning.
  const byAssignment = /,\s+including\s+by\s+way\s+of\s+(?:a\s+)?present\s+assignment\b[^,;.]*/.exec(sentence.slice(ownerStart));
  if (byAssignment) splices.push({ start: ownerStart + byAssignment.index, end: ownerStart + byAssignment.index + byAssignment[0].length, text: '' });
  // Once the customer owns the output, a licence back to the customer is meaningless and must go.
  const back = new RegExp(`${LICENCE_BACK}${namesPattern([terms.customer])}\\b[^;.]*`).exec(sentence.slice(ownerStart));
  if (back) splices.push({ start: ownerStart + back.index, end: ownerStart + back.index + back[0].length, text: '' });
  return splices;
}
