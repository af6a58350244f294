// Ownership of outputs moved from the vendor to the customer in the vendor's own sentence: "vests in Provider" becomes
// "vests in Customer", and what only made sense with the vendor as owner goes with it. Pure: must not import Office,
// React, the DOM or Node.
import { namesPattern, type SurgicalContext } from './context';
import type { Splice } from './splice';

const OWNS = '(?:owns|shall own|will own|retains ownership of|shall retain ownership of|is the (?:sole )?owner of|shall be the (?:sole )?owner of)';
const VESTS = '(?:vests?|shall vest|remains?|shall remain)\\s+(?:solely\\s+|exclusively\\s+)?(?:in|with)\\s+(?:the\\s+)?';
/** Characters after the owner's name where what it owns first is read: room for "all right, title and interest,
 * including all intellectual property rights, in and to the Platform". */
const OWNED_REACH = 160;
/** "Veridane and its licensors own and retain …": the vendor owning with others, in the plural. */
const WITH_LICENSORS = '\\s+and\\s+its\\s+(?:licensors|suppliers|Affiliates|affiliates)';
// "… owns all … Outputs and grants Subscriber a … license …": the licence back may follow a plain "and" too (audit136,
// 335 B.8 had the customer granting itself a licence).
const LICENCE_BACK = '(?:,\\s+and|;\\s+and|,|(?<!\\s)\\s+and)\\s+(?:hereby\\s+)?(?:grants|licenses|licences)\\s+';

/**
 * "…, regardless of whether any of the same are developed using or with reference to Customer Content": the words that
 * stretch the vendor's ownership of its own product over what is made with the customer's data. Struck, the vendor
 * keeps its product and the customer's data keeps the protections the rest of the contract gives it.
 */
function reachStruck(sentence: string, customerData: string): Splice[] | undefined {
  // "…, whether or not developed using Customer Data, Outputs or Feedback, and nothing …": the list the customer's data
  // opens goes with it, up to the next clause's "and".
  const reach = new RegExp(`(?:,|(?<!\\s))\\s+(?:regardless\\s+of\\s+whether|whether\\s+or\\s+not|irrespective\\s+of\\s+whether|even\\s+if|including\\s+where)\\b[^;.]*?\\b${namesPattern([customerData])}\\b[^;.,]*(?:,\\s(?!and\\b|or\\b|but\\b|which\\b|provided\\b)[^;.,]*)*`).exec(sentence);
  return reach ? [{ start: reach.index, end: reach.index + reach[0].length, text: '' }] : undefined;
}

/** Where the vendor is named as owner: its name's start and end, or undefined. */
function vendorAsOwner(context: SurgicalContext): { readonly start: number; readonly end: number } | undefined {
  const vendor = namesPattern(context.vendorNames);
  const { sentence } = context;
  // "vests in Provider" is read forwards: a lookbehind before the name would be tried backwards from every
  // position of the sentence, which over a long run of spaces takes time growing with its square.
  const owner = new RegExp(`\\b(${vendor})(?=\\s+${OWNS}\\b|${WITH_LICENSORS}\\s+(?:own|retain|hold)\\b)`).exec(sentence) ?? new RegExp(`${VESTS}(${vendor})\\b`).exec(sentence);
  if (!owner?.[1]) return undefined;
  const start = owner.index + owner[0].length - owner[1].length;
  return { start, end: start + owner[1].length };
}

/**
 * "Tallyhorn owns … the Platform, the AI Features, Usage Data and all improvements …, regardless of whether any of the
 * same are developed using Customer Content": what is owned first is the vendor's own product. Handing it to the
 * customer would be absurd; the lawyer narrows such a clause by what it says of the customer's data. Undefined when
 * the sentence is no such clause.
 */
export function ownershipReach(context: SurgicalContext): Splice[] | undefined {
  const owner = vendorAsOwner(context);
  if (owner === undefined) return undefined;
  const head = context.sentence.slice(owner.end, owner.end + OWNED_REACH);
  const product = `(?:${namesPattern([context.terms.services])}|Platform|Software|Services?|Technology|Products?|Solution|Application)`;
  if (!new RegExp(`^[^;.]*?\\b(?:of|to|in|owns?)\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?${product}\\b`).test(head)) return undefined;
  return reachStruck(context.sentence, context.terms.customerData) ?? [];
}

