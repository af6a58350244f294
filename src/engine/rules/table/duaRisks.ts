// Risks of a data-use agreement for the data holder (`dua` mode): use beyond training the named model, disclosure of
// the data itself, and keeping it after training. Training is the purpose here, never the risk. Pure: rows over the
// clause frame; the words come from vocabulary/dua.ts.
import type { Cue, Predicate } from '../../reading/frame';
import type { Rule, RuleInput, Veto } from '../ruleTypes';
import { action, affirmed, consentGated, cue, customerActs, has, object, reads, vendorActs, wordBefore, wordsBefore } from '../queries';
import { CLAIM_CONTEXT, CUSTOMER_ACTS, DEFINITION_ONLY, HEADING_ONLY, ITEM_OF_LISTED_BAN } from '../vetoes';
import { purposesSetElsewhere } from '../../reading/purposeByReference';
import { transferredToPlace } from '../../reading/transferPlace';

/** The shared data in any of its names; "data" alone counts, as the agreement is about nothing else. */
export const sharedData = (p: Predicate) => object(p, 'customer-data', 'generic', 'confidential');

const NEGATING = new Set<string>(['negator', 'negDeterminer', 'negatingVerb']);
const within = (inner: Cue, outer: Cue) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Words of a use beyond the named model that the clause does not close: not inside "for any purpose other than",
 * not after the clause's own "not" ("solely to train the Model and not for any commercial purpose").
 */
export function openBeyond(p: Predicate): Cue | undefined {
  const limits = p.cues.filter((c) => c.set === 'limiter');
  return p.cues.find(
    (c) => (c.set === 'duaBeyond' || c.set === 'anyPurpose') &&
      !limits.some((l) => within(c, l)) &&
      !p.cues.some((n) => NEGATING.has(n.set) && n.start < c.start),
  );
}

/** "except for the Purpose or its internal business purposes": an exception that reopens use beyond the model. */
const beyondException = ({ predicate: p, frame }: RuleInput): Cue | undefined => {
  const opened = p.conditions.filter((c) => c.opener?.set === 'exceptionOpener');
  // "or for any purpose other than those set out in Section 2.1": a purpose with its own "other than" is the limit.
  const limits = frame.cues.filter((c) => c.set === 'otherPurposeLimit');
  return frame.cues.find((t) => (t.set === 'duaBeyond' || t.set === 'anyPurpose') && opened.some((c) => t.start >= c.start && t.start < c.end) &&
    !limits.some((l) => l.start <= t.start && l.end > t.end));
};

// "Developer shall not:" / "(d) upload any part of the Licensed Dataset to a third-party model provider …": an item of the
// ban is one of the things forbidden (audit60, 168 § 2.2(d) was reserved as if it let the data out).
/**
 * "Nothing in this Agreement limits University's right to publish research based on the Licensed Data or to license the
 * Licensed Data to others": the data holder keeps its own freedom; the recipient is given nothing (392 § 7.1 was
 * replaced by a confidentiality duty on the licensee).
 */
const HOLDERS_OWN_RIGHT: Veto = {
  reason: 'the sentence keeps the data holder’s own right to use or license its data; the recipient is given nothing',
  when: ({ predicate: p, frame }) =>
    p.cues.some((c) => {
      if (c.set !== 'docCustomer' && c.set !== 'customerRole') return false;
      const after = frame.text.slice(c.end - frame.start, c.end - frame.start + 12);
      const owned = c.text.endsWith("'s") || c.text.endsWith('’s') ? after : after.startsWith("'s") || after.startsWith('’s') ? after.slice(2) : '';
      return owned.startsWith(' right') || owned.startsWith(' ability') || owned.startsWith(' freedom');
    }),
};
const RECIPIENT_GRANT_VETOES: readonly Veto[] = [DEFINITION_ONLY, HEADING_ONLY, CUSTOMER_ACTS, CLAIM_CONTEXT, ITEM_OF_LISTED_BAN, HOLDERS_OWN_RIGHT];

/**
 * "Sections 2.2, 4.2, Article 6 (for so long as Developer retains any part of the Licensed Dataset) … survive": a
 * survival list whose only data is inside "for so long as … retains …" names the data to measure how long the terms
 * last; no use of it survives (audit60, 168 § 7.6 was rewritten whole).
 */
const DATA_MEASURES_SURVIVAL: Veto = {
  reason: 'the data is named only to measure how long the listed terms survive ("for so long as … retains")',
  when: ({ predicate: p, frame }) => {
    const data = p.objects.filter((o) => o.kind !== 'vendor-material');
    const measures = frame.cues.filter((c) => c.set === 'measuredBy');
    return has(frame, 'surviveVerb') && data.length > 0 && data.every((o) => measures.some((m) => o.start > m.end && o.start - m.end <= 80));
  },
};

