// Clauses the contract itself switches off: "Sections C2.1, C2.4 and C10 of the Vendor Terms do not apply to the
// Province", or a schedule whose own note says it "is attached for reference only". They bind no one, so marking them
// up concedes what the contract already refused and puts the customer's edits where they rank lowest (lawyer audits of
// agreement 268, Schedule C, four items wrong, and 266, Schedule 4, a reference copy of product terms: two wrong). The
// fix, where one is needed, belongs in the body that governs. Pure: the clause numbers and the contract's terms only.
import type { ContractTerms, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { PART_HEADING } from './partRank';

// "C2.1", "10", and "A.4" with a stop after the letter.
// "4.2 (Model Improvement)": the clause's own heading may follow its number in brackets (418 Schedule 3).
const REFERENCE = String.raw`[A-Z]?\.?\d+(?:\.\d+)*(?:\([a-z]\))?(?:\s\([A-Z][^()]{0,60}\))?`;
/** "Sections C2.1, C2.2, C2.4, C3 and C10 of the Vendor Terms do not apply to the Province": the list and what follows. */
const SWITCHED_OFF = new RegExp(
  String.raw`\b(?:Sections?|[Cc]lauses?|[Pp]aragraphs?|Articles?)\s+(${REFERENCE}(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+)${REFERENCE}){0,20})` +
    // "of the Terms of Service": the document's name may run on with "of".
    String.raw`(?:\s+of\s+(?:the\s+|these\s+|its\s+)?[A-Z][A-Za-z]*(?:\s+(?:of\s+)?[A-Z][A-Za-z]*){0,4})?` +
    // "… and Section A.4 of Exhibit A is deleted" (a rider, 297 R.3): a clause deleted by the contract is switched off.
    String.raw`\s+(?:(?:do|does|shall|will)\s+not\s+apply|are\s+(?:hereby\s+)?(?:excluded|disapplied)|shall\s+have\s+no\s+effect|(?:is|are)\s+(?:hereby\s+)?deleted(?:\s+in\s+(?:its|their)\s+entirety)?` +
    // "Section 6.2 (Deletion and Retention) is replaced by clauses 12.2 to 12.4 of this Agreement": superseded too.
    String.raw`|(?:is|are)\s+(?:hereby\s+)?replaced\s+(?:in\s+(?:its|their)\s+entirety\s+)?(?:by|with)\s[^.;,]{1,80})([^.;]{0,60})`,
  'g',
);
/** "This Schedule is attached for reference only": said by the schedule of itself, near its heading. */
const REFERENCE_COPY = /\b(?:This|These|The)\s+(?:Schedule|Exhibit|Annex|Appendix|Attachment|extract|terms|Terms)\b[^.;]{0,40}?\b(?:attached|included|reproduced|set\s+out|provided)\s+(?:here\s+)?for\s+(?:reference|information(?:al)?|convenience)\s+(?:purposes\s+)?only\b/;
const SIGNATURE = /^\s*(?:Signed|SIGNED|Executed|EXECUTED|IN WITNESS)\b/;

/** Whether what follows "do not apply" switches the clauses off for the whole relationship, not for some information. */
function wholly(after: string, terms: ContractTerms): boolean {
  const rest = after.trim();
  if (rest === '' || rest.startsWith(',') || /^(?:and|or)\b/.test(rest)) return true;
  const customer = terms.customer.replace(/^the\s+/i, '');
  // "to the Province, and …" but not "to Bank Data": the customer itself, not some of its data.
  return new RegExp(String.raw`^to\s+(?:the\s+)?(?:${escape(customer)}|this\s+Agreement)(?=\s*$|\s*[,;.]|\s+(?:and|or|in|under|for|with)\b)`).test(rest);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The paragraphs a cited number reaches: the one it opens, its sub-clauses ("C2" reaches "C2.1") and their lettered items. */
function reached(paragraphs: readonly Paragraph[], reference: string, except: number, part?: readonly [number, number]): number[] {
  const out: number[] = [];
  let inside = false;
  paragraphs.forEach((paragraph, index) => {
    if (part !== undefined && (index < part[0] || index >= part[1])) return;
    const number = numberAtStart(paragraph.text);
    if (number !== undefined) inside = index !== except && (number === reference || number.startsWith(`${reference}.`));
    else if (!/^\s*\((?:[a-z]{1,3}|[0-9]{1,2})\)/.test(paragraph.text)) inside = false;
    if (inside) out.push(index);
  });
  return out;
}

/**
 * Each paragraph the contract switches off, with the reason for the lawyer's list of what the review left alone. A
 * number that opens more than one clause (a schedule numbered afresh) names none, and is not read.
 */
export function disappliedParagraphs(paragraphs: readonly Paragraph[], terms: ContractTerms): Map<number, string> {
  const off = new Map<number, string>();
  paragraphs.forEach((paragraph, index) => {
    const own = numberAtStart(paragraph.text);
    // Said in the contract's own word: "Section 2.3 says …" where it numbers Sections.
    const by = own === undefined ? 'the contract' : `${provisionWord(terms)} ${own}`;
    for (const match of paragraph.text.matchAll(SWITCHED_OFF)) {
      if (!wholly(match[2] ?? '', terms)) continue;
      // The document the numbers belong to, where the sentence or its schedule's heading names one.
      const part = namedPart(paragraphs, index, match[0]);
      for (const cited of (match[1] ?? '').match(new RegExp(REFERENCE, 'g')) ?? []) {
        // "4.2 (Model Improvement)": the number before its bracketed heading.
        const reference = cited.includes(' (') ? cited.slice(0, cited.indexOf(' (')) : cited;
        const opening = paragraphs.filter((p) => numberAtStart(p.text) === reference).length;
        const reach = opening === 1 ? reached(paragraphs, reference, index) : part !== undefined ? reached(paragraphs, reference, index, part) : [];
        for (const at of reach) off.set(at, `${by} says this clause does not apply; marking it up would concede it`);
      }
    }
  });
  for (const [start, end] of referenceCopies(paragraphs)) {
    for (let at = start; at < end; at += 1) off.set(at, 'the schedule is a copy attached for reference only; any change belongs in the body that incorporates it');
  }
  return off;
}

/** "the Appendix A Terms", "AMENDMENTS TO THE APPENDIX A TERMS": a part of the contract named with its letter or number. */
const PART_NAMED = /\b(SCHEDULE|Schedule|EXHIBIT|Exhibit|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment)\s+([A-Z0-9]{1,3})\b/;

/**
 * [first, end) of the part whose numbers a switching sentence cites, where its numbers repeat the body's: "Sections 4.1
 * … and 4.4 … are deleted" under "SCHEDULE 3 – AMENDMENTS TO THE APPENDIX A TERMS" reach Appendix A's 4.1, not the
 * body's (418 Schedule 3 had its deletions read as ambiguous, and the deleted terms were marked up).
 */
function namedPart(paragraphs: readonly Paragraph[], index: number, sentence: string): [number, number] | undefined {
  let heading = index;
  while (heading >= 0 && !PART_HEADING.test(paragraphs[heading]?.text ?? '')) heading -= 1;
  const own = heading >= 0 ? PART_HEADING.exec(paragraphs[heading]?.text ?? '') : null;
  // The part cited by name, in the sentence or after the own heading's kind and number.
  const headingText = heading >= 0 ? (paragraphs[heading]?.text ?? '').slice(own?.[0].length ?? 0) : '';
  const named = PART_NAMED.exec(sentence) ?? PART_NAMED.exec(headingText);
  if (!named) return undefined;
  const kind = (named[1] ?? '').toLowerCase();
  const start = paragraphs.findIndex((p) => {
    const found = PART_HEADING.exec(p.text);
    return found !== null && (found[1] ?? '').toLowerCase() === kind && found[2] === named[2];
  });
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < paragraphs.length && !PART_HEADING.test(paragraphs[end]?.text ?? '')) end += 1;
  return [start + 1, end];
}

/** [first, end) of each schedule whose note, within its first two paragraphs, calls it a copy for reference only. */
function referenceCopies(paragraphs: readonly Paragraph[]): [number, number][] {
  const out: [number, number][] = [];
  paragraphs.forEach((paragraph, index) => {
    if (!PART_HEADING.test(paragraph.text)) return;
    const note = [1, 2].some((step) => REFERENCE_COPY.test(paragraphs[index + step]?.text ?? ''));
    if (!note) return;
    let end = index + 1;
    while (end < paragraphs.length && !PART_HEADING.test(paragraphs[end]?.text ?? '') && !SIGNATURE.test(paragraphs[end]?.text ?? '')) end += 1;
    out.push([index + 1, end]);
  });
  return out;
}

/**
 * Where a clause of the customer's goes when its natural place is inside a part the contract switches off (the vendor's
 * terms attached at the end): after the last clause before that part's heading, never among the terms it overrides.
 */
export function placedOutside(paragraphs: readonly Paragraph[], off: ReadonlyMap<number, string>, after: number): number {
  const first = Math.min(...off.keys());
  if (!Number.isFinite(first) || after < first) return after;
  let heading = first;
  while (heading > 0 && !PART_HEADING.test(paragraphs[heading]?.text ?? '')) heading -= 1;
  if (!PART_HEADING.test(paragraphs[heading]?.text ?? '')) return after;
  let before = heading - 1;
  while (before > 0 && SIGNATURE.test(paragraphs[before]?.text ?? '')) before -= 1;
  return before;
}
