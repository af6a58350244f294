// Words read from their neighbours rather than from the vocabulary lists: a provision's title cited in brackets in a
// sentence that sets it aside ("paragraph 6 (Licence to Customer Data) … excluded"), which grants nothing, while one kept
// alive by title ("Clause 3.1 (Licence to Customer Data) survives …") still keeps the licence; "generated" before a
// generic noun; a noun after a copula and "the". Pure: strings only.

/** "paragraph 6", "clause 12.3", "Section 4(b)", "Schedule 2" just before the bracket. */
const PROVISION_WORDS: ReadonlySet<string> = new Set(['paragraph', 'clause', 'section', 'article', 'schedule', 'annex', 'exhibit', 'appendix']);

/** "are expressly excluded", "shall have no effect", "do not apply": the cited provisions are set aside. */
const DISAPPLIED = /\b(?:(?:is|are)\s+(?:expressly\s+|hereby\s+)?(?:excluded|disapplied|deleted)|shall\s+have\s+no\s+(?:effect|application)|(?:shall|do|does)\s+not\s+apply)\b/i;

/**
 * Whether [start, end) of the sentence lies inside a bracket that follows a provision's number (audit230, 504 Sch. 4:
 * "All other paragraphs …, including paragraph 6 (Licence to Customer Data), … are expressly excluded" read as a licence).
 */
export function insideCitedTitle(sentence: string, start: number, end: number): boolean {
  if (!DISAPPLIED.test(sentence)) return false;
  const open = sentence.lastIndexOf('(', start);
  if (open < 0 || sentence.lastIndexOf(')', start) > open) return false;
  const close = sentence.indexOf(')', end);
  if (close < 0 || sentence.slice(end, close).includes('(')) return false;
  const before = sentence.slice(Math.max(0, open - 40), open).trimEnd().split(' ');
  const number = before[before.length - 1] ?? '';
  const word = (before[before.length - 2] ?? '').toLowerCase();
  return PROVISION_WORDS.has(word) && /^[0-9A-Z][0-9A-Za-z.]*$/.test(number) && /\d/.test(number);
}

/**
 * "All such generated highlight content is owned by Quarterpipe" (blind105-146): a generic noun for material with
 * "generated" one or two words before it is what the tool made, the output. ("user-generated" is one word, and the
 * customer's.)
 */
export function generatedBefore(units: readonly { readonly norm: string }[], at: number): boolean {
  return [units[at - 1], units[at - 2]].some((u) => u?.norm === 'generated');
}

/** "remain the Confidential Information of …", "is the property of …": a noun after a copula and "the" says what the subject is. */
export function isComplement(units: readonly { readonly norm: string }[], at: number): boolean {
  return units[at - 1]?.norm === 'the' && /^(?:remain|remains|be|is|are|constitute|constitutes)$/.test(units[at - 2]?.norm ?? '');
}
