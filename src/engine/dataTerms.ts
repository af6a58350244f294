// Which defined terms name the customer's data, and which of them is its widest name (the term the playbook's
// clauses use). Pure: engine types only.
import type { Definition } from './types';

// Media and works are data too when the customer supplies them: "Your Photos", "Client Recordings", "Customer Code".
// "Conversation Logs", "Call Transcripts": what the customer's people said, logged, names data as "Data" does.
/** A term whose head noun is a part of the contract or a scheme under it: "Data Usage Annex", "Analytics Programme". */
export const DOCUMENT_PART_TERM = /\b(?:annex|annexes|schedule|exhibit|appendix|attachment|addendum|policy|policies|programme|program|scheme|agreement|terms)$/i;
export const DATA_TERM = /\b(?:data|content|materials?|inputs?|prompts?|information|submissions|files|documents|records|uploads|photos|images|pictures|videos|footage|recordings|audio|media|code|designs|messages|conversations|logs|transcripts)\b/i;
/** "Data Protection Laws", "Data Protection Legislation": a law's name holds the word "data" but names no data. */
export const LAW_NAME = /\b(?:laws?|legislation|regulations?|act|directive|rules)$/i;
export const DERIVED_DATA = /\b(?:derived|aggregated?|anonymi[sz]ed|de-identified|deidentified|statistical|statistics)\b/i;
/** Words that make a meaning's data derived wherever they stand ("aggregated", "anonymised", "statistics"). */
const DERIVED_WORD = /\b(?:aggregated?|anonymi[sz]ed|de-identified|deidentified|statistical|statistics)\b/i;
/**
 * "derived from Client Data", "derived by the Supplier through analysis of …": "derived" says what the data was made
 * from. "… provided by the Agency or collected, generated or derived by the Contractor in performing this Contract"
 * lists where the customer's own data comes from (an umbrella over it), and makes nothing from it.
 */
