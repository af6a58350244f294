// Finds defined terms ("X" means ..., (the "X"), (collectively, "X")) and the parties' short names.
// Pure: imports only engine modules. Used to read a contract in its own words.
import type { ContractTerms, Definition, Paragraph, Parties, TermDenotation } from './types';
import { partyMentions, type PartyMentions } from './partyRoles';
import { termsFromUsage } from './termsFromUsage';

export interface DefinitionsResult {
  readonly definitions: readonly Definition[];
  readonly parties: Parties;
  readonly terms: ContractTerms;
}

const MEANS = /["“]([A-Z][^"”]{0,60})["”]\s+(?:shall\s+)?(?:means?|refers? to|includes?|has the meaning)\b/g;
// Definition lists often drop the quotes: "1.4 Client Materials means ..." or "Client Materials: all documents ...".
const LIST_ITEM = /^(?:\(?[\da-z]{1,3}(?:\.\d+)*[.)]?\s+)?((?:[A-Z][\w’'-]*\s){0,4}[A-Z][\w’'-]*)(?:\s+(?:shall\s+)?means?\b|:\s)/;
/** ("Lumora," "we," "us," or "our"): one party under several names at once. */
const PAREN_LIST = /\(((?:\s*(?:,|or|and)?\s*["“][^"”()]{1,40}["”]){2,6})\s*\)/g;
const QUOTED = /["“]([^"”]{1,40})["”]/g;
/** "Inputs and Outputs are together (referred to as) "Customer Content"": a name for what the sentence lists before it. */
const REFERRED_AS = /\b(?:are|is)\s+(?:together|collectively|jointly)\s+(?:(?:referred\s+to\s+as|called|known\s+as)\s+)?["“]([^"”]{1,60}?)[.,]?["”]/g;
const PAREN = /\(\s*(?:collectively,?\s+|together,?\s+|hereinafter\s+)?(?:the\s+|each,?\s+(?:a|an)\s+)?["“]([^"”]{1,60})["”]\s*\)/g;

const VENDOR_TERM = /^(?:provider|vendor|supplier|licensor|company|service provider|processor|we|us)$/i;
const CUSTOMER_TERM = /^(?:customer|client|licensee|subscriber|you|buyer|purchaser|controller)$/i;
const USAGE_TERM = /\b(?:usage|telemetry|service generated|system|diagnostic|analytics|metadata|performance)\b/i;
const OUTPUT_TERM = /\b(?:outputs?|generated|results|completions|suggestions)\b/i;
const DATA_TERM = /\b(?:data|content|materials?|inputs?|prompts?|information|submissions|files|documents|uploads)\b/i;
const CUSTOMER_MEANING = /\b(?:customer|client|controller|licensee|subscriber|on behalf of|you|your|user|users|submit(?:s|ted)?|upload(?:s|ed)?|provide[sd]?|input)\b/i;
const AGREEMENT_TERM = /\b(?:agreement|terms|contract|dpa|addendum)\b/i;
/** Data the vendor makes from the customer's ("Derived Data": aggregated, anonymised …) is not the customer's data term. */
const DERIVED_DATA = /\b(?:derived|aggregated?|anonymi[sz]ed|de-identified|deidentified|statistical|statistics)\b/i;

function denotation(term: string, meaning: string): TermDenotation {
  if (VENDOR_TERM.test(term)) return 'vendor';
  if (CUSTOMER_TERM.test(term)) return 'customer';
  if (AGREEMENT_TERM.test(term)) return 'agreement';
  if (USAGE_TERM.test(term)) return 'usage-data';
  if (OUTPUT_TERM.test(term)) return 'output';
  if (DATA_TERM.test(term) && DERIVED_DATA.test(`${term} ${meaning}`)) return 'other';
  if (DATA_TERM.test(term) && CUSTOMER_MEANING.test(meaning)) return 'customer-data';
  return 'other';
}

/** Where each of `mark` sits in a text, found once, so each definition finds its neighbours by binary search. */
class Marks {
  private readonly at: number[] = [];
  constructor(text: string, mark: string) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) this.at.push(i);
  }
  /** How many marks sit at or before `offset`. */
  private countUpTo(offset: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.at[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** As `text.lastIndexOf(mark, offset)`. */
  lastAtOrBefore(offset: number): number {
    return this.at[this.countUpTo(offset) - 1] ?? -1;
  }
  /** As `text.indexOf(mark, offset)`. */
  firstAtOrAfter(offset: number): number {
    return this.at[this.countUpTo(offset - 1)] ?? -1;
  }
}

/** One paragraph's sentence stops, commas and closing brackets: definitions never rescan the text to its end. */
interface ParagraphMarks {
  readonly stops: Marks;
  readonly commas: Marks;
  readonly closings: Marks;
}

// A meaning runs to its sentence's end; a "sentence" of thousands of characters (no full stops) is not one
// definition, and reading all of it for every definition made long paragraphs quadratic.
const MAX_MEANING = 2000;

function sentenceBounds(text: string, marks: ParagraphMarks, at: number): { start: number; end: number } {
  const before = marks.stops.lastAtOrBefore(at);
  const after = marks.stops.firstAtOrAfter(at);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after + 1 };
}

function meaningBetween(text: string, from: number, to: number): string {
  return text.slice(from, Math.min(to, from + MAX_MEANING)).trim();
}

/** How far back a party's company name may sit before its bracket, past its registered number and address. */
const MAX_COMPANY_SPAN = 300;

/**
 * "Northwind Analytics Ltd., a company registered … whose registered office is at …, Manchester ("Northwind")": the
 * company name, when one stands between the last bracket (or "between"/"and") and this one; commas do not end it.
 */
function companyBefore(text: string, from: number, at: number): string | undefined {
  const span = text.slice(from, at).replace(/^.*\bbetween\s+/i, '').replace(/^\s*(?:and|by|with)\s+/i, '');
  const company = COMPANY.exec(span) ?? ORGANISATION.exec(span);
  return company ? span.slice(0, company.index + company[0].length).trim() : undefined;
}

function definitionsIn(index: number, text: string): Definition[] {
  const found: Definition[] = [];
  const marks: ParagraphMarks = { stops: new Marks(text, '. '), commas: new Marks(text, ','), closings: new Marks(text, ')') };
  for (const m of text.matchAll(MEANS)) {
    const term = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(term);
    const meaning = meaningBetween(text, (m.index ?? 0) + m[0].length, sentenceBounds(text, marks, start).end);
    found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: denotation(term, meaning) });
  }
  const item = found.length === 0 ? LIST_ITEM.exec(text) : null;
  if (item && item[1] !== undefined) {
    const term = item[1];
    const start = item.index + item[0].indexOf(term);
    const meaning = meaningBetween(text, item.index + item[0].length, sentenceBounds(text, marks, start).end);
    // "AI DATA TERMS: …" in capitals is a heading, not a defined term.
    const heading = term === term.toUpperCase() && /[A-Z]{2}/.test(term);
    if (!heading && !/^(?:The|This|These|Each|Either|Neither|In|If|Any|All|Section|Schedule)\b/.test(term)) {
      found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: denotation(term, meaning) });
    }
  }
  for (const m of text.matchAll(PAREN)) {
    const term = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(term);
    const bounds = sentenceBounds(text, marks, m.index ?? 0);
    const at = m.index ?? 0;
    const from = Math.max(bounds.start, marks.commas.lastAtOrBefore(at) + 1, marks.closings.lastAtOrBefore(Math.max(0, at - 1)) + 1, at - MAX_MEANING);
    const near = text
      .slice(from, at)
      .replace(/^.*\bbetween\s+/i, '')
      .replace(/^\s*(?:and|by|with)\s+/i, '')
      .trim();
    const meaning = companyBefore(text, Math.max(bounds.start, marks.closings.lastAtOrBefore(Math.max(0, at - 1)) + 1, at - MAX_COMPANY_SPAN), at) ?? near;
    found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: denotation(term, meaning) });
  }
  for (const m of text.matchAll(REFERRED_AS)) {
    const term = m[1] ?? '';
    const at = m.index ?? 0;
    const start = at + m[0].indexOf(term);
    const meaning = text.slice(Math.max(sentenceBounds(text, marks, at).start, at - MAX_MEANING), at).trim();
    found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: denotation(term, meaning) });
  }
  for (const m of text.matchAll(PAREN_LIST)) {
    const at = m.index ?? 0;
    const bounds = sentenceBounds(text, marks, at);
    const meaning = text.slice(Math.max(bounds.start, at - MAX_MEANING), at).replace(/^.*\b(?:between|and)\s+/i, '').trim();
    const names = [...(m[1] ?? '').matchAll(QUOTED)].map((q) => ({ term: (q[1] ?? '').replace(/[,;.]+$/, '').trim(), offset: q.index ?? 0 }));
    // The names in one bracket are one party: "we" among them makes every one of them the vendor, "you" the customer.
    const roles = names.map((n) => denotation(n.term, meaning));
    const party = roles.includes('vendor') ? 'vendor' : roles.includes('customer') ? 'customer' : undefined;
    names.forEach(({ term, offset }, i) => {
      // "our" and "your" are possessives, read by the engine's own voice rules, not names to match as parties.
      if (term === '' || /^(?:our|your)$/i.test(term)) return;
      const start = at + 1 + offset + 1;
      found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: party ?? roles[i] ?? 'other' });
    });
  }
  return found;
}

