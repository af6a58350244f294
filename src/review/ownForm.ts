// Whether the agreement is the customer's own form, as its title or recitals say ("This Agreement is based on Health
// System's standard technology services agreement", "… which are the Publisher's standard terms for licensing its
// content", "Corrib Mutual Insurance DAC Standard Form ICT Outsourcing Agreement"). On its own paper the customer
// put each clause there: a grant it made (a training programme it opted into, a research schedule, a regulatory
// retention) is a bargain to take instructions on, not a vendor clause to redline (audit143: 344's opt-in training
// programme went "[Reserved.]"; audit146: 350's negotiated § 5.3 reopened; audit144: 346 § 7.2 rewritten). Only a
// protection it lacks altogether goes in. Pure: engine types and the review's wording.
import type { Analysis, Paragraph } from '../engine/types';
import { PART_HEADING } from './partRank';
import { escapeRegExp } from './redline/surgical/context';
import { contractWording } from './wording';

/** The opening lines where a form names itself: the title, a version line, the parties, the recitals. */
const OPENING = 14;
/** "Health System's standard technology services agreement", "the Publisher's standard terms", "Buyer's own form". */
const standardOf = (names: string) =>
  new RegExp(String.raw`\b(?:${names})['’]s\s+(?:own\s+)?(?:standard|model)\s+(?:form\b|terms\b|(?:[\w-]+\s+){0,4}?(?:agreement|contract|terms)\b)`);
/** "Corrib Mutual Insurance DAC Standard Form ICT Outsourcing Agreement": a title that gives the form's owner first. */
// "Harrowgate Veterinary Group Limited - Procurement Form TSA-04" (462): a buyer's procurement form, named so.
const TITLE_OWNER = /^(.{3,80}?)\s+(?:[-–—:]\s+)?(?:Standard|Procurement|Purchasing)\s+Form\b/;

/**
 * "GREYHAVEN PORT CORPORATION" or "CORVANE AIRWAYS LIMITED" alone on the first line, above the agreement's title: a
 * form headed with the customer's own name, as a buyer's procurement paper is (370, 376: every edit was rejected as
 * weakening the customer's own drafting). Only a bare company name; the parties block must give it to the customer.
 */
// "CASCADE MERIDIAN HEALTH PLAN, INC.": the comma before the legal form is part of the name (420).
const LETTERHEAD = /^[A-Z][A-Za-z&.'’-]*,?(?:\s+(?:[A-Z][A-Za-z&.'’-]*,?|plc)){1,7}$/;
/** The legal form or kind of body that ends such a name, in capitals or not. */
const FORM_WORD = /\s(?:limited|ltd|plc|corporation|inc\.?|llc|llp|dac|ag|gmbh|trust|council|authority|foundation|university)$/i;

/** The name a parties block gives the customer before its defined short name: "CORRIB MUTUAL INSURANCE DAC, …(the "Insurer")". */
function definedAfter(paragraphs: readonly Paragraph[], owner: string, customerNames: readonly string[], nearest = false): boolean {
  const own = owner.toLowerCase();
  return paragraphs.slice(0, OPENING).some((p) => {
    const text = p.text.toLowerCase();
    return customerNames.some((name) => {
      // '(together, "the Group")': the article inside the quotes too (462).
      const defined = [`"${name.toLowerCase()}"`, `"the ${name.toLowerCase()}"`].map((quoted) => text.indexOf(quoted)).find((at) => at > 0) ?? -1;
      const at = text.lastIndexOf(own, defined);
      // The name the customer's short name is given to, with no other party's short name defined between them: a
      // vendor's letterhead names the vendor, whose own ("Halyard") comes first (369 read as the customer's form).
      const between = at >= 0 ? text.slice(at + own.length, defined) : '';
      return defined > 0 && at >= 0 && defined - at < 400 && (!nearest || (!between.includes('"') && !between.includes('“')));
    });
  });
}

