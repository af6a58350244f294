// Which plan a paragraph's next risk gets: the playbook position's word-level edits, or its clause in place of the
// sentence where those edits leave the risk standing. Some word-level edits answer the risk by their own measure,
// whatever the sentence still reads as; the flags say which, for the steps and comments that follow.
// Pure: engine, playbook and the planner only.
import { applyOps } from '../engine/applyOps';
import type { Analysis, Finding, Paragraph } from '../engine/types';
import type { PlaybookPosition } from '../playbook/schema';
import { withSequelsStruck } from './editSequels';
import { keepsStandardBarsTraining } from './ownStandard';
import { planRedline } from './redline';
import { derivedSafeguard, keptDerivedOnly } from './redline/surgical';
import { strikeBuiltInLimb } from './redline/surgical/carveOutLimb';
import { strikeOwnEndsBesideLaw } from './redline/surgical/keepingEdits';

/** An opt-out the review turned round: "If the Customer opts in by written notice". */
const OPTED_IN = /\bopts?\s+in\b|\bopted\s+in\b|\b(?:turned|switched)\s+on\b/;

export interface PlanChoice {
  readonly plan: ReturnType<typeof planRedline>;
  /** The position's word-level plan, before any clause took its place. */
  readonly wordLevelPlan: ReturnType<typeof planRedline> | undefined;
  readonly ownEndsOnly: boolean;
  readonly derivedKept: boolean;
  readonly limbOnly: boolean;
  readonly optedIn: boolean;
  /** Word-level edits that answer the risk by their own measure, whatever the sentence still reads as. */
  readonly standsAsPlanned: boolean;
}

/**
 * The plan for `next` in the paragraph's current text. `sameKind` counts the risks of the finding's kind a text reads
 * as; `current` is the document with the paragraph as it stands.
 */
export function choosePlan(
  next: Finding,
  position: PlaybookPosition,
  analysis: Analysis,
  current: readonly Paragraph[],
  text: string,
  sameKind: (text: string) => number,
): PlanChoice {
  let plan = planRedline(next, position, analysis, current);
  // Word-level edits that leave the risk standing (a licence still "worldwide … to publish" after its purposes are
  // narrowed) do not reach the position: the position's clause in place of the sentence may.
  // A derived-data sentence with its own standard of anonymity keeps it: striking the vendor's words (a sale) is the edit.
  // Only a strike of selling or handing it on: a struck purpose would leave the use open ("may use … data").
  // So is a limb that only bars training, where the sentence and the data's definition already say the rest.
  const keepsOwnStandard = next.category === 'aggregated-data' && keepsStandardBarsTraining(next.quote, plan.ops);
  // A carve-out from deletion loses only its limb for what was built from the data (224 § 12.4(c)), never the whole:
  // the backups and records the law requires stay carved out, and still read as keepings.
  // So does a keeping "as required by law or for … other legitimate business purposes": the vendor's own-ends limb goes,
  // and the backups beside it stand (audit142, 337 § 4.7).
  const ownEndsOnly = next.category === 'survival-retention' && plan.kind === 'word-level' && strikeOwnEndsBesideLaw(next.quote) !== undefined;
  // So does one that keeps only usage, feedback and derived data, which takes the safeguard instead (see derivedKept).
  const derivedKept = keptDerivedOnly(plan.ops, derivedSafeguard(position, analysis.terms));
  const limbOnly = ownEndsOnly || (next.category === 'survival-retention' && plan.kind === 'word-level' && (strikeBuiltInLimb(next.quote) !== undefined || derivedKept));
  // A default enrolment turned into an opt-in answers it even where the engine still reads the use in the sentence
  // (the condition opens the sentence; the use sits in its relative clause, 226 Sch 2 item 5).
  const optedIn = plan.kind === 'word-level' && !OPTED_IN.test(text) && OPTED_IN.test(applyOps(text, plan.ops));
  // Word-level edits that answer the risk by their own measure, whatever the sentence still reads as.
  const standsAsPlanned = keepsOwnStandard || limbOnly || optedIn;
  // A policy proviso is read with the deemed acceptance it takes with it ("; continued use … constitutes acceptance"
  // goes with a proviso that needs a signed amendment, see deemedAcceptance), as the edit will stand.
  const asItWillStand = next.category === 'policy-by-reference' ? withSequelsStruck(text, plan.ops) : plan.ops;
  const wordLevelPlan = plan.kind === 'word-level' ? plan : undefined;
  if (plan.kind === 'word-level' && !standsAsPlanned && sameKind(applyOps(text, asItWillStand)) >= sameKind(text)) {
    const whole = planRedline(next, { ...position, edits: undefined }, analysis, current);
    if (whole.kind === 'sentence' || (position.standsApart && whole.kind === 'inserted-paragraph')) plan = whole;
  }
  return { plan, wordLevelPlan, ownEndsOnly, derivedKept, limbOnly, optedIn, standsAsPlanned };
}
