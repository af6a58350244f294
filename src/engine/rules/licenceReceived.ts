// Licences that give the vendor nothing: one the customer receives ("the Sponsor receives a licence to use it"), and
// what tells a licence over content from a publicity right over names and logos. Pure: string operations on the
// clause frame only (rules carry no patterns).
import type { RuleInput, Veto } from './ruleTypes';

/** A data object named "… Content" or "… Data": what is licensed is material, not only names and logos. */
export const namesContent = (p: RuleInput['predicate']): boolean => p.objects.some((o) => o.kind === 'generic' && (o.text.endsWith('Content') || o.text.endsWith('Data')));

/** Verbs by which the subject takes a licence rather than gives one: "the Sponsor receives a licence to use it". */
const TAKING: ReadonlySet<string> = new Set(['receives', 'receive', 'obtains', 'obtain', 'acquires', 'acquire', 'is', 'are', 'shall', 'will']);
const GIVEN: ReadonlySet<string> = new Set(['granted', 'given', 'issued']);
/**
 * "… and that the Sponsor receives a licence to use it solely for the Study" (blind68-133), "Customer is granted a
 * licence to use the Software": the subject is the licensee; nobody named takes a licence from the customer.
 */
/** The be-verbs before a passive participle: "before being granted the Payroll Officer role". */
const BE: ReadonlySet<string> = new Set(['being', 'be', 'been', 'is', 'are', 'was', 'were']);
const MODALS: ReadonlySet<string> = new Set(['shall', 'will', 'may', 'must', 'has', 'have']);
/**
 * "Subscriber must ensure that each Authorised User completes the training before being granted the Payroll Officer
 * role": the grant is passive and its subject, the customer's side, receives; whoever grants is not named.
 */
const grantedToSubject = ({ predicate: p, frame }: RuleInput): boolean => {
  const actor = p.actor.cue;
  // "… shall ensure that the licence is granted to Provider": a named recipient takes it, so the customer's side gives.
  if (p.actor.side !== 'customer' || actor === undefined || p.recipient?.cue !== undefined) return false;
  return p.actions.some((a) => {
    if (a.kind !== 'grant' || a.negated || !GIVEN.has(a.text.toLowerCase()) || a.start < actor.end) return false;
    const before = frame.text.slice(0, a.start - frame.start).trim().toLowerCase().split(' ');
    const be = before[before.length - 1] ?? '';
    if (!BE.has(be)) return false;
    // "before being granted the … role": the gerund's subject is the customer's side the clause names. A finite passive
    // has its own subject, which must be the customer: "… procure that we and our affiliates are granted a licence"
    // grants to the vendor (qwen-lic).
    if (be === 'being') return true;
    const between = frame.text.slice(actor.end - frame.start, a.start - frame.start).trim().toLowerCase().split(' ').filter((w) => w !== '');
    return between.length <= 3 && between.every((w) => BE.has(w) || MODALS.has(w));
  });
};

/** The customer's own words for itself, before a possessive: "Customer's right", "your right". */
const CUSTOMER_SETS: ReadonlySet<string> = new Set(['customerRole', 'docCustomer', 'customerYou']);
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’', '']);
/**
 * "Upon termination, Customer's right to access the Services ends, and …" (475 § 9.5): the right is the customer's own,
 * named by its possessive; nothing is granted to the vendor (audit217: the export clause was rewritten as a licence).
 */
const customersOwnRight = ({ predicate: p, frame }: RuleInput): boolean => {
  const grants = p.actions.filter((a) => a.kind === 'grant' && !a.negated);
  return (
    grants.length > 0 &&
    grants.every((a) => {
      if (!a.text.toLowerCase().startsWith('right')) return false;
      const owner = frame.cues.find((c) => CUSTOMER_SETS.has(c.set) && c.end <= a.start && a.start - c.end <= 3);
      return owner !== undefined && POSSESSIVE.has(frame.text.slice(owner.end - frame.start, a.start - frame.start).trim());
    })
  );
};

export const LICENCE_RECEIVED: Veto = {
  reason: 'the customer receives the licence here; it grants none',
  when: (input: RuleInput) => {
    if (grantedToSubject(input) || customersOwnRight(input)) return true;
    const { predicate: p, frame } = input;
    // The licence named as a thing taken ("receives a licence"), not the verb of a grant ("rights … to grant, to Company a licence").
    const grant = p.actions.find((a) => a.kind === 'grant' && !a.negated && a.text.toLowerCase().startsWith('licen'));
    const actor = p.actor.cue;
    if (p.actor.side !== 'customer' || grant === undefined || actor === undefined || actor.end > grant.start) return false;
    const between = frame.text.slice(actor.end - frame.start, grant.start - frame.start).trim().toLowerCase().split(' ').filter((w) => w !== '');
    const verb = between[0] ?? '';
    const taken = TAKING.has(verb) && (verb !== 'is' && verb !== 'are' && verb !== 'shall' && verb !== 'will' ? true : between.slice(1, 3).some((w) => GIVEN.has(w) || w === 'receive' || w === 'obtain'));
    return taken && between.length <= 5;
  },
};


/**
 * "Needlebook grants the Studio a non-exclusive licence to use the fonts …, but not to resell them as digital files or
 * include them in any AI training dataset": the limb after "but not to" limits the licence the customer receives; it
 * is the customer's restriction, and promises nothing of the vendor's (blind89-112).
 */
export const LIMIT_OF_LICENCE_RECEIVED: Veto = {
  reason: 'the "but not to" limits a licence the customer receives; it restricts the customer, not the vendor',
  when: ({ predicate: p, frame }: RuleInput) => {
    const index = frame.predicates.indexOf(p);
    const granted = frame.predicates.slice(0, Math.max(0, index)).some((q) => q.actor.side === 'vendor' && q.recipient?.side === 'customer' && q.actions.some((a) => a.kind === 'grant' && !a.negated));
    if (!granted || p.modal !== undefined || p.negation === undefined) return false;
    const before = frame.text.slice(0, p.negation.start - frame.start).trimEnd().toLowerCase();
    const after = frame.text.slice(p.negation.end - frame.start).trimStart().toLowerCase();
    return (before.endsWith(' but') || before.endsWith(', but') || before.endsWith(' and')) && after.startsWith('to ');
  },
};