/** Where the document says it is the customer's own form, as a reason for the "Left alone" list; undefined otherwise. */
export function customersOwnForm(analysis: Analysis, paragraphs: readonly Paragraph[]): string | undefined {
  const customerNames = [...new Set([analysis.terms.customer, ...analysis.parties.customerAliases].filter((n): n is string => !!n && n.length > 1))];
  if (customerNames.length === 0) return undefined;
  const standard = standardOf(customerNames.map(escapeRegExp).join('|'));
  const opening = paragraphs.slice(0, OPENING);
  const said = opening.some((p) => standard.test(p.text)) || opening.slice(0, 3).some((p) => {
    const owner = TITLE_OWNER.exec(p.text.trim())?.[1];
    return owner !== undefined && definedAfter(paragraphs, owner, customerNames);
  }) || opening.slice(0, 2).some((p) => LETTERHEAD.test(p.text.trim()) && FORM_WORD.test(p.text.trim()) && definedAfter(paragraphs, p.text.trim(), customerNames, true));
  const owners = standardOwners(customerNames);
  // "… negotiated … on the basis of Supplier's standard AI Services Terms …, as amended … to reflect Customer's
  // procurement … requirements" (394): the vendor's paper, negotiated, is no buyer's own form however it was tendered.
  const vendorNames = [analysis.terms.vendor, ...analysis.parties.vendorAliases].filter((n): n is string => !!n && n.length > 1 && !/^(?:we|us|our)$/i.test(n));
  const basedOnVendors = new RegExp(String.raw`\b(?:on\s+the\s+basis\s+of|based\s+on|derived\s+from)\s+(?:the\s+)?(?:${vendorNames.map(escapeRegExp).join('|')})['’]s\s+(?:own\s+)?standard\b`, 'i');
  const vendorsStandard = vendorNames.length > 0 && opening.some((p) => basedOnVendors.test(p.text));
  const recited = !vendorsStandard && opening.some((p) => procuredOnItsTerms(p.text, owners));
  return said || recited
    ? contractWording("this is {{customer}}'s own form, as the agreement says: its clauses are flagged for instructions, not redlined", analysis.terms).replace(/^This\b/, 'this')
    : undefined;
}


/** "Airline's", "the Airline's": a possessive of one of the customer's names. */
const standardOwners = (names: readonly string[]) => String.raw`(?:the\s+)?(?:${names.map(escapeRegExp).join('|')})['’]s`;

/**
 * "Following a competitive tender, Airline has selected Supplier …", "… the main body of this Agreement, which reflects
 * Airline's procurement requirements": recitals that say the customer bought on its own terms, as a buyer's
 * procurement paper does (audit188: 426's own negotiated clauses 8.5, 8.6 and 13.4 were reopened).
 */
function procuredOnItsTerms(text: string, owners: string): boolean {
  const requirements = new RegExp(String.raw`\b(?:reflects?|sets?\s+out|embod(?:y|ies)|implements?)\s+${owners}\s+(?:[\w-]+\s+){0,2}?requirements\b`);
  return requirements.test(text) || (AFTER_TENDER.test(text) && SELECTED.test(text));
}
const AFTER_TENDER = /\b(?:following|after|pursuant\s+to|as\s+a\s+result\s+of)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:tender|procurement|invitation\s+to\s+tender|request\s+for\s+proposals?|RFP)\b/i;
const SELECTED = /\b(?:selected|appointed|awarded)\b/;
/** The lines after a part's heading where the part gives its own title ("Quillstone AI Services Addendum (version 2.1)"). */
const TITLE_LINES = 2;

/**
 * The paragraphs of the parts of the customer's own form that are the vendor's document, attached to it: "SCHEDULE 4:
 * SUPPLIER'S AI ADDENDUM" over "Quillstone AI Services Addendum (version 2.1)". The customer did not draft them, and
 * they are redlined as vendor paper is (audit169: 388's Schedule 4 went to the counterparty unmarked as "your own form").
 */
