// Tells which party a company-name term is ("Acme" shall provide ... / Acme shall pay ...) in one pass over the text
// for all terms together, so a contract with thousands of named parties stays linear. Pure: imports only engine types.
import type { Definition, Paragraph, TermDenotation } from './types';

export interface PartyMentions {
  /** The term is the subject of "shall/will/may/agrees to provide, host, operate, deliver, perform, make … available". */
  readonly provides: boolean;
  /** The term is the subject of "shall/will/must/agrees to pay", or owns "Users" ("Acme's Authorised Users"). */
  readonly pays: boolean;
}

// Each pattern starts where the party's name ends; the name itself is looked up in a table, never in a regex.
const PROVIDES_AFTER_NAME = / (?:shall|will|may|agrees to) (?:provide|make (?:the )?\w+ available|host|operate|deliver|perform)/g;
const PAYS_AFTER_NAME = / (?:shall|will|must|agrees to) pay/g;
const USERS_AFTER_NAME = /['’]s (?:Authori[sz]ed )?Users\b/g;

/** A party's name is short; longer "terms" are sentences caught by a loose definition pattern and name nobody. */
export const MAX_PARTY_NAME = 100;

const isWordChar = (char: string | undefined): boolean => char !== undefined && /\w/.test(char);
const isWordBoundary = (text: string, at: number): boolean => isWordChar(text[at - 1]) !== isWordChar(text[at]);

/**
 * For each term, whether some paragraph names it as the provider or the payer. Same reading as the regular
 * expressions `\bTERM\b (?:shall|…) provide…` and `\bTERM\b (?:shall|…) pay|\bTERM['’]s Users`, for every term at once.
 */
export function partyMentions(texts: readonly string[], terms: ReadonlySet<string>): Map<string, PartyMentions> {
  const byLength = new Map<number, Set<string>>();
  for (const term of terms) {
    if (term.length === 0 || term.length > MAX_PARTY_NAME) continue;
    byLength.set(term.length, (byLength.get(term.length) ?? new Set()).add(term));
  }
  const provides = new Set<string>();
  const pays = new Set<string>();
  /** Terms ending at `end` that start on a word boundary (and end on one unless the pattern says otherwise). */
  const namesEndingAt = (text: string, end: number, boundaryAfter: boolean): string[] => {
    if (boundaryAfter && !isWordBoundary(text, end)) return [];
    const names: string[] = [];
    for (const [length, set] of byLength) {
      const start = end - length;
      if (start < 0 || !isWordBoundary(text, start)) continue;
      const candidate = text.slice(start, end);
      if (set.has(candidate)) names.push(candidate);
    }
    return names;
  };
  for (const text of texts) {
    for (const m of text.matchAll(PROVIDES_AFTER_NAME)) namesEndingAt(text, m.index, true).forEach((name) => provides.add(name));
    for (const m of text.matchAll(PAYS_AFTER_NAME)) namesEndingAt(text, m.index, true).forEach((name) => pays.add(name));
    for (const m of text.matchAll(USERS_AFTER_NAME)) namesEndingAt(text, m.index, false).forEach((name) => pays.add(name));
  }
  return new Map([...terms].map((term) => [term, { provides: provides.has(term), pays: pays.has(term) }]));
}

/** A role word that names only the vendor ("Company" may name either side). */
const PLAIN_VENDOR = /^(?:provider|vendor|supplier|licensor|contractor|processor)$/i;

/**
 * '… Straits Lantern Media Pte. Ltd. (the "Company"), and Vocalis Dubbing Technologies Pte. Ltd. (the "Vendor")':
 * where the paragraph that names "Company" also names a plain vendor, the Company is the other party, the customer.
 */
// '(1) NORTHVALE FREIGHT LOGISTICS LIMITED … ("Company"); and' over '(2) ROADSIGHT ANALYTICS LIMITED … ("Supplier")':
// party entries one to a paragraph are the same parties block (audit230, 504 read the customer's own paper backwards).
export function companyBesideVendor(definitions: readonly Definition[], roles: Map<string, TermDenotation>, paragraphs: readonly Paragraph[]): void {
  const company = definitions.find((d) => /^company$/i.test(d.term) && roles.get(d.term) === 'vendor');
  if (!company) return;
  const entries = isEntry(paragraphs[company.paragraph]?.text ?? '');
  const beside = (at: number) => at === company.paragraph || (entries && Math.abs(at - company.paragraph) === 1 && isEntry(paragraphs[at]?.text ?? ''));
  if (definitions.some((d) => beside(d.paragraph) && PLAIN_VENDOR.test(d.term))) roles.set(company.term, 'customer');
}

/** "… which Licensor shall provide to Licensee": the verbs by which one party hands the data over to the other. */
const HANDS_OVER = '(?:(?:shall|will|may|is\\s+to)\\s+)?(?:provides?|delivers?|supplies|supply|discloses?|transfers?|makes?\\s+available)';

/**
 * '"Assay Data" shall mean … which Licensor shall provide to Licensee': in a data licence the party that hands over
 * the customer's data is the customer (the data holder), whatever its role word; "Licensor" is no vendor there. The
 * two one-word party terms swap sides (in place) when the data term's own meaning says the "vendor" supplies it.
 * Whether they swapped.
 */
export function dataHolderIsCustomer(definitions: Definition[]): boolean {
  const vendor = definitions.find((d) => d.denotes === 'vendor');
  const customer = definitions.find((d) => d.denotes === 'customer');
  if (!vendor || !customer || !/^[A-Z][a-z]+$/.test(vendor.term) || !/^[A-Z][a-z]+$/.test(customer.term)) return false;
  const handsOver = new RegExp(`\\b${vendor.term}\\s+${HANDS_OVER}\\b[^.;]{0,40}?\\bto\\s+${customer.term}\\b`);
  if (!definitions.some((d) => d.denotes === 'customer-data' && handsOver.test(d.meaning))) return false;
  definitions.forEach((d, i) => {
    if (d.term === vendor.term) definitions[i] = { ...d, denotes: 'customer' };
    else if (d.term === customer.term) definitions[i] = { ...d, denotes: 'vendor' };
  });
  return true;
}

/** "Licensor holds an archive of …", "Publisher owns or controls the archive …": a party holding a body of data. */
const HOLDS_DATA = '\\b(?:owns|holds|possesses|controls|maintains|(?:has\\s+)?(?:collected|curated|compiled|assembled))\\b[^.;]{0,60}?\\b(?:archives?|data|datasets?|data\\s+sets?|content|corpus|corpora|library|libraries|collections?|records|recordings|images)\\b';
/**
 * "Licensee develops large language models", "operates a platform that applies machine learning", "(available to
 * Developer) for the development of machine learning tools": an AI developer.
 */
const DEVELOPS_AI =
  '\\b(?:develops|trains|builds|operates|for\\s+the\\s+development\\s+of)\\b[^.;]{0,80}?\\b(?:models?|machine\\s+learning|artificial\\s+intelligence|AI)\\b';

/**
 * '(A) Licensor holds an archive of television programmes …, and Licensee develops … artificial intelligence models':
 * a licence of data for model training whose recitals say the "vendor" holds the data and the "customer" builds models
 * on it is read from the data holder's chair, as dataHolderIsCustomer reads one whose data definition says so. The two
 * one-word party terms swap sides (in place).
 */
export function dataHolderByRecital(definitions: Definition[], texts: readonly string[]): void {
  if (!definitions.some((d) => d.denotes === 'vendor' || d.denotes === 'customer')) {
    namedByRecital(definitions, texts);
    return;
  }
  const vendor = definitions.find((d) => d.denotes === 'vendor');
  const customer = definitions.find((d) => d.denotes === 'customer');
  if (!vendor && customer) {
    licenseeBuildsModels(definitions, texts, customer);
    return;
  }
  if (!vendor || !customer || !/^[A-Z][a-z]+$/.test(vendor.term) || !/^[A-Z][a-z]+$/.test(customer.term)) return;
  // "Licensor publishes The Courier … and owns or controls an archive": the holding may follow another verb of the
  // same party, within a few words and before the other party is named.
  // "University, through research approved by its board, has collected … the … Corpus": an aside may follow the name.
  const holds = new RegExp(`\\b${vendor.term}\\b(?:(?!${customer.term})[^.;]){0,200}?${HOLDS_DATA}`, 'i');
  const develops = new RegExp(`\\b${customer.term}\\s(?:(?!${vendor.term})[^.;]){0,40}?${DEVELOPS_AI}`);
  if (!texts.some((t) => holds.test(t)) || !texts.some((t) => develops.test(t))) return;
  definitions.forEach((d, i) => {
    if (d.term === vendor.term) definitions[i] = { ...d, denotes: 'customer' };
    else if (d.term === customer.term) definitions[i] = { ...d, denotes: 'vendor' };
  });
}

/**
 * 'Harbourline Insurance Limited … ("Harbourline"). Tessellate Actuarial Pty Ltd … ("Tessellate"). A. Harbourline … holds
 * policy, claims and payment data … B. Tessellate … operates a machine learning modelling platform': two parties named
 * only by their own names, neither called customer nor vendor, are told apart by the recitals: the one holding the
 * data is the customer, the one building models the vendor (386 was read with no parties at all).
 */
function namedByRecital(definitions: Definition[], texts: readonly string[]): void {
  // Each named beside its company's legal form ("Harbourline Insurance Limited … ("Harbourline")"), not "Date" or "APRA".
  const names = definitions.filter((d) => d.denotes === 'other' && /^[A-Z][a-z]+$/.test(d.term) && d.paragraph < PARTY_BLOCK && LEGAL_FORM.test(texts[d.paragraph] ?? ''));
  if (names.length !== 2) return;
  const [first, second] = names as [Definition, Definition];
  // A recital may say who the party is first ("… is a general insurer authorised by … and holds …").
  const holds = (who: Definition, other: Definition) => new RegExp(`\\b${who.term}\\s(?:(?!${other.term})[^.;]){0,200}?${HOLDS_DATA}`);
  const develops = (who: Definition, other: Definition) => new RegExp(`\\b${who.term}\\s(?:(?!${other.term})[^.;]){0,80}?${DEVELOPS_AI}`);
  const says = (pattern: RegExp) => texts.slice(0, RECITAL_REACH).some((t) => pattern.test(t));
  const holder = says(holds(first, second)) && says(develops(second, first)) ? first : says(holds(second, first)) && says(develops(first, second)) ? second : undefined;
  if (holder === undefined) return;
  definitions.forEach((d, i) => {
    if (d.term === first.term || d.term === second.term) definitions[i] = { ...d, denotes: d.term === holder.term ? 'customer' : 'vendor' };
  });
}
const LEGAL_FORM = /\b(?:Limited|Ltd|Pty|Inc|LLC|LLP|plc|PLC|GmbH|Corporation|Corp)\b/;

/**
 * 'The Trustees of Whitlock University, a … nonprofit corporation ("University"), and Corvane AI, Inc. ("Licensee") …
 * WHEREAS, University … has collected and curated the … Corpus … WHEREAS, Licensee develops … conversational AI': the
 * one party a role word names ("Licensee" reads as the customer) is the one building models on the other's data; the
 * holder, named by its own name, is the customer, and the licensee the vendor (392 had no vendor at all). In place.
 */
function licenseeBuildsModels(definitions: Definition[], texts: readonly string[], customer: Definition): void {
  const others = definitions.filter((d) => d.denotes === 'other' && /^[A-Z][a-z]+$/.test(d.term) && !/^Part(?:y|ies)$/.test(d.term) && d.paragraph < PARTY_BLOCK && (LEGAL_FORM.test(texts[d.paragraph] ?? '') || /\b(?:corporation|university|college|trust|foundation|institute)\b/i.test(texts[d.paragraph] ?? '')));
  if (others.length !== 1 || !/^[A-Z][a-z]+$/.test(customer.term)) return;
  const holder = others[0] as Definition;
  const says = (pattern: RegExp) => texts.slice(0, RECITAL_REACH).some((t) => pattern.test(t));
  // The body of data may carry its own capitalised name ("the Whitlock Conversational Speech Corpus").
  if (!says(new RegExp(`\\b${holder.term}\\b(?:(?!${customer.term})[^.;]){0,200}?${HOLDS_DATA}`, 'i')) || !says(new RegExp(`\\b${customer.term}\\s(?:(?!${holder.term})[^.;]){0,80}?${DEVELOPS_AI}`))) return;
  definitions.forEach((d, i) => {
    if (d.term === holder.term) definitions[i] = { ...d, denotes: 'customer' };
    else if (d.term === customer.term) definitions[i] = { ...d, denotes: 'vendor' };
  });
}
/** The paragraphs where the parties are named, and those that hold the recitals. */
const PARTY_BLOCK = 8;
const RECITAL_REACH = 16;

/** From the end of the vendor's name to the next one: '"), and the organisation identified below ("'. */
// The words after "and" begin a name or "the …", never a verb ('"), and governs the use of … (the "Services")').
export const OTHER_PARTY = /^["”]\s*\)\s*,?\s*(?:and|AND)\s+(?:the\s|[A-Z])[^()"“]{0,200}\(\s*(?:the\s+)?["“]$/;

// An initialism names a party too: '(the "DHB")', '(the "NHS Trust")' is two words (audit102, 266 read "Customer").
const PARTY_NAME = /^(?:[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?|[A-Z]{2,6}(?: [A-Z][a-z]{2,})?)$/;
/** A term that names what the vendor offers ("Service", "Platform"): never a party. */
const OFFERING_TERM = /^(?:services?|platform|software|apps?|products?|solution|site|website|tools?)$/i;
/** A term that names the contract itself ("Agreement", "Terms"): never a party. */
export const AGREEMENT_TERM = /\b(?:agreement|terms|contract|dpa|addendum)\b/i;

/** A short name defined beside a party's details that may be the other party: never a date, the contract or the offering. */
const namesAParty = (d: Definition): boolean =>
  d.denotes === 'other' && PARTY_NAME.test(d.term) && !/\bDate$/.test(d.term) && !AGREEMENT_TERM.test(d.term) && !OFFERING_TERM.test(d.term);

/**
 * 'BETWEEN Arthveda … (hereinafter the "Vendor" …) AND the bank named in the Schedule … (hereinafter the "Bank")': of
 * the two parties a preamble names, the one that is not the vendor is the customer, whatever its name ("Bank",
 * "Hospital", "Council"). Only a one-word name defined after "between" in the vendor's own paragraph. In place.
 */
export function counterpartyOfVendor(definitions: Definition[], paragraphs: readonly Paragraph[]): void {
  const vendor = definitions.find((d) => d.denotes === 'vendor');
  // A customer named only in an attached schedule (the vendor's own terms, "Customer" in "C1. In these Terms …") does
  // not name the party the preamble sets against the vendor (audit103, 268 wrote "Customer" for "the Province").
  if (!vendor || definitions.some((d) => d.denotes === 'customer' && d.paragraph <= vendor.paragraph + 1)) return;
  // "… is entered into … by Halvern Health Partners, … (collectively, "Health System"), and Tallowby …, Inc. ("Vendor")"
  // names its two parties as surely as "between" (audit79, 222 read the health system as nobody).
  const partiesText = paragraphs[vendor.paragraph]?.text ?? '';
  if (!/\bbetween\b/i.test(partiesText) && !(/\bentered\s+into\b/i.test(partiesText) && /\bby\s/.test(partiesText))) {
    if (!namedBeforeVendor(definitions, paragraphs, vendor)) listedCounterparty(definitions, paragraphs, vendor);
    return;
  }
  // "… between you and Tallynote Labs, Inc. ("Tallynote") and govern your use of … (the "Service")": the other party is
  // "you", and what is named after it is the service, never a party (audit46, 114).
  if (/\bbetween\s+you\b|\band\s+you\b/i.test(paragraphs[vendor.paragraph]?.text ?? '')) return;
  // A name of one word, or two ("Health System", agreement 194), never a date ("Effective Date").
  const others = definitions.filter((d) => d.paragraph === vendor.paragraph && d !== vendor && namesAParty(d));
  // '… School District ("District") and BrightPath Learning Systems, Inc. ("Provider"), and governs … (the "Services")':
  // of several one-word names, the one whose bracket meets the vendor's across "and" is the other party.
  const text = paragraphs[vendor.paragraph]?.text ?? '';
  const besideVendor = others.filter((d) => OTHER_PARTY.test(d.end <= vendor.start ? text.slice(d.end, vendor.start) : text.slice(vendor.end, d.start)));
  const only = others.length === 1 ? others[0] : besideVendor.length === 1 ? besideVendor[0] : others.length === 0 ? partyOfAndParagraph(definitions, paragraphs, vendor) : undefined;
  if (only) definitions.splice(definitions.indexOf(only), 1, { ...only, denotes: 'customer' });
}

/**
 * 'BETWEEN TRACKWELL … ("the Contractor");' / 'AND GLENMORRAY COUNCIL … ("the Council").': Scottish and older English
 * drafting gives each party its own paragraph, the second opening "AND"; the one name defined there is the other party.
 */
function partyOfAndParagraph(definitions: readonly Definition[], paragraphs: readonly Paragraph[], vendor: Definition): Definition | undefined {
  const next = vendor.paragraph + 1;
  if (!/^\s*(?:and|AND)\s/.test(paragraphs[next]?.text ?? '')) return undefined;
  const named = definitions.filter((d) => d.paragraph === next && namesAParty(d));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * '… by and between the Board of Trustees of Crestmoor State University, … ("University"), and' / 'Quillon Labs, Inc.,
 * … ("Contractor").': the sentence naming the parties broken after "and", the vendor opening the next paragraph; the
 * one short name defined in the paragraph before is the other party (audit137: 334's inserted clauses said "Customer").
 * Whether it named one. In place.
 */
function namedBeforeVendor(definitions: Definition[], paragraphs: readonly Paragraph[], vendor: Definition): boolean {
  const before = paragraphs[vendor.paragraph - 1]?.text ?? '';
  // The text trimmed first, so no pattern scans a run of trailing spaces (linear on long runs).
  if (!/\bbetween\b/i.test(before) || !/(?:^|[\s,])and$/i.test(before.trimEnd())) return false;
  const named = definitions.filter((d) => d.paragraph === vendor.paragraph - 1 && namesAParty(d));
  const only = named.length === 1 ? named[0] : undefined;
  if (only) definitions.splice(definitions.indexOf(only), 1, { ...only, denotes: 'customer' });
  return only !== undefined;
}

/** "(1) KELPIE MEDICAL AI LIMITED … (the "Company"); and" / "(2) THE … HEALTH BOARD … (the "Board")": a party entry. */
const PARTY_ENTRY = /^\s*\(?[1-2]\)?\.?\s+\S/;
/** A party's details: its company number, registered office or ABN. */
const PARTY_DETAILS = /\b(?:incorporated|registered\s+office|principal\s+(?:office|place\s+of\s+business)|company\s+number|ABN|ACN)\b/;

/**
 * Parties listed one to a paragraph under "PARTIES", numbered (1) and (2): the entry beside the vendor's that names one
 * short term of its own names the other party, the customer (agreement 135 had "Data Provider" in its inserted words).
 */
// "The Commonwealth of Australia as represented by the Department …, ABN … (the "Agency")." over "Tallowood Dialogue
// Pty Ltd, ACN … (the "Supplier")." under "PARTIES": unnumbered entries that give a company's details (424).
const isEntry = (text: string): boolean => PARTY_ENTRY.test(text) || PARTY_DETAILS.test(text);
function listedCounterparty(definitions: Definition[], paragraphs: readonly Paragraph[], vendor: Definition): void {
  if (!isEntry(paragraphs[vendor.paragraph]?.text ?? '')) return;
  for (const at of [vendor.paragraph + 1, vendor.paragraph - 1]) {
    if (!isEntry(paragraphs[at]?.text ?? '')) continue;
    const named = definitions.filter((d) => d.paragraph === at && d.denotes === 'other' && /^[A-Z][a-z]{2,}$/.test(d.term) && !AGREEMENT_TERM.test(d.term) && !OFFERING_TERM.test(d.term));
    const only = named.length === 1 ? named[0] : undefined;
    if (only) {
      definitions.splice(definitions.indexOf(only), 1, { ...only, denotes: 'customer' });
      return;
    }
  }
}

/** "the higher education institution identified in the Order Schedule": a party left to be filled in on the order. */
const NAMED_ON_THE_ORDER = /\b(?:identified|named|specified|described|set\s+out|listed|detailed)\s+(?:in|on)\s+(?:the|an?|each|any)\s+(?:applicable\s+|relevant\s+)?(?:Order\s+(?:Form|Schedule|Confirmation)|Ordering\s+Document|Service\s+Order|Order|Quote|Quotation|Schedule|Cover\s+(?:Page|Sheet)|Statement\s+of\s+Work)\b/i;

/**
 * 'between Examwise Integrity Ltd … ("Examwise"), and the higher education institution identified in the Order
 * Schedule (the "Institution")': vendor paper names itself in full and the customer by a blank the order fills in;
 * a one-word party named that way in the opening lines is the customer (audit101, 263 read "Controller"). In place.
 */
export function customerNamedOnTheOrder(definitions: readonly Definition[], roles: Map<string, TermDenotation>): void {
  if ([...roles.values()].includes('customer')) return;
  const blank = definitions.filter((d) => d.paragraph <= 4 && roles.get(d.term) === 'other' && /^[A-Z][a-z]+$/.test(d.term) && NAMED_ON_THE_ORDER.test(d.meaning));
  if (blank.length === 1) roles.set((blank[0] as Definition).term, 'customer');
}

/** "(1) LUMENFOLD LEARNING LTD, a company incorporated …", "AND …": a paragraph of the parties block that gives one party. */
const PARTY_PARAGRAPH = /^\s*(?:\(\d\)|\d\.|BETWEEN\b|AND\b|Between\b|And\b)/;
const partyParagraph = (text: string): boolean => PARTY_PARAGRAPH.test(text) || PARTY_DETAILS.test(text);

/**
 * '(1) LUMENFOLD LEARNING LTD … ("Lumenfold"); and' / '(2) HARROWGATE MERIDIAN HOLDINGS PLC … ("Customer")': the
 * customer is defined and the vendor is known by its own name, which no role word gives; the one party name defined
 * in the parties paragraph beside the customer's is the vendor (421: its clauses were written for a "Processor" the
 * contract's data schedule named). In place.
 */
export function counterpartyOfCustomer(definitions: Definition[], paragraphs: readonly Paragraph[]): void {
  if (definitions.some((d) => d.denotes === 'vendor')) return;
  const customer = definitions.find((d) => d.denotes === 'customer');
  if (!customer || !partyParagraph(paragraphs[customer.paragraph]?.text ?? '')) return;
  const beside = [customer.paragraph - 1, customer.paragraph, customer.paragraph + 1].filter((at) => at >= 0 && partyParagraph(paragraphs[at]?.text ?? ''));
  const others = definitions.filter((d) => beside.includes(d.paragraph) && d !== customer && namesAParty(d));
  const only = others.length === 1 ? others[0] : undefined;
  if (only) definitions.splice(definitions.indexOf(only), 1, { ...only, denotes: 'vendor' });
}
