// The data-use agreement's own name for what the data trains, for the clauses a review writes ("solely to train, test
// and evaluate the Trained Models"). Pure.
import type { Definition } from './types';

/** "Model", "Trained Models", "Named Model": names a contract gives the model trained under it. */
const MODEL_TERM = /^(?:(?:Named|Trained|Licensed|Project|Research|Approved)\s+)?Models?$/;
/** "Derived Model", "Contributor Models": any name ending in the word. */
const ANY_MODEL_NAME = /^(?:[A-Z][\w-]*\s+)?Models?$/;
/** "… that is trained, fine-tuned … using the Contributed Data": a model defined by what it was trained on. */
const TRAINED_ON = /\b(?:trained|pre-trained|fine-tuned|tuned|developed|distilled)\b[^.;]{0,160}?\b(?:using|on|from|with)\s+(?:the\s+|any\s+)?[A-Z]/;
/** '"Model" means any machine learning … model, algorithm or system': every model there is, none in particular. */
const EVERY_MODEL = /^(?:any|all|each)\b/i;

/**
 * A model defined by the data it was trained on comes first ('"Trained Model" means any Model that has been trained …
 * using the Licensed Content' over '"Model" means any machine learning … model': audit207 read "the Model" in 463 as
 * every model there is, and audit204 found 459's "Derived Model" passed over). One defined as "any" such model is
 * written in the plural: there is no single one to name.
 */
export function modelTerm(definitions: readonly Definition[]): string | undefined {
  const models = definitions.filter((d) => d.denotes === 'other' && ANY_MODEL_NAME.test(d.term));
  const chosen = models.find((d) => TRAINED_ON.test(d.meaning)) ?? models.find((d) => MODEL_TERM.test(d.term) && !EVERY_MODEL.test(d.meaning));
  if (chosen === undefined) return undefined;
  return EVERY_MODEL.test(chosen.meaning) && !chosen.term.endsWith('s') ? `${chosen.term}s` : chosen.term;
}
