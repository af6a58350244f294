// Whether a sentence is about the customer's data, by the contract's own data terms or by what the customer supplies
// ("content you upload"): the playbook's clauses replace like with like only then. Pure: engine types only.
import { DOCUMENT_PART_TERM } from '../engine/dataTerms';
import type { Analysis, Finding, RedlineOp } from '../engine/types';
import { numberAtStart } from './clauseNumbers';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words after these exclude what follows ("metadata, which does not include Customer Content"). */
const EXCLUSION = /\b(?:(?:does|do|shall|will)\s+not\s+include|excluding|other\s+than|except)\b/i;
/** "content you provide", "the prompts that users submit": the customer's data named by what the customer does. */
const SUPPLIED_DATA = /\b(?:data|content|inputs?|prompts?|materials?|information|files|documents|uploads)\s+(?:that\s+)?(?:you|customers?|clients?|users?)\s+(?:provide|submit|upload|send|enter|share|input)/i;
// "your Emblem Forge prompts", "your conversations with Scout": what a user writes or records, by its own name.
const DATA_PHRASE = /\b(?:your|customer|client|licensee|subscriber|controller|personal)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:data|content|inputs?|prompts?|materials?|information|files|documents|uploads|conversations|messages|chats|recordings|photos|images|videos|posts|notes|entries)\b/i;

/**
 * "quality-assurance corrections made by Authorised Users", '"Corrections" means amendments made by Users within the
 * Software': what the customer's people correct, label or rate is their work on the customer's data (211 § 4.1, 224
 * § 5.4, whose customer-data reading had rested on run-on definitions).
 */
const MADE_BY_USERS =
  /\b(?:corrections?|annotations?|labels?|edits|amendments|ratings?|tags|overrides)\s+(?:that\s+(?:are|were)\s+)?(?:made|entered|applied|created|recorded|submitted)\s+by\s+(?:the\s+|its\s+|your\s+)?(?:[A-Z][\w-]*\s+)?(?:users?|customers?|clients?|personnel|staff)\b/i;

/** The words before an exclusion, lower case: what a sentence or definition says it covers. */
function beforeExclusion(text: string): string {
  const cut = EXCLUSION.exec(text);
  return (cut ? text.slice(0, cut.index) : text).toLowerCase();
}

/** "Inputs", "Prompts", capitalised: what the customer sends a model, named as a defined term (even undefined here). */
const INPUT_TERM = /\b(?:Inputs?|Prompts?|Uploads?|Submissions?)\b/;

export function namesTheData(sentence: string, names: readonly string[]): boolean {
  const kept = beforeExclusion(sentence);
  const keptAsWritten = sentence.slice(0, kept.length);
  return names.some((name) => kept.includes(name)) || DATA_PHRASE.test(kept) || SUPPLIED_DATA.test(kept) || INPUT_TERM.test(keptAsWritten) || MADE_BY_USERS.test(keptAsWritten);
}

const DERIVED_DATA = /\b(?:aggregated|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed)\b/i;
/** Derived data said to come from the vendor's own records ("from service telemetry and metadata") is not the customer's. */
const OTHER_SOURCE = /\b(?:telemetry|metadata|usage|service\s+data|diagnostics?|performance\s+data|logs)\b/i;

/**
 * "data that has been aggregated or de-identified so that it is no longer … associated with you" is the very subject
 * of the clause on derived data, whatever the contract calls the data it came from, unless it names another source.
 */
