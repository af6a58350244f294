// Access to the vendor's service after the end: "… transition assistance for up to 180 days after termination,
// including continued access to the Solution and cooperation … in migrating Outputs" keeps the service running for the
// customer's exit; no data of the customer's is kept by it (audit196, 442 § 10.6). Pure: string operations on the frame.
import type { RuleInput, Veto } from './ruleTypes';

/** How far after "access to" the vendor's material may start: "the", "its", a short name. */
const REACH = 12;

export const ACCESS_TO_THE_SERVICE: Veto = {
  reason: 'the use after the end is the customer’s access to the vendor’s service, not data kept',
  when: ({ predicate: p, frame }: RuleInput) => {
    const uses = p.actions.filter((a) => !a.negated && (a.kind === 'use' || a.kind === 'retain' || a.kind === 'grant' || a.kind === 'share'));
    return (
      uses.length > 0 &&
      uses.every((a) => {
        if (a.text.toLowerCase() !== 'access') return false;
        const after = frame.text.slice(a.end - frame.start, a.end - frame.start + 4);
        return after === ' to ' && p.objects.some((o) => o.kind === 'vendor-material' && o.start >= a.end && o.start - a.end <= REACH);
      })
    );
  },
};
