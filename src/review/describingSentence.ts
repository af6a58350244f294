// "We may also create aggregated information from Your Content … and use it for any purpose. It won't identify you.":
// a short last sentence that only describes, by a bare pronoun, what the sentence before it set up. Struck alone, the
// sentence before leaves "It won't identify you." pointing at nothing (audit53, 139); the two go together. So does a
// last sentence that only stretches it ("This licence lasts …. It continues after you delete Your Content …", audit56,
// 151 ¶16, where the stretch was left standing with nothing to point at). Pure.

/** One short sentence to the end of the paragraph, opening on a pronoun that can only point back. */
const DESCRIBES_BACK =
  /^(?:It|They|This|These|Such\s+(?:information|data|content))\s+(?:won['’]t|will\s+not|does\s+not|doesn['’]t|do\s+not|don['’]t|is|are|will|cannot|can['’]t|never|continues|lasts|remains|survives|stays)\b[^.!?]{0,200}[.!?]["'”’)]*\s*$/;

/** The end of a struck sentence, moved past a last sentence that only describes it; `end` itself otherwise. */
export function throughDescribingSentence(text: string, end: number): number {
  return DESCRIBES_BACK.test(text.slice(end)) ? text.length : end;
}
