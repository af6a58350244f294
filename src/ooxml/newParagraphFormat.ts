// Formatting for a clause inserted as a new paragraph: the look of the body text around it, never the structure of
// its anchor. A list number, a frame or drop cap, a heading or table-of-contents style, an outline level, "keep with
// next" or a section break belong to the anchor only. Pure: must not import Office, the DOM globals, fs or Node.
import { childElements, getW, isW, type XmlElement } from './xmlDom';

/** Paragraph properties that give a paragraph a structural role rather than a look. */
const STRUCTURAL = ['numPr', 'framePr', 'outlineLvl', 'keepNext', 'pageBreakBefore', 'sectPr', 'pPrChange', 'suppressLineNumbers', 'divId', 'cnfStyle'];

/** Style ids Word gives headings, titles, tables of contents, captions and lists, in any of its languages' spellings. */
const STRUCTURAL_STYLE = /^(?:heading|berschrift|titre|titolo|título|title|subtitle|toc|inhaltsverzeichnis|caption|list|quote|intensequote|footer|header)/i;

export function isStructuralStyle(styleId: string | null | undefined): boolean {
  return styleId !== null && styleId !== undefined && STRUCTURAL_STYLE.test(styleId.replace(/\s+/g, ''));
}

/** A copy of paragraph properties without anything structural (including a heading or list style). */
export function plainParagraphProperties(properties: XmlElement | undefined): XmlElement | undefined {
  if (!properties) return undefined;
  const copy = properties.cloneNode(true) as XmlElement;
  for (const child of childElements(copy)) {
    const structural = STRUCTURAL.some((name) => isW(child, name)) || (isW(child, 'pStyle') && isStructuralStyle(getW(child, 'val')));
    // A list paragraph's indent is the list's: without the number it would leave the clause hanging.
    const listIndent = isW(child, 'ind') && childElements(properties).some((sibling) => isW(sibling, 'numPr'));
    if (structural || listIndent) copy.removeChild(child);
  }
  return copy;
}
