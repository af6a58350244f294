// Who acts in a clause, who receives what it grants or shares, and which outsiders it names.
// Pure: imports only the frame types and the language layer.
import { withdrawsConsent } from './consentWithdrawal';
import { grantsOwnData } from './ownDataGrant';
import { passiveRecipient } from './passiveRecipient';
import type { Unit } from '../language/matcher';
import type { Action, Actor, Cue, Side } from './frame';
import { companyAgent, looksLikeCompany, nameBeforeVerb, namesACompany, NOT_A_NAME, vendorNamedByRole } from './companyNames';
import { keptFree } from './restrainedParty';
import { cuesBetween, wordIndexAt, type PredicateInput } from './predicateInput';

export const SIDE_OF: Partial<Record<string, Side>> = {
  vendorWe: 'vendor', vendorRole: 'vendor', docVendor: 'vendor', affiliates: 'vendor', customerYou: 'customer',
  customerRole: 'customer', docCustomer: 'customer', thirdParty: 'third-party', providerName: 'third-party', subprocessor: 'third-party',
  // A data-use agreement (`dua` mode): the data holder sits where the customer does, the recipient where the vendor does.
  duaHolder: 'customer', duaRecipient: 'vendor',
};
const POSSESSIVE = /^(?:your|our|its|their)$/i;
const NOT_SUBJECT = new Set(['your', 'yours', 'our', 'ours', 'us', 'yourself', 'ourselves', 'yourselves']);
const PREPOSITION = /^(?:to|with|by|for|from|of|about|between|on|in|among|than|including|via|through|into|against|like|as|under|within)$/;
const OBJECT_VERB = /^(?:provide|provides|give|gives|send|sends|allow|allows|let|lets|help|helps|notify|tell|enable|enables|offer|offers|show|permit|permits|ask|charge|grant|grants)$/;
const DATA_AFTER = /^(?:data|content|information|materials?|files|inputs?|prompts?|outputs?)$/;
/** Words that open a phrase set off by commas before the subject. */
const QUANTIFIER = /^(?:other|another|all|any|each|every|such|certain|some|those|these|the|third-party)$/;
const RELATIVE = /^(?:that|which|whom)$/;
/** Words that open a clause of time or reason inside another ("before you opted out", "until Customer deletes it"). */
// "information about how you use the editor", "whether you accept": a party inside an indirect question is part of
// the noun phrase, not the one acting (blind38).
const SUBORDINATOR = /^(?:before|after|until|since|once|whenever|while|because|although|though|how|whether)$/;
const DATA_SETS = new Set(['customerDataTerm', 'docCustomerData', 'dataNoun', 'usageData', 'docUsageData', 'outputNoun', 'docOutput']);
const OPENER = /^(?:for|in|with|under|by|as|at|on|when|where|if|after|before|during|to|from|for instance|instance|however|additionally|also|notwithstanding|subject|except|unless|upon|once|including|e\.g|i\.e)$/;
const RECIPIENT_SKIP = /^(?:to|with|a|an|the|its|their|our|unto|upon|and|hereby|irrevocably|expressly|all|any|in|by|of|exclusively|solely|entirely|wholly|absolutely)$/;

function sideOf(cue: Cue, actions: readonly Action[], input: PredicateInput): Side {
  // A model company named as the one acting in its own terms ("Google uses your activity") is the vendor there.
  // "Meta will collect, use and share such data …": sharing it does itself does not make it an outsider; only a share
  // that comes before the name ("data shared with OpenAI is …") does.
  // "Google Cloud …, to which each question … is transmitted": a share reached through "to which" after the name sends
  // the data to the company named.
  if (cue.set === 'providerName') {
    return actions.some((a) => a.kind === 'share' && (a.start < cue.start || sentThroughRelative(input, cue, a))) || input.namesParties ? 'third-party' : 'vendor';
  }
  // "our affiliates" are the vendor's group; "its affiliates" belong to whoever "it" is.
  if (cue.set === 'affiliates') {
    const before = input.units[wordIndexAt(input.units, cue.start, input.offset) - 1]?.norm ?? '';
    return /^(?:our|we)$/.test(before) ? 'vendor' : 'unknown';
  }
  return SIDE_OF[cue.set] ?? 'unknown';
}

const RELATIVE_RECIPIENT = /^(?:to|with)$/;
const RELATIVE_WORD = /^(?:which|whom)$/;

/** "to which" or "with whom" between the company's name and the share that follows it. */
function sentThroughRelative(input: PredicateInput, name: Cue, share: Action): boolean {
  if (share.start <= name.end || share.negated) return false;
  const { units, offset } = input;
  for (let i = wordIndexAt(units, name.end, offset); i + 1 < units.length && (units[i] as Unit).start + offset < share.start; i++) {
    if (RELATIVE_RECIPIENT.test((units[i] as Unit).norm) && RELATIVE_WORD.test((units[i + 1] as Unit).norm)) return true;
  }
  return false;
}


