// What a deletion clause does not reach ("Clause 7.2 does not apply to …", "Deletion does not reach …"): the list of
// what the vendor keeps. Pure: rows over the clause frame.
import type { Predicate } from '../../reading/frame';
import type { Rule, RuleInput } from '../ruleTypes';
import { action, affirmed, cue, has, object } from '../queries';
import { CLAIM_CONTEXT, CUSTOMER_RESTRICTION, DEFINITION_ONLY, scopeDenied } from '../vetoes';
import { safeguarded } from './derivedData';

/** A carve-out from deletion in the vendor's favour: the "not" denies the deletion clause's scope. */
const carvedOutOfDeletion = ({ predicate: p, frame }: RuleInput): boolean =>
  scopeDenied(p) && p.actor.side !== 'customer' && (action(p, 'retain', 'delete') !== undefined || has(frame, 'deleteVerb')) && p.objects.length > 0;

/**
 * "… or to Portfolio Data already reflected in the Signal Library", "… yield models already trained with your data":
 * the carve-out keeps the customer's own data inside what the vendor built from it, for as long as that lasts. Backups
 * that roll off and records the law requires are the narrow carve-outs lawyers accept; this one is not.
 */
const keepsCustomerDataInWhatWasBuilt = ({ predicate: p }: RuleInput): boolean =>
  has(p, 'embeddedIn') && p.objects.some((o) => o.kind === 'customer-data' && !anonymised(p, o.start));
/** "anonymised Client Data": what is kept no longer identifies anyone, the derived-data carve-out lawyers accept. */
const anonymised = (p: Predicate, at: number): boolean => p.cues.some((c) => c.set === 'derivedData' && c.end <= at && at - c.end <= 1);

/**
 * "Deletion … does not extend to Service Data, Feedback or de-identified data …, or to any model … developed …, all of
 * which the Provider may retain after termination": the carve-out ends in an express right to keep what it lists once
 * the contract is over (or "indefinitely"), which is the survival the customer must see as a risk, not a list to check.
 */
const keptAfterTheEnd = ({ predicate: p, frame }: RuleInput): boolean => {
  // The clause's "not" spreads to every verb after it; the "may" of the closing relative gives the keeping back.
  const after = p.negation?.end ?? Infinity;
  const permits = frame.cues.find((c) => c.set === 'permissionModal' && c.start > after);
  const kept = permits && p.actions.find((a) => a.kind === 'retain' && a.start > permits.end && a.start - permits.end <= 2);
  // "…, which the Supplier may retain indefinitely": a right to keep with no end is the same survival.
  return kept !== undefined && (has(frame, 'endEvent') || has(frame, 'openEnded'));
};

/**
 * "The commitment in clause 5.3 does not extend to the following, which Lexorin may use for the purposes of training …
 * models:", "Section 6 does not apply to Usage Data, which Vendor may use to train its models": a carve-out from a
 * promise that ends in the vendor's express right to train on what it lists (427 § 5.4 was read only as a denial).
 * The "may" of the closing relative gives back the training the clause's "not" spread over.
 */
const trainsOnWhatIsCarvedOut = ({ predicate: p, frame }: RuleInput): boolean => trainsAfterCarveOut(p, frame.text, frame.start);

function trainsAfterCarveOut(p: Predicate, text: string, offset: number): boolean {
  if (!scopeDenied(p) || p.actor.side === 'customer') return false;
  const after = p.negation?.end ?? Infinity;
  const permits = p.cues.find((c) => c.set === 'permissionModal' && c.start > after);
  // "… which Lexorin may not use …" denies it again.
  const deniedAgain = permits !== undefined && text.slice(permits.end - offset).trimStart().toLowerCase().startsWith('not ');
  // The training is what the "may" governs, in the same phrase ("may use for the purposes of training …"); after a comma
  // ("…, or to any model trained using Call Data") it describes another item carved out.
  const governed = (a: { readonly start: number }) => permits !== undefined && !text.slice(permits.end - offset, a.start - offset).includes(',');
  return permits !== undefined && !deniedAgain && p.actions.some((a) => a.kind === 'train' && a.start > permits.end && !a.inSubject && !a.relative && governed(a));
}

/**
 * "(a) Platform Data, including post-editing correction patterns;" under that lead-in: an item that names data, with
 * no verb of its own, is one of the things the vendor may train on. The lead-in's own text is not at hand here, so a
 * "may not" there is read from its predicate's negation alone.
 */
const itemCarvedOutForTraining = ({ predicate: p, paragraph }: RuleInput): boolean => {
  const q = paragraph.listLeadIn;
  if (q === undefined || p.modal !== undefined || p.polarity !== 'positive' || p.actions.some((a) => !a.relative && !a.inSubject && !a.nominal)) return false;
  const permits = q.cues.find((c) => c.set === 'permissionModal' && c.start > (q.negation?.end ?? Infinity));
  return scopeDenied(q) && permits !== undefined && q.actions.some((a) => a.kind === 'train' && a.start > permits.end) &&
    object(p, 'customer-data', 'usage-data', 'derived', 'generic', 'output') !== undefined;
};

