// The data holder's protections in a data-use agreement (`dua` mode): purpose limited to the named model,
// confidentiality, limits on human review, privacy techniques, no re-identification, deletion, an open release of the
// model only, and security. Pure: rows over the clause frame; the words come from vocabulary/dua.ts.
import type { Predicate } from '../../reading/frame';
import type { Rule, RuleInput, Veto } from '../ruleTypes';
import { action, affirmed, cue, denied, has, object, reads } from '../queries';
import { CLAIM_CONTEXT, CUSTOMER_ACTS, DEFINITION_ONLY, HEADING_ONLY } from '../vetoes';
import { openBeyond, sharedData } from './duaRisks';
import { namesOtherModels } from '../../reading/otherModels';

/** A promise: a duty modal, a plain statement ("is pseudonymised"), or a limit; "may apply" is only an option. */
const promised = (p: Predicate): boolean => p.modal === undefined || reads(p, p.modal, 'duaBindingModal') || has(p, 'limiter');

/** The holder's own duties and acts ("The Data Provider will pseudonymise") still protect; only its permissions do not. */
const HOLDER_PERMISSION: Veto = {
  reason: 'a permission of the data holder itself, not a promise by the recipient',
  when: ({ predicate: p }) => p.actor.side === 'customer' && reads(p, p.modal, 'duaOptionModal'),
};

const LIABILITY: Veto = {
  reason: 'a liability clause mentions confidentiality or security only to allocate loss',
  when: ({ frame }) => has(frame, 'liabilityContext') && !has(frame, 'modal'),
};

/** The named model, the named purpose or training itself is what the limit keeps the use to, here or in its exception. */
const namesTheModel = ({ frame }: RuleInput) => has(frame, 'aiNoun', 'aiAcronym', 'duaPurposeTerm', 'trainVerb');

function purposeLimit(input: RuleInput): boolean {
  const p = input.predicate;
  if (sharedData(p) === undefined || !has(p, 'limiter') || !namesTheModel(input)) return false;
  return affirmed(p, 'use', 'train', 'improve', 'retain', 'grant') !== undefined && openBeyond(p) === undefined;
}

/** A ban on using the data beyond its purpose: a limit that must outlive the agreement (see the review's survival list). */
function useDeniedBeyondPurpose(input: RuleInput): boolean {
  const p = input.predicate;
  if (sharedData(p) === undefined) return false;
  // "shall not use the Licensed Data … to train … any other model": no other model, so only the agreement's own.
  if (denied(p, 'use', 'train', 'improve') !== undefined && namesOtherModels(input.frame.text)) return true;
  if (!has(p, 'limiter') || !namesTheModel(input) || affirmed(p, 'use', 'train', 'improve', 'retain', 'grant') !== undefined) return false;
  // "shall not use the Data for any purpose other than the Permitted Purpose"
  return denied(p, 'use', 'train', 'share', 'improve') !== undefined && p.cues.some((c) => c.set === 'limiter' && reads(p, c, 'otherPurposeLimit'));
}

/** A deletion verb that is not "extract": "shall not extract records from the Model" is about re-identification. */
const deletion = (p: Predicate) => p.actions.find((a) => a.kind === 'delete' && !a.negated && !a.inSubject && !reads(p, a, 'extractWord'));

