// Training read from the words of a clause before and after the review's edit: what the citing clauses and the moot
// switches both ask, once the review has struck the training a wider permission gave (audit93, 246 §§ 5.1 and 5.5).
// Pure: strings only.

/** A word of training: "train", "training", "fine-tune". */
export const TRAINING_WORD = /\b(?:train|training|fine-tun)/i;
/** A word of models or their training: what a use must be about to be excepted as training ("benchmarking Shared Models"). */
export const MODEL_WORD = /\b(?:train\w*|re-?train\w*|fine-?tun\w*|models?|machine[- ]learning|artificial\s+intelligence|AI|algorithms?)\b/i;
/** "is not used to train", "shall not … fine-tune": training the clause denies. */
const DENIED_TRAINING = /\bnot\b[^.;]{0,80}?\b(?:train|fine-tun)\w*/gi;

/** Whether the text still permits or names training once the training it denies is left out. */
export const namesTrainingNotDenied = (text: string): boolean => TRAINING_WORD.test(text.replace(DENIED_TRAINING, ''));