export function namesDerivedData(sentence: string): boolean {
  const derived = DERIVED_DATA.exec(sentence);
  if (!derived) return false;
  // The source is what the derived data is made of or comes from ("aggregated usage data", "de-identified data from
  // service telemetry"), not a store it joins later: "De-identified utterances … form part of Service Telemetry and
  // may be incorporated into … the intent models it offers to its other customers" (audit136, 336 Sch 1 ¶4).
  const after = sentence.slice(derived.index + derived[0].length);
  return !OTHER_SOURCE_NAMED.test(after) && !SOURCE_OF.test(sentence);
}
/** The source named right after the derived word: "aggregated usage data", "de-identified telemetry". */
const OTHER_SOURCE_NAMED = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}?${OTHER_SOURCE.source}`, 'i');
/** The source named after "from", "of" or "derived from": "from service telemetry and metadata". */
// "form part of Service Telemetry" names where the data goes, not what it is made of.
const SOURCE_OF = new RegExp(`\\b(?:from|(?<!\\bpart\\s)of|based\\s+on)\\s+(?:the\\s+|our\\s+|its\\s+|any\\s+|such\\s+)?(?:[\\w-]+\\s+){0,2}?${OTHER_SOURCE.source}`, 'i');

/**
 * "The Supplier shall own all rights in Derived Data and may … commercialise Derived Data for any purpose": the use is of
 * the derived data alone, by its own defined name or its aggregated/de-identified words, and the customer's data is
 * named, if at all, only as its source.
 */
export function usesOnlyDerivedData(sentence: string, analysis: Analysis): boolean {
  const derivedTerm = analysis.terms.derivedData;
  const namesIt = namesDerivedData(sentence) || (derivedTerm !== undefined && sentence.includes(derivedTerm));
  return namesIt && onlyAsSource(sentence, customerDataNames(analysis));
}

/** The customer-data terms only (the widest and its parts), lower case: not the data the vendor derives from them. */
export function customerDataNames(analysis: Analysis): string[] {
  return [analysis.terms.customerData, ...analysis.definitions.filter((d) => d.denotes === 'customer-data').map((d) => d.term)].map((t) => t.toLowerCase());
}

/** The customer-data terms (the widest and its parts) and the terms defined from them ("… from Client Content"), lower case. */
export function dataNames(analysis: Analysis): string[] {
  const terms = customerDataNames(analysis);
  // A term defined to exclude the data ("Service Data … excluding Customer Materials") is not derived from it.
  // Nor is a part of the contract that says how the data may be used ("Data Usage Annex", 440 § 1.12).
  const derived = analysis.definitions
    .filter((d) => !DOCUMENT_PART_TERM.test(d.term) && (terms.some((t) => beforeExclusion(d.meaning).includes(t)) || MADE_BY_USERS.test(d.meaning)))
    .map((d) => d.term.toLowerCase());
  return [...new Set([...terms, ...derived])];
}

/** Head nouns too general to say, alone, that a sentence is about the customer's data. */
const GENERAL_NOUN = /^(?:content|list|data|information|info|item|material|matter|other|thing|record|detail|part|form|type|kind|way|use|service|number|name)$/;
/** "content you upload, link or provide": the verbs of supplying, which a list of items may end on. */
const SUPPLYING_VERB = /^(?:paste|provide|submit|upload|send|enter|share|input|create|capture|generate|post|link|make|transmit|store)$/;

/**
 * "means the audio and video recordings, transcripts, notes … that Users capture": the head nouns the customer-data
 * definition lists, as stems every form starts with ("recording", "transcript", "summar"), lower case.
 */
export function dataItems(analysis: Analysis): string[] {
  const main = analysis.definitions.filter((d) => d.denotes === 'customer-data' && d.term.toLowerCase() === analysis.terms.customerData.toLowerCase());
  return main.flatMap((d) =>
    (beforeExclusion(d.meaning).split(/\b(?:that|which|who|whether|in|into|on|through|by|via|from|to|for|with|at|under|as)\b/)[0] ?? '')
      .split(/,|;|\band\b|\bor\b/)
      // "files you upload": the item's noun comes before the one who supplies it.
      .map((item) => item.split(/\b(?:you|we|users?|customers?|clients?|subscribers?|they|it|its|their)\b/)[0] ?? '')
      .map((item) => (item.trim().split(/\s+/).pop() ?? '').replace(/[^a-z-]/g, ''))
      .filter((word) => !/(?:ed|ing)$/.test(word) && !SUPPLYING_VERB.test(word))
      .map((noun) => (noun.endsWith('ies') ? (noun.length > 7 ? noun.slice(0, -3) : '') : noun.replace(/(?<=[^s])s$/, '')))
      .filter((noun) => noun.length >= 4 && !GENERAL_NOUN.test(noun)),
  );
}

/**
 * Whether a training clause names the customer's data by the things its definition lists ("listen to audio snippets
 * and read transcript segments … to refine our speech models"), though it never uses the defined term. Only a
 * word-level edit of a training clause relies on this: a ban on training on recordings is on target, where a
 * licence or a retention clause about the same things may be the vendor's own record (a legal hold) and is not.
 */
export function trainsOnItsItems(sentence: string, analysis: Analysis): boolean {
  const kept = beforeExclusion(sentence);
  return dataItems(analysis).some((stem) => new RegExp(`(?<![\\p{L}-])${escapeRegExp(stem)}`, 'u').test(kept));
}

/**
 * Words that take something out of a clause or a term: "does not include", "excluding", "other than"; the data may be
 * named with a possessive ("Feedback does not include your Business Data", audit190, 429 § 7.1).
 */
const CARVE_OUT = /\b(?:(?:does|do|shall|will)\s+not\s+(?:include|apply\s+to|cover|extend\s+to)|exclud(?:es|ing)|other\s+than|except(?:\s+for)?)\s+(?:any\s+|the\s+|your\s+|its\s+|their\s+)?/gi;

/** An edit that only adds a carve-out of the customer's data, where the paragraph already carves that data out. */
export function carvesOutWhatIsExcluded(text: string, ops: readonly RedlineOp[], data: readonly string[]): boolean {
  if (ops.some((op) => op.kind === 'delete')) return false;
  const excludes = (words: string) => [...words.matchAll(CARVE_OUT)].some((m) => data.some((term) => words.slice((m.index ?? 0) + m[0].length).toLowerCase().startsWith(term)));
  return ops.every((op) => op.kind === 'insert' && excludes(op.text)) && excludes(text);
}

/** "data", "information", "content", "statistics", "records": words without which a sentence is about no data at all. */
const ANY_DATA = /\b(?:data|information|content|statistics|records|materials|recordings|transcripts|logs)\b/i;

/**
 * Whether the sentence speaks of any data: a proviso on "such data" appended to a price-indexation clause read as
 * aggregated data ("the consumer price index published by the Federal Statistical Office") qualifies nothing.
 */
export function speaksOfData(sentence: string, names: readonly string[]): boolean {
  return ANY_DATA.test(sentence) || namesTheData(sentence, names) || namesDerivedData(sentence);
}

/** "shall keep complete and accurate records of each training run", "shall maintain books and records". */
const RECORD_KEEPING = /\b(?:shall|must|will|agrees?\s+to)\s+(?:keep|maintain)\s+(?:(?:complete|full|true|accurate|proper|detailed)(?:,?\s+(?:and\s+)?)?){0,3}(?:books\s+and\s+)?records\b/i;

/**
 * Whether the sentence is a party's duty to keep records of its dealings (the books an audit and a usage fee rely on):
 * rewriting it as a deletion clause takes away what the customer checks the deal by (lawyer audits of agreement 48).
 */
export function keepsRecords(sentence: string): boolean {
  return RECORD_KEEPING.test(sentence);
}

/**
 * "Data that we selected for training under clause 6.2": data named by the clause whose use made it. So is "any model
 * trained in accordance with Section 4.2" where 4.2 trains on the customer's data: the data kept in another form.
 */
const DATA_UNDER_CLAUSE = /\b(?:data|content|information|materials?|recordings?|inputs?|models?|weights)\b[^.;]{0,60}?\b(?:under|pursuant\s+to|in\s+accordance\s+with|as\s+described\s+in)\s+(?:clause|section|paragraph)\s+([0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+(?:\.[0-9]+)*)/gi;

/**
 * "Data that we selected for training under clause 6.2 before deletion … may be retained indefinitely": the sentence
 * names its data by the clause that uses it, and that clause names the customer's data ("we may use Inputs and Outputs
 * … to train …"), so the sentence is about the customer's data too (audit138, 339 § 7.3 was left alone).
 */
export function namesDataByClause(sentence: string, paragraphs: readonly { readonly text: string }[], names: readonly string[]): boolean {
  const namesIt = (number: string | undefined) => {
    const cited = paragraphs.filter((p) => numberAtStart(p.text) === number);
    return cited.length === 1 && namesTheData(cited[0]!.text, names);
  };
  for (const match of sentence.matchAll(DATA_UNDER_CLAUSE)) if (namesIt(match[1])) return true;
  // "The licences granted in clauses 4.3 and 4.4 … shall survive" (480 § 8.4): licences over the data, by number.
  for (const match of sentence.matchAll(RIGHTS_IN_CLAUSES)) if ((match[1] ?? '').split(/,|\band\b|\bor\b/).map((number) => number.trim()).some(namesIt)) return true;
  return false;
}

/** "the licences granted in clauses 4.3 and 4.4", "the rights under Sections 5.1, 5.2 or 7": rights given by number. */
const RIGHTS_IN_CLAUSES =
  /\b(?:licen[cs]es?|rights?)\s+(?:granted\s+|given\s+)?(?:in|under|pursuant\s+to|by)\s+(?:clauses?|sections?|paragraphs?)\s+((?:[0-9]+(?:\.[0-9]+)*(?:\s*,\s*|\s+and\s+|\s+or\s+)){0,4}[0-9]+(?:\.[0-9]+)*)/gi;

/**
 * "The Client grants Kestrelway a … licence to use … Telematics Data": whatever the contract's data term leaves out,
 * what the customer itself licenses to the vendor is the customer's, and the licence clause answers it (audit194, 436
 * § 5.3, whose Telematics Data the definition of Client Data excludes, kept its perpetual, sub-licensable licence).
 */
export function licensedByCustomer(finding: Finding, analysis: Analysis): boolean {
  if (finding.category !== 'broad-license') return false;
  const customer = [analysis.terms.customer, ...analysis.parties.customerAliases].map((name) => name.toLowerCase());
  const actor = finding.evidence.find((signal) => signal.role === 'actor');
  const name = actor?.text.toLowerCase().replace(/^the\s/, '');
  if (name === undefined || !customer.includes(name) || !/^\s*(?:hereby\s+)?grants?\b/i.test(finding.quote.slice(actor!.end - finding.start))) return false;
  // A licence of Feedback or of Outputs is answered by its own clauses; only data the customer holds is its data here.
  return firstDataTermAfterGrant(finding.quote, analysis.definitions.map((d) => d.term)) !== undefined;
}

/** The first defined data term ("Telematics Data") after the sentence's grant: what the licence is over. */
export function firstDataTermAfterGrant(original: string, defined: readonly string[]): string | undefined {
  const grant = original.search(/\bgrants?\b/);
  if (grant < 0) return undefined;
  const at = (term: string) => original.indexOf(term, grant);
  const data = defined.filter((term) => /\s(?:Data|Content|Materials|Information)$/.test(term) && at(term) >= 0);
  return data.sort((a, b) => at(a) - at(b) || b.length - a.length)[0];
}

/**
 * "may create anonymised and aggregated data from Client Data … and may use it …": the customer's data is named only
 * as what the derived data comes from. "may use Customer Content and Derived Data to improve …" uses it itself (479 § 4.3).
 */
export function onlyAsSource(sentence: string, names: readonly string[]): boolean {
  const lower = sentence.toLowerCase();
  return names.every((name) => {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
      if (!/\b(?:from|of)\s+(?:the\s+|such\s+|its\s+|your\s+)?$/.test(lower.slice(Math.max(0, at - 16), at))) return false;
    }
    return true;
  });
}