const DERIVED_FROM = /\bderived\b(?:\s+[\w,'\u2019-]+){0,6}?\s+(?:from|through|via|out\s+of)\b/i;
/** A meaning that describes data made from other data. */
// '"Customer Data" means Candidate Recordings, … and any other data you submit, excluding De-identified Data and Usage
// Data' (252): what a meaning excludes is not what it names.
export const derivedMeaning = (meaning: string): boolean => {
  const named = meaning.split(EXCLUDED_AFTER)[0] ?? '';
  return derivedWordDescribes(named) || derivedFromFirst(named);
};
/**
 * "… processed by the Supplier, together with any data derived from any of it, whether or not … aggregated" (368
 * "Customer Data"): in a term named as the customer's, a limb that brings what is made from the data under the term
 * widens the customer's data; the derived words there say what else it covers, not what it is. ("Service Data" means
 * telemetry "together with any data derived from Member Data" still sweeps the customer's data into the vendor's.)
 */
export const DERIVED_ALSO = /(?:,|(?<![\s,]))\s+(?:together\s+with|and\s+includes?|including)\s+(?:any|all)\s+(?:[\w-]+\s+){0,3}?(?:data|information|content|materials)\s+(?:derived|generated|created|produced|made)\s+(?:from|out\s+of)\b/i;
/** Only the plain words of exclusion: "other than" and "except" also qualify ("data, other than …, that has been aggregated"). */
const EXCLUDED_AFTER = /\b(?:excluding|but\s+excludes?|(?:does|do|shall|will)\s+not\s+include)\b/i;
const RELATIVE_WHICH = /\bwhich\s/i;
const MODAL = /\b(?:may|will|shall|can)\b/i;
/**
 * "… and other records of interactions processed through the Platform, which … we may retain in de-identified form
 * after the Subscription Term" (248 "Interaction Data"): a derived word inside a "which" clause, after a modal there,
 * is what a party may later make of the data, not what the term is. "… which has been aggregated" still describes it.
 */
const derivedWordDescribes = (meaning: string): boolean => {
  const derived = DERIVED_WORD.exec(meaning);
  if (derived === null) return false;
  const which = RELATIVE_WHICH.exec(meaning);
  if (which === null || which.index > derived.index) return true;
  const modal = MODAL.exec(meaning.slice(which.index, derived.index));
  return modal === null;
};
/**
 * "… data derived from Customer Data": what is defined is made from other data. Not where the made data closes a list
 * of the raw material ("audio recordings, transcripts, call metadata … and analytics derived from them"): the term
 * names the raw material first, and is the customer's data (audit49, 128 "Call Data").
 */
const derivedFromFirst = (meaning: string): boolean => {
  const match = DERIVED_FROM.exec(meaning);
  // Made from the list's own items ("derived from them"), not from another data term ("derived from Customer Content").
  const fromTheList = /^derived\s+from\s+(?:them|these|those|such)\b/i.test(meaning.slice(match?.index ?? 0));
  return match !== null && !(fromTheList && /,[^,]*,/.test(meaning.slice(0, match.index)) && /\band\s+(?:\w+\s+){0,3}$/.test(meaning.slice(0, match.index)));
};
/** A defined term for data made from other data, by its name ("Derived Data") or its meaning. */
export const derivedDefinition = (term: string, meaning: string): boolean => DERIVED_DATA.test(term) || derivedMeaning(meaning);

/** The words a meaning names before it excludes anything ("… excluding Customer Materials" names no data). */
export const EXCLUDING = /\b(?:excluding|other than|except|(?:does|do|shall|will) not include)\b/i;

/** "Customer Content", "Client Files": the term's last word is a data noun ("Personal Data Breach" is an event). */
/** "Customer Data", "Trust Materials", "Data Set": a term whose head word names data. */
export const namesData = (term: string) => DATA_TERM.test(term.split(/\s+/).pop() ?? '') || /\bdata\s*sets?$/i.test(term);

/**
 * "Trust Data", "Council Materials": a data term named after the customer party is the customer's data, whatever the
 * customer is called (a role noun like "Customer Data" is read from the word itself). Derived data stays derived.
 */
export function withCustomerNamedData(definitions: readonly Definition[]): Definition[] {
  const customers = definitions.filter((d) => d.denotes === 'customer').map((d) => d.term);
  const source = customerAsSource(customers);
  // "… the Authority shall disclose to the Contractor up to 250,000 studies … (the "Research Data Set")": handed over by
  // the customer in the active voice too (audit139, 338 Sch D read the data set as naming no data of the Authority's).
  const names = customers.map(escapeName).join('|');
  const supplied = customers.length === 0 ? undefined : new RegExp(`\\b(?:delivered|provided|supplied|made\\s+available|disclosed|transferred)\\s+by\\s+(?:the\\s+)?(?:${names})\\b|\\b(?:${names})\\s+(?:shall|will|must|agrees\\s+to)\\s+(?:provide|disclose|deliver|supply|transfer|make\\s+available)\\b`);
  return definitions.map((d) => {
    const owner = d.term.split(/\s+/).slice(0, -1).join(' ');
    const candidate = d.denotes === 'other' && namesData(d.term) && !DERIVED_DATA.test(d.term);
    // '"Data Set" means the de-identified studies … delivered by Institution': data the customer itself de-identifies
    // and hands over stays its data; only what the vendor makes from it is derived.
    const handedOver = supplied !== undefined && supplied.test(d.meaning);
    const fromCustomer = ((source !== undefined && source.test(d.meaning)) || handedOver) && (!derivedMeaning(d.meaning) || handedOver);
    // "Health System Data": the customer's own name before "Data", though "System" reads like usage data (agreement 194).
    const ownersUsageWord = d.denotes === 'usage-data' && customers.includes(owner);
    const named = (candidate && (customers.includes(owner) || fromCustomer)) || ownersUsageWord;
    return named ? { ...d, denotes: 'customer-data' } : d;
  });
}

/**
 * '"Machine Data" means the … data acquired from the equipment of Purchaser …, and includes the records which Purchaser
 * inputs': a meaning that names the customer party as where the data comes from, or as its owner, names its data.
 */
export const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function customerAsSource(customers: readonly string[]): RegExp | undefined {
  if (customers.length === 0) return undefined;
  const names = customers.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(
    `\\b(?:of|from|by)\\s+(?:the\\s+)?(?:${names})\\b(?!\\s+(?:to|for)\\b)|\\b(?:${names})['’]s\\s+(?!obligations|use\\b|access\\b)|\\b(?:${names})\\s+(?:inputs?|provides?|submits?|uploads?|loads?|makes?\\s+available|supplies|enters?|transmits?|sends?|shares?|creates?|captures?|stores?)\\b`,
  );
}

/**
 * A data term defined from the customer's data terms ("Inputs and Outputs are together referred to as "Customer
 * Content"") is the customer's data too, and the widest name for it: the playbook's clauses protect all of it.
 */

export function withDataUmbrellas(definitions: readonly Definition[]): Definition[] {
  const data = definitions.filter((d) => d.denotes === 'customer-data').map((d) => d.term);
  if (data.length === 0) return [...definitions];
  return definitions.map((d) => {
    const named = d.meaning.split(EXCLUDING)[0] ?? '';
    const umbrella = d.denotes !== 'customer-data' && namesData(d.term) && !derivedDefinition(d.term, d.meaning) && data.some((t) => named.includes(t));
    return umbrella ? { ...d, denotes: 'customer-data' } : d;
  });
}

/**
 * '"Customer Data" means Call Data, Transcripts, Analytics and any other data …': a term the customer's data term lists
 * among its own parts (before anything it excludes) is the customer's data, though its name ("Analytics") reads as
 * the vendor's usage data. Derived data listed there stays derived, and outputs stay outputs.
 */
export function withDataParts(definitions: readonly Definition[]): Definition[] {
  const data = definitions.filter((d) => d.denotes === 'customer-data');
  const partOf = (term: string) =>
    data.some((d) => {
      const named = d.meaning.split(EXCLUDING)[0] ?? '';
      const at = named.indexOf(term);
      // Listed as a part ("Call Data, Transcripts, Analytics and …"), not merely mentioned in a qualifier after it.
      // "all Telematics Data and Video Data, together with …": the list may open with "all", "any" or "the".
      const list = named.slice(named.lastIndexOf(',', at) + 1).trim().replace(/^(?:all|any|the)\s+/, '');
      return at >= 0 && at < 80 && !/\b(?:from|of|about|relating to|derived)\s+(?:the\s+)?$/i.test(named.slice(0, at)) && TERM_LIST.test(list);
    });
  // '"Customer Data" means all Telematics Data and Video Data, …': a data term defined only by what it records ("still
  // images, video footage …") is the customer's data once the customer's data term lists it (audit179, 411 § 5.7).
  const candidate = (d: Definition) => d.denotes === 'usage-data' || (d.denotes === 'other' && namesData(d.term));
  return definitions.map((d) => (candidate(d) && !derivedDefinition(d.term, d.meaning) && partOf(d.term) ? { ...d, denotes: 'customer-data' } : d));
}

/** "… which is contained in Session Data": the words before a term that holds the customer's data. */
const CONTAINED_IN = /\b(?:contained|included|held|stored|recorded|captured|embedded)\s+(?:with)?in\s+(?:any\s+|the\s+|such\s+)?$/i;

/**
 * '"Patient Data" means personal data … which is contained in Session Data': a data term the customer's data is said
 * to be contained in holds the customer's data, so it is the customer's data too, though nothing else names it so
 * (agreement 333: every grant over Session Data read as naming no customer data, and was left alone). Only a term that
 * is nothing else yet (not usage, derived or output data).
 */
export function withDataContainers(definitions: readonly Definition[]): Definition[] {
  const data = definitions.filter((d) => d.denotes === 'customer-data');
  const holds = (term: string) =>
    data.some((d) => {
      const own = d.meaning.split(EXCLUDING)[0] ?? '';
      const at = own.indexOf(term);
      return at > 0 && CONTAINED_IN.test(own.slice(Math.max(0, at - 40), at));
    });
  return definitions.map((d) => (d.denotes === 'other' && namesData(d.term) && !derivedDefinition(d.term, d.meaning) && holds(d.term) ? { ...d, denotes: 'customer-data' } : d));
}

/** A term for the data that runs the customer's account, not the data the service works on. */
const ACCOUNT_TERM = /^(?:Account|Billing|Registration|Contact|Administrative|Admin)\s+(?:Data|Information|Details)$/;

/**
 * The customer's data term: the one whose meaning takes in another of them (the umbrella), else the first defined.
 * A term that merely includes another ("Prompts" means what Users submit, "together with any Subscriber Data …") is
 * not its umbrella: an umbrella is made of the others, which its meaning names first ("Inputs and Outputs"). With none, the personal or health information the vendor handles for the customer
 * ("Protected Health Information ("PHI")") is the data the playbook protects.
 */
/** "Your Content", "Customer Code", "Client's Materials": a term that names the customer as the data's owner. */
export const CUSTOMERS_OWN = /^(?:your|customer|client|subscriber|licensee)(?:['’]s)?\s/i;
/** The examples a meaning gives ("…, including Code Snippets, Prompts and …"), up to the sentence's end or its exclusion. */
const EXAMPLES = /\b(?:including|includes)\b[^.;]{0,160}/i;
const examplesOf = (meaning: string) => EXAMPLES.exec(meaning.split(EXCLUDING)[0] ?? '')?.[0] ?? '';

export function customerDataTerm(definitions: readonly Definition[]): string | undefined {
  // One definition per term: a term defined again in every paragraph ('(the "Customer Data")' repeated) would make the
  // search for an umbrella below grow with the square of the document.
  const seen = new Set<string>();
  const data = definitions.filter((d) => d.denotes === 'customer-data' && !seen.has(d.term) && seen.add(d.term) !== undefined);
  const takesIn = (d: Definition, other: string) => {
    const named = d.meaning.split(EXCLUDING)[0] ?? '';
    const at = named.indexOf(other);
    if (at < 0 || at >= 40 || /\b(?:including|includes|such as|contained|included|together with)\b[^.;]*$/i.test(named.slice(0, at))) return false;
    // 'Fieldwise may use Co-operative Data, together with information about how … ("Usage Information")': a term
    // defined in brackets at the end of a sentence names its last words; the sentence's own object is no part of it (415).
    if (/\b(?:may|shall|will|must|can)\s/i.test(named.slice(0, at))) return false;
    // "Matter Data means Firm Content that is stored in a matter workspace", "the Inputs and Outputs you submit while
    // enrolled": the others qualified after their list are a part of them, not an umbrella over them.
    const list = TERM_LIST.exec(named.slice(at))?.[0] ?? other;
    return UNQUALIFIED.test(named.slice(at + list.length));
  };
  // '"State Data" means all data and information, including Constituent Inputs, …': a term for all the data there
  // is, which lists the others among it, is their umbrella.
  const allData = (d: Definition, other: string) => ALL_DATA.test(d.meaning) && (d.meaning.split(EXCLUDING)[0] ?? '').includes(other);
  // '"Confidential Information" means all information … disclosed by or on behalf of a party, and the Customer Materials
  // shall be treated as Customer's …': each party's secrets, not the customer's data; a clause written for the
  // customer's data in that name would protect the vendor's too (193 § 7.3).
  const own = data.filter((d) => !MUTUAL.test(ownMeaning(d.meaning)));
  // '"Customer Code" means Customer's proprietary source code, including Code Snippets, Prompts and …': a term named as
  // the customer's that counts the others among its examples is their umbrella too (audit216, 477 chose "Code Snippets").
  const example = (d: Definition, other: string) => CUSTOMERS_OWN.test(d.term) && examplesOf(d.meaning).includes(other);
  const umbrella = own.find((d) => namesData(d.term) && data.some((other) => other.term !== d.term && (takesIn(d, other.term) || allData(d, other.term) || example(d, other.term))));
  // '"Extracted Data" means the structured fields … that DocSift generates from Subscriber Content': a term made from
  // another of them is not the first choice, whichever is defined first (228 chose "Extracted Data").
  // So is one that is a part of another ('"Project Data" means Subscriber Content relating to a specific project').
  const sources = own.filter((d) => !data.some((other) => other.term !== d.term && (madeFrom(ownMeaning(d.meaning), other.term) || partOfOther(d.meaning, other.term))));
  // '"Account Data" means the information you give us to set up and manage your account …' defined before '"Customer
  // Content" means the recordings, transcripts …': the data the service works on is the data the playbook protects
  // (417 wrote its clauses about "Account Data").
  const source = sources.find((d) => !ACCOUNT_TERM.test(d.term)) ?? sources[0];
  return (umbrella ?? source ?? own[0] ?? data[0])?.term ?? definitions.find((d) => PERSONAL_DATA.test(d.term) || PERSONAL_DATA.test(expanded(d)))?.term;
}

/**
 * '"Customer Data" means …; "Confidential Information" means … disclosed by or on behalf of a party': definitions run
 * together in one paragraph; each meaning stops where the next term is defined (224 § 1.1 lost its umbrella term).
 */
const NEXT_DEFINITION = /;\s+(?:and\s+)?["“][A-Z][^"”]{0,60}["”]\s+(?:means|shall\s+mean|has\s+the\s+meaning)\b/;
export const ownMeaning = (meaning: string): string => meaning.slice(0, NEXT_DEFINITION.exec(meaning)?.index ?? meaning.length);

/** "generates from Subscriber Content", "derived from the Inputs": a meaning that says it is made from the other term. */
const MADE_FROM = /\b(?:generat|deriv|extract|produc|creat|compil)\w*\b[^.;]{0,60}?\bfrom\s+(?:the\s+|any\s+)?$/i;
const madeFrom = (meaning: string, other: string): boolean => {
  const at = meaning.indexOf(other);
  return at >= 0 && MADE_FROM.test(meaning.slice(Math.max(0, at - 90), at));
};

const partOfOther = (meaning: string, other: string): boolean => meaning.replace(/^\s*(?:the|all|any|such)\s+/i, '').startsWith(`${other} `);

/** A meaning that takes in either party's information: "disclosed by or on behalf of a party", "of either party". */
const MUTUAL = /\b(?:by|of|from)\s+(?:or\s+on\s+behalf\s+of\s+)?(?:a|either|each|one|the\s+disclosing)\s+party\b/i;
/** A meaning that opens with all the data there is: "all data and information", "any and all content". */
const ALL_DATA = /^(?:any\s+and\s+)?all\s+(?:data|information|content|materials)\b/i;
/** Defined terms joined into a list: "Inputs and Outputs", "Prompts, Files and Outputs". */
const TERM_LIST = /^[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}(?:(?:, | and | or |, and |, or )(?:the |all |any )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}){0,6}/;
/**
 * What may follow an umbrella's list: nothing, a stop, a bracket, "together"/"collectively", or the rest of the data
 * ("Recordings, Transcripts, Insights, CRM Data and all other data and content submitted …").
 */
const UNQUALIFIED = /^\s*(?:$|[.;,)(]|(?:together|collectively|each|both)\b|(?:and|or)\s+(?:all|any)\s+other\b)/i;
const PERSONAL_DATA = /^(?:(?:customer|client)\s+)?(?:personal (?:data|information)|protected health information|personal health information)$/i;
/** "Protected Health Information ("PHI")": the words an acronym stands for, when the meaning ends with them. */
function expanded(d: Definition): string {
  if (!/^[A-Z]{2,6}$/.test(d.term)) return '';
  const words = d.meaning.trim().split(/\s+/).slice(-d.term.length);
  return words.map((w) => w.charAt(0)).join('') === d.term ? words.join(' ') : '';
}

