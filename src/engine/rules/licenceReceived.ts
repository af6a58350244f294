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
export const LICENCE_RECEIVED: Veto = {
  reason: 'the customer receives the licence here; it grants none',
  when: ({ predicate: p, frame }: RuleInput) => {
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

