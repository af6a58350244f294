// Reads WordprocessingML paragraphs as kept, inserted and deleted pieces, each revision with its author, date and
// w:id, and the w:ins / w:del elements behind it (so a change can be rejected in place). Kept plus inserted text reads
// exactly as src/ooxml/paragraphText does in its accepted view. Pure: no Office, DOM globals, fs or Node.
import { MC_NS } from '../ooxml/namespaces';
// The characters a run element shows are read exactly as the paragraph text is, so offsets agree.
import { pieceText } from '../ooxml/paragraphText';
import { childElements, getW, isElement, isW, type XmlElement, type XmlNode } from '../ooxml/xmlDom';
import type { RevisionSegment } from './revisions';

export interface SegmentedParagraph {
  readonly segments: readonly RevisionSegment[];
  /** For each segment, the revision elements (w:ins, w:del, w:moveTo, w:moveFrom) that hold it; empty when kept. */
  readonly wrappers: readonly (readonly XmlElement[])[];
}

/** Metadata and alternative renderings whose text is not part of what the paragraph says (as paragraphText). */
const SKIPPED = new Set(['pPr', 'rPr', 'sdtPr', 'sdtEndPr', 'customXmlPr', 'smartTagPr', 'txbxContent', 'rt', 'fldData']);
const MATH_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

interface Revision {
  readonly kind: 'insert' | 'delete';
  readonly element: XmlElement;
}

export function paragraphSegments(paragraphs: readonly XmlElement[]): SegmentedParagraph {
  const segments: RevisionSegment[] = [];
  const wrappers: XmlElement[][] = [];
  const push = (text: string, revision: Revision | undefined): void => {
    if (text.length === 0) return;
    const segment: RevisionSegment = revision
      ? { kind: revision.kind, text, author: getW(revision.element, 'author') ?? '', date: getW(revision.element, 'date') ?? '', revision: getW(revision.element, 'id') ?? '' }
      : { kind: 'keep', text };
    const last = segments[segments.length - 1];
    if (last && last.kind === segment.kind && last.author === segment.author && last.revision === segment.revision) {
      segments[segments.length - 1] = { ...last, text: last.text + text };
      const held = wrappers[wrappers.length - 1]!;
      if (revision && !held.includes(revision.element)) held.push(revision.element);
      return;
    }
    segments.push(segment);
    wrappers.push(revision ? [revision.element] : []);
  };
  const visit = (node: XmlNode, revision: Revision | undefined): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!isElement(child)) continue;
      if (child.namespaceURI === MC_NS) {
        if (child.localName === 'AlternateContent') {
          const choice = childElements(child)[0];
          if (choice) visit(choice, revision);
        }
        continue;
      }
      if (child.namespaceURI === MATH_NS || SKIPPED.has(child.localName ?? '')) continue;
      if (isW(child, 'r')) readRun(child, revision, push);
      else if (isW(child, 'ins') || isW(child, 'moveTo')) visit(child, { kind: 'insert', element: child });
      else if (isW(child, 'del') || isW(child, 'moveFrom')) visit(child, { kind: 'delete', element: child });
      else visit(child, revision);
    }
  };
  for (const paragraph of paragraphs) visit(paragraph, undefined);
  return { segments, wrappers };
}

function readRun(run: XmlElement, revision: Revision | undefined, push: (text: string, revision: Revision | undefined) => void): void {
  const deleted = revision?.kind === 'delete';
  for (let child = run.firstChild; child; child = child.nextSibling) {
    if (!isElement(child)) continue;
    const text = pieceText(child, deleted);
    if (text !== undefined) push(text, revision);
  }
}

