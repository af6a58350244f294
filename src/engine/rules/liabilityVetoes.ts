// A negation that disclaims liability forbids nothing: "Aerotrace has no liability to the Customer for any use or
// disclosure of Aggregated Data" allocates loss; it is no limit on the use it names (agreement 273 § 10.4 was read as
// protecting the aggregated data, and the review then left the grant it disclaimed as "answered elsewhere").
// Pure: reads the predicate.
import type { Veto } from './ruleTypes';
import { wordsAfter } from './queries';

/** Words after the negation: "no liability", "not be liable", "no responsibility". */
const WITHIN = 12;

export const LIABILITY_DENIED: Veto = {
  reason: 'the negation disclaims liability ("has no liability for any use"), not the use it names',
  when: ({ predicate: p, frame }) => {
    const negation = p.negation;
    if (negation === undefined) return false;
    return frame.cues.some((c) => c.set === 'liabilityContext' && c.start >= negation.end && c.start - negation.end <= WITHIN);
  },
};

/**
 * "Latchwise isn't responsible for entry by anyone using a code you've shared" (blind57): the "not" disclaims
 * responsibility for what others do; it promises no silence.
 */
export const RESPONSIBILITY_DISCLAIMED: Veto = {
  reason: 'the denial disclaims responsibility for what others do; it promises no non-disclosure',
  when: ({ predicate: p, frame }) => {
    const negation = p.negation;
    return negation !== undefined && frame.cues.some((c) => c.set === 'liabilityContext' && c.start <= negation.start && negation.end <= c.end);
  },
};

/**
 * "Scribewell's aggregate liability for breach of Section 5, … or any use of Customer Data to train a Model in violation
 * of Section C3, will not exceed …": the use is named as something the vendor answers for, in a clause that allocates
 * loss; it permits nothing (audit130, 321 § 9.2 was deleted as a training grant, taking the customer's uplift with it).
 * Only before the clause's own modal: "may use Customer Data to train …, and its liability for that use is capped" grants.
 */
export const USE_ANSWERED_FOR: Veto = {
  reason: 'the use is named as something the vendor is liable for, in a clause that allocates loss; it permits nothing',
  when: ({ predicate: p, frame }) => {
    const use = p.actions.find((a) => !a.negated);
    if (use === undefined) return false;
    const modalBefore = p.modal !== undefined && p.modal.end <= use.start;
    return !modalBefore && frame.cues.some((c) => c.set === 'liabilityContext' && c.text.toLowerCase().startsWith('liabilit') && c.end <= use.start && wordsAfter(frame, c.end, 1)[0]?.toLowerCase() === 'for');
  },
};

/**
 * "Neither party will be liable for delays caused by events beyond its reasonable control, including … outages of AI
 * Providers": a provider named as a cause of delay that nobody answers for receives no data by it (447 § 17.2, and
 * 437 and 438 before it).
 */
/** How far after "Neither" the liability may come: "Neither party will be liable". */
const EXCUSE_REACH = 24;
export const PROVIDER_AS_EXCUSED_CAUSE: Veto = {
  reason: 'the provider is named as a cause of delay nobody is liable for; no data goes to it',
  when: ({ predicate: p, frame }) => {
    const negation = p.negation;
    if (negation === undefined || p.objects.some((o) => o.kind === 'customer-data' || o.kind === 'output' || o.kind === 'generic')) return false;
    // "Neither party will be liable": the party and its modal may stand between the denial and the liability.
    return frame.cues.some((c) => c.set === 'liabilityContext' && c.start >= negation.end && c.start - negation.end <= EXCUSE_REACH);
  },
};

/**
 * "Brokerly's total aggregate liability …, including for any loss, destruction or corruption of data …, shall not
 * exceed …" (blind102-22): a destruction named among the losses a liability clause allocates is a harm, not a promise
 * to delete. Only where no modal of the clause comes before it ("shall delete …, and its liability …" promises).
 */
export const DELETION_AS_HARM: Veto = {
  reason: 'the destruction of data is named as a loss the liability clause allocates; it promises no deletion',
  when: ({ predicate: p, frame }) => {
    const deletion = p.actions.find((a) => a.kind === 'delete' && !a.negated);
    if (deletion === undefined || (p.modal !== undefined && p.modal.end <= deletion.start)) return false;
    return frame.cues.some((c) => c.set === 'liabilityContext' && c.end <= deletion.start);
  },
};