const LEGAL_COMPULSION: Veto = {
  reason: 'a disclosure the law compels (a court order, a regulator) is not a right to share the data',
  // The whole sentence: "may disclose … to the extent required by law …, provided that … it … discloses only the
  // minimum required" speaks of the same compelled disclosure in its proviso (agreement 195 § 11.3).
  when: ({ frame }) => frame.cues.some((c) => c.set === 'safetyPurpose' && reads(frame, c, 'duaLegalCompulsion')),
};

/** The first thing named after the verb of publishing is what is published: the model (or its weights), or the data. */
// "may publish the results of its research using the Licensed Dataset": the results are what is published (audit58,
// 160 § 6.5), as the model is.
function publishesTheModel(p: Predicate, verb: Cue): boolean {
  const model = [...p.ai, ...p.cues.filter((c) => c.set === 'vendorMaterial' || c.set === 'duaResults')].filter((c) => c.start >= verb.end);
  const data = p.objects.filter((o) => o.start >= verb.end && (o.kind === 'customer-data' || o.kind === 'generic' || o.kind === 'confidential'));
  const first = (cues: readonly Cue[]) => Math.min(...cues.map((c) => c.start), Number.POSITIVE_INFINITY);
  return model.length > 0 && first(model) < first(data);
}

/**
 * The verb that lets the recipient disclose. "Disclosure" or "publication" as a noun names the act without granting
 * it ("protect the Data against unauthorised disclosure").
 */
/** Words before a participle that make it a verb of its own ("is published", "has been shared"), not a description. */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'gets', 'got']);

/** The words right after a cue in its sentence, lower case: "only in accordance with clause 13.1". */
const wordsAfter = (frame: RuleInput['frame'], c: Cue, count: number): string =>
  frame.text.slice(c.end - frame.start).trim().split(' ').filter((w) => w !== '').slice(0, count).join(' ').toLowerCase();
/** "transferable only in accordance with clause 13.1": a transfer that another clause alone allows. */
const BY_ANOTHER_CLAUSE: ReadonlySet<string> = new Set(['only in accordance', 'only as permitted', 'only under clause', 'only under section']);
/**
 * "a non-exclusive licence, transferable only in accordance with clause 13.1": the transfer is the assignment clause's
 * to allow, not a right to hand the data on (audit71, 208 § 2.1 was replaced by a confidentiality clause).
 */
const TRANSFER_BY_ANOTHER_CLAUSE: Veto = {
  reason: 'the licence passes on only as the assignment clause allows; no one is given the data here',
  when: ({ predicate: p, frame }) => {
    const verb = disclosureVerb(p);
    return verb !== undefined && BY_ANOTHER_CLAUSE.has(wordsAfter(frame, verb, 3));
  },
};
/** Verbs of saying: what follows their "that" is what is said. */
const STATEMENT_VERBS: ReadonlySet<string> = new Set(['state', 'say', 'announce', 'publicise', 'publicize', 'mention', 'disclose', 'acknowledge']);
/**
 * "the Licensee may state in its product documentation that its models have been trained using licensed content": the
 * permission is to say something; the training is what is said (audit71, 208 § 13.2).
 */
const PERMISSION_TO_STATE: Veto = {
  reason: 'the permission is to state a fact about the deal; the use named is what may be said, not a use granted',
  when: ({ predicate: p, frame }) => {
    const modal = p.modal;
    const first = p.actions[0];
    if (modal === undefined || first === undefined || first.start <= modal.end) return false;
    const words = frame.text.slice(modal.end - frame.start, first.start - frame.start).toLowerCase().split(' ');
    return words.some((w) => STATEMENT_VERBS.has(w)) && words.includes('that');
  },
};
/** "store … the Licensed Dataset during the Term": the only end named is the term's, and the right lasts for it. */
const FOR_THE_TERM: ReadonlySet<string> = new Set(['during', 'throughout', 'for']);
const DURING_THE_TERM: Veto = {
  reason: 'the right lasts during the term only; nothing is kept after it',
  when: ({ predicate: p, frame }) =>
    !has(p, 'openEnded', 'afterEnd', 'duaProjectEnd') &&
    p.cues.filter((c) => c.set === 'endEvent').every((c) => c.text.toLowerCase() === 'the term' && FOR_THE_TERM.has(wordBefore(frame, c.start))),
};