function isSubject(c: Cue, units: readonly Unit[], offset: number): boolean {
  if (!(c.set in SIDE_OF) || NOT_SUBJECT.has(c.text.toLowerCase().replace(/’/g, "'"))) return false;
  const i = wordIndexAt(units, c.start, offset);
  const before = units[i - 1];
  if (before && PREPOSITION.test(before.norm)) return false;
  // "interaction with other users", "sent to all members": a quantifier does not make the preposition's object a subject.
  if (before && QUANTIFIER.test(before.norm) && PREPOSITION.test(units[i - 2]?.norm ?? '')) return false;
  if (units[i]?.possessive) return false;
  if (c.set === 'customerYou' && before && OBJECT_VERB.test(before.norm)) return false;
  // "your user ID", "our partners' terms": a party word owned by another is part of a noun, not the subject.
  if (before && /^(?:your|our|its|their|his|her)$/.test(before.norm)) return false;
  const after = units[wordIndexAt(units, c.end, offset)];
  return after === undefined || !DATA_AFTER.test(after.norm);
}

export function findActor(input: PredicateInput, segCues: readonly Cue[], actions: readonly Action[], head: { start: number } | undefined): Actor {
  const { units, offset, segment } = input;
  // "those who use our services, users can …": a verb in a relative clause is not the clause's own verb.
  const firstAction = actions.find((a) => !a.inSubject && !a.relative) ?? actions[0];
  const limit = Math.min(head?.start ?? Number.POSITIVE_INFINITY, firstAction?.start ?? Number.POSITIVE_INFINITY);
  const afterBe = (at: number, i = wordIndexAt(units, at, offset)) =>
    /^(?:is|are|was|were|be|been|being|get|gets|got)$/.test(units[i - 1]?.norm ?? '') || /^(?:is|are|was|were|be|been)$/.test(units[i - 2]?.norm ?? '');
  // "may be pooled with … and used by Yieldwing to train …": a participle the vocabulary reads as derived data is
  // still the passive's verb.
  const passive = actions.some((a) => afterBe(a.start)) || segCues.some((c) => c.set === 'derivedData' && c.text.endsWith('ed') && afterBe(c.start));
  // Opening phrases set off by commas ("For Enterprise customers, …", "…, for instance, …") are not the subject.
  const headIndex = wordIndexAt(units, limit, offset);
  const segStart = wordIndexAt(units, segment.start + offset, offset);
  const adverbial: [number, number][] = [];
  let chunkStart = segStart;
  for (let i = segStart; i < headIndex; i++) {
    const next = units[i + 1];
    if (i + 1 === headIndex || (next && unitFollowedByComma(units[i] as Unit, next, input))) {
      if (OPENER.test(units[chunkStart]?.norm ?? '') && i + 1 < headIndex) adverbial.push([chunkStart, i]);
      chunkStart = i + 1;
    }
  }
  const inAdverbial = (i: number) => adverbial.some(([a, b]) => i >= a && i <= b);
  const from = segStart;
  // "allows you to train", "lets users export": the customer does what follows.
  const actionIndex = firstAction ? wordIndexAt(units, firstAction.start, offset) : units.length;
  for (let i = segStart; i + 1 < actionIndex; i++) {
    const enabler = units[i] as Unit;
    const enabled = units[i + 1] as Unit;
    if (/^(?:allow|allows|let|lets|enable|enables|permit|permits|help|helps)$/.test(enabler.norm) && /^(?:you|users?|customers?)$/.test(enabled.norm)) {
      return { side: 'customer', cue: segCues.find((c) => c.start === enabled.start + offset), passive: false };
    }
  }
  // "Nothing in this Agreement restricts the Client from developing its own models": the party kept free acts (blind53).
  const freed = keptFree(units, segCues, offset, (c) => c.set in SIDE_OF);
  if (freed) return { side: sideOf(freed, actions, input), cue: freed, passive: false };
  const fromAt = (units[from]?.start ?? 0) + offset;
  // "User Content that you ask us to delete will be …": a party right after "that" or "which" following the data is the
  // subject of a relative clause about the data, not of the sentence.
  // Only a restrictive clause, right after the data with no comma: in a purpose list ("To create aggregated data, which
  // we may use to …") the clause after the comma is all there is, and its party acts.
  const dataEnds = new Set(segCues.filter((c) => DATA_SETS.has(c.set)).map((c) => c.end));
  const inRelative = (c: Cue): boolean => {
    const at = wordIndexAt(units, c.start, offset);
    const that = units[at - 1];
    const data = units[at - 2];
    return that !== undefined && data !== undefined && RELATIVE.test(that.norm) && that.start - data.end === 1 && dataEnds.has(data.end + offset);
  };
  // "Vocal performances that the User sings … may be used by the Company to train …": in a passive clause, a party in a
  // relative clause after any noun (not only a data word) names the material, not who uses it.
  const inPassiveRelative = (c: Cue): boolean => {
    if (!passive) return false;
    let at = wordIndexAt(units, c.start, offset) - 1;
    if (/^(?:the|a|an|its|their|each|any)$/.test(units[at]?.norm ?? '')) at -= 1;
    const that = units[at];
    const noun = units[at - 1];
    // "Customer agrees that Kelpie may use …": after a reporting verb, or before a modal, the party heads the clause.
    const next = units[wordIndexAt(units, c.end, offset)];
    if (noun !== undefined && REPORTING.test(noun.norm)) return false;
    if (next !== undefined && /^(?:may|will|shall|can|must|should|would|could|might)$/.test(next.norm)) return false;
    return that !== undefined && noun !== undefined && RELATIVE.test(that.norm) && /^\s+$/.test(input.sentenceText.slice(noun.end, that.start)) && /^[\p{L}]/u.test(noun.text) && !NOT_A_NOUN.test(noun.norm);
  };
  // "Content that was included before you opted out may persist …": a party right after "before", "after", "until" …
  // is the subject of a clause inside the subject, not the one acting in the sentence.
  const inSubordinate = (c: Cue): boolean => SUBORDINATOR.test(units[wordIndexAt(units, c.start, offset) - 1]?.norm ?? '');
  // "user-interaction events", "customer-facing agents": a party word joined by a hyphen is part of a noun.
  const hyphenated = (c: Cue): boolean => input.sentenceText[c.end - offset] === '-';
  const candidates = segCues.filter(
    (c) => c.start >= fromAt && c.start < limit && isSubject(c, units, offset) && !hyphenated(c) && !inAdverbial(wordIndexAt(units, c.start, offset)) && !inRelative(c) && !inPassiveRelative(c) && !inSubordinate(c) &&
      !(passive && (inContactRelative(input, c) || modifiesNoun(input, c))),
  );
  // "we or our business partners may use …": a subject that joins the vendor to others is still the vendor acting.
  const last = candidates[candidates.length - 1];
  const joinedVendor = last && SIDE_OF[last.set] === 'third-party' ? candidates.find((c) => sideOf(c, actions, input) === 'vendor') : undefined;
  // "Neither ConsentWell nor any of our AI subprocessors may use …": a company named first, joined to the others, acts too.
  const firstNamed = last && !joinedVendor && SIDE_OF[last.set] === 'third-party' && /^(?:neither|both|either)$/.test(units[from]?.norm ?? '') && looksLikeCompany(units, from + 1) ? units[from + 1] : undefined;
  if (firstNamed && !input.namesParties) return { side: 'vendor', cue: { set: 'vendorRole', text: firstNamed.text, start: firstNamed.start + offset, end: firstNamed.end + offset }, passive };
  const subject = joinedVendor ?? last;
  // A company named right before the verb ("Pinterest uses", "SurveyMonkey may") acts for itself.
  const nameAt = nameBeforeVerb(units, headIndex, from);
  const named = units[nameAt];
  const namedIsCue = named && segCues.some((c) => c.start <= named.start + offset && named.end + offset <= c.end && c.set in SIDE_OF);
  if (named && nameAt >= from && !inAdverbial(nameAt) && !namedIsCue && looksLikeCompany(units, nameAt) && !(subject && subject.start > named.start + offset)) {
    if (!subject || wordIndexAt(units, subject.start, offset) < nameAt) {
      const side: Side = input.namesParties ? 'unknown' : (!subject && !passive && (modalAt(segCues, units[headIndex], offset) || (COPULA.test(units[headIndex]?.norm ?? '') && ARTICLE.test(units[headIndex + 1]?.norm ?? ''))) && vendorNamedByRole(input, named)) || grantsOwnData(input, headIndex, named, input.cues.some((c) => SIDE_OF[c.set] === 'customer')) || contributorGrants(input, headIndex, named) || withdrawsConsent(actions, input.sentenceText, named.text) ? 'customer' : 'vendor';
      return { side, cue: { set: side === 'customer' ? 'customerRole' : 'vendorRole', text: named.text, start: named.start + offset, end: named.end + offset }, passive };
    }
  }
  if (subject) return { side: sideOf(subject, actions, input), cue: subject, passive };
  // Inversion after a leading negative: "In no event will Supplier use …", "Nor shall Provider …".
  const afterModal = units[headIndex + 1];
  const inverted = afterModal && segCues.find((c) => c.start === afterModal.start + offset && c.set in SIDE_OF && isSubject(c, units, offset));
  if (inverted && segCues.some((c) => c.set === 'modal' && c.start === (units[headIndex] as Unit).start + offset)) {
    return { side: sideOf(inverted, actions, input), cue: inverted, passive };
  }
  // Passive with an agent: "is processed by our model providers".
  // The agent follows a participle ("processed by"); "publication by other companies" names who publishes, not who acts.
  // "Nothing … shall prevent Casewright from using the annotations applied by Authorised Users …": the party the
  // double negative frees is the one acting; "applied by Authorised Users" only says who made what it uses (blind83).
  const freedParty = segCues.find((c) => {
    if (!(c.set in SIDE_OF)) return false;
    const at = wordIndexAt(units, c.start, offset);
    const verb = segCues.find((v) => v.set === 'permissionNegated' && wordIndexAt(units, v.end, offset) === at);
    return verb !== undefined && units[wordIndexAt(units, c.end, offset)]?.norm === 'from';
  });
  if (freedParty) return { side: sideOf(freedParty, actions, input), cue: freedParty, passive: false };
  // "shall be deleted automatically at the end of the retention period configured by Customer": the participle before
  // "by" describes a noun of the clause, not its verb; the agent is the main participle's, or one joined to it
  // ("analysed and reviewed by", "collected, stored and processed by"), never one after a noun (blind93-035).
  const mainParticiple = units.findIndex((u, i) => i >= headIndex && /(?:ed|en|wn)$/.test(u.norm) && afterBe(u.start + offset, i));
  const joinedToMain = (at: number) => mainParticiple < 0 || units.slice(mainParticiple + 1, at).every((u) => /^(?:and|or|,|also|then)$|ly$|(?:ed|en|wn)$/.test(u.norm));
  const agent = segCues.find((c) => {
    if (c.start <= limit || !(c.set in SIDE_OF)) return false;
    const at = wordIndexAt(units, c.start, offset);
    return units[at - 1]?.norm === 'by' && /(?:ed|en|wn)$/.test(units[at - 2]?.norm ?? '') && joinedToMain(at - 2);
  });
  if (agent) return { side: sideOf(agent, [], input), cue: agent, passive: true };
  // "may be analysed by Echoforge to …", "reviewed by Classbeam's product team": a company as the passive's agent.
  const byCompany = passive && !input.namesParties ? companyAgent(units, wordIndexAt(units, limit, offset)) : undefined;
  if (byCompany !== undefined) {
    const unit = units[byCompany] as Unit;
    return { side: 'vendor', cue: { set: 'vendorRole', text: unit.text, start: unit.start + offset, end: unit.end + offset }, passive: true };
  }
  // "You acknowledge that your content may persist in backups": a reported clause whose subject is the data has no
  // party acting; the one who acknowledges is not the one who keeps ("Customer agrees that it will …" keeps "it").
  if (reportsAboutData(input, segCues, limit)) return { side: 'unknown', cue: undefined, passive };
  // After "Customer grants Provider a licence to use …", the one who uses is the one granted the licence.
  const previous = input.previous;
  // "You instruct us to use Candidate Data, including …, to build … models": the one instructed does the work too.
  const grantee = previous?.recipient?.side === 'vendor' && previous.actions.some((a) => (a.kind === 'grant' || (a.kind === 'optIn' && INSTRUCTING.test(a.text))) && !a.negated) ? previous.recipient : undefined;
  const inherited = grantee ?? previous?.actor;
  // "Customer may disable the assistant, whereupon no Customer Data will be sent to AI Subprocessors" (fresh187a
  // 484-16): a passive statement of its own that denies its subject names no one who acts, least of all the party
  // before it. (One that affirms, "…, in which case Programme Data will be used only to fine-tune that instance", is
  // still the customer's choice at work.)
  if (passive && DENIED_STATEMENT.test(input.sentenceText.slice(input.segment.start, input.segment.end))) return { side: 'unknown', cue: undefined, passive };
  if (inherited && inherited.side !== 'unknown') return { ...inherited, passive };
  return { side: 'unknown', cue: undefined, passive };
}


