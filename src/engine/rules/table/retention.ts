// Data and rights kept after the contract or after deletion: survival clauses, open-ended or post-termination
// retention, retention periods and backups, data kept in models. Pure: rows over the clause frame.
import { DERIVED_KEPT_SAFE } from './carveOuts';
import type { Cue, Predicate } from '../../reading/frame';
import type { Rule, RuleInput, Veto } from '../ruleTypes';
import { action, affirmed, capitalised, conditionCue, cue, denied, frameFacts, has, modelNotUndone, object, reads, wordsAfter } from '../queries';
import { ACCESS_TO_THE_SERVICE } from '../serviceAccess';
import { CLAIM_CONTEXT, CUSTOMER_DUTY, CUSTOMER_RESTRICTION, DEFINITION_ONLY, HELD_THEN_DESTROYED, LICENSED_TO_CUSTOMER, CUSTOMER_DATA_CARVED_OUT, PEOPLE_TRAINED, SURVIVES_ONLY_GENERAL, DELETION_REACHES, ITEM_OF_DELETION_SCHEDULE } from '../vetoes';
import { CARVE_OUT_RULES } from './carveOuts';
import { CUSTOMERS_OWN_LICENCE, LAW_SETS_THE_END, HANDED_BACK, HELD_FOR_LEGAL_PROCESS, KEPT_SECURE, RIGHT_HELD, PROVISION_FOLLOWS_DATA, RECORD_DUTY, WITHIN_THE_TERM, BOUNDED_BY_NEED, END_DATES_DELETION, END_DATES_LATER_DELETION, BACKUP_CARVE_OUT, KEPT_ONLY_FOR_SAFETY, STANDARD_CARVE_OUT, RESTORED_FROM_BACKUP, CONFIDENTIALITY_GOES_ON, describesDeletion, openEndedKeeping } from './retentionVetoes';

const data = (i: RuleInput) => object(i.predicate, 'customer-data', 'output', 'generic', 'confidential');
/** A deletion promise that names its deadline or its back-up carve-out is a protection, not retention. */
/**
 * "retained in the Voice Analytics Platform": an end's word inside a capitalised product name, before the word that
 * names the product ("Platform", "Suite"), says where the data is kept, not what for (fresh192a 494-35).
 */
const inProductName = ({ predicate: p }: RuleInput, end: Cue): boolean =>
  capitalised(end.text) && p.cues.some((c) => c.set === 'offering' && capitalised(c.text) && c.start > end.end && c.start - end.end <= 1);
const deletesFirst = ({ predicate: p }: RuleInput): boolean => {
  const del = affirmed(p, 'delete');
  const keep = affirmed(p, 'retain');
  return del !== undefined && (keep === undefined || del.start < keep.start);
};
/**
 * Keeping after the end, as a noun ("retention after termination") or as a verb; "will not retain … after termination"
 * promises deletion, while "is not obligated to retain … after the Term" only lifts a duty and leaves the keeping open.
 */
const retainsAfterEnd = (p: Predicate): boolean => {
  const keep = action(p, 'retain');
  return keep !== undefined && (!keep.negated || has(p, 'liftedDuty'));
};
/** Data kept by someone other than the customer, not as a deletion's first step. */
const keeps = (i: RuleInput): boolean =>
  (affirmed(i.predicate, 'retain') !== undefined || (has(i.predicate, 'afterEnd') && retainsAfterEnd(i.predicate))) &&
  object(i.predicate, 'customer-data', 'output', 'generic', 'usage-data', 'derived', 'confidential') !== undefined &&
  i.predicate.actor.side !== 'customer' && !deletesFirst(i);
/**
 * "may retain one copy": a party's right to keep, in a sentence that also promises deletion. "logs may still retain
 * data" names a system that holds data (a thing before the verb), which is the deletion's own caveat.
 */
const keptByRight = ({ predicate: p, frame }: RuleInput): boolean => {
  const keep = affirmed(p, 'retain');
  return frameFacts(frame).affirmsDeletion && reads(p, p.modal, 'permissionModal') && keep !== undefined && !p.objects.some((o) => o.start < keep.start);
};
const DATA_RIGHT_SETS: ReadonlySet<string> = new Set(['customerDataTerm', 'docCustomerData', 'usageData', 'docUsageData', 'feedbackNoun', 'aiNoun', 'grantVerb', 'derivedData']);
/** Nouns that end a document's name: "the AI Services Schedule", "the Generative AI Addendum". */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['schedule', 'exhibit', 'addendum', 'annex', 'appendix', 'terms', 'policy', 'agreement', 'rider']);
/**
 * "Sections S3.2 and S4.2 of the AI Services Schedule shall survive": an AI word inside a document's name names where
 * the clauses are, not a right over data (301 § 7.4 read as keeping data rights alive by the name alone).
 */
