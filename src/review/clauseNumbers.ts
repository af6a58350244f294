// How the contract numbers its clauses, read in one place: the number a paragraph starts with ("3.3 Pilot Programme.",
// "Section 5.2", "B.4"). Pure: no imports.

const NUMBER_AT_START = /^\s*(?:(?:Clause|Section|Paragraph)\s+)?([0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+(?:\.[0-9]+)*)\b/i;
/** "G5. Service Improvement.", "S2.1 …": supplemental terms numbered with a capital letter run into the number. */
const LETTERED_NUMBER_AT_START = /^\s*(?:(?:Clause|Section|Paragraph)\s+)?([A-Z][0-9]+(?:\.[0-9]+)*)\.?(?=\s)/;

/** The clause number a paragraph starts with, without a trailing full stop; undefined when it starts with none. */
export function numberAtStart(text: string): string | undefined {
  return NUMBER_AT_START.exec(text)?.[1] ?? LETTERED_NUMBER_AT_START.exec(text)?.[1];
}

/**
 * Whether a clause number opens exactly one paragraph. A schedule numbered afresh repeats the body's numbers ("5.2" in
 * Schedule 1 and in the body): such a number names no one clause, in a survival list or anywhere it is cited.
 */
export function opensOneParagraph(paragraphs: readonly { readonly text: string }[]): (number: string) => boolean {
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    const n = numberAtStart(p.text);
    if (n !== undefined) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return (number) => counts.get(number) === 1;
}
