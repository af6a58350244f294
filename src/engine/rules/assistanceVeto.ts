// "The Supplier shall assist the Customer with any data protection impact assessment …, including by providing a
// description of each model used … and the results of any testing …": a duty to help the customer, whose subject
// matter names models, data and testing, gives the vendor no use of the data (368 § 9.3 was read as an improvement
// grant). Pure: reads the frame through the rule helpers only.
import { CUSTOMER_WORDS } from './ownModel';
import { reads, wordsAfter } from './queries';
import type { Veto } from './ruleTypes';

/** The verbs of helping someone: the duty's main verb, right after "shall". */
const HELP_VERBS: ReadonlySet<string> = new Set(['assist', 'help', 'co-operate', 'cooperate', 'support']);
/** How far after the helping verb the customer may be named: "assist the Customer", "co-operate with the Client". */
const CUSTOMER_REACH = 12;

export const ASSISTS_CUSTOMER: Veto = {
  reason: 'the vendor only helps the customer here (its duty to assist); it takes no use of the data for itself',
  when: ({ predicate: p, frame }) => {
    const modal = p.modal;
    if (modal === undefined || p.actor.side !== 'vendor' || p.polarity !== 'positive') return false;
    const verb = (wordsAfter(frame, modal.end, 1)[0] ?? '').toLowerCase();
    if (!HELP_VERBS.has(verb)) return false;
    const verbEnd = frame.text.toLowerCase().indexOf(verb, modal.end - frame.start) + frame.start + verb.length;
    const customer = frame.cues.some((c) => CUSTOMER_WORDS.includes(c.set) && c.start >= verbEnd && c.start - verbEnd <= CUSTOMER_REACH);
    // A second permission in the same sentence ("… and may use the results to improve …") is a grant of its own.
    const permits = frame.cues.some((c) => c.set === 'permissionModal' && c.start > modal.end);
    return customer && !permits;
  },
};

/**
 * "shall provide reasonable assistance … in carrying out any data protection impact assessment": the "protection" is
 * the name of the customer's assessment, not a measure the vendor takes over the data (400 § 9.4).
 */
export const ASSESSMENT_NAMED: Veto = {
  reason: 'the security word names the customer\'s impact assessment; nothing is promised about the data itself',
  when: ({ predicate: p, frame }) => {
    const security = p.cues.filter((c) => c.set === 'securityTerm' || c.set === 'securityMeasure');
    const names = (end: number) => frame.text.slice(end - frame.start, end - frame.start + 24).toLowerCase().trimStart().startsWith('impact assessment');
    return security.length > 0 && security.every((c) => c.set === 'securityTerm' && names(c.end));
  },
};

/** "at no additional charge", "at its own cost": what a remedy owed to the customer is given for. */
const FREE_OF_CHARGE: readonly string[] = ['at no additional charge', 'at no additional cost', 'at no charge', 'at no cost', 'at its own cost', 'at its own expense', 'free of charge'];

/**
 * "If performance degrades, Supplier will retrain the Inspection Model using Orlenbrook Data at no additional charge"
 * (404 § 9.2): a warranty remedy the vendor owes the customer on the customer's own model, not a right to train for
 * itself. Only a duty, under a condition that serves the customer, given free.
 */
export const REMEDY_OWED: Veto = {
  reason: 'the training is a remedy the vendor owes the customer, given free when the product falls short; it takes no use for itself',
  when: ({ predicate: p, frame }) => {
    const text = frame.text.toLowerCase();
    return p.actor.side === 'vendor' && p.polarity === 'positive' && p.modal !== undefined && reads(p, p.modal, 'dutyModal') &&
      p.conditions.some((c) => c.kind === 'customer-serving') && FREE_OF_CHARGE.some((words) => text.includes(words));
  },
};
