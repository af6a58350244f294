// Whether a transfer of data is to a place rather than to someone: "may transfer Contributed Data to the United States
// and to any other country in which Quillmarch or its Cloud Providers operate, subject to the standard contractual
// clauses". Where the data may be held is a matter for the transfer terms; no one new receives it (audit204, 459 § 7.4
// was banned outright beside the clauses that govern it). Pure: string and regular-expression work only.

/** "to the United States", "to any other country", "outside the EEA", "to third countries". */
const PLACE =
  /^\s*(?:[^\s.;]+\s+){0,6}?(?:to|outside(?:\s+of)?|into)\s+(?:the\s+)?(?:(?:any\s+)?(?:other\s+)?(?:countr(?:y|ies)|territor(?:y|ies)|jurisdictions?|regions?)\b|third\s+countries\b|United\s+(?:States|Kingdom)\b|U\.?S\.?A?\b|UK\b|EEA\b|European\s+(?:Economic\s+Area|Union)\b|EU\b|Switzerland\b)/;

/** Whether the words after the verb (`after`) send the data to a place. */
export function transferredToPlace(verb: string, after: string): boolean {
  return /^transfer/i.test(verb) && PLACE.test(after.slice(0, 200));
}
