// An order of precedence names topics to say which document wins on each: "Exhibit B prevails with respect to
// De-identified Data and Model improvement" grants nothing over that data (290 § 11.1 was rewritten into a clause on
// statistics, and its precedence list lost). Pure: reads the frame.
import { has } from './queries';
import type { Cue } from '../reading/frame';
import type { RuleInput, Veto } from './ruleTypes';

export const PRECEDENCE_ONLY: Veto = {
  reason: 'the sentence ranks documents for a conflict; the topics it names are granted nothing there',
  // A permission beside the ranking ("… prevails, and Vendor may use …") still grants; a clause that does nothing
  // beside it ("…, and no terms on any purchase order shall apply") ranks with it.
  when: ({ frame, predicate: p }) => has(frame, 'precedenceStatement') && !has(frame, 'permissionModal') && (p.modal === undefined || modalRanks(frame, p.modal) || p.actions.length === 0) &&
    // "… including the rights it grants Ardmore to use prompts …, and in the event of a conflict …": a use said in
    // the sentence is more than a ranking (283 § 2.4).
    !p.actions.some((a) => USES.has(a.kind) && !a.negated && !a.topic),
};

/** The clause's modal is the ranking's own: "Exhibit B shall prevail with respect to …". */
const modalRanks = (frame: RuleInput['frame'], modal: Cue): boolean =>
  frame.cues.some((c) => c.set === 'precedenceStatement' && c.start === modal.start);
const USES: ReadonlySet<string> = new Set(['grant', 'use', 'share', 'retain']);
