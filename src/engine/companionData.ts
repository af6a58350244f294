// A second term for the customer's data that the contract names beside its main one ("Customer Content and
// Conversation Data"): uploads and the conversations held through the service, each defined on its own. Pure.
import { escapeName } from './dataTerms';
import type { Definition, Paragraph } from './types';

/** How often the two terms must be named together before the second counts as the main one's companion. */
const TIMES_NAMED_TOGETHER = 3;

/**
 * The customer-data term the contract keeps naming beside `main` ("Customer Content, Conversation Data and Usage
 * Data", "Customer Content or Conversation Data"), when neither term's definition contains the other: protections
 * written in the contract's terms must then name both, or they leave half of the customer's data out (audit215, 474:
 * a feedback carve-out and a policy proviso named only Customer Content, and agents' edits are Conversation Data).
 * A part of the main term ("Inputs" within "Customer Content") or a term defined from it is no companion.
 */
export function companionDataTerm(definitions: readonly Definition[], paragraphs: readonly Paragraph[], main: string): string | undefined {
  const mainMeaning = definitions.find((d) => d.term === main)?.meaning ?? '';
  const candidates = definitions.filter(
    (d) => d.denotes === 'customer-data' && d.term !== main && !mainMeaning.includes(d.term) && !d.meaning.includes(main) && /^[A-Z]/.test(d.term),
  );
  const mainName = escapeName(main);
  for (const candidate of candidates) {
    const other = escapeName(candidate.term);
    const together = new RegExp(`\\b${mainName}(?:,|\\s+and|\\s+or|\\s+and/or)\\s+(?:the\\s+|any\\s+|your\\s+)?${other}\\b|\\b${other}(?:,|\\s+and|\\s+or|\\s+and/or)\\s+(?:the\\s+|any\\s+|your\\s+)?${mainName}\\b`, 'g');
    const times = paragraphs.reduce((sum, paragraph) => sum + (paragraph.text.match(together)?.length ?? 0), 0);
    if (times >= TIMES_NAMED_TOGETHER) return candidate.term;
  }
  return undefined;
}
