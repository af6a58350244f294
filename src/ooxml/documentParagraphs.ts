// Finds the paragraphs of a document body in reading order (table cells and content controls included) and groups
// the `w:p` elements that read as one paragraph once tracked paragraph marks are resolved.
// Pure: must not import Office, the DOM globals, fs or Node.
import { MC_NS } from './namespaces';
import { paragraphMarkRevision, readParagraphText, type RevisionView } from './paragraphText';
import { childElements, isW, type XmlElement, type XmlNode } from './xmlDom';

/** Block containers whose paragraphs belong to the body text; anything else (headers, text boxes) is not walked. */
const BLOCK_CONTAINERS = ['body', 'tbl', 'tr', 'tc', 'sdt', 'sdtContent', 'customXml', 'ins', 'moveTo'];

/** Every body `w:p` in document order. Text boxes are not walked: they float outside the clause text. */
export function bodyParagraphElements(body: XmlNode): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlNode): void => {
    for (const child of childElements(node)) {
      if (child.namespaceURI === MC_NS && child.localName === 'AlternateContent') {
        const choice = childElements(child)[0];
        if (choice) visit(choice);
      } else if (isW(child, 'p')) found.push(child);
      else if (BLOCK_CONTAINERS.some((name) => isW(child, name))) visit(child);
    }
  };
  visit(body);
  return found;
}

/**
 * Groups paragraphs joined by a revised paragraph mark: in the accepted view a deleted mark joins its paragraph to
 * the next; in the rejected view an inserted mark does. Only neighbours in the same container are joined.
 */
export function groupParagraphs(paragraphs: readonly XmlElement[], view: RevisionView): XmlElement[][] {
  const joining = view === 'accepted' ? 'deleted' : 'inserted';
  const groups: XmlElement[][] = [];
  let current: XmlElement[] = [];
  paragraphs.forEach((paragraph, index) => {
    current.push(paragraph);
    const next = paragraphs[index + 1];
    const joins = next !== undefined && next.parentNode === paragraph.parentNode && paragraphMarkRevision(paragraph) === joining;
    if (!joins) {
      groups.push(current);
      current = [];
    }
  });
  return groups;
}

/** The body's paragraph texts in one view of its tracked changes (empty paragraphs included). */
export function bodyTexts(body: XmlNode, view: RevisionView): string[] {
  const groups = groupParagraphs(bodyParagraphElements(body), view);
  return groups
    .map((group) => ({ group, text: readParagraphText(group, view).text }))
    // In the rejected view a paragraph added by a revision (its mark inserted) disappears when its text is empty.
    .filter(({ group, text }) => !(view === 'rejected' && text === '' && group.every((p) => paragraphMarkRevision(p) === 'inserted')))
    .map(({ text }) => text);
}
