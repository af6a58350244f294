// The later sentences of a paragraph that an edit made contradictory, struck with it: the customer's data put back
// into feedback after the carve-out, the arrangements for training after the ban, and deemed acceptance by continued
// use after a change was made to need the customer's agreement, and notice to subscribers only or termination as the only
// answer once the customer may object to a new provider, and a denial that the vendor assigns the outputs once the edit
// writes that it does, and the sentence on how an opt-out works once the ban dropped the opt-out. Pure: engine types only.
import type { RedlineOp } from '../engine/types';
import { withDeemedAcceptanceStruck } from './deemedAcceptance';
import { withFeedbackInclusionStruck } from './feedbackInclusion';
import { withObjectionSequelsStruck } from './objectionSequels';
import { withOptOutMechanicsStruck } from './optOutSequels';
import { withOutputDenialStruck } from './outputDenial';
import { withTrainingSequelsStruck } from './trainingSequels';

/** The edit's ops with every later words it made contradictory struck too (at most one kind of sequel per edit). */
export function withSequelsStruck(text: string, ops: readonly RedlineOp[]): readonly RedlineOp[] {
  return withFeedbackInclusionStruck(text, ops) ?? withTrainingSequelsStruck(text, ops) ?? withDeemedAcceptanceStruck(text, ops) ?? withObjectionSequelsStruck(text, ops) ?? withOutputDenialStruck(text, ops) ?? withOptOutMechanicsStruck(text, ops) ?? ops;
}
