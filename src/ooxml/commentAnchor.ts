// Anchors a Word comment around already-written nodes: w:commentRangeStart, w:commentRangeEnd and a run holding
// the w:commentReference. Pure: must not import Office, the DOM globals, fs or Node.
import { createW, firstW, insertAfter, isW, ownerDocumentOf, type XmlNode } from './xmlDom';

/** `first` and `last` are nodes inside a paragraph, or whole paragraphs (then the range covers their content). */
export function anchorComment(first: XmlNode, last: XmlNode, commentId: string): void {
  const owner = ownerDocumentOf(first);
  const start = createW(owner, 'commentRangeStart', { id: commentId });
  const end = createW(owner, 'commentRangeEnd', { id: commentId });
  const reference = createW(owner, 'r');
  reference.appendChild(createW(owner, 'commentReference', { id: commentId }));
  if (isW(first, 'p')) {
    const properties = firstW(first, 'pPr');
    first.insertBefore(start, properties ? properties.nextSibling : first.firstChild);
  } else first.parentNode?.insertBefore(start, first);
  if (isW(last, 'p')) {
    last.appendChild(end);
    last.appendChild(reference);
  } else {
    insertAfter(last, end);
    insertAfter(end, reference);
  }
}
