// Splits one sentence into its clauses: main clauses, and the exceptions, conditions and asides attached to them.
// Pure: imports only the language layer. One pass over the tokens; offsets are sentence-relative and half-open.
import type { Tag } from '../language/matcher';
import type { Token } from '../language/tokenize';
import { enumerates, followsInList, spacedDash } from './marks';
import {
  BE, CLAUSE_VERB, determinedSubjectClause, modalAfterNamedSubject, wordsSincePause, relativeSince, finiteAfterDeterminedSubject, deniedSubjectAhead, modalBeforePause, finiteAfterSubject, hasTag, verbSincePause, isModal, isModalOrClauseVerb, isParty, NO_TAGS, opensOwnStatement, opensWithExtent, namesOwnObjectAfterComma, boundByConfidentiality, opensDeniedResult,
  opensWithStatement, opensTimeClauseOnData, resumesMain, tagAhead, verblessUntilPause, afterListMarker, sinceLastBoundary, tagsAt, type Boundary, type SegmentRole,
} from './clauseSignals';

export type { SegmentRole } from './clauseSignals';

export interface Segment {
  readonly role: SegmentRole;
  readonly start: number;
  readonly end: number;
  /** A main clause that goes on from the one before it (see Boundary). */
  readonly resumes?: boolean;
}

/** Words that open a denied subject: "no update", "nothing in these Terms". */
const NO_SUBJECT: ReadonlySet<string> = new Set(['no', 'nothing', 'neither']);
/** Verbs of permission a denied subject's modal may govern: "no update shall permit …". */
const PERMITTING: ReadonlySet<string> = new Set(['permit', 'allow', 'authorise', 'authorize', 'entitle', 'enable']);
/** Whether a modal within six words from `from` governs a verb of permission. */
function deniesPermission(tokens: readonly Token[], from: number): boolean {
  const words = tokens.slice(from).filter((t) => t.kind === 'word').slice(0, 7);
  const modal = words.findIndex((t) => /^(?:shall|will|may|must|can|could|would)$/.test(t.norm));
  return modal >= 0 && PERMITTING.has(words[modal + 1]?.norm ?? '');
}
const CONDITION_ALWAYS = new Set(['if', 'unless', 'until', 'without', 'provided that', 'provided however', 'provided always that',
  'provided further that', 'notwithstanding that', 'provided we', 'provided you', 'provided it', 'provided they', 'so long as', 'only if', 'only when', 'subject to', 'in case', 'should you', 'whether', 'depending on', 'depending upon']);
const CONDITION_WITH_PARTY = new Set(['when', 'where', 'once', 'upon', 'after']);
const THAT_CLAUSE = /^(?:agree|agrees|acknowledge|acknowledges|understand|understands|accept|accepts|instruct|instructs|confirm|confirms|represent|represents|warrant|warrants|consent|consents|note|notes)$/;
const WHETHER_AS_OBJECT = /^(?:of|about|on|regarding|concerning)$/;
export const SUBJECT_PRONOUN = /^(?:it|they|this|these|he|she)$/;
const CONDITION_OPENING_WORDS: ReadonlySet<string> = new Set([...CONDITION_ALWAYS, ...CONDITION_WITH_PARTY].map((p) => p.split(' ')[0] as string));
const NEW_CLAUSE = new Set(['modal', 'vendorWe', 'customerYou', 'vendorRole', 'customerRole', 'docVendor', 'docCustomer']);
const isClauseVerb = (set: string) => CLAUSE_VERB.has(set);
const isUseOrTrainVerb = (set: string) => set === 'useVerb' || set === 'trainVerb' || set === 'improveVerb';
/** "…, and we purge the underlying data within 28 days": any verb of the vocabulary after ", and we" states anew. */
const isOwnStatementVerb = (set: string) => isUseOrTrainVerb(set) || CLAUSE_VERB.has(set);
const isNewClause = (set: string) => NEW_CLAUSE.has(set);
/** A denial whose verb is still to come ("will not, however, be removed"). */
const VERB_GROUP_OPEN = /^(?:not|never|cannot)$/;
const isModalOrOwnVerb = (set: string) => set === 'modal' || set === 'ownVerb' || CLAUSE_VERB.has(set);
const isPurposeVerb = (set: string) => set === 'trainVerb' || set === 'improveVerb';
const isClauseOrSurvivalVerb = (set: string) => set === 'surviveVerb' || CLAUSE_VERB.has(set);