/** The words that make data the source of what is derived: "statistics about the Licensed Dataset", "counts of the Data". */
const SOURCE_LINKS: ReadonlySet<string> = new Set(['about', 'of', 'from', 'on', 'regarding', 'concerning', 'the', 'its', 'any', 'derived']);
/**
 * "may compile and publish aggregated statistics about the Licensed Dataset": every mention of the data names the
 * source of the derived thing that is shared (audit68, 200 § 9.3 became a ban on publishing token counts).
 */
function onlyItsSource(p: Predicate, text: string, offset: number): boolean {
  const derived = p.objects.filter((o) => o.kind === 'derived');
  return p.objects.filter((o) => o.kind === 'customer-data').every((data) =>
    derived.some((d) => {
      if (d.end > data.start || data.start - d.end > 24) return false;
      const between = text.slice(d.end - offset, data.start - offset).trim().split(' ').filter((w) => w !== '');
      return between.length > 0 && between.every((w) => SOURCE_LINKS.has(w.toLowerCase()));
    }),
  );
}

const disclosureVerb = (p: Predicate): Cue | undefined => {
  const verb = affirmed(p, 'share') ?? (p.polarity === 'positive' ? cue(p, 'duaPublish') : undefined);
  // "non-transferable", "non-sublicensable": the licence's narrowing denies the transfer it names.
  const narrowed = verb !== undefined && p.cues.some((c) => c.set === 'licenceNarrowing' && c.start <= verb.start && verb.end <= c.end);
  return verb && (reads(p, verb, 'duaActNoun') || narrowed) ? undefined : verb;
};

/**
 * "including Licensed Content that has previously been published": a disclosure already made, in a relative clause
 * that says which data is meant, grants nothing (472 § 10.2, the holder's own confidentiality clause, was redlined).
 */
const publishedBefore = ({ frame }: RuleInput, verb: Cue): boolean => {
  const before = wordsBefore(frame, verb.start, 4);
  const last = before[before.length - 1];
  return (last === 'been' && (before.includes('that') || before.includes('which'))) || last === 'previously' || last === 'already';
};