/**
 * "By uploading Studies to the Service, Practice grants Furrowline a licence …", "By contributing a record to the Shared
 * Catalogue, the Library grants …": the party granting rights in what it uploads or contributes is the customer, as
 * "By submitting Content, you grant us …" is (blind74).
 */
const BY_CONTRIBUTING = /^\s*By\s+(?:uploading|submitting|contributing|posting|providing|sending|transmitting|sharing|supplying|inputting|entering|making\s+available)\b/i;
/** ", in which case no …", ", whereupon no …": a connective that opens a statement of its own, its subject denied. */
const DENIED_STATEMENT = /^[\s,]*(?:in\s+which\s+case|whereupon)\s+(?:no|none\s+of)\b/i;
const COMMA_BEFORE_NAME = /,\s*(?:the\s+)?$/i;
function contributorGrants(input: PredicateInput, headIndex: number, named: Unit): boolean {
  if (!/^grant/.test(input.units[headIndex]?.norm ?? '')) return false;
  const before = input.sentenceText.slice(0, named.start);
  return BY_CONTRIBUTING.test(before) && COMMA_BEFORE_NAME.test(before);
}

/**
 * "Employer is the person that collects … Candidate Data, and Service Provider holds …": a name right before "is the"
 * or "is a" says what that party is, as a modal says what it may do; beside the vendor's role word it is the customer.
 */