export function vendorPartsOfOwnForm(analysis: Analysis, paragraphs: readonly Paragraph[]): Set<number> {
  const names = [analysis.terms.vendor, analysis.parties.vendor, ...analysis.parties.vendorAliases, ...vendorCompanies(analysis)]
    .filter((name): name is string => !!name && name.length > 2 && !/^(?:we|us|our)$/i.test(name));
  const found = new Set<number>();
  if (names.length === 0) return found;
  const pattern = names.map(escapeRegExp).join('|');
  // "SUPPLIER'S AI ADDENDUM", "the Vendor's Terms", or a title that opens with the vendor's name.
  // "INCORPORATED SUPPLIER ONLINE TERMS": the vendor's terms named by its role before them (audit230, 504 Sch. 4).
  const vendors = new RegExp(String.raw`\b(?:${pattern})['’]s\b|^(?:${pattern})\b|\b(?:${pattern})\s(?:(?:online|standard|general|website|platform)\s)?(?:terms|conditions|policies)\b`, 'i');
  const modifying = modifyingParts(paragraphs.slice(0, OPENING));
  let inVendorPart = false;
  paragraphs.forEach((paragraph, index) => {
    if (PART_HEADING.test(paragraph.text)) {
      const heading = paragraph.text.replace(PART_HEADING, '').replace(/^[\s:.–—-]+/, '');
      const lines = paragraphs.slice(index + 1, index + 1 + TITLE_LINES).map((p) => p.text.trim());
      // "Clearpaw Intelligence Ltd - Platform Policies, version 3.1, as published at https://…" (462): long with its address.
      const titles = lines.filter((text) => text.length < 200);
      // "(Supplier's terms for its optional AI Pricing Module, appended at Supplier's request …)": a note under the
      // heading that says whose terms the part is (audit203, 454's Schedule 4 went unmarked as the hotel group's form).
      const noted = lines.some((text) => NOTE.test(text) && vendors.test(text.slice(1)));
      inVendorPart = vendors.test(heading) || titles.some((title) => vendors.test(title) && !/[.;]$/.test(title)) || noted ||
        modifying.some((name) => paragraph.text.toLowerCase().includes(name)) || overridesTheForm(paragraphs.slice(index + 1, index + 1 + OWN_LINES));
    }
    if (inVendorPart) found.add(index);
  });
  return found;
}

/**
 * The company the parties block gives the vendor's short name to: ', and Clearpaw Intelligence Ltd, a company …
 * ("the Contractor")'. A part titled with it is the vendor's document (462's Schedule 3).
 */
function vendorCompanies(analysis: Analysis): string[] {
  return analysis.definitions
    .filter((d) => d.denotes === 'vendor')
    .map((d) => COMPANY_NAME.exec(d.meaning.replace(/^[\s,;]*(?:and\s+)?/, ''))?.[0] ?? '')
    .filter((name) => name.split(/\s+/).length > 1);
}
const COMPANY_NAME = /^[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’.-]*){1,4}/;

/** A line wholly in brackets: "(Supplier's terms for …, appended at Supplier's request.)". */
const NOTE = /^\((?:[^()]|\([^()]*\))+\)\.?$/;
/** The first lines of a part, where it says how it stands to the form. */
const OWN_LINES = 4;
/** "this Schedule 4 prevails over clauses 6.1, 6.3, 7.2 … of the Agreement": the part sets aside named clauses of the form. */
const PREVAILS_OVER_CLAUSES =
  /\bthis\s+(?:Schedule|Annex|Exhibit|Appendix|Attachment|Rider|Addendum)\b[^.;]{0,40}?\b(?:prevails?|shall\s+prevail|takes?\s+precedence|applies\s+despite)\s+over\s+(?:clauses?|sections?|paragraphs?)\s+\d/i;
/**
 * A part that sets aside named clauses of the customer's own form is not that form: the buyer does not draft a schedule
 * against its own protections; the supplier asks for one. It is redlined as vendor paper.
 */