/** A veto for the survival rules: only usage, feedback and derived data kept, anonymous and out of training. */
// Only in a carve-out from deletion: a plain right to use derived data "during and after the Term" keeps its own answer.
export const DERIVED_KEPT_SAFE = {
  reason: 'only usage, feedback and derived data are kept out of the deletion, and the clause keeps them anonymous and out of training',
  when: (i: RuleInput): boolean => has(i.frame, 'scopeVerb') && has(i.frame, 'deleteVerb') && derivedKeptSafe(i),
};
/** What is kept is only usage, feedback or derived data ("De-identified" + "Data"), named before a de-identification safeguard, with no model. */
const KEPT_KINDS: ReadonlySet<string> = new Set(['derived', 'usage-data', 'feedback']);
/** "Usage Data" defined to reach what users type is read as the customer's data too; it is still the usage data kept. */
const alsoUsage = (i: RuleInput, at: number): boolean => i.predicate.objects.some((o) => o.start === at && o.kind === 'usage-data');
export const derivedKeptSafe = (i: RuleInput): boolean => {
  const guard = i.frame.cues.find((c) => c.set === 'deidentificationSafeguard');
  const modelKept = i.frame.cues.some((c) => (c.set === 'aiNoun' || c.set === 'aiAcronym') && guard !== undefined && c.start < guard.start);
  // What is kept comes after the denial: "Deletion of Your Content does not extend to …" names the deleted data first.
  const from = i.predicate.negation?.end ?? cue(i.predicate, 'scopeVerb')?.end ?? -1;
  const kept = i.predicate.objects.filter((o) => o.start > from && (guard === undefined || o.start < guard.start));
  return guard !== undefined && !modelKept && kept.length > 0 && kept.every((o) => KEPT_KINDS.has(o.kind) || (o.kind === 'generic' && o.text.toLowerCase() === 'data') || alsoUsage(i, o.start)) && safeguarded(i);
};

export const CARVE_OUT_RULES: readonly Rule[] = [
  {
    id: 'carved-out-for-training',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    when: trainsOnWhatIsCarvedOut,
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT, CUSTOMER_RESTRICTION],
    evidence: ({ predicate: p }) => [p.negation, cue(p, 'scopeVerb'), action(p, 'train'), object(p, 'customer-data', 'derived', 'usage-data', 'generic')],
  },
  {
    id: 'item-carved-out-for-training',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    when: itemCarvedOutForTraining,
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT, CUSTOMER_RESTRICTION],
    evidence: ({ predicate: p }) => [object(p, 'customer-data', 'usage-data', 'derived', 'generic', 'output')],
  },
  {
    id: 'carved-out-into-models',
    category: 'survival-retention',
    stance: 'risk',
    severity: 'high',
    when: (i) => carvedOutOfDeletion(i) && (keepsCustomerDataInWhatWasBuilt(i) || keptAfterTheEnd(i)),
    vetoes: [
      DEFINITION_ONLY,
      CLAIM_CONTEXT,
      CUSTOMER_RESTRICTION,
      {
        // "… does not apply to Usage Data, Feedback or De-Identified Data, which Brieflane may retain …, provided that such
        // data cannot reasonably be used to identify Firm or any individual and is not used to train any … model": only
        // the vendor's records and derived data are kept, anonymous and out of training (audit214, 470 § 16(e)).
        reason: 'only usage, feedback and derived data are kept, and the clause keeps them anonymous and out of training',
        when: derivedKeptSafe,
      },
    ],
    evidence: ({ predicate: p }) => [p.negation, cue(p, 'scopeVerb'), cue(p, 'embeddedIn') ?? action(p, 'retain'), object(p, 'customer-data', 'derived', 'usage-data', 'feedback')],
  },
  {
    id: 'kept-outside-deletion',
    category: 'survival-retention',
    stance: 'neutral',
    severity: 'low',
    // "Clause 9.2 does not apply to records Halden must keep under law or to models already trained": what a deletion
    // clause does not reach is what the vendor keeps; the lawyer should see the list.
    when: carvedOutOfDeletion,
    vetoes: [
      DEFINITION_ONLY,
      CLAIM_CONTEXT,
      CUSTOMER_RESTRICTION,
      {
        // "… shall delete all Personal Data …. This requirement shall not apply to the extent that the Personal Data has
        // been archived on back-up systems …": the paragraph's own deletion promise stands; its carve-out is read with it.
        reason: 'the carve-out qualifies a deletion the paragraph promised before it',
        // Not a clause cited by its title ("Clause 9.3 (Return and Deletion) shall not apply to …"): the title's deletion
        // word promises nothing, and the carve-out is what the sentence says (blind74).
        when: ({ paragraph, frame, predicate: p }) =>
          paragraph.deletesBefore || frame.predicates.some((q) => q !== p && q.end <= p.start && affirmed(q, 'delete') !== undefined && (q.modal !== undefined || q.actor.side !== 'unknown')),
      },
    ],
    evidence: ({ predicate: p }) => [p.negation, cue(p, 'scopeVerb'), action(p, 'retain', 'delete'), object(p, 'customer-data', 'output', 'generic', 'derived')],
  },
];