// Only before an article ("is the person", "is a controller"): "Acme Workspace is governed by …" is a passive.
const COPULA = /^(?:is|are)$/;
const ARTICLE = /^(?:the|a|an)$/;
/** Whether the unit is a modal ("may", "shall"): "Telemetry collected …" names data, "Bank may …" a party acting. */
const modalAt = (segCues: readonly Cue[], unit: Unit | undefined, offset: number): boolean =>
  unit !== undefined && segCues.some((c) => c.set === 'modal' && c.start === unit.start + offset);


/** Words a noun is never: a contact relative clause ("the playlists you build") follows a noun, not one of these. */
const NOT_A_NOUN = /^(?:the|a|an|and|or|but|nor|if|when|where|whenever|unless|that|which|who|whom|what|how|so|then|than|as|because|once|while|to|of|for|with|by|from|in|on|at|into|about|after|before|until|since|is|are|was|were|be|been|do|does|did|have|has|had|may|can|will|shall|must|should|would|could|might|not|please|also|only|now|here|there|thank|thanks)$/;
/** What follows a subject that does the sentence's own work: a modal, an auxiliary or a reporting verb. */
const OWN_VERB_GROUP = /^(?:will|may|shall|can|cannot|must|should|would|could|might|are|is|were|was|have|has|had|do|does|did|don't|won't|can't|agree|agrees|acknowledge|acknowledges|understand|understands|consent|consents|also|hereby)$/;

/**
 * "The playlists you build may be used to train …", "Chats you delete are removed within 30 days": in a passive
 * clause, the customer right after a noun and right before a verb of its own is the subject of a relative clause
 * without "that", which names the data; it is not who uses or deletes it. (A customer before its own modal or
 * auxiliary, "upon request you will be given …", is still the subject.)
 */
function inContactRelative(input: PredicateInput, c: Cue): boolean {
  if (SIDE_OF[c.set] !== 'customer') return false;
  const { units, offset } = input;
  const at = wordIndexAt(units, c.start, offset);
  const noun = units[at - 1];
  const verb = units[wordIndexAt(units, c.end, offset)];
  if (noun === undefined || verb === undefined || at - 1 < wordIndexAt(units, input.segment.start + offset, offset)) return false;
  // No mark between the noun and the party, nor between the party and its verb ("…, you may …" starts afresh).
  if (!/^\s*$/.test(input.sentenceText.slice(noun.end, (units[at] as Unit).start)) || !/^\s*$/.test(input.sentenceText.slice(c.end - offset, verb.start))) return false;
  return /^[\p{L}]/u.test(noun.text) && !NOT_A_NOUN.test(noun.norm) && /^[\p{L}]/u.test(verb.text) && !OWN_VERB_GROUP.test(verb.norm);
}

/** What follows the noun a party word modifies: a participle, a relative word or the verb group ("… chat submitted"). */
const AFTER_MODIFIED_NOUN = /^(?:[a-z]+(?:ed|en)|that|which|are|is|were|was|may|will|shall|can|must)$/;

/**
 * "player chat submitted to the API … may be used to train …", "patient readings are used …": in a passive clause, a
 * customer word right before another noun and that noun's participle or verb is part of the data's name ("player
 * chat"), not who acts.
 */
function modifiesNoun(input: PredicateInput, c: Cue): boolean {
  if (SIDE_OF[c.set] !== 'customer') return false;
  const { units, offset } = input;
  const at = wordIndexAt(units, c.end, offset);
  const noun = units[at];
  const after = units[at + 1];
  if (noun === undefined || after === undefined || !/^\s+$/.test(input.sentenceText.slice(c.end - offset, noun.start))) return false;
  // "Student Work and instructor comments may be reviewed …": a title-case party word and noun make one defined term.
  if (/^[A-Z][a-z]+$/.test(c.text) && /^[A-Z][a-z]+$/.test(noun.text) && /^(?:and|or)$/.test(after.norm)) return true;
  const aNoun = /^[a-z]+$/.test(noun.text) && !NOT_A_NOUN.test(noun.norm) && !OWN_VERB_GROUP.test(noun.norm) && !/ly$/.test(noun.norm);
  if (aNoun && AFTER_MODIFIED_NOUN.test(after.norm)) return true;
  // "controller event logs, vibration readings and … may be used by …" (blind102-130): a singular noun and a data noun
  // after the party word, then a comma or the verb group, make one name of data.
  const next = units[at + 2];
  const dataWord = cuesBetween(input.cues, after.start + offset, after.end + offset).some((d) => DATA_SETS.has(d.set));
  return aNoun && !/s$/.test(noun.norm) && dataWord && next !== undefined &&
    (input.sentenceText.slice(after.end, next.start).trim() === ',' || AFTER_MODIFIED_NOUN.test(next.norm));
}

/** Verbs that report a clause after "that" ("acknowledges that", "understand that"). */
const REPORTING = /^(?:agree|agrees|acknowledge|acknowledges|understand|understands|accept|accepts|confirm|confirms|note|notes|recognise|recognises|recognize|recognizes)$/;

/**
 * The clause follows "<reporting verb> that" and opens with the data it is about, before its verb: "(you acknowledge
 * that) your content may persist …". Its subject is the data, so no party acts in it.
 */
function reportsAboutData(input: PredicateInput, segCues: readonly Cue[], limit: number): boolean {
  const { units, offset, segment } = input;
  let first = wordIndexAt(units, segment.start + offset, offset);
  // "acknowledges that the feature learns from …, and that the Customer's Data will be used to train …": a second
  // complement of the same reporting verb, opened by "and that".
  const second = units[first]?.norm === 'and' && units[first + 1]?.norm === 'that' && reportedEarlier(units, first);
  if (second) first += 2;
  else if (units[first - 1]?.norm !== 'that' || !REPORTING.test(units[first - 2]?.norm ?? '')) return false;
  const data = segCues.find((c) => DATA_SETS.has(c.set) && c.start < limit);
  // The data opens the clause, after at most a determiner or possessive ("your content", "any Customer Data").
  return data !== undefined && wordIndexAt(units, data.start, offset) - first <= 1;
}

/** Whether "<reporting verb> that" occurs in the 60 words before word `at` (a bounded look back). */
function reportedEarlier(units: readonly Unit[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 60); k--) if ((units[k] as Unit).norm === 'that' && REPORTING.test((units[k - 1] as Unit).norm)) return true;
  return false;
}