const COMPANY = /\b(?:Ltd|Limited|LIMITED|Inc|INC|LLC|LLP|plc|PLC|GmbH|Corp|Corporation|Company|S\.A|B\.V|AG|SAS|Pty)\b\.?/;
/** Bodies that sign contracts without a company suffix ("ASHDOWN VALLEY NHS FOUNDATION TRUST"), as names: capitalised. */
const ORGANISATION_NOUNS = ['Trust', 'University', 'Council', 'Authority', 'Bank', 'Foundation', 'Association', 'Institute', 'Hospital', 'College', 'Society', 'Agency', 'Ministry'];
// The noun ends a capitalised name ("Fenmoor Health Trust"); "by the Trust" in a definition's text is no name.
const ORGANISATION = new RegExp(`\\b(?:[A-Z][A-Za-z&'’-]*\\s+){1,6}(?:${ORGANISATION_NOUNS.flatMap((noun) => [noun, noun.toUpperCase()]).join('|')})\\b`);
const namesOrganisation = (meaning: string) => COMPANY.test(meaning) || ORGANISATION.test(meaning);

/** A party known only by its name ("Acme") is the vendor when it provides the services, the customer when it pays. */
function partyRole(mentions: PartyMentions | undefined): TermDenotation {
  if (mentions?.provides && !mentions.pays) return 'vendor';
  if (mentions?.pays && !mentions.provides) return 'customer';
  return 'other';
}

