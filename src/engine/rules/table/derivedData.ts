// Derived data in a clause: whether its aggregated or de-identified data is data at all, and whether a safeguard
// (anonymisation with a ban on re-identification or on training) keeps it. Pure: queries over the clause frame.
import type { Condition, Cue, Predicate } from '../../reading/frame';
import type { RuleInput } from '../ruleTypes';
import { CUSTOMER_WORD_SETS } from '../customerWords';
import { affirmed, cue, has, object, reads } from '../queries';

export const derived = (i: RuleInput) => object(i.predicate, 'derived');
/**
 * After "means": a derived-data word that is not the kind of a model ("statistical learning algorithms", "statistical
 * and machine-learning models" are AI, not data), in a definition that names the data it comes from ("derived from
 * Customer Data"); a statistic named with no data ("the Bureau of Labor Statistics") defines no derived data.
 */
export const derivedDefined = (p: Predicate): Cue | undefined => {
  const means = cue(p, 'definitionCue');
  if (means === undefined || !p.objects.some((o) => o.kind !== 'derived' && o.kind !== 'vendor-material' && o.start >= means.end)) return undefined;
  return (
    p.objects.find((o) => o.kind === 'derived' && o.start >= means.end && !p.ai.some((a) => a.start > o.end && a.start - o.end <= 25)) ??
    // '"De-identified Data" means data derived from Subscriber Content …': the term defined names derived data, and its
    // meaning names the data it is made from (228).
    // Not where the meaning is models ('"Pooled Insights" means the models that Halden trains on Customer Data').
    (p.objects.some((o) => (o.kind === 'customer-data' || o.kind === 'usage-data') && o.start >= means.end) && !p.ai.some((a) => a.start >= means.end)
      ? p.objects.find((o) => o.kind === 'derived' && o.end <= means.start)
      : undefined)
  );
};
/** The term defined (before "means") is the customer's own data. */
export const definesCustomerData = (p: Predicate): boolean => {
  const means = cue(p, 'definitionCue');
  const term = means && p.objects.filter((o) => o.end <= means.start);
  return term !== undefined && term.length > 0 && term.every((o) => o.kind === 'customer-data');
};
/**
 * "anonymised, aggregated participation figures", "aggregated booking trends": what aggregation yields, named within a
 * few words after the aggregating word, is data even without a data word; the words between may be a list of what is
 * measured ("aggregated sales, attendance and pricing metrics", blind86).
 */
const MEASURE_REACH = 45;
const measureAfter = (frame: RuleInput['frame'], o: Cue): boolean =>
  frame.cues.some((c) => c.set === 'aggregateMeasure' && c.start > o.end && c.start - o.end <= MEASURE_REACH);
/** Aggregation of data (not of service credits or hours): a data word beside it, or statistics themselves. */
export const derivedData = (i: RuleInput) =>
  object(i.predicate, 'customer-data', 'usage-data', 'generic', 'output') !== undefined ||
  i.predicate.objects.some((o) => o.kind === 'derived' && (reads(i.frame, o, 'statisticalData') || measureAfter(i.frame, o)));
/**
 * "We may use De-identified Data to publish research, and may continue to do so after the term, provided that such
 * data is aggregated … and is not used to train any model": a proviso closing the sentence qualifies every clause of
 * the same actor before it, not only the last one.
 */
