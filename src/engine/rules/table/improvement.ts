// Use of the customer's data to improve the vendor's products, feedback grants and unlimited use (risks), and bans on
// improvement use (a protection). Pure: rows over the clause frame.
import { OWN_MODEL } from '../ownModel';
import { OWNERSHIP_REACH_RULE } from '../ownershipReach';
import type { Predicate } from '../../reading/frame';
import type { Rule, RuleInput } from '../ruleTypes';
import { affirmed, beneficiary, consentGated, consentWaived, cue, has, improvementAffirmed, improvementDenied, itemOfListedBan, object, reads, trainingAffirmed, trainingDenied, vendorActs, vendorEndsException, wordsAfter } from '../queries';
import { SAFEGUARDED_DERIVED_ONLY } from './dataRights';
import { ASSISTS_CUSTOMER } from '../assistanceVeto';
import { CLAIM_CONTEXT, CONTENT_AND_IDENTITY_EXCLUDED, CUSTOMER_DATA_CARVED_OUT, SERVICE_TO_CUSTOMER, DEFINITION_ONLY, DEFINITION_UNLESS_POOLED, CUSTOMER_RESTRICTION, HEADING_ONLY, IP_INVENTORY, ITEM_OF_LISTED_BAN, LICENSED_TO_CUSTOMER, NON_CUSTOMER_SOURCE, SERVICE_LICENCE_EDITING, THIRD_PARTY_ACTS, VENDOR_OWN_IP, SCOPE_DENIED } from '../vetoes';
import { PRECEDENCE_ONLY } from '../precedenceVeto';
import { INCLUSION_DENIED } from '../inclusionDenied';
import { DISCLOSURE_DUTY } from '../disclosureDuty';

/** Content the customer supplies; usage data alone is reported as derived data, not as content. */
const contentCue = (p: Predicate) => object(p, 'customer-data', 'output', 'generic');
const evidence: Rule['evidence'] = (i) => [i.predicate.actor.cue, i.predicate.modal, i.predicate.negation, contentCue(i.predicate), improvementAffirmed(i) ?? improvementDenied(i), cue(i.predicate, 'offering')];

/** The customer is named as the one acting or as the source ("Publisher grants …", "ideas you send us"). */
// "the know-how acquired in performing this Agreement" (engagementSource) was learned from the customer's engagement.
const fromCustomer = (p: Predicate): boolean =>
  p.actor.side === 'customer' || has(p, 'customerYou', 'docCustomer', 'engagementSource') || object(p, 'customer-data') !== undefined;
const CUSTOMER_PARTY: readonly string[] = ['customerYou', 'customerRole', 'docCustomer'];
/**
 * "If you send us ideas or suggestions, we may use them …": a condition in which the customer sends them says where
 * they come from, so even "suggestions" (as often a coding tool's own) are the customer's feedback, used by the other.
 */
const sentByCustomer = (frame: RuleInput['frame'], p: Predicate): boolean => {
  if (p.actor.side === 'customer') return false;
  const inside = (c: { start: number; end: number }, test: (set: string) => boolean) => frame.cues.some((k) => test(k.set) && k.start >= c.start && k.end <= c.end);
  return frame.predicates.some((q) => q.conditions.some((c) => inside(c, (set) => CUSTOMER_PARTY.includes(set)) && inside(c, (set) => set === 'shareVerb')));
};

/** A list item with no subject ("develop new products and services;") reads as one of the vendor's purposes. */
const fragment = ({ predicate: p }: RuleInput) => {
  if (p.actor.side !== 'unknown' || p.modal !== undefined) return false;
  // "Corvexa and its licensors own the Platform, the Models …, and all improvements … of any of them": improvements to
  // the owner's own things, with no data of the customer's in the clause, are its property, not a use of anything.
  // "All resulting models and improvements are … property of Supplier" names no property of its own: the results are
  // of a use named before, and stay a risk.
  if (affirmed(p, 'own') !== undefined && object(p, 'vendor-material') !== undefined && object(p, 'customer-data', 'output') === undefined) return false;
  // "Maintenance includes the further improvement of the software" describes a service; the verb comes first in a list item.
  const improve = p.actions.find((a) => a.kind === 'improve');
  return !p.cues.some((c) => c.set === 'definitionCue' && improve !== undefined && c.start < improve.start);
};

/** "to provide and optimise the Services, excluding model training": the vendor has carved training out. */
const TRAINING_EXCLUDED = {
  reason: 'the same sentence expressly rules out training, so the improvement use is the one the customer accepted',
  when: (i: RuleInput) => i.frame.predicates.some((q) => q !== i.predicate && trainingDenied({ ...i, predicate: q }) !== undefined),
};