/** The splices that make the customer the owner, or undefined when the sentence names no vendor as owner. */
export function swapOwner(context: SurgicalContext): Splice[] | undefined {
  const { sentence, terms } = context;
  const vendor = namesPattern(context.vendorNames);
  const owner = vendorAsOwner(context);
  if (owner === undefined) return undefined;
  const ownerStart = owner.start;
  const head = sentence.slice(owner.end, owner.end + OWNED_REACH);
  const reach = ownershipReach(context);
  if (reach !== undefined) return reach.length > 0 ? reach : undefined;
  // "The Provider retains ownership of Provider Materials": the vendor's own materials keep their owner; "owns … the
  // Scoring Outputs, the scoring models, interview rubrics …": the outputs change owner and the vendor's materials leave
  // the list (audit47 117 § 6.3, audit48 121 § 4.2: the customer had been made owner of the vendor's models).
  const listed = ownedList(sentence, owner.end, namesPattern(context.vendorNames.map((n) => n.replace(/^the\s+/i, ''))));
  if (listed?.firstIsMaterial) return undefined;
  // "Supplier shall own all Derived Data, meaning statistical information, embeddings, model weights …": data the
  // vendor derives and keeps in its platform is no output to hand over; the customer limits its use instead (audit74,
  // 211 Sch 1 ¶4.2 made the customer owner of the vendor's model weights).
  if (DERIVED_OWNED.test(head.replace(new RegExp(`^\\s+${OWNS}`), ''))) return undefined;
  // "The Supplier shall own" becomes "Client shall own" where the contract writes its customer without "the".
  const article = /\b[Tt]he\s+$/.exec(sentence.slice(Math.max(0, ownerStart - 4), ownerStart));
  const articled = terms.articled?.includes(terms.customer) ?? false;
  const from = article && !articled ? ownerStart - article[0].length : ownerStart;
  // "vest in Cohortline" becomes "vest in the Trust" where the contract writes its customer with "the".
  const name = articled && !article ? `${ownerStart === 0 ? 'The' : 'the'} ${terms.customer}` : terms.customer;
  const splices: Splice[] = [{ start: from, end: owner.end, text: name }];
  if (listed?.materialsAfter) splices.push({ start: listed.materialsAfter.start, end: listed.materialsAfter.end, text: '' });
  // "owns … Custom Models, Halden Models and Derived Learnings": the vendor's own models keep their owner.
  const owned = sentence.slice(ownerStart, ownerStart + (sentence.slice(ownerStart).search(/[;.]|,\s+and\s/) + 1 || sentence.length - ownerStart));
  const own = new RegExp(`,\\s+(?:${vendor})\\s+[A-Z][\\w-]*(?=\\s+and\\s|,)|\\b(?:${vendor})\\s+[A-Z][\\w-]*,\\s+(?=[A-Z])`).exec(owned.slice(owner.end - owner.start));
  if (own) {
    const at = owner.end + own.index;
    splices.push({ start: at, end: at + own[0].length, text: '' });
  }
  // "…, and to the extent Customer has any rights, Customer hereby assigns them to Provider" contradicts the new owner.
  const assignment = new RegExp(`,\\s+and\\s+[^;.]{0,200}?\\bassigns?\\b[^;.,]{0,120}?\\bto\\s+(?:the\\s+)?(?:${vendor})\\b`).exec(sentence.slice(ownerStart));
  if (assignment) splices.push({ start: ownerStart + assignment.index, end: ownerStart + assignment.index + assignment[0].length, text: '' });
  // "…, including by way of present assignment of future rights": with the owner swapped nobody is left assigning.
  const byAssignment = /,\s+including\s+by\s+way\s+of\s+(?:a\s+)?present\s+assignment\b[^,;.]*/.exec(sentence.slice(ownerStart));
  if (byAssignment) splices.push({ start: ownerStart + byAssignment.index, end: ownerStart + byAssignment.index + byAssignment[0].length, text: '' });
  // Once the customer owns the output, a licence back to the customer is meaningless and must go, with the vendor
  // named again as its grantor or not (", and the Supplier grants the Customer a … licence …", audit62, 174 § 4.3).
  // "… owns all AI Outputs and grants the Client a … licence" (audit216, 478 A4.2; audit219, 481 § 5.2): with its article.
  const back = new RegExp(`${LICENCE_BACK}(?:to\\s+)?(?:the\\s+)?${namesPattern([terms.customer])}\\b[^;.]*`).exec(sentence.slice(ownerStart)) ??
    new RegExp(`(?:,\\s+and|;\\s+and)\\s+(?:the\\s+)?(?:${vendor})\\s+(?:hereby\\s+)?(?:grants|licenses|licences)\\s+(?:to\\s+)?(?:the\\s+)?${namesPattern([terms.customer])}\\b[^;.]*`).exec(sentence.slice(ownerStart));
  if (back) splices.push({ start: ownerStart + back.index, end: ownerStart + back.index + back[0].length, text: '' });
  return splices;
}

