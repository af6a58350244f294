// The customer's paper read for the vendor (`vendor` mode): restrictions that go further than a service can live with
// (risks) and the terms that keep it workable (protections, for the vendor). Pure: rows over the clause frame; the
// words come from vocabulary/vendor.ts and the shared vocabulary.
import type { Cue, Predicate } from '../../reading/frame';
import type { Rule, RuleInput, Veto } from '../ruleTypes';
import { affirmed, cue, customerData, denied, has, object, reads, trainingDenied } from '../queries';
import { CLAIM_CONTEXT, CUSTOMER_RESTRICTION, DEFINITION_ONLY, HEADING_ONLY } from '../vetoes';
import { COMMERCIAL_AUDIT } from '../auditVetoes';

const BASE_VETOES: readonly Veto[] = [DEFINITION_ONLY, HEADING_ONLY, CLAIM_CONTEXT, CUSTOMER_RESTRICTION];

/** The vendor's side acts (or nobody is named): a restriction the vendor must live with. */
const onVendor = ({ predicate: p }: RuleInput) => p.actor.side === 'vendor' || p.actor.side === 'unknown';

/** Words inside an exception ("except …", "other than …") of the clause. */
function inException(p: Predicate, frameCues: readonly Cue[], sets: readonly string[]): Cue | undefined {
  const opened = p.conditions.filter((c) => c.opener?.set === 'exceptionOpener' || c.kind === 'safety' || c.kind === 'customer-serving');
  return frameCues.find((t) => sets.includes(t.set) && opened.some((c) => t.start >= c.start && t.start < c.end));
}

/** Derived data and service statistics; a ban also reaches raw usage data, which the metrics are made from. */
const AGGREGATE_SETS = ['derivedData', 'vendorAggregate'];
const BANNED_SETS = [...AGGREGATE_SETS, 'usageData', 'docUsageData'];
const aggregateWord = (p: Predicate, sets: readonly string[] = AGGREGATE_SETS) => p.cues.find((c) => sets.includes(c.set));
const SERVICE_EXCEPTION_SETS = ['safetyPurpose', 'customerServing'];

/** A model in the strict sense: not "embeddings" or an "AI feature". */
const model = (p: Predicate) => p.ai.find((c) => reads(p, c, 'vendorStrictModel'));
const modelRemedy = (p: Predicate) =>
  p.actions.find((a) => a.kind === 'delete' && !a.negated && !reads(p, a, 'extractWord')) ??
  (p.polarity === 'positive' ? p.cues.find((c) => c.set === 'vendorModelRemedy') : undefined);

const restriction = (i: RuleInput): Cue | undefined => {
  const p = i.predicate;
  if (p.polarity !== 'negative' || (customerData(i) === undefined && object(p, 'generic') === undefined)) return undefined;
  return trainingDenied(i) ?? denied(p, 'use', 'improve', 'share', 'retain');
};
const breadth = (p: Predicate) => cue(p, 'vendorBanBreadth', 'anyPurpose');