function inDocumentName(frame: RuleInput['frame'], c: Cue): boolean {
  if (c.set !== 'aiNoun' && c.set !== 'aiAcronym') return false;
  const words = frame.text.slice(c.end - frame.start).trim().split(' ').slice(0, 3);
  for (const word of words) {
    if (word === '' || word[0] !== word[0]?.toUpperCase()) return false;
    if (DOCUMENT_NOUNS.has(word.toLowerCase())) return true;
  }
  return false;
}
/** The words that make a survival one of rights over data: the data, AI words outside a document's name, a grant. */
const dataRightCues = (frame: RuleInput['frame']): Cue[] => frame.cues.filter((c) => DATA_RIGHT_SETS.has(c.set) && !inDocumentName(frame, c));
const dataRights = ({ frame }: RuleInput): boolean => dataRightCues(frame).length > 0;

/**
 * "survive termination" speaks of the end by its verb; "remains in force" does only beside an end other than the
 * term itself ("remain in force for the term" is a promise during the contract).
 */
// "remain in force for three years … unless terminated": an end the thing lasts until (`lastsUntilEnd`) bounds it.
const lastsUntil = (frame: RuleInput['frame'], c: Cue): boolean => frame.cues.some((u) => u.set === 'lastsUntilEnd' && u.start <= c.start && c.end <= u.end);
const survivesTheEnd = ({ predicate: p, frame }: RuleInput): boolean =>
  has(frame, 'afterEnd') || frame.cues.some((c) => c.set === 'endEvent' && !reads(frame, c, 'termItself') && !lastsUntil(frame, c)) ||
  (p.actions.some((a) => a.kind === 'survive' && reads(p, a, 'survivalWord')) && has(frame, 'endEvent'));

/** A licence or permission said to go on past the customer's exit (stopping use, deleting, closing the account). */
/** "It continues after you delete Your Content": the sentence opens by taking up the grant made just before it. */
const takesUpGrant = ({ frame, paragraph }: RuleInput): boolean =>
  paragraph.grantsBefore && frame.cues.some((c) => c.set === 'referringSubject' && c.start === frame.start);
const outlivesExit = (i: RuleInput): boolean => {
  const { predicate: p, frame } = i;
  return p.polarity === 'positive' && (p.actions.some((a) => a.kind === 'grant' && !a.negated && !a.topic) || takesUpGrant(i)) && has(p, 'lastingVerb') &&
  (has(frame, 'afterEnd') || frame.cues.some((c) => c.set === 'endEvent' && !reads(frame, c, 'termItself')));
};
/**
 * "clause 3.1 survives only for so long as Vendor lawfully retains Bank Data", "survive for no more than 24 months": a
 * rider that bounds the survival limits the vendor's rights after the end (audit100, 261 R11); so does "the licence in
 * Section 3.1 survives only to the extent … necessary … to complete the deletion" (audit121, 303 S4, whose bounded
 * limb was struck as a licence outliving the contract).
 */