/** "all Derived Data", "any Aggregated Data", "the Anonymised Insights": what is owned is data the vendor derives. */
export const DERIVED_DATA_NAME = String.raw`(?:all\s+|any\s+|the\s+)?(?:Derived|Aggregated?|Anonymi[sz]ed|De-?identified|Usage|Statistical)\s+(?:Data|Information|Insights|Metrics)\b`;
const DERIVED_OWNED = new RegExp(String.raw`^\s+${DERIVED_DATA_NAME}`);

/** The vendor's own materials: its models, templates, rubrics and methods, or "Provider Materials" by its name. */
const MATERIAL = /\b(?:models?|templates?|rubrics?|frameworks?|algorithms?|methodolog(?:y|ies)|know-how|weights|libraries|toolkits?)\b/i;
const OUTPUT = /\b(?:Outputs?|outputs?|Deliverables?|Results?|Reports?|Scores?)\b/;

/**
 * What the sentence says the vendor owns, up to its end or semicolon: whether the first thing owned is the vendor's
 * own material, and where the vendor's materials listed after an output begin and end.
 */
function ownedList(sentence: string, from: number, vendor: string): { firstIsMaterial: boolean; materialsAfter?: { start: number; end: number } } | undefined {
  const stop = sentence.slice(from).search(/[;.](?:\s|$)/);
  const end = stop < 0 ? sentence.length : from + stop;
  const region = sentence.slice(from, end);
  const separator = /,\s+(?:and\s+)?|(?<!\s)\s+and\s+/.exec(region);
  const first = separator ? region.slice(0, separator.index) : region;
  const material = (text: string) => MATERIAL.test(text) || new RegExp(`\\b(?:${vendor})\\s+Materials\\b`).test(text);
  if (material(first) && !OUTPUT.test(first)) return { firstIsMaterial: true };
  if (!separator || !OUTPUT.test(first) || !material(region.slice(separator.index))) return { firstIsMaterial: false };
  return { firstIsMaterial: false, materialsAfter: { start: from + separator.index, end } };
}

/** "a non-exclusive licence", "a non-exclusive, royalty-free licence": where the licence's breadth is stated. */
const LICENCE_NOUN = /\ba\s+(?=(?:[\w-]+,?\s+){0,4}licen[cs]e\b)/;
const SERVICE_ACCESS = /\b(?:access|Portal|Platform|Services?|Software|Application|Solution)\b/;
const WITHIN_TERM = /(?:,|(?<!\s))\s+(?:during|for|throughout)\s+the\s+(?:Subscription\s+|Initial\s+)?Term\b(?:\s+of\s+this\s+Agreement)?/;

/**
 * "The Provider … grants the Client a non-exclusive licence to use them, as incorporated in Outputs, during the
 * Subscription Term": the vendor keeps its materials, and the customer keeps using its outputs after the term, so the
 * licence becomes perpetual and irrevocable (audit47, 117 § 6.3). Only a licence granted to the customer.
 */
export function perpetualLicence(context: SurgicalContext): Splice[] | undefined {
  const { sentence, terms } = context;
  const grant = new RegExp(`\\b(?:grants?|licenses?)\\s+(?:to\\s+)?(?:the\\s+)?${namesPattern([terms.customer])}\\b`).exec(sentence);
  if (!grant) return undefined;
  const after = grant.index + grant[0].length;
  const noun = LICENCE_NOUN.exec(sentence.slice(after));
  const term = WITHIN_TERM.exec(sentence.slice(after));
  if (!noun || !term || /\b(?:perpetual|irrevocable)\b/i.test(sentence)) return undefined;
  // "a licence for the Term to access and use the Analytics Portal and … embedded in the Outputs": a licence to the
  // service itself ends with the contract as it should; only a licence to what was produced outlives it.
  if (SERVICE_ACCESS.test(sentence.slice(after))) return undefined;
  const at = after + noun.index + noun[0].length;
  return [
    { start: at, end: at, text: 'perpetual, irrevocable, ' },
    { start: after + term.index, end: after + term.index + term[0].length, text: '' },
  ];
}