/** Each term's denotation, decided by its first definition; company names are looked up in one pass over the text. */
function termRoles(definitions: readonly Definition[], paragraphs: readonly Paragraph[]): Map<string, TermDenotation> {
  const roles = new Map<string, TermDenotation>();
  const companies = new Set<string>();
  for (const d of definitions) {
    if (roles.has(d.term)) continue;
    roles.set(d.term, d.denotes);
    if (d.denotes === 'other' && namesOrganisation(d.meaning)) companies.add(d.term);
  }
  const mentions = partyMentions(paragraphs.map((p) => p.text), companies);
  for (const term of companies) roles.set(term, partyRole(mentions.get(term)));
  // A contract between two parties: when one is named as the customer (or vendor) and only one company is left,
  // that company is the other side ("between Northwind Analytics Ltd ("Northwind") and the subscriber ("Subscriber")").
  const undecided = [...companies].filter((term) => roles.get(term) === 'other');
  const has = (role: TermDenotation) => [...roles.values()].includes(role);
  if (undecided.length === 1 && has('customer') !== has('vendor')) roles.set(undecided[0] as string, has('customer') ? 'vendor' : 'customer');
  return roles;
}

/** What the vendor provides, as contracts define it: "Services", "the Platform", "Subscription Services". */
const SERVICES_TERM = /^(?:(?:subscription|cloud|online|hosted|ai|professional)\s+)?(?:services?|platform|software|solution|offerings?|products?)$/i;

/** US or UK spelling by the contract's own usage: "licence" is English only; then "-ize" against "-ise" words. */
const IZE_STEMS = /\b(?:organi|authori|recogni|anonymi|pseudonymi|minimi|optimi|personali|categori|summari|characteri|utili|finali|priori|standardi)(z|s)(?:e|es|ed|ing|ation|ations)\b/gi;

