// Rights the vendor takes over derived data and content: aggregated or de-identified data, usage data, broad licences.
// Pure: rows over the clause frame.
import type { Rule, RuleInput } from '../ruleTypes';
import { action, affirmed, conditionCue, consentGated, cue, customerActs, denied, has, negative, object, optOutGated, positive, purposeLimited, reads } from '../queries';
import { derived, derivedDefined, definesCustomerData, derivedData, safeguarded, aggregatedFirst, liabilityAggregate, MADE_FOR_CUSTOMER, CLASSED_AS_CUSTOMER_DATA, DERIVED_ONLY_IN_ASIDE } from './derivedData';
import { OWN_MODEL } from '../ownModel';
import { USAGE_DATA_AS_SOURCE } from '../developedWith';
import { CUSTOMER_DUTY } from '../customerDuty';
import { CLAIM_CONTEXT, CONTENT_AND_IDENTITY_EXCLUDED, SUPPOSED_USE, CUSTOMER_RESTRICTION, SERVICE_TO_CUSTOMER, DEFINITION_ONLY, HEADING_ONLY, LICENSED_TO_CUSTOMER, THIRD_PARTY_ACTS, CUSTOMER_DATA_CARVED_OUT, isEditingRight, servesCustomerOnly, SCOPE_DENIED, NOT_CLASSED_AS, REMOVAL_DENIED, DUTY_DENIED, SIGNPOSTED, DELETION_REACHES, SUPPLIED_TO_CUSTOMER } from '../vetoes';
import { DESTROYED_WITH_THE_DATA } from './deletedData';
import { LIABILITY_DENIED } from '../liabilityVetoes';
import { PRECEDENCE_ONLY } from '../precedenceVeto';
import { CUSTOMER_EXCLUDES } from '../customerExclusion';
import { CONFIDENTIALITY_DENIED } from '../deniedConfidential';
import { DERIVED_DATA_ON_RECORD } from '../auditVetoes';
import { LICENCE_RECEIVED, namesContent } from '../licenceReceived';

/**
 * The licence runs to the vendor: granted to "us", "Provider" or a company named in its own terms; granted by the
 * customer with no other licensee named; or granted in the passive ("are granted", "is licensed").
 */
const toVendor = ({ predicate: p }: RuleInput): boolean => {
  if (p.recipient) return p.recipient.side === 'vendor' || (p.recipient.side === 'unknown' && p.actor.side === 'customer');
  // "licensed by their publishers": the one named after "by" grants; nothing says the vendor receives.
  if (p.actor.passive && p.actor.cue) return false;
  if (p.actor.side === 'customer') return true;
  // "The chatbot may give inaccurate answers", "Each school licence includes a webinar": with no grantor and no
  // licensee named, only a grant over something of the customer's (not just "answers" or "data") reads as one to
  // the vendor.
  return p.actor.side === 'unknown' && object(p, 'customer-data', 'feedback', 'derived', 'output') !== undefined;
};
/**
 * "Provider grants a licence to use the Software": the vendor granting with no one named receives nothing itself.
 * "Provider may copy, display and modify Customer Content": the vendor's own acts over the customer's data, no grant,
 * are a right the vendor holds, not one it gives.
 */
const fromVendorToCustomer = ({ predicate: p }: RuleInput): boolean =>
  p.recipient?.side === 'customer' || p.recipient?.side === 'third-party' ||
  (p.actor.side === 'vendor' && p.recipient === undefined && p.actions.some((a) => a.kind === 'grant' && !a.negated));

const breadth = ({ predicate: p }: RuleInput): number => p.cues.filter((c) => c.set === 'licenceBreadth' && !reads(p, c, 'commonLicenceTerm')).length;
/** Distinct copyright verbs in the clause ("copy, display, modify, distribute"): a list of three is a licence in all but name. */
const ipRights = ({ predicate: p }: RuleInput): number => new Set(p.cues.filter((c) => c.set === 'ipRightVerb').map((c) => c.text.toLowerCase())).size;
const licensedThing = (i: RuleInput) => object(i.predicate, 'customer-data', 'generic', 'output', 'feedback', 'usage-data') !== undefined || i.predicate.actor.side === 'customer';
/**
 * Broad: perpetual, irrevocable, sublicensable or transferable; rights to publish or adapt; any purpose; or no limit on
 * purpose at all ("a licence to use your Content"). A licence limited to providing the service is the narrow one.
 */
