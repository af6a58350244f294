// "3.6 Some features are powered by models that third parties provide. When you use those features, Your Content is
// sent to the relevant third party …": once the first sentence is replaced by the playbook's clause, the second no
// longer reads as a risk of its own, yet "those features" points at struck words. It was a risk of the same issue in
// the contract as written, so it goes with its sentence rather than the whole edit being dropped. Pure.
import type { Finding, RedlineOp } from '../engine/types';
import { EditTrack } from './editTrack';
import { strikeSentence, strikesWhatMustStand } from './strikes';

/** A step of the paragraph's review, as paragraphReview.ts records it. */
interface Step {
  readonly finding: Finding;
  readonly wholeClause: boolean;
  readonly kind: 'sentence' | 'word-level';
  readonly ops?: readonly RedlineOp[];
}

export function strikeDependentSiblings<S extends Step>(
  track: EditTrack,
  originalRisks: readonly Finding[],
  steps: S[],
  dangling: (ops: readonly RedlineOp[]) => string | undefined,
): void {
  if (dangling(track.ops()) === undefined) return;
  for (const risk of originalRisks) {
    const step = steps.find((s) => s.finding.category === risk.category);
    const at = track.current.indexOf(risk.quote);
    if (!step || risk.stance !== 'risk' || at < 0 || track.writtenByUs(at, at + risk.quote.length)) continue;
    const strike = strikeSentence(track.current, { ...risk, start: at, end: at + risk.quote.length });
    // Never the customer's own words of ownership or the law's exception with it ("Your training data remains yours").
    if (!strike || strikesWhatMustStand(strike) !== undefined) continue;
    const trial = new EditTrack(track.original);
    trial.apply(track.ops());
    trial.apply(strike);
    if (dangling(trial.ops()) !== undefined) continue;
    track.apply(strike);
    steps.push({ ...step, finding: risk, wholeClause: false, kind: 'word-level', ops: strike });
    return;
  }
}

/** The finding's sentence struck where it now stands in the edited paragraph; never words this review wrote. */
export function strikeRelocated(track: EditTrack, finding: Finding): RedlineOp[] | undefined {
  const at = track.current.indexOf(finding.quote);
  if (at < 0 || track.writtenByUs(at, at + finding.quote.length)) return undefined;
  return strikeSentence(track.current, { ...finding, start: at, end: at + finding.quote.length });
}
