// Reads one main clause and the conditions attached to it into a Predicate: actor, recipient, modal, polarity per
// action, objects, AI words, purposes and conditions. Pure: imports only the frame types and the language layer.
import type { Unit } from '../language/matcher';
import type { Action, Cue, DataObject, ObjectKind, Predicate } from './frame';
import { cuesBetween, wordIndexAt, type PredicateInput } from './predicateInput';
import { classifyCondition } from './conditions';
import { describesANoun } from './wordRoles';
import { findActor, findOutsiders, findOwner, findRecipient, SIDE_OF } from './parties';
import { ACTION_OF } from './actionOf';
import { actionWordIsNoun, derivedWordIsError } from './wordSenses';
import { complementOfNoun, negations, type Negation } from './negations';
import { generatedBefore, insideCitedTitle, isComplement } from './neighbourWords';
import { BE, clauseModals, headOf } from './clauseHead';

/** What "research" describes when it stands before it: data or people, not a purpose ("research datasets"). */
/** Words after "despite" within which a deletion named is the one overridden. */
const OVERRIDDEN_REACH = 10;
const RESEARCH_MODIFIES: ReadonlySet<string> = new Set(['datasets', 'dataset', 'data', 'papers', 'literature', 'partners', 'institutions', 'publications', 'corpora']);

const OBJECT_OF: Partial<Record<string, ObjectKind>> = {
  customerDataTerm: 'customer-data', docCustomerData: 'customer-data', usageData: 'usage-data', docUsageData: 'usage-data',
  outputNoun: 'output', docOutput: 'output', feedbackNoun: 'feedback', derivedData: 'derived', vendorMaterial: 'vendor-material',
  confidentialInfo: 'confidential', dataNoun: 'generic',
};
const POSSESSIVE_PARTY = /^(?:our|ours|your|yours|its|their)$/i;
/** Words that make the action word after them (or after one modifier) a noun: "this licence", "other restricted transfer". */
const DETERMINER = /^(?:its|their|our|your|the|any|such|a|an|his|her|whose|this|these|those|other|each|every)$/;
/** What cannot stand between a determiner and its noun: "the right to use", "any party may share". */
const NOT_A_MODIFIER = /^(?:to|may|can|will|shall|must|might|would|could|should|not|and|or|who|which|that)$/;
/** The "be" of a stated setting: "is disabled", "are turned off". */
const BE_STATE = /^(?:is|are|was|were|remains|remain|stays|stay)$/;
const FINITE_OWN = /^(?:is|are|was|were)$/;
/** Words before "that" which make it a conjunction ("and that …", "ensure that …"), not a relative pronoun. */
const THAT_AS_CONJUNCTION = /^(?:and|or|but|so|provided|ensure|ensures|agree|agrees|acknowledge|acknowledges|warrant|warrants|represent|represents|confirm|confirms|except|such|means|mean|notify|certify|certifies)$/;
/** A relative pronoun after a word of the clause: "which", "who", or "that" after a noun. */
const opensRelative = (units: readonly Unit[], i: number, first: number): boolean => {
  const norm = units[i]?.norm ?? '';
  if (i <= first) return false;
  if (norm === 'which' || norm === 'who' || norm === 'whom' || norm === 'whose') return true;
  return norm === 'that' && /^[a-z]/.test(units[i - 1]?.norm ?? '') && !THAT_AS_CONJUNCTION.test(units[i - 1]?.norm ?? '');
};
const SUBJECT_PRONOUN_FIRST = /^(?:they|it|he|she|we|you)$/;
const FINITE_BEFORE = /^(?:is|are|was|were|be|been|do|does|did|isn't|aren't|don't|doesn't|didn't|never|not)$/;

const PRONOUN = /^(?:it|them|same|such)$/;
/** Words before a participle that make it a verb of the clause ("is developed", "have built", "not created"). */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|will|shall|may|must|can|could|would|should|not|never|and|or|to|we|you|they|it)$/;

/**
 * "features developed or created by our systems": a past participle right after a noun and followed by its agent
 * ("by …") describes the noun, as "that were developed by" would; nobody develops anything in this clause.
 */
function reducedRelative(units: readonly Unit[], at: number): boolean {
  const word = units[at];
  const before = units[at - 1];
  if (!word || !before || !/ed$/.test(word.norm) || AUXILIARY.test(before.norm) || !/^[a-z]/.test(before.norm)) return false;
  const next = units[at + 1]?.norm;
  return next === 'by' || ((next === 'or' || next === 'and') && /ed$/.test(units[at + 2]?.norm ?? '') && units[at + 3]?.norm === 'by');
}
const PURPOSE_SETS = new Set<string>(['customerServing', 'safetyPurpose', 'vendorEnds', 'anyPurpose', 'limiter']);

