// How the contract numbers its clauses, read in one place: the number a paragraph starts with ("3.3 Pilot Programme.",
// "Section 5.2", "B.4"). Pure: no imports.

const NUMBER_AT_START = /^\s*(?:(?:Clause|Section|Paragraph)\s+)?([0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+(?:\.[0-9]+)*)\b/i;
/** "G5. Service Improvement.", "S2.1 …": supplemental terms numbered with a capital letter run into the number. */
const LETTERED_NUMBER_AT_START = /^\s*(?:(?:Clause|Section|Paragraph)\s+)?([A-Z][0-9]+(?:\.[0-9]+)*)\.?(?=\s)/;

/** The clause number a paragraph starts with, without a trailing full stop; undefined when it starts with none. */
export function numberAtStart(text: string): string | undefined {
  return NUMBER_AT_START.exec(text)?.[1] ?? LETTERED_NUMBER_AT_START.exec(text)?.[1];
}