/**
 * "You instruct Meta to retain and process Content … and to develop and improve systems": an instruction the contract
 * itself gives (no modal: nothing is left for the customer to decide) has the vendor named after it do the work.
 */
const instructedByContract = ({ predicate: p }: RuleInput): boolean =>
  p.actor.side === 'customer' && p.modal === undefined && p.polarity === 'positive' && has(p, 'authoriseVerb') && p.recipient?.side === 'vendor';

/** The vendor, unprompted by the customer's consent, improves something and training is not what the clause says. */
const improvementUse = (i: RuleInput): boolean =>
  improvementAffirmed(i) !== undefined && improvesOnlyByTraining(i) && !consentGated(i) && (vendorActs(i) || instructedByContract(i));
/**
 * Training said outright ("to train our models", "to fine-tune the model") is the training finding alone. Improving
 * said of a model ("to improve our models", "to tune its ranking algorithms", "may use Usage Data to improve the Model
 * API") is both: the training rule warns of the model, and the use to improve the vendor's product is reported too, as
 * vendors and reviewers call it (blind23–28: "improve its methodologies, weighting models and products").
 */
const improvesOnlyByTraining = (i: RuleInput): boolean => {
  const training = trainingAffirmed(i);
  return training === undefined || ((training.kind === 'improve' || improvesOfferingFirst(i, training.start) || improvesInOwnLimb(i, training.end)) && dataUse(i));
};
/**
 * "(i) to configure, tune and calibrate the AI Features as deployed for Customer, … (ii) to analyze, develop, improve
 * and enhance Claimwright's products and services generally": a numbered limb of its own improves the vendor's
 * products, apart from the training limb before it (325 § 3.3 was read as training only).
 */
const improvesInOwnLimb = ({ predicate: p, frame }: RuleInput, trainingEnd: number): boolean => {
  const improve = p.actions.find((a) => a.kind === 'improve' && !a.negated && a.start > trainingEnd);
  if (improve === undefined || !p.cues.some((c) => c.set === 'offering' && c.start > improve.end)) return false;
  return frame.text.slice(trainingEnd - frame.start, improve.start - frame.start).split(' ').some(limbMarker);
};
/** "(ii)", "(b)", "(3)": the mark that opens a limb of a list inside the sentence. */
const limbMarker = (word: string): boolean =>
  word.length >= 3 && word.length <= 6 && word.startsWith('(') && word.endsWith(')') &&
  [...word.slice(1, -1)].every((ch) => (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));
/**
 * "… to maintain, develop, and improve the Services and Talvera's other current and future products, including by
 * testing and tuning the accuracy of the AI Features": the products improved come first, and training is named as one
 * way of doing it; the improvement of the products is reported beside the training (269 § 5.2 was read as training only).
 */
const improvesOfferingFirst = ({ predicate: p }: RuleInput, trainingAt: number): boolean => {
  const improve = p.actions.find((a) => a.kind === 'improve' && !a.negated && a.start < trainingAt);
  return improve !== undefined && p.cues.some((c) => c.set === 'offering' && c.start > improve.end && c.end <= trainingAt);
};
const dataUse = (i: RuleInput): boolean => affirmed(i.predicate, 'use', 'retain', 'share', 'grant') !== undefined;

/**
 * "we may use the Usage Data for any lawful purpose, including: (a) to provide the Service; (b) to improve our
 * products": a purpose listed after a use clause, with no modal or data of its own, is a purpose of that use.
 * Returns the data the earlier clause uses.
 */