/** The word sets of these cues, without the array `new Set(cues.map(…))` would build first. */
export function setsOf(cues: readonly Cue[]): Set<Cue['set']> {
  const sets = new Set<Cue['set']>();
  for (const c of cues) sets.add(c.set);
  return sets;
}

/** A cue read as data of this kind; an object literal of one shape, which V8 builds far faster than a spread. */
const dataObject = (c: Cue, kind: ObjectKind): DataObject => ({ set: c.set, text: c.text, start: c.start, end: c.end, kind });

/** The negator that is the head ("isn't") or follows a head "is" right away ("is not"), as a found negation has it. */
function negationAtHead(input: PredicateInput, negs: readonly Negation[], head: number): Cue | undefined {
  const at = wordIndexAt(input.units, head, input.offset);
  const be = BE.test(input.units[at]?.norm ?? '');
  return negs.find((n) => n.cue.set === 'negator' && !n.relative && n.bracketed !== true && (n.cue.start === head || (be && wordIndexAt(input.units, n.cue.start, input.offset) === at + 1)))?.cue;
}
const DENIABLE_USE = new Set<string>(['use', 'train', 'improve', 'share']);
/** "- to train …", "— to develop …": a purpose right after a dash. */
const DASH_THEN_PURPOSE = /[—–-]\s*to\s/i;
/** A clause that opens on its purpose, after any dash: "to train …", "— to develop …". */
const PURPOSE_OPENS = /^[\s—–-]*to\s/i;

const QUALITY_SETS = new Set<string>(['licenceBreadth', 'openEnded', 'lastingRight', 'commonLicenceTerm']);

/**
 * "The licence is not perpetual or irrevocable": qualities a negator denies, with only other such qualities between
 * ("or", "nor" are not cues). One pass over the sorted cues; they are not qualities of the right.
 */
function deniedQualities(segCues: readonly Cue[]): Set<Cue> {
  const denied = new Set<Cue>();
  let reach = -1;
  for (const c of segCues) {
    if (c.set === 'negator') reach = c.end;
    else if (reach >= 0 && QUALITY_SETS.has(c.set) && c.start - reach <= 12) {
      denied.add(c);
      reach = Math.max(reach, c.end);
    } else if (reach >= 0 && c.start < reach) denied.add(c);
    else reach = -1;
  }
  return denied;
}

/** The data named in segments ("If you send us ideas or other feedback, …"): what a later "them" may stand for. */
export function objectsIn(segments: readonly { readonly start: number; readonly end: number }[], cues: readonly Cue[], offset: number): DataObject[] {
  return segments.flatMap((s) => cuesBetween(cues, s.start + offset, s.end + offset).filter((c) => OBJECT_OF[c.set]).map((c) => dataObject(c, OBJECT_OF[c.set] as ObjectKind)));
}

const GIVE = /^(?:give|gives|give us)$/i;