/**
 * "Customer agrees that Provider may use Customer Data … to maintain the Services": a grant with no object of its own
 * is as wide as the permission it agrees to, the clause right after it.
 */
const agreedPermission = ({ predicate: p, frame }: RuleInput) => {
  const next = p.objects.length === 0 ? frame.predicates[frame.predicates.indexOf(p) + 1] : undefined;
  return next !== undefined && next.polarity === 'positive' && next.objects.length > 0 ? next : p;
};
const wide = (i: RuleInput) => {
  const q = agreedPermission(i);
  return breadth(i) >= 1 ||
    cue(q, 'anyPurpose') !== undefined ||
    // "to use, copy and modify … solely to the extent necessary to perform the Services": editing rights kept to serving
    // the customer are the service licence; publishing or sublicensing the content stays wide whatever the purpose.
    q.cues.some((c) => c.set === 'wideUse' && !(servesCustomerOnly(q) && isEditingRight(q, c))) ||
    (!has(q, 'limiter', 'customerServing', 'licenceNarrowing', 'safetyPurpose', 'purposeNamedBefore') && !has(i.frame, 'licenceNarrowing'));
};
/**
 * "… and Customer grants Corvana a licence to do so", "… may use it to improve its products", "provided that such data
 * is aggregated …, does not identify Customer and is not used to train any model": a right over derived data alone,
 * under the safeguard that keeps it anonymous and out of training, is the derived-data right the safeguard answers,
 * not a licence to the content nor an improvement use of it.
 */
export const SAFEGUARDED_DERIVED_ONLY = {
  reason: 'the right covers only derived data, under a proviso that keeps it anonymous and out of model training',
  when: (i: RuleInput) =>
    object(i.predicate, 'derived') !== undefined &&
    i.predicate.objects.every((o) => !CONTENT_KINDS.has(o.kind) || (o.kind === 'customer-data' && namedAsSource(i.predicate, o.start))) &&
    safeguarded(i),
};
const CONTENT_KINDS: ReadonlySet<string> = new Set(['customer-data', 'output', 'feedback', 'usage-data']);
/** "aggregated information from Your Content": the customer's data named as what the derived data is made from. */
const namedAsSource = (p: RuleInput['predicate'], at: number) =>
  p.cues.some((c) => c.set === 'preposition' && c.text.toLowerCase() === 'from' && c.end < at && at - c.end <= 2);
/** Customer content named inside a usage-data definition (its own defined term aside). */
// "… and Service Data shall not constitute Customer Data": the customer's data named only to be kept apart is not swept in.
// "…, not including the content of Customer Data": a definition's own exclusion reaches a few words on, and along a list
// of what it leaves out ("does not contain the content of any Call Recording or Transcript or any Customer Information").
const classedApart = (p: RuleInput['predicate'], at: number) =>
  p.cues.some((c) => c.end <= at && ((c.set === 'notClassedAs' && at - c.end <= 5) || (c.set === 'leftOutOfTerm' && at - c.end <= 100 && !reincluded(p, c.end, at))));
/** "excluding billing records, but including any Customer Content": words that put data back in after an exclusion. */
const reincluded = (p: RuleInput['predicate'], from: number, at: number) =>
  p.cues.some((c) => c.start >= from && c.start < at && c.set === 'preposition' && c.text.toLowerCase() === 'including');
const sweptContent = (p: RuleInput['predicate']) => p.objects.find((o) => o.kind === 'customer-data' && o.set === 'customerDataTerm' && !classedApart(p, o.start));
/**
 * '"Service Data" means telemetry …, together with any data derived from Bank Data': data made from the customer's, by
 * the contract's own name for it, swept into the vendor's usage data. The term defined must be the usage data itself,
 * and nothing may exclude the limb ("… but does not include any data derived from Customer Data").
 */
