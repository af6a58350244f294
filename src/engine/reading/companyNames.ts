// Company names in a clause: a capitalised word that names a company acting, the agent of a passive, the name before a
// verb or a promise, and whether the vendor is named by its role word elsewhere. Pure: the language layer only.
import type { Unit } from '../language/matcher';
import type { Cue } from './frame';
import type { PredicateInput } from './predicateInput';

/** Capitalised words that begin sentences or name things, never a company acting. */
export const NOT_A_NAME = /^(?:The|This|That|These|Those|Such|Any|All|Each|Every|Your|Our|Its|Their|It|They|He|She|Data|Content|Information|Inputs?|Outputs?|Customer|Customers|Provider|No|None|Nothing|If|When|Where|Unless|Except|For|In|To|We|You|By|On|At|As|Some|Most|Certain|Only|Please|Note|Also|However|A|An|Both|Either|Neither|There|Here|What|Which|Who|How|Do|Does|Is|Are|Can|Will|May|Shall|Must)$/;

/** The index of a company named as a passive's agent ("analysed by Echoforge"), from word `from` on. */
export function companyAgent(units: readonly Unit[], from: number): number | undefined {
  for (let i = Math.max(from, 2); i < units.length - 1; i++) {
    // "are owned by Carrier" names the owner, whom the ownership rules read for themselves.
    const participle = units[i - 1]?.norm ?? '';
    // "may be analysed by …", never a relative clause inside the object ("visitor data that is passed by Reseller").
    const main = /^(?:be|been)$/.test(units[i - 2]?.norm ?? '') && !/^(?:that|which|who)$/.test(units[i - 3]?.norm ?? '');
    if (units[i]?.norm === 'by' && main && /(?:ed|en|wn)$/.test(participle) && participle !== 'owned' && looksLikeCompany(units, i + 1)) return i + 1;
  }
  return undefined;
}