function spellingOf(paragraphs: readonly Paragraph[]): 'us' | 'uk' {
  let us = 0;
  let uk = 0;
  let usLicense = false;
  for (const p of paragraphs) {
    if (/\blicences?\b/i.test(p.text)) return 'uk';
    usLicense ||= /\blicenses?\b/i.test(p.text);
    for (const m of p.text.matchAll(IZE_STEMS)) {
      if ((m[1] ?? '').toLowerCase() === 'z') us++;
      else uk++;
    }
  }
  if (us !== uk) return us > uk ? 'us' : 'uk';
  return usLicense ? 'us' : 'uk';
}

/** The words a meaning names before it excludes anything ("… excluding Customer Materials" names no data). */
const EXCLUDING = /\b(?:excluding|other than|except|(?:does|do|shall|will) not include)\b/i;

/** "Customer Content", "Client Files": the term's last word is a data noun ("Personal Data Breach" is an event). */
const namesData = (term: string) => DATA_TERM.test(term.split(/\s+/).pop() ?? '');

/**
 * "Trust Data", "Council Materials": a data term named after the customer party is the customer's data, whatever the
 * customer is called (a role noun like "Customer Data" is read from the word itself). Derived data stays derived.
 */
function withCustomerNamedData(definitions: readonly Definition[]): Definition[] {
  const customers = definitions.filter((d) => d.denotes === 'customer').map((d) => d.term);
  return definitions.map((d) => {
    const owner = d.term.split(/\s+/).slice(0, -1).join(' ');
    const named = d.denotes === 'other' && customers.includes(owner) && namesData(d.term) && !DERIVED_DATA.test(d.term);
    return named ? { ...d, denotes: 'customer-data' } : d;
  });
}

/**
 * A data term defined from the customer's data terms ("Inputs and Outputs are together referred to as "Customer
 * Content"") is the customer's data too, and the widest name for it: the playbook's clauses protect all of it.
 */

function withDataUmbrellas(definitions: readonly Definition[]): Definition[] {
  const data = definitions.filter((d) => d.denotes === 'customer-data').map((d) => d.term);
  if (data.length === 0) return [...definitions];
  return definitions.map((d) => {
    const named = d.meaning.split(EXCLUDING)[0] ?? '';
    const umbrella = d.denotes !== 'customer-data' && namesData(d.term) && !DERIVED_DATA.test(`${d.term} ${d.meaning}`) && data.some((t) => named.includes(t));
    return umbrella ? { ...d, denotes: 'customer-data' } : d;
  });
}

/** The customer's data term: the one whose meaning takes in another of them (the umbrella), else the first defined. */
function customerDataTerm(definitions: readonly Definition[]): string | undefined {
  const data = definitions.filter((d) => d.denotes === 'customer-data');
  const umbrella = data.find((d) => namesData(d.term) && data.some((other) => other.term !== d.term && (d.meaning.split(EXCLUDING)[0] ?? '').includes(other.term)));
  return (umbrella ?? data[0])?.term;
}

/** "Sub-processor", "Subcontractors": the contract's own word for those it engages to process the data. */
/**
 * "the Supplier shall …", "the Trust's data": a party term the contract writes with "the" nearly every time (four
 * in five uses, at least three) takes it in inserted wording too. "Trust Data" is another term's use, and (the "Trust") its definition.
 */
function takesArticle(paragraphs: readonly Paragraph[], term: string): boolean {
  if (!/^[A-Z][a-z]/.test(term)) return false;
  const uses = new RegExp(`(\\b[Tt]he\\s+)?(?<!["“])\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?!\\s+[A-Z][a-z])`, 'g');
  let withArticle = 0;
  let all = 0;
  for (const paragraph of paragraphs) {
    for (const use of paragraph.text.matchAll(uses)) {
      all++;
      if (use[1] !== undefined) withArticle++;
    }
  }
  return withArticle >= 3 && withArticle >= 0.8 * all;
}

/** "subcontractors", "sub-processors": the contract's own word where it defines none, the one it uses most. */
const SUBPROCESSOR_IN_TEXT = /\b(sub-?(?:processor|contractor))s?\b/gi;
function subprocessorInUse(paragraphs: readonly Paragraph[]): string | undefined {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) for (const m of paragraph.text.matchAll(SUBPROCESSOR_IN_TEXT)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // The playbook's own word needs no entry.
  return most === 'subprocessor' ? undefined : most;
}