export const DUA_PROTECTION_RULES: readonly Rule[] = [
  {
    id: 'dua-purpose-limited',
    category: 'dua-purpose-limit',
    stance: 'protective',
    severity: 'low',
    when: purposeLimit,
    vetoes: [DEFINITION_ONLY, CUSTOMER_ACTS, CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'use', 'train'), sharedData(p), cue(p, 'limiter'), cue(p, 'duaPurposeTerm', 'trainVerb'), p.ai[0]],
  },
  {
    id: 'dua-use-denied-beyond-purpose',
    category: 'dua-purpose-limit',
    stance: 'protective',
    severity: 'low',
    when: useDeniedBeyondPurpose,
    vetoes: [DEFINITION_ONLY, CUSTOMER_ACTS, CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [p.actor.cue, p.negation, action(p, 'use', 'train'), sharedData(p), cue(p, 'limiter'), p.ai[0]],
  },
  {
    id: 'dua-kept-confidential',
    category: 'dua-confidentiality',
    stance: 'protective',
    severity: 'low',
    // "shall hold the Shared Data in strict confidence", "shall not disclose, publish or sell the Data".
    when: ({ predicate: p }) =>
      p.actor.side !== 'third-party' && sharedData(p) !== undefined &&
      ((p.polarity === 'positive' && has(p, 'duaConfidential') && promised(p)) ||
        denied(p, 'share') !== undefined || (p.polarity === 'negative' && has(p, 'duaPublish')) ||
        (affirmed(p, 'share') !== undefined && has(p, 'duaNeedToKnow'))),
    vetoes: [DEFINITION_ONLY, HEADING_ONLY, CLAIM_CONTEXT, HOLDER_PERMISSION, LIABILITY],
    evidence: ({ predicate: p }) => [p.actor.cue, p.negation, cue(p, 'duaConfidential', 'duaNeedToKnow', 'duaPublish'), action(p, 'share'), sharedData(p)],
  },
  {
    id: 'dua-human-review-limited',
    category: 'dua-human-review-limit',
    stance: 'protective',
    severity: 'low',
    // "No employee of the Developer shall view individual records", "only automated processes may access the Data".
    when: ({ predicate: p }) => has(p, 'duaHumanReview') && (p.polarity === 'negative' || has(p, 'limiter')),
    vetoes: [
      DEFINITION_ONLY,
      CLAIM_CONTEXT,
      { reason: 'the data holder inspecting the recipient is an audit, not a limit on who reads the data', when: ({ predicate: p }) => p.actor.side === 'customer' },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.negation, cue(p, 'limiter'), cue(p, 'duaHumanReview'), sharedData(p)],
  },
  {
    id: 'dua-privacy-technique',
    category: 'dua-privacy-techniques',
    stance: 'protective',
    severity: 'low',
    // "shall train the Model with differential privacy", "The Data Provider will pseudonymise the Data before transfer".
    when: ({ predicate: p }) =>
      p.polarity === 'positive' && promised(p) &&
      (has(p, 'duaPrivacyTechnique') || p.cues.some((c) => c.set === 'derivedData' && !reads(p, c, 'statisticWord'))),
    vetoes: [DEFINITION_ONLY, HEADING_ONLY, CLAIM_CONTEXT, HOLDER_PERMISSION],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, cue(p, 'duaPrivacyTechnique', 'derivedData'), sharedData(p)],
  },
  {
    id: 'dua-no-reidentification',
    category: 'dua-no-reidentification',
    stance: 'protective',
    severity: 'low',
    // "shall not attempt to re-identify any individual", "shall test the Model to prevent it reproducing records".
    when: ({ predicate: p }) => has(p, 'duaReidentify') && (p.polarity === 'negative' || (has(p, 'duaPrevent') && promised(p))),
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT, HOLDER_PERMISSION],
    evidence: ({ predicate: p }) => [p.actor.cue, p.negation, cue(p, 'duaPrevent'), cue(p, 'duaReidentify')],
  },
  {
    id: 'dua-deletion-duty',
    category: 'dua-deletion',
    stance: 'protective',
    severity: 'low',
    // "shall delete the Shared Data within 30 days after training ends and certify it", "shall return or destroy".
    when: ({ predicate: p }) =>
      deletion(p) !== undefined && sharedData(p) !== undefined &&
      (reads(p, p.modal, 'duaBindingModal') || has(p, 'periodUnit', 'endEvent', 'duaProjectEnd') || (p.actor.passive && p.modal === undefined) ||
        (p.actor.side === 'customer' && reads(p, p.modal, 'duaOptionModal'))),
    vetoes: [
      DEFINITION_ONLY,
      CLAIM_CONTEXT,
      { reason: 'the data holder deleting its own copy protects nobody', when: ({ predicate: p }) => p.actor.side === 'customer' && reads(p, p.modal, 'duaBindingModal') },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, deletion(p), sharedData(p), cue(p, 'periodUnit', 'endEvent', 'duaProjectEnd'), cue(p, 'duaCertify')],
  },
  {
    id: 'dua-open-model-release',
    category: 'dua-model-release',
    stance: 'protective',
    severity: 'low',
    // "will release the trained Model under the Apache License, Version 2.0".
    when: ({ predicate: p }) => p.polarity === 'positive' && (p.ai.length > 0 || has(p, 'vendorMaterial')) && has(p, 'duaRelease') && has(p, 'duaOpenLicence'),
    vetoes: [DEFINITION_ONLY, HEADING_ONLY, CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [p.actor.cue, cue(p, 'duaRelease'), p.ai[0], cue(p, 'duaOpenLicence')],
  },
  {
    id: 'dua-security-measures',
    category: 'dua-security',
    stance: 'protective',
    severity: 'low',
    // A named measure stands alone; "secure" or "protect" needs the data.
    when: ({ predicate: p }) =>
      p.polarity === 'positive' && p.actor.side !== 'third-party' && promised(p) &&
      (has(p, 'duaSecurityMeasure') || (has(p, 'duaSecurityWord') && sharedData(p) !== undefined)),
    vetoes: [DEFINITION_ONLY, HEADING_ONLY, CLAIM_CONTEXT, HOLDER_PERMISSION, LIABILITY],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, cue(p, 'duaSecurityMeasure', 'duaSecurityWord'), sharedData(p), object(p, 'customer-data')],
  },
];