export function readPredicate(input: PredicateInput): Predicate {
  const { segment, cues, offset, units } = input;
  // A condition the main clause was resumed after ("may retain, for so long as …, the datasets") lies inside it: its
  // words are the condition's, not the clause's.
  const within = input.attached.filter((a) => a.start >= segment.start && a.end <= segment.end);
  const segCues = cuesBetween(cues, segment.start + offset, segment.end + offset).filter((c) => !within.some((a) => c.start >= a.start + offset && c.end <= a.end + offset));
  const modals = clauseModals(input, segCues);
  const head = headOf(input, segCues, modals);
  const { negations: negs, doubleNegative } = negations(input, segCues);
  // The first wide negation reaches every later word; narrow ones reach two words. One pass, not a search per action.
  const wide = negs.find((n) => n.to >= units.length);
  const narrowAt = new Map<number, Cue>();
  for (const n of negs) if (n !== wide && n.to < units.length) for (let k = n.from; k <= n.to; k++) if (!narrowAt.has(k)) narrowAt.set(k, n.cue);
  // "claims no ownership of", "retains no rights in", "keeps no copies": a "no" right after a verb (or opening its
  // phrase, "no rights in") denies the verb as "does not" would; the thing it governs is what is denied.
  const deniedVerbAt = new Map<number, Cue>();
  for (const n of negs) {
    if (n.cue.set !== 'negDeterminer' || n.cue.text.toLowerCase() !== 'no') continue;
    const at = wordIndexAt(units, n.cue.start, offset);
    deniedVerbAt.set(at - 1, n.cue);
    deniedVerbAt.set(at, n.cue);
  }
  const negationOf = (c: Cue): Cue | undefined => {
    const at = wordIndexAt(units, c.start, offset);
    const lastWord = wordIndexAt(units, c.end, offset) - 1;
    const deniedByNo = deniedVerbAt.get(lastWord) ?? deniedVerbAt.get(at);
    if (deniedByNo !== undefined && (deniedByNo.start >= c.end || deniedByNo.start === c.start)) return deniedByNo;
    if (wide && wide.cue.start < c.start && at >= wide.from) return wide.cue;
    const narrow = narrowAt.get(at);
    return narrow && narrow.start < c.start ? narrow : undefined;
  };
  const modalHere = segCues.some((c) => c.set === 'modal');
  // "You will not use the Services; any Output; or any data to train …": a list after ";" that has no subject, modal
  // or negation of its own continues the clause before it, its "not" included.
  // A clause with a finite verb of its own (", and chats are deleted") states something new; it carries no "not".
  const segFirst = wordIndexAt(units, segment.start + offset, offset);
  const segLast = wordIndexAt(units, segment.end + offset, offset);
  let beVerbHere = false;
  // "(c) use University Data to train any model that is made available to others", "… the models in the Screening
  // module, which are trained solely on licensed literature": the verb of a relative clause describes a noun; the
  // clause itself still continues the one before (307 § 3.2, blind57 b58-051 lost their "not" to it).
  for (let i = segFirst; i < segLast && !beVerbHere && !opensRelative(units, i, segFirst); i++) beVerbHere = FINITE_OWN.test((units[i] as Unit).norm);
  // "…; they belong to you": a pronoun subject of its own starts a new statement, which the "no" before does not reach.
  const ownPronounSubject = SUBJECT_PRONOUN_FIRST.test(units[segFirst]?.norm ?? '');
  // "…, and also uses it to train …", "… but relies on them to tune …": a clause opening with a word that adds or
  // contrasts states something of its own; it keeps the subject before, not its "not".
  const openerAt = units[/^(?:and|or)$/.test(units[segFirst]?.norm ?? '') ? segFirst + 1 : segFirst]?.start;
  const freshStart = openerAt !== undefined && segCues.some((c) => c.set === 'clauseBreak' && c.start === openerAt + offset);
  const continued = input.previous !== undefined && !modalHere && !beVerbHere && negs.length === 0 && !ownPronounSubject && !freshStart && !segCues.some((c) => c.set in SIDE_OF && c.start < (segCues.find((a) => ACTION_OF[a.set])?.start ?? Infinity));
  // "shall not use Pupil Data - including names, … - to train … any model, nor permit …" (blind101-69): a purpose resumed
  // after a dashed aside is still the denied use's, whatever "nor" follows it.
  const ownText = input.sentenceText.slice(segment.start, segment.end);
  // The dash may close the clause before or open this one: read across the boundary.
  const afterDash = PURPOSE_OPENS.test(ownText) && DASH_THEN_PURPOSE.test(input.sentenceText.slice(Math.max(0, segment.start - 4), segment.start) + ownText.slice(0, 8));
  const resumesPurpose = input.previous !== undefined && !modalHere && afterDash;
  const carried = (continued || resumesPurpose) && input.previous?.polarity === 'negative' ? input.previous.negation : undefined;
  // Verbs before the clause's head belong to its subject ("Data submitted to fine-tune a model is retained"), unless
  // the head has no verb of its own ("Use of Content to train models is within the licence") or they open the
  // sentence as its purpose ("To train models, Sentry will need …").
  const firstUnit = units[wordIndexAt(units, segment.start + offset, offset)];
  const leadingPurpose = firstUnit?.norm === 'to';
  // "is within the scope of this licence and is no sale or other restricted transfer": an action word after a
  // determiner (and at most one modifier) is a noun, so the head has no verb of its own.
  const asNoun = (c: Cue): boolean => {
    const at = wordIndexAt(units, c.start, offset);
    const one = units[at - 1]?.norm ?? '';
    return DETERMINER.test(one) || (DETERMINER.test(units[at - 2]?.norm ?? '') && !NOT_A_MODIFIER.test(one));
  };
  const verbAfterHead = head !== undefined && segCues.some((c) => c.start > head && ACTION_OF[c.set] && ACTION_OF[c.set] !== 'optIn' && ACTION_OF[c.set] !== 'optOut' && !asNoun(c));
  // "retention rules", "such retention obligation", "training settings": an action's noun before a policy word names
  // the topic; nothing is retained or trained by it.
  const topicAt = new Set(segCues.filter((c) => c.set === 'topicHead').map((c) => wordIndexAt(units, c.start, offset)));
  const nounAt = new Set(segCues.filter((c) => c.set === 'actionNoun').map((c) => c.start));
  // "shall not access Practice Data": a lowercase act before a capitalised word acts on a name; it names no topic.
  const names = (c: Cue) => {
    const next = wordIndexAt(units, c.end, offset);
    return nounAt.has(c.start) && topicAt.has(next) && !(/^[a-z]/.test(c.text) && /^[A-Z]/.test(units[next]?.text ?? ''));
  };
  // "keep your account secure" keeps a state; "retains all right, title and interest" keeps ownership. Neither retains data.
  const keepAt = new Set(segCues.filter((c) => c.set === 'keepVerb').map((c) => c.start));
  const stateAt = segCues.filter((c) => c.set === 'stateAdjective').map((c) => wordIndexAt(units, c.start, offset));
  const ownAt = new Set(segCues.filter((c) => c.set === 'ownVerb').map((c) => wordIndexAt(units, c.start, offset)));
  const keepsOwnership = (c: Cue): boolean => {
    const next = wordIndexAt(units, c.end, offset);
    return ownAt.has(next) || ownAt.has(next + 1);
  };
  const keepsState = (c: Cue): boolean => {
    const next = wordIndexAt(units, c.end, offset);
    return keepAt.has(c.start) && stateAt.some((at) => at >= next && at <= next + 3);
  };
  // "all right, title and interest in Usage Data belong to and are retained by Acme": a verb joined to the head by
  // "and" or "or" is the predicate's own verb, not part of its subject.
  const headIndex = head === undefined ? -1 : wordIndexAt(units, head, offset);
  const joinedToHead = (c: Cue): boolean => {
    const after = wordIndexAt(units, c.end, offset);
    if (headIndex - after > 2 || headIndex <= after) return false;
    for (let k = after; k < headIndex; k++) if (/^(?:and|or)$/.test((units[k] as Unit).norm)) return true;
    return false;
  };
  // "Content training is disabled by default", "model training is set to off": a setting stated to be off, with no
  // modal ("can be disabled" leaves it on), denies the action named before it.
  const offAt = segCues.find((c) => c.set === 'offState' && BE_STATE.test(units[wordIndexAt(units, c.start, offset) - 1]?.norm ?? '') &&
    !segCues.some((m) => m.set === 'modal' && m.start < c.start));
  const offState = (c: Cue, kind: Action['kind']): boolean => offAt !== undefined && c.start < offAt.start && kind !== 'optIn' && kind !== 'optOut';
  // "will preserve the files, despite any deletion request or scheduled purge": a deletion named within a few words after
  // "despite" (no comma or modal between) is what the keeping overrides; nobody deletes. The list overridden may run
  // on: "despite any termination of the Sender's account or any deletion request" (blind93-149).
  const overrides = segCues.filter((c) => c.set === 'overrideCue');
  const overridden = (c: Cue): boolean => overrides.some((o) => {
    if (o.end > c.start || wordIndexAt(units, c.start, offset) - wordIndexAt(units, o.end, offset) > OVERRIDDEN_REACH) return false;
    return !input.sentenceText.slice(o.end - offset, c.start - offset).includes(',') && !segCues.some((m) => m.set === 'modal' && m.start > o.end && m.start < c.start);
  });
  // "models trained with your data", "the yield models trained on Farm Data": a participle right after the AI noun
  // describes the models (which were trained); it is no act the clause grants or denies.
  const describesModel = (c: Cue): boolean => {
    const at = wordIndexAt(units, c.start, offset);
    return /ed$/.test(units[at]?.norm ?? '') && /^(?:on|with|using|from)$/.test(units[at + 1]?.norm ?? '') &&
      segCues.some((m) => m.set === 'aiNoun' && m.end <= c.start && input.sentenceText.slice(m.end - offset, c.start - offset).trim() === '');
  };
  // "You will not receive any payment for Inputs we use to train …", "No compensation is payable for Content used to
  // improve …": a negation whose first words deny a payment (within four words, no action before it) denies only the
  // payment; the uses it names are what nobody pays for, a topic the clause neither promises nor grants.
  // So does one that denies a warranty or promise ("gives no warranty as to its suitability for training", "We do not
  // promise that Output will be unique"), with no comma between ("will not, and warrants that it will not, use" denies).
  const deniesOnly = (n: (typeof negs)[number], p: Cue): boolean =>
    (p.set === 'paymentWord' || (p.set === 'assuranceWord' && !input.sentenceText.slice(n.cue.end - offset, p.start - offset).includes(','))) &&
    p.start > n.cue.start && wordIndexAt(units, p.start, offset) - n.from <= 4 && !segCues.some((a) => ACTION_OF[a.set] && a.start > n.cue.end && a.start < p.start);
  const unpaid = negs.find((n) => segCues.some((p) => deniesOnly(n, p)));
  const unpaidUse = (c: Cue): boolean => unpaid !== undefined && c.start > unpaid.cue.end && wordIndexAt(units, c.start, offset) <= unpaid.to;
  // "You must give us accurate information when you sign up": "give" hands over a right only beside a word of right
  // ("give us permission", "gives Provider the right to", "give us a worldwide licence", "give Vendor access");
  // alone it supplies information, which grants nothing.
  // The right may sit past commas ("you give to IPinfo, without charge, …, the right to make …"); access only in the clause.
  const rightNamed = input.cues.some((o) => (o.set === 'grantVerb' && !GIVE.test(o.text)) || o.set === 'licenceBreadth') || segCues.some((o) => o.set === 'accessVerb');
  // "while the Licence remains in force": a licence named as the subject of its own lasting is no grant (blind102-19).
  const stateOfTheLicence = (c: Cue, nominal: boolean): boolean =>
    nominal && ACTION_OF[c.set] === 'grant' && segCues.some((t) => t.set === 'persistVerb' && wordIndexAt(units, t.start, offset) === wordIndexAt(units, c.end, offset));
  const suppliedOnly = (c: Cue): boolean => c.set === 'grantVerb' && GIVE.test(c.text) && !rightNamed;
  // Plain loops and object literals, not flatMap and spreads: this runs for every cue of every clause.
  const actions: Action[] = [];
  let lastTaught = false;
  // "fed into our billing system": data fed into something trains it only when the clause names a model or AI.
  const feedsNoModel = !segCues.some((c) => c.set === 'aiNoun' || c.set === 'aiAcronym' || c.set === 'trainingNoun');
  const feeding = feedsNoModel ? new Set(segCues.filter((c) => c.set === 'modelFeeding').map((c) => c.start)) : undefined;
  // "(…, but not the contents of Research Data) to maintain …": a word inside the phrase left out is a noun, not an act.
  // Its first word may be the act left out ("processed for inference but not retained").
  const leftOut = negs.filter((n) => n.leftOut === true);
  const peopleAt = new Set(segCues.filter((c) => c.set === 'personnel' || c.set === 'workTeam').map((c) => c.start));
  const inLeftOut = (c: Cue) => leftOut.some((n) => n.from < wordIndexAt(units, c.start, offset) && wordIndexAt(units, c.start, offset) < n.to);
  for (const c of segCues) {
    const found = ACTION_OF[c.set];
    if (!found || feeding?.has(c.start) || (leftOut.length > 0 && inLeftOut(c))) continue;
    const kind = found === 'retain' && keepsOwnership(c) ? 'own' : found;
    // "you have rights to access … and to object to processing": a right the party holds is given to nobody.
    if (kind === 'grant' && heldRight(c, units, wordIndexAt(units, c.start, offset))) continue;
    // "right-to-work information": a grant's words inside a hyphenated compound name a kind of thing, not a grant.
    if (kind === 'grant' && input.sentenceText[c.end - offset] === '-') continue;
    if (insideCitedTitle(input.sentenceText, c.start - offset, c.end - offset)) continue;
    if (kind === 'optIn' && enablesAPurpose(c, units, wordIndexAt(units, c.start, offset))) continue;
    // "withdraw its consent to the use of …": the consent inside a withdrawal is taken back, not given (blind93-032).
    if ((kind === 'grant' || kind === 'optIn') && segCues.some((o) => ACTION_OF[o.set] === 'optOut' && o.start < c.start && c.start < o.end)) continue;
    // "quality-assurance staff", "development team members": the word names the people's work, not an act.
    // "may modify these Terms": the contract changed is no improvement of a product.
    if (kind === 'improve' && segCues.some((t) => t.set === 'ownTermsRef' && t.start >= c.end && t.start - c.end <= 2)) continue;
    // "statistical models trained on published research datasets": "research" before what it describes is no purpose (blind52).
    if (actionWordIsNoun(kind, c.text, units, wordIndexAt(units, c.start, offset), wordIndexAt(units, c.end, offset))) continue;
    if (kind === 'improve' && c.text.toLowerCase() === 'research' && RESEARCH_MODIFIES.has(units[wordIndexAt(units, c.end, offset)]?.norm ?? '')) continue;
    if ((kind === 'improve' || kind === 'train') && peopleAt.size > 0 && peopleAt.has((units[wordIndexAt(units, c.end, offset)]?.start ?? -1) + offset)) continue;
    const inSubject = head !== undefined && c.end <= head && kind !== 'optOut' && verbAfterHead && !leadingPurpose && !joinedToHead(c);
    const before = units[wordIndexAt(units, c.start, offset) - 1]?.norm ?? '';
    // "content already used for training" describes the content as "that was already used" would, and the purpose
    // right after such a use ("for training", "to train") belongs to the description too.
    const last = actions[actions.length - 1];
    const describedPurpose = last?.relative === true && last.kind === 'use' && wordIndexAt(units, c.start, offset) - wordIndexAt(units, last.end, offset) <= 1;
    // "any conversation transcripts still held": a participle after "still" or "currently" describes the data too.
    const relative = /^(?:who|which|that|already|previously|still|currently)$/.test(before) || describedPurpose || reducedRelative(units, wordIndexAt(units, c.start, offset)) || describesModel(c) ||
      relativeWithSubject(units, wordIndexAt(units, c.start, offset), offset, last);
    // "delete … embeddings and cached Outputs", "your stored Inputs": a participle before a defined term describes it.
    const attributive = describesANoun(input, c, before);
    const nominal = /^(?:its|their|our|your|the|any|such|a|an|his|her|whose)$/.test(before);
    // "show Users how to train and tune models": what someone is taught to do is a topic, nobody does it here.
    const taught: boolean =
      (before === 'to' && units[wordIndexAt(units, c.start, offset) - 2]?.norm === 'how') || (lastTaught && (before === 'and' || before === 'or')) ||
      complementOfNoun(units, wordIndexAt(units, c.start, offset), input.sentenceText);
    lastTaught = taught;
    // The setting's own word ("is disabled") states a state; it is not the customer switching anything off.
    const topic = names(c) || stateOfTheLicence(c, nominal) || suppliedOnly(c) || (kind === 'retain' && keepsState(c)) || (kind === 'delete' && overridden(c)) || taught || attributive || unpaidUse(c) || (offAt !== undefined && c.start <= offAt.start && c.end >= offAt.end);
    const negated = !unpaidUse(c) && (carried !== undefined || negationOf(c) !== undefined || offState(c, kind));
    actions.push({ set: c.set, text: c.text, start: c.start, end: c.end, kind, negated, inSubject, relative, nominal, topic });
  }
  // Data named inside a negative relative clause ("datasets which do not include customer code") is excluded, not used.
  const excluded = (c: Cue) => negs.some((n) => n.relative && c.start > n.cue.start && wordIndexAt(units, c.start, offset) <= n.to + 4);
  const own: DataObject[] = [];
  // '"Operational Data" means shipment records … that Client uploads': the contract's own definition of the customer's
  // data prevails over the usage-data reading its name would get from the word lists.
  const definedAsCustomers = segCues.filter((c) => c.set === 'docCustomerData');
  const redefined = (c: Cue) => c.set === 'usageData' && definedAsCustomers.some((d) => d.start <= c.start && c.end <= d.end);
  for (const c of segCues) {
    const kind = OBJECT_OF[c.set];
    if (kind && !excluded(c) && !redefined(c) && !(kind === 'derived' && derivedWordIsError(units, wordIndexAt(units, c.start, offset)))) own.push(dataObject(c, kind === 'generic' && generatedBefore(units, wordIndexAt(units, c.start, offset)) ? 'output' : kind));
  }
  // "Your chats will be stored and will be used to train …": a clause with no subject of its own shares the data of
  // the clause before it.
  // "we may use it", "use the same": a pronoun stands for the data named before.
  // A possessive ("our models", "your account") owns a noun; it is not the clause's subject.
  // "… shall be processed solely to respond, and shall not be used by the Contractor to train …": a clause that opens
  // with its modal has no subject of its own; the party after "by" is the agent of its passive.
  const opener = units[segFirst]?.norm === 'and' || units[segFirst]?.norm === 'but' ? segFirst + 1 : segFirst;
  const opensWithModal = modals.some((m) => wordIndexAt(units, m.start, offset) === opener);
  const subjectless = opensWithModal || !segCues.some((c) => c.set in SIDE_OF && !POSSESSIVE_PARTY.test(c.text));
  let pronoun = false;
  const segmentEnd = wordIndexAt(units, segment.end + offset, offset);
  // "…, after which they are automatically purged": "they" as the subject of a passive is the data named before.
  const passiveThey = (k: number) => {
    if ((units[k] as Unit).norm !== 'they') return false;
    const verb = /^(?:will|shall|may|must)$/.test(units[k + 1]?.norm ?? '') && units[k + 2]?.norm === 'be' ? k + 3 : /^(?:are|were)$/.test(units[k + 1]?.norm ?? '') ? k + 2 : -1;
    // An adverb may stand before the participle: "they are automatically purged".
    const participle = /ly$/.test(units[verb]?.norm ?? '') ? units[verb + 1] : units[verb];
    return verb > 0 && /(?:ed|en)$/.test(participle?.norm ?? '');
  };
  for (let k = wordIndexAt(units, segment.start + offset, offset); k < segmentEnd && !pronoun; k++) pronoun = PRONOUN.test((units[k] as Unit).norm) || passiveThey(k);
  const conditionObjects = objectsIn(input.attached, cues, offset);
  const earlier = input.previous?.objects.length ? input.previous.objects : conditionObjects;
  // "we may use it to improve our Services": a pronoun stands for the data named before, even beside the vendor's
  // own material.
  const ownData = own.filter((o) => o.kind !== 'vendor-material');
  const antecedents = input.antecedents.length > 0 ? input.antecedents : earlier;
  // "We may use Service Data — how you use it, … — to improve our services, including our document tools": the
  // purpose after an aside is the clause's own, about the data named before it (the vendor's things are its ends).
  const purposeResumed = input.previous !== undefined && PURPOSE_OPENS.test(ownText) && own.every((o) => o.kind === 'vendor-material' || o.kind === 'generic');
  // "If you send us ideas …, you agree that we may use them": a pronoun reaches past a clause that names nothing.
  // "… ("Insights"), are and shall remain the Confidential Information and property of Encorely" (blind105-49): what the
  // subject remains is said of it; the clause still speaks of the data named before.
  const complementOnly = subjectless && own.length > 0 && own.every((o) => o.kind === 'confidential' && isComplement(units, wordIndexAt(units, o.start, offset)));
  const objects = complementOnly ? [...earlier, ...own] : own.length === 0 && (subjectless || pronoun) ? (earlier.length === 0 && pronoun ? antecedents : earlier) : purposeResumed || (ownData.length === 0 && pronoun) ? [...(purposeResumed ? earlier : antecedents), ...own] : own;
  const main = actions.filter((a) => !a.inSubject && !a.topic && a.kind !== 'optIn' && a.kind !== 'optOut');
  // The finite verb decides: the first action right after a modal, "is", "do" or a negator ("is not stored"),
  // rather than a participle before it ("PHI shared as part of a conversation is not stored").
  const finite = main.find((a) => {
    const i = wordIndexAt(units, a.start, offset);
    return [units[i - 1], units[i - 2], units[i - 3]].some((u) => u && (FINITE_BEFORE.test(u.norm) || segCues.some((c) => (c.set === 'modal' || c.set === 'negator') && c.start === u.start + offset)));
  });
  const deciding = finite ?? main[0] ?? actions.find((a) => a.kind !== 'optIn' && a.kind !== 'optOut') ?? actions[0];
  // With no verb at all ("No training on your data."), a leading "no" still decides.
  // "Use of Customer Data for model training is not permitted", "Training on X is not part of the Services": the use is
  // named as the subject and the head, with no verb of its own after it, denies it.
  // Only a use ("The licence is not perpetual" denies a quality, not the grant) and only after "is" or "isn't" (after a
  // modal, "models … will not be rebuilt", the verb is one the vocabulary does not know).
  const headDenied = head !== undefined && !verbAfterHead && deciding !== undefined && deciding.end <= head && DENIABLE_USE.has(deciding.kind) ? negationAtHead(input, negs, head) : undefined;
  // "Deletion obligations under this DPA do not apply to De-identified Data …" (fresh188a 486-33): an action named in
  // the subject, then "not" right before "apply" or "extend", denies that the clause reaches what follows.
  // Only where every action is named before it: "ownership of Outputs does not extend to …, and Health System grants …"
  // read as one clause keeps its grant (442 § D.7).
  const scopeNegation = (d: Action): Cue | undefined =>
    negs.find((n) => n.cue.set === 'negator' && n.cue.start > d.end && actions.every((a) => a.end <= n.cue.start) &&
      segCues.some((c) => c.set === 'scopeVerb' && wordIndexAt(units, c.start, offset) === wordIndexAt(units, n.cue.start, offset) + 1))?.cue;
  const negation =
    carried ?? headDenied ?? (deciding ? negationOf(deciding) ?? (offState(deciding, deciding.kind) ? offAt : undefined) ?? scopeNegation(deciding) : negs.find((n) => n.bracketed !== true)?.cue);
  const modal = modals.find((c) => deciding === undefined || c.start <= deciding.start);
  const actor = findActor(input, segCues, actions, modal ?? (head !== undefined ? { start: head } : undefined));
  const denied = deniedQualities(segCues);
  const asserted = denied.size === 0 ? segCues : segCues.filter((c) => !denied.has(c));
  return {
    start: segment.start + offset,
    end: segment.end + offset,
    actor,
    recipient: findRecipient(input, segCues, actions, actor.side, actor.cue),
    owner: findOwner(input, segCues, actions, actor.side),
    outsiders: findOutsiders(input, segCues, actor),
    question: input.question,
    modal,
    polarity: negation ? 'negative' : 'positive',
    negation,
    doubleNegative,
    // The head's "not" denies the uses its subject names.
    actions: headDenied === undefined ? actions : actions.map((a) => (a.end <= (head as number) && !a.negated ? { ...a, negated: true } : a)),
    objects,
    ai: segCues.filter((c) => c.set === 'aiNoun' || c.set === 'aiAcronym'),
    purposes: segCues.filter((c) => PURPOSE_SETS.has(c.set)),
    conditions: input.attached.map((s) => classifyCondition(s, cues, offset, input.sentenceText)),
    cues: asserted,
    sets: setsOf(asserted),
  };
}

