// A named set of words and phrases with its legal reason and a real-style example: the unit of the engine's vocabulary.
// Pure data types; imports nothing. Phrases are plain words; `*` after a stem matches any ending ("train*").

/**
 * Phrase syntax, kept deliberately small so a lawyer can read it:
 * - words are matched whole and case-insensitively (unless the set is `caseSensitive`), separated by spaces or hyphens:
 *   "fine tune" also matches "fine-tune";
 * - a trailing `*` matches any ending of that word: "improv*" matches improve, improves, improved, improving, improvement;
 * - an apostrophe matches both ' and ’: "isn't".
 */
export interface WordSet<Id extends string = string> {
  readonly id: Id;
  /** Why this language matters to the review (the legal reason). */
  readonly why: string;
  /** A short real-style example in our own drafting. */
  readonly example: string;
  readonly phrases: readonly string[];
  /** Brand names and acronyms ("AI", "OpenAI") must keep their case to avoid matching ordinary words. */
  readonly caseSensitive?: boolean;
}