const boundedSurvival = (frame: RuleInput['frame'], p: Predicate): boolean => {
  const survivals = p.actions.filter((a) => a.kind === 'survive' && !a.negated);
  return survivals.length > 0 && survivals.every((a) => survivalBounded(wordsAfter(frame, a.end, 14)));
};
/** "Vendor's obligations under Sections 3 and 6 shall continue for so long as Vendor … retains any University Data". */
const DUTY_WORDS: ReadonlySet<string> = new Set(['obligations', 'obligation', 'duties', 'duty', 'undertakings']);
const dutiesLastWhileHeld = (frame: RuleInput['frame'], q: Predicate): boolean => {
  const lasting = q.cues.find((c) => c.set === 'lastingVerb');
  if (lasting === undefined || !survivalBounded(wordsAfter(frame, lasting.end, 14))) return false;
  // The subject runs back to the ", and" that opens the limb ("Sections 3 and 6" may have split the clause before it).
  const before = frame.text.slice(0, lasting.start - frame.start);
  const subject = before.slice(Math.max(0, before.lastIndexOf(', and '))).toLowerCase().split(' ');
  return subject.some((w) => DUTY_WORDS.has(w)) && !q.actions.some((a) => a.kind === 'grant');
};
const BOUNDED_SURVIVAL: Veto = {
  reason: 'the survival is bounded ("survives only for so long as …", "for no more than …"): a limit, which protects the customer',
  when: ({ predicate: p, frame }) => boundedSurvival(frame, p),
};
const OUTLIVES_VETOES = [
  BOUNDED_SURVIVAL,
  DEFINITION_ONLY,
  CUSTOMER_RESTRICTION,
  CLAIM_CONTEXT,
  LICENSED_TO_CUSTOMER,
  { reason: 'the vendor grants this lasting right to the customer', when: ({ predicate: p }: RuleInput) => p.actor.side === 'vendor' && p.recipient?.side === 'customer' },
];
const outlivesEvidence: Rule['evidence'] = ({ predicate: p, frame }) => [action(p, 'grant'), cue(p, 'lastingVerb'), cue(frame, 'afterEnd', 'endEvent')];

const VENDOR_SETS = new Set<string>(['vendorWe', 'vendorRole', 'docVendor']);
/** The vendor named after "not" ("will not require Supplier to remove"); "our model weights" names only its property. */
const vendorNamedAfterNegation = (p: Predicate): boolean =>
  p.cues.some((c) => VENDOR_SETS.has(c.set) && c.start > (p.negation?.start ?? p.start) && !p.cues.some((o) => o.set === 'vendorPossessive' && o.start === c.start));

/** "Client shall have no right to require their deletion": the customer denied a right to deletion, so the vendor keeps. */
const deletionRightDenied = (p: Predicate): boolean => {
  // "no right to …" itself, right after the negation ("must not resell or sublicense" denies an act).
  const at = p.negation?.end ?? -1;
  const right = p.actor.side === 'customer' ? p.cues.find((c) => c.set === 'entitlementNoun' && c.start >= at && c.start - at <= 2) : undefined;
  return right !== undefined && p.actions.some((a) => a.kind === 'delete' && a.start > right.start);
};
/** A denied deletion, other than an extraction someone attempts ("shall not attempt to extract model weights"). */
/**
 * "is not required to delete", and "Nothing in this Agreement requires Nestwise to delete Service Metadata or the
 * statistics compiled under clause 5.3" (fresh148a 406 § 13.3): a duty to delete lifted, whatever the data kept.
 */
const dutyLifted = (p: Predicate): boolean =>
  has(p, 'liftedDuty') || p.cues.some((c) => c.set === 'requirementWord' && p.cues.some((n) => n.set === 'negDeterminer' && n.end <= c.start && c.start - n.end <= 40));
const deniedRemoval = (p: Predicate) =>
  p.actions.find((a) => a.kind === 'delete' && a.negated && !a.inSubject && !a.topic && !p.cues.some((c) => c.set === 'extractionAttempt' && c.start <= a.start && a.end <= c.end));

/**
 * "(a) Kestrel Cloud Services UK Ltd | hosting and storage of Call Data … | London": a row of a sub-processor list says
 * what that provider does for the vendor, not what the vendor keeps (audit59, 162 Sch. 3: the row was struck).
 */
const PROVIDER_LIST_ROW = {
  reason: 'a row of a sub-processor list names what a provider does for the vendor, not a right to keep the data',
  when: ({ frame }: RuleInput) => has(frame, 'companyForm') && frame.predicates.every((q) => q.modal === undefined && q.actor.side === 'unknown'),
};

/** A word of keeping used as a verb: "any archive period", "the retention schedule" name things, they keep nothing. */
/** Words naming the end that a survival may name before its bound: "survive termination of this Agreement only …". */
const END_WORDS: ReadonlySet<string> = new Set(['termination', 'expiration', 'expiry', 'any', 'the', 'of', 'this', 'agreement', 'or', 'and']);
/** Verbs of holding after "for so long as <someone>": the survival lasts while the data is still held. */
const HOLDING: ReadonlySet<string> = new Set(['retains', 'retain', 'holds', 'hold', 'possesses', 'stores', 'processes']);
/**
 * "only for so long as …", "survive termination only to the extent …", "for no more than …", "for no longer than …",
 * "for so long as Lexbridge or any subprocessor retains any Customer Content" (294 ST 11): the words right after a
 * survival that bound it, to the time the data is held at the longest.
 */