const sweptDerived = (p: RuleInput['predicate']) => {
  const means = cue(p, 'definitionCue');
  if (!means || !p.objects.some((o) => o.kind === 'usage-data' && o.end <= means.start)) return undefined;
  const excluded = (at: number) => p.cues.some((c) => c.start > means.end && c.start < at && (c.set === 'negator' || c.set === 'negatingVerb' || c.set === 'exceptionOpener'));
  return p.objects.find(
    (o) =>
      o.kind === 'customer-data' && o.start > means.end && !excluded(o.start) &&
      p.cues.some((m) => m.set === 'madeFromData' && m.end <= o.start && o.start - m.end <= 5),
  );
};
const swept = (p: RuleInput['predicate']) => sweptContent(p) ?? sweptDerived(p);
/**
 * "may use those statistics only to operate, secure and report on the Services": derived data kept to serving the
 * customer. Without "only", so is "may use Customer Materials, Project Data and Usage Data to operate and maintain the
 * Platform": the customer's own data named beside the derived data, the purpose stated is the whole of the use (449 § 3.4).
 */
const SERVING_ONLY = {
  reason: 'the derived data may be used only to run, secure or report on the service, which serves the customer',
  when: ({ predicate: p }: RuleInput) =>
    reads(p, p.modal, 'permissionModal') && affirmed(p, 'use') !== undefined && affirmed(p, 'share') === undefined &&
    (has(p, 'limiter') || p.objects.some((o) => o.kind === 'customer-data' && !p.objects.some((u) => u.kind === 'usage-data' && u.start === o.start))) &&
    has(p, 'customerServing', 'safetyPurpose') && !has(p, 'vendorEnds', 'anyPurpose', 'improveVerb', 'trainVerb'),
};

/** "shall give each Candidate the notice set out in …": a bare "give" whose thing given, a few words on, is a notice. */
const givesNotice = ({ predicate: p }: RuleInput): boolean => {
  const grants = p.actions.filter((a) => a.kind === 'grant' && !a.negated);
  const notice = cue(p, 'noticeGiven');
  // "shall give Contractor notice … before releasing such material": the thing given is the notice, the first thing
  // named after "give"; data named later in the sentence is not given.
  const nothingGivenFirst = (a: { readonly end: number }) => notice !== undefined && !p.objects.some((o) => o.kind !== 'vendor-material' && o.start > a.end && o.start < notice.start);
  return notice !== undefined && grants.length > 0 &&
    grants.every((a) => reads(p, a, 'grantVerb') && !reads(p, a, 'authoriseVerb') && notice.start > a.end && notice.start - a.end <= 30 && nothingGivenFirst(a) && !has(p, 'licenceBreadth')) &&
    !p.actions.some((a) => a.kind === 'grant' && !a.negated && !reads(p, a, 'grantVerb'));
};

/**
 * "In consideration of the license granted hereunder, Licensee shall pay …": a grant named inside a consideration phrase
 * (no party and no modal between the opener and it) is what the payment buys, cited from elsewhere. "In consideration of
 * the Fees, Customer grants Provider a licence" names the grantor first: that grant is made here.
 */
const CITED_AS_CONSIDERATION = {
  reason: 'the licence is named as what a payment buys ("in consideration of the licence granted hereunder"), not granted here',
  when: ({ predicate: p, frame }: RuleInput): boolean => {
    const grants = p.actions.filter((a) => a.kind === 'grant' && !a.negated);
    return grants.length > 0 && grants.every((a) => frame.cues.some((o) => o.set === 'considerationOpener' && o.end <= a.start &&
      !frame.cues.some((c) => CLAUSE_STARTERS.has(c.set) && c.start >= o.end && c.end <= a.start)));
  },
};
/** A party or a modal between the consideration phrase and the grant starts the clause that grants. */
const CLAUSE_STARTERS = new Set<string>(['customerRole', 'customerYou', 'docCustomer', 'vendorRole', 'vendorWe', 'docVendor', 'providerName', 'modal']);