const closingProvisos = ({ predicate: p, frame }: RuleInput) => {
  // The grants of the same actor coordinated after this one ("…, and may retain …, provided that …"); a duty or ban
  // after the proviso ("…, and that Provider shall not transfer …") does not end it.
  const grants = frame.predicates.filter((q) => q.start > p.start && q.actor.side === p.actor.side && q.polarity === 'positive');
  const last = grants[grants.length - 1];
  const closing = last ? last.conditions.filter((c) => !frame.predicates.some((q) => q.start > c.start && q.polarity === 'positive')) : [];
  // "Customer's De-identified Data will be included in the Index and Customer will receive benchmark reports, provided
  // that such data is aggregated …" (audit221, 485 Item 9): a proviso that closes the sentence, whoever's clause it
  // follows, qualifies it whole.
  const final = frame.predicates[frame.predicates.length - 1];
  // (Not a customer's authorisation before the vendor's own grant: the proviso there is the grant's.)
  const sentenceProviso = final && final !== p && p.actor.side !== 'customer' ? final.conditions.filter((c) => c.opener?.text.toLowerCase().startsWith('provided') && frame.end - c.end <= 2) : [];
  return [...p.conditions, ...closing, ...sentenceProviso];
};
/**
 * "…provided that such data does not identify Customer and is not used to train any model": a proviso that keeps the
 * derived data anonymous and out of model training is the safeguard itself, not a condition of the vendor's choosing.
 */
const safeguardProviso = (i: RuleInput): boolean =>
  closingProvisos(i).some((c) => {
    const { frame } = i;
    const inside = (set: string) => frame.cues.some((k) => k.set === set && k.start >= c.start && k.end <= c.end);
    return c.opener?.set === 'conditionOpener' && inside('deidentificationSafeguard') && inside('trainVerb') && (inside('negator') || inside('negDeterminer'));
  });
/**
 * "…only if (a) the method is documented, …, and (d) Provider prohibits every recipient from attempting to re-identify
 * it": use that waits on conditions which forbid re-identification is the safeguard, not a free right.
 */
const gatedOnReidentificationBan = ({ predicate: p, frame }: RuleInput): boolean =>
  p.conditions.some((c) => {
    const inside = (...sets: string[]) => frame.cues.some((k) => sets.includes(k.set) && k.start >= c.start && k.end <= c.end);
    return c.opener?.set === 'conditionOpener' && inside('deidentificationSafeguard') && inside('negatingVerb', 'negator');
  });
export const safeguarded = (i: RuleInput) =>
  has(i.frame, 'deidentificationSafeguard') && (has(i.predicate, 'limiter') || safeguardProviso(i) || gatedOnReidentificationBan(i));
/**
 * "may disclose User Data if it is aggregated with other data": the data is used once it is aggregated. "whether or
 * not such improvements were developed using Service Data" gates nothing: it says the rest holds either way (293 § 2.3,
 * an IP reservation, was rewritten into a clause on statistics).
 */
/** "whether or not …": a concession, which gates nothing. */
const whetherAside = (c: Condition): boolean => c.opener?.text.toLowerCase().startsWith('whether') === true;
export const aggregatedFirst = ({ predicate: p, frame }: RuleInput): boolean =>
  p.conditions.some((c) => c.opener?.set === 'conditionOpener' && !whetherAside(c) &&
    frame.cues.some((k) => k.set === 'derivedData' && k.start >= c.start && k.end <= c.end));
/**
 * "liability … for any loss … of Buyer Data shall not exceed £3,000,000 in aggregate": the only derived-data word is the
 * arithmetic phrase itself, whatever data the sentence names (289 § 4.2 was rewritten into a clause on statistics).
 */
const arithmeticOnly = ({ predicate: p, frame }: RuleInput): boolean => {
  const sums = frame.cues.filter((c) => c.set === 'aggregateNotData');
  const words = p.objects.filter((o) => o.kind === 'derived');
  return words.length > 0 && words.every((o) => sums.some((c) => c.start <= o.start && o.end <= c.end) || sumClosesPhrase(frame, o));
};
/** "shall not exceed £3,000,000 in aggregate, and …": "in aggregate" closing its phrase ("in aggregate form" is data). */
const sumClosesPhrase = (frame: RuleInput['frame'], o: { readonly start: number; readonly end: number }): boolean => {
  const before = frame.text.slice(Math.max(0, o.start - frame.start - 3), o.start - frame.start).toLowerCase();
  const after = frame.text.charAt(o.end - frame.start);
  return before === 'in ' && frame.text.slice(o.start - frame.start, o.end - frame.start).toLowerCase() === 'aggregate' && (after === '' || ',.;)'.includes(after));
};
export const liabilityAggregate = (i: RuleInput) =>
  (has(i.frame, 'aggregateNotData') && !has(i.predicate, 'customerDataTerm', 'docCustomerData', 'usageData')) || arithmeticOnly(i);

