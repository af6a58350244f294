// Sentences whose risk another clause answers: one that only points at the clause governing a use ("the instruction
// to create Anonymised Data in accordance with Clause 9.4"), and one that only makes derived data while the clause on
// its use is elsewhere. A rival rule written into either contradicts the clause that governs. Pure: engine types only.
import type { Finding, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';

/** "in accordance with Clause 9.4", "for the purposes of Section 3.5", "as permitted by clause 6.3". */
const POINTER =
  /\b(?:in accordance with|pursuant to|for the purposes? of|as (?:permitted|described|set out|provided|contemplated) (?:by|in|under))\s+(?:Clauses?|Sections?|[Pp]aragraphs?|clauses?|sections?)\s+([0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+(?:\.[0-9]+)*)\b/g;

/** The customer's way out, just before the pointer: "opt out as described in …", "unless you object under …". */
const OPT_OUT_BEFORE = /\b(?:opts?[- ]out|opted[- ]out|object|objects|turns?\s+off|switch(?:es)?\s+off|withdraws?)\b[^,;.]{0,12}$/i;

/**
 * The number of the clause the finding's words point to, where that clause carries a risk of the same kind (its own
 * review answers it there); undefined when the sentence governs the use itself.
 */
export function governedElsewhere(finding: Finding, paragraphs: readonly Paragraph[], findings: readonly Finding[]): string | undefined {
  for (const pointer of finding.quote.matchAll(POINTER)) {
    // "Unless you opt out as described in Section 4.4, Glyphora may use Inputs … to train": the pointer names how to
    // opt out; the use is granted here (the lawyer audit of 92 found its default training left untouched).
    if (OPT_OUT_BEFORE.test(finding.quote.slice(Math.max(0, (pointer.index ?? 0) - 40), pointer.index))) continue;
    const number = pointer[1] as string;
    const target = paragraphs.findIndex((p, i) => i !== finding.paragraph && numberAtStart(p.text) === number);
    if (target >= 0 && findings.some((f) => f.paragraph === target && f.category === finding.category && f.stance === 'risk')) return number;
  }
  return undefined;
}

/** Making derived data ("anonymise", "aggregate", "compile") without any right to use, share or own what is made. */
const MAKES = /\b(?:anonymi[sz]e|de-?identify|aggregate|compile|create|derive|generate|pseudonymi[sz]e)\b/i;
const USES = /\b(?:use|uses|using|exploit|disclose|share|publish|commerciali[sz]e|sell|own|owns|retain|license|licence|distribute)\b/i;
export const makesOnly = (quote: string): boolean => MAKES.test(quote) && !USES.test(quote);

/**
 * Whether another paragraph grants the use of derived data (not only its making) and the finding's own paragraph has
 * no other derived-data sentence: then the sentence that only makes the data is left, and that grant is answered.
 */
export function derivedUseGrantedElsewhere(findings: readonly Finding[], ownParagraph: readonly Finding[], finding: Finding): boolean {
  return (
    findings.some((f) => f.category === 'aggregated-data' && f.stance === 'risk' && f.paragraph !== finding.paragraph && !makesOnly(f.quote)) &&
    !ownParagraph.some((f) => f.category === 'aggregated-data' && f.start !== finding.start)
  );
}

/** "except as otherwise expressly set forth in Clauses 3.3 and 3.4": the clauses a protection leaves out. */
const EXCEPTED_CLAUSES =
  /\b(?:except|save|other\s+than)\s+as\s+(?:otherwise\s+)?(?:expressly\s+)?(?:set\s+(?:forth|out)|provided|permitted|described)\s+in\s+(?:Clauses?|Sections?|[Pp]aragraphs?|clauses?|sections?)\s+((?:[0-9]+(?:\.[0-9]+)*(?:\s*,\s*|\s+and\s+|\s+or\s+)?){1,6})/;

/**
 * "Vendor shall process Verification Data solely on Customer's documented instructions, except as otherwise expressly
 * set forth in Clauses 3.3 and 3.4": a protection that leaves out the very clauses carrying the risk does not give it
 * (the lawyer audit of 90 found the training authorisation in 3.3 left untouched because 3.1 seemed to answer it).
 */
export function exceptsRiskyClause(protection: Finding, paragraphs: readonly Paragraph[], findings: readonly Finding[]): boolean {
  const listed = EXCEPTED_CLAUSES.exec(protection.quote)?.[1];
  if (!listed) return false;
  const numbers = new Set(listed.match(/[0-9]+(?:\.[0-9]+)*/g) ?? []);
  return paragraphs.some((p, i) => numbers.has(numberAtStart(p.text) ?? '') && findings.some((f) => f.paragraph === i && f.stance === 'risk'));
}