/** Whether a comma sits between two units (the text between them holds ","). */
function unitFollowedByComma(unit: Unit, next: Unit, input: PredicateInput): boolean {
  return input.sentenceText.slice(unit.end, next.start).includes(',');
}

/** The party right after a verb of granting or sharing ("grants Provider", "give us", "share with OpenAI"). */
export function findRecipient(input: PredicateInput, segCues: readonly Cue[], actions: readonly Action[], actorSide: Side, actorCue?: Cue): Actor | undefined {
  // The owner named after "vest in", "belong to", "property of", "owned by", "assigned to" is who receives title.
  // "By sharing your GPT, you grant … to OpenAI": the grant names who receives, before any sharing does.
  // "You instruct Meta to retain and process Content": the one instructed does the work for the one instructing.
  const verb = actions.find((a) => a.kind === 'grant') ?? actions.find((a) => a.kind === 'share') ?? actions.find((a) => a.kind === 'optIn' && INSTRUCTING.test(a.text));
  // "You authorise us to use your Content …": the vocabulary's phrase takes the vendor's "us" in with the verb.
  if (verb && verb.kind === 'grant' && /\sus$/i.test(verb.text)) return { side: 'vendor', cue: undefined, passive: false };
  const found = verb ? partyAfter(input, segCues, verb, actorSide) ?? passiveRecipient(input, segCues, verb) : undefined;
  // "Publisher hereby grants to Developer a … licence to … use the Licensed Content for the purposes of training": two
  // parties the vocabulary knows only as customers, one granting the other rights. The grantee is the other side
  // (fresh177a 463-1, read with no definitions to say who is who).
  const otherNamed = verb?.kind === 'grant' && actorSide === 'customer' && found?.side === 'customer' && found.cue !== undefined && actorCue !== undefined &&
    found.cue.text.toLowerCase() !== actorCue.text.toLowerCase() && !PRONOUN.test(found.cue.text) && !PRONOUN.test(actorCue.text);
  return otherNamed && found ? { ...found, side: 'vendor' } : found;
}
const PRONOUN = /^(?:you|your|yours|we|us|our|ours|i|me|my)$/i;
const INSTRUCTING = /^(?:instruct|instructs|direct|directs)$/i;

