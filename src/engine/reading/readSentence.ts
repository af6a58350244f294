// Reads one sentence into its clause frame: tags its words from the vocabulary, splits it into clauses and reads each
// main clause with the conditions attached to it. Pure: imports only the language layer and the frame types.
import { matchPhrases, type CompiledVocabulary, type Unit } from '../language/matcher';
import type { SetId } from '../language/vocabulary';
import type { ClauseFrame, Cue, DataObject, Predicate } from './frame';
import { composeAfterEnd, composeCustomerData, productNames, resolveTags, withoutCompoundModifiers, withoutPossessiveOwn } from './objects';
import { composeSplitOptOut } from './splitVerbs';
import { composeHeldAsProperty } from './heldAsProperty';
import { objectsIn, readPredicate, setsOf } from './predicate';
import { segmentSentence } from './segmentSentence';
import type { Segment } from './segments';

export interface SentenceToRead {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ReadOptions {
  readonly vocabularies: readonly CompiledVocabulary[];
  /** Whether the contract defines its parties (then an unknown company named as subject is not assumed the vendor). */
  readonly namesParties: boolean;
  /** The frame of the sentence before, in the same paragraph (its heading or list lead-in carries over). */
  readonly previous: ClauseFrame | undefined;
  /** The paragraph before ends with a lead-in such as "You will not:" whose items bind the customer. */
  readonly afterCustomerRestrictionLeadIn: boolean;
  /** The sentence is in an item of a list whose lead-in ends the paragraph before ("… to:"): an item, not a heading. */
  readonly inList?: boolean;
  /** The contract's names for the customer, lower-cased ("Acme's files" are customer data). */
  readonly customerNames: ReadonlySet<string>;
  /** The sentence opens its paragraph and the paragraph goes on to quote its words as a name: a run-in title. */
  readonly namedLater?: boolean;
}

const PARTY_SETS = new Set<string>(['customerYou', 'customerRole', 'docCustomer', 'vendorWe', 'vendorRole', 'docVendor']);
const ACTION_SETS = new Set<string>(['useVerb', 'trainVerb', 'improveVerb', 'retainVerb', 'shareVerb', 'grantVerb', 'deleteVerb']);
/**
 * '"Usage Data" means …', '1.4 Client Materials means …', '1.1 In this Agreement: "Update" means …', 'A.1 "Prompts" means …', '"Output" refers to …', and a
 * definition by reference: '"PHI" has the meaning given to … at 45 C.F.R. § 160.103'.
 */
const DEFINITION = /^\s*(?:[A-Z]?[\d.()a-z]{1,8}\s+)?(?:In (?:this|these) [A-Z][a-z]+(?: [A-Z][a-z]+)?[,:]\s*)?["“]?[A-Z][^"”.;:]{0,60}["”]?\s+(?:shall\s+)?(?:means?|refers? to|is defined as|ha(?:s|ve) the meanings? (?:given|set out|set forth|ascribed|assigned))\b/;
/** "Please refer to …", "You may refer to …": an instruction to read something else, not a term being defined. */
const NOT_A_TERM = /^\s*(?:please|you|we|they|see)\b|\b(?:may|can|should|must|will|shall)\s+refers?\s+to\b/i;
const isDefinition = (text: string): boolean => {
  const m = DEFINITION.exec(text);
  return m !== null && !NOT_A_TERM.test(m[0]);
};
const TIME_SETS = new Set<string>(['endEvent', 'periodUnit', 'openEnded', 'backup', 'persistVerb', 'surviveVerb']);
// "7. How we use Your Photos to improve our AI": a numbered heading is the same indirect question.
const INDIRECT_QUESTION = /^(?:\d{1,2}(?:\.\d{1,2})?\.?\s)?(?:How|What|Why|When|Where|Who|Which)\s+(?:we|you|your|our|the|data|information|personal)\b/;
const HEADING_VERB = /\b(?:may|shall|will|must|can|is|are|was|were|be|isn['’]t|aren['’]t|don['’]t|doesn['’]t|won['’]t)\b/i;
/** A verb in lower case makes a sentence; capitalised in a title ("Right to Use Customer Data.") it names a topic. */
const SENTENCE_VERB = /\b(?:means|does|do|did|has|have|uses?|used|trains?|shares?|grants?|owns?|retains?|deletes?)\b/;

/**
 * A short title names a topic ("5. Confidentiality", "Model Training.") and grants nothing itself: few words, mostly
 * capitalised or numbered, no modal, not opening with a pronoun.
 */
function looksLikeHeading(text: string): boolean {
  // A sentence over 80 characters is never a heading: decided before splitting it into words.
  if (text.length > 80) return false;
  const words = text.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  // A title in capitals may run longer: "DATA USE AND LICENSE AGREEMENT (DE-IDENTIFIED MEDICAL IMAGING DATA)".
  const capitals = !/\p{Ll}/u.test(text);
  // "How we use Your Materials to build our AI", "What we collect": a privacy notice's heading is an indirect question,
  // with no full stop, whatever verb it holds.
  if (words.length <= 12 && INDIRECT_QUESTION.test(text) && !/[.;:!?]["”’)]?\s*$/.test(text)) return true;
  // "7. Permission to use Your Content.": a verb after "to" in a numbered title is part of its noun ("the permission to
  // use"), not the verb of a sentence (230 § 7 had its heading struck as a licence).
  const finite = TITLE_MARK.test(text) ? text.replace(/\bto\s+[a-z]+\b/g, 'to') : text;
  if (words.length === 0 || (words.length > 8 && !capitals) || HEADING_VERB.test(text) || SENTENCE_VERB.test(finite)) return false;
  // "You grant us …", "Our use of …": a pronoun opening words in lower case is a sentence; "Your Content and Our
  // License" in title case is a heading (agreement 134's licence clause had been written over it).
  // "2. Your account, your content and our licence": numbered, verbless and with no full stop, it is a heading in
  // sentence case (286 § 2 had a licence written over it).
  const numberedTitle = TITLE_MARK.test(text) && !/[.!?]["”’)]?\s*$/.test(text);
  if (/^(?:we|you|our|your|it|they|this|these|i)$/i.test(words[0] ?? '') && !/^\p{Lu}/u.test(words[1] ?? '') && !numberedTitle) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d("“]/u.test(w) || /^(?:and|or|of|the|to|for|in|on|a|an|&)$/.test(w)).length;
  if (/[;,]\s*$/.test(text)) return false;
  // "Aggregate data to provide product optimization": a list item with a lower-case purpose ("to provide") says what is
  // done, where a title names a topic ("Right to Use Customer Data").
  const purpose = /\bto [a-z]+\b/.test(text);
  return capitalised / words.length >= 0.6 || /:\s*$/.test(text) || (!purpose && !/[.!?]["”’)]?\s*$/.test(text));
}

/**
 * A heading the contract marks as one: numbered ("8. Audit", "A.4 Default and Opt-Out."), named as a part of the
 * document ("EXHIBIT B – SUBPROCESSORS", "Schedule 2"), or in capitals. A short sentence in title case ("Untick
 * ‘Allow data for AI’ in Seller Settings.") may look like a heading but is no title.
 */
const TITLE_MARK = /^\s*(?:\d+(?:\.\d+)*\.?\s|[A-Z]\.\d+(?:\.\d+)*\.?\s|(?:Article|Section|Clause|Schedule|Exhibit|Appendix|Annex|Part)\s+[\dA-Z]+\b)|^[^\p{Ll}]+$/iu;

/** Customer restriction lists: "You will not: … train any model on the Services" or a colon lead-in in the sentence. */
// "The Firm must not, and must ensure that its Users do not:": the customer may go by the contract's own name.
const RESTRICTION_LEAD_IN = /\b(?:will not|shall not|may not|must not|agree not to|won['’]t|are not permitted to|is not permitted to|not to|cannot)\b[^.:]{0,120}:\s*$/i;
const RESTRICTED_ROLE = /^(?:you|customers?|licensees?|users?|clients?|subscribers?)$/i;

/**
 * "royalty-free" is a term of any licence, not a free plan, "invoices paid by" a payment, not a paid plan, and
 * "government identifiers" no government customers: a scope word inside a licence term, a payment or another thing's
 * name is no scope.
 */
/** How far after "located in" a region word still names the place ("the United Kingdom or the European Economic Area"). */
const PLACE_REACH = 48;
/** The scope words that name regions; "stored in your Private Vault" still names a corner of the service. */
const REGIONS: ReadonlySet<string> = new Set(['eea', 'eu', 'uk', 'european', 'region', 'regions']);
function scopeCues(cues: readonly Cue[]): Cue[] {
  const licenceTerms = cues.filter((c) => c.set === 'licenceTerms' || c.set === 'paymentMade' || c.set === 'scopeWordOfOther');
  // "located in the United Kingdom or the European Economic Area": region words just after a place verb name the place.
  const places = cues.filter((c) => c.set === 'placeOf');
  const inPlace = (c: Cue) => REGIONS.has(c.text.toLowerCase()) && places.some((p) => p.end <= c.start && c.start - p.end <= PLACE_REACH);
  return cues.filter((c) => (c.set === 'defaultCue' || c.set === 'scopeCue') && !licenceTerms.some((t) => t.start <= c.start && c.end <= t.end) && !inPlace(c));
}

/**
 * Whether the lead-in's subject, the first party word before its denial, is the customer. `vendorNames`: the
 * contract's own names for the vendor side, lower-cased. In a data licence "Licensee shall not:" binds the recipient,
 * which sits where the vendor does: its items are the holder's protections, not the customer's duties.
 */
export function isCustomerRestrictionLeadIn(text: string, vendorNames: ReadonlySet<string> = NO_NAMES, customerNames: ReadonlySet<string> = NO_NAMES): boolean {
  const trimmed = text.trimEnd();
  const m = RESTRICTION_LEAD_IN.exec(trimmed);
  if (m === null) return false;
  const words = trimmed.slice(Math.max(0, m.index - 90), m.index).toLowerCase().match(/[a-z][\w-]*/g) ?? [];
  const party = words.find((w) => RESTRICTED_ROLE.test(w) || customerNames.has(w) || vendorNames.has(w));
  return party !== undefined && !vendorNames.has(party);
}
const NO_NAMES: ReadonlySet<string> = new Set();

const LOCATING = /^(?:published|posted|located|hosted|available)$/i;
const ADDRESS_AFTER = /^\s+(?:at|on)\s+(?:https?:\/\/|www\.|(?:our|its|the|their)\s+(?:[\w-]+\s+)?web\s?site\b)/i;

/** "which may be given for one year at a time": a relative clause, which belongs to the words before it. */
const RELATIVE_OPENING = /^[\s,]*(?:which|who|whom|whose)\b/i;

function attach(segments: readonly Segment[], text: string): { main: Segment; attached: Segment[] }[] {
  const groups: { main: Segment; attached: Segment[] }[] = [];
  const leading: Segment[] = [];
  for (const segment of segments) {
    // "Subject to the prior written consent of Client's officer, which may be given …, Vendor may use …": the
    // relative clause is part of the opening condition, which governs the main clause after it.
    const relativeOfCondition = segment.role === 'main' && groups.length === 0 && leading.some((s) => s.role === 'condition') && RELATIVE_OPENING.test(text.slice(segment.start, segment.end));
    const last = groups[groups.length - 1];
    if (relativeOfCondition) leading.push(segment);
    // "may retain, for so long as it deems necessary, the datasets …": the clause goes on past the condition.
    else if (segment.role === 'main' && segment.resumes === true && last) last.main = { role: 'main', start: last.main.start, end: segment.end };
    else if (segment.role === 'main') {
      groups.push({ main: segment, attached: [...leading] });
      leading.length = 0;
    } else if (segment.role !== 'heading') {
      if (last) last.attached.push(segment);
      else leading.push(segment);
    }
  }
  // A sentence made only of a condition ("Unless you opt out.") still has one clause to read.
  if (groups.length === 0 && leading.length > 0) groups.push({ main: leading[0] as Segment, attached: leading.slice(1) });
  return groups;
}

const OPERATIVE_AFTER_PREAMBLE = new Set<string>(['modal', 'grantVerb', 'useVerb', 'trainVerb', 'shareVerb', 'retainVerb', 'deleteVerb', 'improveVerb']);
/**
 * The preamble: it opens "This … Agreement" and says it "is entered into" (or made) between the parties, with no verb
 * of use or grant after that: it names the parties and the date ("… and Client grants Orrin a licence …" after it is
 * an operative clause and is read).
 */
/**
 * "(A) The Licensor has developed …", "(B) The Licensee … wishes to obtain a licence …": recitals of English-style
 * contracts are lettered with capitals and state facts and wishes; with no modal or negation they grant nothing. US
 * recitals letter them "A.", "B." (357 "A. Harrowgate has developed and operates a … platform that applies … machine
 * learning … to historical sales … data" read as a grant to improve). Lettered so, a schedule's item may state a use
 * in the present tense ("C. Vendor trains its models on Customer Data."), so only one told as a recital is: what a
 * party has done, is, or wishes or intends.
 */
const LETTERED_RECITAL = /^\s*\([A-H]\)\s+[A-Z]/;
const STOPPED_LETTER_RECITAL = /^\s*[A-H]\.\s+[A-Z]/;
// "A. Corvane operates a cloud-based … platform": the business a party carries on is background too (359).
const RECITAL_VERB = /\b(?:has|have|had|is|are|was|were|wishes|wish|desires|desire|intends|intend|operates|offers|provides|develops|supplies|carries\s+on)\b/;
const OPERATIVE_WORDS: ReadonlySet<string> = new Set(['modal', 'negator', 'negDeterminer']);
const isLetteredRecital = (text: string, cues: readonly Cue[]): boolean =>
  (LETTERED_RECITAL.test(text) || (STOPPED_LETTER_RECITAL.test(text) && RECITAL_VERB.test(text))) && !cues.some((c) => OPERATIVE_WORDS.has(c.set));

function isPreamble(opening: Unit, cues: readonly Cue[]): boolean {
  if (opening.norm !== 'this') return false;
  const made = cues.find((c) => c.set === 'preambleCue');
  return made !== undefined && !cues.some((c) => c.start >= made.end && OPERATIVE_AFTER_PREAMBLE.has(c.set));
}

export function readSentence(sentence: SentenceToRead, options: ReadOptions): ClauseFrame {
  const { tokens, units, tags: raw } = matchPhrases(sentence.text, options.vocabularies);
  const tags = withoutPossessiveOwn(withoutCompoundModifiers(productNames(resolveTags(raw), units), sentence.text), units);
  const composed = composeCustomerData(tags, units, options.customerNames);
  const offset = sentence.start;
  // A party word inside "content you upload" is part of the data's name, not a subject.
  const composedAt = new Map<number, number>();
  for (const c of composed) for (let k = c.start; k < c.end; k++) composedAt.set(k, Math.max(composedAt.get(k) ?? 0, c.end - c.start));
  const insideComposed = (t: { start: number; end: number; set: string }) =>
    PARTY_SETS.has(t.set) && (composedAt.get(t.start) ?? 0) > t.end - t.start;
  const cues: Cue[] = [];
  // A tag already carries its words; a composed object, or a tag widened to its name, is cut from the sentence.
  const toCue = (t: { start: number; end: number; set: string; text?: string }): Cue => ({
    set: t.set as SetId,
    text: t.text !== undefined && t.text.length === t.end - t.start ? t.text : sentence.text.slice(t.start, t.end),
    start: t.start + offset,
    end: t.end + offset,
  });
  // "after the application is deleted" dates the clause: the deletion inside it is no act of the clause.
  const ends = composeAfterEnd(tags, units);
  const datesClause = (t: { start: number; end: number; set: string }) =>
    t.set === 'deleteVerb' && ends.some((e) => e.start <= t.start && t.end <= e.end);
  // "may state that its models were trained using licensed data": the fact reported, to the next semicolon, is no act.
  // Only a permission to say it ("may state", "may also say"): "a state that grants", "Schedule 2 states that" report nothing.
  const permittedSaying = (t: { start: number }) => tags.some((m) => m.set === 'modal' && m.end <= t.start && t.start - m.end <= 10);
  // "shall provide the Contributor with a quarterly report showing … Contributed Data used in training": what a report
  // must show, after the duty to give it, is no act either (459 § 6.2 was read as a training grant).
  const owedReport = (t: { start: number }) => tags.some((m) => m.set === 'modal' && m.end <= t.start && t.start - m.end <= 120);
  const reported = tags.filter((t) => (t.set === 'reportedFact' && permittedSaying(t)) || (t.set === 'reportContents' && owedReport(t))).map((t) => ({ start: t.end, end: sentence.text.indexOf(';', t.end) < 0 ? sentence.text.length : sentence.text.indexOf(';', t.end) }));
  const inReport = (t: { start: number; end: number }) => reported.some((r) => r.start <= t.start && t.end <= r.end);
  // "are Zentra's proprietary information" claims title: the words are an ownership word, not a duty of confidence.
  const held = composeHeldAsProperty(tags, units);
  const heldWords = (t: { start: number; end: number; set: string }) => held.some((h) => h.start <= t.start && t.end <= h.end);
  // "the Authority's Open Data Handling Standard published at https://…": where a document is found, not a publication.
  const locates = (t: { start: number; end: number; text: string }) => LOCATING.test(t.text) && ADDRESS_AFTER.test(sentence.text.slice(t.end, t.end + 48));
  for (const t of tags) if (!insideComposed(t) && !datesClause(t) && !inReport(t) && !heldWords(t) && !locates(t)) cues.push(toCue(t));
  for (const c of held) cues.push(toCue(c));
  for (const c of composed) cues.push(toCue(c));
  for (const c of ends) cues.push(toCue(c));
  for (const c of composeSplitOptOut(units, sentence.text)) cues.push(toCue(c));
  cues.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments = segmentSentence(sentence.text, tokens, tags);
  const predicates: Predicate[] = [];
  let previousPredicate: Predicate | undefined;
  let antecedents: readonly DataObject[] = [];
  for (const group of attach(segments, sentence.text)) {
    const predicate = readPredicate({
      segment: group.main,
      attached: group.attached,
      cues,
      units,
      offset,
      previous: previousPredicate,
      antecedents,
      namesParties: options.namesParties,
      question: /\?\s*$/.test(sentence.text),
      sentenceText: sentence.text,
    });
    predicates.push(predicate);
    previousPredicate = predicate;
    // "If you send us ideas …, you agree that we may use them": the condition's data is what "them" stands for.
    const named = predicate.objects.some((o) => o.kind !== 'vendor-material') ? predicate.objects : objectsIn(group.attached, cues, offset);
    if (named.some((o) => o.kind !== 'vendor-material')) antecedents = named.filter((o) => o.kind !== 'vendor-material');
  }
  const headingSegment = segments.find((s) => s.role === 'heading');
  const previous = options.previous;
  const inlineHeading = headingSegment && { text: sentence.text.slice(headingSegment.start, headingSegment.end), negative: false, cues: cues.filter((c) => c.start < headingSegment.end + offset) };
  const carriedHeading = previous?.isHeading ? { text: previous.text, negative: previous.predicates.some((p) => p.polarity === 'negative'), cues: previous.cues } : undefined;
  const heading = inlineHeading ? { ...inlineHeading, negative: inlineHeading.cues.some((c) => c.set === 'negDeterminer' || c.set === 'negator') } : carriedHeading;
  const opening = units.find((u) => !/^(?:[a-z]|[ivx]{1,4}|\d+(?:\.\d+)*)$/i.test(u.norm));
  const verbAt = opening?.norm === 'to' ? units[units.indexOf(opening) + 1] : opening;
  // A name such as "Forward Networks" starts with a capitalised word followed by another; a bare verb does not.
  const nextWord = verbAt ? units[units.indexOf(verbAt) + 1] : undefined;
  const imperative = verbAt !== undefined && !/(?:ed|ion|ions|ment|ments)$/.test(verbAt.norm) && !(nextWord && /^[A-Z]/.test(nextWord.text) && /^[A-Z]/.test(verbAt.text)) &&
    cues.some((c) => c.start === verbAt.start + offset && ACTION_SETS.has(c.set));
  const startsWithVerb = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?[a-z]/.test(sentence.text) || /^\s*(?:\(?[a-z0-9ivx]{1,4}[.)]\s+)?[A-Z][a-z]+(?:e|ing|ize|ise)\b/.test(sentence.text);
  return {
    paragraph: sentence.paragraph,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    heading,
    isHeading: options.inList !== true && looksLikeHeading(sentence.text),
    // '14.4 Help improve our models. The "Help improve our models" setting …': words the paragraph then quotes as a
    // setting's or programme's name head the clause, whatever verb they hold (324 § 14.4 read the title as a grant).
    isTitle: options.inList !== true && ((looksLikeHeading(sentence.text) && TITLE_MARK.test(sentence.text)) || options.namedLater === true),
    isDefinition: isDefinition(sentence.text),
    isRecital: (opening !== undefined && (cues.some((c) => c.set === 'recitalOpener' && c.start === opening.start + offset) || isPreamble(opening, cues))) || isLetteredRecital(sentence.text, cues),
    imperative,
    // "You agree not to: (a) …; (d) use the tutor's responses to train a competing model": the lead-in may open the
    // sentence itself, read as its heading.
    inCustomerRestrictionList:
      options.afterCustomerRestrictionLeadIn || (previous?.inCustomerRestrictionList === true && startsWithVerb) || (heading !== undefined && isCustomerRestrictionLeadIn(heading.text)),
    predicates,
    scope: scopeCues(cues),
    time: cues.filter((c) => TIME_SETS.has(c.set)),
    cues,
    sets: setsOf(cues),
  };
}
