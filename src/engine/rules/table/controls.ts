// The customer's levers over how its data is used: opt-outs, settings and choices, consent and opt-in conditions.
// Pure: rows over the clause frame. An opt-out of marketing or arbitration is not a lever over data use.
import type { Rule, RuleInput } from '../ruleTypes';
import { bundledWithFeature } from '../ownModel';
import { action, affirmed, conditionCue, consentWaived, cue, deemedInstruction, has, instructedNot, object, reads } from '../queries';
import { ABOUT_PEOPLE, CLAIM_CONTEXT, CUSTOMER_RESTRICTION, PEOPLE_TRAINED } from '../vetoes';
import { isChannel, namesOtherThing, optsOutOfOtherThing } from '../optOutObject';

/**
 * The lever is over data use: the sentence speaks of AI, of using, keeping or sharing data, or of a purpose of the
 * vendor's own ("opt out of analytics"); "turn this off" after a paragraph about data use points back to it.
 */
const aboutDataUse = ({ predicate: p, frame, paragraph }: RuleInput) =>
  p.ai.length > 0 ||
  // "exclude their API Requests from the Learning Corpus": data named for what it trains is about data use too.
  has(frame, 'trainVerb', 'improveVerb', 'aiNoun', 'aiAcronym', 'modelTrainingData', 'shareVerb', 'useVerb', 'retainVerb', 'derivedData', 'customerDataTerm', 'docCustomerData', 'usageData', 'vendorEnds') ||
  (paragraph.dataUse && p.objects.length === 0);
/** Words of using, keeping or sharing data or of AI, in the clause or in its condition ("choose whether your Content is used"). */
const DATA_USE_SETS = ['trainVerb', 'improveVerb', 'useVerb', 'shareVerb', 'retainVerb', 'aiNoun', 'aiAcronym'] as const;
const usesData = ({ predicate: p, frame }: RuleInput): boolean =>
  action(p, 'train', 'improve', 'share', 'retain', 'use') !== undefined || p.ai.length > 0 || conditionCue(frame, p, ...DATA_USE_SETS) !== undefined ||
  p.objects.some((o) => o.kind === 'customer-data' || o.kind === 'usage-data');
/**
 * Who holds the lever: the customer (with a modal or a setting), nobody named in the passive ("features are disabled"),
 * a fragment that opens with the choice ("Opt in to sharing …"), or the vendor promising to ask first ("we will seek
 * your consent before enabling").
 */
const holdsLever = ({ predicate: p, frame }: RuleInput): boolean => {
  if (p.actor.side === 'customer') return p.modal !== undefined || (has(p, 'controlCue') && !deemedInstruction(p));
  // "AI Features are disabled by default": a use stated to be off until switched on is the customer's opt-in.
  // The state is a topic of the clause ("are disabled"), not an act, so any undenied opt-out word counts.
  if (p.modal === undefined && has(p, 'defaultCue') && (has(p, 'offState') || p.actions.some((a) => a.kind === 'optOut' && !a.negated && !a.inSubject))) return true;
  // "will not affect any data sharing preferences you have set": the customer's own setting is named as respected.
  if (has(p, 'customerSetting')) return true;
  if (p.actor.side === 'unknown' && p.actor.passive) return true;
  const first = p.actions[0];
  if (p.actor.side === 'unknown' && p.modal === undefined && first && (first.kind === 'optIn' || first.kind === 'optOut')) return first.start - frame.start <= 12;
  return p.actor.side === 'vendor' && reads(p, p.modal, 'promiseModal') && action(p, 'optIn') !== undefined && p.polarity === 'positive';
};
/**
 * "may opt out of the arbitration agreement … after accepting these AI Terms", "can unsubscribe from e-mails about the
 * AI Features": what is opted out of is named first, right after the opt-out; AI named later is the topic of the
 * e-mails or the name of the terms, and no training or improving is in the sentence.
 */
