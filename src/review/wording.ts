// Fills a playbook text with the contract's own words and makes it read as the contract reads: its spelling
// ("license" in a US contract), capitals at sentence starts after "we"/"you" fill in. Pure: engine and playbook only.
import type { ContractTerms } from '../engine/types';
import { fillClause } from '../playbook/fillPlaceholders';
import { speakAsWeAndYou } from './voice';

/** British and American spellings the default playbook uses, as pairs (UK first). */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['authorised', 'authorized'],
  ['organisation', 'organization'],
  ['organisations', 'organizations'],
  ['organisational', 'organizational'],
  ['anonymised', 'anonymized'],
  ['anonymise', 'anonymize'],
  ['pseudonymisation', 'pseudonymization'],
  ['pseudonymised', 'pseudonymized'],
  ['minimise', 'minimize'],
  ['recognised', 'recognized'],
  ['summarise', 'summarize'],
  ['behaviour', 'behavior'],
  ['programme', 'program'],
  ['favour', 'favor'],
];

function matchCase(template: string, word: string): string {
  if (template === template.toUpperCase()) return word.toUpperCase();
  return template[0] === template[0]?.toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Rewrites UK spellings as US ones for a US contract, and the reverse; words outside the list are left alone. */
export function adaptSpelling(text: string, spelling: ContractTerms['spelling']): string {
  const pairs: (readonly [string, string])[] = SPELLINGS.map(([uk, us]) => (spelling === 'us' ? [uk, us] : [us, uk]));
  const pattern = new RegExp(`\\b(?:${pairs.map(([from]) => from).join('|')})\\b`, 'gi');
  const to = new Map(pairs.map(([from, target]) => [from, target]));
  return text.replace(pattern, (word) => matchCase(word, to.get(word.toLowerCase()) ?? word));
}

/** "we shall not …" at the start of a sentence reads "We shall not …". */
function capitaliseSentences(text: string): string {
  return text.replace(/(^|[.!?]\s+)([a-z])/g, (_whole, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

const SINGULAR_TO_PLURAL: Readonly<Record<string, string>> = {
  ends: 'end',
  is: 'are',
  has: 'have',
  does: 'do',
  lasts: 'last',
  allows: 'allow',
  expires: 'expire',
  terminates: 'terminate',
  remains: 'remain',
  lets: 'let',
  permits: 'permit',
  governs: 'govern',
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A contract that calls itself "these Terms" is plural: the playbook's "this Agreement ends" reads "these Terms end".
 */
export function agreeWithAgreement(text: string, agreement: string): string {
  // A contract that names itself with its own determiner ("these Terms") takes no second one: not "this these Terms".
  const determiner = /^(?:these|this|the)\s+/i.exec(agreement)?.[0] ?? '';
  let out = determiner
    ? text.replace(new RegExp(`\\b(?:[Tt]his|[Tt]he) ${escape(agreement)}\\b`, 'g'), (whole) => matchCase(whole, agreement))
    : text;
  const noun = agreement.slice(determiner.length);
  // "these Terms", "these Online Terms", "these terms": a name that ends in "Terms" is plural.
  if (!/\b[Tt]erms$/.test(noun)) return out;
  if (!determiner) out = out.replace(new RegExp(`\\b([Tt])his ${escape(noun)}\\b`, 'g'), (_w, t: string) => `${t === 'T' ? 'These' : 'these'} ${noun}`);
  // "Nothing in these Terms permits …": after a preposition the name is no subject, and the verb keeps its own ("the
  // rest of these Terms govern" is left to the plural: after "of" the name often is the head).
  return out.replace(new RegExp(`(\\b(?:in|under|by|to|with|from)\\s+(?:these\\s+|this\\s+|the\\s+)?)?\\b${escape(noun)} (${Object.keys(SINGULAR_TO_PLURAL).join('|')})\\b`, 'g'), (whole, governed: string | undefined, verb: string) =>
    governed !== undefined ? whole : `${noun} ${SINGULAR_TO_PLURAL[verb] ?? verb}`,
  );
}

/** "Inputs", "Client Files", "Subscriber Materials": a data term that is a plural noun takes a plural verb. */
const PLURAL_VERBS: Readonly<Record<string, string>> = { is: 'are', has: 'have', includes: 'include', was: 'were', remains: 'remain', contains: 'contain' };

/**
 * "… derived from it", "delete it", "any of it": the playbook's pronoun for the data, as the object of a data verb or
 * preposition. A plural data term takes "them"; a subject "it" ("if it objects") is a party and is left alone.
 */
const DATA_PRONOUN = /\b(derived from|generated from|created with|copies of|any of|use of|review of|train on|asks for|ask for|receives|receive|use|using|delete|deleting|return|returning|retain|retaining|retains|store|storing|process|processing) it\b/g;

const DATA_SUBJECT = /\b(how long|whether|once|until) it (will|may|shall|can)\b/g;

function agreeWithDataTerm(text: string, term: string): string {
  const last = term.split(' ').pop() ?? '';
  if (!/[^s]s$/.test(last)) return text;
  // "no content of Member Records is reproduced": after "of" the term is no subject and the verb keeps its own.
  const verbs = text.replace(new RegExp(`(\\bof\\s+)?\\b${escape(term)} (is|has|includes|was|remains|contains)\\b`, 'g'), (whole, governed: string | undefined, verb: string) =>
    governed !== undefined ? whole : `${term} ${PLURAL_VERBS[verb] ?? verb}`,
  );
  // Only in a sentence that names the data term before the pronoun; "how long it will be kept" takes "they" (audit95).
  return verbs.replace(/[^.]+\.?/g, (sentence) => {
    const named = sentence.indexOf(term);
    return named < 0 ? sentence : sentence.slice(0, named) + sentence.slice(named).replace(DATA_PRONOUN, '$1 them').replace(DATA_SUBJECT, '$1 they $2');
  });
}

/**
 * "the Supplier shall", "the Trust's request" where the contract writes its parties that way. A party word that
 * opens another term ("Trust Data") or already has its article is left as it is.
 */
function withArticles(text: string, terms: ContractTerms): string {
  let out = text;
  for (const term of terms.articled ?? []) {
    out = out.replace(new RegExp(`(?<![Tt]he\\s|[Tt]he\\s[\\w’'-]*\\s)\\b${escape(term)}\\b(?!\\s+[A-Z][a-z])`, 'g'), (word, at: number) =>
      /(?:^|[.;:]\s+)$/.test(out.slice(0, at)) ? `The ${word}` : `the ${word}`,
    );
  }
  return out;
}

/** The playbook's "outputs" and "any output" in the contract's defined term ("Outputs", "any Completion"). */
function withOutputsTerm(text: string, term: string | undefined): string {
  if (term === undefined) return text;
  return text.replace(/\boutputs\b/g, term).replace(/\b(any|each|an|the) output\b/g, (_w, determiner: string) => `${determiner === 'an' ? 'a' : determiner} ${term.slice(0, -1)}`);
}

/** Role nouns for a customer of the vendor's service, whose plural names the vendor's other customers too. */
const SERVICE_ROLES = /^(?:client|subscriber|licensee|member)$/i;
/** Role nouns of a transaction or a law ("Purchaser", "Controller"): their plural does not name the vendor's customers. */
const TRANSACTION_ROLES = /^(?:purchaser|buyer|controller)$/i;

/**
 * "the data of other customers" in a contract whose customer is the "Subscriber": "other subscribers"; where it is
 * the "Purchaser", "other customers of Supplier" ("other purchasers" would borrow the defined term for others).
 */
function otherCustomers(text: string, customer: string, vendor: string, inUse?: string): string {
  // "our other clients" in the contract itself: its words, whatever the customer is called.
  if (inUse !== undefined) return text.replace(/\bother customers\b/g, inUse);
  if (TRANSACTION_ROLES.test(customer) && !PRONOUNS.has(vendor.toLowerCase()) && vendor !== FALLBACK_VENDOR) return text.replace(/\bother customers\b/g, `other customers of ${vendor}`);
  if (!SERVICE_ROLES.test(customer)) return text;
  return text.replace(/\bother customers\b/g, `other ${customer.toLowerCase()}s`);
}

/** Terms in the "we"/"you" voice are written to users, whose fellows are "other users", not "other customers". */
const othersInVoice = (terms: ContractTerms): string | undefined => terms.otherCustomers ?? (terms.voice === 'we-you' ? 'other users' : undefined);

/** The playbook's "subprocessors" in the contract's own defined term ("Sub-processors") when it has one. */
/** The playbook's "third-party model providers" in the contract's own defined term ("Model Partners") when it has one. */
function ownModelProvider(text: string, term: string | undefined): string {
  return term === undefined ? text : text.replace(/\b(?:third-party |outside )?model provider(s?)\b/g, (_w, plural: string) => `${term}${plural}`);
}

function ownSubprocessor(text: string, term: string | undefined): string {
  return term === undefined ? text : text.replace(/\bsubprocessor(s?)\b/g, (_w, plural: string) => `${term}${plural}`);
}

const FIRST_PERSON = new Set(['we', 'us', 'our']);
const PRONOUNS = new Set(['we', 'us', 'you', 'our', 'your']);
/** The engine's word for a vendor the contract does not name (extractDefinitions). */
const FALLBACK_VENDOR = 'Vendor';

/** What may follow the data's name as its verb: the name is then a subject, which a pair would break ("… is"). */
const DATA_AS_SUBJECT = /^\s+(?:is|are|was|were|has|have|do|does|shall|will|must|may|can|cannot|remains?|includes?|means|and|or)\b/;
/** Words of denial before the name: "shall not use", "no change … expands rights in", where "or" joins the pair. */
const DENIED = /\b(?:not|no|never|without|nor)\b/i;

/**
 * "does not apply to {{customerData}}" in a contract that keeps naming a second data term beside its main one
 * ("Customer Content and Conversation Data"): the protection names both (see companionDataTerm). Only where the name
 * is an object; a sentence that already names the companion is left as it is.
 */
function withCompanionData(text: string, companion: string | undefined): string {
  if (companion === undefined || text.includes(companion)) return text;
  return text.replace(/\{\{customerData\}\}/g, (name, at: number) => {
    if (DATA_AS_SUBJECT.test(text.slice(at + name.length))) return name;
    const sentence = text.slice(Math.max(text.lastIndexOf('. ', at), 0), at);
    return `${name} ${DENIED.test(sentence) ? 'or' : 'and'} ${companion}`;
  });
}

/** Words to splice into the contract's own sentence: placeholders filled, spelling and number matched. */
export function fragmentWording(playbookText: string, terms: ContractTerms): string {
  const paired = withCompanionData(playbookText, terms.companionData);
  // "as in effect on the date of this Agreement" in a contract that runs from its "Effective Date" says that date.
  const dated = terms.startDate === undefined ? paired : paired.replace(/\bthe (?:effective )?date of this \{\{agreement\}\}/gi, `the ${terms.startDate}`);
  // "for the term of this Agreement" in a contract that defines its "Term" says "for the Term".
  const text = terms.term === undefined ? dated : dated.replace(/\bthe term of this \{\{agreement\}\}/g, 'the Term');
  // A vendor defined only as "we" ("Larkspur Ltd ("we", "us")") speaks in the first person even where the customer
  // keeps its name: "our use of Client Files", never "we's use".
  const voiced =
    terms.voice === 'we-you'
      ? speakAsWeAndYou(fillClause(text, { ...terms, vendor: 'we', customer: 'you' }))
      : FIRST_PERSON.has(terms.vendor.toLowerCase())
        ? speakAsWeAndYou(fillClause(text, { ...terms, vendor: 'we' }))
        : fillClause(text, terms);
  const worded = withOutputsTerm(withArticles(agreeWithDataTerm(agreeWithAgreement(adaptSpelling(voiced, terms.spelling), terms.agreement), terms.customerData), terms), terms.outputs);
  return numbersAsWritten(ownProvision(willInOwnVoice(ownModelProvider(ownSubprocessor(otherCustomers(partiesAsDefined(sublicenceReach(worded, terms), terms), terms.customer, terms.articled?.includes(terms.vendor) ? `the ${terms.vendor}` : terms.vendor, othersInVoice(terms)), terms.subprocessor), terms.modelProvider), terms), terms.provision), terms.numbers);
}

/**
 * "may sublicense these rights only to … subprocessors" in a contract that names its model providers apart from its
 * subprocessors ("Model Provider" in its own definition): the AI features it sells run through them, so a licence
 * that left them out could not be performed (audit126, 314 § 3.1). They are named beside the subprocessors.
 */
function sublicenceReach(text: string, terms: ContractTerms): string {
  if (terms.modelProvider === undefined) return text;
  return text.replace(/(\bsublicen[cs]e these rights only to [^,.;]{0,40}?\bsubprocessors)(?=,)/g, '$1 and model providers');
}

/** "thirty (30) days" as "thirty days" in a contract that writes its periods in words alone. */
function numbersAsWritten(text: string, numbers: ContractTerms['numbers']): string {
  if (numbers === 'digits') return text.replace(/\b[a-z]+(?:-[a-z]+)? \((\d+)\)/g, '$1');
  return numbers === 'words' ? text.replace(/\b([a-z]+(?:-[a-z]+)?) \(\d+\)/g, '$1') : text;
}

/** "each party" in a contract that defines "Party": "each Party". */
function partiesAsDefined(text: string, terms: ContractTerms): string {
  return terms.partiesCapitalised ? text.replace(/\b(both|either|each|neither|other|the) part(y|ies)\b/gi, (_, det: string, end: string) => `${det} Part${end}`) : text;
}

/** "this clause" in a contract that refers to its own "Section 5.2": "this Section". */
function ownProvision(text: string, provision: string | undefined): string {
  return provision === undefined ? text : text.replace(/\bthis clause\b/g, `this ${provision}`);
}

/**
 * A contract that speaks as "we", or that promises with "will" and "must", says "will" ("we will not use …, will not
 * disclose it …"); "shall" is off its voice wherever it stands, including after a subject the sentence has named.
 */
function willInOwnVoice(text: string, terms: ContractTerms): string {
  // "No policy … and no change to any of them, shall expand …" says "will" there: "no change … must expand" would read as
  // no change being required to (audit81, 226 cl. 12.5).
  if (terms.modal === 'must' && terms.voice !== 'we-you') {
    return text.replace(/(^|[.;:]\s+)(No\s[^.;]*?)\bshall\b/g, '$1$2will').replace(/\bshall\b/g, 'must').replace(/\bShall\b/g, 'Must');
  }
  if (terms.modal !== 'will' && terms.voice !== 'we-you' && !FIRST_PERSON.has(terms.vendor.toLowerCase())) return text;
  return text.replace(/\bshall\b/g, 'will').replace(/\bShall\b/g, 'Will');
}

/** A playbook text as it goes into this contract: placeholders filled, spelling matched, sentences capitalised. */
export function contractWording(text: string, terms: ContractTerms): string {
  return capitaliseSentences(fragmentWording(text, terms));
}

/**
 * A comment is the customer's lawyer writing to the vendor. Where the contract speaks as the vendor ("we") to the
 * customer ("you"), the comment turns the voice round: the customer is "we"/"us"/"our" and the vendor is its name
 * ("so that Lumora can deliver the Services to us"), never a "Customer" the contract does not have.
 */
export function commentWording(text: string, terms: ContractTerms): string {
  // The comment speaks of the data as the playbook does; only the words it proposes name the companion term.
  const { voice, companionData: _companion, ...named } = terms;
  if (voice !== 'we-you' && !PRONOUNS.has(terms.vendor.toLowerCase())) return contractWording(text, named);
  // Writing to a vendor the contract never names (it says only "we"), the comment says "you", not the stock "Vendor".
  const vendor = PRONOUNS.has(terms.vendor.toLowerCase()) || terms.vendor === FALLBACK_VENDOR ? 'you' : terms.vendor;
  // "Your Content" is the vendor speaking; the customer writing back calls it "our content".
  const data = /^[Yy]our\s/.test(terms.customerData) ? `our ${terms.customerData.slice(5).toLowerCase()}` : terms.customerData;
  const spoken = speakAsWeAndYou(fillClause(text, { ...named, vendor, customer: 'we', customerData: data }));
  return capitaliseSentences(agreeWithDataTerm(agreeWithAgreement(adaptSpelling(spoken, terms.spelling), terms.agreement), data));
}
