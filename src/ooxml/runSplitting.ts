// Splits runs and revision containers at character offsets, so an edit touches only the words it changes while
// the surrounding text keeps its run formatting. Pure: must not import Office, the DOM globals, fs or Node.
import { readParagraphText } from './paragraphText';
import { preserveSpace, type RevisionContext } from './revisionElements';
import { firstW, insertAfter, isW, type XmlElement, type XmlNode } from './xmlDom';

/**
 * Makes every offset fall on a run boundary inside the paragraph, splitting `w:t` elements and their runs where
 * needed. Offsets are handled right to left from one reading: a split only changes text to the right of it.
 */
export function splitRunsAt(paragraphs: readonly XmlElement[], offsets: readonly number[]): void {
  const { pieces } = readParagraphText(paragraphs);
  const descending = [...new Set(offsets)].sort((a, b) => b - a);
  for (const offset of descending) {
    const inside = pieces.find((piece) => piece.start < offset && offset < piece.end);
    if (inside) {
      const text = inside.node.textContent ?? '';
      const cut = offset - inside.start;
      const second = inside.node.cloneNode(false) as XmlElement;
      inside.node.textContent = text.slice(0, cut);
      second.textContent = text.slice(cut);
      preserveSpace(inside.node);
      preserveSpace(second);
      insertAfter(inside.node, second);
      splitRunBefore(inside.run, second);
      continue;
    }
    const starting = pieces.find((piece) => piece.start === offset);
    if (starting) splitRunBefore(starting.run, starting.node);
  }
}

/** Moves `child` and everything after it into a copy of `run` with the same formatting. */
export function splitRunBefore(run: XmlElement, child: XmlNode): XmlElement | undefined {
  let hasContentBefore = false;
  for (let sibling = child.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (!isW(sibling, 'rPr')) hasContentBefore = true;
  }
  if (!hasContentBefore) return undefined;
  const copy = run.cloneNode(false) as XmlElement;
  const properties = firstW(run, 'rPr');
  if (properties) copy.appendChild(properties.cloneNode(true));
  for (let moving: XmlNode | null = child; moving; ) {
    const next: XmlNode | null = moving.nextSibling;
    copy.appendChild(moving);
    moving = next;
  }
  insertAfter(run, copy);
  return copy;
}

/** Containers a new w:ins must not sit inside: Word does not support nested insertions. */
const REVISION_CONTAINERS = ['ins', 'moveTo', 'del', 'moveFrom'];

const isRevisionContainer = (node: XmlNode | null): node is XmlElement => REVISION_CONTAINERS.some((name) => isW(node, name));

/** Inserts `node` right after `anchor`, first splitting any revision container around the anchor. */
export function placeAfter(anchor: XmlNode, node: XmlNode, context: RevisionContext): void {
  let reference = anchor;
  while (isRevisionContainer(reference.parentNode)) {
    const container = reference.parentNode;
    if (reference.nextSibling) moveTailToCopy(container, reference.nextSibling, context);
    reference = container;
  }
  insertAfter(reference, node);
}

/** Inserts `node` right before `anchor`, first splitting any revision container around the anchor. */
export function placeBefore(anchor: XmlNode, node: XmlNode, context: RevisionContext): void {
  let reference = anchor;
  while (isRevisionContainer(reference.parentNode)) {
    const container = reference.parentNode;
    if (reference.previousSibling) {
      moveTailToCopy(container, reference, context);
      insertAfter(container, node);
      return;
    }
    reference = container;
  }
  reference.parentNode?.insertBefore(node, reference);
}

/** Splits a revision container in two at `from`; the copy keeps author and date but gets its own id. */
function moveTailToCopy(container: XmlElement, from: XmlNode, context: RevisionContext): void {
  const copy = container.cloneNode(false) as XmlElement;
  if (copy.hasAttributeNS(container.namespaceURI, 'id')) copy.setAttributeNS(container.namespaceURI, 'w:id', context.ids.next());
  for (let moving: XmlNode | null = from; moving; ) {
    const next: XmlNode | null = moving.nextSibling;
    copy.appendChild(moving);
    moving = next;
  }
  insertAfter(container, copy);
}