const namedFirstNotData = ({ predicate: p, frame }: RuleInput): boolean => {
  const out = affirmed(p, 'optOut');
  // "You can unsubscribe from our product e-mails …; doing so doesn't change Model Improvement": a later clause that
  // names the data setting only to say it is untouched does not make the e-mails a data lever.
  if (out === undefined || has(p, 'trainVerb', 'improveVerb') || (has(frame, 'trainVerb', 'improveVerb') && !laterClauseOnly(frame, p))) return false;
  const thing = frame.cues.find((c) => c.set === 'optOutNotData' && c.start >= out.end && !isChannel(frame, c));
  const ai = frame.cues.find((c) => (c.set === 'aiNoun' || c.set === 'aiAcronym') && c.start >= out.end);
  return thing !== undefined && (ai === undefined || thing.end <= ai.start);
};
/** Every training or improving word of the sentence lies in a clause after this one that denies it. */
const laterClauseOnly = (frame: RuleInput['frame'], p: RuleInput['predicate']): boolean =>
  frame.predicates.every((q) => q === p || !has(q, 'trainVerb', 'improveVerb') || (q.start >= p.end && q.polarity === 'negative'));
const notDataOptOut = (i: RuleInput) =>
  (namesOtherThing(i.frame) && i.predicate.ai.length === 0 && !has(i.frame, 'trainVerb', 'aiNoun', 'improveVerb')) || namedFirstNotData(i) || optsOutOfOtherThing(i.frame);

/**
 * "…may also be used as described in Section 7, even if you've turned off the 'Help improve' setting", "whether or not
 * Customer has opted out": the customer's choice is named only to say the use survives it.
 */
const usedDespiteChoice = ({ predicate: p }: RuleInput) =>
  p.polarity === 'positive' && p.actor.side !== 'customer' && p.conditions.some((c) => c.kind === 'despite-control') &&
  affirmed(p, 'use', 'retain', 'share', 'train', 'improve', 'grant') !== undefined &&
  object(p, 'customer-data', 'output', 'usage-data', 'generic', 'derived') !== undefined;
const overriddenChoice = ({ predicate: p }: RuleInput) => p.conditions.find((c) => c.kind === 'despite-control')?.cue;
const despiteEvidence = (i: RuleInput) => [i.predicate.actor.cue, affirmed(i.predicate, 'use', 'retain', 'share', 'train', 'improve', 'grant'), overriddenChoice(i)];
const DESPITE_VETOES = [CLAIM_CONTEXT, CUSTOMER_RESTRICTION];
const trainingWords = ({ predicate: p, frame }: RuleInput) =>
  p.ai.length > 0 || action(p, 'train') !== undefined || conditionCue(frame, p, 'aiNoun', 'aiAcronym', 'trainVerb') !== undefined;

const NOT_DATA_OPT_OUT = { reason: 'an opt-out of marketing, arbitration, publicity or cookies is not control over data use', when: notDataOptOut };
/**
 * "Opting out will not affect any other part of these Terms, including your data choices" (blind57, after an
 * arbitration opt-out): the opt-out is the subject of a verb of effect, and the sentence says what it leaves alone.
 */
const OPT_OUT_EFFECT = {
  reason: 'the sentence says what an opt-out leaves unaffected; the choice itself is given elsewhere',
  when: ({ predicate: p }: RuleInput) => {
    const effect = p.cues.find((c) => c.set === 'effectVerb');
    const choices = p.actions.filter((a) => a.kind === 'optOut' || a.kind === 'optIn');
    return effect !== undefined && choices.length > 0 && choices.every((a) => a.end <= effect.start && (a.inSubject || a.start === p.start));
  },
};
/**
 * "… may be used for the purposes described in paragraph B.1 regardless of Subscriber's opt-out setting" (audit230,
 * 503 B.4): an opt-out named after "regardless of", "despite" or "notwithstanding" is the one the use overrides.
 */