export const DUA_RISK_RULES: readonly Rule[] = [
  {
    id: 'dua-beyond-purpose-grant',
    category: 'dua-use-beyond-purpose',
    stance: 'risk',
    severity: 'high',
    // "may use the Shared Data for any purpose", "to improve its other products and services", "commercially".
    when: (i) =>
      vendorActs(i) && affirmed(i.predicate, 'use', 'train', 'improve', 'grant', 'retain') !== undefined &&
      sharedData(i.predicate) !== undefined && openBeyond(i.predicate) !== undefined,
    vetoes: [
      ...RECIPIENT_GRANT_VETOES,
      { reason: 'the wider use waits for the data holder’s consent', when: consentGated },
      PERMISSION_TO_STATE,
      {
        reason: 'the open words say how the data is handled; what for is kept to the purposes another clause permits',
        when: ({ predicate: p, frame }) => {
          const open = openBeyond(p);
          return open !== undefined && open.set === 'anyPurpose' && purposesSetElsewhere(frame.text.slice(open.end - frame.start));
        },
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, affirmed(p, 'use', 'train', 'improve', 'grant', 'retain'), sharedData(p), openBeyond(p)],
  },
  {
    id: 'dua-beyond-purpose-exception',
    category: 'dua-use-beyond-purpose',
    stance: 'risk',
    severity: 'high',
    // "shall not use the Data except for the Purpose or for its internal business purposes".
    when: (i) => i.predicate.polarity === 'negative' && sharedData(i.predicate) !== undefined && beyondException(i) !== undefined,
    vetoes: [
      DEFINITION_ONLY, CUSTOMER_ACTS, CLAIM_CONTEXT,
      {
        // "Neither party shall make any public announcement …, save that the Licensee may state … that its models have
        // been trained using licensed content": what is barred and excepted is a statement, no use of the data
        // (audit71, 208 § 13.2 was rewritten into the purpose limitation).
        reason: 'the clause restricts statements about the deal, not a use of the data',
        when: ({ predicate: p }) => action(p, 'use', 'train', 'share', 'retain', 'grant', 'improve') === undefined,
      },
    ],
    evidence: (i) => [i.predicate.actor.cue, i.predicate.negation, action(i.predicate, 'use', 'train', 'share'), beyondException(i)],
  },
  {
    id: 'dua-disclosure-grant',
    category: 'dua-data-disclosure',
    stance: 'risk',
    severity: 'high',
    // "may share the Shared Data with its affiliates", "may publish the Dataset", "a sublicensable licence to the Data".
    when: (i) => {
      const verb = disclosureVerb(i.predicate);
      return verb !== undefined && vendorActs(i) && sharedData(i.predicate) !== undefined && !publishesTheModel(i.predicate, verb) && !publishedBefore(i, verb);
    },
    vetoes: [
      ...RECIPIENT_GRANT_VETOES,
      TRANSFER_BY_ANOTHER_CLAUSE,
      {
        reason: 'the transfer is to a place, not to anyone: where the data may be held is for the transfer terms',
        when: ({ predicate: p, frame }) => {
          const verb = disclosureVerb(p);
          return verb !== undefined && transferredToPlace(verb.text, frame.text.slice(verb.end - frame.start));
        },
      },
      { reason: 'sharing waits for the data holder’s written consent', when: consentGated },
      { reason: 'disclosure only to people who need the data and are bound to confidentiality keeps it confidential', when: ({ predicate: p }) => has(p, 'duaNeedToKnow') },
      {
        // "may disclose copies … to the Authorized Partners … to the extent necessary for them to host the Licensed
        // Dataset, provide training compute or co-develop the Model" (audit58, 160 § 7.1: a ban in its place was overreach).
        reason: 'the disclosure goes only as far as hosting or running the licensed work needs',
        when: ({ predicate: p }) => has(p, 'limiter') && has(p, 'customerServing'),
      },
      { reason: 'what is shared is aggregated or de-identified, not the data itself', when: ({ predicate: p, frame }) => object(p, 'derived') !== undefined && (object(p, 'customer-data') === undefined || onlyItsSource(p, frame.text, frame.start)) },
      LEGAL_COMPULSION,
      {
        // "Approximately 2.4 million articles published in the Evening Chronicle …, delivered with the following
        // fields": a participle right after the data describes it (where it appeared); no one is given a right to
        // publish it (audit68, 200 Schedule 1 was replaced with a confidentiality clause).
        reason: 'the words describe the data (where it was published), with no one who may disclose it',
        when: ({ predicate: p, frame }) => {
          const verb = disclosureVerb(p);
          if (verb === undefined || p.modal !== undefined || p.actor.side !== 'unknown' || !verb.text.endsWith('ed')) return false;
          const before = wordBefore(frame, verb.start);
          return before !== '' && !AUXILIARIES.has(before);
        },
      },
      {
        reason: 'the data goes to the recipient itself, which is what the agreement is for',
        when: ({ predicate: p }) => affirmed(p, 'share') !== undefined && p.recipient?.side === 'vendor',
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, disclosureVerb(p), sharedData(p), p.outsiders[0]],
  },
  {
    id: 'dua-retention-after-purpose',
    category: 'dua-data-retention',
    stance: 'risk',
    severity: ({ predicate: p }) => (has(p, 'openEnded') ? 'high' : 'medium'),
    // "may retain the Shared Data indefinitely", "may keep a copy after the Project ends", "a perpetual licence".
    when: ({ predicate: p }) =>
      affirmed(p, 'retain', 'use', 'grant', 'survive') !== undefined && sharedData(p) !== undefined &&
      (has(p, 'openEnded', 'afterEnd', 'duaProjectEnd') || (has(p, 'endEvent') && affirmed(p, 'retain', 'survive') !== undefined)) &&
      affirmed(p, 'delete') === undefined,
    vetoes: [...RECIPIENT_GRANT_VETOES, LEGAL_COMPULSION, DATA_MEASURES_SURVIVAL, DURING_THE_TERM],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, affirmed(p, 'retain', 'use', 'grant', 'survive'), sharedData(p), cue(p, 'openEnded', 'afterEnd', 'duaProjectEnd', 'endEvent')],
  },
  {
    id: 'dua-rights-survive',
    category: 'dua-data-retention',
    stance: 'risk',
    severity: 'high',
    // "The Developer's licence to use the Data survives termination": the use outlives the agreement.
    when: ({ predicate: p, frame }) => action(p, 'survive') !== undefined && has(frame, 'endEvent', 'afterEnd') && (sharedData(p) !== undefined || has(frame, 'grantVerb')),
    vetoes: [
      DEFINITION_ONLY,
      CLAIM_CONTEXT,
      DATA_MEASURES_SURVIVAL,
      { reason: 'the surviving duty falls on the data holder', when: customerActs },
      {
        reason: 'what survives is a safeguard (confidentiality, security, deletion), not a right to use the data',
        when: ({ frame }) => has(frame, 'duaConfidential', 'duaSecurityMeasure', 'deleteVerb', 'duaReidentify', 'duaHumanReview'),
      },
    ],
    evidence: ({ predicate: p, frame }) => [action(p, 'survive'), cue(frame, 'endEvent', 'afterEnd'), sharedData(p)],
  },
];