export const VENDOR_SIDE_RULES: readonly Rule[] = [
  {
    id: 'vendor-aggregate-banned',
    category: 'vendor-aggregate-ban',
    stance: 'risk',
    severity: 'high',
    // "Supplier shall not create or use aggregated or de-identified data or statistics derived from Customer Data".
    when: (i) => onVendor(i) && i.predicate.polarity === 'negative' && aggregateWord(i.predicate, BANNED_SETS) !== undefined && denied(i.predicate, 'use', 'retain', 'improve', 'share', 'own') !== undefined,
    vetoes: [
      ...BASE_VETOES,
      { reason: 'the aggregated data is what the exception allows', when: ({ predicate: p, frame }) => inException(p, frame.cues, AGGREGATE_SETS) !== undefined },
      { reason: 'the ban leaves running and securing the service open', when: ({ predicate: p, frame }) => inException(p, frame.cues, SERVICE_EXCEPTION_SETS) !== undefined },
      {
        reason: 'only selling or disclosing the aggregates is banned; using them to run the service stays open',
        when: ({ predicate: p }) => denied(p, 'use', 'retain', 'improve', 'own') === undefined,
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.negation, denied(p, 'use', 'retain', 'improve', 'share', 'own'), aggregateWord(p, BANNED_SETS)],
  },
  {
    id: 'vendor-aggregate-allowed',
    category: 'vendor-aggregate-right',
    stance: 'protective',
    severity: 'low',
    // "Supplier may use aggregated, de-identified data to operate and improve the Services", or a ban that excepts it.
    when: (i) => {
      const p = i.predicate;
      if (p.polarity === 'negative') return inException(p, i.frame.cues, AGGREGATE_SETS) !== undefined;
      return aggregateWord(p) !== undefined && onVendor(i) && affirmed(p, 'use', 'retain', 'improve', 'own', 'grant') !== undefined;
    },
    vetoes: BASE_VETOES,
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, affirmed(p, 'use', 'retain', 'improve', 'own', 'grant'), aggregateWord(p)],
  },
  {
    id: 'vendor-models-to-delete',
    category: 'vendor-model-deletion',
    stance: 'risk',
    severity: ({ predicate: p }) => (has(p, 'vendorPriorModel') ? 'high' : 'medium'),
    // "Supplier shall delete or retrain any model trained on Customer Data, including models trained before the Effective Date".
    when: (i) => onVendor(i) && model(i.predicate) !== undefined && modelRemedy(i.predicate) !== undefined,
    vetoes: [
      ...BASE_VETOES,
      { reason: 'models trained before the contract, or not on the customer’s data, are kept out of the remedy', when: ({ predicate: p, frame }) => inException(p, frame.cues, ['vendorPriorModel']) !== undefined },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, modelRemedy(p), model(p), cue(p, 'vendorPriorModel')],
  },
  {
    id: 'vendor-prior-models-kept',
    category: 'vendor-prior-models',
    stance: 'protective',
    severity: 'low',
    // "Nothing requires Supplier to delete or retrain any model trained before the Effective Date."
    when: ({ predicate: p, frame }) =>
      model(p) !== undefined && has(frame, 'vendorPriorModel') &&
      (p.polarity === 'negative' || inException(p, frame.cues, ['vendorPriorModel']) !== undefined || affirmed(p, 'own', 'retain', 'use') !== undefined),
    vetoes: [DEFINITION_ONLY, HEADING_ONLY, CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [p.actor.cue, p.negation, model(p), cue(p, 'vendorPriorModel')],
  },
  {
    id: 'vendor-audit-unlimited',
    category: 'vendor-unlimited-audit',
    stance: 'risk',
    severity: ({ predicate: p }) => (has(p, 'vendorAuditBreadth') ? 'high' : 'medium'),
    // "Customer may audit Supplier's systems and records at any time": no limit of frequency, notice or form.
    when: ({ predicate: p, frame }) => has(p, 'auditTerm') && p.polarity === 'positive' && !has(frame, 'vendorAuditLimit') && p.actor.side !== 'third-party',
    vetoes: [
      DEFINITION_ONLY,
      HEADING_ONLY,
      CLAIM_CONTEXT,
      COMMERCIAL_AUDIT,
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, cue(p, 'auditTerm'), cue(p, 'vendorAuditBreadth')],
  },
  {
    id: 'vendor-audit-limited',
    category: 'vendor-audit-limits',
    stance: 'protective',
    severity: 'low',
    when: ({ predicate: p, frame }) => has(p, 'auditTerm') && p.polarity === 'positive' && has(frame, 'vendorAuditLimit'),
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT],
    evidence: ({ predicate: p, frame }) => [cue(p, 'auditTerm'), cue(frame, 'vendorAuditLimit')],
  },
  {
    id: 'vendor-ban-without-carve-out',
    category: 'vendor-overbroad-no-training',
    stance: 'risk',
    // Any wording of breadth, or a ban that names security work itself, reaches what the service needs to run safely.
    severity: ({ predicate: p }) => (breadth(p) !== undefined ? 'high' : 'medium'),
    // "Supplier shall not use Customer Data to train any model", "shall not process it by any automated means".
    when: (i) => onVendor(i) && restriction(i) !== undefined && (trainingDenied(i) !== undefined || i.predicate.ai.length > 0 || breadth(i.predicate) !== undefined),
    vetoes: [
      ...BASE_VETOES,
      {
        reason: 'the ban leaves room for security, abuse prevention or running the service',
        when: ({ predicate: p, frame }) => inException(p, frame.cues, SERVICE_EXCEPTION_SETS) !== undefined,
      },
    ],
    evidence: (i) => [i.predicate.actor.cue, i.predicate.negation, restriction(i), customerData(i), breadth(i.predicate), i.predicate.ai[0]],
  },
  {
    id: 'vendor-security-carve-out',
    category: 'vendor-security-carve-out',
    stance: 'protective',
    severity: 'low',
    // "… except to detect and prevent abuse, fraud and security threats", or a plain permission to do that work.
    when: (i) => {
      const p = i.predicate;
      if (p.polarity === 'negative') return restriction(i) !== undefined && inException(p, i.frame.cues, ['safetyPurpose']) !== undefined;
      // A permission ("may use … to detect fraud"), not a duty to secure the data, which every contract has.
      return onVendor(i) && reads(p, p.modal, 'vendorRightModal') && affirmed(p, 'use', 'train', 'retain') !== undefined && has(p, 'safetyPurpose') && customerData(i) !== undefined;
    },
    vetoes: BASE_VETOES,
    evidence: ({ predicate: p }) => [p.actor.cue, affirmed(p, 'use', 'train', 'retain') ?? p.negation, cue(p, 'safetyPurpose')],
  },
];