const OPT_OUT_OVERRIDDEN = {
  reason: 'the opt-out is named only as what the use goes on despite',
  when: ({ predicate: p, frame }: RuleInput) => {
    const choices = p.actions.filter((a) => a.kind === 'optOut');
    return choices.length > 0 && choices.every((a) => frame.cues.some((c) => c.set === 'overrideCue' && c.end <= a.start && a.start - c.end <= 30));
  },
};
/**
 * "Neither party may assign or transfer this Agreement without the other party's prior written consent": consent to
 * an assignment of the contract or of rights under it is no lever over the use of data.
 */
const ASSIGNMENT_CONSENT = {
  reason: 'the consent is to assigning the contract or rights under it, not to a use of data',
  when: ({ predicate: p }: RuleInput) =>
    p.actions.length > 0 && p.actions.every((a) => reads(p, a, 'assignVerb')) && object(p, 'customer-data', 'output', 'usage-data') === undefined,
};

const CUSTOMER_SETS = new Set<string>(['customerYou', 'customerRole', 'docCustomer']);
const PARTY_SETS = new Set<string>(['customerYou', 'customerRole', 'docCustomer', 'vendorWe', 'vendorRole', 'docVendor', 'thirdParty', 'providerName']);
/**
 * "we may decline to deploy a Custom Model", "Provider may disable the feature": the vendor's modal and the opt-out
 * verb with nobody named right before the verb is the vendor's own power to refuse; "we will let you opt out" names
 * the customer, "may require the Supplier to cease including …" another party told to stop ("the Supplier's
 * software …, which exclude …" names an owner, not someone told).
 */
const vendorsOwnRefusal = ({ predicate: p }: RuleInput): boolean => {
  const verb = affirmed(p, 'optOut');
  const modal = p.modal;
  return p.actor.side === 'vendor' && !p.actor.passive && verb !== undefined && modal !== undefined && modal.end <= verb.start &&
    !p.cues.some((c) => c.start >= modal.end && c.end <= verb.start && (CUSTOMER_SETS.has(c.set) || (PARTY_SETS.has(c.set) && verb.start - c.end <= 4)));
};

/**
 * "The Contractor may require the Buyer to cease using the Services": the vendor's power to make the customer stop is
 * a suspension right, where "we will let you opt out" is the customer's lever.
 */
const vendorMakesCustomerStop = ({ predicate: p }: RuleInput): boolean => {
  const verb = affirmed(p, 'optOut');
  const modal = p.modal;
  if (p.actor.side !== 'vendor' || verb === undefined || modal === undefined) return false;
  const between = p.cues.filter((c) => c.start >= modal.end && c.end <= verb.start);
  const required = between.find((c) => c.set === 'requirementWord');
  return required !== undefined && between.some((c) => CUSTOMER_SETS.has(c.set) && c.start >= required.end);
};

