// Splits pasted or opened plain text into simulator paragraphs: one per non-empty line, short numbered or capitalised
// lines as headings and lettered or bulleted lines as list items (as the CLI reads .txt). Pure; no React, no DOM.

export interface WorkbenchParagraph {
  readonly text: string;
  readonly style?: string;
  readonly isListItem?: boolean;
  readonly inTable?: boolean;
}

function looksLikeHeading(line: string): boolean {
  if (line.split(/\s+/).length > 10 || /[.;:,]$/.test(line)) return false;
  const numbered = /^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|Article|Section|Schedule|Annex|Exhibit|Appendix)\s+\S/.test(line);
  return numbered || (/[A-Z]/.test(line) && line === line.toUpperCase());
}

export function splitParagraphs(text: string): WorkbenchParagraph[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      if (looksLikeHeading(line)) return { text: line, style: 'Heading 2' };
      if (/^(?:\([a-z0-9]{1,4}\)|[a-z]{1,4}\)|[-\u2022*])\s+\S/i.test(line)) return { text: line, style: 'List Paragraph', isListItem: true };
      return { text: line, style: 'Normal' };
    });
}

/** Engine paragraphs (isHeading flag) as simulator paragraphs (a style name), for load() from tests and benches. */
export function fromEngineParagraphs(paragraphs: readonly { text: string; isHeading?: boolean; isListItem?: boolean; inTable?: boolean; style?: string }[]): WorkbenchParagraph[] {
  return paragraphs.map((p) => ({
    text: p.text,
    style: p.style ?? (p.isHeading ? 'Heading 2' : p.isListItem ? 'List Paragraph' : 'Normal'),
    ...(p.isListItem ? { isListItem: true } : {}),
    ...(p.inTable ? { inTable: true } : {}),
  }));
}