const continuedUse = ({ predicate: p, frame }: RuleInput): Predicate['objects'][number] | undefined => {
  // Data shared from the clause before (its offsets lie before this clause) is that clause's, not this one's own.
  if (p.modal !== undefined || p.objects.some((o) => o.kind !== 'vendor-material' && o.start >= p.start) || p.actor.side !== 'vendor') return undefined;
  const at = frame.predicates.indexOf(p);
  // "Customer authorizes Company to collect and use data … to perform analysis; to address problems; and for product
  // improvement purposes": the customer's grant, with no modal, is the use whose list of purposes follows. Only a list
  // (two clauses on or more): the single purpose right after a licence ("… to evaluate the Platform") is read with it.
  // "We use the information we collect to: open your account; …; develop new products": a privacy notice states the
  // vendor's use in the present tense, and an item with no subject of its own is one of that use's purposes.
  const inherited = p.actor.cue !== undefined && p.actor.cue.start < p.start;
  const statesUse = (q: Predicate) => inherited && q.modal === undefined && q.actor.side === 'vendor' && affirmed(q, 'use') !== undefined;
  const before = frame.predicates.slice(0, at).reverse().find((q) => q.modal !== undefined || (beneficiary(q) === 'vendor' && q.actor.side === 'customer') || statesUse(q));
  if (!before || before.polarity !== 'positive' || affirmed(before, 'use', 'retain', 'share', 'grant') === undefined) return undefined;
  const granted = before.modal === undefined && before.actor.side === 'customer';
  if (granted ? at - frame.predicates.indexOf(before) < 2 : before.actor.side !== 'vendor') return undefined;
  return object(before, 'customer-data', 'output', 'generic') ?? object(before, 'usage-data');
};
const continuesContentUse = (i: RuleInput): boolean => {
  const used = continuedUse(i);
  return used !== undefined && used.kind !== 'usage-data';
};

/**
 * The denial names the customer's data, or the vendor denies it of data in general ("we do not use data to improve …").
 * "This permission does not extend to text and data mining or building a dataset", said of a permission with no party,
 * limits what someone else was permitted; it is no promise about the customer's data.
 */
const deniedOnCustomerData = ({ predicate: p }: RuleInput): boolean =>
  object(p, 'customer-data', 'output', 'usage-data') !== undefined ||
  (object(p, 'generic') !== undefined && (p.actor.side === 'vendor' || p.actor.passive || p.negation?.set === 'negDeterminer'));

const IMPROVEMENT_VETOES = [
  DEFINITION_UNLESS_POOLED, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, HEADING_ONLY, THIRD_PARTY_ACTS, TRAINING_EXCLUDED, VENDOR_OWN_IP, LICENSED_TO_CUSTOMER,
  CONTENT_AND_IDENTITY_EXCLUDED, SERVICE_LICENCE_EDITING, ITEM_OF_LISTED_BAN, IP_INVENTORY, SAFEGUARDED_DERIVED_ONLY, NON_CUSTOMER_SOURCE, PRECEDENCE_ONLY,
  // "to improve the accuracy of the AI Features for Customer's own account": improving what the customer alone uses.
  OWN_MODEL,
  ASSISTS_CUSTOMER,
  DISCLOSURE_DUTY,
];

/** The things "feedback" names as a word before them: "the feedback buttons", "a feedback form". */
const CONTROLS: ReadonlySet<string> = new Set(['button', 'buttons', 'control', 'controls', 'form', 'forms', 'widget', 'widgets', 'link', 'links', 'tool', 'tools', 'icon', 'icons', 'mechanism', 'mechanisms', 'option', 'options', 'feature', 'features']);
/**
 * "Prompts … that Personnel flag using the feedback buttons … may be retained for up to 24 months": "feedback" naming
 * the control is no feedback given; the sentence keeps data, it takes no ideas (audit85, 231 Sch 1 ¶8 took the
 * feedback carve-out).
 */
const namesAControl = (frame: RuleInput['frame'], o: { readonly end: number }): boolean => {
  const next = (wordsAfter(frame, o.end, 1)[0] ?? '').toLowerCase();
  // The word as written, or with the stop or comma after it ("the feedback buttons,").
  return CONTROLS.has(next) || CONTROLS.has(next.slice(0, -1));
};