export const CONTROL_RULES: readonly Rule[] = [
  {
    id: 'training-despite-opt-out',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    when: (i) => usedDespiteChoice(i) && trainingWords(i),
    vetoes: DESPITE_VETOES,
    evidence: despiteEvidence,
  },
  {
    id: 'improvement-despite-opt-out',
    category: 'service-improvement',
    stance: 'risk',
    severity: 'medium',
    when: (i) => usedDespiteChoice(i) && !trainingWords(i) && (has(i.predicate, 'improveVerb') || conditionCue(i.frame, i.predicate, 'improveVerb') !== undefined),
    vetoes: DESPITE_VETOES,
    evidence: despiteEvidence,
  },
  {
    id: 'opt-out',
    category: 'opt-out',
    stance: 'protective',
    severity: 'low',
    when: (i) =>
      affirmed(i.predicate, 'optOut') !== undefined &&
      (i.predicate.actor.side === 'customer' || i.predicate.actor.side === 'unknown' || (i.predicate.modal !== undefined && !vendorsOwnRefusal(i) && !vendorMakesCustomerStop(i))) && aboutDataUse(i),
    vetoes: [
      CLAIM_CONTEXT,
      NOT_DATA_OPT_OUT,
      OPT_OUT_EFFECT,
      OPT_OUT_OVERRIDDEN,
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, action(p, 'optOut'), p.ai[0] ?? action(p, 'train', 'use', 'share')],
  },
  {
    id: 'data-control',
    category: 'opt-out',
    stance: 'protective',
    severity: 'low',
    // "You can choose whether your Content is used to train our models", "Each share is opt-in", "You may instruct AWS
    // not to use …": the customer holds a lever over how its data is used.
    when: (i) => {
      const p = i.predicate;
      return holdsLever(i) && usesData(i) &&
        (has(p, 'controlCue', 'offState') || action(p, 'optIn', 'optOut') !== undefined || (p.actor.side === 'customer' && action(p, 'delete') !== undefined && action(p, 'train') !== undefined) ||
          // "Client may ask that Candidate Data not be used for …": the "not" is what the customer may ask for.
          (p.actor.side === 'customer' && instructedNot(p))) &&
        !p.actions.some((a) => a.kind === 'optOut' && a.negated);
    },
    vetoes: [
      // "… may elect to have Lintelworks' Customer Success team prepare … training modules for the Customer's staff":
      // a choice of help for the workforce, not a lever over data (blind86-029).
      CLAIM_CONTEXT, CUSTOMER_RESTRICTION, NOT_DATA_OPT_OUT, OPT_OUT_EFFECT, OPT_OUT_OVERRIDDEN, PEOPLE_TRAINED, ABOUT_PEOPLE,
      {
        // "The Controller shall be responsible for obtaining any consents required by law": the customer must get its
        // own people's consent; that is a duty it bears, not a lever it holds over the vendor.
        // So is "Customer represents and warrants that … it has obtained every consent required …" (blind102-74).
        reason: 'the customer is made responsible for obtaining consents, a duty it bears rather than a choice it holds',
        when: ({ predicate: p, frame }) => p.actor.side === 'customer' && frame.cues.some((c) => c.set === 'dutyCue' || (c.set === 'warrantyCue' && c.start < (action(p, 'optIn')?.start ?? 0))),
      },
      {
        // "Customer shall keep the credentials for the Vantage Console administrator accounts secure" (fresh193a 495-46).
        reason: 'the customer is told to keep something secure, a duty it bears rather than a lever over the vendor\'s use',
        when: ({ predicate: p }) => p.actor.side === 'customer' && has(p, 'securityTerm') && reads(p, p.modal, 'dutyModal'),
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, cue(p, 'controlCue') ?? action(p, 'optIn', 'optOut')],
  },
  {
    id: 'opt-out-condition',
    category: 'opt-out',
    stance: 'protective',
    severity: 'low',
    // "unless you opt out", "if you don't want us to", "only if you opt in": the condition is the customer's lever.
    // An opt-in gates something the clause does: "depending on the features you choose to use, the Service may
    // produce outputs" describes what varies, and gates no use of data. "may use … without further consent" waives
    // the customer's say, so it is no lever.
    when: (i) =>
      i.predicate.conditions.some((c) => c.kind === 'opt-out' || c.kind === 'wish' ||
        (c.kind === 'consent' && c.cue?.set === 'optInVerb' && i.predicate.actions.length > 0 && !consentWaived(i.frame, i.predicate, c) &&
          // Turning a feature on is no lever over the training that comes with it (blind100-137).
          !(c.featureOnly === true && action(i.predicate, 'train') !== undefined && bundledWithFeature(i)))) &&
      aboutDataUse(i),
    vetoes: [CLAIM_CONTEXT, CUSTOMER_RESTRICTION, NOT_DATA_OPT_OUT, ASSIGNMENT_CONSENT],
    evidence: ({ predicate: p }) => [p.conditions.find((c) => c.kind === 'opt-out' || c.kind === 'wish')?.cue],
  },
];
