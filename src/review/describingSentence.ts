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

/** "The Subscriber acknowledges that … depends on continuous learning …": the customer conceding the use is needed. */
// "Customer acknowledges that the AI Features become more accurate through use." argues for the use as plainly (407 § 5.3),
// and so does "… the accuracy of the AI Features depends on exposure to real construction documents" (425 § 5.4).
export const ACKNOWLEDGED_NEED =
  /^[^.;]{0,60}\b(?:acknowledges?|agrees?|understands?|accepts?)\s+that\s[^.;]{0,160}(?:\b(?:depends?\s+on|relies\s+on|requires?|needs?)\s[^.;]{0,80}\b(?:learning|training|retraining|improvement|tuning|exposure|examples)\b|\b(?:becomes?|gets?|grows?|is|are)\s+(?:more\s+accurate|better|smarter)\s+(?:through|with|from|over)\s)[^.;]{0,80}\.\s*$/i;

/**
 * Where a struck sentence starts once the sentence before it goes too: "Customer acknowledges that the AI Features
 * become more accurate through use." only argued for the training the strike takes out (audit180, 407 § 5.3), and
 * left alone it reads as the customer conceding a use the clause no longer has. `floor` is where the clause's own
 * words begin (after its number and run-in heading); `from` itself when the sentence before argues nothing.
 */
export function throughAcknowledgedNeed(text: string, floor: number, from: number): number {
  const body = text.slice(floor, from).trimEnd();
  // The sentence just before: from the last full stop and space before its own closing stop.
  const lastStop = body.slice(0, -1).lastIndexOf('. ');
  const at = lastStop < 0 ? floor : floor + lastStop + 2;
  return ACKNOWLEDGED_NEED.test(text.slice(at, floor + body.length)) ? at : from;
}