export const IMPROVEMENT_RULES: readonly Rule[] = [
  OWNERSHIP_REACH_RULE,
  {
    id: 'improvement-carve-out',
    category: 'service-improvement',
    stance: 'risk',
    severity: 'medium',
    // A denial with no act and no vendor in it ("AI-generated images are not permitted save where … research",
    // blind95-114) bans nothing the vendor does with the data, so an exception to it opens nothing.
    when: (i) => i.predicate.polarity === 'negative' && (i.predicate.actions.length > 0 || i.predicate.actor.side === 'vendor') && vendorEndsException(i) && trainingDenied(i) === undefined && contentCue(i.predicate) !== undefined,
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [p.negation, p.conditions[0]?.opener, p.conditions[0]?.cue, contentCue(p)],
  },
  {
    id: 'improvement-grant',
    category: 'service-improvement',
    stance: 'risk',
    severity: 'medium',
    when: (i) => improvementUse(i) && (contentCue(i.predicate) !== undefined && dataUse(i) || fragment(i) || continuesContentUse(i)),
    vetoes: IMPROVEMENT_VETOES,
    evidence,
  },
  {
    // "We use telemetry to improve the app": the usage data is the vendor's record of how the customer works, so the
    // improvement use is still the customer's concern; its own id lets a paragraph that bans training settle it.
    id: 'usage-improvement-grant',
    category: 'service-improvement',
    stance: 'risk',
    severity: 'medium',
    when: (i) =>
      improvementUse(i) && contentCue(i.predicate) === undefined &&
      (object(i.predicate, 'usage-data') !== undefined && dataUse(i) || continuedUse(i)?.kind === 'usage-data'),
    vetoes: IMPROVEMENT_VETOES,
    evidence: (i) => [...evidence(i), object(i.predicate, 'usage-data')],
  },
  {
    id: 'feedback-use',
    category: 'service-improvement',
    stance: 'risk',
    severity: 'low',
    when: ({ predicate: p, frame }) =>
      p.objects.some((o) => o.kind === 'feedback' && !namesAControl(frame, o) && (reads(frame, o, 'feedbackCore') || (reads(frame, o, 'ideaWord') && fromCustomer(p)) || sentByCustomer(frame, p))) && affirmed(p, 'use', 'grant', 'own', 'improve', 'retain') !== undefined &&
      p.actor.side !== 'third-party' && affirmed(p, 'optIn') === undefined && !p.conditions.some((c) => c.kind === 'consent' && !consentWaived(frame, p, c)),
    vetoes: [
      DEFINITION_ONLY,
      CUSTOMER_RESTRICTION,
      CLAIM_CONTEXT,
      CUSTOMER_DATA_CARVED_OUT,
      SERVICE_TO_CUSTOMER,
      {
        // "Retailer may require Vendor to stop collecting … feedback in the Chat Logs": the customer's lever over it.
        reason: 'the customer stops or limits the feedback use here; that is its control, not a grant',
        when: ({ predicate: p }) => p.actor.side === 'customer' && affirmed(p, 'optOut') !== undefined,
      },
      {
        reason: 'feedback the service writes for its users (on a student\'s work) is its output, not the customer\'s ideas',
        // "the corrections and feedback the tutor generates for you": described by who made it, for whom.
        when: ({ frame, predicate: p }) =>
          has(frame, 'feedbackGiven') ||
          p.objects.filter((o) => o.kind === 'feedback').every((o) => frame.cues.some((c) => c.set === 'outputNoun' && c.text.toLowerCase().endsWith(' for you') && c.start >= o.end && c.start - o.end <= 40)),
      },
      {
        // "Teachers should review AI Feedback before relying on it" (blind55): feedback named by the AI that writes
        // it is the service's output, not the customer's ideas.
        reason: 'feedback the AI writes is the service\'s output, not the customer\'s ideas',
        when: ({ predicate: p, frame }) =>
          p.objects.filter((o) => o.kind === 'feedback').every((o) => frame.cues.some((c) => (c.set === 'aiNoun' || c.set === 'aiAcronym') && c.end <= o.start && o.start - c.end <= 1)),
      },
      {
        reason: 'feedback used as testimonials or marketing is publicity, not product development',
        when: ({ predicate: p, frame }) => has(frame, 'optOutNotData') && affirmed(p, 'improve') === undefined,
      },
      // "the Provider grants the Client a … licence to use them [Provider Tools or Know-How]": know-how licensed to the
      // customer is no feedback taken from it.
      LICENSED_TO_CUSTOMER,
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, affirmed(p, 'use', 'grant', 'own', 'improve'), object(p, 'feedback'), cue(p, 'anyPurpose')],
  },
  {
    id: 'unlimited-use',
    category: 'service-improvement',
    stance: 'risk',
    severity: 'high',
    when: (i) => cue(i.predicate, 'anyPurpose') !== undefined && affirmed(i.predicate, 'use', 'retain', 'share') !== undefined && contentCue(i.predicate) !== undefined && vendorActs(i),
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, CUSTOMER_DATA_CARVED_OUT, SAFEGUARDED_DERIVED_ONLY, LICENSED_TO_CUSTOMER],
    evidence: ({ predicate: p }) => [p.actor.cue, affirmed(p, 'use'), contentCue(p), cue(p, 'anyPurpose')],
  },
  {
    id: 'improvement-prohibited',
    category: 'no-training',
    stance: 'protective',
    severity: 'low',
    when: (i) =>
      (improvementDenied(i) !== undefined && !vendorEndsException(i) && deniedOnCustomerData(i)) ||
      (itemOfListedBan(i) && improvementAffirmed(i) !== undefined),
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, SCOPE_DENIED, INCLUSION_DENIED],
    evidence,
  },
];
