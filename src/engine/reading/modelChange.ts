// Words of the vendor changing its own models: "We may update, retrain or replace the models used by AI Features"
// (464 § 9.10). Pure: reading layer only.
import type { Action, Predicate } from './frame';

const RETRAIN = /^re-?train/i;
const CHANGE_WORDS: ReadonlySet<string> = new Set(['update', 'updates', 'replace', 'replaces', 'modify', 'modifies', 'upgrade', 'upgrades']);

/** A retraining listed beside updating, replacing or modifying: one way the clause changes the models. */
export function retrainsAmongChanges(q: Predicate, a: Action): boolean {
  return a.kind === 'train' && RETRAIN.test(a.text) && q.cues.some((c) => CHANGE_WORDS.has(c.text.toLowerCase()));
}

/** "the models used by AI Features": a participle after the training that only describes what is trained. */
export function describesTrained(q: Predicate, a: Action): boolean {
  return a.kind === 'use' && /^used$/i.test(a.text) && q.actions.some((b) => b.kind === 'train' && b.start < a.start);
}