/**
 * "You represent that you have all rights needed to grant us the license in Section 4.1": the capacity to grant is
 * warranted; the licence it names (a few words on) is granted in the clause cited. A grant elsewhere in the sentence
 * ("… and you grant us a licence to use it for any purpose") is still a grant.
 */
const CAPACITY_WARRANTED = {
  reason: 'the customer warrants it has the rights to grant a licence made elsewhere; it grants nothing here',
  when: ({ predicate: p, frame }: RuleInput): boolean => {
    const capacity = frame.cues.filter((c) => c.set === 'capacityToGrant');
    const grants = p.actions.filter((a) => a.kind === 'grant' && !a.negated);
    if (capacity.length > 0 && grants.length > 0 && grants.every((a) => capacity.some((c) => a.start >= c.start && a.start - c.end <= 30))) return true;
    // "Customer warrants that it has the right to upload the Customer Data and to grant the licences in clause 4.2": the
    // warranted right reaches the grant through a list of what the customer may do (audit214, 469 § 10.3 was rewritten).
    const warranty = frame.cues.find((c) => c.set === 'warrantyCue');
    const right = frame.cues.find((c) => c.set === 'modal' && c.text.toLowerCase().endsWith('right to') && warranty !== undefined && c.start > warranty.end);
    // "you automatically grant, and you represent and warrant that you have the right to grant, to us …" grants first.
    const grantedFirst = warranty !== undefined && frame.cues.some((c) => c.set === 'grantVerb' && c.end <= warranty.start);
    return p.actor.side === 'customer' && right !== undefined && !grantedFirst && grants.length > 0 && grants.every((a) => a.start > right.end);
  },
};