function survivalBounded(after: readonly string[]): boolean {
  const words = after.map((w) => w.toLowerCase());
  const only = words.indexOf('only');
  if (only >= 0 && words.slice(0, only).every((w) => END_WORDS.has(w))) return true;
  if (words.slice(0, 4).join(' ') === 'for so long as' && words.slice(4, 14).some((w) => HOLDING.has(w))) return true;
  const start = words[0] === 'for' ? 1 : 0;
  return (words[start] === 'no' || words[start] === 'not') && (words[start + 1] === 'more' || words[start + 1] === 'longer') && words[start + 2] === 'than';
}
const keptAsAnAct = (p: Predicate): boolean => p.actions.some((a) => a.kind === 'retain' && !a.nominal && !a.topic && !a.negated);

export const RETENTION_RULES: readonly Rule[] = [
  ...CARVE_OUT_RULES,
  {
    id: 'survival-of-data-rights',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    when: (i) => affirmed(i.predicate, 'survive') !== undefined && survivesTheEnd(i) && dataRights(i),
    vetoes: [
      CLAIM_CONTEXT,
      {
        // "Clauses 4 … and 11 shall survive …, and no right of Supplier to use … Customer Data … shall survive": the
        // data is named only in the denial beside the survival (302 § 9.5 struck the customer's own protection).
        // So is ", and Vendor's obligations under Sections 3 and 6 shall continue for so long as Vendor … retains any
        // University Data" (307 § 8.4): a survival bounded by the time the data is held protects the customer.
        reason: 'the data is named only where the sentence denies that any right over it survives, or bounds a survival by the time the data is held',
        when: ({ predicate: p, frame }) => {
          const protective = (q: Predicate) => q.polarity === 'negative' || boundedSurvival(frame, q) || dutiesLastWhileHeld(frame, q);
          // The clause a data word belongs to is the last one to start before it (a condition after it is its own).
          const owner = (c: Cue) => frame.predicates.filter((q) => q.start <= c.start).pop();
          return dataRightCues(frame).every((c) => {
            const q = owner(c);
            return q !== undefined && q !== p && protective(q);
          });
        },
      },
      BOUNDED_SURVIVAL,
      CONFIDENTIALITY_GOES_ON,
      {
        // "Sponsor's obligations to treat the User Data as Confidential Information shall continue in perpetuity".
        reason: 'what survives is a duty to keep the data confidential, which protects the customer (the survival is noted)',
        when: ({ frame }) => has(frame, 'confidentialInfo') && !has(frame, 'grantVerb', 'aiNoun', 'usageData', 'docUsageData', 'feedbackNoun', 'derivedData'),
      },
    ],
    evidence: ({ predicate: p, frame }) => [action(p, 'survive'), cue(frame, 'endEvent'), cue(frame, 'customerDataTerm', 'docCustomerData', 'usageData', 'feedbackNoun', 'aiNoun', 'grantVerb')],
  },
  {
    id: 'survival',
    category: 'survival-retention',
    stance: 'neutral',
    severity: 'low',
    when: (i) => affirmed(i.predicate, 'survive') !== undefined && survivesTheEnd(i),
    vetoes: [SURVIVES_ONLY_GENERAL, CONFIDENTIALITY_GOES_ON],
    evidence: ({ predicate: p, frame }) => [action(p, 'survive'), cue(frame, 'endEvent')],
  },
  {
    id: 'kept-in-models',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    // "cannot be removed from our models", "Once your data is used to train our models, it cannot be removed".
    // "attempt to extract model weights": an extraction someone attempts is model theft, not data left in a model.
    when: ({ predicate: p, frame }) =>
      (deniedRemoval(p) !== undefined || modelNotUndone(p) !== undefined) &&
      (p.ai.length > 0 || action(p, 'train') !== undefined || conditionCue(frame, p, 'aiNoun', 'aiAcronym', 'trainVerb') !== undefined),
    // "Customer shall not attempt to extract the weights of any model": what the customer may not do keeps nothing.
    // "… but withdrawal will not require Supplier to remove …" denies the vendor's duty, and stays a risk.
    // "…; however, model parameters already derived will not be withdrawn or retrained": models are the vendor's to
    // undo, whoever the clause before named.
    vetoes: [{ ...CUSTOMER_RESTRICTION, when: (i) => CUSTOMER_RESTRICTION.when(i) && !vendorNamedAfterNegation(i.predicate) && !deletionRightDenied(i.predicate) && modelNotUndone(i.predicate) === undefined }],
    evidence: ({ predicate: p, frame }) => [p.negation, action(p, 'delete'), p.ai[0] ?? conditionCue(frame, p, 'aiNoun', 'aiAcronym', 'trainVerb')],
  },
  {
    id: 'no-deletion-duty',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'medium',
    // "shall have no obligation to destroy or delete copies … generated through data backup": backups kept for good.
    // "Provider is not required to delete Student Data (a) that … (b) that …": a lifted duty to delete the customer's
    // data keeps it, whenever the keeping ends (fresh61, 232 § 9.3). Derived statistics left undeleted are the carve-out
    // a careful lawyer accepts ("shall not require the Supplier to delete Performance Statistics", auditPatterns97).
    when: (i) =>
      denied(i.predicate, 'delete') !== undefined && (has(i.predicate, 'endEvent', 'openEnded', 'backup') || (dutyLifted(i.predicate) && object(i.predicate, 'customer-data', 'usage-data') !== undefined)) && i.predicate.actor.side !== 'customer',
    vetoes: [CLAIM_CONTEXT, CUSTOMER_DUTY, BACKUP_CARVE_OUT],
    evidence: ({ predicate: p }) => [p.negation, action(p, 'delete', 'retain'), cue(p, 'endEvent', 'openEnded')],
  },
  {
    id: 'retention-open-ended',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    when: (i) =>
      affirmed(i.predicate, 'retain', 'use', 'grant') !== undefined && data(i) !== undefined &&
      (openEndedKeeping(i.predicate) || (has(i.predicate, 'endEvent') && (has(i.predicate, 'persistVerb') || keptAsAnAct(i.predicate)))) && !deletesFirst(i),
    // "only to the extent required by Union or Member State law": the law, not the vendor, says how long.
    vetoes: [
      DEFINITION_ONLY, CUSTOMER_DATA_CARVED_OUT, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, LICENSED_TO_CUSTOMER, BACKUP_CARVE_OUT, BOUNDED_BY_NEED,
      KEPT_ONLY_FOR_SAFETY, END_DATES_LATER_DELETION, WITHIN_THE_TERM, HELD_THEN_DESTROYED, LAW_SETS_THE_END, PROVISION_FOLLOWS_DATA, CUSTOMERS_OWN_LICENCE,
      HANDED_BACK, HELD_FOR_LEGAL_PROCESS,
      // "… Aggregated Data or Usage Data, all of which we may continue to use after termination, provided that such data
      // cannot reasonably be used to identify you … and is not used to train …" (447 § 14.4 after the review's safeguard).
      DERIVED_KEPT_SAFE,
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'retain', 'use', 'grant'), data({ predicate: p } as RuleInput), cue(p, 'openEnded', 'endEvent')],
  },
  {
    id: 'retention-period',
    category: 'survival-retention',
    stance: 'neutral',
    severity: 'low',
    when: (i) =>
      (affirmed(i.predicate, 'retain') !== undefined || (i.predicate.polarity === 'positive' && has(i.predicate, 'backup', 'persistVerb'))) &&
      (has(i.predicate, 'periodUnit') || has(i.predicate, 'backup')) && !deletesFirst(i) && i.predicate.actor.side !== 'customer',
    vetoes: [
      CUSTOMER_RESTRICTION,
      HANDED_BACK,
      DEFINITION_ONLY,
      {
        // "All tutors hold a current Working With Children Check and complete safeguarding training every twelve months":
        // people who "hold" a certificate keep no data (blind64). "We keep your guest profile for seven years" does.
        reason: 'what is "held" is no data of the customer’s',
        when: ({ predicate: p, paragraph }) =>
          !has(p, 'backup') && p.objects.length === 0 && !paragraph.dataBefore &&
          p.actions.filter((a) => a.kind === 'retain').every((a) => ['hold', 'holds', 'held'].includes(a.text.toLowerCase())),
      },
      {
        reason: 'what is kept is the vendor’s own material (its software or documents), not the customer’s data',
        when: ({ predicate: p }) => object(p, 'vendor-material') !== undefined && object(p, 'customer-data', 'generic', 'output', 'usage-data') === undefined,
      },
      {
        reason: 'a bounded period beside a deletion promise is the deletion’s timetable or back-up carve-out',
        when: ({ frame }) => frameFacts(frame).affirmsDeletion,
      },
      RESTORED_FROM_BACKUP,
    ],
    evidence: ({ predicate: p }) => [action(p, 'retain'), cue(p, 'backup', 'persistVerb'), cue(p, 'periodUnit')],
  },
  {
    id: 'kept-after-end',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    // "may use aggregated data after you delete it", "retained for 12 months after your account is closed".
    // The end may open a condition of its own ("… after you update or delete it"): it still dates the use of the data
    // the clause names ("The Platform will continue to be used by you after you cancel" names none).
    when: (i) =>
      (has(i.predicate, 'afterEnd') || (conditionCue(i.frame, i.predicate, 'afterEnd') !== undefined && object(i.predicate, 'customer-data', 'generic', 'derived', 'usage-data', 'output', 'feedback') !== undefined)) &&
      affirmed(i.predicate, 'retain', 'use', 'grant', 'share') !== undefined && !deletesFirst(i) &&
      i.predicate.actor.side !== 'customer',
    vetoes: [
      DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, BACKUP_CARVE_OUT, END_DATES_DELETION, KEPT_ONLY_FOR_SAFETY, ITEM_OF_DELETION_SCHEDULE, HANDED_BACK, ACCESS_TO_THE_SERVICE,
      DERIVED_KEPT_SAFE,
      // "we keep your file for 6 years after it closes (because the Legal Aid Agency requires us to) and then securely
      // destroy it" (blind105-27): a keeping the law or a regulator requires, for a stated time, is the deletion's
      // standard carve-out; "for an unspecified period where required by law" is still kept without end.
      { ...STANDARD_CARVE_OUT, when: ({ predicate: p, frame }: RuleInput) => has(frame, 'lawRequires') && has(frame, 'periodUnit') && !has(p, 'openEnded') },
      {
        // "The Supplier grants Customer … a licence … to use the Outputs without restriction during and after the Term":
        // the right that outlasts the contract is the customer's (362 § 5.3).
        reason: 'the right that outlasts the contract is one the vendor grants the customer',
        when: ({ predicate: p }) => p.actor.side === 'vendor' && p.recipient?.side === 'customer' && affirmed(p, 'grant') !== undefined,
      },
      {
        // "Following termination, Vendor shall provide to Customer the Customer Data": the data goes back, not kept.
        reason: 'handing the data back to the customer after the end is its return, not data kept',
        when: ({ predicate: p }) => p.recipient?.side === 'customer' && affirmed(p, 'retain', 'grant') === undefined &&
          !p.actions.some((a) => a.kind === 'use' && !a.negated && !a.relative && !a.inSubject && !a.nominal && !a.topic && a.start < (affirmed(p, 'share')?.start ?? 0)),
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, affirmed(p, 'retain', 'use', 'grant', 'share'), cue(p, 'afterEnd')],
  },
  {
    id: 'licence-outlives-exit',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    // "This licence continues even if you stop using the Services or delete your account": a right said to last past
    // the customer's exit is retention of the right itself, whatever happens to the copy the customer deleted.
    when: outlivesExit,
    vetoes: OUTLIVES_VETOES,
    evidence: outlivesEvidence,
  },
  {
    id: 'perpetual-rights',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    // A perpetual or irrevocable right never ends: it survives deletion and termination by its own terms.
    when: (i) =>
      i.predicate.polarity === 'positive' && (affirmed(i.predicate, 'grant') !== undefined || i.predicate.cues.some((c) => c.set === 'grantVerb')) &&
      i.predicate.cues.some((c) => (c.set === 'openEnded' && !describesDeletion(i.predicate, c)) || (c.set === 'licenceBreadth' && reads(i.predicate, c, 'lastingRight'))),
    vetoes: [
      DEFINITION_ONLY,
      CUSTOMER_DATA_CARVED_OUT,
      CUSTOMER_RESTRICTION,
      CLAIM_CONTEXT,
      BOUNDED_SURVIVAL,
      { reason: 'the vendor grants this lasting right to the customer', when: ({ predicate: p }) => p.actor.side === 'vendor' || p.recipient?.side === 'customer' || p.recipient?.side === 'third-party' },
      {
        // "each party irrevocably agrees that the courts of England shall have exclusive jurisdiction".
        reason: 'a governing-law or jurisdiction clause is irrevocable about courts, not about a right over data',
        when: ({ predicate: p, frame }) => has(frame, 'forumClause') && object(p, 'customer-data', 'output', 'feedback', 'usage-data', 'generic') === undefined,
      },
    ],
    evidence: ({ predicate: p }) => [affirmed(p, 'grant'), cue(p, 'openEnded', 'licenceBreadth')],
  },
  {
    id: 'retention',
    category: 'survival-retention',
    stance: 'neutral',
    severity: 'low',
    // "Microsoft will process and store your inputs for abuse monitoring", "PostHog AI retains your chat history":
    // the lawyer needs to know what is kept and why, even when the purpose is narrow.
    when: (i) => keeps(i) && !keptByRight(i),
    vetoes: [
      DEFINITION_ONLY,
      HANDED_BACK,
      DELETION_REACHES,
      CUSTOMER_RESTRICTION,
      CLAIM_CONTEXT,
      LICENSED_TO_CUSTOMER,
      { reason: 'commercial records (fees, invoices) are not customer data', when: ({ frame }) => has(frame, 'commercialRecords') },
      KEPT_SECURE,
      RIGHT_HELD,
      PROVISION_FOLLOWS_DATA,
      RECORD_DUTY,
      PEOPLE_TRAINED,
      PROVIDER_LIST_ROW,
      {
        reason: 'keeping data beside a deletion promise is the deletion’s timetable or carve-out',
        when: ({ frame }) => frameFacts(frame).affirmsDeletion,
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'retain'), object(p, 'customer-data', 'output', 'generic', 'usage-data'), cue(p, 'periodUnit', 'afterEnd', 'limiter')],
  },
  {
    id: 'retention-right',
    category: 'survival-retention',
    stance: 'neutral',
    severity: 'low',
    // "…; provided, however, that each party may retain one copy for its records": beside a duty to delete, a right to
    // keep a copy is the carve-out the lawyer reviews, not the deletion's timetable.
    when: (i) => keeps(i) && keptByRight(i),
    vetoes: [
      DEFINITION_ONLY,
      CUSTOMER_RESTRICTION,
      CLAIM_CONTEXT,
      LICENSED_TO_CUSTOMER,
      { reason: 'commercial records (fees, invoices) are not customer data', when: ({ frame }) => has(frame, 'commercialRecords') },
      KEPT_SECURE,
      STANDARD_CARVE_OUT,
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, action(p, 'retain'), object(p, 'customer-data', 'output', 'generic', 'confidential')],
  },
  {
    id: 'retention-for-own-ends',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    // "may retain Customer Data as necessary to continue developing its products": kept for the vendor's business.
    // An end the clause forbids ("terms that prohibit … training, limit retention …") is not one the data is kept for.
    when: (i) =>
      affirmed(i.predicate, 'retain') !== undefined && data(i) !== undefined && i.predicate.actor.side !== 'customer' && !deletesFirst(i) &&
      i.predicate.cues.some((c) => c.set === 'vendorEnds' && !i.predicate.actions.some((a) => a.negated && a.start === c.start) && !inProductName(i, c)),
    // "Agent warrants that it holds all licences required to market each property" keeps a right, no data (blind95-084).
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, RECORD_DUTY, PEOPLE_TRAINED, KEPT_SECURE, PROVIDER_LIST_ROW, RIGHT_HELD],
    evidence: ({ predicate: p }) => [p.actor.cue, affirmed(p, 'retain'), data({ predicate: p } as RuleInput), cue(p, 'vendorEnds')],
  },
  {
    id: 'kept-by-exception',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    // "Company will delete Machine Data, except Machine Data already incorporated into Fleet Models, which Company may
    // retain": the deletion's exception is the vendor's own permission to keep. A backup or a duty the law imposes
    // ("except data it must keep under applicable law") is no permission of the vendor's.
    when: ({ predicate: p, frame }) =>
      affirmed(p, 'delete') !== undefined && p.actor.side === 'vendor' &&
      conditionCue(frame, p, 'retainVerb') !== undefined && conditionCue(frame, p, 'permissionModal') !== undefined &&
      conditionCue(frame, p, 'vendorRole', 'docVendor', 'vendorWe') !== undefined && conditionCue(frame, p, 'backup', 'lawPermits') === undefined,
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT],
    evidence: ({ predicate: p, frame }) => [conditionCue(frame, p, 'vendorRole', 'docVendor', 'vendorWe'), conditionCue(frame, p, 'permissionModal'), conditionCue(frame, p, 'retainVerb')],
  },
];
