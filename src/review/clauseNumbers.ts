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

/** "(b) Use of Data.", "(ii) Unless you have opted out …": a lettered or roman item opening a paragraph. */
const ITEM_LABEL = /^\s*\(([a-z]{1,4}|[0-9]{1,2})\)\s/;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;
/** The item label a paragraph opens with ("b", "ii", "3"), or undefined. */
export const itemLabel = (text: string): string | undefined => ITEM_LABEL.exec(text)?.[1];
/** Whether an item label is a roman numeral ("ii", "iv"); "i" alone says nothing until the next item is "ii". */
export const isRoman = (label: string | undefined): boolean => label !== undefined && ROMAN.test(label);

/**
 * Each paragraph's number as the contract cites it: its own ("3.3", "B.4"), or, for a lettered or roman item under a
 * numbered section, the path to it ("7(b)(ii)" under "7. MODEL IMPROVEMENT" and "(b) Use of Data."), as US-style terms
 * cite "Section 7(b)(ii)". Undefined where the paragraph has no number and no item label under one.
 */
/** A numbered heading alone on its line: the number and a short title, with no sentence in it. */
const NUMBERED_HEADING = /^\s*[A-Z]?\.?\d+(?:\.\d+)*\.?\s+[A-Z][^.;:]{0,60}$/;
export function clausePaths(paragraphs: readonly { readonly text: string }[]): (string | undefined)[] {
  let section: string | undefined;
  let letter: string | undefined;
  // "B.5 Ledgerline Model Development" on its own line: the body under such a heading is clause B.5 (audit225, 493).
  let heading: string | undefined;
  return paragraphs.map((paragraph, index) => {
    const own = numberAtStart(paragraph.text);
    if (own !== undefined) {
      section = own;
      letter = undefined;
      heading = NUMBERED_HEADING.test(paragraph.text) ? own : undefined;
      return own;
    }
    const label = itemLabel(paragraph.text);
    if (label === undefined && heading !== undefined && paragraph.text.trim() !== '') return heading;
    if (label === undefined || section === undefined) return undefined;
    // "(i)" is a letter after "(h)", and a roman item when "(ii)" follows it or a letter clause stands above it.
    const next = itemLabel(paragraphs[index + 1]?.text ?? '');
    const roman = isRoman(label) && letter !== undefined && !(label === 'i' && letter === 'h' && next !== 'ii');
    if (!roman) {
      letter = label;
      return `${section}(${label})`;
    }
    return `${section}(${letter})(${label})`;
  });
}