/** The contract's own name for the day it starts ("Effective Date"): "the date of this Agreement" is not its words. */
const START_DATE_TERM = /^(?:Effective|Commencement|Start) Date$/;
const START_DATE_IN_TEXT = /\bthe ((?:Effective|Commencement) Date)\b/;
function startDateInUse(paragraphs: readonly Paragraph[]): string | undefined {
  for (const paragraph of paragraphs) {
    const found = START_DATE_IN_TEXT.exec(paragraph.text)?.[1];
    if (found) return found;
  }
  return undefined;
}
const SUBPROCESSOR_TERM = /^sub-?(?:processor|contractor)s?$/i;

/** "De-identified Data" means data derived from Subscriber Materials …: the contract's own name for data made from the customer's. */
function derivedDataTerm(definitions: readonly Definition[]): string | undefined {
  const data = definitions.filter((d) => d.denotes === 'customer-data').map((d) => d.term);
  return definitions.find(
    (d) => d.denotes === 'other' && namesData(d.term) && DERIVED_DATA.test(`${d.term} ${d.meaning}`) && data.some((t) => (d.meaning.split(EXCLUDING)[0] ?? '').includes(t)),
  )?.term;
}

function firstTerm(definitions: readonly Definition[], denotes: TermDenotation): string | undefined {
  return definitions.find((d) => d.denotes === denotes)?.term;
}

/** Definitions in document order, the parties and the words to use for placeholders. */
export function extractDefinitions(paragraphs: readonly Paragraph[]): DefinitionsResult {
  const found = paragraphs.flatMap((p, i) => definitionsIn(i, p.text)).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  // Contracts assembled from several documents repeat their definitions: a term's first definition decides.
  const roles = termRoles(found, paragraphs);
  const definitions = withDataUmbrellas(withCustomerNamedData(found.map((d) => ({ ...d, denotes: roles.get(d.term) ?? d.denotes }))));
  const vendorAliases = definitions.filter((d) => d.denotes === 'vendor').map((d) => d.term);
  const customerAliases = definitions.filter((d) => d.denotes === 'customer').map((d) => d.term);
  const vendor = vendorAliases[0];
  const customer = customerAliases[0];
  const parties: Parties = {
    ...(vendor !== undefined ? { vendor } : {}),
    ...(customer !== undefined ? { customer } : {}),
    vendorAliases,
    customerAliases,
  };
  // Undefined words fall back on the ones the contract uses, then on the playbook's own.
  const usage = termsFromUsage(paragraphs);
  const terms: ContractTerms = {
    customerData: customerDataTerm(definitions) ?? usage.customerData ?? 'Customer Data',
    // Bare capitalised nouns: playbook clauses write "{{vendor}} shall" and "this {{agreement}}".
    vendor: vendor ?? usage.vendor ?? 'Vendor',
    customer: customer ?? usage.customer ?? 'Customer',
    agreement: firstTerm(definitions, 'agreement') ?? usage.agreement ?? 'Agreement',
    services: definitions.find((d) => SERVICES_TERM.test(d.term))?.term ?? 'services',
    spelling: spellingOf(paragraphs),
    ...(usage.voice ? { voice: usage.voice } : {}),
  };
  const derivedData = derivedDataTerm(definitions);
  const subprocessor = definitions.find((d) => SUBPROCESSOR_TERM.test(d.term))?.term.replace(/s$/, '') ?? subprocessorInUse(paragraphs);
  // Defined in quotes, or used capitalised mid-sentence the way a defined term is ("as of the Effective Date stated …").
  const articled = [terms.vendor, terms.customer].filter((term) => takesArticle(paragraphs, term));
  const startDate = definitions.find((d) => START_DATE_TERM.test(d.term))?.term ?? startDateInUse(paragraphs);
  return {
    definitions,
    parties,
    terms: {
      ...terms,
      ...(derivedData !== undefined ? { derivedData } : {}),
      ...(subprocessor !== undefined ? { subprocessor } : {}),
      ...(startDate !== undefined ? { startDate } : {}),
      ...(articled.length > 0 ? { articled } : {}),
    },
  };
}
