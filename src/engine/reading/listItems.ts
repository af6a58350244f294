// Which paragraphs are the items of a list whose lead-in ends with a colon in the paragraph before: "Provider may use
// Customer Data to:" / "(a) provide the Services;" / "(b) train its models." Pure: reads paragraph text only.
import type { Paragraph } from '../types';

/** "(a)", "a)", "a.", "iv.", "1.", "•", "-": how list items are marked when Word's list flag is missing. */
const MARKER = /^\s*(?:\(?[a-z0-9]{1,4}\)|[a-z]{1,3}\.|\d{1,2}\.|[-\u2022*\u2013])\s+\S/i;
/** An item that runs on into the next: "…;", "…; and", "…, or" (tested on the trimmed text: no run of spaces to scan). */
const RUNS_ON = /[;,]$|[;,] (?:and|or)$/i;

/**
 * For each list item, the index of the paragraph whose colon introduced the list. The first paragraph after the colon
 * is an item whatever it looks like; later ones must look like items (a marker, Word's list flag, or an item before
 * that runs on with ";"). A heading ends the list.
 */
export function listLeadIns(paragraphs: readonly Paragraph[]): Map<number, number> {
  const leadIns = new Map<number, number>();
  let open: number | undefined;
  paragraphs.forEach((paragraph, i) => {
    const before = paragraphs[i - 1];
    if (before !== undefined && /:\s*$/.test(before.text) && paragraph.isHeading !== true) open = i - 1;
    else if (open !== undefined && (paragraph.isHeading === true || !(paragraph.isListItem === true || MARKER.test(paragraph.text) || RUNS_ON.test((before?.text ?? '').trimEnd())))) open = undefined;
    if (open !== undefined) leadIns.set(i, open);
  });
  return leadIns;
}
