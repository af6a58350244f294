// Plain text to engine paragraphs: one per non-empty line; short numbered or all-capital lines are headings, lettered
// or bulleted lines list items. Shared by the CLI's .txt reader and the workbench. Pure: no Node, no DOM.
import type { Paragraph } from './types';

const LIST_MARKER = /^(?:\([a-z0-9]{1,4}\)|[a-z]{1,4}\)|[-\u2022*])\s+\S/i;

// Numbered or all-capital short lines without closing punctuation are how plain-text contracts mark their headings.
export function looksLikeHeading(line: string): boolean {
  if (line.split(/\s+/).length > 10 || /[.;:,]$/.test(line)) return false;
  // "§ 5 AI Features Notice" and "Part B Enterprise Addendum" head sections as numbered headings do.
  const numbered = /^(?:(?:\d+(?:\.\d+)*\.?|[A-Z]\.|Article|Section|Clause|Part|Schedule|Annex|Exhibit|Appendix)\s+\S|§+\s*\d)/.test(line);
  return numbered || (/[A-Z]/.test(line) && line === line.toUpperCase());
}

export function paragraphsFromText(text: string): Paragraph[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const isHeading = looksLikeHeading(line);
      const isListItem = !isHeading && LIST_MARKER.test(line);
      return { text: line, ...(isHeading ? { isHeading } : {}), ...(isListItem ? { isListItem } : {}) };
    });
}