function overridesTheForm(lines: readonly Paragraph[]): boolean {
  return lines.some((p) => !PART_HEADING.test(p.text) && PREVAILS_OVER_CLAUSES.test(p.text));
}

/**
 * "… which is Halvorsen's standard form as modified by the Negotiated Rider in Schedule 5": the part that modifies the
 * customer's form is not the form. A rider that prevails over the form carries what the vendor asked for, and is
 * redlined as vendor paper (audit200: 450's Schedule 5 re-opened training, aggregation and survival and went unmarked).
 * The names the opening gives such parts, in lower case ("negotiated rider", "schedule 5").
 */
function modifyingParts(opening: readonly Paragraph[]): string[] {
  const names: string[] = [];
  for (const paragraph of opening) {
    for (const match of paragraph.text.matchAll(MODIFIED_BY)) {
      const [, name, part] = match;
      if (name) names.push(name.toLowerCase());
      if (part) names.push(part.toLowerCase());
    }
  }
  return names;
}
const MODIFIED_BY =
  /\bas\s+(?:modified|amended|varied|supplemented)\s+by\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}(?:Rider|Addendum|Side\s+Letter))(?:\s+(?:in|at|set\s+out\s+in)\s+((?:Schedule|Annex|Exhibit|Appendix|Attachment)\s+[A-Z0-9]{1,3})\b)?/g;

/**
 * The contract's words as a vendor part of the customer's own form gives them: 'In these AI Terms "Rosterlane" means
 * Rosterlane Optimisation Ltd, "Customer" means …, and "Customer Inputs" means …'. Edits and comments inside the part
 * speak of its parties and data in its own words (audit188: 426's Schedule 5 edits said "Supplier" and "Airline" where
 * the schedule says "Rosterlane" and "Customer"). Returns, for a paragraph, the analysis whose terms it should be
 * worded in.
 */
export function partWording(analysis: Analysis, vendorParts: ReadonlySet<number>): (index: number) => Analysis {
  const sorted = [...vendorParts].sort((a, b) => a - b);
  const runs: { from: number; to: number; analysis: Analysis }[] = [];
  for (const index of sorted) {
    const last = runs[runs.length - 1];
    if (last && index === last.to + 1) last.to = index;
    else runs.push({ from: index, to: index, analysis });
  }
  for (const run of runs) {
    const own = (denotes: string) => analysis.definitions.find((d) => d.paragraph >= run.from && d.paragraph <= run.to && d.denotes === denotes)?.term;
    const vendor = own('vendor') ?? sameCompany(analysis, run.from, run.to);
    const customer = own('customer');
    const customerData = own('customer-data');
    if (vendor === undefined && customer === undefined && customerData === undefined) continue;
    run.analysis = {
      ...analysis,
      terms: { ...analysis.terms, ...(vendor ? { vendor } : {}), ...(customer ? { customer } : {}), ...(customerData ? { customerData } : {}) },
    };
  }
  return (index) => runs.find((run) => index >= run.from && index <= run.to)?.analysis ?? analysis;
}

/**
 * 'The following … Platform Terms are provided by Kestrelline Site Intelligence Ltd ("Kestrelline")': a part that names
 * the vendor by a short name of its own, read as no party there, where the form's vendor is the same company (458
 * Annex C was redlined as "the Supplier").
 */
function sameCompany(analysis: Analysis, from: number, to: number): string | undefined {
  const vendors = analysis.definitions.filter((d) => d.denotes === 'vendor' && d.paragraph < from);
  return analysis.definitions.find((d) => {
    if (d.paragraph < from || d.paragraph > to || d.denotes !== 'other' || !/^[A-Z][\w-]+$/.test(d.term)) return false;
    return vendors.some((v) => v.meaning.split(/[\s,]+/).includes(d.term)) && d.meaning.includes(`${d.term} `);
  })?.term;
}