const LICENCE_VETOES = [
  DEFINITION_ONLY,
  LICENCE_RECEIVED,
  SIGNPOSTED,
  SAFEGUARDED_DERIVED_ONLY,
  CITED_AS_CONSIDERATION,
  CAPACITY_WARRANTED,
  {
    // "Any change to Section 5 that expands Brightwork's rights to use Customer Data will apply only if Customer
    // accepts it": the rights are what a change might do, named in the subject; the sentence gates the change.
    reason: 'the rights are named only in the subject, as what a change might add, and the sentence makes that change need the customer’s acceptance',
    when: (i: RuleInput) => {
      const changes = i.frame.cues.filter((c) => c.set === 'changeToTerms');
      const grants = i.predicate.actions.filter((a) => a.kind === 'grant');
      return consentGated(i) && grants.length > 0 && grants.every((a) => changes.some((c) => a.start > c.end && a.start - c.end <= 80));
    },
  },
  { reason: 'what is given is a notice to someone, not a right over data', when: givesNotice },
  {
    // "Customer shall ensure that it holds all performance rights and licences required": licences the customer must
    // hold from others, a duty it bears; nothing is granted to the vendor.
    reason: 'the customer is made responsible for holding licences of its own, which grants the vendor nothing',
    when: ({ predicate: p, frame }: RuleInput) => p.actor.side === 'customer' && p.recipient === undefined && frame.cues.some((c) => c.set === 'dutyCue'),
  },
  {
    // "… and Client may withdraw that permission at any time": the customer takes a right back.
    reason: 'a permission the customer withdraws is a right taken back, not one granted',
    when: ({ predicate: p }: RuleInput) => {
      const grants = p.actions.filter((a) => a.kind === 'grant' && !a.negated);
      const withdrawn = p.cues.filter((c) => c.set === 'grantWithdrawn');
      // "withdraw the licence granted in § 4(a)": the participle after it names the grant taken back.
      const takenBack = (a: { start: number; end: number; text: string }) =>
        withdrawn.some((w) => (w.start <= a.start && a.end <= w.end) || (a.start >= w.end && a.start - w.end <= 2 && a.text.toLowerCase() === 'granted'));
      return grants.length > 0 && grants.every(takenBack);
    },
  },
  {
    // "Covered Entity authorizes Vendor to de-identify PHI in accordance with …": an authority to make derived data,
    // which the derived-data rules read; it grants no right to use the data itself.
    reason: 'an authority only to de-identify, anonymise or aggregate the data is no licence to use it',
    when: ({ predicate: p }: RuleInput) => object(p, 'derived') !== undefined && p.actions.length > 0 && p.actions.every((a) => a.kind === 'grant' && reads(p, a, 'authoriseVerb')),
  },
  {
    // "The Client agrees that the Supplier shall not use Client Content …": the agreement carries what follows it.
    reason: 'agreeing that the vendor shall not do something grants nothing',
    when: ({ predicate: p, frame }: RuleInput) => {
      const next = frame.predicates[frame.predicates.indexOf(p) + 1];
      return p.objects.length === 0 && p.actions.filter((a) => a.kind === 'grant').every((a) => reads(p, a, 'agreementVerb')) && next?.polarity === 'negative';
    },
  },
  {
    // "You agree that Acme may process your data as described in our Privacy Policy and for no other purpose."
    reason: 'agreeing that the vendor may use the data only for a limited purpose grants no broad licence',
    when: ({ predicate: p, frame, paragraph }: RuleInput) => {
      const next = frame.predicates[frame.predicates.indexOf(p) + 1];
      return p.objects.length === 0 && p.actions.filter((a) => a.kind === 'grant').every((a) => reads(p, a, 'agreementVerb')) &&
        next !== undefined && purposeLimited({ frame, predicate: next, paragraph });
    },
  },
  {
    // "The Developer agrees that all materials it prepares shall be the exclusive property of the Client."
    reason: 'agreeing that what is made belongs to the customer licenses nothing to the vendor',
    when: ({ predicate: p, frame }: RuleInput) => {
      const next = frame.predicates[frame.predicates.indexOf(p) + 1];
      return p.objects.length === 0 && p.actions.filter((a) => a.kind === 'grant').every((a) => reads(p, a, 'agreementVerb')) &&
        next?.owner?.side === 'customer' && next.actions.some((a) => a.kind === 'own' && !a.negated);
    },
  },
  CUSTOMER_DATA_CARVED_OUT,
  HEADING_ONLY,
  CUSTOMER_RESTRICTION,
  CLAIM_CONTEXT,
  {
    reason: 'a licence to names, logos or trade marks is a publicity right, not a right over data',
    // Content named as such is more than the brand ("… licence to … publish … that Practice Content, including patient
    // testimonials, smile gallery photographs …", blind87-009).
    when: ({ predicate: p, frame }: RuleInput) => has(frame, 'brandAssets') && object(p, 'customer-data', 'output', 'usage-data') === undefined && !namesContent(p),
  },
  { reason: 'the licence runs from the vendor to the customer or to someone else, not to the vendor', when: fromVendorToCustomer },
  {
    // "grants Processor general authorisation to engage Sub-processors", "The Customer authorises the following
    // sub-processors" (audit62, 174): the grant permits an act or approves parties; it licenses no data.
    reason: 'an authorisation to engage or appoint others permits an act; it licenses no data',
    when: ({ predicate: p }: RuleInput) => (has(p, 'permissionToAct') || (has(p, 'authoriseVerb') && has(p, 'subprocessor') && object(p, 'generic') === undefined)) && object(p, 'customer-data', 'output', 'feedback', 'usage-data') === undefined,
  },
];