/** "assigns it to the Customer": the verb's reach, stretched over the pronoun it assigns. */
function pastPronoun(input: PredicateInput, verb: Action): Action {
  const { units, offset } = input;
  const next = units[wordIndexAt(units, verb.end, offset)];
  return next && /^(?:it|them|same)$/.test(next.norm) ? { ...verb, end: next.end + offset } : verb;
}

/** The party that takes title after "vests in", "belongs to", "property of", "owned by", "assigned to". */
export function findOwner(input: PredicateInput, segCues: readonly Cue[], actions: readonly Action[], actorSide: Side): Actor | undefined {
  // A verb of title whole, not a prefix: in "Ownership of all Results vests in the Client" the owner follows "vests",
  // not "Ownership" (whose "of all Results" names what is owned).
  // "Images you create with the app are yours": the word of title names the customer as owner.
  if (actions.some((a) => a.kind === 'own' && /\byours$/i.test(a.text))) return { side: 'customer', cue: undefined, passive: false };
  // "are Zentra's sole property": the party whose possessive comes right before the word of property owns.
  const possessor = heldBy(input, segCues, actions, actorSide);
  if (possessor) return possessor;
  const whole = actions.find((a) => a.kind === 'own' && TITLE_VERB.test(a.text));
  // "To the extent any right in any Output vests in the Supplier, the Supplier hereby assigns it to the Customer": title
  // that vests in one party only to be assigned on goes to the assignee (368 § 3.1 read the Supplier as the owner).
  const onward = whole && /^(?:vest|belong)/i.test(whole.text) ? actions.find((a) => a.kind === 'own' && a.start > whole.start && /^assign/i.test(a.text)) : undefined;
  const assignee = onward && partyAfter(input, segCues, pastPronoun(input, onward), actorSide);
  if (assignee) return assignee;
  if (whole) return partyAfter(input, segCues, whole, actorSide);
  // "All rights in the images pass to the Client", "the copyright … shall remain with Provider": with a word of title
  // in the clause, the party after a verb that moves or keeps it is the owner.
  const title = actions.find((a) => a.kind === 'own');
  const passing = title && segCues.find((c) => c.set === 'titlePassing' && c.start >= title.end);
  if (passing) {
    const owner = partyAfter(input, segCues, { ...title, start: passing.start, end: passing.end }, actorSide);
    if (owner) return owner;
  }
  const verb = actions.find((a) => a.kind === 'own' && /^(?:vest|vests|vested|belong|belongs|property of|owned|assign|assigns|assigned|owner)/i.test(a.text));
  return verb ? partyAfter(input, segCues, verb, actorSide) ?? passiveRecipient(input, segCues, verb) : undefined;
}
/** The party named by a possessive right before a word of property that is read as ownership. */
function heldBy(input: PredicateInput, segCues: readonly Cue[], actions: readonly Action[], actorSide: Side): Actor | undefined {
  const { units, offset } = input;
  for (const a of actions) {
    if (a.kind !== 'own' || !/propert|proprietary/i.test(a.text)) continue;
    // "the property of Zentra", "are proprietary to Veristrand" (blind95-079): the owner follows.
    if (/\s(?:of|to)$/i.test(a.text)) {
      const next = units[wordIndexAt(units, a.end, offset)];
      return partyAfter(input, segCues, a, actorSide) ?? (next && namesACompany(next) && !input.namesParties ? companyAsVendor(next, offset) : undefined);
    }
    const owner = units[wordIndexAt(units, a.start, offset) - 1];
    const party = owner?.possessive ? segCues.find((c) => c.end === owner.end + offset && c.set in SIDE_OF) : undefined;
    if (party) return { side: SIDE_OF[party.set] as Side, cue: party, passive: false };
    // "are VeriHire's proprietary work product", "constitute Loadhaven Proprietary Information" (blind95-059): a company's
    // own name, in a contract that names no parties, is the vendor.
    if (owner && (owner.possessive || /^Proprietary/.test(a.text)) && namesACompany(owner) && !input.namesParties) return companyAsVendor(owner, offset);
  }
  return undefined;
}
const companyAsVendor = (unit: Unit, offset: number): Actor => ({ side: 'vendor', cue: { set: 'vendorRole', text: unit.text, start: unit.start + offset, end: unit.end + offset }, passive: false });
const TITLE_VERB = /^(?:vest|vests|vested|belong|belongs|property of|owned|assign|assigns|assigned|owner)$/i;

