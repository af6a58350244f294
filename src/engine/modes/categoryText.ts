// The shape of a category's plain-language text, shared by every review mode's explanations.
// Types only; imports nothing.

export interface CategoryText {
  readonly allows: string;
  readonly why: string;
  readonly questions: readonly string[];
  /** Whom the questions are for ("the recipient"); the customer mode asks "the vendor". */
  readonly ask?: string;
}