export const DATA_RIGHTS_RULES: readonly Rule[] = [
  {
    id: 'aggregated-data-safeguarded',
    category: 'aggregated-data',
    stance: 'protective',
    severity: 'low',
    // "may use statistics only after irreversible anonymisation, and shall not attempt to re-identify": a safeguard.
    when: (i) => derived(i) !== undefined && derivedData(i) && safeguarded(i),
    vetoes: [CUSTOMER_RESTRICTION, CLAIM_CONTEXT],
    evidence: ({ predicate: p, frame }) => [object(p, 'derived'), cue(p, 'limiter'), cue(frame, 'deidentificationSafeguard')],
  },
  {
    id: 'aggregated-data',
    category: 'aggregated-data',
    stance: 'risk',
    severity: (i) => (cue(i.predicate, 'anyPurpose', 'openEnded') ? 'high' : 'medium'),
    when: (i) =>
      (derived(i) !== undefined || aggregatedFirst(i)) && positive(i) && !liabilityAggregate(i) && derivedData(i) && !safeguarded(i) &&
      (affirmed(i.predicate, 'use', 'retain', 'own', 'share', 'improve', 'train', 'grant') !== undefined || (i.predicate.modal !== undefined && i.predicate.actions.length === 0)),
    vetoes: [
      DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, HEADING_ONLY, THIRD_PARTY_ACTS, SERVING_ONLY, SERVICE_TO_CUSTOMER, DELETION_REACHES, SUPPOSED_USE, PRECEDENCE_ONLY, CUSTOMER_EXCLUDES, MADE_FOR_CUSTOMER, CLASSED_AS_CUSTOMER_DATA, DERIVED_ONLY_IN_ASIDE,
      // "Client shall ensure that … production Client Data is masked or pseudonymised before being loaded into test
      // environments": the customer's own duty to strip its data gives the vendor no derived data (audit199, 448 § 5.2).
      // Only a duty said with a modal: "We also aggregate … Personal Data so that it no longer identifies you" is the
      // vendor's own practice, whoever the reading takes to act.
      { ...CUSTOMER_DUTY, when: (i: RuleInput) => i.predicate.modal !== undefined && CUSTOMER_DUTY.when(i) },
      // "may use Customer Data to train the models … for Customer's account, provided that such data is pseudonymized":
      // pseudonymised data kept for the customer's own model is no derived data of the vendor's.
      OWN_MODEL,
      SUPPLIED_TO_CUSTOMER,
      DESTROYED_WITH_THE_DATA,
      DERIVED_DATA_ON_RECORD,
      {
        // "grants Company a licence to use, copy, aggregate and modify Machine Data solely to provide the Service to
        // Customer": aggregating is one of the licence's rights, and the licence is kept to serving the customer.
        reason: 'aggregating the data is a right of a licence kept to serving the customer',
        when: ({ predicate: p }: RuleInput) => servesCustomerOnly(p) && p.actions.some((a) => a.kind === 'grant' && !a.negated),
      },
      {
        // "authorizes Vendor to de-identify PHI …, and Vendor shall not thereafter use or disclose such de-identified
        // information": data made and then barred from any use in the same sentence gives the vendor nothing.
        reason: 'the derived data made here is barred from use by the same sentence',
        when: ({ predicate: p, frame }: RuleInput) =>
          p.actions.every((a) => a.kind === 'grant') &&
          frame.predicates.some((q) => q !== p && q.start > p.start && q.polarity === 'negative' && denied(q, 'use', 'share') !== undefined),
      },
      {
        // "shall implement the technical and organisational measures, including pseudonymisation …, encryption …":
        // de-identifying the data among the measures that protect it is a safeguard, not a right to derived data.
        reason: 'de-identification named among the security measures the party must take',
        when: ({ predicate: p, frame }: RuleInput) =>
          !p.purposes.some((c) => c.set === 'vendorEnds' || c.set === 'anyPurpose') && p.actions.every((a) => a.kind === 'use') &&
          (has(p, 'securityMeasure', 'securityTerm') || has(frame, 'securityMeasure')),
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, action(p, 'use', 'retain', 'own', 'share'), object(p, 'derived'), cue(p, 'anyPurpose')],
  },
  {
    id: 'aggregated-data-limited',
    category: 'aggregated-data',
    stance: 'protective',
    severity: 'low',
    when: (i) => derived(i) !== undefined && negative(i) && !liabilityAggregate(i) && !customerActs(i) && derivedData(i),
    vetoes: [CLAIM_CONTEXT, DEFINITION_ONLY, SCOPE_DENIED, NOT_CLASSED_AS, CONFIDENTIALITY_DENIED, REMOVAL_DENIED, DUTY_DENIED, LIABILITY_DENIED, PRECEDENCE_ONLY],
    evidence: ({ predicate: p }) => [p.negation, object(p, 'derived')],
  },
  {
    id: 'aggregated-carve-out',
    category: 'aggregated-data',
    stance: 'risk',
    severity: 'medium',
    // "will not use Customer Content for any purpose other than to (a) provide the Services and (b) publish aggregated,
    // de-identified information derived from it": the exception that reopens the ban is a right over derived data. An
    // exception that only names a state ("will not disclose User Data unless it is aggregated") stays the ban.
    when: ({ predicate: p, frame }) =>
      p.polarity === 'negative' && p.actor.side !== 'customer' && object(p, 'customer-data', 'output') !== undefined &&
      p.conditions.some((c) => c.opener?.set === 'exceptionOpener') && conditionCue(frame, p, 'derivedData') !== undefined &&
      conditionCue(frame, p, 'useVerb', 'shareVerb', 'wideUse') !== undefined,
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT],
    evidence: ({ predicate: p, frame }) => [p.actor.cue, p.negation, p.conditions[0]?.opener, conditionCue(frame, p, 'derivedData')],
  },
  {
    id: 'usage-data-grant',
    category: 'aggregated-data',
    stance: 'risk',
    severity: 'medium',
    when: ({ predicate: p }) =>
      p.polarity === 'positive' && object(p, 'usage-data') !== undefined && p.actor.side !== 'customer' &&
      // "features developed or created by our systems" describes the features (a relative): nobody develops with the data.
      // "Output may not be unique" says outputs may resemble others'; it owns nothing.
      (p.actions.some((a) => (a.kind === 'own' || a.kind === 'improve' || a.kind === 'train') && a === affirmed(p, a.kind) && !a.relative && !reads(p, a, 'outputSimilarity')) ||
        (cue(p, 'anyPurpose', 'vendorEnds') !== undefined && affirmed(p, 'use', 'share', 'retain') !== undefined)),
    vetoes: [
      DEFINITION_ONLY,
      CUSTOMER_RESTRICTION,
      CLAIM_CONTEXT,
      // "… may use Customer Data and Usage Data to train …, but only if Customer has first opted in": the customer's
      // consent gates the use of usage data as much as the use of its content.
      { reason: 'the use waits for the customer\'s opt-in', when: (i) => consentGated(i) && !optOutGated(i) },
      CONTENT_AND_IDENTITY_EXCLUDED,
      USAGE_DATA_AS_SOURCE,
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'own', 'use', 'improve'), object(p, 'usage-data'), cue(p, 'anyPurpose', 'vendorEnds')],
  },
  {
    id: 'broad-licence',
    category: 'broad-license',
    stance: 'risk',
    severity: (i) => (breadth(i) >= 2 ? 'high' : 'medium'),
    when: (i) => positive(i) && affirmed(i.predicate, 'grant') !== undefined && toVendor(i) && wide(i) && licensedThing(i),
    vetoes: LICENCE_VETOES,
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'grant'), p.recipient?.cue, cue(p, 'licenceBreadth'), cue(p, 'wideUse', 'anyPurpose'), object(p, 'customer-data', 'generic', 'output', 'feedback')],
  },
  {
    id: 'copyright-uses',
    category: 'broad-license',
    stance: 'risk',
    severity: 'medium',
    // "Provider may copy, display, modify and distribute Customer Content": the rights of a licence without the word.
    when: (i) =>
      positive(i) && ipRights(i) >= 3 && object(i.predicate, 'customer-data', 'generic', 'output') !== undefined &&
      (i.predicate.actor.side === 'vendor' || i.predicate.actor.side === 'unknown') && wide(i) && cue(i.predicate, 'limiter') === undefined,
    vetoes: [
      DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, LICENSED_TO_CUSTOMER,
      {
        // "Saltmarsh grants You a … licence … to use, reproduce, distribute … the Kestrel Materials": the rights are
        // granted to the customer, whatever the vendor is called; copyright verbs in a licence received are no risk.
        reason: 'the rights are granted to the customer, not taken by the vendor',
        // The customer named by its own word ("You", "Customer"): between two bare names the sides are a guess.
        when: ({ predicate: p }) =>
          p.actor.side === 'vendor' && p.recipient?.side === 'customer' && reads(p, p.recipient.cue, 'customerYou', 'customerRole', 'docCustomer') && affirmed(p, 'grant') !== undefined,
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, cue(p, 'ipRightVerb'), cue(p, 'wideUse'), object(p, 'customer-data', 'generic', 'output')],
  },
  {
    id: 'licence-to-vendor',
    category: 'broad-license',
    stance: 'neutral',
    severity: 'low',
    // A licence limited to running the service is the licence the vendor needs; the lawyer checks its limits.
    when: (i) =>
      positive(i) && licensedThing(i) &&
      ((affirmed(i.predicate, 'grant') !== undefined && toVendor(i) && has(i.predicate, 'grantVerb')) || (ipRights(i) >= 3 && i.predicate.actor.side !== 'customer')),
    vetoes: LICENCE_VETOES,
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'grant') ?? cue(p, 'ipRightVerb'), p.recipient?.cue, cue(p, 'limiter', 'customerServing')],
  },
  {
    id: 'derived-data-defined',
    category: 'aggregated-data',
    stance: 'neutral',
    severity: 'low',
    // '"Aggregated Insights" means statistical information derived from Customer Data …': the definition says what the
    // vendor's derived pool is made of; the clauses that grant it are elsewhere, and the lawyer reads both.
    when: ({ predicate: p, frame }) => frame.isDefinition && derivedDefined(p) !== undefined && !definesCustomerData(p),
    vetoes: [CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [cue(p, 'definitionCue'), derivedDefined(p)],
  },
  {
    id: 'usage-data-sweep',
    category: 'aggregated-data',
    stance: 'risk',
    severity: 'high',
    // '"Usage Data" means … including the prompts Users enter': content swept into data the vendor treats as its own.
    when: ({ predicate: p }) => has(p, 'definitionCue') && (has(p, 'docUsageData') || has(p, 'usageData')) && swept(p) !== undefined,
    vetoes: [
      {
        // '"Sub-processor" means any third party … that processes Customer Data or Interaction Data', '"Confidential
        // Information" … includes Customer Data and Interaction Data': the term defined is no usage data, so nothing is
        // swept into the vendor's own (audit70, 201 §§ 1.7, 4.4 lost the customer's own call data from both).
        reason: 'the term defined is not usage data; the data it names is what it covers',
        when: ({ predicate: p }) => {
          const defined = cue(p, 'definitionCue');
          const before = (c: { readonly end: number }) => defined !== undefined && c.end <= defined.start;
          return (
            defined !== undefined &&
            !p.objects.some((o) => o.kind === 'usage-data' && before(o)) &&
            !p.cues.some((c) => (c.set === 'usageData' || c.set === 'docUsageData') && before(c))
          );
        },
      },
      {
        // '"Client Data" means all data uploaded by Client, including … event streams': the term defined is the
        // customer's own data; the usage words listed inside it are part of that data, swept into nothing of the vendor's.
        reason: 'the term defined is the customer’s own data; what it lists stays the customer’s',
        when: ({ predicate: p }) => {
          const defined = cue(p, 'definitionCue');
          const term = defined && p.objects.filter((o) => o.end <= defined.start);
          return term !== undefined && term.length > 0 && term.every((o) => o.kind === 'customer-data');
        },
      },
    ],
    evidence: ({ predicate: p }) => [cue(p, 'docUsageData', 'usageData'), swept(p)],
  },
];
