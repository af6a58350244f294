// "shall not use the Licensed Data … to train, fine-tune or benchmark any other model, product or service": a ban on
// every model but the one the agreement is for limits the data to its purpose as surely as "solely" does (audit210,
// 467 § 2.3 was read as nothing). Pure: string helpers only.

/** "any other model", "other models, products or services", "any other machine-learning model". */
const OTHER_MODELS = /\bother\s+(?:(?:ai|artificial\s+intelligence|machine[- ]learning|general[- ]purpose)\s+)?models?\b/i;

/** Whether the clause's words name models other than the one it is about. */
export function namesOtherModels(text: string): boolean {
  return OTHER_MODELS.test(text);
}