function partyAfter(input: PredicateInput, segCues: readonly Cue[], verb: Action, actorSide: Side): Actor | undefined {
  const { units, offset } = input;
  let i = wordIndexAt(units, verb.end, offset);
  for (let steps = 0; i < units.length && steps < 5; steps++, i++) {
    const unit = units[i] as Unit;
    // "you grant, and you represent that …, to Hily": a comma or dash ends the verb's own object.
    if (steps > 0 && /[,—–]/.test(input.sentenceText.slice((units[i - 1] as Unit).end, unit.start))) return undefined;
    // "is licensed by you to us" (298 § 6.4): the passive's agent grants; the party after "to" receives.
    // Only the agent between them ("by you to us"; not "owned by Examwise and licensed to the Institution").
    const agentThenTo = unit.norm === 'by' && verb.kind === 'grant' ? units.slice(i + 1, i + 4).findIndex((u, k, rest) => u.norm === 'to' && rest.slice(0, k).every((w) => !/^(?:and|or)$/.test(w.norm))) : -1;
    i += Math.max(agentThenTo, 0);
    if (agentThenTo >= 0) continue;
    // "share your files": a possessive owns the thing shared; it does not receive it.
    const party = segCues.find((c) => c.start === unit.start + offset && c.set in SIDE_OF && !POSSESSIVE.test(c.text));
    if (party) {
      const side = party.set === 'providerName' && (verb.kind === 'grant' || verb.kind === 'optIn') && !input.namesParties ? 'vendor' : (SIDE_OF[party.set] as Side);
      return { side, cue: party, passive: false };
    }
    if (/^(?:us|you)$/.test(unit.norm)) return { side: unit.norm === 'us' ? 'vendor' : 'customer', cue: undefined, passive: false };
    if (/^(?:we)$/.test(unit.norm)) return { side: 'vendor', cue: undefined, passive: false };
    if (RECIPIENT_SKIP.test(unit.norm)) continue;
    // "grant such persons …", "make available to others": people who are neither party.
    if (/^(?:such|person|persons|people|others|public|everyone|anyone|individuals)$/.test(unit.norm)) return { side: 'third-party', cue: undefined, passive: false };
    if (/^[A-Z][\w.&]*$/.test(unit.text) && !NOT_A_NAME.test(unit.text)) {
      // A company named after "grants": the vendor when the customer grants, the customer when the vendor does.
      // A verb of title held ("Designs generated by AutoCrown remain the property of Occlusa") passes nothing from the
      // actor, so the name is not the actor's counterparty; it could be either party.
      const held = verb.kind === 'own' && !/^assign/i.test(verb.text) && actorSide === 'vendor';
      const side: Side = verb.kind === 'share' || held ? 'unknown' : actorSide === 'vendor' ? 'customer' : input.namesParties ? 'unknown' : 'vendor';
      return { side, cue: undefined, passive: false };
    }
    return undefined;
  }
  return undefined;
}