/** Characters between the derived-data word and "for" ("Aggregate Reports for", "aggregated statistics for"). */
const FOR_REACH = 16;
/**
 * "The Contractor may prepare Aggregate Reports for the Department using Department Data" (295 § 6.4): derived data
 * made for the customer, with no purpose of the vendor's own, is a service the customer receives, not a right of the
 * vendor's over its data.
 */
export const MADE_FOR_CUSTOMER = {
  reason: 'the derived data is made for the customer, as a service to it, not for the vendor\'s own use',
  when: ({ predicate: p, frame }: RuleInput): boolean =>
    !p.purposes.some((c) => c.set === 'vendorEnds' || c.set === 'anyPurpose') && affirmed(p, 'share', 'train', 'improve', 'own', 'grant') === undefined &&
    p.objects.filter((o) => o.kind === 'derived').some((o) => {
      const forWord = frame.cues.find((c) => c.set === 'forWhom' && c.start >= o.end && c.start - o.end <= FOR_REACH);
      return forWord !== undefined && frame.cues.some((c) => CUSTOMER_WORD_SETS.has(c.set) && c.start > forWord.end && c.start - forWord.end <= 5);
    }),
};

/** Verbs that classify a thing as another: "treat … as", "deemed … as", "regarded as". */
const CLASSING: ReadonlySet<string> = new Set(['treat', 'treats', 'treated', 'deem', 'deems', 'deemed', 'regard', 'regards', 'regarded']);
const CUSTOMER_DATA_SETS: ReadonlySet<string> = new Set(['customerDataTerm', 'docCustomerData']);
/**
 * "must treat any data set produced by de-identifying Department Data as Department Data" (295 § 6.4): derived data
 * classed as the customer's own keeps every protection the customer's data has; it grants the vendor nothing.
 */
export const CLASSED_AS_CUSTOMER_DATA = {
  reason: 'the derived data is classed as the customer\'s own data, which keeps it protected',
  when: ({ predicate: p, frame }: RuleInput): boolean => {
    if (affirmed(p, 'use', 'share', 'train', 'improve', 'grant', 'own', 'retain') !== undefined) return false;
    const words = frame.text.slice(p.start - frame.start, p.end - frame.start).toLowerCase().split(' ');
    if (!words.some((w) => CLASSING.has(w))) return false;
    return frame.cues.some((c) => CUSTOMER_DATA_SETS.has(c.set) && c.start >= p.start && c.end <= p.end &&
      frame.text.slice(Math.max(0, c.start - frame.start - 4), c.start - frame.start).toLowerCase() === ' as ' &&
      p.objects.some((o) => o.kind === 'derived' && o.end <= c.start));
  },
};

/**
 * "retains all right, title and interest in … improvements, whether or not such improvements were developed using
 * Aggregated Data": derived data named only inside a "whether or not" aside is what something else may have come
 * from; the clause gives no right over the data itself (293 § 2.3).
 */
export const DERIVED_ONLY_IN_ASIDE = {
  reason: 'the derived data is named only in a "whether or not" aside about something else',
  when: ({ predicate: p }: RuleInput): boolean => {
    const asides = p.conditions.filter(whetherAside);
    const derivedObjects = p.objects.filter((o) => o.kind === 'derived');
    return asides.length > 0 && derivedObjects.length > 0 && derivedObjects.every((o) => asides.some((c) => c.start <= o.start && o.end <= c.end));
  },
};
