// Splits pasted or opened plain text into simulator paragraphs: one per non-empty line, short numbered or capitalised
// lines as headings and lettered or bulleted lines as list items (as the CLI reads .txt). Pure; no React, no DOM.
import { paragraphsFromText } from '../engine/paragraphsFromText';
import type { SimRunInput } from '../simulator';

export interface WorkbenchParagraph {
  readonly text: string;
  readonly style?: string;
  readonly isListItem?: boolean;
  readonly inTable?: boolean;
  /** Tracked changes the paragraph opens with (someone else's redline), as runs; its text is then what they read. */
  readonly runs?: readonly SimRunInput[];
}

export function splitParagraphs(text: string): WorkbenchParagraph[] {
  return fromEngineParagraphs(paragraphsFromText(text));
}

/** Engine paragraphs (isHeading flag) as simulator paragraphs (a style name), for load() from tests and benches. */
export function fromEngineParagraphs(
  paragraphs: readonly { text: string; isHeading?: boolean; isListItem?: boolean; inTable?: boolean; style?: string; runs?: readonly SimRunInput[] }[],
): WorkbenchParagraph[] {
  return paragraphs.map((p) => ({
    text: p.text,
    style: p.style ?? (p.isHeading ? 'Heading 2' : p.isListItem ? 'List Paragraph' : 'Normal'),
    ...(p.isListItem ? { isListItem: true } : {}),
    ...(p.inTable ? { inTable: true } : {}),
    ...(p.runs ? { runs: p.runs } : {}),
  }));
}