/**
 * "have rights to", "has the right to", "you have rights under data protection law, including rights to access …": a
 * right the subject holds, not one it grants. Looks back a few words for "have … right(s)".
 */
function heldRight(c: Cue, units: readonly Unit[], at: number): boolean {
  if (!/^rights?\s+to$/i.test(c.text)) return false;
  const held = (word: string | undefined) => word === 'have' || word === 'has' || word === 'had';
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    if (!held(units[k]?.norm)) continue;
    const next = units[k + 1]?.norm;
    return next === 'rights' || next === 'right' || ((next === 'the' || next === 'a' || next === 'certain') && /^rights?$/.test(units[k + 2]?.norm ?? ''));
  }
  return false;
}

/** Words before "to enable" that make it the customer's choice: "you may choose to enable …", "the option to enable". */
const CHOOSING = /^(?:choose|chooses|chose|elect|elects|decide|decides|want|wants|wish|wishes|able|option|ability|need|needs|opt|right|permission|prompted|asked)$/;
/**
 * "are transmitted to Nodewarden to enable remote support": "to enable" as a purpose makes something possible; it is
 * no switch the customer turns on, unless a word of choosing comes before it.
 */
function enablesAPurpose(c: Cue, units: readonly Unit[], at: number): boolean {
  if (!/^enables?$/i.test(c.text) || units[at - 1]?.norm !== 'to') return false;
  return !CHOOSING.test(units[at - 2]?.norm ?? '');
}

/** Verbs after which "that" opens what is said, not a relative clause: "You acknowledge that we train …". */
const REPORTING = /^(?:agree|agrees|acknowledge|acknowledges|understand|understands|confirm|confirms|accept|accepts|note|notes|represent|represents|warrant|warrants|consent|consents|ensure|ensures|means|provided|so|such|given|except|now)$/;
/**
 * "machine learning models that we build and train ourselves": a verb after "that we" describes the noun before
 * "that", and so does the verb joined to it by "and"; nobody is granted anything (audit55, 147 § 7).
 */
function relativeWithSubject(units: PredicateInput['units'], at: number, offset: number, last: { readonly relative: boolean; readonly end: number } | undefined): boolean {
  const before = units[at - 1]?.norm ?? '';
  if (/^(?:we|you|they)$/.test(before) && /^(?:that|which)$/.test(units[at - 2]?.norm ?? '') && !REPORTING.test(units[at - 3]?.norm ?? '')) return true;
  return last?.relative === true && /^(?:and|or)$/.test(before) && (units[at - 2]?.end ?? -1) + offset === last.end;
}