/** A capitalised name, not a sentence word ("Its", "Their"): "VeriHire's", "ExamWarden's". */
export const namesACompany = (unit: Unit): boolean => /^[A-Z][A-Za-z0-9]/.test(unit.text) && !NOT_A_NAME.test(unit.text.replace(/['’]s$/, ''));

/** Capitalised determiners that open a sentence ("The Practice …"): they end a name's run of capitals as "the" does. */
const OPENING_DETERMINER = /^(?:The|A|An|This|That|These|Those|Such|Any|All|Each|Every|Our|Your|Its|Their)$/;

/**
 * "Lintelworks", "Quarrylabs", "Tidewaysystems": a word built on "-works", "-labs" or "-ways" is a coined name, not a
 * plural, unless it is a common noun of that shape (blind86: "Lintelworks will not use … to train" read no party).
 */
const COMPOUND_NAME = /^(?!(?:Net|Frame|Fire|Art|Path|Gate|Rail|High|Water|Always|Hall|Door|Ground|Earth|Road|Home)(?:works|ways)$)[A-Z][a-z]{2,}(?:works|labs|ways)$/;

/** A capitalised word that names a company: not after "the", not a plural common noun, not a sentence word. */
export function looksLikeCompany(units: readonly Unit[], i: number): boolean {
  const unit = units[i];
  // "37signals", "1Password", "23andMe": a name may open with digits, never with a bare number ("30 days").
  // "X may use …": a company may go by one capital letter; "A" is an article and "I" a person, never a company.
  const oneLetter = /^[B-HJ-Z]$/.test(unit?.text ?? '');
  if (!unit || (!oneLetter && !/^(?:[A-Z][A-Za-z0-9]|\d+[A-Za-z]{2})/.test(unit.text)) || NOT_A_NAME.test(unit.text)) return false;
  // "Partners may …", "Users will …" are plurals; a name ending "-is", "-us", "-as" or "-os" ("Voxtrellis", "Nimbus")
  // is no English plural (blind22).
  if (/[a-z]s$/.test(unit.text) && !/(?:ss|[iuao]s)$/.test(unit.text) && !/^\d/.test(unit.text) && !COMPOUND_NAME.test(unit.text)) return false;
  // Walk back over the capitalised run: "the Grindr Services" is a thing, "Acme Cloud" may be a company. The run ends at
  // a comma or other mark: in "Notwithstanding Section 3.4 of the Terms, Brieflane will not …" the name starts afresh.
  let j = i - 1;
  // "The Practice is responsible …": a capitalised article opening the sentence ends the run as "the" does (blind53).
  while (j >= 0 && /^[A-Z]/.test((units[j] as Unit).text) && !OPENING_DETERMINER.test((units[j] as Unit).text) && (units[j + 1] as Unit).start - (units[j] as Unit).end <= 1) j--;
  const before = units[j]?.norm ?? '';
  // "…, and Ferrowatch may use …": after a comma, "and" opens a new clause whose subject the name is (260 § 6.1);
  // "Customer and Acme may" joins two names.
  const previous = units[j - 1];
  if ((before === 'and' || before === 'or') && previous !== undefined && (units[j] as Unit).start - previous.end > 1) return true;
  return !/^(?:the|a|an|any|all|such|this|these|those|each|every|our|your|its|their|of|and|or)$/.test(before);
}

/** "does not", "doesn't", "never": words between a company's name and its verb. */
const NEGATED_AUX = /^(?:does|do|did|not|never|doesn['’]t|don['’]t|didn['’]t)$/;
/** "agrees not to", "undertakes to", "refrains from": a promise between a company's name and the verb it promises. */
const PROMISE_VERB: ReadonlySet<string> = new Set(['agrees', 'undertakes', 'commits', 'promises', 'covenants', 'refrains', 'abstains']);
const PROMISE_LINK: ReadonlySet<string> = new Set(['to', 'from']);
/** A company's people, named after it: "Northvale personnel", "Acme staff". */
const STAFF: ReadonlySet<string> = new Set(['personnel', 'staff', 'employees', 'engineers', 'support']);
const PERMIT_VERB: ReadonlySet<string> = new Set(['permit', 'permits', 'authorise', 'authorises', 'authorize', 'authorizes', 'allow', 'allows', 'license', 'licenses', 'licence', 'instruct', 'instructs']);

/**
 * The word before the verb at `headIndex` where a company's name would stand: "Pinterest uses", "SurveyMonkey may";
 * "Minutely does not use …" (blind37); "VetHarbour refrains from using …", "Acme undertakes not to use …" and "you
 * permit TaxMitra to use …", where the company permitted is the one that uses (blind52).
 */
export function nameBeforeVerb(units: readonly Unit[], headIndex: number, from: number): number {
  let nameAt = headIndex - 1;
  while (nameAt > from && nameAt >= headIndex - 3 && NEGATED_AUX.test(units[nameAt]?.norm ?? '')) nameAt--;
  let promiseAt = headIndex - 1;
  while (promiseAt > from && promiseAt >= headIndex - 3 && (NEGATED_AUX.test(units[promiseAt]?.norm ?? '') || PROMISE_LINK.has(units[promiseAt]?.norm ?? ''))) promiseAt--;
  if (promiseAt > from && promiseAt < headIndex - 1 && PROMISE_VERB.has(units[promiseAt]?.norm ?? '')) nameAt = promiseAt - 1;
  if (units[headIndex - 1]?.norm === 'to' && headIndex - 3 >= from && PERMIT_VERB.has(units[headIndex - 3]?.norm ?? '')) nameAt = headIndex - 2;
  // "Northvale personnel will access …": the company's people act for it (fresh164a 438-19).
  if (nameAt - 1 >= from && STAFF.has(units[nameAt]?.norm ?? '')) nameAt--;
  return nameAt;
}

/** "any Digital Service Provider": a determiner of any kind, then the capitalised words naming the kind. */
const ANY_KIND_OF = /\b(?:any|other|each|every)\s+(?:[A-Z][\w-]*\s+){1,3}$/;

/**
 * "Bank may, by written notice to Vendor, withdraw …": a contract has two parties, so when the sentence names the vendor
 * by its capitalised role word elsewhere, the name acting is the other party, the customer.
 */
export function vendorNamedByRole(input: PredicateInput, named: Unit): boolean {
  const at = named.start + input.offset;
  // "a Third Party Service Provider" is an outsider, not the vendor's role word; so is "a Model Provider", "an AI
  // Provider": the model's supplier, named by what it supplies (audit54, 142 § 4.3 read the vendor as the customer).
  // So is "any Digital Service Provider or other third party": a kind of company, named with "any", is no party (blind95-103).
  const outsider = (c: Cue) =>
    input.cues.some((o) => (o.set === 'thirdParty' && o.end <= c.start && c.start - o.end <= 10) || ((o.set === 'aiNoun' || o.set === 'aiAcronym') && o.end <= c.start && c.start - o.end <= 1)) ||
    ANY_KIND_OF.test(input.sentenceText.slice(Math.max(0, c.start - input.offset - 60), c.start - input.offset));
  // "Customer is the Controller and Ardmore is the Processor, and Ardmore shall …": the role the name is given is its own.
  const namesItsRole = (c: Cue) => {
    const before = input.sentenceText.slice(0, c.start - input.offset).trimEnd();
    return OWN_ROLE_LINKS.some((link) => before.endsWith(`${named.text} ${link}`));
  };
  // One name is one party: "at the choice of the Provider … notify the Provider" is the customer both times.
  const key = (c: Cue) => c.text.toLowerCase().replace(/['’]s$/, '');
  const customers = new Set(input.cues.filter((c) => c.set === 'vendorRole' && heldAsCustomer(input, c)).map(key));
  return input.cues.some((c) => c.set === 'vendorRole' && c.start !== at && /^[A-Z]/.test(c.text) && !outsider(c) && !namesItsRole(c) && !customers.has(key(c)));
}

/**
 * "delete or return all Personal Data to the Provider", "at the choice of the Provider", "permit the Provider … to
 * audit", "disable the Contractor's account": a role word the vocabulary gives the vendor, standing where only the
 * customer stands (a care provider buying software, blind94-143/144; a heating contractor, blind94-128).
 */
function heldAsCustomer(input: PredicateInput, c: Cue): boolean {
  const before = input.sentenceText.slice(Math.max(0, c.start - input.offset - 120), c.start - input.offset);
  const after = input.sentenceText.slice(c.end - input.offset, c.end - input.offset + 60);
  // What the role word's possessive holds, the "'s" in the cue ("Contractor's") or after it.
  const possessed = /['’]s$/.test(c.text) ? after : /^['’]s(?=\s)/.test(after) ? after.slice(2) : '';
  // "return … to the Provider": "to the" right before, and a return earlier in the same clause.
  const returned = /\bto\s+(?:the\s+)?$/i.test(before) && /\breturn/i.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1));
  return returned || /\b(?:choice|option|election|request|instructions?)\s+of\s+(?:the\s+)?$/i.test(before) ||
    (/\b(?:permit|allow)\s+(?:the\s+)?$/i.test(before) && /^,?[^.;]{0,40}?\bto\s+(?:audit|inspect)\b/i.test(after)) ||
    /^\s+(?:account|accounts|option|choice|election|request)\b/i.test(possessed);
}
const OWN_ROLE_LINKS = ['is the', 'is a', 'is an', 'acts as the', 'acts as a', 'shall be the', 'will be the'];