export function boundaries(tokens: readonly Token[], tags: readonly Tag[]): Boundary[] {
  const byStart = tagsAt(tags);
  const found: Boundary[] = [];
  let words = 0;
  // Whether a pair of spaced dashes has opened an aside; the spaced dashes of the sentence, and how many were read.
  let dashAside = false;
  let dashesTotal = 0;
  for (let k = 0; k < tokens.length; k++) if (spacedDash(tokens, k)) dashesTotal++;
  let dashesRead = 0;
  // Where each open bracket starts: "(except as permitted in Section 14.2 (Assignment))" nests one aside in another.
  const opens: number[] = [];
  // Whether each open bracket is an exception set inside the main clause ("Merchant Data (other than personal data)"),
  // after which the main clause goes on; other asides ("(which it is by default unless …)") end where they end.
  const openedInMain: boolean[] = [];
  // A condition or exception that interrupts a verb group ("will not without consent disclose", "shall not, except
  // as permitted, disclose") ends at the verb it held back: right at the verb, or at the comma before it.
  let heldVerb: 'bare' | 'comma' | undefined;
  let heldPurpose = false; // the held verb is a purpose of a verb read before: "to …" after the closing comma resumes it
  // "may retain, for so long as it deems necessary, the tuning datasets …": a condition set off by commas between a
  // modal's verb and its object holds the object back; the closing comma resumes the main clause (205 § A.6).
  let heldObject = false;
  // Whether the current main clause has had its verb yet: ", and chats are deleted …" after it starts a new statement.
  let verbSeen = false;
  let modalSeen = false;
  // "shall, within thirty days after Client's instruction, delete …": a comma right after the modal opens an aside, and
  // the modal's verb is still to come until a verb of the vocabulary is read.
  let asideAfterModal = false;
  // Whether a reporting verb has opened a "that" clause ("Merchant acknowledges that …"): a later "and that" opens the
  // second one, modal or not.
  let reportedThat = false;
  // The token index at which the current condition opened, and the token being read.
  let conditionAt = -1;
  // "except as expressly permitted by this Agreement Vendor shall …": an exception that cites what permits is a
  // phrase, and a party with its modal after it resumes the main clause as after a condition.
  let exceptionCited = false;
  let exceptionText = '';
  let index = 0;
  // The last list item marker ("a", "ii") read in a main clause.
  let listSeen: string | undefined;
  // Whether the current condition opened inside the main clause's subject, before its verb or modal ("Sections 4
  // and 5, and Exhibit A for so long as Vendor holds any PHI, survive termination").
  let openedInSubject = false;
  const push = (b: Boundary) => {
    if (b.role === 'main') heldObject = false;
    if (b.role !== 'main' && b.role !== 'heading') openedInSubject = !verbSeen && !modalSeen;
    if (b.role === 'main') verbSeen = false;
    if (b.role === 'condition' || b.role === 'exception') conditionAt = index;
    if (b.role === 'exception') exceptionCited = /^(?:except|save)\s+as$/i.test(exceptionText);
    found.push(b);
  };
  const current = (): SegmentRole => {
    const role = found[found.length - 1]?.role ?? 'main';
    return role === 'heading' ? 'main' : role;
  };
  tokens.forEach((token, i) => {
    index = i;
    if (token.kind === 'punct') {
      if (token.text === ';') push({ at: token.end, role: 'main' });
      // "… for any purpose other than providing the Services, or to train models": the ban's own next purpose.
      if (token.text === ',' && current() === 'exception' && /^other than$/i.test(exceptionText) && /^(?:or|and)$/.test(tokens[i + 1]?.norm ?? '') && /^(?:to|for)$/.test(tokens[i + 2]?.norm ?? '')) push({ at: token.end, role: 'main' });
      if (token.text === ',' && heldObject && current() === 'condition') push({ at: token.end, role: 'main', resumes: true });
      if (token.text === ',' && heldVerb === 'comma' && current() !== 'main') {
        heldVerb = undefined;
        // The held verb may come after an adverb: ", securely erase …".
        const adverb = /ly$/.test(tokens[i + 1]?.norm ?? '') ? 1 : 0;
        // "We use them to run Tallybird for you and, unless you switch it off in Settings, to help our AI features
        // learn": after the closing comma a purpose of the main clause's own verb goes on.
        if (tagAhead(tokens, i + adverb, 1, byStart, isClauseVerb) || (heldPurpose && tokens[i + 1]?.norm === 'to')) push({ at: token.end, role: 'main' });
      }
      // A spaced dash sets off a new statement ("only admins can approve AI features – so there's no risk …").
      // A pair of them in one sentence encloses an aside, as brackets do ("We use Usage Information — error reports,
      // …, but not the contents of your files — to operate and improve …"): the clause goes on after the second.
      if (spacedDash(tokens, i)) {
        dashesRead++;
        if (dashAside) {
          dashAside = false;
          // "Congregate may use information … — including … — together with Church Content …, to improve the Service":
          // words after the closing dash with no verb or subject of their own go on with the clause the aside interrupted.
          const ownClause = tagAhead(tokens, i, 4, byStart, isModalOrClauseVerb) || tagAhead(tokens, i, 2, byStart, isParty) || SUBJECT_PRONOUN.test(tokens[i + 1]?.norm ?? '');
          push({ at: token.end, role: 'main', ...(ownClause ? {} : { resumes: true }) });
        } else if (current() === 'main' && dashesTotal > dashesRead) {
          dashAside = true;
          push({ at: token.end, role: 'aside' });
        } else push({ at: token.end, role: 'main' });
      }
      // "shall not use Client Data, whether in identifiable or aggregated form, to train …": a comma and "to" with a
      // verb of training or improving return to the main clause, whose purpose it names.
      if (token.text === ',' && current() !== 'main' && tokens[i + 1]?.norm === 'to' && tagAhead(tokens, i + 1, 1, byStart, isPurposeVerb)) {
        push({ at: token.end, role: 'main' });
      }
      // "…, and Exhibit A for so long as Vendor holds any PHI, survive any termination": a condition opened inside the
      // subject ends at a comma followed right away by a verb; that verb is the main clause's, still waiting for it.
      // "All Outputs, other than the text of the Submission itself, are Quillmark's proprietary materials": so does a
      // linking verb, whose complement (the owner's property) is the main clause's.
      // "All … outputs generated by the Engine, whether or not derived in part from Shipment Data, constitute Loadhaven
      // Proprietary Information": a condition set in the subject ends there too (blind95-059).
      const linkingNext = (current() === 'exception' || current() === 'condition') && /^(?:is|are|remain|remains|constitute|constitutes)$/.test(tokens[i + 1]?.norm ?? '');
      if (token.text === ',' && current() !== 'main' && openedInSubject && (tagAhead(tokens, i, 1, byStart, isClauseOrSurvivalVerb) || linkingNext)) {
        // The verb after a condition set in the subject is the subject's own: the clause goes on (see readSentence).
        push({ at: token.end, role: 'main', ...(linkingNext && current() === 'condition' ? { resumes: true } : {}) });
      }
      // ", Provider may …" after an exception or condition starts the main clause again.
      if (token.text === ',' && current() !== 'main') {
        // ", Provider may …" or ", you grant us …": a subject and a verb start the main clause again.
        const verb = tagAhead(tokens, i, 3, byStart, isModalOrClauseVerb);
        const relative = /^(?:which|who|that|whom|whose)$/.test(tokens[i + 1]?.norm ?? '');
        // "Any Feedback submitted without notice, shall be the property of …": a modal right after the comma resumes.
        const modalNext = tagAhead(tokens, i, 1, byStart, isModal);
        // ", it will also be removed …": a pronoun subject and a verb resume the main clause too.
        const subject = tagAhead(tokens, i, 3, byStart, isParty) || SUBJECT_PRONOUN.test(tokens[i + 1]?.norm ?? '');
        // ", Customer or an independent auditor it appoints may inspect …": a party first, its modal a few words on.
        const partyFirst = tagAhead(tokens, i, 1, byStart, isParty) && tagAhead(tokens, i, 8, byStart, isModal);
        // ", NCM shall be permitted to …": a name (a capitalised word the vocabulary does not know) and its modal.
        // ", Subscriber owns all Generations": a name and a verb of owning, using or granting resume the main clause too.
        const named = /^[A-Z]/.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.kind === 'word' && tagAhead(tokens, i + 1, 1, byStart, isModalOrOwnVerb);
        if ((verb && !relative && subject) || modalNext || partyFirst || named) push({ at: token.end, role: 'main' });
      }
      // "does not retain Buyer Data … except for 30 days for abuse monitoring, and does not use Buyer Data to train …": a
      // coordinated verb group with its own "not" ends the exception before it; it is the clause's next promise.
      // "…, and in particular shall not use Student Data to train …": an adverb of emphasis may stand before the verb.
      const verbAt = i + 2 + adverbsAt(tokens, i + 2);
      if (token.text === ',' && current() === 'exception' && tokens[i + 1]?.norm === 'and' && /^(?:does|do|did|shall|will|must|may|can|is|are)$/.test(tokens[verbAt]?.norm ?? '') &&
        tokens[verbAt + 1]?.norm === 'not') {
        push({ at: token.end, role: 'main' });
      }
      // "Your journal is encrypted at rest, you can lock the app …": after a main clause that states a fact (its verb,
      // no modal yet), a bare comma and a subject pronoun with its modal splice on a statement of its own, with its own
      // party. After a modal ("To ensure customers can remain compliant, we will …") the comma ends a purpose or a
      // list item whose clause goes on.
      if (token.text === ',' && current() === 'main' && verbSeen && !modalSeen && /^(?:we|you|they)$/.test(tokens[i + 1]?.norm ?? '') &&
        tagAhead(tokens, i + 1, 1, byStart, isModal) && opensWithStatement(tokens, found, i)) {
        push({ at: token.end, role: 'main' });
      }
      // ", in which case the Supplier will preserve …", ", whereupon Vendor shall exclude …": the connective opens a
      // statement of its own, with its own subject and modal, not a part of the clause before.
      // The subject may be long: "whereupon Platform Learning Data uploaded after the date of withdrawal shall not …".
      // ", after which they are automatically purged": a pronoun and its "is/are" state on their own too (fresh192a 494-35).
      // So does a party with its verb: ", after which we delete them from our active systems" (fresh194a 498-17).
      const afterWhichStates = tokens[i + 1]?.norm === 'after' && (finiteAfterSubject(tokens, i + 2) || tagAhead(tokens, i + 3, 1, byStart, isClauseVerb));
      if (token.text === ',' && opensOwnStatement(tokens, i) && (tagAhead(tokens, i, 8, byStart, isModal) || modalBeforePause(tokens, i, byStart) || afterWhichStates)) push({ at: token.end, role: 'main' });
      // Not while a subject with a relative clause still waits for its modal ("Data that we selected for training …, and
      // any Model trained on that data, may be retained": one subject, 339 § 7.3).
      if (token.text === ',' && current() === 'main' && (modalSeen || (verbSeen && !relativeSince(tokens, i, found[found.length - 1]?.at ?? 0))) && determinedSubjectClause(tokens, i, byStart)) push({ at: token.end, role: 'main' });
      // A colon after a few words ends a heading ("Opt-out: you can ..."); a later colon opens a list, same clause.
      // "Provider may use Customer Data to:" has a modal: it is a list's lead-in sentence, not a heading.
      if (token.text === ':' && words <= 6 && !modalSeen) push({ at: token.end, role: 'heading' });
      // "(a)", "(1)", "(iv)" number a list; they open no aside.
      // Parentheses add to the clause ("(including training AI models)"); an exception opened inside one ends with it.
      // "shall not use Student Data (a) to train …, (b) to profile students other than for the School's purposes, or
      // (c) to target advertising": an exception opened inside one item of a list ends where the next item starts.
      // The item must be the next of the list the clause itself runs ("(b)" then "(c)"): "unless: (i) …, (ii) …" lists
      // inside the exception, which goes on.
      if (token.text === '(' && enumerates(tokens, i)) {
        const marker = (tokens[i + 1] as Token).norm;
        if (current() !== 'main' && listSeen !== undefined && followsInList(listSeen, marker)) push({ at: token.start, role: 'main' });
        if (current() === 'main') listSeen = marker;
      }
      if (token.text === '(') {
        opens.push(token.start);
        openedInMain.push(current() === 'main' && EXCEPTING_ASIDE.has(tokens[i + 1]?.norm ?? ''));
      }
      if (token.text === ')') {
        // The bracket that closes is the innermost one open; an exception opened inside it ends with it.
        const open = opens.pop();
        const inMain = openedInMain.pop() === true;
        const openedInside = open !== undefined && (found[found.length - 1]?.at ?? -1) > open;
        // "… derivative works of Merchant Data (other than personal data) solely to provide …": the clause the bracket
        // interrupted goes on after it (fresh165a 439-13 read its purpose as a clause of its own).
        if (current() !== 'main' && openedInside) push({ at: token.end, role: 'main', ...(inMain ? { resumes: true } : {}) });
      }
      return;
    }
    words++;
    const here = byStart.get(token.start) ?? NO_TAGS;
    if ((current() === 'condition' || (current() === 'exception' && exceptionCited)) && conditionAt >= 0 && resumesMain(tokens, i, conditionAt, here, byStart)) {
      push({ at: token.start, role: 'main' });
      return;
    }
    const phrase = here.reduce<Tag | undefined>((best, t) => (best && best.end >= t.end ? best : t), undefined);
    // "As AI technology continues to evolve, we may …": a sentence that opens with "As" and a comma opens with a
    // subordinate clause (of time or reason), so its verbs are not the main clause's.
    // A clause number may come first ("1.3 As …"); checked only for an early "as", so the scan stays bounded.
    // "As between the parties, …" is a phrase that says whose rights are compared, not a clause: it opens none.
    const asOpens = token.norm === 'as' && words <= 3 && tokens[i + 1]?.norm !== 'between' && tokens.slice(0, i).every((t) => t.kind === 'punct' || /^\d/.test(t.text));
    // "To the extent any Output incorporates Contractor intellectual property, the Contractor grants …": at the head of
    // the sentence "to the extent" opens a condition as "if" does (338 § 7.2 read the Output as the granting party).
    // Only where the clause after the comma names its own data or output: "…, Supplier hereby assigns that right to
    // Client" reads what it assigns from the condition, which must stay part of it.
    const extentOpens = token.norm === 'to' && words <= 3 && opensWithExtent(tokens) && tokens.slice(0, i).every((t) => t.kind === 'punct' || /^\d/.test(t.text)) &&
      namesOwnObjectAfterComma(tokens, i, tags);
    if ((asOpens || extentOpens) && tokens.some((t) => t.text === ',')) {
      push({ at: token.start, role: 'condition' });
      return;
    }
    if (heldVerb === 'bare' && current() !== 'main' && hasTag(here, isClauseVerb)) {
      heldVerb = undefined;
      push({ at: token.start, role: 'main' });
      return;
    }
    const comma = tokens[i - 1]?.text === ',';
    const before = comma ? tokens[i - 2] : tokens[i - 1];
    const afterModal = (byStart.get(before?.start ?? -1) ?? NO_TAGS).some((t) => t.set === 'modal' || t.set === 'negator');
    // "shall transfer all Buyer Data … and, once the Buyer has confirmed the transfer, securely erase it": set off by
    // commas after "and", the condition holds back the second verb of the modal's group.
    // Only after "and": an alternative after "or, if …," would read its purposes as the main clause's own, and the
    // safety purposes of such alternatives ("to protect … any third party from harm") are not yet read as purposes.
    const coordinated = comma && modalSeen && before?.norm === 'and';
    // Without a modal, a verb already read ("We use them to run … and, unless …, to help …") holds back a purpose.
    const purposeHeld = comma && !modalSeen && verbSeen && before?.norm === 'and';
    const holds = afterModal ? (comma ? 'comma' : 'bare') : coordinated || purposeHeld || asideAfterModal ? 'comma' : undefined;
    // ", for so long as …," or ", where permitted by law," right after the modal's verb: the object is still to come.
    const lead = tokens[i - 1]?.norm === 'for' ? 1 : 0;
    const objectHeld = modalSeen && tokens[i - 1 - lead]?.text === ',' && (byStart.get(tokens[i - 2 - lead]?.start ?? -1) ?? NO_TAGS).some((t) => isClauseVerb(t.set));
    if (hasTag(here, (set) => set === 'exceptionOpener')) {
      // "…, except that Provider may retain …", "save that they shall continue …": like a proviso, an exception
      // with its own subject and modal is a clause of its own that grants or binds in its own right.
      const opener = here.find((t) => t.set === 'exceptionOpener');
      const thatClause = opener !== undefined && /\bthat$/i.test(opener.text) && i > 0;
      // "save that nothing shall prevent Provider from …": "nothing" is a subject too.
      const subjectAhead = tagAhead(tokens, i + 1, 3, byStart, isParty) || /^(?:it|they|this|these|he|she|nothing)$/.test(tokens[i + 2]?.norm ?? '');
      // "except that Video Data included in a training dataset may be retained by Corvane …": a subject of several
      // words still makes a clause of its own, when its modal follows before any pause.
      if (thatClause && ((subjectAhead && tagAhead(tokens, i + 1, 4, byStart, isModal)) || modalBeforePause(tokens, i + 1, byStart))) {
        push({ at: token.start, role: 'main' });
        return;
      }
      heldVerb = holds;
      heldPurpose = purposeHeld;
      exceptionText = opener?.text ?? '';
      push({ at: token.start, role: 'exception' });
      return;
    }
    // "may use that feedback … without restriction or compensation, including to train our models" (247 § 6.2, 248
    // § 5.9): after a "without" condition and its comma, "including" names the use's purposes; the main clause resumes.
    if (token.norm === 'including' && current() === 'condition' && tokens[i - 1]?.text === ',' && tokens[conditionAt]?.norm === 'without') {
      push({ at: token.start, role: 'main' });
      return;
    }
    // "including, without limitation, to train …": the list goes on; "without" opens no condition here.
    if (hasTag(here, (set) => set === 'inclusionMarker')) return;
    // "is not subject to Section B11", "are not subject to deletion": after a negator, "subject to" is the clause's
    // own verb phrase (which terms do not apply to the data), not a condition.
    // Not in a sentence that opens "To the extent (that) …": there the denial is the condition's ("To the extent the
    // processing is not subject to the GDPR, Customer grants …") and the condition ends at its comma as before.
    // "Your use is also subject to our Data Usage Policy, which explains …": after "is", "are" or "also" and before a
    // policy named within six words, it says which terms govern; the policy's relative clause is the clause's own.
    const governedBy = /^(?:is|are|also)$/.test(tokens[i - 1]?.norm ?? '') && tagAhead(tokens, i + 1, 6, byStart, (set) => set === 'policyRef');
    const bound = boundByConfidentiality(tokens, i, byStart);
    const predicative = token.norm === 'subject' && (/^(?:not|never)$/.test(tokens[i - 1]?.norm ?? '') || governedBy || bound) && !opensWithExtent(tokens);
    // "records of whether a radiologist accepted or overrode …": after a preposition, "whether" opens a question that is
    // part of the noun phrase, not a condition on the use. After a verb ("determine whether") it stays its own segment.
    const askedWhether = token.norm === 'whether' && WHETHER_AS_OBJECT.test(tokens[i - 1]?.norm ?? '');
    // ", after which we delete them": a connective after the comma that opened the statement, no condition of it.
    const afterWhich = token.norm === 'after' && tokens[i + 1]?.norm === 'which' && tokens[i - 1]?.text === ',' && current() === 'main';
    if (phrase && !predicative && !askedWhether && !afterWhich && hasTag(here, (set) => set === 'conditionOpener')) {
      const text = here.filter((t) => t.set === 'conditionOpener').map((t) => t.text.toLowerCase().replace(/,/g, ''));
      const always = text.some((t) => CONDITION_ALWAYS.has(t.replace(/\s+/g, ' ')));
      // "once it has been deleted", "when they expire": a pronoun subject opens a clause as surely as a party does;
      // and "When certain data must be kept, …" at the head of the sentence is a subordinate clause whatever follows.
      const subjectAhead = tagAhead(tokens, i, 2, byStart, isParty) || SUBJECT_PRONOUN.test(tokens[i + 1]?.norm ?? '');
      const opensSentence = (words === 1 || afterListMarker(tokens, i)) && /^(?:when|where|once|upon|after|before)$/.test(token.norm) && tokens.some((t) => t.text === ',');
      // "(f) Before using any Customer Data for training, Provider shall …": at the head of the sentence "before" opens a
      // clause of time; inside it ("files added before you withdrew consent") it dates the noun before it.
      const withParty = (text.some((t) => CONDITION_WITH_PARTY.has(t)) && (subjectAhead || opensSentence)) || (text.includes('before') && (opensSentence || opensTimeClauseOnData(tokens, i, byStart)));
      // "provided that Provider may retain …" grants in its own right: a proviso with a subject and a modal is a clause.
      // A clause that opens with "provided that" (a proviso quoted on its own) has no other main clause: it is the clause.
      // "provided that no update shall permit Supplier to use …" (fresh188a 486-49): a denied subject is one too, where
      // what it denies is a permission; "provided that no item … shall be derived from fewer than five Buyers" sets a
      // standard for what the clause allows (blind90-31).
      const deniedSubject = NO_SUBJECT.has(tokens.slice(i + 2).find((t) => t.kind === 'word')?.norm ?? '') && deniesPermission(tokens, i + 2);
      const partyAhead = words === 1 || deniedSubject || tagAhead(tokens, i + 1, 3, byStart, isParty);
      const proviso = text.some((t) => /^provided/.test(t)) && partyAhead && tagAhead(tokens, i + 1, deniedSubject ? 6 : 4, byStart, isModal);
      if (proviso) {
        push({ at: token.start, role: 'main' });
        return;
      }
      if (always || withParty) {
        heldVerb = holds;
        heldPurpose = purposeHeld;
        push({ at: token.start, role: 'condition' });
        heldObject = objectHeld;
        return;
      }
    }
    // "You agree that we may …", "Customer acknowledges that Provider …": the clause after "that" has its own subject.
    // "Draft Notes that have not been de-identified": "notes" reports only after its subject ("Customer notes that").
    const nounNotes = /^notes?$/.test(token.norm) && !hasTag(byStart.get(tokens[i - 1]?.start ?? -1) ?? NO_TAGS, isParty) && !/^(?:we|you|they|it)$/.test(tokens[i - 1]?.norm ?? '');
    if (THAT_CLAUSE.test(token.norm) && tokens[i + 1]?.norm === 'that' && !nounNotes) {
      reportedThat = true;
      push({ at: tokens[i + 1]?.end ?? token.end, role: 'main' });
      return;
    }
    if (hasTag(here, (set) => set === 'clauseBreak')) {
      // "including but not limited to" continues the list; it starts no new clause.
      const next = tokens.slice(i + 1, i + 3).map((t) => t.norm).join(' ');
      if (token.norm === 'but' && next.startsWith('not limited')) return;
      // "will not, however, be removed": set off by commas inside a denied verb group, it opens nothing; the "not" reaches on.
      // "Tidereach may, however, use corrections …": after a modal too, the verb group goes on past the aside.
      if (token.norm === 'however' && tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',' &&
        (VERB_GROUP_OPEN.test(tokens[i - 2]?.norm ?? '') || hasTag(byStart.get(tokens[i - 2]?.start ?? -1) ?? NO_TAGS, isModal))) return;
      // "transcript text but not audio, under terms …": "but not" before a short phrase with no verb of its own
      // leaves a thing out of the list before it; it starts no clause.
      if (token.norm === 'but' && tokens[i + 1]?.norm === 'not' && verblessUntilPause(tokens, i + 2, byStart)) return;
      // "datasets that have not yet been used", "as yet": after "not" or "as", "yet" is time inside the clause.
      if (token.norm === 'yet' && /^(?:not|as|never)$/.test(tokens[i - 1]?.norm ?? '')) return;
      // "it will also be removed": "also" inside a verb group adds to the clause; only after a pause does it start one.
      if (token.norm === 'also' && tokens[i - 1]?.kind === 'word' && !/^(?:and|we|you|it|they)$/.test(tokens[i - 1]?.norm ?? '')) return;
      // "If you have turned on X, you also grant us …": the pronoun just after the comma is this clause's own subject,
      // and the condition before it still governs the clause.
      // After ", and we" the new clause opened at "and" already (below).
      if (token.norm === 'also' && /^(?:we|you|it|they)$/.test(tokens[i - 1]?.norm ?? '') &&
        (i === 1 || tokens[i - 2]?.text === ',' || (tokens[i - 2]?.norm === 'and' && found.some((b) => b.at === tokens[i - 2]?.start)))) return;
      if (i > 0) push({ at: token.start, role: 'main' });
      return;
    }
    // ", and chats are deleted after 30 days": after a clause that has its verb, a comma, "and" or "but", a short
    // subject and "is/are" state something new; the first clause's "not" does not reach it. A list of subjects
    // ("Inputs, Outputs, and Usage Data are not used") has no verb before the comma, so it stays one clause.
    if ((token.norm === 'and' || token.norm === 'but') && tokens[i - 1]?.text === ',' && verbSeen && (finiteAfterSubject(tokens, i) || deniedSubjectAhead(tokens, i) || (finiteAfterDeterminedSubject(tokens, i) && verbSincePause(tokens, i - 2, byStart)))) {
      push({ at: token.start, role: 'main' });
      return;
    }
    // ", and models trained before that date will not be retrained": a subject naming a model or data, then its modal,
    // after a clause whose verb the vocabulary may not know ("An opt-out … applies only to …"), long enough not to be
    // one item of a listed subject.
    if (token.norm === 'and' && tokens[i - 1]?.text === ',' && modalAfterNamedSubject(tokens, i, byStart) && (verbSincePause(tokens, i - 2, byStart) || wordsSincePause(tokens, i - 2) >= 8)) {
      push({ at: token.start, role: 'main' });
      return;
    }
    // "We do not sell your Content, and we also use it to train …": after a clause that has its verb, ", and" with a
    // pronoun subject of its own and then "also" or a verb of use states something new; the "not" before stays there.
    // Without the comma, "and we also …" does the same: "also" after a subject of its own adds a statement.
    if ((token.norm === 'and' || token.norm === 'but') && verbSeen && /^(?:we|you|they)$/.test(tokens[i + 1]?.norm ?? '') &&
      (tokens[i + 2]?.norm === 'also' || (tokens[i - 1]?.text === ',' && tagAhead(tokens, i + 1, 1, byStart, isOwnStatementVerb)))) {
      push({ at: token.start, role: 'main' });
      return;
    }
    // "… after your session ends and we never use it for training": "and", a pronoun subject and "never" or "do not"
    // state something new with its own no, even inside a condition (the modal case is read below).
    // A condition that opens the sentence ("If Keep Activity is off and you don't submit feedback, Google …") keeps it.
    const openingCondition = found.length === 1 && found[0]?.role !== 'main';
    if ((token.norm === 'and' || token.norm === 'but') && verbSeen && !openingCondition && /^(?:we|you|they)$/.test(tokens[i + 1]?.norm ?? '') &&
      /^(?:never|don't|do|does|doesn't|didn't)$/.test(tokens[i + 2]?.norm ?? '') && !sinceLastBoundary(tokens, found, i).some((t) => t.norm === 'provided')) {
      push({ at: token.start, role: 'main' });
      return;
    }
    // "Your messages are encrypted, so our staff cannot read them": after a clause that has its verb, ", so" opens the
    // consequence, a statement of its own ("so that", "so long as", "so far as" go on with the clause, and so does a
    // consequence that opens with its own condition, ", so by using the app you agree that …", read with the turn before).
    if (token.norm === 'so' && tokens[i - 1]?.text === ',' && verbSeen && !/^(?:that|long|far|as|by|if|when|where|once|unless|upon|on|in|after|before|for)$/.test(tokens[i + 1]?.norm ?? '')) {
      push({ at: token.start, role: 'main' });
      return;
    }
    if (current() === 'main' && words > 2 && opensDeniedResult(tokens, i, byStart)) {
      push({ at: token.start, role: 'main' });
      return;
    }
    if (hasTag(here, isModalOrClauseVerb) || BE.test(token.norm)) verbSeen = true;
    if (hasTag(here, isModal)) modalSeen = true;
    if (hasTag(here, isModal)) asideAfterModal = tokens[i + 1]?.text === ',';
    else if (hasTag(here, isClauseVerb)) asideAfterModal = false;
    if ((token.norm === 'and' || token.norm === 'or') && i > 0) {
      // "… and we may …" or "… and may …" starts a new main clause with its own yes or no.
      if ((tagAhead(tokens, i, 2, byStart, isNewClause) && tagAhead(tokens, i, 3, byStart, isModal)) || modalAfterAside(tokens, i, byStart)) {
        push({ at: token.start, role: 'main' });
      } else if ((!modalSeen || current() === 'condition') && tokens[i - 1]?.text === ',' && /^(?:the|those|these|this|such|its|their|all)$/.test(tokens[i + 1]?.norm ?? '') && tagAhead(tokens, i + 1, 4, byStart, isModal)) {
        // "we use it to train the algorithms …, and those algorithms may continue to be used …": after a comma, a
        // subject of its own (a determiner and its noun) and a modal start a new clause when the clause before has no
        // modal of its own, which the later one would otherwise become. The subject may run to four words ("and all such
        // data sets shall be owned by Vendor"). In a condition the modal before does not matter: "…, without payment to
        // Purchaser, and this right shall survive termination" ends the condition.
        push({ at: token.start, role: 'main' });
      } else if (tokens[i + 1]?.norm === 'that' && ((reportedThat && current() !== 'condition') || tagAhead(tokens, i + 1, 6, byStart, isModal))) {
        // "(g) not to divulge …, and that all such information shall be kept confidential": a second "that" clause.
        // After "acknowledges that Company trains …", "and that the models are used …" is the second thing
        // acknowledged, with a subject and a verb of its own, modal or not; inside "provided that A and that B" it is
        // the proviso's second limb.
        push({ at: token.start, role: 'main' });
      }
    }
  });
  return found;
}

/**
 * The sentence's clauses in order. A condition or exception at the very start runs to the first comma ("Unless you
 * opt out, we will ..."); elsewhere each runs to the next boundary.
 */
/** The words that open an exception set in brackets inside a clause: "(other than personal data)", "(excluding …)". */
const EXCEPTING_ASIDE: ReadonlySet<string> = new Set(['other', 'except', 'excluding', 'save', 'but']);


/**
 * "shall cease ingesting new Data and, within 180 days, shall delete …": after "and", a short aside set off by commas and
 * then a modal begin a verb group of its own, with its own yes or no; the denial before ("cease") is not its.
 */
function modalAfterAside(tokens: readonly Token[], at: number, byStart: ReturnType<typeof tagsAt>): boolean {
  if (tokens[at + 1]?.text !== ',') return false;
  // "and, unless you opt out, may use …": a condition or exception is read as one, and attaches where it belongs.
  const opener = tokens[at + 2];
  if (opener === undefined || CONDITION_OPENING_WORDS.has(opener.norm) || hasTag(byStart.get(opener.start) ?? NO_TAGS, (set) => set === 'exceptionOpener')) return false;
  for (let k = at + 2; k < Math.min(tokens.length, at + 14); k++) {
    const token = tokens[k] as Token;
    if (token.text === ',') return k > at + 2 && tagAhead(tokens, k, 1, byStart, isModal);
    if (token.kind === 'punct' && token.text !== '(' && token.text !== ')') return false;
    if (hasTag(byStart.get(token.start) ?? NO_TAGS, isModal)) return false;
  }
  return false;
}

/** "in particular", "specifically", "in any event": how many words of emphasis open the clause at `from` (at most 3). */
const EMPHASIS = new Set(['in', 'particular', 'specifically', 'also', 'further', 'moreover', 'any', 'event', 'especially']);
function adverbsAt(tokens: readonly { readonly norm: string }[], from: number): number {
  let n = 0;
  while (n < 3 && EMPHASIS.has(tokens[from + n]?.norm ?? '')) n++;
  return n;
}