/** Outsiders the clause names: generic third parties, and providers named after "with", "to", "by", "via", "through". */
export function findOutsiders(input: PredicateInput, segCues: readonly Cue[], actor: Actor): Cue[] {
  const { units, offset } = input;
  const known = segCues.filter((c) => {
    if (c === actor.cue) return false;
    if (c.set === 'thirdParty' || c.set === 'subprocessor') return true;
    if (c.set !== 'providerName') return false;
    const before = units[wordIndexAt(units, c.start, offset) - 1]?.norm ?? '';
    return /^(?:with|to|by|via|through|from|is|are|as|using|uses|use|and|or)$/.test(before);
  });
  const supplier = modelSupplierNamed(input, segCues);
  return supplier === undefined || known.some((c) => c.start === supplier.start) ? known : [...known, supplier];
}

/** How a model is supplied by someone else: "the … model provided by Northlight AI, Inc.". */
const SUPPLIED_BY = /^(?:provided|hosted|operated|supplied|offered)$/;
const AI_SETS = new Set<string>(['aiNoun', 'aiAcronym']);

/**
 * "may use the Helix-V vision-language model provided by Northlight AI, Inc.": a capitalised name the vocabulary does
 * not know, right after "provided by" (hosted, operated, supplied, offered) that follows an AI word within three words,
 * is the company that supplies the model. A party of the contract there ("provided by Supplier") is no outsider.
 */
function modelSupplierNamed(input: PredicateInput, segCues: readonly Cue[]): Cue | undefined {
  const { units, offset } = input;
  for (const ai of segCues) {
    if (!AI_SETS.has(ai.set)) continue;
    const after = wordIndexAt(units, ai.end, offset);
    for (let k = after; k < Math.min(units.length - 2, after + 3); k++) {
      if (!SUPPLIED_BY.test((units[k] as Unit).norm) || (units[k + 1] as Unit).norm !== 'by') continue;
      const name = units[k + 2] as Unit;
      const at = name.start + offset;
      if (!/^[A-Z]/.test(name.text) || NOT_A_NAME.test(name.text) || segCues.some((c) => c.start === at && c.set in SIDE_OF)) return undefined;
      return { set: 'thirdParty', text: name.text, start: at, end: name.end + offset };
    }
  }
  return undefined;
}
